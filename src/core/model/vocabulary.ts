import { z } from "zod";

/** SPEC.md's action vocabulary, in strength order within each level. */
export const ACTIONS = [
  "ratified",
  "acceded",
  "party",
  "signed",
  "co-sponsored",
  "supported",
  "endorsed",
  "committed",
  "adopted",
  "called-for",
  "welcomed",
] as const;
export const ActionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof ActionSchema>;

/** Actions that mean consent to be bound: a wrong one is the worst error the tracker can make. */
export const BINDING_ACTIONS: ReadonlySet<Action> = new Set(["ratified", "acceded", "party"]);

export const PolaritySchema = z.enum(["affirmed", "negated", "planned"]);
export type Polarity = z.infer<typeof PolaritySchema>;

export const INSTRUMENT_TYPES = ["treaty", "protocol", "resolution", "declaration", "principles", "strategy", "plan", "other"] as const;
export const InstrumentTypeSchema = z.enum(INSTRUMENT_TYPES);
export type InstrumentType = z.infer<typeof InstrumentTypeSchema>;

/** YYYY, YYYY-MM or YYYY-MM-DD: the precision the document gives, never more. */
export const PartialDateSchema = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, "date must be YYYY, YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.infer<typeof PartialDateSchema>;
