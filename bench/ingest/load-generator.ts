/**
 * `tsx bench/ingest/load-generator.ts --plan '<LoadPlan JSON>'`: the load process, kept apart from the server under
 * test. Sends signed Shopify and Stripe webhooks (signed-webhook.ts) over keep-alive connections as the plan says,
 * then prints one JSON line (LoadReport) on stdout.
 */
import { Agent, request } from "node:http";
import { parseArgs } from "node:util";
import { summarizeLatencies } from "../support/timing";
import { loadPlanSchema, type LoadPlan, type LoadReport } from "./load-plan";
import { signedWebhook } from "./signed-webhook";

const requestTimeoutMs = 10_000;

type Outcome = { status: number | null; latencyMs: number; id: string };

function post(agent: Agent, origin: URL, plan: LoadPlan, sequence: number, scheduledAt: number): Promise<Outcome> {
  const webhook = signedWebhook(plan.idPrefix, sequence);
  const id = webhook.headers["x-shopify-webhook-id"] ?? `evt_${plan.idPrefix}-${sequence}`;
  return new Promise((resolve) => {
    const finish = (status: number | null) => resolve({ status, latencyMs: performance.now() - scheduledAt, id });
    const sent = request(
      { agent, host: origin.hostname, port: origin.port, method: "POST", path: webhook.path, headers: { ...webhook.headers, "content-length": Buffer.byteLength(webhook.body) }, timeout: requestTimeoutMs },
      (response) => {
        response.resume();
        response.on("end", () => finish(response.statusCode ?? null));
        response.on("error", () => finish(null));
      },
    );
    sent.on("timeout", () => sent.destroy(new Error("timeout")));
    sent.on("error", () => finish(null));
    sent.end(webhook.body);
  });
}

async function runClosed(plan: Extract<LoadPlan, { mode: "closed" }>, agent: Agent, origin: URL): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const endsAt = performance.now() + plan.seconds * 1000;
  let sequence = 0;
  const worker = async () => {
    while (performance.now() < endsAt) {
      sequence += 1;
      outcomes.push(await post(agent, origin, plan, sequence, performance.now()));
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, worker));
  return outcomes;
}

async function runOpen(plan: Extract<LoadPlan, { mode: "open" }>, agent: Agent, origin: URL): Promise<Outcome[]> {
  const total = Math.round(plan.rate * plan.seconds);
  const startedAt = performance.now();
  const pending: Promise<Outcome>[] = [];
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - startedAt) / 1000) * plan.rate) + 1);
      while (pending.length < due) {
        const sequence = pending.length + 1;
        pending.push(post(agent, origin, plan, sequence, startedAt + ((sequence - 1) / plan.rate) * 1000));
      }
      if (pending.length >= total) {
        clearInterval(tick);
        resolve();
      }
    }, 1);
  });
  return Promise.all(pending);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { plan: { type: "string" } }, strict: true });
  const plan = loadPlanSchema.parse(JSON.parse(values.plan ?? "null"));
  const origin = new URL(plan.origin);
  const agent = new Agent({ keepAlive: true, maxSockets: plan.mode === "closed" ? plan.concurrency : 512 });
  const startedAt = performance.now();
  const outcomes = plan.mode === "closed" ? await runClosed(plan, agent, origin) : await runOpen(plan, agent, origin);
  const seconds = (performance.now() - startedAt) / 1000;
  agent.destroy();
  const statuses: Record<string, number> = {};
  for (const outcome of outcomes) statuses[String(outcome.status ?? "error")] = (statuses[String(outcome.status ?? "error")] ?? 0) + 1;
  const accepted = outcomes.filter((outcome) => outcome.status === 200);
  const report: LoadReport = {
    mode: plan.mode,
    seconds: Math.round(seconds * 100) / 100,
    sent: outcomes.length,
    accepted: accepted.length,
    acceptedPerSecond: Math.round(accepted.length / seconds),
    statuses,
    errors: outcomes.filter((outcome) => outcome.status === null).length,
    latency: summarizeLatencies(outcomes.map((outcome) => outcome.latencyMs)),
    acceptedIds: accepted.map((outcome) => outcome.id),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
