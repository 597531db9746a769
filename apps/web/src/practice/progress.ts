// Self-paced practice: a set of bank questions (one concept, or a mix), the
// answers and scores so far, kept in this browser's localStorage so a reload
// goes on where it stopped. Pure except for `loadProgress`/`saveProgress`.
import type { Json } from '@memviz/classroom';
import { CONCEPTS, FIX_ATTEMPT_PENALTY, FIX_MIN_SCORE, type Concept, type Question } from '@memviz/quiz';
import type { Verdict } from '../classroom/quiz';

export const PRACTICE_STORAGE_KEY = 'memviz:practice';
export const PRACTICE_LENGTH = 5;

export type PracticeTopic = Concept | 'mix';

export interface PracticeResult {
  readonly id: string;
  readonly verdict: Verdict;
  readonly score: number;
}

export interface Progress {
  readonly version: 1;
  readonly topic: PracticeTopic;
  readonly ids: readonly string[];
  /** Results of the questions done, in order; the current question is ids[results.length]. */
  readonly results: readonly PracticeResult[];
  /** The current question's answer so far (a pick, or the last fix attempt), and whether it was checked. */
  readonly answer: Json | null;
  readonly checked: boolean;
}

/** Concepts with at least one question, in the vocabulary's order. */
export function topicsOf(bank: readonly Question[]): Concept[] {
  return CONCEPTS.filter((c) => bank.some((q) => q.tags.includes(c)));
}

/** A small deterministic generator: the same seed, the same set. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) ^ Math.imul(s ^ (s >>> 12), 0x297a2d39);
    s ^= s >>> 15;
    const j = (s >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A new set: up to `length` questions of the topic; a mix takes different kinds first. */
export function startPractice(bank: readonly Question[], topic: PracticeTopic, seed: number, length = PRACTICE_LENGTH): Progress {
  const pool = shuffled(
    bank.filter((q) => topic === 'mix' || q.tags.includes(topic)),
    seed,
  );
  let picked: Question[];
  if (topic === 'mix') {
    // Round-robin over kinds, so a mix is a mix of question kinds too.
    const byKind = new Map<string, Question[]>();
    for (const q of pool) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q]);
    const queues = [...byKind.values()];
    picked = [];
    while (picked.length < length && queues.some((q) => q.length)) for (const q of queues) if (q.length && picked.length < length) picked.push(q.shift()!);
  } else picked = pool.slice(0, length);
  return { version: 1, topic, ids: picked.map((q) => q.id), results: [], answer: null, checked: false };
}

/** What a verdict is worth: a fix loses a little per extra attempt (as the quiz package grades fixes). */
export function scoreOf(verdict: Verdict, attempts = 1): number {
  if (verdict === 'right') return attempts > 1 ? Math.max(FIX_MIN_SCORE, 1 - FIX_ATTEMPT_PENALTY * (attempts - 1)) : 1;
  return verdict === 'partly' ? 0.5 : 0;
}

/** The current question checked: its result is recorded (once). */
export function recordResult(p: Progress, verdict: Verdict, answer: Json | null, attempts = 1): Progress {
  const id = p.ids[p.results.length];
  if (id === undefined || p.checked) return p;
  return { ...p, answer, checked: true, results: [...p.results, { id, verdict, score: scoreOf(verdict, attempts) }] };
}

/** On to the next question (after checking the current one). */
export function nextQuestion(p: Progress): Progress {
  return { ...p, answer: null, checked: false };
}

/** The question on screen: the one just checked, or the next one to answer; null when the set is done. */
export function currentId(p: Progress): string | null {
  if (p.checked) return p.results.at(-1)?.id ?? null;
  return p.ids[p.results.length] ?? null;
}

export function isDone(p: Progress): boolean {
  return !p.checked && p.results.length >= p.ids.length;
}

export function totalScore(p: Progress): number {
  return p.results.reduce((n, r) => n + r.score, 0);
}

export function loadProgress(storage: Pick<Storage, 'getItem'>, bank: readonly Question[]): Progress | null {
  try {
    const raw = storage.getItem(PRACTICE_STORAGE_KEY);
    if (!raw) return null;
    const p = JSON.parse(raw) as Progress;
    // A set whose questions left the bank (a newer version) starts over rather than breaking.
    if (p?.version !== 1 || !Array.isArray(p.ids) || !Array.isArray(p.results) || p.ids.some((id) => !bank.some((q) => q.id === id))) return null;
    return p;
  } catch {
    return null;
  }
}

export function saveProgress(storage: Pick<Storage, 'setItem' | 'removeItem'>, p: Progress | null): void {
  try {
    if (p === null) storage.removeItem(PRACTICE_STORAGE_KEY);
    else storage.setItem(PRACTICE_STORAGE_KEY, JSON.stringify(p));
  } catch {
    // Storage full or off: progress lives as long as the page.
  }
}
