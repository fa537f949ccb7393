import { z } from "zod";
import type { GraphqlExecutor, GraphqlSuccess } from "./execute-graphql";
import { fail, succeed, type ShopifyResult } from "./shopify-result";

/** A subscription, with its topic in the REST form the webhook headers use ("orders/create"). */
export type WebhookSubscription = { id: string; topic: string; uri: string; format: string; createdAt: string };

/** "orders/create" → "ORDERS_CREATE" (the GraphQL enum). */
export function toSubscriptionTopic(topic: string): string {
  return topic.replace("/", "_").toUpperCase();
}

/** "INVENTORY_LEVELS_UPDATE" → "inventory_levels/update". */
export function fromSubscriptionTopic(value: string): string {
  const cut = value.lastIndexOf("_");
  return (cut < 0 ? value : `${value.slice(0, cut)}/${value.slice(cut + 1)}`).toLowerCase();
}

const subscriptionSchema = z.object({ id: z.string(), topic: z.string(), uri: z.string(), format: z.string(), createdAt: z.string() });
const userErrorsSchema = z.array(z.object({ field: z.array(z.string()).nullable(), message: z.string() }));
const toSubscription = (node: z.infer<typeof subscriptionSchema>): WebhookSubscription => ({ ...node, topic: fromSubscriptionTopic(node.topic) });

const listQuery = `query WebhookSubscriptions($first: Int!, $after: String) {
  webhookSubscriptions(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id topic uri format createdAt }
  }
}`;
const listSchema = z.object({
  webhookSubscriptions: z.object({
    pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
    nodes: z.array(subscriptionSchema),
  }),
});

export async function listWebhookSubscriptions(execute: GraphqlExecutor): Promise<ShopifyResult<WebhookSubscription[]>> {
  const all: WebhookSubscription[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ShopifyResult<GraphqlSuccess<z.infer<typeof listSchema>>> = await execute({
      operationName: "WebhookSubscriptions",
      query: listQuery,
      variables: { first: 100, after },
      cost: 2 + 100,
      data: listSchema,
      retry: "always",
    });
    if (!page.ok) return fail(page.error);
    const { nodes, pageInfo }: z.infer<typeof listSchema>["webhookSubscriptions"] = page.value.data.webhookSubscriptions;
    all.push(...nodes.map(toSubscription));
    if (!pageInfo.hasNextPage || pageInfo.endCursor === null) return succeed(all);
    after = pageInfo.endCursor;
  }
}

const createMutation = `mutation WebhookSubscriptionCreate($topic: WebhookSubscriptionTopic!, $webhookSubscription: WebhookSubscriptionInput!) {
  webhookSubscriptionCreate(topic: $topic, webhookSubscription: $webhookSubscription) {
    webhookSubscription { id topic uri format createdAt }
    userErrors { field message }
  }
}`;
const createSchema = z.object({
  webhookSubscriptionCreate: z.object({ webhookSubscription: subscriptionSchema.nullable(), userErrors: userErrorsSchema }),
});

/**
 * Subscribes `uri` to a topic. Asking again for a pair that exists answers `exists` (Shopify's "has already
 * been taken"), so registering the portal's topics can simply be repeated. Not retried after a lost answer.
 */
export async function createWebhookSubscription(
  execute: GraphqlExecutor,
  args: { topic: string; uri: string },
): Promise<ShopifyResult<{ status: "created"; subscription: WebhookSubscription } | { status: "exists" }>> {
  const result = await execute({
    operationName: "WebhookSubscriptionCreate",
    query: createMutation,
    variables: { topic: toSubscriptionTopic(args.topic), webhookSubscription: { uri: args.uri, format: "JSON" } },
    cost: 10,
    data: createSchema,
    retry: "unsafe",
  });
  if (!result.ok) return result;
  const { webhookSubscription, userErrors } = result.value.data.webhookSubscriptionCreate;
  if (webhookSubscription !== null) return succeed({ status: "created", subscription: toSubscription(webhookSubscription) });
  if (userErrors.some((error) => /already been taken/i.test(error.message))) return succeed({ status: "exists" });
  return fail({
    code: "USER_ERRORS",
    message: userErrors.map((error) => error.message).join("; "),
    userErrors: userErrors.map((error) => ({ ...error, code: null })),
  });
}

const deleteMutation = `mutation WebhookSubscriptionDelete($id: ID!) {
  webhookSubscriptionDelete(id: $id) {
    deletedWebhookSubscriptionId
    userErrors { field message }
  }
}`;
const deleteSchema = z.object({
  webhookSubscriptionDelete: z.object({ deletedWebhookSubscriptionId: z.string().nullable(), userErrors: userErrorsSchema }),
});

/** Deleting is naturally idempotent: a subscription already gone answers `not-found`. */
export async function deleteWebhookSubscription(
  execute: GraphqlExecutor,
  id: string,
): Promise<ShopifyResult<{ status: "deleted" | "not-found"; id: string }>> {
  const result = await execute({
    operationName: "WebhookSubscriptionDelete",
    query: deleteMutation,
    variables: { id },
    cost: 10,
    data: deleteSchema,
    retry: "always",
  });
  if (!result.ok) return result;
  const { deletedWebhookSubscriptionId, userErrors } = result.value.data.webhookSubscriptionDelete;
  if (deletedWebhookSubscriptionId !== null) return succeed({ status: "deleted", id: deletedWebhookSubscriptionId });
  if (userErrors.some((error) => /does not exist|not found/i.test(error.message))) return succeed({ status: "not-found", id });
  return fail({
    code: "USER_ERRORS",
    message: userErrors.map((error) => error.message).join("; "),
    userErrors: userErrors.map((error) => ({ ...error, code: null })),
  });
}
