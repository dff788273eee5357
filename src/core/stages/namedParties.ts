import { DASHES, tokenize, type Token } from "../text/tokens";
import { findActors, type ActorMention } from "./actors";
import type { CueMention } from "./cues";
import type { InstrumentMention } from "./instruments";
import { groupBefore } from "./groupQueries";
import { draft, objectsAfter, type Draft, type Sentence } from "./linkParts";
import { PAIR_NOUNS, pairGroup, pairSubject } from "./verb";

/**
 * A bilateral (or plurilateral) instrument names its parties: "The Extradition Treaty between the Republic of Namibia and the
 * Republic of Angola was signed in Luanda on 11 March 2024", "the Agreement between the Government of Canada and the Government of
 * the United States of America on Pacific Hake/Whiting, signed at Seattle on 21 November 2003", "The instruments of ratification of
 * the Agreement between Bangladesh and India … were exchanged in Dhaka". A signature or ratification stated in the passive, with no
 * agent of its own, on such an instrument is each party's. (With an agent, "was signed by the Ministers of A and B", the passive's
 * own rule reads it.)
 */

/** The acts an instrument's parties do to it by the passive of the text. */
const PARTY_ACTIONS = new Set(["signed", "ratified"]);
/** Auxiliaries of a passive: "was signed", "has been ratified", "were exchanged". */
const PASSIVE_AUX = new Set(["was", "were", "is", "are", "been", "be"]);
/** Words between a passive's subject and its verb besides the auxiliaries: "has not yet been ratified", "was formally signed". */
const BETWEEN_AUX = new Set(["has", "have", "had", "not", "yet", "also", "formally", "officially", "finally", "never", "still", "already"]);
/** Words between an instrument's name and its reduced relative ("…, signed at Seattle"). */
const BEFORE_PARTICIPLE = new Set([",", "("]);
/** How far after a passive verb its agent's "by" may stand ("was signed in Luanda on 11 March 2024 by …"). */
const AGENT_REACH = 12;
/** The nominal acts whose instrument follows: "the instruments of ratification of X", "the signing of X". */
const OF_LINKS = new Set(["of", "to"]);

export function namedParties(s: Sentence, cue: CueMention): Draft | null {
  if (!PARTY_ACTIONS.has(cue.def.action)) return null;
  const inst = cue.def.form === "verb" ? subjectInstrument(s, cue) : cue.def.form === "noun" || cue.def.form === "deposit" ? objectInstrument(s, cue) : null;
  if (!inst) return null;
  const parties = partiesOf(s.tokens, inst);
  if (parties.length < 2) return null;
  const group = { from: (parties[0] as ActorMention).from, to: (parties[parties.length - 1] as ActorMention).to, members: parties, eligible: true };
  return draft(s, cue, "named-parties", group, [inst], false, inst.from);
}

/** The instrument a passive verb or a reduced relative says the act of: "X was signed …", "X, signed at …"; null with an agent. */
function subjectInstrument(s: Sentence, cue: CueMention): InstrumentMention | null {
  const t = s.tokens;
  let k = cue.from - 1;
  let passive = false;
  while (k >= s.from && (PASSIVE_AUX.has((t[k] as Token).lower) || BETWEEN_AUX.has((t[k] as Token).lower))) {
    passive ||= PASSIVE_AUX.has((t[k] as Token).lower);
    k--;
  }
  if (!passive && BEFORE_PARTICIPLE.has(t[k]?.text ?? "")) k--;
  else if (!passive) return null;
  // ("… on Pacific Hake/Whiting, signed at Seattle": a name may run on past where the instrument's mention ends, by a slash's word.)
  let end = k + 1;
  while (end - 2 > s.from && t[end - 2]?.text === "/" && (t[end - 1] as Token).word) end -= 2;
  const inst = s.instruments.find((m) => m.to === end && m.kind !== "anaphor");
  if (!inst) return null;
  for (let j = cue.to; j < Math.min(s.to, cue.to + AGENT_REACH); j++) {
    const w = (t[j] as Token).text;
    if (w === "by") return null;
    if (w === ";" || w === ".") break;
  }
  return inst;
}

/** The instrument a nominal act names after "of"/"to": "The instruments of ratification of the Agreement between A and B …". */
function objectInstrument(s: Sentence, cue: CueMention): InstrumentMention | null {
  const t = s.tokens;
  let k = cue.to;
  if (!OF_LINKS.has(t[k]?.lower ?? "")) return null;
  k++;
  if (t[k]?.lower === "the") k++;
  const inst = s.instruments.find((m) => (m.from === k || m.from === k - 1) && m.kind !== "anaphor");
  // (Only when no one's instruments they are: not "Kenya's instrument of ratification of X", "the ratification by Kenya of X".)
  if (!inst || s.groups.some((g) => g.to <= cue.from && g.to >= cue.from - 2) || t[cue.to]?.lower === "by") return null;
  // Only instruments said to be exchanged or deposited ("… were exchanged in Dhaka"): "the draft law on the ratification of the
  // Agreement between A and B" is a domestic step, and "the Law on ratification of X" a law's title.
  for (let j = inst.to; j < Math.min(s.to, inst.to + AGENT_REACH); j++) {
    const w = (t[j] as Token).lower;
    if (HANDED.has(w) && PASSIVE_AUX.has(t[j - 1]?.lower ?? "")) return inst;
    if (w === ";" || w === ".") break;
  }
  return null;
}

/** What instruments of ratification are when the act is done: "were exchanged", "was deposited". */
const HANDED = new Set(["exchanged", "deposited"]);

/** The states a bilateral instrument's name gives as its parties ("Air Services Agreement between the Government of Malta and …"). */
export function partiesNamedIn(name: string): ActorMention[] {
  const tokens = tokenize(name, 0, name.length);
  return partiesOf(tokens, { from: 0, to: tokens.length } as InstrumentMention).filter((m) => m.actor?.kind === "state");
}

/** The actors an instrument's name gives as its parties, after its "between"; none when it names fewer than two. */
function partiesOf(tokens: readonly Token[], inst: Pick<InstrumentMention, "from" | "to">): ActorMention[] {
  const between = tokens.slice(inst.from, inst.to).findIndex((t) => t.lower === "between") + inst.from;
  if (between < inst.from) return dashedPair(tokens, inst);
  // (Not "the Convention on the Settlement of Investment Disputes between States and Nationals of Other States".)
  const found = findActors(tokens, between + 1, inst.to, () => false).filter((m) => m.kind === "named" && m.actor);
  const distinct = found.filter((m, i) => found.findIndex((x) => x.actor?.name === m.actor?.name) === i);
  return distinct.length >= 2 ? distinct : [];
}

/**
 * "The two countries exchanged instruments of ratification in Seoul on 26 January 2000", "Korea and Paraguay exchanged the
 * instruments of ratification of the Treaty on Extradition": an exchange is both parties' ratification, of the instrument named after
 * it or, when none is, of the one the text is about.
 */
export function exchangedInstruments(s: Sentence, cue: CueMention): Draft | null {
  if (cue.def.form !== "deposit" || cue.def.action !== "ratified") return null;
  let k = cue.from - 1;
  if (s.tokens[k]?.lower === "the") k--;
  if (s.tokens[k]?.lower !== "exchanged" && s.tokens[k]?.lower !== "exchange") return null;
  const pair = pairSubject(s, k);
  // ("Korea ratified the Treaty on Extradition in 1997, and the two countries exchanged instruments of ratification in Seoul": the
  // instrument the sentence named before the exchange.)
  // ("the instruments of ratification of the Treaty and of the Agreement on demarcation": each text coordinated.)
  const after = objectsAfter(s, cue.to, s.to);
  const before = s.instruments.filter((m) => m.to <= k && m.text).slice(-1);
  const objects = after.length > 0 ? after : before;
  if (pair >= 0) {
    const end = PAIR_NOUNS.has(s.tokens[pair + 1]?.lower ?? "") ? pair + 2 : pair + 1;
    return draft(s, cue, "exchange", pairGroup(pair, end), objects, objects.length === 0, pair);
  }
  const g = groupBefore(s, k);
  if (!g || g.to !== k || g.members.length < 2) return null;
  return draft(s, cue, "exchange", g, objects, objects.length === 0, g.from);
}

/** "the China–Kazakhstan Visa Exemption Agreement", "the Australia–UAE CEPA": a name that opens with its two parties joined by a dash. */
function dashedPair(tokens: readonly Token[], inst: Pick<InstrumentMention, "from" | "to">): ActorMention[] {
  const joined = hyphenedPair(tokens[inst.from]);
  if (joined.length === 2) return joined.map((m) => ({ ...m, from: inst.from, to: inst.from + 1 }));
  const found = findActors(tokens, inst.from, Math.min(inst.to, inst.from + 8), () => false).filter((m) => m.kind === "named" && m.actor);
  const [a, b] = found;
  if (!a || !b || a.from !== inst.from || b.from !== a.to + 1 || !DASHES.has(tokens[a.to]?.text ?? "")) return [];
  // (The dash glued to both names: "China–Kazakhstan", not a spaced dash before an apposition.)
  if (a.actor?.name === b.actor?.name || (tokens[a.to] as Token).start !== (tokens[a.to - 1] as Token).end) return [];
  return [a, b];
}

/**
 * "the India-Australia Economic Cooperation and Trade Agreement": the two parties of a name's first word joined by a hyphen, each the
 * whole of its half (not "Guinea-Bissau", whose second half names no one); none otherwise.
 */
function hyphenedPair(first: Token | undefined): ActorMention[] {
  const halves = first?.word ? first.text.split("-") : [];
  if (halves.length !== 2) return [];
  const found = halves.map((half) => {
    const tokens = tokenize(half, 0, half.length);
    const named = findActors(tokens, 0, tokens.length, () => false).filter((m) => m.kind === "named" && m.actor);
    return named.length === 1 && named[0]?.from === 0 && named[0].to === tokens.length ? named[0] : null;
  });
  const [a, b] = found;
  return a && b && a.actor?.name !== b.actor?.name ? [a, b] : [];
}
