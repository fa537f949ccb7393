import type { DemoOrder, DemoRefund } from "./order-types";
import type { Random } from "./random";
import { demoStore, type StoreKey } from "./stores";

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

type LightspeedPosting = { at: Date; assign: (saleId: string) => void };

/**
 * Gives every order and refund the ids its systems would have handed out, in time order: Shopify order and
 * refund ids per store, Stripe PaymentIntent and refund ids, and one Lightspeed Sale id sequence shared by
 * till sales, posted online orders and refunds (Lightspeed records a refund as a sale).
 */
export function assignOrderIds(random: Random, orders: DemoOrder[]): void {
  orders.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());
  const shopifyOrderIds: Record<StoreKey, number> = { main: demoStore("main").idBase, outlet: demoStore("outlet").idBase };
  const shopifyRefundIds: Record<StoreKey, number> = { main: 987_000_000_000, outlet: 988_000_000_000 };
  const postings: LightspeedPosting[] = [];

  for (const order of orders) {
    const store = order.storeKey ? demoStore(order.storeKey) : null;
    if (order.channel === "shopify" && order.storeKey && store) {
      shopifyOrderIds[order.storeKey] += random.int(20_000, 9_000_000);
      order.shopifyOrderId = String(shopifyOrderIds[order.storeKey]);
      order.sourceKey = `shopify:${store.domain}:order:${order.shopifyOrderId}`;
    } else if (order.channel === "stripe") {
      order.stripePaymentIntentId = `pi_3${random.token(23, base62)}`;
      order.sourceKey = `stripe:${order.stripePaymentIntentId}`;
    }
    if (order.status !== "pending" && order.status !== "needs_attention") {
      postings.push({
        at: order.postedAt ?? order.placedAt,
        assign: (saleId) => {
          order.lightspeedSaleId = saleId;
          if (order.channel === "in_store") order.sourceKey = `lightspeed:sale:${saleId}`;
        },
      });
    }
    for (const refund of order.refunds) {
      assignRefundKey(random, order, refund, shopifyRefundIds);
      postings.push({
        at: refund.postedAt,
        assign: (saleId) => {
          refund.lightspeedRefundId = saleId;
          if (refund.channel === "in_store") refund.sourceKey = `lightspeed:sale:${saleId}`;
        },
      });
    }
  }

  postings.sort((a, b) => a.at.getTime() - b.at.getTime());
  let saleId = 41_200;
  for (const posting of postings) {
    saleId += random.chance(0.97) ? 1 : 2;
    posting.assign(String(saleId));
  }
}

function assignRefundKey(random: Random, order: DemoOrder, refund: DemoRefund, shopifyRefundIds: Record<StoreKey, number>): void {
  if (refund.channel === "shopify" && order.storeKey) {
    shopifyRefundIds[order.storeKey] += random.int(5_000, 3_000_000);
    refund.sourceKey = `shopify:${demoStore(order.storeKey).domain}:refund:${shopifyRefundIds[order.storeKey]}`;
  } else if (refund.channel === "stripe") {
    refund.sourceKey = `stripe:re_3${random.token(23, base62)}`;
  }
}
