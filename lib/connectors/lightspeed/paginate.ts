import type { z } from "zod";
import type { LightspeedRequest, LightspeedTransport } from "./lightspeed-transport";
import { listPageSchema } from "./schemas/list-page-schema";

/**
 * Walks a list endpoint page by page, following `@attributes.next` (a full URL with an opaque `after` cursor)
 * until it is empty. Yields records one by one, in the order the API sorts them.
 */
export async function* paginate<Record extends z.ZodType>(
  transport: LightspeedTransport,
  firstPage: { url: string; resource: string; record: Record; cost: number; signal?: AbortSignal },
): AsyncGenerator<z.output<Record>, void, undefined> {
  const pageSchema = listPageSchema(firstPage.resource, firstPage.record);
  let url: string | null = firstPage.url;
  while (url !== null) {
    const request: LightspeedRequest = { method: "GET", url, cost: firstPage.cost, signal: firstPage.signal };
    const page: { records: z.output<Record>[]; next: string | null } = await transport.send(request, pageSchema);
    yield* page.records;
    url = page.next === null ? null : transport.followUrl(page.next);
  }
}

/** The first page of a list, asking for the largest page the API allows. */
export const PAGE_LIMIT = "100";
