/**
 * The one error policy of the custom functions: bad input is answered with an Excel error that
 * carries a message saying what to do (#VALUE! for a wrong argument, #N/A for nothing found),
 * never a thrown exception or a crash.
 */

/** A problem with the caller's arguments, raised inside a function and mapped by `answer`. */
export class ArgumentError extends Error {
  override name = "ArgumentError";
}

/** Nothing to return (an unknown id, an actor with no record): #N/A. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** Runs a function's body and maps its errors to `CustomFunctions.Error`. */
export function answer<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof ArgumentError) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    if (error instanceof NotFoundError) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `unexpected problem: ${(error as Error).message}`);
  }
}

/** A text argument: a string (numbers are taken as their text); anything else is an ArgumentError. */
export function textArgument(name: string, value: unknown, maxLength: number): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "string") throw new ArgumentError(`${name} must be text (one cell, not a range)`);
  if (value.length > maxLength)
    throw new ArgumentError(`${name} is longer than ${maxLength.toLocaleString("en")} characters; split the text over several cells`);
  return value;
}
