/** A small element tree over fast-xml-parser's ordered output, for structural checks of manifest.xml. */
import { XMLParser } from "fast-xml-parser";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

function convert(node: Ordered): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (!name || name === "#text" || name.startsWith("?") || name === "#comment") return null;
  const raw = (node[name] as Ordered[]) ?? [];
  const children = raw.map(convert).filter((c): c is XmlElement => c !== null);
  const text = raw.map((c) => (typeof c["#text"] === "string" || typeof c["#text"] === "number" ? String(c["#text"]) : "")).join("");
  return { name, attrs: node[":@"] ?? {}, children, text };
}

export function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({
    ignoreAttributes: false,
    preserveOrder: true,
    attributeNamePrefix: "",
    commentPropName: "#comment",
    parseTagValue: false,
    parseAttributeValue: false,
  });
  const roots = (parser.parse(xml) as Ordered[]).map(convert).filter((c): c is XmlElement => c !== null);
  const root = roots[0];
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element in document order (depth first). */
export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** Follows a path of element names from `el`; the first match at each step. */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  return names.reduce<XmlElement | undefined>((at, n) => child(at, n), el);
}
