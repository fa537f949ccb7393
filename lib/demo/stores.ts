/** The demo shop's sales points: one Lightspeed shop (the till and the stock) feeding two Shopify stores. */
export type StoreKey = "main" | "outlet";

export type DemoStore = {
  key: StoreKey;
  domain: string;
  name: string;
  locationId: string;
  defaultSafetyBuffer: number;
  /** Online price as a share of the Lightspeed price (the outlet sells seconds and end-of-lines). */
  priceFactor: number;
  /** First numeric id of the store's orders and customers, as Shopify would hand them out. */
  idBase: number;
};

export const demoLightspeedShop = { lightspeedShopId: "1", name: "Tillbridge Coffee & Kitchen, Main Street" } as const;

export const demoLightspeedAccountId = "283746";
export const demoStripeAccountId = "acct_1TillbridgeDemo0";

export const demoStores: readonly DemoStore[] = [
  {
    key: "main",
    domain: "tillbridge-main.myshopify.com",
    name: "Tillbridge Coffee & Kitchen",
    locationId: "gid://shopify/Location/76543210011",
    defaultSafetyBuffer: 0,
    priceFactor: 1,
    idBase: 6_012_345_000_000,
  },
  {
    key: "outlet",
    domain: "tillbridge-outlet.myshopify.com",
    name: "Tillbridge Outlet",
    locationId: "gid://shopify/Location/81234567022",
    defaultSafetyBuffer: 2,
    priceFactor: 0.7,
    idBase: 6_398_765_000_000,
  },
];

export function demoStore(key: StoreKey): DemoStore {
  const store = demoStores.find((candidate) => candidate.key === key);
  if (!store) throw new Error(`Unknown demo store ${key}`);
  return store;
}

export const demoUsers = [
  { email: "owner@example.com", name: "Olivia Owner", role: "owner", password: "tillbridge-owner" },
  { email: "staff@example.com", name: "Sam Staff", role: "staff", password: "tillbridge-staff" },
] as const;
