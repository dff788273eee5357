import { toUint8Array } from "./bytes";
import { decodeBytes, type DecodedText } from "./decode";
import { docxToText } from "./docx";
import { DocumentReadError } from "./errors";
import { describeChars, MAX_TEXT_CHARS } from "./limits";
import { pdfToText, type PdfOptions } from "./pdf";

/**
 * Documents from bytes, the same in Node (the CLI) and in the browser (the task pane): no Node
 * built-ins, no DOM. .docx and .pdf become plain text; .txt, .md and .html are decoded by
 * decode.ts (byte-order mark, UTF-16 by its NUL bytes, UTF-8, a page's declared charset,
 * Windows-1252), which also refuses binary content. The CLI and the pane both read every file here,
 * so both give the same text for the same bytes, and both can say which decoding was used.
 */
export { DocumentReadError } from "./errors";
export { docxToText } from "./docx";
export { pdfToText, type PdfOptions, type PdfjsModule } from "./pdf";
export { describeChars, describeSize, MAX_TEXT_CHARS, type TextLimits } from "./limits";
export { decodeBytes, describeDecoding, isNotableDecoding, type DecodedBy, type DecodedText } from "./decode";

/** How a text file's bytes were read (decode.ts). */
export type Decoding = Omit<DecodedText, "text">;

/** The same shape as the core's RawDocument. */
export interface DocumentText {
  id: string;
  text: string;
  format?: "text" | "markdown" | "html";
  /** How the bytes of a .txt, .md or .html file were decoded (absent for .docx and .pdf). */
  decoding?: Decoding;
}

/** Extensions read by documentFromBytes (lower case, with the dot). */
export const DOCUMENT_EXTENSIONS = [".docx", ".pdf", ".txt", ".md", ".markdown", ".html", ".htm"] as const;

/** The lower-case extension of a file name, with its dot ("" when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > name.lastIndexOf("/") && dot > name.lastIndexOf("\\") ? name.slice(dot).toLowerCase() : "";
}

/** A text file's text, however it is encoded (decode.ts); binary content is a DocumentReadError. */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

/** A text file as a document, its decoding said; `format` undefined lets the core sniff HTML in a .txt. */
export function textDocument(id: string, bytes: Uint8Array, format: DocumentText["format"], maxChars = MAX_TEXT_CHARS): DocumentText {
  const { text, ...decoding } = decodeBytes(bytes, { html: format === "html" || format === undefined });
  if (text.length > maxChars)
    throw new DocumentReadError(`its text is ${describeChars(text.length)}, over the ${describeChars(maxChars)} limit for one document: split it`);
  return format ? { id, text, format, decoding } : { id, text, decoding };
}

/**
 * One document's text, by the extension of `name` (which also becomes its id). A file that
 * cannot be read throws a DocumentReadError whose message says what to do; `options.pdfjs`
 * is needed in Node (see pdf.ts); `options.maxChars` caps the text one document may give.
 */
export async function documentFromBytes(name: string, bytes: ArrayBuffer | Uint8Array, options: PdfOptions = {}): Promise<DocumentText> {
  const ext = extensionOf(name);
  const view = toUint8Array(bytes);
  const maxChars = options.maxChars ?? MAX_TEXT_CHARS;
  switch (ext) {
    case ".docx":
      return { id: name, text: await docxToText(view, { maxChars }), format: "text" };
    case ".pdf":
      return { id: name, text: await pdfToText(view, options), format: "text" };
    case ".md":
    case ".markdown":
      return textDocument(name, view, "markdown", maxChars);
    case ".html":
    case ".htm":
      return textDocument(name, view, "html", maxChars);
    case ".txt":
      // No format: the core sniffs a .txt that holds HTML (web pages are often saved as text).
      return textDocument(name, view, undefined, maxChars);
    default:
      throw new DocumentReadError(`${ext ? `"${ext}" files are` : "a file without an extension is"} not read: give .docx, .pdf, .txt, .md or .html documents`);
  }
}
