/**
 * The pane's status matrix and timeline (pure: no React, no Office). The grid is the core's
 * statusMatrix over the extraction as reviewed (the one CT.MATRIX and the Matrix sheet compute),
 * its columns the chosen checklist's instruments when there is one (as `commitments matrix
 * --checklist` does), then narrowed to the actors and instruments picked in the filters. The
 * timeline is the core's timelineCounts (the Timeline sheet's rule) over the records of the
 * actors and instruments the grid shows.
 */
import type { VerticalStackedChartProps } from "@fluentui/react-charts";
import {
  instrumentLabel,
  STATUS_LEVELS,
  statusMatrix,
  TIMELINE_LEVELS,
  timelineCounts,
  type Checklist,
  type EvidenceIndex,
  type InstrumentRef,
  type ReferenceIndex,
  type StatusMatrix,
  type TimelineYear,
} from "../../core";

/** What the filters pick: actors by name and instruments by column label; empty means all. */
export interface MatrixFilters {
  actors: readonly string[];
  instruments: readonly string[];
}

export const NO_FILTERS: MatrixFilters = { actors: [], instruments: [] };

export interface PaneMatrix {
  /** The grid as filtered. */
  matrix: StatusMatrix;
  /** Every actor and instrument the filters offer (the grid's before filtering). */
  actors: string[];
  instruments: InstrumentRef[];
}

/** The checklist's instruments, in its order, each once. */
export function checklistInstruments(checklist: Checklist): string[] {
  return [...new Set(checklist.items.map((item) => item.instrument))];
}

/** The grid over every actor with a record, under the checklist's instruments (or every one with a record), then filtered. */
export function paneMatrix(index: EvidenceIndex, checklist: Checklist | null, reference: ReferenceIndex | null, filters: MatrixFilters): PaneMatrix {
  const full = statusMatrix(index, { instruments: checklist ? checklistInstruments(checklist) : null, reference });
  const actorSet = new Set(filters.actors);
  const instrumentSet = new Set(filters.instruments);
  const rows = full.actors.map((a, i) => i).filter((i) => actorSet.size === 0 || actorSet.has(full.actors[i] as string));
  const cols = full.instruments
    .map((r, j) => j)
    .filter((j) => instrumentSet.size === 0 || instrumentSet.has(instrumentLabel(full.instruments[j] as InstrumentRef)));
  const matrix: StatusMatrix = {
    actors: rows.map((i) => full.actors[i] as string),
    instruments: cols.map((j) => full.instruments[j] as InstrumentRef),
    cells: rows.map((i) => cols.map((j) => full.cells[i]?.[j] as StatusMatrix["cells"][number][number])),
  };
  return { matrix, actors: full.actors, instruments: full.instruments };
}

/** The filters without the picks the grid no longer offers (after a checklist change or a new extraction). */
export function liveFilters(filters: MatrixFilters, offered: PaneMatrix): MatrixFilters {
  const actors = new Set(offered.actors);
  const instruments = new Set(offered.instruments.map(instrumentLabel));
  return { actors: filters.actors.filter((a) => actors.has(a)), instruments: filters.instruments.filter((i) => instruments.has(i)) };
}

/** Affirmed acts per year by level (the Timeline sheet's rule) of the actors and instruments in the grid. */
export function paneTimeline(index: EvidenceIndex, matrix: StatusMatrix): TimelineYear[] {
  const actors = new Set(matrix.actors.map((a) => index.actorKey(a)));
  const instruments = new Set(matrix.instruments.map((i) => i.key));
  return timelineCounts(index.records.filter((r) => actors.has(index.actorKey(r.actor)) && instruments.has(index.instrumentOf(r).key)));
}

/** One line for the timeline: "7 affirmed acts from 2005 to 2020: 2 Bound, 0 Signed, 5 Political." */
export function describeTimeline(years: readonly TimelineYear[]): string {
  if (years.length === 0) return "No dated, affirmed act in the grid.";
  const totals = TIMELINE_LEVELS.map((_, j) => years.reduce((n, y) => n + (y.counts[j] ?? 0), 0));
  const all = totals.reduce((a, b) => a + b, 0);
  const span = years.length === 1 ? `in ${years[0]?.year}` : `from ${years[0]?.year} to ${years[years.length - 1]?.year}`;
  return `${all} affirmed ${all === 1 ? "act" : "acts"} ${span}: ${TIMELINE_LEVELS.map((s, j) => `${totals[j]} ${s.header}`).join(", ")}.`;
}

/** One line for the grid: "5 actors × 18 instruments: 4 Bound, 1 Signed, …" (the levels with cells). */
export function describeMatrix(matrix: StatusMatrix): string {
  const counts = new Map<string, number>();
  let conflicting = 0;
  for (const row of matrix.cells)
    for (const cell of row) {
      counts.set(cell.level, (counts.get(cell.level) ?? 0) + 1);
      if (cell.conflicting) conflicting++;
    }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const levels = STATUS_LEVELS.filter((l) => counts.has(l))
    .map((l) => `${counts.get(l)} ${l}`)
    .join(", ");
  const conflicts = conflicting > 0 ? `; ${conflicting} conflicting` : "";
  return `${plural(matrix.actors.length, "actor")} × ${plural(matrix.instruments.length, "instrument")}${levels ? `: ${levels}` : ""}${conflicts}.`;
}

/**
 * The chart's data: a stacked column per year (a category, so every year is labelled), one
 * segment per level, coloured colours[j] (the chart otherwise picks a colour per segment at
 * random, and lists each as a legend of its own).
 */
export function timelineChartData(years: readonly TimelineYear[], colours: readonly string[] = []): VerticalStackedChartProps[] {
  return years.map(({ year, counts }) => ({
    xAxisPoint: String(year),
    chartData: TIMELINE_LEVELS.map((s, j) => ({ legend: s.header, data: counts[j] ?? 0, ...(colours[j] ? { color: colours[j] } : {}) })),
  }));
}
