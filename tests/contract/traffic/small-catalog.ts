import type { SandboxCatalog } from "@/sandbox/run/sandbox-catalog";

export const storeDomains = ["north-traffic.myshopify.com", "south-traffic.myshopify.com"] as const;

/**
 * A small shop: `count` SKUs with `qoh(index)` on hand in Lightspeed shop 1; the north store lists every SKU with
 * `available` = qoh, the south store the first two thirds with one unit held back; four known customers.
 */
export function smallCatalog(options: { count?: number; qoh?: (index: number) => number } = {}): SandboxCatalog {
  const count = options.count ?? 12;
  const qoh = options.qoh ?? ((index: number) => 4 + ((index * 5) % 9));
  const items = Array.from({ length: count }, (_, index) => ({
    itemId: 3001 + index * 3,
    sku: `TRF-${String(index + 1).padStart(3, "0")}`,
    description: `Traffic item ${index + 1}`,
    priceCents: 500 + index * 150,
    stock: [{ shopId: 1, qoh: qoh(index) }],
  }));
  const [north, south] = storeDomains;
  return {
    lightspeed: {
      shops: [{ shopId: 1, name: "Main Street", timeZone: "America/New_York" }],
      items,
      customers: [
        { customerId: 501, firstName: "Ana", lastName: "Lopez", emails: ["ana.lopez@example.com"], phones: ["+12125550101"] },
        { customerId: 502, firstName: "Ben", lastName: "Okafor", emails: ["ben.okafor@example.com"], phones: [] },
        { customerId: 503, firstName: "Cleo", lastName: "Marsh", emails: [], phones: ["+12125550103"] },
        { customerId: 504, firstName: "Dan", lastName: "Hsu", emails: ["dan.hsu@example.com"], phones: ["+12125550104"] },
      ],
    },
    shopify: [
      {
        domain: north,
        location: { name: "Warehouse" },
        products: items.map((item, index) => ({
          title: item.description,
          variants: [{ sku: item.sku, title: "Default Title", price: (item.priceCents / 100).toFixed(2), available: qoh(index) }],
        })),
      },
      {
        domain: south,
        location: { name: "Warehouse" },
        products: items.slice(0, Math.ceil((count * 2) / 3)).map((item, index) => ({
          title: item.description,
          variants: [{ sku: item.sku, title: "Default Title", price: (item.priceCents / 100).toFixed(2), available: Math.max(0, qoh(index) - 1) }],
        })),
      },
    ],
  };
}
