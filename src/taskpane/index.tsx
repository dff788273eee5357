/**
 * The task pane's entry: waits for Office, then renders the React pane themed from Office inside
 * Excel (following Office's theme changes), or from the browser's light or dark preference in
 * any other browser (Office.onReady gives no host; if office.js itself could not load, the pane
 * still starts, outside Office).
 */
import type { Theme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { PdfjsModule } from "../documents";
import { App, type PaneServices } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ThemedProvider } from "./components/ThemedProvider";
import { InlineExtractor } from "./extraction/extractor";
import { WorkerExtractor } from "./extraction/workerExtractor";
import { saveBlob, workbookBlob } from "./office/download";
import { addChecklistToExcel, watchCommitmentSelection, writeReferenceToExcel, writeToExcel } from "./office/excel";
import { loadSeeds } from "./state/seeds";
import { fileSource } from "./state/sources";
import { followBrowserTheme, followOfficeTheme, type FollowedTheme, type OfficeThemeHost } from "./state/theme";

/** pdf.js and its worker (copied beside the page) load only when a PDF is added. */
async function pdfjs(): Promise<PdfjsModule> {
  const module = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist");
  module.GlobalWorkerOptions.workerSrc = new URL("pdf.worker.min.mjs", document.baseURI).href;
  return module;
}

function services(inExcel: boolean): PaneServices {
  return {
    inExcel,
    extractor: typeof Worker === "function" ? new WorkerExtractor() : new InlineExtractor(),
    loadSeeds: () => loadSeeds(),
    readFile: (file, taken) => fileSource(file, taken, { pdfjs }),
    download: async (results, decisions, onProgress, checklist, references) => {
      const { blob, summary } = await workbookBlob(results, decisions, onProgress, checklist, references);
      saveBlob(blob, "commitments.xlsx");
      return summary;
    },
    ...(inExcel
      ? { write: writeToExcel, addChecklist: addChecklistToExcel, writeReference: writeReferenceToExcel, watchSelection: watchCommitmentSelection }
      : {}),
  };
}

type FollowTheme = (onChange: (theme: Theme) => void) => FollowedTheme;

function render(inExcel: boolean, follow: FollowTheme): void {
  const root = document.getElementById("root");
  if (!root) throw new Error("the pane's page lacks #root");
  createRoot(root).render(
    <ThemedProvider follow={follow}>
      <ErrorBoundary>
        <App services={services(inExcel)} />
      </ErrorBoundary>
    </ThemedProvider>,
  );
}

const followBrowser: FollowTheme = (onChange) => followBrowserTheme(window, onChange);

if (typeof Office === "undefined") {
  render(false, followBrowser);
} else {
  void Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    // office.js's own types are wider than the part the pane reads: the theme and its event.
    render(inExcel, inExcel ? (onChange) => followOfficeTheme(Office as unknown as OfficeThemeHost, onChange) : followBrowser);
  });
}
