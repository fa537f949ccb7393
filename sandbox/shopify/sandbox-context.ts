import type { SeededRandom, WebhookDeliveryQueue } from "../delivery";
import type { ApiFaults } from "../faults";
import type { StoreState } from "./state/store-state";

/** Knobs of the whole sandbox; the throttle figures are the defaults for stores seeded without their own. */
export type SandboxSettings = {
  /** Speeds the cost restore rate, bulk operations and webhook retries up by this factor. */
  timeScale: number;
  maximumAvailable: number;
  restoreRate: number;
  bulkOperationDurationMs: number;
  /** Bulk query operations that may run at once per store (5 from 2026-01; earlier 1). */
  bulkConcurrencyLimit: number;
  /** The API version webhook payloads are built with (an app-level setting at Shopify). */
  webhookApiVersion: string;
  /** inventory_levels/update payloads are built this long after the change, from the state at that time. */
  inventoryPayloadDelayMs: number;
  /** Receives every topic of every store, besides the subscriptions created through GraphQL. */
  defaultWebhookTarget: string | null;
  /** The app's client secret that signs webhooks of stores seeded without their own. */
  webhookSecret: string;
};

export type SentWebhook = {
  webhookId: string;
  eventId: string;
  domain: string;
  topic: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  body: string;
  at: Date;
};

export type SandboxContext = {
  stores: Map<string, StoreState>;
  settings: SandboxSettings;
  random: SeededRandom;
  delivery: WebhookDeliveryQueue;
  faults: ApiFaults;
  webhooksSent: SentWebhook[];
  nextId: () => number;
  now: () => Date;
  /** The sandbox's own base URL (for bulk download links). */
  baseUrl: () => string;
  /** A timer that close() cancels. */
  later: (ms: number, run: () => void) => void;
};

export const supportedApiVersions = ["2025-07", "2025-10", "2026-01", "2026-04", "2026-07"] as const;

export function versionAtLeast(version: string, minimum: string): boolean {
  return version >= minimum;
}
