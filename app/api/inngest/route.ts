import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";

/**
 * The Inngest serve endpoint, driven by Inngest Cloud, a self-hosted Inngest server or the local engine alike.
 * Every call must carry an `X-Inngest-Signature` made with the client's signing key (the client never runs in dev
 * mode), and even a sync `PUT` must be signed.
 */
export const { GET, POST, PUT } = serve({ client: inngest, functions, enableUnauthedSync: false });
