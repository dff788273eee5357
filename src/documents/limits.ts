/**
 * How much text one document may give. A file's size says little about it: a 300 kB .docx can
 * unzip to 200 MB of text, and a PDF's text streams are compressed too. Readers refuse a
 * document whose text would pass the limit, with a DocumentReadError naming the limit.
 */
export interface TextLimits {
  /** The most characters of text one document may give (default MAX_TEXT_CHARS). */
  maxChars?: number;
}

/** 64 M characters: the CLI's 64 MB per-file limit, applied to text. */
export const MAX_TEXT_CHARS = 64 * 1024 * 1024;

const MB = 1024 * 1024;

/** "200 MB", "512 kB" */
export function describeSize(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** "64 M characters", "100 k characters" */
export function describeChars(chars: number): string {
  return chars >= MB ? `${Math.round(chars / MB)} M characters` : `${Math.max(1, Math.round(chars / 1024))} k characters`;
}
