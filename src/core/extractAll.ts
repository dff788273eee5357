import { ExtractionSchema, type Extraction } from "./model";
import { extractDocument } from "./pipeline";
import type { ExtractOptions, RawDocument } from "./types";

/** Extract many documents into the SPEC's JSON shape, validated with zod on the way out. */
export function extractAll(docs: Iterable<RawDocument>, options: ExtractOptions = {}): Extraction {
  const out: Extraction = { documents: [], commitments: [] };
  for (const doc of docs) {
    const r = extractDocument(doc, options);
    out.documents.push(r.document);
    out.commitments.push(...r.commitments);
  }
  return ExtractionSchema.parse(out);
}
