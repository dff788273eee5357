import type Mammoth from "mammoth";
import { toUint8Array } from "./bytes";
import { describeError, DocumentReadError } from "./errors";
import { describeChars, describeSize, MAX_TEXT_CHARS, type TextLimits } from "./limits";

/** How much larger than the text limit a .docx's unzipped parts may be (its XML is markup around the text). */
const EXPANSION = 2;

/**
 * .docx → plain text with mammoth's raw-text extraction: each paragraph's text followed by a
 * blank line, exactly as mammoth gives it (so extraction offsets refer to this string).
 *
 * mammoth reads its input differently in Node (`lib/unzip.js` wants `buffer`) and in a browser
 * bundle (its package.json's `browser` field swaps in `browser/unzip.js`, which wants
 * `arrayBuffer`). Both keys are given, so the same call works in both without Node's Buffer:
 * JSZip, underneath, takes a Uint8Array as readily as a Buffer.
 *
 * mammoth is CommonJS, so `import()` works both where TypeScript makes it a `require()` (Node,
 * jest) and in webpack, which then loads it as a separate chunk, on the first .docx only.
 */
export async function docxToText(bytes: ArrayBuffer | Uint8Array, limits: TextLimits = {}): Promise<string> {
  const view = toUint8Array(bytes);
  // Cheap check first: every .docx is a zip archive, which starts with "PK\x03\x04".
  if (!(view[0] === 0x50 && view[1] === 0x4b && view[2] === 0x03 && view[3] === 0x04)) {
    throw new DocumentReadError(
      "not a .docx file (it is not a zip archive, as every .docx is): if it is an older Word .doc or an .rtf, open it in Word and save it as .docx",
    );
  }
  const maxChars = limits.maxChars ?? MAX_TEXT_CHARS;
  // Before anything is unzipped: what the archive says its parts expand to (JSZip checks each part against it as it inflates).
  const expanded = zipExpandedSize(view);
  if (expanded !== null && expanded > EXPANSION * maxChars) {
    throw new DocumentReadError(
      `it expands to ${describeSize(expanded)} when unzipped, over the ${describeSize(EXPANSION * maxChars)} limit for a .docx (text up to ${describeChars(maxChars)}): split the document`,
    );
  }
  const arrayBuffer = exactArrayBuffer(view);
  const input = { buffer: view, arrayBuffer } as unknown as Parameters<typeof Mammoth.extractRawText>[0];
  let result: Awaited<ReturnType<typeof Mammoth.extractRawText>>;
  try {
    const mammoth = (await import(/* webpackChunkName: "mammoth" */ "mammoth")).default;
    result = await mammoth.extractRawText(input);
  } catch (err) {
    const why = describeError(err);
    // mammoth: "Could not find main document part. Are you sure this is a valid .docx file?"
    if (/main document part|corrupted zip|end of central directory|zip file|size mismatch/iu.test(why)) {
      throw new DocumentReadError(
        "not a readable .docx file (a damaged zip, or a zip that holds no Word document): open it in Word and save it again as .docx",
        { cause: err },
      );
    }
    throw new DocumentReadError(`the .docx could not be read (${why}): open it in Word and save it again as .docx`, { cause: err });
  }
  if (result.value.length > maxChars) {
    throw new DocumentReadError(
      `its text is ${describeChars(result.value.length)}, over the ${describeChars(maxChars)} limit for one document: split the document`,
    );
  }
  return result.value;
}

/**
 * The sum of the uncompressed sizes a zip's central directory declares, or null when it has no
 * readable directory (JSZip then says what is wrong). A ZIP64 size (0xFFFFFFFF) counts as 4 GB.
 */
export function zipExpandedSize(view: Uint8Array): number | null {
  const data = new DataView(view.buffer, view.byteOffset, view.byteLength);
  // The end-of-central-directory record: in the last 22 bytes, or before a comment of up to 64 kB.
  let eocd = -1;
  for (let i = view.length - 22; i >= Math.max(0, view.length - 22 - 0xffff); i--) {
    if (data.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = data.getUint16(eocd + 10, true);
  let at = data.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > view.length || data.getUint32(at, true) !== 0x02014b50) return null;
    total += data.getUint32(at + 24, true);
    at += 46 + data.getUint16(at + 28, true) + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
  }
  return total;
}

/** The bytes as an ArrayBuffer of exactly their length (a Uint8Array may be a view into a larger one). */
function exactArrayBuffer(view: Uint8Array): ArrayBuffer {
  return view.slice().buffer;
}
