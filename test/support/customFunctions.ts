/**
 * The `CustomFunctions` global as Excel provides it to functions, for tests (office-addin-mock
 * has no CustomFunctions.Error): just enough to see which error code and message a function gave.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

/** Installs the global; returns a function that removes it. */
export function installCustomFunctions(): () => void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  const before = g.CustomFunctions;
  g.CustomFunctions = { Error: CustomFunctionsError, ErrorCode, associate: () => undefined };
  return () => {
    g.CustomFunctions = before;
  };
}

/** The CustomFunctions.Error a call throws (fails the test when it throws none, or something else). */
export function errorOf(run: () => unknown): CustomFunctionsError {
  try {
    run();
  } catch (e) {
    if (e instanceof CustomFunctionsError) return e;
    throw e;
  }
  throw new Error("expected a CustomFunctions.Error");
}
