/**
 * The depositary's record of what a participant did under an instrument: the official side of
 * the "said against done" audit. One record per act (a signature, a ratification, …) with its date.
 */
import type { Action, PartialDate } from "../model";

/** How the depositary records consent to be bound, or a signature (UNTC's suffixes in brackets). */
export const RECORDED_ACTS = ["signature", "ratification", "acceptance", "approval", "accession", "succession"] as const;
export type RecordedAct = (typeof RECORDED_ACTS)[number];

/** UNTC's date suffixes: "16 Sep 2005 a" is an accession. */
export const SUFFIX_ACTS: Readonly<Record<string, RecordedAct>> = { a: "accession", A: "acceptance", AA: "approval", d: "succession" };

/** The tracker's action for a recorded act: accession is "acceded"; the other ways of consenting are "ratified". */
export function actionOfAct(act: RecordedAct): Action {
  return act === "signature" ? "signed" : act === "accession" ? "acceded" : "ratified";
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
  /** Which layout the table was read as, e.g. "UNTC status table" (said in the CLI's summary and the pane's preview). */
  layout?: string;
}
