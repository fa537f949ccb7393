import { formatDateTime, formatRelativeTime } from "@/lib/format/shop-format";

/** When something was last read: "3 minutes ago", with the exact time in the shop's zone on hover. */
export function Freshness({ at, never = "never read", now }: { at: Date | null; never?: string; now?: Date }) {
  if (!at) return <span className="text-stone-500">{never}</span>;
  return (
    <time dateTime={at.toISOString()} title={formatDateTime(at)}>
      {formatRelativeTime(at, now)}
    </time>
  );
}
