/**
 * CSV for Excel, as every report of trangxa writes it: UTF-8 with a byte-order mark (without it
 * Excel shows Vietnamese as mojibake), CRLF line ends, fields quoted only when needed.
 */
export const BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula: it starts with "=", "+", "-", "@", a tab or a
 * carriage return. Names and titles come from editors' files, and accountants open the payment
 * list in Excel, where "=HYPERLINK(…)" in a name would become a live link or worse. A negative
 * number written as text ("-150000") is a number, not a formula.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEGATIVE_NUMBER = /^-(\d+([.,]\d+)*)?$/;

function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  // OWASP's advice: a single quote before the text makes Excel and LibreOffice show it as text.
  if (typeof value === 'string' && FORMULA_START.test(text) && !NEGATIVE_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n\t]/.test(text) || text.startsWith("'") ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (without its line end). */
export const csvRow = (values: readonly (string | number | undefined)[]): string => values.map(field).join(',');
