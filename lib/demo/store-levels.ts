import type { DemoItem } from "./catalog";
import type { Random } from "./random";
import type { StockLedger } from "./stock-ledger";
import type { DemoVariant } from "./store-listings";
import { demoStore, demoStores, type StoreKey } from "./stores";

export type DemoSafetyBuffer = { storeKey: StoreKey; sku: string; units: number };
export type DemoShopifyLevel = { storeKey: StoreKey; sku: string; available: number; observedAt: Date };
export type DemoShopifyWrite = { storeKey: StoreKey; inventoryItemId: string; locationId: string; quantity: number; idempotencyKey: string; writtenAt: Date };
/** A store whose `available` differs from the sellable figure, still open for the owner. */
export type DemoOpenDrift = { storeKey: StoreKey; sku: string; expected: number; actual: number; cause: string; detectedAt: Date };

export type StoreLevels = { buffers: DemoSafetyBuffer[]; levels: DemoShopifyLevel[]; writes: DemoShopifyWrite[]; openDrifts: DemoOpenDrift[] };

/** Per-SKU buffers the owner set: fragile or pricey pieces in the main store, end-of-lines sold to zero in the outlet. */
const bufferWishes: DemoSafetyBuffer[] = [
  { storeKey: "main", sku: "ESP-MCH-SGL", units: 1 },
  { storeKey: "main", sku: "ESP-MCH-DUAL", units: 1 },
  { storeKey: "main", sku: "MUG-PTR-CLD", units: 1 },
  { storeKey: "main", sku: "MUG-PTR-TMK", units: 1 },
  { storeKey: "main", sku: "GLS-TMB-12OZ", units: 2 },
  { storeKey: "outlet", sku: "BRW-MOK-9CUP", units: 0 },
  { storeKey: "outlet", sku: "KTL-STV-STL", units: 0 },
  { storeKey: "outlet", sku: "TUM-INS-20OZ-NVY", units: 4 },
];

const driftCauses: ((expected: number, actual: number, at: Date) => string)[] = [
  (expected, actual, at) =>
    `Edited by hand in Shopify admin (available set to ${actual} at ${at.toISOString().slice(11, 16)} UTC, not the portal's write of ${expected}); held for the owner after repeated edits today.`,
  (expected, actual) =>
    `Shopify shows ${actual}, the portal last wrote ${expected}: the repair was skipped when the store's rate budget ran out; it will be retried on the next pass.`,
  (expected, actual) =>
    `Shopify shows ${expected - actual} fewer than expected (${actual} vs ${expected}): probably an order whose orders/create webhook never arrived; held until the store's orders are re-read.`,
];

function sellable(onHand: number, pending: number, buffer: number): number {
  return Math.max(0, onHand - pending - buffer);
}

/**
 * What each Shopify store shows: the sellable figure the portal last wrote (on-hand − open pending − buffer,
 * never below 0), except a few SKUs someone or something changed behind the portal's back (the open drifts).
 */
export function buildStoreLevels(random: Random, items: readonly DemoItem[], variants: readonly DemoVariant[], ledger: StockLedger, now: Date): StoreLevels {
  const known = new Set(items.map((item) => item.sku));
  const mapped = variants.filter((variant): variant is DemoVariant & { itemSku: string } => variant.itemSku !== null && known.has(variant.itemSku));
  const listed = new Set(mapped.map((variant) => `${variant.storeKey}:${variant.itemSku}`));
  const buffers = bufferWishes.filter((wish) => listed.has(`${wish.storeKey}:${wish.sku}`));
  const bufferOf = (storeKey: StoreKey, sku: string): number =>
    buffers.find((buffer) => buffer.storeKey === storeKey && buffer.sku === sku)?.units ?? demoStore(storeKey).defaultSafetyBuffer;

  const lastChange = new Map<string, Date>();
  for (const movement of ledger.movements) {
    const at = movement.postedAt ?? movement.at;
    const previous = lastChange.get(movement.sku);
    if (!previous || at > previous) lastChange.set(movement.sku, at);
  }

  const writtenAt = new Map<string, Date>();
  for (const variant of mapped) {
    const changed = lastChange.get(variant.itemSku) ?? ledger.story.countAt;
    writtenAt.set(`${variant.storeKey}:${variant.itemSku}`, new Date(changed.getTime() + random.int(1, 4) * 1000));
  }
  const writtenAtOf = (storeKey: StoreKey, sku: string): Date => writtenAt.get(`${storeKey}:${sku}`) ?? ledger.story.countAt;

  const slow = new Set(items.filter((item) => item.slowMover).map((item) => item.sku));
  const expectedOf = (variant: { storeKey: StoreKey; itemSku: string }): number =>
    sellable(ledger.onHand.get(variant.itemSku)?.onHand ?? 0, ledger.openPending.get(variant.itemSku) ?? 0, bufferOf(variant.storeKey, variant.itemSku));
  const driftable = (storeKey: StoreKey) =>
    random.shuffle(
      mapped.filter(
        (variant) =>
          variant.storeKey === storeKey &&
          !slow.has(variant.itemSku) &&
          !ledger.story.soldOutSkus.includes(variant.itemSku) &&
          !ledger.openPending.has(variant.itemSku) &&
          writtenAtOf(variant.storeKey, variant.itemSku).getTime() < now.getTime() - 95 * 60_000 &&
          !buffers.some((buffer) => buffer.sku === variant.itemSku) &&
          expectedOf(variant) >= 4,
      ),
    );
  const drifting = [...driftable("main").slice(0, 2), ...driftable("outlet").slice(0, 1)];
  const shifts = [random.int(4, 9), -random.int(1, 2), -1];
  const openDrifts: DemoOpenDrift[] = drifting.map((variant, index) => {
    const expected = expectedOf(variant);
    const actual = Math.max(0, expected + (shifts[index] ?? 1));
    // Seen within the last hour and a half, after the portal's last write (a later write would have put it right).
    const detectedAt = new Date(now.getTime() - random.int(5, 90) * 60_000);
    const cause = driftCauses[index] ?? driftCauses[0];
    return { storeKey: variant.storeKey, sku: variant.itemSku, expected, actual, cause: cause ? cause(expected, actual, detectedAt) : "", detectedAt };
  });

  const levels: DemoShopifyLevel[] = [];
  const writes: DemoShopifyWrite[] = [];
  for (const variant of mapped) {
    const store = demoStores.find((candidate) => candidate.key === variant.storeKey);
    if (!store) continue;
    const expected = expectedOf(variant);
    const written = writtenAtOf(variant.storeKey, variant.itemSku);
    const drift = openDrifts.find((candidate) => candidate.storeKey === variant.storeKey && candidate.sku === variant.itemSku);
    levels.push({ storeKey: variant.storeKey, sku: variant.itemSku, available: drift ? drift.actual : expected, observedAt: drift ? drift.detectedAt : written });
    writes.push({
      storeKey: variant.storeKey,
      inventoryItemId: variant.inventoryItemId,
      locationId: store.locationId,
      quantity: expected,
      idempotencyKey: `sellable:${variant.storeKey}:${variant.itemSku}:${random.token(12)}`,
      writtenAt: written,
    });
  }
  return { buffers, levels, writes, openDrifts };
}
