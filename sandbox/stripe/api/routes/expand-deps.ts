import type { ApiCall } from "../api-route";
import type { ExpandDeps } from "../expand-paths";
import { listPage } from "../list-page";

export function lineItemsUrl(sessionId: string): string {
  return `/v1/checkout/sessions/${sessionId}/line_items`;
}

export function expandDeps(call: ApiCall): ExpandDeps {
  const { state } = call.core;
  return {
    state,
    livemode: call.livemode,
    lineItemsList: (sessionId) =>
      listPage(state.lineItems.get(sessionId) ?? [], {}, lineItemsUrl(sessionId), "line_item"),
  };
}
