/** Shopify's timestamp style in webhook payloads: ISO 8601 with an explicit offset, no milliseconds. */
export function shopifyTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "+00:00");
}

export function moneySet(amount: string, currency: string): Record<string, unknown> {
  return {
    shop_money: { amount, currency_code: currency },
    presentment_money: { amount, currency_code: currency },
  };
}
