import { z } from "zod";
import { InstrumentTypeSchema } from "./vocabulary";

/** One entry of the instrument catalog (src/core/lexicon/catalog/). */
export const CatalogEntrySchema = z.object({
  /** Stable, lower-case, hyphenated id, e.g. "icsant", "crc-opac", "unsc-res-2347". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  /** Canonical full name. */
  name: z.string().min(3),
  /** Other full or partial names a document may use (not acronyms). */
  aliases: z.array(z.string().min(3)).default([]),
  /** Acronyms, matched case-sensitively as whole words (e.g. "CTBT", "OPAC"). */
  acronyms: z.array(z.string().min(2)).default([]),
  type: InstrumentTypeSchema,
  /** Year the text was adopted or opened for signature. */
  adopted: z.number().int().min(1800).max(2100).nullable(),
  /** Adopting body or forum, e.g. "UN General Assembly", "UNESCO". */
  body: z.string().nullable(),
  /** For protocols and amendments: the id of the parent instrument. */
  parent: z.string().optional(),
  /** Its number in the Council of Europe Treaty Series ("ETS No. 5", "CETS No. 210"), for a document that names it so. */
  cets: z.number().int().positive().optional(),
});
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
export const CatalogSchema = z.array(CatalogEntrySchema);
