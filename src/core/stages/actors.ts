import { addCountries, isAmbiguousStateName, OFFICIAL_TITLES, type StateActor } from "../lexicon/countries";
import { COUNT_VALUES } from "./memberLists";
import { ORGANISATIONS } from "../lexicon/organisations";
import { PhraseIndex, type PhraseMatch } from "../lexicon/phraseIndex";
import { WordSet } from "../lexicon/wordTags";
import { isCapitalised, isPossessiveMark, QUOTE_MARKS, tokenizePhrase, type Token } from "../text/tokens";

/**
 * Actor mentions in a sentence: states (names, official names, "the Kazakh delegation"),
 * organisations, and references that a later refiner resolves to the state the document speaks
 * for ("we", "my delegation", "our country") or to an actor named earlier ("the country",
 * "his country's", "its").
 */
export interface Actor {
  name: string;
  kind: "state" | "organisation";
  /** An organ the lexicon does not know, named as the text writes it ("the Executive Council"): only its calls count. */
  body?: true;
}

/**
 * "official": a titled person with no state of their own in the phrase ("President [William] Clinton",
 * "the former President X", "the then minister for ..."), resolved by refine/references.ts to the
 * state they act "on behalf of", else to the one state the document is about;
 * "pronoun": a subject "it" or "they", resolved to the actor(s) of the clause or sentence before; or a subject "he" or "she",
 * resolved to the actor of the titled person the sentence before is about ("OAS Secretary General X welcomed the step. He urged
 * …").
 */
/**
 * "body": the adopting body of an agentless passive ("was adopted by a recorded vote"), resolved from the text's context;
 * "pair": "Both States", "the two countries", the two states the sentences before name.
 */
export type ActorMentionKind = "named" | "capital" | "speaker" | "anaphor" | "possessive" | "official" | "pronoun" | "body" | "pair";

export interface ActorMention {
  /** Token range [from, to). */
  from: number;
  to: number;
  kind: ActorMentionKind;
  /** Set for named mentions; set later for references once resolved. */
  actor: Actor | null;
}

const ORG_PREFIX_TITLES = new Set([
  "director",
  "director-general",
  "executive",
  "secretary-general",
  "secretary",
  "president",
  "head",
  "chair",
  "spokesperson",
]);

/** Head words of civil-society and other bodies' names, by which a text refers back to one it named in full. */
export const NAMED_BODY_HEADS = [
  "coalition",
  "network",
  "alliance",
  "campaign",
  "federation",
  "association",
  "institute",
  "foundation",
  "commission",
  "monitor",
  "initiative",
  "movement",
  "centre",
  "center",
  "observatory",
  "caucus",
  "guild",
];

/** Speaker references (the state or organisation the document speaks for). */
/** (With a verb contracted onto "we": "we'll", "we've", "we're", "we'd", which tokens keep as one word.) */
const WE_CONTRACTED = ["we'll", "we've", "we're", "we'd", "we’ll", "we’ve", "we’re", "we’d"];
const SPEAKER_PHRASES = [
  "we",
  ...WE_CONTRACTED,
  "our country",
  "my country",
  "our delegation",
  "my delegation",
  "our government",
  "my government",
  "our countries",
  "us",
];
/** The titles of an organisation's head, which no State's official bears ("the Director-General", "the Executive Secretary"). */
export const ORGANISATION_OFFICES = ["director-general", "director general", "executive secretary", "executive director"];
const OFFICE_WORDS = ORGANISATION_OFFICES.map((office) => tokenizePhrase(office).map((t) => t.lower));
const MAX_HOLDER_NAME = 4;

/** The end of an office's title and its holder's name at `at` ("Executive Secretary Rolph Payet"), or -1. */
function officeHolderAt(tokens: readonly Token[], at: number, to: number): number {
  const words = OFFICE_WORDS.find((w) => w.every((x, k) => tokens[at + k]?.lower === x && isCapitalised(tokens[at + k] as Token)));
  if (!words) return -1;
  let k = at + words.length;
  const name = k;
  while (k < to && k - name < MAX_HOLDER_NAME && (tokens[k] as Token).word && isCapitalised(tokens[k] as Token) && !DIGIT_START.test((tokens[k] as Token).text))
    k++;
  return k > name && tokens[k]?.lower !== "of" ? k : -1;
}

/** References to an actor named before. */
const ANAPHOR_PHRASES = [
  "the country",
  "this country",
  "the delegation",
  "the minister",
  "the government",
  "the foreign minister",
  // ("The Deputy Minister urged …", "The Vice Minister exhorted …": an office of the state the text speaks for.)
  "the deputy minister",
  "the vice minister",
  "the vice-minister",
  "the deputy foreign minister",
  "the vice foreign minister",
  "the president",
  "the state",
  // ("The Republic acceded to X in 1996", "The Kingdom is a party to Y": a text's own State by the word its formal name holds.)
  "the republic",
  "the kingdom",
  "the organization",
  "the organisation",
  // ("The Union is a party to X" after "the European Union": the union of states the text named last.)
  "the union",
  // ("Addressing the Assemblies, the Director General called on …": the head of the organisation the text named last.)
  ...ORGANISATION_OFFICES.map((office) => `the ${office}`),
  "the committee",
  "the council",
  "the assembly",
  "the conference",
  // The organisation a text named in full before, by its head word ("The Equal Rights Africa Coalition published … The Coalition
  // calls on A and B to ratify X"): refine/references.ts.
  ...NAMED_BODY_HEADS.map((head) => `the ${head}`),
  // The people a list of states sent, named before as "the Ministers of Transport of A, B and C" (refine/references.ts).
  "the ministers",
  "the presidents",
  "the foreign ministers",
  "the leaders",
  "the heads of state",
  "the heads of state and government",
  "the heads of government",
];
/** First words of every reference phrase below, to skip lookups on all other lower-case words. */
const REFERENCE_STARTS = new WordSet(["we", ...WE_CONTRACTED, "our", "my", "us", "the", "this", "its", "their", "his", "her", "it", "they"]);
const POSSESSIVE_PHRASES = [
  "its",
  "their",
  "his country's",
  "her country's",
  "the country's",
  "his country",
  "her country",
  // ("Brazil's representative said his delegation had voted in favour": the speaker's State, as "his country" is.)
  "his delegation",
  "her delegation",
  "his government",
  "her government",
  "the organization's",
  "the organisation's",
];

/** Nouns after "its" / "their" that name the possessor's members ("its member States", "their members"). */
const MEMBERS_AFTER = new Set(["member", "members", "constituent"]);

/** Nouns after a name that make it an attribute, not an actor ("UN member states", "Costa Rican investors"). */
const ATTRIBUTIVE_NEXT = new Set([
  "member",
  "members",
  "countries",
  // ("Every G20 economy is a Party to X": each member, not the group.)
  "country",
  "economy",
  "economies",
  "nation",
  "nations",
  "citizens",
  "investors",
  "forces",
  "army",
  "armed",
  "nationals",
  "territory",
  "troops",
  "people",
  "headquarters",
  "entities",
  "agencies",
  "system",
  "officials",
  "parliamentarians",
  "summit",
  "summits",
  "charter",
  "convention",
  "treaty",
  "protocol",
  "declaration",
  "resolution",
  "resolutions",
  "framework",
  "mandate",
  "website",
  "web",
  "secretariat",
  "staff",
  "district",
  "region",
  "capital",
  "embassy",
  "law",
  "laws",
  "legislation",
  "marine",
  "marines",
]);

const OFFICIAL_MODIFIER_WORDS = ["former", "then", "late", "current", "incumbent", "outgoing", "acting", "new"];
const OFFICIAL_MODIFIERS = new WordSet(OFFICIAL_MODIFIER_WORDS);
/** Verbs after "it"/"they" that make the pronoun an instrument or text ("It calls on all States"), not a state. */
const TEXT_VERBS = new Set([
  "calls",
  "called",
  "urges",
  "urged",
  "encourages",
  "encouraged",
  "invites",
  "invited",
  "requests",
  "requested",
  "decides",
  "welcomes",
  "welcomed",
  "notes",
  "stresses",
  "enters",
  "entered",
  "seems",
  "means",
]);
/** What stands right before a relative's subject pronoun: "which it had ratified", "a treaty it signed". */
const RELATIVE_TEXT_LEADS = new Set(["which", "treaty", "convention", "agreement", "protocol", "instrument"]);

/** Auxiliaries and adverbs between a subject pronoun and its verb ("it has also", "they will now"). */
const PRONOUN_AUX = new Set([
  "has",
  "had",
  "have",
  "will",
  "would",
  "shall",
  "may",
  "might",
  "can",
  "could",
  "did",
  "does",
  "do",
  "also",
  "then",
  "later",
  "subsequently",
  "now",
  "already",
  "still",
  "thus",
  "therefore",
  "not",
  "yet",
  "never",
  "formally",
  "officially",
  "recently",
  "finally",
]);
const BE = new Set(["is", "was", "are", "were"]);
/** What "it was"/"they are" may be followed by when the pronoun is an actor ("it was among 127 states", "it is a party"). */
const BE_ACTOR = new Set(["among", "the", "a", "an", "one", "also", "already", "now", "still"]);
/** A place's name before ", <state>" ("drafted in Cebu, the Philippines"): months and titles are not places. */
const LOCATIVE = new Set(["in", "at", "near"]);
const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
/** Words after "<place>, <state>" that close the place ("in Cebu, the Philippines in January"). */
const PLACE_FOLLOWERS = new Set([",", ".", ";", ")", "in", "on", "at", "during", "from", "between", "last", "this", "earlier", "—", "–", "-"]);
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/u;
const DIGIT_START = /^\d/u;

interface ActorLexicon {
  names: PhraseIndex<Actor>;
  capitals: PhraseIndex<Actor>;
  references: PhraseIndex<ActorMentionKind>;
  titles: PhraseIndex<true>;
}

let lexicon: ActorLexicon | null = null;

const TITLE_PHRASES = [...OFFICIAL_TITLES, "government", "delegation"];
/** The words an official's mention may start with: "the", a modifier, a title's first word (the rest start none). */
const OFFICIAL_STARTS = new WordSet(["the", ...OFFICIAL_MODIFIER_WORDS, ...TITLE_PHRASES.map((t) => (tokenizePhrase(t)[0] as Token).lower)]);

function stateActor(s: StateActor): Actor {
  return { name: s.name, kind: "state" };
}

function buildLexicon(): ActorLexicon {
  const names = new PhraseIndex<Actor>(true);
  const capitals = new PhraseIndex<Actor>();
  // Actor values, one shared object per state.
  const byName = new Map<string, Actor>();
  const wrap = (s: StateActor) => {
    let a = byName.get(s.name);
    if (!a) byName.set(s.name, (a = stateActor(s)));
    return a;
  };
  addCountries(names, capitals, wrap);
  for (const org of ORGANISATIONS) {
    const actor: Actor = { name: org.name, kind: "organisation" };
    // A name in capitals is an acronym ("WHO"): matched as written, never as a word ("Who has joined?").
    names.add(org.name, actor, org.name.length > 1 && org.name === org.name.toUpperCase());
    for (const alias of org.aliases) names.add(alias, actor, false);
    for (const acr of org.acronyms) names.add(acr, actor, true);
  }
  const references = new PhraseIndex<ActorMentionKind>();
  for (const p of SPEAKER_PHRASES) references.add(p, "speaker", false);
  for (const p of ANAPHOR_PHRASES) references.add(p, "anaphor", false);
  for (const p of POSSESSIVE_PHRASES) references.add(p, "possessive", false);
  const titles = new PhraseIndex<true>();
  for (const t of TITLE_PHRASES) titles.add(t, true, false);
  return { names, capitals, references, titles };
}

function getLexicon(): ActorLexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

/**
 * The actor a whole name stands for ("Republic of Kazakhstan", "the Russian Federation", "UNESCO"),
 * through the same lexicon as extraction; null when the name is not one the lexicon knows.
 */
export function lookupActor(name: string): Actor | null {
  const { names } = getLexicon();
  const trimmed = name.trim().replace(/\s+/gu, " ");
  return names.lookup(trimmed) ?? names.lookup(trimmed.replace(/^the\s+/iu, "")) ?? null;
}

/** Is the named mention used as an attribute of something else ("UN member states")? */
function attributive(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  if (!next) return false;
  if (next.text === "'s") return false;
  return ATTRIBUTIVE_NEXT.has(next.lower);
}

/** The organisation whose name starts at token `at`, as a mention even where it is an attribute ("Security Council resolution 2623"), or null. */
export function organisationAt(tokens: readonly Token[], at: number): ActorMention | null {
  const tok = tokens[at];
  if (!tok?.word || !isCapitalised(tok)) return null;
  const named = getLexicon().names.matchAt(tokens, at);
  return named && named.value.kind === "organisation" ? { from: named.from, to: named.to, kind: "named", actor: named.value } : null;
}

/** Words that make "America" a region ("Latin America", "South America"). */
const AMERICAS = new Set(["latin", "south", "central", "north", "middle", "hispanic", "spanish"]);

/** The United Nations itself, and one of its organs by the canonical names the lexicon gives them. */
const UN_NAME = /^(?:UN\b|United Nations)/u;
const UN_ORGAN = /^UN \p{Lu}/u;

/** Last words of a deliberative body's title. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  "assembly",
  "council",
  "committee",
  "commission",
  "conference",
  "forum",
  "board",
  "meeting",
  "summit",
]);
/** How many words a body's title may add to an organisation's name on either side. */
const MAX_TITLE_WORDS = 4;

/**
 * A longer body title around an organisation's name [at, end): capitalised words after it up to a body word ("United Nations
 * Environment Assembly"), or "<Word> and" before a name that ends in one ("Peace and Security Council"). [from, to) of the
 * title, or null. Names the lexicon knows on their own (a state, another organisation) are never part of it.
 */
function longerBodyTitle(lex: ActorLexicon, tokens: readonly Token[], from: number, to: number, at: number, end: number): [number, number] | null {
  const plainCapital = (k: number) => {
    const t = tokens[k];
    return !!t && t.word && isCapitalised(t) && !/^\d/u.test(t.text) && lex.names.matchAt(tokens, k)?.value.kind !== "state";
  };
  let e = end;
  let last = -1;
  while (e < to && e - end < MAX_TITLE_WORDS && (plainCapital(e) || (tokens[e]?.lower === "and" && plainCapital(e + 1)))) {
    if (TITLE_HEADS.has(tokens[e]?.lower ?? "")) last = e + 1;
    e++;
  }
  if (last > end) return [at, last];
  if (!TITLE_HEADS.has(tokens[end - 1]?.lower ?? "")) return null;
  const k = at - 1;
  if (k - 1 >= from && tokens[k]?.lower === "and" && plainCapital(k - 1) && tokens[k - 1]?.lower !== "the") return [k - 1, end];
  return null;
}

/** Find actor mentions in tokens [from, to), skipping token ranges already claimed (instruments). */
const TREATY_NAME_WORD = /^(?:[A-Z]{2,}|Convention|Treaty|Agreement|Protocol|Covenant)$/u;
/** Words of a treaty's name before "Secretariat", at most: "the Ramsar Convention Secretariat". */
const MAX_SECRETARIAT_NAME = 5;

export function findActors(tokens: readonly Token[], from: number, to: number, claimed: (i: number) => boolean): ActorMention[] {
  const lex = getLexicon();
  const out: ActorMention[] = [];
  for (let i = from; i < to; i++) {
    if (claimed(i)) continue;
    const tok = tokens[i] as Token;
    if (!tok.word) continue;
    const capital = isCapitalised(tok);
    // Names start with a capital; references start with one of a few function words.
    if (!capital && !REFERENCE_STARTS.hasToken(tok)) continue;
    const named = capital ? lex.names.matchAt(tokens, i) : null;
    if (named && named.to <= to && isCapitalised(tok) && !claimedRange(claimed, named.from, named.to)) {
      const text =
        named.to - named.from === 1
          ? tok.text
          : tokens
              .slice(named.from, named.to)
              .map((t) => t.text)
              .join(" ");
      const okAmbiguous = !isAmbiguousStateName(text) || listContext(tokens, named.from, named.to) || subjectContext(tokens, named.from, named.to);
      const venue = named.value.kind === "state" ? placeApposition(tokens, from, named.from, named.to) : openingPlace(tokens, named.from, named.to);
      // "the General Assembly of the Organization of American States": an organ named like the UN's, of another organisation named
      // after it, is that organisation's, one actor as written.
      if (named.value.kind === "organisation" && UN_ORGAN.test(named.value.name) && !BARE_OFFICE.test(text) && tokens[named.to]?.lower === "of") {
        const at = tokens[named.to + 1]?.lower === "the" ? named.to + 2 : named.to + 1;
        const owner = lex.names.matchAt(tokens, at);
        if (owner && owner.to <= to && owner.value.kind === "organisation" && !UN_NAME.test(owner.value.name)) {
          const name = tokens
            .slice(named.from, owner.to)
            .map((t) => t.text)
            .join(" ");
          out.push({ from: named.from, to: owner.to, kind: "named", actor: { name, kind: "organisation" } });
          i = owner.to - 1;
          continue;
        }
      }
      // "the OAS General Assembly", "the IAEA Security Council"…: another organisation's organ named like the UN's is that
      // organisation's, one actor as written (not the organisation and the UN's organ).
      const organ = named.value.kind === "organisation" && !UN_NAME.test(named.value.name) ? lex.names.matchAt(tokens, named.to) : null;
      if (organ && organ.to <= to && organ.value.kind === "organisation" && UN_ORGAN.test(organ.value.name) && isCapitalised(tokens[named.to] as Token)) {
        const name = tokens
          .slice(named.from, organ.to)
          .map((t) => t.text)
          .join(" ");
        out.push({ from: named.from, to: organ.to, kind: "named", actor: { name, kind: "organisation" } });
        i = organ.to - 1;
        continue;
      }
      // "the United Nations Environment Assembly", "the Peace and Security Council": an organisation's name inside a longer
      // title of a body is that body, one actor as written (not the United Nations, not the UN Security Council).
      const title = named.value.kind === "organisation" ? longerBodyTitle(lex, tokens, from, to, named.from, named.to) : null;
      if (title) {
        const name = tokens
          .slice(title[0], title[1])
          .map((t) => t.text)
          .join(" ");
        out.push({ from: title[0], to: title[1], kind: "named", actor: { name, kind: "organisation" } });
        i = title[1] - 1;
        continue;
      }
      // "the Secretary-General of the International Maritime Organization": another organisation's Secretary-General speaks for
      // that organisation, named next (not the UN's).
      const office = named.value.kind === "organisation" && BARE_OFFICE.test(text) ? officeOfOther(lex, tokens, named.to, to) : null;
      if (office) {
        out.push({ from: named.from, to: office.to, kind: "named", actor: office.value });
        i = office.to - 1;
        continue;
      }
      // "Latin America", "Central America": a region, not the United States.
      if (tok.text === "America" && named.to === i + 1 && AMERICAS.has(tokens[i - 1]?.lower ?? "") && i > from) continue;
      // "Hong Kong, China", "Macao, China": a customs territory's name (as the WTO and APEC write it), not the State.
      if (tok.text === "China" && tokens[i - 1]?.text === "," && TERRITORIES_OF_CHINA.test(`${tokens[i - 3]?.text ?? ""} ${tokens[i - 2]?.text ?? ""}`))
        continue;
      // "the UNCITRAL secretariat called on …": an organisation's secretariat speaks for it.
      if (named.value.kind === "organisation" && tokens[named.to]?.lower === "secretariat" && named.to < to && okAmbiguous && !venue) {
        out.push({ from: named.from, to: named.to + 1, kind: "named", actor: named.value });
        i = named.to;
        continue;
      }
      if (okAmbiguous && !venue && !attributive(tokens, named.to)) {
        // "the 57th General Assembly": the session's ordinal belongs to the organ's name.
        const ordinal = named.value.kind === "organisation" && named.from > from && ORDINAL.test(tokens[named.from - 1]?.lower ?? "");
        const start = ordinal ? named.from - 1 : named.value.kind === "state" ? titleStart(lex, tokens, from, named.from, out) : named.from;
        // "by President of Ukraine Volodymyr Zelensky and Prime Minister of the United Kingdom Keir Starmer": the holder named after
        // the title's State is part of the mention, so that the next titled State joins its list.
        const end = start < named.from ? holderAfter(lex, tokens, named.to, to) : named.to;
        out.push({ from: start, to: end, kind: "named", actor: named.value });
        i = end - 1;
        continue;
      }
      i = named.to - 1;
      continue;
    }
    // "the ATT Secretariat urged …", "the Ramsar Convention Secretariat": a treaty's secretariat is a body of its own (the treaty's
    // name is no instrument here: pipeline.ts leaves it out).
    if (tok.lower === "secretariat" && i > from) {
      let start = i;
      while (
        start > Math.max(from, i - MAX_SECRETARIAT_NAME) &&
        isCapitalised(tokens[start - 1] as Token) &&
        (tokens[start - 1] as Token).word &&
        tokens[start - 1]?.lower !== "the" &&
        !claimed(start - 1)
      )
        start--;
      const last = out[out.length - 1];
      // (A treaty's name: an acronym or a treaty word, not "the General Secretariat" of an organisation.)
      const treaty = tokens.slice(start, i).some((t) => TREATY_NAME_WORD.test(t.text));
      if (start < i && treaty && !(last && last.to > start)) {
        const name = tokens
          .slice(start, i + 1)
          .map((t) => t.text)
          .join(" ");
        out.push({ from: start, to: i + 1, kind: "named", actor: { name, kind: "organisation" } });
        continue;
      }
    }
    const cap = capital ? lex.capitals.matchAt(tokens, i) : null;
    if (cap && cap.to <= to) {
      out.push({ from: cap.from, to: cap.to, kind: "capital", actor: cap.value });
      i = cap.to - 1;
      continue;
    }
    const official = OFFICIAL_STARTS.hasToken(tok) ? officialAt(lex, tokens, i, to, out) : -1;
    if (official > i) {
      out.push({ from: i, to: official, kind: "official", actor: null });
      i = official - 1;
      continue;
    }
    // "I" speaks for the speaker, as "we" does (not inside a quotation, where "I" is whoever is quoted).
    // (Inside one, it is the speaker its attribution names: '"I call on all States to ratify X," said Chile's Foreign Minister'.)
    if (tok.text === "I" && isLowerWord(tokens[i + 1])) {
      out.push({ from: i, to: i + 1, kind: "speaker", actor: null });
      continue;
    }
    if (tok.lower === "it" || tok.lower === "they") {
      if (subjectPronoun(tokens, from, i, out)) out.push({ from: i, to: i + 1, kind: "pronoun", actor: null });
      continue;
    }
    // "None of these eight States is a party to X", "Neither of them has signed Y": the States just named, as "they" (negated by its
    // "none").
    const none = i === firstWord(tokens, from, to) ? noneOfTheseEnd(tokens, i, to) : -1;
    if (none > i) {
      out.push({ from: i, to: none, kind: "pronoun", actor: null });
      i = none - 1;
      continue;
    }
    if ((tok.lower === "he" || tok.lower === "she") && personSubject(tokens, from, i, to)) {
      out.push({ from: i, to: i + 1, kind: "pronoun", actor: null });
      continue;
    }
    // "Leaders endorsed X", "Heads of Government urged …": a communiqué's bare plural subject is the people its meeting brought
    // together (refine/references.ts), as "the Leaders" is.
    const people = i === firstWord(tokens, from, to) ? meetingPeopleAt(tokens, i, to) : -1;
    if (people > i) {
      out.push({ from: i, to: people, kind: "anaphor", actor: null });
      i = people - 1;
      continue;
    }
    // "The two sides reaffirmed their commitment to X": the parties to the talks, a pair (refine/references.ts).
    const sides = sidesAt(tokens, i);
    if (sides > i && sides <= to) {
      out.push({ from: i, to: sides, kind: "pair", actor: null });
      i = sides - 1;
      continue;
    }
    // "The Executive Council again called upon …", "the Conference of the States Parties urged …": an organ the lexicon does not know.
    // (Not a venue or a phrase's object, "said the delegate at the Standing Committee", "reported to the Executive Council": only a
    // subject or an agent after "by".)
    const organ = tok.lower === "the" && !NOT_ORGAN_SUBJECT.has(tokens[i - 1]?.lower ?? "") ? unknownOrganAt(tokens, i + 1, to) : -1;
    if (organ > i && !lex.names.matchAt(tokens, i + 1)) {
      const name = tokens
        .slice(i + 1, organ)
        .map((t) => t.text)
        .join(" ");
      out.push({ from: i + 1, to: organ, kind: "named", actor: { name, kind: "organisation", body: true } });
      i = organ - 1;
      continue;
    }
    // "Executive Secretary Rolph Payet said …", "Director-General Audrey Azoulay urged …": an organisation's head by title and name,
    // the head of the organisation the text named last (refine/references.ts), as "the Director-General" is.
    const head =
      isCapitalised(tok) && tokens[i - 1]?.lower !== "the" && !(tokens[i - 1]?.word && isCapitalised(tokens[i - 1] as Token))
        ? officeHolderAt(tokens, i, to)
        : -1;
    if (head > i) {
      out.push({ from: i, to: head, kind: "anaphor", actor: null });
      i = head - 1;
      continue;
    }
    // "the Conservative Government voted against X", "the LDP-Komeito government has refused to sign": a government named by its
    // party or parties, which is "the Government" of the State the text is about.
    const partyGovernment = tok.lower === "the" ? partyGovernmentEnd(tokens, i + 1, to, lex) : -1;
    if (partyGovernment > 0) {
      out.push({ from: i, to: partyGovernment, kind: "anaphor", actor: null });
      i = partyGovernment - 1;
      continue;
    }
    const ref = lex.references.matchAt(tokens, i);
    if (ref && ref.to <= to) {
      // "the Minister of Foreign Affairs of Kazakhstan": a reference followed by "of <name>" is that name.
      const next = tokens[ref.to];
      // (Not "for" and a gerund: "commends the State for ratifying X" is the State, commended.)
      if (ref.value === "anaphor" && next && (next.lower === "of" || (next.lower === "for" && !tokens[ref.to + 1]?.lower.endsWith("ing")))) continue;
      // "The Committee against Torture called on …": a longer name the reference's noun opens is that name, found at the noun.
      if (ref.value === "anaphor" && (lex.names.matchAt(tokens, ref.from + 1)?.to ?? 0) > ref.to) continue;
      // ("The Leaders' Meeting adopted …", "the Ministers' Deputies": a plural's possessive opens a body's name, no reference.)
      if (ref.value === "anaphor" && pluralPossessiveAt(tokens, ref.to)) continue;
      // ("ratification by its member States", "their members": the possessor's members, each its own State, not the possessor.)
      if (ref.value === "possessive" && ref.to - ref.from === 1 && MEMBERS_AFTER.has(next?.lower ?? "") && !isCapitalised(tokens[ref.to - 1] as Token)) {
        i = ref.to - 1;
        continue;
      }
      // ("The Union Cabinet approved …", "the Union State": a longer title the word opens, not a union named before.)
      if (tokens[ref.to - 1]?.lower === "union" && next?.word && isCapitalised(next)) continue;
      out.push({ from: ref.from, to: ref.to, kind: ref.value, actor: null });
      i = ref.to - 1;
    }
  }
  return dropOrgTitles(tokens, out);
}

/**
 * "the Leaders' Meeting", "the Ministers’ Deputies", "the Foreign Ministers' Meeting": a plural's possessive mark inside a body's
 * name, right after a capitalised plural and before a capitalised word.
 */
export function pluralPossessiveAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    t !== undefined &&
    (t.text === "'" || t.text === "’") &&
    before !== undefined &&
    before.word &&
    before.end === t.start &&
    before.lower.endsWith("s") &&
    isCapitalised(before) &&
    after !== undefined &&
    after.word &&
    after.start > t.end &&
    isCapitalised(after)
  );
}

/** How many capitalised words a party's name before "government" may have ("Conservative", "LDP-Komeito", "Liberal-National"). */
const MAX_PARTY_WORDS = 2;
/** Capitalised words before "government" that are no party: "the Federal Government", "the Transitional Government". */
const NOT_PARTIES = new Set(["federal", "national", "transitional", "interim", "provisional", "central", "new", "previous", "former", "current", "royal"]);

/**
 * After "the" at `at`: one or two capitalised words that name no actor, then "government" ("Conservative Government",
 * "LDP-Komeito government"); the index past "government", or -1.
 */
function partyGovernmentEnd(tokens: readonly Token[], at: number, to: number, lex: ActorLexicon): number {
  // (A plain look first: most "the" have no "government" within reach, and need no lexicon lookup.)
  let near = false;
  for (let j = at + 1; j < Math.min(to, at + 2 * MAX_PARTY_WORDS + 1) && !near; j++) near = tokens[j]?.lower === "government";
  if (!near) return -1;
  let k = at;
  while (k < to && k - at < MAX_PARTY_WORDS && (tokens[k] as Token).word && isCapitalised(tokens[k] as Token) && (tokens[k] as Token).lower !== "government") {
    if (NOT_PARTIES.has((tokens[k] as Token).lower) || lex.names.matchAt(tokens, k)) return -1;
    k++;
    // ("LDP-Komeito": a hyphenated pair of parties.)
    if (tokens[k]?.text === "-" && tokens[k + 1]?.word && isCapitalised(tokens[k + 1] as Token)) k += 2;
  }
  if (k === at || tokens[k]?.lower !== "government" || k >= to) return -1;
  // (Not "the Conservative Government of 2010–2015 of the United Kingdom"-like titles: "of" after it names the State itself.)
  return tokens[k + 1]?.lower === "of" ? -1 : k + 1;
}

/** Head words of an organ's title ("Executive Council", "Governing Body", "Conference of the States Parties"). */
const ORGAN_HEADS = new Set(["council", "conference", "committee", "board", "meeting", "bureau", "body"]);
/** First words of a State's own organs, which call on no one ("the National Assembly", "the Constitutional Council"). */
const DOMESTIC_ORGANS = new Set([
  "national",
  "constitutional",
  "federal",
  "legislative",
  "supreme",
  "parliamentary",
  "state",
  "provincial",
  "cabinet",
  "federation",
  "duma",
]);
const MAX_ORGAN_WORDS = 4;
/** Prepositions before an organ's title that make it a venue or an object ("at the Standing Committee", "to the Executive Council"). */
const NOT_ORGAN_SUBJECT = new Set(["at", "in", "during", "before", "to", "from", "with", "of", "on", "for", "under", "into", "within", "after"]);

/**
 * The end of an organ's title at `at` (after "the"): capitalised words ending in an organ's head, at least two ("Executive Council",
 * "Governing Body"), or one with "of the (States) Parties" after it ("Conference of the States Parties", "Meeting of the Parties");
 * else -1.
 */
function unknownOrganAt(tokens: readonly Token[], at: number, to: number): number {
  let k = at;
  while (k < to && k - at < MAX_ORGAN_WORDS && (tokens[k] as Token).word && isCapitalised(tokens[k] as Token) && !ORGAN_HEADS.has((tokens[k] as Token).lower))
    k++;
  if (k >= to || !ORGAN_HEADS.has((tokens[k] as Token).lower) || !isCapitalised(tokens[k] as Token)) return -1;
  if (k > at && DOMESTIC_ORGANS.has((tokens[at] as Token).lower)) return -1;
  const parties = tokens[k + 1]?.lower === "of" && tokens[k + 2]?.lower === "the" ? (tokens[k + 3]?.text === "States" ? k + 4 : k + 3) : -1;
  // (A single head is a reference to an organ named before: "the Council", "the Committee".)
  // ("the Conference of the Parties to the Rome Statute": a longer title, the adoption rules' own.)
  if (parties > 0 && tokens[parties]?.text === "Parties" && tokens[parties + 1]?.lower === "to") return -1;
  const end = parties > 0 && tokens[parties]?.text === "Parties" ? parties + 1 : k > at && tokens[k + 1]?.lower !== "of" ? k + 1 : -1;
  // Only as the agent of what organs do: "… again called upon", "…, at its Twentieth Session (…), likewise urged", "adopted by the …".
  return end > 0 && (tokens[at - 2]?.lower === "by" || organVerbAfter(tokens, end, to)) ? end : -1;
}

/** What organs do, as the verb after their title. */
const ORGAN_VERBS = new Set([
  "called",
  "calls",
  "urged",
  "urges",
  "invited",
  "invites",
  "encouraged",
  "encourages",
  "appealed",
  "appeals",
  "exhorted",
  "adopted",
  "adopts",
  "welcomed",
  "welcomes",
  "endorsed",
  "endorses",
  "reiterated",
  "reiterates",
]);
/** Words between an organ's title and its verb ("again", "also", "had"). */
const ORGAN_VERB_FILLERS = new Set([
  "again",
  "also",
  "likewise",
  "further",
  "once",
  "therefore",
  "then",
  "had",
  "has",
  "have",
  "formally",
  "unanimously",
  "subsequently",
]);
/** How far an aside between commas may put an organ's verb after its title. */
const MAX_ORGAN_ASIDE = 14;

/** Whether an organ's verb follows its title ending at `at`, past fillers and one aside between commas. */
function organVerbAfter(tokens: readonly Token[], at: number, to: number): boolean {
  let k = at;
  if (tokens[k]?.text === ",") {
    let close = k + 1;
    while (close < to && close - k <= MAX_ORGAN_ASIDE && tokens[close]?.text !== ",") close++;
    if (tokens[close]?.text !== ",") return false;
    k = close + 1;
  }
  while (k < to && ORGAN_VERB_FILLERS.has((tokens[k] as Token).lower)) k++;
  return k < to && ORGAN_VERBS.has((tokens[k] as Token).lower);
}

const SIDE_COUNTS = new Set(["two", "three", "four"]);

/** The end of "both sides", "the two sides" at token `i`, or -1. */
function sidesAt(tokens: readonly Token[], i: number): number {
  const t = (tokens[i] as Token).lower;
  if (t === "both") return tokens[i + 1]?.lower === "sides" ? i + 2 : -1;
  return t === "the" && SIDE_COUNTS.has(tokens[i + 1]?.lower ?? "") && tokens[i + 2]?.lower === "sides" ? i + 3 : -1;
}

/** Plural nouns of the people states send to a meeting, as a reference ("the Ministers", "the Foreign Ministers", "Leaders"). */
const PEOPLE_LEADS = new Set(["ministers", "foreign", "leaders", "heads", "presidents"]);

/** The people's noun of a reference, "the Ministers" or a bare "Ministers": its first word after any "the". */
export function peopleNoun(tokens: readonly Token[], m: ActorMention): string {
  return tokens[tokens[m.from]?.lower === "the" ? m.from + 1 : m.from]?.lower ?? "";
}

/** Whether a reference is to the people a meeting brought together ("the Ministers", "Leaders", "the Heads of State"). */
export function meetingPeople(tokens: readonly Token[], m: ActorMention): boolean {
  if (m.kind !== "anaphor") return false;
  const noun = peopleNoun(tokens, m);
  // ("The Foreign Ministers reaffirmed …" are the meeting's people; "The Foreign Minister called on …" is one State's.)
  return PEOPLE_LEADS.has(noun) && (noun !== "foreign" || tokens[tokens[m.from]?.lower === "the" ? m.from + 2 : m.from + 1]?.lower === "ministers");
}

/** Bare plural nouns of a meeting's people that open a communiqué's sentences ("Leaders", "Ministers", "Heads"). */
const MEETING_PEOPLE = new Set(["leaders", "ministers", "heads"]);
/** What "Heads" is of when it names a meeting's people ("Heads of State and Government", "Heads of Government"). */
const HEADS_OF = [
  ["of", "state", "and", "government"],
  ["of", "government"],
  ["of", "state"],
] as const;

/** The first word token of tokens [from, to) (past a list's bullet or number), or -1. */
/** Words that may follow "None of these" and its count ("None of these eight States", "None of the five countries"). */
const NONE_NOUNS = new Set(["states", "countries", "nations", "governments", "members"]);
/** (Not "the": "None of the five States" is a count, which refine/references.ts reads back as far as a group of as many.) */
const NONE_DETERMINERS = new Set(["them", "these", "those"]);

/**
 * The end of "None of them", "None of these eight States", "Neither of those countries" at `i` (a subject that stands for the States
 * just named); -1 otherwise. Its count, when it has one, is checked where it is resolved.
 */
function noneOfTheseEnd(tokens: readonly Token[], i: number, to: number): number {
  const first = tokens[i]?.lower;
  if ((first !== "none" && first !== "neither") || tokens[i + 1]?.lower !== "of" || !NONE_DETERMINERS.has(tokens[i + 2]?.lower ?? "")) return -1;
  let k = i + 3;
  if (tokens[i + 2]?.lower === "them") return k;
  if (COUNT_VALUES.has(tokens[k]?.lower ?? "") || COUNT_DIGITS.test(tokens[k]?.text ?? "")) k++;
  if (NONE_NOUNS.has(tokens[k]?.lower ?? "")) k++;
  // ("None of these eight": a count alone will do; "None of these instruments" is no one.)
  return k > i + 3 && k < to ? k : -1;
}
const COUNT_DIGITS = /^\d{1,3}$/u;

function firstWord(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to && k - from < 3; k++) if ((tokens[k] as Token).word && !/^\d/u.test((tokens[k] as Token).text)) return k;
  return -1;
}

/**
 * The end of a bare plural subject at `i`, "Leaders", "Ministers", "Heads of State and Government", capitalised and followed by
 * no "of"/"from" list of whose they are (that is a description: "Ministers of A and B"); -1 otherwise.
 */
function meetingPeopleAt(tokens: readonly Token[], i: number, to: number): number {
  const t = tokens[i] as Token;
  if (!MEETING_PEOPLE.has(t.lower) || !isCapitalised(t)) return -1;
  let end = i + 1;
  if (t.lower === "heads") {
    const of = HEADS_OF.find((words) => words.every((w, k) => tokens[i + 1 + k]?.lower === w));
    if (of) end += of.length;
  }
  const next = tokens[end];
  return end < to && next && next.word && !isCapitalised(next) && next.lower !== "of" && next.lower !== "from" && next.lower !== "and" ? end : -1;
}

/**
 * The end of an official's mention starting at `i` ("President [William] Clinton", "the former
 * President X", "the then minister for ..."), or -1. Not when a state owns the title ("Chile's
 * Foreign Minister X", "US President X", "the Foreign Minister of Chile"): the state is the actor.
 */
function officialAt(lex: ActorLexicon, tokens: readonly Token[], i: number, to: number, out: readonly ActorMention[]): number {
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1];
  // "Chile's Foreign Minister", "Deputy Foreign Minister": the title started before, or a state owns it.
  if (prev?.text === "'s" || out[out.length - 1]?.to === i || (prev?.word && isCapitalised(prev) && !OFFICIAL_MODIFIERS.hasToken(prev))) return -1;
  let j = tok.lower === "the" ? i + 1 : i;
  let modifiers = 0;
  while (j < to && OFFICIAL_MODIFIERS.hasToken(tokens[j] as Token)) {
    j++;
    modifiers++;
  }
  const title = j < to ? lex.titles.matchAt(tokens, j) : null;
  if (!title || title.to > to || (modifiers === 0 && !isCapitalised(tokens[j] as Token))) return -1;
  let k = title.to;
  let name = 0;
  while (k < to && name < 6) {
    const t = tokens[k] as Token;
    const bracket = t.text === "[" || t.text === "]";
    const initial = t.text === "." && (tokens[k - 1]?.text.length ?? 0) === 1;
    if (!bracket && !initial && !(t.word && isCapitalised(t) && !DIGIT_START.test(t.text))) break;
    if (t.word && lex.names.matchAt(tokens, k)) break;
    if (t.word) name++;
    k++;
  }
  if (name === 0 && modifiers === 0) return -1;
  // "President X of Chile", "the then minister of Chile": the state after "of" is the actor.
  const of = tokens[k]?.lower;
  if (of === "of" || of === "for") {
    const at = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
    if (at < to && lex.names.matchAt(tokens, at)) return -1;
  }
  return name > 0 ? k : title.to;
}

/**
 * Is "it"/"they" at `i` the subject of an act? "It" opens its sentence or follows an opening
 * phrase ("A year earlier, it ..."); "they" may stand anywhere. Not before a passive ("it was
 * adopted", "they have been signed") or a verb that texts do ("it calls on all States").
 */
/** Verbs that report what their subject says of itself: "said it", "recalled that it". */
/** Who speaks for a State at a meeting: "the representative of A", "A's delegate", "the speaker for A", "the delegation of A". */
export const SPEAKING_FOR: ReadonlySet<string> = new Set([
  "representative",
  "representatives",
  "delegate",
  "delegates",
  "delegation",
  "delegations",
  "speaker",
  "ambassador",
  "envoy",
  "observer",
]);

export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "recalled",
  "recalls",
  "noted",
  "notes",
  "announced",
  "announces",
  "stated",
  "states",
  "confirmed",
  "confirms",
  "indicated",
  "indicates",
  "added",
  "explained",
  "stressed",
  "underlined",
  "declared",
  "declares",
]);

/** "it" right after a reporting verb, or after its "that". */
export function reportedSubject(tokens: readonly Token[], from: number, i: number): boolean {
  const k = tokens[i - 1]?.lower === "that" ? i - 2 : i - 1;
  return k >= from && REPORTING_VERBS.has(tokens[k]?.lower ?? "");
}

function subjectPronoun(tokens: readonly Token[], from: number, i: number, out: readonly ActorMention[]): boolean {
  // (Also a relative's subject after its text: "…, a treaty (which) it had ratified in 2001".)
  // (And a reported clause's subject: "Nigeria said it intends to …", "… and recalled that it had co-sponsored X".)
  const relativeText =
    RELATIVE_TEXT_LEADS.has(tokens[i - 1]?.lower ?? "") || reportedSubject(tokens, from, i) || (out.length >= 2 && coordinatedClause(tokens, from, i));
  if (tokens[i]?.lower === "it" && i !== from && !relativeText && !(tokens[i - 1]?.text === "," && i - from <= 10 && out.length === 0)) return false;
  let k = i + 1;
  const next = tokens[k];
  if (!next || !next.word || TEXT_VERBS.has(next.lower)) return false;
  if (BE.has(next.lower)) return BE_ACTOR.has(tokens[k + 1]?.lower ?? "");
  while (k < tokens.length && k < i + 6 && PRONOUN_AUX.has((tokens[k] as Token).lower)) k++;
  const verb = tokens[k]?.lower ?? "";
  // ("It has been a Party to X since 2010", "they will be among the first": a perfect or future copula with an actor's complement.)
  if ((verb === "be" || verb === "been") && k > i + 1) return BE_ACTOR.has(tokens[k + 1]?.lower ?? "");
  return verb !== "be" && verb !== "been" && !TEXT_VERBS.has(verb) && isLowerWord(tokens[k]);
}

/** The words before ", China" that make it part of a territory's name. */
const TERRITORIES_OF_CHINA = /(?:Hong Kong| Macao| Macau)$/u;

/** Words of a time before a coordinated clause's subject: "and on 15 March 2023 it acceded", "but later it withdrew". */
const CLAUSE_TIME_WORDS = new Set(["in", "on", "at", "by", "later", "then", "subsequently", "since", "also", "the", "same", "year", "month", "day", "of"]);
/** How many words such a time may take. */
const CLAUSE_TIME_REACH = 6;

/**
 * "A joined the Hague Conference as a Member in 2019, and on 15 March 2023 it acceded to X": a coordinated clause's own subject "it",
 * after "and" or "but" (and a time), which stands for the first clause's subject, not for the text or body it named. (Asked only
 * where another actor stands between them: with none, the act's nearest actor before it is already the subject.)
 */
export function coordinatedClause(tokens: readonly Token[], from: number, i: number): boolean {
  let k = i - 1;
  while (
    k > from &&
    i - k <= CLAUSE_TIME_REACH &&
    (CLAUSE_TIME_WORDS.has((tokens[k] as Token).lower) || MONTHS.has((tokens[k] as Token).lower) || /^\d{1,4}$/u.test((tokens[k] as Token).text))
  )
    k--;
  const conj = tokens[k]?.lower;
  return (conj === "and" || conj === "but") && tokens[k - 1]?.text === ",";
}

/**
 * Is "he"/"she" at `i` the subject of the sentence's main clause? It opens the sentence (or follows an opening phrase and its
 * comma, "In closing, she urged …"), and a lower-case verb follows past auxiliaries ("He called on …", "She has urged …"). Unlike
 * "it", a person does what texts do ("He urged all States …"); inside a quotation's attribution ("…," he added) it is no subject.
 */
function personSubject(tokens: readonly Token[], from: number, i: number, to: number): boolean {
  if (
    i !== firstWord(tokens, from, to) &&
    !(tokens[i - 1]?.text === "," && i - from <= OPENING_PHRASE_REACH && !tokens.slice(from, i).some((t) => QUOTE_MARKS.has(t.text)))
  )
    return false;
  let k = i + 1;
  while (k < to && k < i + 4 && PRONOUN_AUX.has((tokens[k] as Token).lower)) k++;
  const verb = tokens[k];
  // ("She added that Georgia also intends to ratify X, which it signed in 2021": a reporter, whose clause has its own subject.)
  return !!verb && isLowerWord(verb) && !BE.has(verb.lower) && verb.lower !== "be" && verb.lower !== "been" && !REPORTING_VERBS.has(verb.lower);
}

/** How many tokens an opening phrase before a person's "he"/"she" may take ("In her closing remarks, she …"). */
const OPENING_PHRASE_REACH = 8;

/**
 * "the Foreign Minister of Tanzania and the Deputy Prime Minister of Laos signed": a state's
 * mention starts at the title that governs it, so titled states coordinate as one list.
 */
function titleStart(lex: ActorLexicon, tokens: readonly Token[], sentenceFrom: number, from: number, out: readonly ActorMention[]): number {
  let j = from - 1;
  if (tokens[j]?.lower === "the") j--;
  if (tokens[j]?.lower !== "of") return from;
  // "President Boric of Chile": the title's holder may be named between the title and "of".
  let named = j;
  while (named > sentenceFrom && j - named < MAX_HOLDER_WORDS && isCapitalisedWord(tokens[named - 1])) named--;
  const floor = Math.max(sentenceFrom, out[out.length - 1]?.to ?? 0, named - 4);
  for (let k = floor; k < j; k++) {
    const end = lex.titles.matchAt(tokens, k)?.to;
    if (end !== undefined && end >= named && end <= j) return k;
  }
  return from;
}

/**
 * The end of a title holder's name right after "<Title> of <State>" ("Volodymyr Zelensky"): capitalised words no lexicon knows, up
 * to MAX_HOLDER_WORDS, when "and", a comma or the clause's end follows them; else `at` itself.
 */
function holderAfter(lex: ActorLexicon, tokens: readonly Token[], at: number, to: number): number {
  let k = at;
  while (k < to && k - at < MAX_HOLDER_WORDS && isCapitalisedWord(tokens[k]) && !lex.names.matchAt(tokens, k) && !lex.titles.matchAt(tokens, k)) k++;
  if (k === at || k - at < 2) return at;
  const next = tokens[k];
  return !next || k >= to || next.lower === "and" || next.text === "," || next.text === "." || next.text === ";" ? k : at;
}

/** Words of a title holder's name between the title and "of" ("President Gabriel Boric of"). */
const MAX_HOLDER_WORDS = 3;

function isCapitalisedWord(t: Token | undefined): boolean {
  return !!t && t.word && isCapitalised(t) && !DIGIT_START.test(t.text);
}

function isLowerWord(t: Token | undefined): boolean {
  return !!t && t.word && !isCapitalised(t);
}

/** "drafted in Cebu, the Philippines in January": a state after "in <Place>," is where, not who. */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(["the", "a", "an"]);

function placeApposition(tokens: readonly Token[], sentenceFrom: number, from: number, to: number): boolean {
  let j = from - 1;
  if (tokens[j]?.lower === "the") j--;
  if (tokens[j]?.text !== ",") return false;
  j--;
  let words = 0;
  while (j >= sentenceFrom && words < 4) {
    const t = tokens[j] as Token;
    if (!t.word || !isCapitalised(t) || DIGIT_START.test(t.text) || MONTHS.has(t.lower)) break;
    words++;
    j--;
  }
  // "Geneva, Switzerland, 3 June 2025": a dateline's place, opening its sentence before the day.
  if (words > 0 && j === sentenceFrom - 1) return datelineDayAt(tokens, to);
  if (words === 0 || j <= sentenceFrom || !LOCATIVE.has((tokens[j] as Token).lower)) return false;
  const next = tokens[to];
  if (!next) return true;
  // ("in Merida, Mexico, and ratified it …": past the comma a coordinated verb, not another name of a list.)
  if (next.text === ",")
    return isLowerWord(tokens[to + 1]) && (tokens[to + 1]?.lower !== "and" || (isLowerWord(tokens[to + 2]) && !ARTICLE_WORDS.has(tokens[to + 2]?.lower ?? "")));
  return PLACE_FOLLOWERS.has(next.lower);
}

/** Weekdays a dateline's day may open with ("Geneva, Switzerland, Tuesday, 3 June 2025"). */
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** Whether a day follows the place at `at`, after its comma or in brackets ("…, 3 June 2025", "… (June 3, 2025)"). */
function datelineDayAt(tokens: readonly Token[], at: number): boolean {
  const sep = tokens[at]?.text;
  if (sep !== "," && sep !== "(") return false;
  const day = tokens[at + 1];
  return !!day && (DIGIT_START.test(day.text) || MONTHS.has(day.lower) || WEEKDAYS.has(day.lower));
}

/** "At the United Nations, Kenya signed ...": an organisation in an opening phrase of place is where, not who. */
function openingPlace(tokens: readonly Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1]?.lower === "the" ? tokens[from - 2] : tokens[from - 1];
  return tokens[to]?.text === "," && (prev?.lower === "at" || prev?.lower === "in");
}

function claimedRange(claimed: (i: number) => boolean, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (claimed(i)) return true;
  return false;
}

/** An ambiguous name ("Chad", "Jordan") counts only next to other actors or list punctuation. */
function listContext(tokens: readonly Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  const next = tokens[to];
  const sep = (t: Token | undefined) =>
    !!t && (t.text === "," || t.lower === "and" || t.text === "(" || t.text === ")" || t.text === "-" || t.text === ":" || t.text === ";");
  return sep(prev) || sep(next);
}

/** Offices held for a state, before "of" and its name. */
const STATE_OFFICES = new Set([
  "representative",
  "delegate",
  "ambassador",
  "minister",
  "president",
  "government",
  "delegation",
  "mission",
  "embassy",
  "republic",
  "kingdom",
  "parliament",
  "people",
]);

const SUBJECT_FOLLOWERS = new Set([
  "has",
  "have",
  "had",
  "is",
  "was",
  "will",
  "would",
  "shall",
  "also",
  "then",
  "became",
  "becomes",
  "attaches",
  "voted",
  "votes",
  "abstained",
  // (Irregular past forms: "Turkey withdrew from X", "Georgia left the treaty".)
  "withdrew",
  "left",
  "said",
  "began",
  "undertook",
  "took",
  "made",
  "sought",
  "remains",
  "must",
  "should",
  "could",
  "may",
  "did",
  "does",
  "never",
  "still",
]);

/**
 * An ambiguous name as a clause's subject ("Turkey signed", "Jordan has ratified", "Chad's
 * accession"): a finite verb or a possessive after it, and no capitalised word (a first name:
 * "Michael Jordan") before it.
 */
function subjectContext(tokens: readonly Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  // "the Permanent Representative of Georgia", "the Government of Jordan": an office held for a state.
  if (prev?.lower === "of" && STATE_OFFICES.has(tokens[from - 2]?.lower ?? "")) return true;
  if (prev && prev.word && isCapitalised(prev) && from > 0 && !/^\d/u.test(prev.text)) return false;
  const next = tokens[to];
  if (!next) return false;
  if (isPossessiveMark(next)) return true;
  if (!next.word || isCapitalised(next)) return false;
  // (A verb in the past or in the present: "Georgia signed", "Georgia encourages all States …".)
  return SUBJECT_FOLLOWERS.has(next.lower) || /^[a-z]+ed$/u.test(next.lower) || PRESENT_VERB.test(next.lower);
}
/** A third-person present verb: "encourages", "urges", "calls", "ratifies", "remains". */
const PRESENT_VERB = /^[a-z]{3,}[a-rt-z]s$/u;

/** An office the lexicon gives the UN for its bare title ("Secretary-General"). */
const BARE_OFFICE = /^(?:Deputy\s)?Secretary[-\s]General$/u;

/** The organisation other than the UN named in "of (the) <organisation>" right after token `at`, or null. */
function officeOfOther(lex: ReturnType<typeof getLexicon>, tokens: readonly Token[], at: number, to: number): PhraseMatch<Actor> | null {
  if (tokens[at]?.lower !== "of") return null;
  const k = tokens[at + 1]?.lower === "the" ? at + 2 : at + 1;
  const org = k < to ? lex.names.matchAt(tokens, k) : null;
  return org && org.to <= to && org.value.kind === "organisation" && !UN_NAME.test(org.value.name) ? org : null;
}

/** "Director-General of UNESCO" is UNESCO; keep the organisation, drop nothing else. */
function dropOrgTitles(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  return mentions.filter((m) => {
    const prev = tokens[m.from - 1];
    return !(m.kind === "anaphor" && prev && ORG_PREFIX_TITLES.has(prev.lower));
  });
}
