import { createHash } from "crypto";

/** Node's native SHA-256: the same digest as the core's pure-JS one, much faster on large files. */
export function nodeSha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
