import { columnNumber, parseRange } from "../core/template/address";
import type { Rect } from "../core/template/address";

/** A1 references as ET's Worksheet.Range takes them (the host and the in-memory model both parse them). */

export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

/** 「B3」, 「$A$1:$C$9」, whole columns 「A:C」, whole rows 「3:5」 → a rectangle; undefined when not a reference. */
export function parseA1(address: string): Rect | undefined {
  const a = address.replace(/\$/g, "").trim().toUpperCase();
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (columns) return { top: 1, bottom: MAX_ROW, left: Math.min(columnNumber(columns[1]), columnNumber(columns[2])), right: Math.max(columnNumber(columns[1]), columnNumber(columns[2])) };
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Math.min(Number(rows[1]), Number(rows[2])), bottom: Math.max(Number(rows[1]), Number(rows[2])), left: 1, right: MAX_COL };
  if (!/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(a)) return undefined;
  return parseRange(a);
}
