import type { ApiCall, ApiRoute } from "../api-route";
import { applyExpansions, expandParam } from "../expand-paths";
import { listPage } from "../list-page";
import { resourceMissing } from "../stripe-api-error";
import { expandDeps, lineItemsUrl } from "./expand-deps";

function findSession(call: ApiCall) {
  const id = call.path[0] ?? "";
  const session = call.core.state.checkoutSessions.get(id);
  if (!session || session.livemode !== call.livemode) throw resourceMissing("checkout.session", id, "session");
  return session;
}

export const checkoutSessionRoutes: ApiRoute[] = [
  {
    method: "GET",
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)$/,
    params: ["expand"],
    handle: (call) => ({
      status: 200,
      body: applyExpansions(expandDeps(call), findSession(call), expandParam(call.params.expand)),
    }),
  },
  {
    method: "GET",
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/,
    params: ["expand", "limit", "starting_after", "ending_before"],
    handle: (call) => {
      const session = findSession(call);
      const items = call.core.state.lineItems.get(session.id) ?? [];
      const page = listPage(items, call.params, lineItemsUrl(session.id), "line_item");
      return { status: 200, body: applyExpansions(expandDeps(call), page, expandParam(call.params.expand)) };
    },
  },
];
