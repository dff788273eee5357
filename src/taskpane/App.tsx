import { Button, Tab, TabList, Text, makeStyles, tabClassNames, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Checklist, DocumentExtraction, ImportResult } from "../core";
import type { MergeSummary } from "../workbook/merge";
import type { ReviewDecision } from "../workbook/rows";
import { describeSummary, type WorkbookSummary, type WriteProgress } from "../workbook/store";
import { AddDocuments } from "./components/AddDocuments";
import { GapsPanel } from "./components/GapsPanel";
import { MatrixPanel } from "./components/MatrixPanel";
import { Notices, type Notice, type NoticeIntent } from "./components/Notices";
import { ReferencePanel } from "./components/ReferencePanel";
import { ReviewPanel } from "./components/ReviewPanel";
import { SourceList, type DocumentRun } from "./components/SourceList";
import { SourceViewer } from "./components/SourceViewer";
import { WorkbookBar, type WriteState } from "./components/WorkbookBar";
import type { ExtractionRun, Extractor } from "./extraction/extractor";
import type { SelectedCommitment } from "./office/excel";
import { readXlsxGrid } from "./office/tableFile";
import { paneChecklist, paneGaps, paneReference, reviewedIndex, statusLine } from "./state/gaps";
import { liveFilters, NO_FILTERS, paneMatrix, paneTimeline, type MatrixFilters } from "./state/matrix";
import { addSummaries, referenceKey, runImport, withoutReference, withReference, type ImportOutcome, type ImportRequest } from "./state/reference";
import { countItems, EMPTY_REVIEW, evidenceOrder, forWriting, reviewItems, reviewReducer } from "./state/review";
import { pastedSource, type SourceItem } from "./state/sources";

type Write = (
  results: readonly DocumentExtraction[],
  decisions: ReadonlyMap<string, ReviewDecision>,
  onProgress: (p: WriteProgress) => void,
) => Promise<WorkbookSummary>;
/**
 * As Write, with the checklist chosen on the Gaps tab (null for none) for the file's Checklist
 * table, and the status tables imported there for its Reference table.
 */
type Download = (
  results: readonly DocumentExtraction[],
  decisions: ReadonlyMap<string, ReviewDecision>,
  onProgress: (p: WriteProgress) => void,
  checklist: Checklist | null,
  references: readonly ImportResult[],
) => Promise<WorkbookSummary>;

/** Everything the pane does outside React, passed in so that each piece is tested alone. */
export interface PaneServices {
  /** True inside Excel: the workbook can be written. */
  inExcel: boolean;
  extractor: Extractor;
  loadSeeds(): Promise<SourceItem[]>;
  readFile(file: File, taken: readonly string[]): Promise<SourceItem>;
  /** Into the open workbook (inside Excel only). */
  write?: Write;
  /** Builds the .xlsx (with the checklist, when one is chosen) and hands it to the browser; resolves with what was written. */
  download: Download;
  /** Inside Excel: adds a checklist to the workbook's Checklist table and rebuilds the Gaps sheet. */
  addChecklist?(checklist: Checklist): Promise<MergeSummary>;
  /** Inside Excel: writes an imported status table into the Reference table; the Status formulas and the Gaps sheet then read it. */
  writeReference?(result: ImportResult): Promise<MergeSummary>;
  /** Inside Excel: calls back with the Commitments row under the cursor. */
  watchSelection?(onSelect: (selected: SelectedCommitment | null) => void, onError: (error: Error) => void): Promise<() => Promise<void>>;
}

type TabId = "sources" | "review" | "gaps" | "matrix" | "source";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, flexGrow: 1 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  // Excel's pane is 270 (Mac) to 350 px (web) wide: small tabs with 12 px labels wrap onto a
  // second row where the five do not fit in one, never widening the page.
  tabs: { flexWrap: "wrap", maxWidth: "100%" },
  // The label and the hidden copy Fluent keeps of it to reserve the bold (selected) width.
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    [`& .${tabClassNames.content}, & .${tabClassNames.content}--reserved-space`]: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  },
  // Each tab panel's heading, for screen readers (the selected tab already shows its name): it
  // puts the panels' own h3 headings in order under the page's h1.
  panelHeading: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

const PANEL_HEADINGS: Record<TabId, string> = { sources: "Sources", review: "Review", gaps: "Gaps", matrix: "Matrix", source: "Source" };

export const App: React.FC<{ services: PaneServices }> = ({ services }) => {
  const styles = useStyles();
  const { inExcel } = services;
  const [tab, setTab] = React.useState<TabId>("sources");
  const [sources, setSources] = React.useState<SourceItem[]>([]);
  const [loadingSeeds, setLoadingSeeds] = React.useState(true);
  const [results, setResults] = React.useState<DocumentExtraction[]>([]);
  const [runs, setRuns] = React.useState<Record<string, DocumentRun>>({});
  const [run, setRun] = React.useState<ExtractionRun | null>(null);
  const [review, dispatch] = React.useReducer(reviewReducer, EMPTY_REVIEW);
  const [shown, setShown] = React.useState<string | null>(null);
  const [writing, setWriting] = React.useState<WriteState | null>(null);
  const [checklistName, setChecklistName] = React.useState<string | null>(null);
  const [adding, setAdding] = React.useState(false);
  const [references, setReferences] = React.useState<ImportResult[]>([]);
  const [outcome, setOutcome] = React.useState<ImportOutcome | null>(null);
  const [importing, setImporting] = React.useState(false);
  const [writingReference, setWritingReference] = React.useState(false);
  const [doneNotSaid, setDoneNotSaid] = React.useState(false);
  const [matrixFilters, setMatrixFilters] = React.useState<MatrixFilters>(NO_FILTERS);
  const nextImport = React.useRef(1);
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const nextNotice = React.useRef(1);

  const notify = React.useCallback((intent: NoticeIntent, title: string, text: string) => {
    const id = nextNotice.current++;
    // A success or an info replaces the previous ones (they report the last step); errors and
    // warnings stay until dismissed, up to four messages in all.
    const passing = (n: Notice) => n.intent === "success" || n.intent === "info";
    setNotices((list) =>
      [...list.filter((n) => n.title !== title && !(passing(n) && (intent === "success" || intent === "info"))), { id, intent, title, text }].slice(-4),
    );
  }, []);

  React.useEffect(() => {
    let live = true;
    services
      .loadSeeds()
      .then((seeds) => live && setSources((list) => [...seeds, ...list.filter((s) => s.origin !== "bundled")]))
      .catch((error: Error) => live && notify("warning", "Bundled documents unavailable", error.message))
      .finally(() => live && setLoadingSeeds(false));
    return () => void (live = false);
  }, [services, notify]);

  const items = React.useMemo(() => reviewItems(results, review), [results, review]);
  const counts = countItems(items);
  const checklist = paneChecklist(checklistName);
  // The status and gap rules read the commitments as reviewed: rejected ones never count.
  const evidence = React.useMemo(() => reviewedIndex(results, review), [results, review]);
  // The imported status tables, over the same index: said against done, in the gaps and the status lines.
  const reference = React.useMemo(() => paneReference(evidence, references), [evidence, references]);
  const gaps = React.useMemo(() => paneGaps(evidence, checklist, { reference, doneNotSaid }), [evidence, checklist, reference, doneNotSaid]);
  // The status matrix and its timeline, worked out only while the Matrix tab is open.
  const matrix = React.useMemo(() => {
    if (tab !== "matrix") return null;
    const offered = paneMatrix(evidence, checklist, reference, NO_FILTERS);
    const filters = liveFilters(matrixFilters, offered);
    const shownMatrix = filters.actors.length + filters.instruments.length === 0 ? offered : paneMatrix(evidence, checklist, reference, filters);
    return { shown: shownMatrix, filters, timeline: paneTimeline(evidence, shownMatrix.matrix) };
  }, [tab, evidence, checklist, reference, matrixFilters]);
  const statusOf = React.useCallback((id: string) => statusLine(evidence, id, reference), [evidence, reference]);
  const shownItem = items.find((i) => i.original.id === shown) ?? null;
  const itemIds = React.useMemo(() => new Set(items.map((i) => i.original.id)), [items]);
  const known = React.useRef(itemIds);
  known.current = itemIds;

  React.useEffect(() => {
    if (!services.watchSelection) return;
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    services
      .watchSelection(
        (selected) => {
          if (!live || !selected) return;
          if (!known.current.has(selected.id)) {
            notify(
              "info",
              "That row is not in this pane's extraction",
              `Extract the document it comes from to see it in context. Its evidence: “${selected.evidence.slice(0, 300)}”`,
            );
            return;
          }
          setShown(selected.id);
          setTab("source");
        },
        (error) => notify("warning", "Could not read the selected row", `${error.message}. Select the row again.`),
      )
      .then((f) => (live ? (stop = f) : void f()))
      .catch((error: Error) => notify("warning", "Selection is not followed", `${error.message}. Use “Show source” in the review list instead.`));
    return () => {
      live = false;
      void stop?.();
    };
  }, [services, notify]);

  const extract = () => {
    const docs = sources;
    if (docs.length === 0) return notify("info", "Nothing to extract", "Add a document first: paste it, choose a file or drop one on the pane.");
    const collected: Array<DocumentExtraction | undefined> = new Array(docs.length);
    setRuns(Object.fromEntries(docs.map((d) => [d.id, { status: "queued", fraction: 0 }])));
    const update = (index: number, next: DocumentRun) => setRuns((r) => ({ ...r, [(docs[index] as SourceItem).id]: next }));
    const failures: string[] = [];
    const started = services.extractor.start(docs, {
      onProgress: (index, fraction) => update(index, { status: "running", fraction }),
      onDocument: (index, result) => {
        collected[index] = result;
        update(index, { status: "done", fraction: 1, found: result.commitments.length });
      },
      onError: (index, message) => {
        failures.push(message);
        update(index, { status: "failed", fraction: 1 });
      },
    });
    setRun(started);
    void started.done.then((outcome) => {
      setRun(null);
      const done = collected.filter((r): r is DocumentExtraction => r !== undefined);
      setRuns((r) =>
        Object.fromEntries(Object.entries(r).map(([id, v]) => [id, v.status === "queued" || v.status === "running" ? { ...v, status: "cancelled" } : v])),
      );
      setResults(done);
      dispatch({ type: "reset" });
      setShown(null);
      const found = done.reduce((n, r) => n + r.commitments.length, 0);
      if (failures.length > 0)
        notify("error", "Some documents could not be extracted", `${failures.join(" ")} The others were extracted; check those files and add them again.`);
      if (outcome === "cancelled")
        notify(
          "warning",
          "Extraction cancelled",
          `${done.length} of ${docs.length} documents were extracted (${found} commitments); extract again to do the rest.`,
        );
      else notify("success", "Extraction finished", `${found} commitments in ${done.length} documents. Review them on the Review tab.`);
      if (found > 0 && outcome === "finished") setTab("review");
    });
  };

  const addFiles = async (files: File[]) => {
    const taken = sources.map((s) => s.id);
    const added: SourceItem[] = [];
    for (const file of files) {
      try {
        const item = await services.readFile(file, [...taken, ...added.map((a) => a.id)]);
        added.push(item);
      } catch (error) {
        notify("error", `Could not read ${file.name}`, (error as Error).message);
      }
    }
    if (added.length > 0) {
      setSources((list) => [...list, ...added]);
      notify("success", "Documents added", `${added.map((a) => a.id).join(", ")}. Extract to find their commitments.`);
    }
  };

  const addPasted = (text: string) => {
    try {
      const item = pastedSource(
        text,
        sources.map((s) => s.id),
      );
      setSources((list) => [...list, item]);
      notify("success", "Pasted text added", `${item.title}. Extract to find its commitments.`);
    } catch (error) {
      notify("error", "Nothing added", (error as Error).message);
    }
  };

  const save = async (how: "write" | "download") => {
    const { write, download } = services;
    if (how === "write" && !write) return;
    const { results: edited, decisions } = forWriting(results, review);
    const onProgress = (p: WriteProgress) => setWriting({ done: p.done, total: p.total });
    setWriting({ done: 0, total: 0 });
    try {
      const summary =
        how === "write" && write ? await write(edited, decisions, onProgress) : await download(edited, decisions, onProgress, checklist, references);
      const where = how === "write" ? "Written to the workbook" : "Downloaded commitments.xlsx";
      const list =
        summary.Checklist && checklist ? ` Checklist: ${checklist.title}, ${summary.Checklist.added} instruments added; the Gaps sheet reads it.` : "";
      const recorded = summary.Reference
        ? ` Reference: ${summary.Reference.added} recorded acts of ${references.length} ${references.length === 1 ? "instrument" : "instruments"}; the Status column and the Gaps sheet read them.`
        : "";
      notify("success", where, `${describeSummary(summary)}. Sources: ${describeSummary(summary, "Sources").replace(/^Sources: /u, "")}.${list}${recorded}`);
    } catch (error) {
      const next =
        how === "write"
          ? "Nothing is lost: the pane keeps your review. Check that the workbook is not being edited, then write again, or download the .xlsx."
          : "Nothing is lost: the pane keeps your review. Try the download again.";
      notify("error", how === "write" ? "The workbook was not written" : "The download failed", `${(error as Error).message}. ${next}`);
    } finally {
      setWriting(null);
    }
  };

  const addChecklist = async () => {
    if (!services.addChecklist || !checklist) return;
    setAdding(true);
    try {
      const summary = await services.addChecklist(checklist);
      const already = summary.unchanged + summary.updated;
      notify(
        "success",
        "Checklist added to the workbook",
        `${checklist.title}: ${summary.added} instruments added to the Checklist table${already > 0 ? `, ${already} already there` : ""}. The Gaps sheet now reads it.`,
      );
    } catch (error) {
      notify("error", "The checklist was not added", `${(error as Error).message}. Check that the workbook is not being edited, then add it again.`);
    } finally {
      setAdding(false);
    }
  };

  const importReference = async (request: ImportRequest) => {
    setImporting(true);
    try {
      const next = await runImport(request, nextImport.current++, readXlsxGrid);
      setOutcome(next);
      // A table with acts is kept (replacing an earlier import of its instrument); one without, only shown.
      if (next.result && next.error === null) setReferences((list) => withReference(list, next.result as ImportResult));
    } finally {
      setImporting(false);
    }
  };

  const removeReference = (key: string) => {
    setReferences((list) => withoutReference(list, key));
    // The preview of the table removed goes with it.
    if (outcome?.result && referenceKey(outcome.result) === key) setOutcome(null);
  };

  const writeReferences = async () => {
    const write = services.writeReference;
    if (!write || references.length === 0) return;
    setWritingReference(true);
    try {
      const summaries: MergeSummary[] = [];
      for (const result of references) summaries.push(await write(result));
      const total = addSummaries(summaries);
      const names = references.map((r) => r.instrument).join("; ");
      notify(
        "success",
        "Reference written to the workbook",
        `${names}: ${total.added} recorded acts added, ${total.updated} updated, ${total.unchanged} unchanged in the Reference table. The Status column and the Gaps sheet now read it.`,
      );
    } catch (error) {
      notify("error", "The reference was not written", `${(error as Error).message}. Check that the workbook is not being edited, then write it again.`);
    } finally {
      setWritingReference(false);
    }
  };

  const showSource = (id: string) => {
    setShown(id);
    setTab("source");
  };

  const text = shownItem ? (results.find((r) => r.document.id === shownItem.original.source.doc)?.text ?? "") : "";
  const busy = run !== null || writing !== null || adding || writingReference;

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>Commitments Tracker</h1>
        <Text size={200}>
          {inExcel ? "Connected to Excel: review, then write to this workbook." : "Not inside Excel: review, then download the workbook as .xlsx."}
        </Text>
      </header>
      <Notices notices={notices} onDismiss={(id) => setNotices((list) => list.filter((n) => n.id !== id))} />
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="Pane sections">
        <Tab value="sources" id="tab-sources" className={styles.tab}>{`Sources (${sources.length})`}</Tab>
        <Tab value="review" id="tab-review" className={styles.tab}>{`Review (${counts.total})`}</Tab>
        <Tab value="gaps" id="tab-gaps" className={styles.tab}>{`Gaps (${gaps.length})`}</Tab>
        <Tab value="matrix" id="tab-matrix" className={styles.tab}>
          Matrix
        </Tab>
        <Tab value="source" id="tab-source" className={styles.tab}>
          Source
        </Tab>
      </TabList>
      <section className={styles.panel} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        <h2 className={styles.panelHeading}>{PANEL_HEADINGS[tab]}</h2>
        {tab === "sources" && (
          <>
            <div className={styles.row}>
              <Button appearance="primary" disabled={busy || sources.length === 0} onClick={extract}>{`Extract ${sources.length} documents`}</Button>
              {run && <Button onClick={() => run.cancel()}>Cancel</Button>}
              {loadingSeeds && <Text size={200}>Loading the bundled documents…</Text>}
            </div>
            <SourceList sources={sources} runs={runs} disabled={busy} onRemove={(id) => setSources((list) => list.filter((s) => s.id !== id))} />
            <AddDocuments disabled={busy} onPaste={addPasted} onFiles={(files) => void addFiles(files)} />
          </>
        )}
        {tab === "review" && <ReviewPanel items={items} dispatch={dispatch} onShowSource={showSource} statusOf={statusOf} />}
        {tab === "gaps" && (
          <>
            <ReferencePanel
              references={references}
              outcome={outcome}
              onImport={(request) => void importReference(request)}
              onRemove={removeReference}
              {...(inExcel && services.writeReference ? { onWrite: () => void writeReferences() } : {})}
              importing={importing}
              busy={busy}
            />
            <GapsPanel
              gaps={gaps}
              extracted={results.length > 0}
              checklist={checklistName}
              onChecklist={setChecklistName}
              onShowSource={showSource}
              onGoToSources={() => setTab("sources")}
              {...(inExcel && services.addChecklist ? { onAddChecklist: () => void addChecklist() } : {})}
              busy={busy}
              {...(references.length > 0 ? { doneNotSaid, onDoneNotSaid: setDoneNotSaid } : {})}
            />
          </>
        )}
        {tab === "matrix" && matrix && (
          <MatrixPanel
            matrix={matrix.shown}
            filters={matrix.filters}
            onFilters={setMatrixFilters}
            checklist={checklistName}
            onChecklist={setChecklistName}
            timeline={matrix.timeline}
            extracted={results.length > 0}
            onShowSource={showSource}
            onGoToSources={() => setTab("sources")}
          />
        )}
        {tab === "source" && (
          <SourceViewer
            item={shownItem}
            text={text}
            siblings={shownItem ? evidenceOrder(items, shownItem.original.source.doc) : []}
            onNavigate={setShown}
            onDecide={(r) => shownItem && dispatch({ type: "decide", ids: [shownItem.original.id], review: r })}
          />
        )}
      </section>
      <WorkbookBar
        inExcel={inExcel && services.write !== undefined}
        counts={counts}
        busy={busy}
        progress={writing}
        onWrite={() => void save("write")}
        onDownload={() => void save("download")}
      />
    </main>
  );
};
