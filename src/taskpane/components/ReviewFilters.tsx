import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Action, Polarity } from "../../core";
import { REVIEW_CHOICES, type ReviewChoice } from "../../workbook/layout";
import { NO_FILTER, isFiltered, type ConfidenceFilter, type GroupBy, type ReviewFilter } from "../state/review";

export interface ReviewFiltersProps {
  filter: ReviewFilter;
  groupBy: GroupBy;
  facets: { actors: string[]; actions: Action[]; polarities: Polarity[] };
  onFilter(filter: ReviewFilter): void;
  onGroupBy(by: GroupBy): void;
}

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
    // Grid items may shrink below their content: a long actor name must not widen its column.
    "& > *": { minWidth: 0 },
    "& .fui-Select, & select": { minWidth: 0, maxWidth: "100%", width: "100%" },
  },
});

const ALL = "";

/** The review list's filters (actor, action, review status, polarity, confidence, words) and grouping. */
export const ReviewFilters: React.FC<ReviewFiltersProps> = ({ filter, groupBy, facets, onFilter, onGroupBy }) => {
  const styles = useStyles();
  const choose = <K extends keyof ReviewFilter>(key: K) => (_: unknown, data: { value: string }) =>
    onFilter({ ...filter, [key]: data.value === ALL ? null : data.value });
  return (
    <div role="group" className={styles.grid} aria-label="Filter and group the commitments">
      <Field label="Search">
        <Input type="search" value={filter.text} onChange={(_, d) => onFilter({ ...filter, text: d.value })} placeholder="actor, instrument or words" />
      </Field>
      <Field label="Actor">
        <Select value={filter.actor ?? ALL} onChange={choose("actor")}>
          <option value={ALL}>All actors</option>
          {facets.actors.map((a) => (
            <option key={a} value={a}>{a}</option>
          ))}
        </Select>
      </Field>
      <Field label="Action">
        <Select value={filter.action ?? ALL} onChange={choose("action")}>
          <option value={ALL}>All actions</option>
          {facets.actions.map((a) => (
            <option key={a} value={a}>{a}</option>
          ))}
        </Select>
      </Field>
      <Field label="Review status">
        <Select value={filter.review ?? ALL} onChange={choose("review")}>
          <option value={ALL}>Any status</option>
          {REVIEW_CHOICES.map((r: ReviewChoice) => (
            <option key={r} value={r}>{r}</option>
          ))}
        </Select>
      </Field>
      <Field label="Polarity">
        <Select value={filter.polarity ?? ALL} onChange={choose("polarity")}>
          <option value={ALL}>Any polarity</option>
          {facets.polarities.map((p) => (
            <option key={p} value={p}>{p}</option>
          ))}
        </Select>
      </Field>
      <Field label="Confidence">
        <Select value={filter.confidence} onChange={(_, d) => onFilter({ ...filter, confidence: d.value as ConfidenceFilter })}>
          <option value="all">Any confidence</option>
          <option value="high">0.80 and above</option>
          <option value="low">Below 0.80</option>
        </Select>
      </Field>
      <Field label="Group by">
        <Select value={groupBy} onChange={(_, d) => onGroupBy(d.value as GroupBy)}>
          <option value="actor">Actor</option>
          <option value="instrument">Instrument</option>
          <option value="document">Document</option>
        </Select>
      </Field>
      {isFiltered(filter) && (
        <Button appearance="subtle" onClick={() => onFilter(NO_FILTER)}>Clear filters</Button>
      )}
    </div>
  );
};
