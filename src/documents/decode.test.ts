import { decodeBytes, decodeWindows1252, declaredCharset, describeDecoding } from "./decode";
import { DocumentReadError } from "./errors";

/** Bytes made here from a string: each character's code point as one byte (Windows-1252 or ISO-8859-x text as a Windows editor saves it). */
const SENTENCE = "Côte d’Ivoire and Türkiye ratified the Arms Trade Treaty; São Tomé signed it.";
const C1 = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const c1 = C1.indexOf(c);
    const byte =
      c1 >= 0
        ? [
            0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b,
            0x9c, 0x9e, 0x9f,
          ][c1]
        : c.charCodeAt(0);
    if (byte === undefined || byte > 0xff) throw new Error(`not Windows-1252: ${c}`);
    return byte;
  });
}

function utf16(text: string, endian: "le" | "be", bom = false): Uint8Array {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out.push(...(endian === "le" ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return Uint8Array.from(out);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeBytes", () => {
  test("valid UTF-8 is UTF-8", () => {
    expect(decodeBytes(utf8(SENTENCE))).toEqual({ text: SENTENCE, encoding: "utf-8", by: "valid UTF-8" });
  });

  test("a byte-order mark decides, and is dropped: UTF-8, UTF-16LE, UTF-16BE", () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(SENTENCE)]))).toEqual({ text: SENTENCE, encoding: "utf-8", by: "byte-order mark" });
    expect(decodeBytes(utf16(SENTENCE, "le", true))).toEqual({ text: SENTENCE, encoding: "utf-16le", by: "byte-order mark" });
    expect(decodeBytes(utf16(SENTENCE, "be", true))).toEqual({ text: SENTENCE, encoding: "utf-16be", by: "byte-order mark" });
  });

  test("UTF-16 without a byte-order mark is told by its NUL bytes, not called binary", () => {
    expect(decodeBytes(utf16(SENTENCE, "le"))).toEqual({ text: SENTENCE, encoding: "utf-16le", by: "UTF-16 pattern" });
    expect(decodeBytes(utf16(SENTENCE, "be"))).toEqual({ text: SENTENCE, encoding: "utf-16be", by: "UTF-16 pattern" });
    // A Cyrillic text: only its spaces, digits and punctuation have a NUL high byte.
    const russian = "Республика Казахстан ратифицировала Договор о торговле оружием 3 июня 2018 года.";
    expect(decodeBytes(utf16(russian, "le"))).toEqual({ text: russian, encoding: "utf-16le", by: "UTF-16 pattern" });
    expect(decodeBytes(utf16(russian, "be"))).toEqual({ text: russian, encoding: "utf-16be", by: "UTF-16 pattern" });
  });

  test("bytes that are not UTF-8 are Windows-1252, every name kept (no U+FFFD)", () => {
    const decoded = decodeBytes(windows1252(SENTENCE));
    expect(decoded).toEqual({ text: SENTENCE, encoding: "windows-1252", by: "fallback" });
    expect(describeDecoding(decoded)).toBe("Windows-1252 (not valid UTF-8)");
  });

  test("all of Windows-1252's upper half decodes as browsers do (0x80-0x9F included)", () => {
    const all = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const text = decodeWindows1252(all);
    expect(text.slice(0, 32)).toBe("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ");
    expect(text.slice(32)).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)));
  });

  test("UTF-8 with a few broken bytes stays UTF-8, the broken bytes replaced and counted", () => {
    const bytes = Uint8Array.from([...utf8(SENTENCE), 0xff, ...utf8(" Curaçao, Réunion, Perú.")]);
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ encoding: "utf-8", by: "mostly UTF-8", replaced: 1 });
    expect(decoded.text).toBe(`${SENTENCE}\uFFFD Curaçao, Réunion, Perú.`);
    expect(describeDecoding(decoded)).toBe("UTF-8 (1 invalid byte replaced by U+FFFD)");
  });

  test("HTML: the charset a page declares decides when the bytes are not UTF-8", () => {
    // ISO-8859-2: Ł is 0xA3, ó 0xF3, ź 0xBC.
    const head = (meta: string) => utf8(`<!DOCTYPE html><html><head>${meta}<title>x</title></head><body><p>`);
    const body = Uint8Array.from([0xa3, 0xf3, 0x64, 0xbc, ...utf8(" signed the Treaty.</p></body></html>")]);
    for (const meta of ['<meta charset="iso-8859-2">', "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-2'>"]) {
      const bytes = Uint8Array.from([...head(meta), ...body]);
      expect(declaredCharset(bytes)).toBe("iso-8859-2");
      const decoded = decodeBytes(bytes, { html: true });
      expect(decoded).toMatchObject({ encoding: "iso-8859-2", by: "declared charset" });
      expect(decoded.text).toContain("<p>Łódź signed the Treaty.</p>");
      expect(describeDecoding(decoded)).toBe("ISO-8859-2 (as the page declares)");
      // Not HTML: the declaration is not looked for.
      expect(decodeBytes(bytes).encoding).toBe("windows-1252");
    }
  });

  test("a page that declares UTF-8 but is not: Windows-1252; an unknown charset: Windows-1252", () => {
    for (const charset of ["utf-8", "x-no-such-charset"]) {
      const bytes = Uint8Array.from([...utf8(`<html><head><meta charset="${charset}"></head><body><p>`), ...windows1252(SENTENCE), ...utf8("</p>")]);
      expect(decodeBytes(bytes, { html: true })).toMatchObject({ encoding: "windows-1252", by: "fallback" });
    }
  });

  test("binary content is a DocumentReadError", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 0, 0]);
    expect(() => decodeBytes(png)).toThrow(DocumentReadError);
    expect(() => decodeBytes(new Uint8Array(4096))).toThrow(/binary content/u);
  });

  test("empty and tiny inputs", () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: "", encoding: "utf-8", by: "valid UTF-8" });
    expect(decodeBytes(utf8("a"))).toEqual({ text: "a", encoding: "utf-8", by: "valid UTF-8" });
  });
});
