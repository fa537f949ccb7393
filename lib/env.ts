import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The whole environment, validated once. Nothing else in the code base reads `process.env`.
 * A bad environment stops start-up with one message naming every missing or invalid variable.
 */
const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(z.string().url().optional())
  .optional();

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Postgres server to use. Unset: the embedded PGlite database under PGLITE_DIR. */
  DATABASE_URL: optionalUrl,
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  /** Port `npm start` serves the portal on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Signs session cookies; at least 32 characters. Required with a real shop; the demo keeps one in .data/. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Lock-out after this many failed sign-ins for one account (or 4× for one address) within the window. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** The shop's locale, currency, time zone and country (default for phone numbers). */
  SHOP_NAME: z.string().min(1).default("Tillbridge Demo Shop"),
  SHOP_LOCALE: z.string().min(2).default("en-US"),
  SHOP_CURRENCY: z.string().length(3).default("USD"),
  SHOP_TIME_ZONE: z.string().min(1).default("America/New_York"),
  SHOP_COUNTRY: z.string().length(2).default("US"),
  /** Real Lightspeed credentials. Unset: the portal runs on demo data. */
  LIGHTSPEED_ACCOUNT_ID: z.string().min(1).optional(),
});

const validatedSchema = environmentSchema.superRefine((value, context) => {
  if (value.LIGHTSPEED_ACCOUNT_ID !== undefined && value.AUTH_SECRET === undefined) {
    context.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "required when a real shop is connected" });
  }
});

export type Environment = Omit<z.infer<typeof environmentSchema>, "AUTH_SECRET"> & { AUTH_SECRET: string };

/** The demo's session secret: generated once and kept beside the embedded database. */
function demoAuthSecret(): string {
  const file = path.resolve(".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function parseEnvironment(source: Record<string, string | undefined>): Environment {
  const result = validatedSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment; fix these variables:\n${problems.join("\n")}`);
  }
  return { ...result.data, AUTH_SECRET: result.data.AUTH_SECRET ?? demoAuthSecret() };
}

export const env: Environment = parseEnvironment(process.env);

/** Demo mode: no real shop connected, the portal shows seeded demo data. */
export const isDemo = env.LIGHTSPEED_ACCOUNT_ID === undefined;

/** The environment for a child process of ours (the portal server started by `npm start`), plus `extra`. */
export function childProcessEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
