import Link from "next/link";

/** One headline figure; with `href` it links to the rows behind it. */
export function Stat({ label, value, hint, href }: { label: string; value: string; hint?: string; href?: string }) {
  const body = (
    <>
      <span className="block text-sm text-stone-600">{label}</span>
      <span className="mt-1 block text-2xl font-semibold tabular-nums">{value}</span>
      {hint ? <span className="mt-1 block text-xs text-stone-500">{hint}</span> : null}
    </>
  );
  const className = "block rounded-lg border border-stone-200 bg-white p-4";
  return href ? (
    <Link href={href} className={`${className} hover:border-brand-600`}>
      {body}
    </Link>
  ) : (
    <div className={className}>{body}</div>
  );
}
