import type { LightspeedTransport } from "../lightspeed-transport";
import type { ListOptions, SaleReference } from "../lightspeed-adapter";
import { PAGE_LIMIT, paginate } from "../paginate";
import { loadRelationsParam, readCost, type LightspeedRelation } from "../request-cost";
import { singleRecordSchema } from "../schemas/list-page-schema";
import { saleSchema, type LightspeedSale } from "../schemas/sale-schema";
import { collect } from "./list-resources";

const WITH_LINES: LightspeedRelation[] = ["SaleLines", "SalePayments"];

/** One sale with its lines and payments. */
export function getSale(
  transport: LightspeedTransport,
  saleId: string,
  options: ListOptions = {},
): Promise<LightspeedSale> {
  return transport.send(
    {
      method: "GET",
      url: transport.accountUrl(`Sale/${encodeURIComponent(saleId)}.json`, {
        load_relations: loadRelationsParam(WITH_LINES),
      }),
      cost: readCost({ list: false, relations: WITH_LINES }),
      signal: options.signal,
    },
    singleRecordSchema("Sale", saleSchema),
  );
}

/**
 * Every sale carrying this reference, oldest first. R-Series does not promise that a reference number is unique,
 * which is why the connector looks before it posts; archived sales are included so none is missed.
 */
export function findSalesByReference(
  transport: LightspeedTransport,
  reference: SaleReference,
  options: ListOptions = {},
): Promise<LightspeedSale[]> {
  const relations: LightspeedRelation[] = ["SaleLines"];
  return collect(
    paginate(transport, {
      url: transport.accountUrl("Sale.json", {
        limit: PAGE_LIMIT,
        archived: "true",
        referenceNumber: reference.referenceNumber,
        referenceNumberSource: reference.referenceNumberSource,
        load_relations: loadRelationsParam(relations),
      }),
      resource: "Sale",
      record: saleSchema,
      cost: readCost({ list: true, relations }),
      signal: options.signal,
    }),
  );
}

/** The earliest non-voided sale with this reference (the one that counts), or null. */
export async function findSaleByReference(
  transport: LightspeedTransport,
  reference: SaleReference,
  options: ListOptions = {},
): Promise<LightspeedSale | null> {
  const sales = await findSalesByReference(transport, reference, options);
  const live = sales.filter((sale) => !sale.voided);
  live.sort((a, b) => Number(a.saleId) - Number(b.saleId));
  return live[0] ?? null;
}
