/**
 * How the add-in recognises its own highlights among a sheet's conditional formats: their formula carries a mark no
 * template or clerk formula has. The formula is always TRUE, so the format shows wherever it is applied; deleting
 * it leaves the cell exactly as it was (a conditional format never changes the cell's own format or value).
 */
export const HIGHLIGHT_MARK = "xxgk-pane-highlight";

export const highlightFormula = (severity: "error" | "warning") => `=ISTEXT("${HIGHLIGHT_MARK}:${severity}")`;

export const isHighlightFormula = (formula: string | null | undefined) => typeof formula === "string" && formula.includes(HIGHLIGHT_MARK);
