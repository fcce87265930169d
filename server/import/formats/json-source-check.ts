// For seed files: the checks of faithful.ts done on the JSON text, before JSON.parse loses what
// they look for, so that each problem has a line and column. JSON.parse would turn
// 9007199254740993 into ...992, 1e400 into Infinity and 1e-400 into 0, and accept "\uD800".
// One flat pass with a depth counter (no recursion); the text is already known to parse.
import { MAX_NESTING_DEPTH, numberProblem } from '../validate/faithful';
import { lineColumn } from '../../domain/text-checks';

export interface SourceProblem {
  line: number;
  column: number;
  message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_PROBLEMS = 50;

export function checkJsonSource(text: string): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const report = (index: number, message: string) => problems.push({ ...lineColumn(text, index), message });
  let depth = 0;
  for (let i = 0; i < text.length && problems.length < MAX_PROBLEMS; i++) {
    const char = text[i];
    if (char === '{' || char === '[') {
      if (++depth > MAX_NESTING_DEPTH) {
        report(i, `nesting is deeper than ${MAX_NESTING_DEPTH} levels, the limit for seed input`);
        break;
      }
    } else if (char === '}' || char === ']') depth--;
    else if (char === '"') i = checkString(text, i, report);
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      NUMBER.lastIndex = i;
      const token = NUMBER.exec(text)?.[0] ?? char;
      const problem = numberTokenProblem(token);
      if (problem) report(i, `${token.length > 40 ? `${token.slice(0, 37)}…` : token} ${problem}`);
      i += token.length - 1;
    }
  }
  return problems;
}

function numberTokenProblem(token: string): string | undefined {
  const value = Number(token);
  if (value === 0 && /[1-9]/.test(token.split(/[eE]/)[0] ?? ''))
    return 'is too small for a number (it would become 0); write it as a string';
  return numberProblem(value);
}

/** Checks the string starting at `start` (its opening quote); returns the index of its closing quote. */
function checkString(text: string, start: number, report: (index: number, message: string) => void): number {
  let pendingHigh = -1;
  let i = start + 1;
  for (; i < text.length && text[i] !== '"'; i++) {
    if (text[i] !== '\\') {
      if (pendingHigh !== -1)
        report(pendingHigh, 'lone surrogate escape (a \\uD800–\\uDBFF not followed by \\uDC00–\\uDFFF): not Unicode text');
      pendingHigh = -1;
      continue;
    }
    const next = text[i + 1];
    if (next !== 'u') {
      if (pendingHigh !== -1)
        report(pendingHigh, 'lone surrogate escape (a \\uD800–\\uDBFF not followed by \\uDC00–\\uDFFF): not Unicode text');
      pendingHigh = -1;
      i++;
      continue;
    }
    const unit = parseInt(text.slice(i + 2, i + 6), 16);
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      if (pendingHigh === -1)
        report(i, `lone surrogate escape \\u${text.slice(i + 2, i + 6)} (a low half without its high half): not Unicode text`);
      pendingHigh = -1;
    } else {
      if (pendingHigh !== -1)
        report(pendingHigh, 'lone surrogate escape (a \\uD800–\\uDBFF not followed by \\uDC00–\\uDFFF): not Unicode text');
      pendingHigh = unit >= 0xd800 && unit <= 0xdbff ? i : -1;
    }
    i += 5;
  }
  if (pendingHigh !== -1)
    report(pendingHigh, 'lone surrogate escape (a \\uD800–\\uDBFF not followed by \\uDC00–\\uDFFF): not Unicode text');
  return i;
}
