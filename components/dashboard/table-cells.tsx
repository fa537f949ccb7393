import Link from "next/link";

/** A table cell; numeric ones use tabular figures and never wrap (left-aligned, like the shared table's headers). */
export function Cell({ children, numeric = false, className = "" }: { children: React.ReactNode; numeric?: boolean; className?: string }) {
  return <td className={`px-3 py-2 ${numeric ? "tabular-nums whitespace-nowrap" : ""} ${className}`}>{children}</td>;
}

/** A link inside a table: a comfortable touch target without changing the row's height much. */
export function CellLink({ href, children, label }: { href: string; children: React.ReactNode; label?: string }) {
  return (
    <Link href={href} aria-label={label} className="-my-2 inline-flex min-h-11 items-center font-medium whitespace-nowrap text-brand-700 underline-offset-2 hover:underline">
      {children}
    </Link>
  );
}

/** An item: its SKU (linking to its stock in every channel), its name and variant, and optionally more. */
export function ItemCell({ href, sku, label, detail }: { href: string; sku: string; label: string; detail?: string | null }) {
  return (
    <td className="min-w-52 px-3 py-2">
      <CellLink href={href}>{sku}</CellLink>
      <span className="block text-stone-800">{label}</span>
      {detail ? <span className="block text-xs text-stone-500">{detail}</span> : null}
    </td>
  );
}
