/**
 * The first table of an HTML fragment (what a browser puts on the clipboard beside the text when
 * a web page's table is copied), as rows of cells: the columns exactly as the browser shows
 * them, a cell spanning columns (colspan) followed by empty cells so that the next ones keep
 * their place, line breaks inside a cell read as spaces. Text before the table (the title a user
 * selected with it) is kept as one-cell rows above it. Pure: htmlparser2, no DOM.
 */
import { Parser } from "htmlparser2";

/** A browser's clipboard of a big status table is well under this; more is not read. */
const MAX_HTML = 10 * 1024 * 1024;
const MAX_SPAN = 50;

const BLOCKS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br"]);

/** The rows of the first table in `html`, with the lines of text before it; null when it holds no table. */
export function htmlTableRows(html: string): string[][] | null {
  if (html.length > MAX_HTML || !/<table[\s>]/iu.test(html)) return null;
  const before: string[] = [];
  const rows: string[][] = [];
  let line = "";
  let cell: string | null = null;
  let span = 1;
  let depth = 0;
  let done = false;
  const flushLine = () => {
    if (line.trim() !== "") before.push(line.replace(/\s+/gu, " ").trim());
    line = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (done) return;
        if (name === "table") {
          depth++;
          if (depth === 1) flushLine();
        } else if (depth === 0 && BLOCKS.has(name)) flushLine();
        else if (depth === 1 && name === "tr") rows.push([]);
        else if (depth === 1 && (name === "td" || name === "th")) {
          cell = "";
          span = Math.min(MAX_SPAN, Math.max(1, Number.parseInt(attributes.colspan ?? "1", 10) || 1));
        } else if (cell !== null && name === "br") cell += " ";
      },
      ontext(text) {
        if (done) return;
        if (depth === 0) line += text;
        else if (cell !== null) cell += text;
      },
      onclosetag(name) {
        if (done) return;
        if (name === "table" && --depth === 0) done = true;
        else if (depth === 1 && (name === "td" || name === "th") && cell !== null) {
          if (rows.length === 0) rows.push([]);
          const row = rows[rows.length - 1] as string[];
          row.push(cell.replace(/\s+/gu, " ").trim(), ...Array.from({ length: span - 1 }, () => ""));
          cell = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const table = rows.filter((r) => r.length > 0);
  return table.length === 0 ? null : [...before.map((l) => [l]), ...table];
}

/** Rows as tab-separated text (what the pane's paste box holds): cells hold no tab nor line break. */
export function rowsAsTabText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((c) => c.replace(/\s+/gu, " ")).join("\t")).join("\n");
}
