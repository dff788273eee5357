import { decodeHTML } from "entities";
import { Parser } from "htmlparser2";

/**
 * HTML to plain text for extraction. The plain text becomes the document's text: offsets and
 * quotes refer to it. htmlparser2 reads the markup as a stream of callbacks (no DOM, linear on
 * hostile markup, the same in Node, the pane and its worker): its tokenizer knows quoted
 * attribute values (a ">" inside one is not the end of the tag), raw-text elements (a script's
 * "<p>" is not a paragraph) and every entity of the HTML standard through `entities` (named ones,
 * and numeric references to C1 controls read as Windows-1252, as browsers do: "&#146;" is ’).
 *
 * What becomes text: the visible text, with block elements (paragraphs, headings, list items,
 * table cells, navigation, asides, figures, ...) on lines of their own, so that a menu never runs
 * into the first sentence. Scripts, styles, templates and other non-content elements are dropped
 * with their contents. The `<title>` is kept apart as the document's title.
 */
const DROP_CONTENT = new Set(["script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "select", "datalist"]);
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);
/** Block elements without content: one line break (htmlparser2 reports them opened and at once closed). */
const VOID = new Set(["br", "hr"]);
/** A tag left open at the very end ("a<b"): the tokenizer swallows it, the old reader kept it as text. */
const UNFINISHED_TAG = /^<\/?[a-z]/iu;

export interface HtmlText {
  /** The visible text: what offsets and quotes refer to. */
  text: string;
  /** The `<title>`, spaces folded; null when the page has none (or an empty one). */
  title: string | null;
}

/** Every named and numeric character reference decoded as a browser decodes text ("R&D" and "&foo;" stay as written). */
export function decodeEntities(s: string): string {
  return s.includes("&") ? decodeHTML(s) : s;
}

/** Folds runs of spaces inside lines, trims lines and keeps at most one blank line in a row. */
function foldSpaces(raw: string): string {
  return raw
    .split("\n")
    .map((line) => line.replace(/[ \t\u00A0]+/gu, " ").trim())
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}

/** A table cell longer than this is prose laid out in a table, not a value: such a table's cells stay blocks of text. */
const MAX_TABLE_CELL = 120;

/**
 * A data table as the text's own tables are written, one row a line ("| Nigeria | In favour | In favour |"), so that the table
 * readers see its columns; a layout table (long cells, or one column) gives its cells as blocks, as before.
 */
function tableText(rows: readonly string[][]): string {
  const cells = rows.flat();
  const data = rows.some((r) => r.length >= 2) && cells.every((c) => c.length <= MAX_TABLE_CELL);
  if (!data) return `\n${cells.join("\n")}\n`;
  // A column of notes in sentences ("Indonesia signed on 1 June 2026 and expects to ratify …") is prose: each note follows its row
  // as a line of its own, where it is read as a sentence.
  const width = Math.max(...rows.map((r) => r.length));
  const prose = new Set<number>();
  for (let k = 0; k < width; k++) if (rows.some((r) => isProse(r[k] ?? ""))) prose.add(k);
  const lines = rows
    .filter((r) => r.length > 0)
    .flatMap((r) => [`| ${r.filter((_, k) => !prose.has(k)).join(" | ")} |`, ...r.filter((c, k) => prose.has(k) && isProse(c))]);
  return `\n${lines.join("\n")}\n`;
}
/** A cell that is a sentence: it ends with a full stop after a few words. */
const isProse = (cell: string): boolean => SENTENCE_END.test(cell) && cell.split(" ").length >= 3;
const SENTENCE_END = /[.!?]$/u;

export function htmlDocument(html: string): HtmlText {
  const out: string[] = [];
  /** The rows of the table being read (top level only), each a list of cells' texts, and the cell being read. */
  let rows: string[][] | null = null;
  let cell: string[] | null = null;
  let tableDepth = 0;
  const closeCell = () => {
    if (rows && cell) (rows[rows.length - 1] ?? (rows[rows.length] = [])).push(cell.join("").replace(/\s+/gu, " ").trim());
    cell = null;
  };
  let dropDepth = 0;
  let svgDepth = 0;
  let inTitle = false;
  let title: string | null = null;
  const titleParts: string[] = [];
  let consumed = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "title" && title === null && svgDepth === 0) inTitle = true;
        if (name === "svg" || name === "math") svgDepth++;
        if (DROP_CONTENT.has(name)) dropDepth++;
        else if (dropDepth === 0 && name === "table" && ++tableDepth === 1) rows = [];
        else if (dropDepth === 0 && rows && tableDepth === 1 && name === "tr") {
          closeCell();
          rows.push([]);
        } else if (dropDepth === 0 && rows && tableDepth === 1 && (name === "td" || name === "th")) {
          closeCell();
          cell = [];
        } else if (dropDepth === 0 && BLOCK.has(name)) (cell ?? out).push(cell ? " " : "\n");
        consumed = parser.endIndex + 1;
      },
      onclosetag(name) {
        if (name === "title" && inTitle) {
          inTitle = false;
          title = foldSpaces(titleParts.join("").replace(/\n/gu, " ")) || null;
        }
        if (name === "svg" || name === "math") svgDepth = Math.max(0, svgDepth - 1);
        if (DROP_CONTENT.has(name)) dropDepth = Math.max(0, dropDepth - 1);
        else if (dropDepth === 0 && name === "table" && tableDepth > 0 && --tableDepth === 0 && rows) {
          closeCell();
          out.push(tableText(rows));
          rows = null;
        } else if (dropDepth === 0 && rows && tableDepth === 1 && (name === "td" || name === "th" || name === "tr")) closeCell();
        else if (dropDepth === 0 && BLOCK.has(name) && !VOID.has(name)) (cell ?? out).push(cell ? " " : "\n");
        consumed = Math.max(consumed, parser.endIndex + 1);
      },
      ontext(text) {
        if (inTitle) titleParts.push(text);
        else if (dropDepth === 0) (cell ?? out).push(text);
        consumed = parser.endIndex + 1;
      },
      oncomment() {
        consumed = parser.endIndex + 1;
      },
      onprocessinginstruction() {
        consumed = parser.endIndex + 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  // (A table left open at the end is read as it stands.)
  if (rows) {
    closeCell();
    out.push(tableText(rows));
  }
  const tail = html.slice(consumed);
  if (dropDepth === 0 && !inTitle && UNFINISHED_TAG.test(tail) && !tail.includes(">")) out.push(tail);
  return { text: foldSpaces(out.join("")), title };
}

export function htmlToText(html: string): string {
  return htmlDocument(html).text;
}

/** Cheap sniff: does this text look like HTML rather than prose that mentions a tag? */
const HTML_TAG = /<(?:!doctype html|html|body|head|p|div)\b/u;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000);
  // No tag without a "<" (lower-casing never makes one): most plain text is answered without lower-casing its head.
  return head.includes("<") && HTML_TAG.test(head.toLowerCase());
}
