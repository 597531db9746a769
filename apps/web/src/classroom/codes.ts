// Join codes as people type them: the server's codes avoid 0/O and 1/I/L and
// are read aloud, so any case, spaces and dashes are fine.

export function normalizeCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}

export function isJoinCode(code: string): boolean {
  return /^[A-Z0-9]{4,12}$/.test(code);
}
