// Gold annotations in both shapes /work/shared/gold/ uses, normalised to one GoldRecord:
// - seeds.gold.json: actor a string or a list, action a list, aliases, alt_quotes, required, repeatable, optional negated;
// - dev/gold.json (flat): actor a string, action a string, negated a bool, every record required.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { ActionSchema, PartialDateSchema, type Action } from "../core/model";

export interface GoldRecord {
  doc: string;
  /** Acceptable names of the actor (any one may match). */
  actors: string[];
  /** Acceptable actions (any one may match). */
  actions: Action[];
  instrument: string;
  aliases: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD as the document states it, else null. */
  date: string | null;
  quote: string;
  altQuotes: string[];
  /** Missing it costs recall (default true). */
  required: boolean;
  /** Several extracted records may match it (default false). */
  repeatable: boolean;
  /** The text says it is NOT done, or only planned/hedged (default false). */
  negated: boolean;
}

const nonEmpty = z.string().trim().min(1);
/** A single value or a non-empty list of them, read as a list (an error then names the bad item, e.g. "action.1"). */
const oneOrMany = <T extends z.ZodType>(item: T) => z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(item).min(1));

/** One gold record in either shape; unknown fields are ignored. */
export const GoldInputSchema = z.object({
  doc: nonEmpty,
  actor: oneOrMany(nonEmpty),
  action: oneOrMany(ActionSchema),
  instrument: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  date: PartialDateSchema.nullable().default(null),
  quote: z.string().default(""),
  alt_quotes: z.array(z.string()).default([]),
  required: z.boolean().default(true),
  repeatable: z.boolean().default(false),
  negated: z.boolean().default(false),
});

export class GoldFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GoldFormatError";
  }
}

function normalise(input: z.output<typeof GoldInputSchema>): GoldRecord {
  return {
    doc: input.doc,
    actors: input.actor,
    actions: [...new Set(input.action)],
    instrument: input.instrument,
    aliases: input.aliases,
    date: input.date,
    quote: input.quote,
    altQuotes: input.alt_quotes,
    required: input.required,
    repeatable: input.repeatable,
    negated: input.negated,
  };
}

/**
 * Validates parsed gold JSON (an array of records in either shape) and normalises it.
 * Throws GoldFormatError naming the source, the record index, its doc and the field at fault.
 */
export function parseGold(json: unknown, source = "gold"): GoldRecord[] {
  if (!Array.isArray(json)) throw new GoldFormatError(`${source}: expected an array of gold records, got ${json === null ? "null" : typeof json}`);
  return json.map((item: unknown, index) => {
    const result = GoldInputSchema.safeParse(item);
    if (result.success) return normalise(result.data);
    const doc = typeof item === "object" && item !== null && "doc" in item ? ` (doc ${JSON.stringify((item as { doc: unknown }).doc)})` : "";
    const problems = result.error.issues.map((issue) => `field "${issue.path.map(String).join(".") || "(record)"}": ${issue.message}`).join("; ");
    throw new GoldFormatError(`${source}: record #${index}${doc}: ${problems}`);
  });
}

/** Reads and validates one gold file (UTF-8 JSON). */
export function readGoldFile(path: string): GoldRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new GoldFormatError(`${path}: cannot read gold JSON: ${(error as Error).message}`);
  }
  return parseGold(json, path);
}
