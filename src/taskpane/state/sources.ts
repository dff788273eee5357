/**
 * The documents the pane holds (pure apart from File reading): the bundled seeds, pasted text and
 * files the user picked or dropped. .docx and .pdf go through src/documents, as in the CLI.
 */
import { describeDocument, documentLanguage, type RawDocument } from "../../core";
import {
  describeDecoding,
  documentFromBytes,
  DocumentReadError,
  DOCUMENT_EXTENSIONS,
  extensionOf,
  isNotableDecoding,
  type Decoding,
  type PdfOptions,
} from "../../documents";

export type SourceOrigin = "bundled" | "pasted" | "file";

export interface SourceItem extends RawDocument {
  origin: SourceOrigin;
  title: string;
  /** YYYY-MM-DD, when the document gives one. */
  date: string | null;
  /** Size as received (file bytes, or the text's UTF-8 length). */
  bytes: number;
  /** How a picked text file's bytes were decoded (src/documents/decode.ts); absent for .docx, .pdf, pasted and bundled text. */
  decoding?: Decoding;
  /** What the document reads as when it is not in English ("French", "Cyrillic script"); absent when it is. */
  notEnglish?: string;
}

/** Larger files are refused with a message: a browser tab would struggle long before extraction does. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

/** The error the pane shows for a document it cannot take: the message says what to do. */
export class SourceError extends Error {
  override name = "SourceError";
}

export function sourceItem(doc: RawDocument & { decoding?: Decoding }, origin: SourceOrigin, bytes = new TextEncoder().encode(doc.text).length): SourceItem {
  const { title, date } = describeDocument(doc);
  const language = documentLanguage(doc);
  const item: SourceItem = { ...doc, origin, title: title || doc.id, date, bytes };
  if (!language.english) item.notEnglish = language.language ?? "another language";
  return item;
}

/** What a source card says about how the document was read, beyond its name, date and size: "" when there is nothing to say. */
export function readingNotes(item: Pick<SourceItem, "decoding" | "notEnglish">): string[] {
  const notes: string[] = [];
  if (item.decoding && isNotableDecoding(item.decoding)) notes.push(`Read as ${describeDecoding(item.decoding)}.`);
  if (item.notEnglish) notes.push(`Not in English (it reads as ${item.notEnglish}): commitments are found in English text only.`);
  return notes;
}

/** `name`, or `name (2).ext`, `name (3).ext`, … : ids must be unique, since rows point at them. */
export function uniqueId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(name)) return name;
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Pasted text as a document: HTML is recognised by the core, anything else is plain text. */
export function pastedSource(text: string, taken: Iterable<string>, when = new Date()): SourceItem {
  if (text.trim() === "") throw new SourceError("The pasted text is empty: paste a statement or press release, then add it.");
  const stamp = when.toISOString().slice(0, 16).replace("T", " ").replace(":", "h");
  return sourceItem({ id: uniqueId(`Pasted ${stamp}.txt`, taken), text }, "pasted");
}

export function isReadableName(name: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** What a file input's `accept` should list. */
export const ACCEPT = DOCUMENT_EXTENSIONS.join(",");

/** A picked or dropped file as a document; unreadable files throw a SourceError naming the file. */
export async function fileSource(file: Pick<File, "name" | "size" | "arrayBuffer">, taken: Iterable<string>, options: PdfOptions = {}): Promise<SourceItem> {
  if (!isReadableName(file.name)) {
    throw new SourceError(
      `${file.name}: only ${DOCUMENT_EXTENSIONS.join(", ")} files can be read. Save the document in one of those formats and add it again.`,
    );
  }
  if (file.size > MAX_SOURCE_BYTES) {
    throw new SourceError(
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; the pane reads files up to ${MAX_SOURCE_BYTES / 1024 / 1024} MB. Split it, or run the command line tool on it.`,
    );
  }
  try {
    const doc = await documentFromBytes(file.name, await file.arrayBuffer(), options);
    if (doc.text.trim() === "") throw new SourceError(`${file.name} has no text to read. If it is a scan, run OCR on it first.`);
    return sourceItem({ ...doc, id: uniqueId(file.name, taken) }, "file", file.size);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (error instanceof DocumentReadError) throw new SourceError(error.message);
    throw new SourceError(`${file.name} could not be read (${(error as Error).message}). Check that the file opens, then add it again.`);
  }
}

/** "12.3 kB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
