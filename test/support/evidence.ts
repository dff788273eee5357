/** Evidence records for the status and gap rules' tests: a bound Chile under the Arms Trade Treaty unless told otherwise. */
import type { Evidence } from "../../src/core";

let n = 0;
/** A record with fresh id and quote; `over` sets any field. */
export function record(over: Partial<Evidence>): Evidence {
  n++;
  return {
    id: `c-${n}`,
    actor: "Chile",
    action: "ratified",
    instrument: "Arms Trade Treaty",
    instrumentId: "att",
    instrumentType: "treaty",
    date: null,
    polarity: "affirmed",
    confidence: 0.9,
    review: "Pending",
    quote: `quote ${n}`,
    doc: "doc.txt",
    source: "doc.txt",
    start: null,
    end: null,
    ...over,
  };
}
