import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { TimelineYear } from "../../core";
import { describeTimeline } from "../state/matrix";
import { TimelineTable } from "./TimelineTable";

// The chart library (and d3) is its own chunk, fetched the first time a timeline is drawn.
const TimelineChart = React.lazy(() => import(/* webpackChunkName: "timeline-chart" */ "./TimelineChart"));

export interface TimelinePanelProps {
  years: readonly TimelineYear[];
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  figure: { margin: 0, minWidth: 0, maxWidth: "100%", overflow: "hidden" },
  hint: { color: tokens.colorNeutralForeground2 },
  summary: { cursor: "pointer" },
});

/** If the chart's chunk cannot load (offline, say), the table still gives the numbers. */
class ChartBoundary extends React.Component<React.PropsWithChildren, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): React.ReactNode {
    return this.state.failed ? <Text size={200}>The chart could not be drawn; the table below has its numbers.</Text> : this.props.children;
  }
}

/**
 * Affirmed acts per year by level over the grid's actors and instruments: a stacked column chart
 * named by its figure, and the same numbers as a table (in a disclosure, for screen readers and
 * anyone who wants the figures).
 */
export const TimelinePanel: React.FC<TimelinePanelProps> = ({ years }) => {
  const styles = useStyles();
  const summary = describeTimeline(years);
  const captionId = React.useId();
  return (
    <section className={styles.root} aria-labelledby={`${captionId}-heading`}>
      <h3 className={styles.heading} id={`${captionId}-heading`}>
        Timeline
      </h3>
      <Text size={200} data-testid="timeline-summary">
        {summary}
      </Text>
      {years.length > 0 && (
        <>
          <figure className={styles.figure} aria-labelledby={captionId} data-testid="timeline-chart">
            <figcaption id={captionId} className={styles.hint}>
              <Text size={200}>Affirmed acts per year by level (Bound, Signed, Political)</Text>
            </figcaption>
            <ChartBoundary>
              <React.Suspense fallback={<Spinner size="tiny" label="Drawing the chart…" />}>
                <TimelineChart years={years} title="Affirmed acts per year by level" />
              </React.Suspense>
            </ChartBoundary>
          </figure>
          <details>
            <summary className={styles.summary}>The timeline as a table</summary>
            <TimelineTable years={years} caption="Affirmed acts per year by level" />
          </details>
        </>
      )}
    </section>
  );
};
