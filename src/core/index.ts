/** The extraction core: pure TypeScript, no Office, no DOM, no file system. */
export * from "./model";
export type { RawDocument, ExtractOptions, DocumentExtraction } from "./types";
export { describeDocument, documentLanguage, extractDocument, prepareText } from "./pipeline";
export { checkLanguage, type LanguageCheck } from "./text/language";
export { extractAll } from "./extractAll";
export { CATALOG, catalogById } from "./lexicon/catalog";
export { sha256Hex } from "./hash";
export * from "./status";
export { canonicalActor, foldKey, resolveActor, resolveInstrument } from "./lexicon/resolve";
export {
  RECORDED_ACTS,
  SUFFIX_ACTS,
  actionOfAct,
  isBindingAct,
  type RecordedAct,
  type ReferenceRecord,
  type ImportProblem,
  type ImportResult,
} from "./reference/record";
export {
  DEFAULT_LONG_MAPPING,
  importLongTable,
  importReferenceGrid,
  importStatusTable,
  isLongTable,
  MAX_ROWS,
  parseStatusDate,
  participant,
  ReferenceImportError,
  UnknownLayoutError,
  type ImportOptions,
  type LongMapping,
  type ParsedDate,
  type StatusImportOptions,
} from "./reference/untc";
export { COLUMN_ROLES, columnChoices, parseColumnMapping, type ColumnChoice, type ColumnMapping, type ColumnRole } from "./reference/mapping";
export { describeStatusWithRecord, reconcile, recordedText, ReferenceIndex, type ReconcileOptions } from "./reference/reconcile";
export { readReferenceTable, reconciliation, referenceTable, ReferenceTableError, type ReferenceTable } from "./reference/table";
export * from "./tables";
