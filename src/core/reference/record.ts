/**
 * The depositary's record of what a participant did under an instrument: the official side of
 * the "said against done" audit. One record per act (a signature, a ratification, …) with its date.
 */
import type { Action, PartialDate } from "../model";

/**
 * How the depositary records consent to be bound, or a signature (UNTC's suffixes in brackets).
 * "definitive signature" is consent to be bound by signature alone (a binding act in its own
 * right, not a signature awaiting ratification); "party" is a list's or a matrix's word for a
 * state that is bound without saying by which act (the SPEC's `party`: stated to be a party).
 */
export const RECORDED_ACTS = ["signature", "ratification", "acceptance", "approval", "accession", "succession", "definitive signature", "party"] as const;
export type RecordedAct = (typeof RECORDED_ACTS)[number];

/** UNTC's date suffixes: "16 Sep 2005 a" is an accession. */
export const SUFFIX_ACTS: Readonly<Record<string, RecordedAct>> = { a: "accession", A: "acceptance", AA: "approval", d: "succession" };

/** The tracker's action for a recorded act: accession is "acceded", a bare "party" is "party"; the other ways of consenting are "ratified". */
export function actionOfAct(act: RecordedAct): Action {
  return act === "signature" ? "signed" : act === "accession" ? "acceded" : act === "party" ? "party" : "ratified";
}

export function isBindingAct(act: RecordedAct): boolean {
  return act !== "signature";
}

export interface ReferenceRecord {
  /** The participant's canonical name (as written when the lexicon does not know it). */
  actor: string;
  instrumentId: string | null;
  /** The catalog's name, else the instrument as the table gives it. */
  instrument: string;
  act: RecordedAct;
  date: PartialDate;
  /** When the act took effect, when the table says (UNTC's "Date of Effect"); the Reference sheet's "In force from". */
  effective?: PartialDate | null;
  /** What the table says beside the act: its footnote markers, a bracketed (former or withdrawn) participant. */
  note?: string;
  /** Where the record comes from: the table's title or file name. */
  source: string;
}

/** A line of a table that could not be read, with why: reported, never dropped silently. */
export interface ImportProblem {
  /** 1-based line (row) of the table as given. */
  line: number;
  reason: string;
}

export interface ImportResult {
  records: ReferenceRecord[];
  problems: ImportProblem[];
  /** The instrument the records are under (the user's, or read from the title line). */
  instrumentId: string | null;
  instrument: string;
  /** Every instrument a matrix covers (one column each); absent for a one-instrument table. */
  instruments?: { id: string | null; name: string }[];
  /** Which layout the table was read as, e.g. "UNTC status table" (said in the CLI's summary and the pane's preview). */
  layout?: string;
}
