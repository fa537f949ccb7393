/** The simulated Shopify Admin API. Reached by the app only through its URL; never imported by the app. */
export { createShopifySandbox, type ShopifySandbox, type ShopifySandboxOptions } from "./create-shopify-sandbox";
export type { ShopifySandboxControl, SentWebhookView } from "./control/create-control";
export type { LevelEdit, OrderInput, RefundInput, SandboxSettingsInput, StoreSeed } from "./control/control-schemas";
export type { StoreInspection } from "./control/inspect-store";
export type { SeededStore } from "./control/seed-store";
export { signWebhookBody } from "./webhooks/sign-webhook";
