import type { LightspeedBucket } from "./lightspeed-usage";

/** R-Series pages hold at most 100 records; a plain list read costs 1 drip (request-cost.ts). */
const pageSize = 100;
const pageCost = 1;
/** A page of sales with their lines: 1 + 0.2 × 2 for the to-many relation on a list. */
const salesPageCost = 1.4;

/**
 * The least time the rate limits allow for the reads a full reconciliation must do, the three systems read side
 * by side: Lightspeed's ItemShop rows of the real shops (the shopID-0 summary rows are not needed) at one drip a
 * page, after the room left in the bucket, at the drip rate; each Shopify store's one bulk operation (a handful of
 * points, far inside the bucket, so only the operation's own duration counts).
 */
export function leastReconciliationTime(input: {
  itemShopRows: number;
  salesPages: number;
  bucket: LightspeedBucket;
  marginDrips: number;
  bulkOperationMs: number;
}): { ms: number; explained: Record<string, number> } {
  const pages = Math.ceil(input.itemShopRows / pageSize);
  const drips = pages * pageCost + input.salesPages * salesPageCost;
  const room = Math.max(0, input.bucket.size - input.marginDrips - input.bucket.level);
  const lightspeedMs = (Math.max(0, drips - room) / input.bucket.dripRate) * 1000;
  return {
    ms: Math.max(lightspeedMs, input.bulkOperationMs),
    explained: {
      lightspeed_pages: pages,
      lightspeed_drips: drips,
      lightspeed_room_at_start: Math.round(room * 10) / 10,
      lightspeed_drip_per_s: input.bucket.dripRate,
      lightspeed_least_s: Math.round(lightspeedMs / 100) / 10,
      shopify_bulk_operation_s: Math.round(input.bulkOperationMs / 100) / 10,
    },
  };
}
