import { createLeakyBucket } from "../cost/leaky-bucket";
import type { SandboxContext } from "../sandbox-context";
import { gid, idOf } from "../state/gid";
import { levelKey, type StoreState } from "../state/store-state";
import { ControlError } from "./control-error";
import { storeSeedSchema, type StoreSeed } from "./control-schemas";

export type SeededStore = {
  domain: string;
  locations: { id: string; name: string }[];
  variants: { variantId: string; productId: string; inventoryItemId: string; sku: string | null; title: string }[];
};

/** A given id (a number or a gid of `type`), or a fresh one. */
function givenOrNextId(context: SandboxContext, given: string | number | undefined, type: string): number {
  if (given === undefined) return context.nextId();
  const numeric = typeof given === "number" ? given : (idOf(given, type) ?? Number(given));
  if (!Number.isSafeInteger(numeric) || numeric <= 0) throw new ControlError(400, `not a ${type} id: ${String(given)}`);
  return numeric;
}

/** Creates (or replaces) a store with its locations, products, variants, inventory items and levels. */
export function seedStore(context: SandboxContext, seed: StoreSeed): SeededStore {
  const input = storeSeedSchema.parse(seed);
  const locations = input.locations.map((location) => ({ id: givenOrNextId(context, location.id, "Location"), name: location.name }));
  const [primary] = locations;
  if (primary === undefined) throw new ControlError(400, "a store needs a location");
  const store: StoreState = {
    domain: input.domain,
    name: input.name ?? input.domain.replace(".myshopify.com", ""),
    accessToken: input.accessToken,
    webhookSecret: input.webhookSecret ?? context.settings.webhookSecret,
    currency: input.currency,
    primaryLocationId: primary.id,
    staffUserId: context.nextId(),
    locations: new Map(locations.map((location) => [location.id, location])),
    products: new Map(),
    variants: new Map(),
    inventoryItems: new Map(),
    levels: new Map(),
    customers: new Map(),
    orders: new Map(),
    refunds: [],
    nextOrderNumber: 1,
    webhookSubscriptions: new Map(),
    idempotency: new Map(),
    bulkOperations: new Map(),
    writes: [],
    levelChanges: [],
    bucket: createLeakyBucket({
      maximumAvailable: input.throttle?.maximumAvailable ?? context.settings.maximumAvailable,
      restoreRate: input.throttle?.restoreRate ?? context.settings.restoreRate,
      timeScale: () => context.settings.timeScale,
    }),
    stats: { requests: 0, throttled: 0, idempotentReplays: 0 },
  };
  const now = context.now();
  const seeded: SeededStore = { domain: store.domain, locations: locations.map((l) => ({ id: gid("Location", l.id), name: l.name })), variants: [] };
  for (const product of input.products) {
    const productId = givenOrNextId(context, product.id, "Product");
    store.products.set(productId, { id: productId, title: product.title, vendor: product.vendor });
    for (const variant of product.variants) {
      const variantId = givenOrNextId(context, variant.id, "ProductVariant");
      const inventoryItemId = givenOrNextId(context, variant.inventoryItemId, "InventoryItem");
      store.inventoryItems.set(inventoryItemId, { id: inventoryItemId, sku: variant.sku, tracked: variant.tracked });
      store.variants.set(variantId, {
        id: variantId,
        productId,
        title: variant.title,
        sku: variant.sku,
        price: variant.price,
        grams: variant.grams,
        inventoryItemId,
      });
      const stock: [number, number][] =
        typeof variant.available === "number"
          ? [[primary.id, variant.available]]
          : Object.entries(variant.available).map(([name, available]) => {
              const location = locations.find((l) => l.name === name);
              if (location === undefined) throw new ControlError(400, `no location named ${name} in ${store.domain}`);
              return [location.id, available];
            });
      for (const [locationId, available] of stock) {
        store.levels.set(levelKey(inventoryItemId, locationId), { inventoryItemId, locationId, available, committed: 0, updatedAt: now });
      }
      seeded.variants.push({
        variantId: gid("ProductVariant", variantId),
        productId: gid("Product", productId),
        inventoryItemId: gid("InventoryItem", inventoryItemId),
        sku: variant.sku,
        title: variant.title,
      });
    }
  }
  context.stores.set(store.domain, store);
  return seeded;
}
