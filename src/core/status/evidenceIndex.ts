/**
 * Records grouped the way the rules ask for them: by actor and instrument, by actor, by id.
 * Actors are compared by canonical name (so "Republic of Kazakhstan" and "Kazakhstan" are one),
 * instruments by catalog id where the record has one (or its text names one exactly), else by
 * the folded text as written. Built once per evidence table and reused for every question.
 */
import { canonicalActor, foldKey, resolveActor, resolveInstrument } from "../lexicon/resolve";
import { catalogById } from "../lexicon/catalog";
import { catalogIndex } from "../lexicon/catalogIndex";
import type { Evidence } from "./evidence";

/** One instrument as the rules see it: catalog id where known, its display name and type. */
export interface InstrumentRef {
  key: string;
  id: string | null;
  name: string;
}

function textKey(text: string): string {
  return `~${foldKey(text)}`;
}

export class EvidenceIndex {
  readonly byId = new Map<string, Evidence[]>();
  readonly byActor = new Map<string, Evidence[]>();
  private readonly byPair = new Map<string, Evidence[]>();
  private readonly actorKeys = new Map<string, string>();
  private readonly instruments = new Map<string, InstrumentRef>();
  private readonly recordKeys = new Map<Evidence, { actor: string; instrument: string }>();

  constructor(readonly records: readonly Evidence[]) {
    for (const r of records) {
      const actor = this.actorKey(r.actor);
      const instrument = this.recordInstrument(r);
      this.recordKeys.set(r, { actor, instrument: instrument.key });
      push(this.byId, r.id, r);
      push(this.byActor, actor, r);
      push(this.byPair, `${actor}\u0000${instrument.key}`, r);
    }
  }

  /** The key an actor's name is grouped under (memoised: a table repeats its actors). */
  actorKey(name: string): string {
    let key = this.actorKeys.get(name);
    if (key === undefined) {
      key = foldKey(canonicalActor(name));
      this.actorKeys.set(name, key);
    }
    return key;
  }

  private recordInstrument(r: Evidence): InstrumentRef {
    const id = r.instrumentId?.trim().toLowerCase() || null;
    const entry = id ? catalogById(id) : catalogIndex().phrases.lookup(r.instrument.trim());
    const key = id ?? entry?.id ?? textKey(r.instrument);
    let ref = this.instruments.get(key);
    if (!ref) {
      ref = { key, id: id ?? entry?.id ?? null, name: entry?.name ?? r.instrument.trim() };
      this.instruments.set(key, ref);
    }
    return ref;
  }

  /** The instrument a record is grouped under. */
  instrumentOf(r: Evidence): InstrumentRef {
    const key = this.recordKeys.get(r)?.instrument;
    return (key !== undefined ? this.instruments.get(key) : undefined) ?? this.recordInstrument(r);
  }

  /**
   * The instrument a user's text means: an id or a text the table itself uses, else the catalog
   * entry the text names, else the text as written (which then matches nothing but itself).
   */
  instrument(text: string): InstrumentRef {
    const trimmed = text.trim();
    const asId = this.instruments.get(trimmed.toLowerCase());
    if (asId) return asId;
    const asText = this.instruments.get(textKey(trimmed));
    if (asText) return asText;
    const entry = resolveInstrument(trimmed);
    if (entry) return this.instruments.get(entry.id) ?? { key: entry.id, id: entry.id, name: entry.name };
    return { key: textKey(trimmed), id: null, name: trimmed };
  }

  /** Every record of an actor under an instrument (rejected ones too; the rules skip them). */
  pair(actor: string, instrument: InstrumentRef): readonly Evidence[] {
    return this.byPair.get(`${this.actorKey(actor)}\u0000${instrument.key}`) ?? [];
  }

  /** Every record of an actor, grouped by instrument, in first-seen order. */
  instrumentsOf(actor: string): Map<string, { instrument: InstrumentRef; records: Evidence[] }> {
    const out = new Map<string, { instrument: InstrumentRef; records: Evidence[] }>();
    for (const r of this.byActor.get(this.actorKey(actor)) ?? []) {
      const instrument = this.instrumentOf(r);
      const group = out.get(instrument.key) ?? { instrument, records: [] };
      group.records.push(r);
      out.set(instrument.key, group);
    }
    return out;
  }

  /** The actors of the table, each under the name it first appears with, in first-seen order. */
  actors(): string[] {
    return [...this.byActor.values()].map((records) => canonicalActor((records[0] as Evidence).actor));
  }

  /** The name an actor is shown under: the canonical name of its first record, else of the name given. */
  displayName(actor: string): string {
    const first = this.byActor.get(this.actorKey(actor))?.[0];
    return canonicalActor(first ? first.actor : actor);
  }

  /** Is this actor a state (checklists without an actor apply to states only)? */
  isState(actor: string): boolean {
    return resolveActor(actor)?.kind === "state";
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
