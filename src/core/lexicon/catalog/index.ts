import { CatalogSchema, type CatalogEntry } from "../../model/instrument";
import { COUNTER_TERRORISM } from "./counterTerrorism";
import { CRIME } from "./crime";
import { CULTURE } from "./culture";
import { DISARMAMENT } from "./disarmament";
import { ECONOMIC } from "./economic";
import { ENVIRONMENT } from "./environment";
import { HEALTH } from "./health";
import { HUMANITARIAN } from "./humanitarian";
import { HUMAN_RIGHTS } from "./humanRights";
import { LABOUR } from "./labour";
import { POLITICAL } from "./political";
import { RESOLUTIONS } from "./resolutions";
import { TRANSPORT } from "./transport";

export type { CatalogEntryInput } from "./entryInput";

/**
 * Parses the domain files' entries (filling defaults) and checks what the schema cannot:
 * ids are unique and every `parent` names an entry. Throws on the first problem, naming it,
 * so a bad edit to a data file fails at load rather than as a silent mis-resolution.
 */
export function buildCatalog(inputs: readonly unknown[]): readonly CatalogEntry[] {
  const entries = CatalogSchema.parse(inputs);
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new Error(`Instrument catalog: duplicate id "${entry.id}"; give one of the entries another id.`);
    ids.add(entry.id);
  }
  for (const entry of entries) {
    if (entry.parent !== undefined && !ids.has(entry.parent)) {
      throw new Error(`Instrument catalog: entry "${entry.id}" has parent "${entry.parent}", which is not a catalog id.`);
    }
  }
  return Object.freeze(entries.map((entry) => Object.freeze(entry)));
}

/** Every catalog entry, validated once at module load. */
export const CATALOG: readonly CatalogEntry[] = buildCatalog([
  ...HUMAN_RIGHTS,
  ...COUNTER_TERRORISM,
  ...CRIME,
  ...DISARMAMENT,
  ...HUMANITARIAN,
  ...CULTURE,
  ...ENVIRONMENT,
  ...POLITICAL,
  ...LABOUR,
  ...HEALTH,
  ...ECONOMIC,
  ...TRANSPORT,
  ...RESOLUTIONS,
]);

const BY_ID: ReadonlyMap<string, CatalogEntry> = new Map(CATALOG.map((entry) => [entry.id, entry]));

/** The catalog entry with this id, or undefined. */
export function catalogById(id: string): CatalogEntry | undefined {
  return BY_ID.get(id);
}
