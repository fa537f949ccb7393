import { cloneJson, type JsonObject } from "../json";
import type { SandboxState } from "../sandbox-state";
import type { IdFactory } from "../stripe-ids";
import type { EventObject } from "../stripe-objects";
import { endpointWants, type WebhookEndpoint } from "./webhook-endpoints";

export type EmitInput = {
  type: string;
  object: JsonObject;
  livemode: boolean;
  previousAttributes?: JsonObject;
  /** The API request that caused it (null for Dashboard / customer actions, as Stripe reports them). */
  request?: { id: string | null; idempotencyKey: string | null };
};

export type EventEmitter = { emit: (input: EmitInput) => EventObject };

/**
 * Records an event (a snapshot of the object at that moment) and queues one delivery per endpoint that wants its
 * type. Bodies are pretty-printed as Stripe's are, so a receiver that re-serialises JSON fails verification as it
 * would in production.
 */
export function createEventEmitter(deps: {
  state: () => SandboxState;
  ids: IdFactory;
  /** Queues one delivery of `body` (the event rendered for that endpoint) to `endpoint`. */
  deliver: (event: EventObject, endpoint: WebhookEndpoint, body: string) => void;
  endpoints: () => readonly WebhookEndpoint[];
  now: () => number;
  defaultApiVersion: string;
}): EventEmitter {
  return {
    emit: (input) => {
      const targets = deps.endpoints().filter((endpoint) => endpointWants(endpoint, input.type));
      const object = cloneJson(input.object);
      const event: EventObject = {
        id: deps.ids.fromBase("evt", deps.ids.paymentBase()),
        object: "event",
        api_version: deps.defaultApiVersion,
        created: Math.floor(deps.now() / 1000),
        data: input.previousAttributes ? { object, previous_attributes: cloneJson(input.previousAttributes) } : { object },
        livemode: input.livemode,
        pending_webhooks: targets.length,
        request: { id: input.request?.id ?? null, idempotency_key: input.request?.idempotencyKey ?? null },
        type: input.type,
      };
      deps.state().events.push(event);
      for (const endpoint of targets) {
        const body = JSON.stringify({ ...event, api_version: endpoint.apiVersion }, null, 2);
        deps.deliver(event, endpoint, body);
      }
      return event;
    },
  };
}
