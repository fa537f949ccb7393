import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { deliveryFaultsSchema } from "../../delivery";
import { apiFaultPlanSchema } from "../../faults";
import { webhookEndpointInputSchema } from "../events/webhook-endpoints";
import { ControlError } from "../scenarios/control-error";
import { createPaymentInputSchema } from "../scenarios/create-payment";
import { createRefundInputSchema } from "../scenarios/create-refund";
import type { StripeSandboxControl } from "./stripe-sandbox-control";

type ControlRoute = {
  method: string;
  pattern: RegExp;
  run: (control: StripeSandboxControl, body: unknown, path: string[]) => unknown;
};

const ROUTES: readonly ControlRoute[] = [
  { method: "POST", pattern: /^\/_control\/reset$/, run: (control) => (control.reset(), { ok: true }) },
  { method: "GET", pattern: /^\/_control\/state$/, run: (control) => control.snapshot() },
  {
    method: "POST",
    pattern: /^\/_control\/payments$/,
    run: (control, body) => control.createPayment(createPaymentInputSchema.parse(body ?? {})),
  },
  {
    method: "POST",
    pattern: /^\/_control\/refunds$/,
    run: (control, body) => control.createRefund(createRefundInputSchema.parse(body ?? {})),
  },
  {
    method: "POST",
    pattern: /^\/_control\/refunds\/([^/]+)\/fail$/,
    run: (control, body, [id]) =>
      control.failRefund(id ?? "", z.object({ failureReason: z.string().optional() }).parse(body ?? {}).failureReason),
  },
  {
    method: "POST",
    pattern: /^\/_control\/refunds\/([^/]+)\/succeed$/,
    run: (control, _body, [id]) => control.succeedRefund(id ?? ""),
  },
  {
    method: "PUT",
    pattern: /^\/_control\/faults$/,
    run: (control, body) => (control.setApiFaults(apiFaultPlanSchema.parse(body)), { ok: true }),
  },
  {
    method: "DELETE",
    pattern: /^\/_control\/faults$/,
    run: (control) => (control.setApiFaults({ rules: [] }), { ok: true }),
  },
  {
    method: "PUT",
    pattern: /^\/_control\/delivery$/,
    run: (control, body) => (control.setDeliveryFaults(deliveryFaultsSchema.parse(body)), { ok: true }),
  },
  {
    method: "POST",
    pattern: /^\/_control\/deliveries\/settle$/,
    run: async (control) => ({ deliveries: await control.settleDeliveries() }),
  },
  { method: "GET", pattern: /^\/_control\/webhook-endpoints$/, run: (control) => control.webhookEndpoints() },
  {
    method: "PUT",
    pattern: /^\/_control\/webhook-endpoints$/,
    run: (control, body) => control.setWebhookEndpoints(z.array(webhookEndpointInputSchema).parse(body)),
  },
  {
    method: "POST",
    pattern: /^\/_control\/webhook-endpoints\/([^/]+)\/roll-secret$/,
    run: (control, body, [id]) => ({
      secret: control.rollWebhookSecret(id ?? "", z.object({ expireOld: z.boolean().optional() }).parse(body ?? {})),
    }),
  },
];

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

/**
 * The control API (JSON in, JSON out) under /_control/: the test's and the traffic generator's hand on the account.
 * Not part of Stripe; the app never calls it.
 */
export async function handleControlRequest(
  control: StripeSandboxControl,
  request: IncomingMessage,
  response: ServerResponse,
  rawBody: string,
): Promise<void> {
  const path = new URL(request.url ?? "/", "http://sandbox.invalid").pathname;
  const route = ROUTES.find((candidate) => candidate.method === request.method && candidate.pattern.test(path));
  if (!route) return send(response, 404, { error: `No control route ${request.method ?? ""} ${path}` });
  const captures = route.pattern.exec(path)?.slice(1).map((part) => decodeURIComponent(part ?? "")) ?? [];
  try {
    const body: unknown = rawBody.trim() === "" ? undefined : JSON.parse(rawBody);
    send(response, 200, await route.run(control, body, captures));
  } catch (error) {
    if (error instanceof ControlError) return send(response, error.status, { error: error.message });
    if (error instanceof z.ZodError) return send(response, 400, { error: "invalid control request", issues: error.issues });
    if (error instanceof SyntaxError) return send(response, 400, { error: `invalid JSON: ${error.message}` });
    throw error;
  }
}
