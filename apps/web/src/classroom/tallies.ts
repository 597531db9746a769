// Quiz tallies as the server computes them, kept apart from quiz.ts so that
// the live fold (live.ts, on every classroom page) does not pull the quiz
// package, and with it the engine, into the pages' first bundle.
import type { Json, Tally } from '@memviz/classroom';

/** Tallies as the server computes them (projections.ts), for the teacher's live fold: canonical JSON, keys sorted. */
export function talliesOf(answers: Readonly<Record<string, Json>>): Tally[] {
  const counts = new Map<string, number>();
  for (const a of Object.values(answers)) {
    const k = canonical(a);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([answer, count]) => ({ answer, count })).sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer));
}

function canonical(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as { readonly [key: string]: Json };
  return `{${Object.keys(obj)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
    .join(',')}}`;
}
