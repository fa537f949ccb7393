import type { Metadata } from "next";
import { AuditLogTable } from "@/components/activity/audit-log-table";
import { EngineRunsTable } from "@/components/activity/engine-runs-table";
import { InboxEntryDetailCard } from "@/components/activity/inbox-entry-detail";
import { InboxFilterForm } from "@/components/activity/inbox-filter-form";
import { InboxTable } from "@/components/activity/inbox-table";
import { RunsFilterForm } from "@/components/activity/runs-filter-form";
import { FilterTabs } from "@/components/ui/filter-tabs";
import { Pager } from "@/components/ui/pager";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { activityHref, parseActivitySearch, type ActivitySearch } from "@/lib/operations/activity-search";
import { getInboxEntry } from "@/lib/operations/get-inbox-entry";
import { listAuditLog } from "@/lib/operations/list-audit-log";
import { listEngineRuns } from "@/lib/operations/list-engine-runs";
import { listInbox } from "@/lib/operations/list-inbox";
import { isReplayable } from "@/lib/operations/request-replay";
import { ReplayPanel } from "./replay-panel";

export const metadata: Metadata = { title: "Activity" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const views = [
  { value: "inbox", label: "Webhook inbox" },
  { value: "runs", label: "Engine runs" },
  { value: "audit", label: "Audit log" },
] as const;

async function InboxView({ search }: { search: ActivitySearch }) {
  const inbox = await listInbox(getDb(), search);
  return (
    <div className="space-y-3">
      <InboxFilterForm search={search} topics={inbox.topics} statusCounts={inbox.statusCounts} />
      {inbox.rows.length === 0 ? <EmptyState title="No inbox entries match">Try another provider, status or topic.</EmptyState> : <InboxTable rows={inbox.rows} search={search} />}
      <Pager label="Inbox pages" page={inbox.page} pageCount={inbox.pageCount} hrefFor={(page) => activityHref({ ...search, page })} />
    </div>
  );
}

async function RunsView({ search }: { search: ActivitySearch }) {
  const runs = await listEngineRuns(getDb(), search);
  return (
    <div className="space-y-3">
      <RunsFilterForm search={search} />
      {runs.rows.length === 0 ? <EmptyState title="No engine runs match" /> : <EngineRunsTable rows={runs.rows} />}
      <Pager label="Engine run pages" page={runs.page} pageCount={runs.pageCount} hrefFor={(page) => activityHref({ ...search, page })} />
    </div>
  );
}

async function AuditView({ search }: { search: ActivitySearch }) {
  const audit = await listAuditLog(getDb(), search);
  return (
    <div className="space-y-3">
      {audit.rows.length === 0 ? <EmptyState title="Nothing audited yet" /> : <AuditLogTable rows={audit.rows} />}
      <Pager label="Audit log pages" page={audit.page} pageCount={audit.pageCount} hrefFor={(page) => activityHref({ view: "audit", page })} />
    </div>
  );
}

export default async function ActivityPage({ searchParams }: Props) {
  await requirePagePermission("activity:view");
  const search = parseActivitySearch(await searchParams);
  const entry = search.event === undefined ? null : await getInboxEntry(getDb(), search.event);
  return (
    <>
      <PageHeader title="Activity" description="Inbound webhooks, what the engine did with them, and who changed what. Replay what failed." />
      <div className="space-y-4">
        {search.event === undefined ? null : entry ? (
          <InboxEntryDetailCard
            entry={entry}
            search={search}
            actions={<ReplayPanel key={entry.id} inboxId={entry.id} replayable={isReplayable(entry.status)} waiting={entry.status === "received"} />}
          />
        ) : (
          <EmptyState title={`No inbox entry ${search.event}`}>It may have been pruned, or the link is wrong.</EmptyState>
        )}
        <FilterTabs
          label="Activity views"
          current={search.view}
          options={views.map((view) => ({ value: view.value, label: view.label, href: activityHref({ view: view.value }) }))}
        />
        {search.view === "inbox" ? <InboxView search={search} /> : search.view === "runs" ? <RunsView search={search} /> : <AuditView search={search} />}
      </div>
    </>
  );
}
