import type { Element } from "domhandler";
import { chineseNumeral } from "../text";

/**
 * Word's automatic numbering (word/numbering.xml): reports often let Word number 「一、总体情况」 or 「（一）…」.
 * Without the numbers the text has no section headings, so they are written out as Word shows them.
 * Covers the formats these reports use; style-linked numbering is not followed.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

type Numbering = Map<string, Map<number, Level>>;

function tags(node: Element, name: string): Element[] {
  return node.children.filter((c): c is Element => c.type === "tag" && c.name === name);
}

function all(node: Element, name: string, out: Element[] = []): Element[] {
  for (const c of node.children ?? []) {
    if (c.type !== "tag") continue;
    if (c.name === name) out.push(c);
    all(c, name, out);
  }
  return out;
}

const v = (node: Element | undefined) => node?.attribs["w:val"];

/** numId → level → {start, format, text}. */
export function readNumbering(root: Element): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of all(root, "w:abstractNum")) {
    const levels = new Map<number, Level>();
    for (const lvl of tags(a, "w:lvl")) {
      levels.set(Number(lvl.attribs["w:ilvl"] ?? 0), {
        start: Number(v(tags(lvl, "w:start")[0]) ?? 1),
        format: v(tags(lvl, "w:numFmt")[0]) ?? "decimal",
        text: v(tags(lvl, "w:lvlText")[0]) ?? "",
      });
    }
    abstract.set(a.attribs["w:abstractNumId"] ?? "", levels);
  }
  const numbering: Numbering = new Map();
  for (const num of all(root, "w:num")) {
    const levels = abstract.get(v(tags(num, "w:abstractNumId")[0]) ?? "");
    if (levels) numbering.set(num.attribs["w:numId"] ?? "", levels);
  }
  return numbering;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "ideographDigital":
    case "japaneseCounting":
      return n >= 1 && n < 100 ? chineseNumeral(n) : String(n);
    case "ideographTraditional":
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return CIRCLED[n - 1] ?? String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "bullet":
    case "none":
      return "";
    default:
      return String(n);
  }
}

/** Counts numbered paragraphs in document order and prints each one's number (「一、」「（二）」「3.」). */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly numbering: Numbering) {}

  next(numId: string | undefined, level: number): string {
    const levels = numId ? this.numbering.get(numId) : undefined;
    const def = levels?.get(level);
    if (!levels || !def || def.format === "bullet") return "";
    const counts = this.counters.get(numId!) ?? [];
    counts[level] = counts[level] === undefined ? def.start : counts[level] + 1;
    counts.length = level + 1; // deeper levels restart
    this.counters.set(numId!, counts);
    return def.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lvl = levels.get(l);
      return lvl ? formatNumber(counts[l] ?? lvl.start, lvl.format) : "";
    });
  }
}
