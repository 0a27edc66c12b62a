/**
 * Text for HTML and XML: the one escaper of every page, report and feed the project writes as
 * a string (Astro escapes what its components render). Safe in text and in double-quoted
 * attribute values.
 */
const SPECIAL = /[&<>"]/;

/** Most strings have nothing to escape: they are returned as they are, without four searches. */
export const escapeHtml = (text: string): string =>
  SPECIAL.test(text)
    ? text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
    : text;

/** XML also has `&apos;`: feeds and sitemaps escape single quotes too. */
export const escapeXml = (text: string): string => escapeHtml(text).replaceAll("'", '&apos;');
