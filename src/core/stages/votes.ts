import type { ActorMention } from "./actors";
import { DASHES, type Token } from "../text/tokens";
import { groupBefore, groupStartingAt, listAfter, listStart, RELATIVE_OPENERS, relativeOpening } from "./groupQueries";
import { companionLeadAt, semicolonBetween, speakersState, type ActorGroup } from "./groups";
import { countedSubject, PAIR_NOUNS, pairGroup, pairSubject } from "./verb";
import { draft, instrumentNear, redraft, type Draft, type Rule, type Sentence } from "./linkParts";
import type { CueMention } from "./cues";
import { isDateWord, isMonthWord } from "./dates";
import { amongSubject } from "./among";
import { polarityBefore } from "./polarity";
import { COUNT_WORD, describedList, GENERIC_HEADS, genericHeadIn, listNaming, trailingList } from "./memberLists";

/**
 * Votes. Voting in favour is `supported`; voting against, abstaining and not participating are
 * `supported` and negated. The instrument is the one the vote is on, or, when the sentence names
 * none ("Turkey voted in favour."), the one the document is about. The constructions:
 *  - a count with its list in brackets: "35 against (A, B)", "with 13 abstentions (C, D)";
 *  - a list after a vote word and a copula or colon: "Abstentions included A, B", "Voting
 *    against were A, B", "Against: A, B" (a recorded-vote list);
 *  - a subject and a vote verb: "A, B and C voted against X", "A voted in favour", "A abstained",
 *    "A did not participate in the vote";
 *  - a participle after its subject: "with A and B abstaining".
 */
const VOTE_VERBS = new Set(["voted", "vote", "votes", "voting"]);
const LIST_LEADS = new Set([":", "were", "was", "are", "included", "include", "includes", "including"]);
const NUMBER = /^(?:\d+|none|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)$/u;
const NEGATIVE_WORDS = /^(?:against|abstain|abstained|abstains|abstaining|abstention|abstentions)$/u;

/** "voted", "voting" — but not the noun of a count ("13 votes in favour"). */
function isVoteVerb(s: Sentence, at: number): boolean {
  return VOTE_VERBS.has(s.tokens[at]?.lower ?? "") && !NUMBER.test(s.tokens[at - 1]?.lower ?? "");
}

function isNegativeVote(s: Sentence, cue: CueMention): boolean {
  if (cue.def.polarity === "negated") return true;
  for (let i = cue.from; i < cue.to; i++) if (NEGATIVE_WORDS.test((s.tokens[i] as Token).lower)) return true;
  return false;
}

/** Nouns of a vote on a part of a text or on procedure, not on the instrument: "voted against the amendment". */
const PART_NOUNS = new Set([
  "amendment",
  "amendments",
  "paragraph",
  "paragraphs",
  "motion",
  "motions",
  "proposal",
  "proposals",
  "no-action",
  "operative",
  "preambular",
  "oral",
  "procedural",
  "deletion",
]);
const OBJECT_LEADS = new Set(["of", "on", "the", "a", "an", "its", "their", "this", "that", "proposed", "draft"]);

/** "voted against the amendment (to X)", "in favour of the no-action motion": the vote's object is a part or a motion, not an instrument. */
function votesOnPart(s: Sentence, cue: CueMention): boolean {
  let i = cue.to;
  while (i < s.to && i < cue.to + 4 && OBJECT_LEADS.has((s.tokens[i] as Token).lower)) i++;
  if (!PART_NOUNS.has(s.tokens[i]?.lower ?? "")) return false;
  return !s.instruments.some((m) => m.from <= i && i < m.to);
}

function voteDraft(s: Sentence, cue: CueMention, rule: string, agents: ActorGroup): Draft | null {
  if (votesOnPart(s, cue) || formerPosition(s, cue)) return null;
  const near = instrumentNear(s, cue.to);
  // (Not a text named in a later relative: "…, as was Mexico, which had also abstained on resolution 52/2 in 2023".)
  // (Nor one named in a reason given after it: "voted against the draft because it reaffirmed X".)
  // (Nor one named in a clause of its own after a semicolon: "The United States abstained; it was the first resolution on X since …".)
  const target =
    near &&
    near.from >= cue.to &&
    (relativeBetween(s, cue.to, near.from) ||
      reasonBetween(s, cue.to, near.from) ||
      semicolonBetween(s.tokens, cue.to, near.from) ||
      relativeClosedBefore(s, cue, near.from))
      ? null
      : near;
  if (!target && onSomethingElse(s, cue.to)) return null;
  const negated = isNegativeVote(s, cue);
  const d = draft(s, cue, rule, agents, target ? [target] : [], !target, cue.from);
  // "Canada will vote in favour if a vote is called": a vote still to come, between its subject and its verb.
  if (agents.to <= cue.from) {
    const ahead = polarityBefore(s.tokens, cue.from, agents.to);
    if (ahead.polarity === "planned") return redraft(d, { polarity: "planned", polarityBy: ahead.by });
  }
  return redraft(d, { polarity: negated ? "negated" : "affirmed", polarityBy: negated ? "vote" : null });
}

/** Verbs of a changed position: "moved from abstention in 2024 to a vote in favour", "switched from voting against to abstaining". */
const POSITION_CHANGES = new Set(["moved", "moving", "switched", "switching", "shifted", "shifting", "changed", "changing", "went", "going"]);

/** The vote is the position a change left ("from abstention", "from voting against"): an earlier vote, not this one. */
function formerPosition(s: Sentence, cue: CueMention): boolean {
  const from = s.tokens[cue.from - 1]?.lower === "from" ? cue.from - 1 : s.tokens[cue.from - 2]?.lower === "from" ? cue.from - 2 : -1;
  if (from < 0) return false;
  for (let k = from - 1; k >= Math.max(s.from, from - 4); k--) if (POSITION_CHANGES.has((s.tokens[k] as Token).lower)) return true;
  return false;
}

/** How far back from a vote the relative that holds it may open (", who voted in favour,"). */
const HOLDING_RELATIVE_REACH = 6;

/**
 * The vote is in a relative set off by commas that closes before `to` ("The representative of Chile, who voted in favour, recalled
 * that her country had ratified X": X is the main clause's, not the vote's).
 */
function relativeClosedBefore(s: Sentence, cue: CueMention, to: number): boolean {
  let open = -1;
  for (let k = cue.from - 1; k > s.from && cue.from - k <= HOLDING_RELATIVE_REACH; k--) {
    if (s.tokens[k]?.text !== ",") continue;
    if (RELATIVE_OPENERS.has(s.tokens[k + 1]?.lower ?? "")) open = k;
    break;
  }
  if (open < 0) return false;
  for (let k = cue.to; k < to; k++) if (s.tokens[k]?.text === ",") return true;
  return false;
}

/** A relative clause opens between `from` and `to` (", which", ", who"). */
function relativeBetween(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) if (s.tokens[i]?.text === "," && RELATIVE_OPENERS.has(s.tokens[i + 1]?.lower ?? "")) return true;
  return false;
}

/** Words that open a reason or concession clause: what such a clause names is not the vote's object. */
const REASON_OPENERS = new Set(["because", "since", "although", "though", "while"]);

/** A reason or concession clause opens between `from` and `to` ("because it reaffirmed", "although it welcomed"). */
function reasonBetween(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (REASON_OPENERS.has(s.tokens[i]?.lower ?? "")) return true;
  return false;
}

const ELLIPTIC_AUXILIARIES = new Set(["did", "were", "was", "had", "have", "has"]);

/** ", as did A, B and C" right after a vote (the clause's end): the list, or null. */
function asDidAfter(s: Sentence, at: number): ActorGroup | null {
  if (s.tokens[at]?.text !== "," || s.tokens[at + 1]?.lower !== "as" || !ELLIPTIC_AUXILIARIES.has(s.tokens[at + 2]?.lower ?? "")) return null;
  const g = groupStartingAt(s, at + 3, 1);
  return g ? listAfter(s, g) : null;
}

const VOTE_OBJECT_LEADS = new Set(["on", "of"]);
const DETERMINERS = new Set(["a", "an", "the", "another", "that", "this", "its", "their"]);
/** Nouns for the text a vote report is about ("voted in favour of the text", "abstained on the draft"). */
const THE_TEXT = new Set(["text", "resolution", "draft", "decision", "document", "same", "whole"]);

/**
 * "Brazil, which abstained on a Security Council draft two weeks ago, …": a vote whose object the sentence states but names as
 * no instrument is a vote on something else, not on the text the document is about.
 */
function onSomethingElse(s: Sentence, at: number): boolean {
  const t = s.tokens;
  // "abstained on a draft", "voted in favour of a text"; "voted against a draft" (the cue's own "against" leads the object).
  if (!VOTE_OBJECT_LEADS.has(t[at]?.lower ?? "")) {
    if (t[at - 1]?.lower !== "against") return false;
    at--;
  }
  const det = t[at + 1]?.lower ?? "";
  if (!DETERMINERS.has(det)) return false;
  // "on a Security Council draft", "on another text": an indefinite object is never the text the report is about.
  const indefinite = det === "a" || det === "an" || det === "another";
  for (let k = at + 2; k < Math.min(s.to, at + 6); k++) {
    const w = (t[k] as Token).lower;
    if ((THE_TEXT.has(w) && !indefinite) || isDateWord(w)) return false;
    if (!(t[k] as Token).word) break;
  }
  return true;
}

/** "Abstentions included A, B", "Voting against were A", "Against: A, B": the list after the vote word. */
/** "(20)" at `at`: a recorded vote's count in brackets before its list ("In favour (20): A, B"). */
function countInBrackets(s: Sentence, at: number): boolean {
  return s.tokens[at]?.text === "(" && NUMBER.test(s.tokens[at + 1]?.lower ?? "") && s.tokens[at + 2]?.text === ")";
}

const COMPANION_PRONOUNS = new Set(["it", "them", "him", "her"]);
/** Prepositions that open a vote participle's adjunct before its copula ("Abstaining in the vote on Monday were …"). */
const ADJUNCT_LEADS = new Set(["in", "at", "during", "on"]);

function listAfterVote(s: Sentence, cue: CueMention): ActorGroup | null {
  let i = countInBrackets(s, cue.to) ? cue.to + 3 : cue.to;
  // "The 35 abstaining States included A, B": the voters' head between the attributive vote word and its list.
  if (GENERIC_HEADS.has(s.tokens[i]?.lower ?? "") && LIST_LEADS.has(s.tokens[i + 1]?.lower ?? "")) i++;
  // "Voting in favour of the text were A, B", "Among the members voting for the resolution were A, B": past the vote's object to the copula.
  const votingFor = s.tokens[cue.from]?.lower === "voting" && s.tokens[cue.from + 1]?.lower === "for";
  // ("Abstaining in the vote on Monday were A, B", "Voting against at the final session were A": past the participle's adjunct.)
  const participle = cue.from === s.from || s.tokens[cue.from - 1]?.lower === "voting" || (s.tokens[cue.from] as Token).lower.endsWith("ing");
  const adjunct = participle && ADJUNCT_LEADS.has(s.tokens[i]?.lower ?? "") && s.tokens[cue.from - 1]?.text !== ",";
  if ((s.tokens[i]?.lower === "of" && (s.tokens[cue.from - 1]?.lower === "voting" || s.tokens[cue.from - 1]?.lower === "voted")) || votingFor || adjunct) {
    let k = i + 1;
    while (k < Math.min(s.to, i + 8) && !LIST_LEADS.has((s.tokens[k] as Token).lower)) k++;
    if (k < s.to && k < i + 8) i = k;
  }
  // "Abstaining with it were A, B", "Voting against with them were A": the companion before the copula.
  if (s.tokens[i]?.lower === "with" && COMPANION_PRONOUNS.has(s.tokens[i + 1]?.lower ?? "") && LIST_LEADS.has(s.tokens[i + 2]?.lower ?? "")) i += 2;
  if (s.tokens[i]?.lower === "the" || s.tokens[i]?.lower === "resolution") return null;
  // "Abstentions came from a further 15 delegations (including A, B)": the generic source's members.
  if (s.tokens[i]?.lower === "came" && s.tokens[i + 1]?.lower === "from") {
    for (let k = i + 2; k < Math.min(s.to, i + 8); k++) {
      if (GENERIC_HEADS.has((s.tokens[k] as Token).lower)) return listNaming(s, k);
    }
    return null;
  }
  if (!LIST_LEADS.has(s.tokens[i]?.lower ?? "")) return null;
  // "Delegations voting against included all 27 member States of the European Union, as well as A, B": the states named after the
  // membership the text does not list.
  if (s.tokens[i + 1]?.lower === "all") {
    for (let k = i + 2; k < Math.min(s.to - 3, i + 14); k++) {
      if (s.tokens[k]?.lower !== "as" || s.tokens[k + 1]?.lower !== "well" || s.tokens[k + 2]?.lower !== "as") continue;
      // (The list may run on from the membership's organisation: "the European Union, as well as A" is one group.)
      const within = s.groups.find((g) => g.from < k + 3 && g.to > k + 3);
      const rest = within?.members.filter((m) => m.from >= k + 3) ?? [];
      const named = rest.length > 0 && within ? { ...within, from: (rest[0] as ActorMention).from, members: rest } : groupStartingAt(s, k + 3, 1);
      return named ? listAfter(s, named) : null;
    }
  }
  // "Voting in favour were the permanent members A, B and C, together with the elected members D and E": lists after descriptors.
  const described = describedMembersAt(s, listStart(s, i));
  if (described) {
    const first = listAfter(s, described);
    const t = s.tokens;
    const more =
      t[first.to]?.text === "," && t[first.to + 1]?.lower === "together" && t[first.to + 2]?.lower === "with"
        ? (describedMembersAt(s, first.to + 3) ?? groupStartingAt(s, first.to + 3, 1))
        : null;
    if (!more) return first;
    const rest = listAfter(s, more);
    return { ...first, to: rest.to, members: [...first.members, ...rest.members] };
  }
  // "Voting against were, among others, A, B"; "Voting in favour were the 10 elected members that had drafted it — A, B".
  const g = groupStartingAt(s, listStart(s, i), 2) ?? (s.tokens[i]?.text === ":" ? null : describedList(s, i + 1));
  return g ? listAfter(s, g) : null;
}

/** How many lower-case words may describe a list's members before it ("the permanent members", "the ten elected members"). */
const MAX_DESCRIPTOR = 5;

/** A list right after a lower-case description of its members that ends in their head: "the permanent members A, B and C". */
function describedMembersAt(s: Sentence, at: number): ActorGroup | null {
  for (let k = at; k < Math.min(s.to, at + MAX_DESCRIPTOR); k++) {
    const t = s.tokens[k] as Token;
    if (!t.word || t.text !== t.lower) return null;
    if (GENERIC_HEADS.has(t.lower)) return s.groups.find((g) => g.from === k + 1) ?? null;
  }
  return null;
}

/** How far before a vote verb an aside's "including" may stand ("…, including A, B and C, abstained"). */
const ASIDE_REACH = 24;

/** Where ", including …," set off right before the vote verb at `verbFrom` starts (its "including"), or -1. */
function includingAside(s: Sentence, verbFrom: number): number {
  if (s.tokens[verbFrom - 1]?.text !== ",") return -1;
  for (let k = verbFrom - 2; k > Math.max(s.from, verbFrom - ASIDE_REACH); k--) {
    const t = s.tokens[k] as Token;
    if (t.lower === "including" && s.tokens[k - 1]?.text === ",") return k;
    if (t.text === ";" || t.text === ":" || (t.text === "," && s.tokens[k + 1]?.lower !== "and" && !s.groups.some((g) => g.from < k && k < g.to))) return -1;
  }
  return -1;
}

const COORDINATORS = new Set(["but", "and", "yet", ","]);

/** The subject of the vote verb a bare "against"/"in favour" is coordinated with ("voted against X but in favour of Y"), or null. */
function coordinatedVote(s: Sentence, cue: CueMention): ActorGroup | null {
  if (!COORDINATORS.has(s.tokens[cue.from - 1]?.lower ?? "")) return null;
  let verb = -1;
  for (const c of s.cues) if (c.to <= cue.from && isVoteVerb(s, c.from)) verb = c.from; // "voted against", "voted in favour of"
  if (verb < 0) return null;
  for (let i = verb; i < cue.from; i++) if (CLAUSE_BREAKS.has((s.tokens[i] as Token).lower)) return null;
  const g = groupBefore(s, verb);
  return g && isSubject(s, g, verb) ? g : null;
}
/** What ends a vote verb's clause: a coordinated bare vote after it belongs to another verb. */
const CLAUSE_BREAKS = new Set([";", ".", "while", "whereas", "which", "who"]);

/** The group is the vote verb's subject: nothing but a few auxiliaries and adverbs between ("A and B also abstained"). */
function isSubject(s: Sentence, g: ActorGroup, verbFrom: number): boolean {
  // A comma may close the group ("A, together with B, voted against"), and a dash an apposition ("Three delegations — A, B — did not take part").
  const closer = s.tokens[g.to]?.text ?? "";
  // ("Ms. Nakato (Uganda) said that her delegation had voted": a speaker's State in brackets.)
  const speaker = closer === ")" && speakersState(s.tokens, g.from);
  // (A spaced hyphen is a dash too: "A and the other members - B, C - voted in favour".)
  const spacedHyphen = closer === "-" && (s.tokens[g.to] as Token).start > (s.tokens[g.to - 1] as Token).end;
  let start = (closer === "," && g.members.length > 1) || closer === "—" || closer === "–" || spacedHyphen || speaker ? g.to + 1 : g.to;
  // ("A, B and C, the A3 Plus, which voted in favour": past a short apposition set off by commas.)
  const apposed = closer === "," && start === g.to + 1 ? pastApposition(s, start, verbFrom) : start;
  // ("Russia and six other States voted against", "A, along with six other States, voted …": unnamed others beside the subject.)
  const others = unnamedOthersEnd(s, g.to);
  if (others > g.to) return isSubject(s, { ...g, to: others }, verbFrom);
  if (verbFrom - g.to - (speaker ? 1 : 0) - (apposed - start) > MAX_SUBJECT_GAP) return false;
  start = apposed;
  for (let i = start; i < verbFrom; i++) {
    const t = s.tokens[i] as Token;
    // "Russia had on Sept. 30 vetoed": an abbreviated month's full stop is part of the words between.
    if (t.text === "." && isMonthWord(s.tokens[i - 1]?.lower ?? "")) continue;
    // "A, B — with the remaining members voting against", "A said the four delegations had voted": a subject of its own.
    // ("… said their countries had voted": a possessive's noun is the subject's own.)
    if (!t.word || OWN_SUBJECT.has(t.lower) || (GENERIC_HEADS.has(t.lower) && !POSSESSIVES.has(s.tokens[i - 1]?.lower ?? ""))) return false;
  }
  return true;
}

/**
 * After a subject at `at`: "and six other States", ", along with six other States,", "and 20 others": the index past them (and past
 * the comma that closes them), else `at`.
 */
function unnamedOthersEnd(s: Sentence, at: number): number {
  let k = at;
  if (s.tokens[k]?.text === ",") k++;
  const lead = s.tokens[k]?.lower === "and" ? 1 : companionLeadAt(s.tokens, k);
  if (lead === 0 || !COUNT_WORD.test(s.tokens[k + lead]?.lower ?? "")) return at;
  k += lead + 1;
  if (s.tokens[k]?.lower === "others") k++;
  else if (s.tokens[k]?.lower === "other" && GENERIC_HEADS.has(s.tokens[k + 1]?.lower ?? "")) k += 2;
  else return at;
  return s.tokens[k]?.text === "," && s.tokens[at]?.text === "," ? k + 1 : k;
}

/** Words that open a short apposition to a list ("the A3 Plus", "our partners"). */
const APPOSITION_LEADS = new Set(["the", "our", "their", "its", "all"]);
const MAX_APPOSITION_WORDS = 5;

/** After a short apposition at `at` closed by a comma before `to` ("the A3 Plus,"): the index past its comma, else `at`. */
function pastApposition(s: Sentence, at: number, to: number): number {
  if (!APPOSITION_LEADS.has(s.tokens[at]?.lower ?? "")) return at;
  for (let k = at + 1; k < to && k - at <= MAX_APPOSITION_WORDS; k++) {
    const t = s.tokens[k] as Token;
    if (t.text === ",") return k > at + 1 ? k + 1 : at;
    if (!t.word) return at;
  }
  return at;
}

/**
 * "The Netherlands and the other European Union members of the Council - A, B - voted in favour": a list in dashes is an apposition
 * to the subject that opens the sentence, whose own named states voted too.
 */
function withHead(s: Sentence, g: ActorGroup): ActorGroup {
  const open = s.tokens[g.from - 1]?.lower === "the" ? g.from - 2 : g.from - 1;
  if (!DASHES.has(s.tokens[open]?.text ?? "")) return g;
  const head = s.groups.find((x) => x.to <= open && x.from <= s.from + 1 && x.members.every((m) => m.actor?.kind === "state"));
  return head ? { ...g, from: head.from, members: [...head.members, ...g.members] } : g;
}

const VERB_LEADS = new Set(["also", "then", "had", "has", "have", "later", "eventually", "ultimately", "finally"]);

/** "A, which had proposed its own text, voted against": the group before ", which … ," that ends right before the verb. */
function subjectBeforeRelative(s: Sentence, verbFrom: number): ActorGroup | null {
  let k = verbFrom - 1;
  while (k > s.from && VERB_LEADS.has((s.tokens[k] as Token).lower)) k--;
  if (s.tokens[k]?.text !== ",") return null;
  // ("A, B and C, all of which had abstained in the Committee, voted in favour": a quantified relative too.)
  const opening = relativeOpening(s, k);
  const open = opening >= 0 ? opening : relativeCommaBefore(s, k);
  if (open < 0) return null;
  // (Not when the relative names a resolution: "his country, which had abstained on resolution 77/222 two years ago, voted in
  // favour this time" votes on another text than the one it names.)
  if (s.instruments.some((m) => m.type === "resolution" && m.from > open && m.to <= k)) return null;
  const g = s.groups.find((x) => x.to === open);
  return g && g.eligible ? g : null;
}

/** What may stand between a vote and its companions: its object ("voted against it together with B"). */
const VOTE_OBJECT_WORDS = new Set(["it", "the", "text", "draft", "resolution", "them", "both", ","]);

/** "A voted against it together with B and C": the companions voted as the subject did. */
function withCompanions(s: Sentence, cue: CueMention, g: ActorGroup): ActorGroup {
  let k = cue.to;
  const target = instrumentNear(s, cue.to);
  if (target && target.from - cue.to <= 3) k = target.to;
  // (Past the vote's day: "voted against resolution 74/247 on 27 December 2019, together with B and C".)
  while (
    k < s.to &&
    k - cue.to <= 10 &&
    (VOTE_OBJECT_WORDS.has((s.tokens[k] as Token).lower) || isDateWord((s.tokens[k] as Token).lower) || s.tokens[k]?.lower === "on")
  )
    k++;
  const lead = companionLeadAt(s.tokens, k);
  if (lead === 0) return g;
  const companions = groupStartingAt(s, k + lead, 1);
  if (!companions) return g;
  const list = listAfter(s, companions);
  return { ...g, members: [...g.members, ...list.members] };
}

/** How many words may stand between a vote's subject and its verb ("Russia had on Sept. 30 vetoed"). */
const MAX_SUBJECT_GAP = 6;

/** Words that open a clause with a subject of its own between a name and a vote verb: "A, B — while no one voted against". */
const OWN_SUBJECT = new Set(["while", "whereas", "but", "although", "though", "no", "none", "nobody", "nothing", "with"]);
const POSSESSIVES = new Set(["their", "its", "his", "her", "our"]);

const RELATIVE_QUANTIFIERS = new Set(["all", "both", "each", "most"]);
const DELEGATE_NOUNS = new Set(["delegate", "delegates", "delegation", "delegations", "representative", "representatives"]);

/**
 * "The representative of Norway, which voted in favour, said …", "The representatives of A, B and C, all of which voted in favour",
 * "Ukraine's delegate, who also voted in favour": the relative's antecedent voted. The vote verb starts at `verb`.
 */
function relativeVoter(s: Sentence, verb: number): ActorGroup | null {
  let k = verb - 1;
  while (k > s.from && (s.tokens[k] as Token).word && ((s.tokens[k] as Token).lower === "also" || (s.tokens[k] as Token).lower.endsWith("ly"))) k--;
  // ("Japan, whose government delegates voted in favour": the State its delegates voted for.)
  let j = k;
  while (j > s.from && WHOSE_VOTERS.has((s.tokens[j] as Token).lower)) j--;
  if (j < k && s.tokens[j]?.lower === "whose" && WHOSE_VOTERS.has(s.tokens[k]?.lower ?? "") && s.tokens[k]?.lower !== "government") k = j;
  const pronoun = s.tokens[k]?.lower === "whose" ? "which" : s.tokens[k]?.lower;
  if (pronoun !== "which" && pronoun !== "who" && pronoun !== "whom") return null;
  k--;
  const whole = s.tokens[k]?.lower === "of" && RELATIVE_QUANTIFIERS.has(s.tokens[k - 1]?.lower ?? "");
  if (pronoun === "whom" && !whole) return null;
  if (whole) k -= 2;
  if (s.tokens[k]?.text !== ",") return null;
  let end = k;
  // "Ukraine's delegate": the delegate's state.
  if (DELEGATE_NOUNS.has(s.tokens[end - 1]?.lower ?? "") && s.tokens[end - 2]?.text === "'s") end -= 2;
  const g = s.groups.find((x) => x.to === end);
  if (!g) return null;
  const last = g.members[g.members.length - 1];
  return whole || !last ? g : { ...g, from: last.from, members: [last] };
}

/** Who votes for the antecedent of "whose" ("whose government delegates voted", "whose delegation voted"). */
const WHOSE_VOTERS = new Set(["government", "delegates", "delegate", "delegation", "representative", "representatives"]);

/** Relative pronouns that open a voters' clause ("members that voted in favour"). */
const VOTER_RELATIVES = new Set(["that", "who", "which"]);

/** "members of the Council that voted …", "the delegations who voted …": a generic plural antecedent of the vote at `at`. */
function genericRelativeVoter(s: Sentence, at: number): boolean {
  const verb = s.tokens[at - 1]?.lower ?? "";
  if (verb !== "voted" && verb !== "voting") return false;
  const relative = VOTER_RELATIVES.has(s.tokens[at - 2]?.lower ?? "") ? at - 2 : -1;
  // (The antecedent may have a complement: "members of the Council that voted".)
  for (let k = relative - 1; relative > 0 && k >= Math.max(s.from, relative - 5); k--) if (GENERIC_HEADS.has((s.tokens[k] as Token).lower)) return true;
  return false;
}

/** An abstention as a noun, whose voters may follow it: "the abstentions of A and B". */
const ABSTENTION_NOUNS = new Set(["abstention", "abstentions"]);
const VOTER_PREPOSITIONS = new Set(["of", "by", "from"]);

/** Words that are a vote only as a recorded vote's heading, before its colon ("Absent: A, B"). */
const HEADING_ONLY = new Set(["absent", "non-voting"]);

/**
 * "Japan and India, which abstained in Geneva, voted in favour in New York": a vote in a relative clause on the subject of a vote of
 * its own was cast on another occasion; naming no text, it is no vote on the text the main clause votes on.
 */
function voteBeforeMainVote(s: Sentence, cue: CueMention): boolean {
  let close = -1;
  for (let k = cue.to; k < s.to && close < 0; k++) {
    const t = (s.tokens[k] as Token).text;
    if (t === ";" || t === ":" || t === ".") return false;
    if (t === ",") close = k;
  }
  if (close < 0) return false;
  const open = relativeCommaBefore(s, cue.from);
  if (open < 0 || s.instruments.some((m) => m.from > open && m.to <= close)) return false;
  let next = close + 1;
  while (next < s.to && VERB_LEADS.has((s.tokens[next] as Token).lower)) next++;
  return isVoteVerb(s, next) || s.cues.some((c) => c !== cue && c.def.form === "vote" && c.from === next);
}
const RELATIVE_PRONOUNS = new Set(["which", "who"]);

/** The comma that opens the relative clause (", which", ", all of which") the word at `at` is in, with no comma between; else -1. */
function relativeCommaBefore(s: Sentence, at: number): number {
  for (let k = at - 1; k > s.from && at - k <= RELATIVE_WORDS; k--) {
    const w = (s.tokens[k] as Token).lower;
    if (w === "," || w === ";" || w === ":") return -1;
    if (!RELATIVE_PRONOUNS.has(w)) continue;
    if (s.tokens[k - 1]?.text === ",") return k - 1;
    const whole = s.tokens[k - 1]?.lower === "of" && RELATIVE_QUANTIFIERS.has(s.tokens[k - 2]?.lower ?? "");
    return whole && s.tokens[k - 3]?.text === "," ? k - 3 : -1;
  }
  return -1;
}
const RELATIVE_WORDS = 12;

export const vote: Rule = (s, cue) => {
  if (cue.def.form !== "vote") return null;
  if (voteBeforeMainVote(s, cue)) return null;
  if (HEADING_ONLY.has((s.tokens[cue.from] as Token).lower) && s.tokens[cue.to]?.text !== ":") return null;
  // "Chile abstained from signing X": kept from an act, which is no vote (polarity.ts negates the act).
  if (
    /^abstain/u.test((s.tokens[cue.from] as Token).lower) &&
    s.tokens[cue.to]?.lower === "from" &&
    /^(?!voting$).+ing$/u.test(s.tokens[cue.to + 1]?.lower ?? "")
  )
    return null;
  if (s.tokens[cue.to]?.text === "(" && !countInBrackets(s, cue.to)) {
    const g = groupStartingAt(s, cue.to + 1, 1);
    return g ? voteDraft(s, cue, "vote-list", listAfter(s, g)) : null;
  }
  // "adopted with the abstentions of China, India and Brazil", "the abstention by the United States": the noun's voters.
  if (ABSTENTION_NOUNS.has((s.tokens[cue.from] as Token).lower) && VOTER_PREPOSITIONS.has(s.tokens[cue.to]?.lower ?? "")) {
    const g = groupStartingAt(s, cue.to + 1, 1);
    return g ? voteDraft(s, cue, "vote-list", listAfter(s, g)) : null;
  }
  // "by a recorded vote of 13 in favour – China, Denmark, … – to none against": a count's list set off by dashes.
  if (DASHES.has(s.tokens[cue.to]?.text ?? "") && NUMBER.test(s.tokens[cue.from - 1]?.lower ?? "")) {
    const g = groupStartingAt(s, cue.to + 1, 1);
    if (g) return voteDraft(s, cue, "vote-list", listAfter(s, g));
  }
  // "with 11 abstentions, among them A, B", "32 against, including A": a count's list after an introducer.
  // (So is a generic antecedent's: "all members of the Council that voted in favour, including A, B".)
  const counted = NUMBER.test(s.tokens[cue.from - 1]?.lower ?? "") || genericRelativeVoter(s, cue.from) ? listNaming(s, cue.to - 1) : null;
  const listed = counted ?? listAfterVote(s, cue);
  if (listed) return voteDraft(s, cue, "vote-list", listed);
  // "with A and B abstaining": the participle's subject stands right before it, whatever governs it.
  const adjacent = s.groups.find((g) => g.to === cue.from);
  if (adjacent && (s.tokens[cue.from] as Token).lower.endsWith("ing")) return voteDraft(s, cue, "vote-verb", adjacent);
  // ("with the United States and Israel voting against": so does the subject of "voting" before its manner.)
  const voting = s.tokens[cue.from - 1]?.lower === "voting" ? s.groups.find((g) => g.to === cue.from - 1) : undefined;
  if (voting) return voteDraft(s, cue, "vote-verb", voting);
  const first = (s.tokens[cue.from] as Token).lower;
  // A bare "against" / "in favour" is a vote only after a vote verb ("voted in favour"), not "13 in favour",
  // or coordinated with a vote before it, whose subject it shares ("A voted against X but in favour of Y").
  if ((first === "against" || first === "in") && !isVoteVerb(s, cue.from - 1)) {
    const shared = coordinatedVote(s, cue);
    return shared ? voteDraft(s, cue, "vote-coordinated", shared) : null;
  }
  const g = groupBefore(s, cue.from);
  if (g && isSubject(s, g, cue.from)) return voteDraft(s, cue, "vote-verb", withCompanions(s, cue, withHead(s, g)));
  // "Mr. X (Netherlands), speaking also for A and B, said that the three countries had voted against": a count of the states named.
  const verbFrom = isVoteVerb(s, cue.from - 1) ? cue.from - 1 : cue.from;
  const pair = pairSubject(s, verbFrom);
  const count = pair >= 0 ? pair : countedSubject(s, verbFrom);
  if (count >= 0 && (!g || count >= g.to)) {
    let end = count + 1;
    while (end < verbFrom && !PAIR_NOUNS.has(s.tokens[end - 1]?.lower ?? "")) end++;
    return voteDraft(s, cue, "vote-verb", pairGroup(count, end));
  }
  // "The United States, which had proposed its own text, voted against it": the subject before a relative set off by commas.
  const beyond = subjectBeforeRelative(s, verbFrom);
  if (beyond) return voteDraft(s, cue, "vote-verb", withCompanions(s, cue, beyond));
  const voter = relativeVoter(s, verbFrom);
  if (voter) return voteDraft(s, cue, "vote-relative", voter);
  // "Twenty-one delegations did not take part in the vote, among them A, B", "Nine States abstained (A, B …)": a counted
  // subject's members listed after the vote.
  // ("Twenty-four Member States, including A and B, did not vote": the head before the aside that names some of them.)
  const aside = includingAside(s, verbFrom);
  if (!g || aside >= 0) {
    const head = genericHeadIn(s, Math.max(s.from, (aside >= 0 ? aside : cue.from) - 6), aside >= 0 ? aside : cue.from);
    const members = head >= 0 ? (listNaming(s, head) ?? trailingList(s, cue.to)) : null;
    if (members) return voteDraft(s, cue, "vote-list", members);
  }
  // "The 28 members of the Union voted in favour, as did A, B and C": the named states that voted the same way.
  const elliptic = asDidAfter(s, cue.to);
  if (elliptic) return voteDraft(s, cue, "ellipsis", elliptic);
  // "A was among 122 nations that voted to adopt X".
  const among = amongSubject(s, cue.from);
  return among
    ? voteDraft(s, cue, "among", among.named ? { ...among.subject, members: [...among.subject.members, ...among.named.members] } : among.subject)
    : null;
};
