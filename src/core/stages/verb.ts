import { DASHES, isCapitalised, isPossessiveMark, type Token } from "../text/tokens";
import type { CueMention } from "./cues";
import { companionLeadAt, type ActorGroup } from "./groups";
import type { InstrumentMention } from "./instruments";
import {
  bulletedList,
  classifiedGroupAt,
  groupBefore,
  groupStartingAt,
  listAfter,
  listStart,
  relativeOpening,
  representedBefore,
  tellerOf,
} from "./groupQueries";
import { COUNT_VALUES, COUNT_WORD, describedList, GENERIC_HEADS, genericHeadIn, GROUP_HEADS, listNaming, trailingList } from "./memberLists";
import { REPORTING_VERBS } from "./actors";
import { amongSubject } from "./among";
import { ARTICLES, LEGISLATURES, polarityBefore } from "./polarity";
import { isYearWord } from "./dates";
import {
  actNounBefore,
  ADVERB,
  COPULAS,
  type Draft,
  draft,
  OBJECT_FILLER,
  GENERIC_SUBJECTS,
  instrumentNear,
  isClauseEnd,
  MODALS,
  nextCueStart,
  objectsAfter,
  pronounObjectAt,
  redraft,
  PROCESS_NOUNS,
  relativeAntecedent,
  RELATIVE_PRONOUNS,
  textPronounSubject,
  type Rule,
  type Sentence,
  VERB_CHAIN,
} from "./linkParts";

/**
 * Active verbs and their passives: "A ratified X", "X was signed today by A and B", verb chains
 * ("signed and ratified X"), copula and member lists after a generic subject, "A was among N
 * states that …", a commitment framed by an opening phrase ("As an adherent to X, A commits to …").
 */

/** Forms of "join", whose object may be a process instead of a text. */
const JOIN_WORDS = new Set(["join", "joins", "joined", "joining", "rejoin", "rejoins", "rejoined", "rejoining"]);
/** What one joins that is no text: "the negotiations", "talks on X", "the process", "the drafting". */
const JOINED_PROCESSES: ReadonlySet<string> = new Set([...PROCESS_NOUNS, "drafting", "deliberations"]);
/** Whether the object right after a join verb at `at` is a process ("the negotiations on X", "in the talks"). */
function joinedProcess(s: Sentence, at: number): boolean {
  let k = at;
  if (s.tokens[k]?.lower === "in") k++;
  if (s.tokens[k]?.lower === "the") k++;
  // ("joined the formal negotiations", "the UN-led talks")
  for (let j = k; j < Math.min(s.to, k + 3); j++) if (JOINED_PROCESSES.has((s.tokens[j] as Token).lower)) return true;
  return false;
}

/** Auxiliaries of the second verb in a chain: "signed but has not yet ratified X", "signed and has since ratified". */
const CHAIN_AUXILIARIES = new Set(["has", "have", "had", "is", "was", "did", "does", "since"]);

/** "has not signed, let alone ratified, X", "much less ratified": the verbs share the object. */
const A_FORTIORI = new Set(["let", "alone", "much", "still", "less"]);

const POSSESSIVE_MARK = /^['’]/u;

/** How long an apposition after a subject may be ("Nicaragua and Syria, long the last holdouts, joined in 2017"). */
const APPOSITION_SPAN = 14;

/** The comma at `at` closes a description set off after a subject group, with no act of its own. */
function closesSubjectApposition(s: Sentence, at: number): boolean {
  return subjectBeforeApposition(s, at) !== null;
}

/** The subject group a description closed by the comma at `at` is set off after ("A and B, both Parties to X, …"), or null. */
function subjectBeforeApposition(s: Sentence, at: number): ActorGroup | null {
  for (let j = at - 1; j > s.from && at - j <= APPOSITION_SPAN; j--) {
    const t = s.tokens[j] as Token;
    if (t.text === ";" || t.text === ":") return null;
    if (t.text !== ",") continue;
    // (A possessive inside it is part of the description: "Nigeria and Senegal, Ghana's partners under X, signed".)
    const possessive = (g: ActorGroup) => POSSESSIVE_MARK.test(s.tokens[g.to]?.text ?? "");
    if (s.cues.some((c) => c.from > j && c.from < at) || s.groups.some((g) => g.from > j && g.from < at && !possessive(g))) return null;
    return s.groups.find((g) => g.to === j && g.eligible && g.members.every((m) => m.actor?.kind === "state")) ?? null;
  }
  return null;
}

/** The comma at `at` closes a relative set off after a subject group ("Germany, which signed in 2021, ratified"). */
function closesSubjectRelative(s: Sentence, at: number): boolean {
  const open = relativeOpening(s, at);
  return open >= 0 && s.groups.some((g) => g.to === open && g.eligible);
}

/** ", A," ending at the comma `at`: a name set off by commas after a noun ("The host, Viet Nam,"). */
function appositionBefore(s: Sentence, at: number): boolean {
  const g = s.groups.find((x) => x.to === at);
  return !!g && g.members.length === 1 && s.tokens[g.from - 1]?.text === "," && (s.tokens[g.from - 2]?.word ?? false) && g.from - 2 > s.from - 1;
}

/** Adverbs that may end an intransitive act's clause: "The host signed first, followed by A". */
const ORDER_ADVERBS = new Set(["first", "last", "too", "also", "next", "second"]);

/** Adverbs that make the next verb the result of the one before ("ratifying and thereby joining"). */
const CONSEQUENCE = new Set(["thereby", "thus", "hence"]);

/** What may follow an intransitive party frame ("are parties, …", "a Party since 2016", "are parties and have …"). */
const PARTY_FRAME_ENDS = new Set([
  ",",
  ".",
  ";",
  ":",
  ")",
  "(",
  "—",
  "–",
  "-",
  "since",
  "for",
  "until",
  "and",
  "but",
  "as",
  "today",
  "now",
  "too",
  "already",
  "either",
  "yet",
]);

/** Words of a date adjunct after a passive's agent ("in 2010", "on March 2, 2010", "in June last year"). */
const AGENT_DATE_WORDS =
  /^(?:in|on|last|this|early|late|mid|of|the|year|\d{1,4}|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/** The "by" of a second agent after the first ("by A and by B", "by A in 2010, and by B"), or -1. */
function andByAfter(s: Sentence, at: number): number {
  let k = at;
  if (s.tokens[k]?.lower === "in" || s.tokens[k]?.lower === "on")
    while (
      k < s.to &&
      k - at <= 7 &&
      (AGENT_DATE_WORDS.test(s.tokens[k]?.lower ?? "") || (s.tokens[k]?.text === "," && /^\d{4}$/u.test(s.tokens[k + 1]?.text ?? "")))
    )
      k++;
  if (s.tokens[k]?.text === "," && k > at) k++;
  return s.tokens[k]?.lower === "and" && s.tokens[k + 1]?.lower === "by" ? k + 1 : -1;
}

/** A comma-opened relative ("…, which is not yet a Party") holds the cue at `at`: a comma after it closes that clause. */
function closesRelative(s: Sentence, at: number): boolean {
  for (let k = at - 1; k > s.from && at - k <= 6; k--) {
    const w = s.tokens[k]?.lower ?? "";
    if (w === "," || w === ";") return false;
    if ((w === "which" || w === "who" || w === "that") && s.tokens[k - 1]?.text === ",") return true;
  }
  return false;
}

/** The instrument named right before the bracket a cue opens, when the bracket closes within a date's reach: "X (ratified 1974)". */
function bracketedAfterName(s: Sentence, cue: CueMention): InstrumentMention | null {
  if (s.tokens[cue.from - 1]?.text !== "(") return null;
  const named = s.instruments.find((m) => m.to === cue.from - 1 && m.kind !== "anaphor");
  if (!named) return null;
  for (let k = cue.to; k < s.to && k <= cue.to + BRACKETED_ACT_REACH; k++) if (s.tokens[k]?.text === ")") return named;
  return null;
}
const BRACKETED_ACT_REACH = 6;

/** Nouns whose infinitive is what is asked for or offered ("the invitation to accede", "a request to join"). */
const ASKING_NOUNS = new Set(["invitation", "invitations", "request", "requests", "offer", "offers"]);

/** "with Russian support", "without the backing of": "support" or "backing" as a noun after "with" or "without" and up to two words. */
function supportNoun(s: Sentence, at: number): boolean {
  const w = (s.tokens[at] as Token).lower;
  if (w !== "support" && w !== "backing") return false;
  for (let k = at - 1; k >= s.from && at - k <= 3; k--) {
    const t = s.tokens[k] as Token;
    if (t.lower === "with" || t.lower === "without") return true;
    if (!t.word || COMMITTING_MODALS.has(t.lower) || t.lower === "to" || t.lower === "not") return false;
  }
  return false;
}
const COMMITTING_MODALS = new Set(["will", "would", "shall", "should", "may", "might", "can", "could", "must", "we", "they", "i", "also", "fully"]);

/** Active verbs, passives ("adopted by X") and copula lists ("the States that ratified it are: A, B"). */
export const verb: Rule = (s, cue, index, drafts) => {
  if (cue.def.form !== "verb") return null;
  // "a plant under construction with Russian support", "without the support of": the noun, no act.
  if (supportNoun(s, cue.from)) return null;
  // "three years after the invitation to accede", "its request to join": what was asked for or offered, no act of the subject's.
  if (s.tokens[cue.from - 1]?.lower === "to" && ASKING_NOUNS.has(s.tokens[cue.from - 2]?.lower ?? "")) return null;
  // "… once the law is signed", "the decree was signed by the President": a domestic text's passive is no act on a treaty.
  if (domesticPassive(s, cue.from)) return null;
  // "Canada joined the negotiations on X", "joined in the talks": a process about the text, no accession to it.
  if (JOIN_WORDS.has((s.tokens[cue.from] as Token).lower) && joinedProcess(s, cue.to)) return null;
  // "The text drew 98 co-sponsors (among them A, B)", "Its other co-sponsors included A and B": the plural noun, not the verb.
  const sponsors = SPONSOR_NOUNS.has((s.tokens[cue.from] as Token).lower) && nounLead(s.tokens[cue.from - 1]) ? sponsorList(s, cue) : null;
  if (sponsors) return sponsors;
  // "signed, subject to ratification, X": the inserted reservation does not end the verb's reach.
  let stop = s.cues[index + 1]?.def.form === "pending" ? nextCueStart(s, index + 1) : nextCueStart(s, index);
  // "A, which is not yet a Party, adhered to Y": a comma-opened relative ends at its closing comma, and so does its object's reach.
  const inRelative = closesRelative(s, cue.from);
  if (inRelative) {
    // (Not a comma inside a list of its objects: "which ratified Conventions Nos 29, 87 and 98 in 2021, was …".)
    const listComma = (k: number) => s.instruments.some((m) => m.from === k + 1 || (m.from === k + 2 && s.tokens[k + 1]?.lower === "the"));
    const comma = s.tokens.findIndex((t, k) => k >= cue.to && k < stop && t.text === "," && !listComma(k));
    if (comma >= 0) stop = comma;
  }
  const after = s.tokens[cue.to];
  // A passive signed "on behalf of" a state: the state signed, whoever held the pen ("The Protocol was signed on behalf
  // of Sierra Leone and Zambia by their Permanent Representatives").
  const behalf = passiveOnBehalf(s, cue);
  if (behalf) return behalf;
  // Passive with agent: "adopted by the General Assembly", "proposed for adoption by", "signed today by".
  // (Or the agent of the passive it is chained to: "X has been signed but not yet ratified by A, B": signed by them too.)
  const passiveAt = passiveBy(s, cue.to);
  // ("adopted by consensus resolution 78/215", "adopted by a recorded vote the text": a manner, not an agent.)
  // (Only in the active voice: a passive's "by a recorded vote" is its own rules' to read.)
  const active = !PASSIVE_AUXILIARIES.has(s.tokens[cue.from - 1]?.lower ?? "") && s.tokens[cue.from - 1]?.text !== ",";
  // (And only with the object after it: "which the Assembly adopted by 141 votes" has its object before.)
  const manner = () => mannerAt(s, passiveAt + 1) && s.instruments.some((m) => m.from > passiveAt && m.from - passiveAt <= MANNER_REACH);
  const byAt = passiveAt >= 0 ? (active && manner() ? -1 : passiveAt) : passiveChainBy(s, cue, index);
  // ("adopted by a recorded vote of 30 in favour to 5 against, with 12 abstentions, resolution 55/1": the vote's own cues are in
  // the manner, before the object.)
  if (passiveAt >= 0 && byAt < 0) stop = Math.max(stop, nextCueStart(s, lastVoteCueOf(s, index)));
  // "approved by its Cabinet", "ratified by the Senate": a domestic body's step is no record.
  if (byAt >= 0 && DOMESTIC_SUBJECTS.has(s.tokens[byAt + (DOMESTIC_LEADS.has(s.tokens[byAt + 1]?.lower ?? "") ? 2 : 1)]?.lower ?? "")) return null;
  if (byAt >= 0) {
    if (cue.def.action === "acceded" || cue.def.action === "party") return null; // "joined by X" is company, not accession
    const first = byAgent(s, byAt);
    // "signed by Ukraine and by the following 16 States and the European Union: A, B, …": a second agent after "and by".
    // (Past the first agent's own date: "ratified by A on March 2, 2010, and by B in 2012".)
    const andBy = first ? andByAfter(s, first.to) : -1;
    // ("by India and the four EFTA States – Iceland, Liechtenstein, Norway and Switzerland –", "by the ten ASEAN member states — A, B —
    // and their five free trade partners: C, D": a second agent described, then listed.)
    const second = andBy >= 0 ? byAgent(s, andBy) : first ? describedConjunct(s, first.to) : null;
    const g = first && second ? { ...first, to: Math.max(first.to, second.to), members: [...first.members, ...second.members] } : first;
    if (g) {
      const before = s.instruments.filter((m) => m.to <= cue.from);
      // "The Protocol on negative security assurances to the Treaty was signed by …": the subject is a text the catalog does not
      // know, and the instrument its complement names is not what was signed.
      // (When that text is an instrument, "The Additional Protocol on verification to X", it is the object.)
      const head = before.length > 0 ? complementOfText(s, before[before.length - 1] as InstrumentMention) : false;
      if (head === true) return null;
      if (head) before.splice(before.indexOf(head) + 1);
      const obj = before[before.length - 1] ?? instrumentNear(s, cue.to);
      // "The ATT and the CCM were both ratified by Senegal": the coordinated subjects are all objects.
      const objects = obj ? [obj] : [];
      for (let k = before.length - 2; k >= 0 && obj === before[before.length - 1]; k--) {
        const m = before[k] as InstrumentMention;
        const gap = s.tokens.slice(m.to, (objects[0] as InstrumentMention).from).map((t) => t.lower);
        if (
          gap.length === 0 ||
          gap.length > 3 ||
          !gap.every((w) => w === "and" || w === "," || w === "the" || w === "both") ||
          (!gap.includes("and") && !gap.includes(","))
        )
          break;
        objects.unshift(m);
      }
      // "its instrument of ratification of X was approved by the Council of Ministers": approving a state's own act is a domestic step.
      if (obj && cue.def.action === "adopted" && actNounBefore(s, (objects[0] as InstrumentMention).from)) return null;
      if (obj) return draft(s, cue, "passive-by", g, objects, false, Math.max(s.from, cue.from - 3));
      // "On that date it was signed by the following 33 States: A, B": the pronoun subject is the text's instrument.
      // (Past any auxiliaries and adverbs: "It has been ratified by A and B", "It has since been signed by …".)
      let p = cue.from - 1;
      while (p > s.from && (PASSIVE_AUXILIARIES.has(s.tokens[p]?.lower ?? "") || PASSIVE_ADVERBS.has(s.tokens[p]?.lower ?? ""))) p--;
      if (p < cue.from - 1 && PRONOUN_SUBJECTS.has(s.tokens[p]?.lower ?? "")) return draft(s, cue, "passive-by", g, [], true, Math.max(s.from, p));
      // "Signed in Washington on 1 December 1959 by the twelve original signatories: A, B": a line that opens with the participle
      // says it of the text it is about.
      // (A signature or a ratification by named States, with its place or day: not "Adopted by the Committee at its session",
      // "Approved by the Minister", nor a statement's own "Signed by A, B and C".)
      if (
        cue.from === s.from &&
        byAt > cue.to &&
        isCapitalised(s.tokens[cue.from] as Token) &&
        OPENING_PARTICIPLE_ACTS.has(cue.def.action) &&
        g.members.some((m) => m.kind === "named")
      )
        return draft(s, cue, "passive-by", g, [], true, s.from);
    }
    // "expects to ratify by the end of the year": an infinitive's "by" starts a time, not an agent.
    if (s.tokens[cue.from - 1]?.lower !== "to") return null;
  }
  // "bound by the Treaty on Good Neighbourship signed in Bonn on 17 June 1991": a participle right after a name, with no agent of
  // its own, says when the text was made, not that the clause's subject signed it.
  // (Not an adoption, whose occasion names its body: "the Declaration on Terrorism adopted at the ASEAN Summits in 2002".)
  if (
    byAt < 0 &&
    PARTICIPLE_ACTS.has(cue.def.action) &&
    PARTICIPLE.test((s.tokens[cue.from] as Token).lower) &&
    s.instruments.some((m) => m.to === cue.from && m.text)
  )
    return null;
  const joining = joiningParties(s, cue, index);
  if (joining) return joining;
  // Verb chains share subject and object: "support, sign or ratify this Treaty", "signed and ratified".
  const prevCue = s.cues[index - 1];
  let chainedFrom: Draft | undefined;
  if (prevCue && prevCue.def.form === "verb") {
    const between = s.tokens.slice(prevCue.to, cue.from).map((t) => t.lower);
    if (
      between.length > 0 &&
      between.length <= 3 &&
      between.every((w) => VERB_CHAIN.has(w) || ADVERB.test(w) || CONSEQUENCE.has(w)) &&
      VERB_CHAIN.has(between[0] as string) &&
      // (Not out of a relative closed by the comma: "Ukraine, which is not yet a Party, adhered to it".)
      !(between[0] === "," && closesRelative(s, prevCue.from))
    )
      chainedFrom = drafts.find((d) => d.cue === prevCue);
  }
  // "Ghana is co-sponsoring, together with Kenya and Norway, draft resolution L.7": the companions share the act, the object follows them.
  const companions = companionsAfter(s, cue.to);
  let objects = objectsAfter(s, companions ? companions.to + 1 : cue.to, stop);
  // "party to the following treaties: - X (ratified 1974); - Y (acceded 1995)": a bracketed participle after a name is that name's
  // act, not the next item's.
  const bracketed = bracketedAfterName(s, cue);
  if (bracketed) objects = [bracketed];
  const nextCue = s.cues[index + 1];
  // "have neither signed nor acceded to it": the chain's last verb takes a pronoun, which is every verb's object.
  let chainPronoun = false;
  if (objects.length === 0 && nextCue && nextCue.def.form === "verb" && !(inRelative && s.tokens[cue.to]?.text === ",")) {
    const between = s.tokens.slice(cue.to, nextCue.from).map((t) => t.lower);
    // "signed and ratified X", "signed but not ratified X", "signed but has not yet ratified X": the verbs share
    // the object (each keeps its own polarity).
    if (
      between.length > 0 &&
      between.length <= 4 &&
      VERB_CHAIN.has(between[0] as string) &&
      between.every(
        (w) => VERB_CHAIN.has(w) || w === "not" || w === "yet" || ADVERB.test(w) || CONSEQUENCE.has(w) || A_FORTIORI.has(w) || CHAIN_AUXILIARIES.has(w),
      )
    ) {
      objects = objectsAfter(s, nextCue.to, nextCueStart(s, index + 1));
      chainPronoun = objects.length === 0 && pronounObjectAt(s.tokens, nextCue.to);
      if (objects.length === 0 && !chainPronoun) {
        // Pass the chain on: find the last verb's objects.
        let j = index + 1;
        while (objects.length === 0 && s.cues[j + 1]) {
          j++;
          objects = objectsAfter(s, (s.cues[j] as CueMention).to, nextCueStart(s, j));
        }
      }
    }
  }
  // "a party to X, which it ratified in 2006, and to Y": the object coordinated past a relative on the one before.
  const lastObject = objects[objects.length - 1];
  const pastRelative = lastObject ? objectPastRelative(s, lastObject.to) : null;
  if (pastRelative) objects = [...objects, pastRelative];
  if (chainedFrom) {
    // "has been ratified or acceded to by A and B": each State did one or the other, so each is a party (one record, not two acts).
    if (alternativeBinding(s, chainedFrom, cue)) {
      drafts[drafts.indexOf(chainedFrom)] = redraft(chainedFrom, { action: "party" });
      return null;
    }
    return redraft(chainedFrom, { cue, action: cue.def.action, instruments: objects.length ? objects : chainedFrom.instruments, rule: "verb-chain" });
  }
  // "has accepted both amendments to the Convention": the object is the amendments, which no instrument here names, not the Convention.
  const firstObject = objects[0];
  if (firstObject && s.tokens.slice(cue.to, firstObject.from).some((t) => CHILD_NOUNS.has(t.lower))) return null;
  // "A presented the resolution", "A introduced draft resolution L.5": tabling sponsors only a resolution or a draft.
  // As a participle its agent follows "by": "The resolution on X, tabled in Committee as draft L.41 by Canada, …".
  if (TABLING.has((s.tokens[cue.from] as Token).lower)) {
    if (s.tokens[cue.from - 1]?.text === ",") return tabledBy(s, cue, objects);
    // ("A, B and C presented the draft", "A introduced the draft as main sponsor": the draft the text is about.)
    if (objects.length === 0 ? !bareDraftAt(s, cue.to) : objects.some((m) => m.type !== "resolution")) return null;
  }
  // "Resolution 2347, unanimously adopted in New York": a participle describing a noun, not an act of the subject.
  let back = cue.from - 1;
  while (back > s.from && ADVERB.test((s.tokens[back] as Token).lower)) back--;
  // A participle takes no pronoun object: "Chile, which signed X on 3 June 2013, ratified it" is the main verb.
  const pronounObject = pronounObjectAt(s.tokens, cue.to) || chainPronoun;
  // (But "The host, Viet Nam, signed first": a name in apposition, closed by the comma, is the subject.)
  // (Nor "Germany, which signed in 2021, ratified in 2023": the comma closes a relative after the subject.)
  if (
    s.tokens[back]?.text === "," &&
    /ed$/u.test((s.tokens[cue.from] as Token).lower) &&
    objects.length === 0 &&
    !pronounObject &&
    !appositionBefore(s, back) &&
    !closesSubjectRelative(s, back) &&
    !closesSubjectApposition(s, back)
  )
    return null;
  // "As an adherent to X, Peru commits to treating investors …", "By signing X, Costa Rica commits to …": the commitment is under X.
  if (objects.length === 0 && cue.def.action === "committed") {
    const framed = framingInstrument(s, cue.from);
    if (framed) return draft(s, cue, "framed-commitment", framed.subject, [framed.instrument], false);
  }
  const copulaNext = COPULAS.has(after?.lower ?? "");
  // "signed first, followed by …", "ratified too.": an order or focus adverb before the clause ends.
  const ordered = ORDER_ADVERBS.has(after?.lower ?? "") && isClauseEnd(s, cue.to + 1);
  // "the Convention, which Peru signed in 2009 but has not yet ratified", "the Agreement to which Chile acceded": an object
  // relative's subject acted on its antecedent; a second verb of the same relative shares both.
  // (Also when an instrument follows after a comma: "X, which it ratified in 2006, and to the Palermo Convention".)
  const objectsAfterComma = objects.length > 0 && s.tokens.slice(cue.to, (objects[0] as InstrumentMention).from).some((t) => t.text === ",");
  if ((objects.length === 0 || objectsAfterComma) && !pronounObject) {
    const relative = objectRelative(s, cue.from) ?? relativeChain(s, cue, prevCue ? drafts.find((d) => d.cue === prevCue) : undefined);
    if (relative === OTHER_ANTECEDENT) return null;
    if (relative) return draft(s, cue, "object-relative", relative.subject, [relative.instrument], false, relative.subject.from);
  }
  // "the European Social Charter, which Switzerland signed in 1976, has never been ratified": a passive with no agent is on its
  // subject, the text before it (past a relative set off by commas), not on the passage's text.
  if (objects.length === 0 && !pronounObject && byAt < 0) {
    const subject = passiveSubjectText(s, cue.from);
    if (subject) objects = [subject];
  }
  // An object relative's acceptance is of its antecedent ("an invitation …, which he accepted"), not of the text's treaty.
  if (
    objects.length === 0 &&
    !pronounObject &&
    ACCEPT_VERBS.has((s.tokens[cue.from] as Token).lower) &&
    (s.tokens.slice(Math.max(s.from, cue.from - 4), cue.from).some((t) => t.lower === "which" || t.lower === "that") || contactRelative(s, cue.from))
  )
    return null;
  // "… withdrew from it in January 2017, before ratifying": an act that had not come by then, said of no day of its own.
  if (objects.length === 0 && !pronounObject && s.tokens[cue.from - 1]?.lower === "before" && isClauseEnd(s, cue.to)) return null;
  // A party frame without "to" is intransitive only where its clause plainly ends ("… have been parties since 2013", "are all
  // parties."), not before a phrase that may hold its object ("has been a party in its own right to X").
  const partyFrame = cue.def.action === "party" && s.tokens[cue.to - 1]?.lower !== "to";
  const ends = partyFrame ? cue.to >= s.to || PARTY_FRAME_ENDS.has(s.tokens[cue.to]?.lower ?? "") : isClauseEnd(s, cue.to);
  const intransitive =
    objects.length === 0 && (ends || pronounObject || copulaNext || ordered || (TABLING.has((s.tokens[cue.from] as Token).lower) && bareDraftAt(s, cue.to)));
  if (objects.length === 0 && !intransitive) return null;
  // "A was among 127 states that endorsed X", "A is among a handful of countries, including B, that refused to sign".
  const among = amongSubject(s, cue.from);
  if (among) {
    const members = among.named ? { ...among.subject, members: [...among.subject.members, ...among.named.members] } : among.subject;
    return draft(s, cue, "among", members, objects.slice(0, 1), objects.length === 0, among.relative);
  }
  // "Namibia joined 12 other countries in signing X", "A joined B and C in ratifying X": the joiner did the act (and the joined).
  const joined = joinedIn(s, cue.from);
  if (joined) return draft(s, cue, "joined-in", joined, objects, objects.length === 0, joined.from);
  // "Kenya co-sponsored the text, which endorses X": the relative clause's subject is the text, not an actor.
  if (relativeAntecedent(s, cue.from, true) === null) return null;
  // "voted against the draft because it reaffirmed X": the pronoun stands for the text.
  if (textPronounSubject(s, cue)) return null;
  // "All Member States except Kuwait have ratified X", "all EU members but Malta": the excepted did not (the others are unnamed).
  // (Not across a clause's ", and": "binding all its Member States except Denmark, and Ukraine ratified it".)
  const excepted = s.groups.find(
    (x) =>
      x.to <= cue.from &&
      cue.from - x.to <= 4 &&
      exceptedFromAll(s, x.from) !== null &&
      !s.tokens.slice(x.from, x.to).some((t, k, all) => t.text === "," && all[k + 1]?.lower === "and"),
  );
  if (excepted) {
    const made = draft(s, cue, "excepted", excepted, objects, objects.length === 0, excepted.from);
    // (Of "no State except A": A did what the others did not; a negation of A's own would have to be stated after the list.)
    if (exceptedFromAll(s, excepted.from) === "none")
      return made.polarity === "affirmed" || made.polarityBy === "no" || made.polarityBy === "yet"
        ? redraft(made, { polarity: "affirmed", polarityBy: "except-none" })
        : made;
    return redraft(made, { polarity: "negated", polarityBy: "except" });
  }
  // "Kenya would join A, B and C as African countries that have ratified X": the joined did the act the role names.
  const joinedAs = asGenericRelative(s, cue.from);
  if (joinedAs) return draft(s, cue, "joined-as", joinedAs, objects, objects.length === 0, joinedAs.from);
  const relative = relativeSubject(s, cue.from);
  const participle = relative ? null : participleSubject(s, cue, back);
  // "A and B have become the 52nd and 53rd members of the Coalition after signing X": the gerund's subject is the clause's.
  const adverbial = relative || participle ? null : adverbialGerundSubject(s, cue);
  let g = participle ?? relative ?? adverbial ?? sharedSubject(s, cue, drafts) ?? subjectPastRelative(s, cue.from, groupBefore(s, cue.from));
  // "A is the only State of the Commonwealth that has not signed X": the relative is on the members, and they are the copula's subject.
  if (g && !participle && !adverbial) g = membersSubject(s, g, cue.from) ?? g;
  // "the Permanent Representative of Georgia to the United Nations signed X": the representative's state, not where it sits.
  if (g && g !== participle) g = representedBefore(s, g) ?? g;
  // "The Parliament of Kazakhstan ratified X", "the Kazakh parliament approved X", "Deputies of the Mazhilis of the Republic of
  // Kazakhstan ratified X": a legislature's or cabinet's step is domestic, no act of the State's.
  if (g && legislatureSubject(s, g)) return null;

  // "Thailand informed the United States that it intends to accede": the "that" clause's pronoun is the teller's.
  if (g) {
    const told = g;
    const pronoun = s.tokens.slice(told.to, cue.from).findIndex((t) => PRONOUN_SUBJECTS.has(t.lower));
    const teller =
      pronoun >= 0
        ? tellerOf(
            s,
            told,
            told.to + pronoun,
            s.groups.filter((x) => x.to <= told.from),
          )
        : null;
    if (teller) g = teller;
  }
  // "A has not ratified it, and no major country of destination is a party": a clause whose subject is "no" and a noun states no act
  // of the State before it.
  if (g && negativeSubjectBetween(s, g.to, cue.from)) return null;
  // "its Congress approved the Agreement", "their parliaments ratified": a domestic body's step is no record.
  if (g && g.members.length === 1 && g.members[0]?.kind === "possessive" && DOMESTIC_SUBJECTS.has(s.tokens[g.to]?.lower ?? "")) return null;
  // "…, as well as Botswana, whose Foreign Minister said his Government would ratify X": the nearest name's act.
  // (Not when the relative closes before the verb: "Neither A nor B, whose parliaments debated it, has signed X".)
  if (g && s.tokens[g.to]?.text === "," && s.tokens[g.to + 1]?.lower === "whose" && !s.tokens.slice(g.to + 2, cue.from).some((t) => t.text === ","))
    g = lastMemberOf(g);
  // "Both States are parties to X", "The two countries have ratified it": the two states named just before.
  // "Djibouti, Madagascar and Somalia. All three signed X": likewise the three states named just before (a "pair" reference of three).
  // (Also after a subject the verb is not in: "Mr. Dupont (Belgium), speaking also for A and B, said that the three countries had …".)
  const pairFound = pairSubject(s, cue.from);
  // (A subject in a clause a colon or semicolon closes is no subject of this one: "None of them has withdrawn: the three States signed …".)
  const closed = g !== null && s.tokens.slice(g.to, cue.from).some((t) => t.text === ":" || t.text === ";");
  const pairAt = !g || (pairFound >= g.to && (closed || reportedBetween(s, g.to, pairFound))) ? pairFound : -1;
  // ("A, B and C are not parties to X, and none of the three has signed Y": the count after the names is the subject.)
  const counted = pairAt >= 0 ? -1 : countedSubject(s, cue.from);
  const pair = pairAt >= 0 ? pairAt : !g || (counted >= g.to && (closed || negatedCount(s, counted) || reportedBetween(s, g.to, counted))) ? counted : -1;
  if (pair >= 0) {
    const end = PAIR_NOUNS.has(s.tokens[pair + 1]?.lower ?? "") || pair + 2 <= cue.from ? pair + 2 : pair + 1; // "Both remain": one word
    return draft(s, cue, "pair-subject", pairGroup(pair, end), objects, objects.length === 0, pair);
  }
  const done = polarityBefore(s.tokens, cue.from, s.from).by === "to:done";
  // "Egypt ratified it in 2019, the most recent to join": a rank set off after the subject's own act restates that act.
  if (done && g && restatedRank(s, g.to, cue)) return null;
  // "… five have signed but not ratified: A, B and C; three have neither signed nor ratified: D, E": a count after a semicolon is
  // its own clause's subject, not the list the clause before ends with.
  const clause = g ? countedClauseAfter(s, g.to, cue.from) : -1;
  if (clause >= 0) g = null;
  if (!g || (g !== participle && g !== adverbial && generic(s, g.to, cue.from) && !done)) {
    // "Four States (A, B) signed X", "The following States ratified X: A, B": the list names the generic subject's members.
    const from = g ? g.to : Math.max(s.from, clause);
    const genericHead = genericHeadIn(s, from, cue.from);
    const head = genericHead >= 0 ? genericHead : countSubject(s, from, cue.from);
    const members =
      head >= 0 ? (listNaming(s, head) ?? trailingList(s, objects.length ? (objects[objects.length - 1] as InstrumentMention).to : cue.to)) : null;
    if (members) return draft(s, cue, "member-list", members, objects, objects.length === 0, head);
    // Copula list: "The States that have yet to ratify are China, ...".
    for (let i = cue.to; i < Math.min(s.to, cue.to + 14); i++) {
      if (COPULAS.has((s.tokens[i] as Token).lower)) {
        const list = groupStartingAt(s, i + 1, 3);
        if (list && !g) {
          const p = polarityBefore(s.tokens, cue.from, s.from, (k) => s.instruments.some((m) => m.from <= k && k < m.to));
          // ("The first to endorse were: - A, as convenor; - B and C": every bulleted item's states.)
          const all = bulletedList(s, list) ?? listAfter(s, list);
          // (A cue that is negated in itself, "not yet Parties", stays negated whatever comes before it.)
          const own = cue.def.polarity === "negated" && p.polarity === "affirmed";
          return redraft(draft(s, cue, "copula-list", all, objects, objects.length === 0, s.from), {
            polarity: own ? "negated" : p.polarity,
            polarityBy: own ? "negated" : p.by,
          });
        }
      }
    }
    if (g && generic(s, g.to, cue.from) && modalCall(s, g.to, cue.from)) {
      return redraft(draft(s, cue, "modal-call", g, objects.slice(0, 1), objects.length === 0, g.from), {
        action: "called-for",
        polarity: "affirmed",
        polarityBy: null,
      });
    }
    // "By signing the declaration, Costa Rica commits ...": the subject follows the clause.
    if (!g && /^(?:by|after|upon|in)$/u.test((s.tokens[s.from] as Token).lower) && (s.tokens[cue.from] as Token).lower.endsWith("ing")) {
      const comma = s.tokens.findIndex((t, i) => i > cue.to && i < s.to && t.text === ",");
      const subj = comma > 0 ? groupStartingAt(s, comma + 1, 2) : null;
      // ("By signing this convention, we will show …": the main clause's future says the act is still to come.)
      const future = subj && FUTURE_MODALS.has(s.tokens[s.tokens[subj.to]?.lower === "also" ? subj.to + 1 : subj.to]?.lower ?? "");
      if (subj && future)
        return redraft(draft(s, cue, "gerund-subject", subj, objects, objects.length === 0, s.from), { polarity: "planned", polarityBy: "will" });
      if (subj) return draft(s, cue, "gerund-subject", subj, objects, objects.length === 0, s.from);
    }
    return null;
  }
  const agents = companions && objects.length > 0 ? { ...g, members: [...g.members, ...companions.members] } : g;
  return draft(s, cue, participle && g === participle ? "participle" : "verb", agents, objects, objects.length === 0);
};

/**
 * "Nigeria and Senegal, Ghana's partners under X, signed Y in 1979 but have not ratified it": a verb coordinated with the one
 * before, with no subject of its own, has that verb's subject (not the nearest name, inside its description).
 */
function sharedSubject(s: Sentence, cue: CueMention, drafts: readonly Draft[]): ActorGroup | null {
  const before = drafts.filter((d) => d.cue.from < cue.from && (d.rule === "verb" || d.rule === "verb-chain")).pop();
  if (!before) return null;
  const nearest = groupBefore(s, cue.from);
  if (!nearest || nearest.to > before.cue.from || before.agentFrom === nearest.from) return null;
  // Only "… but/and (has) not ratified": a coordinator after the first verb, and no name after it.
  const between = s.tokens.slice(before.cue.to, cue.from);
  if (!between.some((t) => t.lower === "but" || t.lower === "and") || s.groups.some((g) => g.from >= before.cue.to && g.from < cue.from)) return null;
  return s.groups.find((g) => g.from === before.agentFrom) ?? null;
}

/**
 * "Argentina, which left WHO this year, did not sign either": a name inside a relative set off after the subject is not the
 * subject; the group before the relative is. `g` is the group nearest the cue.
 */
function subjectPastRelative(s: Sentence, cueFrom: number, g: ActorGroup | null): ActorGroup | null {
  if (!g) return g;
  let comma = -1;
  for (let k = cueFrom - 1; k >= g.to; k--) {
    const t = s.tokens[k] as Token;
    if (t.text === ",") {
      comma = k;
      break;
    }
    if (!t.word || isCapitalised(t)) return g;
  }
  if (comma < 0) return g;
  const open = relativeOpening(s, comma);
  // (Or a description: "Nigeria and Senegal, Ghana's principal partners under X, signed Y".)
  if (open < 0 || open >= g.from) return POSSESSIVE_MARK.test(s.tokens[g.to]?.text ?? "") ? (subjectBeforeApposition(s, comma) ?? g) : g;
  return s.groups.find((x) => x.to === open && x.eligible) ?? g;
}

/** Between `from` and the cue, the subject's own verb, then a comma that sets off a rank ("ratified it in 2019, the most recent to join"). */
function restatedRank(s: Sentence, from: number, cue: CueMention): boolean {
  let comma = -1;
  for (let i = cue.from - 1; i >= from; i--)
    if (s.tokens[i]?.text === ",") {
      comma = i;
      break;
    }
  return comma > from && s.cues.some((c) => c !== cue && c.def.form === "verb" && c.from >= from && c.to <= comma);
}

const AS_RELATIVE_AUXILIARIES = new Set(["has", "have", "had", "already", "also", "now", "not", "yet", "still", "never"]);
const AS_ROLE_NOUNS = new Set(["countries", "states", "nations", "members", "parties", "governments"]);

/** "… A, B and C as (African) countries that have ratified X": the group the role is predicated of, or null. */
function asGenericRelative(s: Sentence, cueFrom: number): ActorGroup | null {
  let i = cueFrom - 1;
  while (i > s.from && AS_RELATIVE_AUXILIARIES.has(s.tokens[i]?.lower ?? "")) i--;
  if (!["that", "which", "who"].includes(s.tokens[i]?.lower ?? "")) return null;
  let j = i - 1;
  if (!AS_ROLE_NOUNS.has(s.tokens[j]?.lower ?? "")) return null;
  j--;
  // "as the other African countries", "as fellow Member States".
  while (j > s.from && i - j <= 5 && s.tokens[j]?.lower !== "as" && (s.tokens[j] as Token).word) j--;
  if (s.tokens[j]?.lower !== "as") return null;
  return s.groups.find((g) => g.to === j && g.members.every((m) => m.actor?.kind === "state")) ?? null;
}

/** Determiners that may open a sentence's subject: "The Security Council …". */
const SUBJECT_LEADS = new Set(["the", "a", "an"]);

/**
 * ", adopting resolution X": a present participle after a comma shares the subject of the clause it follows ("The Council this
 * morning authorized the Mission …, adopting resolution 2767"), not the nearest name inside that clause's object. The subject is a
 * group that opens the sentence; null when none does (then the nearest name before is the subject, as for any verb).
 */
function participleSubject(s: Sentence, cue: CueMention, back: number): ActorGroup | null {
  const word = (s.tokens[cue.from] as Token).lower;
  if (s.tokens[back]?.text !== "," || !word.endsWith("ing") || word === "including") return null;
  const first = s.groups[0];
  if (!first || !first.eligible || first.to > back) return null;
  for (let k = s.from; k < first.from; k++) if (!SUBJECT_LEADS.has((s.tokens[k] as Token).lower)) return null;
  // The subject's own clause must have its verb before the participle ("The Council, adopting …" has none: no reading here).
  return first.to < back - 1 && s.tokens[first.to]?.text !== "," ? first : null;
}

const ACCEPT_VERBS = new Set(["accept", "accepted", "accepts", "accepting"]);

/** Prepositions that open an adverbial gerund sharing the clause's subject ("after signing", "upon ratifying"). */
const GERUND_LEADS = new Set(["after", "upon", "before", "since"]);

/** The subject opening the sentence, for a gerund after "after"/"upon" ("A became a member after signing X"), or null. */
function adverbialGerundSubject(s: Sentence, cue: CueMention): ActorGroup | null {
  if (!(s.tokens[cue.from] as Token).lower.endsWith("ing") || !GERUND_LEADS.has(s.tokens[cue.from - 1]?.lower ?? "")) return null;
  const first = s.groups[0];
  if (!first || !first.eligible || first.to > cue.from || !first.members.every((m) => m.actor?.kind === "state")) return null;
  for (let k = s.from; k < first.from; k++) if (!SUBJECT_LEADS.has((s.tokens[k] as Token).lower)) return null;
  return first;
}

/** Verb forms of co-sponsoring that are also plural nouns ("sponsors" is an agent noun of its own, agentNouns.ts). */
const SPONSOR_NOUNS = new Set(["co-sponsors", "cosponsors"]);
/** What makes the word after it a noun: a determiner, an adjective of the genre, a count. */
const NOUN_LEADS = new Set(["its", "their", "the", "other", "main", "original", "lead", "whose", "many", "several", "new", "all", "fellow"]);
const INCLUDING = new Set(["included", "include", "includes", "including", "were", "are", "was", "is"]);

function nounLead(t: Token | undefined): boolean {
  return !!t && (NOUN_LEADS.has(t.lower) || /^\d+$/u.test(t.text) || COUNT_WORD.test(t.lower));
}

/** The members a plural sponsor noun names: "98 co-sponsors (among them A, B)", "co-sponsors included A, B", "co-sponsors: A, B". */
function sponsorList(s: Sentence, cue: CueMention): Draft | null {
  let k = cue.to;
  const objects = objectsAfter(s, k, Math.min(s.to, k + 8)).filter((m) => m.from - k <= 2);
  if (objects.length > 0) k = (objects[objects.length - 1] as InstrumentMention).to;
  // "its main sponsors, Mexico and the Gambia, agreed …": a list in apposition, closed by its comma.
  const apposed = s.tokens[k]?.text === ",";
  if (s.tokens[k]?.text === "(" || s.tokens[k]?.text === ":" || apposed || INCLUDING.has(s.tokens[k]?.lower ?? "")) k++;
  if (s.tokens[k]?.lower === "among" && s.tokens[k + 1]?.lower === "them") k += 2;
  else if (s.tokens[k]?.lower === "including") k++;
  const first = groupStartingAt(s, k, 1) ?? classifiedGroupAt(s, k);
  if (!first) return null;
  const list = listAfter(s, first);
  if (apposed && s.tokens[list.to]?.text !== ",") return null;
  return draft(s, cue, "agent-list", list, objects.slice(0, 1), objects.length === 0, cue.from);
}
const BINDING_BEFORE = new Set(["party", "ratified", "acceded"]);

/**
 * "It is the fourteenth Party to the Agreement, joining A, B and C": the states a new party joins are parties to the instrument of the
 * clause before (not "joining A in voting against": company in another act).
 */
function joiningParties(s: Sentence, cue: CueMention, index: number): Draft | null {
  if ((s.tokens[cue.from] as Token).lower !== "joining" || s.tokens[cue.from - 1]?.text !== ",") return null;
  if (!s.cues.slice(0, index).some((c) => BINDING_BEFORE.has(c.def.action) && c.def.polarity === undefined)) return null;
  const at = s.tokens[cue.to]?.lower === "the" ? cue.to + 1 : cue.to;
  const first = groupStartingAt(s, at, 0);
  if (!first || !first.members.every((m) => m.actor?.kind === "state")) return null;
  const list = listAfter(s, first);
  if (s.tokens[list.to]?.lower === "in" || s.tokens[list.to]?.lower === "as") return null;
  const before = s.instruments.filter((m) => m.to <= cue.from);
  const instrument = before[before.length - 1];
  if (!instrument) return null;
  const d = draft(s, cue, "joining-parties", list, [instrument], false, cue.from);
  return d.polarity === "affirmed" ? redraft(d, { action: "party" }) : null;
}

/** Between an object relative's subject and its verb: "which Peru has not yet ratified", "that Chile has yet to sign". */
const OBJECT_RELATIVE_AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "did",
  "does",
  "do",
  "will",
  "would",
  "may",
  "might",
  "could",
  "should",
  "must",
  "not",
  "never",
  "yet",
  "to",
  "already",
  "since",
  "also",
  "still",
  "only",
  "then",
  "now",
  "first",
  "itself",
  "themselves",
]);
/** Prepositions that may open an object relative: "to which Chile acceded", "by which the Parties are bound". */
const RELATIVE_PREPOSITIONS = new Set(["to", "by", "under", "of"]);

/**
 * "X, which A ratified", "X (to) which A has not yet acceded", "the X that A signed": the verb at `cueFrom` has the instrument
 * right before the relative pronoun as its object and the actor group between pronoun and verb as its subject.
 */
function objectRelative(s: Sentence, cueFrom: number): { subject: ActorGroup; instrument: InstrumentMention } | typeof OTHER_ANTECEDENT | null {
  let k = cueFrom - 1;
  while (k > s.from && (OBJECT_RELATIVE_AUXILIARIES.has((s.tokens[k] as Token).lower) || ADVERB.test((s.tokens[k] as Token).lower))) k--;
  // "which it launched and endorsed on Monday": a verb coordinated before the cue shares the relative's subject and object.
  if ((s.tokens[k]?.lower === "and" || s.tokens[k]?.lower === "or") && /ed$/u.test(s.tokens[k - 1]?.lower ?? "")) k -= 2;
  // ("the Convention, which the two countries signed in 1998": a pair reference as the relative's subject.)
  const pair = pairSubject(s, k + 1);
  const subject = s.groups.find((g) => g.to === k + 1 && g.eligible) ?? (pair >= 0 && pair < k + 1 ? pairGroup(pair, k + 1) : undefined);
  if (!subject) return null;
  let at = subject.from - 1;
  if (s.tokens[at]?.lower === "the") at--;
  const pronoun = s.tokens[at]?.lower;
  if (pronoun === "which" || pronoun === "that") at--;
  else if (!APPOSED_TEXTS.has(pronoun ?? "")) return null;
  // "…, a treaty (which) it had ratified in 2001": a noun in apposition to the instrument named last before its comma.
  if (APPOSED_TEXTS.has(s.tokens[at]?.lower ?? "") && ARTICLES.has(s.tokens[at - 1]?.lower ?? "") && s.tokens[at - 2]?.text === ",") {
    const comma = at - 2;
    const before = s.instruments.filter((m) => m.to <= comma && comma - m.to <= APPOSITION_REACH && m.kind !== "anaphor");
    const named = before[before.length - 1];
    return named ? { subject, instrument: named } : null;
  }
  if (pronoun !== "which" && pronoun !== "that") return null;
  if (pronoun === "which" && RELATIVE_PREPOSITIONS.has(s.tokens[at]?.lower ?? "")) at--;
  // "that" opens an object relative only right after its noun ("the Treaty that Chile signed"), never after a comma.
  if (s.tokens[at]?.text === "," && pronoun === "which") at--;
  // "… (MLI), which it had signed": the name may end with its acronym's bracket or before it.
  const named = (end: number) => s.instruments.find((m) => m.to === end + 1 && m.kind !== "anaphor");
  // (Or its year in apposition: "the Convention relating to the Status of Stateless Persons, 1954, to which it acceded".)
  const instrument =
    named(at) ??
    (s.tokens[at]?.text === ")" && s.tokens[at - 2]?.text === "(" ? named(at - 3) : undefined) ??
    // ("… against women and domestic violence (the Istanbul Convention), which the UK signed": the short name in the brackets.)
    (s.tokens[at]?.text === ")" ? bracketedName(s, at) : undefined) ??
    (isYearWord(s.tokens[at]?.text ?? "") && s.tokens[at - 1]?.text === "," ? named(at - 2) : undefined);
  if (instrument) return { subject, instrument };
  // "the Global Coalition for Social Justice, which we joined in 2024": the act's object is the antecedent, which is no instrument.
  return pronoun === "which" && s.tokens[at]?.word ? OTHER_ANTECEDENT : null;
}

/** How many tokens brackets after a name may hold: "(the Istanbul Convention)", "(hereinafter the “Convention”)". */
const NAME_BRACKET_REACH = 8;

/** The text named right before the brackets that close at `close`, or inside them ("X (the Istanbul Convention)"), or undefined. */
function bracketedName(s: Sentence, close: number): InstrumentMention | undefined {
  let open = close - 1;
  while (open > s.from && close - open <= NAME_BRACKET_REACH && s.tokens[open]?.text !== "(") open--;
  if (s.tokens[open]?.text !== "(") return undefined;
  return s.instruments.find((m) => m.kind !== "anaphor" && (m.to === open || m.to === close + 1 || (m.from > open && m.to === close)));
}

/** How long a relative an object may be coordinated past ("X, which it ratified in 2006, and to Y"). */
const RELATIVE_SPAN = 15;

/** The instrument after ", which …, and (to)" at `at`, the end of an object: coordinated with that object, or null. */
function objectPastRelative(s: Sentence, at: number): InstrumentMention | null {
  if (s.tokens[at]?.text !== "," || !(s.tokens[at + 1]?.lower === "which" || s.tokens[at + 1]?.lower === "who")) return null;
  for (let j = at + 2; j < s.to && j - at <= RELATIVE_SPAN; j++) {
    const t = s.tokens[j] as Token;
    if (t.text === ";" || t.text === ".") return null;
    if (t.text !== ",") continue;
    if (s.tokens[j + 1]?.lower !== "and") return null;
    const from = s.tokens[j + 2]?.lower === "to" || s.tokens[j + 2]?.lower === "of" ? j + 3 : j + 2;
    return s.instruments.find((m) => m.from >= from && m.from - from <= 1 && m.kind !== "anaphor") ?? null;
  }
  return null;
}

/** How far before the comma of "…, a treaty it had ratified" its instrument may end ("the Treaty on Open Skies in December 2021"). */
const APPOSITION_REACH = 6;
const APPOSED_TEXTS = new Set(["treaty", "convention", "agreement", "protocol", "instrument", "text"]);

/** Determiners that open a verb's own object right after it ("adopted a new law"). */
const OWN_OBJECT_LEADS = new Set(["a", "an", "the", "its", "their", "new"]);

/** An object relative whose antecedent is no instrument (objectRelative): the verb's object is not the text's topic. */
const OTHER_ANTECEDENT = Symbol("other antecedent");

/** "…, which Peru signed in 2009 but has not yet ratified": the second verb of an object relative, after "and"/"but" with no other name. */
function relativeChain(s: Sentence, cue: CueMention, before: Draft | undefined): { subject: ActorGroup; instrument: InstrumentMention } | null {
  if (!before || before.rule !== "object-relative") return null;
  const between = s.tokens.slice(before.cue.to, cue.from);
  if (between.length > 10 || !between.some((t) => t.lower === "but" || t.lower === "and")) return null;
  // (Not a second relative with a subject of its own: "…, which the Council adopted on 10 June and which endorsed X".)
  if (between.some((t) => t.text === ";" || t.text === ":" || t.lower === "which" || t.lower === "that" || t.lower === "who")) return null;
  if (s.groups.some((g) => g.from >= before.cue.to && g.to <= cue.from) || s.instruments.some((m) => m.from >= before.cue.to && m.to <= cue.from)) return null;
  // (Nor a verb with an object of its own: "…, which it acceded to in 2017, and has adopted a new Private Investment Law".)
  if (OWN_OBJECT_LEADS.has(s.tokens[cue.to]?.lower ?? "")) return null;
  const instrument = before.instruments[0];
  const subject = s.groups.find((g) => g.from === before.agentFrom);
  return instrument && subject ? { subject, instrument } : null;
}

/** Nouns of texts attached to another ("amendments to the Convention", "the Protocols to it"). */
const CHILD_NOUNS = new Set(["amendment", "amendments", "protocol", "protocols", "annex", "annexes"]);

const EXCEPT_WORDS = new Set(["except", "excluding", "but", "save"]);
const ALL_WORDS = new Set(["all", "every", "each"]);

/** "all Member States except (the State of) A": the group at `at` is excepted from an "all" before it. */
function exceptedFromAll(s: Sentence, at: number): "all" | "none" | null {
  let k = at - 1;
  if (s.tokens[k]?.lower === "of" && s.tokens[k - 1]?.lower === "state" && s.tokens[k - 2]?.lower === "the")
    k -= 3; // "the State of Kuwait"
  else if (s.tokens[k]?.lower === "the") k--;
  // "with the exception of A", "other than A"
  const except =
    EXCEPT_WORDS.has(s.tokens[k]?.lower ?? "") ||
    (s.tokens[k]?.lower === "of" && s.tokens[k - 1]?.lower === "exception") ||
    (s.tokens[k]?.lower === "than" && s.tokens[k - 1]?.lower === "other");
  if (!except) return null;
  for (let i = k - 1; i >= Math.max(s.from, k - 6); i--) {
    const w = (s.tokens[i] as Token).lower;
    if (ALL_WORDS.has(w)) return "all";
    // "No Arab State except A and B has ratified X", "none of them but A": the excepted did.
    if (w === "no" || w === "none") return "none";
  }
  return null;
}

/** Verbs of tabling a text (cues of co-sponsorship only before a resolution or a draft). */
const TABLING = new Set(["tabled", "introduced", "presented", "submitted", "drafted", "co-drafted"]);
/** What may close "the draft" as a whole object: the clause's end, or a role or a behalf after it. */
const AFTER_BARE_DRAFT = new Set([".", ",", ";", "as", "on", "for", "in", "together", "with", "and", "to", "at", "last", "this", "today", "yesterday"]);

/** "the draft" right at `at`, a whole noun phrase ("presented the draft.", "introduced the draft as main sponsor"). */
function bareDraftAt(s: Sentence, at: number): boolean {
  return s.tokens[at]?.lower === "the" && s.tokens[at + 1]?.lower === "draft" && (at + 2 >= s.to || AFTER_BARE_DRAFT.has(s.tokens[at + 2]?.lower ?? ""));
}

/** How far "by" may follow a participle of tabling, a symbol's tokens included. */
const TABLED_BY_REACH = 24;

/** "…, tabled in Committee as draft L.41 by Canada,": the agent after "by" (before the clause ends) sponsored the draft between. */
function tabledBy(s: Sentence, cue: CueMention, objects: InstrumentMention[]): Draft | null {
  for (let k = cue.to; k < Math.min(s.to, cue.to + TABLED_BY_REACH); k++) {
    const t = s.tokens[k] as Token;
    if (t.text === "," || t.text === ";") return null;
    if (t.lower !== "by") continue;
    const g = groupStartingAt(s, k + 1, 1);
    const drafts = objects.filter((m) => m.to <= k && m.type === "resolution");
    return g && drafts.length > 0 ? draft(s, cue, "passive-by", g, drafts, false, cue.from) : null;
  }
  return null;
}

/** ", together with A and B," right after a verb: the companions' group (its `to` at the closing comma), or null. */
function companionsAfter(s: Sentence, at: number): ActorGroup | null {
  const lead = s.tokens[at]?.text === "," ? companionLeadAt(s.tokens, at + 1) : 0;
  if (lead === 0) return null;
  const g = groupStartingAt(s, at + 1 + lead, 1);
  const list = g ? listAfter(s, g) : null;
  return list && s.tokens[list.to]?.text === "," ? list : null;
}

const PAIR_WORDS = new Set(["both", "two", "neither", "either"]);
// (And the people two or three States sent: "the two ministers signed X", "The three leaders also adopted Y".)
export const PAIR_NOUNS = new Set([
  "states",
  "state",
  "countries",
  "country",
  "sides",
  "governments",
  "government",
  "nations",
  "parties",
  "leaders",
  "ministers",
  "presidents",
  "delegations",
]);

/** A pair reference at [from, to) ("the two countries", "either party") as a subject group of its own, resolved later to its states. */
export function pairGroup(from: number, to: number): ActorGroup {
  return { from, to, members: [{ from, to, kind: "pair", actor: null }], eligible: true };
}

/** "Both States", "the two countries", "Neither State" right before the verb (past its auxiliaries): the pair's first token, or -1. */
export function pairSubject(s: Sentence, cueFrom: number): number {
  let k = cueFrom - 1;
  while (k > s.from && SUBJECT_AUXILIARIES.has((s.tokens[k] as Token).lower)) k--;
  // "Both remain parties to X", "Neither has signed it": a bare "Both" or "Neither" opening the sentence (the two states just named).
  if (k === s.from && (s.tokens[k]?.lower === "both" || s.tokens[k]?.lower === "neither") && k < cueFrom) return k;
  if (!PAIR_NOUNS.has(s.tokens[k]?.lower ?? "") || !PAIR_WORDS.has(s.tokens[k - 1]?.lower ?? "")) return -1;
  // "the two" needs its article; a longer subject ("all the two-thirds") is not a pair.
  if (s.tokens[k - 1]?.lower === "two" && s.tokens[k - 2]?.lower !== "the") return -1;
  return k - 1;
}

const COUNTED_AGENT_NOUNS = new Set(["states", "countries", "governments", "sides", "leaders", "nations", "presidents", "ministers"]);

/** "the eight States", "the three Heads of State", "the same four States" at `k` (after "by the"): a counted reference as a group, or null. */
function countedAgentAt(s: Sentence, k: number): ActorGroup | null {
  if (s.tokens[k - 1]?.lower !== "the") return null;
  // ("by the same four States": the same count.)
  const n = s.tokens[k]?.lower === "same" ? k + 1 : k;
  if (!COUNT_VALUES.has(s.tokens[n]?.lower ?? "")) return null;
  const noun = s.tokens[n + 1]?.lower ?? "";
  let end = -1;
  if (COUNTED_AGENT_NOUNS.has(noun)) end = n + 2;
  else if (noun === "heads" && s.tokens[n + 2]?.lower === "of" && ["state", "government"].includes(s.tokens[n + 3]?.lower ?? "")) end = n + 4;
  if (end < 0 || s.groups.some((g) => g.from >= n && g.from < end)) return null;
  return pairGroup(k - 1, end);
}

const COUNTED_LEADS = new Set(["all", "the", "these", "those"]);
const SMALL_COUNTS = new Set(["three", "four", "five", "six"]);

/** Capitalised words a count may hold before its noun: "the three Benelux countries", "the five Central Asian States". */
const MAX_COUNT_MODIFIERS = 2;

/** "All three signed", "The four countries have ratified", "These three States": a count of states named just before; its first token, or -1. */
export function countedSubject(s: Sentence, cueFrom: number): number {
  let k = cueFrom - 1;
  while (k > s.from && SUBJECT_AUXILIARIES.has((s.tokens[k] as Token).lower) && (s.tokens[k] as Token).lower !== "all") k--;
  if (PAIR_NOUNS.has(s.tokens[k]?.lower ?? "")) {
    k--;
    // ("the three nuclear-weapon States": a hyphenated compound too.)
    const modifier = (t: Token | undefined) => !!t && t.word && (isCapitalised(t) || /^\p{Ll}+-\p{Ll}+$/u.test(t.text));
    for (let m = 0; m < MAX_COUNT_MODIFIERS && !SMALL_COUNTS.has(s.tokens[k]?.lower ?? "") && modifier(s.tokens[k]); m++) k--;
  }
  if (!SMALL_COUNTS.has(s.tokens[k]?.lower ?? "") || !COUNTED_LEADS.has(s.tokens[k - 1]?.lower ?? "") || k - 1 < s.from) return -1;
  return k - 1;
}

/** "none of the three", "neither of the two", "not one of the four" before the counted subject at `at`. */
function negatedCount(s: Sentence, at: number): boolean {
  const w = (k: number) => s.tokens[k]?.lower ?? "";
  return w(at - 1) === "of" && (w(at - 2) === "none" || w(at - 2) === "neither" || (w(at - 2) === "one" && w(at - 3) === "not"));
}

const SUBJECT_AUXILIARIES = new Set([
  "have",
  "has",
  "had",
  "also",
  "since",
  "already",
  "not",
  "yet",
  "now",
  "so",
  "far",
  "both",
  "all",
  "neither",
  "never",
  // ("the three countries would never sign X": a modal or "do" before the verb.)
  "would",
  "will",
  "could",
  "can",
  "should",
  "must",
  "may",
  "might",
  "shall",
  "did",
  "do",
  "does",
]);

/** "Six have signed X but not ratified it: A, B": a bare count as the subject, right before the verb's auxiliaries; its index or -1. */
/** What a partitive count counts: "Four of our countries", "two of them", "three of these States". */
const PARTITIVE_OWNERS = new Set(["our", "their", "these", "those", "them", "us", "the"]);

/** The start of the clause after the last semicolon between `from` and the cue, when a count is its subject ("; three have …"); else -1. */
function countedClauseAfter(s: Sentence, from: number, cueFrom: number): number {
  let semicolon = -1;
  for (let k = from; k < cueFrom; k++) if (s.tokens[k]?.text === ";") semicolon = k;
  return semicolon >= 0 && countSubject(s, semicolon + 1, cueFrom) >= 0 ? semicolon + 1 : -1;
}

function countSubject(s: Sentence, from: number, cueFrom: number): number {
  for (let i = from; i < cueFrom; i++) {
    if (!COUNT_WORD.test((s.tokens[i] as Token).lower)) continue;
    let k = i + 1;
    // "Four of our countries are parties to X: A, B, C and D", "Two of them have signed": a partitive count.
    if (s.tokens[k]?.lower === "of" && PARTITIVE_OWNERS.has(s.tokens[k + 1]?.lower ?? "")) {
      k += 2;
      if (GENERIC_HEADS.has(s.tokens[k]?.lower ?? "")) k++;
      if (k === cueFrom || SUBJECT_AUXILIARIES.has(s.tokens[k]?.lower ?? "")) {
        while (k < cueFrom && SUBJECT_AUXILIARIES.has((s.tokens[k] as Token).lower)) k++;
        return k === cueFrom || s.cues.some((c) => c.from === k && c.def.form === "verb") ? i : -1;
      }
      return -1;
    }
    while (k < cueFrom && SUBJECT_AUXILIARIES.has((s.tokens[k] as Token).lower)) k++;
    // The subject of this verb, or of the clause's first verb that this one is coordinated with ("Six have signed X but not ratified it").
    return k > i + 1 && (k === cueFrom || s.cues.some((c) => c.from === k && c.def.form === "verb")) ? i : -1;
  }
  return -1;
}

/** The whole list that starts with group `g` ("members of ASEAN – A, B, C"), or null. */
/**
 * The agent after "by" at `byAt`: a group; "signed by several States, including A and B": the members of the generic agent; "by the
 * five founding members of ASEAN – A, B, C", "by the foreign ministers of the eight: A, B, C": the list after the agent's description.
 */
const PAIR_QUANTIFIERS_BY = new Set(["either", "both"]);

/** How many words describe a conjunct before its list ("the four EFTA States", "their five free trade partners"). */
const MAX_CONJUNCT_WORDS = 7;

/**
 * After an agent list ending at `at` (its closing dash, if any, at `at`): "and" with a description, then the list a colon or a dash
 * opens ("and their five free trade partners: C, D", "and the four EFTA States – A, B –"); null otherwise.
 */
function describedConjunct(s: Sentence, at: number): ActorGroup | null {
  let k = at;
  if (DASHES.has(s.tokens[k]?.text ?? "") || s.tokens[k]?.text === ",") k++;
  if (s.tokens[k]?.lower !== "and") return null;
  const start = ++k;
  while (k < s.to && k - start < MAX_CONJUNCT_WORDS && (s.tokens[k] as Token).word) k++;
  const head = s.tokens[k - 1]?.lower ?? "";
  if (k === start || !LIST_MARKS.has(s.tokens[k]?.text ?? "") || !(GENERIC_HEADS.has(head) || PARTNER_HEADS.has(head))) return null;
  const first = groupStartingAt(s, k + 1, 1);
  if (!first || !first.members.every((m) => m.actor?.kind === "state")) return null;
  return listAfter(s, first);
}
/** Nouns of States described by their relation to the first agents ("their five free trade partners"). */
const PARTNER_HEADS = new Set(["partners", "neighbours", "neighbors"]);
const LIST_MARKS = new Set([":", "—", "–"]);

function byAgent(s: Sentence, byAt: number): ActorGroup | null {
  // "signed by the leaders of A, B and C", "by the Foreign Ministers of A and B": the states whose leaders signed.
  let k = byAt + 1;
  if (s.tokens[k]?.lower === "the") k++;
  if (LEADER_NOUNS.has(s.tokens[k]?.lower ?? "") && s.tokens[k + 1]?.lower === "of") {
    const states = groupStartingAt(s, k + 2, 1);
    if (states) return listAfter(s, states);
  }
  // "signed by the ten ASEAN leaders", "by the 27 EU leaders": the organisation whose members' leaders signed.
  if (COUNT_WORD.test(s.tokens[k]?.lower ?? "")) {
    const org = s.groups.find((g) => g.from === k + 1 && g.members.length === 1);
    if (org && LEADER_NOUNS.has(s.tokens[org.to]?.lower ?? "")) return org;
  }
  // "has not been signed by either the EU or Mexico", "ratified by both A and B": the pair named after its quantifier.
  if (PAIR_QUANTIFIERS_BY.has(s.tokens[byAt + 1]?.lower ?? "")) {
    const pair = groupStartingAt(s, byAt + 2, 1);
    if (pair && pair.members.length > 1) return pair;
  }
  // ("co-sponsored by a cross-regional group including A, B", "by a core group comprising A and B": a group's named members.)
  const by = s.tokens.slice(byAt + 1, byAt + 7).findIndex((t) => GENERIC_HEADS.has(t.lower) || GROUP_HEADS.has(t.lower));
  return (
    // ("ratified by, among others, A (2014), B (2013)": past the insertion.)
    groupStartingAt(s, listStart(s, byAt), 2) ??
    (by >= 0 ? (listNaming(s, byAt + 1 + by) ?? listFrom(s, describedList(s, byAt + 2 + by))) : listFrom(s, describedList(s, byAt + 1))) ??
    // "signed by 53 States and the European Union": the member named beside a count.
    besideCount(s, byAt + 1) ??
    // "signed by the eight States", "by the three Heads of State": with no list of its own, the states the text has just counted.
    countedAgentAt(s, k) ??
    // "It has not yet been ratified by either party", "ratified by both sides in 2021": the two parties just named.
    pairAgentAt(s, byAt + 1)
  );
}

/** "53 States and the European Union", "more than 40 countries and the EU" at `k`: the group named after the count's "and", or null. */
function besideCount(s: Sentence, k: number): ActorGroup | null {
  let i = k;
  if (/^(?:more|over|some|about|nearly|almost)$/u.test(s.tokens[i]?.lower ?? "")) i += s.tokens[i + 1]?.lower === "than" ? 2 : 1;
  if (!/^\d+$/u.test(s.tokens[i]?.text ?? "") || !GENERIC_HEADS.has(s.tokens[i + 1]?.lower ?? "") || s.tokens[i + 2]?.lower !== "and") return null;
  const g = groupStartingAt(s, s.tokens[i + 3]?.lower === "the" ? i + 4 : i + 3, 1) ?? groupStartingAt(s, i + 3, 1);
  return g && g.members.length === 1 && g.members[0]?.actor?.kind === "organisation" ? g : null;
}

/** Modals of a main clause that put what it says, and a gerund's act before it, in the future. */
const FUTURE_MODALS = new Set(["will", "shall", "would"]);

/** "by either party", "by both sides", "by neither country" at `k`: the pair as a group, or null. */
function pairAgentAt(s: Sentence, k: number): ActorGroup | null {
  const noun = s.tokens[k + 1]?.lower ?? "";
  if (!PAIR_AGENT_WORDS.has(s.tokens[k]?.lower ?? "") || !(PAIR_NOUNS.has(noun) || noun === "party" || noun === "side")) return null;
  if (s.groups.some((g) => g.from >= k && g.from < k + 2)) return null;
  return pairGroup(k, k + 2);
}
const PAIR_AGENT_WORDS = new Set(["both", "either", "neither"]);

/** Plural holders of office whose states act through them ("the leaders of A and B"). */
const LEADER_NOUNS = new Set(["leaders", "presidents", "representatives", "delegations", "governments", "ministers", "envoys", "ambassadors"]);

function listFrom(s: Sentence, g: ActorGroup | null): ActorGroup | null {
  return g ? listAfter(s, g) : null;
}

const JOINED_LIST_TOKENS = 14;

/** "A joined (N other countries | B and C) in <gerund>": A's group, with B and C when they are named. */
function joinedIn(s: Sentence, cueFrom: number): ActorGroup | null {
  if (!/ing$/u.test((s.tokens[cueFrom] as Token).lower) || s.tokens[cueFrom - 1]?.lower !== "in") return null;
  // The joined list may hold long names ("São Tomé and Príncipe and Côte d'Ivoire"): up to JOINED_LIST_TOKENS back, never past a comma.
  for (let i = cueFrom - 2; i > s.from && cueFrom - i <= JOINED_LIST_TOKENS; i--) {
    const w = (s.tokens[i] as Token).lower;
    if (w === "," || w === ";") return null;
    if (!/^join(?:s|ed|ing)?$/u.test(w)) continue;
    const subject = s.groups.find((g) => g.to === i && g.eligible);
    if (!subject) return null;
    const named = s.groups.find((g) => g.from > i && g.to <= cueFrom - 1);
    return named ? { ...subject, members: [...subject.members, ...named.members] } : subject;
  }
  return null;
}

/** Adjuncts between a participle and its agent: "signed today by", "ratified last week by", "ratified that day by", "signed on 3 May 2021 by". */
const PASSIVE_ADJUNCTS = new Set([
  // ("ratified only by Uruguay", "finally signed by both sides".)
  "only",
  "finally",
  "eventually",
  "now",
  "today",
  "yesterday",
  "also",
  "since",
  "recently",
  "already",
  "subsequently",
  "later",
  "jointly",
  "formally",
  "virtually",
  "remotely",
  "virtually",
  "electronically",
  "that",
  "the",
  "same",
  "day",
  "week",
  "month",
  "year",
  "last",
  "this",
  "earlier",
  "on",
  "in",
]);
/** Tokens of a date in an adjunct: numbers, month and weekday names, an abbreviated month's full stop. */
const DATE_TOKEN =
  /^(?:\d{1,4}(?:st|nd|rd|th)?|,|\.|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/u;
/** How far an adjunct may run between a participle and "by" (further when it names an occasion). */
const MAX_PASSIVE_ADJUNCT = 9;
const MAX_OCCASION_ADJUNCT = 12;
/** Words that open an occasion in a passive's adjunct, and the words that end it (a clause of its own). */
/** Participles of an occasion's host, whose "by" is no passive's agent ("the Summit hosted by Viet Nam"). */
const HOSTING = new Set(["hosted", "co-hosted", "chaired", "co-chaired", "convened", "organised", "organized", "presided"]);
const OCCASION_LEADS = new Set(["at", "during", "occasion"]); // ("signed … on the occasion of the 4th RCEP Summit by")
const OCCASION_STOPS = new Set([
  "and",
  "or",
  "but",
  "which",
  "who",
  "that",
  "while",
  "where",
  "when",
  "attended",
  "hosted",
  "organized",
  "organised",
  "convened",
]);

/** The index of the "by" of a passive's agent right after the participle (over a short adjunct of time), or -1. */
/** Words that name a day by its place in an event or the text ("the closing day", "the same day", "that day"). */
const EVENT_DAYS = new Set(["closing", "opening", "final", "first", "last", "same", "following", "next"]);

/** The end of "on the closing day", "on that day", "on the same date" at `at`, or -1. */
function dayPhraseEnd(s: Sentence, at: number): number {
  const w = (k: number) => s.tokens[k]?.lower ?? "";
  if (w(at) !== "on") return -1;
  const unit = (k: number) => (w(k) === "day" || w(k) === "date" ? k + 1 : -1);
  if (w(at + 1) === "that") return unit(at + 2);
  return w(at + 1) === "the" && EVENT_DAYS.has(w(at + 2)) ? unit(at + 3) : -1;
}

/** Acts a line may open with as a participle, of the text it is about ("Signed in Washington on … by A, B"). */
const OPENING_PARTICIPLE_ACTS: ReadonlySet<string> = new Set(["signed", "ratified"]);

function passiveBy(s: Sentence, at: number): number {
  let occasion = false;
  // (An occasion's reach counts from its own first word, after a day and a place: "signed on 16 March 2023 in Ankara during the
  // Extraordinary Summit of the Organization of Turkic States by …".)
  let limit = at + MAX_PASSIVE_ADJUNCT + 2;
  for (let i = at; i < Math.min(s.to, limit); i++) {
    const t = s.tokens[i] as Token;
    const w = t.lower;
    // ("… at the end of the 37th ASEAN Summit hosted by Viet Nam, by the ten ASEAN member states": the host is the occasion's.)
    if (HOSTING.has(w) && s.tokens[i + 1]?.lower === "by") {
      const host = s.groups.find((g) => g.from === i + 2 || (g.from === i + 3 && s.tokens[i + 2]?.lower === "the"));
      if (host) {
        i = host.to - 1;
        limit = Math.max(limit, host.to + 2);
        continue;
      }
    }
    if (w === "by") return i;
    // ("signed on the closing day by 30 States", "… on that day by A": a day the text names by its place in an event.)
    const day = dayPhraseEnd(s, i);
    if (day > i) {
      i = day - 1;
      continue;
    }
    // "signed in Bali on 24 February 1976 by": a place after "in" is part of the adjunct; so is an occasion after "at" or
    // "during" ("signed at the Nuuk ministerial meeting on 12 May 2011 by").
    if (OCCASION_LEADS.has(w) && !occasion) {
      occasion = true;
      limit = Math.max(at + MAX_OCCASION_ADJUNCT + 2, i + MAX_OCCASION_ADJUNCT + 2);
    }
    // (A place's later words too: "in New York", "in Addis Ababa".)
    const placeLead = afterIn(s, at, i);
    // (A body after "in" is where it was done, not who did it: "co-sponsored in the Third Committee by A".)
    const place = (placeLead || occasion) && t.word && isCapitalised(t) && (placeLead || !s.groups.some((g) => g.from <= i && i < g.to));
    // (An occasion's own words: "during the high-level segment", "at a ceremony marking …"; not a clause's.)
    const occasionWord = occasion && (t.word || t.text === "-") && !OCCASION_STOPS.has(w);
    if (!PASSIVE_ADJUNCTS.has(w) && !(i > at && DATE_TOKEN.test(w)) && !place && !occasionWord) return -1;
  }
  return -1;
}

/** Whether token `i` is a word of a place or body after "in" (past its article and its other capitalised words), from `at` on. */
function afterIn(s: Sentence, at: number, i: number): boolean {
  let k = i - 1;
  while (k > at && isCapitalised(s.tokens[k] as Token) && (s.tokens[k] as Token).word) k--;
  if (s.tokens[k]?.lower === "the" && k > at) k--;
  return s.tokens[k]?.lower === "in";
}

/** Nouns of texts that another text's name may complement ("the Protocol … to the Treaty", "the amendment to X"). */
const TEXT_HEADS = new Set([
  "protocol",
  "protocols",
  "amendment",
  "amendments",
  "annex",
  "annexes",
  "agreement",
  "convention",
  "treaty",
  "declaration",
  "statute",
  "resolution",
  "decision",
  "code",
]);

/** Whether instrument `m` is the complement of an unrecognised text named before it in its clause ("the Protocol on X to the Treaty"). */
function complementOfText(s: Sentence, m: InstrumentMention): boolean | InstrumentMention {
  let k = m.from - 1;
  if (s.tokens[k]?.lower === "the") k--;
  if (s.tokens[k]?.lower !== "to" && s.tokens[k]?.lower !== "of") return false;
  for (let i = k - 1; i >= s.from && k - i <= 10; i--) {
    const t = s.tokens[i] as Token;
    if (t.text === "," || t.text === ";") return false;
    const named = s.instruments.find((x) => x.from <= i && i < x.to);
    if (named) return TEXT_HEADS.has((s.tokens[named.to - 1] as Token).lower) && determinedAt(s, named.from) ? named : false;
    if (TEXT_HEADS.has(t.lower) && determinedAt(s, i)) return true;
  }
  return false;
}

/** A noun at `i` opened by a determiner, past capitalised modifiers ("the Additional Protocol", "its amendment"), or at the sentence's start. */
function determinedAt(s: Sentence, i: number): boolean {
  if (i === s.from) return true;
  for (let k = i - 1; k >= s.from && i - k <= 4; k--) {
    const t = s.tokens[k] as Token;
    if (t.lower === "the" || t.lower === "its" || t.lower === "an" || t.lower === "a") return true;
    if (!t.word || !isCapitalised(t)) return false;
  }
  return i === s.from;
}

/** What "by" may open that is a manner of adopting, not its agent: "by consensus", "by acclamation", "by a recorded vote", "by 14 votes". */
const MANNERS = new Set(["consensus", "acclamation", "vote", "votes", "show", "majority", "recorded", "roll-call", "unanimity", "secret"]);
const MANNER_REACH = 22;

/** The last cue after cue `index` that is a vote's count or result ("in favour", "against", "abstentions"), or `index`. */
const VOTE_COUNT_FORMS: ReadonlySet<string> = new Set(["vote", "result"]);
function lastVoteCueOf(s: Sentence, index: number): number {
  let k = index;
  while (s.cues[k + 1] && (s.cues[k + 1] as CueMention).def.form !== "verb" && VOTE_COUNT_FORMS.has((s.cues[k + 1] as CueMention).def.form)) k++;
  return k;
}
function mannerAt(s: Sentence, k: number): boolean {
  const w = s.tokens[k]?.lower ?? "";
  if (MANNERS.has(w) || /^\d/u.test(w)) return true;
  return (w === "a" || w === "an") && MANNERS.has(s.tokens[k + 1]?.lower ?? "");
}

/** Auxiliaries of a passive participle, and the words that may stand between them and it ("has never been ratified"). */
const PARTICIPLE_AUXILIARIES = new Set(["been", "was", "were", "is", "are", "be"]);
const PASSIVE_FILLERS = new Set(["never", "not", "yet", "still", "ever", "also", "already", "now"]);
const HAVE_FORMS = new Set(["has", "have", "had"]);
/** Pronouns of a relative whose antecedent is a text ("X, which A signed, …"). */
const OBJECT_RELATIVES = new Set(["which", "that"]);
/** How far back a relative set off by commas may open before the passive's auxiliary. */
const SUBJECT_RELATIVE_REACH = 12;

/** The named text that is the subject of the passive participle at `cueFrom` ("X, which A signed, has never been ratified"), or null. */
function passiveSubjectText(s: Sentence, cueFrom: number): InstrumentMention | null {
  let k = cueFrom - 1;
  while (k > s.from && PASSIVE_FILLERS.has((s.tokens[k] as Token).lower)) k--;
  if (!PARTICIPLE_AUXILIARIES.has(s.tokens[k]?.lower ?? "")) return null;
  if (s.tokens[k]?.lower === "been") k--;
  while (k > s.from && (PASSIVE_FILLERS.has((s.tokens[k] as Token).lower) || HAVE_FORMS.has((s.tokens[k] as Token).lower))) k--;
  // ("X, which A signed in 1976, has …": past the relative to its antecedent.)
  if (s.tokens[k]?.text === ",") {
    let open = -1;
    for (let j = k - 1; j > s.from && k - j <= SUBJECT_RELATIVE_REACH; j--) {
      if (s.tokens[j]?.text !== ",") continue;
      if (OBJECT_RELATIVES.has(s.tokens[j + 1]?.lower ?? "")) open = j;
      break;
    }
    if (open < 0) return null;
    k = open;
  }
  return s.instruments.find((m) => m.to === k && m.kind !== "anaphor" && m.text) ?? null;
}

/** Words between two chained passive participles: "signed but not yet ratified", "signed and ratified". */
const PASSIVE_CHAIN = new Set(["and", "but", "not", "yet", "or", "also"]);

/** "has been signed but not yet ratified by …": a participle after an auxiliary whose chained participle has the agent; its "by", or -1. */
function passiveChainBy(s: Sentence, cue: CueMention, index: number): number {
  if (!PASSIVE_AUXILIARIES.has(s.tokens[cue.from - 1]?.lower ?? "")) return -1;
  const next = s.cues[index + 1];
  if (!next || next.def.form !== "verb" || next.from - cue.to > 4 || next.from === cue.to) return -1;
  if (!s.tokens.slice(cue.to, next.from).every((t) => PASSIVE_CHAIN.has(t.lower))) return -1;
  if (!["and", "but", "or"].includes(s.tokens[cue.to]?.lower ?? "")) return -1;
  // ("ratified or acceded to by all 14 countries": the second verb's preposition before the agent.)
  return passiveBy(s, s.tokens[next.to]?.lower === "to" ? next.to + 1 : next.to);
}

const PRONOUN_SUBJECTS = new Set(["it", "they"]);
const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "be", "is", "are", "has", "have", "had"]);
// ("It has not yet been ratified by either party": a denied passive's own words.)
const PASSIVE_ADVERBS = new Set(["since", "already", "also", "now", "so", "far", "thus", "not", "yet", "never"]);

/** "X was signed [on 14 February 2024] on behalf of A [and B] [by …]": a draft for A and B with the subject X, or null. */
function passiveOnBehalf(s: Sentence, cue: CueMention): Draft | null {
  if (!PASSIVE_AUXILIARIES.has(s.tokens[cue.from - 1]?.lower ?? "")) return null;
  for (let i = cue.to; i < Math.min(s.to, cue.to + MAX_PASSIVE_ADJUNCT); i++) {
    const w = (s.tokens[i] as Token).lower;
    if (w === "on" && s.tokens[i + 1]?.lower === "behalf" && s.tokens[i + 2]?.lower === "of") {
      const g = groupStartingAt(s, i + 3, 1);
      const before = s.instruments.filter((m) => m.to <= cue.from);
      const obj = before[before.length - 1];
      return g && obj ? draft(s, cue, "passive-by", g, [obj], false, Math.max(s.from, cue.from - 3)) : null;
    }
    if (!PASSIVE_ADJUNCTS.has(w) && !(i > cue.to && DATE_TOKEN.test(w))) return null;
  }
  return null;
}

/** An opening phrase that names an instrument, then ", <subject> <cue>": the instrument and the subject. */
function framingInstrument(s: Sentence, cueFrom: number): { subject: ActorGroup; instrument: InstrumentMention } | null {
  const subject = s.groups.find((g) => g.to === cueFrom && g.eligible);
  if (!subject) return null;
  const lead = s.tokens[subject.from - 1]?.lower === "the" ? subject.from - 1 : subject.from; // ", the Netherlands commits"
  if (s.tokens[lead - 1]?.text !== ",") return null;
  const before = s.instruments.filter((m) => m.to < lead && m.text);
  const instrument = before[before.length - 1];
  if (!instrument) return null;
  for (let i = instrument.to; i < lead - 1; i++) if (!OBJECT_FILLER.has((s.tokens[i] as Token).lower)) return null;
  return { subject, instrument };
}

const LONG_RELATIVE_REACH = 20;
const NEAR_RELATIVE_REACH = 10;
/** Words between a relative's closing comma and the verb of the clause it interrupts ("…, has yet to accede"). */
const CLAUSE_AUXILIARIES = new Set([...OBJECT_RELATIVE_AUXILIARIES, "be", "been", "therefore", "so", "far"]);
const RELATIVE_OPENING_PREPOSITIONS = new Set(["with", "to", "by", "under", "of", "for", "in", "from"]);

/** The comma that closes a relative right before the verb at `cueFrom`, with only auxiliaries and adverbs between; or -1. */
function commaBeforeVerb(s: Sentence, cueFrom: number): number {
  let k = cueFrom - 1;
  while (k > s.from && CLAUSE_AUXILIARIES.has((s.tokens[k] as Token).lower)) k--;
  return s.tokens[k]?.text === "," ? k : -1;
}

/**
 * "X, which became the 27th State to ratify": the group right before "which"/"who" is the subject;
 * of a list that closes a clause after a colon, its last member ("…: A, B and the United States,
 * which signed on 10 May 2004").
 */
function relativeSubject(s: Sentence, cueFrom: number): ActorGroup | null {
  // (Further back than ten words only a relative set off by commas and closed right before the verb: "Kyrgyzstan, with which we
  // share no border but a great deal of traffic, has yet to accede"; not "A, and B, which joined in 2014, have indicated that they
  // expect to accept it".)
  const reach = commaBeforeVerb(s, cueFrom) >= 0 ? LONG_RELATIVE_REACH : NEAR_RELATIVE_REACH;
  for (let i = cueFrom - 1; i > s.from && i >= cueFrom - reach; i--) {
    const t = s.tokens[i] as Token;
    if (t.lower === "which" || t.lower === "who" || t.lower === "whom") {
      // ", with which we share …": the preposition of a relative opens it as well.
      const prep = RELATIVE_OPENING_PREPOSITIONS.has(s.tokens[i - 1]?.lower ?? "") && s.tokens[i - 2]?.text === ",";
      const at = prep ? i - 2 : s.tokens[i - 1]?.text === "," ? i - 1 : i;
      const g = s.groups.find((x) => x.to === at) ?? null;
      // ("the only member state of the African Union which has not signed X": the relative is on the members, as with "that".)
      if (g && at === i && memberOf(s, g.from)) return null;
      return g ? lastConjunct(s, g) : null;
    }
  }
  return null;
}

/**
 * "A is the only member state of the African Union that has not signed X", "A and B are the last two States of ECOWAS which have
 * not ratified it": when `g` is the body whose members a relative right after it speaks of, the copula's subject before them.
 */
function membersSubject(s: Sentence, g: ActorGroup, cueFrom: number): ActorGroup | null {
  if (!memberOf(s, g.from) || !RELATIVE_PRONOUNS.has(s.tokens[g.to]?.lower ?? "")) return null;
  for (let k = g.to + 1; k < cueFrom; k++) if (!OBJECT_RELATIVE_AUXILIARIES.has((s.tokens[k] as Token).lower)) return null;
  const noun = (s.tokens[g.from - 1]?.lower === "the" ? g.from - 2 : g.from - 1) - 1;
  let k = noun - 1;
  if (s.tokens[k]?.lower === "member") k--; // "member state"
  while (k > s.from && k > noun - 5 && !COPULAS.has((s.tokens[k] as Token).lower)) k--;
  if (!COPULAS.has(s.tokens[k]?.lower ?? "")) return null;
  return s.groups.find((x) => x.to === k && x.eligible) ?? null;
}

/** Nouns of a body's members before "of": "member states of the African Union", "the only country of the Union". */
const MEMBER_NOUNS = new Set(["member", "members", "state", "states", "country", "countries", "nation", "nations"]);

/** Whether the group at `from` names whose members the words before it speak of ("member states of (the) X"). */
function memberOf(s: Sentence, from: number): boolean {
  const of = s.tokens[from - 1]?.lower === "the" ? from - 2 : from - 1;
  return s.tokens[of]?.lower === "of" && MEMBER_NOUNS.has(s.tokens[of - 1]?.lower ?? "");
}

/**
 * The antecedent of a relative right after group `g`: its last member when the group is a list that
 * closes a clause after a colon or a copula ("…: A, B and the United States, which signed on …",
 * "include A, B and C, which ratified in 2012") or whose last member is added by "as well as"; else
 * the whole group.
 */
export function lastConjunct(s: Sentence, g: ActorGroup): ActorGroup {
  const last = g.members[g.members.length - 1];
  const before = g.members[g.members.length - 2];
  if (!last || !before) return g;
  // The word before the list, past a determiner the group leaves out (": the Philippines, …").
  const lead = s.tokens[s.tokens[g.from - 1]?.lower === "the" ? g.from - 2 : g.from - 1]?.lower ?? "";
  const added = s.tokens.slice(before.to, last.from).some((t) => t.lower === "well");
  return lead === ":" || LIST_COPULAS.has(lead) || added ? lastMemberOf(g) : g;
}
function lastMemberOf(g: ActorGroup): ActorGroup {
  const last = g.members[g.members.length - 1];
  return last ? { ...g, from: last.from, members: [last] } : g;
}
const DOMESTIC_LEADS = new Set(["its", "their", "the", "his", "her"]);
const PARTICIPLE = /^[a-z]+ed$/u;
/** Acts a participle after a name may state of the text's making, not of the clause's subject. */
const PARTICIPLE_ACTS = new Set(["signed", "ratified", "acceded"]);

/** Domestic texts a State's organs sign or approve: "the law", "the bill", "the decree". */
const DOMESTIC_TEXTS = new Set(["law", "laws", "bill", "bills", "decree", "decrees", "act", "legislation", "ordinance", "order"]);
const BE_FORMS = new Set(["is", "was", "were", "are", "be", "been", "being"]);

/** Whether the cue at `cueFrom` is a passive whose subject is a domestic text ("the law is signed", "the decree has been signed"). */
function domesticPassive(s: Sentence, cueFrom: number): boolean {
  let k = cueFrom - 1;
  if (!BE_FORMS.has(s.tokens[k]?.lower ?? "")) return false;
  k--;
  while (k > s.from && PASSIVE_AUXILIARIES.has((s.tokens[k] as Token).lower)) k--;
  if (s.tokens[k]?.lower === "not" || s.tokens[k]?.lower === "yet") k--;
  return DOMESTIC_TEXTS.has(s.tokens[k]?.lower ?? "") && !s.instruments.some((m) => m.from <= k && k < m.to);
}

const CONTACT_PRONOUNS = new Set(["it", "they", "we", "he", "she"]);
/** Words before a subject pronoun that open a clause of their own, not a relative: "and it accepted", "when they accepted". */
const CLAUSE_OPENERS = new Set([
  "and",
  "but",
  "or",
  "that",
  "which",
  "as",
  "if",
  "when",
  "because",
  "since",
  "so",
  "where",
  "while",
  "after",
  "before",
  "once",
  "until",
]);

/**
 * "the provisions it accepted at that time": a relative without "which" or "that", a lower-case noun right before the pronoun
 * subject (past "had", "has"), whose noun is the act's object.
 */
function contactRelative(s: Sentence, cueFrom: number): boolean {
  let k = cueFrom - 1;
  if (AUXILIARY_HAVE.has(s.tokens[k]?.lower ?? "")) k--;
  if (!CONTACT_PRONOUNS.has(s.tokens[k]?.lower ?? "")) return false;
  const noun = s.tokens[k - 1];
  return (
    !!noun &&
    k - 1 >= s.from &&
    noun.word &&
    !isCapitalised(noun) &&
    !CLAUSE_OPENERS.has(noun.lower) &&
    !s.instruments.some((m) => m.from <= k - 1 && k - 1 < m.to)
  );
}
const AUXILIARY_HAVE = new Set(["had", "has", "have"]);

/** Words before a legislature's noun: "A's National Assembly", "its lower house". */
const CHAMBER_MODIFIERS = new Set(["national", "lower", "upper", "federal", "legislative", "people's"]);

/** Whether a group of States stands for their legislature: "the Parliament of A", "A's Parliament", "the A parliament". */
function legislatureSubject(s: Sentence, g: ActorGroup): boolean {
  if (g.members.length === 0 || !g.members.every((m) => m.actor?.kind === "state")) return false;
  const of = s.tokens[g.from - 1]?.lower === "the" ? g.from - 2 : g.from - 1;
  if (s.tokens[of]?.lower === "of" && LEGISLATURES.has(s.tokens[of - 1]?.lower ?? "")) return true;
  // (An adjective's mention may hold its noun: "the Kazakh parliament".)
  const after = isPossessiveMark(s.tokens[g.to]) ? g.to + 1 : g.to;
  const noun = CHAMBER_MODIFIERS.has(s.tokens[after]?.lower ?? "") ? after + 1 : after;
  return LEGISLATURES.has(s.tokens[noun]?.lower ?? "") || LEGISLATURES.has(s.tokens[g.to - 1]?.lower ?? "");
}

const DOMESTIC_SUBJECTS = new Set([
  "congress",
  "parliament",
  "parliaments",
  "senate",
  "cabinet",
  "legislature",
  "national",
  "lower",
  "upper",
  "constitutional",
]);
const LIST_COPULAS = new Set(["include", "includes", "included", "including", "are", "were"]);

/** Between the subject and the verb: "all UN member states should ratify" (a generic addressee). */
function generic(s: Sentence, from: number, to: number): boolean {
  // An apposition set off by commas after the subject is not the subject ("A and B, both Parties to X, have not joined Y").
  if (s.tokens[from]?.text === ",") {
    for (let j = from + 1; j < to; j++)
      if (s.tokens[j]?.text === ",") {
        from = j + 1;
        break;
      }
  }
  for (let i = from; i < to; i++) {
    // A name's own word is not a generic noun ("Ghana's Ambassador to the United Nations signed"), nor
    // is a possessed conjunct ("The European Union and its 27 member states ratified").
    const w = (s.tokens[i] as Token).lower;
    if (!(GENERIC_SUBJECTS.has(w) || GENERIC_HEADS.has(w)) || s.groups.some((g) => g.from <= i && i < g.to)) continue;
    const possessed = [1, 2, 3].some((k) => /^(?:its|their)$/u.test(s.tokens[i - k]?.lower ?? "") && s.tokens[i - k - 1]?.lower === "and");
    if (!possessed && !otherConjunct(s, from, i)) return true;
  }
  return false;
}

/** "Brazil and many other countries ratified X", "Brazil and others": the named subject acted, with others unnamed. */
function otherConjunct(s: Sentence, from: number, head: number): boolean {
  if (s.tokens[from]?.lower !== "and" || head - from > 4) return false;
  return s.tokens[head]?.lower === "others" || s.tokens.slice(from + 1, head).some((t) => t.lower === "other");
}

function modalCall(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (MODALS.has((s.tokens[i] as Token).lower)) return true;
  return false;
}

const NOUN_LIKE = new Set(["states", "notes"]);

/** A reporting verb between a subject and the reported clause's subject: "A said that …", "A, speaking for B, stated …". */
function reportedBetween(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k] as Token;
    // (Not the nouns: "all States of the region", "the notes".)
    if (REPORTING_VERBS.has(t.text) && !NOUN_LIKE.has(t.text)) return true;
  }
  return false;
}

const ALTERNATIVE_BINDING = new Set(["ratified", "acceded"]);

/** "ratified or acceded to", "acceded to or ratified": two ways of becoming bound joined by "or", of the draft before and `cue`. */
function alternativeBinding(s: Sentence, before: Draft, cue: CueMention): boolean {
  return (
    before.polarity === "affirmed" &&
    before.action !== cue.def.action &&
    ALTERNATIVE_BINDING.has(before.action) &&
    ALTERNATIVE_BINDING.has(cue.def.action) &&
    s.tokens[before.cue.to]?.lower === "or" &&
    before.cue.to + 1 === cue.from
  );
}

/** Words that open a coordinated clause, before its own subject. */
const CLAUSE_JOINS = new Set(["and", "but", "while", "whereas", ";"]);
/** How many words a "no" subject may have before its verb ("no major country of destination in Europe, North America or the Gulf"). */
const MAX_NEGATIVE_SUBJECT = 14;

/**
 * "…, and no major country of destination … is a party", "; no other State has signed it": between `from` and the cue at `to`, a
 * coordinated clause opens whose subject is "no" and a common noun (no actor group), so the cue is that clause's, not the earlier
 * actor's.
 */
function negativeSubjectBetween(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (!CLAUSE_JOINS.has((s.tokens[k] as Token).lower)) continue;
    if (s.tokens[k + 1]?.lower !== "no" || to - (k + 2) > MAX_NEGATIVE_SUBJECT) continue;
    if (s.groups.some((g) => g.from > k + 1 && g.from < to && g.members.every((m) => m.kind === "named"))) continue;
    return true;
  }
  return false;
}
