/** An error that ends the whole request with `{ errors: [...] }` and no data, as a validation error does. */
export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly locations: { line: number; column: number }[] = [],
    readonly path: (string | number)[] = [],
  ) {
    super(message);
    this.name = "GraphqlRequestError";
  }

  toJSON(): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.locations.length > 0 ? { locations: this.locations } : {}),
      ...(this.path.length > 0 ? { path: this.path } : {}),
      extensions: this.extensions,
    };
  }
}
