// Choice lists: deterministic order (seeded by the question id, so a replayed
// session shows the same order) and ids by position ("a", "b", …) that give
// nothing away.
import type { Choice } from './schema.js';

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const rand = mulberry32(fnv1a(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Texts that are the same to a reader (case, spacing) count as one option. */
function sameText(a: string, b: string): boolean {
  const n = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return n(a) === n(b);
}

/**
 * Right options plus distractors (first come first served, duplicates of any
 * `alsoTrue` text or of each other dropped) up to `total`, shuffled, with
 * position ids. Returns the choices and the ids of the right ones.
 */
export function buildChoices(
  right: readonly string[],
  distractors: readonly string[],
  options: { total: number; seed: string; alsoTrue?: readonly string[] },
): { choices: Choice[]; correct: string[] } {
  const taken: { text: string; right: boolean }[] = right.map((text) => ({ text, right: true }));
  const excluded = [...right, ...(options.alsoTrue ?? [])];
  for (const d of distractors) {
    if (taken.length >= options.total) break;
    if (excluded.some((t) => sameText(t, d)) || taken.some((t) => sameText(t.text, d))) continue;
    taken.push({ text: d, right: false });
  }
  const order = shuffled(taken, options.seed);
  const choices = order.map((t, i) => ({ id: String.fromCharCode(97 + i), text: t.text }));
  const correct = choices.filter((_, i) => order[i].right).map((c) => c.id);
  return { choices, correct };
}
