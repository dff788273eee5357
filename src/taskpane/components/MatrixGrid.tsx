import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { instrumentLabel, type MatrixCell, type StatusLevel, type StatusMatrix } from "../../core";

export interface MatrixGridProps {
  matrix: StatusMatrix;
  /** Opens a commitment on the Source tab. */
  onShowSource(id: string): void;
  /** The grid's accessible name. */
  label: string;
  /** The id of the text that says how to use it. */
  describedBy?: string;
}

interface Position {
  row: number;
  col: number;
}

const useStyles = makeStyles({
  // The grid scrolls inside its own region, both ways, so the pane never scrolls sideways.
  region: {
    maxWidth: "100%",
    minWidth: 0,
    maxHeight: "60vh",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "left",
    verticalAlign: "bottom",
    fontWeight: tokens.fontWeightSemibold,
    minWidth: "72px",
    maxWidth: "110px",
    overflowWrap: "anywhere",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  actor: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    minWidth: "72px",
    maxWidth: "96px",
    overflowWrap: "anywhere",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  corner: { left: 0, zIndex: 2 },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: "72px",
    maxWidth: "110px",
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  empty: { cursor: "default", color: tokens.colorNeutralForeground2 },
  // Colour only doubles the level's text (and the side bar its shade): never the only signal.
  Bound: { backgroundColor: tokens.colorPaletteGreenBackground1, borderLeftColor: tokens.colorPaletteGreenBorderActive },
  Signed: { backgroundColor: tokens.colorPaletteBlueBackground2, borderLeftColor: tokens.colorPaletteBlueBorderActive },
  "Politically committed": { backgroundColor: tokens.colorPaletteYellowBackground1, borderLeftColor: tokens.colorPaletteYellowBorderActive },
  Advocated: { backgroundColor: tokens.colorPaletteLavenderBackground2, borderLeftColor: tokens.colorPaletteLavenderBorderActive },
  "No record": {},
  conflicting: { fontStyle: "italic", outline: `${tokens.strokeWidthThin} dashed ${tokens.colorPaletteRedBorder2}`, outlineOffset: "-3px" },
});

/** A cell's name for screen readers: who, under what, and the level (with its notes). */
export function cellName(actor: string, instrument: string, cell: MatrixCell): string {
  const evidence = cell.evidenceIds.length === 0 ? "no evidence" : cell.evidenceIds.length === 1 ? "1 record" : `${cell.evidenceIds.length} records`;
  return `${actor}, ${instrument}: ${cell.text}; ${evidence}`;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));

/**
 * The status matrix as an ARIA grid: actors down (row headers), instruments across (column
 * headers), each cell its level as text. One cell is in the tab order (roving tabindex); the
 * arrow keys move between cells, Home/End to the row's ends, Ctrl+Home/End to the grid's corners,
 * Page Up/Down five rows; Enter, Space or a click opens the cell's latest counted record.
 */
export const MatrixGrid: React.FC<MatrixGridProps> = ({ matrix, onShowSource, label, describedBy }) => {
  const styles = useStyles();
  const table = React.useRef<HTMLTableElement>(null);
  const [active, setActive] = React.useState<Position>({ row: 0, col: 0 });
  const moved = React.useRef(false);
  const lastRow = matrix.actors.length - 1;
  const lastCol = matrix.instruments.length - 1;
  // After filtering, the active cell stays within the grid.
  const at = { row: clamp(active.row, lastRow), col: clamp(active.col, lastCol) };

  React.useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    table.current?.querySelector<HTMLElement>(`[data-cell="${at.row}:${at.col}"]`)?.focus();
  }, [at.row, at.col]);

  const open = (cell: MatrixCell | undefined) => {
    const first = cell?.evidenceIds[0];
    if (first !== undefined) onShowSource(first);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const ctrl = e.ctrlKey || e.metaKey;
    const next: Record<string, Position> = {
      ArrowUp: { row: at.row - 1, col: at.col },
      ArrowDown: { row: at.row + 1, col: at.col },
      ArrowLeft: { row: at.row, col: at.col - 1 },
      ArrowRight: { row: at.row, col: at.col + 1 },
      PageUp: { row: at.row - 5, col: at.col },
      PageDown: { row: at.row + 5, col: at.col },
      Home: ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 },
      End: ctrl ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol },
    };
    const to = next[e.key];
    if (to) {
      e.preventDefault();
      moved.current = true;
      setActive({ row: clamp(to.row, lastRow), col: clamp(to.col, lastCol) });
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      open(matrix.cells[at.row]?.[at.col]);
    }
  };

  const labels = matrix.instruments.map(instrumentLabel);
  return (
    <div className={styles.region}>
      <table className={styles.table} role="grid" aria-label={label} aria-describedby={describedBy} ref={table} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.header, styles.corner)} scope="col">
              Actor
            </th>
            {matrix.instruments.map((ref, j) => (
              <th key={ref.key} className={styles.header} scope="col" title={ref.name}>
                {labels[j]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.actors.map((actor, i) => (
            <tr key={actor}>
              <th className={styles.actor} scope="row">
                {actor}
              </th>
              {(matrix.cells[i] ?? []).map((cell, j) => (
                <td
                  key={matrix.instruments[j]?.key}
                  role="gridcell"
                  data-cell={`${i}:${j}`}
                  data-level={cell.level as StatusLevel}
                  tabIndex={i === at.row && j === at.col ? 0 : -1}
                  aria-label={cellName(actor, labels[j] as string, cell)}
                  className={mergeClasses(
                    styles.cell,
                    styles[cell.level],
                    cell.conflicting && styles.conflicting,
                    cell.evidenceIds.length === 0 && styles.empty,
                  )}
                  onClick={() => {
                    setActive({ row: i, col: j });
                    open(cell);
                  }}
                >
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
