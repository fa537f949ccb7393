import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { childProcessEnvironment } from "@/lib/env";
import { sandboxConnectionSchema, type SandboxConnection } from "@/sandbox/run/sandbox-connection";

export type SandboxProcess = { connection: SandboxConnection; close: () => Promise<void> };

/** Nothing listens here: the measurements switch webhooks off, and Stripe sends none unless asked. */
const nowhere = "http://127.0.0.1:9/webhooks";

/**
 * The sandbox (`sandbox/run/main.ts`) as a child process, so the simulations' memory (a 50,000-SKU catalogue in
 * every store, the bulk files) is not counted in the benchmark's own peak RSS. Resolves with its connection line.
 */
export async function startSandboxProcess(options: { storeDomains: readonly string[]; timeScale: number }): Promise<SandboxProcess> {
  const child = spawn(
    "node_modules/.bin/tsx",
    ["sandbox/run/main.ts", "--stores", options.storeDomains.join(","), "--shopify-webhook-url", nowhere, "--stripe-webhook-url", nowhere, "--time-scale", String(options.timeScale)],
    { stdio: ["ignore", "pipe", "inherit"], env: childProcessEnvironment({}) },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const lines = createInterface({ input: child.stdout });
  const firstLine = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the sandbox exited (code ${code ?? "?"}) before it was ready`)));
  });
  lines.close();
  return {
    connection: sandboxConnectionSchema.parse(JSON.parse(firstLine)),
    close: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
