import { createServer } from "node:http";
import {
  createPostWebhook,
  createSeededRandom,
  createWebhookDelivery,
  type DeliveryFaults,
  type DeliveryRetryPolicy,
  type SendWebhook,
} from "../delivery";
import { createApiFaults } from "../faults";
import type { StoreSeed } from "./control/control-schemas";
import { createShopifyControl, type ShopifySandboxControl } from "./control/create-control";
import { routeRequest } from "./http/route-request";
import type { SandboxContext, SandboxSettings } from "./sandbox-context";

export type ShopifySandboxOptions = {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Seeds every random draw (ids of webhooks, fault dice, shuffles), so a run can be replayed. */
  seed?: number | string;
  timeScale?: number;
  throttle?: { maximumAvailable?: number; restoreRate?: number };
  bulkOperationDurationMs?: number;
  bulkConcurrencyLimit?: number;
  webhookApiVersion?: string;
  webhookSecret?: string;
  inventoryPayloadDelayMs?: number;
  defaultWebhookTarget?: string | null;
  deliveryFaults?: DeliveryFaults;
  deliveryRetry?: Partial<DeliveryRetryPolicy>;
  /** Replaces the HTTP POST of webhooks (the default posts to each subscription's URI). */
  send?: SendWebhook;
  stores?: StoreSeed[];
};

export type ShopifySandbox = {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  /** The base URL to give the Shopify client for a store (its `endpoint`). */
  storeUrl: (domain: string) => string;
  control: ShopifySandboxControl;
  close: () => Promise<void>;
};

/**
 * Simulated Shopify Admin GraphQL API for any number of stores, on loopback. Defaults follow the Standard
 * plan (1000-point bucket, 100 points/s), Shopify's webhook retry schedule and API version 2026-04.
 */
export async function createShopifySandbox(options: ShopifySandboxOptions = {}): Promise<ShopifySandbox> {
  const random = createSeededRandom(options.seed ?? 1);
  const settings: SandboxSettings = {
    timeScale: options.timeScale ?? 1,
    maximumAvailable: options.throttle?.maximumAvailable ?? 1000,
    restoreRate: options.throttle?.restoreRate ?? 100,
    bulkOperationDurationMs: options.bulkOperationDurationMs ?? 2000,
    bulkConcurrencyLimit: options.bulkConcurrencyLimit ?? 5,
    webhookApiVersion: options.webhookApiVersion ?? "2026-04",
    inventoryPayloadDelayMs: options.inventoryPayloadDelayMs ?? 0,
    defaultWebhookTarget: options.defaultWebhookTarget ?? null,
    webhookSecret: options.webhookSecret ?? "shpss_sandbox_app_secret",
  };
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let baseUrl = "";
  let lastId = 7_400_000_000_000;
  const context: SandboxContext = {
    stores: new Map(),
    settings,
    random,
    delivery: createWebhookDelivery({
      send: options.send ?? createPostWebhook(),
      random,
      faults: options.deliveryFaults,
      retry: options.deliveryRetry,
      timeScale: () => settings.timeScale,
    }),
    faults: createApiFaults(random),
    webhooksSent: [],
    nextId: () => {
      lastId += 1 + random.integer(0, 7);
      return lastId;
    },
    now: () => new Date(),
    baseUrl: () => baseUrl,
    later: (ms, run) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        run();
      }, ms);
      timers.add(timer);
    },
  };
  const control = createShopifyControl(context);
  for (const seed of options.stores ?? []) control.seedStore(seed);

  const server = createServer((request, response) => {
    routeRequest(context, control, request, response).catch((error: unknown) => {
      console.error("[shopify sandbox]", error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ errors: "Internal Server Error" }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the Shopify sandbox did not get a TCP port");
  baseUrl = `http://${address.address}:${address.port}`;

  return {
    url: baseUrl,
    storeUrl: (domain) => `${baseUrl}/store/${domain}`,
    control,
    close: async () => {
      context.delivery.close();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
