/** Shopify Admin GraphQL connector: one typed client per store, and webhook verification. Knows nothing of the domain. */
export { shopifyApiVersion } from "./api-version";
export { createShopifyClient, type ShopifyClient } from "./create-shopify-client";
export type { RetryPolicy, ShopifyClientConfig } from "./client-config";
export type { BudgetSnapshot, ThrottleStatus } from "./cost-budget";
export type { VariantLevel, VariantLevelsPage } from "./read-variant-levels";
export type { ItemLevel } from "./read-item-levels";
export type { BulkInventorySnapshot } from "./run-bulk-inventory-read";
export type { BulkInventoryItem } from "./parse-bulk-inventory";
export type { InventoryReason, QuantityWrite, SetQuantitiesInput, SetQuantitiesOutcome } from "./set-inventory-quantities";
export type { ShopifyFailure, ShopifyResult, ShopifyUserError } from "./shopify-result";
export { fromSubscriptionTopic, toSubscriptionTopic, type WebhookSubscription } from "./webhook-subscriptions";
export { legacyIdFromGid, toShopifyGid } from "./shopify-gid";
export { verifyShopifyWebhook } from "./verify-webhook";
