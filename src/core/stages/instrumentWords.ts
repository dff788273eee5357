import { WordSet } from "../lexicon/wordTags";
import type { CatalogEntry, InstrumentType } from "../model";
import type { InstrumentMention, InstrumentMentionKind } from "./instruments";
import type { Token } from "../text/tokens";

/**
 * Word lists and helpers shared by the instrument finders (instruments.ts, resolutionMentions.ts,
 * numberedConventions.ts): which small words may sit inside a name, and which end its tail.
 */
export const NAME_CONNECTORS = new Set(["of", "on", "for", "to", "and", "in", "the", "against", "relating", "concerning", "between", "with", "from", "by"]);
export const TAIL_STOP = new Set([
  "to",
  "and",
  "or",
  "which",
  "that",
  "who",
  "by",
  "with",
  "at",
  "as",
  "from",
  "is",
  "was",
  "were",
  "are",
  "has",
  "have",
  "had",
  "will",
  "would",
  "should",
  "shall",
  "may",
  "can",
  "could",
  "must",
  "but",
  "while",
  "when",
  "after",
  "before",
  "since",
  "during",
  "under",
  "within",
  "into",
  "through",
  "adopted",
  "signed",
  "ratified",
  "entered",
  "opened",
  "calling",
  "calls",
  "call",
  "urges",
  "emphasizes",
  "emphasises",
  "encourages",
  "decides",
  "requests",
  "welcomes",
  "notes",
  "recognizes",
  "recognises",
  "reaffirms",
  "expresses",
  "condemns",
  "stresses",
  "invites",
  "got",
  "gets",
  "received",
  "garnered",
  "pointing",
]);
/** Words that end a lower-case tail however it goes on: time adverbs ("... last week", "... today"). */
export const TIME_WORDS = new Set([
  "today",
  "yesterday",
  "tomorrow",
  "last",
  "this",
  "next",
  "earlier",
  "later",
  "also",
  "again",
  "now",
  "unanimously",
  "overwhelmingly",
]);
export const CALENDAR = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);
export const MAX_TAIL_WORDS = 8;

export const HEAD_TYPES: Record<string, InstrumentType> = {
  convention: "treaty",
  treaty: "treaty",
  covenant: "treaty",
  agreement: "treaty",
  statute: "treaty",
  charter: "treaty",
  pact: "treaty",
  accord: "treaty",
  // "the International Health Regulations", "the International Telecommunication Regulations": binding, adopted by an organisation.
  regulations: "treaty",
  accords: "declaration",
  call: "declaration",
  protocol: "protocol",
  protocols: "protocol",
  amendment: "protocol",
  declaration: "declaration",
  commitments: "declaration",
  // "the Asunción Commitment to End Femicide …", "the Belém Commitment": a named political commitment, signed, never ratified.
  commitment: "other",
  principles: "principles",
  guidelines: "principles",
  code: "principles",
  strategy: "strategy",
  plan: "plan",
  programme: "plan",
  program: "plan",
  agenda: "plan",
  framework: "plan",
  // "the GCC Vision for Regional Security", "EAC Vision 2050".
  vision: "plan",
  decade: "other",
  // "the Memorandum of Understanding on the Conservation of ...", "the Budapest Memorandum": signed, never ratified.
  memorandum: "other",
  mou: "other",
  // "the Domestic Workers Recommendation, 2011 (No. 201)": adopted and voted on beside a Convention, never ratified.
  recommendation: "other",
  pledge: "declaration",
  manifesto: "declaration",
  outlook: "declaration",
  roadmap: "plan",
  "road-map": "plan",
  resolution: "resolution",
  resolutions: "resolution",
  decision: "resolution",
  // "the Global Compact for Safe, Orderly and Regular Migration", "the Jordan Compact": endorsed, never ratified.
  compact: "declaration",
};
/** The nouns of a text that amends another, in lower case ("the amendments to X", "an amendment proposed by A"). */
/** Heads of texts a lower-case noun phrase may name only as a kind ("a protocol", "the free trade agreement between A and B"). */
export const KIND_HEADS: ReadonlySet<string> = new Set([
  "agreement",
  "treaty",
  "convention",
  "protocol",
  "memorandum",
  "accord",
  "pact",
  "declaration",
  "statement",
  "charter",
]);
export const AMENDMENT_NOUNS: ReadonlySet<string> = new Set(["amendment", "amendments"]);
/** An acronym of an amendment's subject before its noun: "the GMO amendment", "the HFC amendment". */
export const AMENDMENT_ACRONYM = /^[A-Z]{2,6}$/u;
export const HEAD_TYPE_MAP = new Map<string, InstrumentType>(Object.entries(HEAD_TYPES));
/** The head nouns, as a word set: asked about every token. */
export const HEADS = new WordSet(HEAD_TYPE_MAP.keys());

export function typeOfHead(word: string): InstrumentType | null {
  return HEAD_TYPE_MAP.get(word.toLowerCase()) ?? null;
}
export const ROMAN = new Set(["I", "II", "III", "IV", "V"]);
export const PLURAL_HEAD = /^(?:protocols|conventions|treaties|amendments|agreements|declarations)$/u;
/** Words that show a quotation is speech, not a name ("we support the treaty"). */
export const NOT_IN_QUOTED_NAME = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "we",
  "i",
  "you",
  "they",
  "it",
  "our",
  "their",
  "its",
  "is",
  "are",
  "will",
  "must",
  "not",
]);
export const MAX_QUOTED_NAME_WORDS = 4;
export const NUMERAL_JOINS = new Set(["and", ","]);
/** Heads a quoted lower-case name may have (not "plan" or "strategy": a quoted "national action plan" is domestic). */
export const QUOTED_HEADS = new Set([
  "pledge",
  "declaration",
  "principles",
  "commitments",
  "guidelines",
  "code",
  "convention",
  "treaty",
  "agreement",
  "protocol",
  "accord",
  "pact",
]);

// Hoisted: a regex literal is a new object every time it runs.
export const YEAR = /^\d{4}$/u;
export const DIGIT_FIRST = /^\d/u;
export const NUMBER = /^\d+$/u;

export function joinText(view: string, tokens: readonly Token[], from: number, to: number): string {
  const text = view.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
  // (Markup the view blanks out inside a name, "the **GMO amendment** to X", leaves runs of spaces, and a name wrapped across lines
  // has a line break and its indent: one space is the name's.)
  return text.includes("  ") || text.includes("\n") ? text.split(/\s+/u).join(" ") : text;
}

/** Whether token `k` follows token `k - 1` with no space between ("L.57", "A/73"). */
export function glued(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k - 1];
  const b = tokens[k];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/**
 * An instrument mention. Every mention is made by this one literal, `head` and `fallbackText`
 * always present (undefined for the kinds without them): mentions made by literals of different
 * shapes took five object shapes, and the linker's loops over a sentence's mentions read them
 * through polymorphic loads.
 */
export function instrumentMention(
  from: number,
  to: number,
  kind: InstrumentMentionKind,
  text: string,
  entry: CatalogEntry | null,
  type: InstrumentType,
  head?: string,
  fallbackText?: string,
  subject?: string,
): InstrumentMention {
  return { from, to, kind, text, entry, type, head, fallbackText, subject };
}
