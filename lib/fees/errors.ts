/** A fee input the calculator refuses (fees.md §2: negative, non-integer, zero items, absurd counts). */
export class FeeInputError extends RangeError {
  constructor(
    /** The Chinese name of the parameter, as the form labels it. */
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = "FeeInputError";
  }
}
