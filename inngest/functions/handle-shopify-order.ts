import { NonRetriableError } from "inngest";
import { getConnectors } from "@/lib/connections/process-connectors";
import { matchIdentity } from "@/lib/customers/match-identity";
import { getDb } from "@/lib/db";
import { attentionItems } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { parseJsonKeepingBigIntegers } from "@/lib/json/parse-json-keeping-big-integers";
import { buildShopifyOrder } from "@/lib/orders/build-shopify-order";
import { confirmPostedSale } from "@/lib/orders/confirm-posted-sale";
import { postOnlineOrderSale } from "@/lib/orders/post-online-order-sale";
import { reserveOnlineOrder } from "@/lib/orders/reserve-online-order";
import { shopifyOrderPayloadSchema } from "@/lib/orders/shopify-order-payload";
import { markInboxEntryFailed, markInboxEntryIgnored, markInboxEntryProcessed } from "@/lib/webhooks/mark-inbox-entry";
import { readInboxEntry } from "@/lib/webhooks/read-inbox-entry";
import { inngest } from "../client";
import { stockChanged, webhookReceived } from "../events";

/**
 * A Shopify order (DESIGN §3.1): reserve its units as pending → set sellable in every store → post the Lightspeed
 * sale (found by reference number before any retry) → release pending into the on-hand.
 */
export const handleShopifyOrder = inngest.createFunction(
  {
    id: "handle-shopify-order",
    retries: 10,
    // reserving the units is what stops the other channels overselling: ahead of refunds and admin edits
    priority: { run: "60" },
    triggers: [{ event: webhookReceived, if: "event.data.provider == 'shopify' && event.data.topic == 'orders/create'" }],
    onFailure: async ({ event, error }) => {
      await markInboxEntryFailed(getDb(), event.data.event.data.inboxId, { error: error.message });
    },
  },
  async ({ event, step }) => {
    const inboxId = event.data.inboxId;
    const reserved = await step.run("reserve-units", async () => {
      const db = getDb();
      const entry = await readInboxEntry(db, inboxId);
      if (!entry) throw new NonRetriableError(`inbox entry ${inboxId} does not exist`);
      const parsed = shopifyOrderPayloadSchema.safeParse(parseJsonKeepingBigIntegers(entry.rawBody));
      if (!parsed.success || !entry.shopDomain) {
        await markInboxEntryIgnored(db, inboxId, `malformed orders/create payload: ${parsed.error?.issues[0]?.message ?? "no shop"}`);
        return null;
      }
      const built = await buildShopifyOrder(db, entry.shopDomain, parsed.data);
      if (!built) {
        await markInboxEntryIgnored(db, inboxId, `unknown store ${entry.shopDomain}`);
        return null;
      }
      for (const line of built.unmappedLines) {
        await db
          .insert(attentionItems)
          .values({
            kind: "unmapped_sku",
            subjectKey: `${built.order.sourceKey}:${line.variantId ?? line.sku ?? "line"}`,
            title: `Order ${parsed.data.name ?? parsed.data.id} in ${entry.shopDomain} sold an unmapped variant (${line.sku ?? "no SKU"})`,
            detail: { ...line, order: built.order.sourceKey },
            inboxId,
          })
          .onConflictDoNothing();
      }
      if (built.order.lines.length === 0) {
        await markInboxEntryProcessed(db, inboxId, { reason: "needs attention: no mapped lines" });
        return null;
      }
      const buyer = parsed.data.customer;
      const customer = await matchIdentity(
        db,
        {
          system: "shopify",
          shopifyStoreId: built.order.shopifyStoreId,
          externalId: buyer?.id ?? `order:${parsed.data.id}`,
          name: [buyer?.first_name, buyer?.last_name].filter(Boolean).join(" ") || null,
          email: buyer?.email ?? parsed.data.email ?? null,
          phone: buyer?.phone ?? parsed.data.phone ?? null,
        },
        { country: env.SHOP_COUNTRY },
      );
      return reserveOnlineOrder(db, { ...built.order, customerId: customer.customerId });
    });
    if (!reserved) return { outcome: "not an order to post" };

    await step.sendEvent(
      "set-sellable",
      reserved.itemIds.map((itemId) => stockChanged.create({ itemId, cause: `order ${reserved.orderId} reserved` }, { id: `reserve:${reserved.orderId}:${itemId}` })),
    );

    const posted = await step.run("post-lightspeed-sale", async () => {
      const lightspeed = getConnectors().lightspeed;
      if (!lightspeed) throw new NonRetriableError("no Lightspeed account is configured");
      return postOnlineOrderSale(getDb(), lightspeed, reserved.orderId, {
        registerId: env.LIGHTSPEED_REGISTER_ID,
        employeeId: env.LIGHTSPEED_EMPLOYEE_ID,
      });
    });

    await step.run("confirm-posted", async () => {
      const db = getDb();
      if (posted) {
        await confirmPostedSale(db, {
          orderId: reserved.orderId,
          lightspeedSaleId: posted.lightspeedSaleId,
          saleTimestamp: new Date(posted.saleTimestamp),
          now: new Date(),
        });
      }
      await markInboxEntryProcessed(db, inboxId);
    });
    return { orderId: reserved.orderId, lightspeedSaleId: posted?.lightspeedSaleId ?? null };
  },
);
