import { z } from "zod";
import { callControl } from "@/sandbox/run/control-client";

/** How long the simulated Shopify takes over a bulk operation, before time scaling (the simulation's default). */
const bulkOperationDurationMs = 2_000;

/**
 * Webhooks off (nobody receives them in a connector-level measurement, and each one kept would count against the
 * sandbox's memory), and a known bulk operation duration. Answers the settings it set.
 */
export async function configureShopifySandbox(controlUrl: string): Promise<{ bulkOperationDurationMs: number }> {
  await callControl("PUT", `${controlUrl}/settings`, z.unknown(), { defaultWebhookTarget: null, bulkOperationDurationMs });
  return { bulkOperationDurationMs };
}
