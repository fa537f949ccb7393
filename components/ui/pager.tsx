import Link from "next/link";

/** Previous and next links for a paged list; `hrefFor` builds a page's URL (keeping the filters). */
export function Pager({ page, pageCount, hrefFor, label }: { page: number; pageCount: number; hrefFor: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  const link = "inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-4 font-medium hover:bg-stone-100";
  const disabled = "inline-flex min-h-11 items-center rounded-md border border-stone-200 px-4 text-stone-400";
  return (
    <nav aria-label={label} className="mt-3 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={link} rel="prev">
          Previous
        </Link>
      ) : (
        <span className={disabled}>Previous</span>
      )}
      <span className="text-stone-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={link} rel="next">
          Next
        </Link>
      ) : (
        <span className={disabled}>Next</span>
      )}
    </nav>
  );
}
