import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { callControl } from "@/sandbox/run/control-client";
import { sandboxConnectionSchema } from "@/sandbox/run/sandbox-connection";

describe("sandbox/run/main.ts", () => {
  it("prints one JSON line with every credential when ready, and exits 0 on SIGTERM", async () => {
    const child = spawn(
      "node_modules/.bin/tsx",
      [
        "sandbox/run/main.ts",
        "--ports", "0,0,0",
        "--stores", "north.myshopify.com,south.myshopify.com",
        "--shopify-webhook-url", "http://127.0.0.1:9/api/webhooks/shopify",
        "--stripe-webhook-url", "http://127.0.0.1:9/api/webhooks/stripe",
        "--time-scale", "5",
        "--seed", "3",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const lines: string[] = [];
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const first = await new Promise<string>((resolve, reject) => {
      const reader = createInterface({ input: child.stdout });
      reader.on("line", (line) => {
        lines.push(line);
        if (lines.length === 1) resolve(line);
      });
      void exited.then((code) => reject(new Error(`exited ${code} before printing: ${stderr}`)));
    });

    const connection = sandboxConnectionSchema.parse(JSON.parse(first));
    expect(connection.shopify.stores.map((store) => store.domain)).toEqual(["north.myshopify.com", "south.myshopify.com"]);
    expect(connection.settings).toEqual({ timeScale: 5, latencyMs: 0, seed: 3 });
    const state = await callControl("GET", `${connection.controlUrls.lightspeed}/state`, z.object({ accountId: z.number() }));
    expect(String(state.accountId)).toBe(connection.lightspeed.accountId);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(lines).toHaveLength(1);
    expect(stderr).toContain("SIGTERM: closing");
  }, 20_000);
});
