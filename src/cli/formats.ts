import type { Extraction } from "../core";

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

export function toCsv(extraction: Extraction): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const c of extraction.commitments) {
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
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}

export function toJson(extraction: Extraction): string {
  return `${JSON.stringify(extraction, null, 2)}\n`;
}
