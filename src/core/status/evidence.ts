/**
 * Evidence: the records the status and gap rules read. A record is one commitment row, from an
 * extraction or from a Commitments table (columns found by header), with the reviewer's
 * decision. Rejected records are kept (a row's flags can still be asked for) but never count.
 */
import type { DocumentExtraction } from "../types";
import type { Action, InstrumentType, PartialDate, Polarity } from "../model";

export const REVIEW_STATES = ["Pending", "Accepted", "Rejected"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface Evidence {
  id: string;
  actor: string;
  action: Action;
  /** The instrument as written. */
  instrument: string;
  instrumentId: string | null;
  instrumentType: InstrumentType | null;
  date: PartialDate | null;
  polarity: Polarity;
  /** Extraction confidence; null for a row typed by hand. */
  confidence: number | null;
  review: ReviewState;
  /** The verbatim source sentence. */
  quote: string;
  /** Where the record came from: its document (extractions), else "". */
  doc: string;
  /** Where the record came from as a reader sees it: "doc ¶4" from a table's Source column, else the document. */
  source: string;
  /** Character offsets of the quote in its document, when known (for verification). */
  start: number | null;
  end: number | null;
}

/** A decision on a record made outside the extraction (the pane, the workbook). */
export type ReviewOf = (id: string) => ReviewState | undefined;

/** The records of an extraction run, with each one's review decision where one was made. */
export function evidenceFromExtraction(results: readonly DocumentExtraction[], reviewOf?: ReviewOf): Evidence[] {
  const out: Evidence[] = [];
  for (const { commitments } of results) {
    for (const c of commitments) {
      out.push({
        id: c.id,
        actor: c.actor,
        action: c.action,
        instrument: c.instrument,
        instrumentId: c.instrumentId,
        instrumentType: c.instrumentType,
        date: c.date,
        polarity: c.polarity,
        confidence: c.confidence,
        review: reviewOf?.(c.id) ?? "Pending",
        quote: c.source.quote,
        doc: c.source.doc,
        source: c.source.doc,
        start: c.source.start,
        end: c.source.end,
      });
    }
  }
  return out;
}
