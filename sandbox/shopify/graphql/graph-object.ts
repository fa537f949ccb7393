/**
 * The sandbox's object model: an object is a typename plus one resolver per field. Resolvers return scalars,
 * lists or further objects, so the executor walks exactly what a query selects, as a real server does.
 */
export type GraphArgs = Readonly<Record<string, unknown>>;

/** Directives present on the field being resolved, with arguments resolved (e.g. `idempotent: { key }`). */
export type FieldDirectives = ReadonlyMap<string, GraphArgs>;

export type FieldResolver = (args: GraphArgs, directives: FieldDirectives) => GraphValue;

export type GraphObject = {
  readonly typename: string;
  /** Interfaces it implements, for `... on Node` fragments. */
  readonly interfaces: readonly string[];
  /** What it adds to the actual query cost: 1 for an object, 2 for a connection, 0 for wrappers. */
  readonly cost: number;
  readonly fields: Readonly<Record<string, FieldResolver>>;
};

export type GraphValue = null | undefined | string | number | boolean | GraphObject | readonly GraphValue[];

export function graphObject(
  typename: string,
  fields: Record<string, FieldResolver>,
  options: { cost?: number; interfaces?: readonly string[] } = {},
): GraphObject {
  return { typename, fields, cost: options.cost ?? 1, interfaces: options.interfaces ?? [] };
}

export function isGraphObject(value: GraphValue): value is GraphObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "fields" in value;
}
