import { chaosLog } from "../chaos-log";
import { scheduleActions, type Disruption, type DisruptionContext } from "./disruption";

/** How long the server stays down each time: longer than a webhook's answer, shorter than a provider's patience. */
const DOWN_MS = 5_000;

/** The run's own Postgres server crashes (`-m immediate`) at 40 % and 75 % of the events and is back 5 s later. */
export function postgresRestart(context: DisruptionContext, events: number): Disruption {
  const server = context.privatePostgres;
  if (server === null) throw new Error("--disrupt postgres-restart needs the run's own Postgres server");
  const crash = async () => {
    await server.crashAndRestart(DOWN_MS);
    chaosLog(`postgres-restart: the server is back after ${DOWN_MS / 1000} s down`);
  };
  const schedule = scheduleActions("postgres-restart", events, [
    { at: 0.4, act: crash },
    { at: 0.75, act: crash },
  ]);
  return { name: "postgres-restart", ...schedule, evidence: async () => ({ server_restarts: server.restarts() }), happened: async () => server.restarts() === 2 };
}
