import type { ParsedSandboxCatalog } from "./sandbox-catalog";

/**
 * The Lightspeed control API's seed (`POST /_control/reset {seed}`) for a catalogue: shops with one register each
 * (registerID = shopID, so shop 1 keeps the account's default register 1), items with their ItemShop rows, and
 * customers, all under their own ids.
 */
export function lightspeedSeedBody(catalog: ParsedSandboxCatalog["lightspeed"]) {
  return {
    shops: catalog.shops.map((shop) => ({
      shopID: shop.shopId,
      name: shop.name,
      timeZone: shop.timeZone,
      registers: [{ registerID: shop.shopId, name: "Register 1" }],
    })),
    items: catalog.items.map((item) => ({
      itemID: item.itemId,
      description: item.description,
      customSku: item.sku,
      price: item.priceCents / 100,
      stock: item.stock.map((level) => ({
        shopID: level.shopId,
        qoh: level.qoh,
        reorderPoint: level.reorderPoint,
        ...(level.timeStamp === undefined ? {} : { timeStamp: level.timeStamp }),
      })),
    })),
    customers: catalog.customers.map((customer) => ({
      customerID: customer.customerId,
      firstName: customer.firstName,
      lastName: customer.lastName,
      emails: customer.emails.map((address) => ({ address, useType: "Primary" })),
      phones: customer.phones.map((number) => ({ number, useType: "Mobile" })),
    })),
  };
}
