"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { isFinished, runProgressSchema, type RunProgressView } from "./run-progress";

const statusText: Record<RunProgressView["status"], string> = {
  queued: "Waiting to start",
  running: "Checking",
  completed: "Done",
  failed: "Failed",
  cancelled: "Cancelled",
};

/** A live progress bar for one reconciliation run: polls its progress every second until it has finished. */
export function ReconcileProgress({ initial, startedAt }: { initial: RunProgressView; startedAt: string }) {
  const [run, setRun] = useState(initial);
  const router = useRouter();
  useEffect(() => {
    if (isFinished(run.status)) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/reconcile/${run.id}`, { cache: "no-store" });
        const parsed = runProgressSchema.safeParse(await response.json());
        if (cancelled || !parsed.success) return;
        setRun(parsed.data);
        // The drift report and the counts below were written by the run: show them.
        if (isFinished(parsed.data.status)) router.refresh();
      } catch {
        // A missed poll is retried by the next render's timer.
        if (!cancelled) setRun((current) => ({ ...current }));
      }
    }, 1_000);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [run, router]);

  const tone = run.status === "failed" ? "bg-red-600" : run.status === "completed" ? "bg-green-600" : "bg-brand-600";
  return (
    <div className="space-y-2" data-testid="reconcile-progress" data-status={run.status}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="font-medium" aria-live="polite">
          Run #{run.id}: {statusText[run.status]} {run.status === "completed" ? "" : `${run.percent}%`}
        </span>
        <span className="text-stone-600">
          {run.checkedSkus} of {run.totalSkus} SKUs checked · {run.driftingSkus} drifting · started {startedAt}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Reconciliation progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={run.percent}
        aria-valuetext={run.status === "completed" ? "Done" : `${run.percent}%`}
        className="h-3 w-full overflow-hidden rounded-full bg-stone-200"
      >
        <div className={`h-full ${tone} transition-[width] duration-500`} style={{ width: `${run.percent}%` }} />
      </div>
    </div>
  );
}
