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
    const expected = labelsOf(edition.id).get(key);
    if (!expected) continue;
    const normalized = normalizeLabel(text);
    if (normalized === expected.normalized) continue;
    const other = editionIds.find((id) => id !== edition.id && (labelsOf(id).get(key)?.normalized ?? "") === normalized);
    const values = { table: expected.table, found: text, label: expected.label, edition: edition.name, otherEdition: other ? editions[other].name : undefined };
    ctx.add(other ? "label.otherEdition" : "label.variant", values, { table: expected.table, row: expected.label }, expected.label, text);
  }
}

interface LabelHome {
  label: string;
  normalized: string;
  table: string;
}

const labelHomes = new Map<EditionId, ReadonlyMap<string, LabelHome>>();

/**
 * The verbatim label of every row key (`t3.newReceived`) and column key qualified by its block (`t2.item1/issued`)
 * of an edition, the first in table order where a key repeats; built once per edition.
 */
function labelsOf(edition: EditionId): ReadonlyMap<string, LabelHome> {
  let homes = labelHomes.get(edition);
  if (!homes) {
    const map = new Map<string, LabelHome>();
    const add = (key: string, label: string, table: string) => {
      if (!map.has(key)) map.set(key, { label, normalized: normalizeLabel(label), table });
    };
    for (const table of editions[edition].tables) {
      for (const block of table.blocks) {
        for (const row of block.rows) add(row.key, row.label, table.name);
        for (const column of block.columns) add(`${block.key}/${column.key}`, column.label, table.name);
      }
    }
    labelHomes.set(edition, (homes = map));
  }
  return homes;
}
