import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";

/** SHA-256 (hex) of a string's UTF-8 bytes; pure JS so the core runs in Node and browsers alike. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}
