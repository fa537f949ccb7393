import type { SandboxContext } from "../sandbox-context";
import { changeLevel } from "../state/change-level";
import { gid } from "../state/gid";
import { levelKey, type CustomerState, type OrderState, type StoreState } from "../state/store-state";
import { emitWebhook } from "../webhooks/emit-webhook";
import { orderPayload } from "../webhooks/order-payload";
import { ControlError } from "./control-error";
import { orderInputSchema, type OrderInput } from "./control-schemas";
import { findLocation, findStore, findVariant } from "./find-records";

export type CreatedOrder = {
  id: string;
  name: string;
  lines: { lineItemId: string; variantId: string; sku: string | null; quantity: number }[];
};

function findOrCreateCustomer(context: SandboxContext, store: StoreState, input: ReturnType<typeof orderInputSchema.parse>): CustomerState | null {
  const email = input.email?.trim().toLowerCase() ?? null;
  const phone = input.phone ?? null;
  if (email === null && phone === null) return null;
  const existing = [...store.customers.values()].find((c) => (email !== null && c.email === email) || (phone !== null && c.phone === phone));
  if (existing !== undefined) return existing;
  const customer: CustomerState = {
    id: context.nextId(),
    addressId: context.nextId(),
    email,
    phone,
    firstName: input.customer?.firstName ?? "",
    lastName: input.customer?.lastName ?? "",
    createdAt: context.now(),
  };
  store.customers.set(customer.id, customer);
  return customer;
}

/**
 * A customer's order, as the online store (or POS) makes it: the store decrements `available` and raises
 * `committed` by itself, then fires orders/create and inventory_levels/update. By default it refuses to
 * oversell, as a checkout does; `decrement_ignoring_policy` lets it go negative, `bypass` leaves stock alone.
 */
export function createOrder(context: SandboxContext, domain: string, raw: OrderInput): CreatedOrder {
  const store = findStore(context, domain);
  const input = orderInputSchema.parse(raw);
  const location = findLocation(store, input.locationId);
  const lines = input.lines.map((line) => ({ line, variant: findVariant(store, line) }));

  const wanted = new Map<number, number>();
  for (const { line, variant } of lines) wanted.set(variant.inventoryItemId, (wanted.get(variant.inventoryItemId) ?? 0) + line.quantity);
  if (input.inventoryBehaviour === "decrement_obeying_policy") {
    for (const [itemId, quantity] of wanted) {
      const item = store.inventoryItems.get(itemId);
      if (item === undefined || !item.tracked) continue;
      const available = store.levels.get(levelKey(itemId, location.id))?.available ?? 0;
      if (available < quantity) throw new ControlError(422, `only ${available} available of ${item.sku ?? itemId} at ${location.name}`);
    }
  }

  const customer = findOrCreateCustomer(context, store, input);
  const order: OrderState = {
    id: context.nextId(),
    number: store.nextOrderNumber,
    createdAt: context.now(),
    email: input.email?.trim().toLowerCase() ?? customer?.email ?? null,
    phone: input.phone ?? null,
    customerId: customer?.id ?? null,
    locationId: input.locationId === undefined ? null : location.id,
    fulfillmentLocationId: location.id,
    financialStatus: input.financialStatus,
    lines: lines.map(({ line, variant }) => {
      const product = store.products.get(variant.productId);
      return {
        id: context.nextId(),
        variantId: variant.id,
        productId: variant.productId,
        inventoryItemId: variant.inventoryItemId,
        sku: variant.sku,
        title: product?.title ?? "",
        variantTitle: variant.title === "Default Title" ? "" : variant.title,
        vendor: product?.vendor ?? "",
        grams: variant.grams,
        quantity: line.quantity,
        price: line.price ?? variant.price,
        refundedQuantity: 0,
      };
    }),
  };
  store.nextOrderNumber += 1;
  store.orders.set(order.id, order);

  emitWebhook(context, store, "orders/create", orderPayload(store, order, context.settings.webhookApiVersion));
  if (input.inventoryBehaviour !== "bypass") {
    for (const line of order.lines) {
      const item = store.inventoryItems.get(line.inventoryItemId);
      const level = store.levels.get(levelKey(line.inventoryItemId, location.id));
      if (item === undefined || !item.tracked || level === undefined) continue;
      changeLevel(context, store, level, { available: -line.quantity, committed: line.quantity }, "order");
    }
  }
  return {
    id: gid("Order", order.id),
    name: `#${1000 + order.number}`,
    lines: order.lines.map((line) => ({
      lineItemId: gid("LineItem", line.id),
      variantId: gid("ProductVariant", line.variantId),
      sku: line.sku,
      quantity: line.quantity,
    })),
  };
}
