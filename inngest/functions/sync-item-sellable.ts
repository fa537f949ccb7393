import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { pushSellableToStores } from "@/lib/stock/push-sellable-to-stores";
import { inngest } from "../client";
import { stockChanged } from "../events";

/**
 * Sets one item's sellable figure in every Shopify store, with compare-and-set. Serialised per item (one run
 * at a time for a SKU), so two channels selling the same SKU at once cannot interleave their writes.
 */
export const syncItemSellable = inngest.createFunction(
  {
    id: "sync-item-sellable",
    retries: 8,
    concurrency: { key: "event.data.itemId", limit: 1 },
    // the figure every store shows: ahead of everything else waiting
    priority: { run: "120" },
    triggers: [stockChanged],
  },
  async ({ event, step }) =>
    step.run("push-sellable", async () => {
      const result = await pushSellableToStores(getDb(), getConnectors().shopify, [event.data.itemId]);
      return { ...result, itemId: event.data.itemId };
    }),
);
