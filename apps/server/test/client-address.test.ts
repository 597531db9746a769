// Per-client limits behind the web app's proxy: which address a request counts against.
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../src/server.js';
import { loadEnv } from '../src/env.js';

const req = (peer: string, forwarded?: string | string[]) => ({ socket: { remoteAddress: peer }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as never;

describe('clientAddress', () => {
  it('uses the peer address unless told to trust a local proxy', () => {
    expect(clientAddress(req('127.0.0.1', '203.0.113.7'), false)).toBe('127.0.0.1');
    expect(clientAddress(req('198.51.100.2', '203.0.113.7'), false)).toBe('198.51.100.2');
  });

  it('takes the address a proxy on loopback appended to X-Forwarded-For (the last)', () => {
    // The first entry came from the client and may be forged; the last is what the proxy saw.
    expect(clientAddress(req('127.0.0.1', '10.9.9.9, 203.0.113.7'), true)).toBe('203.0.113.7');
    expect(clientAddress(req('::1', ['203.0.113.8']), true)).toBe('203.0.113.8');
    expect(clientAddress(req('::ffff:127.0.0.1', '203.0.113.9'), true)).toBe('203.0.113.9');
  });

  it('never trusts the header from any other peer, or an absent or oversized one', () => {
    expect(clientAddress(req('198.51.100.2', '203.0.113.7'), true)).toBe('198.51.100.2');
    expect(clientAddress(req('127.0.0.1'), true)).toBe('127.0.0.1');
    expect(clientAddress(req('127.0.0.1', 'x'.repeat(65)), true)).toBe('127.0.0.1');
  });

  it('is off by default and switched on by TRUST_LOCAL_PROXY', () => {
    expect(loadEnv({}).TRUST_LOCAL_PROXY).toBe(false);
    expect(loadEnv({ TRUST_LOCAL_PROXY: '1' }).TRUST_LOCAL_PROXY).toBe(true);
    expect(() => loadEnv({ TRUST_LOCAL_PROXY: 'yes please' })).toThrow(/TRUST_LOCAL_PROXY/);
  });
});
