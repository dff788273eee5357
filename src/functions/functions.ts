/**
 * Excel custom functions, namespace CT (manifest.xml / manifest.json). Thin wrappers over the
 * core: the JSDoc below *is* the metadata (custom-functions-metadata-plugin turns it into
 * functions.json at build time). Functions compute from their arguments alone: no Excel API
 * calls, no network. Evidence is a range with its header row (Commitments[#All]), read by header.
 *
 * custom-functions-metadata maps only plain types: a range of mixed values is any[][].
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { answer } from "./errors";
import { evidenceQuotes, flagsText, gapsRows, matrixRows, rowChecks, sourceText, statusText, verifyQuote } from "./answers";
import { extractRows } from "./extract";

/**
 * The strongest status an actor has under an instrument, with the deciding act and its date: Bound, Signed, Politically committed, Advocated or No record.
 * @customfunction STATUS
 * @helpurl https://localhost:3000/help.html#ct-status
 * @param actor The actor, e.g. "Kazakhstan" (official and short names alike).
 * @param instrument The instrument: its catalog id, name or acronym, e.g. "crc-opac" or "OPAC".
 * @param evidence The commitments with their header row, e.g. Commitments[#All].
 * @param [as_of] Only acts dated on or before this date count (a date, or text such as "2015-12-31").
 * @param [reference] The depositary's record with its header row, Reference[#All]: the recorded act is shown beside the stated one.
 * @returns The status, e.g. "Bound (acceded 2005-09-16)".
 */
export function status(actor: string, instrument: string, evidence: any[][], as_of?: any, reference?: any[][]): string {
  return answer(() => statusText(actor, instrument, evidence, as_of, reference));
}

/**
 * The quotes behind an actor's status under an instrument, latest act first, one per row.
 * @customfunction EVIDENCE
 * @helpurl https://localhost:3000/help.html#ct-evidence
 * @param actor The actor, e.g. "Kazakhstan".
 * @param instrument The instrument: its catalog id, name or acronym.
 * @param evidence The commitments with their header row, e.g. Commitments[#All].
 * @returns The verbatim source sentences, one per row.
 */
export function evidence(actor: string, instrument: string, evidence: any[][]): string[][] {
  return answer(() => evidenceQuotes(actor, instrument, evidence));
}

/**
 * Where a commitment comes from: its document (and paragraph) and the sentence.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#ct-source
 * @param id The commitment's id (the ID column).
 * @param evidence The commitments with their header row, e.g. Commitments[#All].
 * @returns The document and the quoted sentence.
 */
export function source(id: string, evidence: any[][]): string {
  return answer(() => sourceText(id, evidence));
}

/**
 * The gaps of an actor (or of every actor), one per row under a header: code, actor, instrument, instrument id, commitment ids, detail.
 * @customfunction GAPS
 * @helpurl https://localhost:3000/help.html#ct-gaps
 * @param actor The actor, e.g. "Kazakhstan"; "" for every actor, A to Z.
 * @param evidence The commitments with their header row, e.g. Commitments[#All].
 * @param [checklist] A built-in checklist's name (counter-terrorism, children-armed-conflict, hague-1954, human-rights-core) or a range with an Instrument column, e.g. Checklist[#All].
 * @param [reference] The depositary's record with its header row, Reference[#All]: adds SAID_NOT_DONE and DATE_MISMATCH.
 * @returns A table of the actor's gaps.
 */
export function gaps(actor: string, evidence: any[][], checklist?: any[][], reference?: any[][]): string[][] {
  return answer(() => gapsRows(actor, evidence, checklist, reference));
}

/**
 * The gap codes of one commitment, comma-separated (empty when it has none).
 * @customfunction FLAGS
 * @helpurl https://localhost:3000/help.html#ct-flags
 * @param id The commitment's id (the ID column).
 * @param evidence The commitments with their header row, e.g. Commitments[#All].
 * @param [reference] The depositary's record with its header row, Reference[#All]: adds SAID_NOT_DONE and DATE_MISMATCH.
 * @returns The codes, e.g. "ADVOCATES_NOT_BOUND, LOW_CONFIDENCE".
 */
export function flags(id: string, evidence: any[][], reference?: any[][]): string {
  return answer(() => flagsText(id, evidence, reference));
}

/**
 * The Status and Flags of every row of the evidence, in its order, under a header row: one call for a whole table (what CT.STATUS and CT.FLAGS give row by row).
 * @customfunction CHECKS
 * @helpurl https://localhost:3000/help.html#ct-checks
 * @param evidence The commitments with their header row, e.g. Commitments[[#All],[ID]:[Review]].
 * @param [reference] The depositary's record with its header row, Reference[#All]: the recorded act and the said-against-done flags too.
 * @returns Two columns, Status and Flags, one row per evidence row.
 */
export function checks(evidence: any[][], reference?: any[][]): string[][] {
  return answer(() => rowChecks(evidence, reference));
}

/**
 * The status of each actor (rows) under each instrument (columns), as CT.STATUS gives it: one grid from one call.
 * @customfunction MATRIX
 * @helpurl https://localhost:3000/help.html#ct-matrix
 * @param evidence The commitments with their header row, e.g. Commitments[[#All],[ID]:[Review]].
 * @param [actors] The actors: a list of names, or a table with an Actor column. Omitted: every actor in the evidence.
 * @param [instruments] Ids, names or acronyms, a built-in checklist's name or Checklist[#All]. Omitted: all in the evidence.
 * @param [as_of] Only acts dated on or before this date count (a date, or text such as "2015-12-31").
 * @param [reference] The depositary's record with its header row, Reference[#All]: each cell says what it records.
 * @returns A grid: a header row of instruments, a column of actors, a status level in each cell.
 */
export function matrix(evidence: any[][], actors?: any[][], instruments?: any[][], as_of?: any, reference?: any[][]): string[][] {
  return answer(() => matrixRows(evidence, actors, instruments, as_of, reference));
}

/**
 * Extracts the commitments (actor, action, instrument, date) stated in a text, one row each, under a header row.
 * @customfunction EXTRACT
 * @helpurl https://localhost:3000/help.html#ct-extract
 * @param text The text of a statement or press release, or a cell holding it.
 * @returns A table: Actor, Action, Instrument, Instrument ID, Date, Polarity, Confidence, Quote.
 */
export function extract(text: string): any[][] {
  return answer(() => extractRows(text));
}

/**
 * Whether a commitment's quote is still verbatim in its source text.
 * @customfunction VERIFY
 * @helpurl https://localhost:3000/help.html#ct-verify
 * @param id The commitment's id (the ID column).
 * @param evidence The commitments with their header row, e.g. Commitments[#All].
 * @param source_text The Source Text table with its header row (SourceText[#All]), or a cell holding the document's text.
 * @returns TRUE when the quote is found verbatim, FALSE when it is not.
 */
export function verify(id: string, evidence: any[][], source_text: any[][]): boolean {
  return answer(() => verifyQuote(id, evidence, source_text));
}
