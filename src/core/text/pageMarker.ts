/**
 * A line that is only a page number as a PDF or a printed page carries it (「- 3 -」「— 3 —」「－ 3 －」「第 3 页」
 * 「第3页 共7页」, in half- or full-width digits): never the report's text. The importers drop such lines, and so does the narrative checker
 * (text copied from a PDF keeps them, and one inside a sentence would split a figure from its words).
 */
export const PAGE_MARKER = /^\s*(?:[-—–－]\s*[\d０-９]{1,4}\s*[-—–－]|第\s*[\d０-９]{1,4}\s*页(?:\s*[,，/]?\s*共\s*[\d０-９]{1,4}\s*页)?)\s*$/;
