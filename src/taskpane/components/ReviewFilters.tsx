import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Action, Polarity } from "../../core";
import { REVIEW_CHOICES } from "../../workbook/layout";
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

/** One filter over the values present: "all" (null) or one of them. */
const FacetSelect: React.FC<{ label: string; all: string; value: string | null; options: readonly string[]; onChange(value: string | null): void }> = ({
  label,
  all,
  value,
  options,
  onChange,
}) => (
  <Field label={label}>
    <Select value={value ?? ALL} onChange={(_, d) => onChange(d.value === ALL ? null : d.value)}>
      <option value={ALL}>{all}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </Select>
  </Field>
);

/** The review list's filters (actor, action, review status, polarity, confidence, words) and grouping. */
export const ReviewFilters: React.FC<ReviewFiltersProps> = ({ filter, groupBy, facets, onFilter, onGroupBy }) => {
  const styles = useStyles();
  const choose = (key: "actor" | "action" | "review" | "polarity") => (value: string | null) => onFilter({ ...filter, [key]: value });
  return (
    <div role="group" className={styles.grid} aria-label="Filter and group the commitments">
      <Field label="Search">
        <Input type="search" value={filter.text} onChange={(_, d) => onFilter({ ...filter, text: d.value })} placeholder="actor, instrument or words" />
      </Field>
      <FacetSelect label="Actor" all="All actors" value={filter.actor} options={facets.actors} onChange={choose("actor")} />
      <FacetSelect label="Action" all="All actions" value={filter.action} options={facets.actions} onChange={choose("action")} />
      <FacetSelect label="Review status" all="Any status" value={filter.review} options={REVIEW_CHOICES} onChange={choose("review")} />
      <FacetSelect label="Polarity" all="Any polarity" value={filter.polarity} options={facets.polarities} onChange={choose("polarity")} />
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
        <Button appearance="subtle" onClick={() => onFilter(NO_FILTER)}>
          Clear filters
        </Button>
      )}
    </div>
  );
};
