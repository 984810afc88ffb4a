import type { Command } from "commander";
import type { Output } from "../io";
import { registerCheck } from "./check";
import { registerTemplate } from "./template";
import { registerImport } from "./import";
import { registerNarrative } from "./narrative";
import { registerServe } from "./serve";
import { registerAggregate } from "./aggregate";

/** A command adds itself to the program; its action reports its exit status through setExit. */
export type RegisterCommand = (program: Command, output: Output, setExit: (code: number) => void) => void;

/** Every `xxgk` command, in the order `xxgk --help` lists them. Add a command here (one line). */
export const commands: readonly RegisterCommand[] = [registerCheck, registerTemplate, registerImport, registerNarrative, registerAggregate, registerServe];
