import type { Benchmark } from "./support/benchmark";
import { progress } from "./support/progress";
import { withThrowawayDatabase } from "./support/throwaway-database";
import { buildPortalIfNeeded } from "./ingest/build-portal-if-needed";
import { measurePortalUnderLoad } from "./ingest/portal-under-load";

const name = "memory";
const secondsAtScale1 = 15;
const targetPeakMib = 500;

/** Peak RSS of the portal (its whole process tree) on Postgres under the ingest benchmark's load. */
const memory: Benchmark = {
  name,
  describe: `peak RSS of the portal on Postgres under the ingest load (target <= ${targetPeakMib} MiB)`,
  async run({ scale }) {
    const seconds = Math.max(3, Math.round(secondsAtScale1 * scale));
    await buildPortalIfNeeded(name);
    return withThrowawayDatabase("postgres", async (database) => {
      const portal = await measurePortalUnderLoad(database, seconds, (message) => progress(name, message));
      const peak = Math.max(portal.memory.peakRssMib, portal.memory.peakHighWaterMarkMib);
      return {
        name,
        figures: { seconds, ...portal.memory, acceptedPerSecondAtMax: portal.phases.max.acceptedPerSecond },
        targets: [{ figure: "portal peak RSS under the ingest load (MiB)", target: `<= ${targetPeakMib}`, value: peak, met: peak <= targetPeakMib }],
      };
    });
  },
};

export default memory;
