import type { ApiCall, ApiRoute } from "../api-route";
import { applyMetadataParam, previousMetadata } from "../apply-metadata-param";
import { applyExpansions, expandParam } from "../expand-paths";
import { listPage } from "../list-page";
import { invalidParameter, resourceMissing } from "../stripe-api-error";
import { emitRefundChanged, refundLivemode } from "../../scenarios/emit-refund-changed";
import { expandDeps } from "./expand-deps";

function findRefund(call: ApiCall) {
  const id = call.path[0] ?? "";
  const refund = call.core.state.refunds.get(id);
  if (!refund || refundLivemode(call.core, refund) !== call.livemode) throw resourceMissing("refund", id, "refund");
  return refund;
}

function filterParam(call: ApiCall, name: string): string | undefined {
  const value = call.params[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalidParameter(name, `Invalid string: ${name}`);
  return value;
}

export const refundRoutes: ApiRoute[] = [
  {
    method: "GET",
    pattern: /^\/v1\/refunds$/,
    params: ["expand", "limit", "starting_after", "ending_before", "charge", "payment_intent", "created"],
    handle: (call) => {
      const charge = filterParam(call, "charge");
      const paymentIntent = filterParam(call, "payment_intent");
      const refunds = [...call.core.state.refunds.values()]
        .filter((refund) => refundLivemode(call.core, refund) === call.livemode)
        .filter((refund) => charge === undefined || refund.charge === charge)
        .filter((refund) => paymentIntent === undefined || refund.payment_intent === paymentIntent)
        .reverse();
      const page = listPage(refunds, call.params, "/v1/refunds", "refund");
      return { status: 200, body: applyExpansions(expandDeps(call), page, expandParam(call.params.expand)) };
    },
  },
  {
    method: "GET",
    pattern: /^\/v1\/refunds\/([^/]+)$/,
    params: ["expand"],
    handle: (call) => ({
      status: 200,
      body: applyExpansions(expandDeps(call), findRefund(call), expandParam(call.params.expand)),
    }),
  },
  {
    // A refund update takes metadata only; a change emits charge.refund.updated and refund.updated.
    method: "POST",
    pattern: /^\/v1\/refunds\/([^/]+)$/,
    params: ["expand", "metadata"],
    handle: (call) => {
      const refund = findRefund(call);
      const expand = expandParam(call.params.expand);
      const metadata = call.params.metadata;
      if (metadata !== undefined) {
        const before = refund.metadata;
        const after = applyMetadataParam(before, metadata);
        const changed = previousMetadata(before, after);
        if (Object.keys(changed).length > 0) {
          refund.metadata = after;
          const request = { id: call.requestId, idempotencyKey: call.idempotencyKey };
          emitRefundChanged(call.core, refund, { metadata: changed }, request);
        }
      }
      return { status: 200, body: applyExpansions(expandDeps(call), refund, expand) };
    },
  },
];
