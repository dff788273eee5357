/**
 * A ZIP archive written entry by entry, each entry's data streamed through deflate as it is
 * produced: memory holds one chunk at a time, never an entry or the archive. Sizes and CRC
 * follow each entry in a data descriptor (general purpose flag bit 3), as streaming writers
 * do; names are UTF-8 (bit 11). No ZIP64: an entry or archive past 4 GiB is refused.
 */
import { promises as fs } from "fs";
import type { FileHandle } from "fs/promises";
import { createDeflateRaw, crc32 } from "zlib";
import { Readable } from "stream";

export interface ZipEntry {
  name: string;
  /** The entry's content, as chunks of text (written as UTF-8). */
  chunks: () => Iterable<string>;
}

const LIMIT = 0xffffffff;
/** Data descriptor follows the data; names are UTF-8. */
const FLAGS = 0x0008 | 0x0800;
const DEFLATE = 8;
const VERSION = 20;
/** Chunks are joined up to this many characters before deflate sees them (fewer, larger writes). */
const BATCH = 1 << 16;

/** MS-DOS time and date of `when`, as ZIP headers store them. */
function dosTime(when: Date): { time: number; date: number } {
  const year = Math.max(1980, when.getFullYear());
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

function* batched(chunks: Iterable<string>): Generator<Buffer> {
  let pending: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= BATCH) {
      yield Buffer.from(pending.join(""), "utf8");
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.from(pending.join(""), "utf8");
}

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Writes `entries` to `file` (created or truncated) as a deflated ZIP archive. */
export async function writeZip(file: string, entries: readonly ZipEntry[], when = new Date()): Promise<void> {
  const handle = await fs.open(file, "w");
  try {
    await writeZipTo(handle, entries, when);
  } finally {
    await handle.close();
  }
}

/** Writes `entries` as a deflated ZIP archive to an open, empty file (left open). */
export async function writeZipTo(handle: FileHandle, entries: readonly ZipEntry[], when = new Date()): Promise<void> {
  const { time, date } = dosTime(when);
  let offset = 0;
  const put = async (buf: Buffer) => {
    await handle.write(buf);
    offset += buf.length;
  };
  const written: Written[] = [];
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const start = offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(FLAGS, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    // CRC and sizes (14..25) stay 0: the data descriptor carries them.
    local.writeUInt16LE(name.length, 26);
    await put(Buffer.concat([local, name]));

    let crc = 0;
    let size = 0;
    const source = Readable.from(
      (function* () {
        for (const buf of batched(entry.chunks())) {
          crc = crc32(buf, crc);
          size += buf.length;
          yield buf;
        }
      })(),
    );
    const dataStart = offset;
    for await (const out of source.pipe(createDeflateRaw({ level: 6 }))) await put(out as Buffer);
    const compressed = offset - dataStart;
    if (size > LIMIT || compressed > LIMIT || offset > LIMIT) throw new RangeError(`${entry.name} is over 4 GiB, which this writer does not support`);

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await put(descriptor);
    written.push({ name, crc: crc >>> 0, compressed, size, offset: start });
  }

  const directoryStart = offset;
  for (const w of written) {
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4);
    central.writeUInt16LE(VERSION, 6);
    central.writeUInt16LE(FLAGS, 8);
    central.writeUInt16LE(DEFLATE, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(w.crc, 16);
    central.writeUInt32LE(w.compressed, 20);
    central.writeUInt32LE(w.size, 24);
    central.writeUInt16LE(w.name.length, 28);
    // Extra field, comment, disk number, internal and external attributes: none.
    central.writeUInt32LE(w.offset, 42);
    await put(Buffer.concat([central, w.name]));
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(offset - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  await put(end);
  if (offset > LIMIT) throw new RangeError("the archive is over 4 GiB, which this writer does not support");
}
