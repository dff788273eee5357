import type { z } from "zod";
import type { CatalogEntrySchema } from "../../model/instrument";

/**
 * What a catalog data file writes: the schema's input shape, so `aliases` and `acronyms`
 * may be left out (they default to []). index.ts parses every entry once at load.
 */
export type CatalogEntryInput = z.input<typeof CatalogEntrySchema>;
