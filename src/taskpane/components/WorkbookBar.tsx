import { Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ReviewCounts } from "../state/review";

export interface WriteState {
  done: number;
  total: number;
}

export interface WorkbookBarProps {
  inExcel: boolean;
  counts: ReviewCounts;
  busy: boolean;
  progress: WriteState | null;
  onWrite(): void;
  onDownload(): void;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Write to the open workbook (inside Excel) or download an .xlsx (anywhere), with progress. */
export const WorkbookBar: React.FC<WorkbookBarProps> = ({ inExcel, counts, busy, progress, onWrite, onDownload }) => {
  const styles = useStyles();
  const nothing = counts.total === 0;
  return (
    <div className={styles.bar} role="region" aria-label="Workbook">
      <div className={styles.buttons}>
        {inExcel && (
          <Button appearance="primary" disabled={nothing || busy} onClick={onWrite}>
            Write to workbook
          </Button>
        )}
        <Button appearance={inExcel ? "secondary" : "primary"} disabled={nothing || busy} onClick={onDownload}>
          Download .xlsx
        </Button>
      </div>
      <Text size={200}>
        {nothing
          ? "Extract documents first; their commitments are written with your review decisions."
          : `${counts.total} rows: ${counts.accepted} accepted, ${counts.rejected} rejected (kept as Rejected so a re-run does not bring them back), ${counts.pending} pending.`}
      </Text>
      {progress && (
        <ProgressBar
          value={progress.total === 0 ? undefined : progress.done / progress.total}
          aria-label="Writing the workbook"
          aria-valuetext={`${progress.done} of ${progress.total} rows`}
        />
      )}
    </div>
  );
};
