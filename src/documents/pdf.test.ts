import { makePdf, SENTENCE } from "../../test/documents.fixtures";
import { loadPdfjsNode } from "../cli/files";
import { DocumentReadError } from "./errors";
import { pdfToText, type PdfjsModule } from "./pdf";

/** pdfjs-dist loaded as the CLI loads it (see loadPdfjsNode): natively, with its in-process fake worker. */
const pdfjs = loadPdfjsNode;
const T = 30_000;

async function failure(bytes: Uint8Array, loader: () => Promise<PdfjsModule> = pdfjs, maxChars?: number): Promise<Error> {
  const err = await pdfToText(bytes, { pdfjs: loader, ...(maxChars !== undefined && { maxChars }) }).then(
    () => new Error("no error"),
    (e: unknown) => e as Error,
  );
  expect(err).toBeInstanceOf(DocumentReadError);
  expect(err.message).not.toContain("\n");
  return err;
}

describe("pdfToText", () => {
  test(
    "a sentence wrapped over two lines comes out whole",
    async () => {
      const pdf = makePdf([["Chile ratified the Arms Trade", "Treaty on 4 June 2018."]]);
      expect(await pdfToText(pdf, { pdfjs })).toBe(SENTENCE);
    },
    T,
  );

  test(
    "pages are separated by a blank line, in page order; a paragraph gap is a blank line",
    async () => {
      const pdf = makePdf([["Page one says this."], ["Page two says that.", "", "A new paragraph."]]);
      expect(await pdfToText(pdf, { pdfjs })).toBe("Page one says this.\n\nPage two says that.\n\nA new paragraph.");
    },
    T,
  );

  test(
    "a word split by a font change is rejoined; items on a line are joined by one space",
    async () => {
      const pdf = makePdf([[["Kenya ratif", "ied the Treaty", " on Tuesday."]]]);
      expect(await pdfToText(pdf, { pdfjs })).toBe("Kenya ratified the Treaty on Tuesday.");
    },
    T,
  );

  test(
    "pdfjs gets a copy of the bytes (it transfers them to its worker, which would empty the caller's)",
    async () => {
      const pdf = new Uint8Array(makePdf([[SENTENCE]]));
      let given: unknown;
      const fake = {
        getDocument: (params: { data?: unknown }) => {
          given = params.data;
          return { promise: Promise.reject(Object.assign(new Error("x"), { name: "InvalidPDFException" })), destroy: async () => undefined };
        },
      } as unknown as PdfjsModule;
      await expect(pdfToText(pdf, { pdfjs: fake })).rejects.toThrow(/not a readable PDF/u);
      expect(given).toBeInstanceOf(Uint8Array);
      expect((given as Uint8Array).buffer).not.toBe(pdf.buffer);
      expect(Buffer.compare(given as Uint8Array, pdf)).toBe(0);
    },
    T,
  );

  test(
    "the module itself may be passed instead of a loader",
    async () => {
      const module = await loadPdfjsNode();
      expect(await pdfToText(makePdf([[SENTENCE]]), { pdfjs: module })).toBe(SENTENCE);
    },
    T,
  );

  test(
    "garbage without a PDF header is refused before pdfjs is even loaded",
    async () => {
      const loader = jest.fn(pdfjs);
      const err = await failure(new TextEncoder().encode("<html>not a pdf</html>"), loader);
      expect(err.message).toMatch(/^not a PDF/u);
      expect(loader).not.toHaveBeenCalled();
    },
    T,
  );

  test(
    "a PDF header followed by garbage: not a readable PDF, save it again",
    async () => {
      const err = await failure(Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n<< garbage >>\n", "latin1"));
      expect(err.message).toMatch(/^not a readable PDF/u);
      expect(err.message).toMatch(/save or print it to a new PDF/u);
    },
    T,
  );

  test(
    "a page with no text (a scan) asks for OCR",
    async () => {
      const err = await failure(makePdf([[], []]));
      expect(err.message).toMatch(/no text layer/u);
      expect(err.message).toMatch(/OCR/u);
    },
    T,
  );

  test(
    "a password-protected PDF says so",
    async () => {
      const err = await failure(makePdf([[SENTENCE]], { encrypted: true }));
      expect(err.message).toMatch(/password-protected/u);
    },
    T,
  );

  test(
    "a loader that fails is a DocumentReadError naming pdfjs-dist",
    async () => {
      const err = await failure(makePdf([[SENTENCE]]), () => Promise.reject(new Error("Cannot find module 'pdfjs-dist'")));
      expect(err.message).toMatch(/pdfjs-dist\) could not be loaded \(Cannot find module/u);
    },
    T,
  );
});

describe("pdfToText limits", () => {
  test(
    "a PDF whose text passes maxChars is refused at the page that passes it",
    async () => {
      const pdf = makePdf([[SENTENCE], [SENTENCE], [SENTENCE]]);
      expect(await pdfToText(pdf, { pdfjs, maxChars: 3 * SENTENCE.length + 6 })).toBe([SENTENCE, SENTENCE, SENTENCE].join("\n\n"));
      const err = await failure(pdf, pdfjs, 2 * SENTENCE.length);
      expect(err.message).toBe("its text passes the 1 k characters limit for one document by page 2 of 3: split the document");
    },
    T,
  );
});
