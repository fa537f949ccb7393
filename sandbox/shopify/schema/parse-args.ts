import type { z } from "zod";
import type { GraphArgs } from "../graphql/graph-object";
import { GraphqlRequestError } from "../graphql/graphql-error";

/** Arguments are a boundary too: parsed with zod, a mismatch answered like a GraphQL argument error. */
export function parseArgs<T extends z.ZodType>(schema: T, args: GraphArgs, field: string): z.infer<T> {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue === undefined ? "" : issue.path.join(".");
  throw new GraphqlRequestError(`Argument '${where}' on Field '${field}' has an invalid value: ${issue?.message ?? "invalid"}`, {
    code: "argumentLiteralsIncompatible",
    argumentName: where,
  });
}
