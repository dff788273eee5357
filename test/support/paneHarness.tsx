/**
 * The pane under test with fake services: two bundled documents (Norway ratifies the CRC, Chile
 * signs the ATT), the extractor run inline, and a download that answers with `summary`.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import type { WorkbookSummary } from "../../src/workbook/store";
import { App, type PaneServices } from "../../src/taskpane/App";
import { InlineExtractor } from "../../src/taskpane/extraction/extractor";
import { sourceItem } from "../../src/taskpane/state/sources";

export const NORWAY = "Norway ratified the Convention on the Rights of the Child on 8 January 1991.";
export const CHILE = "Chile signed the Arms Trade Treaty on 3 June 2013.";
export const NORWAY_LABEL = "Norway ratified Convention on the Rights of the Child (1991-01-08)";

export type Download = PaneServices["download"];

export function paneServices(summary: WorkbookSummary, over: Partial<PaneServices> = {}): PaneServices {
  return {
    inExcel: false,
    extractor: new InlineExtractor(),
    loadSeeds: async () => [sourceItem({ id: "norway.txt", text: NORWAY }, "bundled"), sourceItem({ id: "chile.txt", text: CHILE }, "bundled")],
    readFile: jest.fn(async (file: File) => sourceItem({ id: file.name, text: CHILE }, "file")),
    download: jest.fn<ReturnType<Download>, Parameters<Download>>(async () => summary),
    ...over,
  };
}

export function pane(s: PaneServices) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App services={s} />
    </FluentProvider>,
  );
}

/** Extracts the two bundled documents; resolves with the review counts once they show. */
export async function extract(): Promise<HTMLElement> {
  await userEvent.click(await screen.findByRole("button", { name: "Extract 2 documents" }));
  return screen.findByTestId("review-counts");
}
