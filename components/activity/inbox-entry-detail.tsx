import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/shop-format";
import { activityHref, type ActivitySearch } from "@/lib/operations/activity-search";
import type { InboxEntryDetail } from "@/lib/operations/get-inbox-entry";
import { durationBetween } from "./format-duration";
import { providerLabels } from "./inbox-filter-form";
import { InboxStatusBadge, RunStatusBadge } from "./status-badges";

/**
 * One inbox entry in full: where it came from, its timing and attempts, the headers that matter and the raw body,
 * pretty-printed with any secret redacted, and the engine runs it caused. `actions` holds the replay form.
 */
export function InboxEntryDetailCard({ entry, search, actions }: { entry: InboxEntryDetail; search: ActivitySearch; actions?: React.ReactNode }) {
  const facts: [string, React.ReactNode][] = [
    ["Provider", providerLabels[entry.provider]],
    ["Event id", <span key="id" className="font-mono break-all">{entry.providerEventId}</span>],
    ["Topic", <span key="topic" className="font-mono">{entry.topic}</span>],
    ["Shop", entry.shopDomain ?? "—"],
    ["Status", <InboxStatusBadge key="status" status={entry.status} statusReason={entry.statusReason} />],
    ["Why", entry.statusReason ?? "—"],
    ["Attempts", String(entry.attempts)],
    ["Received", formatDateTime(entry.receivedAt)],
    ["Sent to the engine", entry.sentAt ? `${formatDateTime(entry.sentAt)} (after ${durationBetween(entry.receivedAt, entry.sentAt) ?? ""})` : "not yet"],
    ["Finished", entry.finishedAt ? formatDateTime(entry.finishedAt) : "not yet"],
  ];
  return (
    <Card
      title={`Inbox entry ${entry.id}`}
      description="Exactly what was recorded before the webhook was acknowledged."
      actions={
        <Link href={activityHref({ ...search, event: undefined })} className="inline-flex min-h-11 items-center px-2 font-medium text-brand-700 hover:underline">
          Close
        </Link>
      }
    >
      <div className="grid gap-4 lg:grid-cols-2" data-testid="inbox-entry-detail">
        <div className="space-y-4">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            {facts.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="text-stone-600">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {entry.lastError ? (
            <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              <span className="font-medium">Last error: </span>
              {entry.lastError}
            </p>
          ) : null}
          {actions}
          <div>
            <h3 className="text-sm font-semibold">Headers that matter</h3>
            {entry.headers.length === 0 ? (
              <p className="text-sm text-stone-600">None recorded.</p>
            ) : (
              <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 font-mono text-xs">
                {entry.headers.map(([name, value]) => (
                  <div key={name} className="contents">
                    <dt className="text-stone-600">{name}</dt>
                    <dd className="break-all">{value}</dd>
                  </div>
                ))}
              </dl>
            )}
            <p className="mt-1 text-xs text-stone-500">Signatures and other secrets are never shown.</p>
          </div>
          <div>
            <h3 className="text-sm font-semibold">Engine runs</h3>
            {entry.runs.length === 0 ? (
              <p className="text-sm text-stone-600">None yet.</p>
            ) : (
              <ul className="mt-1 divide-y divide-stone-200 text-sm">
                {entry.runs.map((run) => (
                  <li key={run.id} className="py-1">
                    <RunStatusBadge status={run.status} /> <span className="font-mono">{run.functionId}</span> · {run.attempts} attempt{run.attempts === 1 ? "" : "s"} · {formatDateTime(run.startedAt)}
                    {run.endedAt ? ` · took ${durationBetween(run.startedAt, run.endedAt) ?? ""}` : ""}
                    {run.error ? <span className="block text-xs text-red-800">{run.error}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <div className="min-w-0">
          <h3 className="text-sm font-semibold">Raw body{entry.body.kind === "json" ? " (JSON, pretty-printed)" : ""}</h3>
          <pre className="mt-1 max-h-[32rem] overflow-auto rounded-md bg-stone-900 p-3 text-xs leading-relaxed text-stone-100" data-testid="inbox-entry-body">
            {entry.body.text}
          </pre>
          {entry.body.truncated ? <p className="mt-1 text-xs text-stone-500">Cut short: the body is very long.</p> : null}
        </div>
      </div>
    </Card>
  );
}
