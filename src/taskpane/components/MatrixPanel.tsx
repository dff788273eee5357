import { Button, Dropdown, Field, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { instrumentLabel, type TimelineYear } from "../../core";
import { describeMatrix, NO_FILTERS, type MatrixFilters, type PaneMatrix } from "../state/matrix";
import { MatrixGrid } from "./MatrixGrid";
import { TimelinePanel } from "./TimelinePanel";
import { ChecklistField } from "./ChecklistField";

export interface MatrixPanelProps {
  /** The grid as filtered, with what the filters offer. */
  matrix: PaneMatrix;
  filters: MatrixFilters;
  onFilters(filters: MatrixFilters): void;
  /** The chosen built-in checklist's name, or null (shared with the Gaps tab and the download). */
  checklist: string | null;
  onChecklist(name: string | null): void;
  /** Affirmed acts per year by level over the grid's actors and instruments. */
  timeline: readonly TimelineYear[];
  /** Whether any document has been extracted. */
  extracted: boolean;
  onShowSource(id: string): void;
  onGoToSources(): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // One field a row: names are long and the pane is narrow.
  controls: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    "& > *": { minWidth: 0 },
    "& .fui-Select, & select, & .fui-Dropdown": { minWidth: 0, maxWidth: "100%", width: "100%" },
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** "Kazakhstan, Chile" or "All actors" for a multiselect's button. */
const shownValue = (picked: readonly string[], all: string) => (picked.length === 0 ? all : picked.join(", "));

/**
 * The status matrix of the reviewed extraction (the grid CT.MATRIX and the Matrix sheet give):
 * filters by checklist, actor and instrument, the grid (each cell opens its evidence on the
 * Source tab), and the timeline of the acts it shows.
 */
export const MatrixPanel: React.FC<MatrixPanelProps> = ({
  matrix,
  filters,
  onFilters,
  checklist,
  onChecklist,
  timeline,
  extracted,
  onShowSource,
  onGoToSources,
}) => {
  const styles = useStyles();
  const { matrix: grid } = matrix;
  const filtered = filters.actors.length > 0 || filters.instruments.length > 0;
  const empty = grid.actors.length === 0 || grid.instruments.length === 0;

  return (
    <div className={styles.root}>
      <div role="group" className={styles.controls} aria-label="Matrix filters">
        <ChecklistField
          checklist={checklist}
          onChecklist={onChecklist}
          hint="Its instruments become the columns (without one: every instrument with a record). Shared with the Gaps tab and the download."
        />
        {extracted && (
          <>
            <Field label="Actors">
              <Dropdown
                multiselect
                value={shownValue(filters.actors, `All actors (${matrix.actors.length})`)}
                selectedOptions={[...filters.actors]}
                onOptionSelect={(_, d) => onFilters({ ...filters, actors: d.selectedOptions })}
              >
                {matrix.actors.map((a) => (
                  <Option key={a} value={a}>
                    {a}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label="Instruments">
              <Dropdown
                multiselect
                value={shownValue(filters.instruments, `All instruments (${matrix.instruments.length})`)}
                selectedOptions={[...filters.instruments]}
                onOptionSelect={(_, d) => onFilters({ ...filters, instruments: d.selectedOptions })}
              >
                {matrix.instruments.map((ref) => {
                  const label = instrumentLabel(ref);
                  return (
                    <Option key={ref.key} value={label} text={label === ref.name ? label : `${label}: ${ref.name}`}>
                      {label === ref.name ? label : `${label}: ${ref.name}`}
                    </Option>
                  );
                })}
              </Dropdown>
            </Field>
            {filtered && (
              <div className={styles.row}>
                <Button onClick={() => onFilters(NO_FILTERS)}>Show all actors and instruments</Button>
              </div>
            )}
          </>
        )}
      </div>
      {!extracted ? (
        <div className={styles.row}>
          <Text>No documents extracted yet: extract documents on the Sources tab, then their status matrix shows here.</Text>
          <Button appearance="secondary" onClick={onGoToSources}>
            Go to Sources
          </Button>
        </div>
      ) : (
        <>
          <Text role="status" aria-live="polite" data-testid="matrix-counts">
            {empty ? "Nothing to show: no actor or no instrument is left after the filters." : describeMatrix(grid)}
          </Text>
          {!empty && (
            <>
              <Text size={200} className={styles.hint} id="matrix-keys">
                Arrow keys move between cells, Home and End to a row&apos;s ends. Enter, Space or a click opens a cell&apos;s latest record on the Source tab.
              </Text>
              <MatrixGrid matrix={grid} onShowSource={onShowSource} label="Status matrix: actors by instruments" describedBy="matrix-keys" />
            </>
          )}
          <TimelinePanel years={timeline} />
        </>
      )}
    </div>
  );
};
