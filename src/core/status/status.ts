/**
 * The status of an actor under an instrument (SPEC.md): the strongest level its affirmed,
 * unrejected records reach, the latest dated act deciding within that level, optionally as of
 * a date; and the conflicts between its records.
 */
import { ACTIONS, type Action, type PartialDate } from "../model";
import type { Evidence } from "./evidence";

export const STATUS_LEVELS = ["Bound", "Signed", "Politically committed", "Advocated", "No record"] as const;
export type StatusLevel = (typeof STATUS_LEVELS)[number];

const LEVEL_OF: Record<Action, StatusLevel> = {
  ratified: "Bound",
  acceded: "Bound",
  party: "Bound",
  signed: "Signed",
  "co-sponsored": "Politically committed",
  supported: "Politically committed",
  endorsed: "Politically committed",
  committed: "Politically committed",
  adopted: "Politically committed",
  "called-for": "Advocated",
  welcomed: "Advocated",
};

export function levelOf(action: Action): StatusLevel {
  return LEVEL_OF[action];
}

/** Smaller is stronger. */
function rank(level: StatusLevel): number {
  return STATUS_LEVELS.indexOf(level);
}

export interface Conflict {
  kind: "dates" | "polarity";
  records: Evidence[];
  detail: string;
}

export interface StatusAnswer {
  level: StatusLevel;
  /** The record that decides the level (latest dated at that level, else the first). */
  deciding: Evidence | null;
  /** Every affirmed record at the deciding level. */
  counted: Evidence[];
  conflicts: Conflict[];
}

/** Does a record count towards a status at all? */
export function counts(r: Evidence): boolean {
  return r.polarity === "affirmed" && r.review !== "Rejected";
}

/** The last day a partial date can stand for, so "2018" is known to be done only by 2018-12-31. */
function latestDay(date: PartialDate): string {
  if (date.length === 10) return date;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(days).padStart(2, "0")}`;
  }
  return `${date}-12-31`;
}

/** Was the act surely done by `asOf`? Undated acts cannot be placed in time, so they are not. */
function doneBy(r: Evidence, asOf: PartialDate): boolean {
  return r.date !== null && latestDay(r.date) <= latestDay(asOf);
}

/** Two dates that cannot be the same day ("2005" and "2005-09-16" can; "2005-09-16" and "2006" cannot). */
export function datesDisagree(a: PartialDate, b: PartialDate): boolean {
  return !(a.startsWith(b) || b.startsWith(a));
}

/** Later dates first; undated last; equal dates by action strength. */
function latestFirst(a: Evidence, b: Evidence): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return ACTIONS.indexOf(a.action) - ACTIONS.indexOf(b.action);
}

/** The "same act" whose dates must agree: consent to be bound, or signature. Political acts recur (votes, years). */
function actGroup(action: Action): string | null {
  const level = LEVEL_OF[action];
  return level === "Bound" || level === "Signed" ? level : null;
}

export function conflictsOf(records: readonly Evidence[]): Conflict[] {
  const live = records.filter((r) => r.review !== "Rejected");
  const out: Conflict[] = [];
  const byAct = new Map<string, Evidence[]>();
  for (const r of live) {
    const group = actGroup(r.action);
    if (group && r.polarity === "affirmed" && r.date !== null) byAct.set(group, [...(byAct.get(group) ?? []), r]);
  }
  for (const [group, dated] of byAct) {
    const dates = [...new Set(dated.map((r) => r.date as PartialDate))];
    const disagreeing = dates.some((a) => dates.some((b) => datesDisagree(a, b)));
    if (disagreeing) {
      out.push({
        kind: "dates",
        records: dated,
        detail: `${group === "Bound" ? "binding act" : "signature"} dated ${dates.sort().join(" and ")} by different sources`,
      });
    }
  }
  const levels = new Set(live.map((r) => LEVEL_OF[r.action]));
  for (const level of levels) {
    const affirmed = live.filter((r) => r.polarity === "affirmed" && LEVEL_OF[r.action] === level);
    const negated = live.filter((r) => r.polarity === "negated" && LEVEL_OF[r.action] === level);
    // "Had not ratified" in 2010 and "ratified" in 2015 is history, not a disagreement.
    const clashing = negated.filter((n) => affirmed.some((a) => n.date === null || a.date === null || latestDay(n.date) >= latestDay(a.date)));
    if (affirmed.length > 0 && clashing.length > 0) {
      out.push({
        kind: "polarity",
        records: [...affirmed, ...clashing],
        detail: `${level}: one source affirms (${affirmed[0]?.action}) what another denies (not ${clashing[0]?.action})`,
      });
    }
  }
  return out;
}

/** The status of one actor under one instrument, from that pair's records. */
export function statusOf(records: readonly Evidence[], asOf?: PartialDate | null): StatusAnswer {
  const usable = records.filter((r) => counts(r) && (!asOf || doneBy(r, asOf)));
  const conflicts = conflictsOf(asOf ? records.filter((r) => r.date === null || doneBy(r, asOf)) : records);
  if (usable.length === 0) return { level: "No record", deciding: null, counted: [], conflicts };
  const level = usable.map((r) => LEVEL_OF[r.action]).reduce((a, b) => (rank(b) < rank(a) ? b : a));
  const counted = usable.filter((r) => LEVEL_OF[r.action] === level).sort(latestFirst);
  return { level, deciding: counted[0] ?? null, counted, conflicts };
}

/** A status as a cell shows it: "Bound (acceded 2005-09-16)", "Signed (signed, undated; conflicting evidence)". */
export function describeStatus(answer: StatusAnswer): string {
  const { level, deciding, conflicts } = answer;
  if (!deciding) return conflicts.length > 0 ? `${level} (conflicting evidence)` : level;
  const parts = [`${deciding.action} ${deciding.date ?? "undated"}`];
  if (conflicts.length > 0) parts.push("conflicting evidence");
  return `${level} (${parts.join("; ")})`;
}
