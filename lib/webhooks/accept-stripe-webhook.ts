import type { Executor } from "@/lib/db";
import type { StripeMode } from "@/lib/connectors/stripe";
import { acceptVerifiedDelivery, type AcceptDeliveryDeps } from "./accept-verified-delivery";
import { classifyStripeDelivery } from "./classify-stripe-delivery";
import type { WebhookAnswer } from "./webhook-answer";
import type { WebhookDelivery } from "./webhook-delivery";
import { silentWebhookLogger } from "./webhook-logger";

export type StripeWebhookDeps = AcceptDeliveryDeps & {
  /** STRIPE_WEBHOOK_SECRETS. */
  secrets: readonly string[];
  /** From STRIPE_SECRET_KEY (getConnectors().stripe?.mode); null when no key is configured. */
  mode: StripeMode | null;
  toleranceSeconds?: number;
};

/**
 * The Stripe webhook endpoint without Next: judge the delivery (classify-stripe-delivery.ts: 401 forged, stale or
 * missing signature, 404 when no secret is configured — nothing stored), then record it once under its event id,
 * hand it to the engine as `stripe:<evt_…>` and acknowledge (accept-verified-delivery.ts).
 */
export async function acceptStripeWebhook(db: Executor, delivery: WebhookDelivery, deps: StripeWebhookDeps): Promise<WebhookAnswer> {
  const { now = () => new Date(), logger = silentWebhookLogger } = deps;
  const classified = classifyStripeDelivery(delivery, {
    secrets: deps.secrets,
    mode: deps.mode,
    now: now(),
    ...(deps.toleranceSeconds === undefined ? {} : { toleranceSeconds: deps.toleranceSeconds }),
  });
  if (classified.kind === "refused") {
    if (classified.answer.status === 404) logger.warn("a Stripe webhook arrived but STRIPE_WEBHOOK_SECRETS is empty: refused (404)");
    return classified.answer;
  }
  return acceptVerifiedDelivery(db, classified.delivery, deps);
}
