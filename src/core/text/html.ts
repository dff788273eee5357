/**
 * HTML to plain text for extraction. The plain text becomes the document's text: offsets and
 * quotes refer to it. Scripts, styles and other non-content elements are dropped with their
 * contents; block elements become line breaks; entities are decoded. Index-based scanning, no
 * backtracking regular expressions: hostile markup (unclosed tags, 1 MB of "<") stays linear.
 */
const DROP_CONTENT = new Set(["script", "style", "noscript", "template", "head", "svg", "iframe", "object"]);
const BLOCK = new Set([
  "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
  "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "title", "td", "th",
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", laquo: "«", raquo: "»",
  eacute: "é", egrave: "è", aacute: "á", oacute: "ó", uacute: "ú", iacute: "í", ntilde: "ñ",
  ccedil: "ç", uuml: "ü", ouml: "ö", auml: "ä", copy: "©", reg: "®", middot: "·", bull: "•",
};

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function tagName(html: string, at: number): { name: string; closing: boolean } {
  let i = at + 1;
  const closing = html[i] === "/";
  if (closing) i++;
  let name = "";
  while (i < html.length && name.length < 20) {
    const c = html[i] as string;
    if (!/[a-z0-9]/iu.test(c)) break;
    name += c.toLowerCase();
    i++;
  }
  return { name, closing };
}

export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out.push(decodeEntities(html.slice(i)));
      break;
    }
    out.push(decodeEntities(html.slice(i, lt)));
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) {
      out.push(html.slice(lt)); // a lone "<" is text
      break;
    }
    const { name, closing } = tagName(html, lt);
    if (name === "") {
      out.push(html.slice(lt, gt + 1));
      i = gt + 1;
      continue;
    }
    i = gt + 1;
    if (!closing && DROP_CONTENT.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? html.length : html.indexOf(">", close) + 1 || html.length;
      continue;
    }
    if (BLOCK.has(name)) out.push("\n");
  }
  // Fold runs of spaces inside lines and collapse more than one blank line.
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00A0]+/gu, " ").trim())
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}

/** Cheap sniff: does this text look like HTML rather than prose that mentions a tag? */
const HTML_TAG = /<(?:!doctype html|html|body|head|p|div)\b/u;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000);
  // No tag without a "<" (lower-casing never makes one): most plain text is answered without lower-casing its head.
  return head.includes("<") && HTML_TAG.test(head.toLowerCase());
}
