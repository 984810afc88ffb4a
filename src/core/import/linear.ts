import { readCellText } from "../model/cellText";
import type { TableId } from "../editions";
import { matchRowLabel, tableAnchor } from "./labels";
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
  const tokens = line.trim().split(/\s+/);
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

/** Reads one table region; returns the grid and how many lines it used (the rest is text after the table). */
function readRegion(lines: readonly string[]): { grid: TableGrid; used: number } {
  const rows: string[][] = [];
  let pending: string[] = [];
  let used = 0;
  let rowsUsed = 0;
  let previousWasRow = false;
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
    if (text === "" && previousWasRow) {
      // Numbers wrapped onto the next line (表四's fifteen).
      rows[rows.length - 1].push(...values);
      used = k + 1;
      rowsUsed = rows.length;
      continue;
    }
    let label = joined + text;
    if (!matchRowLabel(label, true)) {
      // The numbers sit on the first line of a label that goes on below.
      for (let n = 1; n <= 3 && k + n < lines.length; n++) {
        const next = lines.slice(k + 1, k + 1 + n).map((l) => l.trim());
        if (next.some((l) => l === "" || splitRow(l).values.length > 0)) break;
        if (matchRowLabel(label + next.join(""), true)) {
          label += next.join("");
          k += n;
          break;
        }
      }
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
    const { grid, used } = readRegion(lines.slice(i, end));
    if (used > 0) {
      out.push(grid);
      out.push(...lines.slice(i + used, end));
    } else out.push(...lines.slice(i, end));
    i = end;
  }
  return out;
}
