import { chaosLog, sleep } from "../chaos-log";
import { apiFaultRules, readShopifyFaultsFired, setShopifyApiFaults } from "../sandbox-faults";
import { scheduleActions, type Disruption, type DisruptionContext } from "./disruption";

/** Minutes, not seconds: long enough that every retry backoff of the portal's store writes is spent at least once. */
export const SHOPIFY_OUTAGE_MS = 150_000;

/**
 * From 30 % of the events the first store's Admin API answers 503 to every call for 150 s while traffic (and the
 * other stores) go on; then the run's ordinary fault rate again.
 */
export function shopifyOutage(context: DisruptionContext, events: number): Disruption {
  const domain = context.storeDomains[0];
  if (domain === undefined) throw new Error("--disrupt shopify-outage needs a store");
  let serverErrors = -1;
  const schedule = scheduleActions("shopify-outage", events, [
    {
      at: 0.3,
      act: async () => {
        const before = (await readShopifyFaultsFired(context.controlUrls))["server-error"] ?? 0;
        await setShopifyApiFaults(context.controlUrls, [{ kind: "server-error", status: 503, probability: 1, match: `${domain} ` }, ...apiFaultRules(context.faults)]);
        chaosLog(`shopify-outage: ${domain} answers 503 to every call for ${SHOPIFY_OUTAGE_MS / 1000} s`);
        await sleep(SHOPIFY_OUTAGE_MS);
        await setShopifyApiFaults(context.controlUrls, apiFaultRules(context.faults));
        serverErrors = ((await readShopifyFaultsFired(context.controlUrls))["server-error"] ?? 0) - before;
        chaosLog(`shopify-outage: ${domain} is back (${serverErrors} server errors answered meanwhile)`);
      },
    },
  ]);
  return {
    name: "shopify-outage",
    ...schedule,
    evidence: async () => ({ outage_s: SHOPIFY_OUTAGE_MS / 1000, outage_server_errors: serverErrors }),
    // Every store write is retried through the outage: a handful of 503s at least, or the portal never noticed.
    happened: async () => serverErrors >= 5,
  };
}
