/**
 * The Admin API version the connector is written against. 2026-04 is the first version with the finished
 * concurrency design: `changeFromQuantity` required on every quantity (null opts out) and `@idempotent`
 * required on inventory mutations, with the stale compare reported as CHANGE_FROM_QUANTITY_STALE.
 * Shopify supports a stable version for 12 months; move this forward deliberately, with the contract tests.
 */
export const shopifyApiVersion = "2026-04";
