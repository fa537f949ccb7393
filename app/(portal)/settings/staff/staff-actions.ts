"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/auth/define-action";
import { getDb } from "@/lib/db";
import { recordIdSchema } from "@/lib/db/record-id";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { setUserActive } from "@/lib/users/set-user-active";
import { newUserSchema, passwordSchema } from "@/lib/users/user-input";

export const createStaffAction = defineAction("staff:manage", newUserSchema, async (input, user) => {
  const result = await createUser(getDb(), input, user.id);
  if (!result.created) return { ok: false, error: "An account with that email exists.", fieldErrors: { email: ["Already in use"] } };
  revalidatePath("/settings/staff");
  return { ok: true, message: `Account created for ${input.email}.` };
});

const setActiveMessages = {
  self: "You cannot deactivate your own account.",
  "last-owner": "The shop needs at least one active owner.",
  "not-found": "That account no longer exists.",
} as const;

export const setStaffActiveAction = defineAction(
  "staff:manage",
  z.object({ userId: recordIdSchema, active: z.enum(["true", "false"]).transform((value) => value === "true") }),
  async (input, user) => {
    const result = await setUserActive(getDb(), input, user.id);
    if (!result.changed) return { ok: false, error: setActiveMessages[result.reason] };
    revalidatePath("/settings/staff");
    return { ok: true, message: input.active ? "Account reactivated." : "Account deactivated." };
  },
);

export const resetStaffPasswordAction = defineAction(
  "staff:manage",
  z.object({ userId: recordIdSchema, password: passwordSchema }),
  async (input, user) => {
    const result = await resetPassword(getDb(), input, user.id);
    if (!result.changed) return { ok: false, error: "That account no longer exists." };
    return { ok: true, message: "Password changed." };
  },
);
