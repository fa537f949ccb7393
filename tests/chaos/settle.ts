import { createHash } from "node:crypto";
import type { DatabaseHandle } from "@/lib/db/open-database";
import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";
import { chaosLog, errorText, sleep } from "./chaos-log";
import { backlogIsEmpty, readBacklog, type Backlog } from "./portal-state";
import type { PortalProcess } from "./portal-process";
import type { SandboxReader } from "./sandbox-snapshot";
import type { ThrowawayDatabase } from "./throwaway-database";

/** A poll that ends this long after the traffic began after it (an idle poll takes well under a second). */
const POLL_STRADDLE_MS = 5_000;

/** Nothing changed in the simulations for this long: longer than a Lightspeed poll and the 5 s admin-edit re-read. */
const QUIET_MS = 12_000;

export async function settleWebhooks(sandbox: SandboxConnection, deadline: number): Promise<void> {
  const timeout = Math.max(1_000, deadline - Date.now());
  await Promise.all([
    fetch(`${sandbox.controlUrls.shopify}/webhooks/settle`, { method: "POST", signal: AbortSignal.timeout(timeout) }),
    fetch(`${sandbox.controlUrls.stripe}/deliveries/settle`, { method: "POST", signal: AbortSignal.timeout(timeout) }),
  ]);
}

async function fingerprint(reader: SandboxReader): Promise<string> {
  const [stores, itemShops, sales] = await Promise.all([reader.stores(), reader.itemShops(), reader.sales()]);
  const hash = createHash("sha256");
  for (const store of stores) hash.update(JSON.stringify([store.domain, store.levels.map((level) => level.available), store.writes.length]));
  hash.update(JSON.stringify([itemShops.map((row) => row.qoh), sales.length]));
  return hash.digest("hex");
}

export async function waitQuiet(reader: SandboxReader, deadline: number): Promise<boolean> {
  let last = "";
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = await fingerprint(reader);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= QUIET_MS) {
      return true;
    }
    await sleep(1_000);
  }
  return false;
}

export type Settled = { settled: boolean; backlog: Backlog | null; handle: DatabaseHandle; settleMs: number };

/**
 * Waits for everything to settle (webhook queues drained, the simulations quiet, then the engine's queue, the inbox
 * and the pending units of posted orders empty), within `timeoutMs`. PGlite allows one process: the portal is
 * stopped to read it, and started again when work is left. Answers with the database open (the portal stopped).
 */
export async function settle(options: {
  sandbox: SandboxConnection;
  reader: SandboxReader;
  portal: PortalProcess;
  database: ThrowawayDatabase;
  /** Inbox entries up to this id were seeded with the demo shop, not played by the run. */
  inboxBaselineId: number;
  /** When the last till sale could have been made: a poll of Lightspeed must end a few seconds after it. */
  trafficEndedAt: Date;
  timeoutMs: number;
}): Promise<Settled> {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  let backlog: Backlog | null = null;
  for (let round = 1; ; round += 1) {
    if (!options.portal.running()) await options.portal.start();
    try {
      await settleWebhooks(options.sandbox, deadline);
    } catch (error) {
      chaosLog(`webhook queues did not settle: ${errorText(error)}`);
    }
    const quiet = await waitQuiet(options.reader, deadline);
    chaosLog(`settle round ${round}: webhooks settled, simulations ${quiet ? "quiet" : "still changing at the deadline"}`);
    if (options.database.kind === "pglite") await options.portal.stop("SIGTERM");
    const handle = options.database.open();
    backlog = await readBacklog(handle.db, options.inboxBaselineId, new Date(options.trafficEndedAt.getTime() + POLL_STRADDLE_MS));
    const empty = backlogIsEmpty(backlog);
    chaosLog(
      `settle round ${round}: engine runs ${backlog.engineRuns} [${backlog.details.join("; ")}], events ${backlog.engineEvents}, inbox open ${backlog.inboxOpen}, pending of posted ${backlog.pendingOfPosted}${backlog.pollBehind ? ", Lightspeed not polled since the traffic" : ""}`,
    );
    if (empty || Date.now() >= deadline) {
      await options.portal.stop("SIGTERM");
      return { settled: empty, backlog, handle, settleMs: Date.now() - started };
    }
    await handle.close();
    await sleep(2_000);
  }
}
