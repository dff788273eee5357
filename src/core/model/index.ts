export * from "./vocabulary";
export * from "./document";
export * from "./instrument";
export * from "./commitment";
