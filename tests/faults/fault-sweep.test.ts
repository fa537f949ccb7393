import { describe, expect, it } from "vitest";
import { chaosOptionsSchema } from "@/tests/chaos/chaos-options";
import type { DisruptionName } from "@/tests/chaos/disruptions";
import { runChaos } from "@/tests/chaos/run-chaos";

/**
 * The fault sweep (issue 6): each disruption once, in a chaos run of its own on a private Postgres server, with
 * light API faults and duplicated webhooks around it. Each must end with every chaos invariant holding (no drift,
 * nothing oversold, no sale posted twice, no refund lost, every inbox entry handled) and with evidence that the
 * disruption really hit the portal mid-work. Needs the built portal (`next build`; `npm test` builds it for
 * Playwright first).
 */
const sweep: readonly { disruption: DisruptionName; seed: number; events: number }[] = [
  { disruption: "postgres-restart", seed: 101, events: 100 },
  { disruption: "portal-kill", seed: 102, events: 50 },
  { disruption: "engine-kill", seed: 103, events: 50 },
  { disruption: "shopify-outage", seed: 104, events: 60 },
  { disruption: "token-expiry", seed: 105, events: 60 },
];

describe.sequential("fault sweep: each disruption ends with the chaos invariants holding", () => {
  for (const { disruption, seed, events } of sweep) {
    it(disruption, async () => {
      const result = await runChaos(
        chaosOptionsSchema.parse({ seed, events, faults: 0.05, duplicates: 0.2, disrupt: [disruption], privatePostgres: true, settleTimeoutS: 300 }),
      );
      expect(result["disruptions"]).toMatchObject({ [disruption]: { happened: true } });
      expect({
        drift_skus: result["drift_skus"],
        oversold_units: result["oversold_units"],
        duplicate_ls_sales: result["duplicate_ls_sales"],
        duplicate_ls_refunds: result["duplicate_ls_refunds"],
        lost_refunds: result["lost_refunds"],
        unprocessed_inbox: result["unprocessed_inbox"],
        settled: result["settled"],
      }).toEqual({ drift_skus: 0, oversold_units: 0, duplicate_ls_sales: 0, duplicate_ls_refunds: 0, lost_refunds: 0, unprocessed_inbox: 0, settled: true });
      expect(result.ok).toBe(true);
    });
  }
});
