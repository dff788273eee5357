/**
 * The machine's rows for every table, built from the extraction alone (pure: no workbook yet).
 * Rows are keyed by header, so they can be merged into a table whose columns the user reordered.
 */
import { catalogById, type Commitment, type DocumentExtraction } from "../core";
import { cellText, columnLetter, formulaString, MAX_LINK_ARGUMENT, sheetRef, webLink, xmlSafe, type Cell } from "./cells";
import { columnIndex, SOURCE_TEXT, type ReviewChoice } from "./layout";

export type RowValues = Record<string, Cell>;

/**
 * A decision the user made before the rows reached the workbook (in the task pane): it fills the
 * row's Review and Notes where the workbook has no decision of its own yet (see merge.ts).
 */
export interface ReviewDecision {
  review: ReviewChoice;
  note?: string;
}

/** The machine rows of one run, per table name. */
export type MachineRows = Record<"Commitments" | "Sources" | "Instruments" | "SourceText", RowValues[]>;

/** Longest paragraph stored in one cell; longer ones are split at whitespace (Excel's cap is 32,767). */
export const MAX_PARAGRAPH = 8000;

export interface Paragraph {
  /** 1-based, in document order. */
  number: number;
  start: number;
  end: number;
}

/** Paragraphs of a text: blocks between blank lines, trimmed, long ones cut at whitespace. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const blank = /\n[ \t\r\f\v]*\n/gu;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start] ?? "")) start++;
    while (end > start && /\s/u.test(text[end - 1] ?? "")) end--;
    while (end - start > MAX_PARAGRAPH) {
      let cut = text.lastIndexOf(" ", start + MAX_PARAGRAPH);
      if (cut <= start) cut = start + MAX_PARAGRAPH;
      let pieceEnd = cut;
      while (pieceEnd > start && /\s/u.test(text[pieceEnd - 1] ?? "")) pieceEnd--;
      out.push({ number: out.length + 1, start, end: pieceEnd });
      // The next piece starts after the whitespace it was cut at, trimmed like every paragraph.
      start = cut;
      while (start < end && /\s/u.test(text[start] ?? "")) start++;
    }
    if (end > start) out.push({ number: out.length + 1, start, end });
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * A paragraph's key in the Source Text table: the document's content hash (its first 16 hex
 * digits), not its file name, so that two different documents with the same name, read in two
 * runs, keep their own paragraphs and each run's links open the document they came from.
 */
export function paragraphKey(sha256: string, paragraph: number): string {
  return `${sha256.slice(0, 16)}#${paragraph}`;
}

/** The paragraph holding an offset (the last one starting at or before it). */
function paragraphAt(paras: readonly Paragraph[], offset: number): Paragraph | undefined {
  let lo = 0;
  let hi = paras.length - 1;
  let found: Paragraph | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paras[mid] as Paragraph;
    if (p.start <= offset) {
      found = p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A link from a commitment to its paragraph on the hidden source-text sheet, labelled with the
 * document's name. The row is found by MATCH on the paragraph's key (content hash and number),
 * so the link survives rows being added for other documents, same-named ones included.
 */
export function sourceLink(doc: string, sha256: string, paragraph: number): Cell {
  const key = paragraphKey(sha256, paragraph);
  const label = `${doc} ¶${paragraph}`;
  if (key.length > MAX_LINK_ARGUMENT / 2 || label.length > MAX_LINK_ARGUMENT) return label;
  const sheet = sheetRef(SOURCE_TEXT.sheet);
  const textColumn = columnLetter(columnIndex(SOURCE_TEXT, "Text"));
  const keyColumn = columnLetter(columnIndex(SOURCE_TEXT, SOURCE_TEXT.key));
  const target = `${formulaString(`#${sheet}!${textColumn}`)}&MATCH(${formulaString(key)},${sheet}!${keyColumn}:${keyColumn},0)`;
  return { formula: `HYPERLINK(${target},${formulaString(label)})`, result: xmlSafe(label) };
}

function commitmentRow(c: Commitment, paras: readonly Paragraph[], sha256: string, url: string | null, decision: ReviewDecision | undefined): RowValues {
  const para = paragraphAt(paras, c.source.start);
  return {
    ID: c.id,
    Actor: c.actor,
    Action: c.action,
    Instrument: c.instrument,
    "Instrument ID": c.instrumentId ?? "",
    Type: c.instrumentType,
    Date: c.date ?? "",
    Polarity: c.polarity,
    Status: null,
    Flags: null,
    Evidence: c.source.quote,
    Source: para ? sourceLink(c.source.doc, sha256, para.number) : c.source.doc,
    URL: webLink(url),
    Confidence: c.confidence,
    Review: decision?.review ?? "Pending",
    Notes: decision?.note ?? "",
  };
}

/** Every table's machine rows for a run over these documents (with the pane's decisions, by commitment id). */
export function machineRows(results: readonly DocumentExtraction[], decisions?: ReadonlyMap<string, ReviewDecision>): MachineRows {
  const rows: MachineRows = { Commitments: [], Sources: [], Instruments: [], SourceText: [] };
  const instruments = new Set<string>();
  for (const { document, text, commitments } of results) {
    const paras = paragraphs(text);
    for (const p of paras) {
      rows.SourceText.push({
        Key: paragraphKey(document.sha256, p.number),
        Document: document.id,
        Paragraph: p.number,
        Start: p.start,
        End: p.end,
        Text: text.slice(p.start, p.end),
      });
    }
    rows.Sources.push({
      ID: document.id,
      Title: document.title,
      Date: document.date ?? "",
      URL: webLink(document.url),
      Characters: text.length,
      "SHA-256": document.sha256,
      Commitments: commitments.length,
    });
    for (const c of commitments) {
      rows.Commitments.push(commitmentRow(c, paras, document.sha256, document.url, decisions?.get(c.id)));
      if (c.instrumentId) instruments.add(c.instrumentId);
    }
  }
  for (const id of [...instruments].sort()) {
    const entry = catalogById(id);
    if (!entry) continue;
    rows.Instruments.push({ ID: entry.id, Name: entry.name, Type: entry.type, Adopted: entry.adopted, Body: entry.body ?? "" });
  }
  return rows;
}

/** The key of a row as a string ("" when the row has none, as rows typed by hand may not). */
export function rowKey(row: RowValues, key: string): string {
  return cellText(row[key]).trim();
}
