import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { reconciliationRuns } from "@/lib/db/schema";

export type RunProgress = {
  id: number;
  status: "queued" | "running" | "completed" | "failed" | "cancelled";
  totalSkus: number;
  checkedSkus: number;
  driftingSkus: number;
  startedAt: Date;
  finishedAt: Date | null;
};

const columns = {
  id: reconciliationRuns.id,
  status: reconciliationRuns.status,
  totalSkus: reconciliationRuns.totalSkus,
  checkedSkus: reconciliationRuns.checkedSkus,
  driftingSkus: reconciliationRuns.driftingSkus,
  startedAt: reconciliationRuns.startedAt,
  finishedAt: reconciliationRuns.finishedAt,
};

export async function loadReconciliationRun(db: Executor, runId: number): Promise<RunProgress | null> {
  const [run] = await db.select(columns).from(reconciliationRuns).where(eq(reconciliationRuns.id, runId));
  return run ?? null;
}

export async function loadLatestReconciliationRun(db: Executor): Promise<RunProgress | null> {
  const [run] = await db.select(columns).from(reconciliationRuns).orderBy(desc(reconciliationRuns.id)).limit(1);
  return run ?? null;
}

/** Whole percent checked; a finished run is 100. */
export function progressPercent(run: Pick<RunProgress, "status" | "totalSkus" | "checkedSkus">): number {
  if (run.status === "completed") return 100;
  if (run.totalSkus <= 0) return 0;
  return Math.min(100, Math.floor((run.checkedSkus / run.totalSkus) * 100));
}
