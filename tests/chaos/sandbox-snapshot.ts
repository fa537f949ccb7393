import { z } from "zod";
import { callControl } from "@/sandbox/run/control-client";
import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";

const itemShopSchema = z.object({ itemId: z.number().int(), shopId: z.number().int(), qoh: z.number().int() });
const saleSchema = z.object({
  saleId: z.number().int(),
  referenceNumber: z.string(),
  referenceNumberSource: z.string(),
  refundOfSaleId: z.number().int(),
  origin: z.string(),
  completed: z.boolean(),
  voided: z.boolean(),
});
const storeSchema = z.object({
  domain: z.string(),
  locations: z.array(z.object({ id: z.string() })),
  variants: z.array(z.object({ variantId: z.string(), inventoryItemId: z.string(), sku: z.string().nullable() })),
  levels: z.array(z.object({ inventoryItemId: z.string(), locationId: z.string(), sku: z.string().nullable(), available: z.number().int() })),
  orders: z.array(z.object({ id: z.string(), name: z.string(), lines: z.array(z.object({ sku: z.string().nullable(), quantity: z.number().int() })) })),
  refunds: z.array(
    z.object({ id: z.string(), orderId: z.string(), lines: z.array(z.object({ quantity: z.number().int(), restockType: z.string() })) }),
  ),
  writes: z.array(z.unknown()),
  levelChanges: z.array(
    z.object({ at: z.string(), inventoryItemId: z.string(), locationId: z.string(), delta: z.number().int(), availableAfter: z.number().int(), cause: z.string() }),
  ),
});
const stripeStateSchema = z.object({
  objects: z.object({
    refunds: z.array(
      z.object({ id: z.string(), amount: z.number().int(), status: z.string(), payment_intent: z.string(), metadata: z.record(z.string(), z.string()) }),
    ),
    paymentIntents: z.array(z.object({ id: z.string(), metadata: z.record(z.string(), z.string()) })),
  }),
  deliveries: z.array(z.object({ id: z.string(), copies: z.number().int(), outcome: z.string() })),
});
const shopifyWebhookSchema = z.object({ webhookId: z.string(), topic: z.string(), outcome: z.string(), attempts: z.number().int() });

export type StoreView = z.output<typeof storeSchema>;
export type LightspeedSaleView = z.output<typeof saleSchema>;
export type StripeStateView = z.output<typeof stripeStateSchema>;

/** `available` per inventory item at the store's first location (where the portal writes and orders take stock). */
export function availableByInventoryItem(store: StoreView): Map<string, number> {
  const location = store.locations[0]?.id;
  return new Map(store.levels.filter((level) => level.locationId === location).map((level) => [level.inventoryItemId, level.available]));
}

/** Reads of the simulations' state through their control APIs. */
export function sandboxReader(sandbox: SandboxConnection) {
  const urls = sandbox.controlUrls;
  const domains = sandbox.shopify.stores.map((store) => store.domain);
  return {
    domains,
    itemShops: () => callControl("GET", `${urls.lightspeed}/item-shops`, z.array(itemShopSchema)),
    sales: () => callControl("GET", `${urls.lightspeed}/sales`, z.array(saleSchema)),
    store: (domain: string) => callControl("GET", `${urls.shopify}/stores/${encodeURIComponent(domain)}`, storeSchema),
    stores: () => Promise.all(domains.map((domain) => callControl("GET", `${urls.shopify}/stores/${encodeURIComponent(domain)}`, storeSchema))),
    stripe: () => callControl("GET", `${urls.stripe}/state`, stripeStateSchema),
    shopifyWebhooks: () => callControl("GET", `${urls.shopify}/webhooks`, z.array(shopifyWebhookSchema)),
  };
}

export type SandboxReader = ReturnType<typeof sandboxReader>;
