import type { LightspeedTransport } from "../lightspeed-transport";
import type { CreateCustomerInput, ListOptions } from "../lightspeed-adapter";
import { PAGE_LIMIT, paginate } from "../paginate";
import { loadRelationsParam, readCost, writeCost, type LightspeedRelation } from "../request-cost";
import { customerSchema, type LightspeedCustomer } from "../schemas/customer-schema";
import { singleRecordSchema } from "../schemas/list-page-schema";
import { collect } from "./list-resources";

const CONTACT: LightspeedRelation[] = ["Contact"];

/** Creates a customer with its Contact (emails and phones) nested in the same POST. */
export function createCustomer(
  transport: LightspeedTransport,
  input: CreateCustomerInput,
): Promise<LightspeedCustomer> {
  const emails = input.emails ?? [];
  const phones = input.phones ?? [];
  return transport.send(
    {
      method: "POST",
      url: transport.accountUrl("Customer.json", { load_relations: loadRelationsParam(CONTACT) }),
      body: {
        firstName: input.firstName,
        lastName: input.lastName,
        Contact: {
          Emails: {
            ContactEmail: emails.map((email) => ({ address: email.address, useType: email.useType ?? "Primary" })),
          },
          Phones: {
            ContactPhone: phones.map((phone) => ({ number: phone.number, useType: phone.useType ?? "Mobile" })),
          },
        },
      },
      cost: writeCost(CONTACT),
      signal: input.signal,
    },
    singleRecordSchema("Customer", customerSchema),
  );
}

function findCustomers(
  transport: LightspeedTransport,
  filter: Record<string, string>,
  options: ListOptions,
): Promise<LightspeedCustomer[]> {
  return collect(
    paginate(transport, {
      url: transport.accountUrl("Customer.json", {
        limit: PAGE_LIMIT,
        load_relations: loadRelationsParam(CONTACT),
        ...filter,
      }),
      resource: "Customer",
      record: customerSchema,
      cost: readCost({ list: true, relations: CONTACT }),
      signal: options.signal,
    }),
  );
}

/** Customers with this email on their Contact (`Contact.email=`, the documented search). */
export function findCustomersByEmail(transport: LightspeedTransport, email: string, options: ListOptions = {}) {
  return findCustomers(transport, { "Contact.email": email }, options);
}

/**
 * Customers with this phone number on their Contact. `Contact.phone=` mirrors `Contact.email=`; that R-Series
 * accepts it is UNCONFIRMED (the sandbox does, matching on digits).
 */
export function findCustomersByPhone(transport: LightspeedTransport, phone: string, options: ListOptions = {}) {
  return findCustomers(transport, { "Contact.phone": phone }, options);
}
