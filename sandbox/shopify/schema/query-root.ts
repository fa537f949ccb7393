import { z } from "zod";
import { graphObject, type GraphObject } from "../graphql/graph-object";
import { gid, parseGid } from "../state/gid";
import { levelKey } from "../state/store-state";
import { bulkOperationObject } from "./bulk-operation-object";
import { connection } from "./connection";
import { inventoryItemObject } from "./inventory-item-object";
import { inventoryLevelObject } from "./inventory-level-object";
import { locationObject } from "./location-object";
import { parseArgs } from "./parse-args";
import { productVariantObject } from "./product-variant-object";
import type { RequestContext } from "./request-context";
import { skuFilter } from "./search-query";
import { webhookSubscriptionObject } from "./webhook-subscription-object";
import { topicFromEnum } from "../webhooks/emit-webhook";

const byId = <T extends { id: number }>(items: Iterable<T>): T[] => [...items].sort((a, b) => a.id - b.id);
const idArgs = z.object({ id: z.string() });

/** Resolves any supported gid to its object (the `node` field). */
export function nodeObject(request: RequestContext, id: string): GraphObject | null {
  const { store } = request;
  const parsed = parseGid(id);
  if (parsed === null) return null;
  switch (parsed.type) {
    case "ProductVariant": {
      const variant = store.variants.get(parsed.id);
      return variant === undefined ? null : productVariantObject(request, variant);
    }
    case "InventoryItem": {
      const item = store.inventoryItems.get(parsed.id);
      return item === undefined ? null : inventoryItemObject(request, item);
    }
    case "InventoryLevel": {
      const itemId = Number(parsed.query.get("inventory_item_id"));
      const level = store.levels.get(levelKey(itemId, parsed.id));
      return level === undefined ? null : inventoryLevelObject(request, level);
    }
    case "Location": {
      const location = store.locations.get(parsed.id);
      return location === undefined ? null : locationObject(location);
    }
    case "BulkOperation": {
      const operation = store.bulkOperations.get(parsed.id);
      return operation === undefined ? null : bulkOperationObject(request, operation);
    }
    case "WebhookSubscription": {
      const subscription = store.webhookSubscriptions.get(parsed.id);
      return subscription === undefined ? null : webhookSubscriptionObject(subscription);
    }
    default:
      return null;
  }
}

export function queryRoot(request: RequestContext): GraphObject {
  const { store } = request;
  const typed = (type: string) => (args: Readonly<Record<string, unknown>>) => {
    const { id } = parseArgs(idArgs, args, type);
    const node = nodeObject(request, id);
    return node !== null && node.typename === type ? node : null;
  };
  return graphObject(
    "QueryRoot",
    {
      shop: () =>
        graphObject("Shop", {
          id: () => gid("Shop", 1),
          name: () => store.name,
          myshopifyDomain: () => store.domain,
          currencyCode: () => store.currency,
        }),
      locations: (args) =>
        connection("LocationConnection", byId(store.locations.values()), args, request, (l) => l.id, locationObject),
      location: typed("Location"),
      productVariants: (args) => {
        const filter = skuFilter(parseArgs(z.object({ query: z.string().nullish() }).loose(), args, "productVariants").query);
        const variants = byId(store.variants.values()).filter((variant) => filter === null || filter(variant.sku));
        return connection("ProductVariantConnection", variants, args, request, (v) => v.id, (v) => productVariantObject(request, v));
      },
      productVariant: typed("ProductVariant"),
      inventoryItems: (args) => {
        const filter = skuFilter(parseArgs(z.object({ query: z.string().nullish() }).loose(), args, "inventoryItems").query);
        const items = byId(store.inventoryItems.values()).filter((item) => filter === null || filter(item.sku));
        return connection("InventoryItemConnection", items, args, request, (i) => i.id, (i) => inventoryItemObject(request, i));
      },
      inventoryItem: typed("InventoryItem"),
      inventoryLevel: typed("InventoryLevel"),
      node: (args) => nodeObject(request, parseArgs(idArgs, args, "node").id),
      nodes: (args) => parseArgs(z.object({ ids: z.array(z.string()) }), args, "nodes").ids.map((id) => nodeObject(request, id)),
      bulkOperation: typed("BulkOperation"),
      currentBulkOperation: (args) => {
        const { type } = parseArgs(z.object({ type: z.enum(["QUERY", "MUTATION"]).default("QUERY") }), args, "currentBulkOperation");
        const latest = byId(store.bulkOperations.values())
          .filter((operation) => operation.type === type)
          .at(-1);
        return latest === undefined ? null : bulkOperationObject(request, latest);
      },
      webhookSubscriptions: (args) => {
        const { topics, uri } = parseArgs(
          z.object({ topics: z.array(z.string()).nullish(), uri: z.string().nullish() }).loose(),
          args,
          "webhookSubscriptions",
        );
        const wanted = topics?.map(topicFromEnum);
        const subscriptions = byId(store.webhookSubscriptions.values()).filter(
          (s) => (wanted === undefined || wanted.includes(s.topic)) && (uri === undefined || uri === null || s.uri === uri),
        );
        return connection("WebhookSubscriptionConnection", subscriptions, args, request, (s) => s.id, webhookSubscriptionObject);
      },
      webhookSubscription: typed("WebhookSubscription"),
    },
    { cost: 0 },
  );
}
