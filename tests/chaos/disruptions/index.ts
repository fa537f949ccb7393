import type { Disruption, DisruptionContext, DisruptionName } from "./disruption";
import { engineKill, portalKill } from "./kill-mid-flow";
import { portalRestarts } from "./portal-restarts";
import { postgresRestart } from "./postgres-restart";
import { shopifyOutage } from "./shopify-outage";
import { tokenExpiry } from "./token-expiry";

export { disruptionNames, type Disruption, type DisruptionName } from "./disruption";

/** The run's disruptions, in the order named. */
export function createDisruptions(names: readonly DisruptionName[], context: DisruptionContext, run: { events: number; inboxBaselineId: number }): Disruption[] {
  return names.map((name) => {
    switch (name) {
      case "portal-restarts":
        return portalRestarts(context, run.events);
      case "portal-kill":
        return portalKill(context, run.events, run.inboxBaselineId);
      case "engine-kill":
        return engineKill(context, run.events);
      case "postgres-restart":
        return postgresRestart(context, run.events);
      case "shopify-outage":
        return shopifyOutage(context, run.events);
      case "token-expiry":
        return tokenExpiry(context, run.events);
    }
  });
}
