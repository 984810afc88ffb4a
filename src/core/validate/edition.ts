import { editionForYear, editions, editionIds, normalizeLabel } from "../editions";
import type { EditionId } from "../editions";
import type { CheckContext } from "./context";

const describeEdition = (id: EditionId) => `${editions[id].name}（${editions[id].documentNumber}）`;

/** The edition must match the report year (and the edition a supervising office asked for). */
export function checkEdition(ctx: CheckContext, expected?: EditionId): void {
  const { reportYear, edition } = ctx.report.meta;
  const required = editionForYear(reportYear);
  if (required && required !== edition) {
    ctx.add("edition.yearMismatch", { year: reportYear, expected: describeEdition(required), actual: describeEdition(edition) }, {}, required, edition);
  }
  if (expected && expected !== edition) {
    ctx.add("edition.unexpected", { expected: describeEdition(expected), actual: describeEdition(edition) }, {}, expected, edition);
  }
}

/**
 * Labels as found in the source (importers and the workbook reader record them) against the edition's verbatim
 * labels: another edition's label (「规范性文件」 in a 2021 table) or a variant wording.
 */
export function checkLabels(ctx: CheckContext): void {
  const found = ctx.report.sourceLabels;
  if (!found) return;
  const edition = ctx.index.edition;
  for (const [key, text] of Object.entries(found)) {
    const expected = labelOf(edition.id, key);
    if (!expected || normalizeLabel(text) === normalizeLabel(expected.label)) continue;
    const other = editionIds.find((id) => id !== edition.id && normalizeLabel(labelOf(id, key)?.label ?? "") === normalizeLabel(text));
    const values = { table: expected.table, found: text, label: expected.label, edition: edition.name, otherEdition: other ? editions[other].name : undefined };
    ctx.add(other ? "label.otherEdition" : "label.variant", values, { table: expected.table, row: expected.label }, expected.label, text);
  }
}

/** The verbatim label of a row key (`t3.newReceived`) or a column key qualified by its block (`t2.item1/issued`). */
function labelOf(edition: EditionId, key: string): { label: string; table: string } | undefined {
  for (const table of editions[edition].tables) {
    for (const block of table.blocks) {
      const row = block.rows.find((r) => r.key === key);
      if (row) return { label: row.label, table: table.name };
      const column = block.columns.find((c) => `${block.key}/${c.key}` === key);
      if (column) return { label: column.label, table: table.name };
    }
  }
  return undefined;
}
