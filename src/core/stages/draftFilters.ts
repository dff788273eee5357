import { INTEGRATION_ORGANISATIONS, isUnOrgan } from "../lexicon/organisations";
import { WordSet } from "../lexicon/wordTags";
import { DASHES, isCapitalised, isPossessiveMark, type Token } from "../text/tokens";
import { REFLEXIVES } from "./cues";
import { ARTICLES, ORDINAL, ORDINAL_WORD } from "./polarity";
import { isDateWord, RELATIVE_DATE_OPENERS } from "./dates";
import type { InstrumentMention } from "./instruments";
import { groupBefore, groupStartingAt, listAfter } from "./groupQueries";
import { companionLeadAt } from "./groups";
import type { Actor } from "./actors";
import type { ActorGroup } from "./groups";
import { describedList, GENERIC_HEADS, listNaming } from "./memberLists";
import { type Draft, objectsAfter, redraft, RELATIVE_PRONOUNS, type Sentence } from "./linkParts";

/**
 * What the linker does with the drafts its rules made: more drafts from constructions that extend
 * another ("and by B of Y", "Following in the footsteps of A, …"), and drafts that cannot stand
 * (the depositary as a treaty's actor, a state that "adopted" a text, "joining" after ratifying).
 */

const TREATY_ACTS = new Set(["ratified", "acceded", "party", "signed"]);
/** Plans, programmes and strategies: no treaty act is done on them. */
export const PROGRAMME_TYPES: ReadonlySet<InstrumentMention["type"]> = new Set<InstrumentMention["type"]>(["plan", "strategy"]);
const BINDING_TYPES = new Set<InstrumentMention["type"]>(["treaty", "protocol"]);
/** A memorandum (of understanding, of implementation): signed, never ratified, acceded to or joined as a party. */
const MEMORANDUM = /(?<!\w)memorand(?:um|a)(?!\w)/iu;
const JOINING_ACTS: ReadonlySet<string> = new Set(["ratified", "acceded", "party"]);

/**
 * No such act is done on `m`: a plan, programme or strategy is never ratified, acceded to, signed or joined ("would join the
 * electronic Apostille Programme", a reference that named one), nor a memorandum ratified, acceded to or joined, nor a political
 * text ratified.
 */
export function noTreatyActOn(action: string, m: InstrumentMention): boolean {
  return (
    (TREATY_ACTS.has(action) && PROGRAMME_TYPES.has(m.type)) ||
    (JOINING_ACTS.has(action) && m.entry === null && MEMORANDUM.test(m.text)) ||
    (action === "ratified" && politicalText(m))
  );
}

/**
 * A text of no treaty kind: a declaration, a set of principles, a catalogued compact or code ("Several governments that had accepted
 * the final text [of the Global Compact] stayed away"). Nothing ratifies it; adhering to it (signing, joining) is its endorsement.
 */
function politicalText(m: InstrumentMention): boolean {
  const type = m.entry?.type ?? m.type;
  return type === "declaration" || type === "principles" || (m.entry !== null && m.entry.type === "other");
}

/**
 * "by signing the Agreement, accepted the principles of the 1997 Convention by reference": accepting (ratifying, joining) a text's
 * principles or values is no consent to the text (not so a commitment or a signature: "committed to the principles of the Charter"
 * is one to the Charter).
 */
export function onPrinciplesOnly(s: Sentence, d: Draft): boolean {
  return (
    JOINING_ACTS.has(d.action) &&
    d.instruments.length > 0 &&
    d.instruments.every((m) => m.from >= d.cue.to && s.tokens.slice(d.cue.to, m.from).some((t) => PRINCIPLE_NOUNS.has(t.lower)))
  );
}
const PRINCIPLE_NOUNS: ReadonlySet<string> = new Set(["principles", "principle", "values"]);

/** Texts a state adopts by endorsing them: declarations and principles. */
const POLITICAL_TYPES = new Set<InstrumentMention["type"]>(["declaration", "principles"]);

/**
 * A UN organ or official never ratifies, accedes to, signs or becomes party to a treaty: "The
 * Secretary-General, as depositary, has accepted the instrument of accession" names the
 * depositary, not the state that acted. And a state never adopts: that is a body's act.
 */
const ORGAN_ACTS: ReadonlySet<string> = new Set(["called-for", "welcomed", "adopted", "endorsed"]);

/** Is an organisation's approval of a treaty its consent to be bound ("The European Union approved the Convention in 2014")? */
export function approvalBinds(actor: Actor, inst: InstrumentMention): boolean {
  return INTEGRATION_ORGANISATIONS.has(actor.name) && BINDING_TYPES.has(inst.type);
}

export function withoutDepositary(d: Draft): Draft | null {
  // An organ the lexicon does not know ("the Executive Council") counts only for what organs do: call, welcome, adopt, endorse.
  if (!ORGAN_ACTS.has(d.action) && d.agents.some((m) => m.actor?.body)) {
    const agents = d.agents.filter((m) => !m.actor?.body);
    if (agents.length === 0) return null;
    d = redraft(d, { agents });
  }
  // Adoption is a body's act on a text; a state that "adopted the convention text" took a domestic step.
  if (d.action === "adopted") {
    // "The European Union approved the Convention in 2014": a regional economic integration organisation's consent to be bound.
    if (d.agents.length > 0 && d.instruments.length > 0 && d.agents.every((m) => m.actor && d.instruments.every((x) => approvalBinds(m.actor as Actor, x))))
      return redraft(d, { action: "ratified" });
    if (!d.agents.some((m) => m.actor?.kind === "state")) return d;
    // … but states that adopt a declaration at a summit ("A, B and C had adopted the Johannesburg II Declaration") endorse it.
    if (d.instruments.length > 0 && d.instruments.every((m) => POLITICAL_TYPES.has(m.type)) && d.agents.every((m) => m.actor?.kind === "state"))
      return redraft(d, { action: "endorsed" });
    const agents = d.agents.filter((m) => m.actor?.kind !== "state");
    return agents.length > 0 ? redraft(d, { agents }) : null;
  }
  // Nor is a plan, programme or strategy ratified, acceded to or signed ("would join the electronic Apostille Programme").
  // (Its direct object decides: "once the Convention is in force for it" after the programme is no second object.)
  const direct = d.instruments.reduce<InstrumentMention | undefined>((a, m) => (!a || m.from < a.from ? m : a), undefined);
  if (TREATY_ACTS.has(d.action) && direct && PROGRAMME_TYPES.has(direct.type)) return null;
  if (!TREATY_ACTS.has(d.action) || !d.agents.some((m) => m.actor && isUnOrgan(m.actor.name))) return d;
  const agents = d.agents.filter((m) => !(m.actor && isUnOrgan(m.actor.name)));
  return agents.length > 0 ? redraft(d, { agents }) : null;
}

/**
 * "associated itself with the Declaration", "dissociated itself from the text": the text right after, never a part of it ("did
 * not associate itself with the paragraph of the Declaration on X", "dissociated itself from paragraph 12 of X") nor the topic.
 */
export function associationObject(s: Sentence, d: Draft): Draft | null {
  const at = d.cue.to;
  if (!REFLEXIVES.has(s.tokens[at - 2]?.lower ?? "")) return d;
  const start = s.tokens[at]?.lower === "the" ? at + 1 : at;
  if (d.topical || d.instruments.length === 0 || d.instruments.some((m) => m.from > start)) return null;
  // Dissociating from a resolution or decision is not backing it ("supported"); from a declaration, not endorsing it.
  return d.action === "endorsed" && d.instruments.every((m) => m.type === "resolution") ? redraft(d, { action: "supported" }) : d;
}

/** "the ratification by A of X and by B of Y and Z": each "and by" pair is the same act by another agent. */
export function coordinatedBy(s: Sentence, d: Draft): Draft[] {
  if (d.rule !== "nominal-by" || d.instruments.length === 0) return [];
  const out: Draft[] = [];
  // "the subscription to X by A in September 2023 and by B in March 2024": the same act, each agent with its own date.
  const last = d.agents[d.agents.length - 1];
  if (last && last.from > (d.instruments[0] as InstrumentMention).from) {
    let k = last.to;
    while (k < s.to && k - last.to <= 4 && dateAdjunct(s.tokens[k]?.lower ?? "")) k++;
    while (s.tokens[k]?.lower === "and" && s.tokens[k + 1]?.lower === "by") {
      const g = groupStartingAt(s, k + 2, 1);
      if (!g) break;
      out.push(redraft(d, { agents: g.members, agentFrom: g.from, rule: "nominal-by-and" }));
      k = g.to;
      while (k < s.to && k - g.to <= 4 && dateAdjunct(s.tokens[k]?.lower ?? "")) k++;
    }
    return out;
  }
  let at = (d.instruments[d.instruments.length - 1] as InstrumentMention).to;
  while (s.tokens[at]?.lower === "and" && s.tokens[at + 1]?.lower === "by") {
    const g = groupStartingAt(s, at + 2, 1);
    if (!g || !["of", "to"].includes(s.tokens[g.to]?.lower ?? "")) break;
    let stop = g.to;
    while (stop < s.to && s.tokens[stop]?.text !== ";" && !s.cues.some((c) => c.from === stop)) stop++;
    const objects = objectsAfter(s, g.to, stop);
    if (objects.length === 0) break;
    out.push(redraft(d, { agents: g.members, agentFrom: g.from, instruments: objects, rule: "nominal-by-and" }));
    at = (objects[objects.length - 1] as InstrumentMention).to;
  }
  return out;
}

/** Openings that say the list in them did the same act before: "Following in the footsteps of A and B,", "Like A,", "Joining A and B,". */
const PRECEDENT_OPENINGS: readonly (readonly string[])[] = [
  ["following", "in", "the", "footsteps", "of"],
  ["following", "the", "footsteps", "of"],
  ["in", "the", "footsteps", "of"],
  ["like"],
  ["joining"],
  ["following"],
];

/** The first words of the openings, to tell most sentences apart by one look. */
const PRECEDENT_FIRST_WORDS = new Set(PRECEDENT_OPENINGS.map((words) => words[0] as string));

/** "Following in the footsteps of A and B, C signed X": A and B signed X too (affirmed acts only). */
export function precedents(s: Sentence, d: Draft): Draft | null {
  if (d.rule !== "verb" || d.polarity !== "affirmed" || !PRECEDENT_FIRST_WORDS.has(s.tokens[s.from]?.lower ?? "")) return null;
  const subject = s.groups.find((g) => g.from === d.agentFrom);
  const opening = PRECEDENT_OPENINGS.find((words) => words.every((w, k) => s.tokens[s.from + k]?.lower === w));
  if (!subject || !opening) return null;
  let at = s.from + opening.length;
  if (s.tokens[at]?.lower === "the") at++;
  const list = s.groups.find((g) => g.from === at);
  if (!list || list === subject || s.tokens[list.to]?.text !== "," || subject.from > list.to + 2) return null;
  return redraft(d, { agents: list.members, agentFrom: list.from, rule: "precedent-list" });
}

/** Words of a date adjunct after an agent ("in September 2023", "on 3 May 2021", ","). */
const DATE_LEADS = new Set(["in", "on", "since", ","]);
const dateAdjunct = (w: string) => DATE_LEADS.has(w) || isDateWord(w);

/** How far after its cue ", followed by" may stand ("signed the Convention first, followed by"). */
const FOLLOWED_REACH = 12;

/** "The host signed first, followed by A, B and C": the followers did the same act, in turn. */
export function followers(s: Sentence, d: Draft): Draft | null {
  if (d.polarity !== "affirmed" || !FOLLOWED_ACTS.has(d.action)) return null;
  const next = s.cues.find((c) => c.from >= d.cue.to);
  // (Counted past the act's own object: "ratified the Treaty on the Prohibition of Nuclear Weapons, in 2018, followed by …".)
  const from = Math.max(d.cue.to, ...d.instruments.filter((m) => m.from >= d.cue.to && m.from - d.cue.to <= 3).map((m) => m.to));
  const limit = Math.min(next ? next.from : s.to, from + FOLLOWED_REACH);
  for (let i = d.cue.to; i < limit; i++) {
    if (s.tokens[i]?.text !== "," || s.tokens[i + 1]?.lower !== "followed" || s.tokens[i + 2]?.lower !== "by") continue;
    const first = groupStartingAt(s, i + 3, 1);
    if (!first || d.agents.some((m) => first.members.includes(m))) return null;
    const list = listAfter(s, first);
    return redraft(d, { agents: list.members, agentFrom: list.from, rule: "followed-by" });
  }
  return null;
}
const FOLLOWED_ACTS = new Set(["signed", "ratified", "acceded", "endorsed"]);

/**
 * "the Philippines now joins them as a Party", "Tuvalu joined the Agreement as its 30th Party": what joining makes the State is a
 * party (however it joined), not an accession the text does not name.
 */
export function joinedAsParty(s: Sentence, d: Draft): Draft {
  if (d.action !== "acceded" || !/^join/u.test((s.tokens[d.cue.from] as Token).lower)) return d;
  for (let k = d.cue.to; k < Math.min(s.to, d.cue.to + AS_PARTY_REACH); k++) {
    if (s.tokens[k]?.lower !== "as") continue;
    let j = k + 1;
    while (j < s.to && j - k <= 4 && /^(?:a|an|its|the|state|contracting|full|\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))$/u.test(s.tokens[j]?.lower ?? "")) j++;
    return /^part(?:y|ies)$/u.test(s.tokens[j]?.lower ?? "") ? redraft(d, { action: "party" }) : d;
  }
  return d;
}
/** How far after "join" its "as a Party" may stand ("joins the Agreement of 2019 as a Party"). */
const AS_PARTY_REACH = 12;

/** Verbs whose object did an act first, which their subject then did "in" doing it: "Togo has followed us in acceding to X". */
const EMULATING = new Set(["followed", "follows", "follow", "following", "joined", "joins", "emulated", "emulates"]);

/**
 * "Togo followed Ghana in acceding to X", "our neighbour Togo has followed us in acceding to the Protocol": the gerund's act is the
 * follower's, the subject of "followed", not its object named right before "in".
 */
export function followedIn(s: Sentence, d: Draft): Draft | null {
  if (s.tokens[d.cue.from - 1]?.lower !== "in" || !/ing$/u.test((s.tokens[d.cue.from] as Token).lower)) return d;
  const object = s.groups.find((g) => g.to === d.cue.from - 1);
  if (!object || !d.agents.every((m) => object.members.includes(m))) return d;
  if (!EMULATING.has(s.tokens[object.from - 1]?.lower ?? "")) return d;
  const subject = groupBefore(s, object.from - 1);
  if (!subject || !followerRightBefore(s, subject.to, object.from - 1)) return null;
  // (An adverb of the follower's own verb says when it followed, not that it will: "B soon followed A in acceding".)
  const own = d.polarityBy !== null && s.tokens.slice(subject.to, object.from - 1).some((t) => t.lower === d.polarityBy);
  return redraft(d, { agents: subject.members, agentFrom: subject.from, rule: "followed-in", ...(own ? { polarity: "affirmed", polarityBy: null } : {}) });
}
/** Words between a follower and "followed": "has followed", "has since followed". */
const BEFORE_FOLLOWED = new Set(["has", "have", "had", "since", "also", "soon", "then", "quickly", "now"]);
function followerRightBefore(s: Sentence, to: number, verb: number): boolean {
  // (Past a dash or bracket that closes an appositive list: "All the other permanent members – A, B and C – joined us in …".)
  const start = /^[-–—)]$/u.test(s.tokens[to]?.text ?? "") ? to + 1 : to;
  for (let k = start; k < verb; k++) if (!BEFORE_FOLLOWED.has((s.tokens[k] as Token).lower)) return false;
  return true;
}

/** How far before its cue a ranked act's ordinal may be ("became the third member State of the Council of Europe to ratify"). */
const RANK_REACH = 12;

/**
 * "Montenegro became the third member State of the Council of Europe to ratify X, after Turkey and Albania": a rank after the
 * States named did the same act before it (undated).
 */
export function rankedAfter(s: Sentence, d: Draft): Draft | null {
  if (d.polarity !== "affirmed" || !FOLLOWED_ACTS.has(d.action) || d.agents.length !== 1) return null;
  let ranked = false;
  for (let k = Math.max(s.from, d.cue.from - RANK_REACH); k < d.cue.from && !ranked; k++) {
    const w = (s.tokens[k] as Token).lower;
    ranked = w !== "first" && (ORDINAL.test(w) || ORDINAL_WORD.test(w));
  }
  if (!ranked) return null;
  let from = Math.max(d.cue.to, ...d.instruments.filter((m) => m.from >= d.cue.to).map((m) => m.to));
  // (Past the act's own date: "the fifth State to sign X in 2014, after B".)
  while (from < s.to && from - d.cue.to < RANK_REACH && dateAdjunct((s.tokens[from] as Token).lower) && s.tokens[from]?.text !== ",") from++;
  if (s.tokens[from]?.text !== "," || s.tokens[from + 1]?.lower !== "after") return null;
  const list = groupStartingAt(s, from + 2, 1);
  if (!list || !list.members.every((m) => m.kind === "named" && m.actor?.kind === "state")) return null;
  const end = s.tokens[list.to]?.text;
  if (list.to < s.to && end !== "." && end !== ";" && end !== ",") return null;
  return redraft(d, { agents: list.members, agentFrom: list.from, rule: "ranked-after" });
}

/** What may stand between an act and its companions: its date ("ratified in May together with …"). */
// (And a pronoun object: "each of us co-sponsored it, together with 126 other States, including A, B".)
const COMPANION_GAP = new Set([
  "it",
  "them",
  "in",
  "on",
  "the",
  "same",
  "day",
  "also",
  ",",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);

/**
 * "The European Union ratified in May together with six of its member states – A, B, C": the companions named after the act did it
 * too (a list after a described count, or a group).
 */
export function companionsAfterAct(s: Sentence, d: Draft): Draft | null {
  if (d.polarity !== "affirmed" || !COMPANION_ACTS.has(d.action) || (d.rule !== "verb" && d.rule !== "verb-chain")) return null;
  let k = Math.max(d.cue.to, ...d.instruments.map((m) => m.to));
  // (Past the whole name: "the Optional Protocol to the Convention against Torture".)
  for (let m = s.instruments.find((x) => x.from <= k && k < x.to); m; m = s.instruments.find((x) => x.from <= k && k < x.to)) k = m.to;
  // (Past a resolution's subject: "co-sponsored resolution 27/3 on the safety of journalists, together with A, B and C".)
  if (s.instruments.some((m) => m.to === k && m.type === "resolution")) k = pastSubject(s, k);
  const start = k;
  // (And where: "endorsed X at the AI Safety Summit on 1 November 2023, alongside 27 other countries".)
  let place = false;
  for (; k < s.to && k - start <= COMPANION_REACH; k++) {
    const w = (s.tokens[k] as Token).lower;
    if (companionLeadAt(s.tokens, k) > 0 || (w === "with" && d.action === "co-sponsored")) break;
    if (w === "at" || w === "in") place = true;
    else if (w === ",") place = false;
    else if (!COMPANION_GAP.has(w) && !isDateWord(w) && !(place && (s.tokens[k] as Token).word && !s.cues.some((c) => c.from === k))) break;
  }
  // ("co-sponsored it with A, B and C, among others": a text is co-sponsored with other States, named.)
  if (d.action === "co-sponsored" && s.tokens[k]?.lower === "with") {
    // (Only right after the text or "it": "co-sponsored a side event with A" is no text's co-sponsorship with A.)
    const object = s.tokens[k - 1]?.lower === "it" || s.tokens[k - 1]?.lower === "them" || s.instruments.some((m) => m.to === k && m.from >= d.cue.to);
    if (!object) return null;
    const first = groupStartingAt(s, k + 1, 1);
    const list = first ? listAfter(s, first) : null;
    if (!list || !list.members.every((m) => m.actor?.kind === "state") || d.agents.some((m) => list.members.includes(m))) return null;
    return redraft(d, { agents: list.members, agentFrom: list.from, rule: "companions" });
  }
  const lead = companionLeadAt(s.tokens, k);
  if (lead === 0) return null;
  const first = groupStartingAt(s, k + lead, 1) ?? namedAfterKind(s, k + lead);
  const list = first ? listAfter(s, first) : (describedList(s, k + lead) ?? countedCompanions(s, k + lead));
  if (!list || d.agents.some((m) => list.members.includes(m))) return null;
  return redraft(d, { agents: list.members, agentFrom: list.from, rule: "companions" });
}

/** Words that open a resolution's subject after its symbol ("resolution 27/3 on the safety of journalists"). */
const SUBJECT_OPENERS = new Set(["on", "concerning", "regarding", "about"]);
/** The most words a resolution's subject may have. */
const SUBJECT_REACH = 10;

/** The token after a resolution's subject in lower case that opens at `at` ("on the safety of journalists"), or `at` if none does. */
function pastSubject(s: Sentence, at: number): number {
  if (!SUBJECT_OPENERS.has(s.tokens[at]?.lower ?? "")) return at;
  let k = at + 1;
  while (k < s.to && k - at <= SUBJECT_REACH && (s.tokens[k] as Token).word && (s.tokens[k] as Token).text === (s.tokens[k] as Token).lower) k++;
  return s.tokens[k]?.text === "," ? k : at;
}

/** How many words a kind of companions may take before the named ones ("the ten ASEAN member states and B, C and D"). */
const KIND_REACH = 6;

/** "the ten ASEAN member states and B, C and D": the group named after a kind of States and "and", or null. */
function namedAfterKind(s: Sentence, from: number): ActorGroup | null {
  let k = from;
  if (s.tokens[k]?.lower !== "the") return null;
  for (; k < Math.min(s.to, from + KIND_REACH); k++) {
    const t = s.tokens[k] as Token;
    if (t.text === "," || !t.word) return null;
    if (GENERIC_HEADS.has(t.lower)) break;
  }
  if (!GENERIC_HEADS.has(s.tokens[k]?.lower ?? "") || s.tokens[k + 1]?.lower !== "and") return null;
  return groupStartingAt(s, k + 2, 1);
}

/** How far after the act and its object its companions may be named. */
const COMPANION_REACH = 14;

/** How far the head of a counted companion may be: "together with 126 other States". */
const COUNTED_REACH = 4;

/** "together with 126 other States, including A and B": the list that names a counted companion at `from`, or null. */
function countedCompanions(s: Sentence, from: number): ActorGroup | null {
  for (let k = from; k < Math.min(s.to, from + COUNTED_REACH); k++) if (GENERIC_HEADS.has((s.tokens[k] as Token).lower)) return listNaming(s, k);
  return null;
}
const COMPANION_ACTS = new Set(["signed", "ratified", "acceded", "endorsed", "party", "co-sponsored", "supported"]);

/** Words that open a sponsor's group: "on behalf of", "as part of". */
const GROUP_LEADS = new Set(["behalf", "part"]);
/** Words that introduce the group's members: "comprising A, B", "composed of A", "— A, B", "together with A". */
const MEMBERS_LEADS = new Set(["comprising", "composed", "consisting", "including", "—", "–", ":", "with"]);
const GROUP_REACH = 10;

/**
 * "The text was presented by the United Kingdom on behalf of a core group comprising France, Germany …", "introduced by Ireland on
 * behalf of the New Agenda Coalition — Brazil, Egypt …", "Costa Rica presented the resolution as part of the core group, together
 * with A, B": the group's named members co-sponsored the text too.
 */
export function coreGroupOf(s: Sentence, d: Draft): Draft | null {
  if (d.action !== "co-sponsored" || d.polarity !== "affirmed" || d.agents.length === 0) return null;
  let after = Math.max(d.cue.to, ...d.agents.map((m) => m.to));
  // (Past the text's own name right after: "A presented resolution 79/1 as part of the core group".)
  for (const m of d.instruments) if (m.from >= after && m.from - after <= 1) after = m.to;
  let lead = -1;
  for (let k = after; k < Math.min(s.to, after + 6); k++) {
    if (GROUP_LEADS.has((s.tokens[k] as Token).lower) && s.tokens[k + 1]?.lower === "of") {
      lead = k + 2;
      break;
    }
  }
  if (lead < 0) return null;
  for (let k = lead; k < Math.min(s.to, lead + GROUP_REACH); k++) {
    const w = (s.tokens[k] as Token).lower;
    if (!MEMBERS_LEADS.has(w) && !(w === "of" && s.tokens[k - 1]?.lower === "composed")) continue;
    const at = w === "composed" || w === "consisting" ? k + 2 : k + 1;
    // (A coalition's name and its members after a dash may read as one group: "the New Agenda Coalition — Brazil, Egypt".)
    const within = s.groups.find((g) => g.from < at && g.to > at);
    const first = within ? { ...within, members: within.members.filter((m) => m.from >= at) } : groupStartingAt(s, at, 2);
    if (!first || first.members.length === 0) return null;
    const list = within ? first : listAfter(s, first);
    const members = list.members.filter((m) => !d.agents.some((a) => a.actor?.name === m.actor?.name));
    return members.length > 0 ? redraft(d, { agents: members, agentFrom: list.from, rule: "core-group" }) : null;
  }
  return null;
}

/** How far into a sentence "Of the N States that signed X," may run before its comma. */
const OF_THOSE_REACH = 16;
const OF_THOSE_HEADS = new Set(["states", "countries", "governments", "members", "signatories", "parties"]);

/**
 * "Of the twenty-eight States that signed the Convention, A, B and C have not ratified it": the members named after the opening
 * did the opening's act (its own object, or the one the main clause's act takes).
 */
export function ofThoseThat(s: Sentence, d: Draft): Draft | null {
  if (s.tokens[s.from]?.lower !== "of" || s.tokens[s.from + 1]?.lower !== "the") return null;
  const comma = s.tokens.findIndex((t, k) => k > s.from && k < s.from + OF_THOSE_REACH && k < s.to && t.text === ",");
  if (comma < 0 || d.agentFrom < comma || d.agentFrom - comma > 2) return null;
  const cue = s.cues.find((c) => c.from > s.from && c.to <= comma && c.def.form === "verb" && c !== d.cue);
  if (!cue || !RELATIVE_PRONOUNS.has(s.tokens[cue.from - 1]?.lower ?? "")) return null;
  if (!s.tokens.slice(s.from + 2, cue.from - 1).some((t) => OF_THOSE_HEADS.has(t.lower))) return null;
  const objects = objectsAfter(s, cue.to, comma);
  const instruments = objects.length > 0 ? objects : d.instruments;
  const opening = redraft(d, {
    cue,
    action: cue.def.action,
    polarity: "affirmed",
    polarityBy: null,
    instruments,
    topical: instruments.length === 0,
    rule: "of-those-that",
  });
  return opening.action === d.action ? null : opening;
}

const GAP_PREPOSITIONS = new Set(["in", "on"]);
const PRONOUN_OBJECTS = new Set(["it", "them"]);
const GAPPED_RULES = new Set(["verb", "verb-chain", "object-relative"]);

const RELATIVE_UNITS = new Set(["year", "month", "week", "spring", "summer", "autumn", "fall", "winter"]);

/** "in 2012", "on 20 February 2024", "last year", "earlier this month" at `i`: the index after the date phrase, or -1. */
export function datePhraseEnd(s: Sentence, i: number): number {
  if (RELATIVE_DATE_OPENERS.has(s.tokens[i]?.lower ?? "")) {
    const j = s.tokens[i]?.lower === "earlier" || s.tokens[i]?.lower === "later" ? i + 1 : i;
    if ((j === i || s.tokens[j]?.lower === "this") && RELATIVE_UNITS.has(s.tokens[j + 1]?.lower ?? "") && j + 1 < s.to) return j + 2;
    return -1;
  }
  if (!GAP_PREPOSITIONS.has(s.tokens[i]?.lower ?? "")) return -1;
  let j = i + 1;
  while (j < s.to && isDateWord((s.tokens[j] as Token).lower)) j++;
  return j > i + 1 ? j : -1;
}

/**
 * "Morocco ratified the Convention in 2011, Kazakhstan in 2012 and Côte d'Ivoire on 20 February 2024": the verb left out after
 * each later name is the first clause's; each name with its own date (a name with no date after it is no such clause).
 */
export function gappedAgents(s: Sentence, d: Draft): Draft[] {
  // (The object may be a pronoun: "Ukraine ratified it in 2023 and Greece last year".)
  const to = s.tokens[d.cue.to]?.lower === "to" ? d.cue.to + 1 : d.cue.to; // "acceded to it"
  const pronoun = PRONOUN_OBJECTS.has(s.tokens[to]?.lower ?? "");
  // (Or none, the text's instrument: "Morocco ratified in 2012, Tunisia in 2017": the date follows the verb.)
  const bare = d.instruments.length === 0 && !pronoun;
  if (d.polarity !== "affirmed" || (bare && datePhraseEnd(s, d.cue.to) < 0) || !GAPPED_RULES.has(d.rule)) return [];
  const last = d.instruments[d.instruments.length - 1];
  const objectEnd = pronoun ? to + 1 : bare ? d.cue.to : Math.max(last?.to ?? 0, d.cue.to);
  let k = datePhraseEnd(s, objectEnd);
  if (k < 0) return [];
  const out: Draft[] = [];
  while (k < s.to) {
    // ("Kenya ratified X in 2016; Chile and Peru in 2017": a semicolon may part the gapped clauses too.)
    if (s.tokens[k]?.text === "," || s.tokens[k]?.text === ";") k++;
    if (s.tokens[k]?.lower === "and") k++;
    const g = groupStartingAt(s, k, s.tokens[k]?.lower === "the" ? 1 : 0);
    // ("Uzbekistan – in 2008 and Kyrgyzstan – in 2010": a dash may stand for the verb left out.)
    const end = g ? datePhraseEnd(s, DASHES.has(s.tokens[g.to]?.text ?? "") ? g.to + 1 : g.to) : -1;
    if (!g || end < 0) break;
    out.push(redraft(d, { agents: g.members, agentFrom: g.from, rule: "gapped" }));
    k = end;
  }
  return out;
}

/** Openings that name companions of the subject: "Together with A and B, C ratified X". */
const COMPANION_OPENINGS = new Set(["together", "along", "jointly"]);

/** "Together with A (and B), C ratified X": the companions did the same act, with its polarity. */
export function openingCompanions(s: Sentence, d: Draft): Draft | null {
  if (d.rule !== "verb" || !COMPANION_OPENINGS.has(s.tokens[s.from]?.lower ?? "") || s.tokens[s.from + 1]?.lower !== "with") return null;
  let at = s.from + 2;
  if (s.tokens[at]?.lower === "the") at++;
  const list = s.groups.find((g) => g.from === at);
  const subject = s.groups.find((g) => g.from === d.agentFrom);
  if (!list || !subject || list === subject || s.tokens[list.to]?.text !== "," || subject.from > list.to + 2) return null;
  return redraft(d, { agents: list.members, agentFrom: list.from, rule: "companion-opening" });
}

/**
 * "for ratifying and formally joining X": joining is what the ratification did, not a second
 * act; the chained "join" gives way to the act named with it on the same agents and objects.
 */
export function joiningAfterTheAct(s: Sentence, d: Draft, drafts: readonly Draft[]): boolean {
  if (!(s.tokens[d.cue.from] as Token).lower.startsWith("join")) return false;
  if (d.rule === "verb-chain")
    return drafts.some((o) => o !== d && o.cue.to <= d.cue.from && (o.action === "ratified" || o.action === "acceded") && o.agents === d.agents);
  // "Italy, the last member State to join, only ratified X in 2022", "Cuba was the last State of the region to join: it ratified
  // X in 2002": the first or last "to join" says what the act the clause goes on to name was; it gives way to that act.
  return (
    d.polarityBy === "to:done" &&
    drafts.some(
      (o) =>
        o !== d &&
        o.cue.from > d.cue.to &&
        (o.action === "ratified" || o.action === "acceded") &&
        o.agents.length > 0 &&
        o.agents.every((m) => m.kind === "pronoun" || d.agents.some((n) => n.from === m.from)),
    )
  );
}

const ELLIPTIC_AUXILIARIES = new Set(["has", "have", "had", "did", "does", "do", "is", "are", "was", "were"]);
const CONTRASTS = new WordSet(["but", "while", "whereas"]);

/** The last sentence's answer to hasContrast (its drafts ask one after another). */
let lastContrast: { s: Sentence; value: boolean } | null = null;

/** Whether the sentence holds a contrasting conjunction at all (contrastedNegation needs one). */
function hasContrast(s: Sentence): boolean {
  if (lastContrast?.s !== s) {
    let value = false;
    for (let i = s.from; i < s.to && !value; i++) value = CONTRASTS.hasToken(s.tokens[i] as Token);
    lastContrast = { s, value };
  }
  return lastContrast.value;
}

/**
 * "A and B have ratified X, but C has not": the contrasted subject of an elliptic clause did not
 * do the same act ("while C has not yet", "but C did not").
 */
export function contrastedNegation(s: Sentence, d: Draft): Draft | null {
  if ((d.rule !== "verb" && d.rule !== "verb-chain") || d.polarity !== "affirmed" || !hasContrast(s)) return null;
  let at = d.instruments.length > 0 ? Math.max(d.cue.to, (d.instruments[d.instruments.length - 1] as InstrumentMention).to) : d.cue.to;
  while (at < s.to && s.tokens[at]?.text !== ",") {
    if (s.cues.some((c) => c.from === at)) return null;
    at++;
  }
  const conjunction = s.tokens[at + 1];
  if (!conjunction || !CONTRASTS.hasToken(conjunction)) return null;
  const g = groupStartingAt(s, at + 2, 1);
  if (!g) return null;
  let i = g.to;
  if (!ELLIPTIC_AUXILIARIES.has(s.tokens[i]?.lower ?? "")) return null;
  i++;
  if (!["not", "n't"].includes(s.tokens[i]?.lower ?? "")) return null;
  i++;
  if (s.tokens[i]?.lower === "yet") i++;
  const end = s.tokens[i]?.text ?? ".";
  if (i < s.to && ![".", ";", ",", ")"].includes(end)) return null;
  return redraft(d, { agents: g.members, agentFrom: g.from, polarity: "negated", polarityBy: "not", rule: "contrast-ellipsis" });
}

/**
 * "A, B and C are signatories only", "A and B remain signatories only", "are only signatories": a signature the text says is all there
 * is, so the signatories have not ratified (the same agents, the act of ratifying, negated).
 */
export function signatoriesOnly(s: Sentence, d: Draft): Draft | null {
  if (d.action !== "signed" || d.polarity !== "affirmed" || d.cue.def.form === "verb") return null;
  const after = s.tokens[d.cue.to]?.lower === "states" ? d.cue.to + 1 : d.cue.to;
  // ("are only signatories", "merely signatories"; not "not only signatories but also parties".)
  const before = s.tokens[d.cue.from - 1]?.lower;
  const only = s.tokens[after]?.lower === "only" || ((before === "only" || before === "merely") && s.tokens[d.cue.from - 2]?.lower !== "not");
  if (!only) return null;
  return redraft(d, { action: "ratified", polarity: "negated", polarityBy: "only", rule: "signatories-only" });
}

/** Domestic texts that enact a State's consent before the State gives it: a decree or a law "on" the act, in draft. */
const DOMESTIC_LAWS: ReadonlySet<string> = new Set(["decree", "decrees", "law", "laws", "ordinance", "resolution"]);
/** Quotation marks around a law's title. */
const QUOTES: ReadonlySet<string> = new Set(['"', "“", "«", "'", "‘"]);
/** A bill is a law in draft. */
const BILLS: ReadonlySet<string> = new Set(["bill", "bills"]);
/** What links such a text to the act it enacts: "a decree on A's accession", "the bill approving the ratification of X". */
const ENACTING: ReadonlySet<string> = new Set(["on", "concerning", "regarding", "approving", "authorising", "authorizing"]);
/** How many words a proposer's name may take between "proposal of" and "on" ("the Ministry of Justice and the Ministry of …"). */
const PROPOSER_REACH = 16;
/** What a State weighs before it acts: "the question of the accession of A to X", "proposals on the ratification of Y". */
const WEIGHED: ReadonlySet<string> = new Set(["question", "issue", "matter", "proposal", "proposals", "possibility", "feasibility", "advisability"]);

/**
 * "the Council approved a draft decree on the State of Kuwait's accession to X", "the bill on the ratification of Y by A was
 * tabled": an act named as the subject of a domestic text still in draft is that text's business, still to be done by the State
 * (planned), however the sentence reports the draft's own step.
 */
export function underDomesticLaw(s: Sentence, d: Draft): Draft {
  if (d.polarity !== "affirmed" || d.cue.def.form !== "noun") return d;
  let k = Math.min(d.cue.from, d.agentFrom) - 1;
  while (k > s.from && ARTICLES.has(s.tokens[k]?.lower ?? "")) k--;
  // "The Ministry shall consider the question of the accession of A to X", "the proposal of the Ministry on the accession of A to
  // Y": an act a State still weighs.
  const governor = s.tokens[k]?.lower ?? "";
  if (governor === "of" || governor === "on" || governor === "concerning") {
    // (Past the proposer's name: "the proposal of the Ministry of Justice and the Ministry of Foreign Affairs on the accession …".)
    let w = k - 1;
    if (governor !== "of")
      while (w > s.from && k - w <= PROPOSER_REACH && /^(?:of|the|and)$/u.test(s.tokens[w]?.lower ?? "") === false && isCapitalised(s.tokens[w] as Token)) {
        w--;
        while (w > s.from && /^(?:of|the|and)$/u.test(s.tokens[w]?.lower ?? "")) w--;
      }
    if (WEIGHED.has(s.tokens[w]?.lower ?? "")) return redraft(d, { polarity: "planned", polarityBy: "question" });
  }
  if (!ENACTING.has(governor)) return d;
  // (Only a text not yet enacted, a draft or a bill: where a law or decree "on the ratification" is itself how a State ratifies,
  // the text may report the act.)
  // ('signed the Law "On the accession of A to X"': a law's quoted title names the act the State is still to perform by it.)
  const quoted = QUOTES.has(s.tokens[k - 1]?.text ?? "") && DOMESTIC_LAWS.has(s.tokens[k - 2]?.lower ?? "");
  const text = s.tokens[k - 1]?.lower ?? "";
  if (!quoted && !BILLS.has(text) && !(DOMESTIC_LAWS.has(text) && s.tokens[k - 2]?.lower === "draft")) return d;
  return redraft(d, { polarity: "planned", polarityBy: "domestic-law" });
}

/** Words between a State's possessive and its resolution ("Canada's annual resolution", "Mexico's draft resolution"). */
const OWNED_MODIFIERS = new Set(["annual", "biennial", "triennial", "draft", "new", "own", "traditional"]);
/** Acts on a resolution that say nothing against its owner having put it forward. */
const ON_OWNED = new Set(["adopted", "supported", "co-sponsored"]);

/**
 * "Canada's annual resolution, "…", was adopted without a vote", "voted for Mexico's draft resolution": the State whose resolution
 * it is put it forward (a sponsor's act, done, whatever became of the text).
 */
export function ownerOfResolution(s: Sentence, d: Draft): Draft | null {
  if (!ON_OWNED.has(d.action)) return null;
  const m = d.instruments.length === 1 ? d.instruments[0] : undefined;
  if (!m || m.type !== "resolution" || m.kind === "anaphor") return null;
  let k = m.from - 1;
  while (k > s.from && OWNED_MODIFIERS.has(s.tokens[k]?.lower ?? "")) k--;
  if (!isPossessiveMark(s.tokens[k])) return null;
  const owner = s.groups.find((g) => g.to === k && g.members.length === 1);
  const actor = owner?.members[0]?.actor;
  if (!owner || actor?.kind !== "state" || d.agents.some((x) => x.actor?.name === actor.name)) return null;
  return redraft(d, { agents: owner.members, agentFrom: owner.from, action: "co-sponsored", polarity: "affirmed", polarityBy: null, rule: "owned-resolution" });
}
