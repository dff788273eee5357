import type { DocumentExtraction } from "../core";
import { seedExtractions } from "../../test/helpers";
import { literals } from "../../test/support/formulas";
import { syntheticDoc } from "../../test/support/syntheticCorpus";
import { cellText, isFormula, MAX_LINK_ARGUMENT, type FormulaCell } from "./cells";
import { COMMITMENTS, INSTRUMENTS, SOURCE_TEXT, SOURCES } from "./layout";
import { machineRows, MAX_PARAGRAPH, paragraphKey, paragraphs, rowKey, sourceLink, type Paragraph } from "./rows";

const slices = (text: string, paras: Paragraph[]) => paras.map((p) => text.slice(p.start, p.end));

describe("paragraphs", () => {
  it("splits at blank lines and numbers the blocks from 1", () => {
    const text = "First line\nsame paragraph\n\nSecond\n\n\n\nThird";
    const paras = paragraphs(text);
    expect(slices(text, paras)).toEqual(["First line\nsame paragraph", "Second", "Third"]);
    expect(paras.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(paras[1]).toEqual({ number: 2, start: 27, end: 33 });
  });
  it("takes lines of spaces, tabs and CRs as blank, and trims every block", () => {
    const text = "  A \r\n \t\r\n\tB\t\r\n\r\nC  ";
    expect(slices(text, paragraphs(text))).toEqual(["A", "B", "C"]);
  });
  it("gives nothing for empty or blank text", () => {
    expect(paragraphs("")).toEqual([]);
    expect(paragraphs(" \n\n \r\n\t")).toEqual([]);
  });
  it("keeps a paragraph of exactly the cap whole", () => {
    const text = "x".repeat(MAX_PARAGRAPH);
    expect(paragraphs(text)).toEqual([{ number: 1, start: 0, end: MAX_PARAGRAPH }]);
  });
  it("cuts a long paragraph at spaces into trimmed pieces of at most the cap, losing no word", () => {
    const words = Array.from({ length: 5000 }, (_, i) => `word${i}`);
    const text = `Head\n\n${words.join(" ")}\n\nTail`;
    const paras = paragraphs(text);
    expect(paras.length).toBeGreaterThan(3);
    for (const p of paras) expect(p.end - p.start).toBeLessThanOrEqual(MAX_PARAGRAPH);
    const pieces = slices(text, paras);
    for (const piece of pieces) expect(piece).toBe(piece.trim());
    expect(pieces[0]).toBe("Head");
    expect(pieces[pieces.length - 1]).toBe("Tail");
    expect(pieces.slice(1, -1).join(" ").split(" ")).toEqual(words);
    expect(paras.map((p) => p.number)).toEqual(paras.map((_, i) => i + 1));
  });
  it("cuts a long paragraph without spaces at the cap", () => {
    const text = "y".repeat(MAX_PARAGRAPH * 2 + 5);
    expect(paragraphs(text).map((p) => [p.start, p.end])).toEqual([
      [0, MAX_PARAGRAPH],
      [MAX_PARAGRAPH, 2 * MAX_PARAGRAPH],
      [2 * MAX_PARAGRAPH, 2 * MAX_PARAGRAPH + 5],
    ]);
  });
  it("never overlaps and stays in order", () => {
    const text = `${"a ".repeat(9000)}\n\n${"b".repeat(100)}\n\n ${"c ".repeat(5000)}`;
    const paras = paragraphs(text);
    for (let i = 1; i < paras.length; i++) expect(paras[i]!.start).toBeGreaterThanOrEqual(paras[i - 1]!.end);
    for (const p of paras) expect(p.end).toBeGreaterThan(p.start);
  });
});

describe("sourceLink", () => {
  const SHA = "0123456789abcdef".repeat(4);
  it("links to the paragraph's row on the hidden sheet by MATCH on its key (content hash and number), labelled with the document and paragraph", () => {
    const cell = sourceLink("doc.txt", SHA, 4) as FormulaCell;
    expect(isFormula(cell)).toBe(true);
    expect(cell.result).toBe("doc.txt ¶4");
    expect(cell.formula).toBe(`HYPERLINK("#'Source Text'!F"&MATCH("0123456789abcdef#4",'Source Text'!A:A,0),"doc.txt ¶4")`);
  });
  it("gives two documents of the same name, different content, different targets", () => {
    const other = "f".repeat(64);
    expect(literals((sourceLink("doc.txt", SHA, 1) as FormulaCell).formula).strings[1]).not.toBe(
      literals((sourceLink("doc.txt", other, 1) as FormulaCell).formula).strings[1],
    );
  });
  it("keeps a hostile document id inside its string literals (quotes doubled)", () => {
    const doc = 'x",0)&CALL("cmd","/c calc")&"';
    const cell = sourceLink(doc, SHA, 1) as FormulaCell;
    const benign = literals((sourceLink("doc", SHA, 1) as FormulaCell).formula);
    const parsed = literals(cell.formula);
    expect(parsed.code).toBe(benign.code);
    expect(parsed.strings).toEqual(["#'Source Text'!F", paragraphKey(SHA, 1), `${doc} ¶1`]);
  });
  it.each(["=1+1.txt", "+cmd.txt", "-2+3", "@SUM(A1)"])("keeps the document id %s inside a literal", (doc) => {
    const cell = sourceLink(doc, SHA, 2) as FormulaCell;
    expect(literals(cell.formula).strings).toContain(`${doc} ¶2`);
  });
  it("falls back to a plain label when the label would be too long for a link", () => {
    const doc = "d".repeat(MAX_LINK_ARGUMENT);
    expect(sourceLink(doc, SHA, 3)).toBe(`${doc} ¶3`);
    const short = "d".repeat(MAX_LINK_ARGUMENT - 4);
    expect(isFormula(sourceLink(short, SHA, 3))).toBe(true);
  });
});

describe("machineRows", () => {
  let seeds: DocumentExtraction[];
  beforeAll(async () => {
    seeds = await seedExtractions();
  });

  it("gives one Commitments row per commitment and one Sources row per document, in order", () => {
    const rows = machineRows(seeds);
    const commitments = seeds.flatMap((r) => r.commitments);
    expect(commitments).toHaveLength(23);
    expect(rows.Commitments.map((r) => r.ID)).toEqual(commitments.map((c) => c.id));
    expect(rows.Sources.map((r) => r.ID)).toEqual(seeds.map((r) => r.document.id));
    expect(rows.Sources.map((r) => r.Commitments)).toEqual(seeds.map((r) => r.commitments.length));
    expect(rows.Sources.map((r) => r.Characters)).toEqual(seeds.map((r) => r.text.length));
  });

  it("fills every layout column of every table, and no other", () => {
    const rows = machineRows(seeds);
    for (const [spec, table] of [
      [COMMITMENTS, rows.Commitments],
      [SOURCES, rows.Sources],
      [INSTRUMENTS, rows.Instruments],
      [SOURCE_TEXT, rows.SourceText],
    ] as const) {
      for (const row of table) expect(Object.keys(row).sort()).toEqual(spec.columns.map((c) => c.header).sort());
    }
  });

  it("copies each commitment as is: evidence is the verbatim quote, new rows are Pending with no notes", () => {
    const rows = machineRows(seeds);
    const commitments = seeds.flatMap((r) => r.commitments);
    rows.Commitments.forEach((row, i) => {
      const c = commitments[i]!;
      expect(row).toMatchObject({
        Actor: c.actor,
        Action: c.action,
        Instrument: c.instrument,
        Evidence: c.source.quote,
        Polarity: c.polarity,
        Confidence: c.confidence,
      });
      expect(row["Instrument ID"]).toBe(c.instrumentId ?? "");
      expect(row.Date).toBe(c.date ?? "");
      expect(row).toMatchObject({ Review: "Pending", Notes: "", Status: null, Flags: null });
    });
  });

  it("carries the reviewer's decisions, by id, into Review and Notes and leaves the other rows Pending", () => {
    const [first, second] = seeds.flatMap((r) => r.commitments);
    const decisions = new Map([
      [first!.id, { review: "Rejected" as const, note: "not a binding act" }],
      [second!.id, { review: "Accepted" as const }],
    ]);
    const rows = machineRows(seeds, decisions).Commitments;
    expect(rows[0]).toMatchObject({ ID: first!.id, Review: "Rejected", Notes: "not a binding act" });
    expect(rows[1]).toMatchObject({ ID: second!.id, Review: "Accepted", Notes: "" });
    expect(rows.slice(2).every((row) => row.Review === "Pending")).toBe(true);
  });

  it("stores every document's text by paragraph, with offsets that give the text back", () => {
    const rows = machineRows(seeds);
    for (const r of seeds) {
      const mine = rows.SourceText.filter((p) => p.Document === r.document.id);
      expect(mine.length).toBeGreaterThan(0);
      mine.forEach((p, i) => {
        expect(p.Paragraph).toBe(i + 1);
        expect(p.Key).toBe(paragraphKey(r.document.sha256, i + 1));
        expect(p.Text).toBe(r.text.slice(p.Start as number, p.End as number));
      });
    }
    expect(new Set(rows.SourceText.map((p) => p.Key)).size).toBe(rows.SourceText.length);
  });

  it("links each commitment to the paragraph that holds its quote", () => {
    const rows = machineRows(seeds);
    const commitments = seeds.flatMap((r) => r.commitments);
    rows.Commitments.forEach((row, i) => {
      const c = commitments[i]!;
      const key = literals((row.Source as FormulaCell).formula).strings[1] as string;
      const para = rows.SourceText.find((p) => p.Key === key);
      expect(para).toBeDefined();
      expect(para!.Document).toBe(c.source.doc);
      expect(c.source.start).toBeGreaterThanOrEqual(para!.Start as number);
      expect(c.source.start).toBeLessThan(para!.End as number);
    });
  });

  it("links the URL only for web addresses", () => {
    const rows = machineRows(seeds);
    rows.Sources.forEach((row, i) => {
      const url = seeds[i]!.document.url;
      if (url === null) expect(row.URL).toBeNull();
      else expect((row.URL as FormulaCell).result).toBe(url);
    });
    const odd = machineRows([syntheticDoc(1, { url: "javascript:alert(1)" }), syntheticDoc(2, { url: "file:///etc/passwd" })]);
    expect(odd.Sources.map((r) => r.URL)).toEqual(["javascript:alert(1)", "file:///etc/passwd"]);
    for (const row of odd.Commitments) expect(isFormula(row.URL)).toBe(false);
  });

  it("lists each catalog instrument once, sorted by id, and skips commitments without one", () => {
    const rows = machineRows(seeds);
    const ids = [...new Set(seeds.flatMap((r) => r.commitments.map((c) => c.instrumentId)).filter((id): id is string => id !== null))].sort();
    expect(rows.Instruments.map((r) => r.ID)).toEqual(ids);
    for (const row of rows.Instruments) expect(cellText(row.Name)).not.toBe("");
  });

  it("keeps a document without commitments as a source with its text", () => {
    const empty = { ...syntheticDoc(7, { commitments: 0 }) };
    const rows = machineRows([empty]);
    expect(rows.Commitments).toEqual([]);
    expect(rows.Sources).toHaveLength(1);
    expect(rows.Sources[0]!.Commitments).toBe(0);
    expect(rows.SourceText.length).toBeGreaterThan(0);
  });

  it("gives nothing for no documents", () => {
    expect(machineRows([])).toEqual({ Commitments: [], Sources: [], Instruments: [], SourceText: [] });
  });

  it("falls back to the document id when a quote starts before any paragraph", () => {
    const doc = syntheticDoc(3, { commitments: 1 });
    const c = doc.commitments[0]!;
    const shifted = { ...doc, text: `\n\n${doc.text}`, commitments: [{ ...c, source: { ...c.source, start: 0, end: 0, quote: "" } }] };
    expect(machineRows([shifted]).Commitments[0]!.Source).toBe(doc.document.id);
  });
});

describe("rowKey", () => {
  it("reads a key as trimmed text, blank when absent", () => {
    expect(rowKey({ ID: "  c-1 " }, "ID")).toBe("c-1");
    expect(rowKey({ ID: 42 }, "ID")).toBe("42");
    expect(rowKey({ ID: null }, "ID")).toBe("");
    expect(rowKey({}, "ID")).toBe("");
  });
});
