/**
 * A document's extraction as the text the output needs (JSON or CSV), made where it is extracted:
 * in a worker thread the records are then passed back as one string, not as thousands of objects
 * for the main thread to rebuild and then write out again.
 */
import {
  CommitmentSchema,
  describeDocument,
  DocumentMetaSchema,
  extractDocument,
  prepareText,
  type DocumentExtraction,
  type DocumentMeta,
  type RawDocument,
} from "../core";
import { csvRows, jsonRecords } from "./formats";
import { nodeSha256 } from "./nodeHash";

export type Encoding = "json" | "csv";

export interface EncodedExtraction {
  document: DocumentMeta;
  /** The records as jsonRecords or csvRows give them ("" for none). */
  encoded: string;
  /** How many records, by action, in order of first appearance (for the run's summary). */
  actions: Array<[string, number]>;
  /** Set when extraction failed on this document (see extractOne). */
  failed?: string;
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

/** An extraction that says, when it has no records because extraction failed, why. */
export type CheckedExtraction = DocumentExtraction & { failed?: string };

/**
 * One document's extraction, as objects or (with `encode`) as output text. An error inside the
 * extractor (a defect, not the document's fault) costs this document's records only: it is listed
 * with none and `failed` says why, so that a run over a folder keeps every other document.
 */
export function extractOne(doc: RawDocument, minConfidence: number, encode: Encoding | undefined): CheckedExtraction | EncodedExtraction {
  let result: CheckedExtraction;
  try {
    result = extractDocument(doc, { minConfidence, sha256: nodeSha256 });
  } catch (e) {
    result = failedExtraction(doc, e);
  }
  if (!encode) return result;
  const encoded: EncodedExtraction = encodeExtraction(result, encode);
  if (result.failed !== undefined) encoded.failed = result.failed;
  return encoded;
}

function failedExtraction(doc: RawDocument, e: unknown): CheckedExtraction {
  const failed = e instanceof Error ? e.message : String(e);
  let text = doc.text;
  let meta = { title: doc.id, date: null as string | null, url: null as string | null };
  try {
    text = prepareText(doc);
    meta = describeDocument(doc);
  } catch {
    // The document's metadata failed too: its name stands for its title.
  }
  return { document: { id: doc.id, title: meta.title, date: meta.date, url: meta.url, sha256: nodeSha256(text) }, text, commitments: [], failed };
}
