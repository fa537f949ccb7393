import Link from "next/link";

/** Filter choices as links (the filter lives in the URL), each with its count; the current one is marked. */
export function FilterTabs<Value extends string>({
  label,
  options,
  current,
}: {
  label: string;
  options: readonly { value: Value; label: string; count?: number; href: string }[];
  current: Value;
}) {
  return (
    <nav aria-label={label} className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
      {options.map((option) => {
        const active = option.value === current;
        return (
          <Link
            key={option.value}
            href={option.href}
            aria-current={active ? "page" : undefined}
            className={`inline-flex min-h-11 shrink-0 items-center gap-2 rounded-full border px-4 text-sm font-medium whitespace-nowrap ${
              active ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"
            }`}
          >
            {option.label}
            {option.count === undefined ? null : (
              <span className={`rounded-full px-2 text-xs tabular-nums ${active ? "bg-white/20" : "bg-stone-100 text-stone-600"}`}>{option.count}</span>
            )}
          </Link>
        );
      })}
    </nav>
  );
}
