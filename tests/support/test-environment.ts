import { z } from "zod";

/** The test suite's own variables, validated once (the app's environment is lib/env.ts). */
export const testEnvironment = z
  .object({
    /** A local Postgres server: integration tests also run against throwaway databases on it. */
    TEST_DATABASE_URL: z
      .string()
      .optional()
      .transform((value) => (value ? value : undefined))
      .pipe(z.string().url().optional()),
  })
  .parse(process.env);
