import type { LightspeedTransport } from "../lightspeed-transport";
import type { ListOptions } from "../lightspeed-adapter";
import { PAGE_LIMIT, paginate } from "../paginate";
import { readCost, writeCost } from "../request-cost";
import { singleRecordSchema } from "../schemas/list-page-schema";
import { paymentTypeSchema, type LightspeedPaymentType } from "../schemas/payment-type-schema";
import { collect } from "./list-resources";

export function listPaymentTypes(
  transport: LightspeedTransport,
  options: ListOptions = {},
): Promise<LightspeedPaymentType[]> {
  return collect(
    paginate(transport, {
      url: transport.accountUrl("PaymentType.json", { limit: PAGE_LIMIT }),
      resource: "PaymentType",
      record: paymentTypeSchema,
      cost: readCost({ list: true }),
      signal: options.signal,
    }),
  );
}

/** A user-defined payment type, e.g. "Shopify" or "Stripe", for sales paid outside the register. */
export function createPaymentType(
  transport: LightspeedTransport,
  name: string,
  options: ListOptions = {},
): Promise<LightspeedPaymentType> {
  return transport.send(
    {
      method: "POST",
      url: transport.accountUrl("PaymentType.json"),
      body: { name, requireCustomer: false },
      cost: writeCost(),
      signal: options.signal,
    },
    singleRecordSchema("PaymentType", paymentTypeSchema),
  );
}

export async function ensurePaymentType(
  transport: LightspeedTransport,
  name: string,
  options: ListOptions = {},
): Promise<LightspeedPaymentType> {
  const wanted = name.trim().toLowerCase();
  const existing = (await listPaymentTypes(transport, options)).find(
    (type) => !type.archived && type.name.trim().toLowerCase() === wanted,
  );
  return existing ?? createPaymentType(transport, name, options);
}
