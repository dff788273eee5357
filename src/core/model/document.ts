import { z } from "zod";

export const DocumentMetaSchema = z.object({
  /** File name (or a caller-chosen id) that `source.doc` refers to. */
  id: z.string().min(1),
  title: z.string(),
  /** The document's own date (dateline or metadata), YYYY-MM-DD, else null. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/u)
    .nullable(),
  url: z.string().nullable(),
  /** SHA-256 of the document's text as extracted from (hex). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
