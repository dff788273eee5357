/**
 * Said against done: the statements' records against the depositary's (SPEC gaps, issue 7).
 * Only instruments the reference covers are audited; for each actor under one of them:
 * - SAID_NOT_DONE: a statement claims a binding act (ratified, acceded, party) that the
 *   reference does not record;
 * - DATE_MISMATCH: the stated date of an act (binding, or a signature) differs from the recorded one;
 * - DONE_NOT_SAID (informational, off unless asked): a recorded binding act no statement mentions.
 */
import type { PartialDate } from "../model";
import type { Evidence } from "../status/evidence";
import type { EvidenceIndex } from "../status/evidenceIndex";
import type { Gap } from "../status/gaps";
import { counts, datesDisagree, levelOf, type StatusAnswer } from "../status/status";
import { isBindingAct, type ReferenceRecord } from "./record";

export interface ReconcileOptions {
  /** Also flag recorded binding acts that no document mentions (DONE_NOT_SAID). */
  doneNotSaid?: boolean;
}

/** The reference grouped like the evidence: by actor and instrument. */
export class ReferenceIndex {
  private readonly byPair = new Map<string, ReferenceRecord[]>();
  /** Instrument keys the reference covers, each with the table it came from. */
  private readonly sources = new Map<string, string>();

  constructor(
    readonly records: readonly ReferenceRecord[],
    private readonly evidence: EvidenceIndex,
  ) {
    for (const r of records) {
      const instrument = this.instrumentKey(r);
      if (!this.sources.has(instrument)) this.sources.set(instrument, r.source);
      const key = `${evidence.actorKey(r.actor)}\u0000${instrument}`;
      const list = this.byPair.get(key);
      if (list) list.push(r);
      else this.byPair.set(key, [r]);
    }
  }

  private instrumentKey(r: ReferenceRecord): string {
    return r.instrumentId ?? this.evidence.instrument(r.instrument).key;
  }

  /** Does the reference cover this instrument (by the evidence index's instrument key)? */
  covers(instrumentKey: string): boolean {
    return this.sources.has(instrumentKey);
  }

  /** The table an instrument's records came from. */
  sourceOf(instrumentKey: string): string {
    return this.sources.get(instrumentKey) ?? "the imported table";
  }

  /** The recorded acts of an actor under an instrument (by the evidence index's instrument key). */
  pair(actor: string, instrumentKey: string): readonly ReferenceRecord[] {
    return this.byPair.get(`${this.evidence.actorKey(actor)}\u0000${instrumentKey}`) ?? [];
  }

  /** Every (actor, instrument) the reference records, with its acts. */
  pairs(): ReferenceRecord[][] {
    return [...this.byPair.values()];
  }
}

function dated(r: { date: PartialDate | null }): string {
  return r.date ?? "undated";
}

function describeRecorded(recorded: readonly ReferenceRecord[]): string {
  return recorded.map((r) => `${r.act} ${r.date}`).join(", ");
}

/** The recorded side of a status: "recorded accession 2005-09-16", or "recorded: none". */
export function recordedText(recorded: readonly ReferenceRecord[], binding: boolean): string {
  const acts = recorded.filter((r) => isBindingAct(r.act) === binding);
  if (acts.length === 0) return "recorded: none";
  const latest = [...acts].sort((a, b) => (a.date < b.date ? 1 : -1))[0] as ReferenceRecord;
  return `recorded ${latest.act} ${latest.date}`;
}

/**
 * A status with the depositary's record beside it, as CT.STATUS and the pane say it: "Bound
 * (stated acceded 2005-09-16; recorded accession 2005-09-16)", "No record (recorded
 * ratification 2003-04-10)", "… recorded: none".
 */
export function describeStatusWithRecord(answer: StatusAnswer, recorded: readonly ReferenceRecord[]): string {
  const parts = [
    answer.deciding ? `stated ${answer.deciding.action} ${answer.deciding.date ?? "undated"}` : null,
    answer.conflicts.length > 0 ? "conflicting evidence" : null,
    recordedText(
      recorded,
      recorded.some((r) => isBindingAct(r.act)),
    ),
  ].filter((p): p is string => p !== null);
  return `${answer.level} (${parts.join("; ")})`;
}

/** The said-against-done gaps of every actor under the instruments the reference covers. */
export function reconcile(evidence: EvidenceIndex, reference: ReferenceIndex, options: ReconcileOptions = {}): Gap[] {
  const out: Gap[] = [];
  const said = new Set<string>();
  for (const actor of evidence.actors()) {
    for (const { instrument, records } of evidence.instrumentsOf(actor).values()) {
      if (!reference.covers(instrument.key)) continue;
      const recorded = reference.pair(actor, instrument.key);
      const gap = (code: Gap["code"], on: readonly Evidence[], detail: string) =>
        out.push({ code, actor, instrument: instrument.name, instrumentId: instrument.id, commitmentIds: [...new Set(on.map((r) => r.id))], detail });
      const live = records.filter(counts);
      const bound = live.filter((r) => levelOf(r.action) === "Bound");
      const signed = live.filter((r) => levelOf(r.action) === "Signed");
      if (records.some((r) => levelOf(r.action) === "Bound" && r.review !== "Rejected")) said.add(`${evidence.actorKey(actor)}\u0000${instrument.key}`);
      const recordedBinding = recorded.filter((r) => isBindingAct(r.act));
      const recordedSignature = recorded.filter((r) => r.act === "signature");
      if (bound.length > 0 && recordedBinding.length === 0) {
        gap(
          "SAID_NOT_DONE",
          bound,
          `stated ${bound.map((r) => `${r.action} ${dated(r)}`).join("; ")}; the depositary's record (${reference.sourceOf(instrument.key)}) has no ratification, acceptance, approval, accession or succession by ${actor}`,
        );
      }
      mismatch(bound, recordedBinding, "binding act", gap);
      mismatch(signed, recordedSignature, "signature", gap);
    }
  }
  if (options.doneNotSaid) {
    for (const recorded of reference.pairs()) {
      const first = recorded[0] as ReferenceRecord;
      const instrument = first.instrumentId ?? evidence.instrument(first.instrument).key;
      if (said.has(`${evidence.actorKey(first.actor)}\u0000${instrument}`)) continue;
      const binding = recorded.filter((r) => isBindingAct(r.act));
      if (binding.length === 0) continue;
      out.push({
        code: "DONE_NOT_SAID",
        actor: first.actor,
        instrument: first.instrument,
        instrumentId: first.instrumentId,
        commitmentIds: [],
        detail: `recorded ${describeRecorded(binding)} (${first.source}); no document in the corpus mentions it`,
      });
    }
  }
  return out;
}

/** One DATE_MISMATCH when dated statements of an act agree with none of the recorded dates. */
function mismatch(
  stated: readonly Evidence[],
  recorded: readonly ReferenceRecord[],
  what: string,
  gap: (code: Gap["code"], on: readonly Evidence[], detail: string) => void,
): void {
  if (recorded.length === 0) return;
  const wrong = stated.filter((r) => r.date !== null && recorded.every((x) => datesDisagree(r.date as PartialDate, x.date)));
  if (wrong.length === 0) return;
  gap(
    "DATE_MISMATCH",
    wrong,
    `stated ${wrong.map((r) => `${r.action} ${r.date}`).join("; ")}; recorded ${describeRecorded(recorded)} (${recorded[0]?.source}): the ${what}'s dates differ`,
  );
}
