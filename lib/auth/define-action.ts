import { z } from "zod";
import type { ActionResult } from "./action-result";
import { currentUser, type SessionUser } from "./current-user";
import { can, type Permission } from "./permissions";


/**
 * Wraps a server action: checks the session and `permission` on the server, validates the form with
 * `schema`, and turns every refusal into a result the form can show (never a thrown 500).
 */
export function defineAction<Schema extends z.ZodType>(
  permission: Permission,
  schema: Schema,
  run: (input: z.infer<Schema>, user: SessionUser) => Promise<ActionResult>,
): (previous: ActionResult, form: FormData) => Promise<ActionResult> {
  return async (_previous, form) => {
    const user = await currentUser();
    if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
    if (!can(user.role, permission)) return { ok: false, error: "Only the owner may do this." };
    const entries = Object.fromEntries([...form.entries()].filter(([key]) => !key.startsWith("$ACTION")));
    const parsed = schema.safeParse(entries);
    if (!parsed.success) {
      return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
    }
    return run(parsed.data, user);
  };
}
