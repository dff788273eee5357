import { isCapitalised, type Token } from "../text/tokens";
import { TITLE_HEADS, type Actor, type ActorMention } from "./actors";

/**
 * Bodies a document names and defines an acronym for: "The Ministerial Committee of the Organ on Politics, Defence and Security
 * Cooperation (MCO) of SADC met in Windhoek … The MCO reaffirmed its commitment to X". The lexicon knows the common bodies; a
 * committee, network or caucus of one text is known only by its definition, and its acronym names it from there on.
 *
 * A definition is "(ACR)" right after a capitalised title whose words include a body noun; the acronym after a name the lexicon
 * knows ("the Southern African Development Community (SADC)") names that actor too.
 */

/** Nouns that make a capitalised title a body's (the last or an inner word: "Committee of the Organ on …"). */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  ...TITLE_HEADS,
  "alliance",
  "association",
  "authority",
  "bureau",
  "caucus",
  "centre",
  "center",
  "coalition",
  "community",
  "court",
  "federation",
  "foundation",
  "group",
  "institute",
  "league",
  "movement",
  "network",
  "office",
  "organ",
  "organisation",
  "organization",
  "panel",
  "parliament",
  "secretariat",
  "society",
  "tribunal",
  "union",
  "watch",
]);

/** Lower-case words inside a title: "Committee of the Organ on Politics, Defence and Security Cooperation". */
const TITLE_JOINERS = new Set(["of", "on", "for", "and", "the", "in", "to", ","]);

/** An acronym: a capital, then letters or digits with at least one more capital ("MCO", "SOWatch", "ALMM"). */
const ACRONYM = /^\p{Lu}(?=[\p{L}\d-]*\p{Lu})[\p{L}\d-]{1,9}$/u;

/**
 * The terms a bracket at `open` defines in quotes for the name before it, each without its article: '("Uzbekistan" or "the
 * Applicant")' gives "Applicant", '(hereinafter referred to as "the Respondent State")' "Respondent State" (one or two title-case
 * words after "the"; a bare name in quotes, "Uzbekistan", is the lexicon's already).
 */
function definedTerms(tokens: readonly Token[], open: number): string[] {
  const out: string[] = [];
  for (let k = open + 1; k < tokens.length && k - open <= DEFINITION_SPAN; k++) {
    const t = tokens[k] as Token;
    if (t.text === ")") return out;
    if (!QUOTES.has(t.text) || tokens[k + 1]?.lower !== "the") continue;
    const words: string[] = [];
    let j = k + 2;
    for (; j < k + 4 && tokens[j]?.word && isCapitalised(tokens[j] as Token); j++) words.push((tokens[j] as Token).text);
    if (words.length > 0 && QUOTES.has(tokens[j]?.text ?? "")) out.push(words.join(" "));
    k = j;
  }
  return [];
}
const DEFINITION_SPAN = 16;
const QUOTES: ReadonlySet<string> = new Set(['"', "“", "”"]);

/** A text that may define an acronym, "(MCO)": a cheap test for the sentences to read before the others. */
export const ACRONYM_DEFINITION_HINT = /\(\p{Lu}[\p{Ll}\d-]*\p{Lu}[\p{L}\d-]*\)/u;

/** Words in a title, at most. */
const MAX_TITLE_TOKENS = 16;

/**
 * Whether `long` can be abbreviated as `short`: each of its letters and digits, from the last, found in turn further back in
 * `long`, the first at the start of a word (Schwartz and Hearst's test: "International Solar Alliance" for "ISA", "Ministerial
 * Committee of the Organ" for "MCO", "African Civil Aviation Commission" for "AFCAC").
 */
export function abbreviates(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let li = l.length - 1;
  for (let si = s.length - 1; si >= 0; si--) {
    const c = s[si] as string;
    if (!/[\p{L}\d]/u.test(c)) continue;
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\d]/u.test(l[li - 1] as string)))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}

/**
 * The shortest capitalised title that ends at token `end` (exclusive) and that `acronym` abbreviates, holding a body noun
 * ("the Seventh Session of the Assembly of the International Solar Alliance (ISA)": "International Solar Alliance"), or -1.
 */
function titleStart(view: string, tokens: readonly Token[], end: number, acronym: string, free: (k: number) => boolean): number {
  let body = false;
  for (let k = end - 1; k >= 0 && end - k <= MAX_TITLE_TOKENS && free(k); k--) {
    const t = tokens[k] as Token;
    if (!(t.word && isCapitalised(t))) {
      if (TITLE_JOINERS.has(t.lower)) continue;
      break;
    }
    if (BODY_NOUNS.has(t.lower)) body = true;
    if (body && end - k >= 2 && abbreviates(acronym, view.slice(t.start, (tokens[end - 1] as Token).end))) return k;
  }
  return -1;
}

/**
 * The sentence's actor mentions with the bodies it defines and the acronyms defined before (`bodies`, which it adds to): `found`
 * are the lexicon's mentions, in order; tokens `claimed` (instruments) are never an actor.
 */
export function withDefinedBodies(
  view: string,
  tokens: readonly Token[],
  found: ActorMention[],
  claimed: (i: number) => boolean,
  bodies: Map<string, Actor>,
): ActorMention[] {
  const hasParen = tokens.some((t) => t.text === "(");
  if (!hasParen && bodies.size === 0) return found;
  const covered = new Uint8Array(tokens.length);
  for (const m of found) for (let k = m.from; k < m.to; k++) covered[k] = 1;
  const free = (k: number) => covered[k] === 0 && !claimed(k);
  const added: ActorMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!free(k)) continue;
    // 'the Republic of Uzbekistan ("Uzbekistan" or "the Applicant")', 'the United Republic of Tanzania (hereinafter referred to as
    // "the Respondent State")': the terms a text defines for a State in quotes name it from there on.
    if (t.text === "(") {
      const before = found.find((m) => m.to === k && m.kind === "named" && m.actor?.kind === "state");
      const terms = before?.actor ? definedTerms(tokens, k) : [];
      for (const term of terms) if (!bodies.has(term)) bodies.set(term, before?.actor as Actor);
      if (terms.length > 0) continue;
    }
    if (t.text === "(" && tokens[k + 2]?.text === ")" && ACRONYM.test(tokens[k + 1]?.text ?? "") && free(k + 1)) {
      const acronym = (tokens[k + 1] as Token).text;
      const before = found.find((m) => m.to === k && m.kind === "named" && m.actor);
      if (before?.actor) {
        if (!bodies.has(acronym)) bodies.set(acronym, before.actor);
        k += 2;
        continue;
      }
      const start = titleStart(view, tokens, k, acronym, free);
      if (start >= 0) {
        const body: Actor = { name: view.slice((tokens[start] as Token).start, (tokens[k - 1] as Token).end), kind: "organisation" };
        if (!bodies.has(acronym)) bodies.set(acronym, body);
        added.push({ from: start, to: k, kind: "named", actor: body });
        for (let j = start; j < k; j++) covered[j] = 1;
      }
      k += 2;
      continue;
    }
    const body = t.word ? bodies.get(t.text) : undefined;
    if (body) added.push({ from: k, to: k + 1, kind: "named", actor: body });
    else if (t.word && isCapitalised(t) && tokens[k + 1]?.word && free(k + 1)) {
      // (A defined term of two words: "the Respondent State".)
      const two = bodies.get(`${t.text} ${(tokens[k + 1] as Token).text}`);
      if (two) {
        added.push({ from: k, to: k + 2, kind: "named", actor: two });
        k++;
      }
    }
  }
  if (added.length === 0) return found;
  return [...found, ...added].sort((a, b) => a.from - b.from);
}
