/** What the dashboard shows while its figures load: the layout's outline, so nothing jumps when they arrive. */
export default function DashboardLoading() {
  const block = "animate-pulse rounded-lg border border-stone-200 bg-white";
  return (
    <div role="status" aria-live="polite" aria-label="Loading the dashboard">
      <span className="sr-only">Loading the dashboard…</span>
      <div className="mb-6 h-14 w-2/3 animate-pulse rounded-md bg-stone-200" />
      <div className="space-y-6">
        <div className={`${block} h-36`} />
        <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
          {Array.from({ length: 5 }, (_, index) => (
            <div key={index} className={`${block} h-24`} />
          ))}
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          <div className={`${block} h-48`} />
          <div className={`${block} h-48`} />
        </div>
        <div className={`${block} h-96`} />
      </div>
    </div>
  );
}
