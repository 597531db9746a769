// Notifications between server instances. The bus says "stream S has
// reached version V" (with the events that got it there, when they are
// small, already committed to the store) or carries a shared-editor update;
// the store stays the truth, so a lost message costs a catch-up read, never
// an event.

import { EventEmitter } from 'node:events';
import type { SessionEvent } from '@memviz/classroom';
import { Redis } from 'ioredis';

export type BusMessage =
  /** The stream reached `version`; `events`, when present, are its last events (as stored), so readers need not read them. */
  | { readonly kind: 'events'; readonly sessionId: string; readonly version: number; readonly origin: string; readonly events?: readonly SessionEvent[] }
  | { readonly kind: 'doc'; readonly sessionId: string; readonly update: string; readonly origin: string };

export interface Bus {
  publish(message: BusMessage): void;
  onMessage(handler: (message: BusMessage) => void): void;
  /** Called after the bus reconnects: messages may have been lost meanwhile. */
  onReconnect(handler: () => void): void;
  close(): Promise<void>;
}

/** One process, one instance: messages go straight to the handlers. */
export class InProcessBus implements Bus {
  private readonly emitter = new EventEmitter();
  publish(message: BusMessage): void {
    // Asynchronous like a real bus, so callers never depend on handlers running inline.
    queueMicrotask(() => this.emitter.emit('message', message));
  }
  onMessage(handler: (message: BusMessage) => void): void {
    this.emitter.on('message', handler);
  }
  onReconnect(): void {}
  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

const CHANNEL = 'memviz:bus';

/** Redis pub/sub: one channel, every instance hears every notification and keeps those it cares about. */
export class RedisBus implements Bus {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly handlers: ((message: BusMessage) => void)[] = [];
  private readonly reconnectHandlers: (() => void)[] = [];

  private constructor(url: string) {
    const options = { maxRetriesPerRequest: null, enableOfflineQueue: true, lazyConnect: true } as const;
    this.pub = new Redis(url, options);
    this.sub = new Redis(url, options);
    // ioredis retries by itself; an error event without a listener would crash the process.
    this.pub.on('error', () => {});
    this.sub.on('error', () => {});
    this.sub.on('message', (_channel: string, text: string) => {
      let message: BusMessage;
      try {
        message = JSON.parse(text) as BusMessage;
      } catch {
        return; // not ours
      }
      for (const h of this.handlers) h(message);
    });
    let connectedOnce = false;
    this.sub.on('ready', () => {
      if (connectedOnce) for (const h of this.reconnectHandlers) h();
      connectedOnce = true;
    });
  }

  static async connect(url: string): Promise<RedisBus> {
    const bus = new RedisBus(url);
    await Promise.all([bus.pub.connect(), bus.sub.connect()]);
    await bus.sub.subscribe(CHANNEL);
    return bus;
  }

  publish(message: BusMessage): void {
    // Fire and forget: a lost notification is repaired by the periodic catch-up.
    this.pub.publish(CHANNEL, JSON.stringify(message)).catch(() => {});
  }
  onMessage(handler: (message: BusMessage) => void): void {
    this.handlers.push(handler);
  }
  onReconnect(handler: () => void): void {
    this.reconnectHandlers.push(handler);
  }
  async close(): Promise<void> {
    this.sub.disconnect();
    this.pub.disconnect();
  }
}
