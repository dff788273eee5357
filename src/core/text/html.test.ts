import { extractDocument } from "../index";
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
