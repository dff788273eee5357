/**
 * Which column of a depositary table holds what, found from its header row: one rule per header
 * shape (a participant column beside an Action column; beside Signature and consent columns; a
 * secretariat's Country/Party column beside a date of ratification), whatever the delimiter the
 * table came with. A header cell may run over several physical lines (UNTC's plain text:
 * "Ratification, / Accession (a), / Succession (d)"): the lines under the header whose
 * participant cell is empty and that hold no digit are its continuation.
 */
import { cellText, type Grid } from "./grid";
import type { RecordedAct } from "./record";

/** A column of dates, and the act a plain date in it is (a suffix or the row's status word may say otherwise). */
export interface DatedColumn {
  column: number;
  kind: "signature" | "consent";
  act: RecordedAct;
}

export interface Columns {
  /** The header's first row (0-based). */
  header: number;
  /** The first row after the header and its continuation lines. */
  firstData: number;
  participant: number;
  dated: DatedColumn[];
  /** UNTC's newer layout, one row per act: the Action column ("Ratification", "Signature", …). */
  action: number | null;
  /** A secretariat's list of parties: a status column ("Accession", "Party") naming the act a row's consent date is. */
  status: number | null;
  /** UNTC's "Date of Effect": kept as the record's effective date, never read as the act's. */
  effect: number | null;
  layout: string;
}

/** The column that names the participant: UNTC's "Participant", a secretariat's "Country", "Party" or "State". */
export const PARTICIPANT_HEADER = /^(?:participants?|countr(?:y|ies)|part(?:y|ies)|states?|member states?)\b(?! (?:group|region))/u;
/** A header cell is short: a title line ("States Parties to the Convention …") is not a header. */
const MAX_HEADER_CELL = 30;
/** Rows looked through for the header: a title, a place and date, notes. */
const HEADER_SEARCH_ROWS = 60;

/** The header row's cells (lower case) with the continuation lines under it merged in, and the first row after them. */
export function mergedHeader(grid: Grid, row: number): { cells: string[]; firstData: number } {
  const cells = (grid[row] ?? []).map((c) => cellText(c).toLowerCase());
  const participantAt = cells.findIndex((c) => c.length <= MAX_HEADER_CELL && PARTICIPANT_HEADER.test(c));
  let next = row + 1;
  for (; next < grid.length && next <= row + 4; next++) {
    const line = (grid[next] ?? []).map((c) => cellText(c).toLowerCase());
    const continues = line.some((c) => c !== "") && (participantAt < 0 || (line[participantAt] ?? "") === "") && line.every((c) => !/\d/u.test(c));
    if (!continues) break;
    line.forEach((c, i) => {
      if (c !== "") cells[i] = `${cells[i] ?? ""} ${c}`.trim();
    });
  }
  return { cells, firstData: next };
}

/** The act a plain date of a consent column is, from its header: ratification, unless the header names only another. */
function plainActOf(consent: string): RecordedAct {
  if (consent === "" || /^ratification|ratification(?!\s*\()/u.test(consent)) return "ratification";
  if (consent.startsWith("definitive signature")) return "definitive signature";
  for (const act of ["accession", "acceptance", "approval", "succession"] as const) if (consent.startsWith(act)) return act;
  return "ratification";
}

function indexOf(cells: readonly string[], test: (c: string, i: number) => boolean): number | null {
  const at = cells.findIndex(test);
  return at >= 0 ? at : null;
}

/** "Participant | Action | Date of Notification/Deposit | Date of Effect": the deposit's date is the act's, the effect's is kept beside it. */
function actionPerRow(cells: readonly string[], participantAt: number): Omit<Columns, "header" | "firstData"> | null {
  const actionAt = indexOf(cells, (c, i) => i !== participantAt && /^action\b/u.test(c));
  if (actionAt === null) return null;
  const dateAt = indexOf(cells, (c, i) => i !== participantAt && i !== actionAt && /date of (?:notification|deposit)|^date$/u.test(c));
  return {
    participant: participantAt,
    dated: dateAt === null ? [] : [{ column: dateAt, kind: "consent", act: "ratification" }],
    action: actionAt,
    status: null,
    effect: indexOf(cells, (c) => /effect|entry into force/u.test(c)),
    layout: "UNTC actions (one row per act)",
  };
}

/** "Participant | Signature | Ratification, Accession(a), …", or a list's "Country | … | Date of Ratification | Status". */
function signatureAndConsent(cells: readonly string[], participantAt: number): Omit<Columns, "header" | "firstData"> | null {
  const signatureAt = indexOf(cells, (c, i) => i !== participantAt && /^(?:date of )?signature/u.test(c));
  const consentAt = indexOf(
    cells,
    (c, i) =>
      i !== participantAt &&
      i !== signatureAt &&
      /ratification|accession|acceptance|approval|succession|consent|definitive|deposit/u.test(c) &&
      !/effect|entry into force/u.test(c),
  );
  const untc = /^participants?\b/u.test(cells[participantAt] as string);
  // A list of parties is one only with a date of ratification (or accession, deposit…) to read.
  if (!untc && consentAt === null) return null;
  const statusAt = indexOf(
    cells,
    (c, i) => i !== participantAt && i !== signatureAt && i !== consentAt && /^(?:status|type of (?:instrument|act)|action taken|nature)\b/u.test(c),
  );
  const dated: DatedColumn[] = [];
  if (signatureAt !== null) dated.push({ column: signatureAt, kind: "signature", act: "signature" });
  if (consentAt !== null) dated.push({ column: consentAt, kind: "consent", act: plainActOf(cells[consentAt] as string) });
  return {
    participant: participantAt,
    dated,
    action: null,
    status: statusAt,
    effect: indexOf(cells, (c, i) => i !== participantAt && /^(?:date of )?(?:effect|entry into force)/u.test(c)),
    layout: untc ? "UNTC status table" : "list of parties",
  };
}

/** The header shapes, in order: the action column is the more specific one. */
const HEADER_SHAPES = [actionPerRow, signatureAndConsent];

/** The first row that reads as a known header shape, with its columns; null when none does. */
export function findColumns(grid: Grid): Columns | null {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const first = (grid[r] ?? []).map((c) => cellText(c).toLowerCase());
    const participantAt = first.findIndex((c) => c.length <= MAX_HEADER_CELL && PARTICIPANT_HEADER.test(c));
    if (participantAt < 0) continue;
    const { cells, firstData } = mergedHeader(grid, r);
    for (const shape of HEADER_SHAPES) {
      const found = shape(cells, participantAt);
      if (found) return { header: r, firstData, ...found };
    }
  }
  return null;
}
