import { z } from "zod";
import { formatLightspeedTime } from "../lightspeed-time-format";
import { costOfRead, costOfWrite } from "../request-cost";
import { describeIssues, oneOrList } from "../sale-input-schema";
import { nested, str, type JsonObject } from "../r-series-json";
import { takeId, type SimCustomer } from "../sandbox-state";
import {
  badRequest,
  listCost,
  listResponse,
  parseRelations,
  recordResponse,
  relationsOrNone,
  type ResourceSpec,
} from "./list-response";
import type { Route } from "./route-types";

const CUSTOMER_RELATIONS = ["Contact"] as const;

function serializeCustomer(customer: SimCustomer, relations: readonly string[]): JsonObject {
  const json: JsonObject = {
    customerID: str(customer.customerId),
    firstName: customer.firstName,
    lastName: customer.lastName,
    archived: str(customer.archived),
    title: "",
    company: "",
    createTime: formatLightspeedTime(customer.createTime),
    timeStamp: formatLightspeedTime(customer.timeStamp),
    contactID: str(customer.customerId),
    creditAccountID: "0",
    customerTypeID: "0",
    discountID: "0",
    taxCategoryID: "0",
  };
  if (relations.includes("Contact")) {
    json.Contact = {
      contactID: str(customer.customerId),
      custom: "",
      noEmail: "false",
      noPhone: "false",
      noMail: "false",
      Addresses: "",
      Phones: nested(
        "ContactPhone",
        customer.phones.map((phone) => ({ number: phone.number, useType: phone.useType })),
      ),
      Emails: nested(
        "ContactEmail",
        customer.emails.map((email) => ({ address: email.address, useType: email.useType })),
      ),
      Websites: "",
      timeStamp: formatLightspeedTime(customer.timeStamp),
    };
  }
  return json;
}

const customerSpec: ResourceSpec<SimCustomer> = {
  name: "Customer",
  id: (customer) => customer.customerId,
  relations: CUSTOMER_RELATIONS,
  archived: (customer) => customer.archived,
  serialize: serializeCustomer,
  fields: {
    customerID: { kind: "id", sortable: true, get: (customer) => customer.customerId },
    firstName: { kind: "text", sortable: true, get: (customer) => customer.firstName },
    lastName: { kind: "text", sortable: true, get: (customer) => customer.lastName },
    timeStamp: { kind: "time", sortable: true, get: (customer) => customer.timeStamp },
    "Contact.email": { kind: "text", get: (customer) => customer.emails.map((email) => email.address) },
    /** Compared on digits only, in the spirit of the POS's phone search. */
    "Contact.phone": { kind: "phone", get: (customer) => customer.phones.map((phone) => phone.number) },
  },
};

const emailInput = z.object({ address: z.string().trim().min(1), useType: z.string().default("Primary") });
const phoneInput = z.object({ number: z.string().trim().min(1), useType: z.string().default("Mobile") });
const contactInput = z.object({
  Emails: z.union([z.literal(""), z.object({ ContactEmail: oneOrList(emailInput) })]).optional(),
  Phones: z.union([z.literal(""), z.object({ ContactPhone: oneOrList(phoneInput) })]).optional(),
});

const createInput = z
  .object({ firstName: z.string().default(""), lastName: z.string().default(""), Contact: contactInput.optional() })
  .refine(
    (input) => input.firstName.trim() !== "" || input.lastName.trim() !== "",
    "A customer needs a first or last name.",
  );

export const customerRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^Customer\.json$/,
    write: false,
    cost: (request) => listCost(request, CUSTOMER_RELATIONS),
    handle: (request) => listResponse(customerSpec, request.state.customers.values(), request),
  },
  {
    method: "GET",
    pattern: /^Customer\/(\d+)\.json$/,
    write: false,
    cost: (request) => costOfRead(relationsOrNone(request.query, CUSTOMER_RELATIONS), false, false),
    handle: (request) => {
      const id = request.params[0] ?? "";
      return recordResponse(customerSpec, request.state.customers.get(Number(id)), request, id);
    },
  },
  {
    method: "POST",
    pattern: /^Customer\.json$/,
    write: true,
    cost: (request) => costOfWrite(relationsOrNone(request.query, CUSTOMER_RELATIONS)),
    handle: (request) => {
      const relations = parseRelations(request.query, CUSTOMER_RELATIONS);
      if (!Array.isArray(relations)) return badRequest(relations.error);
      const parsed = createInput.safeParse(request.body);
      if (!parsed.success) return badRequest(describeIssues(parsed.error));
      const emails = parsed.data.Contact?.Emails;
      const phones = parsed.data.Contact?.Phones;
      const customer: SimCustomer = {
        customerId: takeId(request.state, "customer"),
        firstName: parsed.data.firstName,
        lastName: parsed.data.lastName,
        emails: emails === undefined || emails === "" ? [] : emails.ContactEmail,
        phones: phones === undefined || phones === "" ? [] : phones.ContactPhone,
        archived: false,
        createTime: request.now,
        timeStamp: request.now,
      };
      request.state.customers.set(customer.customerId, customer);
      return { status: 200, body: { Customer: serializeCustomer(customer, relations) } };
    },
  },
];
