/**
 * Extraction on every core: documents go to a pool of worker threads (one per available core) in
 * batches of about BATCH_BYTES, and come back in input order, the same extractions a serial run
 * gives (extraction is a pure function of the document). Small inputs, or a runtime where the
 * compiled worker is not at hand, are extracted in this thread instead.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { extractDocument, type DocumentExtraction, type RawDocument } from "../core";
import { nodeSha256 } from "./nodeHash";
import type { WorkerAnswer, WorkerBatch } from "./extractWorker";

/** About this much text per message: big enough to amortise a message, small enough to balance the cores. */
export const BATCH_BYTES = 256 * 1024;
/** Below this much text a pool costs more (threads start in ~0.1 s each) than it saves. */
export const MIN_PARALLEL_BYTES = 1024 * 1024;

export interface PoolOptions {
  minConfidence: number;
  /** Threads to use (default: os.availableParallelism()); 1 extracts in this thread. */
  threads?: number;
  /** Called after each batch with documents done so far and their total. */
  onProgress?: (done: number, total: number) => void;
  /** The worker script (default: the compiled one beside this module); for tests. */
  script?: string | null;
  /** Text below which the documents are extracted in this thread (default MIN_PARALLEL_BYTES). */
  minParallelBytes?: number;
  /** Text per batch (default BATCH_BYTES). */
  batchBytes?: number;
}

/** The compiled worker beside this module (lib/cli/extractWorker.js), or null under ts-jest/tsx. */
export function workerScript(): string | null {
  const file = path.join(__dirname, "extractWorker.js");
  return fs.existsSync(file) ? file : null;
}

/** Documents cut into batches of about `bytes` characters, in order. */
export function batches(docs: readonly RawDocument[], bytes = BATCH_BYTES): RawDocument[][] {
  const out: RawDocument[][] = [];
  let current: RawDocument[] = [];
  let size = 0;
  for (const doc of docs) {
    current.push(doc);
    size += doc.text.length;
    if (size >= bytes) {
      out.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

function serial(docs: readonly RawDocument[], options: PoolOptions): DocumentExtraction[] {
  const out: DocumentExtraction[] = [];
  for (const doc of docs) {
    out.push(extractDocument(doc, { minConfidence: options.minConfidence, sha256: nodeSha256 }));
    options.onProgress?.(out.length, docs.length);
  }
  return out;
}

/** Extracts `docs` on a pool of worker threads; results in input order. */
export async function extractOnCores(docs: readonly RawDocument[], options: PoolOptions): Promise<DocumentExtraction[]> {
  const total = docs.reduce((n, d) => n + d.text.length, 0);
  const script = options.script === undefined ? workerScript() : options.script;
  const work = batches(docs, options.batchBytes);
  const threads = Math.min(options.threads ?? os.availableParallelism(), work.length);
  if (!script || threads <= 1 || total < (options.minParallelBytes ?? MIN_PARALLEL_BYTES)) return serial(docs, options);

  const results: DocumentExtraction[][] = new Array(work.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: threads }, () => new Worker(script));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= work.length) {
                resolve();
                return;
              }
              const batch = next++;
              worker.postMessage({ batch, docs: work[batch] as RawDocument[], minConfidence: options.minConfidence } satisfies WorkerBatch);
            };
            worker.on("message", (answer: WorkerAnswer) => {
              if (answer.error !== undefined || !answer.results) {
                reject(new Error(`extraction failed in a worker: ${answer.error ?? "no result"}`));
                return;
              }
              results[answer.batch] = answer.results;
              done += answer.results.length;
              options.onProgress?.(done, docs.length);
              send();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (next < work.length || code !== 0) reject(new Error(`an extraction worker stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
