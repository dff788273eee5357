/** The Reference table: an imported status table round-trips through the sheet; re-import replaces one instrument's rows only. */
import { importStatusTable } from "../src/core";
import { REFERENCE } from "../src/workbook/layout";
import { writeReference } from "../src/workbook/store";
import { XlsxStore } from "../src/workbook/xlsxStore";
import { cellText } from "../src/workbook/cells";

// Two workbook round trips and exceljs's first load: well under a second on a quiet machine, but over jest's default 5 s when the
// machine is loaded (a fresh-clone CI run beside other work timed out here); as test/workbook.contract.test.ts does.
jest.setTimeout(30_000);

/** Made-up participants' dates in the UNTC layout (not the real record). */
const table = (title: string, rows: string[][]) => [
  [title],
  ["Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"],
  ...rows,
];

async function referenceRows(store: XlsxStore): Promise<Record<string, string>[]> {
  const again = await XlsxStore.load(await store.toBuffer());
  const [snapshot] = await again.read([REFERENCE]);
  return snapshot!.rows.filter((r) => r.some((c) => cellText(c) !== "")).map((r) => Object.fromEntries(snapshot!.headers.map((h, j) => [h, cellText(r[j])])));
}

test("an import is written, read back the same, and re-importing one instrument leaves the others alone", async () => {
  const store = XlsxStore.empty();
  const icsant = importStatusTable(
    table("International Convention for the Suppression of Acts of Nuclear Terrorism", [
      ["Kazakhstan", "", "16 Sep 2005 a"],
      ["Chile", "14 Sep 2005", "10 Apr 2010"],
    ]),
  );
  const opac = importStatusTable(
    table("Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict", [["Peru", "", "1 Feb 2002"]]),
  );
  expect((await writeReference(store, icsant, "2026-11-23 10:00:00")).added).toBe(3);
  expect((await writeReference(store, opac, "2026-11-23 10:01:00")).added).toBe(1);
  let rows = await referenceRows(store);
  expect(rows.map((r) => `${r.Actor} ${r["Instrument ID"]} ${r.Action} ${r["Recorded as"]} ${r.Date}`)).toEqual([
    "Kazakhstan icsant acceded accession 2005-09-16",
    "Chile icsant signed signature 2005-09-14",
    "Chile icsant ratified ratification 2010-04-10",
    "Peru crc-opac ratified ratification 2002-02-01",
  ]);
  expect(rows[0]).toMatchObject({ Source: "International Convention for the Suppression of Acts of Nuclear Terrorism", "Imported at": "2026-11-23 10:00:00" });

  // A corrected table for ICSANT: Chile's ratification is gone, Kazakhstan's stays; OPAC is untouched.
  const corrected = importStatusTable(
    table("International Convention for the Suppression of Acts of Nuclear Terrorism", [
      ["Kazakhstan", "", "16 Sep 2005 a"],
      ["Chile", "14 Sep 2005", ""],
    ]),
  );
  const summary = await writeReference(store, corrected, "2026-11-24 09:00:00");
  expect(summary).toMatchObject({ added: 0, cleared: 1 });
  rows = await referenceRows(store);
  expect(rows.map((r) => `${r.Actor} ${r["Instrument ID"]} ${r["Recorded as"]}`)).toEqual([
    "Kazakhstan icsant accession",
    "Chile icsant signature",
    "Peru crc-opac ratification",
  ]);
});

test("once a reference is imported, Status, Flags and every CT.GAPS read it, with the recorded act and the said-against-done gaps cached", async () => {
  const { extractDocument } = await import("../src/core");
  const { writeWorkbook } = await import("../src/workbook/store");
  const { fromExcelJs } = await import("../src/workbook/xlsxStore");
  const { isFormula } = await import("../src/workbook/cells");
  const docs = [
    extractDocument({
      id: "a.txt",
      text: "Kazakhstan ratified the International Convention for the Suppression of Acts of Nuclear Terrorism on 3 March 2006.",
    }),
    extractDocument({
      id: "b.txt",
      text: "Chile has ratified the International Convention for the Suppression of Acts of Nuclear Terrorism on 10 April 2010.",
    }),
  ];
  const store = XlsxStore.empty();
  await writeWorkbook(store, docs);
  await writeReference(
    store,
    importStatusTable(table("International Convention for the Suppression of Acts of Nuclear Terrorism", [["Kazakhstan", "", "16 Sep 2005 a"]])),
    "now",
  );
  const check = (s: XlsxStore) => {
    const ws = s.workbook.getWorksheet("Commitments")!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const cell = (r: number, h: string) => fromExcelJs(ws.getCell(r, headers.indexOf(h) + 1).value);
    const byActor = new Map([2, 3].map((r) => [cellText(cell(r, "Actor")), { status: cell(r, "Status"), flags: cell(r, "Flags") }]));
    const kz = byActor.get("Kazakhstan")!;
    expect(isFormula(kz.status) && kz.status.formula.startsWith("INDEX(_xlfn.ANCHORARRAY(Checks!")).toBe(true);
    const spill = fromExcelJs(s.workbook.getWorksheet("Checks")!.getCell(3, 1).value);
    expect(isFormula(spill) && spill.formula.startsWith("_xldudf_CT_CHECKS(") && spill.formula.endsWith(",Reference[#All])")).toBe(true);
    expect(cellText(kz.status)).toBe("Bound (stated ratified 2006-03-03; recorded accession 2005-09-16)");
    expect(cellText(kz.flags)).toBe("DATE_MISMATCH");
    expect(cellText(byActor.get("Chile")!.flags)).toBe("SAID_NOT_DONE");
    const gaps: string[] = [];
    s.workbook.getWorksheet("Gaps")!.eachRow((row) =>
      row.eachCell((c) => {
        const v = fromExcelJs(c.value);
        gaps.push(isFormula(v) ? v.formula : cellText(v));
      }),
    );
    expect(gaps.filter((g) => g.startsWith("_xldudf_CT_GAPS(")).every((g) => g.endsWith(",,Reference[#All])"))).toBe(true);
    expect(gaps).toEqual(expect.arrayContaining(["DATE_MISMATCH", "SAID_NOT_DONE"]));
  };
  check(store);
  // A later extraction run keeps reading the reference.
  await writeWorkbook(store, docs);
  check(store);
});
