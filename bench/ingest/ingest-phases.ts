import type { LoadReport } from "./load-plan";
import { runLoad } from "./run-load";

/** Offered load of the paced phase, where the acknowledgement latency is judged. */
export const pacedRatePerSecond = 300;
const maxConcurrency = 64;

export type PhaseFigures = { sent: number; accepted: number; acceptedPerSecond: number; statuses: Record<string, number>; latency: LoadReport["latency"] };
export type IngestPhases = { max: PhaseFigures; paced: PhaseFigures & { offeredPerSecond: number }; acceptedIds: Record<string, string[]> };

const figuresOf = (report: LoadReport): PhaseFigures => ({
  sent: report.sent,
  accepted: report.accepted,
  acceptedPerSecond: report.acceptedPerSecond,
  statuses: report.statuses,
  latency: report.latency,
});

/**
 * The same load against any server: a short warm-up, then as many deliveries as `maxConcurrency` connections get
 * accepted in `seconds` (sustained accepted/s), then a steady `pacedRatePerSecond` for `seconds` (ack latency).
 * Every phase uses its own id prefix (`<label>-warm`, `-max`, `-paced`), so its deliveries can be counted after.
 */
export async function runIngestPhases(origin: string, label: string, seconds: number, log: (message: string) => void): Promise<IngestPhases> {
  const warm = await runLoad({ mode: "closed", origin, idPrefix: `${label}-warm`, seconds: 3, concurrency: 8 });
  log(`${label}: warm-up ${warm.acceptedPerSecond}/s accepted`);
  const max = await runLoad({ mode: "closed", origin, idPrefix: `${label}-max`, seconds, concurrency: maxConcurrency });
  log(`${label}: max ${max.acceptedPerSecond}/s accepted (p99 ${max.latency.p99Ms} ms, statuses ${JSON.stringify(max.statuses)})`);
  const paced = await runLoad({ mode: "open", origin, idPrefix: `${label}-paced`, seconds, rate: pacedRatePerSecond });
  log(`${label}: ${pacedRatePerSecond}/s offered: p99 ${paced.latency.p99Ms} ms (statuses ${JSON.stringify(paced.statuses)})`);
  return {
    max: figuresOf(max),
    paced: { ...figuresOf(paced), offeredPerSecond: pacedRatePerSecond },
    acceptedIds: { [`${label}-warm`]: warm.acceptedIds, [`${label}-max`]: max.acceptedIds, [`${label}-paced`]: paced.acceptedIds },
  };
}
