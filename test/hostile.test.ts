import * as fs from "fs";
import * as path from "path";
import { extractAll, extractDocument, type Extraction } from "../src/core";
import { toCsv } from "../src/cli/formats";
import { assertVerbatim, hasStackTrace, parseCsv, runCli, seedTexts, spanProblems, tmpDir, writeFileIn } from "./helpers";

/** Bad input through the core API and through the CLI: a clear note or an empty result, never a hang or a crash. */
const T = 30_000;
const dir = tmpDir("ct-hostile-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: Uint8Array | string): string => writeFileIn(dir, name, content);

function parseJson(out: string): Extraction {
  return JSON.parse(out) as Extraction;
}

describe("empty input", () => {
  test(
    "core: empty text gives an empty result and the document is listed",
    () => {
      const r = extractAll([{ id: "empty.txt", text: "" }]);
      expect(r.commitments).toEqual([]);
      expect(r.documents.map((d) => d.id)).toEqual(["empty.txt"]);
    },
    T,
  );

  test(
    "cli: an empty file exits 0 with the document listed and no commitments",
    async () => {
      const run = await runCli(["extract", file("empty.txt", "")]);
      expect(run.code).toBe(0);
      const json = parseJson(run.out);
      expect(json.documents.map((d) => d.id)).toEqual(["empty.txt"]);
      expect(json.commitments).toEqual([]);
    },
    T,
  );
});

describe("binary, invalid UTF-8, missing paths", () => {
  test(
    "cli: a binary file alone is a one-line note mentioning binary, exit 1, no stack trace",
    async () => {
      const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x01, 0x02]);
      const run = await runCli(["extract", file("image.txt", bytes)]);
      expect(run.code).toBe(1);
      const notes = run.errCalls.filter((l) => /binary/iu.test(l));
      expect(notes).toHaveLength(1);
      expect(notes[0]).not.toContain("\n");
      expect(hasStackTrace(run)).toBe(false);
      expect(run.out).toBe("");
    },
    T,
  );

  test(
    "cli: bytes that are not UTF-8 are read as Windows-1252, said so, and still extracted",
    async () => {
      const bytes = Buffer.concat([Buffer.from("Kazakhstan ratified the Paris Agreement "), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(" in 2016.\n")]);
      const run = await runCli(["extract", file("latin.txt", bytes)]);
      expect(run.code).toBe(0);
      expect(run.errCalls.some((l) => l.includes("read as Windows-1252 (not valid UTF-8)"))).toBe(true);
      const json = parseJson(run.out);
      expect(json.commitments.some((c) => c.source.quote.includes("ÿþÃ"))).toBe(true);
      expect(json.commitments.some((c) => c.actor === "Kazakhstan" && c.action === "ratified")).toBe(true);
    },
    T,
  );

  test(
    "cli: UTF-8 with a broken byte is noted, decoded with U+FFFD, and still extracted",
    async () => {
      const bytes = Buffer.concat([
        Buffer.from("Türkiye and Côte d’Ivoire ratified the Paris Agreement "),
        Buffer.from([0xff]),
        Buffer.from(" in 2016 (São Tomé signed it).\n"),
      ]);
      const run = await runCli(["extract", file("damaged.txt", bytes)]);
      expect(run.code).toBe(0);
      expect(run.errCalls.some((l) => l.includes("read as UTF-8 (1 invalid byte replaced by U+FFFD)"))).toBe(true);
      const json = parseJson(run.out);
      expect(json.commitments.some((c) => c.source.quote.includes("\uFFFD"))).toBe(true);
      expect(json.commitments.some((c) => c.actor === "Türkiye" && c.action === "ratified")).toBe(true);
    },
    T,
  );

  test(
    "cli: a missing path is a one-line error, exit 1",
    async () => {
      const missing = path.join(dir, "no-such-file.txt");
      const run = await runCli(["extract", missing]);
      expect(run.code).toBe(1);
      const lines = run.errCalls.filter((l) => l.includes(missing));
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toContain("\n");
      expect(hasStackTrace(run)).toBe(false);
    },
    T,
  );

  test(
    "cli: an unknown option exits 2 with the usage",
    async () => {
      const run = await runCli(["extract", "--bogus"]);
      expect(run.code).toBe(2);
      expect(run.errCalls.join("\n")).toMatch(/--bogus/u);
      expect(run.errCalls.join("\n")).toMatch(/usage: commitments extract/u);
    },
    T,
  );

  test(
    "cli: an unknown --format gets a clear message listing the formats, not an unexpected error",
    async () => {
      const run = await runCli(["extract", "--format", "ods"]);
      expect(run.code).toBe(2);
      expect(run.errCalls.join("\n")).toMatch(/unknown format "ods"/u);
      expect(run.errCalls.join("\n")).toMatch(/json, csv or xlsx/u);
      expect(run.errCalls.join("\n")).not.toMatch(/unexpected error/u);
    },
    T,
  );

  test(
    "cli: a folder with a .pdf next to a .txt skips the pdf with a note and reads the txt",
    async () => {
      file("folder/report.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
      file("folder/statement.txt", "Kazakhstan ratified the Paris Agreement in 2016.\n");
      const run = await runCli(["extract", path.join(dir, "folder")]);
      expect(run.code).toBe(0);
      expect(run.errCalls.some((l) => l.includes("report.pdf") && /skipped/u.test(l))).toBe(true);
      const json = parseJson(run.out);
      expect(json.documents.map((d) => d.id)).toEqual(["statement.txt"]);
      expect(json.commitments.some((c) => c.source.doc === "statement.txt" && c.action === "ratified")).toBe(true);
    },
    T,
  );

  test(
    "cli: a file over the size limit is skipped with a note, exit 1",
    async () => {
      const huge = path.join(dir, "huge.txt");
      fs.writeFileSync(huge, "");
      fs.truncateSync(huge, 65 * 1024 * 1024); // sparse: costs no disk, checked by size before reading
      const run = await runCli(["extract", huge]);
      expect(run.code).toBe(1);
      expect(run.errCalls.some((l) => l.includes("huge.txt") && /limit/u.test(l) && !l.includes("\n"))).toBe(true);
      expect(hasStackTrace(run)).toBe(false);
    },
    T,
  );

  // BUG (src/cli/files.ts, readInputs: `id: path.basename(file)`): two files with the same name in
  // different folders get the same document id, so `source.doc` cannot tell which one a record quotes.
  test(
    "cli: files with the same name in different folders get distinct document ids",
    async () => {
      file("twins/a/statement.txt", "France ratified the Paris Agreement.\n");
      file("twins/b/statement.txt", "Chile signed the Kyoto Protocol.\n");
      const run = await runCli(["extract", "--quiet", path.join(dir, "twins")]);
      expect(run.code).toBe(0);
      const json = parseJson(run.out);
      expect(json.documents).toHaveLength(2);
      expect(new Set(json.documents.map((d) => d.id)).size).toBe(2);
    },
    T,
  );
});

describe("huge and pathological text", () => {
  test("5 MB without a space: no hang, empty result (core and cli)", async () => {
    const text = "a".repeat(5 * 1024 * 1024);
    const r = extractDocument({ id: "nospace.txt", text });
    expect(r.commitments).toEqual([]);
    expect(r.text.length).toBe(text.length);
    const run = await runCli(["extract", "--quiet", file("nospace.txt", text)]);
    expect(run.code).toBe(0);
    expect(parseJson(run.out).commitments).toEqual([]);
  }, 60_000);

  test(
    "1 MB of '(' finishes with an empty result",
    () => {
      const r = extractDocument({ id: "parens.txt", text: "(".repeat(1024 * 1024) });
      expect(r.commitments).toEqual([]);
    },
    T,
  );

  test("20 MB realistic document: commitments found, every quote verbatim", () => {
    const seed = seedTexts().find((s) => s.includes("acceded to the International Convention")) ?? (seedTexts()[0] as string);
    const text = seed.repeat(Math.ceil((20 * 1024 * 1024) / seed.length));
    const r = extractDocument({ id: "big.txt", text });
    expect(r.text.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    expect(r.commitments.length).toBeGreaterThan(0);
    assertVerbatim(r);
  }, 180_000);

  test("10,000 'Kazakhstan ratified the Convention.' lines finish; with an antecedent they give verbatim records", () => {
    const lines = "Kazakhstan ratified the Convention.\n".repeat(10_000);
    const bare = extractDocument({ id: "bare.txt", text: lines });
    assertVerbatim(bare);
    const text = `Kazakhstan ratified the Convention on Biological Diversity.\n${lines}`;
    const r = extractDocument({ id: "lines.txt", text });
    expect(r.commitments.length).toBeGreaterThan(0);
    expect(r.commitments.every((c) => c.actor === "Kazakhstan" && c.action === "ratified")).toBe(true);
    assertVerbatim(r);
  }, 60_000);

  test("'a, ' repeated 200k times finishes with an empty result", () => {
    const r = extractDocument({ id: "commas.txt", text: `Kazakhstan ratified ${"a, ".repeat(200_000)}the Paris Agreement.` });
    assertVerbatim(r);
    expect(r.commitments.every((c) => c.actor === "Kazakhstan")).toBe(true);
    const r2 = extractDocument({ id: "commas2.txt", text: "a, ".repeat(200_000) });
    expect(r2.commitments).toEqual([]);
  }, 60_000);

  test.each([
    ["100k nested quotes", "\"\u201C'".repeat(100_000)],
    ["100k open brackets", "([{<".repeat(100_000)],
    ["100k close brackets", ")]}>".repeat(100_000)],
    ["nested quotes around a sentence", `${'"('.repeat(50_000)}Kazakhstan ratified the Paris Agreement.${')"'.repeat(10)}`],
  ])(
    "%s: no hang, no crash, spans verbatim",
    (_name, text) => {
      const r = extractDocument({ id: "nest.txt", text });
      assertVerbatim(r);
      expect(r.text).toBe(text);
    },
    60_000,
  );
});

describe("HTML", () => {
  const html = `<!DOCTYPE html><html><head><title>Statement</title>
<style>p::after { content: "Kazakhstan ratified the Kyoto Protocol." }</style>
<script>var s = "Kazakhstan ratified the Paris Agreement."; document.write(s);</script></head>
<body><p>Kazakhstan acceded to the International Convention for the Suppression of Acts of Nuclear Terrorism on 16 September 2005.</p>
<SCRIPT type="text/javascript">// Kazakhstan signed the Arms Trade Treaty.
</SCRIPT><noscript>Kazakhstan ratified the Chemical Weapons Convention.</noscript></body></html>`;

  function checkHtml(commitments: Extraction["commitments"]): void {
    const instruments = commitments.map((c) => c.instrumentId ?? c.instrument);
    expect(commitments.some((c) => c.action === "acceded" && /Nuclear Terrorism/u.test(c.instrument))).toBe(true);
    for (const c of commitments) {
      expect(c.source.quote).not.toMatch(/Kyoto|Paris|Arms Trade|Chemical Weapons|<|document\.write/u);
    }
    for (const i of instruments) expect(i).not.toMatch(/^(?:kyoto-protocol|paris-agreement|att|cwc)$|Kyoto|Paris|Arms Trade|Chemical/u);
  }

  test(
    "core: script/style content is not extracted, the body's commitment is",
    () => {
      const r = extractDocument({ id: "page.html", text: html, format: "html" });
      expect(r.text).not.toMatch(/Paris Agreement|Kyoto|Arms Trade|<script/iu);
      checkHtml(r.commitments);
      assertVerbatim(r);
      // sniffed as HTML when no format is given
      checkHtml(extractDocument({ id: "page", text: html }).commitments);
    },
    T,
  );

  test(
    "cli: an .html file gives the body's commitment only",
    async () => {
      const run = await runCli(["extract", "--quiet", file("page.html", html)]);
      expect(run.code).toBe(0);
      checkHtml(parseJson(run.out).commitments);
    },
    T,
  );

  test(
    "unclosed and hostile markup stays linear and verbatim",
    () => {
      const text = `<html><body><p>Kazakhstan ratified the Paris Agreement.</p>${"<".repeat(200_000)}<script>${"x".repeat(1000)}`;
      const r = extractDocument({ id: "bad.html", text, format: "html" });
      assertVerbatim(r);
      expect(r.commitments.some((c) => c.instrumentId === "paris-agreement")).toBe(true);
    },
    T,
  );
});

describe("hostile strings never become formulas in CSV", () => {
  const FORMULA = /^[=+\-@\t\r]/u;
  const text = [
    "Statement of Kazakhstan",
    '=HYPERLINK("http://x","y") Kazakhstan ratified the Paris Agreement.',
    "+1 Kazakhstan acceded to the Convention on Biological Diversity.",
    "-2+3 Kazakhstan signed the Arms Trade Treaty.",
    "@SUM(A1) Kazakhstan ratified the Kyoto Protocol.",
    "\tKazakhstan ratified the Chemical Weapons Convention.",
  ].join("\n");

  test(
    "quotes that start with = + - @ are extracted verbatim and defused in CSV",
    () => {
      const extraction = extractAll([{ id: "hostile.txt", text }]);
      expect(spanProblems(text, extraction.commitments)).toEqual([]);
      const hostileQuotes = extraction.commitments.filter((c) => /^[=+\-@]/u.test(c.source.quote));
      expect(hostileQuotes.length).toBeGreaterThanOrEqual(2);
      const rows = parseCsv(toCsv(extraction));
      expect(rows.length).toBe(extraction.commitments.length + 1);
      for (const row of rows) for (const f of row) expect(f).not.toMatch(FORMULA);
    },
    T,
  );

  test(
    "every text column is defused, including document ids and instruments",
    () => {
      const ids = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"];
      const extraction = extractAll(ids.map((id, i) => ({ id, text: `${id} Kazakhstan ratified the Paris Agreement in 201${i}.` })));
      expect(extraction.commitments.length).toBe(ids.length);
      const hacked: Extraction = {
        documents: extraction.documents,
        commitments: extraction.commitments.map((c, i) => ({
          ...c,
          actor: ids[i] as string,
          instrument: ids[(i + 1) % ids.length] as string,
          instrumentName: ids[(i + 2) % ids.length] as string,
        })),
      };
      const rows = parseCsv(toCsv(hacked));
      expect(rows.length).toBe(ids.length + 1);
      for (const row of rows.slice(1)) {
        expect(row).toHaveLength(rows[0]?.length ?? -1);
        for (const f of row) expect(f).not.toMatch(FORMULA);
      }
      // defused, not lost: the original text follows the apostrophe
      const docCol = rows[0]?.indexOf("doc") ?? -1;
      expect(rows.slice(1).map((r) => r[docCol])).toEqual(ids.map((id) => `'${id}`));
    },
    T,
  );
});
