import { promises as fs } from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import * as vm from "vm";
import type { RawDocument } from "../core";
import { documentFromBytes, DocumentReadError, type PdfjsModule } from "../documents";

/**
 * Reading documents from disk for the CLI and the evaluation: files and folders (recursive),
 * .txt/.md/.html, and .docx/.pdf through src/documents; anything else is skipped with a note.
 * Every problem becomes a one-line note (missing path, unreadable file, binary content, invalid
 * UTF-8, a damaged .docx, a scanned or protected PDF), never a stack trace.
 */
export const SUPPORTED = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"]);
/** Read as bytes and converted by src/documents (the others are decoded as text here). */
const CONVERTED = new Set([".docx", ".pdf"]);
/** Larger files are refused: extraction is linear, but a 100 MB "statement" is not a document. */
export const MAX_BYTES = 64 * 1024 * 1024;

export interface ReadResult {
  docs: RawDocument[];
  notes: string[];
  /** Paths that could not be read at all (missing, unreadable, binary). */
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

/** .html is HTML; .md is Markdown; a .txt is sniffed (HTML is often saved as text). */
function formatOf(file: string): RawDocument["format"] {
  const ext = path.extname(file).toLowerCase();
  return ext === ".html" || ext === ".htm" ? "html" : ext === ".md" || ext === ".markdown" ? "markdown" : undefined;
}

/** UTF-16 with a byte-order mark (Notepad's "Unicode") is text, not binary. */
function utf16(buf: Buffer): string | null {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  return null;
}

/** Binary if it has NUL bytes or mostly control characters in its first 8 KB. */
export function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

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
    else if (e.name.startsWith("~$")) continue; // Word's lock file beside an open .docx: not a document
    else if (SUPPORTED.has(path.extname(e.name).toLowerCase())) out.push(full);
    else if (!e.name.startsWith(".")) notes.push(`skipped ${full}: not .txt, .md, .html, .docx or .pdf`);
  }
  return out;
}

/** A .docx or .pdf through src/documents; a problem becomes a note and null. */
async function convert(file: string, buf: Buffer, notes: string[]): Promise<RawDocument | null> {
  try {
    const doc = await documentFromBytes(path.basename(file), buf, { pdfjs: loadPdfjsNode });
    return { id: doc.id, text: doc.text, format: doc.format };
  } catch (err) {
    const why = err instanceof DocumentReadError ? err.message : `unexpected error (${String((err as Error)?.message ?? err).split("\n")[0]})`;
    notes.push(`skipped ${file}: ${why}`);
    return null;
  }
}

export async function readInputs(paths: readonly string[]): Promise<ReadResult> {
  const notes: string[] = [];
  const docs: RawDocument[] = [];
  const filePaths: string[] = [];
  let failures = 0;
  for (const p of paths) {
    let files: string[];
    try {
      files = await listFiles(p, notes);
    } catch {
      notes.push(`cannot read ${p}: no such file or folder`);
      failures++;
      continue;
    }
    for (const file of files) {
      try {
        const st = await fs.stat(file);
        if (st.size > MAX_BYTES) {
          notes.push(`skipped ${file}: ${Math.round(st.size / 1e6)} MB is over the ${MAX_BYTES / 1024 / 1024} MB limit for one document`);
          failures++;
          continue;
        }
        const buf = await fs.readFile(file);
        if (CONVERTED.has(path.extname(file).toLowerCase())) {
          const converted = await convert(file, buf, notes);
          if (converted) {
            docs.push(converted);
            filePaths.push(file);
          } else failures++;
          continue;
        }
        let text = utf16(buf);
        if (text === null) {
          if (looksBinary(buf)) {
            notes.push(`skipped ${file}: binary content, not a text document`);
            failures++;
            continue;
          }
          const utf8 = decodeUtf8(buf);
          if (utf8.replaced) notes.push(`${file}: invalid UTF-8, decoded with replacement characters (U+FFFD)`);
          text = utf8.text;
        }
        docs.push({ id: path.basename(file), text, format: formatOf(file) });
        filePaths.push(file);
      } catch (err) {
        notes.push(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? "read error"}`);
        failures++;
      }
    }
  }
  // Ids are file names; where two files share a name, both are told apart by their relative path.
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.id, (counts.get(d.id) ?? 0) + 1);
  docs.forEach((d, i) => {
    if ((counts.get(d.id) ?? 0) > 1) d.id = path.relative(process.cwd(), filePaths[i] as string) || d.id;
  });
  return { docs, notes, failures };
}
