import { catalogIndex } from "../lexicon/catalogIndex";
import { WordSet } from "../lexicon/wordTags";
import type { CatalogEntry, InstrumentType } from "../model";
import { isCapitalised, type Token } from "../text/tokens";

/**
 * Instrument mentions in a sentence, each a token range with what it names:
 *  - catalog:   a catalog name, alias or acronym ("CTBT", "Paris Principles");
 *  - resolution: "Security Council resolution 2347 (2017)", "resolutions 1368 and 1373",
 *                "A/RES/60/288", "the draft resolution 'Title' (document A/C.1/71/L.1)";
 *  - named:     a capitalised name around a head noun ("Vancouver Principles", "ASEAN Convention
 *                on Counter Terrorism", "the UNESCO Action Plan"), resolved to the catalog by
 *                content words where it can be;
 *  - children:  "its two Protocols", "its 1967 Protocol" after a named convention;
 *  - anaphor:   "the Convention", "this treaty", "the document", "it" (resolved by a refiner to
 *                the instrument named before).
 */
export type InstrumentMentionKind = "catalog" | "resolution" | "named" | "children" | "anaphor";

export interface InstrumentMention {
  from: number;
  to: number;
  kind: InstrumentMentionKind;
  /** The instrument as written (for anaphors: filled in on resolution). */
  text: string;
  entry: CatalogEntry | null;
  type: InstrumentType;
  /** For anaphors: the head word that must agree with the antecedent ("convention", "resolution"). */
  head?: string;
  /** For weak names used as anaphors ("the Optional Protocol"): the text to keep if nothing precedes. */
  fallbackText?: string;
}

const HEAD_TYPES: Record<string, InstrumentType> = {
  convention: "treaty", treaty: "treaty", covenant: "treaty", agreement: "treaty", statute: "treaty", charter: "treaty",
  pact: "treaty", accord: "treaty", protocol: "protocol", protocols: "protocol", amendment: "protocol",
  declaration: "declaration", commitments: "declaration", principles: "principles", guidelines: "principles",
  code: "principles", strategy: "strategy", plan: "plan", programme: "plan", program: "plan", agenda: "plan",
  framework: "plan", decade: "other", resolution: "resolution", resolutions: "resolution", decision: "resolution",
};
const NAME_CONNECTORS = new Set(["of", "on", "for", "to", "and", "in", "the", "against", "relating", "concerning", "between", "with", "from", "by"]);
const LEADING_NOISE = new Set(["The", "In", "On", "During", "Also", "This", "That", "These", "Its", "A", "An", "And", "By", "For", "With", "As", "At", "After", "Following", "Under", "Both", "Our", "Their", "His", "Her", "My"]);
const TAIL_STARTERS = new Set(["on", "concerning", "relating", "regarding", "for", "against", "to"]);
const TAIL_STOP = new Set([
  "to", "and", "or", "which", "that", "who", "by", "with", "at", "as", "from", "is", "was", "were", "are", "has", "have",
  "had", "will", "would", "should", "shall", "may", "can", "could", "must", "but", "while", "when", "after", "before",
  "since", "during", "under", "within", "into", "through", "adopted", "signed", "ratified", "entered", "opened", "calling",
  "calls", "call", "urges", "emphasizes", "emphasises", "encourages", "decides", "requests", "welcomes", "notes", "recognizes",
  "recognises", "reaffirms", "expresses", "condemns", "stresses", "invites", "got", "gets", "received", "garnered", "pointing",
]);
const ANAPHOR_DETERMINERS = new WordSet(["the", "this", "that", "these", "those", "said", "such"]);
const ANAPHOR_MODIFIERS = new Set(["new", "ban", "above", "above-mentioned", "same", "draft", "present", "relevant", "recent", "latest", "two", "optional", "additional", "said", "whole"]);
const ANAPHOR_HEADS = new Set(["convention", "treaty", "protocol", "protocols", "resolution", "declaration", "principles", "amendment", "agreement", "statute", "covenant", "charter", "document", "instrument", "text", "strategy", "decision", "plan"]);
const CALENDAR = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const WEAK_NAME_WORDS = new Set(["optional", "additional", "new", "draft", "first", "second", "third", "two", "the", "this", "ban", "global"]);
const ROMAN = new Set(["I", "II", "III", "IV", "V"]);
const MAX_NAME_TOKENS = 30;
const MAX_TAIL_WORDS = 8;

// Hoisted out of the per-token loops below: a regex literal is a new object every time it runs.
const YEAR = /^\d{4}$/u;
const DIGIT_FIRST = /^\d/u;
const NUMBER = /^\d+$/u;
const PROTOCOLS = /^protocols?$/iu;

function joinText(view: string, tokens: readonly Token[], from: number, to: number): string {
  return view.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
}

const HEAD_TYPE_MAP = new Map<string, InstrumentType>(Object.entries(HEAD_TYPES));
/** The head nouns, as a word set: asked about every token. */
const HEADS = new WordSet(HEAD_TYPE_MAP.keys());

function typeOfHead(word: string): InstrumentType | null {
  return HEAD_TYPE_MAP.get(word.toLowerCase()) ?? null;
}

export function findInstruments(view: string, tokens: readonly Token[], from: number, to: number): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  const taken = new Uint8Array(to - from);
  const claim = (m: InstrumentMention) => {
    for (let i = m.from; i < m.to; i++) taken[i - from] = 1;
    out.push(m);
  };
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (taken[i - from]) return false;
    return true;
  };
  findResolutions(view, tokens, from, to).forEach((m) => free(m.from, m.to) && claim(m));
  const cat = catalogIndex();
  for (const m of cat.phrases.findAll(tokens, from, to)) {
    if (!free(m.from, m.to)) continue;
    const extended = extendName(view, tokens, m.from, m.to, to);
    const text = joinText(view, tokens, extended.from, extended.to);
    claim({ from: extended.from, to: extended.to, kind: "catalog", text, entry: m.value, type: m.value.type });
  }
  for (let i = from; i < to; i++) {
    if (taken[i - from]) continue;
    const t = tokens[i] as Token;
    const headType = HEADS.hasToken(t) ? HEAD_TYPE_MAP.get(t.lower) : undefined;
    if (!headType || headType === "resolution") continue;
    const named = namedAround(view, tokens, i, from, to, free);
    if (named) {
      claim(named);
      i = named.to - 1;
    }
  }
  for (let i = from; i < to; i++) {
    if (taken[i - from]) continue;
    const m = childrenAt(tokens, i, to) ?? anaphorAt(tokens, i, to);
    if (m && free(m.from, m.to)) {
      claim(m);
      i = m.to - 1;
    }
  }
  return mergeProtocolsOfParents(view, tokens, out.sort((a, b) => a.from - b.from), to);
}

/** "Optional Protocol" + "to the" + "Convention on the Rights of the Child ..." is one instrument. */
function mergeProtocolsOfParents(view: string, tokens: readonly Token[], mentions: InstrumentMention[], to: number): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k] as InstrumentMention;
    const b = mentions[k + 1];
    const lastWord = (tokens[a.to - 1] as Token).lower;
    if (b && (a.kind !== "anaphor" || a.fallbackText) && b.kind !== "anaphor" && b.kind !== "children" && /^(?:protocol|protocols|amendment|amendments)$/u.test(lastWord)) {
      const between = tokens.slice(a.to, b.from).map((t) => t.lower).join(" ");
      if (between === "to the" || between === "of the" || between === "to" || between === "of") {
        const ext = extendName(view, tokens, a.from, b.to, to);
        const text = joinText(view, tokens, ext.from, ext.to);
        const entry = catalogIndex().resolveByWords(text, "protocol");
        out.push({ from: ext.from, to: ext.to, kind: "named", text, entry, type: "protocol" });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** A capitalised name around a head noun at token `h`. */
function namedAround(view: string, tokens: readonly Token[], h: number, from: number, to: number, free: (a: number, b: number) => boolean): InstrumentMention | null {
  const head = tokens[h] as Token;
  if (!isCapitalised(head)) return null;
  let start = h;
  let capitalised = 0;
  // Left: capitalised words and years ("1954 Convention", "UNESCO Action Plan", "Optional Protocol").
  while (start - 1 >= from && h - start < 8) {
    const p = tokens[start - 1] as Token;
    if (!p.word || !free(start - 1, start)) break;
    if (YEAR.test(p.text) || (isCapitalised(p) && !LEADING_NOISE.has(p.text))) {
      start--;
      if (!DIGIT_FIRST.test(p.text)) capitalised++;
    } else break;
  }
  // "New Agenda Coalition", "Treaty Organization", "Convention Centre": the head is a modifier here.
  const follower = tokens[h + 1];
  if (follower && h + 1 < to && follower.word && isCapitalised(follower) && !ROMAN.has(follower.text) && !typeOfHead(follower.text) && !DIGIT_FIRST.test(follower.text) && follower.start - head.end <= 1) {
    return null;
  }
  // Right: connectors followed by capitalised words ("on the Prohibition of Nuclear Weapons").
  let end = h + 1;
  for (let j = h + 1; j < to && j - start < MAX_NAME_TOKENS; ) {
    let k = j;
    while (k < to && NAME_CONNECTORS.has((tokens[k] as Token).lower) && !isCapitalised(tokens[k] as Token)) k++;
    const w = tokens[k];
    if (!w || k >= to || !w.word || !isCapitalised(w) || !free(k, k + 1) || NUMBER.test(w.text) || CALENDAR.has(w.lower)) break;
    if (k > j && (tokens[j] as Token).lower === "and" && typeOfHead((tokens[k + 1] as Token | undefined)?.text ?? "")) break;
    end = k + 1;
    capitalised++;
    j = k + 1;
  }
  // Quoted part: Declaration of "Safe Schools".
  const q = tokens[end];
  if (q && (q.text === '"' || (q.lower === "of" && tokens[end + 1]?.text === '"'))) {
    const open = q.text === '"' ? end : end + 1;
    for (let k = open + 1; k < Math.min(to, open + 12); k++) {
      if ((tokens[k] as Token).text === '"') {
        end = k + 1;
        capitalised++;
        break;
      }
    }
  }
  // "Additional Protocols I and II" → handled as one mention; numerals kept in the text.
  while (end < to && ROMAN.has((tokens[end] as Token).text)) end++;
  if (capitalised === 0 && !/^\d{4}$/u.test((tokens[start] as Token).text)) return null;
  const ext = extendName(view, tokens, start, end, to);
  const text = joinText(view, tokens, ext.from, ext.to);
  const words = tokens.slice(ext.from, ext.to).filter((t) => t.word);
  if (words.every((t) => WEAK_NAME_WORDS.has(t.lower) || t === head)) {
    // "the Optional Protocol", "the new Treaty": a reference to the one named before.
    return { from: ext.from, to: ext.to, kind: "anaphor", text: "", entry: null, type: typeOfHead(head.text) ?? "other", head: head.lower, fallbackText: text };
  }
  const type = typeOfHead(head.text) ?? "other";
  const entry = catalogIndex().resolveByWords(text, type);
  return { from: ext.from, to: ext.to, kind: "named", text, entry, type: entry?.type ?? type };
}

/** Lower-case tail of a name ("... of the Child concerning involvement of children in armed conflict"). */
function extendName(view: string, tokens: readonly Token[], from: number, to: number, limit: number): { from: number; to: number } {
  const last = (tokens[to - 1] as Token).lower;
  // Acronym in parentheses right after the name: "(CPPNM)".
  if (tokens[to]?.text === "(" && tokens[to + 2]?.text === ")" && /^[A-Z][A-Za-z-]{1,9}$/u.test(tokens[to + 1]?.text ?? "")) {
    return { from, to: to + 3 };
  }
  if (!["child", "convention", "protocol", "children", "women", "terrorism"].includes(last)) return { from, to };
  const starter = tokens[to];
  if (!starter || !TAIL_STARTERS.has(starter.lower)) return { from, to };
  if (starter.lower === "to" && tokens[to + 1]?.lower !== "the") return { from, to };
  let end = to;
  let words = 0;
  for (let k = to + 1; k < limit && words < MAX_TAIL_WORDS; k++) {
    const t = tokens[k] as Token;
    if (!t.word || TAIL_STOP.has(t.lower) || DIGIT_FIRST.test(t.text)) break;
    if (isCapitalised(t) && t.lower !== "the") break;
    words++;
    if (!NAME_CONNECTORS.has(t.lower)) end = k + 1;
  }
  return words >= 2 ? { from, to: end } : { from, to };
}

/** "its two Protocols", "its 1967 Protocol", "its Optional Protocols". */
function childrenAt(tokens: readonly Token[], i: number, to: number): InstrumentMention | null {
  const t = tokens[i] as Token;
  if (t.lower !== "its" && t.lower !== "their") return null;
  let k = i + 1;
  while (k < to && k - i <= 3 && !PROTOCOLS.test((tokens[k] as Token).text)) k++;
  if (k >= to || k - i > 3) return null;
  const between = tokens.slice(i + 1, k).map((x) => x.lower);
  if (!between.every((w) => /^(?:two|three|both|optional|additional|\d{4})$/u.test(w))) return null;
  return { from: i, to: k + 1, kind: "children", text: tokens.slice(i, k + 1).map((x) => x.text).join(" "), entry: null, type: "protocol", head: "protocol" };
}

function anaphorAt(tokens: readonly Token[], i: number, to: number): InstrumentMention | null {
  const t = tokens[i] as Token;
  if (!ANAPHOR_DETERMINERS.hasToken(t)) return null;
  let k = i + 1;
  while (k < to && ANAPHOR_MODIFIERS.has((tokens[k] as Token).lower) && k - i < 3) k++;
  const head = tokens[k];
  if (!head || k >= to || !ANAPHOR_HEADS.has(head.lower)) return null;
  const next = tokens[k + 1];
  // "the Convention on X" is a name, handled above; "the document of the session" is not an anaphor.
  if (next && (next.lower === "of" || next.lower === "on") && head.lower !== "convention") return null;
  const type = typeOfHead(head.lower) ?? "other";
  return { from: i, to: k + 1, kind: "anaphor", text: "", entry: null, type, head: head.lower };
}

/** Resolutions by number, symbol or quoted title. */
function findResolutions(view: string, tokens: readonly Token[], from: number, to: number): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  const cat = catalogIndex();
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.lower === "resolution" || t.lower === "resolutions" || (t.lower === "decision" && tokens[i - 1]?.lower === "draft")) {
      const m = resolutionAt(view, tokens, i, from, to, cat);
      if (m.length > 0) {
        out.push(...m);
        i = (m[m.length - 1] as InstrumentMention).to - 1;
      }
    }
  }
  return out;
}

const BODY_WORDS = new Set(["security", "council", "general", "assembly", "human", "rights", "un", "sc", "unsc", "ga", "unga", "hrc", "united", "nations", "'s", "s", "'", "councils", "new", "draft"]);

function resolutionAt(view: string, tokens: readonly Token[], i: number, from: number, to: number, cat: ReturnType<typeof catalogIndex>): InstrumentMention[] {
  // Body words before: "UN Security Council", "Security", "General Assembly", "Councils' new".
  let start = i;
  while (start - 1 >= from && BODY_WORDS.has((tokens[start - 1] as Token).lower) && i - start < 6) start--;
  if (start < i && (tokens[start] as Token).lower === "new") start++;
  const prefix = tokens.slice(start, i).map((x) => x.lower).join(" ");
  const body = /security|sc\b|unsc/u.test(prefix) ? "UN Security Council" : /assembly|\bga\b|unga/u.test(prefix) ? "UN General Assembly" : /human rights|hrc/u.test(prefix) ? "UN Human Rights Council" : null;
  const out: InstrumentMention[] = [];
  // Numbers: "resolution 2347 (2017)", "Resolutions 1368 and 1373", "resolution 51/210".
  let k = i + 1;
  const numbers: Array<{ from: number; to: number; n: string }> = [];
  while (k < to) {
    const nTok = tokens[k] as Token;
    if (!/^\d{1,4}$/u.test(nTok.text)) break;
    let n = nTok.text;
    let e = k + 1;
    if (tokens[e]?.text === "/" && /^\d{1,4}$/u.test(tokens[e + 1]?.text ?? "")) {
      n += `/${(tokens[e + 1] as Token).text}`;
      e += 2;
    }
    if (tokens[e]?.text === "(" && /^\d{4}$/u.test(tokens[e + 1]?.text ?? "") && tokens[e + 2]?.text === ")") e += 3;
    numbers.push({ from: k, to: e, n });
    k = e;
    if (tokens[k]?.text === "," || tokens[k]?.lower === "and") k++;
    else break;
  }
  if (numbers.length > 0) {
    numbers.forEach((num, idx) => {
      const entry = (cat.resolutions.get(num.n) ?? []).find((e) => !body || e.body === body) ?? null;
      const label = `${body ? body.replace(/^UN /u, "") + " " : ""}resolution ${num.n}`;
      const text = numbers.length === 1 ? joinText(view, tokens, start, num.to) : idx === 0 ? joinText(view, tokens, start, num.to) : label;
      out.push({ from: idx === 0 ? start : num.from, to: num.to, kind: "resolution", text, entry, type: "resolution" });
    });
    return out;
  }
  // Titled: resolution [on|entitled] "Title" (document A/C.1/71/L.1), or resolution on <topic>.
  let e = i + 1;
  if (["on", "entitled", "titled", "called"].includes(tokens[e]?.lower ?? "")) e++;
  if (tokens[e]?.lower === "the" && tokens[e + 1]?.text === '"') e++;
  const q = tokens[e];
  if (q && (q.text === '"' || q.text === "'")) {
    for (let c = e + 1; c < Math.min(to, e + 60); c++) {
      const ct = tokens[c] as Token;
      if (ct.text === q.text && (c + 1 >= to || !(tokens[c + 1] as Token).word || (tokens[c + 1] as Token).start > ct.end)) {
        let end = c + 1;
        if (tokens[end]?.text === "(") {
          for (let d = end + 1; d < Math.min(to, end + 20); d++) if ((tokens[d] as Token).text === ")") { end = d + 1; break; }
        }
        return [{ from: start, to: end, kind: "resolution", text: joinText(view, tokens, start, end), entry: null, type: "resolution" }];
      }
    }
  }
  if (tokens[i + 1]?.lower === "on") {
    let end = i + 1;
    let words = 0;
    for (let c = i + 2; c < to && words < MAX_TAIL_WORDS; c++) {
      const ct = tokens[c] as Token;
      if (!ct.word || TAIL_STOP.has(ct.lower)) break;
      words++;
      if (!NAME_CONNECTORS.has(ct.lower)) end = c + 1;
    }
    if (words >= 1 && end > i + 1) return [{ from: start, to: end, kind: "resolution", text: joinText(view, tokens, start, end), entry: null, type: "resolution" }];
  }
  if (start < i && /council|assembly/u.test(prefix) && /new|draft/u.test(prefix)) {
    return [{ from: start, to: i + 1, kind: "resolution", text: joinText(view, tokens, start, i + 1), entry: null, type: "resolution" }];
  }
  return out;
}
