/** Footnote markers and bracketed names in depositary tables: every style is peeled off and kept; names that only look marked are left alone. */
import { cleanParticipant, footnotesOnly, noteOf, peelFootnotes } from "./footnotes";
import { participant } from "./participants";

describe("footnote markers after a participant's name", () => {
  test.each([
    ["Germany1", "Germany", ["1"]],
    ["Chile 2,3", "Chile", ["2", "3"]],
    ["Peru,4", "Peru", ["4"]],
    ["France*", "France", ["*"]],
    ["France **", "France", ["**"]],
    ["Italy [4]", "Italy", ["4"]],
    ["Italy[2, 3]", "Italy", ["2", "3"]],
    ["Spain (5)", "Spain", ["5"]],
    ["Spain¹", "Spain", ["1"]],
    ["Spain¹,²", "Spain", ["1", "2"]],
    ["Austria a", "Austria", ["a"]],
    ["Bolivia (Plurinational State of)2,3", "Bolivia (Plurinational State of)", ["2", "3"]],
    ["Chile 2 *", "Chile", ["2", "*"]],
  ])("%s → %s %j", (raw, name, footnotes) => {
    expect(cleanParticipant(raw)).toEqual({ name, footnotes, bracketed: false });
  });

  test("a bracketed name is a former or withdrawn participant: cleaned, marked, its own markers kept", () => {
    expect(cleanParticipant("[Czechoslovakia]")).toEqual({ name: "Czechoslovakia", footnotes: [], bracketed: true });
    expect(cleanParticipant("[Yugoslavia]3")).toEqual({ name: "Yugoslavia", footnotes: ["3"], bracketed: true });
    expect(cleanParticipant("[German Democratic Republic 4]")).toEqual({ name: "German Democratic Republic", footnotes: ["4"], bracketed: true });
    expect(participant("[Czechoslovakia]2")).toMatchObject({ written: "Czechoslovakia", bracketed: true, footnotes: ["2"] });
  });

  test("names that only look marked are left alone (negative cases)", () => {
    for (const name of ["Micronesia (Federated States of)", "Netherlands (Kingdom of the)", "Côte d'Ivoire", "Timor-Leste", "Holy See", "[a]", "12", "*"]) {
      expect(peelFootnotes(name, true).text).toBe(name);
    }
    // A letter is a footnote only after a name: after a date it is UNTC's suffix (see dates.ts).
    expect(peelFootnotes("Austria a").footnotes).toEqual([]);
  });
});

describe("what may follow a date", () => {
  test("markers only: their list; anything else: null", () => {
    expect(footnotesOnly("")).toEqual([]);
    expect(footnotesOnly("3")).toEqual(["3"]);
    expect(footnotesOnly(", 3")).toEqual(["3"]);
    expect(footnotesOnly("2,4")).toEqual(["2", "4"]);
    expect(footnotesOnly("[4]")).toEqual(["4"]);
    expect(footnotesOnly("¹")).toEqual(["1"]);
    expect(footnotesOnly("*")).toEqual(["*"]);
    expect(footnotesOnly("x")).toBeNull();
    expect(footnotesOnly("soon")).toBeNull();
    expect(footnotesOnly("123")).toBeNull();
  });
});

test("a row's note says its markers and its brackets, or nothing", () => {
  expect(noteOf([])).toBeUndefined();
  expect(noteOf(["2"])).toBe("footnote 2");
  expect(noteOf(["2", "3"], true)).toBe("footnotes 2, 3; in brackets in the table (a former or withdrawn participant)");
});
