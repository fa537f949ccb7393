import { NonRetriableError } from "inngest";
import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { parseJsonKeepingBigIntegers } from "@/lib/json/parse-json-keeping-big-integers";
import { classifyInventoryLevelUpdate } from "@/lib/stock/classify-inventory-level-update";
import { inventoryLevelPayloadSchema } from "@/lib/stock/inventory-level-payload";
import { loadItemStoreTargets } from "@/lib/stock/load-item-store-targets";
import { pushSellableToStores } from "@/lib/stock/push-sellable-to-stores";
import { recordShopifyLevel } from "@/lib/stock/record-shopify-level";
import { recordStoreDrift } from "@/lib/stock/record-store-drift";
import { markInboxEntryFailed, markInboxEntryIgnored, markInboxEntryProcessed } from "@/lib/webhooks/mark-inbox-entry";
import { readInboxEntry } from "@/lib/webhooks/read-inbox-entry";
import { inngest } from "../client";
import { webhookReceived } from "../events";

/** Long enough for the `orders/create` behind a store's own decrement to arrive and reserve its units first. */
const settleDelay = "5s";

/**
 * A store's stock changed (DESIGN §3.5). The echo of the portal's own write is ignored. Anything else — an edit in
 * Shopify's admin, or a store's own decrement for an order — is looked at again after a moment: if the store still
 * differs from its sellable figure once the orders are in, Lightspeed wins, the figure is restored with
 * compare-and-set, and the edit is kept on the drift report.
 */
export const handleInventoryLevelUpdate = inngest.createFunction(
  {
    id: "handle-inventory-level-update",
    retries: 8,
    triggers: [{ event: webhookReceived, if: "event.data.provider == 'shopify' && event.data.topic == 'inventory_levels/update'" }],
    onFailure: async ({ event, error }) => {
      await markInboxEntryFailed(getDb(), event.data.event.data.inboxId, { error: error.message });
    },
  },
  async ({ event, step }) => {
    const inboxId = event.data.inboxId;
    const update = await step.run("classify", async () => {
      const db = getDb();
      const entry = await readInboxEntry(db, inboxId);
      if (!entry) throw new NonRetriableError(`inbox entry ${inboxId} does not exist`);
      const parsed = inventoryLevelPayloadSchema.safeParse(parseJsonKeepingBigIntegers(entry.rawBody));
      if (!parsed.success || !entry.shopDomain) {
        await markInboxEntryIgnored(db, inboxId, "malformed inventory_levels/update payload");
        return null;
      }
      const classified = await classifyInventoryLevelUpdate(db, entry.shopDomain, parsed.data, new Date());
      if (classified.kind !== "changed") {
        await markInboxEntryIgnored(db, inboxId, classified.kind === "echo" ? "echo of the portal's own write" : classified.reason);
        return null;
      }
      return classified;
    });
    if (!update) return { outcome: "ignored" };

    await step.sleep("let-orders-arrive", settleDelay);

    return step.run("restore-if-drifted", async () => {
      const db = getDb();
      const clients = getConnectors().shopify;
      const [target] = (await loadItemStoreTargets(db, [update.itemId])).filter((t) => t.storeId === update.storeId);
      const client = target ? clients.get(target.domain) : undefined;
      if (!target || !client) {
        await markInboxEntryIgnored(db, inboxId, "store or listing no longer connected");
        return { outcome: "ignored" };
      }
      const read = await client.readItemLevels({ inventoryItemIds: [target.inventoryItemId], locationId: target.locationId });
      if (!read.ok) throw new Error(`${target.domain}: ${read.error.message}`);
      const actual = read.value[0]?.available ?? null;
      if (actual !== null) await recordShopifyLevel(db, { itemId: target.itemId, storeId: target.storeId, available: actual, at: new Date() });
      if (actual === null || actual === target.expected) {
        await markInboxEntryProcessed(db, inboxId, { reason: "store matches its sellable figure" });
        return { outcome: "in step" };
      }
      const pushed = await pushSellableToStores(db, clients, [target.itemId]);
      await recordStoreDrift(db, {
        itemId: target.itemId,
        storeId: target.storeId,
        expected: target.expected,
        actual,
        cause: "Changed in Shopify (an edit in the admin): Lightspeed wins, sellable restored",
        repaired: pushed.rejected.length === 0,
        now: new Date(),
      });
      await markInboxEntryProcessed(db, inboxId, { reason: `restored ${actual} → ${target.expected}` });
      return { outcome: "restored", from: actual, to: target.expected };
    });
  },
);
