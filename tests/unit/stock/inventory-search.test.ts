import { describe, expect, it } from "vitest";
import { inventoryHref, parseInventorySearch } from "@/lib/stock/queries/inventory-search";

describe("parseInventorySearch", () => {
  it("reads the filter, search and page from the URL", () => {
    expect(parseInventorySearch({ filter: "drifting", q: "  mug ", page: "3" })).toEqual({ filter: "drifting", q: "mug", page: 3 });
  });

  it("falls back to defaults for missing, repeated or hostile values", () => {
    expect(parseInventorySearch({})).toEqual({ filter: "all", q: "", page: 1 });
    expect(parseInventorySearch({ filter: "'; drop table items; --", q: ["a", "b"], page: "-4" })).toEqual({ filter: "all", q: "", page: 1 });
    expect(parseInventorySearch({ filter: ["low", "drifting"], q: "x".repeat(101), page: "1e9" })).toEqual({ filter: "all", q: "", page: 1 });
    expect(parseInventorySearch({ page: "2.5" }).page).toBe(1);
    expect(parseInventorySearch({ page: "abc" }).page).toBe(1);
  });

  it("keeps a search with LIKE wildcards as text (they are escaped by the query)", () => {
    expect(parseInventorySearch({ q: "50%_off" }).q).toBe("50%_off");
  });
});

describe("inventoryHref", () => {
  it("leaves defaults out of the URL", () => {
    expect(inventoryHref({ filter: "all", q: "", page: 1 })).toBe("/inventory");
    expect(inventoryHref({ filter: "low", q: "mug & cup", page: 2 })).toBe("/inventory?filter=low&q=mug+%26+cup&page=2");
  });
});
