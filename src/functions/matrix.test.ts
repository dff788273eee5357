/**
 * CT.MATRIX over the Commitments table the writer makes from the seeds: every cell is the level
 * CT.STATUS gives for its pair, whatever the actors and instruments are given as.
 */
import { installCustomFunctions } from "../../test/support/customFunctions";
import { seedExtractions } from "../../test/helpers";
import { importStatusTable, STATUS_LEVELS } from "../core";
import { referenceRows } from "../workbook/store";
import { evidenceGrid } from "../workbook/formulas";
import { CHECKLIST, COMMITMENTS, REFERENCE } from "../workbook/layout";
import { planTable } from "../workbook/merge";
import { machineRows } from "../workbook/rows";
import { matrix, status } from "./functions";

let uninstall: () => void;
let table: (string | number | boolean)[][];

beforeAll(async () => {
  uninstall = installCustomFunctions();
  const plan = planTable(COMMITMENTS, null, machineRows(await seedExtractions()).Commitments);
  table = evidenceGrid(plan.headers, plan.rows);
});
afterAll(() => uninstall());

const column = (h: string) => (table[0] as string[]).indexOf(h);
/** The level a status text starts with ("Bound (acceded 2005-09-16)" → "Bound"). */
const levelOf = (text: string) => STATUS_LEVELS.find((l) => text === l || text.startsWith(`${l} (`)) ?? `not a level: ${text}`;

/** Every cell against CT.STATUS on the same pair: same level, and "conflicting" exactly when STATUS says so. */
function expectAgreesWithStatus(grid: string[][], asOf?: string, reference?: string[][]): number {
  const [header, ...rows] = grid as [string[], ...string[][]];
  let cells = 0;
  for (const row of rows) {
    header.slice(1).forEach((instrument, j) => {
      const cell = row[j + 1] as string;
      const said = status(row[0] as string, instrument, table, asOf, reference);
      expect({ pair: `${row[0]} × ${instrument}`, level: levelOf(cell), conflicting: cell.includes("conflicting") }).toEqual({
        pair: `${row[0]} × ${instrument}`,
        level: levelOf(said),
        conflicting: said.includes("conflicting evidence"),
      });
      cells++;
    });
  }
  return cells;
}

describe("CT.MATRIX", () => {
  test("by default, every actor and instrument with a record, A to Z; Kazakhstan is Bound under crc-opac and Advocated under crc-opsc", () => {
    const grid = matrix(table);
    const header = grid[0] as string[];
    expect(header[0]).toBe("Actor");
    const actors = grid.slice(1).map((r) => r[0] as string);
    expect(actors).toEqual([...actors].sort((a, b) => a.localeCompare(b, "en")));
    expect(new Set(actors)).toEqual(new Set(table.slice(1).map((r) => String(r[column("Actor")]))));
    const kz = grid.find((r) => r[0] === "Kazakhstan") as string[];
    expect(levelOf(kz[header.indexOf("crc-opac")] as string)).toBe("Bound");
    expect(levelOf(kz[header.indexOf("crc-opsc")] as string)).toBe("Advocated");
    expect(expectAgreesWithStatus(grid)).toBe(actors.length * (header.length - 1));
  });

  test("as of a date, every cell is still CT.STATUS's level for its pair", () => {
    expect(expectAgreesWithStatus(matrix(table, undefined, undefined, "2005"), "2005")).toBeGreaterThan(10);
  });

  test("actors and instruments as a column, a row, one cell, a table with an Actor column, a built-in checklist or Checklist[#All]", () => {
    const column = matrix(table, [["Kazakhstan"], [""], ["Atlantis"]], [["crc-opac", "OPSC", "Arms Trade Treaty"]]);
    expect(column[0]).toEqual(["Actor", "crc-opac", "crc-opsc", "att"]);
    expect(column.map((r) => r[0])).toEqual(["Actor", "Kazakhstan", "Atlantis"]);
    // An actor with no record is a row of "No record", never an error.
    expect(column[2]?.slice(1)).toEqual(["No record", "No record", "No record"]);
    expect(matrix(table, "Kazakhstan" as never, "crc-opac" as never)).toEqual([
      ["Actor", "crc-opac"],
      ["Kazakhstan", column[1]?.[1]],
    ]);
    const states = [
      ["Actor", "Region"],
      ["Kazakhstan", "Asia"],
      ["Republic of Kazakhstan", "Asia"],
    ];
    expect(matrix(table, states, [["crc-opac"]]).map((r) => r[0])).toEqual(["Actor", "Kazakhstan"]);
    const builtIn = matrix(table, [["Kazakhstan"]], "children-armed-conflict" as never);
    expect(builtIn[0]).toContain("crc-opac");
    const checklist = [CHECKLIST.columns.map((c) => c.header), ["x", "mine", "Arms Trade Treaty", "att", "", ""], ["y", "mine", "", "", "", ""]];
    expect(matrix(table, [["Kazakhstan"]], checklist)[0]).toEqual(["Actor", "att"]);
    expectAgreesWithStatus(builtIn);
  });

  test("with the depositary's record, each cell of a covered instrument says what it records", () => {
    const result = importStatusTable([
      ["Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict"],
      ["Participant", "Signature", "Ratification, Accession(a)"],
      ["Kazakhstan", "6 Sep 2000", "10 Apr 2003"],
    ]);
    const headers = REFERENCE.columns.map((c) => c.header);
    const reference = [headers, ...referenceRows(result, "now").map((r) => headers.map((h) => String(r[h] ?? "")))];
    const grid = matrix(table, [["Kazakhstan"], ["Japan"]], [["crc-opac"], ["crc-opsc"]], undefined, reference);
    expect(grid[1]).toEqual([
      "Kazakhstan",
      expect.stringMatching(/^Bound \((?:conflicting; )?recorded: ratification\)$/u),
      expect.not.stringContaining("recorded"),
    ]);
    expect(grid[2]?.[1]).toBe("No record (recorded: none)");
    expectAgreesWithStatus(grid, undefined, reference);
  });

  test("rejected rows are left out, as CT.STATUS leaves them out; an evidence range with no actor is #N/A, a bad as_of #VALUE!", () => {
    const rejected = table.map((row, i) => (i === 0 ? row : row.map((v, j) => (j === column("Review") ? "Rejected" : v))));
    expect(() => matrix(rejected)).toThrow(/#N\/A|no actor/u);
    expect(() => matrix(table, undefined, undefined, "not a date")).toThrow(/as_of/u);
  });
});
