import * as fsSync from "fs";
import { constants as fsConstants, promises as fs } from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import * as vm from "vm";
import { documentLanguage, type RawDocument } from "../core";
import {
  describeChars,
  describeDecoding,
  describeSize,
  documentFromBytes,
  DocumentReadError,
  isNotableDecoding,
  textDocument,
  type Decoding,
  type PdfjsModule,
} from "../documents";

/**
 * Reading documents from disk for the CLI and the evaluation: files and folders (recursive),
 * .txt/.md/.html/.docx/.pdf through src/documents (as the pane reads them); anything else is
 * skipped with a note. Only regular files are opened (a FIFO, a device or a socket, given or
 * met in a folder, is skipped: reading one could wait for ever or never end), and never more than
 * MAX_BYTES of one. Every problem becomes a one-line note (missing path, unreadable file, special
 * file, binary content, too large, a damaged .docx, a scanned or protected PDF), never a stack
 * trace; so does a decoding other than UTF-8.
 */
export const SUPPORTED = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"]);
/** Larger files are refused: extraction is linear, but a 100 MB "statement" is not a document. */
export const MAX_BYTES = 64 * 1024 * 1024;
/** The most text one file may give (a .docx or .pdf expands: a 300 kB .docx can hold 200 MB of text). */
export const MAX_TEXT_CHARS = MAX_BYTES;
/** The most text one run reads (four documents at the limit; about 1 GB of memory as JavaScript strings); later files are skipped. */
export const MAX_RUN_CHARS = 4 * MAX_TEXT_CHARS;
/** Bytes asked for by each read after the first (a file larger than it says, such as a /proc file). */
const READ_CHUNK = 64 * 1024;

/** What was learnt about one document while reading it, for the notes and the summary. */
export interface ReadDetails {
  file: string;
  /** How a text file's bytes were decoded (absent for .docx and .pdf). */
  decoding?: Decoding;
  /** What the document looks like when it is not in English ("French", "Cyrillic script"); absent when it is. */
  notEnglish?: string;
}

export interface ReadResult {
  docs: RawDocument[];
  /** One per document, in the same order. */
  details: ReadDetails[];
  notes: string[];
  /** Paths that could not be read at all (missing, unreadable, binary, special, too large). */
  failures: number;
}

/** Default corpus: the bundled seeds (next to the package, whether run from src/ or lib/). */
export function seedsDir(): string {
  return path.resolve(__dirname, "..", "..", "seeds");
}

let pdfjs: Promise<PdfjsModule> | null = null;

/**
 * pdfjs-dist 6 targets Node 22; on Node 20 it only lacks Promise.withResolvers. Run in the main
 * context (where pdfjs runs, even under jest), and only where it is missing.
 */
const NODE20_POLYFILLS = `if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function () {
    let resolve, reject;
    const promise = new this((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
}`;

/**
 * pdfjs-dist 6 for Node (its legacy build), loaded once and passed to src/documents. It is ESM
 * only, and this code is compiled to CommonJS, where TypeScript turns `import()` into `require()`.
 * So the `import()` is written inside a string: `new Function` in plain Node (the CLI). Jest's
 * sandbox has no hook for that import (without --experimental-vm-modules), so there a function is
 * compiled by `vm` with Node's own loader (USE_MAIN_CONTEXT_DEFAULT_LOADER, Node >= 20.12; Node 20
 * warns once that it is experimental). Either way pdfjs loads natively, and so does the in-process
 * "fake worker" it falls back to in Node: no worker thread is needed.
 */
export function loadPdfjsNode(): Promise<PdfjsModule> {
  pdfjs ??= (async () => {
    vm.runInThisContext(NODE20_POLYFILLS);
    const url = pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.mjs")).href;
    try {
      // Plain Node: a real import() that TypeScript does not rewrite (it is a string).
      return (await new Function("url", "return import(url)")(url)) as PdfjsModule;
    } catch {
      // Under jest the sandbox has no import() hook: compile one with Node's own loader.
      const importModule = vm.runInThisContext("(url) => import(url)", {
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      }) as (url: string) => Promise<PdfjsModule>;
      return importModule(url);
    }
  })();
  pdfjs.catch(() => (pdfjs = null)); // a failed load is tried again for the next PDF
  return pdfjs;
}

/** Strict UTF-8, else UTF-8 with U+FFFD (checklists; documents are decoded by src/documents/decode.ts). */
export function decodeUtf8(buf: Buffer): { text: string; replaced: boolean } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf), replaced: false };
  } catch {
    return { text: new TextDecoder("utf-8").decode(buf), replaced: true };
  }
}

async function listFiles(p: string, notes: string[]): Promise<string[]> {
  const st = await fs.stat(p);
  if (!st.isDirectory()) return [p];
  const out: string[] = [];
  const entries = (await fs.readdir(p, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(p, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full, notes)));
    else if (e.name.startsWith("~$"))
      continue; // Word's lock file beside an open .docx: not a document
    else if (SUPPORTED.has(path.extname(e.name).toLowerCase())) out.push(full);
    else if (!e.name.startsWith(".")) notes.push(`skipped ${full}: not .txt, .md, .html, .docx or .pdf`);
  }
  return out;
}

/** A file that is not a regular file, or larger than the limit: the reason it is not read. */
export class SpecialFileError extends Error {
  override readonly name = "SpecialFileError";
}

function kindOf(st: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string {
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  if (st.isDirectory()) return "a folder";
  return "not a regular file";
}

/**
 * A regular file's bytes, at most `maxBytes` of them. Opened without blocking (a FIFO would wait
 * for a writer at open), then checked on the open descriptor (so a path swapped after a check is
 * not read), then read in a bounded loop: a file that grows while it is read, or that lies about
 * its size, still stops at the limit. Throws a SpecialFileError saying why a file is not read.
 *
 * Synchronous on purpose: a document is one open, one stat and a read or two of a regular file,
 * which the kernel answers at once; done asynchronously, each of those is a round trip through
 * libuv's thread pool, and a folder of 10,000 small files took 5 s to read instead of 0.2 s.
 */
export function readRegularFile(file: string, maxBytes = MAX_BYTES): Buffer {
  const fd = fsSync.openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    const st = fsSync.fstatSync(fd);
    if (!st.isFile()) throw new SpecialFileError(`${kindOf(st)}, not a regular file: only regular files are read`);
    if (st.size > maxBytes) throw new SpecialFileError(tooLarge(st.size, maxBytes));
    const chunks: Buffer[] = [];
    let total = 0;
    // The first read asks for one byte more than the stated size (a file that says its size is read in one go, and its end seen at once).
    let want = st.size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const bytesRead = fsSync.readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new SpecialFileError(`more than ${describeSize(maxBytes)} (the limit for one document): split it`);
      want = READ_CHUNK;
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    fsSync.closeSync(fd);
  }
}

function tooLarge(bytes: number, maxBytes: number): string {
  // The size in decimal megabytes, as file managers show it; the limit as it is set (64 MiB).
  const size = bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${Math.ceil(bytes / 1e3)} kB`;
  return `${size} is over the ${describeSize(maxBytes)} limit for one document: split it`;
}

/** A file through src/documents; a problem becomes a note and null. */
async function convert(file: string, buf: Buffer, notes: string[], maxChars: number): Promise<(RawDocument & { decoding?: Decoding }) | null> {
  try {
    const name = path.basename(file);
    // A file given by name is read whatever its extension: as text, unless it is .docx or .pdf.
    if (!SUPPORTED.has(path.extname(file).toLowerCase())) return textDocument(name, buf, undefined, maxChars);
    return await documentFromBytes(name, buf, { pdfjs: loadPdfjsNode, maxChars });
  } catch (err) {
    const why = err instanceof DocumentReadError ? err.message : `unexpected error (${String((err as Error)?.message ?? err).split("\n")[0]})`;
    notes.push(`skipped ${file}: ${why}`);
    return null;
  }
}

/** The limits readInputs applies (tests give smaller ones). */
export interface ReadLimits {
  /** Bytes read of one file (MAX_BYTES). */
  maxBytes?: number;
  /** Characters of text from one document (MAX_TEXT_CHARS). */
  maxChars?: number;
  /** Characters of text in one run (MAX_RUN_CHARS). */
  maxRunChars?: number;
}

/**
 * Reads the documents of `paths` (files, and folders recursively), in order. `onDocument` is given
 * each one as soon as it is read, with its final id, so a caller can work on it while the rest are
 * read. Ids are file names; where two of the files listed share a name, both are told apart by their
 * relative path.
 */
export async function readInputs(paths: readonly string[], limits: ReadLimits = {}, onDocument?: (doc: RawDocument) => void): Promise<ReadResult> {
  const { maxBytes = MAX_BYTES, maxChars = MAX_TEXT_CHARS, maxRunChars = MAX_RUN_CHARS } = limits;
  const notes: string[] = [];
  const docs: RawDocument[] = [];
  const details: ReadDetails[] = [];
  let failures = 0;
  let runChars = 0;
  const listings: Array<{ files: string[]; notes: string[] } | { missing: string }> = [];
  for (const p of paths) {
    const listed: string[] = [];
    try {
      listings.push({ files: await listFiles(p, listed), notes: listed });
    } catch {
      listings.push({ missing: p });
    }
  }
  const idOf = fileIds(listings.flatMap((l) => ("files" in l ? l.files : [])));
  for (const listing of listings) {
    if ("missing" in listing) {
      notes.push(`cannot read ${listing.missing}: no such file or folder`);
      failures++;
      continue;
    }
    notes.push(...listing.notes);
    for (const file of listing.files) {
      if (runChars >= maxRunChars) {
        notes.push(`skipped ${file}: this run has read ${describeChars(maxRunChars)} of text, its limit: run again on the rest`);
        failures++;
        continue;
      }
      let read: Buffer;
      try {
        read = readRegularFile(file, maxBytes);
      } catch (err) {
        notes.push(
          err instanceof SpecialFileError ? `skipped ${file}: ${err.message}` : `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? "read error"}`,
        );
        failures++;
        continue;
      }
      const doc = await convert(file, read, notes, maxChars);
      if (!doc) {
        failures++;
        continue;
      }
      if (runChars + doc.text.length > maxRunChars) {
        notes.push(`skipped ${file}: its text would take this run over ${describeChars(maxRunChars)}, its limit: run again on the rest`);
        failures++;
        continue;
      }
      runChars += doc.text.length;
      if (doc.decoding && isNotableDecoding(doc.decoding)) notes.push(`${file}: read as ${describeDecoding(doc.decoding)}`);
      const id = idOf(file, doc.id);
      const raw: RawDocument = doc.format ? { id, text: doc.text, format: doc.format } : { id, text: doc.text };
      const detail: ReadDetails = doc.decoding ? { file, decoding: doc.decoding } : { file };
      const language = documentLanguage(raw);
      if (!language.english) {
        detail.notEnglish = language.language ?? "another language";
        notes.push(`${file}: not in English (it reads as ${detail.notEnglish}): commitments are found in English text only`);
      }
      docs.push(raw);
      details.push(detail);
      onDocument?.(raw);
    }
  }
  return { docs, details, notes, failures };
}

/** A document's id: its file name, or its path relative to the working folder where another file listed has the same name. */
function fileIds(files: readonly string[]): (file: string, name: string) => string {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(path.basename(f), (counts.get(path.basename(f)) ?? 0) + 1);
  return (file, name) => ((counts.get(path.basename(file)) ?? 0) > 1 ? path.relative(process.cwd(), file) || name : name);
}

/** What the run summary adds after "N documents read": " (1 not in English, 2 read as Windows-1252)", or "". */
export function readSummary(read: Pick<ReadResult, "details">): string {
  const counts = new Map<string, number>();
  const notEnglish = read.details.filter((d) => d.notEnglish !== undefined).length;
  for (const d of read.details) {
    if (d.decoding && isNotableDecoding(d.decoding)) {
      const name = `read as ${describeDecoding({ encoding: d.decoding.encoding, by: "valid UTF-8" })}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const parts = [...(notEnglish > 0 ? [`${notEnglish} not in English`] : []), ...[...counts].map(([name, n]) => `${n} ${name}`)];
  return parts.length ? ` (${parts.join(", ")})` : "";
}
