// The shared serialization of live events: what the WebSocket adapter sends
// for a LiveFrame is exactly what it would send for the plain event.
import { jsonEncoder } from '@trpc/server/adapters/ws';
import { describe, expect, it } from 'vitest';
import { LiveFrame, liveWsEncoder } from '../src/live.js';

const event = { version: 12, previous: 9, event: { type: 'StepChanged', step: 3, at: 1_700_000_000_000 } } as const;

const dataMessage = (id: number | string, data: unknown, jsonrpc?: '2.0') => ({
  id,
  ...(jsonrpc ? { jsonrpc } : {}),
  result: { type: 'data', id: '12', data: { id: '12', data } },
});

describe('the live encoder', () => {
  it('sends a frame as the same bytes as the plain event, for any request id', () => {
    const frame = new LiveFrame(event);
    for (const [id, jsonrpc] of [[1, undefined], [4096, '2.0'], ['a"b', undefined]] as const) {
      const text = liveWsEncoder.encode(dataMessage(id, frame, jsonrpc));
      expect(text).toBe(jsonEncoder.encode(dataMessage(id, event, jsonrpc)));
      expect(JSON.parse(text)).toEqual(dataMessage(id, event, jsonrpc));
    }
  });

  it('serializes a frame once however many subscribers it goes to', () => {
    const frame = new LiveFrame(event);
    const spy = { count: 0 };
    const original = JSON.stringify;
    JSON.stringify = ((...args: Parameters<typeof original>) => {
      if (args[0] === event) spy.count++;
      return original(...args);
    }) as typeof JSON.stringify;
    try {
      for (let id = 0; id < 100; id++) liveWsEncoder.encode(dataMessage(id, frame));
    } finally {
      JSON.stringify = original;
    }
    expect(spy.count).toBe(1);
  });

  it('encodes every other message as JSON, frames included wherever else they appear', () => {
    const frame = new LiveFrame(event);
    expect(liveWsEncoder.encode({ id: 3, result: { type: 'started' } })).toBe('{"id":3,"result":{"type":"started"}}');
    // A frame under another tracked id is not taken for that message's payload.
    const other = { id: 1, result: { type: 'data', id: '13', data: { id: '13', data: frame } } };
    expect(JSON.parse(liveWsEncoder.encode(other))).toEqual({ ...other, result: { ...other.result, data: { id: '13', data: event } } });
    expect(liveWsEncoder.decode('{"id":1}')).toEqual({ id: 1 });
  });
});
