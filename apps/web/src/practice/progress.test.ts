import { describe, expect, it } from 'vitest';
import { liveBank } from '../classroom/quiz';
import { currentId, isDone, loadProgress, nextQuestion, PRACTICE_STORAGE_KEY, recordResult, saveProgress, scoreOf, startPractice, topicsOf, totalScore } from './progress';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
}

describe('self-paced practice', () => {
  const bank = liveBank();

  it('picks a set of one concept, or a mix of kinds, the same for the same seed', () => {
    expect(topicsOf(bank)).toContain('move');
    const moves = startPractice(bank, 'move', 42);
    expect(moves.ids).toHaveLength(5);
    for (const id of moves.ids) expect(bank.find((q) => q.id === id)!.tags).toContain('move');
    expect(startPractice(bank, 'move', 42).ids).toEqual(moves.ids);
    const mix = startPractice(bank, 'mix', 7);
    expect(new Set(mix.ids.map((id) => bank.find((q) => q.id === id)!.kind)).size).toBe(5);
  });

  it('records each question once, moves on, and adds up the score', () => {
    let p = startPractice(bank, 'mix', 1, 3);
    expect(currentId(p)).toBe(p.ids[0]);
    p = recordResult(p, 'right', 0);
    expect(recordResult(p, 'wrong', 1)).toBe(p);
    expect(currentId(p)).toBe(p.ids[0]);
    p = nextQuestion(p);
    expect(currentId(p)).toBe(p.ids[1]);
    p = nextQuestion(recordResult(p, 'partly', [0]));
    p = recordResult(p, 'right', null, 3);
    expect(isDone(p)).toBe(false);
    p = nextQuestion(p);
    expect(isDone(p)).toBe(true);
    expect(p.results.map((r) => r.score)).toEqual([1, 0.5, scoreOf('right', 3)]);
    expect(totalScore(p)).toBeCloseTo(1 + 0.5 + 0.8);
  });

  it('survives a reload through storage, and forgets a set the bank no longer has', () => {
    const storage = memoryStorage();
    const p = recordResult(startPractice(bank, 'borrow', 3), 'wrong', 2);
    saveProgress(storage, p);
    expect(loadProgress(storage, bank)).toEqual(p);
    storage.setItem(PRACTICE_STORAGE_KEY, JSON.stringify({ ...p, ids: ['gone'] }));
    expect(loadProgress(storage, bank)).toBeNull();
    storage.setItem(PRACTICE_STORAGE_KEY, '{not json');
    expect(loadProgress(storage, bank)).toBeNull();
    saveProgress(storage, null);
    expect(storage.items.size).toBe(0);
  });
});
