/**
 * `commitments reference import` and `gaps --reference`, on status tables the tests build in the
 * UN Treaty Collection's layout with made-up dates (not the real record), next to tiny documents.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, tmpDir, writeFileIn } from "./helpers";
import { REFERENCE } from "../src/workbook/layout";
import { XlsxStore } from "../src/workbook/xlsxStore";
import { cellText } from "../src/workbook/cells";

const T = 60_000;
const HEADER = "Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a), Succession(d)";

/** A status table as pasted from the UNTC page: tab-separated, a title line, footnote markers. */
function pasted(rows: string[]): string {
  return ["International Convention for the Suppression of Acts of Nuclear Terrorism", "", HEADER, ...rows].join("\n");
}

interface GapOut {
  code: string;
  actor: string;
  instrumentId: string | null;
  commitmentIds: string[];
}

describe("commitments gaps --reference", () => {
  test(
    "an accession on one date in the table against a stated ratification on another: one DATE_MISMATCH; a claimed ratification the table lacks: SAID_NOT_DONE",
    async () => {
      const dir = tmpDir();
      const docs = path.join(dir, "docs");
      fs.mkdirSync(docs);
      writeFileIn(docs, "a.txt", "Kazakhstan ratified the International Convention for the Suppression of Acts of Nuclear Terrorism on 3 March 2006.");
      writeFileIn(docs, "b.txt", "Chile has ratified the International Convention for the Suppression of Acts of Nuclear Terrorism on 10 April 2010.");
      const table = writeFileIn(dir, "icsant.txt", pasted(["Kazakhstan\t\t16 Sep 2005 a", "Peru1\t14 Sep 2005\t"]));
      const run = await runCli(["gaps", docs, "--reference", table, "--quiet"]);
      expect(run.code).toBe(0);
      const { gaps } = JSON.parse(run.out) as { gaps: GapOut[] };
      const audit = gaps
        .filter((g) => ["DATE_MISMATCH", "SAID_NOT_DONE", "DONE_NOT_SAID"].includes(g.code))
        .map((g) => `${g.code} ${g.actor} ${g.instrumentId}`);
      expect(audit).toEqual(["DATE_MISMATCH Kazakhstan icsant", "SAID_NOT_DONE Chile icsant"]);
      expect(gaps.find((g) => g.code === "DATE_MISMATCH")!.commitmentIds).toHaveLength(1);
      // Peru's signature is recorded but never said: not a binding act, so even --done-not-said is silent.
      const all = await runCli(["gaps", docs, "--reference", table, "--done-not-said", "--quiet"]);
      expect((JSON.parse(all.out) as { gaps: GapOut[] }).gaps.filter((g) => g.code === "DONE_NOT_SAID")).toEqual([]);
    },
    T,
  );

  test(
    "a table that is not one is a clear error; --done-not-said alone is a usage error",
    async () => {
      const dir = tmpDir();
      const bad = writeFileIn(dir, "bad.csv", "Country,Date\nPeru,1 Jan 2000\n");
      const run = await runCli(["gaps", "--reference", bad, "--quiet"]);
      expect(run.code).toBe(1);
      expect(run.errCalls.join("\n")).toMatch(/no "Participant" column/u);
      expect((await runCli(["gaps", "--done-not-said"])).code).toBe(2);
    },
    T,
  );
});

describe("commitments reference import", () => {
  test(
    "writes the Reference table, lists unreadable rows by line, and a re-import replaces that instrument's rows",
    async () => {
      const dir = tmpDir();
      const out = path.join(dir, "book.xlsx");
      const table = writeFileIn(dir, "icsant.txt", pasted(["Kazakhstan\t\t16 Sep 2005 a", "Chile 2\t14 Sep 2005\t10 Apr 2010", "Peru\tsoon\t"]));
      const run = await runCli(["reference", "import", table, "--out", out]);
      expect(run.code).toBe(0);
      expect(run.errCalls.join("\n")).toMatch(/icsant\.txt line 6: Signature: "soon" is not a date/u);
      expect(run.errCalls.join("\n")).toMatch(
        /3 recorded acts of International Convention for the Suppression of Acts of Nuclear Terrorism \(icsant\) read from a UNTC status table, 1 row not read/u,
      );
      const read = async () => {
        const store = await XlsxStore.load(fs.readFileSync(out));
        const [snapshot] = await store.read([REFERENCE]);
        return snapshot!.rows
          .filter((r) => r.some((c) => cellText(c) !== ""))
          .map((r) =>
            snapshot!.headers
              .map((h, j) => (["Actor", "Recorded as", "Date"].includes(h) ? cellText(r[j]) : ""))
              .filter(Boolean)
              .join(" "),
          );
      };
      expect(await read()).toEqual(["Kazakhstan accession 2005-09-16", "Chile signature 2005-09-14", "Chile ratification 2010-04-10"]);

      // The same instrument again, from an .xlsx with --instrument and no title: Chile's ratification is gone.
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("status");
      ws.addRows([HEADER.split("\t"), ["Kazakhstan", "", "16 Sep 2005 a"], ["Chile", "14 Sep 2005", ""]]);
      const xlsx = path.join(dir, "icsant.xlsx");
      await wb.xlsx.writeFile(xlsx);
      const again = await runCli(["reference", "import", xlsx, "--instrument", "ICSANT", "--out", out, "--quiet"]);
      expect(again.code).toBe(0);
      expect(await read()).toEqual(["Kazakhstan accession 2005-09-16", "Chile signature 2005-09-14"]);
      expect(fs.readdirSync(dir).filter((n) => /^book\.bak-\d{8}-\d{6}-\d{3}\.xlsx$/u.test(n))).toHaveLength(1);
    },
    T,
  );

  test(
    "usage: a FILE and --out are required; a missing file, an unknown format and a table with no instrument are one-line errors",
    async () => {
      const dir = tmpDir();
      expect((await runCli(["reference", "import", "--out", "x.xlsx"])).code).toBe(2);
      expect((await runCli(["reference", "import", "t.csv"])).code).toBe(2);
      expect((await runCli(["reference", "export"])).code).toBe(2);
      const missing = await runCli(["reference", "import", path.join(dir, "nope.csv"), "--out", path.join(dir, "o.xlsx")]);
      expect([missing.code, missing.errCalls.join("")]).toEqual([1, expect.stringMatching(/cannot read .*nope\.csv \(ENOENT\)/u)]);
      const pdf = writeFileIn(dir, "t.pdf", "x");
      expect((await runCli(["reference", "import", pdf, "--out", path.join(dir, "o.xlsx")])).errCalls.join("")).toMatch(
        /\.csv, \.tsv, \.txt \(tab-separated\) or \.xlsx/u,
      );
      const untitled = writeFileIn(dir, "u.csv", "Participant,Signature,Ratification\nPeru,,1 Feb 2002\n");
      const run = await runCli(["reference", "import", untitled, "--out", path.join(dir, "o.xlsx")]);
      expect([run.code, run.errCalls.join("")]).toEqual([1, expect.stringMatching(/instrument is not named/u)]);
      expect(fs.existsSync(path.join(dir, "o.xlsx"))).toBe(false);
    },
    T,
  );
});
