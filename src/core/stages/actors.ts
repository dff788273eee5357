import { addCountries, isAmbiguousStateName, type StateActor } from "../lexicon/countries";
import { ORGANISATIONS } from "../lexicon/organisations";
import { PhraseIndex } from "../lexicon/phraseIndex";
import { WordSet } from "../lexicon/wordTags";
import { isCapitalised, type Token } from "../text/tokens";

/**
 * Actor mentions in a sentence: states (names, official names, "the Kazakh delegation"),
 * organisations, and references that a later refiner resolves to the state the document speaks
 * for ("we", "my delegation", "our country") or to an actor named earlier ("the country",
 * "his country's", "its").
 */
export interface Actor {
  name: string;
  kind: "state" | "organisation";
}

export type ActorMentionKind = "named" | "capital" | "speaker" | "anaphor" | "possessive";

export interface ActorMention {
  /** Token range [from, to). */
  from: number;
  to: number;
  kind: ActorMentionKind;
  /** Set for named mentions; set later for references once resolved. */
  actor: Actor | null;
}

const ORG_PREFIX_TITLES = new Set(["director", "director-general", "executive", "secretary-general", "secretary", "president", "head", "chair", "spokesperson"]);

/** Speaker references (the state or organisation the document speaks for). */
const SPEAKER_PHRASES = ["we", "our country", "my country", "our delegation", "my delegation", "our government", "my government", "our countries", "us"];
/** References to an actor named before. */
const ANAPHOR_PHRASES = ["the country", "this country", "the delegation", "the minister", "the government", "the foreign minister", "the president", "the state", "the organization", "the organisation", "the committee", "the council", "the assembly", "the conference"];
/** First words of every reference phrase below, to skip lookups on all other lower-case words. */
const REFERENCE_STARTS = new WordSet(["we", "our", "my", "us", "the", "this", "its", "their", "his", "her"]);
const POSSESSIVE_PHRASES = ["its", "their", "his country's", "her country's", "the country's", "his country", "her country", "the organization's", "the organisation's"];

/** Nouns after a name that make it an attribute, not an actor ("UN member states", "Costa Rican investors"). */
const ATTRIBUTIVE_NEXT = new Set([
  "member", "members", "countries", "citizens", "investors", "forces", "army", "armed", "nationals", "territory", "troops",
  "people", "headquarters", "entities", "agencies", "system", "officials", "parliamentarians", "summit", "summits", "charter",
  "convention", "treaty", "protocol", "declaration", "resolution", "resolutions", "framework", "mandate", "website", "web",
  "secretariat", "staff", "district", "region", "capital", "embassy", "law", "laws", "legislation", "marine", "marines",
]);

interface ActorLexicon {
  names: PhraseIndex<Actor>;
  capitals: PhraseIndex<Actor>;
  references: PhraseIndex<ActorMentionKind>;
}

let lexicon: ActorLexicon | null = null;

function stateActor(s: StateActor): Actor {
  return { name: s.name, kind: "state" };
}

function buildLexicon(): ActorLexicon {
  const names = new PhraseIndex<Actor>();
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
    names.add(org.name, actor, false);
    for (const alias of org.aliases) names.add(alias, actor, false);
    for (const acr of org.acronyms) names.add(acr, actor, true);
  }
  const references = new PhraseIndex<ActorMentionKind>();
  for (const p of SPEAKER_PHRASES) references.add(p, "speaker", false);
  for (const p of ANAPHOR_PHRASES) references.add(p, "anaphor", false);
  for (const p of POSSESSIVE_PHRASES) references.add(p, "possessive", false);
  return { names, capitals, references };
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

/** Find actor mentions in tokens [from, to), skipping token ranges already claimed (instruments). */
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
      const text = named.to - named.from === 1 ? tok.text : tokens.slice(named.from, named.to).map((t) => t.text).join(" ");
      const okAmbiguous = !isAmbiguousStateName(text) || listContext(tokens, named.from, named.to);
      if (okAmbiguous && !attributive(tokens, named.to)) {
        out.push({ from: named.from, to: named.to, kind: "named", actor: named.value });
      }
      i = named.to - 1;
      continue;
    }
    const cap = capital ? lex.capitals.matchAt(tokens, i) : null;
    if (cap && cap.to <= to) {
      out.push({ from: cap.from, to: cap.to, kind: "capital", actor: cap.value });
      i = cap.to - 1;
      continue;
    }
    const ref = lex.references.matchAt(tokens, i);
    if (ref && ref.to <= to) {
      // "the Minister of Foreign Affairs of Kazakhstan": a reference followed by "of <name>" is that name.
      const next = tokens[ref.to];
      if (ref.value === "anaphor" && next && (next.lower === "of" || next.lower === "for")) continue;
      out.push({ from: ref.from, to: ref.to, kind: ref.value, actor: null });
      i = ref.to - 1;
    }
  }
  return dropOrgTitles(tokens, out);
}

function claimedRange(claimed: (i: number) => boolean, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (claimed(i)) return true;
  return false;
}

/** An ambiguous name ("Chad", "Jordan") counts only next to other actors or list punctuation. */
function listContext(tokens: readonly Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  const next = tokens[to];
  const sep = (t: Token | undefined) => !!t && (t.text === "," || t.lower === "and" || t.text === "(" || t.text === ")" || t.text === "-" || t.text === ":" || t.text === ";");
  return sep(prev) || sep(next);
}

/** "Director-General of UNESCO" is UNESCO; keep the organisation, drop nothing else. */
function dropOrgTitles(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  return mentions.filter((m) => {
    const prev = tokens[m.from - 1];
    return !(m.kind === "anaphor" && prev && ORG_PREFIX_TITLES.has(prev.lower));
  });
}
