import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createStripeSandbox, type StripeSandbox } from "@/sandbox/stripe";
import { TEST_SECRET_KEY } from "./support/sandbox-connection";
import { startWebhookReceiver } from "./support/start-webhook-receiver";

let sandbox: StripeSandbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  sandbox = await createStripeSandbox({ seed: "http" });
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${sandbox.url}/_control/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await response.json();
  return { status: response.status, json };
}

async function api(method: string, path: string, init: { key?: string | null; version?: string; body?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (init.key !== null) headers.authorization = `Bearer ${init.key ?? TEST_SECRET_KEY}`;
  if (init.version) headers["stripe-version"] = init.version;
  const response = await fetch(`${sandbox.url}${path}`, { method, headers, body: init.body });
  const json: unknown = await response.json();
  return { status: response.status, headers: response.headers, json };
}

const errorShape = z.object({ error: z.object({ type: z.string(), message: z.string() }).loose() });

describe("the control API (/_control/)", () => {
  it("drives a whole scenario over HTTP: endpoints, payment, refund, failure, faults, state", async () => {
    expect((await control("POST", "reset")).status).toBe(200);
    const endpoints = await control("PUT", "webhook-endpoints", [{ url: receiver.url }]);
    const [endpoint] = z.array(z.object({ id: z.string().startsWith("we_"), secrets: z.array(z.string().startsWith("whsec_")) })).parse(endpoints.json);
    expect(endpoint?.secrets).toHaveLength(1);

    const payment = await control("POST", "payments", {
      checkout: true,
      lines: [{ sku: "A-1", quantity: 2, unitAmount: 500 }],
      customer: { email: "c@example.com" },
    });
    const created = z
      .object({ paymentIntent: z.object({ id: z.string().startsWith("pi_") }), checkoutSession: z.object({ id: z.string().startsWith("cs_test_") }) })
      .parse(payment.json);

    const refund = await control("POST", "refunds", { paymentIntent: created.paymentIntent.id, amount: 400, outcome: "pending" });
    const { refund: pending } = z.object({ refund: z.object({ id: z.string().startsWith("re_"), status: z.literal("pending") }) }).parse(refund.json);
    expect((await control("POST", `refunds/${pending.id}/fail`, { failureReason: "lost_or_stolen_card" })).status).toBe(200);

    expect((await control("POST", "refunds", { paymentIntent: created.paymentIntent.id, amount: 999_999 })).status).toBe(400);
    expect((await control("POST", "refunds", { charge: "ch_nope" })).status).toBe(404);
    expect((await control("PUT", "faults", { rules: [{ kind: "explode" }] })).status).toBe(400);
    expect((await control("PUT", "faults", { rules: [{ kind: "rate-limit", next: 1 }] })).status).toBe(200);
    expect((await control("PUT", "delivery", { duplicateProbability: 0 })).status).toBe(200);

    await control("POST", "deliveries/settle");
    const state = z
      .object({
        objects: z.object({ refunds: z.array(z.object({ status: z.string(), failure_reason: z.string().nullable() })) }),
        events: z.array(z.object({ type: z.string() })),
        deliveries: z.array(z.object({ outcome: z.string() })),
      })
      .parse((await control("GET", "state")).json);
    expect(state.objects.refunds[0]).toEqual(expect.objectContaining({ status: "failed", failure_reason: "lost_or_stolen_card" }));
    expect(state.events.map((event) => event.type)).toEqual([
      "payment_intent.created",
      "customer.created",
      "charge.succeeded",
      "payment_intent.succeeded",
      "checkout.session.completed",
      "refund.created",
      "charge.refunded",
      "charge.refund.updated",
      "refund.updated",
      "refund.failed",
    ]);
    expect(state.deliveries.every((delivery) => delivery.outcome === "delivered")).toBe(true);
    expect(receiver.received).toHaveLength(state.events.length);
  });
});

describe("the API's error answers have Stripe's shapes", () => {
  it("401 without a key, 404 for an unknown URL or object, 400 for an invalid version or an unknown parameter", async () => {
    await control("DELETE", "faults");
    const noKey = await api("GET", "/v1/customers/cus_x", { key: null });
    expect(noKey.status).toBe(401);
    expect(errorShape.parse(noKey.json).error.message).toMatch(/You did not provide an API key/);

    const unknownUrl = await api("GET", "/v1/nothing_here");
    expect(unknownUrl.status).toBe(404);
    expect(errorShape.parse(unknownUrl.json).error.message).toMatch(/^Unrecognized request URL \(GET: \/v1\/nothing_here\)/);

    const missing = await api("GET", "/v1/charges/ch_missing");
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ error: { code: "resource_missing", message: "No such charge: 'ch_missing'", type: "invalid_request_error" } });
    expect(missing.headers.get("request-id")).toMatch(/^req_/);

    const badVersion = await api("GET", "/v1/charges/ch_missing", { version: "yesterday" });
    expect(badVersion.status).toBe(400);
    expect(errorShape.parse(badVersion.json).error.message).toBe("Invalid Stripe API version: yesterday");

    const { paymentIntent } = sandbox.createPayment({});
    const unknownParam = await api("POST", `/v1/payment_intents/${paymentIntent.id}`, { body: "metadata[a]=1&colour=red" });
    expect(unknownParam.json).toMatchObject({ error: { code: "parameter_unknown", param: "colour" } });

    const cannotExpand = await api("GET", `/v1/payment_intents/${paymentIntent.id}?expand[0]=amount`);
    expect(errorShape.parse(cannotExpand.json).error.message).toBe("This property cannot be expanded (amount).");

    const cleared = await api("POST", `/v1/payment_intents/${paymentIntent.id}`, { body: "metadata=" });
    expect(cleared.json).toMatchObject({ metadata: {} });
  });
});
