/**
 * A document that cannot be turned into text, with a message that says what to do about it.
 * Messages are clauses meant to follow the file's name ("skipped report.pdf: <message>"), one
 * line, no stack trace; `cause` keeps the library's own error for debugging.
 */
export class DocumentReadError extends Error {
  override readonly name = "DocumentReadError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The message of anything thrown, on one line (libraries throw strings and multi-line errors). */
export function describeError(err: unknown): string {
  const message =
    err instanceof Error || (typeof err === "object" && err !== null && "message" in err) ? String((err as { message: unknown }).message) : String(err);
  return message.replace(/\s+/gu, " ").trim() || "unknown error";
}
