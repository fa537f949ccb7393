import { z } from "zod";
import { callControl } from "@/sandbox/run/control-client";
import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";

const itemSchema = z.object({ itemId: z.number(), customSku: z.string() });
const itemShopSchema = z.object({ itemId: z.number(), shopId: z.number(), qoh: z.number() });
const storeSchema = z.object({
  locations: z.array(z.object({ id: z.string() })),
  variants: z.array(z.object({ inventoryItemId: z.string(), sku: z.string().nullable() })),
  levels: z.array(z.object({ inventoryItemId: z.string(), locationId: z.string(), available: z.number() })),
  orders: z.array(z.object({ id: z.string(), email: z.string().nullable(), phone: z.string().nullable() })),
  refunds: z.array(z.object({ id: z.string(), lines: z.array(z.object({ quantity: z.number(), restockType: z.string() })) })),
});

/** Every level the test watches: Lightspeed qoh by `sku@shop`, Shopify available by `sku@domain` (first location). */
export type Levels = Map<string, number>;

export async function readLevels(sandbox: SandboxConnection): Promise<Levels> {
  const levels: Levels = new Map();
  const items = await callControl("GET", `${sandbox.controlUrls.lightspeed}/items`, z.array(itemSchema));
  const skuOf = new Map(items.map((item) => [item.itemId, item.customSku]));
  for (const row of await callControl("GET", `${sandbox.controlUrls.lightspeed}/item-shops`, z.array(itemShopSchema))) {
    if (row.shopId !== 0) levels.set(`${skuOf.get(row.itemId) ?? row.itemId}@${row.shopId}`, row.qoh);
  }
  for (const { domain } of sandbox.shopify.stores) {
    const store = await inspectStore(sandbox, domain);
    const skus = new Map(store.variants.map((variant) => [variant.inventoryItemId, variant.sku ?? "-"]));
    const location = store.locations[0]?.id;
    for (const level of store.levels) {
      if (level.locationId === location) levels.set(`${skus.get(level.inventoryItemId) ?? "?"}@${domain}`, level.available);
    }
  }
  return levels;
}

export function inspectStore(sandbox: SandboxConnection, domain: string) {
  return callControl("GET", `${sandbox.controlUrls.shopify}/stores/${domain}`, storeSchema);
}

export async function settleWebhooks(sandbox: SandboxConnection): Promise<void> {
  await callControl("POST", `${sandbox.controlUrls.shopify}/webhooks/settle`, z.unknown());
  await callControl("POST", `${sandbox.controlUrls.stripe}/deliveries/settle`, z.unknown());
}
