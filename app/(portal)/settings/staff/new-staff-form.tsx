"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { initialActionResult } from "@/lib/auth/action-result";
import { createStaffAction } from "./staff-actions";

export function NewStaffForm() {
  const [result, formAction, pending] = useActionState(createStaffAction, initialActionResult);
  const errors = result.ok ? undefined : result.fieldErrors;
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4" aria-label="Add an account">
      <h2 className="text-lg font-semibold">Add an account</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" name="name" required errors={errors?.["name"]} />
        <TextField label="Email" name="email" type="email" required errors={errors?.["email"]} />
        <TextField label="Temporary password" name="password" type="password" autoComplete="new-password" required minLength={12} errors={errors?.["password"]} />
        <label className="block">
          <span className="text-sm font-medium text-stone-700">Role</span>
          <select name="role" defaultValue="staff" className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3">
            <option value="staff">Staff</option>
            <option value="owner">Owner</option>
          </select>
        </label>
      </div>
      <ActionMessage result={result} />
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add account"}
      </Button>
    </form>
  );
}
