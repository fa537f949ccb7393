import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { childProcessEnvironment } from "@/lib/env";
import { chaosLog, sleep } from "./chaos-log";

export type PortalProcess = {
  origin: string;
  /** Starts `next start` and resolves once /api/health answers 200. */
  start: () => Promise<void>;
  /** SIGTERM (ordered shutdown: the engine stops, PGlite closes) or SIGKILL; resolves once the process is gone. */
  stop: (signal: "SIGTERM" | "SIGKILL") => Promise<void>;
  running: () => boolean;
  /** The server process's id while it runs (for reading its memory from /proc). */
  pid: () => number | null;
  starts: () => number;
  close: () => Promise<void>;
};

/** The built portal (`next start`) as a child process, its log appended to `logFile` (and stderr when verbose). */
export function createPortalProcess(options: { port: number; environment: Record<string, string>; logFile: string; verbose: boolean }): PortalProcess {
  const origin = `http://127.0.0.1:${options.port}`;
  const log: WriteStream = createWriteStream(options.logFile, { flags: "a" });
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let startCount = 0;

  const start = async (): Promise<void> => {
    if (child !== null) throw new Error("the portal is already running");
    startCount += 1;
    log.write(`\n===== portal start #${startCount} at ${new Date().toISOString()} =====\n`);
    const spawned = spawn("node_modules/.bin/next", ["start", "--port", String(options.port), "--hostname", "127.0.0.1"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: childProcessEnvironment({ ...options.environment, PORT: String(options.port), NEXT_MANUAL_SIG_HANDLE: "true" }),
    });
    child = spawned;
    for (const stream of [spawned.stdout, spawned.stderr]) {
      stream?.on("data", (chunk: Buffer) => {
        log.write(chunk);
        if (options.verbose) process.stderr.write(chunk);
      });
    }
    exited = new Promise((resolve) => {
      spawned.once("exit", (code, signal) => {
        log.write(`===== portal exited (${signal ?? `code ${code ?? "?"}`}) =====\n`);
        if (child === spawned) child = null;
        resolve();
      });
    });
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child !== spawned) throw new Error(`the portal exited during start-up (see ${options.logFile})`);
      const healthy = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (healthy) return;
      await sleep(200);
    }
    throw new Error(`the portal did not answer ${origin}/api/health within 90 s (see ${options.logFile})`);
  };

  const stop = async (signal: "SIGTERM" | "SIGKILL"): Promise<void> => {
    const current = child;
    if (current === null) return;
    current.kill(signal);
    const timer = setTimeout(() => {
      chaosLog("the portal did not stop within 20 s of SIGTERM: SIGKILL");
      current.kill("SIGKILL");
    }, 20_000);
    await exited;
    clearTimeout(timer);
  };

  return {
    origin,
    start,
    stop,
    running: () => child !== null,
    pid: () => child?.pid ?? null,
    starts: () => startCount,
    close: async () => {
      await stop("SIGTERM");
      await new Promise<void>((resolve) => log.end(resolve));
    },
  };
}
