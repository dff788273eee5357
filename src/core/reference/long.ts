/** A plain long table, one act per row (actor, instrument, action, date), its columns found by an adjustable mapping of headers. */
import { actOf } from "./acts";
import { parseStatusDate, slashOrder } from "./dates";
import { noteOf } from "./footnotes";
import { cellText, checkSize, MAX_CELL, readCells, ReferenceImportError, type Grid } from "./grid";
import type { ImportProblem, ImportResult, ReferenceRecord } from "./record";
import { participant, resolveGiven, type ImportOptions } from "./participants";
import { UnreadableCell } from "../tables/cells";

/** Which column holds what, in a long table (headers, case-insensitive). */
export interface LongMapping {
  actor: string;
  instrument: string;
  action: string;
  date: string;
}

export const DEFAULT_LONG_MAPPING: LongMapping = { actor: "actor", instrument: "instrument", action: "action", date: "date" };

/** Reads a long table: one act per row (actor, instrument, action, date), columns found by the mapping's headers. */
export function importLongTable(table: Grid, mapping: LongMapping = DEFAULT_LONG_MAPPING, options: ImportOptions = {}): ImportResult {
  checkSize(table, "the table is empty");
  const grid = readCells(table);
  const header = ((grid[0] ?? []) as readonly unknown[]).map((c) => cellText(c).toLowerCase());
  const at = (name: string) => header.indexOf(name.trim().toLowerCase());
  const missing = (Object.keys(mapping) as (keyof LongMapping)[]).filter((k) => at(mapping[k]) < 0 && !(k === "instrument" && options.instrument));
  if (missing.length > 0)
    throw new ReferenceImportError(
      `no ${missing.map((k) => `"${mapping[k]}"`).join(", ")} column in the first row (found: ${header.filter(Boolean).join(", ") || "nothing"}); adjust the column mapping`,
    );
  const given = options.instrument?.trim() ? resolveGiven(options.instrument) : null;
  const slashes = slashOrder(grid.slice(1).map((row) => row[at(mapping.date)]));
  const records: ReferenceRecord[] = [];
  const problems: ImportProblem[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const line = r + 1;
    const get = (k: keyof LongMapping) => (at(mapping[k]) >= 0 ? cellText(row[at(mapping[k])]) : "");
    const unreadable = (Object.keys(mapping) as (keyof LongMapping)[]).find((k) => row[at(mapping[k])] instanceof UnreadableCell);
    if (unreadable) {
      problems.push({ line, reason: `${mapping[unreadable]}: ${(row[at(mapping[unreadable])] as UnreadableCell).reason}` });
      continue;
    }
    if (["actor", "instrument", "action", "date"].every((k) => get(k as keyof LongMapping) === "")) continue;
    const raw = get("actor");
    if (raw === "" || raw.length > MAX_CELL) {
      problems.push({ line, reason: raw === "" ? "no actor" : "the actor cell is too long to be a name" });
      continue;
    }
    const instrument = given ?? (get("instrument") ? resolveGiven(get("instrument")) : null);
    if (!instrument) {
      problems.push({ line, reason: "no instrument" });
      continue;
    }
    const act = actOf(get("action"));
    if (!act) {
      problems.push({ line, reason: `action "${get("action")}" is not signature, ratification, acceptance, approval, accession or succession` });
      continue;
    }
    const parsed = parseStatusDate(row[at(mapping.date)], slashes);
    if (parsed === null || typeof parsed === "string") {
      problems.push({ line, reason: parsed === null ? "no date" : parsed });
      continue;
    }
    const who = participant(raw);
    if (!who.known) problems.push({ line, reason: `"${who.written}" is not a state or organisation the tracker knows; kept as written` });
    const note = noteOf([...who.footnotes, ...(parsed.footnotes ?? [])], who.bracketed);
    records.push({
      actor: who.name,
      instrumentId: instrument.id,
      instrument: instrument.name,
      act: parsed.suffixAct ?? act,
      date: parsed.date,
      ...(note ? { note } : {}),
      source: options.source ?? "long table",
    });
  }
  const first = records[0];
  return {
    records,
    problems,
    instrumentId: given?.id ?? first?.instrumentId ?? null,
    instrument: given?.name ?? first?.instrument ?? "",
    layout: "long table",
  };
}

/** Whether the first row names a long table's columns (actor, action, date). */
export function isLongTable(grid: Grid): boolean {
  const header = ((grid[0] ?? []) as readonly unknown[]).map((c) => cellText(c).toLowerCase());
  return [DEFAULT_LONG_MAPPING.actor, DEFAULT_LONG_MAPPING.action, DEFAULT_LONG_MAPPING.date].every((h) => header.includes(h));
}
