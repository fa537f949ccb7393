import { graphObject, type GraphObject } from "../graphql/graph-object";
import type { UserErrorState } from "../state/store-state";

/** A user error; the generic `UserError` type has no `code` field, the mutation-specific ones do. */
export function userErrorObject(typename: string, error: UserErrorState): GraphObject {
  const fields = { field: () => error.field, message: () => error.message };
  return graphObject(typename, typename === "UserError" ? fields : { ...fields, code: () => error.code }, { cost: 0 });
}
