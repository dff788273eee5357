/**
 * The workbook contract (SPEC, "Sheets the add-in writes"), run against both writers: the .xlsx
 * file the CLI writes and the Office.js add-in (over the fake Excel). Same scenarios, same answers.
 */
import type { DocumentExtraction } from "../src/core";
import { cellText, isFormula } from "../src/workbook/cells";
import { COMMITMENTS, LAYOUT } from "../src/workbook/layout";
import { machineRows, type MachineRows } from "../src/workbook/rows";
import { seedExtractions } from "./helpers";
import { syntheticDoc } from "./support/syntheticCorpus";
import { WRITERS, type Harness, type RowView } from "./support/workbookHarness";

let seeds: DocumentExtraction[];
let machine: MachineRows;
beforeAll(async () => {
  seeds = await seedExtractions();
  machine = machineRows(seeds);
});

const ids = (rows: RowView[]) => rows.map((r) => r.ID?.text ?? "");
const LAYOUT_TEXT = LAYOUT.map((spec) => ({ spec, text: new Set(spec.columns.filter((c) => c.kind === "text" || c.kind === "choice").map((c) => c.header)) }));

/** Every cell of a layout text column, anywhere in the workbook, that holds a formula. */
async function formulasInText(h: Harness): Promise<string[]> {
  const found: string[] = [];
  for (const { spec, text } of LAYOUT_TEXT) {
    for (const row of await h.rows(spec.table))
      for (const [header, cell] of Object.entries(row)) if (text.has(header) && cell.formula !== null) found.push(`${spec.table}.${header}: ${cell.formula}`);
  }
  return found;
}

// Each writer's first run loads its workbook library cold (exceljs for the .xlsx store): on a loaded two-core machine that has
// taken longer than Jest's default 5 s, a wait and no measure of anything, so the suite allows more.
jest.setTimeout(30_000);

describe.each(WRITERS)("workbook contract: $name", ({ create }) => {
  it("first run: one row per commitment, document, instrument and paragraph, with the layout's headers", async () => {
    const h = create();
    await h.run(seeds);
    for (const spec of LAYOUT) {
      expect(await h.headers(spec.table)).toEqual(spec.columns.map((c) => c.header));
      const rows = await h.rows(spec.table);
      const expected = machine[spec.table as keyof MachineRows];
      expect([spec.table, rows.length]).toEqual([spec.table, expected.length]);
      rows.forEach((row, i) => expect(row[spec.key]!.text).toBe(cellText(expected[i]![spec.key])));
    }
    const commitments = await h.rows("Commitments");
    expect(commitments).toHaveLength(23);
    expect(commitments.every((r) => r.Review!.text === "Pending" && r.Notes!.text === "")).toBe(true);
    expect(commitments.map((r) => r.Evidence!.text)).toEqual(seeds.flatMap((r) => r.commitments.map((c) => c.source.quote)));
  });

  it("re-run: idempotent, every row unchanged", async () => {
    const h = create();
    await h.run(seeds);
    const before = await Promise.all(LAYOUT.map((s) => h.rows(s.table)));
    const summary = await h.run(seeds);
    for (const spec of LAYOUT)
      expect(summary[spec.table]).toEqual({ added: 0, updated: 0, unchanged: machine[spec.table as keyof MachineRows].length, kept: 0, cleared: 0 });
    expect(await Promise.all(LAYOUT.map((s) => h.rows(s.table)))).toEqual(before);
  });

  it("re-run: a document with CRLF line ends, control characters and a literal _x000D_ reads back unchanged", async () => {
    const h = create();
    const doc = syntheticDoc(1, { lead: "\u0001_x000D_\u0007", perParagraph: 2, title: "Statement\non two lines" });
    const crlf = { ...doc, text: doc.text.replace(/\n/gu, "\r\n") };
    crlf.commitments = doc.commitments.map((c) => {
      const start = crlf.text.indexOf(c.source.quote);
      return { ...c, source: { ...c.source, start, end: start + c.source.quote.length } };
    });
    await h.run([crlf]);
    expect((await h.run([crlf])).SourceText).toMatchObject({ updated: 0, unchanged: machineRows([crlf]).SourceText.length });
    const texts = (await h.rows("SourceText")).map((r) => r.Text!.text);
    expect(texts).toEqual(machineRows([crlf]).SourceText.map((r) => r.Text));
    expect(texts[0]).toBe("Statement\r\non two lines");
    expect(texts.some((t) => t.includes("\u0001_x000D_\u0007"))).toBe(true);
    expect((await h.rows("Sources"))[0]!.Title!.text).toBe("Statement\non two lines");
  });

  it("edits to Review and Notes survive a re-run, and a rejected row stays rejected", async () => {
    const h = create();
    await h.run(seeds);
    await h.edit("Commitments", 0, "Review", "Accepted");
    await h.edit("Commitments", 0, "Notes", "checked: UN treaty collection");
    await h.edit("Commitments", 5, "Review", "Rejected");
    await h.edit("Commitments", 5, "Notes", "=not a formula, a note");
    await h.edit("Commitments", 5, "Actor", "overwritten by the user");
    await h.run(seeds);
    await h.run(seeds);
    const rows = await h.rows("Commitments");
    expect(rows[0]).toMatchObject({ Review: { text: "Accepted" }, Notes: { text: "checked: UN treaty collection" } });
    expect(rows[5]).toMatchObject({ Review: { text: "Rejected" }, Notes: { text: "=not a formula, a note", formula: null } });
    // the machine's own columns are the machine's again
    expect(rows[5]!.Actor!.text).toBe(machine.Commitments[5]!.Actor);
    expect(ids(rows)).toEqual(machine.Commitments.map((r) => r.ID));
  });

  it("rows typed by hand (no ID, or an ID the run does not know) stay where they are, as they are", async () => {
    const h = create();
    await h.run(seeds);
    await h.appendRow("Commitments", { Actor: "Typed by hand", Instrument: "Paris Agreement", Review: "Accepted", Notes: "from a phone call" });
    await h.appendRow("Commitments", { ID: "c-mine-0001", Actor: "Unknown id", Evidence: "+1 typed", Notes: "mine" });
    const summary = await h.run(seeds);
    expect(summary.Commitments).toMatchObject({ added: 0, kept: 2, unchanged: 23 });
    const rows = await h.rows("Commitments");
    expect(rows).toHaveLength(25);
    expect(rows[23]).toMatchObject({
      ID: { text: "" },
      Actor: { text: "Typed by hand" },
      Instrument: { text: "Paris Agreement" },
      Review: { text: "Accepted" },
      Notes: { text: "from a phone call" },
    });
    expect(rows[24]).toMatchObject({
      ID: { text: "c-mine-0001" },
      Actor: { text: "Unknown id" },
      Evidence: { text: "+1 typed", formula: null },
      Notes: { text: "mine" },
    });
  });

  it("a column the user added stays, with its values, after the layout's", async () => {
    const h = create();
    await h.run(seeds.slice(0, 3));
    const count = (await h.rows("Commitments")).length;
    await h.addColumn(
      "Commitments",
      "Owner",
      Array.from({ length: count }, (_, i) => `analyst ${i}`),
    );
    await h.run(seeds);
    expect(await h.headers("Commitments")).toEqual([...COMMITMENTS.columns.map((c) => c.header), "Owner"]);
    const rows = await h.rows("Commitments");
    expect(rows.map((r) => r.Owner!.text)).toEqual([
      ...Array.from({ length: count }, (_, i) => `analyst ${i}`),
      ...Array.from({ length: 23 - count }, () => ""),
    ]);
  });

  it("new documents add rows under the old ones without moving them", async () => {
    const h = create();
    await h.run(seeds.slice(0, 2));
    const first = ids(await h.rows("Commitments"));
    const firstSources = ids(await h.rows("Sources"));
    await h.edit("Commitments", first.length - 1, "Notes", "last of the first run");
    const summary = await h.run(seeds);
    const rows = await h.rows("Commitments");
    expect(ids(rows).slice(0, first.length)).toEqual(first);
    expect(rows[first.length - 1]!.Notes!.text).toBe("last of the first run");
    expect(new Set(ids(rows))).toEqual(new Set(machine.Commitments.map((r) => r.ID)));
    expect(ids(await h.rows("Sources")).slice(0, firstSources.length)).toEqual(firstSources);
    expect(summary.Commitments).toEqual({ added: 23 - first.length, updated: 0, unchanged: first.length, kept: 0, cleared: 0 });
    // a run over fewer documents keeps the others' rows
    const again = await h.run(seeds.slice(0, 1));
    expect(again.Commitments!.kept).toBe(23 - seeds[0]!.commitments.length);
    expect(ids(await h.rows("Commitments"))).toEqual(ids(rows));
  });

  it("no text cell holds a formula, even for hostile document text", async () => {
    const h = create();
    const hostile = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"];
    await h.run([...seeds, ...hostile.map((s, i) => syntheticDoc(900 + i, { actor: s, lead: s, title: s, url: s }))]);
    expect(await formulasInText(h)).toEqual([]);
    const rows = await h.rows("Commitments");
    for (const s of hostile) {
      const mine = rows.filter((r) => r.Actor!.text === s);
      expect(mine.length).toBe(3);
      for (const r of mine) expect(r.URL).toEqual({ text: s, formula: null });
    }
    expect((await h.rows("Sources")).filter((r) => hostile.includes(r.Title!.text)).every((r) => r.Title!.formula === null)).toBe(true);
  });

  it("Source and URL cells are HYPERLINK formulas where there is something to link to", async () => {
    const h = create();
    await h.run(seeds);
    const rows = await h.rows("Commitments");
    rows.forEach((row, i) => {
      const m = machine.Commitments[i]!;
      expect(row.Source!.formula).toMatch(/^HYPERLINK\("#'Source Text'!F"&MATCH\(/u);
      expect(row.Source!.formula).toBe(isFormula(m.Source) ? m.Source.formula : null);
      if (isFormula(m.URL)) expect(row.URL).toEqual({ text: cellText(m.URL), formula: m.URL.formula });
      else expect(row.URL).toEqual({ text: "", formula: null });
    });
    expect(rows.filter((r) => r.URL!.formula !== null).length).toBeGreaterThan(0);
    const sources = await h.rows("Sources");
    expect(sources.filter((r) => r.URL!.formula !== null).map((r) => r.URL!.text)).toEqual(seeds.flatMap((r) => (r.document.url ? [r.document.url] : [])));
  });
});

describe("both writers", () => {
  it("give the same rows for the same runs and edits", async () => {
    const views = await Promise.all(
      WRITERS.map(async ({ create }) => {
        const h = create();
        await h.run(seeds.slice(0, 3));
        await h.edit("Commitments", 1, "Review", "Rejected");
        await h.appendRow("Commitments", { Actor: "by hand" });
        await h.run(seeds);
        return Promise.all(LAYOUT.map((s) => h.rows(s.table)));
      }),
    );
    // The CT formulas differ by target (CT.STATUS typed, _xldudf_CT_STATUS in a file): compared apart.
    const FORMULAS = COMMITMENTS.columns.filter((c) => c.kind === "formula").map((c) => c.header);
    const data = (tables: Awaited<(typeof views)[number]>) =>
      tables.map((rows) => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([h]) => !FORMULAS.includes(h)))));
    expect(data(views[1]!)).toEqual(data(views[0]!));
  });
});
