import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import type { InboxEvent } from "@/lib/webhooks/inbox-event";
import { inngest } from "./client";
import { webhookReceived } from "./events";
import { answerEnginePing } from "./functions/answer-engine-ping";
import { handleAppUninstalled } from "./functions/handle-app-uninstalled";
import { handleInventoryLevelUpdate } from "./functions/handle-inventory-level-update";
import { handleRefund } from "./functions/handle-refund";
import { handleShopifyOrder } from "./functions/handle-shopify-order";
import { handleStripePayment } from "./functions/handle-stripe-payment";
import { pollLightspeedFunction } from "./functions/poll-lightspeed";
import { postOverrideCountFunction } from "./functions/post-override-count";
import { sweepPendingOverrides } from "./functions/sweep-pending-overrides";
import { reconcileStock } from "./functions/reconcile-stock";
import { syncItemSellable } from "./functions/sync-item-sellable";
import { createCheckWebhookSubscriptionsFunction } from "./functions/check-webhook-subscriptions";
import { createRegisterWebhookSubscriptionsFunction, type WebhookSubscriptionFunctionDeps } from "./functions/register-webhook-subscriptions";
import { createSweepInboxFunction } from "./functions/sweep-inbox";

/** Hands an inbox entry to the engine, through the typed event (its schema is checked before sending). */
const sendInboxEvent = (event: InboxEvent) => inngest.send(webhookReceived.create(event.data, { id: event.id }));

/** Shopify must be told where to deliver: without PUBLIC_URL the subscription functions say so and change nothing. */
const webhookSubscriptionDeps: WebhookSubscriptionFunctionDeps = { publicUrl: env.PUBLIC_URL ?? null, stores: () => getConnectors().shopify };

/** Every function the app serves from /api/inngest. */
export const functions = [
  answerEnginePing,
  handleShopifyOrder,
  handleStripePayment,
  handleRefund,
  handleInventoryLevelUpdate,
  handleAppUninstalled,
  pollLightspeedFunction,
  syncItemSellable,
  postOverrideCountFunction,
  sweepPendingOverrides,
  reconcileStock,
  createSweepInboxFunction(inngest, { db: getDb, send: sendInboxEvent }),
  createRegisterWebhookSubscriptionsFunction(inngest, webhookSubscriptionDeps),
  createCheckWebhookSubscriptionsFunction(inngest, webhookSubscriptionDeps),
];
