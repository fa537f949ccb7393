import type { Benchmark, BenchmarkTarget } from "./support/benchmark";
import { progress } from "./support/progress";
import { withThrowawayDatabase } from "./support/throwaway-database";
import { buildPortalIfNeeded } from "./ingest/build-portal-if-needed";
import { measureCeilingUnderLoad } from "./ingest/ceiling-under-load";
import { pacedRatePerSecond } from "./ingest/ingest-phases";
import { measurePortalUnderLoad } from "./ingest/portal-under-load";

const name = "ingest";
const secondsAtScale1 = 15;
const targetAcceptedPerSecond = 1_000;
const targetP99Ms = 50;
const targetCeilingShare = 1 / 3;

/**
 * Webhook ingestion end to end: signed Shopify and Stripe webhooks from a separate load process into the built
 * portal on Postgres (sustained accepted/s at max, p99 acknowledgement at 300/s offered, none missing from the
 * inbox), and the same load into a bare Node server doing only the same verify-and-insert, as the ceiling.
 */
const ingest: Benchmark = {
  name,
  describe: `signed webhooks into the built portal on Postgres: accepted/s at max (>= ${targetAcceptedPerSecond}), p99 ack at ${pacedRatePerSecond}/s (<= ${targetP99Ms} ms), none missing; vs a bare verify-and-insert server`,
  async run({ scale }) {
    const seconds = Math.max(3, Math.round(secondsAtScale1 * scale));
    await buildPortalIfNeeded(name);
    return withThrowawayDatabase("postgres", async (database) => {
      const log = (message: string) => progress(name, message);
      const portal = await measurePortalUnderLoad(database, seconds, log);
      const ceiling = await measureCeilingUnderLoad(database, seconds, log);
      const ratio = Math.round((portal.phases.max.acceptedPerSecond / Math.max(1, ceiling.phases.max.acceptedPerSecond)) * 100) / 100;
      const missing = portal.inbox.missing + ceiling.inbox.missing;
      const targets: BenchmarkTarget[] = [
        { figure: "portal sustained accepted/s at max", target: `>= ${targetAcceptedPerSecond}`, value: portal.phases.max.acceptedPerSecond, met: portal.phases.max.acceptedPerSecond >= targetAcceptedPerSecond },
        { figure: `portal p99 ack latency at ${pacedRatePerSecond}/s offered (ms)`, target: `<= ${targetP99Ms}`, value: portal.phases.paced.latency.p99Ms, met: portal.phases.paced.latency.p99Ms <= targetP99Ms && portal.phases.paced.accepted === portal.phases.paced.sent },
        { figure: "acknowledged deliveries missing from the inbox", target: "= 0", value: missing, met: missing === 0 },
        { figure: "portal accepted/s as a share of the bare verify-and-insert server's", target: `> ${targetCeilingShare.toFixed(2)}`, value: ratio, met: ratio > targetCeilingShare },
      ];
      const withoutIds = <T extends { acceptedIds: unknown }>({ acceptedIds: _ids, ...rest }: T) => rest;
      return {
        name,
        figures: { seconds, portal: { ...withoutIds(portal.phases), inbox: portal.inbox, memory: portal.memory }, ceiling: { ...withoutIds(ceiling.phases), inbox: ceiling.inbox }, ratio },
        targets,
      };
    });
  },
};

export default ingest;
