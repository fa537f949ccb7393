/**
 * The truth model for a Shopify store (DESIGN.md §2):
 *
 *   sellable = max(0, Lightspeed on-hand for the store's Lightspeed shop − open pending units − the store's safety buffer)
 *
 * Pure, so the inventory screens, reconciliation and the sync engine compute the very same figure.
 */
export type SellableInput = {
  /** `ItemShop.qoh` of the Lightspeed shop that feeds the store; Lightspeed allows it to go negative. */
  onHand: number;
  /** Units sold online and not yet posted to Lightspeed (open `pending_units`), for that Lightspeed shop. */
  pendingUnits: number;
  /** The store's safety buffer for this SKU (see `effectiveSafetyBuffer`). */
  safetyBuffer: number;
};

function assertInteger(name: string, value: number, { nonNegative }: { nonNegative: boolean }): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number, got ${String(value)}`);
  if (nonNegative && value < 0) throw new RangeError(`${name} must not be negative, got ${value}`);
}

/** What a Shopify store may sell of one SKU. Never negative. */
export function computeSellable({ onHand, pendingUnits, safetyBuffer }: SellableInput): number {
  assertInteger("onHand", onHand, { nonNegative: false });
  assertInteger("pendingUnits", pendingUnits, { nonNegative: true });
  assertInteger("safetyBuffer", safetyBuffer, { nonNegative: true });
  return Math.max(0, onHand - pendingUnits - safetyBuffer);
}

/** A per-SKU buffer for the store overrides the store's default (an override of 0 means "no buffer"). */
export function effectiveSafetyBuffer({ storeDefault, skuOverride }: { storeDefault: number; skuOverride: number | null | undefined }): number {
  return skuOverride ?? storeDefault;
}
