/**
 * Checklists: the instruments an actor is expected to have joined, so the gap rules can say
 * which have no evidence at all (CHECKLIST_MISSING). The user fills a Checklist table (actor,
 * instrument; a blank actor means every state); the built-in lists below cover the
 * instrument families the bundled corpus is about. Items are catalog ids.
 */
import { catalogById } from "../lexicon/catalog";
import { officeCell, UnreadableCell } from "../tables/cells";

export interface ChecklistItem {
  /** The actor the item is for; null for every state. */
  actor: string | null;
  /** A catalog id, name, alias or acronym, or any instrument as written. */
  instrument: string;
}

export interface Checklist {
  name: string;
  title: string;
  items: ChecklistItem[];
}

function builtIn(name: string, title: string, ids: readonly string[]): Checklist {
  for (const id of ids) if (!catalogById(id)) throw new Error(`built-in checklist ${name} names ${id}, which is not in the catalog`);
  return { name, title, items: ids.map((instrument) => ({ actor: null, instrument })) };
}

export const BUILT_IN_CHECKLISTS: readonly Checklist[] = [
  builtIn("counter-terrorism", "The universal counter-terrorism instruments", [
    "tokyo-convention",
    "hague-1970",
    "montreal-1971",
    "ipp-convention",
    "hostages-convention",
    "cppnm",
    "airports-protocol",
    "sua-convention",
    "sua-fixed-platforms",
    "plastic-explosives",
    "terrorist-bombings",
    "terrorism-financing",
    "icsant",
    "cppnm-amendment",
    "sua-2005",
    "sua-fixed-platforms-2005",
    "beijing-convention",
    "beijing-protocol",
    "montreal-protocol-2014",
  ]),
  builtIn("children-armed-conflict", "Children and armed conflict", ["crc-opac", "paris-principles", "vancouver-principles", "safe-schools-declaration"]),
  builtIn("hague-1954", "The 1954 Hague Convention and its Protocols", ["hague-1954", "hague-1954-p1", "hague-1954-p2"]),
  builtIn("human-rights-core", "The core international human rights treaties and their optional protocols", [
    "icerd",
    "iccpr",
    "iccpr-op1",
    "iccpr-op2",
    "icescr",
    "icescr-op",
    "cedaw",
    "cedaw-op",
    "cat",
    "opcat",
    "crc",
    "crc-opac",
    "crc-opsc",
    "crc-opic",
    "icmw",
    "crpd",
    "crpd-op",
    "cped",
  ]),
];

export function builtInChecklist(name: string): Checklist | undefined {
  const key = name.trim().toLowerCase();
  return BUILT_IN_CHECKLISTS.find((c) => c.name === key);
}

/** Bounds on a user's checklist, so a stray selection of a whole column stays cheap. */
export const MAX_CHECKLIST_ITEMS = 5000;

export class ChecklistError extends Error {
  override name = "ChecklistError";
}

/**
 * A checklist from a grid with a header row ("Instrument", and optionally "Actor"), as a
 * Checklist table, a CSV file or a range gives it. Blank rows are skipped.
 */
export function checklistFromGrid(grid: readonly (readonly unknown[])[], name = "checklist"): Checklist {
  const header = (grid[0] ?? []).map((h) => (typeof h === "string" ? h.trim().toLowerCase() : ""));
  const instrumentAt = header.indexOf("instrument");
  const actorAt = header.indexOf("actor");
  if (instrumentAt < 0)
    throw new ChecklistError(`the checklist has no "Instrument" column in its first row (found: ${header.filter(Boolean).join(", ") || "nothing"})`);
  const items: ChecklistItem[] = [];
  for (const [i, row] of grid.slice(1).entries()) {
    // A cell with no value (an error such as #N/A, a formula without its value) is not skipped: the list would silently lose an item.
    for (const [at, column] of [
      [instrumentAt, "Instrument"],
      [actorAt, "Actor"],
    ] as const) {
      const cell = at >= 0 ? officeCell(row[at]) : null;
      if (cell instanceof UnreadableCell) throw new ChecklistError(`row ${i + 2}: ${column}: ${cell.reason}`);
    }
    const instrument = cellString(row[instrumentAt]);
    if (instrument === "") continue;
    const actor = actorAt >= 0 ? cellString(row[actorAt]) : "";
    items.push({ actor: actor === "" ? null : actor, instrument });
    if (items.length > MAX_CHECKLIST_ITEMS) throw new ChecklistError(`the checklist has more than ${MAX_CHECKLIST_ITEMS.toLocaleString("en")} items; split it`);
  }
  return { name, title: name, items };
}

/** A range cell as text: strings trimmed, numbers as written, anything else (blank, error, boolean) "". */
export function cellString(value: unknown): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

/** Every built-in's name, for error messages and help. */
export function builtInNames(): string {
  return BUILT_IN_CHECKLISTS.map((c) => c.name).join(", ");
}
