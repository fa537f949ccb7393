import type { Route } from "./route-types";
import { itemRoutes } from "./item-routes";
import { itemShopRoutes } from "./item-shop-routes";
import { saleRoutes } from "./sale-routes";
import { customerRoutes } from "./customer-routes";
import { paymentTypeRoutes } from "./payment-type-routes";
import { shopRoutes } from "./shop-routes";
import { inventoryCountRoutes } from "./inventory-count-routes";

/** Every simulated endpoint under `/API/V3/Account/{accountID}/`. */
export const accountRoutes: Route[] = [
  ...itemRoutes,
  ...itemShopRoutes,
  ...saleRoutes,
  ...customerRoutes,
  ...paymentTypeRoutes,
  ...shopRoutes,
  ...inventoryCountRoutes,
];

/** The route for a method and path, or why there is none (404 unknown path, 405 known path other method). */
export function findRoute(method: string, path: string): { route: Route; params: string[] } | { status: 404 | 405 } {
  let pathKnown = false;
  for (const route of accountRoutes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    pathKnown = true;
    if (route.method === method) return { route, params: match.slice(1).map((param) => decodeURIComponent(param)) };
  }
  return { status: pathKnown ? 405 : 404 };
}
