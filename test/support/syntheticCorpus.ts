/**
 * Synthetic extraction results of any size, in the shapes of src/core/model: unique ids, real
 * catalog instruments, and every quote exactly `text.slice(start, end)`. Deterministic.
 */
import { createHash } from "crypto";
import { ACTIONS, CATALOG, type Commitment, type DocumentExtraction } from "../../src/core";

const ACTORS = ["Kazakhstan", "Norway", "Chile", "Ghana", "Viet Nam", "New Zealand", "Austria", "Mexico", "Senegal", "Mongolia"];
const POLARITIES = ["affirmed", "affirmed", "affirmed", "planned", "negated"] as const;

export interface SyntheticOptions {
  /** The document id (default "doc-000n.txt"). */
  id?: string;
  /** Commitments in the document (default 3). */
  commitments?: number;
  /** Sentences per paragraph (default 3). */
  perParagraph?: number;
  /** The document's address (default a web address; null for none). */
  url?: string | null;
  /** Replaces the actor of every commitment (hostile strings go here). */
  actor?: string;
  /** Put at the start of every sentence, so it lands in Evidence and Source Text (hostile strings go here). */
  lead?: string;
  /** Replaces the title. */
  title?: string;
  /** Changes the text (and so the hash) without changing the commitments' ids. */
  edition?: number;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Document number `n` (ids "doc-000n.txt", commitment ids unique across documents). */
export function syntheticDoc(n: number, options: SyntheticOptions = {}): DocumentExtraction {
  const { commitments: count = 3, perParagraph = 3, lead = "" } = options;
  const id = options.id ?? `doc-${String(n).padStart(4, "0")}.txt`;
  const title = options.title ?? `Statement ${n} on treaty commitments${options.edition ? ` (edition ${options.edition})` : ""}`;
  let text = `${title}\n\nAstana, 12 March 2021\n\n`;
  const commitments: Commitment[] = [];
  for (let k = 0; k < count; k++) {
    const entry = CATALOG[(n * 7 + k) % CATALOG.length] as (typeof CATALOG)[number];
    const action = ACTIONS[(n + k) % ACTIONS.length] as (typeof ACTIONS)[number];
    const actor = options.actor ?? (ACTORS[(n + 3 * k) % ACTORS.length] as string);
    const date = `20${10 + ((n + k) % 14)}-0${1 + (k % 9)}-1${k % 10}`;
    const sentence = `${lead}${actor} ${action} the ${entry.name} on ${date}, the Ministry of Foreign Affairs said in a statement issued after the session in Geneva.`;
    const start = text.length;
    text += sentence;
    commitments.push({
      id: `c-${(n * 100_000 + k).toString(16).padStart(16, "0")}`,
      actor,
      action,
      instrument: entry.name,
      instrumentId: entry.id,
      instrumentName: entry.name,
      instrumentType: entry.type,
      date,
      polarity: POLARITIES[(n + k) % POLARITIES.length] as (typeof POLARITIES)[number],
      confidence: 0.5 + ((n + k) % 5) / 10,
      source: { doc: id, start, end: text.length, quote: sentence },
      stages: ["synthetic"],
    });
    text += (k + 1) % perParagraph === 0 ? "\n\n" : " ";
  }
  text += `\n\nEnd of statement ${n}.${options.edition ? ` Revised (${options.edition}).` : ""}\n`;
  const url = options.url === undefined ? `https://www.mfa.example.org/en/press/news/details/${n}` : options.url;
  return { document: { id, title, date: "2021-03-12", url, sha256: sha256(text) }, text, commitments };
}

/** `docs` documents of `perDoc` commitments each. */
export function syntheticCorpus(docs: number, perDoc: number, options: SyntheticOptions = {}): DocumentExtraction[] {
  return Array.from({ length: docs }, (_, i) => syntheticDoc(i + 1, { ...options, commitments: perDoc }));
}
