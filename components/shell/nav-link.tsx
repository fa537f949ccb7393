"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, label }: { href: string; label: string }) {
  const pathname = usePathname();
  const active = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`flex min-h-11 items-center rounded-md px-3 font-medium whitespace-nowrap ${
        active ? "bg-brand-600 text-white" : "text-stone-700 hover:bg-stone-200"
      }`}
    >
      {label}
    </Link>
  );
}
