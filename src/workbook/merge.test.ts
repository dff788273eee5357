import type { Cell } from "./cells";
import { COMMITMENTS, REFERENCE, SOURCE_TEXT, type TableSpec } from "./layout";
import { planTable, trimBlankTail, type TableSnapshot } from "./merge";
import type { RowValues } from "./rows";

/** A small table: key, two machine columns, a user choice column and a user text column. */
const SPEC: TableSpec = {
  sheet: "T",
  table: "T",
  key: "ID",
  purpose: "test",
  columns: [
    { header: "ID", kind: "text", owner: "machine", width: 10, numberFormat: "@" },
    { header: "Actor", kind: "text", owner: "machine", width: 10, numberFormat: "@" },
    { header: "Link", kind: "link", owner: "machine", width: 10, numberFormat: "General" },
    { header: "Review", kind: "choice", owner: "user", width: 10, numberFormat: "@", choices: ["Pending", "Accepted", "Rejected"] },
    { header: "Notes", kind: "text", owner: "user", width: 10, numberFormat: "@" },
  ],
};
const HEADERS = ["ID", "Actor", "Link", "Review", "Notes"];
const link = (s: string): Cell => ({ formula: `HYPERLINK("#${s}","${s}")`, result: s });
const machine = (id: string, actor: string, extra: Partial<RowValues> = {}): RowValues => ({
  ID: id,
  Actor: actor,
  Link: link(id),
  Review: "Pending",
  Notes: "",
  ...extra,
});
const snapshot = (rows: Cell[][], headers = HEADERS): TableSnapshot => ({ headers, rows });

describe("planTable on a new table", () => {
  it("takes the layout's headers and appends every row with the user's columns at their defaults", () => {
    const plan = planTable(SPEC, null, [
      machine("a", "Norway"),
      machine("b", "Chile", { Review: "Accepted", Notes: "machine note" }),
      machine("c", "Peru", { Review: "Maybe" }),
      machine("d", "Fiji", { Review: { formula: "1+1", result: 2 } }),
    ]);
    expect(plan.headers).toEqual(HEADERS);
    expect(plan.existingRows).toBe(0);
    expect(plan.rows).toEqual([
      ["a", "Norway", link("a"), "Pending", ""],
      // a decision the run carries (from the pane) is written; anything but a listed choice falls back to the first
      ["b", "Chile", link("b"), "Accepted", "machine note"],
      ["c", "Peru", link("c"), "Pending", ""],
      ["d", "Fiji", link("d"), "Pending", ""],
    ]);
    expect(plan.summary).toEqual({ added: 4, updated: 0, unchanged: 0, kept: 0, cleared: 0 });
    expect(plan.machineColumns).toEqual([0, 1, 2]);
    expect(plan.layoutColumns).toEqual([0, 1, 2, 3, 4]);
  });
  it("appends one row per key: a repeated or blank key in the run is not duplicated", () => {
    const plan = planTable(SPEC, null, [machine("a", "first"), machine("a", "second"), machine("", "keyless"), machine("  ", "blank")]);
    expect(plan.rows.map((r) => r[1])).toEqual(["first"]);
  });
});

describe("planTable on a table the user worked on", () => {
  const before = snapshot([
    ["a", "Norway (old)", link("a"), "Accepted", "checked by hand"],
    [null, "typed by hand", null, "Accepted", "no id"],
    ["b", "Chile", link("b"), "Rejected", "wrong treaty"],
    ["zz-unknown", "made up", null, "Pending", "unknown id"],
    ["old", "from an earlier run", link("old"), "Pending", ""],
  ]);

  it("rewrites the machine's columns of matched rows and keeps the user's columns", () => {
    const plan = planTable(SPEC, before, [machine("a", "Norway", { Review: "Pending", Notes: "" }), machine("b", "Chile")]);
    expect(plan.rows[0]).toEqual(["a", "Norway", link("a"), "Accepted", "checked by hand"]);
    expect(plan.summary).toMatchObject({ updated: 1, unchanged: 1 });
  });
  it("keeps a rejected row rejected, in place", () => {
    const plan = planTable(SPEC, before, [machine("b", "Chile")]);
    expect(plan.rows[2]).toEqual(["b", "Chile", link("b"), "Rejected", "wrong treaty"]);
  });
  it("keeps rows without an id, with an unknown id and from earlier runs as they were, where they were", () => {
    const plan = planTable(SPEC, before, [machine("a", "Norway"), machine("b", "Chile"), machine("c", "Ghana")]);
    expect(plan.rows.slice(0, 5).map((r) => r[1])).toEqual(["Norway", "typed by hand", "Chile", "made up", "from an earlier run"]);
    expect(plan.rows[1]).toEqual(before.rows[1]);
    expect(plan.rows[3]).toEqual(before.rows[3]);
    expect(plan.rows[4]).toEqual(before.rows[4]);
    expect(plan.summary).toEqual({ added: 1, updated: 1, unchanged: 1, kept: 3, cleared: 0 });
  });
  it("appends new rows after every existing row", () => {
    const plan = planTable(SPEC, before, [machine("c", "Ghana"), machine("a", "Norway")]);
    expect(plan.existingRows).toBe(5);
    expect(plan.rows).toHaveLength(6);
    expect(plan.rows[5]).toEqual(["c", "Ghana", link("c"), "Pending", ""]);
  });
  it("counts a row whose machine cells are the same as unchanged (numbers and their text alike, formulas by formula)", () => {
    const numbers: TableSpec = { ...SPEC, columns: [...SPEC.columns, { header: "Score", kind: "number", owner: "machine", width: 5, numberFormat: "0.00" }] };
    const plan = planTable(numbers, snapshot([["a", "Norway", { formula: 'HYPERLINK("#a","a")' }, "Pending", "", "0.75"]], [...HEADERS, "Score"]), [
      machine("a", "Norway", { Score: 0.75 }),
    ]);
    expect(plan.summary).toMatchObject({ unchanged: 1, updated: 0 });
    const changed = planTable(SPEC, snapshot([["a", "Norway", link("other"), "Pending", ""]]), [machine("a", "Norway")]);
    expect(changed.summary).toMatchObject({ unchanged: 0, updated: 1 });
    const fromText = planTable(SPEC, snapshot([["a", "Norway", "a", "Pending", ""]]), [machine("a", "Norway")]);
    expect(fromText.summary).toMatchObject({ updated: 1 });
  });
  it("matches keys with surrounding spaces, and updates only the first of two rows with the same key", () => {
    const plan = planTable(
      SPEC,
      snapshot([
        [" a ", "x", null, "Accepted", "1"],
        ["a", "y", null, "Rejected", "2"],
      ]),
      [machine("a", "Norway")],
    );
    expect(plan.rows).toEqual([
      ["a", "Norway", link("a"), "Accepted", "1"],
      ["a", "y", null, "Rejected", "2"],
    ]);
    expect(plan.summary).toEqual({ added: 0, updated: 1, unchanged: 0, kept: 1, cleared: 0 });
  });
  it("never overrides a decision or a note the user made in the workbook", () => {
    const plan = planTable(SPEC, snapshot([["a", "Norway", link("a"), "Rejected", "mine"]]), [
      machine("a", "Norway", { Review: "Accepted", Notes: "overwrite?" }),
    ]);
    expect(plan.rows[0]).toEqual(["a", "Norway", link("a"), "Rejected", "mine"]);
    expect(plan.summary.unchanged).toBe(1);
    expect(plan.machineColumns).not.toContain(3);
    expect(plan.machineColumns).not.toContain(4);
  });
  it("fills a Review still Pending (or blank) and an empty note with the run's decision", () => {
    const before = snapshot([
      ["a", "Norway", link("a"), "Pending", ""],
      ["b", "Chile", link("b"), "", "kept"],
      ["c", "Peru", link("c"), "Pending", ""],
    ]);
    const plan = planTable(SPEC, before, [
      machine("a", "Norway", { Review: "Rejected", Notes: "wrong actor" }),
      machine("b", "Chile", { Review: "Accepted", Notes: "ignored: the row has a note" }),
      machine("c", "Peru"),
    ]);
    expect(plan.rows).toEqual([
      ["a", "Norway", link("a"), "Rejected", "wrong actor"],
      ["b", "Chile", link("b"), "Accepted", "kept"],
      ["c", "Peru", link("c"), "Pending", ""],
    ]);
    expect(plan.summary).toEqual({ added: 0, updated: 2, unchanged: 1, kept: 0, cleared: 0 });
  });
});

describe("planTable with columns the user changed", () => {
  it("keeps the table's own column order and aligns the machine's values with it", () => {
    const headers = ["Notes", "ID", "Review", "Link", "Actor"];
    const plan = planTable(SPEC, snapshot([["mine", "a", "Accepted", null, "old"]], headers), [machine("a", "Norway"), machine("b", "Chile")]);
    expect(plan.headers).toEqual(headers);
    expect(plan.rows).toEqual([
      ["mine", "a", "Accepted", link("a"), "Norway"],
      ["", "b", "Pending", link("b"), "Chile"],
    ]);
    expect(plan.machineColumns.map((i) => headers[i])).toEqual(["ID", "Actor", "Link"]);
    expect(plan.layoutColumns.map((i) => headers[i])).toEqual(["ID", "Actor", "Link", "Review", "Notes"]);
  });
  it("keeps a column the user added, with its values, and leaves it blank on new rows", () => {
    const headers = ["ID", "Actor", "Link", "Review", "Notes", "Owner"];
    const plan = planTable(
      SPEC,
      snapshot(
        [
          ["a", "x", null, "Pending", "", "Ana"],
          [null, "by hand", null, "", "", "Ben"],
        ],
        headers,
      ),
      [machine("a", "Norway"), machine("b", "Chile")],
    );
    expect(plan.headers).toEqual(headers);
    expect(plan.rows.map((r) => r[5])).toEqual(["Ana", "Ben", null]);
    expect(plan.machineColumns).not.toContain(5);
    expect(plan.layoutColumns).not.toContain(5);
  });
  it("reads headers with stray spaces as the layout's", () => {
    const plan = planTable(SPEC, snapshot([["a", "x", null, "Accepted", "n"]], [" ID", "Actor ", "Link", "Review", "Notes"]), [machine("a", "Norway")]);
    expect(plan.headers).toEqual(HEADERS);
    expect(plan.rows[0]).toEqual(["a", "Norway", link("a"), "Accepted", "n"]);
  });
  it("appends the layout columns a table lacks, blank in existing rows until the machine fills its own", () => {
    const plan = planTable(SPEC, snapshot([["a", "x", "Accepted"]], ["ID", "Actor", "Review"]), [machine("a", "Norway")]);
    expect(plan.headers).toEqual(["ID", "Actor", "Review", "Link", "Notes"]);
    expect(plan.rows[0]).toEqual(["a", "Norway", "Accepted", link("a"), null]);
  });
  it("pads short rows and drops cells past the last header", () => {
    const plan = planTable(SPEC, snapshot([["a"], ["b", "y", null, "Pending", "", "stray"]]), []);
    expect(plan.rows).toEqual([
      ["a", null, null, null, null],
      ["b", "y", null, "Pending", ""],
    ]);
  });
});

describe("planTable with clearStaleBy (the source text of re-read documents)", () => {
  const para = (doc: string, n: number, text: string): RowValues => ({
    Key: `${doc}#${n}`,
    Document: doc,
    Paragraph: n,
    Start: 0,
    End: text.length,
    Text: text,
  });
  const headers = SOURCE_TEXT.columns.map((c) => c.header);
  const asRow = (r: RowValues): Cell[] => headers.map((h) => r[h] ?? null);

  it("clears paragraphs of a document in the run that the run no longer has, and keeps other documents' rows", () => {
    const before = snapshot([asRow(para("d1", 1, "one")), asRow(para("d1", 2, "two")), asRow(para("d2", 1, "other"))], headers);
    const plan = planTable(SOURCE_TEXT, before, [para("d1", 1, "one, revised")], { clearStaleBy: "Document" });
    expect(plan.rows[0]).toEqual(asRow(para("d1", 1, "one, revised")));
    expect(plan.rows[1]).toEqual(headers.map(() => null));
    expect(plan.rows[2]).toEqual(asRow(para("d2", 1, "other")));
    expect(plan.summary).toEqual({ added: 0, updated: 1, unchanged: 0, kept: 1, cleared: 1 });
  });
  it("groups by the first non-blank of several columns, and never clears a row in no group", () => {
    const ref = (key: string, id: string, name: string): Cell[] =>
      REFERENCE.columns.map((c) => ({ Key: key, "Instrument ID": id, Instrument: name, Actor: "Peru" })[c.header] ?? null);
    const refHeaders = REFERENCE.columns.map((c) => c.header);
    const asValues = (row: Cell[]): RowValues => Object.fromEntries(refHeaders.map((h, i) => [h, row[i] ?? null]));
    const before = snapshot(
      [ref("a|1", "", "Convention A"), ref("a|2", "", "Convention A"), ref("att|1", "att", "Arms Trade Treaty"), ref("", "", "")],
      refHeaders,
    );
    before.rows[3]![refHeaders.indexOf("Notes")] = "typed by hand";
    const plan = planTable(REFERENCE, before, [asValues(ref("b|1", "", "Convention B")), asValues(ref("a|2", "", "Convention A"))], {
      clearStaleBy: ["Instrument ID", "Instrument"],
    });
    expect(plan.summary).toMatchObject({ added: 1, unchanged: 1, cleared: 1, kept: 2 });
    expect(plan.rows[0]!.every((c, i) => c === null || refHeaders[i] === "Notes")).toBe(true);
    expect(plan.rows[2]![0]).toBe("att|1");
    expect(plan.rows[3]![refHeaders.indexOf("Notes")]).toBe("typed by hand");
  });
  it("clears nothing without the option", () => {
    const before = snapshot([asRow(para("d1", 2, "two"))], headers);
    const plan = planTable(SOURCE_TEXT, before, [para("d1", 1, "one")]);
    expect(plan.rows[0]).toEqual(asRow(para("d1", 2, "two")));
    expect(plan.summary.cleared).toBe(0);
  });
});

describe("planTable on the real layout", () => {
  it("never lists Review or Notes among the Commitments columns it rewrites", () => {
    const plan = planTable(COMMITMENTS, null, []);
    const rewritten = plan.machineColumns.map((i) => plan.headers[i]);
    expect(rewritten).not.toContain("Review");
    expect(rewritten).not.toContain("Notes");
    expect(rewritten).toHaveLength(COMMITMENTS.columns.length - 2);
    expect(plan.rows).toEqual([]);
  });
});

describe("trimBlankTail", () => {
  it("drops blank rows at the end only", () => {
    const rows: Cell[][] = [
      ["a", null],
      [null, ""],
      ["b", null],
      [null, null],
      ["", ""],
    ];
    expect(trimBlankTail(rows)).toEqual([
      ["a", null],
      [null, ""],
      ["b", null],
    ]);
  });
  it("keeps a row holding only a formula or only a note", () => {
    expect(trimBlankTail([[null, { formula: "NOW()" }]])).toHaveLength(1);
    expect(
      trimBlankTail([
        [null, null],
        [null, "note"],
      ]),
    ).toHaveLength(2);
  });
  it("gives the same array back when there is nothing to trim, and nothing for an all-blank body", () => {
    const rows: Cell[][] = [["a"]];
    expect(trimBlankTail(rows)).toBe(rows);
    expect(trimBlankTail([[null], [""]])).toEqual([]);
  });
});
