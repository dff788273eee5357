/**
 * `--format xlsx --out FILE`: the workbook, written the way the add-in writes it. When FILE
 * exists, the run is merged into it by id (the user's Review and Notes, rows typed by hand and
 * rejected rows survive). Nothing of the user's is ever lost on the way:
 * - a read-only FILE (or one in a folder that cannot be written) is refused before anything is done;
 * - a symbolic link is written through: its target changes, the link stays a link;
 * - the previous file is first kept as a timestamped backup beside it (the last BACKUPS_KEPT),
 *   itself written to a temporary file and renamed, so a kill never leaves a partial backup;
 * - the new file is written to a temporary file, flushed, given the old file's mode (and owner,
 *   where the system allows), then renamed over it: FILE is always either the old or the new one;
 * - temporary files a killed run left behind are removed by the next run.
 */
import { promises as fs, type Stats } from "fs";
import type { FileHandle } from "fs/promises";
import path from "path";
import type { DocumentExtraction } from "../core";
import { NewWorkbookStore } from "../workbook/newWorkbook";
import { writeWorkbook, WorkbookError, type TableStore, type WorkbookSummary } from "../workbook/store";
import { writeZipTo } from "./zipFile";

export interface XlsxResult {
  summary: WorkbookSummary;
  /** The backup of the previous file, when there was one. */
  backup: string | null;
}

/** How many backups of a workbook are kept; older ones are removed. */
export const BACKUPS_KEPT = 5;

/** Characters of a string as a literal part of a regular expression. */
function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** `20261203-134649-123` (UTC): sorts as it was made. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/gu, "").replace("T", "-").replace(".", "-").slice(0, 19);
}

/** `report.xlsx` → `report.bak-20261203-134649-123.xlsx`, beside it. */
export function backupPath(file: string, now = new Date()): string {
  const ext = path.extname(file) || ".xlsx";
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.bak-${stamp(now)}${ext}`);
}

/** The backups of `file` beside it, oldest first. */
export async function backupsOf(file: string): Promise<string[]> {
  const ext = path.extname(file) || ".xlsx";
  const pattern = new RegExp(`^${literal(path.basename(file, path.extname(file)))}\\.bak-\\d{8}-\\d{6}-\\d{3}${literal(ext)}$`, "u");
  const names = await fs.readdir(path.dirname(file)).catch(() => [] as string[]);
  return names
    .filter((n) => pattern.test(n))
    .sort()
    .map((n) => path.join(path.dirname(file), n));
}

/** A temporary file beside `file` for this process: `.report.xlsx.1234.tmp` (`.bak.tmp` for a backup). */
function tempPath(file: string, kind: "tmp" | "bak.tmp"): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${kind}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files of `file` that runs no longer running left behind (killed mid-write). */
export async function removeStaleTemps(file: string): Promise<void> {
  const pattern = new RegExp(`^\\.${literal(path.basename(file))}\\.(\\d+)\\.(?:bak\\.)?tmp$`, "u");
  const names = await fs.readdir(path.dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
    if (Number.isNaN(pid) || (pid !== process.pid && isAlive(pid))) continue;
    await fs.rm(path.join(path.dirname(file), name), { force: true });
  }
}

/** The file a path writes to: a symbolic link's target (followed to the end, even when the target does not exist yet). */
export async function resolveTarget(file: string): Promise<string> {
  let at = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      link = await fs.readlink(at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EINVAL" || code === "ENOENT" || code === "UNKNOWN") return at;
      throw e;
    }
    at = path.resolve(path.dirname(at), link);
  }
  throw new WorkbookError(`${file}: too many symbolic links; give the workbook's own path`);
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? "write error";
}

/** Refuses, before anything is done, a target that cannot or must not be replaced. */
async function checkWritable(file: string, target: string, stat: Stats | null): Promise<void> {
  if (stat && !stat.isFile()) throw new WorkbookError(`${file} is not a regular file; give a workbook file to write to`);
  // Mode bits, not access(): the owner (or root) can write anything, but a read-only file is the user's "do not touch".
  if (stat && (stat.mode & 0o222) === 0)
    throw new WorkbookError(`${file} is read-only, so it is left as it is; make it writable (chmod u+w) or give another --out file`);
  try {
    if (stat) await fs.access(target, fs.constants.W_OK);
    await fs.access(path.dirname(target), fs.constants.W_OK);
  } catch (e) {
    throw new WorkbookError(`cannot write ${file} (${codeOf(e)}): it, or its folder, is not writable; give another --out file`);
  }
}

/** Writes `bytes` to a temporary file beside `target`, flushed, with `stat`'s mode and owner, then renames it to `final`. */
/** A file's content: its bytes, or what writes them to an open file (a streamed workbook). */
type Content = Uint8Array | ((handle: FileHandle) => Promise<void>);

async function writeAtomically(final: string, temp: string, content: Content, stat: Stats | null): Promise<void> {
  try {
    const handle = await fs.open(temp, "wx", stat ? stat.mode & 0o7777 : 0o666);
    try {
      if (typeof content === "function") await content(handle);
      else await handle.writeFile(content);
      if (stat) {
        // open() applies the umask: set the mode exactly, and the owner where the system lets us.
        await handle.chmod(stat.mode & 0o7777);
        await handle.chown(stat.uid, stat.gid).catch(() => undefined);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, final);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

export async function writeXlsxFile(file: string, results: readonly DocumentExtraction[]): Promise<XlsxResult> {
  return updateXlsxFile(file, (store) => writeWorkbook(store, results));
}

/**
 * Runs `change` on the workbook in FILE (a new one when there is none), then replaces FILE
 * safely, keeping a backup. A new workbook is streamed part by part (NewWorkbookStore): memory
 * holds the run's rows, not a model of every cell; an existing one is merged into by exceljs,
 * which loads it whole.
 */
export async function updateXlsxFile<T>(
  file: string,
  change: (store: TableStore) => Promise<T>,
  now = new Date(),
): Promise<{ summary: T; backup: string | null }> {
  const target = await resolveTarget(file);
  const stat = await fs.stat(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return null;
    throw new WorkbookError(`cannot read ${file} (${codeOf(e)}); check its permissions, or write to a new file`);
  });
  await checkWritable(file, target, stat);
  await removeStaleTemps(target);
  let before: Buffer | null = null;
  if (stat) {
    try {
      before = await fs.readFile(target);
    } catch (e) {
      throw new WorkbookError(`cannot read ${file} (${codeOf(e)}); check its permissions, or write to a new file`);
    }
  }
  let summary: T;
  let content: Content;
  if (before) {
    const { XlsxStore } = await import("../workbook/xlsxStore");
    const store = await XlsxStore.load(before);
    summary = await change(store);
    content = await store.toBuffer();
  } else {
    const store = new NewWorkbookStore();
    summary = await change(store);
    content = (handle) => writeZipTo(handle, store.parts());
  }
  let backup: string | null = null;
  try {
    if (before) {
      backup = backupPath(target, now);
      for (
        let ms = now.getTime() + 1;
        await fs.stat(backup).then(
          () => true,
          () => false,
        );
        ms++
      )
        backup = backupPath(target, new Date(ms));
      await writeAtomically(backup, tempPath(target, "bak.tmp"), before, stat);
    }
    await writeAtomically(target, tempPath(target, "tmp"), content, stat);
  } catch (e) {
    const code = codeOf(e);
    const hint = code === "EBUSY" || code === "EPERM" ? "; close it in Excel and run again" : code === "ENOSPC" ? "; free some disk space and run again" : "";
    throw new WorkbookError(`cannot write ${file} (${code})${hint}; it is left as it was`);
  }
  const backups = await backupsOf(target);
  for (const old of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) await fs.rm(old, { force: true });
  return { summary, backup };
}
