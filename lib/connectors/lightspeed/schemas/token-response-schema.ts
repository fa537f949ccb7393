import { z } from "zod";
import { numeric } from "./normalise-json";

/** The OAuth token endpoint's answer to `grant_type=refresh_token`; the refresh token rotates every time. */
export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: numeric,
  token_type: z.string().optional(),
});

export type TokenResponse = z.output<typeof tokenResponseSchema>;
