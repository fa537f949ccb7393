import { graphObject, type GraphObject } from "../graphql/graph-object";
import { gid } from "../state/gid";
import type { VariantState } from "../state/store-state";
import { inventoryItemObject } from "./inventory-item-object";
import type { RequestContext } from "./request-context";

export function productVariantObject(request: RequestContext, variant: VariantState): GraphObject {
  const { store } = request;
  const product = store.products.get(variant.productId);
  const productTitle = product?.title ?? "";
  return graphObject(
    "ProductVariant",
    {
      id: () => gid("ProductVariant", variant.id),
      legacyResourceId: () => String(variant.id),
      sku: () => variant.sku,
      title: () => variant.title,
      displayName: () => (variant.title === "Default Title" ? productTitle : `${productTitle} - ${variant.title}`),
      price: () => variant.price,
      inventoryQuantity: () =>
        [...store.levels.values()]
          .filter((level) => level.inventoryItemId === variant.inventoryItemId)
          .reduce((sum, level) => sum + level.available, 0),
      product: () =>
        product === undefined
          ? null
          : graphObject(
              "Product",
              {
                id: () => gid("Product", product.id),
                legacyResourceId: () => String(product.id),
                title: () => product.title,
                vendor: () => product.vendor,
              },
              { interfaces: ["Node"] },
            ),
      inventoryItem: () => {
        const item = store.inventoryItems.get(variant.inventoryItemId);
        return item === undefined ? null : inventoryItemObject(request, item);
      },
    },
    { interfaces: ["Node"] },
  );
}
