/**
 * Units sold online (Shopify, Stripe) that Lightspeed does not show yet: until the portal posts the order as a
 * Lightspeed sale, those units are still in `qoh` but already gone. The generator subtracts them before selling
 * anything, so it never sells a unit twice whether or not a portal is running. An order leaves the list when a
 * Lightspeed sale carries one of its references (the portal's referenceNumber).
 */
export type PendingOnline = {
  add: (key: string, references: readonly string[], lines: ReadonlyArray<{ sku: string; quantity: number }>) => void;
  /** Goods of a pending order came back (a refund with restock) before it reached Lightspeed. */
  returned: (key: string, sku: string, quantity: number) => void;
  /** Drops the orders Lightspeed now shows (any of their references among `references`). */
  release: (references: ReadonlySet<string>) => void;
  /** Pending units per SKU. */
  totals: () => Map<string, number>;
  size: () => number;
};

type Entry = { references: readonly string[]; units: Map<string, number> };

export function createPendingOnline(): PendingOnline {
  const entries = new Map<string, Entry>();
  return {
    add: (key, references, lines) => {
      const units = new Map<string, number>();
      for (const line of lines) units.set(line.sku, (units.get(line.sku) ?? 0) + line.quantity);
      entries.set(key, { references, units });
    },
    returned: (key, sku, quantity) => {
      const entry = entries.get(key);
      if (entry === undefined) return;
      entry.units.set(sku, Math.max(0, (entry.units.get(sku) ?? 0) - quantity));
    },
    release: (references) => {
      for (const [key, entry] of entries) if (entry.references.some((reference) => references.has(reference))) entries.delete(key);
    },
    totals: () => {
      const totals = new Map<string, number>();
      for (const entry of entries.values()) {
        for (const [sku, quantity] of entry.units) totals.set(sku, (totals.get(sku) ?? 0) + quantity);
      }
      return totals;
    },
    size: () => entries.size,
  };
}
