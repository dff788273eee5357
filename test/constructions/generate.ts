import { mulberry32 } from "../../src/bench/corpus";
import { extractBody, rows } from "../support/extractBody";

/**
 * The construction suite's generator (issue 13): behavioural tests in the spirit of CheckList.
 * Each family file builds many sentences from the pools below, in varied word orders and with
 * positive, negated, hedged and near-miss variants, and states the records each must give.
 * Generation is seeded, so a failing case is the same case on every run and names itself.
 */

/** A small deterministic generator (the bench's mulberry32), so cases are reproducible. */
export const seeded = mulberry32;

export type Rng = () => number;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** `n` distinct items, in random order. */
export function sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0] as T);
  return out;
}

/** A state as a text writes it and the canonical name the tracker gives it. */
export interface StateName {
  written: string;
  name: string;
}

/** States written as documents write them: one word, several words, "the"-prefixed, diacritics, official forms. */
export const STATES: readonly StateName[] = [
  { written: "Chile", name: "Chile" },
  { written: "Norway", name: "Norway" },
  { written: "Kenya", name: "Kenya" },
  { written: "Viet Nam", name: "Viet Nam" },
  { written: "New Zealand", name: "New Zealand" },
  { written: "Costa Rica", name: "Costa Rica" },
  { written: "Sierra Leone", name: "Sierra Leone" },
  { written: "Bosnia and Herzegovina", name: "Bosnia and Herzegovina" },
  { written: "Trinidad and Tobago", name: "Trinidad and Tobago" },
  { written: "Saint Vincent and the Grenadines", name: "Saint Vincent and the Grenadines" },
  { written: "the Philippines", name: "Philippines" },
  { written: "the Netherlands", name: "Netherlands" },
  { written: "Côte d'Ivoire", name: "Côte d'Ivoire" },
  { written: "São Tomé and Príncipe", name: "São Tomé and Príncipe" },
  { written: "the Republic of Korea", name: "South Korea" },
  { written: "the United Republic of Tanzania", name: "Tanzania" },
  { written: "Mongolia", name: "Mongolia" },
  { written: "Uruguay", name: "Uruguay" },
  { written: "Senegal", name: "Senegal" },
  { written: "Fiji", name: "Fiji" },
  { written: "Jamaica", name: "Jamaica" },
  { written: "Iceland", name: "Iceland" },
  { written: "Ghana", name: "Ghana" },
  { written: "Nepal", name: "Nepal" },
  { written: "Paraguay", name: "Paraguay" },
  { written: "Tunisia", name: "Tunisia" },
  { written: "Austria", name: "Austria" },
  { written: "Botswana", name: "Botswana" },
  { written: "Malta", name: "Malta" },
  { written: "Peru", name: "Peru" },
  { written: "Samoa", name: "Samoa" },
  { written: "Lesotho", name: "Lesotho" },
  { written: "Ecuador", name: "Ecuador" },
  { written: "Portugal", name: "Portugal" },
  { written: "Cambodia", name: "Cambodia" },
  { written: "Benin", name: "Benin" },
  { written: "Latvia", name: "Latvia" },
  { written: "Guatemala", name: "Guatemala" },
  { written: "Namibia", name: "Namibia" },
  { written: "Slovenia", name: "Slovenia" },
];

/** A catalogued instrument as texts name it, and its catalog id. */
/** States written without "the", for possessives and sentence starts ("Chile's", "Kenya ratified …"). */
export const BARE_STATES: readonly StateName[] = STATES.filter((x) => !x.written.startsWith("the "));

export interface InstrumentName {
  written: string;
  id: string;
  /** "treaty" and "protocol" can be ratified, signed and acceded to; declarations are endorsed. */
  type: "treaty" | "protocol" | "declaration";
}

export const TREATIES: readonly InstrumentName[] = [
  { written: "the Arms Trade Treaty", id: "att", type: "treaty" },
  { written: "the Convention against Torture", id: "cat", type: "treaty" },
  { written: "the Optional Protocol to the Convention against Torture", id: "opcat", type: "protocol" },
  { written: "the Convention on the Rights of Persons with Disabilities", id: "crpd", type: "treaty" },
  { written: "the Treaty on the Prohibition of Nuclear Weapons", id: "tpnw", type: "treaty" },
  { written: "the Chemical Weapons Convention", id: "cwc", type: "treaty" },
  { written: "the Comprehensive Nuclear-Test-Ban Treaty", id: "ctbt", type: "treaty" },
  { written: "the Paris Agreement", id: "paris-agreement", type: "treaty" },
  { written: "the Rome Statute of the International Criminal Court", id: "rome-statute", type: "treaty" },
  { written: "the Convention on Cluster Munitions", id: "ccm", type: "treaty" },
];

/** The treaties of the pool (not its declarations or protocols): what states sign, ratify and join. */
export const TREATIES_ONLY: readonly InstrumentName[] = TREATIES.filter((x) => x.type === "treaty");

/** Whether the extraction of `text` gives exactly `expected` (rows as `rows()` writes them). */
export interface Case {
  text: string;
  expected: string[];
  /** Compare dates too (rows end with `|date` or `|-`). */
  dates?: boolean;
  /** A headline or dateline to put before the body (default: a neutral one). */
  head?: string;
}

/** `n` cases from `make`, seeded by `seed`; duplicates of a text are dropped. */
export function generate<C extends Case>(seed: number, n: number, make: (rng: Rng, i: number) => C): C[] {
  const rng = seeded(seed);
  const seen = new Set<string>();
  const out: C[] = [];
  for (let i = 0; out.length < n && i < n * 10; i++) {
    const c = make(rng, i);
    if (seen.has(c.text)) continue;
    seen.add(c.text);
    out.push(c);
  }
  return out;
}

/** The rows extraction gives for a case, sorted; every quote checked verbatim on the way. */
export function extractRows(c: Case): string[] {
  return rows(extractBody(c.text, c.head).records, { date: c.dates ?? false });
}

/** The expected rows for every actor of a list doing one act on one instrument. */
export function rowsFor(actors: readonly StateName[], action: string, instrumentId: string, polarity: string, date?: string | null): string[] {
  return actors.map((a) => `${a.name}|${action}|${instrumentId}|${polarity}${date !== undefined ? `|${date ?? "-"}` : ""}`).sort();
}

/** "A", "A and B", "A, B and C" (optionally with an Oxford comma). */
export function listOf(names: readonly string[], oxford = false, conj = "and"): string {
  if (names.length <= 1) return names.join("");
  const head = names.slice(0, -1).join(", ");
  return `${head}${oxford && names.length > 2 ? "," : ""} ${conj} ${names[names.length - 1]}`;
}

/** Upper-cases the first letter (a list or "the X" that opens a sentence). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
