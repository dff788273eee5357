/**
 * Is a document in English? The extractor reads English only, so a French or Russian statement
 * gives no commitments; this says why, instead of a bare "0 commitments". A cheap check, not a
 * language identifier: the share of a sample's words that are among the commonest function
 * words of English and of a few other languages of diplomatic documents, and the script its
 * letters are written in. A text too short to tell, or one where English holds its own (a
 * bilingual page), counts as English: the check only ever adds a note, it never drops text.
 */
export interface LanguageCheck {
  english: boolean;
  /** What it looks like when not English: "French", "Spanish", …, or a script ("Cyrillic script"). */
  language: string | null;
}

/** Characters read: the start of a document says what language it is in (some 1,000 words). */
const SAMPLE_CHARS = 6_000;
/** Fewer words than this: too short to tell. */
const MIN_WORDS = 20;
/** Another language's function words must cover this share of the words… */
const MIN_SHARE = 0.12;
/** …and English's less than this fraction of that share. */
const ENGLISH_RATIO = 0.5;

const FUNCTION_WORDS: Record<string, string> = {
  English: "the of and to in is that for on with as by was has have it its this are be from at which an were will their not",
  French: "le la les des et du de un une est que qui dans pour sur au aux par pas avec ce il sont été cette ses leur",
  Spanish: "el la los las de del y que en un una por con para es se al su sus como ha fue lo este esta",
  Portuguese: "o a os as de do da dos das e que em um uma para com não por no na ao foi pelo pela seu sua",
  German: "der die das und ist den dem des ein eine zu mit von im auf für sich nicht auch wurde werden hat",
  Italian: "il la di che e del della per un una con sono non nel alla gli le ha dei delle è",
  Dutch: "de het een en van in is dat op te zijn voor met niet werd door aan ook bij",
};

const LANGUAGES = Object.keys(FUNCTION_WORDS);
/** Each function word → the languages (indexes into LANGUAGES) it belongs to: one lookup per word of the sample. */
const WORD_LANGUAGES = new Map<string, number[]>();
Object.values(FUNCTION_WORDS).forEach((words, language) => {
  for (const w of words.split(" ")) WORD_LANGUAGES.set(w, [...(WORD_LANGUAGES.get(w) ?? []), language]);
});

const SCRIPTS: Array<[string, RegExp]> = [
  ["Cyrillic script", /\p{Script=Cyrillic}/u],
  ["Arabic script", /\p{Script=Arabic}/u],
  ["Chinese or Japanese script", /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Korean script", /\p{Script=Hangul}/u],
  ["Greek script", /\p{Script=Greek}/u],
  ["Hebrew script", /\p{Script=Hebrew}/u],
  ["Devanagari script", /\p{Script=Devanagari}/u],
  ["Thai script", /\p{Script=Thai}/u],
];

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
/** The longest function word: a longer word is counted, never looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...WORD_LANGUAGES.keys()].map((w) => w.length));

/** Is the character at `i` (a code point, maybe two code units) a letter? ASCII answered without a regex. */
function letterAt(text: string, i: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/** The sample's words (runs of letters, as /\p{L}+/u finds them): how many, their first characters' scripts, and the function words among them. */
interface WordCounts {
  words: number;
  latin: number;
  /** Words in another script, by script, in the order first met. */
  other: Map<string, number>;
  /** Function words of each language (indexes into LANGUAGES). */
  hits: number[];
}

/** The script of a word's first code unit, when it is not Latin. */
function otherScript(first: string): string {
  return SCRIPTS.find(([, re]) => re.test(first))?.[0] ?? "a non-Latin script";
}

/** One pass over the lower-cased sample: no array of words, no regex for ASCII, a lookup only for words short enough to be function words. */
function countWords(sample: string): WordCounts {
  const counts: WordCounts = { words: 0, latin: 0, other: new Map(), hits: new Array<number>(LANGUAGES.length).fill(0) };
  let i = 0;
  while (i < sample.length) {
    const code = sample.charCodeAt(i);
    if (!letterAt(sample, i, code)) {
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length ? 2 : 1;
      continue;
    }
    const start = i;
    while (i < sample.length) {
      const c = sample.charCodeAt(i);
      if (!letterAt(sample, i, c)) break;
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length ? 2 : 1;
    }
    counts.words++;
    // Script: the first letter of each word (cheap, and enough: a word is written in one script).
    if (code < 0x80 || LATIN.test(sample[start] as string)) counts.latin++;
    else {
      const script = otherScript(sample[start] as string);
      counts.other.set(script, (counts.other.get(script) ?? 0) + 1);
    }
    if (i - start <= LONGEST_FUNCTION_WORD) {
      for (const language of WORD_LANGUAGES.get(sample.slice(start, i)) ?? []) counts.hits[language] = (counts.hits[language] as number) + 1;
    }
  }
  return counts;
}

export function checkLanguage(text: string): LanguageCheck {
  const { words, latin, other, hits } = countWords(text.slice(0, SAMPLE_CHARS).toLowerCase());
  if (words < MIN_WORDS) return { english: true, language: null };
  const [script, count] = [...other].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (count > latin) return { english: false, language: script };
  const english = (hits[0] as number) / words; // LANGUAGES[0] is English
  let best = 0;
  hits.forEach((n, language) => {
    if (n > (hits[best] as number)) best = language;
  });
  const bestShare = (hits[best] as number) / words;
  if (best !== 0 && bestShare >= MIN_SHARE && english < bestShare * ENGLISH_RATIO) return { english: false, language: LANGUAGES[best] as string };
  return { english: true, language: null };
}
