/** @jest-environment ./test/support/jsdomEnvironment.js */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import * as React from "react";
import { makeDocx } from "../../../test/documents.fixtures";
import { extractDocument } from "../../core";
import { fileSource, pastedSource, SourceError, type SourceItem } from "../state/sources";
import { SourceList } from "./SourceList";

/**
 * Files as users have them (issue 15), read by the pane's reader (fileSource, the same decoder as
 * the CLI's) and shown on their source card: how a file was decoded, and a document not in English.
 */
const STATEMENT = "Geneva, 4 June 2018\n\nCôte d’Ivoire and Türkiye ratified the Arms Trade Treaty on 3 June 2018.\n";
const FRENCH =
  "Genève, le 4 juin 2018\n\nLa Côte d’Ivoire a ratifié le Traité sur le commerce des armes le 3 juin 2018. Le ministre des affaires étrangères a déclaré que cette ratification est une étape importante pour la paix et la sécurité dans la région, et il a appelé les autres États à faire de même.\n";

function file(name: string, bytes: Uint8Array) {
  return { name, size: bytes.length, arrayBuffer: async () => new Uint8Array(bytes).buffer };
}

/** Each character as its Windows-1252 byte (Latin-1 for these, ’ is 0x92). */
const windows1252 = (text: string) => Uint8Array.from([...text], (c) => (c === "’" ? 0x92 : c.charCodeAt(0)));

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 * i + (endian === "le" ? 0 : 1)] = u & 0xff;
    out[2 * i + (endian === "le" ? 1 : 0)] = u >> 8;
  }
  return out;
}

const acts = (item: SourceItem) =>
  extractDocument(item)
    .commitments.map((c) => `${c.actor}|${c.action}|${c.instrumentId ?? ""}`)
    .sort();

function card(item: SourceItem): string {
  render(
    <FluentProvider theme={webLightTheme}>
      <SourceList sources={[item]} runs={{}} onRemove={() => undefined} />
    </FluentProvider>,
  );
  return within(screen.getByRole("list", { name: "Documents" })).getByRole("listitem").textContent ?? "";
}

describe("the pane reads files as users have them", () => {
  it("a Windows-1252 .txt keeps its names, and its card says how it was read", async () => {
    const item = await fileSource(file("statement.txt", windows1252(STATEMENT)), []);
    expect(item.text).toBe(STATEMENT);
    expect(acts(item)).toEqual(["Côte d'Ivoire|ratified|att", "Türkiye|ratified|att"]);
    expect(card(item)).toContain("Read as Windows-1252 (not valid UTF-8).");
  });

  it.each(["le", "be"] as const)("UTF-16%s without a byte-order mark is read, and its card says so", async (endian) => {
    const item = await fileSource(file("statement.txt", utf16(STATEMENT, endian)), []);
    expect(item.text).toBe(STATEMENT);
    expect(card(item)).toContain(`Read as UTF-16${endian.toUpperCase()} (no byte-order mark).`);
  });

  it("a UTF-8 file's card says nothing about decoding", async () => {
    const item = await fileSource(file("statement.txt", new TextEncoder().encode(STATEMENT)), []);
    expect(card(item)).not.toMatch(/Read as|English/u);
  });

  it("a binary file is refused, as in the CLI", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await expect(fileSource(file("image.txt", png), [])).rejects.toThrow(SourceError);
    await expect(fileSource(file("image.txt", png), [])).rejects.toThrow(/binary content/u);
  });

  it("a document not in English is said to be, on its card, picked or pasted", async () => {
    const picked = await fileSource(file("declaration.txt", new TextEncoder().encode(FRENCH)), []);
    expect(card(picked)).toContain("Not in English (it reads as French): commitments are found in English text only.");
    const pasted = pastedSource(FRENCH, []);
    expect(pasted.notEnglish).toBe("French");
    expect(pastedSource(STATEMENT, []).notEnglish).toBeUndefined();
  });

  it("a .docx whose text passes the limit is refused on its text, not its file size", async () => {
    const docx = await makeDocx(["Chile ratified the Arms Trade Treaty. ".repeat(2_000)]);
    await expect(fileSource(file("long.docx", docx), [], { maxChars: 50_000 })).rejects.toThrow(
      /its text is \d+ k characters, over the 49 k characters limit/u,
    );
  });
});
