import { ORGANISATIONS } from "../lexicon/organisations";
import { Caseless } from "../text/caseless";
import { tokenizePhrase } from "../text/tokens";

/**
 * A cheap necessary condition for "the Committee" / "the Assembly" references: can sentence i
 * name an organisation whose name holds the head word? Walking back over up to 40 sentences and
 * analysing each in full only to find none was a third of all sentence analysis.
 *
 * An organisation mention is one of the organisation's names, aliases or acronyms, as tokens
 * whose lower-cased text is the phrase's (see PhraseIndex), so the sentence holds every word of
 * that phrase. One word per phrase is enough to test: the head word when the phrase has it
 * ("Committee" in "Sixth Committee"), else its longest word ("ICRC"). A sentence whose text
 * holds none of the head's test words (matched case-insensitively) cannot name such an
 * organisation, so its analysis is skipped; all other sentences are analysed as before.
 */
function testWords(head: string): string[] | null {
  const words = new Set<string>();
  for (const org of ORGANISATIONS) {
    if (head !== "organisation" && !org.name.toLowerCase().includes(head)) continue;
    for (const phrase of [org.name, ...org.aliases, ...org.acronyms]) {
      const keys = tokenizePhrase(phrase).map((t) => t.lower);
      const longest = keys.reduce((a, b) => (b.length > a.length ? b : a), "");
      if (longest) words.add(keys.includes(head) ? head : longest);
    }
  }
  // A head no catalogued organisation's name holds ("coalition") is found only in names the text itself gives, which hold the word.
  if (words.size === 0 && head !== "organisation" && head !== "body") words.add(head);
  // A token whose lower-cased text is an ASCII word surely matches that word under /iu; beyond
  // ASCII, lower-casing and case folding may disagree, so such heads are never skipped.
  return [...words].every((w) => /^[\x21-\x7e]+$/u.test(w)) ? [...words] : null;
}

const patterns = new Map<string, Caseless | null>();

function patternFor(head: string): Caseless | null {
  if (!patterns.has(head)) {
    const words = testWords(head)?.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
    patterns.set(head, words && words.length > 0 ? new Caseless(new RegExp(words.join("|"), "iu")) : null);
  }
  return patterns.get(head) ?? null;
}

const UNKNOWN = 0;
const MAY = 1;
const CANNOT = 2;

export class OrganisationHints {
  /** Per head, per sentence: UNKNOWN, MAY or CANNOT. */
  private readonly answers = new Map<string, Uint8Array>();

  constructor(
    private readonly view: string,
    private readonly sentences: ReadonlyArray<{ start: number; end: number }>,
  ) {}

  /** False only when sentence `i` certainly names no organisation whose name holds `head`. */
  mayName(i: number, head: string): boolean {
    const re = patternFor(head);
    if (!re) return true;
    let answers = this.answers.get(head);
    if (!answers) this.answers.set(head, (answers = new Uint8Array(this.sentences.length)));
    if (answers[i] === UNKNOWN) {
      // A mention's tokens all lie inside its sentence, so the sentence's own text holds its words.
      const seg = this.sentences[i] as { start: number; end: number };
      const text = this.view.slice(seg.start, seg.end);
      answers[i] = re.for(text).test(text) ? MAY : CANNOT;
    }
    return answers[i] === MAY;
  }
}
