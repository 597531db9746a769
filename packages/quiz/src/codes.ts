// rustc's error codes that memviz reports, with the plain-language names a
// student picks from and a sentence template that states the reason with the
// program's own names and lines. The templates are also used against other
// programs' facts to make distractors, so each one states its code's rule.
import { z } from 'zod';

/** What a diagnostic says about the program, pulled out of its message and labels. */
export interface ReasonFacts {
  /** What the error is about, already quoted: "`s`", "`v[0]`", or "a temporary value". */
  readonly subject: string;
  /** The failing line: the primary span's. */
  readonly line: number;
  /** The line of the move or borrow that conflicts with it (the first secondary label that is not a declaration). */
  readonly earlier: number | null;
  /** Where the conflicting borrow is used later, or where the borrowed value is dropped. */
  readonly later: number | null;
  /** The function the value was moved into, when the move is a call argument. */
  readonly into: string | null;
  /** E0502: the earlier borrow is the mutable one. */
  readonly mutableFirst: boolean;
}

interface CodeInfo {
  /** Short, plain name shown in choice lists: "moved while borrowed". */
  readonly name: string;
  readonly reason: (f: ReasonFacts) => string;
}

const on = (line: number | null, fallback = 'earlier'): string => (line === null ? fallback : `on line ${line}`);
const into = (f: ReasonFacts): string => (f.into ? ` into \`${f.into}\`` : '');
const later = (f: ReasonFacts): string => (f.later === null ? ' later' : ` on line ${f.later}`);

export const ERROR_CODES = {
  E0382: {
    name: 'used after move',
    reason: (f) => `${f.subject} was moved${into(f)} ${on(f.earlier)}, so it cannot be used on line ${f.line}`,
  },
  E0381: {
    name: 'used before it was given a value',
    reason: (f) => `${f.subject} is used on line ${f.line}, but no value was assigned to it on every path before that`,
  },
  E0499: {
    name: 'borrowed mutably twice',
    reason: (f) => `${f.subject} is already borrowed mutably ${on(f.earlier)} and that borrow is still used${later(f)}, so it cannot be borrowed mutably again on line ${f.line}`,
  },
  E0502: {
    name: 'shared and mutable borrow at once',
    reason: (f) =>
      f.mutableFirst
        ? `${f.subject} is borrowed mutably ${on(f.earlier)} and that borrow is still used${later(f)}, so it cannot also be borrowed to read on line ${f.line}`
        : `${f.subject} is borrowed to read ${on(f.earlier)} and that borrow is still used${later(f)}, so it cannot be borrowed mutably on line ${f.line}`,
  },
  E0503: {
    name: 'used while mutably borrowed',
    reason: (f) => `${f.subject} is borrowed mutably ${on(f.earlier)} and that borrow is still used${later(f)}, so ${f.subject} itself cannot be used on line ${f.line}`,
  },
  E0505: {
    name: 'moved while borrowed',
    reason: (f) => `${f.subject} is borrowed ${on(f.earlier)} and the reference is still used${later(f)}, so it cannot be moved${into(f)} on line ${f.line}`,
  },
  E0506: {
    name: 'assigned while borrowed',
    reason: (f) => `${f.subject} is borrowed ${on(f.earlier)} and the reference is still used${later(f)}, so it cannot be assigned a new value on line ${f.line}`,
  },
  E0507: {
    name: 'moved out of borrowed content',
    reason: (f) => `line ${f.line} tries to take ownership of ${f.subject}, which it only reaches through a reference or an index: borrowed content can be read or cloned, not moved out`,
  },
  E0508: {
    name: 'moved out of an array',
    reason: (f) => `line ${f.line} moves an element out of ${f.subject}, which would leave a hole in the array`,
  },
  E0509: {
    name: 'moved out of a type that implements Drop',
    reason: (f) => `line ${f.line} moves a field out of ${f.subject}, whose \`drop\` still needs all its fields`,
  },
  E0515: {
    name: 'returns a reference to a local value',
    reason: (f) => `the function returns a reference to ${f.subject} on line ${f.line}, but ${f.subject} belongs to the function and is freed when it returns`,
  },
  E0597: {
    name: 'does not live long enough',
    reason: (f) => `${f.subject} is dropped ${on(f.later, 'at the end of its scope')} while a reference to it (taken on line ${f.line}) is still needed`,
  },
  E0716: {
    name: 'temporary dropped while borrowed',
    reason: (f) => `the temporary value created on line ${f.line} is freed at the end of that statement, but a reference to it is still used${later(f)}`,
  },
  E0373: {
    name: 'closure may outlive a borrowed value',
    reason: (f) => `the closure on line ${f.line} only borrows ${f.subject}, but the closure can be used after the function that owns ${f.subject} has returned`,
  },
  E0384: {
    name: 'assigned twice to an immutable variable',
    reason: (f) => `${f.subject} is not declared \`mut\`, so it cannot be assigned a second time on line ${f.line}`,
  },
  E0596: {
    name: 'borrowed mutably but not mutable',
    reason: (f) => `${f.subject} is not declared \`mut\` (or is only reached through a \`&\` reference), so it cannot be borrowed mutably on line ${f.line}`,
  },
  E0594: {
    name: 'assigned through something not mutable',
    reason: (f) => `line ${f.line} assigns to ${f.subject}, which is not mutable there: it is not declared \`mut\` or is behind a \`&\` reference`,
  },
  E0106: {
    name: 'missing lifetime',
    reason: (f) => `the signature on line ${f.line} returns a reference without saying which parameter it borrows from, and Rust cannot work it out`,
  },
  E0425: {
    name: 'name not found',
    reason: (f) => `${f.subject} is used on line ${f.line}, but nothing with that name is in scope there`,
  },
  E0308: {
    name: 'mismatched types',
    reason: (f) => `the value on line ${f.line} does not have the type the code expects there`,
  },
} as const satisfies Record<string, CodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ERROR_CODE_LIST = (Object.keys(ERROR_CODES) as ErrorCode[]).sort();
export const ErrorCodeSchema = z.enum(ERROR_CODE_LIST as [ErrorCode, ...ErrorCode[]]);

export function isErrorCode(code: string | null): code is ErrorCode {
  return code !== null && Object.hasOwn(ERROR_CODES, code);
}

/** "E0505 — moved while borrowed", as a choice list shows it. */
export function codeLabel(code: ErrorCode): string {
  return `${code} — ${ERROR_CODES[code].name}`;
}
