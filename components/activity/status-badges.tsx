import { Badge, type BadgeTone } from "@/components/ui/badge";
import { queuedForReplayReason } from "@/lib/operations/request-replay";

type InboxStatus = "received" | "sent" | "processed" | "ignored" | "failed";
type RunStatus = "queued" | "running" | "completed" | "failed" | "cancelled";

const inboxLabels: Record<InboxStatus, [string, BadgeTone]> = {
  received: ["Received", "blue"],
  sent: ["Sent to engine", "blue"],
  processed: ["Processed", "green"],
  ignored: ["Ignored", "stone"],
  failed: ["Failed", "red"],
};

const runLabels: Record<RunStatus, [string, BadgeTone]> = {
  queued: ["Queued", "blue"],
  running: ["Running", "blue"],
  completed: ["Completed", "green"],
  failed: ["Failed", "red"],
  cancelled: ["Cancelled", "stone"],
};

/** An inbox entry's status; a `received` entry the owner asked to replay says so. */
export function InboxStatusBadge({ status, statusReason }: { status: InboxStatus; statusReason: string | null }) {
  if (status === "received" && statusReason === queuedForReplayReason) return <Badge tone="amber">Queued for replay</Badge>;
  const [label, tone] = inboxLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export function RunStatusBadge({ status }: { status: RunStatus }) {
  const [label, tone] = runLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export const inboxStatusLabel = (status: InboxStatus): string => inboxLabels[status][0];
export const runStatusLabel = (status: RunStatus): string => runLabels[status][0];
