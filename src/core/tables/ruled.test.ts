/** Plain-text tables drawn with rules (UNTC's older copies and PDFs): each drawing style, and texts that are not ruled tables. */
import { isRuledText, isRuleLine, parseRuled, parseTableText } from "./ruled";

const FRAMED = [
  "Convention on the Rights of the Child",
  "+----------------------+-------------+-----------------+",
  "| Participant          | Signature   | Ratification,   |",
  "|                      |             | Accession (a),  |",
  "|                      |             | Succession (d)  |",
  "+----------------------+-------------+-----------------+",
  "| Chile                | 26 Jan 1990 | 13 Aug 1990     |",
  "| [Czechoslovakia]     | 30 Sep 1990 |  7 Jan 1991     |",
  "+----------------------+-------------+-----------------+",
].join("\n");

const BROKEN_BAR = [
  "Convention on the Rights of the Child",
  "Participant          ¦ Signature   ¦ Ratification,",
  "                     ¦             ¦ Accession (a),",
  "                     ¦             ¦ Succession (d)",
  "---------------------+-------------+----------------",
  "Chile                ¦ 26 Jan 1990 ¦ 13 Aug 1990",
  "Peru                 ¦             ¦  4 Sep 1990 a",
].join("\r\n");

const BOX = [
  "┌──────────────┬─────────────┬───────────────┐",
  "│ Participant  │ Signature   │ Ratification, │",
  "│              │             │ Accession (a) │",
  "├──────────────┼─────────────┼───────────────┤",
  "│ Chile        │ 26 Jan 1990 │ 13 Aug 1990   │",
  "└──────────────┴─────────────┴───────────────┘",
].join("\n");

describe("parseRuled", () => {
  test("a framed pipe table: one row per line, rules are blank rows, the frame's outside is no cell", () => {
    expect(parseRuled(FRAMED)).toEqual([
      ["Convention on the Rights of the Child"],
      [""],
      ["Participant", "Signature", "Ratification,"],
      ["", "", "Accession (a),"],
      ["", "", "Succession (d)"],
      [""],
      ["Chile", "26 Jan 1990", "13 Aug 1990"],
      ["[Czechoslovakia]", "30 Sep 1990", "7 Jan 1991"],
    ]);
  });

  test("broken bars without a frame: a continuation line keeps its empty cells in place (CRLF line ends)", () => {
    expect(parseRuled(BROKEN_BAR).slice(1, 7)).toEqual([
      ["Participant", "Signature", "Ratification,"],
      ["", "", "Accession (a),"],
      ["", "", "Succession (d)"],
      [""],
      ["Chile", "26 Jan 1990", "13 Aug 1990"],
      ["Peru", "", "4 Sep 1990 a"],
    ]);
  });

  test("box-drawing characters", () => {
    expect(parseRuled(BOX).filter((r) => r.some(Boolean))).toEqual([
      ["Participant", "Signature", "Ratification,"],
      ["", "", "Accession (a)"],
      ["Chile", "26 Jan 1990", "13 Aug 1990"],
    ]);
  });
});

describe("which text is a ruled table (negative cases included)", () => {
  test("rule lines", () => {
    for (const line of ["+----+----+", "-----+-----", "───┼───", "| --- | :---: |", "====="]) expect(isRuleLine(line)).toBe(true);
    for (const line of ["", "--", "Chile | 1 Jan 2000", "- a -"]) expect(isRuleLine(line)).toBe(false);
  });

  test("tab-separated, CSV and one pipe in a title are not ruled tables, and are read as before", () => {
    expect(isRuledText([FRAMED, BROKEN_BAR, BOX].join("\n"))).toBe(true);
    expect(isRuledText("Participant\tSignature\nChile | x\t1 Jan 2000\nPeru | y\t2 Jan 2000")).toBe(false);
    expect(isRuledText("Title | with a pipe\nParticipant,Signature\nChile,1 Jan 2000")).toBe(false);
    expect(parseTableText("Participant;Signature\nChile;1 Jan 2000")).toEqual([
      ["Participant", "Signature"],
      ["Chile", "1 Jan 2000"],
    ]);
    expect(parseTableText("a | b\nc | d", "tsv")).toEqual([["a | b"], ["c | d"]]);
  });
});
