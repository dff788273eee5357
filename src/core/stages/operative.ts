import type { Segment } from "../text/sentences";
import type { Token } from "../text/tokens";
import { bodyPhraseAt } from "./adoption";
import type { Actor } from "./actors";
import type { ActorGroup } from "./groups";
import type { Sentence } from "./linkParts";

/**
 * Operative paragraphs: a decision, resolution or declaration states its subject once, in a preamble that ends with a colon or
 * a comma ("The Second Conference of States Parties to the Kampala Convention, meeting in Lusaka at ministerial level:", "The
 * General Assembly,"), and each numbered paragraph after it opens with the subject's verb ("3. Adopts the Lusaka Plan of Action
 * …;", "2. Welcome the Brazil Declaration …;", "5. Calls upon the Member States …"). Such a paragraph's subject is the preamble's:
 * the pipeline gives it to the paragraph as a group of no width at the verb, where a subject stands.
 */

/** The verbs that open operative paragraphs, in the third person ("Adopts") and in the plural ("Adopt"). */
const OPERATIVE_STEMS = [
  "adopt",
  "call",
  "reaffirm",
  "encourage",
  "welcome",
  "urge",
  "decide",
  "request",
  "invite",
  "endorse",
  "commend",
  "note",
  "recall",
  "take",
  "appeal",
  "approve",
  "support",
  "renew",
  "reiterate",
  "acknowledge",
  "recognize",
  "recognise",
  "agree",
  "commit",
  "pledge",
  "exhort",
  "emphasize",
  "emphasise",
  "underline",
  "affirm",
  "declare",
  "condemn",
  "entrust",
];
const OPERATIVE_VERBS: ReadonlySet<string> = new Set([...OPERATIVE_STEMS.flatMap((v) => [v, `${v}s`]), "express", "expresses"]);

/**
 * A paragraph's opening verb, as text: a capitalised operative verb followed by a word ("Encourages States to …"), or an
 * infinitive after "To", as the Organization of American States writes them ("1. To urge member states …").
 */
const OPERATIVE_OPENING = /^\s*(?:\d{1,3}\.\s+|\(?[a-z0-9]{1,3}\)\s+)?(To\s(?=\p{Ll}))?(\p{L}\p{Ll}+)\s+\p{L}/u;
/**
 * A preambular paragraph, which opens with a participle or an adjective of the subject's state of mind ("Recalling its resolution
 * …,", "Mindful of …,"): no preamble of its own; and the verb line between the subject and its paragraphs ("RESOLVES:", "Decides:"),
 * which keeps the subject stated before it.
 */
const PREAMBULAR =
  /^\s*(?:\p{L}+ing|mindful|aware|convinced|concerned|conscious|deeply|gravely|alarmed|determined|desirous|guided|cognizant|cognisant)(?!\p{L})/iu;
const VERB_LINE = /^\s*\p{L}+:\s*$/u;
/** A segment that is only a paragraph's number ("1.", "(a)", "12)"). */
const NUMBER_ONLY = /^\s*\(?[0-9a-z]{1,3}[.)]\s*$/u;
/** A preamble ends its sentence with a colon, or is a subject alone followed by a comma ("The General Assembly,"). */
const PREAMBLE_END = /[:,]\s*$/u;
/** A paragraph's number or letter as a token ("1", "12", "a" of "(a)"). */
const NUMBERING = /^(?:\d{1,3}|[a-z])$/u;
/** A preamble opens with its subject: a capitalised word ("The Conference …", "We, the Ministers …"), not a list's item. */
const PREAMBLE_START = /^\s*\p{Lu}/u;
/** How many tokens a comma-ended preamble may hold (a subject alone). */
const MAX_COMMA_PREAMBLE = 12;
/** How far after a preamble (in segments) its first operative paragraph may come (past preambular paragraphs in between). */
const PREAMBLE_REACH = 30;

/** Whether a segment's text opens with an operative verb ("Adopts the …", "1. Calls upon …"). */
export function opensOperative(text: string): boolean {
  const m = OPERATIVE_OPENING.exec(text);
  if (m === null) return false;
  const verb = m[2] as string;
  // (An infinitive is in lower case after "To"; a third-person verb opens its paragraph capitalised.)
  return (m[1] ? verb === verb.toLowerCase() : /^\p{Lu}/u.test(verb)) && OPERATIVE_VERBS.has(verb.toLowerCase());
}

/**
 * For each segment that opens with an operative verb under a preamble, the preamble's index: a segment ending with a colon or a
 * comma, followed within reach by such paragraphs (numbers and other paragraphs may come between). The text alone decides;
 * the preamble's subject is read once its sentence is analysed (`preambleSubject`).
 */
export function operativeParagraphs(view: string, segments: readonly Segment[]): Map<number, number> {
  const out = new Map<number, number>();
  let preamble = -1;
  let last = -1;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as Segment;
    const text = view.slice(seg.start, seg.end);
    if (NUMBER_ONLY.test(text)) continue;
    if (opensOperative(text)) {
      if (preamble >= 0 && i - last <= PREAMBLE_REACH) {
        out.set(i, preamble);
        last = i;
      }
      continue;
    }
    if (PREAMBLE_END.test(text) && PREAMBLE_START.test(text) && !PREAMBULAR.test(text)) {
      if (VERB_LINE.test(text) && preamble >= 0) {
        last = i;
        continue;
      }
      preamble = i;
      last = i;
    }
  }
  return out;
}

/** Title words a subject's name may open with before the organisation ("The Heads of State and Government of …"). */
const TITLE_LINKS = new Set(["of", "the", "and"]);

/**
 * The actor a preamble states as its subject: a body's name at its start ("The Second Conference of States Parties to the
 * Kampala Convention"), or the organisation it opens with, past title words ("The General Assembly", "The Heads of State and
 * Government of the Community of Latin American and Caribbean States (CELAC)"); null when it opens with neither, or when a comma
 * ends a preamble longer than a subject.
 */
export function preambleSubject(s: Sentence, view: string): Actor | null {
  const text = view.slice(s.start, s.end).trimEnd();
  if (text.endsWith(",") && s.to - s.from > MAX_COMMA_PREAMBLE) return null;
  const first = s.groups[0];
  if (first && titleWordsBefore(s.tokens, s.from, first.from)) {
    const actor = first.members.length === 1 ? first.members[0]?.actor : null;
    if (actor) return actor;
  }
  const body: ActorGroup | null = bodyPhraseAt(s, s.from);
  return body?.members[0]?.actor ?? null;
}

/** Whether tokens [from, to) are capitalised title words and links only ("The Heads of State and Government of the"). */
function titleWordsBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.word || !(TITLE_LINKS.has(t.lower) || /^\p{Lu}/u.test(t.text))) return false;
  }
  return to - from <= 8;
}

/** The group of no width at an operative paragraph's verb that stands for its subject, or null when it opens with no verb. */
export function operativeSubject(s: Sentence, actor: Actor): ActorGroup | null {
  let v = s.from;
  // (Past a paragraph's own number: "1. Adopts", "(a) Calls upon".)
  while (v < s.to && (!(s.tokens[v] as Token).word || NUMBERING.test((s.tokens[v] as Token).text))) v++;
  // ("1. To urge member states …": the infinitive's verb.)
  if (s.tokens[v]?.text === "To" && v + 1 < s.to) v++;
  const t = s.tokens[v];
  if (!t || !OPERATIVE_VERBS.has(t.lower)) return null;
  return { from: v, to: v, members: [{ from: v, to: v, kind: "named", actor }], eligible: true };
}
