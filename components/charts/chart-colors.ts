/** Series colours: distinct in hue and light enough to read a label on, in a stable order. */
export const seriesColors = {
  inStore: "#1f7a55",
  stripe: "#7c3aed",
  stores: ["#2563eb", "#d97706", "#db2777", "#0891b2", "#65a30d"],
  onHand: "#94a3b8",
  sold: "#1f7a55",
} as const;

/** The colour of a sales channel: the till green, Stripe violet, Shopify stores in turn from the store palette. */
export function channelColor(kind: "in_store" | "shopify" | "stripe", storeIndex: number): string {
  if (kind === "in_store") return seriesColors.inStore;
  if (kind === "stripe") return seriesColors.stripe;
  return seriesColors.stores[storeIndex % seriesColors.stores.length] ?? seriesColors.inStore;
}
