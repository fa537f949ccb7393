"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { initialActionResult, type ActionResult } from "@/lib/auth/action-result";

type FormAction = (previous: ActionResult, form: FormData) => Promise<ActionResult>;

export type AttentionRowView = { id: number; kind: string; title: string; subject: string; created: string };

/** One needs-attention item with a resolve form that records what the owner did. */
export function AttentionRow({ item, resolve }: { item: AttentionRowView; resolve: FormAction }) {
  const [result, formAction, pending] = useActionState(resolve, initialActionResult);
  return (
    <li className="space-y-2 py-3" data-testid={`attention-${item.id}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium">{item.title}</p>
        <span className="text-sm text-stone-600">
          {item.kind} · {item.created}
        </span>
      </div>
      <p className="text-xs break-all text-stone-500">{item.subject}</p>
      <form action={formAction} className="flex flex-wrap items-center gap-2" aria-label={`Resolve ${item.title}`}>
        <input type="hidden" name="attentionItemId" value={item.id} />
        <input
          name="resolution"
          required
          minLength={3}
          maxLength={500}
          placeholder="What was done"
          aria-label="Resolution"
          className="min-h-11 min-w-0 flex-1 rounded-md border border-stone-300 px-3"
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          Resolve
        </Button>
      </form>
      <ActionMessage result={result} />
    </li>
  );
}
