import { JOINING_WORDS, RECOMMENDING } from "../lexicon/cues";
import type { Token } from "../text/tokens";
import type { InstrumentMention } from "./instruments";
import { headBefore } from "./characterised";
import { isYearWord } from "./dates";
import { groupBefore, startsGroup } from "./groupQueries";
import { draft, JOINING_NOUNS, nextCueStart, objectsAfter, redraft, relativeAntecedent, textPronounSubject, type Rule, type Sentence } from "./linkParts";

/**
 * Calls and welcomes: a caller's `called-for` ("urges all States to ratify X") and a welcome of an
 * instrument itself; the addressees of a call and the actor of a welcomed act get nothing here.
 */

/** Calls on others: the caller's `called-for`; the addressees get nothing. */
export const call: Rule = (s, cue) => {
  if (cue.def.form !== "call") return null;
  // "the resolution, which calls on States to ratify X": the resolution's call, not an actor's.
  if (relativeAntecedent(s, cue.from, false) === null) return null;
  let g = groupBefore(s, cue.from);
  if (!g) return null;
  if (["be", "been", "being", "was", "were", "is", "are"].includes(s.tokens[cue.from - 1]?.lower ?? "")) return null; // "will be invited"
  // "By the text, the Assembly would call upon all countries to …": what a draft would say once adopted, not a call made.
  if (s.tokens[cue.from - 1]?.lower === "would") return null;
  // "The resolution, presented by Brazil on behalf of a group comprising A and B, encourages States …", "Leaders noted that …,
  // among them A and B, and encouraged C to …": a name a preposition governs is no caller; the clause's subject is further back.
  while (g && PREPOSITIONS.has(s.tokens[verbBefore(s, g)]?.lower ?? "")) g = groupBefore(s, verbBefore(s, g));
  if (!g) return null;
  // "X congratulated A and B and urged all Parties to …": A and B are the first verb's object; the caller is its subject.
  if (objectOfVerb(s, g)) {
    g = groupBefore(s, verbBefore(s, g));
    if (!g || objectOfVerb(s, g)) return null;
  }
  const recommending = RECOMMENDING.has((s.tokens[cue.from] as Token).lower);
  // "recommended that Armenia ratify X", "urged that A and B accede to Y": a mandative clause asks its subject the act.
  const mandative = s.tokens[cue.to]?.lower === "that" ? mandativeAct(s, cue.to + 1) : -1;
  // A recommendation is a call only where it asks an act of joining: that clause's, or its object's ("recommended accession to X",
  // "recommends ratifying Y"); not one of its own ("recommended its accession"), nor any other ("recommended that the Assembly adopt").
  if (recommending && mandative < 0 && !RECOMMENDED_OBJECTS.has(s.tokens[cue.to]?.lower ?? "")) return null;
  // (The recommending body is the verb's own subject: "In its annual report, the State Commission recommended accession" is no
  // recommendation of the State "its" stands for.)
  if (recommending && !subjectRightBefore(s, g.to, cue.from)) return null;
  // (Nor is an organ the lexicon does not know a recommending caller: "The Tripartite Committee recommended ratification" is a
  // step of a State's own process.)
  if (recommending && g.members.some((m) => m.actor?.body)) return null;
  let joining = mandative >= 0;
  let sawTo = false;
  const end = s.to;
  for (let i = cue.to; i < end; i++) {
    const t = s.tokens[i] as Token;
    if (t.text === ";" || (t.text === "." && i > cue.to)) break;
    if (JOINING_NOUNS.has(t.lower)) joining = true;
    // "to sign X", and further on "to accelerate their procedures in order to join the agreement" (a later verb needs its instrument).
    if (t.lower === "to" && i > cue.to && askedToJoin(s, i + 1)) {
      if (!sawTo || s.instruments.some((m) => m.from > i + 1 && m.from <= i + 4)) joining = true;
    }
    // "calls on every country that has not yet ratified the agreement, including A and B, to do so": the act its addressees are
    // said not to have done (addressees named by a kind, not "called on the United States, which … has not yet ratified them,
    // to do so", whose caller may be further back).
    if (
      t.lower === "to" &&
      i > cue.to &&
      !sawTo &&
      doSoAt(s, i + 1) &&
      s.cues.some((c) => c.from > cue.to && c.from < i && JOINING_ACTS.has(c.def.action) && headBefore(s, c) >= 0)
    )
      joining = true;
    if (t.lower === "to" && i > cue.to) sawTo = true;
  }
  const isFor = (s.tokens[cue.to - 1] as Token).lower === "for";
  // "urged A, which ratified X in 2014, to sign Y": the call's instrument is the asked act's, after its "to".
  const asked = mandative >= 0 ? mandative : askedAct(s, cue.to);
  const objects = s.instruments.filter((m) => m.from >= (asked >= 0 && s.instruments.some((x) => x.from > asked) ? asked : cue.to));
  if (!joining && !(isFor && objects.length > 0 && objectsAfter(s, cue.to, end).length > 0)) return null;
  const first = objects[0];
  // "Adopts Resolution Calling upon Belligerents to Adopt Concrete Commitments": what a resolution's text asks, with no instrument to join.
  if (!first && /^(?:resolution|resolutions|text|decision)$/u.test(s.tokens[cue.from - 1]?.lower ?? "")) return null;
  const d = draft(s, cue, "call", g, first ? coordinated(s, first) : [], !first, g.from);
  return redraft(d, { polarity: d.polarity === "negated" ? "negated" : "affirmed" });
};

/** Words that may join texts a call asks for: "X and Y", "X, Y, as well as its Protocol", "X (2006) or to Y". */
const COORDINATING = new Set([",", "and", "or", "as", "well", "the", "its", "their", "to", "both", "also", "(", ")"]);

/**
 * The texts a call asks for from its first one: "encourages the State party to ratify X and Y", "to accede to X, Y and Z"; each
 * joined to the one before by coordination alone ("to ratify X at the earliest opportunity, consistent with Y" asks X only).
 */
function coordinated(s: Sentence, first: InstrumentMention): InstrumentMention[] {
  const out = [first];
  for (const m of objectsAfter(s, first.from, s.to)) {
    const last = out[out.length - 1] as InstrumentMention;
    if (m === first || m.from < last.to) continue;
    const between = s.tokens.slice(last.to, m.from);
    if (!between.some((t) => t.lower === "and" || t.lower === "or" || t.text === ",") || !between.every((t) => COORDINATING.has(t.lower) || isYearWord(t.text)))
      break;
    out.push(m);
  }
  return out;
}

/** What a recommendation asks when it names the act itself: "recommended accession to X", "recommends early ratification of Y". */
const RECOMMENDED_OBJECTS = new Set(["accession", "ratification", "ratifying", "acceding", "signature", "signing", "early", "prompt", "the"]);
/** Acts in their plain form that a mandative clause asks ("that Armenia ratify X", "that it consider acceding to Y"). */
const MANDATIVE_ACTS = new Set(["ratify", "accede", "sign", "join", "adhere", "become", "consider", "expedite", "withdraw"]);
/** How far after "that" the asked act's verb may be: past its subject ("that the State party", "that A, B and C"). */
const MANDATIVE_REACH = 16;

/** Words a mandative clause's subject may hold in lower case ("that the State party", "that it also", "that all States"). */
const SUBJECT_WORDS = new Set([
  "the",
  "state",
  "states",
  "party",
  "parties",
  "government",
  "it",
  "they",
  "and",
  "all",
  "also",
  "its",
  "their",
  ",",
  "promptly",
  "urgently",
  "should",
  "further",
  "other",
  "member",
  "country",
  "countries",
  "authorities",
]);

/** Whether a call's verb takes a mandative clause that asks an act of joining ("recommended that Nepal ratify X"). */
export function asksInClause(s: Sentence, cueTo: number): boolean {
  return s.tokens[cueTo]?.lower === "that" && mandativeAct(s, cueTo + 1) >= 0;
}

/**
 * The plain verb of an act of joining that a mandative "that" clause from `from` asks, right after its subject ("that Armenia
 * ratify X", "that the State party consider acceding to Y"), or -1 ("that the Assembly reiterate its call to sign X" asks another act).
 */
function mandativeAct(s: Sentence, from: number): number {
  for (let k = from; k < Math.min(s.to, from + MANDATIVE_REACH); k++) {
    const t = s.tokens[k] as Token;
    // ("that their countries withdraw from X": leaving a text is no act of joining; "that it withdraw its reservation to X" is one.)
    if (MANDATIVE_ACTS.has(t.text) && k > from) return t.text === "withdraw" && s.tokens[k + 1]?.lower === "from" ? -1 : k;
    // ("that the State party, in order to further strengthen …, ratify X": past an aside between commas after the subject.)
    if (t.text === "," && k > from) {
      const after = asideEnd(s, k);
      if (after >= 0 && MANDATIVE_ACTS.has(s.tokens[after]?.text ?? "")) return after;
    }
    if (t.text === t.lower && !SUBJECT_WORDS.has(t.lower)) return -1;
  }
  return -1;
}

/** How many words an aside between commas may hold ("…, in order to further strengthen the fulfilment of children's rights, …"). */
const ASIDE_REACH = 20;

/** The token after an aside opened by the comma at `comma` that starts in lower case and closes with a comma, or -1. */
function asideEnd(s: Sentence, comma: number): number {
  const first = s.tokens[comma + 1];
  if (!first || first.text !== first.lower || SUBJECT_WORDS.has(first.lower)) return -1;
  for (let k = comma + 2; k < Math.min(s.to, comma + ASIDE_REACH); k++) {
    const t = (s.tokens[k] as Token).text;
    if (t === ";" || t === "." || t === ":") return -1;
    if (t === ",") return k + 1;
  }
  return -1;
}

/** Words between a recommending subject and its verb: "France again recommended", "AI and HRW also recommend". */
const BEFORE_VERB = new Set(["also", "again", "further", "strongly", "had", "has", "have", "therefore", "specifically", "both", "all"]);

/** Whether the subject ending at `to` is the verb's at `verb`, with only adverbs or an auxiliary between. */
function subjectRightBefore(s: Sentence, to: number, verb: number): boolean {
  for (let k = to; k < verb; k++) if (!BEFORE_VERB.has((s.tokens[k] as Token).lower)) return false;
  return true;
}

/** Acts an addressee's clause may say were not done, which "to do so" then asks. */
const JOINING_ACTS = new Set(["ratified", "acceded", "signed", "party"]);

/** "do so", "follow suit" at `k`. */
function doSoAt(s: Sentence, k: number): boolean {
  const [a, b] = [s.tokens[k]?.lower, s.tokens[k + 1]?.lower];
  return (a === "do" && b === "so") || (a === "follow" && b === "suit");
}

/** Words that govern a name as their object: a preposition, a participle of inclusion, "among them". */
const PREPOSITIONS = new Set(["by", "comprising", "including", "them", "with", "among", "from", "like"]);

/** Verbs that ask for a step towards joining, not the step: "to consider ratifying", "to expedite acceding to". */
const TOWARDS = new Set(["consider", "study", "expedite", "accelerate", "speed"]);
/** Joining acts in the gerund ("to consider ratifying or acceding to X"). */
const JOINING_GERUNDS = new Set(["signing", "ratifying", "acceding", "joining", "adhering", "becoming"]);

/** The words at `k` ask an act of joining: "ratify X", "sign", "consider ratifying", "expedite acceding to". */
function askedToJoin(s: Sentence, at: number): boolean {
  let k = at;
  // ("to soon ratify X", "to swiftly accede to Y": an adverb before the asked verb.)
  while (k < s.to && k - at < MAX_ASKED_ADVERBS && ASKED_ADVERB.test(s.tokens[k]?.lower ?? "")) k++;
  const w = s.tokens[k]?.lower ?? "";
  if (JOINING_WORDS.has(w)) return true;
  if (!TOWARDS.has(w)) return false;
  // ("to consider the possibility of joining X", "to study the question of acceding to Y".)
  const next = s.tokens[k + 1]?.lower === "the" && WEIGHED_NOUNS.has(s.tokens[k + 2]?.lower ?? "") && s.tokens[k + 3]?.lower === "of" ? k + 4 : k + 1;
  return JOINING_GERUNDS.has(s.tokens[next]?.lower ?? "");
}
/** Adverbs between an asked act's "to" and its verb: "to soon ratify", "to swiftly accede", "to also sign". */
const ASKED_ADVERB =
  /^(?:soon|also|quickly|swiftly|promptly|urgently|expeditiously|rapidly|speedily|early|now|finally|duly|seriously|positively|favourably|favorably)$/u;
const MAX_ASKED_ADVERBS = 2;
/** What a call asks its addressees to weigh: "the possibility of joining", "the question of acceding". */
const WEIGHED_NOUNS = new Set(["possibility", "question", "option", "prospect", "feasibility"]);

/** The index of the word right before group `g`, past an article. */
function verbBefore(s: Sentence, g: { from: number }): number {
  return s.tokens[g.from - 1]?.lower === "the" ? g.from - 2 : g.from - 1;
}

/**
 * Group `g` follows a past-tense verb ("congratulated A and B"), or a first person's verb ("I congratulate A and call on …", "We
 * thank B and urge …"): it is that verb's object, not a subject.
 */
function objectOfVerb(s: Sentence, g: { from: number }): boolean {
  const at = verbBefore(s, g);
  const w = s.tokens[at];
  return (
    !!w &&
    w.word &&
    w.lower.length > 4 &&
    (w.lower.endsWith("ed") || FIRST_PERSON.has(s.tokens[at - 1]?.lower ?? "")) &&
    w.text === w.lower &&
    // (A welcome's verb too: "I commend A and encourage all States …".)
    !s.cues.some((c) => c.from <= at && at < c.to && c.def.action !== "welcomed")
  );
}

/** Subjects whose verb has no "-ed" to tell it: "I congratulate A", "we thank B". */
const FIRST_PERSON = new Set(["i", "we"]);

/** The "to" of the act a call asks for ("to sign"), when a relative clause comes between the call and it; else -1. */
/** Addressees named by what they are party to ("all Parties to X", "the signatories of Y", "members of Z"). */
const ADDRESSEE_NOUNS = new Set(["parties", "signatories", "members"]);

function askedAct(s: Sentence, from: number): number {
  let relative = false;
  for (let i = from; i < s.to; i++) {
    const w = (s.tokens[i] as Token).lower;
    if (w === "which" || w === "who") relative = true;
    // ("called on all Parties to the FCTC that have not yet done so to ratify the Protocol": the text its addressees are parties to is
    // no text the call asks for.)
    if (ADDRESSEE_NOUNS.has(w) && (s.tokens[i + 1]?.lower === "to" || s.tokens[i + 1]?.lower === "of") && !askedToJoin(s, i + 2)) relative = true;
    if (w === "to" && askedToJoin(s, i + 1)) return relative ? i : -1;
  }
  return -1;
}

/** Welcoming an instrument itself; welcoming another actor's act gives that actor the record instead. */
/** How many words a text's date may take between the text and its participle ("resolution 72/31 of 4 December 2017 welcoming"). */
const TEXT_DATE_WORDS = 5;

/** A participle after a text names what the text says, not what the sentence's subject did ("resolution 72/31 … welcoming X"). */
function textParticiple(s: Sentence, cue: { from: number }): boolean {
  if (!/ing$/u.test((s.tokens[cue.from] as Token).lower)) return false;
  let k = cue.from;
  // (Past the text's date: "of 4 December 2017".)
  while (k > s.from && cue.from - k <= TEXT_DATE_WORDS && s.tokens[k - 1]?.word && /^(?:of|\d{1,4}|[A-Z][a-z]+)$/u.test(s.tokens[k - 1]?.text ?? "")) {
    if (s.instruments.some((m) => m.to === k)) break;
    k--;
  }
  return s.instruments.some((m) => m.to === k && m.type === "resolution");
}

export const welcome: Rule = (s, cue, index) => {
  if (cue.def.form !== "welcome") return null;
  if (relativeAntecedent(s, cue.from, false) === null) return null; // "the resolution, which welcomes X"
  if (textPronounSubject(s, cue)) return null; // "abstained on the draft since it welcomed X"
  if (textParticiple(s, cue)) return null; // "voted against resolution 72/31 of 4 December 2017 welcoming the adoption of X"
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
