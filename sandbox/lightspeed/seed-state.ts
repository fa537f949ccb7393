import { z } from "zod";
import { parseLightspeedTime } from "./lightspeed-time-format";
import type { SandboxState, SimItemShop } from "./sandbox-state";
import { ensureItemShopRows, itemShopRow } from "./stock";

const time = z.string().transform((value, context) => {
  const millis = parseLightspeedTime(value);
  if (millis !== null) return millis;
  context.addIssue({ code: "custom", message: `not a time: ${value}` });
  return z.NEVER;
});
const positiveId = z.coerce.number().int().positive();

const emailInput = z.union([z.string(), z.object({ address: z.string(), useType: z.string().default("Primary") })]);
const phoneInput = z.union([z.string(), z.object({ number: z.string(), useType: z.string().default("Mobile") })]);

/** What `/_control/seed` (and the `seed` option) accepts. Ids are optional; given ones are kept. */
export const seedInputSchema = z.object({
  shops: z
    .array(
      z.object({
        shopID: positiveId.optional(),
        name: z.string().min(1),
        timeZone: z.string().default("America/New_York"),
        registers: z
          .array(z.object({ registerID: positiveId.optional(), name: z.string().default("Register") }))
          .default([{ name: "Register 1" }]),
      }),
    )
    .default([]),
  employees: z
    .array(z.object({ employeeID: positiveId.optional(), firstName: z.string(), lastName: z.string().default("") }))
    .default([]),
  paymentTypes: z
    .array(
      z.object({
        paymentTypeID: positiveId.optional(),
        name: z.string().min(1),
        type: z.string().default("user defined"),
        requireCustomer: z.boolean().default(false),
        archived: z.boolean().default(false),
      }),
    )
    .default([]),
  items: z
    .array(
      z.object({
        itemID: positiveId.optional(),
        description: z.string().default(""),
        customSku: z.string().default(""),
        systemSku: z.string().optional(),
        manufacturerSku: z.string().default(""),
        upc: z.string().default(""),
        ean: z.string().default(""),
        price: z.number().min(0).default(10),
        archived: z.boolean().default(false),
        timeStamp: time.optional(),
        stock: z
          .array(
            z.object({
              shopID: positiveId,
              qoh: z.number().int(),
              reorderPoint: z.number().int().default(0),
              reorderLevel: z.number().int().default(0),
              timeStamp: time.optional(),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
  customers: z
    .array(
      z.object({
        customerID: positiveId.optional(),
        firstName: z.string().default(""),
        lastName: z.string().default(""),
        emails: z.array(emailInput).default([]),
        phones: z.array(phoneInput).default([]),
        timeStamp: time.optional(),
      }),
    )
    .default([]),
});

export type SeedInput = z.input<typeof seedInputSchema>;
export type SeedData = z.output<typeof seedInputSchema>;

/** Uses the given id (moving the counter past it) or takes the next one. */
function idFor(state: SandboxState, kind: keyof SandboxState["nextId"], given: number | undefined): number {
  if (given === undefined) {
    const id = state.nextId[kind];
    state.nextId[kind] = id + 1;
    return id;
  }
  state.nextId[kind] = Math.max(state.nextId[kind], given + 1);
  return given;
}

/** Adds a parsed seed to the state (on top of what is there) and returns the ids it used. */
export function applySeed(state: SandboxState, seed: SeedData, now: number) {
  const created: Record<"shops" | "registers" | "employees" | "paymentTypes" | "items" | "customers", number[]> = {
    shops: [],
    registers: [],
    employees: [],
    paymentTypes: [],
    items: [],
    customers: [],
  };

  for (const shop of seed.shops) {
    const shopId = idFor(state, "shop", shop.shopID);
    state.shops.set(shopId, { shopId, name: shop.name, timeZone: shop.timeZone, archived: false, timeStamp: now });
    created.shops.push(shopId);
    for (const register of shop.registers) {
      const registerId = idFor(state, "register", register.registerID);
      state.registers.set(registerId, { registerId, shopId, name: register.name });
      created.registers.push(registerId);
    }
  }
  for (const employee of seed.employees) {
    const employeeId = idFor(state, "employee", employee.employeeID);
    state.employees.set(employeeId, { employeeId, firstName: employee.firstName, lastName: employee.lastName });
    created.employees.push(employeeId);
  }
  for (const type of seed.paymentTypes) {
    const paymentTypeId = idFor(state, "paymentType", type.paymentTypeID);
    state.paymentTypes.set(paymentTypeId, {
      paymentTypeId,
      name: type.name,
      type: type.type,
      requireCustomer: type.requireCustomer,
      internalReserved: type.type !== "user defined",
      archived: type.archived,
    });
    created.paymentTypes.push(paymentTypeId);
  }
  for (const item of seed.items) {
    const itemId = idFor(state, "item", item.itemID);
    const stamp = item.timeStamp ?? now;
    state.items.set(itemId, {
      itemId,
      systemSku: item.systemSku ?? String(210_000_000_000 + itemId),
      customSku: item.customSku,
      manufacturerSku: item.manufacturerSku,
      upc: item.upc,
      ean: item.ean,
      description: item.description,
      defaultPrice: item.price,
      archived: item.archived,
      createTime: stamp,
      timeStamp: stamp,
    });
    created.items.push(itemId);
    itemShopRow(state, itemId, 0, stamp);
    for (const shop of state.shops.values()) itemShopRow(state, itemId, shop.shopId, stamp);
    for (const level of item.stock) {
      const row = itemShopRow(state, itemId, level.shopID, stamp);
      row.qoh = level.qoh;
      row.reorderPoint = level.reorderPoint;
      row.reorderLevel = level.reorderLevel;
      row.timeStamp = level.timeStamp ?? stamp;
    }
  }
  ensureItemShopRows(state, now);
  const shopRowsOf = new Map<number, SimItemShop[]>();
  for (const row of state.itemShops.values()) {
    if (row.shopId !== 0) shopRowsOf.set(row.itemId, [...(shopRowsOf.get(row.itemId) ?? []), row]);
  }
  for (const itemId of created.items) {
    const summary = itemShopRow(state, itemId, 0, now);
    const shopRows = shopRowsOf.get(itemId) ?? [];
    summary.qoh = shopRows.reduce((sum, row) => sum + row.qoh, 0);
    summary.timeStamp = Math.max(...shopRows.map((row) => row.timeStamp), summary.timeStamp);
  }
  for (const customer of seed.customers) {
    const customerId = idFor(state, "customer", customer.customerID);
    const stamp = customer.timeStamp ?? now;
    state.customers.set(customerId, {
      customerId,
      firstName: customer.firstName,
      lastName: customer.lastName,
      emails: customer.emails.map((email) =>
        typeof email === "string" ? { address: email, useType: "Primary" } : email,
      ),
      phones: customer.phones.map((phone) => (typeof phone === "string" ? { number: phone, useType: "Mobile" } : phone)),
      archived: false,
      createTime: stamp,
      timeStamp: stamp,
    });
    created.customers.push(customerId);
  }
  return created;
}

/** What a new R-Series account has: one shop with one register, one employee, the built-in payment types. */
export const DEFAULT_SEED: SeedInput = {
  shops: [{ shopID: 1, name: "Main Street", registers: [{ registerID: 1, name: "Register 1" }] }],
  employees: [{ employeeID: 1, firstName: "Sandbox", lastName: "Employee" }],
  paymentTypes: [
    { paymentTypeID: 1, name: "Cash", type: "cash" },
    { paymentTypeID: 2, name: "Credit Card", type: "credit card" },
    { paymentTypeID: 3, name: "Check", type: "check" },
    { paymentTypeID: 4, name: "Credit Account", type: "credit account" },
    { paymentTypeID: 5, name: "Gift Card", type: "gift card" },
  ],
};
