import { describeDocument, extractDocument } from "./pipeline";

describe("extractDocument's progress reports", () => {
  const sentence = "Norway ratified the Convention on the Rights of the Child on 8 January 1991. ";

  it("counts up through a long document's sentences and ends at the total", () => {
    const seen: Array<[number, number]> = [];
    const result = extractDocument({ id: "long.txt", text: sentence.repeat(1200) }, { onProgress: (done, total) => seen.push([done, total]) });
    const total = seen[seen.length - 1]![1];
    expect(total).toBeGreaterThanOrEqual(1200);
    expect(seen[seen.length - 1]).toEqual([total, total]);
    expect(seen.length).toBeGreaterThan(2);
    const dones = seen.map(([done]) => done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(result.commitments.length).toBeGreaterThan(0);
  });

  it("reports once, at the end, for a short document, and gives the same records as without a listener", () => {
    const seen: number[] = [];
    const doc = { id: "short.txt", text: sentence };
    const withListener = extractDocument(doc, { onProgress: (done) => seen.push(done) });
    expect(seen).toHaveLength(1);
    expect(withListener).toEqual(extractDocument(doc));
  });
});

describe("describeDocument", () => {
  it("gives the title and date that extraction puts in the document's metadata", () => {
    const doc = {
      id: "a.txt",
      text: "Title: Norway joins the Convention\nDate: 3 March 2021\n\nNorway ratified the Convention on the Rights of the Child on 8 January 1991.",
    };
    const { document } = extractDocument(doc);
    expect(describeDocument(doc)).toEqual({ title: document.title, date: document.date, url: document.url });
    expect(document.date).toBe("2021-03-03");
  });
});
