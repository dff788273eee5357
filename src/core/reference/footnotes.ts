/**
 * Footnote markers and bracketed names in depositary tables. UNTC and the secretariats mark a
 * participant or a date with a footnote in several ways, all at the end of the cell: "Germany1",
 * "Chile 2,3", "Peru,4", "France*", "Italy [4]", "Spain (5)", "Spain¹", "Spain¹,²", "Austria a"
 * (a letter after a name; after a date a letter is UNTC's suffix, see untc.ts). A participant that
 * no longer takes part (a former state, a withdrawal) is written in square brackets:
 * "[Czechoslovakia]". The markers are kept for the row's note; the name is cleaned.
 */

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const MARK_SYMBOLS = "*†‡";

/** "2", "2,3", "2, 3": numbers of one or two digits, separated by commas. */
const NUMBER_LIST = /^\d{1,2}(?: *, *\d{1,2})*$/u;

/** Where the run of characters `inRun` accepts, ending the text, starts. */
function runStart(text: string, inRun: (ch: string) => boolean): number {
  let at = text.length;
  while (at > 0 && inRun(text[at - 1] as string)) at--;
  return at;
}

/** One marker found at the end of a text: where it starts, and its markers. */
type Peeled = { at: number; markers: string[] } | null;

/** One marker construction at the end of a cell. */
type MarkerRule = (text: string) => Peeled;

/** "Italy [4]", "Peru [a]", "Chile [2, 3]": a bracketed number or letter (a bracketed name is handled apart). */
const bracketed: MarkerRule = (t) => {
  if (!t.endsWith("]")) return null;
  const open = t.lastIndexOf("[");
  const inner = t.slice(open + 1, -1).trim();
  return open > 0 && (NUMBER_LIST.test(inner) || /^[a-z]$/u.test(inner)) ? { at: open, markers: inner.split(/[ ,]+/u) } : null;
};

/** "Spain (5)", "Chile (2,3)": a parenthesised number; never "(Plurinational State of)". */
const parenthesised: MarkerRule = (t) => {
  if (!t.endsWith(")")) return null;
  const open = t.lastIndexOf("(");
  const inner = t.slice(open + 1, -1).trim();
  return open > 0 && NUMBER_LIST.test(inner) ? { at: open, markers: inner.split(/[ ,]+/u) } : null;
};

/** "Spain¹", "Spain¹,²", "Spain ¹ ²". */
const superscript: MarkerRule = (t) => {
  const at = runStart(t, (ch) => SUPERSCRIPT_DIGITS.includes(ch) || ch === "," || ch === " ");
  const run = t.slice(at);
  if (at === 0 || ![...run].some((ch) => SUPERSCRIPT_DIGITS.includes(ch))) return null;
  return {
    at,
    markers: run
      .split(/[ ,]+/u)
      .filter(Boolean)
      .map((m) => [...m].map((ch) => String(SUPERSCRIPT_DIGITS.indexOf(ch))).join("")),
  };
};

/** "France*", "France **", "Chile†". */
const symbol: MarkerRule = (t) => {
  const at = runStart(t, (ch) => MARK_SYMBOLS.includes(ch));
  return at > 0 && at < t.length ? { at, markers: [t.slice(at)] } : null;
};

/** "Germany1", "Chile 2,3", "Peru,4", "Bolivia (Plurinational State of)2,3": numbers after a letter or a closing bracket. */
const number: MarkerRule = (t) => {
  const at = runStart(t, (ch) => (ch >= "0" && ch <= "9") || ch === "," || ch === " ");
  const run = t.slice(at).replace(/^[ ,]+/u, "");
  return at > 0 && /[\p{L})\].]/u.test(t[at - 1] as string) && NUMBER_LIST.test(run) ? { at, markers: run.split(/[ ,]+/u) } : null;
};

/** "Austria a": one lower-case letter after a name (no participant's name ends in a one-letter word). */
const letter: MarkerRule = (t) => {
  const n = t.length;
  return n > 3 && /^[a-z]$/u.test(t[n - 1] as string) && t[n - 2] === " " && /[\p{L})]/u.test(t[n - 3] as string)
    ? { at: n - 2, markers: [t[n - 1] as string] }
    : null;
};

/** The constructions, tried in turn at the end of the text until none matches (a cell may carry several: "Chile 2 *"). */
const MARKER_RULES: readonly MarkerRule[] = [bracketed, parenthesised, superscript, symbol, number];

export interface Marked {
  /** The text without its markers, trimmed. */
  text: string;
  /** The markers, first to last: "2", "3", "*", "a". */
  footnotes: string[];
}

/** The markers at the end of `text`, peeled off one construction at a time. */
export function peelFootnotes(text: string, letters = false): Marked {
  const rules = letters ? [...MARKER_RULES, letter] : MARKER_RULES;
  let rest = text.trim();
  const found: string[][] = [];
  for (let guard = 0; guard < 6; guard++) {
    const peeled = rules.map((rule) => rule(rest)).find((p) => p !== null);
    if (!peeled) break;
    found.unshift(peeled.markers);
    rest = rest.slice(0, peeled.at).trim();
  }
  return { text: rest, footnotes: found.flat() };
}

/** Whether `text` is made of footnote markers only ("3", "2,4", "*", "[4]", "¹"): what may follow a date. */
export function footnotesOnly(text: string): string[] | null {
  const t = text.trim();
  if (t === "") return [];
  const peeled = peelFootnotes(`x${t.startsWith(",") ? t : ` ${t}`}`);
  return peeled.text === "x" ? peeled.footnotes : null;
}

export interface CleanName {
  name: string;
  footnotes: string[];
  /** The name was in square brackets: a former or withdrawn participant. */
  bracketed: boolean;
}

/** A participant cell's name without its markers: "[Czechoslovakia]2" → Czechoslovakia, bracketed, footnote 2. */
export function cleanParticipant(raw: string): CleanName {
  const peeled = peelFootnotes(raw, true);
  const bracket = /^\[([^\]]+)\]$/u.exec(peeled.text);
  if (!bracket) return { name: peeled.text, footnotes: peeled.footnotes, bracketed: false };
  const inner = peelFootnotes(bracket[1] as string, true);
  return { name: inner.text, footnotes: [...inner.footnotes, ...peeled.footnotes], bracketed: true };
}

/** A row's note from what its cells carried: "footnotes 2, 3; in brackets in the table (a former or withdrawn participant)". */
export function noteOf(footnotes: readonly string[], bracketed = false): string | undefined {
  const parts = [
    footnotes.length === 0 ? null : `${footnotes.length === 1 ? "footnote" : "footnotes"} ${footnotes.join(", ")}`,
    bracketed ? "in brackets in the table (a former or withdrawn participant)" : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? undefined : parts.join("; ");
}
