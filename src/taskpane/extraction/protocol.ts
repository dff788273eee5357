/** Messages between the pane and its extraction worker. */
import type { DocumentExtraction, RawDocument } from "../../core";

export interface ExtractRequest {
  type: "extract";
  docs: RawDocument[];
}

export type WorkerMessage =
  | { type: "progress"; index: number; fraction: number }
  | { type: "document"; index: number; result: DocumentExtraction }
  | { type: "error"; index: number; message: string }
  | { type: "finished" };
