import { z } from "zod";
import { graphObject, type GraphArgs, type GraphObject } from "../graphql/graph-object";
import { GraphqlRequestError } from "../graphql/graphql-error";
import { userErrorObject } from "../schema/user-error-object";
import { parseArgs } from "../schema/parse-args";
import type { RequestContext } from "../schema/request-context";
import { webhookSubscriptionObject } from "../schema/webhook-subscription-object";
import { gid, idOf } from "../state/gid";
import type { UserErrorState, WebhookSubscriptionState } from "../state/store-state";
import { topicFromEnum } from "../webhooks/emit-webhook";

/** Topics a subscription may name. The sandbox fires orders/create, refunds/create, inventory_levels/update, bulk_operations/finish. */
const knownTopics = new Set([
  "APP_UNINSTALLED",
  "BULK_OPERATIONS_FINISH",
  "INVENTORY_ITEMS_CREATE",
  "INVENTORY_ITEMS_DELETE",
  "INVENTORY_ITEMS_UPDATE",
  "INVENTORY_LEVELS_CONNECT",
  "INVENTORY_LEVELS_DISCONNECT",
  "INVENTORY_LEVELS_UPDATE",
  "ORDERS_CANCELLED",
  "ORDERS_CREATE",
  "ORDERS_PAID",
  "ORDERS_UPDATED",
  "PRODUCTS_UPDATE",
  "REFUNDS_CREATE",
]);

const createArgs = z.object({
  topic: z.string(),
  webhookSubscription: z.object({
    uri: z.string().nullish(),
    callbackUrl: z.string().nullish(),
    format: z.enum(["JSON", "XML"]).nullish(),
    includeFields: z.array(z.string()).nullish(),
  }),
});

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** webhookSubscriptionCreate. Plain http is accepted for loopback receivers, unlike Shopify (https only). */
export function webhookSubscriptionCreate(request: RequestContext, args: GraphArgs): GraphObject {
  const { store, sandbox } = request;
  const { topic, webhookSubscription } = parseArgs(createArgs, args, "webhookSubscriptionCreate");
  if (!knownTopics.has(topic)) {
    throw new GraphqlRequestError(
      `Argument 'topic' on Field 'webhookSubscriptionCreate' has an invalid value (${topic}). Expected type 'WebhookSubscriptionTopic!'.`,
      { code: "argumentLiteralsIncompatible", argumentName: "topic" },
    );
  }
  const uri = webhookSubscription.uri ?? webhookSubscription.callbackUrl ?? "";
  const field = ["webhookSubscription", "callbackUrl"];
  const reply = (subscription: WebhookSubscriptionState | null, errors: UserErrorState[]): GraphObject =>
    graphObject(
      "WebhookSubscriptionCreatePayload",
      {
        webhookSubscription: () => (subscription === null ? null : webhookSubscriptionObject(subscription)),
        userErrors: () => errors.map((error) => userErrorObject("UserError", error)),
      },
      { cost: 0 },
    );
  if (!isHttpUrl(uri)) return reply(null, [{ field, message: "Address is invalid", code: null }]);
  const restTopic = topicFromEnum(topic);
  const taken = [...store.webhookSubscriptions.values()].some((s) => s.topic === restTopic && s.uri === uri);
  if (taken) return reply(null, [{ field, message: "Address for this topic has already been taken", code: null }]);
  const now = sandbox.now();
  const subscription: WebhookSubscriptionState = { id: sandbox.nextId(), topic: restTopic, uri, format: "JSON", createdAt: now, updatedAt: now };
  store.webhookSubscriptions.set(subscription.id, subscription);
  return reply(subscription, []);
}

export function webhookSubscriptionDelete(request: RequestContext, args: GraphArgs): GraphObject {
  const { store } = request;
  const { id } = parseArgs(z.object({ id: z.string() }), args, "webhookSubscriptionDelete");
  const numeric = idOf(id, "WebhookSubscription");
  const exists = numeric !== null && store.webhookSubscriptions.delete(numeric);
  const errors: UserErrorState[] = exists ? [] : [{ field: ["id"], message: "Webhook subscription does not exist", code: null }];
  return graphObject(
    "WebhookSubscriptionDeletePayload",
    {
      deletedWebhookSubscriptionId: () => (exists && numeric !== null ? gid("WebhookSubscription", numeric) : null),
      userErrors: () => errors.map((error) => userErrorObject("UserError", error)),
    },
    { cost: 0 },
  );
}
