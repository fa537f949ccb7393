/**
 * What a ledger row's source event is, in words, from its source key (`lightspeed:sale:123`,
 * `shopify:{domain}:order:456`, `stripe:pi_…`, …). Unknown shapes are shown as they are.
 */
export function describeSourceEvent(sourceKey: string): string {
  const parts = sourceKey.split(":");
  const [system, second, third, fourth] = parts;
  if (system === "lightspeed") {
    if (second === "sale" && third) return `Lightspeed sale ${third}`;
    if (second === "order" && third) return `Purchase order ${third}`;
    if (second === "inventory-count" && third) return `Stock count ${third}`;
    if (second === "item-shop") return "Lightspeed level correction";
  }
  if (system === "shopify" && second && fourth) {
    if (third === "order") return `Shopify order ${fourth}`;
    if (third === "refund") return `Shopify refund ${fourth}`;
  }
  if (system === "stripe" && second) {
    if (second.startsWith("pi_") || second.startsWith("ch_") || second.startsWith("cs_")) return `Stripe payment ${second}`;
    if (second.startsWith("re_")) return `Stripe refund ${second}`;
  }
  if (system === "portal" && second === "override") return "Owner override";
  return sourceKey;
}
