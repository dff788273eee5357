import { extractDocument } from "../index";
import { normalizeView, withoutBreaks } from "./normalize";

/** Every character that differs between the original and the view, as [index, original, view]. */
function changes(original: string, view: string): Array<[number, string, string]> {
  const out: Array<[number, string, string]> = [];
  for (let i = 0; i < original.length; i++) if (original[i] !== view[i]) out.push([i, original[i] as string, view[i] as string]);
  return out;
}

describe("normalizeView", () => {
  it("keeps the length, so offsets in the view are offsets in the original", () => {
    const original = "\uFEFFKazakhstan\u2019s \u201CStatement\u201D\r\nNEW YORK,\u00A030\u202FNovember 2017\u2009\u2013 text";
    expect(normalizeView(original)).toHaveLength(original.length);
  });

  it("maps CRLF to a space plus the newline, leaving the newline where it was", () => {
    const original = "Line one.\r\nLine two.";
    const view = normalizeView(original);
    expect(view).toBe("Line one. \nLine two.");
    expect(view.indexOf("\n")).toBe(original.indexOf("\n"));
  });

  it("maps a byte-order mark to a space at index 0", () => {
    expect(changes("\uFEFFTitle", normalizeView("\uFEFFTitle"))).toEqual([[0, "\uFEFF", " "]]);
  });

  it("maps typographic quotes and apostrophes to ASCII ones in place", () => {
    const original = "Kazakhstan\u2019s \u2018view\u2019 of the \u201CTreaty\u201D \u00ABNPT\u00BB";
    expect(normalizeView(original)).toBe('Kazakhstan\'s \'view\' of the "Treaty" "NPT"');
    expect(changes(original, normalizeView(original)).map(([i]) => i)).toEqual([10, 13, 18, 27, 34, 36, 40]);
  });

  it("maps non-breaking and thin spaces and tabs to plain spaces", () => {
    expect(normalizeView("30\u00A0November\u202F2017\tx\u2009y")).toBe("30 November 2017 x y");
  });

  it("maps control characters to spaces and line/paragraph separators to newlines", () => {
    expect(normalizeView("a\u0000b\u0007c\u2028d\u2029e")).toBe("a b c\nd\ne");
  });

  it("leaves ordinary text, dashes and accented letters untouched", () => {
    const original = "Côte d'Ivoire ratified it – in 2015 — and Türkiye signed.";
    expect(normalizeView(original)).toBe(original);
  });

  it("keeps extracted quotes verbatim in the original text (CRLF, BOM, curly quotes)", () => {
    const text = "\uFEFFPress release\r\n\r\nKazakhstan\u2019s Government ratified the \u201CArms Trade Treaty\u201D in 2015.\r\nChile ratified the ATT.";
    const r = extractDocument({ id: "crlf.txt", text });
    expect(r.text).toBe(text);
    expect(r.commitments.length).toBeGreaterThan(0);
    for (const c of r.commitments) {
      expect(c.source.quote).toBe(text.slice(c.source.start, c.source.end));
      expect(c.source.quote).not.toMatch(/^\s|\s$/u);
    }
    const chile = r.commitments.find((c) => c.actor === "Chile");
    expect(chile?.source.quote).toBe("Chile ratified the ATT.");
    expect(chile?.source.start).toBe(text.indexOf("Chile"));
  });

  it("maps invisible characters inside a word to soft hyphens, elsewhere to spaces, in place", () => {
    const original = "\uFEFFNor\u00ADway, Ke\u200Bn\u200Dya\u2060 and\u200B Chile";
    const view = normalizeView(original);
    expect(view).toBe(" Nor\u00ADway, Ke\u00ADn\u00ADya  and  Chile");
    expect(changes(original, view).map(([i]) => i)).toEqual([0, 12, 14, 17, 22]);
  });

  it("keeps a run of invisible characters before a line wrap inside the word", () => {
    expect(normalizeView("Kazakh\u00AD\u200B\r\nstan")).toBe("Kazakh\u00AD\u00AD \nstan");
    expect(normalizeView("Kazakh\u00AD\n\nstan")).toBe("Kazakh \n\nstan");
  });

  it("maps the modifier-letter apostrophe to an ASCII one", () => {
    expect(normalizeView("C\u00F4te d\u02BCIvoire")).toBe("C\u00F4te d'Ivoire");
  });

  it("takes the breaks out of words for whole-text tests (withoutBreaks)", () => {
    const view = normalizeView("Norway rati\u200Bfied it; Chile ac-\r\ncepted it.");
    expect(withoutBreaks(view)).toBe("Norway ratified it; Chile accepted it.");
    expect(withoutBreaks("Chile - Peru")).toBe("Chile - Peru");
  });
});
