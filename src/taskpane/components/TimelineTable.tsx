import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { TIMELINE_LEVELS, type TimelineYear } from "../../core";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    textAlign: "right",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  year: { textAlign: "left" },
});

/** The timeline's numbers: the chart's alternative as a table, a row per year, a column per level. */
export const TimelineTable: React.FC<{ years: readonly TimelineYear[]; caption: string }> = ({ years, caption }) => {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${styles.cell} ${styles.year}`}>
            Year
          </th>
          {TIMELINE_LEVELS.map((s) => (
            <th key={s.header} scope="col" className={styles.cell}>
              {s.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {years.map(({ year, counts }) => (
          <tr key={year}>
            <th scope="row" className={`${styles.cell} ${styles.year}`}>
              {year}
            </th>
            {TIMELINE_LEVELS.map((s, j) => (
              <td key={s.header} className={styles.cell}>
                {counts[j] ?? 0}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
