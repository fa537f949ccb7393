import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { isStorableText } from "@/lib/db/storable-text";
import type { ActionResult } from "./action-result";
import { currentUser, type SessionUser } from "./current-user";
import { can, type Permission } from "./permissions";

/** What a form sees when an action fails in a way no validation foresaw; the cause goes to the server log only. */
export const unexpectedActionError = "Something went wrong on our side; nothing was changed by this form. Try again, or ask for help if it persists.";

const unstorableFieldError = "Contains a character that cannot be stored.";

/** The posted fields: Next's own `$ACTION…` keys left out, and any value holding a NUL refused by name. */
function readForm(form: FormData): { entries: Record<string, FormDataEntryValue>; unstorable: string[] } {
  const fields = [...form.entries()].filter(([key]) => !key.startsWith("$ACTION"));
  const unstorable = fields.filter(([, value]) => typeof value === "string" && !isStorableText(value)).map(([key]) => key);
  return { entries: Object.fromEntries(fields), unstorable };
}

/**
 * Wraps a server action: checks the session and `permission` on the server, validates the form with
 * `schema`, and turns every refusal into a result the form can show (never a thrown 500). An error `run` did not
 * expect is logged and answered with `unexpectedActionError`; Next's own redirects and not-found pass through.
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
    const { entries, unstorable } = readForm(form);
    if (unstorable.length > 0) {
      return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: Object.fromEntries(unstorable.map((key) => [key, [unstorableFieldError]])) };
    }
    const parsed = schema.safeParse(entries);
    if (!parsed.success) {
      return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
    }
    try {
      return await run(parsed.data, user);
    } catch (error) {
      unstable_rethrow(error);
      console.error(`[actions] ${permission} failed`, error);
      return { ok: false, error: unexpectedActionError };
    }
  };
}
