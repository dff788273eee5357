import { extractDocument } from "../index";
import { encodeHTML } from "entities";
import { decodeEntities, htmlToText, looksLikeHtml } from "./html";

describe("htmlToText", () => {
  it("drops scripts, styles and comments together with their content", () => {
    const html =
      "<html><head><style>p { color: red }</style></head><body>" +
      "<script>var s = '<p>Chile ratified the ATT.</p>';</script>" +
      "<!-- Peru ratified the ATT. -->" +
      "<p>Kazakhstan signed the Treaty.</p><noscript>Enable JavaScript</noscript></body></html>";
    expect(htmlToText(html)).toBe("Kazakhstan signed the Treaty.");
  });

  it("drops script content case-insensitively", () => {
    expect(htmlToText("<P>Before</P><SCRIPT>alert('x')</SCRIPT>After")).toBe("Before\nAfter");
  });

  it("decodes named and numeric (decimal and hex) entities", () => {
    expect(htmlToText("<p>Kazakhstan&#8217;s &ldquo;view&rdquo; &amp; Chile&#x2019;s &mdash; caf&eacute;</p>")).toBe("Kazakhstan’s “view” & Chile’s — café");
  });

  it("turns a non-breaking space entity into a space", () => {
    expect(htmlToText("<p>5&nbsp;June&nbsp;2015</p>")).toBe("5 June 2015");
  });

  it("leaves an unknown entity as written", () => {
    expect(decodeEntities("R&D &foo; &amp;")).toBe("R&D &foo; &");
  });

  it("makes block tags line breaks and keeps inline tags inside the line", () => {
    expect(htmlToText("<h1>Title</h1><div><p>One <b>bold</b> line</p><p>Two</p></div>Third<br>Fourth")).toBe("Title\n\nOne bold line\n\nTwo\n\nThird\nFourth");
  });

  it("keeps list items on lines of their own", () => {
    const lines = htmlToText("<p>Signatories:</p><ul><li>Chile</li><li>Ghana</li></ul>").split("\n");
    expect(lines.filter((l) => l !== "")).toEqual(["Signatories:", "Chile", "Ghana"]);
  });

  it("does not crash on unclosed tags", () => {
    expect(htmlToText("<p>Unclosed <b>bold")).toBe("Unclosed bold");
    expect(htmlToText("<p>Text <script>never closed")).toBe("Text");
  });

  it("keeps a lone '<' as text", () => {
    expect(htmlToText("3 < 4 and a<b")).toBe("3 < 4 and a<b");
    expect(htmlToText("<p>text <")).toBe("text <");
  });

  it("stays fast on hostile input (a long run of '<')", () => {
    const hostile = "<".repeat(200_000) + "<p" + "<!--".repeat(10_000);
    const t0 = Date.now();
    expect(typeof htmlToText(hostile)).toBe("string");
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});

describe("looksLikeHtml", () => {
  it("recognises a document and a fragment", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>")).toBe(true);
    expect(looksLikeHtml("<p>Kazakhstan signed.</p>")).toBe(true);
  });

  it("does not take prose that mentions a comparison for HTML", () => {
    expect(looksLikeHtml("Fewer than 3 <5 States objected.")).toBe(false);
  });
});

describe("HTML documents through extractDocument", () => {
  const html =
    "<html><head><title>ignored</title><script>document.write('Chile ratified the Arms Trade Treaty.')</script></head>" +
    "<body><h1>Kazakhstan joins treaty</h1><!-- Peru ratified the Arms Trade Treaty. -->" +
    "<p>Kazakhstan deposited its instrument of accession to the Arms Trade Treaty on 5&nbsp;June 2015.</p></body></html>";

  it("extracts from the visible text only, with offsets into the converted text", () => {
    const r = extractDocument({ id: "a.html", text: html, format: "html" });
    expect(r.text).toBe("Kazakhstan joins treaty\n\nKazakhstan deposited its instrument of accession to the Arms Trade Treaty on 5 June 2015.");
    expect(r.commitments.map((c) => `${c.actor}|${c.action}|${c.instrumentId ?? ""}|${c.date ?? ""}`)).toEqual(["Kazakhstan|acceded|att|2015-06-05"]);
    const c = r.commitments[0];
    expect(c?.source.quote).toBe(r.text.slice(c?.source.start, c?.source.end));
    expect(c?.source.start).toBe(r.text.indexOf("Kazakhstan deposited"));
    expect(c?.source.end).toBe(r.text.length);
  });

  it("sniffs HTML when no format is given", () => {
    const r = extractDocument({ id: "a.html", text: html });
    expect(r.text).not.toContain("<");
    expect(r.commitments.map((c) => c.actor)).toEqual(["Kazakhstan"]);
  });
});

describe("saved web pages as browsers read them", () => {
  /** Writes every non-ASCII character as the named entity a page editor would write ("ô" → "&ocirc;"). */
  const named = (s: string) => encodeHTML(s);
  const fact = (actor: string) => `<p>${named(actor)} ratified the Arms Trade Treaty on 3 March 2016.</p>`;

  it.each(["Côte d’Ivoire", "São Tomé and Príncipe", "Türkiye"])("named entities give the name back: %s", (actor) => {
    const html = fact(actor);
    expect(html).toMatch(/&[a-z]+;/iu);
    expect(htmlToText(html)).toBe(`${actor} ratified the Arms Trade Treaty on 3 March 2016.`);
    const r = extractDocument({ id: "p.html", text: html, format: "html" });
    expect(r.commitments.map((c) => `${c.action}|${c.instrumentId ?? ""}|${c.date ?? ""}`)).toEqual(["ratified|att|2016-03-03"]);
    expect(r.commitments[0]?.source.quote).toContain(actor);
  });

  it("numeric references to the C1 range read as Windows-1252, as browsers do", () => {
    // Windows-1252's characters for 0x80-0x9F (five bytes it leaves undefined keep their code point).
    const windows1252 = [..."€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ"];
    windows1252.forEach((browser, i) => {
      const byte = 0x80 + i;
      expect(htmlToText(`<p>a&#${byte};b</p>`)).toBe(`a${browser}b`);
      expect(htmlToText(`<p>a&#x${byte.toString(16)};b</p>`)).toBe(`a${browser}b`);
    });
    expect(htmlToText("<p>Côte d&#146;Ivoire</p>")).toBe("Côte d’Ivoire");
  });

  it("takes <title> as the title, never the doctype, and keeps it out of the text", () => {
    const page = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Chile &amp; the ATT | Ministry</title></head><body><p>Chile ratified the Arms Trade Treaty.</p></body></html>`;
    const r = extractDocument({ id: "p.html", text: page, format: "html" });
    expect(r.document.title).toBe("Chile & the ATT | Ministry");
    expect(r.text).toBe("Chile ratified the Arms Trade Treaty.");
    expect(r.text).not.toMatch(/doctype/iu);
  });

  it("a page without <title> takes its first line, and the doctype is never text", () => {
    const r = extractDocument({ id: "p.html", text: "<!DOCTYPE html><html><body><h1>Treaty news</h1><p>Body.</p></body></html>" });
    expect(r.document.title).toBe("Treaty news");
  });

  it.each([
    "nav",
    "main",
    "aside",
    "figure",
    "figcaption",
    "address",
    "section",
    "article",
    "header",
    "footer",
    "li",
    "td",
    "tr",
    "h2",
    "h6",
    "p",
    "div",
    "dl",
    "dd",
    "form",
    "details",
    "summary",
    "blockquote",
  ])("<%s> is a block: its text never runs into the next sentence", (tag) => {
    expect(htmlToText(`<${tag}>Home Treaties Contact</${tag}>Kenya signed the Treaty.`)).toBe("Home Treaties Contact\nKenya signed the Treaty.");
    expect(htmlToText(`Menu<${tag}>Kenya signed the Treaty.</${tag}>`)).toBe("Menu\nKenya signed the Treaty.");
  });

  it("a '>' inside a quoted attribute value is not the end of the tag", () => {
    for (const quote of ['"', "'"]) {
      const html = `<p><img alt=${quote}arrow > Peru ratified the Arms Trade Treaty in 2019.${quote} src="x.png">Statement of the day.</p>`;
      expect(htmlToText(html)).toBe("Statement of the day.");
      expect(extractDocument({ id: "p.html", text: html, format: "html" }).commitments).toEqual([]);
    }
  });

  it("skips script, style, noscript and template content, even when it holds tags", () => {
    const hidden = "Peru ratified the Arms Trade Treaty.";
    for (const tag of ["script", "style", "noscript", "template"]) {
      expect(htmlToText(`<p>Visible.</p><${tag}><p>${hidden}</p></${tag}><p>After.</p>`)).toBe("Visible.\n\nAfter.");
    }
  });

  describe("tables", () => {
    const votes = (states: readonly string[], cells: readonly string[]) =>
      states.map((state, k) => `<tr><td>${state}</td><td>${cells[k] ?? ""}</td></tr>`).join("");

    it("gives a data table one line a row, its cells set apart by bars", () => {
      const html = `<p>Status.</p><table><tr><th>State</th><th>Status</th></tr>${votes(["Kenya", "Peru"], ["Signed", "Ratified"])}</table><p>After.</p>`;
      expect(htmlToText(html)).toBe("Status.\n\n| State | Status |\n| Kenya | Signed |\n| Peru | Ratified |\n\nAfter.");
    });

    it("puts a column of notes in sentences after each row, where they are read as sentences", () => {
      const html =
        "<table><tr><th>State</th><th>Status</th><th>Notes</th></tr>" +
        "<tr><td>Indonesia</td><td>Signed</td><td>Indonesia signed on 1 June 2026 and expects to ratify by 2027.</td></tr>" +
        "<tr><td>Rwanda</td><td>Signed</td><td></td></tr></table>";
      expect(htmlToText(html)).toBe(
        "| State | Status |\n| Indonesia | Signed |\nIndonesia signed on 1 June 2026 and expects to ratify by 2027.\n| Rwanda | Signed |",
      );
      const rows = extractDocument({ id: "t.html", text: `<p>The Pandemic Agreement opened for signature.</p>${html}`, format: "html" }).commitments.map(
        (c) => `${c.actor}|${c.action}|${c.polarity}`,
      );
      expect(rows).toEqual(expect.arrayContaining(["Indonesia|signed|affirmed", "Indonesia|ratified|planned", "Rwanda|signed|affirmed"]));
    });

    it("leaves a layout table's long cells as blocks of text", () => {
      const long = "Kenya ratified the Arms Trade Treaty in 2014, after a long debate in its National Assembly about export controls and brokering.";
      expect(htmlToText(`<table><tr><td>${long}</td><td>Menu</td></tr></table>`)).toBe(`${long}\nMenu`);
    });

    it("reads a recorded vote's table under its resolutions' columns, dated by the day the text says each was adopted", () => {
      const html =
        "<p>The General Assembly adopted resolution 78/230 on 22 December 2023.</p>" +
        "<table><tr><th>Country</th><th>Resolution 78/230 (2023)</th></tr>" +
        votes(["Ghana", "Japan", "Mexico"], ["In favour", "Against", "Abstained"]) +
        "</table>";
      const rows = extractDocument({ id: "v.html", text: html, format: "html" }).commitments.map(
        (c) => `${c.actor}|${c.action}|${c.instrument}|${c.polarity}|${c.date}`,
      );
      expect(rows.sort()).toEqual([
        "Ghana|supported|resolution 78/230|affirmed|2023-12-22",
        "Japan|supported|resolution 78/230|negated|2023-12-22",
        "Mexico|supported|resolution 78/230|negated|2023-12-22",
        "UN General Assembly|adopted|resolution 78/230|affirmed|2023-12-22",
      ]);
    });
  });
});
