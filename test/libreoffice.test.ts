import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parseCsv, runCli, tmpDir } from "./helpers";

/**
 * The workbook the CLI writes, opened by another spreadsheet program: LibreOffice converts each
 * sheet to CSV. A document string that became a formula would show its computed value there,
 * so hostile strings must come back exactly as written. `.ci/run` installs LibreOffice; on a
 * machine without it this suite says so and is skipped.
 */
const soffice = ["soffice", "libreoffice"].find((bin) => spawnSync(bin, ["--version"], { encoding: "utf8" }).status === 0);
const describeWithOffice = soffice ? describe : describe.skip;
if (!soffice) console.warn("libreoffice.test.ts skipped: LibreOffice (soffice) is not installed; `.ci/run` installs it");

const T = 180_000;
const dir = tmpDir("ct-lo-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HOSTILE = ["=1+1", "+2+2", "-3+3", "@SUM(1,1)", '=HYPERLINK("http://x","y")'];

describeWithOffice("LibreOffice reads the CLI's workbook", () => {
  test("every sheet converts to CSV; document strings stay text, links show their labels", async () => {
    const docs = path.join(dir, "docs");
    fs.mkdirSync(docs);
    fs.writeFileSync(
      path.join(docs, "statement.txt"),
      [
        `Title: ${HOSTILE[0]} Statement`,
        "Date: 2021-05-04",
        "",
        `Chile ratified the Arms Trade Treaty in 2018, noting ${HOSTILE.slice(1).join(" and ")} in its report.`,
        "",
      ].join("\n"),
    );
    const file = path.join(dir, "out.xlsx");
    expect((await runCli(["extract", "--quiet", "--format", "xlsx", "--out", file, docs])).code).toBe(0);

    const run = spawnSync(soffice as string, ["--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, file], {
      encoding: "utf8",
      timeout: T,
      env: { ...process.env, HOME: dir },
    });
    expect(run.status).toBe(0);
    const sheet = (name: string) => parseCsv(fs.readFileSync(path.join(dir, `out-${name}.csv`), "utf8"));
    for (const name of ["Commitments", "Sources", "Instruments", "Gaps", "Source Text"]) expect(fs.existsSync(path.join(dir, `out-${name}.csv`))).toBe(true);

    const commitments = sheet("Commitments");
    const header = commitments[0] ?? [];
    const row = commitments.find((r) => r[header.indexOf("Actor")] === "Chile");
    expect(row).toBeDefined();
    const evidence = (row as string[])[header.indexOf("Evidence")] as string;
    for (const s of HOSTILE.slice(1)) expect(evidence).toContain(s);
    expect((row as string[])[header.indexOf("Source")]).toBe("statement.txt ¶2");

    const sources = sheet("Sources");
    expect(sources[1]?.[sources[0]?.indexOf("Title") ?? -1]).toBe(`${HOSTILE[0]} Statement`);
  }, T);
});
