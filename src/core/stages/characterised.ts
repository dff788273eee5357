import type { ActorMention } from "./actors";
import type { Token } from "../text/tokens";
import type { CueMention } from "./cues";
import { copulaList, GENERIC_HEADS, listNaming, trailingList } from "./memberLists";
import { draft, instrumentNear, objectsAfter, redraft, type Draft, type Rule, type Sentence } from "./linkParts";
import type { InstrumentMention } from "./instruments";
import type { ActorGroup } from "./groups";

/**
 * Characterised lists: a plural noun that the act characterises, and a list that names its
 * members. The act is the noun's modifier, not a clause's verb:
 *  - a participle or agent adjective before the noun: "38 Endorsing States of X, including A, B",
 *    "the ratifying States: A, B", "Signatory States (A, B)";
 *  - a relative clause or a purpose phrase after it: "the States that have yet to ratify X are A,
 *    B", "I commend the following Member States for depositing their instruments of ratification: A, B".
 * The members get the act with the polarity the modifier carries ("that have not signed").
 */
const RELATIVE_OPENERS = new Set(["that", "which", "who", "for"]);
const HEAD_MODIFIERS = new Set(["member", "new", "other"]);
/** A verb's finite forms ("joins", "joined"), not a participle or an adjective ("ratifying", "signatory"). */
const FINITE = /(?:s|ed)$/u;
const SINGULAR_HEADS = new Set(["country", "state", "nation", "government", "member"]);
const EVERY = new Set(["every", "any", "each"]);
/** How far a relative clause may run from its noun to the cue. */
const MAX_RELATIVE = 8;

/** The generic noun the cue modifies as an adjective ("Endorsing States", "signatory Member States"), or -1. */
function headAfter(s: Sentence, cue: CueMention): number {
  // (A finite verb takes the noun as its object, not as its modifier: "Canada joins other signatories, including A and B" names
  // signatories, who did not join by that verb.)
  if (FINITE.test((s.tokens[cue.to - 1] as Token).lower) && s.groups.some((g) => g.to === cue.from)) return -1;
  let i = cue.to;
  while (i < s.to && HEAD_MODIFIERS.has((s.tokens[i] as Token).lower)) i++;
  return GENERIC_HEADS.has(s.tokens[i]?.lower ?? "") ? i : -1;
}

/** The generic noun whose relative clause or purpose phrase holds the cue ("States that have ratified", "States for depositing"), or -1. */
export function headBefore(s: Sentence, cue: CueMention): number {
  for (let h = cue.from - 2; h >= Math.max(s.from, cue.from - MAX_RELATIVE); h--) {
    const t = s.tokens[h] as Token;
    if (t.text === "," || t.text === ";") return -1;
    // ("every country that has not yet ratified X": a singular head after "every" or "any" is as general.)
    const head = GENERIC_HEADS.has(t.lower) || (SINGULAR_HEADS.has(t.lower) && EVERY.has(s.tokens[h - 1]?.lower ?? ""));
    if (head && RELATIVE_OPENERS.has(s.tokens[h + 1]?.lower ?? "")) {
      for (let k = h + 1; k < cue.from; k++) if (s.groups.some((g) => g.from === k && g.members.some((m) => m.kind === "named"))) return -1;
      return h;
    }
  }
  return -1;
}

/** The objects after the cue, or the head noun's complement ("States of X"). */
function objectsOf(s: Sentence, from: number): InstrumentMention[] {
  return objectsAfter(s, from, s.to).slice(0, 1);
}

/** Nouns a State not party is called by, plural for a list of them, singular for one in apposition. */
const NON_PARTY_HEADS = new Set(["states", "countries", "nations", "governments", "members", "state", "country"]);

/**
 * "The 33 States not party include A, B", "Several States not party, among them A and B, voted …",
 * "States not party to X: A, B", "Myanmar, a State not party, …": the noun the negated party cue
 * follows is characterised by it, and its members are named by a list (after an introducer, a
 * copula, a colon or a dash) or by the name the singular noun is in apposition to. Without "to X"
 * the instrument is the one the text is about.
 */
function nonPartyList(s: Sentence, cue: CueMention): Draft | null {
  if (cue.def.action !== "party" || cue.def.polarity !== "negated" || cue.def.form !== "agent") return null;
  const head = cue.from - 1;
  const word = s.tokens[head]?.lower ?? "";
  if (!NON_PARTY_HEADS.has(word)) return null;
  const objects = s.tokens[cue.to - 1]?.lower === "to" ? objectsOf(s, cue.to) : [];
  const end = objects.length ? (objects[0] as InstrumentMention).to : cue.to;
  let members: ActorGroup | null;
  if (word === "state" || word === "country") {
    // "Myanmar, a State not party, …": the name before the comma, alone (not a list that ends there).
    const article = s.tokens[head - 1]?.lower;
    const name = s.tokens[head - 2]?.text === "," ? s.groups.find((g) => g.to === head - 2) : undefined;
    members = (article === "a" || article === "an") && name && name.members.length === 1 && name.members[0]?.kind === "named" ? name : null;
  } else members = listNaming(s, head, end) ?? copulaList(s, end) ?? trailingList(s, end);
  return members ? draft(s, cue, "characterised-list", members, objects, objects.length === 0, head) : null;
}

export const characterisedList: Rule = (s, cue) => {
  if (cue.def.form !== "verb" && cue.def.form !== "deposit" && cue.def.form !== "agent") return null;
  const nonParty = nonPartyList(s, cue);
  if (nonParty) return nonParty;
  const before = headAfter(s, cue);
  if (before >= 0) {
    const objects = objectsOf(s, before + 1);
    const end = objects.length ? (objects[0] as InstrumentMention).to : before + 1;
    const members = listNaming(s, before, end) ?? trailingList(s, end) ?? copulaList(s, end);
    if (!members) return null;
    return withMembers(draft(s, cue, "characterised-list", members, objects, objects.length === 0, Math.max(s.from, cue.from - 2)));
  }
  const head = headBefore(s, cue);
  if (head < 0) return null;
  let objects = objectsOf(s, cue.to);
  if (objects.length === 0 && cue.def.form === "deposit") {
    const near = instrumentNear(s, cue.to);
    objects = near && near.from >= cue.to ? [near] : [];
  }
  const end = objects.length ? (objects[0] as InstrumentMention).to : cue.to;
  const members = listNaming(s, head) ?? trailingList(s, end) ?? copulaList(s, end);
  if (!members) return null;
  return withMembers(draft(s, cue, "characterised-list", untilClosingDash(s, members), objects, objects.length === 0, head));
};

const LIST_DASHES = new Set(["—", "–"]);

/** "the members that had drafted it — A, B and C — and D": a list set off by dashes ends at its closing dash. */
function untilClosingDash(s: Sentence, g: ActorGroup): ActorGroup {
  const first = g.members[0];
  if (!first) return g;
  const lead = s.tokens[first.from - 1]?.lower === "the" ? s.tokens[first.from - 2] : s.tokens[first.from - 1];
  if (!LIST_DASHES.has(lead?.text ?? "")) return g;
  for (let k = 1; k < g.members.length; k++) {
    const prev = g.members[k - 1] as ActorMention;
    const next = g.members[k] as ActorMention;
    if (s.tokens.slice(prev.to, next.from).some((t) => LIST_DASHES.has(t.text))) return { ...g, members: g.members.slice(0, k), to: prev.to };
  }
  return g;
}

/** A purpose phrase's gerund ("for depositing") reports a done act: keep it affirmed unless negated. */
function withMembers(d: Draft): Draft {
  return d.polarity === "planned" && d.polarityBy === "for" ? redraft(d, { polarity: "affirmed", polarityBy: null }) : d;
}
