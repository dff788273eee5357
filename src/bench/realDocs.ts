/**
 * Real documents for `npm run bench -- --docs DIR`: the files the CLI reads in those folders, read
 * the way it reads them (src/cli/files.ts: the same formats, decoding and format from the
 * extension), each file one document. The passes go over them in turn, again and again, until the
 * corpus size is reached: the throughput of real text, one extractDocument call per file, never
 * one document made of all of them.
 */
import { readInputs } from "../cli/files";
import { BYTES_PER_MB } from "./corpus";
import type { BenchDocument } from "./passes";

export interface RealDocuments {
  docs: BenchDocument[];
  /** What the reader said about files it skipped or decoded with replacements. */
  notes: string[];
}

export async function readRealDocuments(dirs: readonly string[]): Promise<RealDocuments> {
  const read = await readInputs(dirs);
  const docs = read.docs.map((doc) => ({ ...doc, bytes: Buffer.byteLength(doc.text, "utf8") }));
  return { docs, notes: read.notes };
}

/**
 * The documents in their order, from the first again after the last, until at least `mb` MB have
 * been yielded (as generateCorpus stops). Each is a fresh copy, so that nothing keyed by the
 * document object outlives one pass over it. Nothing when the documents hold no text at all.
 */
export function* cycleDocuments(docs: readonly BenchDocument[], mb: number): Generator<BenchDocument, void, undefined> {
  if (!docs.some((doc) => doc.bytes > 0)) return;
  const limit = mb * BYTES_PER_MB;
  let total = 0;
  for (let index = 0; total < limit; index++) {
    const doc = docs[index % docs.length] as BenchDocument;
    total += doc.bytes;
    yield { ...doc };
  }
}
