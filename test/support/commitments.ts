import type { Commitment } from "../../src/core";

/** A commitment whose source is `quote` where it first occurs in `text` (throws if it does not). */
export function commitmentAt(id: string, doc: string, text: string, quote: string, over: Partial<Commitment> = {}): Commitment {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${quote} not in text`);
  return {
    id,
    actor: "Norway",
    action: "ratified",
    instrument: "Convention on the Rights of the Child",
    instrumentId: null,
    instrumentName: null,
    instrumentType: "treaty",
    date: null,
    polarity: "affirmed",
    confidence: 0.9,
    source: { doc, start, end: start + quote.length, quote },
    stages: [],
    ...over,
  };
}
