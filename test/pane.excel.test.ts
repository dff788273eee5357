/**
 * The pane's Office.js code that is not the writer: which commitment the selected row is. Run
 * against office-addin-mock, with Excel's load-then-sync rule (a property read before its load
 * and sync gives the mock's error string, which would make these assertions fail).
 */
import { OfficeMockObject } from "office-addin-mock";
import { commitmentFromRow, selectedCommitment } from "../src/taskpane/office/excel";

const HEADERS = ["Actor", "ID", "Action", "Evidence"];

function workbook(options: { table: boolean; row: unknown[] | null }) {
  const data = {
    workbook: {
      tables: {
        table: {
          isNullObject: !options.table,
          header: { values: [HEADERS] },
          body: { address: "Commitments!A2:D9" },
          getHeaderRowRange() {
            return this.header;
          },
          getDataBodyRange() {
            return this.body;
          },
        },
        getItemOrNullObject(name: string) {
          if (name !== "Commitments") throw new Error(`unexpected table ${name}`);
          return this.table;
        },
      },
      active: {
        entireRow: {
          intersection: { isNullObject: options.row === null, values: options.row ? [options.row] : [] },
          getIntersectionOrNullObject() {
            return this.intersection;
          },
        },
        getEntireRow() {
          return this.entireRow;
        },
      },
      getActiveCell() {
        return this.active;
      },
    },
  };
  return new OfficeMockObject(data) as unknown as Excel.RequestContext;
}

describe("selectedCommitment", () => {
  it("reads the ID and Evidence of the Commitments row under the active cell, by header", async () => {
    const context = workbook({ table: true, row: ["Norway", "c-12", "ratified", "Norway ratified it."] });
    const syncs = jest.spyOn(context, "sync");
    await expect(selectedCommitment(context)).resolves.toEqual({ id: "c-12", evidence: "Norway ratified it." });
    expect(syncs).toHaveBeenCalledTimes(2);
  });

  it("is null outside the table's body, and when the workbook has no Commitments table", async () => {
    await expect(selectedCommitment(workbook({ table: true, row: null }))).resolves.toBeNull();
    const noTable = workbook({ table: false, row: ["Norway", "c-12", "ratified", "x"] });
    const syncs = jest.spyOn(noTable, "sync");
    await expect(selectedCommitment(noTable)).resolves.toBeNull();
    expect(syncs).toHaveBeenCalledTimes(1);
  });
});

describe("commitmentFromRow", () => {
  it("finds columns by their trimmed headers wherever the user moved them", () => {
    expect(commitmentFromRow([" Evidence ", "ID"], ["quote", " c-1 "])).toEqual({ id: "c-1", evidence: "quote" });
  });
  it("is null for a row without an id (typed by hand) or a table without an ID column", () => {
    expect(commitmentFromRow(HEADERS, ["Norway", "", "ratified", "x"])).toBeNull();
    expect(commitmentFromRow(["Actor", "Evidence"], ["Norway", "x"])).toBeNull();
  });
  it("gives an empty evidence when the table lacks that column", () => {
    expect(commitmentFromRow(["ID"], ["c-2"])).toEqual({ id: "c-2", evidence: "" });
  });
});
