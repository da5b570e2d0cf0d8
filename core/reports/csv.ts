/** Byte-order mark: without it Excel opens UTF-8 CSV as the local code page and garbles Chinese. */
export const UTF8_BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return): the
 * exports carry names, titles and answers users typed, and the finance office opens them in Excel. Such a cell is
 * written with a leading apostrophe, which Excel shows as plain text (OWASP, "CSV injection"). Numbers are left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (value: unknown): string => {
  const raw = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** RFC 4180 lines (CRLF), quoting only cells that need it; `withBom` starts a whole file. */
export const toCsv = (rows: readonly (readonly unknown[])[], withBom = true): string =>
  (withBom ? UTF8_BOM : '') + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
