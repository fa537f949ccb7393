/** A control-API request that cannot be carried out (unknown charge, refund larger than what is left, …): a 400. */
export class ControlError extends Error {
  readonly status: number;
  constructor(message: string, status = 400) {
    super(message);
    this.name = "ControlError";
    this.status = status;
  }
}
