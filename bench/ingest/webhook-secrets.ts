/** The one Shopify store and the Stripe endpoint secret the portal and the ceiling server accept webhooks for. */
export const benchShopDomain = "bench-ingest.myshopify.com";
export const benchShopifySecret = "bench-ingest-shopify-secret";
export const benchStripeSecret = "whsec_bench_ingest_secret";
