import { z } from "zod";
import { fail, succeed, type ShopifyResult } from "./shopify-result";

/** One inventory item of a store as the bulk read sees it: its variants and its level at each location. */
export type BulkInventoryItem = {
  inventoryItemId: string;
  sku: string | null;
  tracked: boolean;
  variants: { variantId: string; productId: string; title: string; displayName: string }[];
  levels: { locationId: string; available: number | null }[];
};

const itemLine = z.object({ id: z.string().startsWith("gid://shopify/InventoryItem/"), sku: z.string().nullable(), tracked: z.boolean() });
const variantLine = z.object({
  id: z.string().startsWith("gid://shopify/ProductVariant/"),
  title: z.string(),
  displayName: z.string(),
  product: z.object({ id: z.string() }),
  __parentId: z.string(),
});
const levelLine = z.object({
  id: z.string().startsWith("gid://shopify/InventoryLevel/"),
  location: z.object({ id: z.string() }),
  quantities: z.array(z.object({ name: z.string(), quantity: z.number().int() })),
  __parentId: z.string(),
});

/**
 * Rebuilds items from the bulk JSONL: items are root lines; variants and levels are lines of their own that
 * name their item in `__parentId`. No order between lines is assumed.
 */
export function parseBulkInventory(jsonl: string): ShopifyResult<BulkInventoryItem[]> {
  const items = new Map<string, BulkInventoryItem>();
  const children: { parentId: string; add: (item: BulkInventoryItem) => void }[] = [];
  const lines = jsonl.split("\n").filter((line) => line.trim() !== "");
  for (const [index, line] of lines.entries()) {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return fail({ code: "INVALID_RESPONSE", message: `bulk line ${index + 1} is not JSON` });
    }
    const level = levelLine.safeParse(json);
    if (level.success) {
      const available = level.data.quantities.find((q) => q.name === "available")?.quantity ?? null;
      children.push({ parentId: level.data.__parentId, add: (item) => item.levels.push({ locationId: level.data.location.id, available }) });
      continue;
    }
    const variant = variantLine.safeParse(json);
    if (variant.success) {
      const { id, title, displayName, product } = variant.data;
      children.push({ parentId: variant.data.__parentId, add: (item) => item.variants.push({ variantId: id, productId: product.id, title, displayName }) });
      continue;
    }
    const item = itemLine.safeParse(json);
    if (item.success) {
      items.set(item.data.id, { inventoryItemId: item.data.id, sku: item.data.sku, tracked: item.data.tracked, variants: [], levels: [] });
      continue;
    }
    return fail({ code: "INVALID_RESPONSE", message: `bulk line ${index + 1} is not an item, variant or level` });
  }
  for (const child of children) {
    const parent = items.get(child.parentId);
    if (parent === undefined) return fail({ code: "INVALID_RESPONSE", message: `bulk line names an unknown parent ${child.parentId}` });
    child.add(parent);
  }
  return succeed([...items.values()]);
}
