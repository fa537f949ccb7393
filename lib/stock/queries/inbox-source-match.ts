/**
 * How to find the webhook that brought a source event into the portal. Shopify order and refund webhooks carry the
 * numeric id as `"id":123` at the top of the body (compact JSON); Stripe events carry the PaymentIntent, charge or
 * refund id as a quoted string. Lightspeed is polled, and overrides come from the portal: those have no webhook.
 */
export type InboxSourceMatch = {
  provider: "shopify" | "stripe";
  shopDomain: string | null;
  /** Topics that can carry this source event. */
  topics: readonly string[] | null;
  /** The body contains at least one of these. */
  bodyContains: readonly string[];
};

const shopifyTopics = { order: ["orders/create", "orders/paid", "orders/updated"], refund: ["refunds/create"] } as const;

export function inboxSourceMatch(sourceKey: string): InboxSourceMatch | null {
  const parts = sourceKey.split(":");
  const [system, second, third, fourth] = parts;
  if (system === "shopify" && parts.length === 4 && second && fourth && /^\d+$/.test(fourth) && (third === "order" || third === "refund")) {
    return {
      provider: "shopify",
      shopDomain: second,
      topics: shopifyTopics[third],
      bodyContains: [`"id":${fourth},`, `"id":${fourth}}`],
    };
  }
  if (system === "stripe" && parts.length === 2 && second && /^(pi|ch|cs|re)_[A-Za-z0-9]+$/.test(second)) {
    return { provider: "stripe", shopDomain: null, topics: null, bodyContains: [`"${second}"`] };
  }
  return null;
}

/** Whether an inbox entry matches; the same test the database query applies, for assigning rows to source keys. */
export function inboxEntryMatches(
  match: InboxSourceMatch,
  entry: { provider: string; shopDomain: string | null; topic: string; rawBody: string },
): boolean {
  return (
    entry.provider === match.provider &&
    (match.shopDomain === null || entry.shopDomain === match.shopDomain) &&
    (match.topics === null || match.topics.includes(entry.topic)) &&
    match.bodyContains.some((text) => entry.rawBody.includes(text))
  );
}
