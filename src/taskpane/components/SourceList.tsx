import { Badge, Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatSize, readingNotes, type SourceItem } from "../state/sources";

export type RunStatus = "queued" | "running" | "done" | "failed" | "cancelled";

export interface DocumentRun {
  status: RunStatus;
  /** 0…1 */
  fraction: number;
  /** Commitments found, once done. */
  found?: number;
}

export interface SourceListProps {
  sources: readonly SourceItem[];
  runs: Readonly<Record<string, DocumentRun>>;
  onRemove(id: string): void;
  disabled?: boolean;
}

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  progress: { gridColumn: "1 / span 2" },
});

const STATUS_TEXT: Record<RunStatus, string> = { queued: "waiting", running: "extracting", done: "done", failed: "failed", cancelled: "cancelled" };

function runText(run: DocumentRun): string {
  if (run.status === "done") return `done: ${run.found ?? 0} commitments`;
  if (run.status === "running") return `extracting: ${Math.round(run.fraction * 100)}%`;
  return STATUS_TEXT[run.status];
}

/** The documents the pane holds, with a progress bar each while extraction runs. */
export const SourceList: React.FC<SourceListProps> = ({ sources, runs, onRemove, disabled }) => {
  const styles = useStyles();
  if (sources.length === 0) return <Text>No documents yet: add one below.</Text>;
  return (
    <ul className={styles.list} aria-label="Documents">
      {sources.map((s) => {
        const run = runs[s.id];
        return (
          <li key={s.id} className={styles.item}>
            <div>
              <div className={styles.title}>{s.title}</div>
              <div className={styles.meta}>
                {[s.id, s.date ?? "no date", formatSize(s.bytes)].join(" · ")}{" "}
                <Badge appearance="tint" size="small">
                  {s.origin}
                </Badge>
              </div>
              {readingNotes(s).map((note) => (
                <div key={note} className={styles.note}>
                  {note}
                </div>
              ))}
            </div>
            <Button size="small" appearance="subtle" aria-label={`Remove ${s.title}`} onClick={() => onRemove(s.id)} disabled={disabled}>
              Remove
            </Button>
            {run && (
              <div className={styles.progress}>
                <ProgressBar
                  value={run.status === "queued" ? 0 : run.status === "running" ? run.fraction : 1}
                  color={run.status === "failed" ? "error" : run.status === "cancelled" ? "warning" : run.status === "done" ? "success" : "brand"}
                  aria-label={`Extraction of ${s.id}`}
                  aria-valuetext={runText(run)}
                />
                <Text size={200}>{runText(run)}</Text>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
};
