import { spawn, type ChildProcess } from "node:child_process";
import { childProcessEnvironment } from "@/lib/env";

/** Starts a command from node_modules/.bin with our environment plus `extra`, output to our terminal. */
export function startCommand(command: string, args: string[], extra: Record<string, string> = {}): ChildProcess {
  return spawn(`node_modules/.bin/${command}`, args, { stdio: "inherit", env: childProcessEnvironment(extra) });
}

/** Runs a command to completion; rejects when it fails. */
export function runCommand(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    startCommand(command, args).on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}
