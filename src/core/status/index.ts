/** Status and gap rules over evidence (SPEC.md): pure, shared by the functions, the writers and the CLI. */
export * from "./evidence";
export { EvidenceIndex, type InstrumentRef } from "./evidenceIndex";
export * from "./status";
export * from "./gaps";
export * from "./checklists";
export * from "./table";
export * from "./matrix";
export * from "./timeline";
