import { SingleBar } from "cli-progress";
import * as path from "node:path";
import { countBySeverity } from "../../core";
import type { Output } from "../io";
import type { CheckedFile } from "./checkFile";

export interface Progress {
  update(result: CheckedFile, done: number): void;
  stop(): void;
}

/**
 * Progress for a batch, on stderr so stdout (findings, --json) stays clean: a bar on a terminal, plain lines
 * otherwise (CI logs, redirected output). Silent for a handful of files.
 */
export function createProgress(output: Output, total: number): Progress {
  if (total < 2) return { update() {}, stop() {} };
  if (output.errIsTTY) {
    const bar = new SingleBar({
      format: "检查中 {bar} {value}/{total} 份 | {eta_formatted} | {file}",
      barCompleteChar: "█",
      barIncompleteChar: "░",
      hideCursor: true,
      stream: process.stderr,
      etaBuffer: 50,
    });
    bar.start(total, 0, { file: "" });
    return {
      update: (result, done) => bar.update(done, { file: path.basename(result.file) }),
      stop: () => bar.stop(),
    };
  }
  const width = String(total).length;
  return {
    update(result, done) {
      const { errors, warnings } = countBySeverity(result.findings);
      const status = result.unreadable ? "无法读取" : `${errors} 处错误，${warnings} 处提醒`;
      output.err(`[${String(done).padStart(width)}/${total}] ${result.file}：${status}\n`);
    },
    stop() {},
  };
}
