import { sha256Utf8Hex } from "./sha256";

/** SHA-256 (hex) of a string's UTF-8 bytes; pure JS so the core runs in Node and browsers alike (sha256.ts). */
export function sha256Hex(text: string): string {
  return sha256Utf8Hex(text);
}

/**
 * A 64-bit FNV-1a hash of a short string (hex, 16 digits): the stable record id. Not for
 * security; the same input gives the same id on every run and every machine.
 */
export function stableId(text: string): string {
  return stableIdFrom(stableIdSeed(""), text);
}

/** The hash state after a prefix that many ids share (a document's id and SHA-256). */
export interface StableIdSeed {
  h1: number;
  h2: number;
}

export function stableIdSeed(prefix: string): StableIdSeed {
  return fold(0x811c9dc5, 0xcbf29ce4, prefix);
}

/** stableIdSeedFrom(stableIdSeed(a), b) is stableIdSeed(a + b). */
export function stableIdSeedFrom(seed: StableIdSeed, more: string): StableIdSeed {
  return fold(seed.h1, seed.h2, more);
}

/** stableIdFrom(stableIdSeed(a), b) === stableId(a + b): the hash reads its input left to right. */
export function stableIdFrom(seed: StableIdSeed, rest: string): string {
  const { h1, h2 } = fold(seed.h1, seed.h2, rest);
  return hex8(h1) + hex8(h2);
}

/** stableIdFrom(seed, parts.join("|")), without building the joined string (folding reads each part in place). */
export function stableIdFromParts(seed: StableIdSeed, parts: readonly string[]): string {
  let h1 = seed.h1;
  let h2 = seed.h2;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      h1 = Math.imul(h1 ^ SEPARATOR, 0x01000193);
      h2 = Math.imul(h2 ^ SEPARATOR ^ (h1 >>> 7), 0x01000193);
    }
    const text = parts[p] as string;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193);
    }
  }
  return hex8(h1) + hex8(h2);
}

/** "|", between the parts of an id's input. */
const SEPARATOR = 124;

/** Two hex digits per byte value. */
const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** `(n >>> 0).toString(16).padStart(8, "0")`, by table (a third of the time: an id is made per record). */
function hex8(n: number): string {
  return (HEX_BYTES[(n >>> 24) & 255] as string) + HEX_BYTES[(n >>> 16) & 255] + HEX_BYTES[(n >>> 8) & 255] + HEX_BYTES[n & 255];
}

function fold(h1: number, h2: number, text: string): StableIdSeed {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193);
  }
  return { h1, h2 };
}
