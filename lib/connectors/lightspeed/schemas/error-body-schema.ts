import { z } from "zod";

/** R-Series error body: `{"httpCode":"400","httpMessage":"Bad Request","message":"…","errorClass":"…"}`. */
const errorBodySchema = z.object({ message: z.string().optional(), httpMessage: z.string().optional() });

/** OAuth errors: `{"error":"invalid_grant","error_description":"…"}`. */
const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

/** The most useful message in an error body, whichever of the two shapes it has; undefined if none. */
export function errorMessageOf(body: unknown): string | undefined {
  const oauth = oauthErrorSchema.safeParse(body);
  if (oauth.success) return oauth.data.error_description ?? oauth.data.error;
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  return parsed.data.message ?? parsed.data.httpMessage;
}
