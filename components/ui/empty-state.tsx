/** What a list or chart shows when there is nothing to show, and why. */
export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-md border border-dashed border-stone-300 px-4 py-8 text-center text-stone-600">
      <p className="font-medium text-stone-800">{title}</p>
      {children ? <div className="mt-1 text-sm">{children}</div> : null}
    </div>
  );
}
