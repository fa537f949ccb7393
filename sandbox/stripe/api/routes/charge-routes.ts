import type { ApiRoute } from "../api-route";
import { applyExpansions, expandParam } from "../expand-paths";
import { resourceMissing } from "../stripe-api-error";
import { expandDeps } from "./expand-deps";

export const chargeRoutes: ApiRoute[] = [
  {
    method: "GET",
    pattern: /^\/v1\/charges\/([^/]+)$/,
    params: ["expand"],
    handle: (call) => {
      const id = call.path[0] ?? "";
      const charge = call.core.state.charges.get(id);
      if (!charge || charge.livemode !== call.livemode) throw resourceMissing("charge", id, "charge");
      return { status: 200, body: applyExpansions(expandDeps(call), charge, expandParam(call.params.expand)) };
    },
  },
];
