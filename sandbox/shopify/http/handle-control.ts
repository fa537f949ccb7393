import type { IncomingMessage, ServerResponse } from "node:http";
import { z, ZodError } from "zod";
import { apiFaultPlanSchema } from "../../faults";
import { deliveryFaultsSchema } from "../../delivery";
import { ControlError } from "../control/control-error";
import type { ShopifySandboxControl } from "../control/create-control";
import { levelEditSchema, orderInputSchema, refundInputSchema, settingsSchema, storeSeedSchema } from "../control/control-schemas";
import { readRawBody, sendJson } from "./http-io";

const faultsSchema = z.object({ api: apiFaultPlanSchema.optional(), delivery: deliveryFaultsSchema.optional() });

/**
 * The control API, JSON in and out, for tests and the traffic generator:
 *   POST /_control/reset                          forget every store
 *   POST /_control/stores                         seed a store (body: StoreSeed)
 *   GET  /_control/stores/{domain}                levels, orders, refunds, writes, subscriptions, stats
 *   POST /_control/stores/{domain}/orders         a customer's order (decrements stock, fires webhooks)
 *   POST /_control/stores/{domain}/refunds        a refund with restock_type
 *   POST /_control/stores/{domain}/levels         an edit of `available` in the admin
 *   POST /_control/stores/{domain}/bucket         { points }: set the cost bucket
 *   PUT  /_control/faults                         { api?: ApiFaultPlan, delivery?: DeliveryFaults }
 *   PUT  /_control/settings                       timeScale, throttle, default webhook target, …
 *   GET  /_control/webhooks                       every webhook sent, with its delivery outcome
 *   POST /_control/webhooks/settle                answers once deliveries have settled
 */
export async function handleControl(
  control: ShopifySandboxControl,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  const method = request.method ?? "GET";
  const raw = method === "GET" ? "" : await readRawBody(request);
  let body: unknown = {};
  try {
    if (raw !== "") body = JSON.parse(raw);
  } catch {
    return sendJson(response, 400, { error: "the body is not JSON" });
  }
  try {
    const store = /^\/_control\/stores\/([^/]+)(?:\/(orders|refunds|levels|bucket))?$/.exec(path);
    if (method === "POST" && path === "/_control/reset") {
      control.reset();
      return sendJson(response, 200, { ok: true });
    }
    if (method === "POST" && path === "/_control/stores") return sendJson(response, 201, control.seedStore(storeSeedSchema.parse(body)));
    if (store !== null) {
      const domain = decodeURIComponent(store[1] ?? "");
      const action = store[2];
      if (method === "GET" && action === undefined) return sendJson(response, 200, control.inspectStore(domain));
      if (method === "POST" && action === "orders") return sendJson(response, 201, control.createOrder(domain, orderInputSchema.parse(body)));
      if (method === "POST" && action === "refunds") return sendJson(response, 201, control.createRefund(domain, refundInputSchema.parse(body)));
      if (method === "POST" && action === "levels") return sendJson(response, 200, control.editLevel(domain, levelEditSchema.parse(body)));
      if (method === "POST" && action === "bucket") {
        control.fillBucket(domain, z.object({ points: z.number().min(0) }).parse(body).points);
        return sendJson(response, 200, control.inspectStore(domain).throttle);
      }
    }
    if (method === "GET" && path === "/_control/faults") return sendJson(response, 200, { fired: control.apiFaultsFired() });
    if (method === "PUT" && path === "/_control/faults") {
      const faults = faultsSchema.parse(body);
      if (faults.api !== undefined) control.setApiFaults(faults.api);
      if (faults.delivery !== undefined) control.setDeliveryFaults(faults.delivery);
      return sendJson(response, 200, { ok: true });
    }
    if (method === "PUT" && path === "/_control/settings") {
      control.setSettings(settingsSchema.parse(body));
      return sendJson(response, 200, { ok: true });
    }
    if (method === "GET" && path === "/_control/webhooks") return sendJson(response, 200, control.webhooksSent());
    if (method === "POST" && path === "/_control/webhooks/settle") {
      await control.settleWebhooks();
      return sendJson(response, 200, { ok: true });
    }
    sendJson(response, 404, { error: `no control route ${method} ${path}` });
  } catch (error) {
    if (error instanceof ControlError) return sendJson(response, error.status, { error: error.message });
    if (error instanceof ZodError) return sendJson(response, 400, { error: "invalid body", issues: error.issues });
    throw error;
  }
}
