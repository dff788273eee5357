import type { Token } from "../text/tokens";
import type { ActorGroup } from "./groups";
import { draft, type Rule, type Sentence } from "./linkParts";

/**
 * A meetings report's introducer: "Introducing the draft, the representative of Georgia said …", "Introducing draft resolution
 * A/77/L.58, the Prime Minister of Vanuatu, X, said …", "Presenting the text on behalf of its sponsors, the representative of Canada
 * said …". The participle opening the sentence shares the subject of the clause after its comma, and whoever introduces a text
 * sponsors it. Only a text: "Introducing the report, the Special Rapporteur said …" introduces no draft.
 */

/** The participles of introducing a text, at the start of a sentence. */
const INTRODUCING = new Set(["introducing", "presenting"]);
/** Words of a text introduced by reference ("the draft", "the text", "the draft resolution", "it"). */
const TEXT_WORDS = new Set(["draft", "text", "resolution", "decision", "it"]);
/** Words that may open a sentence before its participle: a paragraph's number, a bullet. */
const OPENING_MARKS = /^(?:\d{1,3}\.?|[-•*])$/u;
/** How far into the main clause its subject's State may be named ("Bruno Rodríguez Parrilla, Minister for Foreign Affairs of Cuba"). */
const SUBJECT_REACH = 14;

/** Whether the cue is an opening participle of introducing. */
function opensSentence(s: Sentence, at: number): boolean {
  if (!INTRODUCING.has((s.tokens[at] as Token).lower)) return false;
  for (let k = s.from; k < at; k++) if (!OPENING_MARKS.test((s.tokens[k] as Token).text)) return false;
  return true;
}

/** The main clause's subject, the first group of States after the participle's phrase (past its "on behalf of …"), or null. */
function mainSubject(s: Sentence, comma: number): ActorGroup | null {
  for (const g of s.groups) {
    if (g.from <= comma || g.from - comma > SUBJECT_REACH) continue;
    if (s.tokens[g.from - 1]?.lower === "of" && s.tokens[g.from - 2]?.lower === "behalf") continue;
    return g.members.every((m) => m.actor?.kind === "state") ? g : null;
  }
  return null;
}

export const introducing: Rule = (s, cue) => {
  if (cue.def.action !== "co-sponsored" || !opensSentence(s, cue.from)) return null;
  // The object: a text named right after the participle, or one by reference ("the draft", "the text").
  let at = cue.to;
  if (s.tokens[at]?.lower === "the") at++;
  const named = s.instruments.find((m) => m.from === cue.to || m.from === at);
  if (!named && !TEXT_WORDS.has(s.tokens[at]?.lower ?? "")) return null;
  // (A text: a resolution or a draft by name, or a reference by a text's word, not "the document", "the report".)
  if (named && (named.kind === "anaphor" ? !TEXT_WORDS.has(named.head ?? "") : named.type !== "resolution")) return null;
  let comma = -1;
  for (let k = named ? named.to : at; k < s.to && comma < 0; k++) {
    const t = (s.tokens[k] as Token).text;
    if (t === ";" || t === ":") return null;
    // (Past the brackets of a symbol: "Introducing the draft (A/C.3/79/L.24), the representative …".)
    if (t === ",") comma = k;
  }
  if (comma < 0) return null;
  // (An aside of its own before the subject: "on behalf of its main sponsors, Brazil and Germany, the representative of Brazil".)
  let subjectComma = comma;
  if (s.tokens.slice(cue.to, comma).some((t) => t.lower === "behalf")) {
    const g = s.groups.find((x) => x.from === comma + 1);
    if (g && s.tokens[g.to]?.text === ",") subjectComma = g.to;
  }
  const subject = mainSubject(s, subjectComma);
  if (!subject) return null;
  return draft(s, cue, "introducer", subject, named ? [named] : [], !named, cue.from);
};
