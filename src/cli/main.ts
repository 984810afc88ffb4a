import { Command, CommanderError } from "commander";
import { commands } from "./commands";
import { processOutput } from "./io";
import type { Output } from "./io";

/** Wires arguments to commands. Each command lives in ./commands and returns its exit status. */
export function buildProgram(output: Output, setExit: (code: number) => void): Command {
  const program = new Command("xxgk")
    .description("政府信息公开工作年度报告：校验、模板、正文 / annual government information disclosure report tools")
    .configureOutput({ writeOut: output.out, writeErr: output.err })
    .exitOverride();

  for (const register of commands) register(program, output, setExit);

  return program;
}

/** Runs the CLI and resolves to its exit status (never calls process.exit itself). */
export async function run(argv: readonly string[], output: Output = processOutput): Promise<number> {
  let code = 0;
  const program = buildProgram(output, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}

if (require.main === module) {
  // Run directly (node build/node/cli/main.js); bin/xxgk.js calls run() itself.
  run(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`内部错误 / internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 3;
    },
  );
}
