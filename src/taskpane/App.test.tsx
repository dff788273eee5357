/** @jest-environment ./test/support/jsdomEnvironment.js */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { extractDocument, type DocumentExtraction } from "../core";
import type { ReviewDecision } from "../workbook/rows";
import type { WorkbookSummary } from "../workbook/store";
import { type PaneServices } from "./App";
import { CHILE, extract, NORWAY, NORWAY_LABEL, pane, paneServices } from "../../test/support/paneHarness";
import type { SelectedCommitment } from "./office/excel";
import { sourceItem } from "./state/sources";

// A whole pane rendered in jsdom and driven by userEvent: seconds on a loaded 2-core machine, not a hang.
jest.setTimeout(20_000);

const SUMMARY: WorkbookSummary = {
  Commitments: { added: 2, updated: 0, unchanged: 0, kept: 0, cleared: 0 },
  Sources: { added: 2, updated: 0, unchanged: 0, kept: 1, cleared: 0 },
};

type Write = PaneServices["download"];
type ExcelWrite = NonNullable<PaneServices["write"]>;

function services(over: Partial<PaneServices> = {}): PaneServices {
  return paneServices(SUMMARY, over);
}

const notice = (title: string) => screen.findByRole("group", { name: title });

describe("App", () => {
  it("lists the bundled documents, and offers only the download outside Excel", async () => {
    pane(services());
    expect(await screen.findByText(NORWAY, { selector: "div" })).toBeTruthy();
    // The fixture has no dateline: the date of the act in its one sentence is not the document's date.
    expect(screen.getByText(/norway\.txt · no date · 76 B/u)).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Sources (2)" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.queryByText("Loading the bundled documents…")).toBeNull();
    expect(screen.queryByRole("button", { name: "Write to workbook" })).toBeNull();
    expect(screen.getByRole("button", { name: "Download .xlsx" })).toHaveProperty("disabled", true);
  });

  it("offers Write to workbook inside Excel when it can write", async () => {
    const write = jest.fn<ReturnType<ExcelWrite>, Parameters<ExcelWrite>>(async () => SUMMARY);
    pane(services({ inExcel: true, write }));
    expect(screen.getByText("Connected to Excel: review, then write to this workbook.")).toBeTruthy();
    await extract();
    await userEvent.click(screen.getByRole("button", { name: "Write to workbook" }));
    expect(write).toHaveBeenCalledTimes(1);
    expect(await notice("Written to the workbook")).toBeTruthy();
  });

  it("hides Write to workbook inside Excel when there is no writer", async () => {
    pane(services({ inExcel: true }));
    await screen.findByText(CHILE, { selector: "div" });
    expect(screen.queryByRole("button", { name: "Write to workbook" })).toBeNull();
  });

  it("extracts, opens the Review tab with the counts, and downloads the review's decisions", async () => {
    const s = services();
    pane(s);
    const counts = await extract();
    expect(counts.textContent).toBe("2 commitments: 2 pending, 0 accepted, 0 rejected. Showing 2.");
    expect(screen.getByRole("tab", { name: "Review (2)" }).getAttribute("aria-selected")).toBe("true");
    expect((await notice("Extraction finished")).textContent).toContain("2 commitments in 2 documents");

    await userEvent.click(screen.getByRole("button", { name: `Reject: ${NORWAY_LABEL}` }));
    expect(counts.textContent).toBe("2 commitments: 1 pending, 0 accepted, 1 rejected. Showing 2.");
    await userEvent.click(screen.getByRole("button", { name: "Download .xlsx" }));

    const bar = await notice("Downloaded commitments.xlsx");
    expect(bar.textContent).toContain("Commitments: 2 added, 0 updated, 0 unchanged, 0 kept as they were");
    expect(bar.textContent).toContain("Sources: 2 added, 0 updated, 0 unchanged, 1 kept as they were");
    expect(s.download).toHaveBeenCalledTimes(1);
    const [results, decisions] = (s.download as jest.Mock).mock.calls[0] as [DocumentExtraction[], Map<string, ReviewDecision>];
    expect(results.map((r) => r.document.id)).toEqual(["norway.txt", "chile.txt"]);
    const norway = results[0]?.commitments[0];
    expect(norway?.actor).toBe("Norway");
    expect(decisions).toEqual(new Map([[norway?.id, { review: "Rejected" }]]));
  });

  it("says nothing is lost when the download fails, and keeps the review", async () => {
    pane(services({ download: jest.fn(async () => Promise.reject(new Error("The browser blocked the download"))) }));
    const counts = await extract();
    await userEvent.click(screen.getByRole("button", { name: `Reject: ${NORWAY_LABEL}` }));
    await userEvent.click(screen.getByRole("button", { name: "Download .xlsx" }));
    const bar = await notice("The download failed");
    expect(bar.textContent).toContain("The browser blocked the download. Nothing is lost: the pane keeps your review. Try the download again.");
    expect(counts.textContent).toContain("1 rejected");
    expect(screen.getByRole("button", { name: "Download .xlsx" })).toHaveProperty("disabled", false);
  });

  it("warns when the bundled documents cannot be loaded, and still works", async () => {
    pane(services({ loadSeeds: async () => Promise.reject(new Error("HTTP 404 on seeds/index.json")) }));
    const bar = await notice("Bundled documents unavailable");
    expect(bar.textContent).toContain("HTTP 404 on seeds/index.json");
    expect(screen.getByText("No documents yet: add one below.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Extract 0 documents" })).toHaveProperty("disabled", true);
    expect(screen.getByRole("button", { name: "Add pasted text" })).toBeTruthy();
  });

  it("adds chosen files through readFile, and reports the ones it cannot read", async () => {
    const readFile = jest.fn(async (file: File, _taken: readonly string[]) => {
      if (file.name.endsWith(".pdf")) throw new Error("scan.pdf has no text to read.");
      return sourceItem({ id: file.name, text: CHILE }, "file");
    });
    pane(services({ readFile }));
    await screen.findByRole("tab", { name: "Sources (2)" });
    const files = [new File([CHILE], "santiago.txt"), new File(["%PDF"], "scan.pdf")];
    await userEvent.upload(screen.getByTestId("file-input"), files);
    expect((await notice("Documents added")).textContent).toContain("santiago.txt");
    expect((await notice("Could not read scan.pdf")).textContent).toContain("scan.pdf has no text to read.");
    expect(readFile.mock.calls[0]?.[1]).toEqual(["norway.txt", "chile.txt"]);
    expect(screen.getByRole("tab", { name: "Sources (3)" })).toBeTruthy();
  });

  it("follows the selected workbook row to its source", async () => {
    let select: (selected: SelectedCommitment | null) => void = () => undefined;
    const stop = jest.fn(async () => undefined);
    const watchSelection = jest.fn(async (onSelect: typeof select) => {
      select = onSelect;
      return stop;
    });
    const { unmount } = pane(services({ watchSelection }));
    await extract();
    const id = extractDocument({ id: "chile.txt", text: CHILE }).commitments[0]?.id as string;
    act(() => select({ id, evidence: CHILE }));
    expect(screen.getByRole("tab", { name: "Source" }).getAttribute("aria-selected")).toBe("true");
    const source = screen.getByTestId("source-text");
    expect(within(source).getByText(CHILE, { selector: "mark" })).toBeTruthy();
    unmount();
    expect(stop).toHaveBeenCalled();
  });

  it("says so when the selected row is not in this extraction", async () => {
    const watchSelection = async (onSelect: (selected: SelectedCommitment | null) => void) => {
      onSelect({ id: "c-0000000000000000", evidence: "Peru acceded to the Paris Agreement." });
      return async () => undefined;
    };
    pane(services({ watchSelection }));
    const bar = await notice("That row is not in this pane's extraction");
    expect(bar.textContent).toContain("Peru acceded to the Paris Agreement.");
    expect(screen.getByRole("tab", { name: "Sources (2)" }).getAttribute("aria-selected")).toBe("true");
  });

  it("warns when the selection cannot be followed", async () => {
    pane(services({ watchSelection: async () => Promise.reject(new Error("No table")) }));
    expect((await notice("Selection is not followed")).textContent).toContain("No table. Use “Show source” in the review list instead.");
  });
});

describe("App: the Gaps tab", () => {
  const CHILE_GAP = "SIGNED_NOT_RATIFIED: Arms Trade Treaty";
  const chileId = () => extractDocument({ id: "chile.txt", text: CHILE }).commitments[0]?.id as string;
  const openGaps = async (count: number) => userEvent.click(screen.getByRole("tab", { name: `Gaps (${count})` }));

  it("before any extraction says so, and its button goes to the Sources tab", async () => {
    pane(services());
    await screen.findByText(CHILE, { selector: "div" });
    await openGaps(0);
    expect(screen.getByText(/No documents extracted yet/u)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Go to Sources" }));
    expect(screen.getByRole("tab", { name: "Sources (2)" }).getAttribute("aria-selected")).toBe("true");
  });

  it("shows the gaps of the extraction; a commitment id opens its source; a rejection takes its gap away", async () => {
    pane(services());
    await extract();
    await openGaps(1);
    expect(screen.getByTestId("gap-counts").textContent).toBe("1 gap for 1 actor: 1 SIGNED_NOT_RATIFIED. Showing 1.");
    expect(screen.getByRole("heading", { name: "Chile (1)" })).toBeTruthy();
    const id = chileId();
    await userEvent.click(within(screen.getByRole("article", { name: CHILE_GAP })).getByRole("button", { name: `Show source of ${id}` }));
    expect(screen.getByRole("tab", { name: "Source" }).getAttribute("aria-selected")).toBe("true");
    expect(within(screen.getByTestId("source-text")).getByText(CHILE, { selector: "mark" })).toBeTruthy();

    await userEvent.click(screen.getByRole("tab", { name: "Review (2)" }));
    await userEvent.click(screen.getByRole("button", { name: "Reject: Chile signed Arms Trade Treaty (2013-06-03)" }));
    await openGaps(0);
    expect(screen.getByTestId("gap-counts").textContent).toBe("No gaps in the reviewed commitments.");
    expect(screen.queryByRole("article")).toBeNull();
  });

  it("a checklist adds CHECKLIST_MISSING to the tab's count, and is kept across tabs", async () => {
    pane(services());
    await extract();
    await openGaps(1);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Checklist/u }), "The 1954 Hague Convention and its Protocols");
    // Chile and Norway, three instruments each.
    expect(screen.getByRole("tab", { name: "Gaps (7)" })).toBeTruthy();
    expect(screen.getAllByRole("article").filter((a) => a.getAttribute("data-gap-code") === "CHECKLIST_MISSING")).toHaveLength(6);
    await userEvent.click(screen.getByRole("tab", { name: "Review (2)" }));
    await openGaps(7);
    expect((screen.getByRole("combobox", { name: /^Checklist/u }) as HTMLSelectElement).value).toBe("hague-1954");
  });

  it("shows each commitment's status on its review card", async () => {
    pane(services());
    await extract();
    const card = screen.getByRole("article", { name: `${NORWAY_LABEL}, Pending` });
    expect(within(card).getByText("Status: Bound (ratified 1991-01-08)")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: `Reject: ${NORWAY_LABEL}` }));
    expect(within(screen.getByRole("article", { name: `${NORWAY_LABEL}, Rejected` })).getByText("Status: No record")).toBeTruthy();
  });

  it("downloads the chosen checklist with the workbook, and says so", async () => {
    const download = jest.fn<ReturnType<Write>, Parameters<Write>>(async () => ({
      ...SUMMARY,
      Checklist: { added: 3, updated: 0, unchanged: 0, kept: 0, cleared: 0 },
    }));
    pane(services({ download }));
    await extract();
    await openGaps(1);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Checklist/u }), "hague-1954");
    expect(screen.queryByRole("button", { name: "Add checklist to workbook" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Download .xlsx" }));
    const bar = await notice("Downloaded commitments.xlsx");
    expect(bar.textContent).toContain("Checklist: The 1954 Hague Convention and its Protocols, 3 instruments added; the Gaps sheet reads it.");
    expect(download.mock.calls[0]?.[3]?.name).toBe("hague-1954");
  });

  it("downloads no checklist when none is chosen", async () => {
    const s = services();
    pane(s);
    await extract();
    await userEvent.click(screen.getByRole("button", { name: "Download .xlsx" }));
    await notice("Downloaded commitments.xlsx");
    expect((s.download as jest.Mock).mock.calls[0]?.[3]).toBeNull();
  });

  it("inside Excel adds the chosen checklist to the workbook and says what was added", async () => {
    const addChecklist = jest.fn(async () => ({ added: 2, updated: 0, unchanged: 2, kept: 5, cleared: 0 }));
    pane(services({ inExcel: true, write: jest.fn(async () => SUMMARY), addChecklist }));
    await screen.findByText(CHILE, { selector: "div" });
    await openGaps(0);
    const button = screen.getByRole("button", { name: "Add checklist to workbook" });
    expect(button).toHaveProperty("disabled", true);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Checklist/u }), "Children and armed conflict");
    await userEvent.click(button);
    const bar = await notice("Checklist added to the workbook");
    expect(bar.textContent).toContain("Children and armed conflict: 2 instruments added to the Checklist table, 2 already there. The Gaps sheet now reads it.");
    expect(addChecklist).toHaveBeenCalledTimes(1);
    expect(addChecklist.mock.calls[0]).toEqual([expect.objectContaining({ name: "children-armed-conflict", title: "Children and armed conflict" })]);
  });

  it("inside Excel says so when the checklist could not be added", async () => {
    const addChecklist = jest.fn(async () => Promise.reject(new Error("The workbook is in cell-edit mode")));
    pane(services({ inExcel: true, write: jest.fn(async () => SUMMARY), addChecklist }));
    await screen.findByText(CHILE, { selector: "div" });
    await openGaps(0);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Checklist/u }), "counter-terrorism");
    await userEvent.click(screen.getByRole("button", { name: "Add checklist to workbook" }));
    const bar = await notice("The checklist was not added");
    expect(bar.textContent).toContain("The workbook is in cell-edit mode. Check that the workbook is not being edited, then add it again.");
    expect(screen.getByRole("button", { name: "Add checklist to workbook" })).toHaveProperty("disabled", false);
  });
});
