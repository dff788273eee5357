/**
 * Plain-text tables drawn with rules, as older copies and PDFs of UNTC's status pages give them:
 * pipes or box-drawing characters between the cells (`|`, `¦`, `│`, `┃`, `║`), rule lines between
 * the header and the rows (`+----+----+`, `-----+-----`, `───┼───`, a Markdown `| --- |`), names
 * padded with spaces to line the columns up. Pure: no Node API, no DOM.
 *
 * Each line is one row, so that row i is line i + 1 of the text as for delimited text: a rule
 * line is a blank row, a line without a vertical rule (a title) is one cell. Whether the rows are
 * framed (a rule before the first cell, after the last) is decided for the whole table, so that a
 * header's continuation line ("   ¦      ¦ Accession (a),") keeps its empty cells in place.
 */
import { parseDelimited, type DelimitedFormat } from "./delimited";

const VERTICALS = "|¦│┃║";
const RULE_CHARS = "-─━═=_+┼├┤┌┐└┘┬┴╋╪╫:";
/** Lines looked at to decide whether text is a ruled table. */
const SAMPLE_LINES = 60;

const hasVertical = (line: string) => [...line].some((ch) => VERTICALS.includes(ch));

/** A rule line: rule characters, verticals and spaces only, with at least three dashes. */
export function isRuleLine(line: string): boolean {
  const chars = [...line.trim()];
  return (
    chars.length >= 3 &&
    chars.every((ch) => RULE_CHARS.includes(ch) || VERTICALS.includes(ch) || ch === " ") &&
    chars.filter((ch) => "-─━═=_".includes(ch)).length >= 3
  );
}

/** Whether text is a ruled table: at least two of its first lines hold a vertical rule, and none of those holds a tab. */
export function isRuledText(text: string): boolean {
  const lines = text.split(/\r\n?|\n/u).slice(0, SAMPLE_LINES);
  const ruled = lines.filter((l) => !isRuleLine(l) && hasVertical(l));
  return ruled.length >= 2 && ruled.every((l) => !l.includes("\t"));
}

/** The cells of a line cut at its vertical rules, each trimmed. */
function cut(line: string): string[] {
  const cells: string[] = [""];
  for (const ch of line) {
    if (VERTICALS.includes(ch)) cells.push("");
    else cells[cells.length - 1] += ch;
  }
  return cells.map((c) => c.trim());
}

/** The rows of a ruled table; blank rows (rule lines, empty lines) keep their place, trailing ones are dropped. */
export function parseRuled(text: string): string[][] {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n?|\n/u);
  const ruled = lines.filter((l) => !isRuleLine(l) && hasVertical(l)).map(cut);
  // Framed when every ruled line has nothing before its first rule (after its last): that cell is the frame's outside.
  const framedLeft = ruled.every((cells) => cells[0] === "");
  const framedRight = ruled.every((cells) => cells[cells.length - 1] === "");
  const rows = lines.map((line) => {
    if (isRuleLine(line) || line.trim() === "") return [""];
    if (!hasVertical(line)) return [line.trim()];
    const cells = cut(line);
    return cells.slice(framedLeft ? 1 : 0, framedRight ? -1 : undefined);
  });
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).every((c) => c === "")) rows.pop();
  return rows;
}

/**
 * A table's rows from its text, whatever it is drawn with: rules (parseRuled), else tabs, commas
 * or semicolons (parseDelimited). A .tsv is always tab-separated. Throws DelimitedTextError as
 * parseDelimited does.
 */
export function parseTableText(text: string, format: DelimitedFormat = "auto"): string[][] {
  if (format !== "tsv" && isRuledText(text)) return parseRuled(text);
  return parseDelimited(text, format).rows;
}
