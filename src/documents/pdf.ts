import type * as Pdfjs from "pdfjs-dist";
import { toUint8Array } from "./bytes";
import { describeError, DocumentReadError } from "./errors";
import { describeChars, MAX_TEXT_CHARS, type TextLimits } from "./limits";
import { pageText } from "./pdfLayout";

/**
 * .pdf → plain text with pdfjs-dist: each page's text items laid out as lines (pdfLayout.ts),
 * pages separated by a blank line. Extraction offsets refer to the string returned.
 *
 * Loading pdfjs-dist. Version 6 is ESM only, and this repository compiles TypeScript to
 * CommonJS for Node and jest, where `await import("pdfjs-dist")` is rewritten to `require()` and
 * fails (under jest always; in Node depending on the version). So this file never loads it by
 * itself in Node: the caller passes the module, or a function that loads it, as `options.pdfjs`.
 *   - Node (the CLI, tests): `loadPdfjsNode` in src/cli/files.ts imports
 *     `pdfjs-dist/legacy/build/pdf.mjs` with a real dynamic import that TypeScript cannot rewrite
 *     (compiled by `vm` with Node's own module loader, which also works inside jest's sandbox).
 *     No worker is needed: in Node pdfjs runs its "fake worker" in-process.
 *   - Browser (webpack 5, where ts-loader emits ES modules): a plain `import("pdfjs-dist")`, which
 *     webpack turns into a chunk loaded on the first PDF; it is the default here, but the page must
 *     point pdfjs at its worker, so it is best passed as the loader:
 *         pdfjs: async () => {
 *           const pdfjs = await import("pdfjs-dist");
 *           pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdf.worker.min.mjs", document.baseURI).href;
 *           return pdfjs;
 *         }
 *     with node_modules/pdfjs-dist/build/pdf.worker.min.mjs copied next to the page (a
 *     CopyWebpackPlugin pattern). `new URL(…, import.meta.url)`, webpack's own way to emit the
 *     worker, does not type-check here: tsconfig's `module: commonjs` rejects `import.meta`.
 */

/** What is used of the pdfjs-dist module: the whole module satisfies it. */
export type PdfjsModule = Pick<typeof Pdfjs, "getDocument">;

export interface PdfOptions extends TextLimits {
  /** The pdfjs-dist module or a function that loads it. Default: `import("pdfjs-dist")` (bundlers only). */
  pdfjs?: PdfjsModule | (() => Promise<PdfjsModule>);
}

const bundlerImport = (): Promise<PdfjsModule> => import("pdfjs-dist");

async function loadPdfjs(option: PdfOptions["pdfjs"]): Promise<PdfjsModule> {
  try {
    const pdfjs = typeof option === "function" ? await option() : (option ?? (await bundlerImport()));
    if (typeof pdfjs?.getDocument !== "function") throw new Error("the module has no getDocument");
    return pdfjs;
  } catch (err) {
    throw new DocumentReadError(`the PDF reader (pdfjs-dist) could not be loaded (${describeError(err)}); in Node, pass a loader as options.pdfjs`, {
      cause: err,
    });
  }
}

/** A PDF starts with "%PDF-" (readers accept some leading junk: pdfjs looks in the first 1 KB). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

/** pdfjs's errors, told apart by name (instanceof fails across realms, e.g. under jest). */
function readError(err: unknown): DocumentReadError {
  if (err instanceof DocumentReadError) return err;
  const name = typeof err === "object" && err !== null ? (err as { name?: unknown }).name : undefined;
  if (name === "PasswordException") {
    return new DocumentReadError("the PDF is password-protected: open it with its password, save a copy without one (or export its text), and read that", {
      cause: err,
    });
  }
  if (name === "InvalidPDFException") {
    return new DocumentReadError(
      "not a readable PDF (damaged, or not a PDF at all): open it in a PDF reader and save or print it to a new PDF, then read that",
      { cause: err },
    );
  }
  return new DocumentReadError(`the PDF could not be read (${describeError(err)}): save or print it to a new PDF and try again`, { cause: err });
}

export async function pdfToText(bytes: ArrayBuffer | Uint8Array, options: PdfOptions = {}): Promise<string> {
  const view = toUint8Array(bytes);
  if (!hasPdfHeader(view)) {
    throw new DocumentReadError("not a PDF (it does not start with %PDF-): check the file, or give it its real extension");
  }
  const pdfjs = await loadPdfjs(options.pdfjs);
  // A copy: with a real worker pdfjs transfers the buffer to it, which would empty the caller's bytes.
  const task = pdfjs.getDocument({ data: view.slice(), verbosity: 0, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  const pages: string[] = [];
  const maxChars = options.maxChars ?? MAX_TEXT_CHARS;
  let chars = 0;
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(pageText((await page.getTextContent()).items));
      page.cleanup();
      chars += (pages[pages.length - 1] as string).length + 2;
      if (chars > maxChars) {
        throw new DocumentReadError(
          `its text passes the ${describeChars(maxChars)} limit for one document by page ${n} of ${doc.numPages}: split the document`,
        );
      }
    }
  } catch (err) {
    throw readError(err);
  } finally {
    await task.destroy().catch(() => undefined);
  }
  const text = pages.filter((p) => p !== "").join("\n\n");
  if (text.trim() === "") {
    throw new DocumentReadError(
      "the PDF has no text layer (a scanned document?): run OCR on it first (e.g. ocrmypdf, or your PDF reader's text recognition), then read the result",
    );
  }
  return text;
}
