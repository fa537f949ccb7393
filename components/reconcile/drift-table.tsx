"use client";

import { useActionState, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { initialActionResult, type ActionResult } from "@/lib/auth/action-result";

type FormAction = (previous: ActionResult, form: FormData) => Promise<ActionResult>;

/** One drift report row, formatted on the server. */
export type DriftTableRow = {
  id: number;
  itemId: number;
  sku: string;
  name: string;
  where: string;
  expected: number;
  actual: number;
  cause: string;
  detected: string;
  repaired: string | null;
};

const columns = ["", "SKU", "Where", "Expected", "Actual", "Cause", "Detected", "Status", ""] as const;

/** The drift report: select SKUs and repair them, repair one, or repair every open report. */
export function DriftTable({ rows, repair, repairAll }: { rows: readonly DriftTableRow[]; repair: FormAction; repairAll: FormAction }) {
  const [result, repairAction, repairing] = useActionState(repair, initialActionResult);
  const [allResult, repairAllFormAction, repairingAll] = useActionState(repairAll, initialActionResult);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const openItemIds = [...new Set(rows.filter((row) => row.repaired === null).map((row) => row.itemId))];
  const toggle = (itemId: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(itemId)) next.delete(itemId);
      else next.add(itemId);
      return next;
    });
  const chosen = [...selected].filter((itemId) => openItemIds.includes(itemId));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <form action={repairAction} aria-label="Repair selected SKUs">
          <input type="hidden" name="itemIds" value={chosen.join(",")} />
          <Button type="submit" variant="secondary" disabled={repairing || chosen.length === 0}>
            Repair selected ({chosen.length})
          </Button>
        </form>
        <form action={repairAllFormAction} aria-label="Repair all open drift">
          <Button type="submit" variant="secondary" disabled={repairingAll || openItemIds.length === 0}>
            {repairingAll ? "Repairing…" : "Repair all open"}
          </Button>
        </form>
        {/* The per-row buttons submit this form, each with its own SKU. */}
        <form id="repair-one-sku" action={repairAction} />
      </div>
      <ActionMessage result={result} />
      <ActionMessage result={allResult} />
      {rows.length === 0 ? (
        <EmptyState title="No drift to show">Every system agreed with the ledger when last checked.</EmptyState>
      ) : (
        <DataTable columns={columns} label="Drift report">
          {rows.map((row) => {
            const open = row.repaired === null;
            return (
              <tr key={row.id} data-testid={`drift-${row.id}`} className="align-top">
                <td className="px-3 py-2">
                  {open ? (
                    <input
                      type="checkbox"
                      className="size-5"
                      aria-label={`Select ${row.sku}`}
                      checked={selected.has(row.itemId)}
                      onChange={() => toggle(row.itemId)}
                    />
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  <span className="font-medium">{row.sku}</span>
                  <span className="block text-xs text-stone-600">{row.name}</span>
                </td>
                <td className="px-3 py-2">{row.where}</td>
                <td className="px-3 py-2 tabular-nums">{row.expected}</td>
                <td className="px-3 py-2 tabular-nums">{row.actual}</td>
                <td className="max-w-md px-3 py-2">{row.cause}</td>
                <td className="px-3 py-2 whitespace-nowrap">{row.detected}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {open ? <span className="font-medium text-amber-800">Open</span> : <span className="text-green-800">Repaired {row.repaired}</span>}
                </td>
                <td className="px-3 py-2">
                  {open ? (
                    <Button type="submit" form="repair-one-sku" name="itemIds" value={String(row.itemId)} variant="secondary" disabled={repairing}>
                      Repair
                    </Button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
