import { z } from "zod";
import type { ApiFaultRule } from "@/sandbox/faults";
import { callControl } from "@/sandbox/run/control-client";
import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";

type ControlUrls = SandboxConnection["controlUrls"];

const anyAnswer = z.unknown();
const lightspeedRulesSchema = z.array(z.object({ kind: z.string(), fired: z.number().int() }));
const stripeStateSchema = z.object({ faultsFired: z.record(z.string(), z.number().int()) });
const shopifyFaultsSchema = z.object({ fired: z.record(z.string(), z.number().int()) });

/** How long a Shopify/Stripe "timeout" holds the connection before closing it (the simulations' default is 30 s). */
const HANG_MS = 4_000;

/** The Shopify and Stripe simulations' API fault rules for a failure rate. */
export function apiFaultRules(rate: number): ApiFaultRule[] {
  if (rate === 0) return [];
  const share = rate / 3;
  return [
    { kind: "rate-limit", probability: share, retryAfterSeconds: 1 },
    { kind: "server-error", probability: share / 2 },
    { kind: "server-error", probability: share / 2, status: 500 },
    { kind: "timeout", probability: share, hangMs: HANG_MS },
  ];
}

/**
 * API faults in every simulation, each call failing with probability `rate` (a third rate-limited, a third 5xx, a
 * third timeouts; Lightspeed's 5xx and timeouts are half of them "after the write", the ambiguous case), and the
 * delivery faults: each webhook delivered twice with probability `duplicates`, releases shuffled in 400 ms windows.
 */
export async function injectFaults(urls: ControlUrls, rate: number, duplicates: number): Promise<void> {
  const share = rate / 3;
  if (rate > 0) {
    await callControl("POST", `${urls.lightspeed}/faults`, anyAnswer, [
      { kind: "429", probability: share, retryAfterSeconds: 1 },
      { kind: "500", probability: share / 2 },
      { kind: "503", probability: share / 2, applyWrite: true },
      { kind: "lost-response", probability: share / 2 },
      { kind: "timeout", probability: share / 2, method: "GET" },
    ]);
  }
  const rules = apiFaultRules(rate);
  const delivery = duplicates > 0 ? { duplicateProbability: duplicates, shuffleWindowMs: 400 } : { shuffleWindowMs: 400 };
  await callControl("PUT", `${urls.shopify}/faults`, anyAnswer, { api: { rules }, delivery });
  await callControl("PUT", `${urls.stripe}/faults`, anyAnswer, { rules });
  await callControl("PUT", `${urls.stripe}/delivery`, anyAnswer, delivery);
}

/** Every API and delivery fault off. */
export async function clearFaults(urls: ControlUrls): Promise<void> {
  await callControl("DELETE", `${urls.lightspeed}/faults`, anyAnswer);
  await callControl("PUT", `${urls.shopify}/faults`, anyAnswer, { api: { rules: [] }, delivery: { duplicateProbability: 0, shuffleWindowMs: 0 } });
  await callControl("DELETE", `${urls.stripe}/faults`, anyAnswer);
  await callControl("PUT", `${urls.stripe}/delivery`, anyAnswer, { duplicateProbability: 0, shuffleWindowMs: 0 });
}

/** Replaces the Shopify simulation's API fault rules (webhook delivery faults stay as they are). */
export async function setShopifyApiFaults(urls: ControlUrls, rules: ApiFaultRule[]): Promise<void> {
  await callControl("PUT", `${urls.shopify}/faults`, anyAnswer, { api: { rules } });
}

/** Shopify API faults fired so far, by kind. */
export async function readShopifyFaultsFired(urls: ControlUrls): Promise<Record<string, number>> {
  return (await callControl("GET", `${urls.shopify}/faults`, shopifyFaultsSchema)).fired;
}

const total = (counts: Record<string, number>): number => Object.values(counts).reduce((sum, count) => sum + count, 0);

/** API faults fired so far in each simulation. */
export async function readFaultsFired(urls: ControlUrls): Promise<{ lightspeed: number; shopify: number; stripe: number }> {
  const [rules, shopify, stripe] = await Promise.all([
    callControl("GET", `${urls.lightspeed}/faults`, lightspeedRulesSchema),
    readShopifyFaultsFired(urls),
    callControl("GET", `${urls.stripe}/state`, stripeStateSchema),
  ]);
  return { lightspeed: rules.reduce((sum, rule) => sum + rule.fired, 0), shopify: total(shopify), stripe: total(stripe.faultsFired) };
}
