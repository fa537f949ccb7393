import { createServer, type IncomingMessage } from "node:http";
import {
  createPostWebhook,
  createSeededRandom,
  createWebhookDelivery,
  type DeliveryFaults,
  type DeliveryRetryPolicy,
  type WebhookDeliveryQueue,
} from "../delivery";
import { createApiFaults, type ApiFaultPlan } from "../faults";
import { anyWellFormedSecretKey } from "./api/authenticate-request";
import { handleApiRequest, type ApiDeps } from "./api/handle-api-request";
import { createIdempotencyStore } from "./api/idempotency-store";
import { unrecognizedUrl } from "./api/stripe-api-error";
import { handleControlRequest } from "./control/handle-control-request";
import type { StripeSandboxControl } from "./control/stripe-sandbox-control";
import { createEventEmitter } from "./events/event-emitter";
import { signStripePayload } from "./events/sign-stripe-payload";
import {
  buildWebhookEndpoint,
  newWebhookSecret,
  type WebhookEndpoint,
  type WebhookEndpointInput,
} from "./events/webhook-endpoints";
import type { SandboxCore } from "./sandbox-core";
import { createState, resetState } from "./sandbox-state";
import { createPayment } from "./scenarios/create-payment";
import { createRefund } from "./scenarios/create-refund";
import { ControlError } from "./scenarios/control-error";
import { failRefund, succeedRefund } from "./scenarios/settle-refund";
import { createIdFactory } from "./stripe-ids";

/** The version stripe@23.1.0 pins; events are stamped with it unless an endpoint asks for another. */
export const SANDBOX_API_VERSION = "2026-10-28.endive";

/**
 * Stripe retries an undelivered event for up to three days with exponential backoff (docs.stripe.com/webhooks);
 * the exact schedule is not published, this one spans about two days. Scale it down with `delivery.timeScale`.
 */
export const stripeDeliveryRetry: DeliveryRetryPolicy = {
  maxAttempts: 16,
  initialDelayMs: 60_000,
  maxDelayMs: 6 * 3600_000,
};

export type StripeSandboxOptions = {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  apiVersion?: string;
  /** The secret keys the account accepts; default: any well-formed `sk_test_…` / `sk_live_…`. */
  apiKeys?: readonly string[];
  webhookEndpoints?: readonly WebhookEndpointInput[];
  /** Seeds every fault and delivery decision, so a run can be replayed. */
  seed?: number | string;
  apiFaults?: ApiFaultPlan;
  delivery?: {
    faults?: DeliveryFaults;
    retry?: Partial<DeliveryRetryPolicy>;
    /** Divides retry waits: 1000 turns a minute into 60 ms. */
    timeScale?: number;
    /** How long a receiver may take to answer (Stripe's own limit is a few seconds). */
    attemptTimeoutMs?: number;
  };
  /** Also emit payment_intent.created / customer.created (default true), as Stripe does. */
  auxiliaryEvents?: boolean;
  now?: () => number;
};

export type StripeSandbox = StripeSandboxControl & {
  /** Base URL, e.g. http://127.0.0.1:41234 (the API is under /v1, the control API under /_control). */
  url: string;
  host: string;
  port: number;
  /** What to give the stripe SDK (`host`/`port`/`protocol`) or the connector's `apiBase`. */
  apiBase: { host: string; port: number; protocol: "http" };
  close: () => Promise<void>;
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/**
 * A simulated Stripe account on loopback that the stripe SDK talks to as it would to api.stripe.com: the endpoints
 * the portal uses, Stripe's idempotency and error shapes, signed webhook events delivered at least once, and faults
 * on demand. See sandbox/stripe/README.md for what it covers and how it differs from Stripe.
 */
export async function createStripeSandbox(options: StripeSandboxOptions = {}): Promise<StripeSandbox> {
  const now = options.now ?? Date.now;
  const apiVersion = options.apiVersion ?? SANDBOX_API_VERSION;
  const random = createSeededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32));
  const ids = createIdFactory();
  const state = createState();
  const idempotency = createIdempotencyStore({ now });
  const faults = createApiFaults(random);
  if (options.apiFaults) faults.set(options.apiFaults);
  let endpoints: WebhookEndpoint[] = (options.webhookEndpoints ?? []).map((input) => buildWebhookEndpoint(input, apiVersion));
  const deliveryTargets = new Map<string, { endpointId: string; livemode: boolean }>();

  const post = createPostWebhook({ timeoutMs: options.delivery?.attemptTimeoutMs ?? 10_000 });
  const newQueue = (): WebhookDeliveryQueue =>
    createWebhookDelivery({
      random,
      faults: options.delivery?.faults,
      retry: { ...stripeDeliveryRetry, ...options.delivery?.retry },
      timeScale: options.delivery?.timeScale,
      // Signed at send time with the endpoint's current secrets: a retry carries a fresh timestamp, as Stripe's do.
      send: async (delivery, attempt) => {
        const target = deliveryTargets.get(delivery.id);
        const endpoint = endpoints.find((candidate) => candidate.id === target?.endpointId);
        if (!target || !endpoint) throw new Error(`webhook endpoint for ${delivery.id} no longer exists`);
        const signature = signStripePayload(delivery.body, endpoint.secrets, Math.floor(now() / 1000), target.livemode);
        return post({ ...delivery, headers: { ...delivery.headers, "stripe-signature": signature } }, attempt);
      },
    });
  let queue = newQueue();

  const core: SandboxCore = {
    state,
    ids,
    now,
    auxiliaryEvents: options.auxiliaryEvents ?? true,
    events: createEventEmitter({
      state: () => state,
      ids,
      now,
      defaultApiVersion: apiVersion,
      endpoints: () => endpoints,
      deliver: (event, endpoint, body) => {
        const id = `${event.id}:${endpoint.id}`;
        deliveryTargets.set(id, { endpointId: endpoint.id, livemode: event.livemode });
        queue.enqueue({
          id,
          url: endpoint.url,
          body,
          label: event.type,
          headers: {
            "content-type": "application/json; charset=utf-8",
            "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
            "cache-control": "no-cache",
            accept: "*/*; q=0.5, application/xml",
          },
        });
      },
    }),
  };

  const accepted = options.apiKeys ? new Set(options.apiKeys) : null;
  const apiDeps: ApiDeps = {
    core,
    idempotency,
    faults,
    defaultApiVersion: apiVersion,
    acceptsKey: (key) => (accepted ? accepted.has(key) : anyWellFormedSecretKey(key)),
  };

  const control: StripeSandboxControl = {
    reset: () => {
      queue.close();
      queue = newQueue();
      resetState(state);
      idempotency.reset();
      faults.clear();
      deliveryTargets.clear();
    },
    createPayment: (input) => createPayment(core, input),
    createRefund: (input) => createRefund(core, input),
    failRefund: (refundId, failureReason) => failRefund(core, refundId, failureReason),
    succeedRefund: (refundId) => succeedRefund(core, refundId),
    setApiFaults: (plan) => faults.set(plan),
    setDeliveryFaults: (deliveryFaults) => queue.setFaults(deliveryFaults),
    setWebhookEndpoints: (inputs) => {
      endpoints = inputs.map((input) => buildWebhookEndpoint(input, apiVersion));
      return endpoints.map((endpoint) => ({ ...endpoint, secrets: [...endpoint.secrets] }));
    },
    rollWebhookSecret: (endpointId, rollOptions = {}) => {
      const endpoint = endpoints.find((candidate) => candidate.id === endpointId);
      if (!endpoint) throw new ControlError(`No such webhook endpoint: '${endpointId}'`, 404);
      const secret = newWebhookSecret();
      endpoint.secrets = rollOptions.expireOld ? [secret] : [...endpoint.secrets, secret];
      return secret;
    },
    webhookEndpoints: () => endpoints.map((endpoint) => ({ ...endpoint, secrets: [...endpoint.secrets] })),
    settleDeliveries: async () => {
      await queue.settle();
      return structuredClone([...queue.records()]);
    },
    snapshot: () =>
      structuredClone({
        objects: {
          customers: [...state.customers.values()],
          paymentIntents: [...state.paymentIntents.values()],
          charges: [...state.charges.values()],
          refunds: [...state.refunds.values()],
          checkoutSessions: [...state.checkoutSessions.values()],
          lineItems: Object.fromEntries(state.lineItems),
          products: [...state.products.values()],
          prices: [...state.prices.values()],
        },
        events: state.events,
        deliveries: [...queue.records()],
        idempotency: idempotency.log(),
        requests: state.requests,
        faultsFired: faults.fired(),
        webhookEndpoints: endpoints,
      }),
  };

  const server = createServer((request, response) => {
    void (async () => {
      const rawBody = await readBody(request);
      const path = new URL(request.url ?? "/", "http://sandbox.invalid").pathname;
      if (path.startsWith("/_control/")) return handleControlRequest(control, request, response, rawBody);
      if (path.startsWith("/v1/")) return handleApiRequest(apiDeps, request, response, rawBody);
      const error = unrecognizedUrl(request.method ?? "GET", path);
      response.writeHead(error.status, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: error.error }, null, 2));
    })().catch((error: unknown) => {
      if (response.headersSent) return void response.destroy();
      response.writeHead(500, { "content-type": "application/json" });
      const message = error instanceof Error ? error.message : String(error);
      response.end(JSON.stringify({ error: { message: `sandbox failure: ${message}`, type: "api_error" } }));
    });
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server is not listening on a TCP port");
  const { port } = address;

  return {
    ...control,
    url: `http://${host}:${port}`,
    host,
    port,
    apiBase: { host, port, protocol: "http" },
    close: async () => {
      queue.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
