/** A control API request the sandbox refuses; `status` is the HTTP status it answers with. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ControlError";
  }
}
