import type { Actor, ActorMention } from "../stages/actors";
import type { InstrumentMention } from "../stages/instruments";
import type { Sentence } from "../stages/link";

/**
 * Document context for references. Sentences are analysed lazily (most sentences of a
 * statement carry no act), so the context walks back over earlier sentences on demand, asking
 * for their analysis only when a reference needs it:
 *  - actors: "we", "my delegation", "our country" are the state the document speaks for (the
 *    subject of the latest sentence that named one, else the state in the title); "the country",
 *    "his country's", "its" are the nearest eligible actor named before them;
 *  - instruments: "the Convention", "this treaty", "the document" are the latest instrument of
 *    a compatible kind named before; acts stated without one take the latest ("have ratified.").
 */
/** How far back (in sentences) a reference may find what it refers to. */
const HISTORY = 40;

export class DocumentContext {
  constructor(
    private readonly sentenceAt: (i: number) => Sentence,
    private readonly principal: () => Actor[],
    /** False only when sentence i certainly names no organisation called by `head` (refine/organisationHints.ts). */
    private readonly mayNameOrganisation: (i: number, head: string) => boolean,
  ) {}

  /** The actors a reference in sentence `index` means. */
  resolveActor(m: ActorMention, sentence: Sentence, index: number): Actor[] {
    if (m.actor) return [m.actor];
    const head = orgHead(sentence, m);
    if (head) return this.latestOrganisation(head, sentence, m.from, index);
    if (m.kind !== "speaker") {
      const stateOnly = m.kind === "anaphor" || (m.kind === "possessive" && m.to - m.from > 1);
      // "its"/"their" point at the nearest actor before them, whatever its role ("Summit of CICA ..., its participants").
      const bare = m.kind === "possessive" && m.to - m.from === 1;
      const before = sentence.groups.filter((g) => g.to <= m.from && (g.eligible || bare) && g.members.some((x) => x.actor && (!stateOnly || x.actor.kind === "state")));
      const last = before[before.length - 1];
      if (last) return last.members.flatMap((x) => (x.actor ? [x.actor] : []));
    }
    for (let i = index - 1; i >= Math.max(0, index - HISTORY); i--) {
      const s = this.subjectOf(i);
      if (s.length > 0 && (m.kind !== "anaphor" || s.some((a) => a.kind === "state"))) return s;
    }
    return index > 0 ? this.principal() : [];
  }

  /** "the Committee", "the Assembly": the latest organisation named with that word. */
  private latestOrganisation(head: string, sentence: Sentence, before: number, index: number): Actor[] {
    const pick = (s: Sentence, limit: number): Actor | null => {
      let found: Actor | null = null;
      for (const g of s.groups) for (const x of g.members) if (x.from < limit && x.actor?.kind === "organisation" && (head === "organisation" || x.actor.name.toLowerCase().includes(head))) found = x.actor;
      return found;
    };
    const here = pick(sentence, before);
    if (here) return [here];
    for (let i = index - 1; i >= Math.max(0, index - HISTORY); i--) {
      if (!this.mayNameOrganisation(i, head)) continue;
      const s = this.sentenceAt(i);
      const found = pick(s, s.tokens.length);
      if (found) return [found];
    }
    return [];
  }

  private readonly subjects = new Map<number, Actor[]>();

  /** A sentence's subject: its first eligible group with named (or resolvable) actors. */
  private subjectOf(i: number): Actor[] {
    const cached = this.subjects.get(i);
    if (cached) return cached;
    const sentence = this.sentenceAt(i);
    const g = sentence.groups.find((x) => x.eligible && x.members.some((m) => m.actor || m.kind === "speaker"));
    const actors = g ? g.members.flatMap((m) => (m.actor ? [m.actor] : m.kind === "speaker" ? this.resolveActor(m, sentence, i) : [])) : [];
    this.subjects.set(i, actors);
    return actors;
  }

  /** Fill an anaphor's text and entry from its antecedent; false when there is none. */
  resolveInstrument(m: InstrumentMention, sentence: Sentence, index: number): boolean {
    if (m.kind !== "anaphor" || m.text) return true;
    const inSentence = sentence.instruments.filter((x) => x.to <= m.from && x.kind !== "anaphor");
    const found = lastCompatible(inSentence, m.head ?? "") ?? this.walkBack(index, (list) => lastCompatible(list, m.head ?? ""));
    if (found) {
      m.text = found.text;
      m.entry = found.entry;
      m.type = found.type;
      return true;
    }
    if (m.fallbackText) {
      m.text = m.fallbackText;
      return true;
    }
    return false;
  }

  /** The document's current instrument before sentence `index`, for acts stated without one. */
  topic(index: number): InstrumentMention | null {
    return this.walkBack(index, (list) => {
      for (let k = list.length - 1; k >= 0; k--) if ((list[k] as InstrumentMention).text) return list[k] as InstrumentMention;
      return null;
    });
  }

  private walkBack(index: number, pick: (list: InstrumentMention[]) => InstrumentMention | null): InstrumentMention | null {
    for (let i = index - 1; i >= Math.max(0, index - HISTORY); i--) {
      const found = pick(this.sentenceAt(i).instruments);
      if (found) return found;
    }
    return null;
  }
}

const ORG_HEADS: Record<string, string> = { committee: "committee", council: "council", assembly: "assembly", conference: "conference", organization: "organisation", organisation: "organisation" };

function orgHead(sentence: Sentence, m: ActorMention): string | null {
  if (m.kind !== "anaphor") return null;
  const last = sentence.tokens[m.to - 1]?.lower ?? "";
  return ORG_HEADS[last] ?? null;
}

function lastCompatible(list: readonly InstrumentMention[], head: string): InstrumentMention | null {
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i] as InstrumentMention;
    // A plural reference ("the Additional Protocols") is not one protocol named before.
    if (head.endsWith("s") && head !== "principles" && !a.text.toLowerCase().includes(head)) continue;
    if (a.text && compatible(head, a)) return a;
  }
  return null;
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
