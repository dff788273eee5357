import { makeDocx } from "../../../test/documents.fixtures";
import { loadSeeds } from "./seeds";
import { fileSource, formatSize, MAX_SOURCE_BYTES, pastedSource, SourceError, uniqueId } from "./sources";

const SENTENCE = "Chile signed the Arms Trade Treaty on 3 June 2013.";

function fakeFile(name: string, bytes: Uint8Array, size = bytes.length) {
  const arrayBuffer = jest.fn(async () => new Uint8Array(bytes).buffer);
  return { name, size, arrayBuffer };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("uniqueId", () => {
  it("keeps a free name and numbers a taken one before its extension", () => {
    expect(uniqueId("a.txt", [])).toBe("a.txt");
    expect(uniqueId("a.txt", ["a.txt"])).toBe("a (2).txt");
    expect(uniqueId("a.txt", ["a.txt", "a (2).txt"])).toBe("a (3).txt");
  });
  it("numbers a name without an extension (or a dot file) at the end", () => {
    expect(uniqueId("notes", ["notes"])).toBe("notes (2)");
    expect(uniqueId(".profile", new Set([".profile"]))).toBe(".profile (2)");
  });
});

describe("pastedSource", () => {
  const when = new Date("2024-05-06T07:08:09Z");

  it("refuses empty or blank text with a message saying what to do", () => {
    expect(() => pastedSource("  \n\t ", [], when)).toThrow(SourceError);
    expect(() => pastedSource("", [], when)).toThrow(/paste a statement or press release/u);
  });

  it("names plain text by the time and takes its title and date from the text", () => {
    const item = pastedSource(`Chile joins the ATT\n\n3 June 2013\n\n${SENTENCE}`, [], when);
    expect(item).toMatchObject({ id: "Pasted 2024-05-06 07h08.txt", origin: "pasted", title: "Chile joins the ATT", date: "2013-06-03" });
    expect(item.bytes).toBe(utf8(item.text).length);
  });

  it("keeps pasted HTML as given and titles it from its text, not its markup", () => {
    const html = `<html><body><h1>Chile joins the ATT</h1><p>${SENTENCE}</p></body></html>`;
    const item = pastedSource(html, ["Pasted 2024-05-06 07h08.txt"], when);
    expect(item.text).toBe(html);
    expect(item.title).toBe("Chile joins the ATT");
    expect(item.id).toBe("Pasted 2024-05-06 07h08 (2).txt");
  });
});

describe("fileSource", () => {
  it("refuses an unsupported extension, naming the file and the extensions accepted, without reading it", async () => {
    const file = fakeFile("budget.xlsx", utf8("x"));
    const error = await rejection(fileSource(file, []));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toContain("budget.xlsx");
    for (const ext of [".docx", ".pdf", ".txt", ".md", ".html"]) expect(error.message).toContain(ext);
    expect(file.arrayBuffer).not.toHaveBeenCalled();
  });

  it("refuses a file over the size limit, without reading it", async () => {
    const file = fakeFile("huge.txt", utf8("x"), MAX_SOURCE_BYTES + 1);
    const error = await rejection(fileSource(file, []));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toMatch(/huge\.txt is \d+ MB; the pane reads files up to 50 MB/u);
    expect(file.arrayBuffer).not.toHaveBeenCalled();
  });

  it("reads a .txt file, with a unique id and the file's size", async () => {
    const bytes = utf8(`Chile joins the ATT\n\n3 June 2013\n\n${SENTENCE}`);
    const item = await fileSource(fakeFile("chile.txt", bytes), ["chile.txt"]);
    expect(item).toMatchObject({ id: "chile (2).txt", origin: "file", title: "Chile joins the ATT", date: "2013-06-03", bytes: bytes.length });
    expect(item.text).toContain(SENTENCE);
  });

  it("reads a .docx file to its paragraphs' text", async () => {
    const bytes = await makeDocx(["Chile joins the ATT", SENTENCE]);
    const item = await fileSource(fakeFile("Statement.DOCX", bytes), []);
    expect(item.id).toBe("Statement.DOCX");
    expect(item.text).toContain(SENTENCE);
    expect(item.text).not.toContain("<w:");
    expect(item.bytes).toBe(bytes.length);
  });

  it("refuses a text file with nothing in it", async () => {
    const error = await rejection(fileSource(fakeFile("empty.txt", utf8(" \n ")), []));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toMatch(/^empty\.txt has no text to read/u);
  });

  it("turns a broken .docx into a SourceError", async () => {
    const error = await rejection(fileSource(fakeFile("broken.docx", utf8("not a zip")), []));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toMatch(/\w/u);
  });
});

describe("formatSize", () => {
  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1.0 kB"],
    [12_595, "12.3 kB"],
    [5 * 1024 * 1024, "5.0 MB"],
  ])("%d bytes → %s", (bytes, text) => expect(formatSize(bytes)).toBe(text));
});

describe("loadSeeds", () => {
  type Reply = { ok: boolean; status: number; json: () => Promise<unknown>; text: () => Promise<string> };
  const reply = (status: number, body: unknown): Reply => ({
    ok: status >= 200 && status < 300,
    status,
    json: async () => body,
    text: async () => String(body),
  });

  it("lists each bundled document with its title and date, fetched beside the index", async () => {
    const files: Record<string, Reply> = {
      "seeds/index.json": reply(200, [
        { file: "one.txt", bytes: 111 },
        { file: "two words.md", bytes: 222 },
      ]),
      "seeds/one.txt": reply(200, `Chile joins the ATT\n\n3 June 2013\n\n${SENTENCE}`),
      "seeds/two%20words.md": reply(
        200,
        "Norway and the CRC\n\n8 January 1991\n\nNorway ratified the Convention on the Rights of the Child on 8 January 1991.",
      ),
    };
    const fetchFn = jest.fn(async (url: string) => files[url] ?? reply(404, ""));
    const items = await loadSeeds("seeds/", fetchFn);
    expect(items.map((i) => [i.id, i.origin, i.title, i.date, i.bytes])).toEqual([
      ["one.txt", "bundled", "Chile joins the ATT", "2013-06-03", 111],
      ["two words.md", "bundled", "Norway and the CRC", "1991-01-08", 222],
    ]);
    expect(items[1]?.format).toBe("markdown");
    expect(items[0]?.format).toBeUndefined();
    expect(fetchFn).toHaveBeenCalledWith("seeds/two%20words.md");
  });

  it("a missing index is a SourceError giving the HTTP status", async () => {
    const error = await rejection(loadSeeds("seeds/", async () => reply(404, "")));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toContain("HTTP 404");
  });

  it("a missing document is a SourceError naming it", async () => {
    const fetchFn = async (url: string) => (url.endsWith("index.json") ? reply(200, [{ file: "gone.txt", bytes: 1 }]) : reply(500, ""));
    const error = await rejection(loadSeeds("seeds/", fetchFn));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toMatch(/gone\.txt.*HTTP 500/u);
  });
});
