import { ControlCallError } from "../run/control-client";
import { chooseBuyer } from "./choose-buyer";
import { chooseLines, trafficLines } from "./choose-lines";
import { readStockView, storeAvailability } from "./stock-view";
import type { TrafficPlayer } from "./traffic-context";

function legacyId(gid: string): string {
  return gid.slice(gid.lastIndexOf("/") + 1);
}

/**
 * A customer checks out in one of the Shopify stores: never more than the store shows available, nor more than
 * is physically left. The store decrements itself and fires orders/create and inventory_levels/update.
 */
export const playShopifyOrder: TrafficPlayer = async (context) => {
  const { random, catalog, controls } = context;
  const domain = random.pick(catalog.stores.filter((store) => catalog.products.some((product) => product.listings.has(store))));
  if (domain === undefined) return null;
  const stock = await readStockView(controls.lightspeed, context.pending);
  const available = storeAvailability(await controls.shopify.inspect(domain));
  const listed = catalog.products.filter((product) => product.listings.has(domain));
  const lines = chooseLines(random, listed, (product) => {
    const listing = product.listings.get(domain);
    return Math.min(listing === undefined ? 0 : (available.get(listing.inventoryItemId) ?? 0), stock.physical(product));
  });
  if (lines.length === 0) return null;
  const { person, buyer } = chooseBuyer(context, 0.35);
  const withPhone = person.phone !== null && (person.email === null || random.chance(0.5));

  const placed = await controls.shopify
    .createOrder(domain, {
      lines: lines.flatMap((line) => {
        const listing = line.product.listings.get(domain);
        return listing === undefined ? [] : [{ variantId: listing.variantId, quantity: line.quantity }];
      }),
      ...(person.email === null ? {} : { email: person.email }),
      ...(withPhone && person.phone !== null ? { phone: person.phone } : {}),
      customer: { firstName: person.firstName, lastName: person.lastName },
    })
    .catch((error: unknown) => {
      // Stock moved between our read and the checkout (the portal wrote a lower figure): the store refused it.
      if (error instanceof ControlCallError && error.status === 422) return error;
      throw error;
    });
  if (placed instanceof ControlCallError) return { kind: "skipped", wanted: "shopify-order", reason: placed.body };
  const order = placed;
  const sold = trafficLines(lines);
  context.orders.push({
    domain,
    orderId: order.id,
    lines: order.lines.map((line) => ({ lineItemId: line.lineItemId, sku: line.sku ?? "", quantity: line.quantity, refunded: 0 })),
  });
  context.pending.add(order.id, [order.id, legacyId(order.id), order.name], sold);
  return {
    kind: "shopify-order",
    domain,
    orderId: order.id,
    orderName: order.name,
    buyer: { ...buyer, phone: withPhone ? buyer.phone : null },
    lines: sold,
  };
};
