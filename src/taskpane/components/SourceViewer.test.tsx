/** @jest-environment ./test/support/jsdomEnvironment.js */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import type { Commitment, DocumentExtraction } from "../../core";
import type { ReviewChoice } from "../../workbook/layout";
import { EMPTY_REVIEW, evidenceOrder, reviewItems, type ReviewItem } from "../state/review";
import { SourceViewer } from "./SourceViewer";
import { commitmentAt } from "../../../test/support/commitments";

const TEXT = [
  'Press release <img src=x onerror="alert(1)"> from Oslo.',
  "Norway ratified the Convention on the Rights of the Child on 8 January 1991.",
  "<script>alert(2)</script>",
  "Chile signed the Arms Trade Treaty on 3 June 2013.",
  "Norway supported the Paris Principles.",
].join("\n");

function commitment(id: string, quote: string, actor: string, action: Commitment["action"], instrument: string): Commitment {
  return commitmentAt(id, "oslo.txt", TEXT, quote, { actor, action, instrument, instrumentType: "treaty" });
}

const RESULT: DocumentExtraction = {
  document: { id: "oslo.txt", title: "Oslo press release", date: null, url: null, sha256: "0".repeat(64) },
  text: TEXT,
  // Not in text order: the siblings are sorted by evidenceOrder.
  commitments: [
    commitment("c-paris", "Norway supported the Paris Principles.", "Norway", "supported", "Paris Principles"),
    commitment(
      "c-crc",
      "Norway ratified the Convention on the Rights of the Child on 8 January 1991.",
      "Norway",
      "ratified",
      "Convention on the Rights of the Child",
    ),
    commitment("c-att", "Chile signed the Arms Trade Treaty", "Chile", "signed", "Arms Trade Treaty"),
  ],
};

const ITEMS = reviewItems([RESULT], EMPTY_REVIEW);
const SIBLINGS = evidenceOrder(ITEMS, "oslo.txt");
const item = (id: string) => ITEMS.find((i) => i.original.id === id) as ReviewItem;

const scrollIntoView = jest.fn();
beforeAll(() => {
  // jsdom has no scrollIntoView; the viewer calls it when it exists.
  Element.prototype.scrollIntoView = scrollIntoView;
});
beforeEach(() => scrollIntoView.mockClear());

function show(shown: ReviewItem | null, onNavigate: (id: string) => void = () => undefined, onDecide: (r: ReviewChoice) => void = () => undefined) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SourceViewer item={shown} text={TEXT} siblings={shown ? SIBLINGS : []} onNavigate={onNavigate} onDecide={onDecide} />
    </FluentProvider>,
  );
}

describe("SourceViewer", () => {
  it("marks exactly the quoted span and scrolls it into view", () => {
    const shown = item("c-att");
    const { container } = show(shown);
    const marks = container.querySelectorAll("mark");
    expect(marks).toHaveLength(1);
    const { start, end } = shown.original.source;
    expect(marks[0]?.textContent).toBe(TEXT.slice(start, end));
    expect(marks[0]?.textContent).toBe("Chile signed the Arms Trade Treaty");
    expect(screen.getByTestId("source-text").textContent).toBe(TEXT);
    expect(scrollIntoView).toHaveBeenCalled();
    expect(scrollIntoView.mock.contexts[0]).toBe(marks[0]);
  });

  it("renders markup in the document as text, never as elements", () => {
    const { container } = show(item("c-crc"));
    const source = screen.getByTestId("source-text");
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("script")).toBeNull();
    expect(source.children).toHaveLength(1); // the <mark> only
    expect(source.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(source.textContent).toContain("<script>alert(2)</script>");
  });

  it("says where the commitment is among its document's evidence", () => {
    const { start, end } = item("c-att").original.source;
    show(item("c-att"));
    expect(screen.getByText("2 of 3 in this document")).toBeTruthy();
    expect(screen.getByText(`Oslo press release · characters ${start}–${end} · Pending`)).toBeTruthy();
    expect(screen.getByText("Chile signed Arms Trade Treaty")).toBeTruthy();
  });

  it("Previous and Next go to the neighbours in text order", async () => {
    const went: string[] = [];
    show(item("c-att"), (id) => went.push(id));
    await userEvent.click(screen.getByRole("button", { name: "Previous evidence" }));
    await userEvent.click(screen.getByRole("button", { name: "Next evidence" }));
    expect(went).toEqual(["c-crc", "c-paris"]);
  });

  it("disables Previous on the first evidence and Next on the last", () => {
    const first = show(item("c-crc"));
    expect(screen.getByText("1 of 3 in this document")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Previous evidence" })).toHaveProperty("disabled", true);
    expect(screen.getByRole("button", { name: "Next evidence" })).toHaveProperty("disabled", false);
    first.unmount();
    show(item("c-paris"));
    expect(screen.getByText("3 of 3 in this document")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Previous evidence" })).toHaveProperty("disabled", false);
    expect(screen.getByRole("button", { name: "Next evidence" })).toHaveProperty("disabled", true);
  });

  it("Accept and Reject decide the commitment shown", async () => {
    const decided: ReviewChoice[] = [];
    show(item("c-att"), undefined, (r) => decided.push(r));
    await userEvent.click(screen.getByRole("button", { name: "Reject: Chile signed Arms Trade Treaty" }));
    await userEvent.click(screen.getByRole("button", { name: "Accept: Chile signed Arms Trade Treaty" }));
    expect(decided).toEqual(["Rejected", "Accepted"]);
  });

  it("with no commitment chosen, says how to choose one", () => {
    const { container } = show(null);
    expect(screen.getByText("Choose “Show source” on a commitment to see it in its document.")).toBeTruthy();
    expect(container.querySelector("mark")).toBeNull();
  });
});
