import type Mammoth from "mammoth";
import { toUint8Array } from "./bytes";
import { describeError, DocumentReadError } from "./errors";

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
export async function docxToText(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const view = toUint8Array(bytes);
  // Cheap check first: every .docx is a zip archive, which starts with "PK\x03\x04".
  if (!(view[0] === 0x50 && view[1] === 0x4b && view[2] === 0x03 && view[3] === 0x04)) {
    throw new DocumentReadError(
      "not a .docx file (it is not a zip archive, as every .docx is): if it is an older Word .doc or an .rtf, open it in Word and save it as .docx",
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
    if (/main document part|corrupted zip|end of central directory|zip file/iu.test(why)) {
      throw new DocumentReadError(
        "not a readable .docx file (a damaged zip, or a zip that holds no Word document): open it in Word and save it again as .docx",
        { cause: err },
      );
    }
    throw new DocumentReadError(`the .docx could not be read (${why}): open it in Word and save it again as .docx`, { cause: err });
  }
  return result.value;
}

/** The bytes as an ArrayBuffer of exactly their length (a Uint8Array may be a view into a larger one). */
function exactArrayBuffer(view: Uint8Array): ArrayBuffer {
  return view.slice().buffer;
}
