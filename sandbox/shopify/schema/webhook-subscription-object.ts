import { graphObject, type GraphObject } from "../graphql/graph-object";
import { gid } from "../state/gid";
import type { WebhookSubscriptionState } from "../state/store-state";
import { topicToEnum } from "../webhooks/emit-webhook";
import { graphqlDateTime } from "./graphql-time";

export function webhookSubscriptionObject(subscription: WebhookSubscriptionState): GraphObject {
  return graphObject(
    "WebhookSubscription",
    {
      id: () => gid("WebhookSubscription", subscription.id),
      legacyResourceId: () => String(subscription.id),
      topic: () => topicToEnum(subscription.topic),
      uri: () => subscription.uri,
      format: () => subscription.format,
      includeFields: () => [],
      metafieldNamespaces: () => [],
      filter: () => null,
      createdAt: () => graphqlDateTime(subscription.createdAt),
      updatedAt: () => graphqlDateTime(subscription.updatedAt),
    },
    { interfaces: ["Node"] },
  );
}
