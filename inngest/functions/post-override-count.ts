import { NonRetriableError } from "inngest";
import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { confirmOverrideCount } from "@/lib/reconcile/confirm-override-count";
import { postOverrideCount } from "@/lib/reconcile/post-override-count";
import { inngest } from "../client";
import { overrideRecorded, stockChanged } from "../events";

/**
 * An owner's override (DESIGN §2): post it to Lightspeed as an inventory count (count, counted item, reconcile,
 * each looked up before it is posted, so a retried step never counts twice) → once Lightspeed has reconciled it,
 * move the portal's on-hand to the count and mark the ledger row posted → set sellable in every Shopify store.
 * One run per item at a time, so two overrides of a SKU land in the order they were made.
 */
export const postOverrideCountFunction = inngest.createFunction(
  {
    id: "post-override-count",
    retries: 10,
    concurrency: { key: "event.data.itemId", limit: 1 },
    triggers: [overrideRecorded],
  },
  async ({ event, step }) => {
    const { movementId, itemId } = event.data;
    const posted = await step.run("post-inventory-count", async () => {
      const lightspeed = getConnectors().lightspeed;
      if (!lightspeed) throw new NonRetriableError("no Lightspeed account is configured");
      return postOverrideCount(getDb(), lightspeed, movementId, { employeeId: env.LIGHTSPEED_EMPLOYEE_ID });
    });
    if (!posted.posted) return { movementId, outcome: posted.reason };

    const confirmed = await step.run("confirm-count", () =>
      confirmOverrideCount(getDb(), { movementId, count: posted.count, now: new Date() }),
    );
    await step.sendEvent(
      "set-sellable",
      stockChanged.create({ itemId, cause: `override counted in Lightspeed (count ${posted.count.inventoryCountId})` }, { id: `override:${movementId}:sellable` }),
    );
    return { movementId, outcome: confirmed.confirmed ? "posted" : "already-confirmed", inventoryCountId: posted.count.inventoryCountId };
  },
);
