/** Byte-order mark: without it Excel opens UTF-8 CSV as the local code page and garbles Chinese. */
export const UTF8_BOM = '\uFEFF';

const cell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** RFC 4180 lines (CRLF), quoting only cells that need it; `withBom` starts a whole file. */
export const toCsv = (rows: readonly (readonly unknown[])[], withBom = true): string =>
  (withBom ? UTF8_BOM : '') + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
