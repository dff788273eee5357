import * as fs from "fs";
import * as path from "path";
import { extractDocument, type Extraction } from "../core";
import { encodeExtraction } from "./encode";
import { csvFrom, jsonFrom, toCsv, toJson } from "./formats";

const SEEDS = path.resolve(__dirname, "..", "..", "seeds");
const results = fs.readdirSync(SEEDS).map((f) => extractDocument({ id: f, text: fs.readFileSync(path.join(SEEDS, f), "utf8"), format: "text" }));
const whole: Extraction = { documents: results.map((r) => r.document), commitments: results.flatMap((r) => r.commitments) };

describe("JSON and CSV output built from each document's pieces", () => {
  test("toJson is JSON.stringify(extraction, null, 2) with a final line break, with records, without, and with no document", () => {
    expect(whole.commitments.length).toBeGreaterThan(10);
    expect(toJson(whole)).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    const none: Extraction = { documents: whole.documents, commitments: [] };
    expect(toJson(none)).toBe(`${JSON.stringify(none, null, 2)}\n`);
    expect(toJson({ documents: [], commitments: [] })).toBe(`${JSON.stringify({ documents: [], commitments: [] }, null, 2)}\n`);
    // Quotes holding line breaks, tabs and quotation marks stay escaped inside their string.
    const tricky = { ...(whole.commitments[0] as Extraction["commitments"][number]) };
    tricky.source = { ...tricky.source, quote: 'a "quoted"\nline\tand \\ more\r\n' };
    const one: Extraction = { documents: whole.documents.slice(0, 1), commitments: [tricky] };
    expect(toJson(one)).toBe(`${JSON.stringify(one, null, 2)}\n`);
    expect(JSON.parse(toJson(one)).commitments[0].source.quote).toBe(tricky.source.quote);
  });

  test("the pieces encoded per document (as the worker threads send them) give the same JSON and CSV as the whole extraction", () => {
    const json = results.map((r) => encodeExtraction(r, "json"));
    expect(
      jsonFrom(
        whole.documents,
        json.map((e) => e.encoded),
      ),
    ).toBe(toJson(whole));
    const csv = results.map((r) => encodeExtraction(r, "csv"));
    expect(csvFrom(csv.map((e) => e.encoded))).toBe(toCsv(whole));
    // Documents without records give empty pieces, which leave no empty line or stray comma.
    const withEmpty = [...json.map((e) => e.encoded), "", ""];
    expect(jsonFrom(whole.documents, withEmpty)).toBe(toJson(whole));
    expect(csvFrom(["", ...csv.map((e) => e.encoded), ""])).toBe(toCsv(whole));
  });

  test("each encoded document counts its records by action, in order of first appearance", () => {
    for (const r of results) {
      const counts = encodeExtraction(r, "json").actions;
      expect(counts.reduce((n, [, k]) => n + k, 0)).toBe(r.commitments.length);
      expect(counts.map(([a]) => a)).toEqual([...new Set(r.commitments.map((c) => c.action))]);
    }
  });

  test("a record that breaks the schema is refused before it is written", () => {
    const bad = { ...(results.find((r) => r.commitments.length > 0) as (typeof results)[number]) };
    bad.commitments = [{ ...(bad.commitments[0] as Extraction["commitments"][number]), confidence: 7 }];
    expect(() => encodeExtraction(bad, "json")).toThrow();
  });
});
