import type { Commitment, DocumentMeta, Extraction } from "../core";

/** Output formats of `commitments extract`. */
export const FORMATS = ["json", "csv", "xlsx"] as const;
export type Format = (typeof FORMATS)[number];

const CSV_COLUMNS = [
  "id",
  "actor",
  "action",
  "instrument",
  "instrumentId",
  "instrumentName",
  "instrumentType",
  "date",
  "polarity",
  "confidence",
  "doc",
  "start",
  "end",
  "quote",
] as const;

/**
 * One CSV field. Quoted when it needs it (RFC 4180); a value that a spreadsheet would read as a
 * formula (=, +, -, @, tab, CR) gets a leading apostrophe so document text never becomes one.
 */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\n\r]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/**
 * Every CSV the CLI writes starts with a UTF-8 byte-order mark: without it Excel on Windows opens
 * a double-clicked .csv in the machine's ANSI code page, so "Côte d'Ivoire" shows as "CÃ´te
 * d'Ivoire". Excel's own "CSV UTF-8" writes it too; readers of CSV drop it (this tool's included).
 */
export const CSV_BOM = "\uFEFF";

/** Commitments as CSV rows (no header), joined by CRLF; "" for none. */
export function csvRows(commitments: readonly Commitment[]): string {
  const lines: string[] = [];
  for (const c of commitments) {
    const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      id: c.id,
      actor: c.actor,
      action: c.action,
      instrument: c.instrument,
      instrumentId: c.instrumentId,
      instrumentName: c.instrumentName,
      instrumentType: c.instrumentType,
      date: c.date,
      polarity: c.polarity,
      confidence: c.confidence,
      doc: c.source.doc,
      start: c.source.start,
      end: c.source.end,
      quote: c.source.quote,
    };
    lines.push(CSV_COLUMNS.map((k) => csvField(row[k])).join(","));
  }
  return lines.join("\r\n");
}

/** The CSV file from pieces of csvRows (one per document, in order): header, rows, a final CRLF, after a byte-order mark. */
export function csvFrom(pieces: readonly string[]): string {
  return `${CSV_BOM}${[CSV_COLUMNS.join(","), ...pieces.filter((p) => p !== "")].join("\r\n")}\r\n`;
}

export function toCsv(extraction: Extraction): string {
  return csvFrom([csvRows(extraction.commitments)]);
}

/** JSON.stringify(value, null, 2) of a value that sits `depth` levels deep in the document. */
function indented(value: unknown, depth: number): string {
  const json = JSON.stringify(value, null, 2);
  // Strings in JSON hold no raw line break, so every one is the layout's.
  return depth === 0 ? json : json.replace(/\n/gu, `\n${"  ".repeat(depth)}`);
}

/** What JSON.stringify({ commitments }, null, 2) puts before the first record and after the last. */
const RECORDS_HEAD = '{\n  "commitments": [\n';
const RECORDS_TAIL = "\n  ]\n}";

/**
 * Commitments as they sit in the JSON output's "commitments" array (each two levels deep), joined
 * by ",\n"; "" for none. One stringify of the array where it sits, its head and tail cut off:
 * a stringify and a re-indenting pass per record cost the worker threads a tenth of their time.
 */
export function jsonRecords(commitments: readonly Commitment[]): string {
  if (commitments.length === 0) return "";
  const json = JSON.stringify({ commitments }, null, 2);
  return json.slice(RECORDS_HEAD.length, json.length - RECORDS_TAIL.length);
}

/**
 * The JSON output from its documents and pieces of jsonRecords (one per document, in order): the
 * same text as JSON.stringify({ documents, commitments }, null, 2), built without holding every
 * record as an object in one place.
 */
export function jsonFrom(documents: readonly DocumentMeta[], pieces: readonly string[]): string {
  const records = pieces.filter((p) => p !== "");
  const commitments = records.length ? `[\n${records.join(",\n")}\n  ]` : "[]";
  return `{\n  "documents": ${indented(documents, 1)},\n  "commitments": ${commitments}\n}\n`;
}

export function toJson(extraction: Extraction): string {
  return jsonFrom(extraction.documents, [jsonRecords(extraction.commitments)]);
}
