import { z } from "zod";
import { requestStripe } from "./request-stripe";
import { stripeCheckoutLineItemSchema, type StripeCheckoutLineItem } from "./schemas/checkout-line-item-schema";
import type { StripeConnection } from "./stripe-connection";

const stripeCheckoutLineItemPageSchema = z.object({
  object: z.literal("list"),
  data: z.array(stripeCheckoutLineItemSchema),
  has_more: z.boolean(),
});

/** The most a Checkout Session in payment mode can hold, and Stripe's largest page. */
const PAGE_SIZE = 100;

/**
 * All line items of a Checkout Session, with `price.product` expanded so the product's SKU metadata is there.
 * Pages through `has_more` with `starting_after`, though a payment-mode session fits in one page.
 */
export async function listCheckoutSessionLineItems(
  connection: StripeConnection,
  checkoutSessionId: string,
): Promise<StripeCheckoutLineItem[]> {
  const items: StripeCheckoutLineItem[] = [];
  let startingAfter: string | undefined;
  for (;;) {
    const after = startingAfter;
    const page = await requestStripe(
      `list line items of Checkout Session ${checkoutSessionId}`,
      stripeCheckoutLineItemPageSchema,
      () =>
        connection.sdk.checkout.sessions.listLineItems(checkoutSessionId, {
          limit: PAGE_SIZE,
          expand: ["data.price.product"],
          ...(after ? { starting_after: after } : {}),
        }),
    );
    items.push(...page.data);
    const last = page.data.at(-1);
    if (!page.has_more || !last) return items;
    startingAfter = last.id;
  }
}
