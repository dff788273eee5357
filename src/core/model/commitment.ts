import { z } from "zod";
import { DocumentMetaSchema } from "./document";
import { ActionSchema, InstrumentTypeSchema, PartialDateSchema, PolaritySchema } from "./vocabulary";

export const SourceSpanSchema = z.object({
  doc: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Always exactly `documentText.slice(start, end)`. */
  quote: z.string(),
});
export type SourceSpan = z.infer<typeof SourceSpanSchema>;

export const CommitmentSchema = z
  .object({
    id: z.string().min(1),
    actor: z.string().min(1),
    action: ActionSchema,
    /** The instrument as the document names it (a later "the Convention" resolved to its earlier name). */
    instrument: z.string().min(1),
    instrumentId: z.string().nullable(),
    instrumentName: z.string().nullable(),
    instrumentType: InstrumentTypeSchema,
    date: PartialDateSchema.nullable(),
    polarity: PolaritySchema,
    confidence: z.number().min(0).max(1),
    source: SourceSpanSchema,
    /** The pipeline stages that produced this record, so a wrong row can be explained. */
    stages: z.array(z.string()).default([]),
  })
  .refine((c) => c.source.end >= c.source.start, { message: "source.end must not precede source.start" });
export type Commitment = z.infer<typeof CommitmentSchema>;

export const ExtractionSchema = z.object({
  documents: z.array(DocumentMetaSchema),
  commitments: z.array(CommitmentSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
