import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { runCli, tmpDir } from "./helpers";

/** `commitments extract --format xlsx --out FILE`: a new workbook, then merges into it by id. */
const T = 60_000;
const dir = tmpDir("ct-cli-xlsx-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The Commitments sheet as header → cell value rows. */
function commitments(wb: ExcelJS.Workbook): Record<string, ExcelJS.CellValue>[] {
  const ws = wb.getWorksheet("Commitments");
  if (!ws) throw new Error("no Commitments sheet");
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(Object.fromEntries(headers.map((h, j) => [h, row.getCell(j + 1).value])));
  }
  return rows;
}

describe("extract --format xlsx", () => {
  test("without --out is a usage error (a workbook is not written to a terminal)", async () => {
    const run = await runCli(["extract", "--format", "xlsx"]);
    expect(run.code).toBe(2);
    expect(run.errCalls.join("\n")).toContain("--out FILE.xlsx");
  });

  test(
    "writes the SPEC sheets with one Commitments row per extracted commitment",
    async () => {
      const file = path.join(dir, "first.xlsx");
      const json = JSON.parse((await runCli(["extract", "--quiet"])).out) as { commitments: { id: string }[] };
      const run = await runCli(["extract", "--format", "xlsx", "--out", file]);
      expect(run.code).toBe(0);
      expect(run.out).toBe("");
      expect(run.errCalls.join("\n")).toMatch(/Commitments: \d+ added/u);
      const wb = await open(file);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Commitments", "Sources", "Instruments", "Gaps", "Matrix", "Timeline", "Checks", "Source Text"]);
      expect(wb.getWorksheet("Source Text")?.state).toBe("hidden");
      expect(wb.getWorksheet("Checks")?.state).toBe("hidden");
      expect(commitments(wb).map((r) => r.ID)).toEqual(json.commitments.map((c) => c.id));
      expect(fs.readdirSync(dir).filter((n) => n.startsWith("first.bak"))).toEqual([]);
    },
    T,
  );

  test(
    "on the seeds, the Matrix sheet's cached spill has Kazakhstan Bound under crc-opac and Advocated under crc-opsc",
    async () => {
      const file = path.join(dir, "matrix.xlsx");
      expect((await runCli(["extract", "--quiet", "--format", "xlsx", "--out", file])).code).toBe(0);
      const ws = (await open(file)).getWorksheet("Matrix") as ExcelJS.Worksheet;
      const grid: string[][] = [];
      ws.eachRow(
        (row, r) =>
          (grid[r] = (row.values as ExcelJS.CellValue[])
            .slice(1)
            .map((v) => (v && typeof v === "object" && "result" in v ? String(v.result) : String(v ?? "")))),
      );
      const headerAt = grid.findIndex((line) => line?.[0] === "Actor");
      expect(String((ws.getCell(headerAt, 1).value as ExcelJS.CellFormulaValue).formula)).toMatch(/^_xldudf_CT_MATRIX\(/u);
      const header = grid[headerAt] as string[];
      const kazakhstan = grid.find((line) => line?.[0] === "Kazakhstan") as string[];
      expect(kazakhstan[header.indexOf("crc-opac")]).toMatch(/^Bound\b/u);
      expect(kazakhstan[header.indexOf("crc-opsc")]).toMatch(/^Advocated\b/u);
    },
    T,
  );

  test(
    "a re-run keeps the user's Review and Notes edits, and backs up the old file",
    async () => {
      const file = path.join(dir, "edited.xlsx");
      expect((await runCli(["extract", "--quiet", "--format", "xlsx", "--out", file])).code).toBe(0);
      const wb = await open(file);
      const ws = wb.getWorksheet("Commitments") as ExcelJS.Worksheet;
      const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
      const col = (h: string) => headers.indexOf(h) + 1;
      ws.getRow(2).getCell(col("Review")).value = "Rejected";
      ws.getRow(3).getCell(col("Notes")).value = "checked against the depositary, =not a formula";
      await wb.xlsx.writeFile(file);
      const before = commitments(await open(file));

      const run = await runCli(["extract", "--format", "xlsx", "--out", file]);
      expect(run.code).toBe(0);
      const backup = /kept as (\S+\.xlsx)/u.exec(run.errCalls.join("\n"))?.[1] as string;
      expect(path.basename(backup)).toMatch(/^edited\.bak-\d{8}-\d{6}-\d{3}\.xlsx$/u);
      const after = commitments(await open(file));
      expect(after).toHaveLength(before.length);
      expect(after[0]?.Review).toBe("Rejected");
      expect(after[1]?.Notes).toBe("checked against the depositary, =not a formula");
      expect(after.map((r) => r.ID)).toEqual(before.map((r) => r.ID));
      // the backup is the file as it was before this run
      expect(commitments(await open(backup))[0]?.Review).toBe("Rejected");
    },
    T,
  );

  test(
    "an existing file that is not a workbook is left alone: one-line error, exit 1",
    async () => {
      const file = path.join(dir, "not-a-workbook.xlsx");
      fs.writeFileSync(file, "id,actor\n1,Chile\n");
      const run = await runCli(["extract", "--format", "xlsx", "--out", file]);
      expect(run.code).toBe(1);
      expect(run.errCalls).toHaveLength(1);
      expect(run.errCalls[0]).toMatch(/not an \.xlsx workbook/u);
      expect(fs.readFileSync(file, "utf8")).toBe("id,actor\n1,Chile\n");
    },
    T,
  );
});
