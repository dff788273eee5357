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

/** Characters read: the start of a document says what language it is in. */
const SAMPLE_CHARS = 20_000;
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

const LISTS: Array<[string, Set<string>]> = Object.entries(FUNCTION_WORDS).map(([language, words]) => [language, new Set(words.split(" "))]);

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

const WORD = /\p{L}+/gu;
const LATIN = /\p{Script=Latin}/u;

export function checkLanguage(text: string): LanguageCheck {
  const sample = text.slice(0, SAMPLE_CHARS);
  const words = sample.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return { english: true, language: null };
  // Script: the first letter of each word (cheap, and enough: a word is written in one script).
  let latin = 0;
  const other = new Map<string, number>();
  for (const w of words) {
    if (LATIN.test(w[0] as string)) latin++;
    else {
      const script = SCRIPTS.find(([, re]) => re.test(w[0] as string))?.[0] ?? "a non-Latin script";
      other.set(script, (other.get(script) ?? 0) + 1);
    }
  }
  const [script, count] = [...other].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (count > latin) return { english: false, language: script };
  const share = new Map<string, number>();
  for (const [language, list] of LISTS) {
    let n = 0;
    for (const w of words) if (list.has(w)) n++;
    share.set(language, n / words.length);
  }
  const english = share.get("English") ?? 0;
  let best = "English";
  for (const [language, s] of share) if (s > (share.get(best) ?? 0)) best = language;
  const bestShare = share.get(best) ?? 0;
  if (best !== "English" && bestShare >= MIN_SHARE && english < bestShare * ENGLISH_RATIO) return { english: false, language: best };
  return { english: true, language: null };
}
