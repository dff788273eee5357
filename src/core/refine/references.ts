import type { Actor, ActorMention } from "../stages/actors";
import type { InstrumentMention } from "../stages/instruments";
import type { Sentence } from "../stages/link";

/**
 * Document context for references, filled sentence by sentence:
 *  - actors: "we", "my delegation", "our country" are the state the document speaks for (the
 *    subject of the latest sentence that named one, else the state in the title); "the country",
 *    "his country's", "its" are the nearest actor named before them;
 *  - instruments: "the Convention", "this treaty", "the document" are the latest instrument of
 *    a compatible kind named before; "its two Protocols" are the named convention's protocols.
 */
const HISTORY = 60;

export class DocumentContext {
  private readonly subjects: Actor[][] = [];
  private readonly instruments: InstrumentMention[] = [];
  constructor(private readonly principal: Actor[] | null) {}

  /** The actors a reference means, given the groups named before it in its own sentence. */
  resolveActor(m: ActorMention, sentence: Sentence): Actor[] {
    if (m.actor) return [m.actor];
    if (m.kind !== "speaker") {
      const stateOnly = m.kind === "anaphor" || m.kind === "possessive" && m.to - m.from > 1;
      const before = sentence.groups.filter((g) => g.to <= m.from && g.eligible && g.members.some((x) => x.actor && (!stateOnly || x.actor.kind === "state")));
      const last = before[before.length - 1];
      if (last) return last.members.flatMap((x) => (x.actor ? [x.actor] : []));
    }
    for (let i = this.subjects.length - 1; i >= Math.max(0, this.subjects.length - HISTORY); i--) {
      const s = this.subjects[i] as Actor[];
      if (s.length > 0 && (m.kind !== "anaphor" || s.some((a) => a.kind === "state"))) return s;
    }
    return this.principal ?? [];
  }

  /** Record a sentence's subject (its first eligible group with named actors). */
  noteSentence(sentence: Sentence): void {
    const g = sentence.groups.find((x) => x.eligible && x.members.some((m) => m.actor || m.kind === "speaker"));
    if (g) {
      const actors = g.members.flatMap((m) => (m.actor ? [m.actor] : this.resolveActor(m, sentence)));
      this.subjects.push(actors);
    } else this.subjects.push([]);
    for (const m of sentence.instruments) if (m.kind !== "anaphor" || m.text) this.instruments.push(m);
    if (this.instruments.length > HISTORY * 4) this.instruments.splice(0, this.instruments.length - HISTORY * 2);
  }

  /** Fill an anaphor's text and entry from its antecedent; false when there is none. */
  resolveInstrument(m: InstrumentMention, sentence: Sentence): boolean {
    if (m.kind !== "anaphor" || m.text) return true;
    const inSentence = sentence.instruments.filter((x) => x.to <= m.from && x.kind !== "anaphor");
    const pool = [...this.instruments, ...inSentence];
    for (let i = pool.length - 1; i >= 0; i--) {
      const a = pool[i] as InstrumentMention;
      if (!a.text || !compatible(m.head ?? "", a)) continue;
      m.text = a.text;
      m.entry = a.entry;
      m.type = a.type;
      return true;
    }
    if (m.fallbackText) {
      m.text = m.fallbackText;
      return true;
    }
    return false;
  }

  /** The document's current instrument, for acts stated without one ("have ratified."). */
  topic(): InstrumentMention | null {
    return this.instruments[this.instruments.length - 1] ?? null;
  }
}

function compatible(head: string, a: InstrumentMention): boolean {
  const name = a.text.toLowerCase();
  switch (head) {
    case "convention":
      return a.type === "treaty" && name.includes("convention") && !/protocol/u.test(name.split("convention")[0] ?? "");
    case "treaty":
      return a.type === "treaty";
    case "protocol":
    case "protocols":
    case "amendment":
      return a.type === "protocol";
    case "resolution":
    case "decision":
      return a.type === "resolution";
    case "declaration":
      return a.type === "declaration";
    case "principles":
      return a.type === "principles";
    case "agreement":
    case "statute":
    case "covenant":
    case "charter":
      return a.type === "treaty" && name.includes(head);
    case "strategy":
      return a.type === "strategy";
    case "plan":
      return a.type === "plan";
    default:
      return a.kind !== "children";
  }
}
