import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { PNG } from "pngjs";
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

/** The Timeline chart's series colours (formulas.ts LEVEL_STYLES, the dark text colour of each level), as RGB. */
const SERIES: Record<string, [number, number, number]> = { Bound: [0x00, 0x61, 0x00], Signed: [0x1f, 0x4e, 0x78], Political: [0x7f, 0x60, 0x00] };

const HOSTILE = ["=1+1", "+2+2", "-3+3", "@SUM(1,1)", '=HYPERLINK("http://x","y")'];

describeWithOffice("LibreOffice reads the CLI's workbook", () => {
  test(
    "every sheet converts to CSV; document strings stay text, links show their labels",
    async () => {
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

      const run = spawnSync(
        soffice as string,
        ["--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, file],
        {
          encoding: "utf8",
          timeout: T,
          env: { ...process.env, HOME: dir },
        },
      );
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
    },
    T,
  );

  test(
    "the Timeline sheet: LibreOffice computes its counts from the Commitments table and draws its chart in the series' colours",
    async () => {
      const docs = path.join(dir, "timeline");
      fs.mkdirSync(docs);
      const states = ["Chile", "Peru", "Norway", "Ghana", "Kenya", "Fiji"];
      // Made-up acts over three years: ratifications (Bound), signatures (Signed), endorsements (Political).
      const lines = states.flatMap((s, i) => [
        `${s} ratified the Arms Trade Treaty on ${3 + i} March 2014.`,
        `${s} signed the Convention on Cluster Munitions on ${4 + i} June 2016.`,
        `${s} endorsed the Safe Schools Declaration on ${5 + i} May 2018.`,
      ]);
      fs.writeFileSync(path.join(docs, "acts.txt"), ["Title: Acts", "Date: 2019-01-01", "", ...lines, ""].join("\n\n"));
      const file = path.join(dir, "timeline.xlsx");
      expect((await runCli(["extract", "--quiet", "--format", "xlsx", "--out", file, docs])).code).toBe(0);
      const convert = (to: string) =>
        spawnSync(soffice as string, ["--headless", "--convert-to", to, "--outdir", dir, file], {
          encoding: "utf8",
          timeout: T,
          env: { ...process.env, HOME: dir },
        });
      expect(convert("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1").status).toBe(0);
      const timeline = parseCsv(fs.readFileSync(path.join(dir, "timeline-Timeline.csv"), "utf8"));
      const header = timeline.findIndex((r) => r[0] === "Year");
      const counts = Object.fromEntries(timeline.slice(header + 1).map((r) => [r[0], r.slice(1, 4).map(Number)]));
      expect([counts["2014"], counts["2016"], counts["2018"], counts["2015"]]).toEqual([
        [6, 0, 0],
        [0, 6, 0],
        [0, 0, 6],
        [0, 0, 0],
      ]);

      expect(convert("pdf").status).toBe(0);
      const pdf = path.join(dir, "timeline.pdf");
      const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout.split("\f");
      const pages = text.flatMap((page, i) => (page.includes("Affirmed acts per year") ? [i + 1] : []));
      expect(pages.length).toBeGreaterThan(0);
      const png = path.join(dir, "timeline-page");
      expect(spawnSync("pdftoppm", ["-f", String(pages[0]), "-l", String(pages[pages.length - 1]), "-r", "50", "-png", pdf, png]).status).toBe(0);
      // The three series' colours (LEVEL_STYLES' dark text colours) are drawn somewhere on the chart's pages.
      const seen = new Set<string>();
      for (const f of fs.readdirSync(dir).filter((n) => n.startsWith("timeline-page") && n.endsWith(".png"))) {
        const image = PNG.sync.read(fs.readFileSync(path.join(dir, f)));
        for (let i = 0; i < image.data.length; i += 4) {
          const [r, g, b] = [image.data[i] as number, image.data[i + 1] as number, image.data[i + 2] as number];
          for (const [name, [cr, cg, cb]] of Object.entries(SERIES)) if (Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) < 24) seen.add(name);
        }
      }
      expect([...seen].sort()).toEqual(["Bound", "Political", "Signed"]);
    },
    T,
  );
});
