import { editionForYear, editionIds, editionIndex } from "../editions";
import type { BlockDef, EditionId, TableId } from "../editions";
import { readReportYear } from "../model/reportYear";
import { formatMessage } from "../rules";
import { blockMessages } from "./messages";
import { describeSize, fail, gridSize, ok, selectedPart } from "./grid";
import type { GridSize, BlockOutcome } from "./grid";

/** Newest edition first: where two editions share a shape (表四), the current one is meant. */
const NEWEST_FIRST: readonly EditionId[] = [...editionIds].reverse();

export function tableBlock(edition: EditionId, table: TableId): BlockDef {
  return editionIndex(edition).table(table).blocks[0];
}

function shapeOf(block: BlockDef): GridSize {
  return { rows: block.rows.length, columns: block.columns.length };
}

/**
 * The optional edition argument: 2019 or 2021, or any report year (2020 → 2019格式, 2024 → 2021格式) — the two
 * readings agree because each edition is named after its first year. Empty (omitted, or a blank cell, which Excel
 * passes as 0) means "detect from the shape".
 */
export function editionArgument(value: unknown): BlockOutcome<EditionId | undefined> {
  if (value === null || value === undefined || value === 0 || value === "") return ok(undefined);
  const year = readReportYear(typeof value === "string" ? value.replace(/格式/g, "") : value);
  const edition = year === undefined ? undefined : editionForYear(year);
  return edition ? ok(edition) : fail(blockMessages.editionArgument);
}

/**
 * 「2021格式25行×7列、2019格式23行×7列」 (or only the edition asked for); a bare 「1行×15列」 where every edition has
 * the same shape (表四).
 */
function describeShapes(candidates: readonly EditionId[], shape: (id: EditionId) => string): string {
  if (editionIds.every((id) => shape(id) === shape(editionIds[0]))) return shape(candidates[0]);
  return candidates.map((id) => `${editionIndex(id).edition.name}${shape(id)}`).join("、");
}

/**
 * The edition given, else the newest whose block `fits` the selection; when none does, the message `explain` writes
 * for the candidates and the size selected.
 */
function editionBySize(
  editionArg: unknown,
  grid: unknown,
  fits: (id: EditionId, size: GridSize) => boolean,
  explain: (candidates: readonly EditionId[], size: GridSize | undefined) => string,
): BlockOutcome<EditionId> {
  const given = editionArgument(editionArg);
  if (!given.ok) return given;
  const candidates = given.value ? [given.value] : NEWEST_FIRST;
  const size = gridSize(grid);
  const match = size && candidates.find((id) => fits(id, size));
  return match ? ok(match) : fail(explain(candidates, size));
}

/** Which edition a table's whole numeric block belongs to: the edition given, else the one whose shape it has. */
export function blockEdition(table: TableId, grid: unknown, editionArg?: unknown): BlockOutcome<EditionId> {
  return editionBySize(
    editionArg,
    grid,
    (id, size) => {
      const shape = shapeOf(tableBlock(id, table));
      return shape.rows === size.rows && shape.columns === size.columns;
    },
    (candidates, size) =>
      formatMessage(blockMessages.selectTable, {
        table: editionIndex(candidates[0]).table(table).name,
        shapes: describeShapes(candidates, (id) => describeSize(shapeOf(tableBlock(id, table)))),
        selected: selectedPart(size),
      }),
  );
}

/** Which edition whole 表三 columns (1 to 7 of them, every row) belong to: by their number of rows. */
export function columnsEdition(grid: unknown, editionArg?: unknown): BlockOutcome<EditionId> {
  return editionBySize(
    editionArg,
    grid,
    (id, size) => {
      const shape = shapeOf(tableBlock(id, "t3"));
      return shape.rows === size.rows && size.columns <= shape.columns;
    },
    (candidates, size) => {
      const block = tableBlock(candidates[0], "t3");
      return formatMessage(blockMessages.selectColumns, {
        shapes: describeShapes(candidates, (id) => `${tableBlock(id, "t3").rows.length}行`),
        first: block.rows[0].label,
        last: block.rows[block.rows.length - 1].label,
        selected: selectedPart(size),
      });
    },
  );
}
