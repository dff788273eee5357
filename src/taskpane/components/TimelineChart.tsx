import { VerticalStackedBarChart } from "@fluentui/react-charts";
import * as React from "react";
import type { TimelineYear } from "../../core";
import { timelineChartData } from "../state/matrix";

export interface TimelineChartProps {
  years: readonly TimelineYear[];
  /** The chart's name (its figure carries it too). */
  title: string;
  width?: number;
}

/**
 * The timeline as a stacked column chart (@fluentui/react-charts). Loaded on its own (React.lazy
 * in MatrixPanel): the chart library and d3 are fetched when the Matrix tab first draws it.
 */
const TimelineChart: React.FC<TimelineChartProps> = ({ years, title, width }) => (
  <VerticalStackedBarChart
    data={timelineChartData(years)}
    chartTitle={title}
    height={220}
    {...(width !== undefined ? { width } : {})}
    yAxisTitle="Acts"
    xAxisTitle="Year"
    barWidth="auto"
    hideLabels
    yAxisTickCount={4}
    yMinValue={0}
  />
);

export default TimelineChart;
