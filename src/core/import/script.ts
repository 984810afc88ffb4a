import * as OpenCC from "opencc-js/t2cn";

/**
 * Reports republished in Traditional characters (a wiki mirror of a 武汉 report: 「第二十條第（一）項」「規章」) are read
 * as the Simplified original: the labels, headings and the narrative vocabulary are Simplified. OpenCC's Taiwan →
 * mainland conversion with phrases does it — a mirror's 「規範性檔案」「資訊」 were 「规范性文件」「信息」; it runs only on a
 * text that is Traditional, since a few characters (「乾」「著」) are valid Simplified too and must stay as written.
 */

let converter: ((text: string) => string) | undefined;
const toSimplified = (text: string): string => (converter ??= OpenCC.Converter({ from: "twp", to: "cn" }))(text);

/** How much of a text is looked at to tell its script, and the share of changed ideographs that makes it Traditional. */
const SAMPLE = 4000;
const TRADITIONAL_SHARE = 0.04;

function ideographs(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/**
 * Frequent characters that exist only in Traditional writing (a test proves each converts to another): a text without
 * a few of them is not Traditional, and is not run through the converter at all (it is the costly part of an import).
 */
export const TRADITIONAL_MARKERS =
  "這個們為與說時對會來國際過還進開關體發學實業產網頁條項內統計數據處資訊務機構區縣鄉鎮辦審書請報導環護價權義總標準檔證許罰強複議訴訟結維糾認識當應經濟讓種從現將華歲並見長門東車馬電話號碼";

const MARKERS = new Set(TRADITIONAL_MARKERS);

function markers(text: string): number {
  let n = 0;
  for (const c of text) if (MARKERS.has(c)) n++;
  return n;
}

/** Whether the text is written in Traditional characters: enough of its ideographs change when converted. */
export function isTraditional(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  if (markers(sample) < 3) return false;
  const total = ideographs(sample);
  if (total < 20) return false;
  const converted = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length && i < converted.length; i++) if (sample[i] !== converted[i]) changed++;
  return changed / total >= TRADITIONAL_SHARE;
}

/** The text in Simplified characters when it is Traditional, and whether it was converted. */
export function simplified(text: string): { text: string; converted: boolean } {
  return isTraditional(text) ? { text: toSimplified(text), converted: true } : { text, converted: false };
}
