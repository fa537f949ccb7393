import { playShopifyOrder } from "./play-shopify-order";
import { playShopifyRefund } from "./play-shopify-refund";
import { playStockEdit } from "./play-stock-edit";
import { playStripePayment } from "./play-stripe-payment";
import { playStripeRefund } from "./play-stripe-refund";
import { playTillSale } from "./play-till-sale";
import type { TrafficPlayer } from "./traffic-context";
import type { TrafficKind } from "./traffic-event";

export const trafficPlayers: Readonly<Record<TrafficKind, TrafficPlayer>> = {
  "till-sale": playTillSale,
  "shopify-order": playShopifyOrder,
  "stripe-payment": playStripePayment,
  "shopify-refund": playShopifyRefund,
  "stripe-refund": playStripeRefund,
  "shopify-stock-edit": playStockEdit,
};
