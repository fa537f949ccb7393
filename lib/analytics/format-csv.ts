/** A CSV cell: text (guarded against formula injection), a number, or empty. */
export type CsvCell = string | number | null;

const formulaStart = /^[=+\-@\t\r]/;

/**
 * One cell per RFC 4180: quoted when it holds a quote, comma or line break, quotes doubled. Text that a
 * spreadsheet would read as a formula (starting with = + - @, or a tab or carriage return) is prefixed with '.
 * Numbers are written as they are (a negative number is not a formula).
 */
export function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text with CRLF line endings and a byte-order mark, so spreadsheets read UTF-8 names right. */
export function formatCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(formatCsvCell).join(",")).join("\r\n")}\r\n`;
}
