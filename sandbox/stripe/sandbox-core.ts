import type { EventEmitter } from "./events/event-emitter";
import type { SandboxState } from "./sandbox-state";
import type { IdFactory } from "./stripe-ids";

/** What API routes and control scenarios share: the account's state, id minting, the event stream and the clock. */
export type SandboxCore = {
  state: SandboxState;
  ids: IdFactory;
  events: EventEmitter;
  /** Milliseconds since the epoch (injectable so tests can pin `created`). */
  now: () => number;
  /** Also emit payment_intent.created and customer.created, as Stripe does (the portal must ignore them). */
  auxiliaryEvents: boolean;
};

export function unixSeconds(core: SandboxCore): number {
  return Math.floor(core.now() / 1000);
}
