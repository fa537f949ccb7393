import { buildCatalog, type DemoItem } from "./catalog";
import { planCustomers, type CustomerPlan } from "./customer-merges";
import { buildPeople, type DemoPerson } from "./customers";
import { assignOrderIds } from "./order-ids";
import { taxRateFor, type DemoOrder } from "./order-types";
import { buildOrderHistory, type OrderContext } from "./orders";
import { createRandom } from "./random";
import { addRefunds } from "./refunds";
import { buildSpecialOrders } from "./special-orders";
import { buildStockLedger, type StockLedger } from "./stock-ledger";
import { buildStoreLevels, type StoreLevels } from "./store-levels";
import { buildStoreListings, type StoreListings } from "./store-listings";
import { fromLocalDateTime, toLocalDateTime } from "./zoned-time";

export type DemoShopOptions = { seed: number; now: Date; country: string; currency: string; timeZone: string };

/** Everything the demo shop holds, generated in memory before a single row is written. */
export type DemoShopPlan = DemoShopOptions & {
  windowStart: Date;
  reconciledAt: Date;
  items: DemoItem[];
  listings: StoreListings;
  people: DemoPerson[];
  orders: DemoOrder[];
  customers: CustomerPlan;
  ledger: StockLedger;
  storeLevels: StoreLevels;
};

const dayMs = 86_400_000;
export const demoHistoryDays = 182;
export const demoLedgerDays = 14;
export const demoPeopleCount = 1500;

/** The stock count that opens the ledger: before opening time, two weeks ago. */
function countTime(now: Date, timeZone: string): Date {
  const day = toLocalDateTime(new Date(now.getTime() - demoLedgerDays * dayMs), timeZone);
  return fromLocalDateTime({ ...day, hour: 7, minute: 30, second: 0 }, timeZone);
}

/** Builds the whole demo shop deterministically from the seed and `now`. */
export function planDemoShop(options: DemoShopOptions): DemoShopPlan {
  const { now, timeZone } = options;
  const random = createRandom(options.seed);
  const windowStart = new Date(now.getTime() - demoHistoryDays * dayMs);
  const reconciledAt = new Date(now.getTime() - 25 * 60_000);
  const items = buildCatalog(random);
  const listings = buildStoreListings(items, random);
  const people = buildPeople({ random, country: options.country, now, windowStart }, demoPeopleCount);
  const context: OrderContext = { random, now, windowStart, timeZone, taxRate: taxRateFor(options.country) };
  const orders = [...buildOrderHistory(context, items, people), ...buildSpecialOrders(context, items, people)];
  addRefunds(random, orders, now, context.taxRate);
  assignOrderIds(random, orders);
  const customers = planCustomers(random, people, orders, now);
  const ledger = buildStockLedger({ random, now, countAt: countTime(now, timeZone), reconciledAt }, items, orders);
  const storeLevels = buildStoreLevels(random, items, listings.variants, ledger, now);
  return { ...options, windowStart, reconciledAt, items, listings, people, orders, customers, ledger, storeLevels };
}
