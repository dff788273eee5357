/** Splits a formula into its string literals (decoded) and the code around them (literals as `"…"`). */
export function literals(formula: string): { code: string; strings: string[] } {
  const strings: string[] = [];
  let code = "";
  for (let i = 0; i < formula.length; i++) {
    if (formula[i] !== '"') {
      code += formula[i];
      continue;
    }
    let s = "";
    for (i++; i < formula.length; i++) {
      if (formula[i] === '"' && formula[i + 1] === '"') s += formula[i++];
      else if (formula[i] === '"') break;
      else s += formula[i];
    }
    if (i >= formula.length) throw new Error(`unterminated string literal in ${formula}`);
    strings.push(s);
    code += '"…"';
  }
  return { code, strings };
}
