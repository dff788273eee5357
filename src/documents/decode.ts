import { DocumentReadError } from "./errors";

/**
 * Bytes of a text document (.txt, .md, .html) to a string, the same in the CLI and the pane.
 * The first of these that applies decides:
 *   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), which is dropped;
 *   2. UTF-16 without a byte-order mark: spaces, digits and punctuation (and every letter of a
 *      Western text) have a NUL high byte, so NUL bytes at every other position and never at the
 *      others (odd: little-endian, even: big-endian);
 *   3. otherwise NUL bytes or mostly control characters mean a binary file: a DocumentReadError;
 *   4. valid UTF-8 (checked strictly, by TextDecoder with fatal: true); or UTF-8 with a few
 *      broken bytes (replaced by U+FFFD) when its valid multi-byte characters outnumber them by far,
 *      since reading such a file as Windows-1252 would garble every accented letter in it;
 *   5. for HTML, the charset the page declares (`<meta charset>`, or http-equiv Content-Type) in
 *      its first bytes, as browsers read it, when that is not UTF-8 (which step 4 has ruled out);
 *   6. Windows-1252, which every byte sequence is: what Windows editors and Excel save.
 * The result says which, for the summary lines and the pane's source card. TextDecoder does
 * all of it (built into Node and browsers) except Windows-1252, decoded here from a table:
 * Node's TextDecoder reads "windows-1252" as Latin-1 (bytes 0x80-0x9F become C1 controls).
 */
export type DecodedBy = "byte-order mark" | "UTF-16 pattern" | "valid UTF-8" | "mostly UTF-8" | "declared charset" | "fallback";

export interface DecodedText {
  text: string;
  /** The encoding's WHATWG name, as TextDecoder spells it: "utf-8", "utf-16le", "windows-1252", "iso-8859-2", … */
  encoding: string;
  by: DecodedBy;
  /** Bytes replaced by U+FFFD ("mostly UTF-8" only). */
  replaced?: number;
}

/** How far to look for NUL patterns, binary content and a declared charset (browsers prescan 1024 bytes). */
const SNIFF_BYTES = 8192;
const CHARSET_PRESCAN = 4096;

/** Windows-1252's characters for 0x80-0x9F (WHATWG's index; the five undefined bytes keep their code point). */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    units[i] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_C1.charCodeAt(b - 0x80) : b;
  }
  return new TextDecoder("utf-16le").decode(units);
}

/** The share of characters with a NUL high byte (and none with a NUL low byte) that makes bytes UTF-16. */
const UTF16_NUL_SHARE = 0.1;

/** UTF-16 without a byte-order mark, by where the NUL bytes are; null when it does not look like it. */
function utf16Pattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i] === 0;
    const odd = bytes[i + 1] === 0;
    if (even && odd) return null; // U+0000 is not text
    if (odd) oddNul++;
    if (even) evenNul++;
  }
  // Spaces, digits and punctuation have a NUL high byte in every script: a tenth of the characters at least.
  const pairs = n / 2;
  if (oddNul >= pairs * UTF16_NUL_SHARE && evenNul === 0) return "utf-16le";
  if (evenNul >= pairs * UTF16_NUL_SHARE && oddNul === 0) return "utf-16be";
  return null;
}

/** Binary if its first bytes hold a NUL or more than one control character in ten. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/** The same test on decoded text (a UTF-16 file). */
function textLooksBinary(text: string): boolean {
  const head = text.slice(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

const CHARSET = /charset\s*=\s*["']?([\w.:-]{1,40})/iu;

/** The charset a page declares in a `<meta>` of its first bytes, as a label ("iso-8859-2"), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, CHARSET_PRESCAN)).toLowerCase();
  for (let at = head.indexOf("<meta"); at >= 0; at = head.indexOf("<meta", at + 5)) {
    const end = head.indexOf(">", at);
    const m = CHARSET.exec(head.slice(at, end < 0 ? head.length : end));
    if (m) return m[1] as string;
  }
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Multi-byte UTF-8 characters against bytes that are no part of one (a rough count: overlong forms are not told apart). */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let k = 1;
    while (k < length && i + k < bytes.length && ((bytes[i + k] as number) & 0xc0) === 0x80) k++;
    if (length > 0 && k === length) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

/** How many valid multi-byte characters per broken byte make a file UTF-8 with damage rather than another encoding. */
const MOSTLY_UTF8 = 4;

/** A declared charset, when TextDecoder knows it and it is neither UTF-8 nor UTF-16 (a page cannot be UTF-16 and say so in ASCII). */
function declaredDecoder(label: string): string | null {
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding === "utf-8" || encoding.startsWith("utf-16") ? null : encoding;
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array, options: { html?: boolean } = {}): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: "utf-8", by: "byte-order mark" };
  }
  for (const [b0, b1, encoding] of [
    [0xff, 0xfe, "utf-16le"],
    [0xfe, 0xff, "utf-16be"],
  ] as const) {
    if (bytes[0] === b0 && bytes[1] === b1)
      return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2)), encoding, by: "byte-order mark" };
  }
  const utf16 = utf16Pattern(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    if (!textLooksBinary(text)) return { text, encoding: utf16, by: "UTF-16 pattern" };
  }
  if (looksBinary(bytes)) throw new DocumentReadError("binary content, not a text document");
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", by: "valid UTF-8" };
  const { valid, invalid } = utf8Sequences(bytes);
  if (valid >= MOSTLY_UTF8 * invalid)
    return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), encoding: "utf-8", by: "mostly UTF-8", replaced: invalid };
  const label = options.html ? declaredCharset(bytes) : null;
  const declared = label ? declaredDecoder(label) : null;
  if (declared && declared !== "windows-1252") return { text: new TextDecoder(declared).decode(bytes), encoding: declared, by: "declared charset" };
  return { text: decodeWindows1252(bytes), encoding: "windows-1252", by: declared ? "declared charset" : "fallback" };
}

const NAMES: Record<string, string> = { "utf-8": "UTF-8", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE", "windows-1252": "Windows-1252" };

/** "UTF-8", "Windows-1252 (not valid UTF-8)", "UTF-16LE (by its byte-order mark)", "ISO-8859-2 (as the page declares)". */
export function describeDecoding(d: Pick<DecodedText, "encoding" | "by" | "replaced">): string {
  const name = NAMES[d.encoding] ?? d.encoding.toUpperCase();
  switch (d.by) {
    case "valid UTF-8":
      return name;
    case "byte-order mark":
      return `${name} (by its byte-order mark)`;
    case "UTF-16 pattern":
      return `${name} (no byte-order mark)`;
    case "mostly UTF-8":
      return `${name} (${d.replaced ?? "some"} invalid byte${d.replaced === 1 ? "" : "s"} replaced by U+FFFD)`;
    case "declared charset":
      return `${name} (as the page declares)`;
    case "fallback":
      return `${name} (not valid UTF-8)`;
  }
}

/** True when the text was read as anything but plain UTF-8: worth a line in a summary. */
export function isNotableDecoding(d: Pick<DecodedText, "encoding" | "by">): boolean {
  return d.by !== "valid UTF-8" && !(d.by === "byte-order mark" && d.encoding === "utf-8");
}
