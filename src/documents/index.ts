import { toUint8Array } from "./bytes";
import { docxToText } from "./docx";
import { DocumentReadError } from "./errors";
import { pdfToText, type PdfOptions } from "./pdf";

/**
 * Documents from bytes, the same in Node (the CLI) and in the browser (the task pane): no Node
 * built-ins, no DOM. .docx and .pdf become plain text; .txt, .md and .html are decoded here too
 * (UTF-8, or UTF-16 with a byte-order mark; invalid bytes become U+FFFD), so that a page that lets
 * the user pick files has one entry point. The CLI keeps its own reading of text files
 * (src/cli/files.ts), which also tells binary files apart and says when UTF-8 was invalid, and
 * comes here only for .docx and .pdf.
 */
export { DocumentReadError } from "./errors";
export { docxToText } from "./docx";
export { pdfToText, type PdfOptions, type PdfjsModule } from "./pdf";

/** The same shape as the core's RawDocument. */
export interface DocumentText {
  id: string;
  text: string;
  format?: "text" | "markdown" | "html";
}

/** Extensions read by documentFromBytes (lower case, with the dot). */
export const DOCUMENT_EXTENSIONS = [".docx", ".pdf", ".txt", ".md", ".markdown", ".html", ".htm"] as const;

/** The lower-case extension of a file name, with its dot ("" when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > name.lastIndexOf("/") && dot > name.lastIndexOf("\\") ? name.slice(dot).toLowerCase() : "";
}

/** UTF-16 with a byte-order mark (Notepad's "Unicode"), else UTF-8 (a BOM dropped). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * One document's text, by the extension of `name` (which also becomes its id). A file that
 * cannot be read throws a DocumentReadError whose message says what to do; `options.pdfjs`
 * is needed in Node (see pdf.ts).
 */
export async function documentFromBytes(name: string, bytes: ArrayBuffer | Uint8Array, options: PdfOptions = {}): Promise<DocumentText> {
  const ext = extensionOf(name);
  const view = toUint8Array(bytes);
  switch (ext) {
    case ".docx":
      return { id: name, text: await docxToText(view), format: "text" };
    case ".pdf":
      return { id: name, text: await pdfToText(view, options), format: "text" };
    case ".md":
    case ".markdown":
      return { id: name, text: decodeText(view), format: "markdown" };
    case ".html":
    case ".htm":
      return { id: name, text: decodeText(view), format: "html" };
    case ".txt":
      // No format: the core sniffs a .txt that holds HTML (web pages are often saved as text).
      return { id: name, text: decodeText(view) };
    default:
      throw new DocumentReadError(
        `${ext ? `"${ext}" files are` : "a file without an extension is"} not read: give .docx, .pdf, .txt, .md or .html documents`,
      );
  }
}
