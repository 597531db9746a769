// How a typed answer to "what does it print?" is compared with the output.
//
// The rule, precisely: the two strings must be equal code unit for code unit
// (so spaces, blank lines, case and "\r" all count) after removing at most one
// "\n" from the end of each. Students rarely type the final newline that
// println! writes; nothing else is forgiven, because in this course the exact
// order and text of the lines is the point of the question.

export function normalizeOutput(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

export function sameOutput(a: string, b: string): boolean {
  return normalizeOutput(a) === normalizeOutput(b);
}

/**
 * Partial credit for a typed output: the share of expected lines that the
 * answer has at the same position, over the longer of the two, so extra or
 * missing lines cost as much as wrong ones.
 */
export function lineScore(expected: string, actual: string): number {
  const want = normalizeOutput(expected).split('\n');
  const got = normalizeOutput(actual).split('\n');
  let same = 0;
  for (let i = 0; i < Math.min(want.length, got.length); i++) if (want[i] === got[i]) same++;
  return same / Math.max(want.length, got.length);
}
