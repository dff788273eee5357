/** Reading CSV files (checklists, status tables) as a spreadsheet writes them. */

/** A CSV file that cannot be read; the message names the line. */
export class CsvError extends Error {
  override name = "CsvError";
}

/**
 * A CSV file's rows (RFC 4180: quoted fields with commas, doubled quotes and line breaks; CRLF,
 * LF or CR line ends; a UTF-8 byte-order mark). Blank lines are skipped; an unclosed quote is a
 * CsvError naming the line it opened on.
 */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let fieldStart = true;
  let line = 1;
  const endField = () => {
    row.push(field);
    field = "";
    fieldStart = true;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === "")) rows.push(row);
    row = [];
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i] as string;
    if (fieldStart && c === '"') {
      const opened = line;
      for (i++; ; i++) {
        if (i >= text.length) throw new CsvError(`a quoted field opened on line ${opened} is never closed`);
        const q = text[i] as string;
        if (q === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        } else if (q === "\n" || (q === "\r" && text[i + 1] !== "\n")) line++;
        field += q;
      }
      fieldStart = false;
    } else if (c === ",") endField();
    else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
    } else {
      field += c;
      fieldStart = false;
    }
  }
  if (field !== "" || row.length > 0 || !fieldStart) endRow();
  return rows;
}
