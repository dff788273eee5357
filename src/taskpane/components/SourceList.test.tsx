/** @jest-environment ./test/support/jsdomEnvironment.js */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import type { SourceItem } from "../state/sources";
import { SourceList, type DocumentRun } from "./SourceList";

const SOURCES: SourceItem[] = [
  { id: "oslo.txt", text: "…", origin: "bundled", title: "Norway and the CRC", date: "1991-01-08", bytes: 2048 },
  { id: "Pasted 2024-05-06 07h08.txt", text: "…", origin: "pasted", title: "Chile joins the ATT", date: null, bytes: 300 },
  { id: "santiago.docx", text: "…", origin: "file", title: "santiago.docx", date: null, bytes: 3 * 1024 * 1024 },
];

function list(runs: Record<string, DocumentRun> = {}, onRemove: (id: string) => void = () => undefined, disabled = false) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SourceList sources={SOURCES} runs={runs} onRemove={onRemove} disabled={disabled} />
    </FluentProvider>,
  );
}

describe("SourceList", () => {
  it("lists each document with its title, id, date (or none) and size", () => {
    list();
    const rows = within(screen.getByRole("list", { name: "Documents" })).getAllByRole("listitem");
    expect(rows).toHaveLength(3);
    expect(rows[0]?.textContent).toContain("Norway and the CRC");
    expect(rows[0]?.textContent).toContain("oslo.txt · 1991-01-08 · 2.0 kB");
    expect(rows[0]?.textContent).toContain("bundled");
    expect(rows[1]?.textContent).toContain("Pasted 2024-05-06 07h08.txt · no date · 300 B");
    expect(rows[2]?.textContent).toContain("santiago.docx · no date · 3.0 MB");
    expect(screen.queryAllByRole("progressbar")).toHaveLength(0);
  });

  it("says when there are no documents", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SourceList sources={[]} runs={{}} onRemove={() => undefined} />
      </FluentProvider>,
    );
    expect(screen.getByText("No documents yet: add one below.")).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("Remove asks to remove that document", async () => {
    const removed: string[] = [];
    list({}, (id) => removed.push(id));
    await userEvent.click(screen.getByRole("button", { name: "Remove Chile joins the ATT" }));
    expect(removed).toEqual(["Pasted 2024-05-06 07h08.txt"]);
  });

  it("Remove is disabled while the pane is busy", () => {
    list({}, () => undefined, true);
    for (const b of screen.getAllByRole("button", { name: /^Remove / })) expect(b).toHaveProperty("disabled", true);
  });

  it("shows a labelled progress bar per document, its text saying the status", () => {
    list({
      "oslo.txt": { status: "done", fraction: 1, found: 4 },
      "Pasted 2024-05-06 07h08.txt": { status: "running", fraction: 0.426 },
      "santiago.docx": { status: "queued", fraction: 0 },
    });
    const bar = (id: string) => screen.getByRole("progressbar", { name: `Extraction of ${id}` });
    expect(bar("oslo.txt").getAttribute("aria-valuetext")).toBe("done: 4 commitments");
    expect(bar("Pasted 2024-05-06 07h08.txt").getAttribute("aria-valuetext")).toBe("extracting: 43%");
    expect(bar("santiago.docx").getAttribute("aria-valuetext")).toBe("waiting");
    expect(bar("Pasted 2024-05-06 07h08.txt").getAttribute("aria-valuenow")).toBe("0.426");
    expect(screen.getByText("extracting: 43%")).toBeTruthy();
  });

  it("says failed and cancelled", () => {
    list({ "oslo.txt": { status: "failed", fraction: 1 }, "santiago.docx": { status: "cancelled", fraction: 0.2 } });
    expect(screen.getByRole("progressbar", { name: "Extraction of oslo.txt" }).getAttribute("aria-valuetext")).toBe("failed");
    expect(screen.getByRole("progressbar", { name: "Extraction of santiago.docx" }).getAttribute("aria-valuetext")).toBe("cancelled");
    expect(screen.getAllByRole("progressbar")).toHaveLength(2);
  });
});
