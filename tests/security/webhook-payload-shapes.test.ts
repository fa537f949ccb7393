import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { webhookReceived } from "@/inngest/events";
import { handleInventoryLevelUpdate } from "@/inngest/functions/handle-inventory-level-update";
import { handleRefund } from "@/inngest/functions/handle-refund";
import { handleShopifyOrder } from "@/inngest/functions/handle-shopify-order";
import { handleStripePayment } from "@/inngest/functions/handle-stripe-payment";
import { getDb } from "@/lib/db";
import { webhookInbox } from "@/lib/db/schema";
import { sweepStores } from "./support/security-environment";
import type { SweepShop } from "./support/seed-sweep-shop";
import { withSweepShop } from "./support/sweep-shop-lifecycle";
import { tableCounts } from "./support/table-counts";

const sweep = await vi.hoisted(async () => (await import("./support/security-environment")).prepareSecurityEnvironment());

const [storeA] = sweepStores;

/** Signed, JSON objects, but not the shape the topic promises: what a buggy or compromised sender could post. */
const wrongShapes = [
  "{}",
  '{"id":"not-a-number","line_items":"<script>alert(1)</script>"}',
  '{"id":1,"line_items":[{"sku":"SWEEP-1","quantity":-5,"variant_id":"x"}]}',
  '{"id":2,"line_items":[{"sku":"SWEEP-1","quantity":1e308}],"refund_line_items":{"$gt":""}}',
  '{"id":"evt_shape","object":"event","type":"payment_intent.succeeded","data":{"object":{"id":{"nested":true},"amount":"NaN","metadata":"x"}}}',
  '{"id":"evt_shape2","object":"event","type":"refund.created","data":null}',
  '{"inventory_item_id":"x","location_id":null,"available":-99999999999}',
];

const handlers = [
  { fn: handleShopifyOrder, provider: "shopify", topic: "orders/create" },
  { fn: handleRefund, provider: "shopify", topic: "refunds/create" },
  { fn: handleRefund, provider: "stripe", topic: "refund.created" },
  { fn: handleStripePayment, provider: "stripe", topic: "payment_intent.succeeded" },
  { fn: handleInventoryLevelUpdate, provider: "shopify", topic: "inventory_levels/update" },
] as const;

/** The tables a handled webhook writes when it does its work: a wrong-shaped one must leave them all as they were. */
const domainTables = ["orders", "order_lines", "pending_units", "stock_movements", "refunds", "refund_lines", "customers", "customer_identities"];

describe("a signed webhook of the wrong shape is set aside by its function, never half-processed", () => {
  let shop: SweepShop;
  withSweepShop(sweep, (seeded) => {
    shop = seeded;
  });
  beforeEach(async () => {
    await getDb().delete(webhookInbox);
  });

  it.each(handlers)("$provider $topic: its function ignores or flags every wrong shape without an error and without writing the domain", async ({ fn, provider, topic }) => {
    expect(shop.itemId).toBeGreaterThan(0);
    for (const [index, rawBody] of wrongShapes.entries()) {
      const [entry] = await getDb()
        .insert(webhookInbox)
        .values({ provider, providerEventId: `shape-${index}`, topic, shopDomain: provider === "shopify" ? storeA.domain : null, headers: {}, rawBody, status: "sent", attempts: 1 })
        .returning({ id: webhookInbox.id });
      if (!entry) throw new Error("not recorded");
      const before = await tableCounts(getDb());
      const event = { name: webhookReceived.name, data: { inboxId: entry.id, provider, topic } };
      const { error } = await new InngestTestEngine({ function: fn, events: [event] }).execute();
      const [after] = await getDb().select().from(webhookInbox).where(eq(webhookInbox.id, entry.id));
      const counts = await tableCounts(getDb());
      expect({ rawBody, error: error ? String(error) : null }).toEqual({ rawBody, error: null });
      expect({ rawBody, status: after?.status }).toEqual({ rawBody, status: expect.stringMatching(/^(ignored|processed)$/) });
      for (const table of domainTables) expect({ rawBody, table, rows: counts[table] }).toEqual({ rawBody, table, rows: before[table] });
    }
  });
});
