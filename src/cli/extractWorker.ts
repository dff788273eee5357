/**
 * A worker of the CLI's extraction pool (pool.ts): extracts the documents it is sent, one message
 * per batch, and answers with their extractions in the same order (as objects, or as the output's
 * text when the batch asks for it).
 */
import { parentPort } from "worker_threads";
import type { DocumentExtraction, RawDocument } from "../core";
import { extractOne, type EncodedExtraction, type Encoding } from "./encode";

export interface WorkerBatch {
  batch: number;
  docs: RawDocument[];
  minConfidence: number;
  /** Answer with the records as output text (encode.ts) rather than as objects. */
  encode?: Encoding;
}

export interface WorkerAnswer {
  batch: number;
  results?: Array<DocumentExtraction | EncodedExtraction>;
  error?: string;
}

parentPort?.on("message", (message: WorkerBatch) => {
  let answer: WorkerAnswer;
  try {
    answer = { batch: message.batch, results: message.docs.map((doc) => extractOne(doc, message.minConfidence, message.encode)) };
  } catch (error) {
    answer = { batch: message.batch, error: (error as Error).stack ?? String(error) };
  }
  parentPort?.postMessage(answer);
});
