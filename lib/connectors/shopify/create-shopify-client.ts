import { readItemLevels, type ItemLevel } from "./read-item-levels";
import { resolveShopifyConfig, type ShopifyClientConfig } from "./client-config";
import { createCostBudget, type BudgetSnapshot } from "./cost-budget";
import { createGraphqlExecutor } from "./execute-graphql";
import { readAllVariantLevels, readVariantLevelsPage, type VariantLevel, type VariantLevelsPage } from "./read-variant-levels";
import { runBulkInventoryRead, type BulkInventorySnapshot } from "./run-bulk-inventory-read";
import { setInventoryQuantities, type SetQuantitiesInput, type SetQuantitiesOutcome } from "./set-inventory-quantities";
import type { ShopifyResult } from "./shopify-result";
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  listWebhookSubscriptions,
  type WebhookSubscription,
} from "./webhook-subscriptions";

export type ShopifyClient = {
  shopDomain: string;
  apiVersion: string;
  readVariantLevelsPage: (args: { locationId: string; first?: number; after?: string | null }) => Promise<ShopifyResult<VariantLevelsPage>>;
  readAllVariantLevels: (args: {
    locationId: string;
    pageSize?: number;
    onPage?: (page: VariantLevelsPage) => void;
  }) => Promise<ShopifyResult<VariantLevel[]>>;
  runBulkInventoryRead: (options?: { onProgress?: (objectCount: number) => void }) => Promise<ShopifyResult<BulkInventorySnapshot>>;
  readItemLevels: (args: { inventoryItemIds: readonly string[]; locationId: string }) => Promise<ShopifyResult<ItemLevel[]>>;
  setInventoryQuantities: (input: SetQuantitiesInput) => Promise<SetQuantitiesOutcome>;
  listWebhookSubscriptions: () => Promise<ShopifyResult<WebhookSubscription[]>>;
  createWebhookSubscription: (args: { topic: string; uri: string }) => Promise<ShopifyResult<{ status: "created"; subscription: WebhookSubscription } | { status: "exists" }>>;
  deleteWebhookSubscription: (id: string) => Promise<ShopifyResult<{ status: "deleted" | "not-found"; id: string }>>;
  /** The client's view of the store's cost bucket. */
  budget: () => BudgetSnapshot;
};

/**
 * One client per store (Shopify's cost bucket is per app and store). Share the instance across every caller
 * for that store in a process, so they queue on one budget instead of racing for it.
 */
export function createShopifyClient(config: ShopifyClientConfig): ShopifyClient {
  const resolved = resolveShopifyConfig(config);
  const budget = createCostBudget({ now: resolved.now, sleep: resolved.sleep });
  const execute = createGraphqlExecutor(resolved, budget);
  return {
    shopDomain: resolved.shopDomain,
    apiVersion: resolved.apiVersion,
    readVariantLevelsPage: (args) => readVariantLevelsPage(execute, args),
    readAllVariantLevels: (args) => readAllVariantLevels(execute, args),
    runBulkInventoryRead: (options) => runBulkInventoryRead(execute, resolved, options),
    readItemLevels: (args) => readItemLevels(execute, args),
    setInventoryQuantities: (input) => setInventoryQuantities(execute, input, resolved.maxBatchSize),
    listWebhookSubscriptions: () => listWebhookSubscriptions(execute),
    createWebhookSubscription: (args) => createWebhookSubscription(execute, args),
    deleteWebhookSubscription: (id) => deleteWebhookSubscription(execute, id),
    budget: budget.snapshot,
  };
}
