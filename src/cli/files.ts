import { promises as fs } from "fs";
import * as path from "path";
import type { RawDocument } from "../core";

/**
 * Reading documents from disk for the CLI and the evaluation: files and folders (recursive),
 * .txt/.md/.html; anything else is skipped with a note. Every problem becomes a one-line note
 * (missing path, unreadable file, binary content, invalid UTF-8), never a stack trace.
 */
export const SUPPORTED = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);
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
    else if (SUPPORTED.has(path.extname(e.name).toLowerCase())) out.push(full);
    else if (!e.name.startsWith(".")) notes.push(`skipped ${full}: not .txt, .md or .html`);
  }
  return out;
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
