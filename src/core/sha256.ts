/**
 * SHA-256 of a string's UTF-8 bytes, in plain JavaScript (the core runs in Node and browsers
 * alike). Written for speed on whole documents: the text is encoded chunk by chunk into one
 * reused buffer (TextEncoder.encodeInto), and each 64-byte block is compressed with the state in
 * local variables and the message schedule in one reused Int32Array. Same digest as any SHA-256
 * of the text's UTF-8 encoding (lone surrogates read as U+FFFD, as TextEncoder writes them).
 */
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
  0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
  0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
  0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
  0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** UTF-16 units encoded per step; the buffer holds one step's bytes (at most 3 per unit) and a block's remainder. */
const CHUNK = 16384;
const W = new Int32Array(64);
const STATE = new Int32Array(8);
const BUFFER = new Uint8Array(3 * CHUNK + 128);
let encoder: TextEncoder | null = null;

/** Compresses the 64-byte blocks of `bytes[0, end)` into STATE (end is a multiple of 64). */
function compress(bytes: Uint8Array, end: number): void {
  const w = W;
  const st = STATE;
  let h0 = st[0] as number,
    h1 = st[1] as number,
    h2 = st[2] as number,
    h3 = st[3] as number;
  let h4 = st[4] as number,
    h5 = st[5] as number,
    h6 = st[6] as number,
    h7 = st[7] as number;
  for (let p = 0; p < end; p += 64) {
    for (let t = 0; t < 16; t++) {
      const q = p + 4 * t;
      w[t] = ((bytes[q] as number) << 24) | ((bytes[q + 1] as number) << 16) | ((bytes[q + 2] as number) << 8) | (bytes[q + 3] as number);
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15] as number;
      const y = w[t - 2] as number;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (s1 + (w[t - 7] as number) + s0 + (w[t - 16] as number)) | 0;
    }
    let a = h0,
      b = h1,
      c = h2,
      d = h3,
      e = h4,
      f = h5,
      g = h6,
      h = h7;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + (K[t] as number) + (w[t] as number)) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  st[0] = h0;
  st[1] = h1;
  st[2] = h2;
  st[3] = h3;
  st[4] = h4;
  st[5] = h5;
  st[6] = h6;
  st[7] = h7;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function sha256Utf8Hex(text: string): string {
  encoder ??= new TextEncoder();
  STATE.set(INITIAL);
  const buf = BUFFER;
  let pending = 0; // bytes of an unfinished block at the start of buf
  let length = 0; // bytes hashed in all
  for (let pos = 0; pos < text.length;) {
    let end = Math.min(text.length, pos + CHUNK);
    // A surrogate pair is never split between two steps (each half alone would read as U+FFFD).
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    const { written } = encoder.encodeInto(pos === 0 && end === text.length ? text : text.slice(pos, end), buf.subarray(pending));
    length += written;
    const filled = pending + written;
    const whole = filled - (filled % 64);
    compress(buf, whole);
    buf.copyWithin(0, whole, filled);
    pending = filled - whole;
    pos = end;
  }
  // Padding: 0x80, zeros, and the length in bits as a 64-bit big-endian number.
  const padded = pending + 9 <= 64 ? 64 : 128;
  buf.fill(0, pending, padded);
  buf[pending] = 0x80;
  const bits = length * 8;
  const high = Math.floor(bits / 0x100000000);
  const low = bits >>> 0;
  buf[padded - 8] = high >>> 24;
  buf[padded - 7] = (high >>> 16) & 255;
  buf[padded - 6] = (high >>> 8) & 255;
  buf[padded - 5] = high & 255;
  buf[padded - 4] = low >>> 24;
  buf[padded - 3] = (low >>> 16) & 255;
  buf[padded - 2] = (low >>> 8) & 255;
  buf[padded - 1] = low & 255;
  compress(buf, padded);
  let hex = "";
  for (let i = 0; i < 8; i++) {
    const v = STATE[i] as number;
    hex += (HEX[(v >>> 24) & 255] as string) + HEX[(v >>> 16) & 255] + HEX[(v >>> 8) & 255] + HEX[v & 255];
  }
  return hex;
}
