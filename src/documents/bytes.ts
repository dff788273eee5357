/** Byte helpers shared by the readers (no Node Buffer: these run in browsers too). */

/**
 * The bytes as a Uint8Array of this realm, without copying. `ArrayBuffer.isView` rather than
 * `instanceof`: a Node Buffer read under jest comes from another realm than the test's Uint8Array.
 */
export function toUint8Array(bytes: ArrayBuffer | Uint8Array): Uint8Array {
  return ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}
