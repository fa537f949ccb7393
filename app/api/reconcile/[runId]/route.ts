import { NextResponse } from "next/server";
import { z } from "zod";
import { withPermission } from "@/lib/auth/with-permission";
import { getDb } from "@/lib/db";
import { recordIdSchema } from "@/lib/db/record-id";
import { loadReconciliationRun, progressPercent } from "@/lib/reconcile/queries/load-reconciliation-run";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ runId: recordIdSchema });

/** A reconciliation run's progress, polled by the Reconcile page's progress bar. */
export const GET = withPermission<{ params: Promise<{ runId: string }> }>("reconcile:view", async (_request, { params }) => {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return NextResponse.json({ error: "invalid run id" }, { status: 400 });
  const run = await loadReconciliationRun(getDb(), parsed.data.runId);
  if (!run) return NextResponse.json({ error: "not found" }, { status: 404 });
  return NextResponse.json(
    {
      id: run.id,
      status: run.status,
      totalSkus: run.totalSkus,
      checkedSkus: run.checkedSkus,
      driftingSkus: run.driftingSkus,
      percent: progressPercent(run),
    },
    { headers: { "cache-control": "no-store" } },
  );
});
