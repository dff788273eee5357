/**
 * The status matrix (issue 18): actors down, instruments across, and in each cell the status
 * level CT.STATUS gives for that pair (same records, same rules: statusOf), marked when the
 * records conflict and, with a depositary record, with what it records. One index over the
 * evidence answers every cell, so a 200 × 50 grid costs one pass over the rows plus a lookup
 * per cell.
 */
import type { PartialDate } from "../model";
import type { ReferenceIndex } from "../reference/reconcile";
import { isBindingAct, type ReferenceRecord } from "../reference/record";
import type { EvidenceIndex, InstrumentRef } from "./evidenceIndex";
import { statusOf, type StatusLevel } from "./status";

export interface MatrixCell {
  level: StatusLevel;
  conflicting: boolean;
  /**
   * With a depositary record that covers the instrument: its strongest act for the actor
   * ("ratification", "signature", …), or "none"; null without one.
   */
  recorded: string | null;
  /** The cell as the sheet shows it: "Bound", "Signed (conflicting)", "Bound (recorded: none)". */
  text: string;
  /** Ids of the rows behind the level (latest first), for "open the evidence". */
  evidenceIds: string[];
}

export interface StatusMatrix {
  /** Row labels: each actor under its display name. */
  actors: string[];
  instruments: InstrumentRef[];
  /** cells[i][j]: actors[i] under instruments[j]. */
  cells: MatrixCell[][];
}

export interface MatrixOptions {
  /** Actors as the user names them (null: every actor with an unrejected record, A to Z). */
  actors?: readonly string[] | null;
  /** Instruments by id, name or acronym (null: every instrument with an unrejected record, by label). */
  instruments?: readonly string[] | null;
  asOf?: PartialDate | null;
  reference?: ReferenceIndex | null;
}

/** An instrument's column label: its catalog id where it has one (short, stable), else its name. */
export function instrumentLabel(ref: InstrumentRef): string {
  return ref.id ?? ref.name;
}

function cellText(level: StatusLevel, conflicting: boolean, recorded: string | null): string {
  const notes = [conflicting ? "conflicting" : null, recorded === null ? null : `recorded: ${recorded}`].filter((n): n is string => n !== null);
  return notes.length > 0 ? `${level} (${notes.join("; ")})` : level;
}

/** Binding acts first, then signature: the strongest act the depositary records. */
function strongestRecorded(acts: readonly ReferenceRecord[]): string {
  const binding = acts.find((a) => isBindingAct(a.act));
  return (binding ?? acts[0])?.act ?? "none";
}

export function statusMatrix(index: EvidenceIndex, options: MatrixOptions = {}): StatusMatrix {
  const live = index.records.filter((r) => r.review !== "Rejected");
  const actors = options.actors
    ? unique(
        options.actors.map((a) => index.displayName(a)),
        (a) => index.actorKey(a),
      )
    : unique(
        live.map((r) => index.displayName(r.actor)),
        (a) => index.actorKey(a),
      ).sort((a, b) => a.localeCompare(b, "en"));
  const instruments = options.instruments
    ? unique(
        options.instruments.map((t) => index.instrument(t)),
        (ref) => ref.key,
      )
    : unique(
        live.map((r) => index.instrumentOf(r)),
        (ref) => ref.key,
      ).sort((a, b) => instrumentLabel(a).localeCompare(instrumentLabel(b), "en"));
  const reference = options.reference ?? null;
  const cells = actors.map((actor) =>
    instruments.map((instrument): MatrixCell => {
      const answer = statusOf(index.pair(actor, instrument), options.asOf ?? null);
      const conflicting = answer.conflicts.length > 0;
      let recorded: string | null = null;
      if (reference?.covers(instrument.key)) {
        const acts = reference.pair(actor, instrument.key).filter((r) => !options.asOf || r.date <= options.asOf);
        recorded = acts.length === 0 ? "none" : strongestRecorded(acts);
      }
      return { level: answer.level, conflicting, recorded, text: cellText(answer.level, conflicting, recorded), evidenceIds: answer.counted.map((r) => r.id) };
    }),
  );
  return { actors, instruments, cells };
}

/** First of each key, in order. */
function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
