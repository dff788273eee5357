import { HEDGES, NEGATORS } from "../lexicon/cues";
import { ORDINAL, ORDINAL_WORD } from "../lexicon/ordinals";
import type { Polarity } from "../model";
import { BULLETS, isCapitalised, isPossessiveMark, type Token } from "../text/tokens";
import { isDateWord } from "./dates";

/**
 * Polarity of an act from the words just before its cue: negated ("has not ratified", "refused
 * to sign", "won't sign", "has yet to ratify"), planned ("intends to accede", "will ratify",
 * "is considering", "once X deposits", a bare infinitive), else affirmed. Frames that report a
 * done act through an infinitive stay affirmed: "became the 27th State to ratify", "one of the
 * Member States to endorse", "took the opportunity ... to ratify", "is pleased to have joined".
 */
const WINDOW = 12;
const STATE_NOUNS = new Set([
  "state",
  "states",
  "country",
  "countries",
  "nation",
  "nations",
  "signatory",
  "signatories",
  "members",
  "member",
  "non-member",
  "non-members",
  "ally",
  "allies",
  "economy",
  "economies",
  "governments",
  "government",
  "party",
  "parties",
  // ("one of the first African capitals to join": a State by its capital.)
  "capital",
  "capitals",
]);
const RANK_WORDS = new Set(["only", "first", "second", "third", "last", "latest", "newest", "recent", "one", "among", "fifth", "tenth"]);
export { ORDINAL, ORDINAL_WORD };

function isRank(t: Token): boolean {
  return RANK_WORDS.has(t.lower) || ORDINAL.test(t.lower) || ORDINAL_WORD.test(t.lower);
}
const STOPPERS = new Set([";", ":", ".", ",", "but", "while", "whereas", "although", "after", "since", "because", "that"]);

export interface PolarityResult {
  polarity: Polarity;
  /** The word that decided it, for the record's stages. */
  by: string | null;
}

/** The polarity marker of a negation bounded by "until now" ("until now it had not been a State Party"). */
export const UNTIL_NOW = "until now";
const UNTIL_ENDS = new Set(["now", "recently", "today", "lately"]);

/** "until now", "until recently" within the window before the negator at `at`. */
function untilNowBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k > 0 && at - k <= UNTIL_REACH; k--) {
    if (STOPPERS.has((tokens[k] as Token).text)) return false;
    if (tokens[k - 1]?.lower === "until" && UNTIL_ENDS.has(tokens[k]?.lower ?? "")) return true;
  }
  return false;
}
const UNTIL_REACH = 8;

/** How many tokens a coordinated predicate between commas may have ("and did not intend to become"). */
const SHARED_PREDICATE_TOKENS = 8;
const SHARED_JOINS = new Set(["and", "or", "nor", "but"]);
/** The negations of a verb group ("did not intend to become", "would never be"), not words a name may hold ("against"). */
const SHARED_NEGATORS = new Set(["not", "never", "cannot"]);

/**
 * When the comma at `close` ends a predicate coordinated between commas ("…, and did not intend to become, a party"), whose words
 * hold a negation: the act's phrase after it completes both, and is negated. Null otherwise.
 */
function sharedNegation(tokens: readonly Token[], close: number): PolarityResult | null {
  for (let j = close - 1; j >= 0 && close - j <= SHARED_PREDICATE_TOKENS; j--) {
    const t = tokens[j] as Token;
    if (t.text !== ",") {
      if (!t.word) return null;
      continue;
    }
    if (!SHARED_JOINS.has(tokens[j + 1]?.lower ?? "")) return null;
    const words = tokens.slice(j + 2, close);
    // (A verb group: "and did not intend to become", not a name left out, "A, B, and not C, acceded".)
    if (!words.some((x) => SHARED_AUXILIARIES.has(x.lower) || x.lower.endsWith("n't") || x.lower.endsWith("n’t"))) return null;
    const neg = words.find((x) => SHARED_NEGATORS.has(x.lower) || x.lower.endsWith("n't") || x.lower.endsWith("n’t"));
    return neg ? { polarity: "negated", by: neg.lower } : null;
  }
  return null;
}

/** Words before an aside that leave the verb group open: a negation or an auxiliary ("has not, however, …", "has, so far, …"). */
const ASIDE_HOSTS = new Set(["not", "never", "has", "have", "had", "did", "does", "do", "is", "are", "was", "were", "will", "would"]);
const MAX_ASIDE_WORDS = 3;

/**
 * The opening comma of an aside whose closing comma is token `close` ("has not, however, ratified"): up to three lower-case words
 * between two commas, after a negation or an auxiliary; else -1.
 */
function asideOpening(tokens: readonly Token[], close: number, start: number): number {
  for (let j = close - 1; j >= Math.max(start, close - MAX_ASIDE_WORDS - 1); j--) {
    const t = tokens[j] as Token;
    if (t.text === ",") {
      if (j === close - 1) return -1;
      const host = tokens[j - 1];
      return host && j - 1 >= start && (ASIDE_HOSTS.has(host.lower) || host.lower.endsWith("n't") || host.lower.endsWith("n’t")) ? j : -1;
    }
    if (!t.word || t.text !== t.lower) return -1;
  }
  return -1;
}

/** Plain forms of the verbs of an act, which open an item as an imperative: "Ratify X", "Sign and ratify Y", "accede to Z". */
const PLAIN_ACT_VERBS = new Set(["ratify", "sign", "accede", "join", "rejoin", "endorse", "adopt", "approve", "accept", "support", "become", "deposit"]);
/** What opens a list item or a clause of items: a bullet, a colon or a semicolon. */
const ITEM_OPENERS: ReadonlySet<string> = new Set([...BULLETS, ":", ";"]);
const VERB_COORDINATORS = new Set(["and", "or", ",", "then"]);

/**
 * Whether the verb at `cueFrom` opens its sentence or list item in its plain form, alone or after others ("- Sign and ratify X",
 * "will: - ratify Y"): an imperative or a pledge's item, with no subject of its own.
 */
function imperativeAt(tokens: readonly Token[], cueFrom: number): boolean {
  if (!PLAIN_ACT_VERBS.has(tokens[cueFrom]?.lower ?? "")) return false;
  let k = cueFrom - 1;
  while (k >= 0 && (PLAIN_ACT_VERBS.has((tokens[k] as Token).lower) || VERB_COORDINATORS.has((tokens[k] as Token).lower))) k--;
  // (A sentence that opens with the verb may be an operative paragraph, "Adopt the Madrid Declaration", whose subject is its
  // preamble's: stages/operative.ts.)
  if (k < 0) return false;
  const mark = tokens[k] as Token;
  // (Nor a numbered one, "4. Adopt the Madrid Declaration".)
  // (A bullet only where no word runs into it: "the five nuclear-weapon States - A, B and C - sign X" is a list's closing dash.)
  if (mark.text !== ":" && mark.text !== ";" && tokens[k - 1]?.word) return false;
  return ITEM_OPENERS.has(mark.text);
}

/** Auxiliaries before "still to" that leave the act not done ("has still to ratify", "are still to sign"). */
const STILL_TO_AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were"]);

const FINITE_PREDICATES = new Set(["remains", "remain", "is", "are", "was", "were", "continues", "continue", "became", "becomes", "has", "have"]);

/** What stands after an answer's "No" (and may stand before it): "No – …", "No, …", "“No. …". */
const ANSWER_MARKS = new Set([",", "–", "—", "-", ":", ".", "!", '"', "“"]);

/**
 * `inName(i)` says token i belongs to an instrument's name: "the Convention against Torture was
 * ratified" holds no negation.
 */
export function polarityBefore(tokens: readonly Token[], cueFrom: number, floor: number, inName: (i: number) => boolean = () => false): PolarityResult {
  // A floor before the first token (a rule's "3 tokens before the cue" at the start of a sentence) is the first token.
  const start = Math.max(0, floor, cueFrom - WINDOW);
  // "- Ratify ILO Convention 189", "- Sign and ratify X" under "Liberal Democrats will:": a pledge's or a recommendation's verb in
  // its plain form, with no subject, is an act to come.
  if (imperativeAt(tokens, cueFrom)) return { polarity: "planned", by: "imperative" };
  const aside = negatedAside(tokens, cueFrom, start) ?? deniedListHead(tokens, cueFrom);
  if (aside) return aside;
  // "has not yet deposited an instrument of withdrawal and remains a State Party": a coordinated predicate with its own finite
  // verb has its own polarity (not "has not signed and ratified X", whose verbs share the auxiliary).
  const coordinated = (tokens[cueFrom - 1]?.lower === "and" || tokens[cueFrom - 1]?.lower === "but") && FINITE_PREDICATES.has(tokens[cueFrom]?.lower ?? "");
  // "To ask the Government whether the United Kingdom has ratified X", "did not say whether Kenya had yet signed it": a question of
  // fact, which states nothing (not "whether to ratify", "whether it will join", which weigh an act to come).
  for (let i = cueFrom - 1; i >= start && !STOPPERS.has((tokens[i] as Token).text); i--)
    if ((tokens[i] as Token).lower === "whether") {
      if (questionOfFact(tokens, i, cueFrom)) return { polarity: "planned", by: QUESTIONED };
      break;
    }
  for (let i = coordinated ? -1 : cueFrom - 1; i >= start; i--) {
    const t = tokens[i] as Token;
    // "has not, however, ratified", "did not, so far, sign": an aside between commas inside the verb group stops nothing.
    const aside = t.text === "," ? asideOpening(tokens, i, start) : -1;
    if (aside >= 0) {
      i = aside;
      continue;
    }
    if (STOPPERS.has(t.text)) {
      // "had never been, and did not intend to become, a party to X": a coordinated predicate set off by commas, which the act's
      // phrase completes, with its own negation.
      const shared = t.text === "," ? sharedNegation(tokens, i) : null;
      if (shared) return shared;
      // "It is not true that A ratified", "there is no record that", "denied that": the clause that holds the act is denied.
      if (t.lower === "that") {
        const denial = deniedClause(tokens, i);
        if (denial) return denial;
      }
      break;
    }
    if (inName(i)) continue;
    // "which have still to deposit an instrument of ratification", "is still to ratify": as "have yet to", an act not done.
    if (t.lower === "still" && tokens[i + 1]?.lower === "to" && STILL_TO_AUXILIARIES.has(tokens[i - 1]?.lower ?? ""))
      return { polarity: "negated", by: "still to" };
    if (NEGATORS.has(t.lower) || t.lower.endsWith("n't") || t.lower.endsWith("n’t")) {
      // "not only ... but", "no later than" are not negations of the act; "whether or not" is a hedge.
      if (t.lower === "not" && tokens[i + 1]?.lower === "only") continue;
      // "No – Ghana signed in 2012": an answer to a question, not a negation of the clause after it.
      if (t.lower === "no" && ANSWER_MARKS.has(tokens[i + 1]?.text ?? "") && (i === 0 || i === floor || ANSWER_MARKS.has(tokens[i - 1]?.text ?? ""))) continue;
      // "was not the first to ratify", "not the only country to sign": the rank is denied, the act is presupposed.
      if (t.lower === "not" && deniedRank(tokens, i, cueFrom, floor)) continue;
      // "the second State that is not a member of the Council of Europe to accede": the relative's copula is denied, not the
      // infinitive's act after it.
      if (t.lower === "not" && COPULAS.has(tokens[i - 1]?.lower ?? "") && RELATIVES.has(tokens[i - 2]?.lower ?? "") && tokens[cueFrom - 1]?.lower === "to")
        continue;
      // "will not be the first to ratify": whether it will ratify at all is left open.
      if (t.lower === "not" && futureRank(tokens, i, cueFrom)) return { polarity: "planned", by: "not be the first" };
      if (t.lower === "not" && tokens[i - 1]?.lower === "or" && tokens[i - 2]?.lower === "whether") return { polarity: "planned", by: "whether" };
      // "until now it had not been a State Party": a state that has just ended (refine/records.ts drops it where the act is affirmed).
      if (untilNowBefore(tokens, i)) return { polarity: "negated", by: UNTIL_NOW };
      return { polarity: "negated", by: t.lower };
    }
  }
  // "Asked whether the United States would sign X, the Spokesperson noted …": a question put, which states nothing.
  for (let i = cueFrom - 1; i >= start; i--) {
    const t = tokens[i] as Token;
    if (STOPPERS.has(t.text)) break;
    if ((t.lower === "whether" || t.lower === "if") && ASKING.has(tokens[i - 1]?.lower ?? "")) return { polarity: "planned", by: QUESTIONED };
  }
  for (let i = cueFrom - 1; i >= start; i--) {
    const t = tokens[i] as Token;
    if (STOPPERS.has(t.text)) break;
    // ("will remain a Contracting Party", "is and will remain a party", "will remain fully committed to": a state that holds now and
    // goes on, not one to come.)
    if (t.lower === "will" && tokens[i + 1]?.lower === "remain" && i + 1 <= cueFrom) continue;
    // ("we'll look at signing", "they’ll ratify": a contracted "will" on its subject's word.)
    const word = CONTRACTED_WILL.test(t.lower) ? "'ll" : t.lower;
    if (HEDGES.has(word) && !isMonthMay(tokens, i) && !announcedAct(tokens, i, cueFrom) && !processOfOther(tokens, i)) return { polarity: "planned", by: word };
  }
  // "has not signed, let alone ratified, X", "much less ratified": a stronger act than one denied.
  if (LET_ALONE.has(`${tokens[cueFrom - 2]?.lower} ${tokens[cueFrom - 1]?.lower}`)) return { polarity: "negated", by: "let alone" };
  // "ruled out ratifying X", "delayed signing X", "postponed its ratification": the act is refused or put off.
  const put = putOff(tokens, cueFrom);
  if (put) return put;
  // "stopped short of ratifying", "fell short of signing": the act was not done.
  if (tokens[cueFrom - 1]?.lower === "of" && tokens[cueFrom - 2]?.lower === "short") return { polarity: "negated", by: "short of" };
  // ("are waiting for the rules to apply before depositing their instruments": an act put off until something else.)
  const before = waitedBefore(tokens, cueFrom);
  if (before > 0) {
    for (let k = before - 1; k >= floor && cueFrom - k <= WAITING_REACH; k--) {
      if (STOPPERS.has((tokens[k] as Token).text)) break;
      if (WAITING.has((tokens[k] as Token).lower)) return { polarity: "planned", by: (tokens[k] as Token).lower };
    }
  }
  // "was prevented from ratifying X", "is barred from signing", "which has kept Bulgaria from ratifying it": the act could not be
  // done by whom the verb keeps from it.
  if (tokens[cueFrom - 1]?.lower === "from" && /ing$/u.test(tokens[cueFrom]?.lower ?? "")) {
    const keeper = keptFromObject(tokens, cueFrom - 1, floor);
    if (keeper) return { polarity: "negated", by: keeper };
  }
  // "appears to have ratified X", "seems to have signed it": an act the text only supposes (hedged).
  if (tokens[cueFrom - 1]?.lower === "have" && tokens[cueFrom - 2]?.lower === "to" && SUPPOSING.has(tokens[cueFrom - 3]?.lower ?? "") && cueFrom - 3 >= floor)
    return { polarity: "planned", by: tokens[cueFrom - 3]?.lower ?? "seems" };
  // "withheld its endorsement of X", "refused its consent": the act was held back.
  const held = POSSESSIVE_DETERMINERS.has(tokens[cueFrom - 1]?.lower ?? "") ? cueFrom - 2 : cueFrom - 1;
  if (WITHHOLDING.has(tokens[held]?.lower ?? "") && held >= floor) return { polarity: "negated", by: tokens[held]?.lower ?? "withheld" };
  // "has expressed interest in acceding to X", "the possibility of joining", "keen on signing": an inclination towards the act.
  const inclination = tokens[cueFrom - 2]?.lower ?? "";
  if (INCLINATION_LINKS.has(tokens[cueFrom - 1]?.lower ?? "") && INCLINATIONS.has(inclination) && /ing$/u.test(tokens[cueFrom]?.lower ?? "")) {
    return { polarity: "planned", by: inclination };
  }
  // "consultations on ratifying X", "work towards signing": a process about the act, not the act.
  const process = tokens[cueFrom - 2]?.lower ?? "";
  if (ABOUT.has(tokens[cueFrom - 1]?.lower ?? "") && PROCESS_NOUNS.has(process) && /ing$/u.test(tokens[cueFrom]?.lower ?? "")) {
    return { polarity: "planned", by: process };
  }
  // ("The Treaty is to be signed by Chile in June", "is due to be ratified by B": a passive infinitive, as an active one.)
  const to = tokens[cueFrom - 1]?.lower === "be" && tokens[cueFrom - 2]?.lower === "to" ? cueFrom - 2 : cueFrom - 1;
  if (tokens[to]?.lower === "to") {
    // ("It was the first treaty to be signed by Chile": a rank of the text the act was done on.)
    const ranked = to === cueFrom - 2 ? [to - 1, to - 2].find((k) => k >= 0 && isRank(tokens[k] as Token)) : undefined;
    if (ranked !== undefined) return rankToCome(tokens, ranked) ? { polarity: "planned", by: "to" } : { polarity: "affirmed", by: "to:done" };
    // "Barbados went on to co-sponsor the 2018 Declaration": a later act, done.
    if (wentOn(tokens, to)) return { polarity: "affirmed", by: "to:done" };
    // "The Government was right to vote for X", "were wrong to sign it": a judgement on an act done.
    if (JUDGED.has(tokens[to - 1]?.lower ?? "") && PAST_COPULAS.has(tokens[to - 2]?.lower ?? "")) return { polarity: "affirmed", by: "to:done" };
    if (affirmedInfinitive(tokens, to, floor)) return { polarity: "affirmed", by: "to:done" };
    if (tookTimeTo(tokens, to, floor)) return { polarity: "affirmed", by: "to:took" };
    return { polarity: "planned", by: "to" };
  }
  return { polarity: "affirmed", by: null };
}

/** Auxiliaries of a done or standing act in a question of fact ("whether A has ratified", "whether B is a party"). */
const FACT_AUXILIARIES = new Set(["has", "have", "had", "did", "does", "do", "is", "are", "was", "were"]);
/** The auxiliaries of a verb group between commas ("…, and did not intend to become, …"), modals too. */
const SHARED_AUXILIARIES = new Set([...FACT_AUXILIARIES, "will", "would", "shall", "should", "can", "cannot", "could"]);

/** Whether the clause from "whether" at `at` to the cue asks about a fact: a done or standing act, with nothing weighed to come. */
function questionOfFact(tokens: readonly Token[], at: number, cueFrom: number): boolean {
  let fact = false;
  for (let j = at + 1; j < cueFrom; j++) {
    const w = (tokens[j] as Token).lower;
    if (w === "or" || w === "to" || (HEDGES.has(w) && !FACT_AUXILIARIES.has(w))) return false;
    if (FACT_AUXILIARIES.has(w)) fact = true;
  }
  // (A party frame's cue is its verb: "whether Chile is a party".)
  return fact || FACT_AUXILIARIES.has(tokens[cueFrom]?.lower ?? "");
}

/**
 * "drafted through an open and inclusive process and was co-sponsored by …": a process that ends its own phrase is not the act's
 * ("in the process of ratifying", "the ratification process" are).
 */
function processOfOther(tokens: readonly Token[], i: number): boolean {
  const w = (tokens[i] as Token).lower;
  if (w !== "process") return false;
  const next = tokens[i + 1]?.lower ?? "";
  return next === "and" || next === "," || next === "." || next === ";" || next === "that" || next === "which";
}

const ANNOUNCING = new Set(["announced", "announces", "announce", "announcing"]);
/** Words between "announced" and an act noun it takes as its object: "announced its (formal) ratification", "announced Ghana's accession". */
const ANNOUNCED_LEAD = new Set(["its", "their", "the", "his", "her", "our", "'s", "formal", "official", "successful", "completed"]);

/**
 * "Ghana announced its ratification of X": announcing an act noun reports the act, it does not plan it
 * ("announced its intention to ratify", "announced it will ratify" keep their hedge). `at` is the
 * announcing word, `cueFrom` the act noun.
 */
function announcedAct(tokens: readonly Token[], at: number, cueFrom: number): boolean {
  if (!ANNOUNCING.has((tokens[at] as Token).lower) || cueFrom - at < 2 || cueFrom - at > 8) return false;
  for (let i = at + 1; i < cueFrom; i++) {
    const t = tokens[i] as Token;
    // A name's own words: "Côte d'Ivoire's", "Bosnia and Herzegovina's".
    const inName =
      t.word &&
      (isCapitalised(t) ||
        t.text.includes("'") ||
        (NAME_LINKS.has(t.lower) &&
          (isCapitalised(tokens[i + 1] as Token) || (NAME_LINKS.has(tokens[i + 1]?.lower ?? "") && isCapitalised(tokens[i + 2] as Token)))));
    if (!ANNOUNCED_LEAD.has(t.lower) && !inName) return false;
  }
  return ACT_NOUNS.has((tokens[cueFrom] as Token).lower);
}
const NAME_LINKS = new Set(["and", "of", "the"]);
/** The act nouns an announcement can report. */
const ACT_NOUNS = new Set([
  "ratification",
  "accession",
  "signature",
  "signing",
  "endorsement",
  "adherence",
  "support",
  "instrument",
  "instruments",
  "withdrawal",
  "denunciation",
]);

const RULING = new Set(["ruled", "rules", "rule", "ruling"]);
const DELAYING = new Set([
  "delayed",
  "delays",
  "delay",
  "delaying",
  "postponed",
  "postpones",
  "postpone",
  "postponing",
  "deferred",
  "defers",
  "defer",
  "deferring",
]);

/** Verbs of keeping from an act, before "from" ("refrained from signing", "abstained from ratifying X"). */
const REFRAINING = new Set(["refrained", "refrains", "refrain", "refraining", "abstained", "abstains", "desisted", "shied", "shies", "held", "holds"]);
const PARTICLES = new Set(["away", "off", "back"]);
/** Verbs of starting or proposing an act that is not yet done ("has started its ratification", "proposed ratifying X"). */
const STARTING = new Set([
  "started",
  "starts",
  "begun",
  "began",
  "begins",
  "initiated",
  "initiates",
  "launched",
  "launches",
  "commenced",
  "proposed",
  "proposes",
  "recommended",
  "recommends",
  "suggested",
  "suggests",
  "advocated",
  "advocates",
]);

/**
 * "ruled out ratifying", "ruled out its ratification", "refrained from signing", "held off ratifying", "nearly signed" (negated);
 * "delayed signing", "postponed the ratification", "has started its ratification", "proposed ratifying X" (planned).
 */
function putOff(tokens: readonly Token[], cueFrom: number): PolarityResult | null {
  let i = cueFrom - 1;
  const w0 = tokens[i]?.lower ?? "";
  // "Chile nearly signed X", "almost acceded": the act fell short (not "nearly all States have ratified", whose adverb is the count's).
  if (w0 === "nearly" || w0 === "almost") return { polarity: "negated", by: w0 };
  if (DETERMINERS.has(w0)) i--;
  const w = tokens[i]?.lower ?? "";
  if (w === "out" && RULING.has(tokens[i - 1]?.lower ?? "")) return { polarity: "negated", by: "ruled out" };
  if (DELAYING.has(w)) return { polarity: "planned", by: w };
  if (STARTING.has(w)) return { polarity: "planned", by: w };
  // "refrained from signing", "shied away from ratifying", "held off (on) ratifying", "held back from joining".
  let j = w === "from" || w === "on" ? i - 1 : i;
  const particle = PARTICLES.has(tokens[j]?.lower ?? "") ? (tokens[j--] as Token).lower : "";
  const verb = tokens[j]?.lower ?? "";
  const holding = verb === "held" || verb === "holds";
  if (REFRAINING.has(verb) && (holding ? particle === "off" || particle === "back" : w === "from")) return { polarity: "negated", by: verb };
  return null;
}

/** Nouns of a claim whose "that" clause a later predicate may deny: "Reports that Chad had ratified X were incorrect". */
const CLAIM_NOUNS = new Set([
  "reports",
  "report",
  "claims",
  "claim",
  "suggestions",
  "rumours",
  "rumors",
  "rumour",
  "rumor",
  "allegation",
  "assertion",
  "allegations",
  "assertions",
  "statements",
  "suggestion",
]);
/** Predicates that deny a claim. */
const CLAIM_DENIALS = new Set(["incorrect", "false", "wrong", "inaccurate", "untrue", "unfounded", "mistaken", "premature", "erroneous", "baseless"]);
const CLAIM_COPULAS = new Set([
  "were",
  "was",
  "are",
  "is",
  "been",
  "proved",
  "proven",
  "turned",
  "out",
  "to",
  "be",
  "have",
  "has",
  "also",
  "simply",
  "entirely",
]);
/** The polarity cause of an act inside an indirect question ("asked whether A would sign X"): the linker keeps no such draft. */
export const QUESTIONED = "asked whether";
/** The polarity marker of an act a gerund weighs before a modal ("joining it would be incompatible"): no one's act, so no record. */
export const WEIGHED = "weighed gerund";
/** Verbs that put an indirect question: "asked whether", "wondered if". */
const ASKING = new Set(["asked", "ask", "asks", "asking", "wondered", "wonders", "inquired", "enquired"]);
/** The polarity cause of a denial the text calls wrong: the linker keeps no such draft (its act is stated elsewhere, if at all). */
export const DENIED_DENIAL = "denial reported wrongly";
/** Verbs of a report the text can call wrong ("incorrectly reported", "wrongly claimed"); not actors.ts's self-reports. */
const CLAIMING_VERBS = new Set(["reported", "stated", "said", "claimed", "wrote", "suggested", "asserted", "implied"]);
const WRONGLY = new Set(["incorrectly", "wrongly", "falsely", "mistakenly", "erroneously", "inaccurately"]);
/** Verbs that list or describe a State as having acted ("wrongly listed as a party", "incorrectly described as a signatory"). */
const LISTING_VERBS = new Set(["listed", "described", "identified", "named", "counted", "included", "shown", "recorded", "cited", "presented", "classified"]);
/** How far before the cue a wrong listing may be ("was wrongly listed as a State Party to"), and after it its "in error". */
const WRONG_LISTING_REACH = 6;
const WRONG_LISTING_AFTER = 14;

/** How far before the cue the claim's "that" may be, and how far after it the denial. */
const CLAIM_REACH = 8;
/** How far before "is that" the claim's noun may be ("A second claim circulating online is that …"). */
const CLAIM_SUBJECT_REACH = 7;
const DENIAL_AFTER_REACH = 25;

/**
 * "Reports that Chad had ratified the Treaty were incorrect", "Claims that A has signed X are false": a claim's clause that its
 * sentence then denies (negated); null when the cue is in no such clause.
 */
export function deniedClaim(tokens: readonly Token[], cueFrom: number, floor: number, to: number): PolarityResult | null {
  let that = -1;
  for (let i = cueFrom - 1; i >= Math.max(floor, cueFrom - CLAIM_REACH); i--) {
    if (tokens[i]?.lower === "that") {
      that = i;
      break;
    }
  }
  // "An article incorrectly reported that A had ratified X": a report the text itself calls wrong. Its act is not done; and where
  // it said an act was not done ("incorrectly reported that A "has never ratified" X"), it says nothing of record (DENIED_DENIAL).
  if (that >= 2 && CLAIMING_VERBS.has(tokens[that - 1]?.lower ?? "") && WRONGLY.has(tokens[that - 2]?.lower ?? "")) {
    const inner = polarityBefore(tokens, cueFrom, that + 1);
    return inner.polarity === "affirmed" ? { polarity: "negated", by: "reported-wrongly" } : { polarity: "negated", by: DENIED_DENIAL };
  }
  // "Kenya was wrongly listed as a party to X", "incorrectly described as having ratified X": a listing the text calls wrong.
  for (let i = cueFrom - 1; i >= Math.max(floor + 1, cueFrom - WRONG_LISTING_REACH); i--) {
    const w = tokens[i]?.lower ?? "";
    if (w === "." || w === ";" || w === ",") break;
    if ((LISTING_VERBS.has(w) || CLAIMING_VERBS.has(w)) && WRONGLY.has(tokens[i - 1]?.lower ?? "")) return { polarity: "negated", by: "listed-wrongly" };
  }
  // "The ratification by Kenya of X was reported in error", "was listed by mistake": a report the text says was made in error.
  for (let i = cueFrom + 1; i < Math.min(to, cueFrom + WRONG_LISTING_AFTER); i++) {
    const w = tokens[i]?.lower ?? "";
    if (w === "." || w === ";" || w === "which" || w === "who" || w === "but") break;
    if (!LISTING_VERBS.has(w) && !CLAIMING_VERBS.has(w)) continue;
    const next = tokens[i + 1]?.lower ?? "";
    if (WRONGLY.has(next) || (next === "in" && tokens[i + 2]?.lower === "error") || (next === "by" && tokens[i + 2]?.lower === "mistake"))
      return { polarity: "negated", by: "listed-wrongly" };
  }
  // "CORRECTION: An earlier version of this story said Canada had signed X", "Corrections: our January round-up said that A had
  // signed X": what a corrected text said is no statement of record. (Nor is it always untrue: a correction may be of its date
  // or its name, "… said Bolivia ratified the Convention in 2015; it did so in 2016". What the text says after it stands.)
  const claimed = claimingVerbBefore(tokens, cueFrom, floor);
  if (claimed >= 0 && correctionBefore(tokens, claimed, floor)) return { polarity: "negated", by: DENIED_DENIAL };
  // "A second claim circulating online is that A "secretly signed" X": a claim the text reports as such, which it does not assert.
  if (that >= 2 && (tokens[that - 1]?.lower === "is" || tokens[that - 1]?.lower === "was")) {
    for (let k = that - 2; k >= Math.max(floor, that - CLAIM_SUBJECT_REACH); k--)
      if (CLAIM_NOUNS.has(tokens[k]?.lower ?? "") && tokens[k]?.lower !== "report") return { polarity: "negated", by: DENIED_DENIAL };
  }
  if (that < 1 || !CLAIM_NOUNS.has(tokens[that - 1]?.lower ?? "")) return null;
  for (let k = cueFrom + 1; k < Math.min(to, cueFrom + DENIAL_AFTER_REACH); k++) {
    const w = tokens[k]?.lower ?? "";
    if (!CLAIM_DENIALS.has(w) || !CLAIM_COPULAS.has(tokens[k - 1]?.lower ?? "")) continue;
    return { polarity: "negated", by: w };
  }
  return null;
}

/** Words that say a sentence corrects an earlier text ("Correction:", "Corrections:", "Erratum:"). */
const CORRECTION_WORDS = new Set(["correction", "corrections", "erratum", "errata"]);

/** The claiming verb ("said", "reported") within reach before the cue, past a "that"; -1 when there is none. */
function claimingVerbBefore(tokens: readonly Token[], cueFrom: number, floor: number): number {
  for (let i = cueFrom - 1; i >= Math.max(floor, cueFrom - CLAIM_REACH); i--) if (CLAIMING_VERBS.has(tokens[i]?.lower ?? "")) return i;
  return -1;
}

/** A correction's marker before token `at`: "Correction:", "an earlier version (of this story)", "to correct the record". */
function correctionBefore(tokens: readonly Token[], at: number, floor: number): boolean {
  for (let i = floor; i < at; i++) {
    const w = tokens[i]?.lower ?? "";
    // ("I must also correct the record: the reply to Question 2207 stated that A had ratified X".)
    if (CORRECTION_WORDS.has(w) || (w === "earlier" && tokens[i + 1]?.lower === "version")) return true;
    if (w === "correct" && tokens[i + 1]?.lower === "the" && tokens[i + 2]?.lower === "record") return true;
  }
  return false;
}

/** How far after a present act its "only when" may be: "becomes a State Party only when the DFA deposits the instrument". */
const ONLY_WHEN_REACH = 10;
/** Words that open the condition an act waits on, after "only". */
const ONLY_WHEN_OPENERS = new Set(["when", "once", "if", "upon"]);
/** A present act, which a condition after it leaves to come (not a past one: "ratified it only when the war ended" was done). */
const PRESENT_ACT = /^(?:becomes?|is|are|joins?|accedes?|ratifies|enters)$/u;

/** "The Philippines becomes a State Party only when the DFA deposits the instrument": a present act on a condition still to be met. */
export function onlyWhenAfter(tokens: readonly Token[], cueFrom: number, cueTo: number, to: number): PolarityResult | null {
  if (!PRESENT_ACT.test(tokens[cueFrom]?.lower ?? "")) return null;
  for (let k = cueTo; k < Math.min(to, cueTo + ONLY_WHEN_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.text === ";" || t.text === ".") return null;
    if (t.lower === "only" && ONLY_WHEN_OPENERS.has(tokens[k + 1]?.lower ?? "")) return { polarity: "planned", by: "only when" };
  }
  return null;
}

/** Words that open a condition still to be met ("only when the Minister deposits …", "once it ratifies …", "until it accedes", "before it ratifies"). */
const CONDITIONS = new Set(["when", "once", "if", "upon", "until", "unless", "before"]);
/** An act in the present tense: what a condition says will happen, not what did ("deposits", "ratifies", "signs"). */
const PRESENT_TENSE_ACT = /^(?:deposits|ratifies|signs|accedes|joins|becomes|notifies|accepts|approves)$/u;
/** How far back its condition's opener may be. */
const CONDITION_REACH = 16;

/**
 * "Ireland becomes a Party only when the Minister deposits an instrument of ratification", "once Kenya ratifies X, …": an act in the
 * present tense inside a condition is still to come.
 */
export function conditionalAct(tokens: readonly Token[], cueFrom: number, from: number): PolarityResult | null {
  // ("until all States …, including Israel, had joined X", "unless A has ratified": a perfect the condition looks ahead to. Not after
  // "once", "if", "when" or "before": "once Kenya had ratified X, it …" is past.)
  const auxiliary = tokens[cueFrom - 1]?.lower ?? "";
  const perfect = PERFECT_AUXILIARIES.has(auxiliary);
  if (!perfect && !PRESENT_TENSE_ACT.test(tokens[cueFrom]?.lower ?? "")) return null;
  for (let k = cueFrom - 1; k >= from && cueFrom - k <= CONDITION_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.text === ";" || t.text === "." || t.text === ":") return null;
    if (!CONDITIONS.has(t.lower)) continue;
    if (!perfect) return { polarity: "planned", by: t.lower };
    // (Only under a main clause that says the act it waits for has not come: "would not consider ratifying X until …"; "waited
    // until Uganda had ratified" reports a fact.)
    return UNMET_CONDITIONS.has(t.lower) && awaitingClause(tokens, k, from) ? { polarity: "planned", by: t.lower } : null;
  }
  return null;
}
const PERFECT_AUXILIARIES = new Set(["has", "have", "had"]);

/** Present-tense verbs whose object is a State's own act: "complete their internal procedures", "deposits its instrument". */
const PRESENT_GOVERNORS = /^(?:complete|completes|finish|finishes|finalise|finalises|finalize|finalizes|conclude|concludes|deposit|deposits|lodge|lodges)$/u;
/** A condition's opener, and "after" when its verb is in the present tense ("after both sides complete …" looks ahead). */
const CONDITIONS_OR_AFTER = new Set([...CONDITIONS, "after"]);

/**
 * "The Protocol will enter into force after both sides complete their internal procedures", "once Chile deposits its instrument of
 * ratification": a present-tense verb whose object is the possessive at `ownerFrom`, inside a condition, is an act still to come.
 */
export function conditionalObject(tokens: readonly Token[], ownerFrom: number, from: number): PolarityResult | null {
  const verb = tokens[ownerFrom - 1];
  if (!verb || !PRESENT_GOVERNORS.test(verb.text)) return null;
  for (let k = ownerFrom - 2; k >= from && ownerFrom - k <= CONDITION_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.text === ";" || t.text === "." || t.text === ":" || t.text === ",") return null;
    if (CONDITIONS_OR_AFTER.has(t.lower)) return { polarity: "planned", by: t.lower };
  }
  return null;
}

/** Conditions a possessive act noun may open ("until its ratification of X is complete", "once its accession takes effect"). */
const NOUN_CONDITIONS = new Set(["until", "unless", "once", "upon", "when", "before"]);
/** A present predicate after the condition's noun phrase: what the condition waits for ("is complete", "takes effect"). */
const WAITED_PREDICATES = new Set(["is", "are", "takes", "take", "enters", "enter", "becomes", "become", "comes", "has", "have"]);
/** Modals of a main clause that waits on its condition ("will remain an observer until its accession"). */
const WAITING_MODALS = new Set(["will", "would", "shall", "cannot", "can", "won't", "wouldn't", "can't"]);

/**
 * "Switzerland is in the same position until its ratification of the Convention is complete", "Chile will remain an observer until
 * its accession to X": a possessive act noun that a condition opens, whose own predicate is in the present or whose main clause
 * looks ahead, is an act still to come ("remained an observer until its accession in 2016" was done). `ownerFrom` is the
 * possessive's token, `objectTo` the end of the noun's phrase.
 */
export function conditionalNoun(tokens: readonly Token[], ownerFrom: number, objectTo: number, from: number): PolarityResult | null {
  const opener = tokens[ownerFrom - 1]?.lower ?? "";
  if (!NOUN_CONDITIONS.has(opener) || ownerFrom - 1 < from) return null;
  if (WAITED_PREDICATES.has(tokens[objectTo]?.lower ?? "")) return { polarity: "planned", by: opener };
  for (let k = ownerFrom - 2; k >= from && ownerFrom - k <= AWAITING_REACH; k--) {
    const w = tokens[k]?.lower ?? "";
    if (w === ";" || w === "." || w === ":") break;
    if (WAITING_MODALS.has(w)) return { polarity: "planned", by: opener };
  }
  return null;
}

/** The word that opens a condition the clause at `at` is in ("only when its instrument is deposited"), or null. */
export function conditionOpenerBefore(tokens: readonly Token[], at: number, from: number): string | null {
  for (let k = at - 1; k >= from && at - k <= CONDITION_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.text === ";" || t.text === "." || t.text === ":") return null;
    if (CONDITIONS.has(t.lower)) return t.lower;
  }
  return null;
}
/** How far before a condition its main clause's modal or negation may be ("would not consider ratifying X until …"). */
const AWAITING_REACH = 10;
const AWAITING_WORDS = new Set(["would", "will", "shall", "could", "can", "cannot", "not", "never", "refuses", "refused", "won't", "wouldn't"]);

/** Does the clause before the condition at `at` hold a modal or a negation (the act it depends on is still to come)? */
function awaitingClause(tokens: readonly Token[], at: number, from: number): boolean {
  for (let k = at - 1; k >= from && at - k <= AWAITING_REACH; k--) {
    const w = tokens[k]?.lower ?? "";
    if (w === ";" || w === "." || w === ":") return false;
    if (AWAITING_WORDS.has(w)) return true;
  }
  return false;
}
/** Conditions whose perfect is still unmet: "would not ratify until A had joined", "unless B has signed". */
const UNMET_CONDITIONS = new Set(["until", "unless"]);

/** How far after the act its "until" may be: "did not ratify the Convention on X until 2014". */
const UNTIL_AFTER_REACH = 12;

/** "did not ratify until 2014", "did not sign it until March 2019": the act was done then; true when a date follows "until". */
export function notUntil(tokens: readonly Token[], cueTo: number, to: number): boolean {
  for (let k = cueTo; k < Math.min(to, cueTo + UNTIL_AFTER_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.text === ";" || t.text === "." || t.lower === "but" || t.lower === "and") return false;
    if (t.lower === "until" || t.lower === "till") return isDateWord(tokens[k + 1]?.lower ?? "");
  }
  return false;
}

/** Two words before an act that deny it a fortiori: "let alone ratified". */
export const LET_ALONE = new Set(["let alone", "much less", "still less"]);

/** Prepositions that make a gerund the topic of a noun: "consultations on ratifying". */
const ABOUT = new Set(["on", "about", "regarding", "concerning", "towards", "toward", "for"]);
/** Words of a leaning towards an act, before the preposition of its gerund ("interest in joining", "the option of acceding"). */
const INCLINATIONS = new Set([
  // "was on the verge of ratifying", "on the brink of signing", "the goal of acceding", "with a view to ratifying".
  "verge",
  "brink",
  "point",
  "goal",
  "aim",
  "objective",
  "target",
  "view",
  "interest",
  "interested",
  "keen",
  "eager",
  "desire",
  "intention",
  "aspiration",
  "ambition",
  "option",
  "possibility",
  "prospect",
  "prospects",
  "feasibility",
  "merits",
  "idea",
]);
const INCLINATION_LINKS = new Set(["in", "on", "of", "about", "towards", "toward", "to"]);
/** Nouns of a process that leads to an act without being it. */
const PROCESS_NOUNS = new Set([
  "consultations",
  "discussions",
  "talks",
  "debate",
  "deliberations",
  "negotiations",
  "work",
  "progress",
  "steps",
  "step",
  "preparations",
  "consideration",
  "proposal",
  "proposals",
  "bill",
  "legislation",
  // "set out a timetable for ratifying X", "a roadmap towards ratification".
  "timetable",
  "roadmap",
  "schedule",
  "plan",
  "plans",
]);

/** Words that deny a "that" clause when they come just before it: "not true that", "no record that", "denied that". */
const DENIALS = new Set(["denied", "denies", "deny", "denying", "false", "untrue"]);
const DENIAL_REACH = 4;

/** The clause after the "that" at `that` is denied by a negator or a denial word just before it, else null. */
function deniedClause(tokens: readonly Token[], that: number): PolarityResult | null {
  for (let i = that - 1; i >= Math.max(0, that - DENIAL_REACH); i--) {
    const t = tokens[i] as Token;
    if (!t.word) return null;
    if (NEGATORS.has(t.lower) || DENIALS.has(t.lower)) return { polarity: "negated", by: `${t.lower} that` };
  }
  return null;
}

/** Words that join a verb to its object ("acceded to", "signed on to"): looked past for a negated object. */
const OBJECT_JOINERS = new Set(["to", "of", "on", "onto"]);

/**
 * A negated object right after the cue: "has ratified neither X nor Y", "acceded to none of the
 * protocols": the act is denied for every instrument in that object, though nothing before the
 * verb says so. Null when the object is not negated.
 */
export function negatedObject(tokens: readonly Token[], cueTo: number): PolarityResult | null {
  let i = cueTo;
  while (i < cueTo + 2 && OBJECT_JOINERS.has(tokens[i]?.lower ?? "")) i++;
  const w = tokens[i]?.lower;
  if (w === "neither") return { polarity: "negated", by: "neither" };
  if (w === "none" && tokens[i + 1]?.lower === "of") return { polarity: "negated", by: "none" };
  return null;
}

/**
 * A count of none as the verb's own subject: "Of 20 Conventions ratified, 0 have been denounced", "none has been denounced",
 * "zero were withdrawn": the act is denied.
 */
export function zeroCountSubject(tokens: readonly Token[], cueFrom: number, from: number): PolarityResult | null {
  let i = cueFrom - 1;
  while (i > from && ZERO_COUNT_AUXILIARIES.has(tokens[i]?.lower ?? "")) i--;
  if (i === cueFrom - 1) return null;
  const w = tokens[i]?.lower ?? "";
  return ZERO_COUNTS.has(w) && !ZERO_COUNT_AUXILIARIES.has(w) ? { polarity: "negated", by: "none" } : null;
}
const ZERO_COUNTS: ReadonlySet<string> = new Set(["0", "zero", "none"]);
const ZERO_COUNT_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "had", "been", "was", "were", "is", "are", "yet", "so", "far", "ever"]);

/** Verbs that take an act back: "withdrew its ratification", "revoked the signature". */
const TAKING_BACK = new Set([
  "withdrew",
  "withdraw",
  "withdraws",
  "withdrawing",
  "withdrawn",
  "revoked",
  "revoke",
  "revokes",
  "rescinded",
  "rescind",
  "retracted",
  "retract",
  "revoking",
  "rescinding",
  "retracting",
  // A court's or a legislature's undoing: "the Constitutional Court annulled Peru's accession", "quashed the ratification".
  "annulled",
  "annul",
  "annuls",
  "annulling",
  "invalidated",
  "invalidate",
  "invalidates",
  "invalidating",
  "quashed",
  "quash",
  "quashes",
  "quashing",
  "nullified",
  "nullify",
  "nullifies",
  "nullifying",
  "overturned",
  "overturn",
  "overturns",
  "overturning",
]);
/**
 * Verbs that only suppose an act before "to have": "seems to have ratified", "appeared to have signed". (A report's "is said to
 * have", "is believed to have" is an act reported, to review: reportedBy.)
 */
const SUPPOSING: ReadonlySet<string> = new Set(["seems", "seem", "seemed", "appears", "appear", "appeared"]);

/** "struck down": the verb before "down" that undoes an act ("the Court struck down Zambia's ratification of X"). */
const STRIKING = new Set(["struck", "strike", "strikes", "striking"]);
/** A verb's form that reports the act: "revoking", "revoked", "withdrew" (not "withdraw", "revoke" after a modal). */
const DONE_FORM = /(?:ing|ed|drew|drawn|struck)$/u;

/** The verb that takes an act back at `i` ("revoked", and "struck down" by its "down"), or null. */
function takingBackAt(tokens: readonly Token[], i: number): string | null {
  const w = tokens[i]?.lower ?? "";
  if (TAKING_BACK.has(w)) return w;
  const before = tokens[i - 1]?.lower ?? "";
  return w === "down" && STRIKING.has(before) ? before : null;
}
/** Determiners and possessives that open an act noun's phrase ("its ratification", "the accession"). */
export const DETERMINERS = new Set(["its", "their", "the", "his", "her", "our", "my", "a", "an"]);

/** How far before an act noun its possessor's "of" may be: "of the United Kingdom's signature". */
const POSSESSOR_REACH = 7;
/** Nouns that take an act back: "the revocation of its ratification", "the withdrawal of Chile's signature". */
const TAKING_BACK_NOUNS = new Set(["revocation", "withdrawal", "rescission", "retraction", "cancellation", "annulment", "invalidation", "nullification"]);

/**
 * An act noun taken back by the verb that governs it ("Chile withdrew its ratification of X") or by a noun before its "of"
 * ("Russia's revocation of its ratification of X", "the withdrawal of Chile's signature"): negated.
 */
export function takenBack(tokens: readonly Token[], cueFrom: number): PolarityResult | null {
  let i = cueFrom - 1;
  if (DETERMINERS.has(tokens[i]?.lower ?? "")) i--;
  else if (tokens[i]?.text === "'s" || tokens[i]?.text === "'") {
    // (A possessor between: "the withdrawal of Chile's signature", "… of the United Kingdom's signature", "revoking Russia's
    // ratification".)
    // (Not a taking back to come: "a step that would not withdraw Russia's signature".)
    while (i > cueFrom - POSSESSOR_REACH && tokens[i]?.lower !== "of" && !DONE_FORM.test(takingBackAt(tokens, i) ?? "")) i--;
  }
  const verb = takingBackAt(tokens, i);
  if (verb) return { polarity: "negated", by: verb };
  const w = tokens[i]?.lower ?? "";
  const noun = w === "of" ? (tokens[i - 1]?.lower ?? "") : "";
  return TAKING_BACK_NOUNS.has(noun) ? { polarity: "negated", by: noun } : null;
}

/** What may open a clause, just before a conditional's "had" or "if". */
const CONDITION_OPENERS = new Set([",", ";", ":", "(", "—", "–", "and", "but", "yet"]);

/**
 * A counterfactual condition whose subject is the actor: "Had Chile ratified X, …" (the inverted
 * "had" opening its clause) or "If Chile had ratified X, …": the act was not done (negated). A
 * negation inside it ("Had Chile not ratified X, …") implies the act was done, which is not
 * asserted: planned. `subjectFrom` is the first token of the actor's group; null when it is not such a clause.
 */
export function counterfactual(tokens: readonly Token[], subjectFrom: number, cueFrom: number, clauseFrom: number): PolarityResult | null {
  if (tokens[subjectFrom - 1]?.lower === "the") subjectFrom--; // "Had the Republic of Korea ratified"
  const opener = tokens[subjectFrom - 1]?.lower;
  let inverted: boolean;
  if (opener === "had") inverted = true;
  else if (opener === "if" && (tokens[cueFrom - 1]?.lower === "had" || tokens[cueFrom - 2]?.lower === "had")) inverted = false;
  else return null;
  const before = subjectFrom - 2;
  if (before >= clauseFrom && !CONDITION_OPENERS.has(tokens[before]?.lower ?? "")) return null;
  const negated = tokens[cueFrom - 1]?.lower === "not" || tokens[cueFrom - 2]?.lower === "not";
  const by = inverted ? "had:counterfactual" : "if-had:counterfactual";
  return negated ? { polarity: "planned", by } : { polarity: "negated", by };
}

/**
 * A mandative "that" clause: "The Committee recommends that Chile ratify X", "urged that A and B accede to Y": what the speaker
 * asks for, not what the subject did (planned). The act's verb is in its plain form (not "ratified", "ratifies").
 */
export function mandated(tokens: readonly Token[], subjectFrom: number, cueFrom: number, clauseFrom: number): PolarityResult | null {
  if (tokens[subjectFrom - 1]?.lower === "the") subjectFrom--;
  if (tokens[subjectFrom - 1]?.lower !== "that" || subjectFrom - 2 < clauseFrom) return null;
  if (!MANDATIVE.test(tokens[subjectFrom - 2]?.lower ?? "")) return null;
  return PLAIN_ACT.test(tokens[cueFrom]?.lower ?? "") ? { polarity: "planned", by: "mandative" } : null;
}
/**
 * "(a) Malawi deposit its instrument of accession to X; (c) Malawi endorse Y": one state and a verb in its plain form, which no
 * statement of fact puts after a singular subject: what is asked of it (planned). `subjectTo` is the token after the subject.
 */
export function plainVerbAfterSingular(tokens: readonly Token[], singular: boolean, subjectTo: number, cueFrom: number): PolarityResult | null {
  if (!singular || cueFrom < subjectTo || cueFrom - subjectTo > 3) return null;
  return PLAIN_ACT.test(tokens[subjectTo]?.lower ?? "") && tokens[subjectTo]?.text === tokens[subjectTo]?.lower
    ? { polarity: "planned", by: "mandative" }
    : null;
}

const MANDATIVE =
  /^(?:recommend(?:s|ed|ing|ation|ations)?|urg(?:e|es|ed|ing)|request(?:s|ed|ing)?|ask(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|suggest(?:s|ed|ing|ion)?|insist(?:s|ed|ing)?|demand(?:s|ed|ing)?|requir(?:e|es|ed|ing)|advis(?:e|es|ed|ing))$/u;
const PLAIN_ACT =
  /^(?:ratify|accede|sign|join|become|accept|approve|adhere|deposit|endorse|withdraw|consider|co-sponsor|cosponsor|sponsor|support|vote|adopt)$/u;

/** Words of a counted head between a negated quantifier and the list in apposition: "the two countries", "member of the Community". */
const COUNTED_HEAD = new Set([
  "the",
  "them",
  "two",
  "three",
  "four",
  "five",
  "these",
  "those",
  "both",
  "of",
  "countries",
  "country",
  "states",
  "state",
  "nations",
  "nation",
  "governments",
  "government",
  "members",
  "member",
  "delegations",
  "island",
  "small",
  "developing",
  "coastal",
  "landlocked",
  "neighbouring",
  "neighboring",
  "remaining",
]);
const APPOSITION_OPENERS = new Set([",", "(", "–", "—", "-", ":"]);
/** Words of the counted head, at most: "the six Gulf Cooperation Council states", "single member of the Andean Community". */
const MAX_COUNTED_HEAD = 8;
const COUNT_WORDS = new Set(["six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "other"]);

/** A word of a counted head: "the", "of", a number, a head noun, or a capitalised descriptor ("Gulf", "Nordic"). */
function countedHeadWord(t: Token): boolean {
  return COUNTED_HEAD.has(t.lower) || COUNT_WORDS.has(t.lower) || /^\d+$/u.test(t.text) || (t.word && /^\p{Lu}/u.test(t.text));
}

/** The negated quantifier that ends at token `i` ("none of", "neither of", "not one of", "no", "not a single"), or null. */
function negatedQuantifierAt(tokens: readonly Token[], i: number): string | null {
  const w = tokens[i]?.lower;
  if (w === "no") return "no";
  if (w === "single" && tokens[i - 1]?.lower === "a" && tokens[i - 2]?.lower === "not") return "not a single";
  if (w !== "of") return null;
  const q = tokens[i - 1]?.lower;
  if (q === "none" || q === "neither") return `${q} of`;
  return q === "one" && tokens[i - 2]?.lower === "not" ? "not one of" : null;
}

/**
 * "Neither of the two countries, Chile and Peru, has ratified X", "None of these States, A, B and
 * C, …", "No Andean state – A, B or C – has ratified X", "Not a single member of the Community (A,
 * B …)": the list in apposition to a negated quantifier's head is the negated subject. `subjectFrom`
 * is the list's first token; null when no such quantifier heads it.
 */
export function negatedQuantifierHead(tokens: readonly Token[], subjectFrom: number, clauseFrom: number): PolarityResult | null {
  let i = subjectFrom - 1;
  if (tokens[i]?.lower === "the") i--; // ", the Netherlands and Uruguay,"
  // ("None of the East African States, including Kenya and Uganda, has ratified X": the members it names are in its scope.)
  if (INCLUDING_WORDS.has(tokens[i]?.lower ?? "") && APPOSITION_OPENERS.has(tokens[i - 1]?.text ?? "")) i--;
  // (The list may also follow a dash: "None of the six Gulf Cooperation Council states – A, B and C – has ratified X".)
  if (!APPOSITION_OPENERS.has(tokens[i]?.text ?? "")) return null;
  const opener = i;
  const floor = Math.max(clauseFrom, opener - 1 - MAX_COUNTED_HEAD);
  // The quantifier ends where the head's words start, with at least one head word before the list ("No – A, B" is an answer).
  // (With a head noun before the list, any modifier may describe it: "None of the five nuclear-weapon States (A, B …)".)
  const headNoun = COUNTED_NOUNS.has(tokens[opener - 1]?.lower ?? "");
  for (i = opener - 1; i >= floor; i--) {
    const q = i < opener - 1 ? negatedQuantifierAt(tokens, i) : null;
    if (q) return { polarity: "negated", by: q };
    const t = tokens[i] as Token;
    // ("None of New Zealand's closest defence partners, A, B and C, has signed it": a possessor in the head.)
    if (!countedHeadWord(t) && !(headNoun && (t.text === "-" || LOWER_WORD.test(t.text) || POSSESSIVE_S.has(t.text)))) return null;
  }
  return null;
}
const COUNTED_NOUNS = new Set([
  "countries",
  "states",
  "nations",
  "governments",
  "members",
  "delegations",
  "parties",
  "partners",
  "allies",
  "neighbours",
  "neighbors",
]);
const POSSESSIVE_S = new Set(["'s", "’s"]);
/** Words that open the members a negated head names: "None of the six, including A and B, …". */
const INCLUDING_WORDS = new Set(["including", "notably", "namely"]);
const LOWER_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;

/**
 * A subject the negation opens, whatever comes between it and the verb: "Neither A nor B, both of
 * which rely on …, has signed X", "None of A, B and C has ratified it".
 */
export function negatedSubject(tokens: readonly Token[], subjectFrom: number): PolarityResult | null {
  const at = tokens[subjectFrom - 1]?.lower === "the" ? subjectFrom - 1 : subjectFrom; // "Neither the Netherlands nor …"
  const before = tokens[at - 1]?.lower;
  if (before === "neither") return { polarity: "negated", by: "neither" };
  if (before === "of" && tokens[at - 2]?.lower === "none") return { polarity: "negated", by: "none of" };
  // "Not one of the six has signed X".
  if (before === "of" && tokens[at - 2]?.lower === "one" && tokens[at - 3]?.lower === "not") return { polarity: "negated", by: "not one of" };
  return null;
}

/** Modals that make a noun phrase's act hypothetical or future: "Chile's ratification of X would make it …". */
/** A subject with "will" contracted onto it: "we'll", "they’ll", "it'll". */
const CONTRACTED_WILL = /^\p{L}+['’]ll$/u;
const MODALS_AFTER = new Set(["would", "will", "could", "might", "may", "should", "shall", "'d", "'ll"]);

/**
 * "is not, and has never been, a party to X", "is not, nor ever was, a member": a predicate coordinated in an aside, set off by commas
 * right before the cue (with its article), that denies the state; the cue's own clause before the aside denies it too.
 */
function negatedAside(tokens: readonly Token[], cueFrom: number, start: number): PolarityResult | null {
  let close = cueFrom - 1;
  if (ARTICLES.has(tokens[close]?.lower ?? "")) close--;
  if (tokens[close]?.text !== "," || close - 1 < start) return null;
  let open = close - 1;
  while (open > start && open > close - ASIDE_WORDS && tokens[open]?.text !== ",") open--;
  if (tokens[open]?.text !== "," || !ASIDE_JOINS.has(tokens[open + 1]?.lower ?? "")) return null;
  const denial = tokens.slice(open + 1, close).find((t) => t.lower === "never" || t.lower === "not" || t.lower === "n't");
  const before = tokens[open - 1]?.lower ?? "";
  return denial && (before === "not" || before === "n't" || before === "never") ? { polarity: "negated", by: denial.lower } : null;
}
/** The articles ("a", "an", "the"). */
export const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

/**
 * "The following scheduled actions did not take place: - A's accession to X; - B's ratification of Y", "… were postponed: - …": the
 * items of a list whose head says they did not happen (negated) or were put off (planned).
 */
function deniedListHead(tokens: readonly Token[], cueFrom: number): PolarityResult | null {
  let colon = cueFrom - 1;
  while (colon >= 0 && cueFrom - colon <= LIST_HEAD_REACH && tokens[colon]?.text !== ":") colon--;
  if (colon < 2 || tokens[colon]?.text !== ":") return null;
  const last = tokens[colon - 1]?.lower ?? "";
  const before = tokens[colon - 2]?.lower ?? "";
  if (PUT_OFF_PARTICIPLES.has(last) && (before === "were" || before === "was" || before === "been")) return { polarity: "planned", by: last };
  const happen = HAPPENING.has(last) ? colon - 1 : HAPPENING.has(`${before} ${last}`) ? colon - 2 : -1;
  if (happen < 1) return null;
  const neg = tokens[happen - 1]?.lower ?? "";
  return neg === "not" || neg === "n't" || neg === "never" ? { polarity: "negated", by: neg } : null;
}
const LIST_HEAD_REACH = 60;
const HAPPENING: ReadonlySet<string> = new Set(["happen", "occur", "proceed", "materialise", "materialize", "take place", "go ahead"]);
const PUT_OFF_PARTICIPLES: ReadonlySet<string> = new Set(["postponed", "deferred", "delayed"]);
const ASIDE_JOINS: ReadonlySet<string> = new Set(["and", "or", "nor"]);
const ASIDE_WORDS = 8;

/** Predicates that leave an act noun's act still to come ("is pending", "remains under consideration") or deny it ("was blocked"). */
// "its instrument of ratification was approved by its Cabinet": a domestic approval; the deposit is still to come.
const PENDING_PREDICATES = new Set([
  "pending",
  "awaited",
  "expected",
  "planned",
  "scheduled",
  "underway",
  "delayed",
  "postponed",
  "stalled",
  "under",
  "approved",
  // "its instrument of ratification is being prepared / considered": still in the making.
  "prepared",
  "drafted",
  "considered",
  "examined",
  "reviewed",
  "processed",
]);
const DENIED_PREDICATES = new Set(["blocked", "rejected", "refused", "vetoed", "withdrawn", "revoked"]);
/** The index of "before" that opens the act's gerund at `cueFrom` ("before ratifying", "before depositing their instruments"), or -1. */
function waitedBefore(tokens: readonly Token[], cueFrom: number): number {
  let k = cueFrom - 1;
  if (POSSESSIVE_DETERMINERS.has(tokens[k]?.lower ?? "")) k--;
  if (k < cueFrom - 1 || !/ing$/u.test(tokens[cueFrom]?.lower ?? "")) {
    if (!/ing$/u.test(tokens[k]?.lower ?? "")) return -1;
    k--;
  }
  return tokens[k]?.lower === "before" ? k : -1;
}

/** Verbs of waiting, before "before" and an act ("waiting for X before depositing"), and how far back they may stand. */
const WAITING = new Set(["waiting", "wait", "waits", "awaiting", "await", "awaits"]);
const WAITING_REACH = 14;
/** A relative's copula ("that is not a member …"). */
const COPULAS = new Set(["is", "are", "was", "were"]);
const RELATIVES = new Set(["that", "which", "who"]);
/** Verbs that keep their subject ("was prevented from ratifying") or their object ("has kept Bulgaria from ratifying it") from an act. */
const KEEPS_FROM = new Set([
  "prevented",
  "barred",
  "precluded",
  "blocked",
  "stopped",
  "restrained",
  "prohibited",
  "banned",
  "kept",
  "keeps",
  "keep",
  "prevents",
  "prevent",
  "stops",
  "stop",
  "bars",
  "blocks",
  "deterred",
  "deters",
  "dissuaded",
  "discouraged",
]);
/** How many words an object may take between its verb and "from". */
const KEPT_OBJECT_REACH = 5;

/** The verb that keeps its subject or object from the act after "from" at `from` ("was prevented from", "kept Bulgaria from"), or null. */
function keptFromObject(tokens: readonly Token[], from: number, floor: number): string | null {
  for (let k = from - 1; k >= floor && from - k <= KEPT_OBJECT_REACH + 1; k--) {
    const t = tokens[k] as Token;
    if (!t.word && !isPossessiveMark(t)) return null;
    if (KEEPS_FROM.has(t.lower)) return t.lower;
  }
  return null;
}

/** Verbs that hold an act back ("withheld its endorsement", "refused its signature"). */
const WITHHOLDING = new Set(["withheld", "withholds", "withholding", "withhold", "refused", "refuses", "denied"]);
const POSSESSIVE_DETERMINERS = new Set(["its", "their", "his", "her", "our", "my"]);
const PREDICATE_LEADS = new Set([
  "is",
  "are",
  "was",
  "were",
  "remains",
  "remain",
  "remained",
  "has",
  "have",
  "been",
  "still",
  "currently",
  "now",
  "being",
  '"',
  "'",
]);

/** After an act noun's phrase that is its clause's subject: "… is still pending" (planned), "… was blocked" (negated), else null. */
export function predicateAfterObject(tokens: readonly Token[], objectTo: number): PolarityResult | null {
  let i = asideEnd(tokens, objectTo);
  const start = i;
  let not: string | null = null;
  while (i < start + 6 && (PREDICATE_LEADS.has(tokens[i]?.lower ?? "") || NOT_WORDS.has(tokens[i]?.lower ?? ""))) {
    if (NOT_WORDS.has(tokens[i]?.lower ?? "")) not ??= tokens[i]?.lower ?? null;
    i++;
  }
  // ("first ratifications expected from A and B": a reduced predicate of expectation, with no copula.)
  if (i === start) return EXPECTED_ALONE.has(tokens[i]?.lower ?? "") ? { polarity: "planned", by: tokens[i]?.lower ?? "expected" } : null;
  const w = tokens[i]?.lower ?? "";
  // "… has not (yet) been received", "… was never deposited": the instrument is not in; "accession by the Union is not currently
  // envisaged", "… is not expected before 2027": not to come either.
  if (not && (RECEIVED.has(w) || PENDING_PREDICATES.has(w) || CONTEMPLATED.has(w))) return { polarity: "negated", by: not };
  if (PENDING_PREDICATES.has(w)) return { polarity: "planned", by: w };
  // "… is on its way from Banjul": still in transit, not yet deposited; "… is "on the legislative agenda" for 2026": still to come.
  if (w === "on" && POSSESSIVE_PRONOUNS.has(tokens[i + 1]?.lower ?? "") && tokens[i + 2]?.lower === "way") return { polarity: "planned", by: "on its way" };
  if (w === "on" && tokens.slice(i + 1, i + 4).some((t) => t.lower === "agenda")) return { polarity: "planned", by: "on the agenda" };
  if (DENIED_PREDICATES.has(w)) return { polarity: "negated", by: w };
  // "… was before its parliament", "… is now before the Senate": a domestic body still has it.
  if (w === "before" && tokens.slice(i + 1, i + 4).some((t) => LEGISLATURES.has(t.lower))) return { polarity: "planned", by: "before parliament" };
  return null;
}
/** A State's legislature, its chambers and members, or its cabinet: what they approve, adopt or "ratify" is a domestic step;
 * an instrument "before" one is still to come. */
export const LEGISLATURES = new Set([
  "parliament",
  "senate",
  "congress",
  "legislature",
  "mazhilis",
  "majilis",
  "majlis",
  "sejm",
  "rada",
  "duma",
  "knesset",
  "bundestag",
  "storting",
  "riksdag",
  "assembly",
  "chamber",
  "deputies",
  "lawmakers",
  "legislators",
  "mps",
  "senators",
  "cabinet",
]);

const NOT_WORDS = new Set(["not", "never", "yet"]);
/** Participles of expectation that stand for their predicate without a copula ("first ratifications expected from A"). */
const EXPECTED_ALONE = new Set(["expected", "awaited", "planned", "scheduled", "pending"]);
/** Participles of an act contemplated: said with "not", the act is not to come ("is not envisaged"). */
const CONTEMPLATED = new Set(["envisaged", "foreseen", "contemplated", "anticipated", "intended", "complete", "finished"]);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["its", "their"]);
/** Participles of an instrument's arrival: said with "not", it has not arrived. */
const RECEIVED = new Set(["received", "deposited", "submitted", "lodged", "transmitted", "completed", "finalized", "finalised"]);

/**
 * Past a participle aside set off by commas right after a noun phrase (", announced in 2022,"), or any short aside whose closing comma
 * the predicate follows (", for a Treaty it signed in 2017, was before its parliament"): where the clause goes on.
 */
function asideEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ",") return at;
  const participle = /ed$/u.test(tokens[at + 1]?.lower ?? "");
  for (let k = at + 2; k < at + 10 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") return participle || PREDICATE_LEADS.has(tokens[k + 1]?.lower ?? "") ? k + 1 : at;
    if (t.text === ";" || t.text === ".") return at;
  }
  return at;
}

/** The word after an act noun's object is a modal ("X's accession to Y would …", "… will follow"): the act is still to come. */
export function modalAfterObject(tokens: readonly Token[], objectTo: number): PolarityResult | null {
  // "its accession to X, approved by its Council of Ministers in May, would be deposited …": a domestic approval in an aside, then
  // (past the aside) the modal.
  const participle = tokens[objectTo]?.text === "," ? (tokens[objectTo + 1]?.lower ?? "") : "";
  const after = asideEnd(tokens, objectTo);
  if (after > objectTo && PENDING_PREDICATES.has(participle)) return { polarity: "planned", by: participle };
  const t = tokens[after];
  if (!t || !MODALS_AFTER.has(t.lower) || isMonthMay(tokens, after)) return null;
  return { polarity: "planned", by: t.lower };
}

/** "(will) not be the first (State) to <cue>": a denied rank of an act still to come. */
function futureRank(tokens: readonly Token[], not: number, cueFrom: number): boolean {
  if (tokens[not + 1]?.lower !== "be" || tokens[cueFrom - 1]?.lower !== "to" || !/^(?:the|a)$/u.test(tokens[not + 2]?.lower ?? "")) return false;
  const rank = tokens[not + 3];
  return rank !== undefined && isRank(rank) && cueFrom - not <= 7;
}

/** "not the first/only/last (State) to <cue>": the negator at `not` denies a rank of a done act. */
function deniedRank(tokens: readonly Token[], not: number, cueFrom: number, floor: number): boolean {
  let i = not + 1;
  if (tokens[i]?.lower === "be" || tokens[i]?.lower === "been") i++; // "will not be the first"
  if (tokens[cueFrom - 1]?.lower !== "to" || !/^(?:the|a)$/u.test(tokens[i]?.lower ?? "")) return false;
  const rank = tokens[i + 1];
  return rank !== undefined && isRank(rank) && affirmedInfinitive(tokens, cueFrom - 1, floor);
}

/**
 * A rank before the infinitive reports the act as done: "the 27th State to ratify", "the ninth ILO
 * member State, and the fourth in Africa, to ratify", and without a noun "among the first to
 * ratify it", "the most recent to join".
 */
/** Judgements of an act done, before its infinitive after a past copula: "was right to vote for X", "were wrong to sign it". */
const JUDGED = new Set(["right", "wrong", "correct", "justified", "wise", "unwise", "mistaken"]);
const PAST_COPULAS = new Set(["was", "were"]);

function affirmedInfinitive(tokens: readonly Token[], to: number, floor: number): boolean {
  let end = to;
  // ", and the fourth in Africa," inserted between the ranked noun and its infinitive.
  if (tokens[end - 1]?.text === ",") {
    for (let i = end - 2; i >= Math.max(floor, end - 14); i--) {
      if ((tokens[i] as Token).text !== ",") continue;
      if (tokens[i + 1]?.lower === "and") end = i;
      break;
    }
  }
  // "the first State in the world to ratify", "the second country in Africa to": a place after the noun.
  if (tokens[end - 2]?.lower === "in" && STATE_NOUNS.has(tokens[end - 3]?.lower ?? "")) end -= 2;
  else if (tokens[end - 3]?.lower === "in" && tokens[end - 2]?.lower === "the" && STATE_NOUNS.has(tokens[end - 4]?.lower ?? "")) end -= 3;
  else {
    // "the first non-member of the Council of Europe to accede": a named body or place after the noun ("the first State outside
    // the UNECE region to accede").
    // (Its acronym may follow it: "the first member of the Pacific Islands Forum Fisheries Agency (FFA) to ratify".)
    const last = tokens[end - 1]?.text === ")" && tokens[end - 3]?.text === "(" ? end - 4 : end - 1;
    let k = PLACE_NOUNS.has(tokens[last]?.lower ?? "") ? last - 1 : last;
    const nameWord = (i: number) => (tokens[i] as Token).word && isCapitalised(tokens[i] as Token);
    // (A name's own connectors: "Council of Europe", "Organization of American States".)
    while (k > floor && last - k <= MAX_BODY_NAME && (nameWord(k) || (NAME_CONNECTORS.has(tokens[k]?.lower ?? "") && nameWord(k - 1) && nameWord(k + 1)))) k--;
    if (k < last && tokens[k]?.lower === "the") k--;
    if (k < last && PLACE_PREPOSITIONS.has(tokens[k]?.lower ?? "") && STATE_NOUNS.has(tokens[k - 1]?.lower ?? "")) end = k;
  }
  const noun = tokens[end - 1];
  // "my delegation was proud to co-sponsor", "we are pleased to join": a feeling about the act, which is done.
  // (An intensifier between: "was also proud to", "are very pleased to", "were particularly honoured to".)
  const copula = INTENSIFIERS.has(tokens[end - 2]?.lower ?? "") || ADVERB_LY.test(tokens[end - 2]?.lower ?? "") ? end - 3 : end - 2;
  if (noun && FEELINGS.has(noun.lower) && COPULA_BEFORE.has(tokens[copula]?.lower ?? "")) return true;
  // "The other States to join this year were A, B": the infinitive describes those who did it.
  if (noun && STATE_NOUNS.has(noun.lower) && noun.lower.endsWith("s") && pastCopulaAfter(tokens, to + 2)) return true;
  if (noun && STATE_NOUNS.has(noun.lower)) {
    // (Not a rank still to be won: "aims to be the first member of X to ratify", "will be the first State to".)
    for (let i = end - 2; i >= Math.max(floor, end - 7); i--) if (isRank(tokens[i] as Token)) return !rankToCome(tokens, i);
  } else if (noun && isRank(noun) && tokens[end - 3]?.lower !== "be")
    return true; // not "aims to be the first to ratify"
  // "A, B and C were the first five to ratify", "the first 20 to sign": a rank and the group's count.
  else if (noun && (COUNTS.has(noun.lower) || /^\d+$/u.test(noun.text)) && isRank(tokens[end - 2] as Token) && tokens[end - 4]?.lower !== "be")
    return !rankToCome(tokens, end - 2);
  // "the last of the eleven to ratify", "the first of them to sign": a rank among a group named by its count.
  // (An adjective of the group between: "the last of the original ten to ratify".)
  let of = end - 2;
  if (GROUP_ADJECTIVES.has(tokens[of]?.lower ?? "")) of--;
  if (tokens[of]?.lower === "the") of--;
  if (tokens[of]?.lower !== "of") of = -1;
  if (of > floor && isRank(tokens[of - 1] as Token) && (noun?.lower === "them" || COUNTS.has(noun?.lower ?? "") || /^\d+$/u.test(noun?.text ?? "")))
    return !rankToCome(tokens, of - 1);
  for (let i = to - 1; i >= Math.max(floor, to - 25); i--) if ((tokens[i] as Token).lower === "opportunity") return true;
  return false;
}

/** A place's noun after its name: "the UNECE region", "the Asia-Pacific area". */
const PLACE_NOUNS = new Set(["region", "area", "continent", "zone", "subregion"]);
/** Words of a body's or a place's name after a ranked noun, at most ("Pacific Islands Forum Fisheries Agency"). */
const MAX_BODY_NAME = 9;
const PLACE_PREPOSITIONS = new Set(["of", "in", "outside", "from", "beyond"]);
const GROUP_ADJECTIVES = new Set(["original", "founding", "initial", "other", "remaining"]);
const COUNTS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty"]);
const TO_COME = new Set(["to", "will", "would", "could", "may", "might", "shall"]);

/** "(aims) to be the first", "will become the first": a rank still to be won ("has become the ninth", "went on to become the first" are won). */
function rankToCome(tokens: readonly Token[], rank: number): boolean {
  const verb = tokens[rank - 2]?.lower ?? "";
  if (verb === "become" && wentOn(tokens, rank - 3)) return false;
  return verb === "be" || (verb === "become" && TO_COME.has(tokens[rank - 3]?.lower ?? ""));
}

const TOOK = new Set(["took", "taken"]);
const SPANS = new Set(["years", "decades", "months", "weeks", "year", "decade", "time"]);
const TOOK_REACH = 10;

/** "It has taken us more than two decades to ratify it", "It took Chile ten years to accede": the act came, after a while. */
function tookTimeTo(tokens: readonly Token[], to: number, floor: number): boolean {
  let span = false;
  for (let i = to - 1; i >= Math.max(floor, to - TOOK_REACH); i--) {
    const w = (tokens[i] as Token).lower;
    if (SPANS.has(w)) span = true;
    else if (TOOK.has(w)) return span;
    else if (w === "," || w === ";" || TO_COME.has(w)) return false;
  }
  return false;
}

/** "went on to", "proceeded to", "then moved to" at the "to" at `to`: what follows was done, later. */
function wentOn(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.lower !== "to") return false;
  const a = tokens[to - 1]?.lower ?? "";
  // "MRAI also continues to welcome the Declaration": an act going on, done already.
  return (a === "on" && tokens[to - 2]?.lower === "went") || a === "proceeded" || CONTINUING.has(a);
}
const CONTINUING = new Set(["continues", "continued", "continue", "continuing"]);
/** A name's own connectors ("Council of Europe"). */
const NAME_CONNECTORS = new Set(["of", "and", "the", "for"]);
const FEELINGS = new Set(["proud", "pleased", "honoured", "honored", "happy", "delighted", "glad", "privileged"]);
const COPULA_BEFORE = new Set(["was", "were", "is", "are", "am", "been", "be"]);
const INTENSIFIERS = new Set(["also", "very", "so", "most", "particularly", "especially", "equally", "again", "once", "therefore"]);
const ADVERB_LY = /^[a-z]{3,}ly$/u;

/** "were" or "was" within a few words after the infinitive's verb, before any comma ("to join this year were"). */
function pastCopulaAfter(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 6); i++) {
    const w = (tokens[i] as Token).lower;
    if (w === "were" || w === "was") return true;
    if (w === "," || w === ";" || w === ".") return false;
  }
  return false;
}

/** "on 3 May", "May 2019": the month, not the modal. */
function isMonthMay(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text !== "May") return false;
  // ("was adopted in May and was signed on …", "since May": a capital after a lower-case word is no modal opening a sentence or a
  // title's word, "Kenya May Ratify X".)
  const before = tokens[i - 1];
  return DIGITS.test(before?.text ?? "") || DIGITS.test(tokens[i + 1]?.text ?? "") || (!!before && before.word && before.text === before.lower);
}
const DIGITS = /^\d/u;

/** Adverbs that report an act without vouching for it: "reportedly ratified", "was allegedly signed". */
const REPORTING_ADVERBS = new Set(["reportedly", "allegedly", "purportedly", "supposedly", "apparently", "ostensibly"]);
/** Participles of a report in the passive: "is said to have ratified", "It was reported that A signed". */
const REPORTING_PARTICIPLES = new Set(["reported", "said", "alleged", "rumoured", "rumored", "believed", "thought", "understood", "claimed"]);
/** Nouns of an unvouched report: "reports that A ratified", "rumours that", "according to press reports". */
const REPORT_NOUNS = new Set(["reports", "rumours", "rumors", "claims", "sources", "media", "unconfirmed"]);
const REPORT_STOPS = new Set([";", ":", ".", ",", "but", "while", "whereas", "although", "because"]);
/** How far before the cue a report's words may be. */
const REPORT_REACH = 14;
const IMPERSONAL_COPULAS = new Set(["is", "was", "has", "had"]);

/**
 * "Kenya reportedly ratified X", "is said to have signed", "It was reported that Chad had acceded", "according to press reports,
 * A signed": an act the text reports without vouching for it. Still an act, but one to review: the word that hedges it, or null.
 * (A report by a named agent vouches for it: "The depositary reported that Chad had acceded".)
 */
export function reportedBy(tokens: readonly Token[], cueFrom: number, floor: number, to: number): string | null {
  const lower = (k: number) => tokens[k]?.lower ?? "";
  // "A signed X, according to media reports": a closing phrase reports it too.
  for (let k = cueFrom + 1; k + 1 < to && lower(k) !== ";" && lower(k) !== "."; k++)
    if (lower(k) === "according" && lower(k + 1) === "to" && lower(k - 1) === ",")
      for (let j = k + 2; j < Math.min(to, k + 6); j++) if (REPORT_NOUNS.has(lower(j))) return "according to reports";
  // "Reportedly, A signed X", "According to press reports, A signed X": an opening phrase before the first comma reports the
  // sentence's acts (not a clause's own, "Chad, which reportedly signed X in 2014, ratified Y": that one stops at its comma).
  const comma = tokens.findIndex((t, k) => k >= floor && k < cueFrom && t.text === ",");
  if (comma > floor) {
    const opening = lower(floor);
    if (REPORTING_ADVERBS.has(opening) && comma === floor + 1) return opening;
    if (opening === "according" && lower(floor + 1) === "to")
      for (let k = floor + 2; k < comma; k++) if (REPORT_NOUNS.has(lower(k))) return "according to reports";
  }
  for (let i = cueFrom - 1; i >= Math.max(floor, cueFrom - REPORT_REACH); i--) {
    const w = lower(i);
    if (REPORT_STOPS.has(w)) break;
    if (REPORTING_ADVERBS.has(w)) return w;
    // "is said to have ratified", "claims to have signed".
    if ((REPORTING_PARTICIPLES.has(w) || w === "claims") && lower(i + 1) === "to" && (lower(i + 2) === "have" || lower(i + 2) === "be")) return w;
    if (w === "that") {
      // "It is reported that", "it was alleged that": an impersonal report.
      // ("It has been reported that".)
      const copula = lower(i - 2) === "been" ? i - 3 : i - 2;
      if (REPORTING_PARTICIPLES.has(lower(i - 1)) && IMPERSONAL_COPULAS.has(lower(copula)) && lower(copula - 1) === "it") return lower(i - 1);
      // "reports that", "unconfirmed rumours that".
      if (REPORT_NOUNS.has(lower(i - 1)) && lower(i - 1) !== "sources" && lower(i - 1) !== "media") return lower(i - 1);
      break;
    }
  }
  return null;
}
