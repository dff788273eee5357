/**
 * Deterministic benchmark corpus: documents of the genre (press releases, statements at UN
 * committees, ministry news items) built from the templates in `templates.ts` and the word
 * lists in `words.ts`. No Math.random: document i is a pure function of (seed, i), and the
 * generator yields one document at a time so the corpus is never held in memory.
 */
import type { RawDocument } from "../core/types";
import { CLOSINGS, COMMITMENT_TEMPLATES, FILLER_TEMPLATES, TITLE_TEMPLATES } from "./templates";
import * as W from "./words";

export const DEFAULT_SEED = 20201012;
/** Share of body sentences drawn from COMMITMENT_TEMPLATES. */
export const COMMITMENT_SHARE = 1 / 6;
export const MIN_DOC_CHARS = 2048;
export const MAX_DOC_CHARS = 39_500;
export const WRAP_COLUMNS = 72;
/** 1 MB = 10^6 bytes throughout the benchmark. */
export const BYTES_PER_MB = 1_000_000;

export interface CorpusDocument extends RawDocument {
  format: "text";
  /** UTF-8 length of `text`. */
  bytes: number;
  /** Body sentences generated from templates, and how many of them carry a commitment. */
  sentences: number;
  commitmentSentences: number;
}

export interface CorpusOptions {
  seed?: number;
  /** Stop once at least this many MB have been yielded (default 50). */
  mb?: number;
}

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed of document `index`: a 32-bit hash of (seed, index). */
function documentSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError("pick() needs a non-empty list");
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---- slots ---------------------------------------------------------------------------------

const pickFrom = (list: readonly string[]) => (r: Rng) => r.pick(list);

function date(r: Rng): string {
  const day = r.int(1, 28);
  const month = r.pick(W.MONTHS);
  const year = r.int(1990, 2024);
  return r.chance(0.8) ? `${day} ${month} ${year}` : `${month} ${day}, ${year}`;
}

function stateList(r: Rng): string {
  const names = Array.from({ length: r.int(3, 6) }, () => r.pick(W.STATES));
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

function bigNumber(r: Rng): string {
  if (r.chance(0.4)) return `${r.int(1, 9)}.${r.int(1, 9)} million`;
  return `${r.int(2, 980)},${String(r.int(0, 999)).padStart(3, "0")}`;
}

function person(r: Rng): string {
  return `${r.pick(["Mr.", "Ms.", "Dr.", "H.E. Mr.", "H.E. Ms."])} ${r.pick(W.GIVEN_NAMES)} ${r.pick(W.SURNAMES)}`;
}

/** Every `{slot}` a template may use. Unknown slots fail when the templates are compiled. */
const SLOTS: Readonly<Record<string, (r: Rng) => string>> = {
  state: pickFrom(W.STATES),
  state2: pickFrom(W.STATES),
  stateList,
  org: pickFrom(W.ORGANISATIONS),
  treaty: pickFrom(W.TREATIES),
  declaration: pickFrom(W.DECLARATIONS),
  topic: pickFrom(W.TOPICS),
  topic2: pickFrom(W.TOPICS),
  body: pickFrom(W.BODIES),
  city: pickFrom(W.CITIES),
  official: pickFrom(W.OFFICIALS),
  region: pickFrom(W.REGIONS),
  ordinal: pickFrom(W.ORDINALS),
  said: pickFrom(W.SAID_VERBS),
  quote: pickFrom(W.QUOTES),
  month: pickFrom(W.MONTHS),
  month2: pickFrom(W.MONTHS),
  surname: pickFrom(W.SURNAMES),
  person,
  date,
  year: (r) => String(r.int(1990, 2024)),
  year2: (r) => String(r.int(2025, 2030)),
  num: (r) => String(r.int(2, 60)),
  num2: (r) => String(r.int(2, 30)),
  num3: (r) => String(r.int(1, 40)),
  bignum: bigNumber,
  pct: (r) => String(r.int(3, 65)),
  resno: (r) => `${r.int(60, 79)}/${r.int(1, 280)}`,
  docsym: (r) => `A/C.${r.int(1, 6)}/${r.int(60, 79)}/L.${r.int(1, 70)}`,
};

// ---- templates -----------------------------------------------------------------------------

/** A compiled template: literal text, a slot filler, or a choice between compiled parts. */
type Part = string | ((r: Rng) => string) | Part[][];

const TOKEN = /\{(\w+)\}|\[([^[\]]*)\]/g;

export function compileTemplate(template: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    const [, slot, alternatives] = m;
    if (slot !== undefined) {
      const fill = SLOTS[slot];
      if (!fill) throw new RangeError(`Template "${template}" uses unknown slot {${slot}}; add it to SLOTS`);
      parts.push(fill);
    } else {
      parts.push((alternatives ?? "").split("|").map(compileTemplate));
    }
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

function render(parts: readonly Part[], r: Rng): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") out += part;
    else if (typeof part === "function") out += part(r);
    else out += render(r.pick(part), r);
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const SMALL_WORDS = new Set(["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"]);

function titleCase(s: string): string {
  return s
    .split(" ")
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : capitalise(w)))
    .join(" ");
}

function ordinalSuffix(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

const COMMITMENTS = COMMITMENT_TEMPLATES.map(compileTemplate);
const FILLERS = FILLER_TEMPLATES.map(compileTemplate);
const TITLES = TITLE_TEMPLATES.map(compileTemplate);

function sentence(r: Rng): { text: string; commitment: boolean } {
  const commitment = r.chance(COMMITMENT_SHARE);
  return { text: capitalise(render(r.pick(commitment ? COMMITMENTS : FILLERS), r)), commitment };
}

/** `n` body sentences as the generator makes them, each tagged with whether it carries a commitment. */
export function sampleSentences(seed: number, n: number): { text: string; commitment: boolean }[] {
  const r = new Rng(seed);
  return Array.from({ length: n }, () => sentence(r));
}

// ---- documents -----------------------------------------------------------------------------

/** Greedy word wrap at `width` columns, as in a typed statement. */
export function wrap(text: string, width = WRAP_COLUMNS): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

type Genre = "press" | "committee" | "ministry" | "statement";
const GENRES: readonly Genre[] = ["press", "committee", "ministry", "statement"];

function header(r: Rng, genre: Genre, title: string, day: string, iso: string): string[] {
  const lines: string[] = [];
  if (r.chance(0.3)) {
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .slice(0, 60)
      .replace(/-$/, "");
    lines.push(`Title: ${title}`, `Source: https://${r.pick(W.DOMAINS)}/${iso.slice(0, 4)}/${slug}`, `Date: ${iso}`, "");
  }
  if (genre === "ministry" && r.chance(0.6)) lines.push(`Home / ${r.pick(W.STATES)} / Foreign Policy / ${title}`, "");
  lines.push(title, "");
  if (genre === "committee")
    lines.push(
      `${capitalise(r.pick(W.ORDINALS))} Session,`,
      `${ordinalSuffix(r.int(1, 40))} Meeting (${r.pick(["AM", "PM"])})`,
      `GA/DIS/${r.int(3000, 3700)}`,
      "",
    );
  if (genre === "statement") {
    lines.push(`Statement by ${person(r)}, ${r.pick(W.OFFICIALS)} of ${r.pick(W.STATES)}`, "");
    lines.push(`${r.pick(W.CITIES)}, ${day}`, "", r.pick(["Thank you, Mr. Chair.", "Thank you, Madam President.", "Mr. Chairman,"]), "");
  }
  if (genre === "ministry") lines.push(day, "");
  return lines;
}

function listParagraph(r: Rng): string {
  const intro = r.pick([`Priorities for ${r.int(2015, 2026)} include:`, "The meeting considered the following items:", "Key figures:"]);
  const bullet = r.pick(["- ", "• ", "(a) "]);
  const items = Array.from({ length: r.int(3, 6) }, () => `${bullet}${capitalise(r.pick(W.TOPICS))};`);
  return [intro, ...items].join("\n");
}

/** Document `index` of the corpus for `seed`: the same text on every call. */
export function generateDocument(seed: number, index: number): CorpusDocument {
  const r = new Rng(documentSeed(seed, index));
  const genre = r.pick(GENRES);
  const hardWrapped = r.chance(0.25);
  // Log-uniform size, skewed towards short items as in a real press archive.
  const target = Math.round(MIN_DOC_CHARS * Math.pow(38_000 / MIN_DOC_CHARS, Math.pow(r.next(), 1.4)));
  const year = r.int(1995, 2024);
  const monthIndex = r.int(0, 11);
  const dayOfMonth = r.int(1, 28);
  const day = `${dayOfMonth} ${W.MONTHS[monthIndex] ?? "January"} ${year}`;
  const iso = `${year}-${String(monthIndex + 1).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
  const title = titleCase(render(r.pick(TITLES), r));

  const blocks = header(r, genre, title, day, iso);
  let size = blocks.reduce((n, line) => n + line.length + 1, 0);
  let sentences = 0;
  let commitmentSentences = 0;
  let first = true;
  while (size < target) {
    let paragraph: string;
    if (!first && r.chance(0.08)) paragraph = listParagraph(r);
    else {
      const parts: string[] = [];
      for (let n = r.int(3, 8); n > 0; n--) {
        const s = sentence(r);
        parts.push(s.text);
        sentences++;
        if (s.commitment) commitmentSentences++;
      }
      paragraph = parts.join(" ");
      if (first && genre === "press") {
        const city = r.pick(W.CITIES).toUpperCase();
        paragraph = (r.chance(0.5) ? `${city}, ${day} – ` : `${city} (${day}) – `) + paragraph;
      }
      if (hardWrapped) paragraph = wrap(paragraph);
    }
    first = false;
    if (size + paragraph.length + 2 > MAX_DOC_CHARS) break;
    blocks.push(paragraph, "");
    size += paragraph.length + 2;
  }
  if (r.chance(0.5)) blocks.push(r.pick(CLOSINGS));
  const text = blocks.join("\n");
  const id = `bench-${String(index).padStart(6, "0")}.txt`;
  return { id, text, format: "text", bytes: Buffer.byteLength(text, "utf8"), sentences, commitmentSentences };
}

/** The corpus, one document at a time, until at least `mb` MB have been yielded. */
export function* generateCorpus(options: CorpusOptions = {}): Generator<CorpusDocument, void, undefined> {
  const seed = options.seed ?? DEFAULT_SEED;
  const limit = (options.mb ?? 50) * BYTES_PER_MB;
  let total = 0;
  for (let index = 0; total < limit; index++) {
    const doc = generateDocument(seed, index);
    total += doc.bytes;
    yield doc;
  }
}
