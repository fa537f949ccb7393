"use client";

import { startTransition, type FormEvent } from "react";

/**
 * A form's submit handler that sends its fields to `formAction` without React's automatic form reset, so a form the
 * server refused keeps what was typed. The form keeps its `action` too, for browsers without JavaScript.
 */
export function submitKeepingValues(formAction: (form: FormData) => void): (event: FormEvent<HTMLFormElement>) => void {
  return (event) => {
    event.preventDefault();
    const submitter = event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter : null;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(form));
  };
}
