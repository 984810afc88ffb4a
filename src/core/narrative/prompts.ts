/**
 * Prompts: what the generator leaves for a person to write (「【请填写：…】」). The checker reports any left in a
 * report and ignores their words when it looks for statements.
 */
export const PROMPT_PATTERN = /【请(?:填写|补充)[：:][^】]*】/g;

export function stripPrompts(text: string): string {
  return text.replace(PROMPT_PATTERN, "");
}
