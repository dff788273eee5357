import * as fs from "fs";
import * as path from "path";
import {
  BUILT_IN_CHECKLISTS,
  evidenceFromExtraction,
  EvidenceIndex,
  ExtractionSchema,
  findGaps,
  GAP_CODES,
  type DocumentExtraction,
  type Evidence,
  type Extraction,
  type Gap,
} from "../src/core";
import { GAP_CSV_COLUMNS, gapsToCsv, GapsOutputSchema, verifierFor, type GapsOutput } from "../src/cli/gaps";
import { hasStackTrace, parseCsv, runCli, seedExtractions, tmpDir, writeFileIn } from "./helpers";

/** `commitments gaps`: the core's gap rules over what `extract` reads, in-process through main(argv, io). */
const T = 60_000;
const dir = tmpDir("ct-cli-gaps-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const KEYS = ["code", "actor", "instrument", "instrumentId", "commitmentIds", "detail"];

function parse(out: string): GapsOutput {
  return GapsOutputSchema.parse(JSON.parse(out));
}

async function gapsOf(argv: readonly string[]): Promise<GapsOutput["gaps"]> {
  const run = await runCli(["gaps", "--quiet", ...argv]);
  if (run.code !== 0) throw new Error(`gaps ${argv.join(" ")} exited ${run.code}: ${run.errCalls.join("\n")}`);
  return parse(run.out).gaps;
}

async function extractOf(argv: readonly string[] = []): Promise<Extraction> {
  const run = await runCli(["extract", "--quiet", ...argv]);
  expect(run.code).toBe(0);
  return ExtractionSchema.parse(JSON.parse(run.out));
}

function find(gaps: readonly Gap[], code: string, actor: string, instrumentId: string | null): Gap | undefined {
  return gaps.find((g) => g.code === code && g.actor === actor && g.instrumentId === instrumentId);
}

describe("gaps on the bundled seeds", () => {
  test(
    "Kazakhstan: ADVOCATES_NOT_BOUND on crc-opsc and UNDATED_BINDING_ACT on crc-opac, resting on its extracted records",
    async () => {
      const run = await runCli(["gaps", "--format", "json"]);
      expect(run.code).toBe(0);
      const gaps = parse(run.out).gaps;
      const commitments = (await extractOf()).commitments;
      for (const [code, instrumentId] of [
        ["ADVOCATES_NOT_BOUND", "crc-opsc"],
        ["UNDATED_BINDING_ACT", "crc-opac"],
      ] as const) {
        const gap = find(gaps, code, "Kazakhstan", instrumentId);
        expect(gap).toBeDefined();
        expect(gap?.commitmentIds.length).toBeGreaterThan(0);
        const theirs = new Set(commitments.filter((c) => c.actor === "Kazakhstan" && c.instrumentId === instrumentId).map((c) => c.id));
        for (const id of gap?.commitmentIds ?? []) expect(theirs.has(id)).toBe(true);
      }
      // every id a gap names is a record of the same extraction
      const ids = new Set(commitments.map((c) => c.id));
      expect(gaps.flatMap((g) => g.commitmentIds).every((id) => ids.has(id))).toBe(true);
      // the summary: documents, commitments and gaps, by code
      expect(run.errCalls).toHaveLength(1);
      expect(run.errCalls[0]).toMatch(/^commitments: 5 documents read, \d+ commitments, \d+ gaps \(/u);
      expect(run.errCalls[0]).toContain(`${commitments.length} commitments, ${gaps.length} gaps`);
      expect(run.errCalls[0]).toMatch(/UNDATED_BINDING_ACT \d+/u);
    },
    T,
  );

  test(
    "every gap has exactly the six keys, in order, and a known code; the JSON is pretty-printed and stable",
    async () => {
      const a = await runCli(["gaps", "--quiet"]);
      const raw = JSON.parse(a.out) as { gaps: Record<string, unknown>[] };
      expect(Object.keys(raw)).toEqual(["gaps"]);
      expect(raw.gaps.length).toBeGreaterThan(0);
      for (const g of raw.gaps) {
        expect(Object.keys(g)).toEqual(KEYS);
        expect((GAP_CODES as readonly unknown[]).includes(g.code)).toBe(true);
      }
      expect(a.out).toBe(`${JSON.stringify(raw, null, 2)}\n`);
      expect((await runCli(["gaps", "--quiet"])).out).toBe(a.out);
    },
    T,
  );

  test(
    "--checklist children-armed-conflict: CHECKLIST_MISSING for states with no record of crc-opac, none for Kazakhstan's",
    async () => {
      const without = await gapsOf([]);
      expect(without.some((g) => g.code === "CHECKLIST_MISSING")).toBe(false);
      const gaps = await gapsOf(["--checklist", "children-armed-conflict"]);
      const armenia = find(gaps, "CHECKLIST_MISSING", "Armenia", "crc-opac");
      expect(armenia).toBeDefined();
      expect(armenia?.commitmentIds).toEqual([]);
      expect(armenia?.detail).toMatch(/Children and armed conflict/u);
      expect(find(gaps, "CHECKLIST_MISSING", "Kazakhstan", "crc-opac")).toBeUndefined();
      // organisations are not states: an item without an actor does not apply to them
      expect(gaps.some((g) => g.code === "CHECKLIST_MISSING" && /Council|Conference/u.test(g.actor))).toBe(false);
      // the other gaps are the same as without a checklist
      expect(gaps.filter((g) => g.code !== "CHECKLIST_MISSING")).toEqual(without);
    },
    T,
  );

  test(
    "--format csv parses back: the header, then one row per gap in the JSON's order",
    async () => {
      const json = await gapsOf([]);
      const run = await runCli(["gaps", "--quiet", "--format", "csv"]);
      expect(run.code).toBe(0);
      expect(run.out.endsWith("\r\n")).toBe(true);
      const rows = parseCsv(run.out);
      expect(rows[0]).toEqual(KEYS);
      expect(rows.length - 1).toBe(json.length);
      rows.slice(1).forEach((row, i) => {
        const g = json[i] as Gap;
        expect(row).toEqual([g.code, g.actor, g.instrument, g.instrumentId ?? "", g.commitmentIds.join(" "), g.detail]);
      });
    },
    T,
  );

  test(
    "--out FILE writes the file (what stdout would have had), names it in the summary",
    async () => {
      const target = path.join(dir, "gaps.csv");
      const run = await runCli(["gaps", "--format", "csv", "--out", target]);
      expect(run.code).toBe(0);
      expect(run.out).toBe("");
      expect(fs.readFileSync(target, "utf8")).toBe((await runCli(["gaps", "--quiet", "--format", "csv"])).out);
      expect(run.errCalls).toHaveLength(1);
      expect(run.errCalls[0]).toMatch(new RegExp(`gaps \\(.*\\), written to ${target.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}$`, "u"));
      const missing = path.join(dir, "no", "such", "folder", "gaps.json");
      const bad = await runCli(["gaps", "--out", missing]);
      expect(bad.code).toBe(1);
      expect(bad.errCalls.some((l) => l.includes(missing) && !l.includes("\n"))).toBe(true);
    },
    T,
  );

  test(
    "--min-confidence drops records before the rules: no LOW_CONFIDENCE gap survives 0.8",
    async () => {
      const all = await gapsOf([]);
      expect(all.some((g) => g.code === "LOW_CONFIDENCE")).toBe(true);
      const some = await gapsOf(["--min-confidence", "0.8"]);
      expect(some.some((g) => g.code === "LOW_CONFIDENCE")).toBe(false);
      expect(find(some, "UNDATED_BINDING_ACT", "Kazakhstan", "crc-opac")).toBeDefined();
    },
    T,
  );
});

describe("checklist files", () => {
  test(
    "a .csv with a BOM, CRLF, quoted fields, doubled quotes, an Actor column and blank actors",
    async () => {
      const file = writeFileIn(
        dir,
        "lists/my list.csv",
        '\uFEFF"Actor","Instrument"\r\n' +
          '"Kazakhstan","Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography"\r\n' +
          "Kazakhstan,Arms Trade Treaty\r\n" +
          ',"crc-opac"\r\n' +
          '"Armenia","The ""Imaginary"" Accord"\r\n' +
          "\r\n",
      );
      const run = await runCli(["gaps", "--quiet", "--checklist", file]);
      expect(run.code).toBe(0);
      const missing = parse(run.out).gaps.filter((g) => g.code === "CHECKLIST_MISSING");
      // Kazakhstan called for the OPSC (an affirmed record) and has none of the ATT
      expect(find(missing, "CHECKLIST_MISSING", "Kazakhstan", "crc-opsc")).toBeUndefined();
      expect(find(missing, "CHECKLIST_MISSING", "Kazakhstan", "att")).toBeDefined();
      // a blank actor is every state; Kazakhstan ratified crc-opac
      expect(find(missing, "CHECKLIST_MISSING", "Armenia", "crc-opac")).toBeDefined();
      expect(find(missing, "CHECKLIST_MISSING", "Azerbaijan", "crc-opac")).toBeDefined();
      expect(find(missing, "CHECKLIST_MISSING", "Kazakhstan", "crc-opac")).toBeUndefined();
      // an uncatalogued item is kept as written, doubled quotes undone, for its actor only
      const imaginary = missing.filter((g) => g.instrument === 'The "Imaginary" Accord');
      expect(imaginary.map((g) => [g.actor, g.instrumentId])).toEqual([["Armenia", null]]);
      expect(imaginary[0]?.detail).toContain("my list.csv");
      // ... and told about, on one line (--quiet keeps notes, as extract keeps its read notes)
      expect(run.errCalls).toHaveLength(1);
      expect(run.errCalls[0]).toMatch(/^commitments: checklist .*my list\.csv: 1 item names no catalogued instrument .*"The \\"Imaginary\\" Accord"$/u);
    },
    T,
  );

  test(
    "a .txt: one instrument a line, blank lines and # comments skipped",
    async () => {
      const file = writeFileIn(dir, "list.txt", "# children\r\n\r\n  crc-opac  \nSafe Schools Declaration\n#crc-opsc\n");
      const gaps = await gapsOf(["--checklist", file]);
      const missing = gaps.filter((g) => g.code === "CHECKLIST_MISSING");
      expect(find(missing, "CHECKLIST_MISSING", "Armenia", "crc-opac")).toBeDefined();
      expect(find(missing, "CHECKLIST_MISSING", "Armenia", "safe-schools-declaration")).toBeDefined();
      expect(find(missing, "CHECKLIST_MISSING", "Kazakhstan", "crc-opac")).toBeUndefined();
      expect(missing.some((g) => g.instrumentId === "crc-opsc")).toBe(false);
      expect(new Set(missing.map((g) => g.instrumentId))).toEqual(new Set(["crc-opac", "safe-schools-declaration"]));
    },
    T,
  );

  test(
    "a .csv without an Instrument column: one line naming the file and the columns found, exit 1",
    async () => {
      const file = writeFileIn(dir, "wrong.csv", "Country,Treaty\r\nArmenia,crc-opac\r\n");
      const run = await runCli(["gaps", "--checklist", file]);
      expect(run.code).toBe(1);
      expect(run.out).toBe("");
      expect(run.errCalls).toHaveLength(1);
      expect(run.errCalls[0]).not.toContain("\n");
      expect(run.errCalls[0]).toContain(file);
      expect(run.errCalls[0]).toMatch(/no "Instrument" column.*country, treaty/u);
      expect(hasStackTrace(run)).toBe(false);
    },
    T,
  );

  test(
    "an unclosed quote or an empty list is a one-line error, exit 1",
    async () => {
      const unclosed = await runCli(["gaps", "--checklist", writeFileIn(dir, "unclosed.csv", 'Instrument\n"crc-opac\n')]);
      expect(unclosed.code).toBe(1);
      expect(unclosed.errCalls).toEqual([expect.stringMatching(/quoted field opened on line 2 is never closed/u)]);
      const empty = await runCli(["gaps", "--checklist", writeFileIn(dir, "empty.txt", "# nothing yet\n\n")]);
      expect(empty.code).toBe(1);
      expect(empty.errCalls).toEqual([expect.stringMatching(/lists no instruments/u)]);
    },
    T,
  );

  test(
    "an unknown name is a usage error listing the built-ins; so is a file that is not .csv or .txt",
    async () => {
      const run = await runCli(["gaps", "--checklist", "children"]);
      expect(run.code).toBe(2);
      expect(run.out).toBe("");
      const first = run.errLines[0] ?? "";
      expect(first).toMatch(/unknown checklist "children"/u);
      for (const c of BUILT_IN_CHECKLISTS) expect(first).toContain(c.name);
      expect(run.errCalls.join("\n")).toMatch(/usage: commitments gaps/u);
      const xlsx = await runCli(["gaps", "--checklist", writeFileIn(dir, "list.xlsx", "not a workbook")]);
      expect(xlsx.code).toBe(2);
      expect(xlsx.errLines[0]).toMatch(/\.csv .*or \.txt/u);
    },
    T,
  );
});

describe("a small corpus written for the test", () => {
  const corpus = path.join(dir, "corpus");
  beforeAll(() => {
    writeFileIn(corpus, "a.txt", "Chile signed the Arms Trade Treaty on 3 June 2013.\n");
    writeFileIn(corpus, "b.txt", "Peru called on all States to ratify the Arms Trade Treaty.\n");
    writeFileIn(corpus, "c.txt", "Chile did not ratify the Arms Trade Treaty in 2019.\n");
  });

  test(
    "signed but not ratified, advocating without being bound, a negated act",
    async () => {
      const { commitments } = await extractOf([corpus]);
      const idOf = (actor: string, action: string) => commitments.find((c) => c.actor === actor && c.action === action && c.instrumentId === "att")?.id;
      expect([idOf("Chile", "signed"), idOf("Peru", "called-for"), idOf("Chile", "ratified")].every(Boolean)).toBe(true);
      const run = await runCli(["gaps", corpus]);
      expect(run.code).toBe(0);
      const gaps = parse(run.out).gaps;
      expect(gaps.map((g) => [g.code, g.actor, g.instrumentId, g.commitmentIds])).toEqual([
        ["SIGNED_NOT_RATIFIED", "Chile", "att", [idOf("Chile", "signed")]],
        ["NOT_AFFIRMED", "Chile", "att", [idOf("Chile", "ratified")]],
        ["ADVOCATES_NOT_BOUND", "Peru", "att", [idOf("Peru", "called-for")]],
      ]);
      expect(gaps[0]?.instrument).toBe("Arms Trade Treaty");
      expect(gaps[0]?.detail).toMatch(/^signed 2013-06-03\b/u);
      expect(run.errCalls).toEqual(["commitments: 3 documents read, 3 commitments, 3 gaps (ADVOCATES_NOT_BOUND 1, SIGNED_NOT_RATIFIED 1, NOT_AFFIRMED 1)"]); // ties in GAP_CODES order
    },
    T,
  );

  test(
    "sources that disagree: two dates of the binding act, and an affirmed act another source denies",
    async () => {
      const more = path.join(dir, "corpus2");
      writeFileIn(more, "d.txt", "Chile ratified the Arms Trade Treaty on 4 June 2018.\n");
      writeFileIn(more, "e.txt", "Chile ratified the Arms Trade Treaty on 5 July 2019.\n");
      const gaps = await gapsOf([corpus, more]);
      const conflicts = gaps.filter((g) => g.code === "CONFLICTING_EVIDENCE" && g.actor === "Chile");
      expect(conflicts.map((g) => g.detail)).toEqual([
        "binding act dated 2018-06-04 and 2019-07-05 by different sources",
        expect.stringMatching(/affirms \(ratified\) what another denies/u),
      ]);
      // bound now: no longer "signed, not ratified", and the denial is not an open act
      expect(find(gaps, "SIGNED_NOT_RATIFIED", "Chile", "att")).toBeUndefined();
      expect(find(gaps, "NOT_AFFIRMED", "Chile", "att")).toBeUndefined();
      expect(find(gaps, "ADVOCATES_NOT_BOUND", "Peru", "att")).toBeDefined();
    },
    T,
  );

  test(
    "a folder with nothing readable: one line, exit 1; an unknown option is a usage error",
    async () => {
      const emptyDir = path.join(dir, "nothing");
      fs.mkdirSync(emptyDir, { recursive: true });
      const run = await runCli(["gaps", emptyDir]);
      expect(run.code).toBe(1);
      expect(run.errCalls).toEqual([expect.stringMatching(/no document could be read/u)]);
      const missing = await runCli(["gaps", path.join(dir, "missing.txt"), corpus, "--quiet"]);
      expect(missing.code).toBe(0);
      expect(missing.errCalls).toEqual([expect.stringMatching(/cannot read .*missing\.txt/u)]);
      const unknown = await runCli(["gaps", "--xlsx"]);
      expect(unknown.code).toBe(2);
      expect(unknown.errLines[0]).toMatch(/^commitments: unknown option --xlsx\b/u);
      expect((await runCli(["gaps", "--format", "xlsx"])).code).toBe(2);
      expect((await runCli(["gaps", "--checklist"])).errLines[0]).toMatch(/--checklist needs a value/u);
    },
    T,
  );
});

describe("CSV safety and helpers", () => {
  const hostile: Gap = {
    code: "CHECKLIST_MISSING",
    actor: '=HYPERLINK("http://x","y")',
    instrument: "+1,2",
    instrumentId: null,
    commitmentIds: [],
    detail: "@SUM(A1)\nnext line",
  };

  test("cells a spreadsheet would read as a formula get an apostrophe; the rest round-trips", () => {
    const rows = parseCsv(gapsToCsv([hostile, { ...hostile, actor: "-2", code: "LOW_CONFIDENCE", commitmentIds: ["c-1", "c-2"] }]));
    expect(rows[0]).toEqual([...GAP_CSV_COLUMNS]);
    expect(rows[1]).toEqual(["CHECKLIST_MISSING", '\'=HYPERLINK("http://x","y")', "'+1,2", "", "", "'@SUM(A1)\nnext line"]);
    expect(rows[2]?.[1]).toBe("'-2");
    expect(rows[2]?.[4]).toBe("c-1 c-2");
  });

  test("an unknown code is refused on the way out", () => {
    expect(() => gapsToCsv([{ ...hostile, code: "MADE_UP" as Gap["code"] }])).toThrow();
  });

  test(
    "verify: a quote no longer verbatim in its text is UNVERIFIED_SOURCE; an unknown document is not",
    async () => {
      const results: DocumentExtraction[] = await seedExtractions();
      const records = evidenceFromExtraction(results);
      const fresh = findGaps(new EvidenceIndex(records), { verify: verifierFor(results) });
      expect(fresh.some((g) => g.code === "UNVERIFIED_SOURCE")).toBe(false);
      const target = records.find((r) => r.actor === "Kazakhstan" && r.instrumentId === "crc-opac");
      expect(target).toBeDefined();
      const edited = results.map((r) => (r.document.id === target?.doc ? { ...r, text: r.text.replace(target.quote, target.quote.toUpperCase()) } : r));
      const verify = verifierFor(edited);
      expect(verify(target as Evidence)).toBe(false);
      expect(verify({ ...(target as Evidence), doc: "elsewhere.txt" })).toBeNull();
      expect(verify({ ...(target as Evidence), start: null })).toBeNull();
      // the target, and any other record quoting the edited sentence
      const text = new Map(edited.map((r) => [r.document.id, r.text]));
      const broken = records.filter((r) => text.get(r.doc)?.slice(r.start ?? 0, r.end ?? 0) !== r.quote).map((r) => r.id);
      expect(broken).toContain(target?.id);
      const gaps = findGaps(new EvidenceIndex(records), { verify });
      expect(
        gaps
          .filter((g) => g.code === "UNVERIFIED_SOURCE")
          .flatMap((g) => g.commitmentIds)
          .sort(),
      ).toEqual(broken.sort());
    },
    T,
  );
});

describe("help", () => {
  test(
    "commitments --help shows both commands; gaps --help and extract --help their own, on standard output, exit 0",
    async () => {
      const help = await runCli(["--help"]);
      expect(help.code).toBe(0);
      expect(help.errCalls).toEqual([]);
      expect(help.out).toMatch(/usage: commitments extract/u);
      expect(help.out).toMatch(/usage: commitments gaps/u);
      const gaps = await runCli(["gaps", "--help"]);
      expect(gaps.code).toBe(0);
      expect(gaps.errCalls).toEqual([]);
      expect(gaps.out).toMatch(/^usage: commitments gaps/u);
      for (const c of BUILT_IN_CHECKLISTS) expect(gaps.out).toContain(c.name);
      const extract = await runCli(["extract", "--help"]);
      expect(extract.code).toBe(0);
      expect(extract.errCalls).toEqual([]);
      expect(extract.out).toMatch(/^usage: commitments extract/u);
      expect((await runCli(["gapz"])).errCalls.join("\n")).toMatch(/unknown command "gapz".*extract, gaps, matrix and reference/u);
    },
    T,
  );
});
