import { eq, isNotNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { customerIdentities, customers, items, lightspeedLevels, lightspeedShops } from "@/lib/db/schema";
import type { ParsedSandboxCatalog } from "@/sandbox/run/sandbox-catalog";

type LightspeedCatalog = ParsedSandboxCatalog["lightspeed"];

function numericId(value: string, what: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new Error(`${what} ${value} is not a Lightspeed id (a positive number)`);
  return Number(value);
}

function splitName(name: string): { firstName: string; lastName: string } {
  const [firstName = "", ...rest] = name.trim().split(/\s+/);
  return { firstName, lastName: rest.join(" ") };
}

/**
 * The Lightspeed account as the portal's database knows it: its shops, every item with a Lightspeed id and its
 * on-hand (and ItemShop.timeStamp) per shop, and a customer per Lightspeed identity.
 */
export async function readLightspeedCatalog(db: Executor): Promise<LightspeedCatalog> {
  const [shopRows, itemRows, levelRows, identityRows] = await Promise.all([
    db.select().from(lightspeedShops).orderBy(lightspeedShops.id),
    db
      .select({
        id: items.id,
        sku: items.sku,
        name: items.name,
        variantName: items.variantName,
        priceCents: items.priceCents,
        lightspeedItemId: items.lightspeedItemId,
        reorderPoint: items.lightspeedReorderPoint,
      })
      .from(items)
      .where(isNotNull(items.lightspeedItemId))
      .orderBy(items.id),
    db.select().from(lightspeedLevels),
    db
      .select({
        externalId: customerIdentities.externalId,
        name: customerIdentities.name,
        email: customerIdentities.email,
        phone: customerIdentities.phone,
        displayName: customers.displayName,
      })
      .from(customerIdentities)
      .innerJoin(customers, eq(customers.id, customerIdentities.customerId))
      .where(eq(customerIdentities.system, "lightspeed")),
  ]);

  const shopIdOf = new Map(shopRows.map((shop) => [shop.id, numericId(shop.lightspeedShopId, "Lightspeed shop")]));
  const levelsOf = new Map<number, typeof levelRows>();
  for (const level of levelRows) levelsOf.set(level.itemId, [...(levelsOf.get(level.itemId) ?? []), level]);

  return {
    shops: shopRows.map((shop) => ({ shopId: numericId(shop.lightspeedShopId, "Lightspeed shop"), name: shop.name, timeZone: shop.timeZone })),
    items: itemRows.map((item) => ({
      itemId: numericId(item.lightspeedItemId ?? "", `Lightspeed item of ${item.sku}:`),
      sku: item.sku,
      description: item.variantName === null ? item.name : `${item.name} ${item.variantName}`,
      priceCents: item.priceCents,
      stock: (levelsOf.get(item.id) ?? []).flatMap((level) => {
        const shopId = shopIdOf.get(level.lightspeedShopId);
        if (shopId === undefined) return [];
        return [{ shopId, qoh: level.onHand, reorderPoint: item.reorderPoint ?? 0, timeStamp: level.sourceTimestamp.toISOString() }];
      }),
    })),
    customers: identityRows
      .map((identity) => ({
        customerId: numericId(identity.externalId, "Lightspeed customer"),
        ...splitName(identity.name ?? identity.displayName),
        emails: identity.email === null ? [] : [identity.email],
        phones: identity.phone === null ? [] : [identity.phone],
      }))
      .sort((a, b) => a.customerId - b.customerId),
  };
}
