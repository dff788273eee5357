import * as fs from "fs";
import { encodeHTML } from "entities";
import { extractDocument, type Commitment, type Extraction } from "../src/core";
import { fileSource } from "../src/taskpane/state/sources";
import { runCli, tmpDir, writeFileIn } from "./helpers";

/**
 * A web page saved from a ministry or UN site (written here: named and numeric entities, a
 * navigation menu, a cookie banner script, a footer) reads as the text a reader sees: the same
 * commitments as that text typed out, and the page's <title> as the document's title.
 */
const T = 30_000;
const dir = tmpDir("ct-saved-page-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TITLE = "Côte d’Ivoire and São Tomé and Príncipe join the Arms Trade Treaty – Meetings Coverage";
const PARAGRAPHS = [
  "NEW YORK, 14 March 2019",
  "Côte d’Ivoire deposited its instrument of ratification of the Arms Trade Treaty on 12 March 2019, the Office for Disarmament Affairs said today.",
  "São Tomé and Príncipe acceded to the Convention on Cluster Munitions on 9 March 2019.",
  "Türkiye signed the Arms Trade Treaty on 2 July 2013 but has not ratified it.",
  "The Secretary-General welcomed both acts and called on all States to join the treaties “without delay”.",
];

/** Non-ASCII as named entities ("ô" → "&ocirc;"), except ’ written as the numeric reference old editors emit (&#146;). */
function entities(text: string): string {
  return encodeHTML(text).replace(/&rsquo;/gu, "&#146;");
}

function savedPage(): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en" dir="ltr"><head><meta charset="utf-8">',
    `<title>${entities(TITLE)}</title>`,
    '<meta name="description" content="Press release > Arms Trade Treaty">',
    "<style>.menu > li { display: inline }</style>",
    "<script>window.dataLayer = []; if (a > b) { document.write('<p>Peru ratified the Arms Trade Treaty.</p>'); }</script>",
    "</head><body>",
    '<a class="skip" href="#main">Skip to main content</a>',
    '<header><nav aria-label="Main"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/press" title="Press > Releases">Press releases</a></li><li>Meetings</li></ul></nav></header>',
    '<main id="main"><article>',
    ...PARAGRAPHS.map((p, i) => (i === 0 ? `<p class="dateline"><time datetime="2019-03-14">${entities(p)}</time></p>` : `<p>${entities(p)}</p>`)),
    '<figure><img src="att.jpg" alt="A signing > ceremony"><figcaption>Photo&nbsp;by UN&nbsp;Photo</figcaption></figure>',
    "</article></main>",
    "<aside><h2>Related</h2><ul><li>Disarmament &amp; arms control</li></ul></aside>",
    "<footer><address>United Nations, New York, NY 10017</address><p>&copy; United Nations</p></footer>",
    "<noscript><p>Ghana ratified the Arms Trade Treaty.</p></noscript>",
    "</body></html>",
  ].join("\n");
}

/** What a reader sees, typed out as a .txt: the menu, the article, the aside and footer on lines of their own. */
const PLAIN = [
  "Skip to main content",
  "Home",
  "Press releases",
  "Meetings",
  ...PARAGRAPHS,
  "Photo by UN Photo",
  "Related",
  "Disarmament & arms control",
  "United Nations, New York, NY 10017",
  "© United Nations",
].join("\n\n");

const key = (c: Commitment) => [c.actor, c.action, c.instrumentId ?? c.instrument, c.date ?? "", c.polarity, c.source.quote].join("|");

describe("a saved web page", () => {
  test("gives the same commitments as its text, quoting the text the page reads as, and its <title>", () => {
    const page = extractDocument({ id: "press.html", text: savedPage(), format: "html" });
    const text = extractDocument({ id: "press.txt", text: PLAIN });
    expect(text.commitments.length).toBeGreaterThanOrEqual(4);
    expect(page.commitments.map(key)).toEqual(text.commitments.map(key));
    for (const c of page.commitments) expect(c.source.quote).toBe(page.text.slice(c.source.start, c.source.end));
    expect(page.document.title).toBe(TITLE);
    expect(page.document.date).toBe(text.document.date);
    const acts = page.commitments.map((c) => `${c.actor}|${c.action}|${c.instrumentId ?? ""}|${c.polarity}`);
    expect(acts).toEqual(
      expect.arrayContaining(["Côte d'Ivoire|ratified|att|affirmed", "São Tomé and Príncipe|acceded|ccm|affirmed", "Türkiye|signed|att|affirmed"]),
    );
    expect(page.text).not.toMatch(/Peru|Ghana|dataLayer|display|ceremony|Releases"|DOCTYPE/u);
    expect(page.text).toContain("Meetings\n\nNEW YORK, 14 March 2019");
  });

  test(
    "the CLI reads it from a .html file the same way",
    async () => {
      const file = writeFileIn(dir, "press.html", savedPage());
      const run = await runCli(["extract", "--quiet", file]);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.out) as Extraction;
      expect(json.documents[0]?.title).toBe(TITLE);
      expect(json.commitments.map(key)).toEqual(extractDocument({ id: "press.txt", text: PLAIN }).commitments.map(key));
    },
    T,
  );

  test("the pane reads it from a picked file the same way, its card titled by <title>", async () => {
    const bytes = new TextEncoder().encode(savedPage());
    const item = await fileSource({ name: "press.html", size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer }, []);
    expect(item.title).toBe(TITLE);
    expect(extractDocument(item).commitments.map(key)).toEqual(extractDocument({ id: "press.txt", text: PLAIN }).commitments.map(key));
  });
});
