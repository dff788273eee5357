/**
 * Issue 17's done-when, through the command line: a sample of each depositary layout (made-up
 * dates, see test/support/referenceLayouts.ts), beside statements that match some rows and
 * contradict others, gives exactly the expected SAID_NOT_DONE and DATE_MISMATCH gaps; the
 * import says which layout it read.
 */
import * as fs from "fs";
import * as path from "path";
import { runCli, tmpDir, writeFileIn } from "./helpers";
import { LAYOUT_SAMPLES, UNTC_ACTIONS, type LayoutSample } from "./support/referenceLayouts";

const T = 60_000;

interface GapOut {
  code: string;
  actor: string;
  instrumentId: string | null;
}

/** The statements, one document each, and the table, in a new folder. */
function lay(sample: LayoutSample, text = sample.text): { docs: string; table: string; dir: string } {
  const dir = tmpDir();
  const docs = path.join(dir, "docs");
  fs.mkdirSync(docs);
  sample.statements.forEach((s, i) => writeFileIn(docs, `statement-${i + 1}.txt`, s));
  return { docs, table: writeFileIn(dir, sample.file, text), dir };
}

async function auditGaps(docs: string, table: string): Promise<string[]> {
  const run = await runCli(["gaps", docs, "--reference", table, "--quiet"]);
  expect(run.code).toBe(0);
  const { gaps } = JSON.parse(run.out) as { gaps: GapOut[] };
  return gaps
    .filter((g) => g.code === "SAID_NOT_DONE" || g.code === "DATE_MISMATCH")
    .map((g) => `${g.code} ${g.actor} ${g.instrumentId}`)
    .sort();
}

describe.each(LAYOUT_SAMPLES.map((s) => [s.name, s] as const))("%s", (_, sample) => {
  test(
    "gaps --reference gives exactly the expected SAID_NOT_DONE and DATE_MISMATCH; reference import names the layout",
    async () => {
      const { docs, table, dir } = lay(sample);
      expect(await auditGaps(docs, table)).toEqual(sample.gaps);
      const run = await runCli(["reference", "import", table, "--out", path.join(dir, "book.xlsx")]);
      expect(run.code).toBe(0);
      expect(run.errCalls.join("\n")).toContain(`from a ${sample.layout},`);
    },
    T,
  );
});

describe("day-first dates", () => {
  test(
    "the one-row-per-act sample read month-first would give Brazil a DATE_MISMATCH (its expected gaps have none); a table whose every date fits both orders is asked about, never guessed",
    async () => {
      // The same table with its dates over 12 dropped: every remaining date fits both orders.
      const ambiguous = UNTC_ACTIONS.text
        .split("\n")
        .filter((line) => !/\b(?:1[3-9]|2\d|3[01])\//u.test(line))
        .join("\n");
      const { docs, table, dir } = lay(UNTC_ACTIONS, ambiguous);
      // Brazil's 5/3/2009 is not guessed either way: no record, so its stated ratification is not on record.
      expect(await auditGaps(docs, table)).toEqual(expect.arrayContaining(["SAID_NOT_DONE Brazil crpd"]));
      expect(await auditGaps(docs, table)).not.toContain("DATE_MISMATCH Brazil crpd");
      const run = await runCli(["reference", "import", table, "--out", path.join(dir, "book.xlsx")]);
      expect(run.errCalls.join("\n")).toMatch(/line \d+: the consent column: "5\/3\/2009" could be 5 March or 3 May, and no other date of the table tells/u);
    },
    T,
  );
});

describe("--columns", () => {
  const table = [
    "Arms Trade Treaty",
    "Nation,Signed on,Region,Date deposited",
    "Chile 2,3/6/2013,GRULAC,16/9/2018",
    "Peru,24/9/2013,GRULAC,16/2/2016 a",
    "Ghana,3/6/2013,Africa,",
  ].join("\n");

  test(
    "an unknown layout is refused with a pointer to --columns, and read with it",
    async () => {
      const dir = tmpDir();
      const file = writeFileIn(dir, "att.csv", table);
      const out = path.join(dir, "book.xlsx");
      const refused = await runCli(["reference", "import", file, "--out", out]);
      expect([refused.code, refused.errCalls.join("\n")]).toEqual([1, expect.stringMatching(/or give a column mapping \(--columns/u)]);
      const run = await runCli(["reference", "import", file, "--out", out, "--columns", "participant=Nation,signature=2,ratification=Date deposited"]);
      expect(run.code).toBe(0);
      expect(run.errCalls.join("\n")).toMatch(
        /5 recorded acts of Arms Trade Treaty \(att\) read from a table read with the given column mapping, 0 rows not read/u,
      );
    },
    T,
  );

  test(
    "a mapping it cannot use is a usage error",
    async () => {
      const bad = await runCli(["reference", "import", "t.csv", "--out", "o.xlsx", "--columns", "participant=Nation,when=2"]);
      expect([bad.code, bad.errCalls.join("\n")]).toEqual([2, expect.stringMatching(/--columns: "when" is not a column role/u)]);
    },
    T,
  );
});

describe("gaps --reference --columns", () => {
  test(
    "the statements against a table read with the mapping; --columns without --reference is a usage error",
    async () => {
      const dir = tmpDir();
      const docs = path.join(dir, "docs");
      fs.mkdirSync(docs);
      writeFileIn(docs, "a.txt", "Peru ratified the Arms Trade Treaty on 16 February 2016.");
      writeFileIn(docs, "b.txt", "Ghana ratified the Arms Trade Treaty on 22 December 2015.");
      const table = writeFileIn(
        dir,
        "att.csv",
        ["Arms Trade Treaty", "Nation,Signed on,Date deposited", "Peru,24/9/2013,16/2/2016", "Ghana,3/6/2013,"].join("\n"),
      );
      const run = await runCli(["gaps", docs, "--reference", table, "--columns", "participant=Nation,signature=Signed on,ratification=3", "--quiet"]);
      expect(run.code).toBe(0);
      const codes = (JSON.parse(run.out) as { gaps: GapOut[] }).gaps
        .filter((g) => g.code === "SAID_NOT_DONE" || g.code === "DATE_MISMATCH")
        .map((g) => `${g.code} ${g.actor}`);
      expect(codes).toEqual(["SAID_NOT_DONE Ghana"]);
      expect((await runCli(["gaps", docs, "--columns", "participant=1,ratification=3"])).code).toBe(2);
    },
    T,
  );
});
