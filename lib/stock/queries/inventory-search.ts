import { z } from "zod";

export const inventoryFilters = ["all", "drifting", "unmapped", "low"] as const;
export type InventoryFilter = (typeof inventoryFilters)[number];

export const inventoryFilterLabels: Record<InventoryFilter, string> = {
  all: "All SKUs",
  drifting: "Drifting",
  unmapped: "Mapping problems",
  low: "Low stock",
};

/**
 * The Inventory screen's URL: `?filter=drifting&q=mug&page=2`. Anything missing, repeated or hostile falls back to
 * its default rather than failing the page.
 */
export const inventorySearchSchema = z.object({
  filter: z.enum(inventoryFilters).catch("all"),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type InventorySearch = z.infer<typeof inventorySearchSchema>;

export function parseInventorySearch(raw: Record<string, string | string[] | undefined>): InventorySearch {
  return inventorySearchSchema.parse({ filter: raw["filter"], q: raw["q"], page: raw["page"] });
}

/** The URL of the Inventory screen for `search`, leaving defaults out. */
export function inventoryHref(search: Partial<InventorySearch>): string {
  const params = new URLSearchParams();
  if (search.filter && search.filter !== "all") params.set("filter", search.filter);
  if (search.q) params.set("q", search.q);
  if (search.page && search.page > 1) params.set("page", String(search.page));
  const query = params.toString();
  return query ? `/inventory?${query}` : "/inventory";
}
