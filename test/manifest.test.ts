import * as fs from "fs";
import * as path from "path";
import { imageSize } from "image-size";
import { OfficeAddinManifest } from "office-addin-manifest";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { parseXml, path as at, walk, type XmlElement } from "./support/xmlTree";
import { ROOT } from "./helpers";
import { unifiedManifestErrors } from "./support/unifiedManifest";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, publicUrl, substituteUrls } = require("../build/urls.js") as {
  DEV_URL: string;
  publicUrl(env: Record<string, string | undefined>): string | null;
  substituteUrls(text: string, url: string | null): string;
};

/**
 * Offline checks of both manifests (Microsoft's validator needs its service: `npm run validate`).
 * The XML manifest and the unified JSON manifest describe one add-in; these tests keep them in step.
 */
const XML_PATH = path.join(ROOT, "manifest.xml");
const JSON_PATH = path.join(ROOT, "manifest.json");
const xmlText = fs.readFileSync(XML_PATH, "utf8");
const xml = parseXml(xmlText);
const json = JSON.parse(fs.readFileSync(JSON_PATH, "utf8"));

const host = () => at(xml, "VersionOverrides", "Hosts", "Host") as XmlElement;
const resources = () => at(xml, "VersionOverrides", "Resources") as XmlElement;

/** resid → [kind of resource, DefaultValue]. */
function resourceTable(): Map<string, { kind: string; value: string }> {
  const out = new Map<string, { kind: string; value: string }>();
  for (const group of resources().children) {
    for (const item of group.children) {
      const id = item.attrs.id as string;
      expect(out.has(id)).toBe(false);
      out.set(id, { kind: group.name, value: item.attrs.DefaultValue as string });
    }
  }
  return out;
}

/** Asset path of a localhost URL ("https://localhost:3000/assets/icon-16.png" → assets/icon-16.png). */
function assetFile(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return path.join(ROOT, url.slice(DEV_URL.length));
}

function expectIcon(file: string, size: number): void {
  expect(fs.existsSync(file)).toBe(true);
  const dims = imageSize(fs.readFileSync(file));
  expect({ file: path.basename(file), width: dims.width, height: dims.height, type: dims.type }).toEqual({
    file: path.basename(file),
    width: size,
    height: size,
    type: "png",
  });
}

function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => jsonStrings(v, out));
  return out;
}

describe("manifest.xml", () => {
  test("parses with office-addin-manifest's reader: an Excel task-pane add-in with ReadWriteDocument and nothing broader", async () => {
    const info = await OfficeAddinManifest.readManifestFile(XML_PATH);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);
  });

  test("asks for the shared runtime (SharedRuntime 1.1) and declares one long-lived runtime before the extension points", () => {
    const sets = at(xml, "Requirements", "Sets")?.children ?? [];
    expect(sets.find((s) => s.attrs.Name === "SharedRuntime")?.attrs.MinVersion).toBe("1.1");
    expect(host().attrs["xsi:type"]).toBe("Workbook");
    // The schema wants Runtimes first in the Host, then AllFormFactors, then DesktopFormFactor.
    expect(host().children.map((c) => c.name)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    const runtimes = at(host(), "Runtimes")?.children ?? [];
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]?.attrs.lifetime).toBe("long");
  });

  test("the same runtime resid serves the functions page, the function file and the pane button", () => {
    const resid = at(host(), "Runtimes", "Runtime")?.attrs.resid;
    const functions = at(host(), "AllFormFactors", "ExtensionPoint") as XmlElement;
    expect(functions.attrs["xsi:type"]).toBe("CustomFunctions");
    expect(at(functions, "Page", "SourceLocation")?.attrs.resid).toBe(resid);
    expect(at(host(), "DesktopFormFactor", "FunctionFile")?.attrs.resid).toBe(resid);
    const actions = [...walk(host())].filter((e) => e.name === "Action");
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(at(action, "SourceLocation")?.attrs.resid).toBe(resid);
    expect(at(functions, "Script", "SourceLocation")?.attrs.resid).toBeDefined();
    expect(at(functions, "Metadata", "SourceLocation")?.attrs.resid).toBeDefined();
  });

  test("a button on the Home tab opens the pane", () => {
    const tab = [...walk(host())].find((e) => e.name === "OfficeTab");
    expect(tab?.attrs.id).toBe("TabHome");
    const button = [...walk(tab as XmlElement)].find((e) => e.name === "Control");
    expect(button?.attrs["xsi:type"]).toBe("Button");
    expect(at(button, "Action")?.attrs["xsi:type"]).toBe("ShowTaskpane");
  });

  test("every resid resolves to a resource of the right kind, and every resource is used", () => {
    const table = resourceTable();
    const used = new Set<string>();
    for (const el of walk(at(xml, "VersionOverrides") as XmlElement)) {
      const resid = el.attrs.resid;
      if (!resid) continue;
      used.add(resid);
      const resource = table.get(resid);
      expect({ resid, found: resource !== undefined }).toEqual({ resid, found: true });
      const expected =
        el.name === "bt:Image"
          ? "bt:Images"
          : el.name === "SourceLocation" || el.name === "LearnMoreUrl" || el.name === "FunctionFile" || el.name === "Runtime"
            ? "bt:Urls"
            : el.name === "Description"
              ? "bt:LongStrings"
              : "bt:ShortStrings";
      expect({ resid, kind: resource?.kind }).toEqual({ resid, kind: expected });
    }
    expect([...table.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("every icon exists in assets/ at its stated size", () => {
    const table = resourceTable();
    for (const el of walk(host())) {
      if (el.name !== "bt:Image") continue;
      expectIcon(assetFile(table.get(el.attrs.resid as string)?.value as string), Number(el.attrs.size));
    }
    expectIcon(assetFile(at(xml, "IconUrl")?.attrs.DefaultValue as string), 32);
    expectIcon(assetFile(at(xml, "HighResolutionIconUrl")?.attrs.DefaultValue as string), 64);
  });

  test("every URL is https", () => {
    // Namespace declarations (xmlns…) name schemas; they are never fetched.
    const urls = [...walk(xml)]
      .flatMap((e) =>
        Object.entries(e.attrs)
          .filter(([k]) => !k.startsWith("xmlns"))
          .map(([, v]) => v),
      )
      .filter((v) => /^[a-z]+:\/\//iu.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//u);
  });
});

describe("manifest.json against Microsoft's schema (offline)", () => {
  test("its $schema names the schema of its manifestVersion", () => {
    expect(json.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${json.manifestVersion}/MicrosoftTeams.schema.json`);
  });

  test("validates against the JSON schema of its manifestVersion", async () => {
    expect(await unifiedManifestErrors(json)).toEqual([]);
  });

  test("a manifestVersion without a shipped schema is reported, not passed", async () => {
    expect(await unifiedManifestErrors({ ...json, manifestVersion: "0.0" })).toEqual([expect.stringMatching(/no schema for manifestVersion 0\.0/u)]);
  });

  test("the validator does find errors: a description over the schema's limit fails", async () => {
    const broken = JSON.parse(JSON.stringify(json));
    broken.extensions[0].runtimes[0].customFunctions.functions[0].description = "x".repeat(129);
    const errors = await unifiedManifestErrors(broken);
    expect(errors.join("\n")).toMatch(/customFunctions\/functions\/0\/description/u);
  });
});

describe("manifest.json (unified) agrees with manifest.xml", () => {
  test("same id, version, name, description and permission", async () => {
    const info = await OfficeAddinManifest.readManifestFile(JSON_PATH);
    expect(info.id).toBe(at(xml, "Id")?.text);
    expect(`${json.version}.0`).toBe(at(xml, "Version")?.text);
    expect(json.name.short).toBe(at(xml, "DisplayName")?.attrs.DefaultValue);
    expect(json.description.full).toBe(at(xml, "Description")?.attrs.DefaultValue);
    expect(json.authorization.permissions.resourceSpecific).toEqual([{ name: "Document.ReadWrite.User", type: "Delegated" }]);
  });

  test("one long-lived shared runtime: the pane page and the functions script are the XML's", () => {
    const table = resourceTable();
    const [extension] = json.extensions;
    expect(extension.requirements.capabilities).toContainEqual({ name: "SharedRuntime", minVersion: "1.1" });
    expect(extension.runtimes).toHaveLength(1);
    const [runtime] = extension.runtimes;
    expect(runtime.lifetime).toBe("long");
    expect(runtime.code.page).toBe(table.get(at(host(), "Runtimes", "Runtime")?.attrs.resid as string)?.value);
    expect(runtime.code.script).toBe(table.get("Functions.Script.Url")?.value);
    expect(runtime.customFunctions.metadataUrl).toBe(table.get("Functions.Metadata.Url")?.value);
    const button = extension.ribbons[0].tabs[0];
    expect(button.builtInTabId).toBe("TabHome");
    expect(runtime.actions.map((a: { id: string }) => a.id)).toContain(button.groups[0].controls[0].actionId);
  });

  test("the namespace is CT in both, and the functions listed are the ones functions.ts declares", async () => {
    expect(resourceTable().get("Functions.Namespace")?.value).toBe("CT");
    const { customFunctions } = json.extensions[0].runtimes[0];
    expect(customFunctions.namespace).toEqual({ id: "CT", name: "CT" });
    const generated = await generateCustomFunctionsMetadata(path.join(ROOT, "src", "functions", "functions.ts"));
    expect(generated.errors).toEqual([]);
    const metadata = JSON.parse(generated.metadataJson) as { functions: { id: string; name: string; parameters: { name: string }[] }[] };
    const shape = (fs: { id: string; name: string; parameters: { name: string }[] }[]) =>
      fs.map((f) => ({ id: f.id, name: f.name, parameters: f.parameters.map((p) => p.name) }));
    expect(shape(customFunctions.functions)).toEqual(shape(metadata.functions));
  }, 60_000);

  test("every icon exists at its stated size; every URL is https", () => {
    expectIcon(path.join(ROOT, json.icons.outline), 32);
    expectIcon(path.join(ROOT, json.icons.color), 192);
    const icons = jsonStrings(json.extensions).length;
    expect(icons).toBeGreaterThan(0);
    const walkIcons = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walkIcons);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (typeof o.size === "number" && typeof o.url === "string") expectIcon(assetFile(o.url), o.size);
        Object.values(o).forEach(walkIcons);
      }
    };
    walkIcons(json.extensions);
    const urls = jsonStrings(json).filter((s) => /^[a-z]+:\/\//iu.test(s) && s !== json.$schema);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//u);
  });
});

describe("production URL substitution (build/urls.js)", () => {
  test("ADDIN_PUBLIC_URL replaces every development URL; unset leaves them", () => {
    const url = publicUrl({ ADDIN_PUBLIC_URL: "https://addins.example.org/ct" });
    expect(url).toBe("https://addins.example.org/ct/");
    const out = substituteUrls(xmlText, url);
    expect(out).not.toContain(DEV_URL);
    expect(out).toContain("https://addins.example.org/ct/functions.json");
    expect(substituteUrls(xmlText, publicUrl({}))).toBe(xmlText);
  });

  test("bare origins too (validDomains): neither manifest names localhost once substituted", () => {
    const url = publicUrl({ ADDIN_PUBLIC_URL: "https://addins.example.org/ct/" });
    for (const text of [xmlText, fs.readFileSync(JSON_PATH, "utf8")]) {
      const out = substituteUrls(text, url);
      expect(out).not.toMatch(/localhost/iu);
    }
    const substituted = JSON.parse(substituteUrls(fs.readFileSync(JSON_PATH, "utf8"), url)) as { validDomains: string[] };
    expect(substituted.validDomains).toEqual(["https://addins.example.org"]);
  });

  test("a non-https or malformed address is refused with a message", () => {
    expect(() => publicUrl({ ADDIN_PUBLIC_URL: "http://addins.example.org/" })).toThrow(/must be https/u);
    expect(() => publicUrl({ ADDIN_PUBLIC_URL: "not a url" })).toThrow(/not a URL/u);
  });
});
