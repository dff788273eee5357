/**
 * The task pane's entry: waits for Office, then renders the React pane themed from Office inside
 * Excel, or with Fluent's web light theme in any other browser (Office.onReady gives no host;
 * if office.js itself could not load, the pane still starts, outside Office).
 */
import { FluentProvider } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { PdfjsModule } from "../documents";
import { App, type PaneServices } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { InlineExtractor } from "./extraction/extractor";
import { WorkerExtractor } from "./extraction/workerExtractor";
import { saveBlob, workbookBlob } from "./office/download";
import { addChecklistToExcel, watchCommitmentSelection, writeReferenceToExcel, writeToExcel } from "./office/excel";
import { loadSeeds } from "./state/seeds";
import { fileSource } from "./state/sources";
import { themeFor, type OfficeColours } from "./state/theme";

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
    ...(inExcel ? { write: writeToExcel, addChecklist: addChecklistToExcel, writeReference: writeReferenceToExcel, watchSelection: watchCommitmentSelection } : {}),
  };
}

function render(inExcel: boolean, colours: OfficeColours | null): void {
  const root = document.getElementById("root");
  if (!root) throw new Error("the pane's page lacks #root");
  createRoot(root).render(
    <FluentProvider theme={themeFor(colours)} style={{ minHeight: "100vh" }}>
      <ErrorBoundary>
        <App services={services(inExcel)} />
      </ErrorBoundary>
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") {
  render(false, null);
} else {
  void Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    render(inExcel, inExcel ? (Office.context.officeTheme ?? null) : null);
  });
}
