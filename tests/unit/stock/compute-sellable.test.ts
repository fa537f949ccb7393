import { describe, expect, it } from "vitest";
import { computeSellable, effectiveSafetyBuffer } from "@/lib/stock/compute-sellable";

describe("computeSellable", () => {
  it("is on-hand less pending units less the safety buffer", () => {
    expect(computeSellable({ onHand: 10, pendingUnits: 3, safetyBuffer: 2 })).toBe(5);
    expect(computeSellable({ onHand: 10, pendingUnits: 0, safetyBuffer: 0 })).toBe(10);
  });

  it("never goes below zero, whatever Lightspeed says", () => {
    expect(computeSellable({ onHand: 3, pendingUnits: 2, safetyBuffer: 2 })).toBe(0);
    expect(computeSellable({ onHand: 0, pendingUnits: 0, safetyBuffer: 0 })).toBe(0);
    expect(computeSellable({ onHand: -4, pendingUnits: 0, safetyBuffer: 0 })).toBe(0);
  });

  it("subtracts pending units exactly once: posting moves units from pending to on-hand without a rise", () => {
    const beforePosting = computeSellable({ onHand: 8, pendingUnits: 2, safetyBuffer: 1 });
    // The posted sale releases its 2 pending units and applies −2 to on-hand in one step.
    const afterPosting = computeSellable({ onHand: 6, pendingUnits: 0, safetyBuffer: 1 });
    expect(afterPosting).toBe(beforePosting);
  });

  it("refuses figures that cannot be right rather than guessing", () => {
    expect(() => computeSellable({ onHand: 1.5, pendingUnits: 0, safetyBuffer: 0 })).toThrow(RangeError);
    expect(() => computeSellable({ onHand: Number.NaN, pendingUnits: 0, safetyBuffer: 0 })).toThrow(RangeError);
    expect(() => computeSellable({ onHand: 5, pendingUnits: -1, safetyBuffer: 0 })).toThrow(RangeError);
    expect(() => computeSellable({ onHand: 5, pendingUnits: 0, safetyBuffer: -2 })).toThrow(RangeError);
  });
});

describe("effectiveSafetyBuffer", () => {
  it("uses the per-SKU buffer when there is one, even zero, else the store's default", () => {
    expect(effectiveSafetyBuffer({ storeDefault: 2, skuOverride: 4 })).toBe(4);
    expect(effectiveSafetyBuffer({ storeDefault: 2, skuOverride: 0 })).toBe(0);
    expect(effectiveSafetyBuffer({ storeDefault: 2, skuOverride: null })).toBe(2);
    expect(effectiveSafetyBuffer({ storeDefault: 2, skuOverride: undefined })).toBe(2);
  });
});
