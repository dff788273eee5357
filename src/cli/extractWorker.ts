/**
 * A worker of the CLI's extraction pool (pool.ts): extracts the documents it is sent, one message
 * per batch, and answers with their extractions in the same order.
 */
import { parentPort } from "worker_threads";
import { extractDocument, type DocumentExtraction, type RawDocument } from "../core";
import { nodeSha256 } from "./nodeHash";

export interface WorkerBatch {
  batch: number;
  docs: RawDocument[];
  minConfidence: number;
}

export interface WorkerAnswer {
  batch: number;
  results?: DocumentExtraction[];
  error?: string;
}

parentPort?.on("message", (message: WorkerBatch) => {
  let answer: WorkerAnswer;
  try {
    answer = { batch: message.batch, results: message.docs.map((doc) => extractDocument(doc, { minConfidence: message.minConfidence, sha256: nodeSha256 })) };
  } catch (error) {
    answer = { batch: message.batch, error: (error as Error).stack ?? String(error) };
  }
  parentPort?.postMessage(answer);
});
