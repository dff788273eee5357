/**
 * The commands' common first step: read the documents of the paths given and extract them, each
 * document going to the extraction pool (pool.ts) as soon as it is read, so the cores extract
 * while the rest of a folder is read. A file given twice is read once.
 */
import type { DocumentExtraction, RawDocument } from "../core";
import { readInputs, type ReadResult } from "./files";
import type { EncodedExtraction, Encoding } from "./encode";
import { DocumentSet } from "./output";
import { ExtractionPool } from "./pool";

export interface ReadAndExtract<R = DocumentExtraction> {
  /** What reading found to say (skipped files, decodings, languages, duplicates), in order. */
  notes: string[];
  read: ReadResult;
  /** One per document read, in order; null when no document could be read. */
  results: R[] | null;
}

export interface RunOptions {
  minConfidence: number;
  /** A line rewritten in place on a terminal ("" clears it); none when standard error is not one. */
  progress?: ((line: string) => void) | undefined;
  /** Threads for extraction (default: every core); 1 extracts in this thread. */
  threads?: number;
}

/** Reads and extracts, each document's records coming back as the output's text (encode.ts). */
export function readAndEncode(paths: readonly string[], options: RunOptions, encode: Encoding): Promise<ReadAndExtract<EncodedExtraction>> {
  return run<EncodedExtraction>(paths, options, encode);
}

export function readAndExtract(paths: readonly string[], options: RunOptions): Promise<ReadAndExtract> {
  return run<DocumentExtraction>(paths, options, undefined);
}

async function run<R extends DocumentExtraction | EncodedExtraction>(
  paths: readonly string[],
  options: RunOptions,
  encode: Encoding | undefined,
): Promise<ReadAndExtract<R>> {
  const unique = new DocumentSet();
  const docs: RawDocument[] = [];
  const sizes: number[] = [];
  const pool = new ExtractionPool<R>({
    minConfidence: options.minConfidence,
    ...(encode && { encode }),
    ...(options.threads !== undefined && { threads: options.threads }),
    ...(options.progress && { onProgress: progressReporter(options.progress, sizes) }),
  });
  let read: ReadResult;
  try {
    read = await readInputs(paths, {}, (doc) => {
      if (!unique.add(doc)) return;
      docs.push(doc);
      sizes.push(doc.text.length);
      pool.push(doc);
    });
  } catch (e) {
    await pool.close();
    throw e;
  }
  const notes = [...read.notes, ...unique.notes];
  if (pool.size === 0) {
    await pool.close();
    return { notes, read, results: null };
  }
  read.docs = docs;
  const results = await pool.finish();
  for (const r of results) {
    const failed = (r as { failed?: string }).failed;
    if (failed !== undefined) notes.push(`${r.document.id}: extraction failed (${failed}); it is listed with no commitments. Please report this document.`);
  }
  return { notes, read, results };
}

/**
 * Progress for runs over a few seconds: "120 of 357 documents, 4.1 MB/s", at most four times a
 * second, then cleared. `sizes` are the documents' lengths, in order, as they are read.
 */
export function progressReporter(progress: (line: string) => void, sizes: readonly number[]): (done: number, total: number) => void {
  const started = Date.now();
  let last = 0;
  let bytesDone = 0;
  let counted = 0;
  return (done, total) => {
    while (counted < done) bytesDone += sizes[counted++] ?? 0;
    const now = Date.now();
    if (now - started < 2000 || (now - last < 250 && done < total)) return;
    last = now;
    const rate = bytesDone / 1e6 / Math.max(0.001, (now - started) / 1000);
    progress(done < total ? `${done} of ${total} documents, ${rate.toFixed(1)} MB/s` : "");
  };
}
