import type { TableId } from "../editions";

export type Severity = "error" | "warning";

/** Every rule: a stable id, a severity, and the Chinese message template its findings use. */
export interface RuleDef {
  id: string;
  severity: Severity;
  /** Short Chinese name, shown in summaries and the 校验 sheet. */
  title: string;
  /** `{name}` placeholders are filled from the finding's values. */
  message: string;
  /** Where the rule comes from (report-format.md §6 numbering), for people maintaining the data. */
  basis: string;
}

/** A set of row keys (for per-column identities) or column keys (for per-row identities). */
export type KeySet = readonly string[] | { readonly under: string; readonly except?: readonly string[] };

/**
 * A linear identity Σ left = Σ right, stated once and applied along every column (`per: "column"`, the sets name
 * rows) or every row (`per: "row"`, the sets name columns) of a table's block.
 */
export interface IdentityRuleDef extends RuleDef {
  kind: "identity";
  table: TableId;
  per: "column" | "row";
  instances: readonly {
    /** Names the instance in messages when a rule has several (表四: 行政复议 / 未经复议直接起诉 / 复议后起诉). */
    name?: string;
    left: KeySet;
    right: KeySet;
    /** The cell a finding points at (row key for per-column rules, column key for per-row rules); default: first of left. */
    anchor?: string;
  }[];
  /**
   * When one side has blank cells and its filled cells already exceed the other side: `right` when the blanks are on
   * the right (the right's known sum {right} exceeds {left}), `left` when on the left. {blanks} counts them.
   */
  partialMessages: { left: string; right: string };
  /** How a blank the identity forces was computed, for the message: as its total (the one-cell side) or as a part. */
  inferredAs: { total: string; part: string };
}
