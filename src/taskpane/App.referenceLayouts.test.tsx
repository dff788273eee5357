/** @jest-environment ./test/support/jsdomEnvironment.js */
/**
 * Issue 17's done-when, through the pane's import: each depositary layout's sample (made-up
 * dates, see test/support/referenceLayouts.ts) pasted beside its statements gives exactly the
 * expected SAID_NOT_DONE and DATE_MISMATCH gaps in the Gaps tab, and the preview names the layout.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookSummary } from "../workbook/store";
import { pane, paneServices } from "../../test/support/paneHarness";
import { LAYOUT_SAMPLES, UNTC_ACTIONS, type LayoutSample } from "../../test/support/referenceLayouts";
import { sourceItem } from "./state/sources";

jest.setTimeout(60_000);

const SUMMARY: WorkbookSummary = { Commitments: { added: 0, updated: 0, unchanged: 0, kept: 0, cleared: 0 } };

/** The pane with the sample's statements as its documents, extracted. */
async function extractStatements(sample: LayoutSample) {
  const documents = sample.statements.map((text, i) => sourceItem({ id: `statement-${i + 1}.txt`, text }, "bundled"));
  pane(paneServices(SUMMARY, { loadSeeds: async () => documents }));
  // On a loaded machine the first render and the extraction take seconds: wait for them, not for the default second.
  await userEvent.click(await screen.findByRole("button", { name: `Extract ${documents.length} documents` }, { timeout: 15_000 }));
  await screen.findByTestId("review-counts", {}, { timeout: 15_000 });
  await userEvent.click(screen.getByRole("tab", { name: /^Gaps \(\d+\)$/u }));
  await userEvent.click(screen.getByRole("button", { name: /^Reference:/u }));
}

async function paste(text: string) {
  const box = screen.getByRole("textbox", { name: /^Paste a status table/u });
  await userEvent.clear(box);
  await userEvent.click(box);
  await userEvent.paste(text);
  await userEvent.click(screen.getByRole("button", { name: "Import" }));
  return screen.findByTestId("reference-message");
}

/** The audit's gaps the Gaps tab shows: "CODE Actor", sorted. */
function auditGaps(): string[] {
  return screen
    .queryAllByRole("article")
    .filter((a) => ["SAID_NOT_DONE", "DATE_MISMATCH"].includes(a.getAttribute("data-gap-code") ?? ""))
    .map((a) => `${a.getAttribute("data-gap-code")} ${a.closest("section")?.getAttribute("aria-label")?.split(":")[0]}`)
    .sort();
}

describe.each(LAYOUT_SAMPLES.map((s) => [s.name, s] as const))("%s pasted", (_, sample) => {
  it("gives exactly the expected SAID_NOT_DONE and DATE_MISMATCH gaps, and the preview names the layout", async () => {
    await extractStatements(sample);
    const message = await paste(sample.text);
    expect(within(message).queryByText("The table was not imported")).toBeNull();
    expect(within(screen.getByTestId("reference-preview")).getByTestId("reference-layout").textContent).toBe(`Read as: ${sample.layout}`);
    expect(auditGaps()).toEqual(sample.gaps.map((g) => g.split(" ").slice(0, -1).join(" ")));
    // A matrix is one table of several instruments: listed once, with its instruments.
    if (sample.layout.startsWith("matrix"))
      expect(
        within(screen.getByRole("list", { name: "Imported tables (1)" })).getByText(/^6 instruments \(cat, iccpr, icescr, crc, crc-opac, crpd\): 70 acts/u),
      ).toBeTruthy();
  });
});

describe("day-first dates in the pane", () => {
  it("a table whose every date fits both orders is asked about: its rows are listed to check, never read month-first", async () => {
    await extractStatements(UNTC_ACTIONS);
    const ambiguous = UNTC_ACTIONS.text
      .split("\n")
      .filter((line) => !/\b(?:1[3-9]|2\d|3[01])\//u.test(line))
      .join("\n");
    await paste(ambiguous);
    const problems = within(screen.getByRole("list", { name: /^Rows to check/u }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(problems).toContainEqual(expect.stringMatching(/"5\/3\/2009" could be 5 March or 3 May, and no other date of the table tells/u));
    expect(auditGaps()).toContain("SAID_NOT_DONE Brazil");
    expect(auditGaps()).not.toContain("DATE_MISMATCH Brazil");
  });
});

describe("a layout the import does not know", () => {
  const TABLE = [
    "Arms Trade Treaty",
    "Nation\tSigned on\tRegion\tDate deposited",
    "Chile 2\t3/6/2013\tGRULAC\t16/9/2018",
    "Peru\t24/9/2013\tGRULAC\t16/2/2016 a",
  ].join("\n");

  it("offers the column mapping under the message; imported with it, the preview says so", async () => {
    await extractStatements(UNTC_ACTIONS);
    const refused = await paste(TABLE);
    expect(within(refused).getByText("The table was not imported")).toBeTruthy();
    const form = screen.getByRole("region", { name: "Map columns" });
    const button = within(form).getByRole("button", { name: "Import with this mapping" });
    expect(button).toHaveProperty("disabled", true);
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Participant (state)" }), "1. Nation");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Signature dates" }), "2. Signed on");
    await userEvent.selectOptions(within(form).getByRole("combobox", { name: "Ratification dates" }), "4. Date deposited");
    await userEvent.click(button);
    const message = await screen.findByText("Imported: Arms Trade Treaty");
    expect(message).toBeTruthy();
    expect(screen.getByTestId("reference-layout").textContent).toBe("Read as: table read with the given column mapping");
    expect(screen.getByTestId("reference-counts").textContent).toBe("pasted table: 4 recorded acts of 2 participants read; every row read.");
    expect(screen.queryByRole("region", { name: "Map columns" })).toBeNull();
  });
});

describe("a paste with the clipboard's HTML table", () => {
  it("keeps the table's columns as the browser showed them (a cell the text would have split stays one)", async () => {
    await extractStatements(UNTC_ACTIONS);
    const box = screen.getByRole("textbox", { name: /^Paste a status table/u });
    const html =
      "<h3>15. Convention on the Rights of Persons with Disabilities</h3><table><tr><th>Participant</th><th>Action</th><th>Date of Notification/Deposit</th><th>Date of Effect</th></tr>" +
      "<tr><td>Chile</td><td>Ratification</td><td>2/8/2008</td><td>1/9/2008</td></tr>" +
      "<tr><td>Ghana</td><td>Ratification</td><td>12/6/2012</td><td>12/7/2012</td></tr>" +
      "<tr><td>Fiji</td><td>Definitive signature</td><td>9/6/2017</td><td>9/7/2017</td></tr>" +
      "<tr><td>Austria<sup>1</sup></td><td>Ratification</td><td>20/10/2009</td><td>19/11/2009</td></tr></table>";
    // The text the browser offers beside it runs the cells together with spaces: read alone, no column would be found.
    fireEvent.paste(box, {
      clipboardData: { getData: (type: string) => (type === "text/html" ? html : "Participant Action Date Chile Ratification 2/8/2008") },
    });
    expect((box as HTMLTextAreaElement).value.split("\n")[1]).toBe("Participant\tAction\tDate of Notification/Deposit\tDate of Effect");
    expect(screen.getByTestId("reference-html-paste").textContent).toBe("Pasted from the page's table: its 4 columns are kept as the browser showed them.");
    await userEvent.click(screen.getByRole("button", { name: "Import" }));
    await screen.findByText("Imported: Convention on the Rights of Persons with Disabilities");
    // Austria's date now agrees with its statement, and Ghana's ratification is on record: only Brazil's claim is not.
    expect(auditGaps()).toEqual(["SAID_NOT_DONE Brazil"]);
  });
});
