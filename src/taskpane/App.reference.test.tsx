/** @jest-environment ./test/support/jsdomEnvironment.js */
/**
 * The reference tables in the pane: paste or pick a status table, preview it, keep it per
 * instrument, write it inside Excel or download it outside; the Gaps tab and the review cards'
 * status lines then compare the statements with it. The tables' dates are made up (see
 * state/reference.fixtures.ts): they are not the depositary's record.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ImportResult } from "../core";
import type { MergeSummary } from "../workbook/merge";
import type { WorkbookSummary } from "../workbook/store";
import { type PaneServices } from "./App";
import { CHILE, extract, NORWAY_LABEL, pane, paneServices } from "../../test/support/paneHarness";
import { CRC_OTHER_DATE, CRC_WITHOUT_NORWAY, LONG_CSV, UNTC_PASTE } from "./state/reference.fixtures";

// A whole pane rendered in jsdom and driven by userEvent: seconds on a loaded 2-core machine, not a hang.
jest.setTimeout(20_000);

const CRC = "Convention on the Rights of the Child";
const OPAC = "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict";
const SUMMARY: WorkbookSummary = {
  Commitments: { added: 2, updated: 0, unchanged: 0, kept: 0, cleared: 0 },
  Sources: { added: 2, updated: 0, unchanged: 0, kept: 0, cleared: 0 },
};
const WRITTEN: MergeSummary = { added: 2, updated: 0, unchanged: 0, kept: 0, cleared: 0 };

type Download = PaneServices["download"];

// jsdom's File has no arrayBuffer() (browsers' has): read it as a browser would.
beforeAll(() => {
  if (typeof File.prototype.arrayBuffer === "function") return;
  File.prototype.arrayBuffer = function (this: File) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
});

function services(over: Partial<PaneServices> = {}): PaneServices {
  return paneServices(SUMMARY, over);
}

const gapsTab = () => screen.getByRole("tab", { name: /^Gaps \(\d+\)$/u });

/** Opens the Gaps tab and its Reference section. */
async function openReference() {
  await userEvent.click(gapsTab());
  await userEvent.click(screen.getByRole("button", { name: /^Reference:/u }));
}

/** Pastes a table (user-event types tabs and line breaks as keys: set the value at once) and imports it. */
async function paste(text: string, instrument = "") {
  const box = screen.getByRole("textbox", { name: /^Paste a status table/u });
  await userEvent.clear(box);
  await userEvent.click(box);
  await userEvent.paste(text);
  const field = screen.getByRole("textbox", { name: /^Instrument \(optional\)/u });
  await userEvent.clear(field);
  if (instrument) await userEvent.type(field, instrument);
  await userEvent.click(screen.getByRole("button", { name: "Import" }));
  return screen.findByTestId("reference-message");
}

describe("App: importing a status table", () => {
  it("previews a pasted UNTC table: counts, the acts read in a captioned table, the rows to check by line; focus moves to the message", async () => {
    pane(services());
    await screen.findByText(CHILE, { selector: "div" });
    await openReference();
    const message = await paste(UNTC_PASTE);
    expect(document.activeElement).toBe(message);
    expect(within(message).getByText(`Imported: ${OPAC}`)).toBeTruthy();
    expect(message.textContent).toContain("10 recorded acts of 7 participants read; 2 rows to check (listed below).");

    const preview = screen.getByTestId("reference-preview");
    expect(within(preview).getByRole("heading", { name: `Preview: ${OPAC}` })).toBeTruthy();
    const table = within(preview).getByRole("table", { name: "Acts read from the table (10)" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows[0]).toEqual(["Participant", "Act", "Date"]);
    expect(rows).toContainEqual(["Austria", "acceptance", "2002-08-07"]);
    expect(rows).toContainEqual(["Bolivia", "accession", "2006-01-14"]);
    const problems = within(preview).getByRole("list", { name: "Rows to check (2)" });
    expect(
      within(problems)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      'Line 10: the consent column: "Smarch" in "12 Smarch 2004" is not a month',
      'Line 12: "Narnia" is not a state or organisation the tracker knows; kept as written',
    ]);
    // The section's header counts what is kept; the table is listed, with no workbook write outside Excel.
    expect(screen.getByRole("button", { name: "Reference: 1 table imported (10 acts)" })).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Imported tables (1)" })).getByText(`${OPAC} (crc-opac): 10 acts`)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Write reference to workbook" })).toBeNull();
    expect(screen.getByText(/^The downloaded workbook includes these tables as its Reference table/u)).toBeTruthy();

    // Back on the tab later: the preview is kept, and focus stays where the user put it.
    await userEvent.click(screen.getByRole("tab", { name: /^Review/u }));
    await openReference();
    expect(screen.getByTestId("reference-preview")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Reference: 1 table imported (10 acts)" }));
  });

  it("says clearly why a paste is not a status table, and keeps nothing", async () => {
    pane(services());
    await screen.findByText(CHILE, { selector: "div" });
    await openReference();
    const message = await paste("Country\tDate\nPeru\t1 Jan 2000");
    expect(document.activeElement).toBe(message);
    expect(within(message).getByText("The table was not imported")).toBeTruthy();
    expect(message.textContent).toContain(
      'pasted table: No "Participant" column: the header row of a status table reads "Participant | Signature | Ratification, Accession(a), …"; copy it with the table, or give a column mapping (--columns in the command line, Map columns in the pane).',
    );
    expect(screen.queryByTestId("reference-preview")).toBeNull();
    expect(screen.getByRole("button", { name: "Reference: import a status table" })).toBeTruthy();

    // A table without a title line: the instrument must be given.
    const untitled = await paste(UNTC_PASTE.split("\n").slice(2).join("\n"));
    expect(untitled.textContent).toContain(
      "pasted table: The instrument is not named: give it (a catalog id, name or acronym), or copy the table with its title line.",
    );
    const given = await paste(UNTC_PASTE.split("\n").slice(2).join("\n"), "OPAC");
    expect(within(given).getByText(`Imported: ${OPAC}`)).toBeTruthy();
  });

  it("lists the rows of a table with no readable act, and keeps nothing", async () => {
    pane(services());
    await screen.findByText(CHILE, { selector: "div" });
    await openReference();
    const message = await paste("Arms Trade Treaty\nParticipant\tSignature\nPeru\tsoon");
    expect(message.textContent).toContain("No participant's act could be read from it, so nothing was imported.");
    expect(
      within(screen.getByRole("list", { name: "Rows to check (1)" })).getByText('Line 3: Signature: "soon" is not a date such as "16 Sep 2005 a"'),
    ).toBeTruthy();
    expect(screen.queryByRole("list", { name: /^Imported tables/u })).toBeNull();
  });

  it("imports a picked CSV file (a long table) under its name", async () => {
    pane(services());
    await screen.findByText(CHILE, { selector: "div" });
    await openReference();
    await userEvent.upload(screen.getByTestId("reference-file-input"), new File([LONG_CSV], "att.csv", { type: "text/csv" }));
    const message = await screen.findByTestId("reference-message");
    expect(within(message).getByText("Imported: Arms Trade Treaty")).toBeTruthy();
    expect(screen.getByTestId("reference-counts").textContent).toBe("att.csv: 3 recorded acts of 2 participants read; 1 row to check (listed below).");
  });

  it("imports a `;` CSV as Excel saves it in French, German or Spanish, pasted or picked (issue 15)", async () => {
    pane(services());
    await screen.findByText(CHILE, { selector: "div" });
    await openReference();
    const semicolons = CRC_WITHOUT_NORWAY.split("\n")
      .map((line) => line.split("\t").join(";"))
      .join("\r\n");
    const message = await paste(semicolons);
    expect(within(message).getByText(`Imported: ${CRC}`)).toBeTruthy();
    expect(message.textContent).toContain("4 recorded acts of 2 participants read; every row read.");
    await userEvent.upload(screen.getByTestId("reference-file-input"), new File([semicolons], "crc.csv", { type: "text/csv" }));
    await waitFor(() => expect(screen.getByTestId("reference-counts").textContent).toBe("crc.csv: 4 recorded acts of 2 participants read; every row read."));
  });

  it("keeps one table per instrument: importing the same instrument again replaces it; Remove drops it", async () => {
    pane(services());
    await screen.findByText(CHILE, { selector: "div" });
    await openReference();
    await paste(CRC_OTHER_DATE);
    await paste(LONG_CSV);
    await paste(CRC_WITHOUT_NORWAY);
    const list = screen.getByRole("list", { name: "Imported tables (2)" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([`${CRC} (crc): 4 actsRemove`, "Arms Trade Treaty (att): 3 actsRemove"]);
    await userEvent.click(screen.getByRole("button", { name: `Remove the table of ${CRC}` }));
    expect(within(screen.getByRole("list", { name: "Imported tables (1)" })).getAllByRole("listitem")).toHaveLength(1);
    // The preview was of the table removed: it goes too.
    expect(screen.queryByTestId("reference-preview")).toBeNull();
    expect(screen.queryByTestId("reference-message")).toBeNull();
  });
});

describe("App: the imported tables in the gaps, the status lines and the workbook", () => {
  it("the Gaps tab shows DATE_MISMATCH, then SAID_NOT_DONE once the table is replaced; DONE_NOT_SAID on request", async () => {
    pane(services());
    await extract();
    await openReference();
    await paste(CRC_OTHER_DATE);
    // Chile signed, not ratified (the rules), and Norway's date differs from the table's.
    expect(gapsTab().textContent).toBe("Gaps (2)");
    const norway = screen.getByRole("region", { name: "Norway: 1 gap" });
    const mismatch = within(norway).getByRole("article", { name: `DATE_MISMATCH: ${CRC}` });
    expect(within(mismatch).getByText("Date differs from the record")).toBeTruthy();
    expect(
      within(mismatch).getByText("stated ratified 1991-01-08; recorded ratification 1991-01-09 (pasted table): the binding act's dates differ"),
    ).toBeTruthy();

    await paste(CRC_WITHOUT_NORWAY);
    expect(gapsTab().textContent).toBe("Gaps (2)");
    const claimed = within(screen.getByRole("region", { name: "Norway: 1 gap" })).getByRole("article", { name: `SAID_NOT_DONE: ${CRC}` });
    expect(within(claimed).getByText("Claimed, not on record")).toBeTruthy();
    expect(screen.queryByRole("article", { name: `DATE_MISMATCH: ${CRC}` })).toBeNull();

    // Chile's and Peru's recorded ratifications of the CRC: no statement mentions them.
    const box = screen.getByRole("checkbox", { name: "Also show recorded acts no document mentions (DONE_NOT_SAID)" });
    expect((box as HTMLInputElement).checked).toBe(false);
    await userEvent.click(box);
    expect(gapsTab().textContent).toBe("Gaps (4)");
    expect(
      screen
        .getAllByRole("article")
        .filter((a) => a.getAttribute("data-gap-code") === "DONE_NOT_SAID")
        .map((a) => a.closest("section")?.getAttribute("aria-label")),
    ).toEqual(["Chile: 2 gaps", "Peru: 1 gap"]);
  });

  it("the review card's status line shows the recorded act beside the stated one", async () => {
    pane(services());
    await extract();
    await openReference();
    await paste(CRC_OTHER_DATE);
    await userEvent.click(screen.getByRole("tab", { name: "Review (2)" }));
    const card = screen.getByRole("article", { name: `${NORWAY_LABEL}, Pending` });
    expect(within(card).getByText("Status: Bound (stated ratified 1991-01-08; recorded ratification 1991-01-09)")).toBeTruthy();
    // No table for the Arms Trade Treaty: Chile's status as before.
    expect(screen.getByText("Status: Signed (signed 2013-06-03)")).toBeTruthy();

    await openReference();
    await paste(CRC_WITHOUT_NORWAY);
    await userEvent.click(screen.getByRole("tab", { name: "Review (2)" }));
    expect(
      within(screen.getByRole("article", { name: `${NORWAY_LABEL}, Pending` })).getByText("Status: Bound (stated ratified 1991-01-08; recorded: none)"),
    ).toBeTruthy();
  });

  it("inside Excel, Write reference to workbook calls the service for each imported table and says what was written", async () => {
    const writeReference = jest.fn(async (_result: ImportResult) => WRITTEN);
    pane(services({ inExcel: true, write: jest.fn(async () => SUMMARY), writeReference }));
    await screen.findByText(CHILE, { selector: "div" });
    await openReference();
    await paste(CRC_OTHER_DATE);
    await paste(LONG_CSV);
    await userEvent.click(screen.getByRole("button", { name: "Write reference to workbook" }));
    const bar = await screen.findByRole("group", { name: "Reference written to the workbook" });
    expect(bar.textContent).toContain(`${CRC}; Arms Trade Treaty: 4 recorded acts added, 0 updated, 0 unchanged in the Reference table.`);
    expect(writeReference.mock.calls.map(([r]) => r.instrumentId)).toEqual(["crc", "att"]);
    expect(writeReference.mock.calls[0]?.[0].records.map((r) => `${r.actor} ${r.act} ${r.date}`)).toEqual([
      "Norway signature 1990-01-26",
      "Norway ratification 1991-01-09",
      "Chile signature 1990-01-26",
      "Chile ratification 1990-08-13",
    ]);
  });

  it("inside Excel says so when the reference could not be written", async () => {
    const writeReference = jest.fn(async () => Promise.reject(new Error("The workbook is in cell-edit mode")));
    pane(services({ inExcel: true, write: jest.fn(async () => SUMMARY), writeReference }));
    await screen.findByText(CHILE, { selector: "div" });
    await openReference();
    await paste(CRC_OTHER_DATE);
    await userEvent.click(screen.getByRole("button", { name: "Write reference to workbook" }));
    const bar = await screen.findByRole("group", { name: "The reference was not written" });
    expect(bar.textContent).toContain("The workbook is in cell-edit mode. Check that the workbook is not being edited, then write it again.");
    expect(screen.getByRole("button", { name: "Write reference to workbook" })).toHaveProperty("disabled", false);
  });

  it("outside Excel, the download receives the imported tables and says what went into the Reference table", async () => {
    const download = jest.fn<ReturnType<Download>, Parameters<Download>>(async () => ({
      ...SUMMARY,
      Reference: { added: 6, updated: 0, unchanged: 0, kept: 0, cleared: 0 },
    }));
    pane(services({ download }));
    await extract();
    await openReference();
    await paste(CRC_OTHER_DATE);
    await paste(UNTC_PASTE);
    await userEvent.click(screen.getByRole("button", { name: "Download .xlsx" }));
    const bar = await screen.findByRole("group", { name: "Downloaded commitments.xlsx" });
    expect(bar.textContent).toContain("Reference: 6 recorded acts of 2 instruments; the Status column and the Gaps sheet read them.");
    const references = download.mock.calls[0]?.[4] ?? [];
    expect(references.map((r) => [r.instrumentId, r.records.length])).toEqual([
      ["crc", 4],
      ["crc-opac", 10],
    ]);
  });

  it("downloads no reference when none is imported", async () => {
    const s = services();
    pane(s);
    await extract();
    await userEvent.click(screen.getByRole("button", { name: "Download .xlsx" }));
    await screen.findByRole("group", { name: "Downloaded commitments.xlsx" });
    expect((s.download as jest.Mock).mock.calls[0]?.[4]).toEqual([]);
    expect(screen.queryByRole("checkbox", { name: /DONE_NOT_SAID/u })).toBeNull();
  });
});
