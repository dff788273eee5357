import { makeDocx, makeZip, SENTENCE } from "../../test/documents.fixtures";
import { docxToText } from "./docx";
import { DocumentReadError } from "./errors";

describe("docxToText", () => {
  test("paragraphs come out as mammoth gives them: each followed by a blank line", async () => {
    const docx = await makeDocx(["Statement by the Delegation of Chile", SENTENCE]);
    expect(await docxToText(docx)).toBe(`Statement by the Delegation of Chile\n\n${SENTENCE}\n\n`);
  });

  test("an ArrayBuffer, and a Uint8Array that views part of a larger buffer, read the same", async () => {
    const docx = await makeDocx([SENTENCE]);
    const arrayBuffer = docx.buffer.slice(docx.byteOffset, docx.byteOffset + docx.byteLength) as ArrayBuffer;
    const padded = new Uint8Array(docx.length + 16);
    padded.set(docx, 8);
    expect(await docxToText(arrayBuffer)).toBe(`${SENTENCE}\n\n`);
    expect(await docxToText(padded.subarray(8, 8 + docx.length))).toBe(`${SENTENCE}\n\n`);
  });

  test("a file that is not a zip (an old .doc, a text file) is a DocumentReadError saying to save as .docx", async () => {
    const err = await docxToText(new TextEncoder().encode("Chile ratified it.")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocumentReadError);
    expect((err as Error).message).toMatch(/^not a \.docx file/u);
    expect((err as Error).message).toMatch(/save it as \.docx/u);
    const empty = await docxToText(new Uint8Array(0)).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(DocumentReadError);
  });

  test("a zip without a Word document, and a cut-off .docx, are DocumentReadErrors on one line", async () => {
    const notWord = await docxToText(await makeZip()).catch((e: unknown) => e);
    expect(notWord).toBeInstanceOf(DocumentReadError);
    expect((notWord as Error).message).toMatch(/no Word document/u);
    const docx = await makeDocx([SENTENCE]);
    const cut = await docxToText(docx.subarray(0, Math.floor(docx.length / 2))).catch((e: unknown) => e);
    expect(cut).toBeInstanceOf(DocumentReadError);
    expect((cut as Error).message).not.toContain("\n");
    expect((cut as Error).message).toMatch(/\.docx/u);
  });
});

describe("docxToText limits", () => {
  test("a .docx whose text passes maxChars is refused on its text, naming the limit", async () => {
    const docx = await makeDocx([SENTENCE.repeat(100)]);
    expect(await docxToText(docx, { maxChars: 100 * SENTENCE.length + 2 })).toBe(`${SENTENCE.repeat(100)}\n\n`);
    const err = await docxToText(docx, { maxChars: 4096 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocumentReadError);
    expect((err as Error).message).toBe("its text is 5 k characters, over the 4 k characters limit for one document: split the document");
  });

  test("a .docx whose parts declare more than twice maxChars unzipped is refused before it is unzipped", async () => {
    const docx = await makeDocx([SENTENCE.repeat(2_000)]); // stored, not deflated: its size is its parts' size
    const err = await docxToText(docx, { maxChars: 10 * 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocumentReadError);
    expect((err as Error).message).toMatch(/^it expands to 1\d\d kB when unzipped, over the 20 kB limit for a \.docx \(text up to 10 k characters\)/u);
  });
});
