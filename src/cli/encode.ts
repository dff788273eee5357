/**
 * A document's extraction as the text the output needs (JSON or CSV), made where it is extracted:
 * in a worker thread the records are then passed back as one string, not as thousands of objects
 * for the main thread to rebuild and then write out again.
 */
import { CommitmentSchema, DocumentMetaSchema, extractDocument, type DocumentExtraction, type DocumentMeta, type RawDocument } from "../core";
import { csvRows, jsonRecords } from "./formats";
import { nodeSha256 } from "./nodeHash";

export type Encoding = "json" | "csv";

export interface EncodedExtraction {
  document: DocumentMeta;
  /** The records as jsonRecords or csvRows give them ("" for none). */
  encoded: string;
  /** How many records, by action, in order of first appearance (for the run's summary). */
  actions: Array<[string, number]>;
}

/** Records checked against the schema by each thread before they are written out (every document is): the contract, without paying for every row. */
export const VALIDATED_RECORDS = 200;
let validated = 0;

export function encodeExtraction(result: DocumentExtraction, encoding: Encoding): EncodedExtraction {
  DocumentMetaSchema.parse(result.document);
  const counts = new Map<string, number>();
  for (const c of result.commitments) {
    counts.set(c.action, (counts.get(c.action) ?? 0) + 1);
    if (validated < VALIDATED_RECORDS) {
      CommitmentSchema.parse(c);
      validated++;
    }
  }
  return { document: result.document, encoded: encoding === "json" ? jsonRecords(result.commitments) : csvRows(result.commitments), actions: [...counts] };
}

/** One document's extraction, as objects or (with `encode`) as output text. */
export function extractOne(doc: RawDocument, minConfidence: number, encode: Encoding | undefined): DocumentExtraction | EncodedExtraction {
  const result = extractDocument(doc, { minConfidence, sha256: nodeSha256 });
  return encode ? encodeExtraction(result, encode) : result;
}
