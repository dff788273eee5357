import { JOINING_WORDS } from "../lexicon/cues";
import { isUnOrgan, ORGANISATIONS } from "../lexicon/organisations";
import type { ActorMention } from "./actors";
import type { Token } from "../text/tokens";
import type { CueMention } from "./cues";
import type { ActorGroup } from "./groups";
import type { InstrumentMention } from "./instruments";
import { groupBefore, groupStartingAt, listAfter, startsGroup } from "./groupQueries";
import { GENERIC_HEADS, genericHeadIn, listNaming, trailingList } from "./memberLists";
import { characterisedList } from "./characterised";
import { amongSubject } from "./among";
import { vote } from "./votes";
import { voteResult } from "./voteResults";
import { polarityBefore } from "./polarity";
import { ADVERB, COPULAS, type Draft, draft, OBJECT_FILLER, GENERIC_SUBJECTS, instrumentNear, isClauseEnd, JOINING_NOUNS, MODALS, nextCueStart, objectsAfter, POSSESSIVE_FILLER, type Rule, type Sentence, VERB_CHAIN } from "./linkParts";

export type { Draft, Sentence } from "./linkParts";

/** Adverbs that make the next verb the result of the one before ("ratifying and thereby joining"). */
const CONSEQUENCE = new Set(["thereby", "thus", "hence"]);

const BECOMING = new Set(["became", "become", "becomes", "becoming", "is", "was", "are", "were", "remains", "remain", "be"]);

/** Rank words between an article and an agent noun: "the 41st", "the latest", "a new". */
const RANK = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|latest|newest|new|recent|most|next|last|\d+)$/u;

/** "X, to which A and B are parties": the objects are the instruments before "to which". */
const relativeParty: Rule = (s, cue) => {
  if (cue.def.action !== "party") return null;
  let w = -1;
  for (let i = cue.from - 1; i > s.from && i >= cue.from - 8; i--) {
    if ((s.tokens[i] as Token).lower === "which" && (s.tokens[i - 1] as Token).lower === "to") w = i - 1;
  }
  if (w < 0) return null;
  // The relative's subject, or the clause's when it is a pronoun ("Turkey supports X, to which it is a party").
  const group = groupBefore(s, cue.from, false);
  if (!group) return null;
  const objects: InstrumentMention[] = [];
  for (let k = s.instruments.length - 1; k >= 0; k--) {
    const m = s.instruments[k] as InstrumentMention;
    if (m.to > w) continue;
    if (objects.length > 0 && (objects[0] as InstrumentMention).from - m.to > 3) break;
    objects.unshift(m);
  }
  // "the agreements to which it is a party": a generic antecedent names no instrument, so no record (not the document's topic).
  return draft(s, cue, "relative-party", group, objects, false);
};

/** Calls on others: the caller's `called-for`; the addressees get nothing. */
const call: Rule = (s, cue) => {
  if (cue.def.form !== "call") return null;
  const g = groupBefore(s, cue.from);
  if (!g) return null;
  if (["be", "been", "being", "was", "were", "is", "are"].includes(s.tokens[cue.from - 1]?.lower ?? "")) return null; // "will be invited"
  let joining = false;
  let sawTo = false;
  const end = s.to;
  for (let i = cue.to; i < end; i++) {
    const t = s.tokens[i] as Token;
    if (t.text === ";" || (t.text === "." && i > cue.to)) break;
    if (JOINING_NOUNS.has(t.lower)) joining = true;
    // "to sign X", and further on "to accelerate their procedures in order to join the agreement" (a later verb needs its instrument).
    if (t.lower === "to" && i > cue.to && JOINING_WORDS.has(s.tokens[i + 1]?.lower ?? "")) {
      if (!sawTo || s.instruments.some((m) => m.from > i + 1 && m.from <= i + 4)) joining = true;
    }
    if (t.lower === "to" && i > cue.to) sawTo = true;
  }
  const isFor = (s.tokens[cue.to - 1] as Token).lower === "for";
  const objects = s.instruments.filter((m) => m.from >= cue.to);
  if (!joining && !(isFor && objects.length > 0 && objectsAfter(s, cue.to, end).length > 0)) return null;
  const first = objects[0];
  // "Adopts Resolution Calling upon Belligerents to Adopt Concrete Commitments": what a resolution's text asks, with no instrument to join.
  if (!first && /^(?:resolution|resolutions|text|decision)$/u.test(s.tokens[cue.from - 1]?.lower ?? "")) return null;
  const d = draft(s, cue, "call", g, first ? [first] : [], !first, g.from);
  return { ...d, polarity: d.polarity === "negated" ? "negated" : "affirmed" };
};

/** Welcoming an instrument itself; welcoming another actor's act gives that actor the record instead. */
const welcome: Rule = (s, cue, index) => {
  if (cue.def.form !== "welcome") return null;
  const g = groupBefore(s, cue.from);
  if (!g) return null;
  const stop = nextCueStart(s, index);
  for (const other of s.cues) if (other !== cue && other.from >= cue.to && other.from < cue.to + 4 && other.def.form !== "noun") return null;
  const objects = objectsAfter(s, cue.to, s.to).filter((m) => m.from < stop || s.cues[index + 1]?.def.action === "adopted");
  if (objects.length === 0) return null;
  // "welcomed the ratification by X" / "X's accession": another actor's act.
  for (let i = cue.to; i < (objects[0] as InstrumentMention).from; i++) if (startsGroup(s, i)) return null;
  return draft(s, cue, "welcome", g, objects.slice(0, 1), false);
};

/** Nominal acts: "ratification by X of Y", "X's accession to Y", "its support for Y", "support from X". */
const nominal: Rule = (s, cue) => {
  if (cue.def.form !== "noun" && cue.def.form !== "deposit") return null;
  let agents: ActorGroup | null = null;
  let rule = "";
  // Possessive before: "X's (recent) CUE", "its/their/his country's CUE".
  for (let i = cue.from - 1; i >= Math.max(s.from, cue.from - 4); i--) {
    const t = s.tokens[i] as Token;
    if (t.text === "'s" || t.text === "'") {
      agents = s.groups.find((g) => g.to === i || g.to === i + 1) ?? null;
      rule = "possessive";
      break;
    }
    const poss = s.groups.find((g) => g.to === i + 1 && g.members.some((m) => m.kind === "possessive"));
    if (poss) {
      agents = poss;
      rule = "possessive";
      break;
    }
    if (!POSSESSIVE_FILLER.test(t.lower)) break;
  }
  // "By depositing its instrument of ratification …, Germany sent a signal": the opening gerund's "its" is the main subject's.
  if (agents && rule === "possessive" && agents.members.length === 1 && agents.members[0]?.kind === "possessive" && /^(?:its|their)$/u.test(s.tokens[agents.from]?.lower ?? "")) {
    const main = gerundOpeningSubject(s, agents.from);
    if (main) agents = main;
  }
  // "the accession of X to Y": an actor right after "of".
  if (!agents && s.tokens[cue.to]?.lower === "of") {
    const g = groupStartingAt(s, cue.to + 1, 1);
    if (g && ["to", "of"].includes(s.tokens[g.to]?.lower ?? "")) {
      agents = g;
      rule = "nominal-of";
      const objects = objectsAfter(s, g.to, s.to);
      if (objects.length > 0) return draft(s, cue, rule, g, objects.slice(0, 1), false, Math.max(s.from, cue.from - 3));
    }
  }
  // "CUE by X", "CUE of Y by X", "support from X".
  let byAt = -1;
  if (!agents) {
    for (let i = cue.to - 1; i < Math.min(s.to, cue.to + 25); i++) {
      const t = s.tokens[i] as Token;
      if ((t.lower === "by" || t.lower === "from") && i >= cue.to - 1) {
        const g = groupStartingAt(s, i + 1, 2);
        if (g) {
          agents = g;
          byAt = i;
          rule = "nominal-by";
          break;
        }
        // "co-sponsored by 94 countries, said … the aggression by Russia": the agent was a count; a later "by" is another phrase's.
        if (t.lower === "by" && /^(?:\d+|several|many|some|other|a|all|the)$/u.test(s.tokens[i + 1]?.lower ?? "")) break;
      }
      if (i > cue.to && s.cues.some((c) => c.from === i)) break;
    }
  }
  // "Colombia said the ratification process should be speeded up", "Canada said he anticipates
  // ratification", "In A and B the ratification processes have started": the reporting state's act, still to come.
  if (!agents && cue.def.form === "noun" && (isPending(s, cue.to) || EXPECTING.has(s.tokens[cue.from - 1]?.lower ?? "") || EXPECTING.has(s.tokens[cue.from - 2]?.lower ?? ""))) {
    const owner = reportingState(s, cue.from);
    if (owner) {
      const objects = objectsAfter(s, cue.to, s.to);
      const d = draft(s, cue, "pending-report", owner, objects.slice(0, 1), objects.length === 0, cue.from);
      return { ...d, polarity: d.polarity === "negated" ? "negated" : "planned", polarityBy: d.polarity === "negated" ? d.polarityBy : "process" };
    }
  }
  // "the adoption of UN Security Council Resolutions 1368 and 1373": a catalogued resolution's body adopted it.
  if (!agents && cue.def.action === "adopted") {
    const after = objectsAfter(s, cue.to, s.to);
    // The resolution right after "adoption of", not one further on ("adoption of a convention …, established by resolution 51/210").
    const objects = after[0] && after[0].from - cue.to <= 2 && after[0].type === "resolution" ? after.filter((m) => m.type === "resolution" && m.entry?.body && ORGANISATIONS.some((o) => o.name === m.entry?.body)) : [];
    const body = objects[0]?.entry?.body;
    if (body) {
      const own = objects.filter((m) => m.entry?.body === body);
      const first = own[0] as InstrumentMention;
      const mention: ActorMention = { from: first.from, to: first.to, kind: "named", actor: { kind: "organisation", name: body } };
      return draft(s, cue, "adoption-body", { from: first.from, to: first.to, members: [mention], eligible: true }, own, false, Math.max(s.from, cue.from - 3));
    }
  }
  if (!agents && cue.def.form === "deposit") {
    agents = groupBefore(s, cue.from);
    rule = "deposit-subject";
  }
  if (!agents) return null;
  const stop = s.cues.find((c) => c.from >= cue.to && c.from !== byAt + 1)?.from ?? s.to;
  let objects = objectsAfter(s, byAt >= 0 ? Math.min(cue.to, byAt) : cue.to, Math.max(stop, byAt >= 0 ? agents.to + 1 : 0));
  if (objects.length === 0 && byAt >= 0) objects = objectsAfter(s, agents.to, s.to);
  if (objects.length === 0) {
    const near = instrumentNear(s, cue.from);
    if (near && (rule === "nominal-by" || cue.def.form === "deposit")) objects = [near];
  }
  // "its ratification process has started", "its ratification should be completed by 1996": still to come.
  const pendingAct = rule === "possessive" && isPending(s, cue.to);
  const topical = objects.length === 0 && (cue.def.form === "deposit" || pendingAct || (rule === "nominal-by" && isClauseEnd(s, agents.to)));
  if (objects.length === 0 && !topical) return null;
  // "neither country has completed … depositing their instruments": the negated quantifier is the possessive's subject.
  const floor = rule === "possessive" ? negatedQuantifierBefore(s, agents.from) : -1;
  const d = draft(s, cue, rule, agents, objects, topical, floor >= 0 ? floor : Math.max(s.from, Math.min(agents.from, cue.from) - 3));
  return pendingAct && d.polarity === "affirmed" ? { ...d, polarity: "planned", polarityBy: "process" } : d;
};

/** Agent nouns: "the signatories to Y are A, B", "Lead country sponsors: A, B", "became the coauthor of Y". */
const agentNoun: Rule = (s, cue) => {
  if (cue.def.form !== "agent") return null;
  for (let i = cue.to; i < Math.min(s.to, cue.to + 12); i++) {
    const t = s.tokens[i] as Token;
    if (COPULAS.has(t.lower) || t.text === ":") {
      const g = groupStartingAt(s, i + 1, 3);
      if (g) {
        const objects = objectsAfter(s, cue.to, i);
        return draft(s, cue, "agent-list", listAfter(s, g), objects, objects.length === 0, cue.from);
      }
    }
  }
  // "on behalf of A, B and C as co-penholders of Y": the group the role is predicated of, governed or not.
  if (s.tokens[cue.from - 1]?.lower === "as") {
    const g = s.groups.find((x) => x.to === cue.from - 1);
    const objects = objectsAfter(s, cue.to, s.to);
    if (g && objects.length > 0) return draft(s, cue, "agent-as", g, objects.slice(0, 1), false);
  }
  // "became the coauthor of Y", "has become the 41st adherent to Y", "is the newest signatory of Y".
  let k = cue.from - 1;
  while (k > s.from && RANK.test(s.tokens[k]?.lower ?? "")) k--;
  const prev = s.tokens[k]?.lower;
  if (prev === "the" || prev === "a" || prev === "one" || prev === "an") {
    const g = groupBefore(s, cue.from);
    // The agent noun is predicated of the subject ("A became the 41st State Party"), not a company it keeps ("A works with the States Parties").
    if (g && cue.def.action === "party" && !s.tokens.slice(g.to, k).some((t) => BECOMING.has(t.lower))) return null;
    const objects = objectsAfter(s, cue.to, s.to);
    if (g && objects.length > 0) return draft(s, cue, "agent-became", g, objects.slice(0, 1), false);
    // "became a State Party to it": the instrument named before.
    const pronoun = s.tokens[cue.to]?.lower === "it" || s.tokens[cue.to - 1]?.lower === "to" && s.tokens[cue.to]?.lower === "it";
    if (g && pronoun) return draft(s, cue, "agent-became", g, [], true);
  }
  return null;
};

/** "signed, subject to ratification, X": the still-pending ratification of the same objects. */
const pending: Rule = (s, cue, index, drafts) => {
  if (cue.def.form !== "pending") return null;
  const prev = drafts.find((d) => d.cue === s.cues[index - 1]);
  if (!prev) return null;
  return { ...prev, cue, action: cue.def.action, polarity: "planned", rule: "pending", polarityBy: "subject to ratification" };
};

/** Active verbs, passives ("adopted by X") and copula lists ("the States that ratified it are: A, B"). */
const verb: Rule = (s, cue, index, drafts) => {
  if (cue.def.form !== "verb") return null;
  // "signed, subject to ratification, X": the inserted reservation does not end the verb's reach.
  const stop = s.cues[index + 1]?.def.form === "pending" ? nextCueStart(s, index + 1) : nextCueStart(s, index);
  const after = s.tokens[cue.to];
  // Passive with agent: "adopted by the General Assembly", "proposed for adoption by", "signed today by".
  const byAt = passiveBy(s, cue.to);
  if (byAt >= 0) {
    if (cue.def.action === "acceded" || cue.def.action === "party") return null; // "joined by X" is company, not accession
    const by = s.tokens.slice(byAt + 1, byAt + 5).findIndex((t) => GENERIC_HEADS.has(t.lower));
    // "signed by several States, including A and B": the members of the generic agent.
    const g = groupStartingAt(s, byAt + 1, 2) ?? (by >= 0 ? listNaming(s, byAt + 1 + by) : null);
    if (g) {
      const before = s.instruments.filter((m) => m.to <= cue.from);
      const obj = before[before.length - 1] ?? instrumentNear(s, cue.to);
      if (obj) return draft(s, cue, "passive-by", g, [obj], false, cue.from - 3);
    }
    // "expects to ratify by the end of the year": an infinitive's "by" starts a time, not an agent.
    if (s.tokens[cue.from - 1]?.lower !== "to") return null;
  }
  // Verb chains share subject and object: "support, sign or ratify this Treaty", "signed and ratified".
  const prevCue = s.cues[index - 1];
  let chainedFrom: Draft | undefined;
  if (prevCue && prevCue.def.form === "verb") {
    const between = s.tokens.slice(prevCue.to, cue.from).map((t) => t.lower);
    if (between.length > 0 && between.length <= 3 && between.every((w) => VERB_CHAIN.has(w) || ADVERB.test(w) || CONSEQUENCE.has(w)) && VERB_CHAIN.has(between[0] as string)) chainedFrom = drafts.find((d) => d.cue === prevCue);
  }
  let objects = objectsAfter(s, cue.to, stop);
  const nextCue = s.cues[index + 1];
  if (objects.length === 0 && nextCue && nextCue.def.form === "verb") {
    const between = s.tokens.slice(cue.to, nextCue.from).map((t) => t.lower);
    // "signed and ratified X", "signed but not ratified X": the verbs share the object (each keeps its own polarity).
    if (between.length > 0 && between.length <= 3 && between.every((w) => VERB_CHAIN.has(w) || w === "not" || w === "yet" || ADVERB.test(w) || CONSEQUENCE.has(w))) {
      objects = objectsAfter(s, nextCue.to, nextCueStart(s, index + 1));
      if (objects.length === 0) {
        // Pass the chain on: find the last verb's objects.
        let j = index + 1;
        while (objects.length === 0 && s.cues[j + 1]) {
          j++;
          objects = objectsAfter(s, (s.cues[j] as CueMention).to, nextCueStart(s, j));
        }
      }
    }
  }
  if (chainedFrom) return { ...chainedFrom, cue, action: cue.def.action, instruments: objects.length ? objects : chainedFrom.instruments, rule: "verb-chain" };
  // "Resolution 2347, unanimously adopted in New York": a participle describing a noun, not an act of the subject.
  let back = cue.from - 1;
  while (back > s.from && ADVERB.test((s.tokens[back] as Token).lower)) back--;
  if (s.tokens[back]?.text === "," && /ed$/u.test((s.tokens[cue.from] as Token).lower) && objects.length === 0) return null;
  // "As an adherent to X, Peru commits to treating investors …", "By signing X, Costa Rica commits to …": the commitment is under X.
  if (objects.length === 0 && cue.def.action === "committed") {
    const framed = framingInstrument(s, cue.from);
    if (framed) return draft(s, cue, "framed-commitment", framed.subject, [framed.instrument], false);
  }
  const copulaNext = COPULAS.has(after?.lower ?? "");
  const intransitive = objects.length === 0 && (isClauseEnd(s, cue.to) || after?.lower === "it" || after?.lower === "them" || copulaNext);
  if (objects.length === 0 && !intransitive) return null;
  // "A was among 127 states that endorsed X", "A is among a handful of countries, including B, that refused to sign".
  const among = amongSubject(s, cue.from);
  if (among) {
    const members = among.named ? { ...among.subject, members: [...among.subject.members, ...among.named.members] } : among.subject;
    return draft(s, cue, "among", members, objects.slice(0, 1), objects.length === 0, among.relative);
  }
  const g = relativeSubject(s, cue.from) ?? groupBefore(s, cue.from);
  const done = polarityBefore(s.tokens, cue.from, s.from).by === "to:done";
  if (!g || (generic(s, g.to, cue.from) && !done)) {
    // "Four States (A, B) signed X", "The following States ratified X: A, B": the list names the generic subject's members.
    const head = genericHeadIn(s, g ? g.to : s.from, cue.from);
    const members = head >= 0 ? listNaming(s, head) ?? trailingList(s, objects.length ? (objects[objects.length - 1] as InstrumentMention).to : cue.to) : null;
    if (members) return draft(s, cue, "member-list", members, objects, objects.length === 0, head);
    // Copula list: "The States that have yet to ratify are China, ...".
    for (let i = cue.to; i < Math.min(s.to, cue.to + 14); i++) {
      if (COPULAS.has((s.tokens[i] as Token).lower)) {
        const list = groupStartingAt(s, i + 1, 3);
        if (list && !g) {
          const p = polarityBefore(s.tokens, cue.from, s.from, (k) => s.instruments.some((m) => m.from <= k && k < m.to));
          const all = listAfter(s, list);
          return { ...draft(s, cue, "copula-list", all, objects, objects.length === 0, s.from), polarity: p.polarity, polarityBy: p.by };
        }
      }
    }
    if (g && generic(s, g.to, cue.from) && modalCall(s, g.to, cue.from)) {
      return { ...draft(s, cue, "modal-call", g, objects.slice(0, 1), objects.length === 0, g.from), action: "called-for", polarity: "affirmed", polarityBy: null };
    }
    // "By signing the declaration, Costa Rica commits ...": the subject follows the clause.
    if (!g && /^(?:by|after|upon|in)$/u.test((s.tokens[s.from] as Token).lower) && (s.tokens[cue.from] as Token).lower.endsWith("ing")) {
      const comma = s.tokens.findIndex((t, i) => i > cue.to && i < s.to && t.text === ",");
      const subj = comma > 0 ? groupStartingAt(s, comma + 1, 2) : null;
      if (subj) return draft(s, cue, "gerund-subject", subj, objects, objects.length === 0, s.from);
    }
    return null;
  }
  return draft(s, cue, "verb", g, objects, objects.length === 0);
};

/** Verbs of expecting an act: "anticipates ratification", "expects the ratification to come through". */
const EXPECTING = new Set(["anticipates", "anticipated", "expects", "expected", "foresees", "awaits", "awaiting"]);
/** Words between a reporting state and the act it reports: "Colombia said (that) the", "Canada said he anticipates". */
const REPORTING = new Set(["said", "says", "reported", "reports", "stated", "noted", "indicated", "announced", "that", "the", "its", "he", "she", "it", "they"]);

/**
 * The state reporting an act of its own: the sentence's subject followed only by a reporting verb
 * ("Colombia said the ratification process ..."), or an opening "In A and B" ("In Kazakhstan and
 * Jordan the ratification processes have started").
 */
function reportingState(s: Sentence, cueFrom: number): ActorGroup | null {
  const g = s.groups[0];
  if (!g || g.to > cueFrom || !g.members.every((m) => m.actor?.kind === "state")) return null;
  let i = g.to;
  if (g.from === s.from + 1 && s.tokens[s.from]?.lower === "in") {
    while (i < cueFrom && (s.tokens[i]?.lower === "the" || s.tokens[i]?.text === ",")) i++;
    return i === cueFrom ? g : null;
  }
  if (g.from !== s.from) return null;
  while (i < cueFrom && (REPORTING.has((s.tokens[i] as Token).lower) || EXPECTING.has((s.tokens[i] as Token).lower))) i++;
  return i === cueFrom && cueFrom - g.to <= 5 && REPORTING.has((s.tokens[g.to] as Token).lower) ? g : null;
}

/** Adjuncts between a participle and its agent: "signed today by", "ratified last week by". */
const PASSIVE_ADJUNCTS = new Set(["today", "yesterday", "also", "since", "recently", "already", "subsequently", "later", "jointly", "formally"]);

/** The index of the "by" of a passive's agent right after the participle (over a short adjunct), or -1. */
function passiveBy(s: Sentence, at: number): number {
  for (let i = at; i < Math.min(s.to, at + 3); i++) {
    const w = (s.tokens[i] as Token).lower;
    if (w === "by") return i;
    if (!PASSIVE_ADJUNCTS.has(w)) return -1;
  }
  return -1;
}

/** An opening phrase that names an instrument, then ", <subject> <cue>": the instrument and the subject. */
function framingInstrument(s: Sentence, cueFrom: number): { subject: ActorGroup; instrument: InstrumentMention } | null {
  const subject = s.groups.find((g) => g.to === cueFrom && g.eligible);
  if (!subject || s.tokens[subject.from - 1]?.text !== ",") return null;
  const before = s.instruments.filter((m) => m.to < subject.from && m.text);
  const instrument = before[before.length - 1];
  if (!instrument) return null;
  for (let i = instrument.to; i < subject.from - 1; i++) if (!OBJECT_FILLER.has((s.tokens[i] as Token).lower)) return null;
  return { subject, instrument };
}

/** The subject after an opening "By/After/Upon <gerund> …," phrase that holds token `at`, or null. */
function gerundOpeningSubject(s: Sentence, at: number): ActorGroup | null {
  const first = (s.tokens[s.from] as Token).lower;
  if (!/^(?:by|after|upon|through|in)$/u.test(first) || !/ing$/u.test(s.tokens[s.from + 1]?.lower ?? "")) return null;
  for (let i = s.from + 2; i < at; i++) if (s.tokens[i]?.text === ",") return null;
  for (let i = at; i < s.to; i++) {
    if (s.tokens[i]?.text !== ",") continue;
    const g = groupStartingAt(s, i + 1, 1);
    return g && g.eligible && g.members.every((m) => m.actor?.kind === "state") ? g : null;
  }
  return null;
}

/** "neither country", "no state", "none of the countries": a negated quantifier subject in the possessive's clause, or -1. */
function negatedQuantifierBefore(s: Sentence, at: number): number {
  for (let i = at - 1; i >= s.from && at - i <= 16; i--) {
    const w = (s.tokens[i] as Token).lower;
    if (w === "," || w === ";" || w === ":") return -1;
    if ((w === "neither" || w === "no" || w === "none") && /^(?:country|state|countries|states|of|government|party)$/u.test(s.tokens[i + 1]?.lower ?? "")) return i;
  }
  return -1;
}

const PROCESS_NOUNS = new Set(["process", "processes", "procedure", "procedures", "bill", "law"]);
const PENDING_WORDS = new Set(["should", "will", "would", "is", "are", "expected", "pending", "underway"]);

/** After a nominal act: a process noun ("ratification procedure") or a modal or expectation ("should be finalized", "is expected"). */
function isPending(s: Sentence, at: number): boolean {
  const next = s.tokens[at]?.lower ?? "";
  if (PROCESS_NOUNS.has(next)) return true;
  if (!PENDING_WORDS.has(next)) return false;
  const then = s.tokens[at + 1]?.lower ?? "";
  if (next === "is" || next === "are") return ["expected", "pending", "underway", "planned", "scheduled"].includes(then);
  // "should be finalized", "will be completed": the act is what is still to be done ("will accelerate" is its effect).
  return next === "expected" || next === "pending" || next === "underway" || then === "be";
}

/** "X, which became the 27th State to ratify": the group right before "which"/"who" is the subject. */
function relativeSubject(s: Sentence, cueFrom: number): ActorGroup | null {
  for (let i = cueFrom - 1; i > s.from && i >= cueFrom - 10; i--) {
    const t = s.tokens[i] as Token;
    if (t.lower === "which" || t.lower === "who") {
      const at = s.tokens[i - 1]?.text === "," ? i - 1 : i;
      return s.groups.find((g) => g.to === at) ?? null;
    }
  }
  return null;
}


/** Between the subject and the verb: "all UN member states should ratify" (a generic addressee). */
function generic(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (GENERIC_SUBJECTS.has((s.tokens[i] as Token).lower)) return true;
  return false;
}

function modalCall(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (MODALS.has((s.tokens[i] as Token).lower)) return true;
  return false;
}

/** "signed as additional cosponsors", "joined as an observer": the verb takes a role, and the role noun is the act. */
function actsInRole(s: Sentence, cue: CueMention): boolean {
  if (cue.def.form !== "verb" || s.tokens[cue.to]?.lower !== "as") return false;
  const next = s.tokens[cue.to + 1]?.lower ?? "";
  return next !== "well" && next !== "soon" && next !== "of" && next !== "such";
}

const TREATY_ACTS = new Set(["ratified", "acceded", "party", "signed"]);

/**
 * A UN organ or official never ratifies, accedes to, signs or becomes party to a treaty: "The
 * Secretary-General, as depositary, has accepted the instrument of accession" names the
 * depositary, not the state that acted. And a state never adopts: that is a body's act.
 */
function withoutDepositary(d: Draft): Draft[] {
  // Adoption is a body's act on a text; a state that "adopted the convention text" took a domestic step.
  if (d.action === "adopted") {
    const agents = d.agents.filter((m) => m.actor?.kind !== "state");
    return agents.length === d.agents.length ? [d] : agents.length > 0 ? [{ ...d, agents }] : [];
  }
  if (!TREATY_ACTS.has(d.action)) return [d];
  const agents = d.agents.filter((m) => !(m.actor && isUnOrgan(m.actor.name)));
  if (agents.length === d.agents.length) return [d];
  return agents.length > 0 ? [{ ...d, agents }] : [];
}

/** The rules, most specific first. */
const RULES: readonly Rule[] = [relativeParty, characterisedList, voteResult, vote, call, welcome, pending, nominal, agentNoun, verb];

export function linkSentence(s: Sentence): Draft[] {
  const drafts: Draft[] = [];
  // Cues consumed by a call ("urged X to sign and ratify Y") belong to the caller.
  const consumed = new Set<CueMention>();
  s.cues.forEach((cue, index) => {
    if (consumed.has(cue) || actsInRole(s, cue)) return;
    for (const rule of RULES) {
      const d = rule(s, cue, index, drafts);
      if (d) {
        drafts.push(d);
        break;
      }
    }
    if (cue.def.form === "call") {
      for (const later of s.cues) if (later.from > cue.from && later.def.form !== "call") consumed.add(later);
    }
  });
  const kept = drafts.filter((d) => !consumed.has(d.cue) && !joiningAfterTheAct(s, d, drafts));
  return [...kept, ...kept.flatMap((d) => [...precedents(s, d), ...coordinatedBy(s, d)])].flatMap((d) => withoutDepositary(d));
}

/** "the ratification by A of X and by B of Y and Z": each "and by" pair is the same act by another agent. */
function coordinatedBy(s: Sentence, d: Draft): Draft[] {
  if (d.rule !== "nominal-by" || d.instruments.length === 0) return [];
  const out: Draft[] = [];
  let at = (d.instruments[d.instruments.length - 1] as InstrumentMention).to;
  while (s.tokens[at]?.lower === "and" && s.tokens[at + 1]?.lower === "by") {
    const g = groupStartingAt(s, at + 2, 1);
    if (!g || !["of", "to"].includes(s.tokens[g.to]?.lower ?? "")) break;
    let stop = g.to;
    while (stop < s.to && s.tokens[stop]?.text !== ";" && !s.cues.some((c) => c.from === stop)) stop++;
    const objects = objectsAfter(s, g.to, stop);
    if (objects.length === 0) break;
    out.push({ ...d, agents: g.members, agentFrom: g.from, instruments: objects, rule: "nominal-by-and" });
    at = (objects[objects.length - 1] as InstrumentMention).to;
  }
  return out;
}

/** Openings that say the list in them did the same act before: "Following in the footsteps of A and B,", "Like A,", "Joining A and B,". */
const PRECEDENT_OPENINGS: readonly (readonly string[])[] = [
  ["following", "in", "the", "footsteps", "of"], ["following", "the", "footsteps", "of"], ["in", "the", "footsteps", "of"],
  ["like"], ["joining"], ["following"],
];

/** "Following in the footsteps of A and B, C signed X": A and B signed X too (affirmed acts only). */
function precedents(s: Sentence, d: Draft): Draft[] {
  if (d.rule !== "verb" || d.polarity !== "affirmed") return [];
  const subject = s.groups.find((g) => g.from === d.agentFrom);
  const opening = PRECEDENT_OPENINGS.find((words) => words.every((w, k) => s.tokens[s.from + k]?.lower === w));
  if (!subject || !opening) return [];
  let at = s.from + opening.length;
  if (s.tokens[at]?.lower === "the") at++;
  const list = s.groups.find((g) => g.from === at);
  if (!list || list === subject || s.tokens[list.to]?.text !== "," || subject.from > list.to + 2) return [];
  return [{ ...d, agents: list.members, agentFrom: list.from, rule: "precedent-list" }];
}

/**
 * "for ratifying and formally joining X": joining is what the ratification did, not a second
 * act; the chained "join" gives way to the act named with it on the same agents and objects.
 */
function joiningAfterTheAct(s: Sentence, d: Draft, drafts: readonly Draft[]): boolean {
  if (d.rule !== "verb-chain" || !(s.tokens[d.cue.from] as Token).lower.startsWith("join")) return false;
  return drafts.some((o) => o !== d && o.cue.to <= d.cue.from && (o.action === "ratified" || o.action === "acceded") && o.agents === d.agents);
}
