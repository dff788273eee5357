/** Text as OOXML stores it, shared by the exceljs store and the streamed writer of new workbooks. */
import { cellSafe } from "./cells";

/**
 * XML cannot carry a CR (a parser reads it as LF) nor control characters, so OOXML writes them
 * as `_xHHHH_`, which Excel and exceljs decode when reading; a literal "_xHHHH_" in the text gets
 * its "_" written so too, and reads back as it was. exceljs decodes these when it reads but does
 * not encode when it writes, so `toBuffer` does: else a document with CRLF line ends (or a note
 * holding "_x000D_") would read back changed, and every re-run would count its rows as updated.
 * U+FFFE, U+FFFF and unpaired surrogates are not text: they become U+FFFD (see `cellSafe`), as
 * the Office.js writer stores them; written as they are, no XML parser (the next run included)
 * could read the file.
 */
export function escapeOoxml(s: string): string {
  return cellSafe(s).replace(
    /_(?=x[0-9A-Fa-f]{4}_)|[^\t\n\u0020-\u007E\u0080-\u{10FFFF}]/gu,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** The declaration every part of a package starts with. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text for an XML element or attribute value. */
export function xmlText(s: string): string {
  return s.replace(/[&<>"]/gu, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** A relationships part: [id, type, target] each. */
export function relsXml(rels: ReadonlyArray<readonly [string, string, string]>): string {
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/>`).join("")}</Relationships>`;
}
