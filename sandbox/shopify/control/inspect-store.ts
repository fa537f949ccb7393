import type { SandboxContext } from "../sandbox-context";
import { gid } from "../state/gid";
import { findStore } from "./find-records";

/** A JSON-ready picture of one store, for tests and the traffic generator. */
export function inspectStore(context: SandboxContext, domain: string) {
  const store = findStore(context, domain);
  const skuOf = (itemId: number): string | null => store.inventoryItems.get(itemId)?.sku ?? null;
  return {
    domain: store.domain,
    name: store.name,
    throttle: store.bucket.status(),
    stats: { ...store.stats },
    locations: [...store.locations.values()].map((l) => ({ id: gid("Location", l.id), name: l.name })),
    variants: [...store.variants.values()].map((v) => ({
      variantId: gid("ProductVariant", v.id),
      productId: gid("Product", v.productId),
      inventoryItemId: gid("InventoryItem", v.inventoryItemId),
      sku: v.sku,
      title: v.title,
    })),
    levels: [...store.levels.values()].map((level) => ({
      inventoryItemId: gid("InventoryItem", level.inventoryItemId),
      locationId: gid("Location", level.locationId),
      sku: skuOf(level.inventoryItemId),
      available: level.available,
      committed: level.committed,
      onHand: level.available + level.committed,
      updatedAt: level.updatedAt.toISOString(),
    })),
    orders: [...store.orders.values()].map((order) => ({
      id: gid("Order", order.id),
      name: `#${1000 + order.number}`,
      email: order.email,
      phone: order.phone,
      lines: order.lines.map((line) => ({
        lineItemId: gid("LineItem", line.id),
        sku: line.sku,
        quantity: line.quantity,
        refundedQuantity: line.refundedQuantity,
      })),
    })),
    refunds: store.refunds.map((refund) => ({
      id: gid("Refund", refund.id),
      orderId: gid("Order", refund.orderId),
      lines: refund.lines.map((line) => ({ lineItemId: gid("LineItem", line.lineItemId), quantity: line.quantity, restockType: line.restockType })),
    })),
    writes: store.writes.map((write) => ({ ...write, at: write.at.toISOString() })),
    levelChanges: store.levelChanges.map((change) => ({
      at: change.at.toISOString(),
      inventoryItemId: gid("InventoryItem", change.inventoryItemId),
      locationId: gid("Location", change.locationId),
      delta: change.delta,
      availableAfter: change.availableAfter,
      cause: change.cause,
    })),
    webhookSubscriptions: [...store.webhookSubscriptions.values()].map((s) => ({ id: gid("WebhookSubscription", s.id), topic: s.topic, uri: s.uri })),
    bulkOperations: [...store.bulkOperations.values()].map((op) => ({ id: gid("BulkOperation", op.id), status: op.status, objectCount: op.objectCount })),
  };
}

export type StoreInspection = ReturnType<typeof inspectStore>;
