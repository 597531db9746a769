// Pure helpers of the replay page: clock text and keyboard seeking, kept
// apart from React so they can be tested on their own.

export const SPEEDS = [1, 2, 4, 8, 16] as const;
export type Speed = (typeof SPEEDS)[number];

/** "m:ss" under an hour, "h:mm:ss" from an hour on. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Offset (ms from the start) after a key, or null when the key does not seek. */
export function seekKey(key: string, offset: number, length: number): number | null {
  const clamp = (v: number) => Math.max(0, Math.min(length, v));
  switch (key) {
    case 'ArrowLeft':
      return clamp(offset - 5000);
    case 'ArrowRight':
      return clamp(offset + 5000);
    case 'j':
    case 'J':
      return clamp(offset - 10_000);
    case 'l':
    case 'L':
      return clamp(offset + 10_000);
    case 'Home':
      return 0;
    case 'End':
      return length;
    default:
      return null;
  }
}
