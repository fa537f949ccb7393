import { z } from "zod";
import { booleanish, id, nestedList, optionalText, timestamp } from "./normalise-json";

const contactEmailSchema = z.object({ address: z.string(), useType: optionalText });
const contactPhoneSchema = z.object({ number: z.string(), useType: optionalText });

const contactSchema = z.object({
  Emails: nestedList("ContactEmail", contactEmailSchema).optional(),
  Phones: nestedList("ContactPhone", contactPhoneSchema).optional(),
});

/** One R-Series Customer; emails and phones come from its Contact (loaded with `load_relations=["Contact"]`). */
export const customerSchema = z
  .object({
    customerID: id,
    firstName: optionalText,
    lastName: optionalText,
    archived: booleanish.optional(),
    timeStamp: timestamp,
    Contact: z.preprocess((value) => (value === "" ? undefined : value), contactSchema.optional()),
  })
  .transform((raw) => ({
    customerId: raw.customerID,
    firstName: raw.firstName ?? "",
    lastName: raw.lastName ?? "",
    archived: raw.archived ?? false,
    timeStamp: raw.timeStamp,
    emails: (raw.Contact?.Emails ?? []).map((email) => ({ address: email.address, useType: email.useType })),
    phones: (raw.Contact?.Phones ?? []).map((phone) => ({ number: phone.number, useType: phone.useType })),
  }));

export type LightspeedCustomer = z.output<typeof customerSchema>;
