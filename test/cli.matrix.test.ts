import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { parseCsv, runCli, tmpDir } from "./helpers";

/** `commitments matrix`: the status grid as CSV or JSON, the same cells as the workbook's Matrix sheet. */
const T = 60_000;
const dir = tmpDir("ct-cli-matrix-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The Matrix sheet's cached spill, from its header row ("Actor", …) down. */
async function matrixSheet(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Matrix") as ExcelJS.Worksheet;
  const grid: string[][] = [];
  ws.eachRow((row) =>
    grid.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v && typeof v === "object" && "result" in v ? String(v.result) : String(v ?? "")))),
  );
  return grid.slice(grid.findIndex((line) => line[0] === "Actor"));
}

describe("commitments matrix", () => {
  test(
    "on the seeds, CSV by default: Kazakhstan Bound under crc-opac and Advocated under crc-opsc, the same cells as the workbook's Matrix sheet",
    async () => {
      const run = await runCli(["matrix"]);
      expect(run.code).toBe(0);
      expect(run.out.charCodeAt(0)).toBe(0xfeff);
      const grid = parseCsv(run.out);
      const header = grid[0] as string[];
      const kazakhstan = grid.find((line) => line[0] === "Kazakhstan") as string[];
      expect(kazakhstan[header.indexOf("crc-opac")]).toMatch(/^Bound\b/u);
      expect(kazakhstan[header.indexOf("crc-opsc")]).toMatch(/^Advocated\b/u);
      expect(run.errCalls.join("\n")).toMatch(/5 documents read, a matrix of \d+ actors × \d+ instruments/u);

      const file = path.join(dir, "seeds.xlsx");
      const xlsx = await runCli(["matrix", "--format", "xlsx", "--out", file, "--quiet"]);
      expect(xlsx.code).toBe(0);
      expect(await matrixSheet(file)).toEqual(grid.map((line) => line.map((cell) => cell)));
    },
    T,
  );

  test(
    "--checklist puts its instruments across; --reference says in each cell what the depositary records; JSON gives each cell's parts",
    async () => {
      const table = path.join(dir, "opac.csv");
      fs.writeFileSync(
        table,
        [
          "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
          'Participant,Signature,"Ratification, Accession(a)"',
          "Kazakhstan,6 Sep 2000,10 Apr 2003",
        ].join("\r\n"),
      );
      const run = await runCli(["matrix", "--checklist", "children-armed-conflict", "--reference", table, "--format=json", "--quiet"]);
      expect(run.code).toBe(0);
      const body = JSON.parse(run.out) as {
        instruments: { id: string | null }[];
        actors: string[];
        cells: { level: string; recorded: string | null; text: string; commitmentIds: string[] }[][];
      };
      const ids = body.instruments.map((i) => i.id);
      expect(ids).toContain("crc-opac");
      const cell = body.cells[body.actors.indexOf("Kazakhstan")]?.[ids.indexOf("crc-opac")];
      expect(cell).toMatchObject({ level: "Bound", recorded: "ratification" });
      expect(cell?.text).toMatch(/^Bound \((?:conflicting; )?recorded: ratification\)$/u);
      expect(cell?.commitmentIds.length).toBeGreaterThan(0);
    },
    T,
  );

  test(
    "--reference in a layout it does not know is read with --columns; --columns without --reference is a usage error",
    async () => {
      const docs = path.join(dir, "att-docs");
      fs.mkdirSync(docs, { recursive: true });
      fs.writeFileSync(path.join(docs, "a.txt"), "Peru ratified the Arms Trade Treaty on 16 February 2016. Ghana signed the Arms Trade Treaty in 2013.");
      const table = path.join(dir, "att.csv");
      fs.writeFileSync(table, ["Arms Trade Treaty", "Nation,Signed on,Date deposited", "Peru,24/9/2013,16/2/2016", "Ghana,3/6/2013,"].join("\n"));
      const refused = await runCli(["matrix", docs, "--reference", table, "--quiet"]);
      expect([refused.code, refused.errCalls.join("\n")]).toEqual([1, expect.stringMatching(/--columns/u)]);
      const run = await runCli(["matrix", docs, "--reference", table, "--columns", "participant=Nation,signature=Signed on,ratification=3", "--quiet"]);
      expect(run.code).toBe(0);
      const grid = parseCsv(run.out);
      const header = grid[0] as string[];
      const cell = (actor: string) => (grid.find((line) => line[0] === actor) as string[])[header.indexOf("att")];
      expect(cell("Peru")).toBe("Bound (recorded: ratification)");
      expect(cell("Ghana")).toBe("Signed (recorded: signature)");
      expect((await runCli(["matrix", docs, "--columns", "participant=1,ratification=3"])).code).toBe(2);
    },
    T,
  );

  test(
    "--format xlsx needs --out and takes neither --checklist nor --reference: usage errors (exit 2)",
    async () => {
      expect((await runCli(["matrix", "--format", "xlsx"])).code).toBe(2);
      const both = await runCli(["matrix", "--format", "xlsx", "--out", path.join(dir, "x.xlsx"), "--checklist", "hague-1954"]);
      expect(both.code).toBe(2);
      expect(both.errCalls.join("\n")).toMatch(/reference import/u);
      expect((await runCli(["matrix", "--help"])).out).toMatch(/^usage: commitments matrix/u);
    },
    T,
  );
});
