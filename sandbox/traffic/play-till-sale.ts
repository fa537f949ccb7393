import { chooseLines, trafficLines } from "./choose-lines";
import { readStockView } from "./stock-view";
import type { TrafficPlayer } from "./traffic-context";

/** A cashier rings up a basket at a Lightspeed register; sometimes for a known customer. */
export const playTillSale: TrafficPlayer = async (context) => {
  const { random, catalog, controls } = context;
  const stock = await readStockView(controls.lightspeed, context.pending);
  const shopId = random.pick(stock.shops);
  if (shopId === undefined) return null;
  const lines = chooseLines(random, catalog.products, (product) => stock.atTill(product, shopId));
  if (lines.length === 0) return null;
  const customer = random.chance(0.3) ? random.pick(catalog.knownCustomers) : undefined;
  const sale = await controls.lightspeed.tillSale({
    shopID: shopId,
    ...(customer === undefined ? {} : { customerID: customer.customerId }),
    lines: lines.map((line) => ({ itemID: line.product.itemId, quantity: line.quantity })),
  });
  return {
    kind: "till-sale",
    shopId,
    saleId: sale.saleId,
    customerId: customer?.customerId ?? null,
    lines: trafficLines(lines),
    totalCents: Math.round(sale.total * 100),
  };
};
