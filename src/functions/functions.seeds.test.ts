/**
 * The seven CT functions as Excel calls them: over the Commitments table the writer makes from
 * the seeds (with its header row, as Commitments[#All] gives it), and with bad arguments.
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { errorOf, installCustomFunctions } from "../../test/support/customFunctions";
import { seedExtractions } from "../../test/helpers";
import { importStatusTable, type DocumentExtraction } from "../core";
import { referenceRows } from "../workbook/store";
import { evidenceGrid } from "../workbook/formulas";
import { COMMITMENTS, REFERENCE, SOURCE_TEXT } from "../workbook/layout";
import { planTable } from "../workbook/merge";
import { machineRows } from "../workbook/rows";
import { checks, evidence, extract, flags, gaps, source, status, verify } from "./functions";
import { GAPS_HEADERS } from "./answers";

let uninstall: () => void;
let seeds: DocumentExtraction[];
let table: (string | number | boolean)[][];
let sourceText: (string | number | boolean)[][];
const idOf = (actor: string, instrumentId: string) => seeds.flatMap((r) => r.commitments).find((c) => c.actor === actor && c.instrumentId === instrumentId)!.id;

beforeAll(async () => {
  uninstall = installCustomFunctions();
  seeds = await seedExtractions();
  const rows = machineRows(seeds);
  const plan = planTable(COMMITMENTS, null, rows.Commitments);
  table = evidenceGrid(plan.headers, plan.rows);
  const headers = SOURCE_TEXT.columns.map((c) => c.header);
  sourceText = [headers, ...rows.SourceText.map((r) => headers.map((h) => r[h] as string | number))];
});
afterAll(() => uninstall());

test("functions.json, generated from the JSDoc, declares all nine with their parameters and help links", async () => {
  const result = await generateCustomFunctionsMetadata(path.join(__dirname, "functions.ts"));
  expect(result.errors).toEqual([]);
  const { functions } = JSON.parse(result.metadataJson) as {
    functions: { id: string; description: string; helpUrl: string; parameters: { name: string; optional?: boolean; dimensionality?: string }[] }[];
  };
  const shape = Object.fromEntries(
    functions.map((f) => [f.id, f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}${p.dimensionality === "matrix" ? "[]" : ""}`)]),
  );
  expect(shape).toEqual({
    STATUS: ["actor", "instrument", "evidence[]", "as_of?", "reference?[]"],
    EVIDENCE: ["actor", "instrument", "evidence[]"],
    SOURCE: ["id", "evidence[]"],
    GAPS: ["actor", "evidence[]", "checklist?[]", "reference?[]"],
    FLAGS: ["id", "evidence[]", "reference?[]"],
    CHECKS: ["evidence[]", "reference?[]"],
    MATRIX: ["evidence[]", "actors?[]", "instruments?[]", "as_of?", "reference?[]"],
    EXTRACT: ["text"],
    VERIFY: ["id", "evidence[]", "source_text[]"],
  });
  for (const f of functions) {
    expect(f.description.length).toBeGreaterThan(20);
    expect(f.helpUrl).toBe(`https://localhost:3000/help.html#ct-${f.id.toLowerCase()}`);
  }
}, 60_000);

describe("CHECKS: one call for every row's Status and Flags", () => {
  test("each row's line is what STATUS and FLAGS give for that row, blank rows blank, in the table's order", () => {
    const header = table[0] as string[];
    const at = (h: string) => header.indexOf(h);
    const withBlank = [...table.slice(0, 3), header.map(() => ""), ...table.slice(3)];
    const lines = checks(withBlank);
    expect(lines[0]).toEqual(["Status", "Flags"]);
    expect(lines.length).toBe(withBlank.length);
    expect(lines[3]).toEqual(["", ""]);
    withBlank.slice(1).forEach((row, i) => {
      if (i === 2) return;
      const instrument = String(row[at("Instrument ID")]) === "" ? String(row[at("Instrument")]) : String(row[at("Instrument ID")]);
      expect(lines[i + 1]).toEqual([status(String(row[at("Actor")]), instrument, withBlank), flags(String(row[at("ID")]), withBlank)]);
    });
  });

  test("GAPS with no actor: every actor's gaps from A to Z, as one call per actor gives them", () => {
    const all = gaps("", table) as string[][];
    const actors = [...new Set(all.slice(1).map((r) => r[1] as string))];
    expect(actors).toEqual([...actors].sort((a, b) => a.localeCompare(b, "en")));
    const perActor = actors.flatMap((a) => (gaps(a, table) as string[][]).slice(1));
    expect(all.slice(1)).toEqual(perActor);
    expect(all.length).toBeGreaterThan(3);
  });
});

describe("on the seeds' Commitments table", () => {
  test("STATUS: the level with its deciding act, under any name of actor and instrument, and as of a date", () => {
    expect(status("Kazakhstan", "icsant", table)).toBe("Bound (acceded 2005-09-16)");
    expect(status("Republic of Kazakhstan", "International Convention for the Suppression of Acts of Nuclear Terrorism", table)).toBe(
      "Bound (acceded 2005-09-16)",
    );
    expect(status("Kazakhstan", "OPAC", table)).toBe("Bound (ratified undated)");
    expect(status("Kazakhstan", "crc-opsc", table)).toBe("Advocated (called-for 2018-07-11)");
    expect(status("Armenia", "hague-1954-p2", table)).toBe("Bound (party undated)");
    expect(status("Armenia", "crc-opac", table)).toBe("No record");
    expect(status("Kazakhstan", "icsant", table, "2005-09-15")).toBe("No record");
    expect(status("Kazakhstan", "icsant", table, 38611)).toBe("Bound (acceded 2005-09-16)");
  });

  test("EVIDENCE: the quotes behind the status, each verbatim in its document", () => {
    const quotes = evidence("Kazakhstan", "icsant", table);
    expect(quotes).toHaveLength(1);
    const texts = seeds.map((r) => r.text).join("\n");
    for (const [q] of quotes) expect(texts).toContain(q);
    expect(quotes[0]![0]).toMatch(/Nuclear Terrorism/u);
  });

  test("SOURCE: the document and paragraph, and the sentence", () => {
    const id = idOf("Kazakhstan", "icsant");
    const c = seeds.flatMap((r) => r.commitments).find((x) => x.id === id)!;
    expect(source(id, table)).toMatch(new RegExp(`^${c.source.doc.replace(/\./gu, "\\.")} ¶\\d+: “`, "u"));
    expect(source(id, table)).toContain(c.source.quote);
  });

  test("GAPS: Kazakhstan's call on others to ratify the sale-of-children protocol and its undated ratification of the armed-conflict one", () => {
    const rows = gaps("Kazakhstan", table);
    expect(rows[0]).toEqual([...GAPS_HEADERS]);
    const found = rows.slice(1).map((r) => `${r[0]} ${r[3]}`);
    expect(found).toContain("ADVOCATES_NOT_BOUND crc-opsc");
    expect(found).toContain("UNDATED_BINDING_ACT crc-opac");
    const advocates = rows.find((r) => r[0] === "ADVOCATES_NOT_BOUND")!;
    expect(advocates[4]).toBe(idOf("Kazakhstan", "crc-opsc"));
    const withList = gaps("Armenia", table, [["children-armed-conflict"]]).slice(1);
    expect(withList.filter((r) => r[0] === "CHECKLIST_MISSING").map((r) => r[3])).toEqual([
      "crc-opac",
      "paris-principles",
      "vancouver-principles",
      "safe-schools-declaration",
    ]);
    const userList = gaps("Armenia", table, [["Instrument"], ["Safe Schools Declaration"]]).slice(1);
    expect(userList.filter((r) => r[0] === "CHECKLIST_MISSING").map((r) => r[3])).toEqual(["safe-schools-declaration"]);
    expect(gaps("Chile", table)).toEqual([[...GAPS_HEADERS], ["", "Chile", "", "", "", "No gaps found"]]);
  });

  test("FLAGS: the codes of one row, empty when it has none", () => {
    expect(flags(idOf("Kazakhstan", "crc-opsc"), table)).toBe("ADVOCATES_NOT_BOUND, LOW_CONFIDENCE");
    expect(flags(idOf("Kazakhstan", "crc-opac"), table)).toBe("UNDATED_BINDING_ACT");
    expect(flags(idOf("Kazakhstan", "icsant"), table)).toBe("");
  });

  test("EXTRACT's spill is evidence too (its Quote column)", () => {
    const spilled = extract("Chile ratified the Arms Trade Treaty on 4 June 2018. Peru signed it.");
    expect(status("Chile", "att", spilled)).toBe("Bound (ratified 2018-06-04)");
  });

  test("VERIFY: TRUE while the quote is in the Source Text table (or a cell), FALSE once the text changed", () => {
    const id = idOf("Kazakhstan", "icsant");
    expect(verify(id, table, sourceText)).toBe(true);
    const quote = seeds.flatMap((r) => r.commitments).find((c) => c.id === id)!.source.quote;
    const edited = sourceText.map((r) => r.map((v) => (typeof v === "string" ? v.replace(quote, quote.replace("acceded", "joined")) : v)));
    expect(verify(id, table, edited)).toBe(false);
    expect(verify(id, table, [[`Preamble. ${quote} More.`]])).toBe(true);
    expect(verify(id, table, [["Another text."]])).toBe(false);
  });
});

describe("with the depositary's record (Reference[#All]; made-up dates, not the real record)", () => {
  let reference: string[][];
  beforeAll(() => {
    const result = importStatusTable([
      ["Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict"],
      ["Participant", "Signature", "Ratification, Accession(a)"],
      ["Kazakhstan", "6 Sep 2000", "10 Apr 2003"],
    ]);
    const icsant = importStatusTable([
      ["International Convention for the Suppression of Acts of Nuclear Terrorism"],
      ["Participant", "Signature", "Ratification, Accession(a)"],
      ["Armenia", "", "1 Mar 2010"],
    ]);
    const headers = REFERENCE.columns.map((c) => c.header);
    reference = [headers, ...[...referenceRows(result, "now"), ...referenceRows(icsant, "now")].map((r) => headers.map((h) => String(r[h] ?? "")))];
  });

  test("STATUS shows the recorded act beside the stated one", () => {
    expect(status("Kazakhstan", "crc-opac", table, undefined, reference)).toBe("Bound (stated ratified undated; recorded ratification 2003-04-10)");
    expect(status("Kazakhstan", "icsant", table, undefined, reference)).toBe("Bound (stated acceded 2005-09-16; recorded: none)");
    expect(status("Armenia", "icsant", table, "", reference)).toBe("No record (recorded ratification 2010-03-01)");
    expect(status("Kazakhstan", "crc-opac", table, "2001", reference)).toBe("No record (recorded signature 2000-09-06)");
  });

  test("GAPS and FLAGS add SAID_NOT_DONE where a stated binding act is not on record", () => {
    const kz = gaps("Kazakhstan", table, undefined, reference)
      .slice(1)
      .map((r) => `${r[0]} ${r[3]}`);
    expect(kz).toContain("SAID_NOT_DONE icsant");
    expect(kz).not.toContain("SAID_NOT_DONE crc-opac");
    expect(flags(idOf("Kazakhstan", "icsant"), table, reference)).toBe("SAID_NOT_DONE");
    expect(flags(idOf("Kazakhstan", "icsant"), table)).toBe("");
  });

  test("a range that is not the Reference table is #VALUE!", () => {
    const error = errorOf(() =>
      status("Kazakhstan", "icsant", table, undefined, [
        ["a", "b"],
        ["c", "d"],
      ]),
    );
    expect([error.code, error.message]).toEqual(["#VALUE!", expect.stringMatching(/Reference\[#All\]/u)]);
  });
});

describe("bad arguments get #VALUE! or #N/A with a message saying what to do", () => {
  const cases: [string, () => unknown, string, RegExp][] = [
    ["STATUS without a header row", () => status("Kazakhstan", "icsant", table.slice(1)), "#VALUE!", /include the header row/u],
    ["STATUS with an empty actor", () => status("  ", "icsant", table), "#VALUE!", /actor is empty/u],
    ["STATUS with a range for actor", () => status([["a"]] as unknown as string, "icsant", table), "#VALUE!", /one cell/u],
    ["STATUS with a bad as_of", () => status("Kazakhstan", "icsant", table, "last year"), "#VALUE!", /as_of must be a date/u],
    ["STATUS with a text for evidence", () => status("Kazakhstan", "icsant", "Commitments" as unknown as string[][]), "#VALUE!", /range with a header row/u],
    ["EVIDENCE with no record", () => evidence("Armenia", "crc-opac", table), "#N/A", /no affirmed record of Armenia/u],
    ["SOURCE of an unknown id", () => source("c-0000", table), "#N/A", /no row of evidence has the id "c-0000"/u],
    ["FLAGS of an unknown id", () => flags("c-0000", table), "#N/A", /c-0000/u],
    ["GAPS with an unknown checklist", () => gaps("Kazakhstan", table, [["treaties"]]), "#VALUE!", /not a built-in one \(counter-terrorism/u],
    ["GAPS with a checklist range lacking Instrument", () => gaps("Kazakhstan", table, [["Treaty"], ["x"]]), "#VALUE!", /no "Instrument" column/u],
    [
      "VERIFY against a range that is not the Source Text table",
      () =>
        verify(idOf("Kazakhstan", "icsant"), table, [
          ["a", "b"],
          ["c", "d"],
        ]),
      "#VALUE!",
      /SourceText\[#All\]/u,
    ],
    ["VERIFY of an unknown id", () => verify("c-0000", table, sourceText), "#N/A", /c-0000/u],
    ["EXTRACT of a range", () => extract([["a"], ["b"]] as unknown as string), "#VALUE!", /one cell/u],
  ];
  test.each(cases)("%s", (_name, run, code, message) => {
    const error = errorOf(run);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
