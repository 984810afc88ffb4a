import { promises as fs } from "node:fs";

/** Where a command writes. Tests pass buffers; the real CLI passes process streams. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (colour). */
  isTTY: boolean;
  /** True when stderr is a terminal: progress is drawn as a bar there, else printed as plain lines. */
  errIsTTY?: boolean;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  errIsTTY: Boolean(process.stderr.isTTY),
};

/** Exit statuses of `xxgk check` (a public contract, like the --json shape). */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;

/**
 * Why a command must not write `file`: it exists and --force was not given (a clerk may have named last year's filled
 * workbook). Undefined when writing is fine.
 */
export async function refuseOverwrite(file: string, force: boolean | undefined): Promise<string | undefined> {
  if (force) return undefined;
  const exists = await fs.stat(file).then(() => true, () => false);
  return exists ? `${file} 已存在，为免覆盖已填写的内容未写入；确需覆盖请加 --force / ${file} exists (use --force to overwrite)` : undefined;
}
