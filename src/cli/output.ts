/**
 * Where the commands' text goes (a file or standard output), and the inputs' duplicates. Text is
 * never written over a workbook: a file that is one (a zip archive, whatever its name) is refused.
 */
import { promises as fs } from "fs";
import type { FileHandle } from "fs/promises";
import type { RawDocument } from "../core";

/** Is this file an .xlsx workbook (or any zip archive)? false when it does not exist. */
export async function isZipFile(file: string): Promise<boolean> {
  let handle: FileHandle | null = null;
  try {
    handle = await fs.open(file, "r");
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50;
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes a command's output to `--out FILE`, else to standard output; false (with a one-line
 * error) when the file cannot be written, or is a workbook that text would replace.
 */
export async function emit(body: string, file: string | null, err: (s: string) => void, out: (s: string) => void): Promise<boolean> {
  if (!file) {
    out(body);
    return true;
  }
  if (await isZipFile(file)) {
    err(
      `commitments: ${file} is a workbook (or another zip file), and this output is text that would replace it: it is left as it is; give --out another file (extract writes into a workbook with --format xlsx)`,
    );
    return false;
  }
  try {
    await fs.writeFile(file, body, "utf8");
    return true;
  } catch (e) {
    err(`commitments: cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? "write error"}`);
    return false;
  }
}

/**
 * The documents, each once: a file given twice (by name twice, or by name and in a folder) is
 * read once, with a note. The reader names a file that two arguments reach by the same relative
 * path, so the same name with the same text is the same file; two files that merely hold the
 * same text are two documents. Documents are added one at a time, as they are read.
 */
export class DocumentSet {
  /** Texts seen, by id and format (the same id only comes back for the same file, so lists stay short). */
  private readonly seen = new Map<string, string[]>();
  readonly notes: string[] = [];

  /** Whether `doc` is new (else its note is taken, once per id). */
  add(doc: RawDocument): boolean {
    const key = `${doc.id}\u0000${doc.format ?? ""}`;
    const texts = this.seen.get(key);
    if (!texts) {
      this.seen.set(key, [doc.text]);
      return true;
    }
    if (!texts.includes(doc.text)) {
      texts.push(doc.text);
      return true;
    }
    if (!this.notes.some((n) => n.startsWith(`${doc.id} was given`))) this.notes.push(`${doc.id} was given more than once: read once`);
    return false;
  }
}

/**
 * A closed pipe (`commitments extract | head`) ends the run quietly, as Unix tools do: the reader
 * has what it wanted. Other stream errors are left to Node.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
}
