/**
 * CSV for Excel, as every report of trangxa writes it: UTF-8 with a byte-order mark (without it
 * Excel shows Vietnamese as mojibake), CRLF line ends, fields quoted only when needed.
 */
export const BOM = '\uFEFF';

function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (without its line end). */
export const csvRow = (values: readonly (string | number | undefined)[]): string => values.map(field).join(',');
