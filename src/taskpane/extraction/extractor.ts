/**
 * Extraction for the pane, behind one small interface: in a Web Worker in the browser (the pane
 * never freezes on a large document), or on the calling thread in tests and where workers are
 * unavailable. Both run the same loop (runExtraction) over the core.
 */
import { extractDocument, type DocumentExtraction, type RawDocument } from "../../core";

export interface ExtractionCallbacks {
  /** `fraction` of document `index` done (0…1). */
  onProgress(index: number, fraction: number): void;
  onDocument(index: number, result: DocumentExtraction): void;
  /** Document `index` failed; the run goes on with the next one. */
  onError(index: number, message: string): void;
}

export type RunOutcome = "finished" | "cancelled";

export interface ExtractionRun {
  done: Promise<RunOutcome>;
  /** Stops the run: documents finished so far keep their results, the rest get none. */
  cancel(): void;
}

export interface Extractor {
  start(docs: readonly RawDocument[], callbacks: ExtractionCallbacks): ExtractionRun;
}

/** The one extraction loop; `pause` lets the caller yield (and notice a cancel) between documents. */
export async function runExtraction(
  docs: readonly RawDocument[],
  callbacks: ExtractionCallbacks,
  isCancelled: () => boolean,
  pause: () => Promise<void> = async () => undefined,
): Promise<RunOutcome> {
  for (const [index, doc] of docs.entries()) {
    if (isCancelled()) return "cancelled";
    callbacks.onProgress(index, 0);
    try {
      const result = extractDocument(doc, { onProgress: (done, total) => callbacks.onProgress(index, total === 0 ? 1 : done / total) });
      callbacks.onDocument(index, result);
    } catch (error) {
      callbacks.onError(index, `${doc.id} could not be extracted (${(error as Error).message}).`);
    }
    await pause();
  }
  return isCancelled() ? "cancelled" : "finished";
}

/** Runs on the calling thread, yielding to the event loop between documents. */
export class InlineExtractor implements Extractor {
  start(docs: readonly RawDocument[], callbacks: ExtractionCallbacks): ExtractionRun {
    let cancelled = false;
    const done = runExtraction(
      docs,
      callbacks,
      () => cancelled,
      () => new Promise((resolve) => setTimeout(resolve, 0)),
    );
    return { done, cancel: () => void (cancelled = true) };
  }
}
