import type { ApiRoute } from "../api-route";
import { applyExpansions, expandParam } from "../expand-paths";
import { resourceMissing } from "../stripe-api-error";
import { expandDeps } from "./expand-deps";

export const customerRoutes: ApiRoute[] = [
  {
    method: "GET",
    pattern: /^\/v1\/customers\/([^/]+)$/,
    params: ["expand"],
    handle: (call) => {
      const id = call.path[0] ?? "";
      const customer = call.core.state.customers.get(id);
      if (!customer || customer.livemode !== call.livemode) throw resourceMissing("customer", id, "customer");
      return { status: 200, body: applyExpansions(expandDeps(call), customer, expandParam(call.params.expand)) };
    },
  },
];
