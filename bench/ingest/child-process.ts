import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { childProcessEnvironment } from "@/lib/env";

/** A TypeScript entry point of ours run by tsx as a separate process, its stderr passed through to ours. */
export function startTsxChild(script: string, args: readonly string[]): ChildProcess {
  return spawn("node_modules/.bin/tsx", [script, ...args], { stdio: ["ignore", "pipe", "inherit"], env: childProcessEnvironment({}) });
}

/** The first line `child` prints on stdout (rejects if it exits first). */
export function firstLineOf(child: ChildProcess): Promise<string> {
  const stdout = child.stdout;
  if (stdout === null) return Promise.reject(new Error("the child has no stdout"));
  const lines = createInterface({ input: stdout });
  return new Promise<string>((resolve, reject) => {
    lines.once("line", (line) => {
      lines.close();
      resolve(line);
    });
    child.once("exit", (code) => reject(new Error(`the child exited (code ${code ?? "?"}) before it answered`)));
  });
}

/** Sends SIGTERM and resolves once the child is gone. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await exited;
}
