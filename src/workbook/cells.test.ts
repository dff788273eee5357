import { literals } from "../../test/support/formulas";
import { cellText, columnLetter, formulaString, isFormula, isWebUrl, MAX_LINK_ARGUMENT, sheetRef, webLink, type FormulaCell } from "./cells";

describe("formulaString and sheetRef", () => {
  it("doubles quotes inside a string literal, so the literal cannot be closed early", () => {
    expect(formulaString('say "hi"')).toBe('"say ""hi"""');
    expect(literals(`X(${formulaString('a",1)&CALL("evil')})`)).toEqual({ code: 'X("…")', strings: ['a",1)&CALL("evil'] });
  });
  it("quotes sheet names and doubles their apostrophes", () => {
    expect(sheetRef("Source Text")).toBe("'Source Text'");
    expect(sheetRef("O'Brien's")).toBe("'O''Brien''s'");
  });
});

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [15, "P"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("%i → %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});

describe("isWebUrl", () => {
  it.each(["http://example.org", "https://example.org/a?b=c&d=e#f", "HTTPS://EXAMPLE.ORG/X"])("%s is a web address", (url) => {
    expect(isWebUrl(url)).toBe(true);
  });
  it.each([
    "javascript:alert(1)",
    "JavaScript://%0Aalert(1)",
    "file:///etc/passwd",
    "file://server/share/doc.txt",
    "mailto:someone@example.org",
    "ftp://example.org/file",
    "http://exa mple.org",
    'http://example.org/"),CALL("x',
    "http://example.org/<script>",
    "http://",
    " http://example.org",
    '=HYPERLINK("http://x","y")',
  ])("%s is not", (url) => {
    expect(isWebUrl(url)).toBe(false);
  });
  it("accepts an address of exactly the HYPERLINK argument cap, and not one character more", () => {
    const base = "https://example.org/";
    expect(isWebUrl(base + "a".repeat(MAX_LINK_ARGUMENT - base.length))).toBe(true);
    expect(isWebUrl(base + "a".repeat(MAX_LINK_ARGUMENT - base.length + 1))).toBe(false);
  });
});

describe("webLink", () => {
  it("makes a HYPERLINK formula for a web address, with the address as its cached label", () => {
    const cell = webLink("https://example.org/a?b=1");
    expect(isFormula(cell)).toBe(true);
    const { formula, result } = cell as FormulaCell;
    expect(formula).toBe('HYPERLINK("https://example.org/a?b=1","https://example.org/a?b=1")');
    expect(result).toBe("https://example.org/a?b=1");
    expect(literals(formula)).toEqual({ code: 'HYPERLINK("…","…")', strings: ["https://example.org/a?b=1", "https://example.org/a?b=1"] });
  });
  it("gives no cell for no address", () => {
    expect(webLink(null)).toBeNull();
    expect(webLink("")).toBeNull();
  });
  it.each(["javascript:alert(1)", "file:///C:/Windows/system32/calc.exe", "mailto:a@b.org", '=HYPERLINK("http://x","y")', "not a url"])(
    "leaves %s as plain text, never a formula",
    (url) => {
      const cell = webLink(url);
      expect(isFormula(cell)).toBe(false);
      expect(cell).toBe(url);
    },
  );
  it("leaves an address too long for HYPERLINK as text", () => {
    const url = `https://example.org/${"x".repeat(400)}`;
    expect(webLink(url)).toBe(url);
  });
});

describe("isFormula and cellText", () => {
  it("tells formula cells from values", () => {
    expect(isFormula({ formula: "1+1" })).toBe(true);
    expect(isFormula("=1+1")).toBe(false);
    expect(isFormula(null)).toBe(false);
    expect(isFormula(undefined)).toBe(false);
    expect(isFormula(3)).toBe(false);
  });
  it("shows a formula's cached result, or nothing when it has none", () => {
    expect(cellText({ formula: 'HYPERLINK("a","b")', result: "b" })).toBe("b");
    expect(cellText({ formula: "1+1", result: 2 })).toBe("2");
    expect(cellText({ formula: "1+1" })).toBe("");
  });
  it("shows values as strings and blanks as empty", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText(0.75)).toBe("0.75");
    expect(cellText(0)).toBe("0");
    expect(cellText(false)).toBe("false");
    expect(cellText("=SUM(A1)")).toBe("=SUM(A1)");
  });
});
