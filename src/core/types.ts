import type { Commitment, DocumentMeta } from "./model";

/** A document as the core receives it: already decoded to a string, never read from disk here. */
export interface RawDocument {
  /** File name or caller-chosen id; becomes `DocumentMeta.id` and `source.doc`. */
  id: string;
  text: string;
  /** How to read `text`; "html" is turned into plain text first (offsets then refer to that text). */
  format?: "text" | "markdown" | "html";
}

export interface ExtractOptions {
  /** Records with confidence under this are dropped (default 0: keep all). */
  minConfidence?: number;
  /**
   * SHA-256 (hex) of a string, for the document hash. Defaults to a pure-JS implementation;
   * Node callers may pass `node:crypto`'s, which is much faster on large documents.
   */
  sha256?: (text: string) => string;
  /**
   * Told how far the pass over the document's sentences has got (`done` of `total`), every few
   * hundred sentences and once at the end: for a progress bar on a large document.
   */
  onProgress?: (done: number, total: number) => void;
}

/** One document's result. `text` is the string every `source.start/end` indexes into. */
export interface DocumentExtraction {
  document: DocumentMeta;
  text: string;
  commitments: Commitment[];
}
