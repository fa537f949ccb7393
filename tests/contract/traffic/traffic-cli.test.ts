import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { loadSandboxCatalog } from "@/sandbox/run/load-sandbox-catalog";
import { sandboxConnectionSchema } from "@/sandbox/run/sandbox-connection";
import { startSandbox, type RunningSandbox } from "@/sandbox/run/start-sandbox";
import { smallCatalog, storeDomains } from "./small-catalog";

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("node_modules/.bin/tsx", ["sandbox/traffic/main.ts", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("sandbox/traffic/main.ts", () => {
  let sandbox: RunningSandbox;
  let folder: string;

  beforeAll(async () => {
    sandbox = await startSandbox({
      shopifyStoreDomains: [...storeDomains],
      webhookTargets: { shopify: "http://127.0.0.1:9/shopify", stripe: "http://127.0.0.1:9/stripe" },
    });
    await loadSandboxCatalog(sandbox, smallCatalog());
    folder = mkdtempSync(path.join(tmpdir(), "traffic-cli-"));
  });

  afterAll(async () => {
    await sandbox?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("plays --events N events at --rate from the sandbox JSON, one JSON line each, and exits 0", async () => {
    const file = path.join(folder, "sandbox.json");
    writeFileSync(file, JSON.stringify(sandboxConnectionSchema.parse(sandbox)));
    const result = await run(["--sandbox-file", file, "--rate", "1200", "--seed", "4", "--events", "4", "--mix", "till-sale=1,shopify-order=1"]);
    expect(result.code, result.stderr).toBe(0);
    const eventSchema = z.object({ kind: z.string(), seq: z.number() });
    const events = result.stdout.trim().split("\n").map((line) => eventSchema.parse(JSON.parse(line)));
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    expect(events.every((event) => event.kind === "till-sale" || event.kind === "shopify-order")).toBe(true);
    expect(result.stderr).toContain('"played":4');
  });

  it("refuses bad flags with a message and exit 1", async () => {
    const result = await run(["--sandbox-json", "{}", "--sandbox-file", "x.json", "--rate", "fast"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--rate");
    expect(result.stderr).toContain("exactly one of --sandbox-json and --sandbox-file");
  });
});
