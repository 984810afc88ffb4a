import { readCellText, UNITS } from "../model/cellText";
import type { TableId } from "../editions";
import { columnCountsOf, matchKey, matchNextRowScattered, matchRowLabel, T4_VALUES, tableAnchor } from "./labels";
import type { RowLabelEntry } from "./labels";
import type { TableGrid } from "./types";

/**
 * Tables in running text (a PDF's text): a table starts at its header (「第二十条第（一）项」, the 表三 corner note,
 * 「行政复议 行政诉讼」) or at a row label followed by numbers, and ends at the next section heading. Inside, a line
 * ending in numbers is a row; the lines before it without numbers are its label's beginning (labels and group
 * labels broken over lines, header cells split — see the 淮安 fixture). A row is [label text, …values]; lines
 * without numbers are kept as one-cell rows so the recogniser sees the headers.
 */

const MAX_PENDING = 400;

/** Splits 「1.属于国家秘密 2 0 0 0 0 0 2」 into its label and its values (numbers, 「/」, 「-」…). */
export function splitRow(line: string, pending = ""): { text: string; values: string[] } {
  const tokens: string[] = [];
  for (const token of line.trim().split(/\s+/)) {
    // 「366.47203 万元」: the PDF set the unit apart from its number; in the cell they were one text.
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined && UNITS.includes(token) && readCellText(previous).state === "number") tokens[tokens.length - 1] = previous + token;
    else tokens.push(token);
  }
  let start = tokens.length;
  while (start > 0 && readCellText(tokens[start - 1]).state !== "text") start--;
  const values = tokens.slice(start);
  const text = tokens.slice(0, start).join(" ");
  if (values.some((v) => readCellText(v).state === "number")) return { text, values };
  // Only placeholders (「/」「无」) after the text: values only if the text is a row label.
  if (values.length > 0 && matchRowLabel(pending + text, true)) return { text, values };
  // A number glued to its label (「行政许可447228」).
  const glued = /^(.*[^\d\s+\-.,，])([+-]?\d[\d,]*(?:\.\d+)?)$/.exec(line.trim());
  if (glued && matchRowLabel(pending + glued[1], true)) return { text: glued[1], values: [glued[2]] };
  return { text: line.trim(), values: [] };
}

function regionStart(line: string): TableId | undefined {
  const text = line.trim();
  if (!text) return undefined;
  const anchor = tableAnchor(text);
  if (anchor && text.length <= 60) return anchor;
  const row = splitRow(text);
  return row.values.length > 0 ? matchRowLabel(row.text)?.table : undefined;
}

/**
 * Of the candidate labels (0–3 lines taken from below), the one with the fewest lines — unless more lines complete
 * the same row's label (「（二）部分公开」 going on as 「（区分处理的，…）」). More lines must never reach the next row.
 */
function firstMatch(candidates: readonly string[], match: (text: string) => RowLabelEntry | undefined) {
  let best: { entry: RowLabelEntry; taken: number; exact: boolean } | undefined;
  candidates.forEach((c, taken) => {
    const entry = match(c);
    if (!entry) return;
    if (!best || (entry.rowKey === best.entry.rowKey && entry.key.length > best.entry.key.length)) {
      best = { entry, taken, exact: matchKey(c).endsWith(entry.key) };
    }
  });
  return best;
}

/** The most values a row can have: its block's width in either edition; 表四's unlabelled row has fifteen. */
function expectedValues(label: string, table: TableId): number {
  const entry = matchRowLabel(label, true);
  if (entry) return Math.max(...columnCountsOf(entry.rowKey));
  return table === "t4" ? T4_VALUES : 0;
}

/** Reads one table region; returns the grid and how many lines it used (the rest is text after the table). */
function readRegion(lines: readonly string[], table: TableId): { grid: TableGrid; used: number } {
  const rows: string[][] = [];
  let pending: string[] = [];
  let used = 0;
  let rowsUsed = 0;
  let previousWasRow = false;
  let lastRowKey: string | undefined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].trim();
    if (!line) continue;
    const joined = pending.join("").slice(-MAX_PENDING);
    const { text, values } = splitRow(line, joined);
    if (values.length === 0) {
      rows.push([line]);
      pending.push(line);
      previousWasRow = false;
      continue;
    }
    if (text === "" && previousWasRow && rows[rows.length - 1].length - 1 + values.length <= expectedValues(rows[rows.length - 1][0], table)) {
      // Numbers wrapped onto the next line (表四's fifteen) — not the numbers of the next row.
      rows[rows.length - 1].push(...values);
      used = k + 1;
      rowsUsed = rows.length;
      continue;
    }
    // The label may go on below the numbers (numbers on its first or middle line): try up to three more lines,
    // first for a label at the end, then for the expected next row's label with other cells' fragments inside.
    const below: string[] = [];
    for (let n = 1; n <= 3 && k + n < lines.length; n++) {
      const l = lines[k + n].trim();
      if (l === "" || splitRow(l).values.length > 0 || tableAnchor(l)) break;
      below.push(l);
    }
    const candidates = [0, 1, 2, 3].slice(0, below.length + 1).map((n) => joined + text + below.slice(0, n).join(""));
    const found =
      firstMatch(candidates, (c) => matchRowLabel(c, true)) ??
      firstMatch(candidates, (c) => matchNextRowScattered(c, table, lastRowKey));
    let label = joined + text;
    if (found) {
      // A label read through other cells' fragments is recorded as the edition words it.
      label = found.exact ? candidates[found.taken] : found.entry.text;
      lastRowKey = found.entry.rowKey;
      k += found.taken;
    }
    rows.push([label, ...values]);
    pending = [];
    previousWasRow = true;
    used = k + 1;
    rowsUsed = rows.length;
  }
  return { grid: { kind: "grid", rows: rows.slice(0, rowsUsed), linear: true, text: lines.slice(0, used).join("\n") }, used };
}

/** Running lines → prose lines and table grids, in order. `headings` are the section heading lines. */
export function linearTables(lines: readonly string[], headings: ReadonlySet<string>): (string | TableGrid)[] {
  const out: (string | TableGrid)[] = [];
  for (let i = 0; i < lines.length; ) {
    const table = headings.has(lines[i].trim()) ? undefined : regionStart(lines[i]);
    if (!table) {
      out.push(lines[i++]);
      continue;
    }
    let end = i + 1;
    while (end < lines.length) {
      const t = lines[end].trim();
      if (headings.has(t)) break;
      const next = tableAnchor(t);
      if (next && next !== table && t.length <= 60) break;
      end++;
    }
    const { grid, used } = readRegion(lines.slice(i, end), table);
    if (used > 0) {
      out.push(grid);
      out.push(...lines.slice(i + used, end));
    } else out.push(...lines.slice(i, end));
    i = end;
  }
  return out;
}
