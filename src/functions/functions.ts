/**
 * Excel custom functions, namespace CT (manifest.xml / manifest.json). Thin wrappers over the
 * core: the JSDoc below *is* the metadata (custom-functions-metadata-plugin turns it into
 * functions.json at build time). Functions compute from their arguments alone: no Excel API
 * calls, no network.
 */
import { answer } from "./errors";
import { extractRows } from "./extract";

/**
 * Extracts the commitments (actor, action, instrument, date) stated in a text, one row each, under a header row.
 * @customfunction EXTRACT
 * @helpurl https://localhost:3000/help.html#ct-extract
 * @param text The text of a statement or press release, or a cell holding it.
 * @returns A table: Actor, Action, Instrument, Instrument ID, Date, Polarity, Confidence, Quote.
 */
// custom-functions-metadata maps only plain types: a mixed table (text and numbers) is any[][].
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function extract(text: string): any[][] {
  return answer(() => extractRows(text));
}
