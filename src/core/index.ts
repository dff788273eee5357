/** The extraction core: pure TypeScript, no Office, no DOM, no file system. */
export * from "./model";
export type { RawDocument, ExtractOptions, DocumentExtraction } from "./types";
export { describeDocument, extractDocument, prepareText } from "./pipeline";
export { extractAll } from "./extractAll";
export { CATALOG, catalogById } from "./lexicon/catalog";
export { sha256Hex } from "./hash";
export * from "./status";
export { canonicalActor, foldKey, resolveActor, resolveInstrument } from "./lexicon/resolve";
