import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { items, shopifyStores, shopifyVariants } from "@/lib/db/schema";
import type { IncomingRefund } from "./incoming-refund";

const id = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String);
const money = z.union([z.string(), z.number()]).transform((value) => Math.round(Number(value) * 100));

/** The parts of Shopify's `refunds/create` webhook the portal uses. */
export const shopifyRefundPayloadSchema = z.object({
  id,
  order_id: id,
  created_at: z.string(),
  note: z.string().nullish(),
  refund_line_items: z.array(
    z.object({
      quantity: z.number().int().positive(),
      restock_type: z.string().nullish(),
      subtotal: money.nullish(),
      line_item: z.object({ variant_id: id.nullish(), sku: z.string().nullish() }),
    }),
  ),
  transactions: z.array(z.object({ amount: money, kind: z.string().nullish(), status: z.string().nullish() })).default([]),
});

export type ShopifyRefundPayload = z.infer<typeof shopifyRefundPayloadSchema>;

/** Shopify's restock types under which the goods come back into stock. */
const restockingTypes = new Set(["return", "cancel", "legacy_restock"]);

/** A Shopify refund in the portal's terms: lines mapped to SKUs by the store's variants, restock per `restock_type`. */
export async function buildShopifyRefund(db: Executor, domain: string, payload: ShopifyRefundPayload): Promise<IncomingRefund | null> {
  const [store] = await db.select().from(shopifyStores).where(eq(shopifyStores.domain, domain));
  if (!store) return null;
  const variantGids = payload.refund_line_items.flatMap((line) => (line.line_item.variant_id ? [`gid://shopify/ProductVariant/${line.line_item.variant_id}`] : []));
  const mapped =
    variantGids.length === 0
      ? []
      : await db
          .select({ variantId: shopifyVariants.variantId, sku: items.sku })
          .from(shopifyVariants)
          .innerJoin(items, eq(items.id, shopifyVariants.itemId))
          .where(and(eq(shopifyVariants.storeId, store.id), inArray(shopifyVariants.variantId, variantGids)));
  const skuOf = (variantId: string | null | undefined, fallback: string | null | undefined) =>
    mapped.find((mapping) => mapping.variantId === `gid://shopify/ProductVariant/${variantId ?? ""}`)?.sku ?? fallback ?? null;
  const lines = payload.refund_line_items.flatMap((line) => {
    const sku = skuOf(line.line_item.variant_id, line.line_item.sku);
    return sku ? [{ sku, quantity: line.quantity, amountCents: line.subtotal ?? 0, restock: restockingTypes.has(line.restock_type ?? "") }] : [];
  });
  const amountCents = payload.transactions.filter((transaction) => transaction.status !== "failure").reduce((total, transaction) => total + transaction.amount, 0);
  return {
    channel: "shopify",
    sourceKey: `shopify:${domain}:refund:${payload.id}`,
    orderSourceKey: `shopify:${domain}:order:${payload.order_id}`,
    amountCents,
    reason: payload.note ?? null,
    createdAt: new Date(payload.created_at),
    scope: lines.length > 0 ? { kind: "lines", lines } : { kind: "amount-only" },
  };
}
