/**
 * A PDF page's text items (pdfjs `getTextContent().items`, in content order, which is reading
 * order for nearly every PDF that is not a scan) → plain text.
 *
 * 1. Lines: items are joined in order, with a space between two items unless one of them already
 *    has it or the two abut (a word split by a font change, "Ratif" + "ication"). A line ends where
 *    pdfjs says so (`hasEOL`) or where the baseline moves by more than half the font size.
 * 2. Line ends: a PDF's line breaks are layout, not structure, and the core ends a sentence at a
 *    single newline followed by a capital (unless the whole document looks hard-wrapped), so a
 *    sentence wrapped as "… the Arms Trade" / "Treaty on 4 June 2018." would be cut in two. A
 *    line that runs on (25 characters or more, reaching the right margin, no closing punctuation,
 *    the next line in the same font size and no list item) is therefore joined to the next with a
 *    space; any other line end is a newline, and a vertical gap clearly larger than the page's
 *    usual line spacing (or a jump back up, as to a new column) is a blank line: a paragraph.
 */

/** What the layout needs of a pdfjs TextItem (TextMarkedContent entries have no `str`: skipped). */
export interface PositionedText {
  str: string;
  /** [a, b, c, d, e, f]: e, f are x, y of the baseline start, in PDF units (y grows upwards). */
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Shorter lines (headings, "Date: …" lines, addresses) keep their newline, as in the core. */
const MIN_RUN_ON = 25;
const CLOSED = /[.!?:;]["'”’)\]]*$/u;
const LIST_ITEM = /^(?:[-–—•*·▪]|\d{1,2}[.)])\s/u;
// Control characters (some PDFs map glyphs to them) would make the text look binary.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/gu;

function isText(item: unknown): item is PositionedText {
  return typeof item === "object" && item !== null && typeof (item as PositionedText).str === "string" && Array.isArray((item as PositionedText).transform);
}

/** Adds a finished line (trimmed, unless blank) to `lines`; returns null, the next open line. */
function close(lines: Line[], line: Line | null): null {
  if (line && line.text.trim()) lines.push({ ...line, text: line.text.trim() });
  return null;
}

function toLines(items: readonly unknown[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const item of items) {
    if (!isText(item)) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = item.height > 0 ? item.height : Math.abs(item.transform[3] ?? 0) || 10;
    const str = item.str.replace(CONTROL, " ").replace(/\s/gu, " ");
    if (str !== "") {
      if (line && Math.abs(y - line.y) > Math.max(size, line.size) / 2) line = close(lines, line);
      if (!line) line = { text: str, left: x, right: x + item.width, y, size };
      else {
        const abut = item.width > 0 && Math.abs(x - line.right) < size * 0.1;
        line.text += line.text.endsWith(" ") || str.startsWith(" ") || abut ? str : ` ${str}`;
        line.right = Math.max(line.right, x + item.width);
        line.size = Math.max(line.size, size);
      }
    }
    if (item.hasEOL) line = close(lines, line);
  }
  close(lines, line);
  return lines;
}

/** The lower median: of two line gaps, a line's and a paragraph's, the line's. */
function lowerMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** The text of one page: lines joined by a space (runs on), a newline, or a blank line (paragraph). */
export function pageText(items: readonly unknown[]): string {
  const lines = toLines(items);
  const first = lines[0];
  if (!first) return "";
  // A loop, not Math.min(...spread): a hostile page may hold more lines than a call takes arguments.
  let left = Infinity;
  let right = -Infinity;
  for (const l of lines) {
    left = Math.min(left, l.left);
    right = Math.max(right, l.right);
  }
  const drops = lines.slice(1).map((l, i) => (lines[i] as Line).y - l.y);
  const lineDrops = drops.filter((d, i) => d > (lines[i] as Line).size / 2);
  // The usual line spacing: measured where there are at least two line changes, else 1.2 x size.
  const pitch = lineDrops.length >= 2 ? lowerMedian(lineDrops) : first.size * 1.2;
  let text = first.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] as Line;
    const line = lines[i] as Line;
    const drop = drops[i - 1] as number;
    const sameSize = Math.abs(line.size - prev.size) <= prev.size * 0.2;
    if (drop < -prev.size || drop > pitch * 1.5) text += "\n\n";
    else if (
      drop > 0 &&
      sameSize &&
      prev.text.length >= MIN_RUN_ON &&
      !CLOSED.test(prev.text) &&
      prev.right >= right - (right - left) * 0.15 &&
      !LIST_ITEM.test(line.text)
    )
      text += " ";
    else text += "\n";
    text += line.text;
  }
  return text;
}
