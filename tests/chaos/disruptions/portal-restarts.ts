import { chaosLog, sleep } from "../chaos-log";
import { scheduleActions, type Disruption, type DisruptionContext } from "./disruption";

/** `--restart`: at 35 % of the events the portal gets SIGTERM, at 70 % SIGKILL; each time it starts again while traffic goes on. */
export function portalRestarts(context: DisruptionContext, events: number): Disruption {
  let restarts = 0;
  const restart = (signal: "SIGTERM" | "SIGKILL") => async () => {
    await context.portal.stop(signal);
    await sleep(1_000);
    await context.portal.start();
    restarts += 1;
    chaosLog(`portal-restarts: the portal is back after ${signal}`);
  };
  const schedule = scheduleActions("portal-restarts", events, [
    { at: 0.35, act: restart("SIGTERM") },
    { at: 0.7, act: restart("SIGKILL") },
  ]);
  return { name: "portal-restarts", ...schedule, evidence: async () => ({ restarts }), happened: async () => restarts === 2 };
}
