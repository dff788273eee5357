import { isCapitalised, isPossessiveMark, type Token } from "../text/tokens";
import type { ActorMention } from "./actors";
import { findDates, isMonthWord, type DateMention } from "./dates";

/**
 * Coordinated actor mentions become one group ("Chile, Ghana and Peru", "both Armenia and
 * Azerbaijan", a "- Bangladesh / - Kiribati" list). A group is *eligible* as the subject of an
 * act unless a preposition governs it ("members of ASEAN", "with the United Nations"), except
 * after a title ("the Permanent Representative of Kazakhstan", "The Governments of Togo and ...").
 */
export interface ActorGroup {
  from: number;
  to: number;
  members: ActorMention[];
  eligible: boolean;
}

const SEPARATORS = new Set([
  ",",
  "and",
  "&",
  "-",
  "–",
  "—",
  "(",
  ")",
  ";",
  "both",
  "the",
  "as",
  "well",
  "or",
  "also",
  "•",
  "*",
  ":",
  "nor",
  "neither",
  "either",
]);
const GOVERNING = new Set([
  "of",
  "by",
  "with",
  "from",
  "to",
  "for",
  "in",
  "at",
  "on",
  "under",
  "against",
  "between",
  "among",
  "including",
  "into",
  "towards",
  "about",
  "than",
  "like",
  "unlike",
  "via",
  "across",
  "over",
  "behind",
  "around",
  "beyond",
  "within",
  "upon",
]);
const TITLES = new Set([
  "representative",
  "representatives",
  "delegate",
  "delegates",
  "minister",
  "ministry",
  "ministers",
  "presidents",
  "ambassadors",
  "heads",
  "government",
  "governments",
  "delegation",
  "delegations",
  "president",
  "prime",
  "head",
  "ambassador",
  "mission",
  "affairs",
  "secretary",
  "director",
  "director-general",
  "spokesperson",
  "parliament",
  "authorities",
  "permanent",
  "leader",
  "leaders",
  "king",
  "chancellor",
  "envoy",
  "republic",
  "kingdom",
  "state",
  "people",
  "team",
]);

const CONJUNCTIONS = new Set(["and", "or", "nor", "&"]);
/** What follows a list item's bracketed date: the list's separator. */
const ITEM_SEPARATORS = new Set([",", "and", ";"]);

/** Words between a governing preposition and its group: "of the", "by both", "Kazakhstan's". */
const SUBJECT_DETERMINERS = new Set(["the", "both", "all", "'s"]);

export function groupActors(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorGroup[] {
  const groups: ActorGroup[] = [];
  // Lists closed by their final conjunction ("A, B and C"): a name after a bare comma starts a new group
  // ("Following the footsteps of A, B and C, the Philippines signed ...").
  const closed = new Set<ActorGroup>();
  // The end of a territorial qualifier after a list member ("the Kingdom of Denmark in respect of the Faroe Islands and Greenland,"):
  // names inside it are not members, and the list goes on after it.
  let qualifierEnd = -1;
  for (const m of mentions) {
    if (m.from < qualifierEnd) continue;
    const last = groups[groups.length - 1];
    const joinable = m.kind === "named" || m.kind === "capital";
    // "Norway, together with Sweden (and Finland), ratified": the companions share the act; so do
    // coordinated officials of states ("Kenya's Foreign Minister and Ghana's Foreign Minister signed").
    if (
      last &&
      joinable &&
      m.from - last.to <= 8 &&
      ((m.from - last.to <= 4 && companionPhrase(tokens, last.to, m.from)) ||
        (isPossessiveMark(tokens[m.to]) && possessedTitle(tokens, last.to, m.from)) ||
        namedOfficials(tokens, last.to, m))
    ) {
      last.members.push(m);
      last.to = m.to;
      continue;
    }
    if (last && joinable && last.members.every((x) => x.kind === "named" || x.kind === "capital")) {
      let ok = true;
      let conjunction = false;
      let comma = false;
      let dated = 0;
      for (let i = last.to; i < m.from && ok; i++) {
        const t = tokens[i] as Token;
        const qualified = i === last.to ? territorialQualifierEnd(tokens, i) : -1;
        if (qualified > 0) {
          if (qualified > m.from) {
            qualifierEnd = qualified;
            ok = false;
            break;
          }
          dated += qualified - i;
          i = qualified - 1;
          continue;
        }
        // "A (2014), B (May 2015) and C": a member's bracketed date is part of the list.
        if (bracketedYear(tokens, i)) continue;
        // (Only before a list's separator: "UN General Assembly (23 September 2019)\nArgentina" is a heading, then a list.)
        const dateEnd = i === last.to ? bracketedDateEnd(tokens, i, true) : -1;
        if (dateEnd > 0 && ITEM_SEPARATORS.has(tokens[dateEnd]?.lower ?? "")) {
          dated = dateEnd - i;
          i = dateEnd - 1;
          continue;
        }
        ok = SEPARATORS.has(t.lower) && !(t.text === "(" && i === last.to && tokens[i - 1]?.text !== "," && !bracketedYear(tokens, i + 1));
        if (CONJUNCTIONS.has(t.lower)) conjunction = true;
        else if (t.text === ",") comma = true;
        else if (t.lower !== "the") conjunction = true; // brackets, dashes, "as well as": a list's own punctuation
      }
      if (m.from < qualifierEnd) continue;
      if (ok && closed.has(last) && comma && !conjunction) ok = false;
      // "its Parties include A, B and C, and the UK cannot become one": after a closed list, ", and" with a name and its verb is
      // a new clause.
      if (ok && closed.has(last) && comma && conjunction && verbAt(tokens, m.to)) ok = false;
      // "depositing with the General Secretariat of the OAS Chile's instrument": a possessor right after a name is not its list's.
      if (ok && (m.from === last.to || (m.from === last.to + 1 && tokens[last.to]?.lower === "the")) && isPossessiveMark(tokens[m.to])) ok = false;
      // A list closed by its conjunction ends at a semicolon ("namely A, B and C; D, E and F have neither signed …").
      if (ok && closed.has(last) && semicolonBetween(tokens, last.to, m.from)) ok = false;
      // After a semicolon, a name followed by its verb starts a new clause ("A and B; C is expected to follow"); so
      // does one after the comma that closes an opening phrase ("In talks with Norway, Kenya ratified X", "Like A, B signed").
      if (ok && (semicolonBetween(tokens, last.to, m.from) || (comma && !conjunction && governed(tokens, last.from))) && verbAt(tokens, m.to)) ok = false;
      // So does a list after the comma of an opening phrase, when it runs on to its verb: "Of the member States of the Council of
      // Europe, A, B and C have not signed X", "Apart from the United States, Canada and Italy have not signed it either" (not "Apart
      // from A, B and C, all States have signed", where the list is the phrase's own).
      if (ok && comma && !conjunction && openingPhrase(tokens, last.from) && listRunsToVerb(tokens, m.from)) ok = false;
      if (ok && m.from - last.to - dated <= 5) {
        last.members.push(m);
        last.to = m.to;
        if (
          conjunction &&
          CONJUNCTIONS.has((tokens[m.from - 1] as Token).lower === "the" ? (tokens[m.from - 2]?.lower ?? "") : (tokens[m.from - 1] as Token).lower)
        )
          closed.add(last);
        continue;
      }
    }
    groups.push({ from: m.from, to: m.to, members: [m], eligible: true });
  }
  for (const g of groups) {
    // Where the noun phrase a list is in apposition to starts, for what governs it (else the list's own start).
    let phraseFrom: number | null = null;
    // "The New Agenda Coalition: Brazil, Egypt and Sweden": the states after the colon are the coalition.
    // "the members of the Andean Community – Bolivia, Colombia, Ecuador and Peru –", "No member of the Community (A, B)": the
    // states in apposition are the members the phrase before speaks of, and what governs that phrase governs them.
    const [head, next] = g.members;
    if (head && next && head.actor?.kind === "organisation" && g.members.slice(1).every((m) => m.actor?.kind === "state")) {
      let colon = false;
      let apposition = false;
      for (let i = head.to; i < next.from; i++) {
        const text = (tokens[i] as Token).text;
        if (text === ":") colon = true;
        else if (APPOSITION_MARKS.has(text)) apposition = true;
      }
      const membersFrom = apposition ? membersPhraseFrom(tokens, head.from) : head.from;
      if (colon || membersFrom < head.from) {
        g.members = g.members.slice(1);
        g.from = next.from;
        if (!colon) phraseFrom = membersFrom;
      }
    }
    // (A bracket right after the name opens a group of its own: "Two members of the Community (Bolivia and Ecuador) have …".)
    const before = groups[groups.indexOf(g) - 1];
    const owner = before?.members.length === 1 ? before.members[0] : undefined;
    if (
      owner?.actor?.kind === "organisation" &&
      before?.to === g.from - 1 &&
      tokens[g.from - 1]?.text === "(" &&
      g.members.every((m) => m.actor?.kind === "state")
    ) {
      const membersFrom = membersPhraseFrom(tokens, owner.from);
      if (membersFrom < owner.from) phraseFrom = membersFrom;
    }
    // A lone capital city is a place, not a state; capitals act only as a list ("Moscow, London and Paris").
    const capitals = g.members.filter((m) => m.kind === "capital").length;
    if (capitals > 0 && (capitals < 2 || capitals !== g.members.length)) {
      g.members = g.members.filter((m) => m.kind !== "capital");
      // (The group starts at its first state: "in Addis Ababa: Benin, Ghana" is a place, then a list.)
      if (g.members[0]) g.from = g.members[0].from;
    }
    // ("Delegations from Paris and Moscow": people from cities, not the states' own delegations.)
    g.eligible =
      g.members.length > 0 &&
      !governed(tokens, phraseFrom ?? g.from) &&
      !(capitals > 0 && tokens[g.from - 1]?.lower === "from") &&
      !modelOwner(tokens, g.from, g.to);
  }
  return groups.filter((g) => g.members.length > 0);
}

/** Marks that open a list in apposition to an organisation's name: "the Andean Community (A, B)", "… Community – A, B –". */
const APPOSITION_MARKS = new Set(["(", "–", "—"]);
/** Nouns for an organisation's members, before its "of": "the members of the Community", "states of the Union". */
const MEMBER_NOUNS = new Set(["member", "members", "state", "states", "countries", "nations", "governments"]);

/** The start of the noun phrase an organisation's name at `at` ends: "members of the Community" starts at "members" (else `at`). */
function membersPhraseFrom(tokens: readonly Token[], at: number): number {
  let i = tokens[at - 1]?.lower === "the" ? at - 1 : at;
  if (tokens[i - 1]?.lower === "of" && MEMBER_NOUNS.has(tokens[i - 2]?.lower ?? "")) i -= 2;
  return i;
}

/** Words a territorial qualifier's names may hold besides capitalised ones ("the Faroe Islands and Greenland"). */
const QUALIFIER_WORDS = new Set(["the", "and", "of"]);

/**
 * "in respect of the Faroe Islands and Greenland" right after a list member: the index of the comma that ends it, or -1 (a
 * qualifier of at most ten tokens of names that a comma closes).
 */
function territorialQualifierEnd(tokens: readonly Token[], at: number): number {
  const lead = `${tokens[at]?.lower} ${tokens[at + 1]?.lower} ${tokens[at + 2]?.lower}`;
  if (lead !== "in respect of" && lead !== "with respect to") return -1;
  for (let k = at + 3; k < tokens.length && k <= at + 13; k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") return k > at + 3 ? k : -1;
    if (!QUALIFIER_WORDS.has(t.lower) && !(t.word && isCapitalised(t))) return -1;
  }
  return -1;
}

/** What others follow: "follow the Philippines' lead", "follow Chile's example", "in Kenya's footsteps". */
const MODELS = new Set(["lead", "example", "footsteps", "path", "steps"]);

/** "follow the Philippines' lead and join the CSC": the owner of the lead others follow does not do what they are asked to. */
function modelOwner(tokens: readonly Token[], from: number, to: number): boolean {
  const mark = tokens[to]?.text ?? "";
  if (!(mark === "'s" || mark === "’s" || mark === "'" || mark === "’") || !MODELS.has(tokens[to + 1]?.lower ?? "")) return false;
  const before = tokens[tokens[from - 1]?.lower === "the" ? from - 2 : from - 1]?.lower ?? "";
  return FOLLOWING.has(before);
}

/** Verbs of following a model ("follow Chile's lead", "in Kenya's footsteps"). */
const FOLLOWING = new Set(["follow", "follows", "followed", "following", "in"]);

/** Words that make "with" comitative: "together with", "along with". */
export const COMPANION_LEADS = new Set(["together", "along", "jointly"]);

/** Tokens `from`..`to` are ", together with (the)" or ", alongside (the)": what follows is a companion of the group before. */
/** The length of a phrase at `k` that names companions ("together with", "along with", "jointly with", "alongside"), or 0. */
export function companionLeadAt(tokens: readonly Token[], k: number): number {
  const w = tokens[k]?.lower ?? "";
  if (COMPANION_LEADS.has(w) && tokens[k + 1]?.lower === "with") return 2;
  return w === "alongside" ? 1 : 0;
}

/** How far before a group, within its clause, the lead of a companion phrase may be ("alongside the ten ASEAN member states and B"). */
const COMPANION_LEAD_REACH = 8;

/**
 * The index of a companion phrase's lead ("alongside", "together with") shortly before token `from` of sentence `s`, in the same
 * clause (no comma, semicolon or cue between), or -1.
 */
export function companionLeadBefore(s: { tokens: readonly Token[]; cues: ReadonlyArray<{ from: number }>; from: number }, from: number): number {
  for (let k = from - 1; k >= Math.max(s.from, from - COMPANION_LEAD_REACH); k--) {
    const t = s.tokens[k] as Token;
    if (t.text === "," || t.text === ";" || s.cues.some((c) => c.from === k)) return -1;
    if (companionLeadAt(s.tokens, k) > 0) return k;
  }
  return -1;
}

function companionPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  let i = from;
  if (tokens[i]?.text === ",") i++;
  const lead = companionLeadAt(tokens, i);
  if (lead === 0) return false;
  i += lead;
  if (tokens[i]?.lower === "the") i++;
  return i === to;
}

const YEAR = /^\d{4}$/u;
const DAY = /^\d{1,2}$/u;

/** The date in brackets at `at` right after a list member ("Tunisia (May 2021)", "Chile (2014)"), or null. */
export function bracketedDateAt(view: string, tokens: readonly Token[], at: number, docDate: string | null, act: string | null = null): DateMention | null {
  // ("Ukraine (signed on 7 November 2011) and Armenia (…) have signed": a bracket dating the member's same act.)
  const end = bracketedDateEnd(tokens, at, act !== null && tokens[at + 1]?.lower === act);
  if (end < 0) return null;
  // A bare year ("(2014)") is no date to the date finder, which wants its context ("in 2014").
  const year = end - at === 3 && YEAR.test(tokens[at + 1]?.text ?? "") ? (tokens[at + 1] as Token) : null;
  if (year) return { start: year.start, end: year.end, value: year.text, relative: false };
  return findDates(view, (tokens[at] as Token).end, docDate, (tokens[end - 1] as Token).start)[0] ?? null;
}

/** "(May 2023)", "(12 May 2023)", "(2019)" at `i` (the opening bracket): the index after the closing one, or -1. */
export function bracketedDateEnd(tokens: readonly Token[], i: number, acts = false): number {
  if (tokens[i]?.text !== "(") return -1;
  let k = i + 1;
  // ("(signed on 7 November 2011)", "(ratified in 2015)": with `acts`, a member's own dated act, which its own cue reads.)
  if (acts && BRACKETED_ACTS.has(tokens[k]?.lower ?? "")) k++;
  if (tokens[k]?.lower === "both" || tokens[k]?.lower === "all") k++; // "A and B (both 1 October)"
  if (tokens[k]?.lower === "in" || tokens[k]?.lower === "on") k++; // "(in June)"
  if (DAY.test(tokens[k]?.text ?? "")) k++;
  const month = isMonthWord(tokens[k]?.lower ?? "");
  if (month) k++;
  const year = YEAR.test(tokens[k]?.text ?? "");
  if (year) k++;
  // A month, a year or both ("(July)", "(2019)", "(May 2023)", "(12 May 2023)"), and nothing else.
  return (month || year) && tokens[k]?.text === ")" ? k + 1 : -1;
}

/** The act a list member's bracket may date: "A (signed on 7 November 2011) and B (signed on 18 January 2018)" (a signature only). */
const BRACKETED_ACTS = new Set(["signed"]);

/** Token i is a year in brackets: "(2014)". */
export function bracketedYear(tokens: readonly Token[], i: number): boolean {
  return YEAR.test(tokens[i]?.text ?? "") && tokens[i - 1]?.text === "(" && tokens[i + 1]?.text === ")";
}

/** Tokens `from`..`to` are "'s <title words> and": the first state's official, coordinated with the next state's. */
function possessedTitle(tokens: readonly Token[], from: number, to: number): boolean {
  if (!isPossessiveMark(tokens[from])) return false;
  let i = from + 1;
  let title = false;
  while (i < to && (tokens[i] as Token).word && (TITLES.has((tokens[i] as Token).lower) || isCapitalised(tokens[i] as Token))) {
    if (TITLES.has((tokens[i] as Token).lower)) title = true;
    i++;
  }
  let conjunction = false;
  for (; i < to; i++) {
    const w = (tokens[i] as Token).lower;
    if (w === "and" || w === ",") conjunction = true;
    else if (w !== "the") return false;
  }
  return title && conjunction;
}

/** Lower-case words inside a person's name ("Tengku Zafrul bin Abdul Aziz", "Luiz Inácio Lula da Silva"). */
const NAME_PARTICLES = new Set([
  "bin",
  "binti",
  "bint",
  "al",
  "el",
  "da",
  "de",
  "do",
  "dos",
  "das",
  "del",
  "della",
  "di",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
]);

/**
 * "Chilean President Gabriel Boric and Peruvian President Dina Boluarte": an official named by a state's adjective and title, the
 * holder's name, and another such official after "and" are coordinated (`to` ends the first; both end with their title).
 */
function namedOfficials(tokens: readonly Token[], to: number, next: ActorMention): boolean {
  if (!TITLES.has(tokens[to - 1]?.lower ?? "") || !TITLES.has(tokens[next.to - 1]?.lower ?? "")) return false;
  let i = to;
  while (i < next.from && (tokens[i] as Token).word && (isCapitalised(tokens[i] as Token) || NAME_PARTICLES.has((tokens[i] as Token).lower))) i++;
  const name = i - to;
  if (name === 0 || name > 5 || !isCapitalised(tokens[i - 1] as Token)) return false;
  if (tokens[i]?.text === ",") i++;
  if (tokens[i]?.lower !== "and") return false;
  return i + 1 === next.from;
}

/** Whether a semicolon stands among tokens [from, to). */
export function semicolonBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).text === ";") return true;
  return false;
}

/** A lower-case word that is not a list's own ("and", "the"): the verb of a clause whose subject ends before it. */
export function verbAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.word && t.text[0] === t.text[0]?.toLowerCase() && !SEPARATORS.has(t.lower) && !/^\d/u.test(t.text);
}

/** Prepositions that open a sentence with a phrase of their own before its subject: "Of the member States, …", "Apart from A, …", "Outside the EU, …". */
const OPENING_PREPOSITIONS = new Set(["of", "apart", "besides", "like", "unlike", "among", "except", "beyond", "outside", "alongside", "as"]);

/** Whether the name at `from` is inside a phrase that opens its sentence with a preposition, before any verb. */
function openingPhrase(tokens: readonly Token[], from: number): boolean {
  if (!OPENING_PREPOSITIONS.has(tokens[0]?.lower ?? "")) return false;
  for (let k = 1; k < from; k++) if ((tokens[k] as Token).text === "," || FINITE.has((tokens[k] as Token).lower)) return false;
  return true;
}

/** Finite verbs and auxiliaries that follow a subject list: "A and B have not signed", "C remains outside". */
const FINITE = new Set(["have", "has", "had", "are", "is", "was", "were", "did", "do", "does", "will", "would", "remain", "remains", "also", "still"]);

/** Whether names, commas and conjunctions from `from` run straight on to a verb ("Canada and Italy have …"). */
function listRunsToVerb(tokens: readonly Token[], from: number): boolean {
  let k = from;
  // (A comma after the list's conjunction closes it: "Like A, B, C and D, E signed X" is one phrase's list, then the subject.)
  let closed = false;
  while (
    k < tokens.length &&
    ((tokens[k] as Token).word
      ? isCapitalised(tokens[k] as Token) || LIST_WORDS.has((tokens[k] as Token).lower) || ELIDED_PARTICLE.test((tokens[k] as Token).text)
      : (tokens[k] as Token).text === ",")
  ) {
    if ((tokens[k] as Token).text === "," && closed) return false;
    if ((tokens[k] as Token).lower === "and") closed = true;
    k++;
  }
  // ("Ukraine and the United Kingdom both ratified …": a quantifier floated after the subject.)
  if (FLOATED.has(tokens[k]?.lower ?? "") && tokens[k - 1]?.text !== ",") k++;
  const t = tokens[k];
  return !!t && tokens[k - 1]?.text !== "," && (FINITE.has(t.lower) || (t.lower.endsWith("ed") && !isCapitalised(t)));
}
const LIST_WORDS = new Set(["and", "the", "of"]);
/** Quantifiers floated between a subject and its verb. */
const FLOATED = new Set(["both", "all", "each"]);
/** A name's elided particle before its capital ("Côte d'Ivoire"). */
const ELIDED_PARTICLE = /^d['’]\p{Lu}/u;

/** What comes before the "not" of an excluded name: "A, but not C", "A and not C". */
const EXCLUSION_LEADS = new Set(["but", ",", "and"]);

function governed(tokens: readonly Token[], from: number): boolean {
  // "(Israel, United States)", "ASEAN (Association of ...)": a parenthesis is never a subject (but for a speaker's State in a
  // summary record: "Ms. Banda (Zambia) said that her country …").
  if (tokens[from - 1]?.text === "(") return !speakersState(tokens, from);
  let i = from - 1;
  while (i >= 0 && SUBJECT_DETERMINERS.has((tokens[i] as Token).lower)) i--;
  const prev = tokens[i];
  // "A and B, but not C, ratified", "all States except C": an excluded name is not the subject.
  if (prev && (prev.lower === "except" || prev.lower === "excluding")) return true;
  if (prev?.lower === "not" && EXCLUSION_LEADS.has(tokens[i - 1]?.lower ?? "")) return true;
  if (!prev || !GOVERNING.has(prev.lower)) return false;
  if (prev.lower === "of" || prev.lower === "for") {
    // (Not "member State of the Council of Europe": a member of the organisation, whose name the "of" governs.)
    for (let k = i - 1; k >= Math.max(0, i - 4); k--)
      if (TITLES.has((tokens[k] as Token).lower) && !((tokens[k] as Token).lower === "state" && tokens[k - 1]?.lower === "member")) return false;
  }
  // "None of A, B and C has ratified X", "all of A and B signed": the list a quantifier counts is the subject.
  if (prev.lower === "of" && QUANTIFIERS_OF.has(tokens[i - 1]?.lower ?? "")) return false;
  // "ministers from A, B and C endorsed X": the people a list's states sent act for them.
  if (prev.lower === "from" && PEOPLE_FROM.has(tokens[i - 1]?.lower ?? "")) return false;
  return true;
}

/** A person's address before the name ("Mr. Moreira", "Ms Banda", "Ambassador Kim"). */
export const HONORIFICS: ReadonlySet<string> = new Set(["mr", "ms", "mrs", "miss", "dr", "sir", "dame", "madam", "mme", "ambassador", "judge", "professor"]);
/** How many words a person's name may hold after the address ("Mr. Kim Sung-ho", "Ms. María Fernanda Espinosa Garcés"). */
const MAX_PERSON_NAME = 4;

/**
 * The bracket opening before token `from` follows a person's name with an address: "Ms. Banda (Zambia) said …", "Mr. Kim Sung-ho
 * (Republic of Korea) asked …": a summary record's speaker, whose State the bracket gives.
 */
export function speakersState(tokens: readonly Token[], from: number): boolean {
  return speakersAddress(tokens, from) !== null;
}

/** The address ("mr", "ms", "ambassador", …) of the person whose State is in the bracket before token `from`, or null. */
export function speakersAddress(tokens: readonly Token[], from: number): string | null {
  const open = tokens[from - 1]?.lower === "the" ? from - 2 : from - 1;
  if (tokens[open]?.text !== "(") return null;
  let k = open - 1;
  let names = 0;
  while (k >= 0 && names < MAX_PERSON_NAME && (tokens[k] as Token).word && isCapitalised(tokens[k] as Token)) {
    if (HONORIFICS.has((tokens[k] as Token).lower)) return names > 0 ? (tokens[k] as Token).lower : null;
    names++;
    k--;
    // "Mr. Moreira": the address's full stop.
    if (tokens[k]?.text === "." && HONORIFICS.has(tokens[k - 1]?.lower ?? "")) return names > 0 ? (tokens[k - 1] as Token).lower : null;
  }
  return null;
}

/** Quantifiers over the list after their "of": "none of A, B and C", "each of A and B". */
const QUANTIFIERS_OF = new Set(["none", "neither", "all", "both", "each"]);

/** Plural nouns of people sent by states, before "from" and the states' list. */
const PEOPLE_FROM = new Set(["ministers", "delegates", "delegations", "representatives", "leaders", "officials", "envoys", "ambassadors", "negotiators"]);
