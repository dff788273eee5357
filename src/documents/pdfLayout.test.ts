import { pageText, type PositionedText } from "./pdfLayout";

/** A text item at (x, y), 12 pt, about 6 units a character unless a width is given. */
function item(str: string, x: number, y: number, more: Partial<PositionedText> = {}): PositionedText {
  return { str, transform: [12, 0, 0, 12, x, y], width: str.length * 6, height: 12, hasEOL: false, ...more };
}

describe("pageText: items into lines", () => {
  test("items on one baseline are joined with one space, never two", () => {
    const text = pageText([item("Chile ratified", 72, 700), item("the Arms Trade", 170, 700), item(" Treaty.", 260, 700)]);
    expect(text).toBe("Chile ratified the Arms Trade Treaty.");
  });

  test("items that abut (a word split by a font change) are joined without a space", () => {
    // "Ratif" ends at 72 + 30 = 102, where "ication" starts.
    expect(pageText([item("Ratif", 72, 700), item("ication", 102, 700)])).toBe("Ratification");
  });

  test("hasEOL ends a line even on the same baseline; a baseline change ends one too", () => {
    expect(pageText([item("Date:", 72, 700, { hasEOL: true }), item("12 March 2020", 72, 700)])).toBe("Date:\n12 March 2020");
    expect(pageText([item("Press release", 72, 700), item("Geneva", 72, 686)])).toBe("Press release\nGeneva");
  });

  test("a superscript (small baseline shift) stays on its line", () => {
    expect(pageText([item("Treaty", 72, 700), item("1", 108, 704, { height: 7, width: 4 }), item("entered into force.", 116, 700)])).toBe(
      "Treaty1 entered into force.",
    );
  });

  test("marked-content entries are skipped; control characters become spaces; no items, no text", () => {
    expect(pageText([{ type: "beginMarkedContent" }, item("Kenya\u0002signed.", 72, 700), { type: "endMarkedContent" }])).toBe("Kenya signed.");
    expect(pageText([])).toBe("");
    expect(pageText([item("   ", 72, 700, { hasEOL: true })])).toBe("");
  });
});

describe("pageText: line ends", () => {
  const wide = (str: string, y: number) => item(str, 72, y, { width: 468 }); // reaches the right margin

  test("a line that runs on to the margin without closing punctuation is joined with a space", () => {
    expect(pageText([wide("Chile ratified the Arms Trade", 700), item("Treaty on 4 June 2018.", 72, 686)])).toBe(
      "Chile ratified the Arms Trade Treaty on 4 June 2018.",
    );
  });

  test("a line that ends a sentence, a short line, a list item and a change of size keep their newline", () => {
    expect(pageText([wide("It ratified the Treaty.", 700), item("Kenya signed it.", 72, 686)])).toBe("It ratified the Treaty.\nKenya signed it.");
    expect(pageText([item("PRESS RELEASE", 72, 700), wide("Chile ratified the Arms Trade Treaty today", 686)])).toBe(
      "PRESS RELEASE\nChile ratified the Arms Trade Treaty today",
    );
    expect(pageText([wide("The states that signed it are", 700), item("- Kenya", 72, 686)])).toBe("The states that signed it are\n- Kenya");
    expect(pageText([wide("Statement by the Foreign Minister", 700), item("on the Treaty", 72, 680, { height: 18 })])).toBe(
      "Statement by the Foreign Minister\non the Treaty",
    );
  });

  test("a page of short lines (a letterhead, a metadata block) keeps every newline", () => {
    const block = ["Permanent Mission", "Geneva", "Date: 12 March 2020"].map((s, i) => item(s, 72, 700 - 14 * i));
    expect(pageText(block)).toBe("Permanent Mission\nGeneva\nDate: 12 March 2020");
  });

  test("a gap well over the usual line spacing is a paragraph break; so is a jump up to a new column", () => {
    const lines = [item("First paragraph.", 72, 700), item("Still the first.", 72, 686), item("Second paragraph.", 72, 658)];
    expect(pageText(lines)).toBe("First paragraph.\nStill the first.\n\nSecond paragraph.");
    expect(pageText([item("Left column ends.", 72, 100), item("Right column starts.", 320, 700)])).toBe("Left column ends.\n\nRight column starts.");
  });
});

describe("pageText: hostile pages", () => {
  test("200,000 one-item lines are laid out in linear time, without overflowing the stack", () => {
    const items = Array.from({ length: 200_000 }, (_, i) => item("word", 72, 100_000 - 14 * i));
    const started = Date.now();
    const text = pageText(items);
    expect(text.split("\n")).toHaveLength(200_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
