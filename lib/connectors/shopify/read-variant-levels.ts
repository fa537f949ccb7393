import { z } from "zod";
import type { GraphqlExecutor } from "./execute-graphql";
import { fail, succeed, type ShopifyResult } from "./shopify-result";

/** One variant with its inventory item and its `available` at one location (null: not stocked there). */
export type VariantLevel = {
  variantId: string;
  productId: string;
  sku: string | null;
  title: string;
  displayName: string;
  inventoryItemId: string;
  tracked: boolean;
  available: number | null;
};

export type VariantLevelsPage = { variants: VariantLevel[]; nextCursor: string | null };

export const variantLevelsQuery = `query VariantLevelsPage($first: Int!, $after: String, $locationId: ID!) {
  productVariants(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      sku
      title
      displayName
      product { id }
      inventoryItem {
        id
        tracked
        inventoryLevel(locationId: $locationId) {
          quantities(names: ["available"]) { name quantity }
        }
      }
    }
  }
}`;

/** Requested cost of one page: the connection (2) plus, per variant, itself, product, item, level and quantities. */
export function variantLevelsPageCost(first: number): number {
  return 2 + first * 5;
}

const pageSchema = z.object({
  productVariants: z.object({
    pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
    nodes: z.array(
      z.object({
        id: z.string(),
        sku: z.string().nullable(),
        title: z.string(),
        displayName: z.string(),
        product: z.object({ id: z.string() }),
        inventoryItem: z.object({
          id: z.string(),
          tracked: z.boolean(),
          inventoryLevel: z.object({ quantities: z.array(z.object({ name: z.string(), quantity: z.number().int() })) }).nullable(),
        }),
      }),
    ),
  }),
});

export async function readVariantLevelsPage(
  execute: GraphqlExecutor,
  args: { locationId: string; first?: number; after?: string | null },
): Promise<ShopifyResult<VariantLevelsPage>> {
  const first = args.first ?? 100;
  const result = await execute({
    operationName: "VariantLevelsPage",
    query: variantLevelsQuery,
    variables: { first, after: args.after ?? null, locationId: args.locationId },
    cost: variantLevelsPageCost(first),
    data: pageSchema,
    retry: "always",
  });
  if (!result.ok) return result;
  const { nodes, pageInfo } = result.value.data.productVariants;
  return succeed({
    variants: nodes.map((node) => ({
      variantId: node.id,
      productId: node.product.id,
      sku: node.sku,
      title: node.title,
      displayName: node.displayName,
      inventoryItemId: node.inventoryItem.id,
      tracked: node.inventoryItem.tracked,
      available: node.inventoryItem.inventoryLevel?.quantities.find((q) => q.name === "available")?.quantity ?? null,
    })),
    nextCursor: pageInfo.hasNextPage ? pageInfo.endCursor : null,
  });
}

/** Every page in turn; `onPage` sees each as it arrives (for a progress bar). */
export async function readAllVariantLevels(
  execute: GraphqlExecutor,
  args: { locationId: string; pageSize?: number; onPage?: (page: VariantLevelsPage) => void },
): Promise<ShopifyResult<VariantLevel[]>> {
  const all: VariantLevel[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ShopifyResult<VariantLevelsPage> = await readVariantLevelsPage(execute, { locationId: args.locationId, first: args.pageSize, after });
    if (!page.ok) return fail(page.error);
    all.push(...page.value.variants);
    args.onPage?.(page.value);
    if (page.value.nextCursor === null) return succeed(all);
    after = page.value.nextCursor;
  }
}
