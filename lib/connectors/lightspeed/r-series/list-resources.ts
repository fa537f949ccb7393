import type { LightspeedTransport } from "../lightspeed-transport";
import type { ListOptions, SinceOptions } from "../lightspeed-adapter";
import { sinceFilter } from "../lightspeed-time";
import { PAGE_LIMIT, paginate } from "../paginate";
import { loadRelationsParam, readCost, type LightspeedRelation } from "../request-cost";
import { itemSchema, type LightspeedItem } from "../schemas/item-schema";
import { itemShopSchema, type LightspeedItemShop } from "../schemas/item-shop-schema";
import { saleSchema, type LightspeedSale } from "../schemas/sale-schema";
import { shopSchema, type LightspeedShop } from "../schemas/shop-schema";

/** `sort=timeStamp` and, with `since`, `timeStamp=>=,<since>`: incremental polling, oldest change first. */
function sinceParams(since: SinceOptions["since"]): Record<string, string> {
  return since === undefined ? {} : { sort: "timeStamp", timeStamp: sinceFilter(since) };
}

function relationParams(relations: readonly LightspeedRelation[]): Record<string, string> {
  return relations.length === 0 ? {} : { load_relations: loadRelationsParam(relations) };
}

export function listShops(transport: LightspeedTransport, options: ListOptions = {}): AsyncIterable<LightspeedShop> {
  return paginate(transport, {
    url: transport.accountUrl("Shop.json", { limit: PAGE_LIMIT }),
    resource: "Shop",
    record: shopSchema,
    cost: readCost({ list: true }),
    signal: options.signal,
  });
}

/** Archived items are asked for too (`archived=true`), or an archived item would silently drop out of a sync. */
export function listItems(transport: LightspeedTransport, options: SinceOptions = {}): AsyncIterable<LightspeedItem> {
  return paginate(transport, {
    url: transport.accountUrl("Item.json", { limit: PAGE_LIMIT, archived: "true", ...sinceParams(options.since) }),
    resource: "Item",
    record: itemSchema,
    cost: readCost({ list: true }),
    signal: options.signal,
  });
}

/**
 * `GET ItemShop.json` by timeStamp, the documented way to poll stock. The shopID-0 summary rows are filtered out in
 * the query (`shopID=>,0`), not after: with one shop they are half the rows, so a full read would cost twice the pages.
 */
export async function* listItemShops(
  transport: LightspeedTransport,
  options: SinceOptions = {},
): AsyncGenerator<LightspeedItemShop, void, undefined> {
  const rows = paginate(transport, {
    url: transport.accountUrl("ItemShop.json", { limit: PAGE_LIMIT, shopID: ">,0", ...sinceParams(options.since) }),
    resource: "ItemShop",
    record: itemShopSchema,
    cost: readCost({ list: true }),
    signal: options.signal,
  });
  for await (const row of rows) {
    // The filter is an assumption about the real API (README): should it be ignored, the summary rows still stay out.
    if (row.shopId !== "0") yield row;
  }
}

export function listSales(
  transport: LightspeedTransport,
  options: SinceOptions & { withPayments?: boolean } = {},
): AsyncIterable<LightspeedSale> {
  const relations: LightspeedRelation[] = options.withPayments ? ["SaleLines", "SalePayments"] : ["SaleLines"];
  return paginate(transport, {
    url: transport.accountUrl("Sale.json", {
      limit: PAGE_LIMIT,
      archived: "true",
      ...sinceParams(options.since),
      ...relationParams(relations),
    }),
    resource: "Sale",
    record: saleSchema,
    cost: readCost({ list: true, relations }),
    signal: options.signal,
  });
}

/** Drains an async iterable into an array (for short lists such as search results). */
export async function collect<Record>(records: AsyncIterable<Record>): Promise<Record[]> {
  const all: Record[] = [];
  for await (const record of records) all.push(record);
  return all;
}
