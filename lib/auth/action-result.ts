/** What a server action answers a form: a message, or an error with the fields at fault. */
export type ActionResult =
  | { ok: true; message: string }
  | { ok: false; error: string; fieldErrors?: Partial<Record<string, string[]>> };

export const initialActionResult: ActionResult = { ok: true, message: "" };
