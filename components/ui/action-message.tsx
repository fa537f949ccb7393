import type { ActionResult } from "@/lib/auth/action-result";

/** Shows what an action answered: its message, or its error. */
export function ActionMessage({ result }: { result: ActionResult }) {
  if (result.ok && result.message === "") return null;
  return (
    <p
      role={result.ok ? "status" : "alert"}
      className={`rounded-md px-3 py-2 text-sm ${result.ok ? "bg-brand-50 text-brand-900" : "bg-red-50 text-red-800"}`}
    >
      {result.ok ? result.message : result.error}
    </p>
  );
}
