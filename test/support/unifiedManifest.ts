/**
 * Offline validation of the unified manifest (manifest.json) against the JSON schema of its own
 * `manifestVersion`, as shipped in @microsoft/app-manifest (no network: the schema's URL is never fetched).
 */
import * as fs from "fs";
import * as path from "path";
import { ManifestUtil } from "@microsoft/app-manifest";
import { ROOT } from "../helpers";

/** Where @microsoft/app-manifest ships the schema of a manifest version ("1.25"). */
export function teamsSchemaFile(version: string): string {
  return path.join(ROOT, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
}

/** Schema errors of a unified manifest against the schema of its own manifestVersion ([] when valid). */
export async function unifiedManifestErrors(manifest: { manifestVersion: string }): Promise<string[]> {
  const file = teamsSchemaFile(manifest.manifestVersion);
  if (!fs.existsSync(file)) return [`no schema for manifestVersion ${manifest.manifestVersion} in @microsoft/app-manifest (${path.relative(ROOT, file)})`];
  const schema = JSON.parse(fs.readFileSync(file, "utf8")) as object;
  // The library's types are per version; the schema file and the manifest are checked as data.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return ManifestUtil.validateManifestAgainstSchema(manifest as any, schema as any);
}
