import type { InputHTMLAttributes } from "react";

/** A labelled input with its validation errors, touch-sized. */
export function TextField({
  label,
  errors,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: readonly string[] | undefined }) {
  return (
    <label className="block">
      <span className="text-sm font-medium text-stone-700">{label}</span>
      <input
        {...props}
        aria-invalid={errors && errors.length > 0 ? true : undefined}
        className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none"
      />
      {errors?.map((error) => (
        <span key={error} className="mt-1 block text-sm text-red-700">
          {error}
        </span>
      ))}
    </label>
  );
}
