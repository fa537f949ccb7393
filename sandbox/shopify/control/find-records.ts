import type { SandboxContext } from "../sandbox-context";
import { idOf } from "../state/gid";
import type { LocationState, OrderState, StoreState, VariantState } from "../state/store-state";
import { ControlError } from "./control-error";

export function findStore(context: SandboxContext, domain: string): StoreState {
  const store = context.stores.get(domain);
  if (store === undefined) throw new ControlError(404, `no store ${domain}`);
  return store;
}

/** A variant by id, or by SKU when exactly one variant has it (SKUs are not unique in Shopify). */
export function findVariant(store: StoreState, ref: { variantId?: string | number; sku?: string }): VariantState {
  if (ref.variantId !== undefined) {
    const id = idOf(ref.variantId, "ProductVariant");
    const variant = id === null ? undefined : store.variants.get(id);
    if (variant === undefined) throw new ControlError(404, `no variant ${String(ref.variantId)}`);
    return variant;
  }
  if (ref.sku === undefined) throw new ControlError(400, "give a variantId or a sku");
  const matches = [...store.variants.values()].filter((variant) => variant.sku === ref.sku);
  const [only] = matches;
  if (only === undefined) throw new ControlError(404, `no variant with sku ${ref.sku}`);
  if (matches.length > 1) throw new ControlError(409, `sku ${ref.sku} is on ${matches.length} variants; give a variantId`);
  return only;
}

export function findLocation(store: StoreState, ref: string | number | undefined): LocationState {
  const id = ref === undefined ? store.primaryLocationId : idOf(ref, "Location");
  const location = id === null ? undefined : store.locations.get(id);
  if (location === undefined) throw new ControlError(404, `no location ${String(ref)}`);
  return location;
}

export function findOrder(store: StoreState, ref: string | number): OrderState {
  const id = idOf(ref, "Order");
  const order = id === null ? undefined : store.orders.get(id);
  if (order === undefined) throw new ControlError(404, `no order ${String(ref)}`);
  return order;
}
