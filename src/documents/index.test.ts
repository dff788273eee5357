import { makeDocx, makePdf, SENTENCE } from "../../test/documents.fixtures";
import { loadPdfjsNode } from "../cli/files";
import { extractDocument } from "../core";
import { decodeText, DocumentReadError, documentFromBytes } from "./index";

const options = { pdfjs: loadPdfjsNode };
const T = 30_000;
const encode = (s: string) => new TextEncoder().encode(s);

describe("documentFromBytes", () => {
  test(
    '.docx and .pdf (any case) become text with format "text" and the name as id',
    async () => {
      const docx = await documentFromBytes("Statement.DOCX", await makeDocx([SENTENCE]), options);
      expect(docx).toEqual({ id: "Statement.DOCX", text: `${SENTENCE}\n\n`, format: "text" });
      const pdf = await documentFromBytes("folder/news.Pdf", makePdf([[SENTENCE]]), options);
      expect(pdf).toEqual({ id: "folder/news.Pdf", text: SENTENCE, format: "text" });
    },
    T,
  );

  test("text files: .md is markdown, .html html, .txt left to the core's sniffing", async () => {
    const decoding = { encoding: "utf-8", by: "valid UTF-8" };
    expect(await documentFromBytes("a.md", encode("# Title"))).toEqual({ id: "a.md", text: "# Title", format: "markdown", decoding });
    expect(await documentFromBytes("a.htm", encode("<p>x</p>"))).toEqual({ id: "a.htm", text: "<p>x</p>", format: "html", decoding });
    expect(await documentFromBytes("a.txt", encode("plain"))).toEqual({ id: "a.txt", text: "plain", decoding });
  });

  test("decodeText: UTF-8 without its BOM, UTF-16 by its BOM, bytes that are not UTF-8 as Windows-1252 (decode.test.ts has the rest)", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x68]))).toBe("Ch");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x43, 0x00, 0x68, 0x00]))).toBe("Ch");
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x43, 0x00, 0x68]))).toBe("Ch");
    expect(decodeText(new Uint8Array([0x43, 0xff, 0x68]))).toBe("Cÿh");
  });

  test("another extension, or none, is a DocumentReadError listing what is read", async () => {
    await expect(documentFromBytes("minutes.odt", encode("x"))).rejects.toThrow(/"\.odt" files are not read: give \.docx, \.pdf/u);
    await expect(documentFromBytes("README", encode("x"))).rejects.toThrow(DocumentReadError);
    await expect(documentFromBytes("dir.v2/README", encode("x"))).rejects.toThrow(/without an extension/u);
  });

  test(
    "the core extracts the commitment from a PDF's text, quoting it verbatim",
    async () => {
      const doc = await documentFromBytes(
        "att.pdf",
        makePdf([["Santiago, 5 June 2018", "", "Chile ratified the Arms Trade", "Treaty on 4 June 2018."]]),
        options,
      );
      const result = extractDocument(doc);
      const record = result.commitments.find((c) => c.actor === "Chile" && c.action === "ratified");
      expect(record).toMatchObject({ instrumentId: "att", date: "2018-06-04" });
      const { start, end, quote } = record!.source;
      expect(quote).toBe(result.text.slice(start, end));
      expect(quote).toBe(SENTENCE);
    },
    T,
  );
});
