import type { ApiCall, ApiRoute } from "../api-route";
import { applyMetadataParam } from "../apply-metadata-param";
import { applyExpansions, expandParam } from "../expand-paths";
import { invalidParameter, resourceMissing } from "../stripe-api-error";
import { expandDeps } from "./expand-deps";

function findPaymentIntent(call: ApiCall) {
  const id = call.path[0] ?? "";
  const paymentIntent = call.core.state.paymentIntents.get(id);
  if (!paymentIntent || paymentIntent.livemode !== call.livemode) throw resourceMissing("payment_intent", id, "intent");
  return paymentIntent;
}

function optionalString(call: ApiCall, name: string): string | null | undefined {
  const value = call.params[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalidParameter(name, `Invalid string: ${name}`);
  return value === "" ? null : value;
}

export const paymentIntentRoutes: ApiRoute[] = [
  {
    method: "GET",
    pattern: /^\/v1\/payment_intents\/([^/]+)$/,
    params: ["expand", "client_secret"],
    handle: (call) => ({
      status: 200,
      body: applyExpansions(expandDeps(call), findPaymentIntent(call), expandParam(call.params.expand)),
    }),
  },
  {
    // Updating a PaymentIntent emits no event: Stripe has no payment_intent.updated.
    method: "POST",
    pattern: /^\/v1\/payment_intents\/([^/]+)$/,
    params: ["expand", "metadata", "description", "receipt_email"],
    handle: (call) => {
      const paymentIntent = findPaymentIntent(call);
      const expand = expandParam(call.params.expand);
      const description = optionalString(call, "description");
      const receiptEmail = optionalString(call, "receipt_email");
      const metadata = call.params.metadata;
      if (metadata !== undefined) paymentIntent.metadata = applyMetadataParam(paymentIntent.metadata, metadata);
      if (description !== undefined) paymentIntent.description = description;
      if (receiptEmail !== undefined) paymentIntent.receipt_email = receiptEmail;
      return { status: 200, body: applyExpansions(expandDeps(call), paymentIntent, expand) };
    },
  },
];
