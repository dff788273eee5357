import { DataVizPalette, getColorFromToken, VerticalStackedBarChart } from "@fluentui/react-charts";
import * as React from "react";
import type { TimelineYear } from "../../core";
import { timelineChartData } from "../state/matrix";

export interface TimelineChartProps {
  years: readonly TimelineYear[];
  /** The chart's name (its figure carries it too). */
  title: string;
  width?: number;
}

/** Bound green, Signed blue, Political orange: as the grid's cells, from the chart package's own palette. */
const COLOURS = [DataVizPalette.success, DataVizPalette.info, DataVizPalette.warning].map((token) => getColorFromToken(token));

/**
 * The timeline as a stacked column chart (@fluentui/react-charts). Loaded on its own (React.lazy
 * in MatrixPanel): the chart library and d3 are fetched when the Matrix tab first draws it.
 */
const TimelineChart: React.FC<TimelineChartProps> = ({ years, title, width }) => (
  <VerticalStackedBarChart
    data={timelineChartData(years, COLOURS)}
    chartTitle={title}
    height={220}
    {...(width !== undefined ? { width } : {})}
    yAxisTitle="Acts"
    xAxisTitle="Year"
    hideLabels
    // A band per year, the bar most of it: at 300 px the chart's default padding leaves slivers.
    barWidth="auto"
    maxBarWidth={24}
    xAxisInnerPadding={0.2}
    xAxisOuterPadding={0.1}
    yAxisTickCount={4}
    yMinValue={0}
  />
);

export default TimelineChart;
