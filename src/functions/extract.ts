/** CT.EXTRACT's work, apart from the Excel wrapper so it can be tested without Excel. */
import { extractDocument } from "../core";
import { textArgument } from "./errors";

/** Longer text belongs in a file run through the pane or the CLI. */
export const MAX_EXTRACT_TEXT = 200_000;

export const EXTRACT_HEADERS = ["Actor", "Action", "Instrument", "Instrument ID", "Date", "Polarity", "Confidence", "Quote"] as const;

/** The commitments in `text` as a table with a header row (just the header when there are none). */
export function extractRows(text: unknown): (string | number)[][] {
  const body = textArgument("text", text, MAX_EXTRACT_TEXT);
  const { commitments } = extractDocument({ id: "cell", text: body });
  return [
    [...EXTRACT_HEADERS],
    ...commitments.map((c) => [c.actor, c.action, c.instrument, c.instrumentId ?? "", c.date ?? "", c.polarity, c.confidence, c.source.quote]),
  ];
}
