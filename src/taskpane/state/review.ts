/**
 * The review of one extraction (pure: no React, no Office). The reviewer accepts, rejects or
 * edits commitments before they reach the workbook; this module holds those decisions, answers
 * the list's filters, groups and counts, and turns the review into what the writer takes.
 */
import {
  ACTIONS,
  ActionSchema,
  LOW_CONFIDENCE_BELOW,
  PartialDateSchema,
  PolaritySchema,
  type Action,
  type Commitment,
  type DocumentExtraction,
  type DocumentMeta,
  type Polarity,
} from "../../core";
import type { ReviewChoice } from "../../workbook/layout";
import type { ReviewDecision } from "../../workbook/rows";

/** The fields a reviewer may correct; the source span and id never change. */
export type EditableField = "actor" | "action" | "instrument" | "date" | "polarity";
export type CommitmentEdit = Partial<Pick<Commitment, EditableField>>;

/** Confidence under this is "low": the core's line, the one the LOW_CONFIDENCE gap uses. */
export { LOW_CONFIDENCE_BELOW } from "../../core";

export interface ReviewState {
  /** By commitment id; a missing id is Pending. */
  decisions: Readonly<Record<string, ReviewChoice>>;
  /** By commitment id: the reviewer's corrections. */
  edits: Readonly<Record<string, CommitmentEdit>>;
}

export const EMPTY_REVIEW: ReviewState = { decisions: {}, edits: {} };

export type ReviewAction =
  | { type: "decide"; ids: readonly string[]; review: ReviewChoice }
  /** An edit is a decision too: the row is Accepted as corrected. */
  | { type: "edit"; id: string; edit: CommitmentEdit }
  | { type: "reset" };

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case "decide": {
      const decisions = { ...state.decisions };
      for (const id of action.ids) decisions[id] = action.review;
      return { ...state, decisions };
    }
    case "edit":
      return { decisions: { ...state.decisions, [action.id]: "Accepted" }, edits: { ...state.edits, [action.id]: action.edit } };
    case "reset":
      return EMPTY_REVIEW;
  }
}

/** What is wrong with an edit, field by field (empty when it can be saved). */
export function editProblems(edit: CommitmentEdit): Partial<Record<EditableField, string>> {
  const problems: Partial<Record<EditableField, string>> = {};
  if (edit.actor !== undefined && edit.actor.trim() === "") problems.actor = "Enter who acted (a state or an organisation).";
  if (edit.instrument !== undefined && edit.instrument.trim() === "") problems.instrument = "Enter the instrument's name.";
  if (edit.action !== undefined && !ActionSchema.safeParse(edit.action).success) problems.action = `Choose one of: ${ACTIONS.join(", ")}.`;
  if (edit.polarity !== undefined && !PolaritySchema.safeParse(edit.polarity).success)
    problems.polarity = `Choose one of: ${PolaritySchema.options.join(", ")}.`;
  if (edit.date !== undefined && edit.date !== null && !PartialDateSchema.safeParse(edit.date).success)
    problems.date = "Use YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty.";
  return problems;
}

/** One row of the review list. */
export interface ReviewItem {
  /** The commitment as the reviewer left it (edits applied). */
  commitment: Commitment;
  original: Commitment;
  document: DocumentMeta;
  review: ReviewChoice;
  edited: boolean;
}

function applyEdit(c: Commitment, edit: CommitmentEdit | undefined): Commitment {
  if (!edit) return c;
  return { ...c, ...edit, actor: (edit.actor ?? c.actor).trim(), instrument: (edit.instrument ?? c.instrument).trim() };
}

export function reviewItems(results: readonly DocumentExtraction[], state: ReviewState): ReviewItem[] {
  return results.flatMap(({ document, commitments }) =>
    commitments.map((original) => {
      const edit = state.edits[original.id];
      return { commitment: applyEdit(original, edit), original, document, review: state.decisions[original.id] ?? "Pending", edited: edit !== undefined };
    }),
  );
}

export type ConfidenceFilter = "all" | "high" | "low";

export interface ReviewFilter {
  actor: string | null;
  action: Action | null;
  review: ReviewChoice | null;
  polarity: Polarity | null;
  confidence: ConfidenceFilter;
  /** Words that must all appear in the actor, instrument or quote (case-insensitive). */
  text: string;
}

export const NO_FILTER: ReviewFilter = { actor: null, action: null, review: null, polarity: null, confidence: "all", text: "" };

export function isFiltered(filter: ReviewFilter): boolean {
  return (
    filter.actor !== null ||
    filter.action !== null ||
    filter.review !== null ||
    filter.polarity !== null ||
    filter.confidence !== "all" ||
    filter.text.trim() !== ""
  );
}

export function filterItems(items: readonly ReviewItem[], filter: ReviewFilter): ReviewItem[] {
  const words = filter.text.toLowerCase().split(/\s+/u).filter(Boolean);
  return items.filter(({ commitment: c, review }) => {
    if (filter.actor !== null && c.actor !== filter.actor) return false;
    if (filter.action !== null && c.action !== filter.action) return false;
    if (filter.review !== null && review !== filter.review) return false;
    if (filter.polarity !== null && c.polarity !== filter.polarity) return false;
    if (filter.confidence === "high" && c.confidence < LOW_CONFIDENCE_BELOW) return false;
    if (filter.confidence === "low" && c.confidence >= LOW_CONFIDENCE_BELOW) return false;
    if (words.length === 0) return true;
    const haystack = `${c.actor} ${c.instrument} ${c.source.quote}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export type GroupBy = "actor" | "instrument" | "document";

export interface ReviewGroup {
  key: string;
  items: ReviewItem[];
}

/** Groups in order of their names (documents in corpus order), items in document order within each. */
export function groupItems(items: readonly ReviewItem[], by: GroupBy): ReviewGroup[] {
  const groups = new Map<string, ReviewItem[]>();
  for (const item of items) {
    const key =
      by === "actor"
        ? item.commitment.actor
        : by === "instrument"
          ? (item.commitment.instrumentName ?? item.commitment.instrument)
          : item.document.title || item.document.id;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const out = [...groups].map(([key, list]) => ({ key, items: list }));
  return by === "document" ? out : out.sort((a, b) => a.key.localeCompare(b.key));
}

export interface ReviewCounts {
  total: number;
  pending: number;
  accepted: number;
  rejected: number;
}

export function countItems(items: readonly ReviewItem[]): ReviewCounts {
  const counts: ReviewCounts = { total: items.length, pending: 0, accepted: 0, rejected: 0 };
  for (const { review } of items) counts[review === "Accepted" ? "accepted" : review === "Rejected" ? "rejected" : "pending"]++;
  return counts;
}

/** The values present, for the filters' choices. */
export function facets(items: readonly ReviewItem[]): { actors: string[]; actions: Action[]; polarities: Polarity[] } {
  const actors = new Set<string>();
  const actions = new Set<Action>();
  const polarities = new Set<Polarity>();
  for (const { commitment: c } of items) {
    actors.add(c.actor);
    actions.add(c.action);
    polarities.add(c.polarity);
  }
  return {
    actors: [...actors].sort((a, b) => a.localeCompare(b)),
    actions: ACTIONS.filter((a) => actions.has(a)),
    polarities: PolaritySchema.options.filter((p) => polarities.has(p)),
  };
}

function describeEdit(original: Commitment, edited: Commitment): string {
  const fields: EditableField[] = ["actor", "action", "instrument", "date", "polarity"];
  const changes = fields.filter((f) => (original[f] ?? "") !== (edited[f] ?? "")).map((f) => `${f} "${original[f] ?? ""}" → "${edited[f] ?? ""}"`);
  return changes.length > 0 ? `Corrected in review: ${changes.join("; ")}` : "";
}

/**
 * What the writer takes: the extraction with the reviewer's corrections applied, and each
 * decided row's Review (and, for a corrected row, a note saying what was changed from what).
 * Rejected rows are written as Rejected, so that a later run does not bring them back as new.
 */
export function forWriting(
  results: readonly DocumentExtraction[],
  state: ReviewState,
): { results: DocumentExtraction[]; decisions: Map<string, ReviewDecision> } {
  const decisions = new Map<string, ReviewDecision>();
  const edited = results.map((r) => ({
    ...r,
    commitments: r.commitments.map((c) => {
      const after = applyEdit(c, state.edits[c.id]);
      const review = state.decisions[c.id];
      const note = after === c ? "" : describeEdit(c, after);
      if (review || note) decisions.set(c.id, note ? { review: review ?? "Pending", note } : { review: review ?? "Pending" });
      return after;
    }),
  }));
  return { results: edited, decisions };
}

/** The commitments of one document in text order (the source viewer's next / previous). */
export function evidenceOrder(items: readonly ReviewItem[], doc: string): ReviewItem[] {
  return items
    .filter((i) => i.original.source.doc === doc)
    .sort((a, b) => a.original.source.start - b.original.source.start || a.original.source.end - b.original.source.end);
}
