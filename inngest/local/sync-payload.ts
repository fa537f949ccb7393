import { z } from "zod";

/** What an app reports about itself when it syncs, in either form the SDK sends. */
export type SyncPayload = {
  appId: string;
  url: string;
  sdk: string | null;
  framework: string | null;
  functions: unknown[];
};

/** The in-band answer to a signed `PUT` (`x-inngest-sync-kind: in_band`). */
const inBandSchema = z.looseObject({
  app_id: z.string().min(1),
  url: z.string().min(1),
  sdk: z.string().nullish(),
  framework: z.string().nullish(),
  functions: z.array(z.unknown()).default([]),
});

/** The out-of-band `POST /fn/register` body (SDK spec §4.3.2). */
const registerSchema = z.looseObject({
  appName: z.string().min(1),
  url: z.string().min(1),
  sdk: z.string().nullish(),
  framework: z.string().nullish(),
  functions: z.array(z.unknown()).default([]),
});

export function parseInBandSync(body: unknown): SyncPayload {
  const parsed = inBandSchema.parse(body);
  return { appId: parsed.app_id, url: parsed.url, sdk: parsed.sdk ?? null, framework: parsed.framework ?? null, functions: parsed.functions };
}

export function parseRegisterRequest(body: unknown): SyncPayload {
  const parsed = registerSchema.parse(body);
  return { appId: parsed.appName, url: parsed.url, sdk: parsed.sdk ?? null, framework: parsed.framework ?? null, functions: parsed.functions };
}
