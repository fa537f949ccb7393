"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { initialActionResult } from "@/lib/auth/action-result";
import { resetStaffPasswordAction, setStaffActiveAction } from "./staff-actions";

export function StaffRowActions({ userId, active, isSelf }: { userId: number; active: boolean; isSelf: boolean }) {
  const [activeResult, setActive, activePending] = useActionState(setStaffActiveAction, initialActionResult);
  const [resetResult, reset, resetPending] = useActionState(resetStaffPasswordAction, initialActionResult);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {isSelf ? null : (
          <form action={setActive}>
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="active" value={active ? "false" : "true"} />
            <Button type="submit" variant={active ? "danger" : "secondary"} disabled={activePending}>
              {active ? "Deactivate" : "Reactivate"}
            </Button>
          </form>
        )}
        <form action={reset} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={userId} />
          <input
            type="password"
            name="password"
            required
            minLength={12}
            autoComplete="new-password"
            placeholder="New password"
            aria-label="New password"
            className="min-h-11 w-40 rounded-md border border-stone-300 px-3"
          />
          <Button type="submit" variant="secondary" disabled={resetPending}>
            Set password
          </Button>
        </form>
      </div>
      <ActionMessage result={activeResult} />
      <ActionMessage result={resetResult} />
    </div>
  );
}
