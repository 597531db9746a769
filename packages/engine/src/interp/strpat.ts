// std's string patterns: where a `&str`, a `char`, a set of chars or a char predicate matches in a
// text. Every pattern-taking str method (split and its kin, matches, replace, split_once, ...) is
// written on these match lists, so they all agree with std on empty patterns, overlapping
// candidates ("aaa" split by "aa") and searching from the end (rsplit, rsplitn, rmatch_indices).
// Positions here are UTF-16 indices into the JS string; `byteOffsets` turns them into the byte
// offsets Rust reports.

/** A string to find, or a test of one char (a char pattern is the string of that char). */
export type StrPattern = { readonly text: string } | { readonly test: (cp: number) => boolean };

/** A match: [start, end) in UTF-16 units. */
export type Match = readonly [number, number];

/**
 * The non-overlapping matches of `pat` in `text`, in search order: from the start, or from the
 * end (`fromEnd`: the last match first), at most `limit`. An empty string matches at every char
 * boundary, the start and the end included, as std's `StrSearcher` does.
 */
export function findMatches(text: string, pat: StrPattern, fromEnd = false, limit = Infinity): Match[] {
  const out: Match[] = [];
  if (limit <= 0) return out;
  if ('test' in pat) {
    if (!fromEnd) {
      for (let i = 0; i < text.length && out.length < limit; ) {
        const cp = text.codePointAt(i)!;
        const n = cp > 0xffff ? 2 : 1;
        if (pat.test(cp)) out.push([i, i + n]);
        i += n;
      }
    } else {
      for (let i = text.length; i > 0 && out.length < limit; ) {
        const low = text.charCodeAt(i - 1);
        const n = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? 2 : 1;
        if (pat.test(text.codePointAt(i - n)!)) out.push([i - n, i]);
        i -= n;
      }
    }
    return out;
  }
  const needle = pat.text;
  if (needle.length === 0) {
    const bounds: number[] = [];
    for (let i = 0; i <= text.length; ) {
      bounds.push(i);
      i += i < text.length && text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
    if (fromEnd) bounds.reverse();
    for (const b of bounds.slice(0, Math.min(bounds.length, limit))) out.push([b, b]);
    return out;
  }
  if (!fromEnd) {
    for (let from = 0; out.length < limit; ) {
      const i = text.indexOf(needle, from);
      if (i < 0) break;
      out.push([i, i + needle.length]);
      from = i + needle.length;
    }
  } else {
    for (let end = text.length; end >= needle.length && out.length < limit; ) {
      const i = text.lastIndexOf(needle, end - needle.length);
      if (i < 0) break;
      out.push([i, i + needle.length]);
      end = i;
    }
  }
  return out;
}

/** The pieces of `text` between the matches: [start, end) pairs, in the matches' order. */
export function piecesBetween(text: string, matches: readonly Match[], fromEnd: boolean): Match[] {
  const out: Match[] = [];
  if (!fromEnd) {
    let prev = 0;
    for (const [a, b] of matches) {
      out.push([prev, a]);
      prev = b;
    }
    out.push([prev, text.length]);
  } else {
    let prev = text.length;
    for (const [a, b] of matches) {
      out.push([b, prev]);
      prev = a;
    }
    out.push([0, prev]);
  }
  return out;
}

/** A map from UTF-16 index to byte offset in `text`'s UTF-8 (the identity for ASCII text). */
export function byteOffsets(text: string): (i: number) => number {
  // eslint-disable-next-line no-control-regex -- ASCII is exactly the chars below 0x80
  if (/^[\x00-\x7f]*$/.test(text)) return (i) => i;
  const at = new Int32Array(text.length + 1);
  for (let i = 0, b = 0; i < text.length; i++) {
    at[i] = b;
    const c = text.charCodeAt(i);
    // A surrogate pair is one 4-byte char: its high half takes the 4, its low half nothing.
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
    at[i + 1] = b;
  }
  return (i) => at[i];
}

