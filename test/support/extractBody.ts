import { extractDocument, type Commitment } from "../../src/core";

/** A neutral headline (names no state) so the sentence under test is the document's second unit. */
export const HEAD = "Press release\n\n";

export interface BodyExtraction {
  text: string;
  /** Offset of the body in `text`. */
  at: number;
  records: Commitment[];
}

/** Extracts `head + body` and checks every record's quote is verbatim (the provenance contract). */
export function extractBody(body: string, head = HEAD): BodyExtraction {
  const text = head + body;
  const records = extractDocument({ id: "body.txt", text }).commitments;
  for (const c of records) expect(c.source.quote).toBe(text.slice(c.source.start, c.source.end));
  return { text, at: head.length, records };
}

/** Sorted "actor|action|instrumentId|polarity[|date]" rows, for comparing whole results. */
export function rows(records: Commitment[], options: { date?: boolean } = {}): string[] {
  return records.map((c) => `${c.actor}|${c.action}|${c.instrumentId ?? c.instrument}|${c.polarity}${options.date ? `|${c.date ?? "-"}` : ""}`).sort();
}
