/**
 * What a Shopify store may sell of one SKU (DESIGN §2): Lightspeed on-hand for the store's Lightspeed shop, less
 * units sold online but not yet posted to Lightspeed, less the store's safety buffer — never below zero.
 */
export function computeSellable(input: { onHand: number; pendingUnits: number; safetyBuffer: number }): number {
  return Math.max(0, input.onHand - input.pendingUnits - input.safetyBuffer);
}
