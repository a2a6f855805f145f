// CSV for spreadsheets, used by every download (fact sheet, glossary, inquiry export): RFC 4180 quoting,
// CRLF line ends, a UTF-8 BOM so Excel reads Chinese and Korean, and a leading =, +, -, @ (or tab/CR)
// defused with an apostrophe so a spreadsheet never runs a cell as a formula (CSV injection).

export function csvField(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
