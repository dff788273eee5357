import { isCapitalised, type Token } from "../text/tokens";
import { isDeliberative } from "../lexicon/organisations";
import { isMonthWord } from "./dates";
import { ORDINAL, ORDINAL_WORD } from "./polarity";
import { lookupActor, organisationAt, pluralPossessiveAt, type Actor, type ActorMention } from "./actors";
import type { ActorGroup } from "./groups";
import { groupBefore, groupStartingAt } from "./groupQueries";
import type { InstrumentMention } from "./instruments";
import { actNounBefore, ADVERB, draft, type Draft, nextCueStart, objectsAfter, type Rule, type Sentence, YEAR } from "./linkParts";

/**
 * Adoption by a deliberative body the lexicon does not name, or does not name in the clause:
 *  - "X was adopted by the International Labour Conference at its 100th Session", "adopted by
 *    Commonwealth Law Ministers": the body phrase after "by" is the agent, as written;
 *  - "the Fifty-sixth World Health Assembly unanimously adopted X", "the Article XIV Conference,
 *    meeting in New York, adopted X": the body phrase before the verb is the subject;
 *  - "Resolution 78/37 … was adopted by a recorded vote of 144 in favour", "That resolution,
 *    adopted in April 2015 by a vote of 14 to none": no agent at all; a resolution's adopting body
 *    is the one the text speaks of (resolved in refine/references.ts, a "body" reference). A treaty
 *    adopted without an agent gives no record: conferences that adopt treaties are often unnamed.
 * Only adoption: a body phrase is never a party to a treaty, and a domestic body's approval
 * ("the National Assembly approved the ratification") is no record.
 */

/** Words a deliberative body's name ends with (or, "Council of the League", starts with). */
const BODY_HEADS = new Set([
  "conference",
  "assembly",
  "council",
  "committee",
  "commission",
  "summit",
  "meeting",
  "ministers",
  "leaders",
  "heads",
  "parties",
  "government",
  "governments",
]);
/** One word that stands for a body the text has named ("the Meeting adopted", "the COP adopted"). */
export const BODY_REFERENCES = new Set(["meeting", "forum", "summit", "conference", "cop", "mop", "cma", "cmp", "session", "plenary", "board"]);
/** Of those, the ones that say it in lower case too ("the meeting adopted"). */
const LOWER_BODY_REFERENCES = new Set(["meeting", "forum", "summit", "plenary"]);
/** A body's bare name that may open a communiqué's sentence as its subject, without "the". */
const SENTENCE_BODIES = new Set(["Summit", "Plenary"]);
/** Words between a body and its verb that are neither part of its name nor a new clause ("the Assembly today adopted"). */
const BODY_VERB_ADVERBS = new Set([
  "today",
  "yesterday",
  "also",
  "further",
  "then",
  "later",
  "formally",
  "finally",
  "subsequently",
  "again",
  "thereafter",
  "meanwhile",
]);
/** Names of domestic bodies: their approval is a step towards ratification, not an adoption. */
const DOMESTIC = new Set(["national", "parliament", "parliamentary", "senate", "congress", "cabinet", "duma", "house", "legislative", "federal", "state"]);
/** Words that link a body's name ("Meeting of the Parties to the Convention"). */
export const NAME_LINKS = new Set(["of", "the", "and", "for", "on", "to"]);
const PASSIVE = new Set(["was", "were", "been", "being", "is", "are"]);
/** What may follow an agentless passive adoption in its clause: a vote, a manner, a time. */
const AGENTLESS_NEXT = new Set(["by", "without", "unanimously", "on", "in", "at", "last", "earlier", "today", "yesterday", "with", ",", "."]);
const MAX_BODY_TOKENS = 14;
const DIGIT = /^\d/u;
/** How far back a parenthetical between a body and its verb may reach ("the Conference, meeting at UN Headquarters in New York, adopted"). */
const MAX_PARENTHETICAL = 16;

export const adoption: Rule = (s, cue) => {
  if (cue.def.form !== "verb" || cue.def.action !== "adopted") return null;
  let back = cue.from - 1;
  while (back > s.from && (isAdverb(s.tokens[back] as Token) || BODY_VERB_ADVERBS.has((s.tokens[back] as Token).lower))) back--;
  const passive = PASSIVE.has(s.tokens[back]?.lower ?? "") || reducedRelative(s, back);
  if (passive) {
    const objects = subjectsBefore(s, passive === true ? back : back + 1);
    // "The Nicosia Convention entered into force in 2022. It was adopted by the Committee of Ministers on 3 May 2017.": the text
    // the sentence before is about, by the body named.
    if (objects.length === 0 && passive === true && pronounSubjectAt(s, back - 1)) {
      const byAt = byAfter(s, cue.to);
      const body = byAt >= 0 && !groupStartingAt(s, byAt + 1, 2) ? bodyPhraseAt(s, byAt + 1) : null;
      return body ? draft(s, cue, "body-passive", body, [], true, Math.max(s.from, cue.from - 3)) : null;
    }
    // "its instrument of ratification of X was approved by the Council of Ministers": a domestic step, no adoption.
    if (objects.length === 0 || actNounBefore(s, (objects[0] as InstrumentMention).from)) return null;
    let byAt = byAfter(s, cue.to);
    // "adopted by consensus by the Conference of the Parties": the manner first, then the agent.
    const manner =
      byAt >= 0
        ? MANNERS.has(s.tokens[byAt + 1]?.lower ?? "") || (s.tokens[byAt + 1]?.lower === "a" && VOTE_NOUNS.has(s.tokens[byAt + 3]?.lower ?? ""))
        : false;
    if (manner) {
      const next = byAfter(s, byAt + 2);
      if (next >= 0) byAt = next;
    }
    if (byAt >= 0) {
      // A known actor after "by" is the ordinary passive's (verb.ts).
      if (groupStartingAt(s, byAt + 1, 2)) return null;
      const body = bodyPhraseAt(s, byAt + 1);
      // (What opens the subject's clause bears on the act: "Once the text is adopted by the Committee of Ministers, …", "As soon as the Convention is adopted": not yet.)
      const floor = Math.max(s.from, Math.min(cue.from - 3, (objects[0] as InstrumentMention).from - 3));
      return body ? draft(s, cue, "body-passive", body, objects, false, floor) : agentless(s, cue, objects, byAt);
    }
    return agentless(s, cue, objects, cue.to);
  }
  // Active: "<Body> [, parenthetical,] [adverbs] adopted X" with no known actor as subject; or with one only inside the body's
  // name ("the Committee of Ministers of the Council of Europe adopted X": the Committee, not the Council of Europe).
  const known = groupBefore(s, cue.from);
  const end = bodyEndBefore(s, back);
  const body = end >= 0 ? (bodyPhraseEndingAt(s, end) ?? bodyReferenceAt(s, end)) : null;
  if (!body || (known && !(body.from < known.from && known.to === end + 1 && s.tokens[known.from - 1]?.lower !== "and"))) return null;
  const objects = objectsAfter(s, cue.to, nextCueStart(s, s.cues.indexOf(cue)));
  return objects.length > 0 ? draft(s, cue, "body-subject", body, objects, false, body.from) : null;
};

/** "the Meeting", "the Forum", "the COP", "the meeting": one head word after "the", the body the text has named (refine/references.ts). */
function bodyReferenceAt(s: Sentence, end: number): ActorGroup | null {
  const t = s.tokens[end];
  // (Or a communiqué's bare name at the start of its sentence: "Summit adopted the Harare Declaration", as SADC writes.)
  if (!t || !(s.tokens[end - 1]?.lower === "the" || (end === s.from && SENTENCE_BODIES.has(t.text))) || !BODY_REFERENCES.has(t.lower)) return null;
  if (!isCapitalised(t) && !LOWER_BODY_REFERENCES.has(t.lower)) return null;
  return { from: end, to: end + 1, members: [{ from: end, to: end + 1, kind: "body", actor: null }], eligible: true };
}

/** "That resolution, adopted in April 2015 by a vote of …,": a participle right after an instrument and a comma. */
function reducedRelative(s: Sentence, back: number): boolean | "reduced" {
  return s.tokens[back]?.text === "," && s.instruments.some((m) => m.to === back) ? "reduced" : false;
}

/** The instruments the passive's subject names, before `at`: the last one and those coordinated with it ("Convention No. 190 and its Recommendation"). */
function subjectsBefore(s: Sentence, at: number): InstrumentMention[] {
  // "Resolution 78/37, on the implementation of the CCM, was adopted": the subject is the instrument before the complement.
  if (s.tokens[at - 1]?.text === ",") {
    for (let k = at - 2; k > s.from && at - k <= MAX_PARENTHETICAL + 8; k--) {
      if ((s.tokens[k] as Token).text !== ",") continue;
      if (s.instruments.some((m) => m.to === k)) at = k + 1;
      break;
    }
  }
  const before = s.instruments.filter((m) => m.to <= at);
  const last = before[before.length - 1];
  if (!last) return [];
  // The subject must be in this clause: only a bracket, a comma-delimited complement or adverbs between it and the auxiliary.
  const gap = s.tokens.slice(last.to, at);
  if (gap.some((t) => t.text === ";")) return [];
  // (Not "X has been ratified by 52 States since it was adopted": the subject is then another word.)
  if (!(
    gap.length === 0 ||
    (gap.length === 1 && gap[0]?.text === ",") ||
    relative(gap) ||
    bracketed(gap) ||
    gap.every(isAdverb) ||
    coordinatedNoun(gap) ||
    datedOf(gap)
  ))
    return [];
  const out = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    const m = before[k] as InstrumentMention;
    const between = s.tokens.slice(m.to, (out[0] as InstrumentMention).from).map((t) => t.lower);
    if (
      between.length === 0 ||
      between.length > 4 ||
      !between.includes("and") ||
      !between.every((w) => w === "and" || w === "its" || w === "the" || w === "accompanying")
    )
      break;
    out.unshift(m);
  }
  return out;
}

/** "resolution 77/222 of 15 December 2022, was adopted": the text's own date after its number, and the comma that closes it. */
function datedOf(gap: readonly Token[]): boolean {
  if (gap[0]?.lower !== "of" || gap.length < 3 || gap.length > 6) return false;
  const inner = gap[gap.length - 1]?.text === "," ? gap.slice(1, -1) : gap.slice(1);
  return inner.length > 0 && inner.every((t) => DATE_NUMBER.test(t.text) || isMonthWord(t.lower) || t.text === ",") && inner.some((t) => YEAR.test(t.text));
}
const DATE_NUMBER = /^\d{1,4}$/u;

/** ", which" / ", that": "by resolution 2707 (2023), which was adopted unanimously". */
function relative(gap: readonly Token[]): boolean {
  return gap.length === 2 && gap[0]?.text === "," && (gap[1]?.lower === "which" || gap[1]?.lower === "that");
}

/** "(A/78/L.5)", "(document A/C.3/79/L.16)": one bracket, closed. */
function bracketed(gap: readonly Token[]): boolean {
  return gap[0]?.text === "(" && gap[gap.length - 1]?.text === ")" && gap.filter((t) => t.text === ")").length === 1;
}

/** A lower-case "-ly" word ("unanimously"; not "Assembly"). */
function isAdverb(t: Token): boolean {
  return t.word && !isCapitalised(t) && ADVERB.test(t.lower);
}

/** "and its accompanying Recommendation (No. 206)": a noun phrase coordinated with the instrument, which the catalog lacks. */
function coordinatedNoun(gap: readonly Token[]): boolean {
  return gap.length <= 10 && gap[0]?.lower === "and" && gap.some((t) => t.word && isCapitalised(t)) && !gap.some((t) => PASSIVE.has(t.lower) || t.text === ",");
}

/** "by" within a few adjunct words after the participle ("adopted in Geneva on 21 June 2019 by"), or -1. */
function byAfter(s: Sentence, at: number): number {
  for (let i = at; i < Math.min(s.to, at + 8); i++) {
    const t = s.tokens[i] as Token;
    if (t.lower === "by") return i;
    if (t.text === "," || t.text === ";" || t.text === ".") return -1;
  }
  return -1;
}

/** A passive with no agent ("was adopted by a recorded vote", "without a vote", "unanimously on 3 May"): the body the text speaks of. */
function agentless(s: Sentence, cue: Draft["cue"], objects: InstrumentMention[], next: number): Draft | null {
  // Only a resolution or a draft: a treaty "adopted in June 2023" may have been adopted by a conference the text does not name.
  if (!objects.every((m) => m.type === "resolution")) return null;
  const t = s.tokens[next];
  if (t && next < s.to && !AGENTLESS_NEXT.has(t.lower)) return null;
  // "by" must open a vote or a manner here ("by a recorded vote", "by consensus", "by 14 votes to none"), not an agent.
  if (t?.lower === "by") {
    const what = s.tokens.slice(next + 1, next + 4).map((x) => x.lower);
    if (!what.some((w) => w === "vote" || w === "votes" || w === "consensus" || w === "acclamation") && !/^\d/u.test(what[0] ?? "")) return null;
  }
  // "Security Council resolution 2623 (2022), adopted on 27 February": the body the resolution's own name gives adopted it.
  const own = namingBody(s, objects[0] as InstrumentMention);
  const member = own ?? { from: cue.from, to: cue.to, kind: "body" as const, actor: null };
  const body: ActorGroup = { from: member.from, to: member.to, members: [member], eligible: true };
  return draft(s, cue, "body-agentless", body, objects, false, Math.max(s.from, cue.from - 3));
}

/** A UN body named before "resolution" in a text's name ("General Assembly resolution ES-10/23"). */
const NAMED_BODY = /\b(General Assembly|Security Council|Human Rights Council|Economic and Social Council)\b[^,;]{1,20}?resolutions?\b/u;
/** A General Assembly resolution's number: an emergency special session's ("ES-10/23"), or its symbol ("A/RES/77/1"). */
const ASSEMBLY_NUMBER = /\bresolutions?\sES-\d{1,2}\/\d{1,3}\b|\bA\/RES\//u;
/** A Security Council resolution's number ("resolution 2231 (2015)", "S/RES/2467"; not ECOSOC's "resolution 2023/15"). */
const COUNCIL_NUMBER = /\bresolutions?\s[1-9]\d{3}(?![\d/.])|\bS\/RES\//u;

/**
 * The body that adopted a resolution, as its name or number says ("General Assembly resolution ES-10/23", "resolution ES-11/1",
 * "resolution 2231 (2015)"), or null ("resolution 80/2" may be any body's whose sessions run so far).
 */
export function resolutionBody(text: string): Actor | null {
  const named = NAMED_BODY.exec(text);
  const name = named ? named[1] : ASSEMBLY_NUMBER.test(text) ? "General Assembly" : COUNCIL_NUMBER.test(text) ? "Security Council" : null;
  return name ? lookupActor(name) : null;
}

/** The deliberative body whose name opens a resolution's ("Security Council resolution 2623", "General Assembly resolution 68/262"), or null. */
function namingBody(s: Sentence, m: InstrumentMention): ActorMention | null {
  const found = organisationAt(s.tokens, s.tokens[m.from]?.lower === "the" ? m.from + 1 : m.from);
  return found && found.to < m.to && isDeliberative((found.actor as Actor).name.toLowerCase()) ? found : null;
}

/** Where a body phrase before the verb ends: right before it (past adverbs), or before a comma-delimited parenthetical; -1 if none. */
function bodyEndBefore(s: Sentence, back: number): number {
  if (s.tokens[back]?.text === ",") {
    // "the Conference, meeting at UN Headquarters in New York, adopted"
    // (Past the comma of a date in it: "the Conference, held in Geneva on June 6, 2003, adopted".)
    let k = back - 1;
    while (k > s.from && back - k <= MAX_PARENTHETICAL && ((s.tokens[k] as Token).text !== "," || dateComma(s, k))) k--;
    if (k <= s.from || back - k > MAX_PARENTHETICAL) return -1;
    back = k - 1;
  }
  // "The sixteenth Conference of the Parties (COP16) adopted X", "the Meeting of the Parties (MOP9), held in Bonn, adopted X": the
  // body's short name in brackets.
  if (s.tokens[back]?.text === ")" && s.tokens[back - 2]?.text === "(" && (s.tokens[back - 1] as Token | undefined)?.word) return back - 3;
  return back;
}

/** The comma of a date written month first: "June 6, 2003". */
function dateComma(s: Sentence, k: number): boolean {
  return /^\d{4}$/u.test(s.tokens[k + 1]?.text ?? "") && /^\d{1,2}$/u.test(s.tokens[k - 1]?.text ?? "") && isMonthWord(s.tokens[k - 2]?.lower ?? "");
}

/** Links between a body's head word and the instrument it belongs to ("Parties to the X", "Review Conference of the X"). */
const INSTRUMENT_LINKS = new Set(["to", "of"]);

/**
 * The instrument mention at token k that a body's name ends with, "Conference of the Parties to [the Stockholm Convention]", "Review
 * Conference of [the Rome Statute]": one that "to"/"of" links to a Title-cased body word right before; or null.
 */
function instrumentOfBody(s: Sentence, k: number): InstrumentMention | null {
  const m = s.instruments.find((x) => x.from <= k && k < x.to);
  if (!m) return null;
  let link = m.from - 1;
  if (s.tokens[link]?.lower === "the") link--;
  const head = s.tokens[link - 1];
  return INSTRUMENT_LINKS.has(s.tokens[link]?.lower ?? "") && head && isCapitalised(head) && BODY_HEADS.has(head.lower) ? m : null;
}

/** The first token of a mention's link to the body before it ("to" in "Parties to the Convention"). */
const linkStart = (s: Sentence, m: InstrumentMention): number => (s.tokens[m.from - 1]?.lower === "the" ? m.from - 2 : m.from - 1);

/** "It" as the subject of a clause at `k`: the sentence's first word, or after a semicolon. */
function pronounSubjectAt(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  return t?.lower === "it" && (k === s.from || s.tokens[k - 1]?.text === ";");
}

/** Manners of adoption after "by" ("by consensus", "by acclamation", "by a recorded vote"): no agent. */
const MANNERS = new Set(["consensus", "acclamation"]);
const VOTE_NOUNS = new Set(["vote", "votes"]);
/** A rank in words or figures ("third", "Fifty-sixth" in lower case, "12th"). */
const isOrdinal = (w: string): boolean => ORDINAL_WORD.test(w) || ORDINAL.test(w);
/** Kinds of sitting that stand where its rank would ("an extraordinary session of …"). */
const SITTING_KINDS = new Set(["extraordinary", "special", "resumed"]);
/** A lower-case word of a sitting before its body's name ("the third meeting of the Conference of the Parties"). */
const sittingWord = (w: string): boolean => isOrdinal(w) || SITTING_KINDS.has(w);

/** A body's name as written, "[the] Title-cased words … <Body word> …", starting at `at`, as a one-member group; or null. */
export function bodyPhraseAt(s: Sentence, at: number): ActorGroup | null {
  let k = s.tokens[at]?.lower === "the" ? at + 1 : at;
  // "the third meeting of the Conference of the Parties to X", "an extraordinary session of the Meeting of the Parties": the body.
  const sitting = s.tokens[k]?.lower === "an" || s.tokens[k]?.lower === "a" ? k + 1 : k;
  if (sittingWord(s.tokens[sitting]?.text ?? "") && SITTINGS.has(s.tokens[sitting + 1]?.lower ?? "") && s.tokens[sitting + 2]?.lower === "of") {
    k = sitting + (s.tokens[sitting + 3]?.lower === "the" ? 4 : 3);
  }
  const from = k;
  let end = -1;
  for (; k < s.to && k - from < MAX_BODY_TOKENS; k++) {
    const t = s.tokens[k] as Token;
    if (s.instruments.some((m) => m.from <= k && k < m.to) || s.unresolved?.some((m) => m.from <= k && k < m.to)) {
      // "adopted by the Conference of the Parties to the Minamata Convention": a named instrument ends the name, read whole; a
      // reference ("to the Convention"), resolved or not, is left out of it.
      const own = end > from ? instrumentOfBody(s, k) : null;
      if (own && own.kind !== "anaphor") end = own.to;
      break;
    }
    if (t.word && isCapitalised(t) && !DIGIT.test(t.text) && !isMonthWord(t.lower))
      end = k + 1; // not "on 16 June 2011"
    else if (!(t.word && NAME_LINKS.has(t.lower) && k > from) && !pluralPossessiveAt(s.tokens, k)) break;
  }
  return end > from ? bodyGroup(s, from, end) : null;
}

/** A body's name that ends at token `end` (inclusive), read backwards over Title-cased words and links. */
function bodyPhraseEndingAt(s: Sentence, end: number): ActorGroup | null {
  // "The Conference of the Parties to the Stockholm Convention adopted X": the instrument is read whole; "the Conference of the
  // Parties to the Convention": the name ends before the reference.
  const own = instrumentOfBody(s, end);
  if (own && own.kind === "anaphor") end = linkStart(s, own) - 1;
  const last = s.tokens[end];
  if (!last || !last.word || !isCapitalised(last)) return null;
  let from = own && own.kind !== "anaphor" ? linkStart(s, own) : end;
  for (let k = from - 1; k >= s.from && end - k < MAX_BODY_TOKENS + (own ? own.to - own.from : 0); k--) {
    const t = s.tokens[k] as Token;
    if (s.instruments.some((m) => m.from <= k && k < m.to)) break;
    // "5.1 The Council adopted …": a paragraph's number is no part of the body's name; nor is a chronology's date column ("2 April
    // The General Assembly adopts …").
    if (DIGIT.test(t.text) || ((s.tokens[k + 1] as Token).start - t.end > COLUMN_GAP && k + 1 <= end)) break;
    if (t.word && isCapitalised(t) && k > s.from) from = k;
    else if (t.word && isCapitalised(t)) {
      from = k; // the sentence's first word: a name only if the phrase holds a body word after it
      break;
    } else if (!(t.word && NAME_LINKS.has(t.lower) && (t.lower !== "the" || s.tokens[k - 1]?.lower === "of")) && !pluralPossessiveAt(s.tokens, k)) break; // "Assembly of the …"
  }
  return bodyGroup(s, from, end + 1);
}

/** White space between two words that parts columns, not words of one name. */
const COLUMN_GAP = 3;

/** Words that name one sitting of a body ("Ninth Session of the Meeting of the Parties"). */
const SITTINGS = new Set(["session", "meeting", "sitting"]);
/** What a session's name must keep: "Meeting of the Parties", never "Parties" alone. */
const MIN_BODY_WORDS = 3;

/**
 * The body's own name in a sitting's ("Second Conference of States Parties to X" → "Conference of States Parties to X", "Ninth Session
 * of the Meeting of the Parties" → "Meeting of the Parties"): one body, whichever session of it acted. "First Committee" keeps its
 * rank: what is left must hold a few words.
 */
function withoutSession(words: readonly Token[]): readonly Token[] {
  let k = isOrdinal(words[0]?.lower ?? "") ? 1 : 0;
  if (SITTINGS.has(words[k]?.lower ?? "") && words[k + 1]?.lower === "of") {
    const head = words[k + 2]?.lower === "the" ? k + 3 : k + 2;
    const t = words[head];
    if (t && isCapitalised(t) && BODY_HEADS.has(t.lower) && t.lower !== "parties") k = head;
  }
  return k > 0 && words.length - k >= MIN_BODY_WORDS ? words.slice(k) : words;
}

function bodyGroup(s: Sentence, from: number, to: number): ActorGroup | null {
  if (s.tokens[from]?.lower === "the") from++;
  const words = s.tokens.slice(from, to);
  // One word ("Leaders", "Heads") says whose meeting only with the heading: too little to name the body.
  // ("Assembly of Heads of State and Government": a summit's State is no state legislature's.)
  const domestic = (t: Token, i: number) => DOMESTIC.has(t.lower) && !(t.lower === "state" && words[i - 1]?.lower === "of" && words[i - 2]?.lower === "heads");
  if (words.length < 2 || !words.some((t) => BODY_HEADS.has(t.lower)) || words.some(domestic)) return null;
  // "Council of the League at the summit level": the name ends at its last Title-cased word; a trailing link is not part of it.
  const name = withoutSession(words)
    .map((t, i) => (i > 0 && words[i - 1] && t.start > (words[i - 1] as Token).end ? " " : "") + t.text)
    .join("");
  return { from, to, members: [{ from, to, kind: "named", actor: { name, kind: "organisation" } }], eligible: true };
}
