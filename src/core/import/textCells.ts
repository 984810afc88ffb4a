import { readCellText, UNITS } from "../model/cellText";
import { matchKey, matchRowLabel, T4_COLUMN_KEYS } from "./labels";

/**
 * A line of a table as text, whatever separates its cells: ` | ` and markdown pipes, tabs, runs of spaces — or
 * nothing at all, where a crawler glued a row's label and its digits together (「…申请数量640020470」). A line becomes
 * segments: some text (a label, or part of one, or header words) followed by the values after it.
 *
 * Pipes and tabs make an empty cell visible (「| |」, a line holding only a tab): it is a value "" — a blank. Spaces
 * and line breaks hide empty cells, so a row read from them with too few values cannot be placed (never guessed).
 */

export interface Segment {
  /** Text cells, joined by one space (a label's parts, header words). */
  text: string;
  /** Value cells after the text: numbers, placeholders (「/」「-」), "" for a visible empty cell. */
  values: string[];
  /** The values are one run of digits glued to the label: the cells' separators were lost. */
  glued: boolean;
  /** Empty cells are visible in this line (pipes or tabs). */
  explicit: boolean;
}

/** Vertical borders as OCR and converters draw them: full-width 「｜」, box drawing 「│┃」, a broken bar. */
const BARS = /[｜│┃║¦]/g;
const BAR = /[｜│┃║¦]/;
const RULE_START = /[-─━═=_]{3}/;
/** A line that only draws a horizontal border: 「+------+----+」「├──┼──┤」「┌───┐」, a long rule of dashes or 「=」. */
const RULE_LINE = /^\s*[+|├┤┌┐└┘┬┴┼╋┣┫┏┓┗┛╔╗╚╝╠╣╦╩╬]?(?:[-─━═=_:+|├┤┌┐└┘┬┴┼╋┣┫┏┓┗┛╔╗╚╝╠╣╦╩╬ ]*[-─━═=_]{3,}[-─━═=_:+|├┤┌┐└┘┬┴┼╋┣┫┏┓┗┛╔╗╚╝╠╣╦╩╬ ]*)\s*$/;

/** A line with its borders drawn as 「|」, or "" for a line that only draws a horizontal border. */
export function plainBorders(line: string): string {
  // Most lines hold neither: two quick scans before the full pattern.
  if (RULE_START.test(line) && RULE_LINE.test(line)) return "";
  return BAR.test(line) ? line.replace(BARS, "|") : line;
}

/** A line that only separates cells (「|」 alone, what some converters write between one-cell lines). */
export function isSeparatorLine(line: string): boolean {
  return /^\s*\|+\s*$/.test(line);
}

/** A markdown table's alignment row cell: 「---」「:---:」. */
const MARKDOWN_RULE = /^:?-{3,}:?$/;

type Cell = { kind: "text"; text: string } | { kind: "value"; text: string; glued?: boolean };

export function isValueText(text: string): boolean {
  return readCellText(text).state !== "text";
}

/** Whitespace-separated tokens of a piece without visible cell borders: values, and text between them. */
function plainCells(piece: string): Cell[] {
  const cells: Cell[] = [];
  for (const token of piece.trim().split(/\s+/)) {
    if (token === "") continue;
    const previous = cells[cells.length - 1];
    // 「366.47203 万元」: a PDF sets the unit apart from its number; in the cell they were one text.
    if (previous?.kind === "value" && UNITS.includes(token) && readCellText(previous.text).state === "number") {
      previous.text += token;
      continue;
    }
    if (gluedSlashes(token, cells)) continue;
    // More digits than any count has (ten or more: a billion): cells whose separators were lost (表四's fifteen).
    if (/^\d{10,}$/.test(token)) cells.push({ kind: "value", text: token, glued: true });
    else if (isValueText(token)) cells.push({ kind: "value", text: token });
    else cells.push(...gluedCells(token, cells));
  }
  return cells;
}

/**
 * Digits glued to a label: 「行政许可447228」, 「…申请数量640020470二、上年结转…」. A run of digits is a value only where
 * the text before it ends with a row label (or with 表四's last header word); a digit followed by 「.」「、」 and a
 * word is a row's number (「…1017692.没有现成信息」 → 「…101769」「2.没有现成信息」). Digits inside other words
 * (「2024年」「数据1」) stay text.
 */
/** The text cells at the end of a line's cells so far (a label split by spaces), at most a few hundred characters. */
function trailingText(cells: readonly Cell[]): string {
  let text = "";
  for (let i = cells.length - 1; i >= 0 && cells[i].kind === "text" && text.length < 200; i--) text = cells[i].text + text;
  return text;
}

function gluedCells(token: string, before: readonly Cell[]): Cell[] {
  if (!/\d/.test(token)) return [{ kind: "text", text: token }];
  const out: Cell[] = [];
  let text = "";
  // A run is digits with whatever number characters are glued to them (「188-3185」「134366.47203」): only a run of
  // plain digits can be split into cells later; anything else stays one value that no row can place.
  const run = /\d[\d+\-.,]*/g;
  let last = 0;
  for (let m = run.exec(token); m; m = run.exec(token)) {
    let digits = m[0].replace(/[+\-.,]+$/, "");
    let end = m.index + digits.length;
    const after = token.slice(end);
    // A row number after the values: keep its digit with the label that follows.
    if (/^[.、．][^\d]/.test(after)) {
      if (digits.length === 1 || !/^\d+$/.test(digits)) continue;
      digits = digits.slice(0, -1);
      end -= 1;
    }
    const lead = text + token.slice(last, m.index);
    if (!endsLikeALabel((out.length === 0 ? trailingText(before) : "") + lead) || /^[年月日号%％]/.test(after)) continue;
    if (lead) out.push({ kind: "text", text: lead });
    out.push({ kind: "value", text: digits, glued: true });
    text = "";
    last = end;
    run.lastIndex = end;
  }
  const rest = text + token.slice(last);
  if (rest) out.push({ kind: "text", text: rest });
  return out;
}

/** What a run of glued values may follow: a row label, or 表四's last header word. */
function endsLikeALabel(text: string): boolean {
  const key = matchKey(text);
  return matchRowLabel(key, true) !== undefined || T4_COLUMN_KEYS.some((k) => key.endsWith(k));
}

/**
 * 「/」 placeholders glued together or to their label (「规章///」, 「///////」 — a crawler's text of cells left 「/」):
 * one cell each. Pushes them (and the label before them) onto `cells`; false when the token is not such a run.
 */
function gluedSlashes(token: string, cells: Cell[]): boolean {
  const m = /^(.*?)([/／]+)$/.exec(token);
  if (!m) return false;
  const [, lead, slashes] = m;
  if (lead === "" ? slashes.length < 2 : !endsLikeALabel(trailingText(cells) + lead)) return false;
  if (lead) cells.push({ kind: "text", text: lead });
  for (const slash of slashes) cells.push({ kind: "value", text: slash });
  return true;
}

/** Pieces between visible borders (pipes or tabs); the borders at a line's ends are not cells. */
function borderedCells(line: string, border: "|" | "\t"): Cell[] {
  const pieces = line.split(border);
  if (border === "|") {
    if (pieces.length > 1 && pieces[0].trim() === "") pieces.shift();
    if (pieces.length > 1 && pieces[pieces.length - 1].trim() === "") pieces.pop();
  } else if (pieces[0] === "" || pieces[0].trim() === "") {
    // A tab-indented line: the indent is no cell («\t0», and «\t» alone is one empty cell).
    pieces.shift();
  }
  const cells: Cell[] = [];
  for (const piece of pieces) {
    const text = piece.trim();
    if (MARKDOWN_RULE.test(text)) continue;
    if (text === "") cells.push({ kind: "value", text: "" });
    else cells.push(...plainCells(text));
  }
  return cells;
}

/** Markdown's emphasis around a cell's text (「**规章**」) is not part of it. */
function stripEmphasis(line: string): string {
  return line.replace(/\*\*|__/g, "");
}

/** A line → its segments (text, then the values after it), in order. */
export function lineSegments(raw: string): Segment[] {
  const line = stripEmphasis(raw.replace(/\u3000/g, " "));
  const border = line.includes("|") ? "|" : line.includes("\t") ? "\t" : undefined;
  const cells = border ? borderedCells(line, border) : plainCells(line);
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (const cell of cells) {
    if (cell.kind === "text") {
      if (!current || current.values.length > 0) {
        current = { text: "", values: [], glued: false, explicit: border !== undefined };
        segments.push(current);
      }
      current.text = current.text ? `${current.text} ${cell.text}` : cell.text;
    } else {
      if (!current) {
        current = { text: "", values: [], glued: false, explicit: border !== undefined };
        segments.push(current);
      }
      current.values.push(cell.text);
      if (cell.glued) current.glued = true;
    }
  }
  return segments;
}
