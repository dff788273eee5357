import { extractDocument } from "../index";
import { readMetadata } from "./metadata";
import { normalizeView } from "./normalize";
import { splitSentences } from "./sentences";

function meta(text: string) {
  return readMetadata(normalizeView(text));
}

/** The sentences extractDocument would read: the body, minus excluded metadata lines. */
function bodySentences(text: string): string[] {
  const view = normalizeView(text);
  const m = readMetadata(view);
  return splitSentences(view, m.bodyStart)
    .filter((s) => !m.excluded.some(([a, b]) => s.start < b && s.end > a))
    .map((s) => text.slice(s.start, s.end));
}

describe("readMetadata: leading Key: value block", () => {
  const text = [
    "Title: Kazakhstan joins the Arms Trade Treaty",
    "Source: Ministry of Foreign Affairs of Kazakhstan",
    "URL: https://www.gov.kz/memleket/entities/mfa/press/news/details/123",
    "Date: 12 March 2018",
    "",
    "Kazakhstan has joined the Arms Trade Treaty.",
  ].join("\n");

  it("reads title, URL and date from the block", () => {
    const m = meta(text);
    expect(m.title).toBe("Kazakhstan joins the Arms Trade Treaty");
    expect(m.url).toBe("https://www.gov.kz/memleket/entities/mfa/press/news/details/123");
    expect(m.date).toBe("2018-03-12");
  });

  it("starts the body after the block and excludes every block line", () => {
    const m = meta(text);
    expect(m.bodyStart).toBe(text.indexOf("\n\n") + 1);
    for (const line of ["Title:", "Source:", "URL:", "Date:"]) {
      const at = text.indexOf(line);
      expect(m.excluded.some(([a, b]) => a === at && b === text.indexOf("\n", at))).toBe(true);
    }
    expect(bodySentences(text)).toEqual(["Kazakhstan has joined the Arms Trade Treaty."]);
  });

  it("reads an ISO date in the Date: line", () => {
    expect(meta("Title: A statement\nDate: 2015-03-03\n\nBody.").date).toBe("2015-03-03");
  });

  it("makes no record from a header line that reads like a commitment", () => {
    const doc = "Title: Chile ratified the Arms Trade Treaty\nSource: Peru signed the Arms Trade Treaty\nDate: 2015-03-03\n\nThe ministry issued a statement.";
    const r = extractDocument({ id: "h.txt", text: doc });
    expect(r.document.title).toBe("Chile ratified the Arms Trade Treaty");
    expect(r.commitments).toEqual([]);
  });
});

describe("readMetadata: permanent link", () => {
  const text = "Kazakhstan statement\n\nMr. President,\n\nWe support the Treaty.\n\nPermanent link: http://www.mfa.kz/en/content-view/123";

  it("reads a 'Permanent link: http…' line anywhere as the URL", () => {
    expect(meta(text).url).toBe("http://www.mfa.kz/en/content-view/123");
  });

  it("excludes that line from the sentences", () => {
    const at = text.indexOf("Permanent link");
    expect(meta(text).excluded).toContainEqual([at, text.length]);
    expect(bodySentences(text)).not.toContain(text.slice(at));
  });
});

describe("readMetadata: datelines", () => {
  it.each([
    ["NEW YORK, 30 November 2017 –", "Press release\n\nNEW YORK, 30 November 2017 – The Security Council met today.", "2017-11-30"],
    ["NEW-YORK, 30 November 2017,", "Kazakhstan at the Council\n\nNEW-YORK, 30 November 2017, The Security Council met.", "2017-11-30"],
    ["[3 December 2007]", "Report of the Conference\n[3 December 2007]\n\nThe Conference adopted the declaration.", "2007-12-03"],
    ["22-10-2012 Statement", "22-10-2012 Statement by the delegation of Kazakhstan\n\nMr. President, we support it.", "2012-10-22"],
    [
      "a date line under the title",
      "Statement by the Delegation of Kazakhstan\n\n14 October 2016\n\nMr. Chairman,\n\nKazakhstan supports the Treaty.",
      "2016-10-14",
    ],
  ])("reads %s", (_label, text, date) => {
    expect(meta(text).date).toBe(date);
  });

  it("reads a standalone date line at the end of a long typed statement", () => {
    const body = "Kazakhstan remains committed to the strengthening of the multilateral disarmament machinery and to dialogue. ".repeat(8);
    const text = `Statement by the Delegation of Kazakhstan\n\nMr. Chairman,\n\n${body.trim()}\n\nThank you.\n\n14 October 2016\n`;
    expect(text.indexOf("14 October")).toBeGreaterThan(600);
    expect(meta(text).date).toBe("2016-10-14");
  });

  it("gives null when the document states no date", () => {
    const m = meta("Statement by the Delegation of Kazakhstan\n\nMr. Chairman,\n\nKazakhstan supports the Treaty.");
    expect(m.date).toBeNull();
    expect(m.url).toBeNull();
  });

  it("takes the first non-blank line as the title when there is no Title: line", () => {
    expect(meta("\n\nKazakhstan Places Priority on Partnership\n\n3 April 2017\n\nText.").title).toBe("Kazakhstan Places Priority on Partnership");
  });

  it("resolves 'today' in the body against the dateline", () => {
    const r = extractDocument({
      id: "d.txt",
      text: "Press release\n\nASTANA, 3 April 2017 – Kazakhstan today deposited its instrument of ratification of the Arms Trade Treaty.",
    });
    expect(r.document.date).toBe("2017-04-03");
    expect(r.commitments.map((c) => [c.actor, c.action, c.date])).toEqual([["Kazakhstan", "ratified", "2017-04-03"]]);
  });

  // BUG (metadata.ts: any day-precision date in the first 600 characters becomes the document's
  // date): a date in running prose is the date of an act, not a dateline, and then wrongly
  // anchors "today" and the dates of calls made in the document.
  test("does not take the date of an act mentioned in the first paragraph for the document's date", () => {
    const text =
      "Kazakhstan and the fight against terrorism\n\n" +
      "Kazakhstan has consistently supported international efforts. It acceded to the International Convention for the " +
      "Suppression of Acts of Nuclear Terrorism on September 16, 2005, and has ratified the other instruments.";
    expect(meta(text).date).toBeNull();
  });

  it.each([
    [
      "a body dateline over a site's Published: line",
      "Eight States act\n\nPublished: Wed 1 Oct 2008 10:31 AM\nNew York, Sep 29 2008 8:10PM\nChile today signed the Treaty.",
      "2008-09-29",
    ],
    ["a weekday dateline", "Press release\n\nWednesday, 4 May 2022\n\nChile signed the Treaty.", "2022-05-04"],
    ["a numeric dateline with a dash", "Peru joins\n\n31/07/2008 - Peru has become an adherent.", "2008-07-31"],
    ["a press-release number before the date", "No:13 - 22 January 2009, Press Release on Iraq\n\nIraq acceded.", "2009-01-22"],
    [
      "'today (25 September)' with the year of the latest dated thing",
      "Statement\n\nThe Minister today (25 September) issued a statement. The parties meet on 27 and 28 November 2014.",
      "2014-09-25",
    ],
    ["a yearless place dateline", "Report\n\nISLAMABAD, March 5: The minister spoke. Pakistan signed it on Jan 1, 2003.", "2003-03-05"],
    ["a closing date line", `Malta signs\n\n${"Malta signed the Treaty. ".repeat(200)}\n25 August 2020\n`, "2020-08-25"],
  ])("reads %s", (_label, text, date) => {
    expect(meta(text).date).toBe(date);
  });

  it("does not take a date a sentence states for the document's date", () => {
    expect(meta("Turkey and the CWC\n\nOn 14 January 1993 Turkey signed the Convention.").date).toBeNull();
  });

  it("gives no date for 'today (25 September)' when the text states no year", () => {
    expect(meta("Statement\n\nThe Minister today (25 September) issued a statement.").date).toBeNull();
  });
});
