/** Where a command writes. Tests pass buffers; the real CLI passes process streams. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (progress bars, colour). */
  isTTY: boolean;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
};

/** Exit statuses of `xxgk check` (a public contract, like the --json shape). */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;
