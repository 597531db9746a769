// Keep-alive for the API's WebSockets, with one timer for all of them. A
// connection silent for a round is sent a WebSocket ping (a protocol frame,
// which browsers and the `ws` library answer by themselves, without waiting
// for the page's or the process's other work), and is ended when another
// round passes with nothing heard. Anything the client sends counts, not
// only the pong, so a client busy with a burst of events is not dropped for
// answering late as long as it says anything at all, and a client that talks
// is never pinged.

import type { WebSocket, WebSocketServer } from 'ws';

type Liveness = 'heard' | 'quiet' | 'pinged';

/** Starts the rounds (every `roundMs`); returns the way to stop them. */
export function keepAlive(wss: WebSocketServer, roundMs: number): () => void {
  const state = new WeakMap<WebSocket, Liveness>();
  wss.on('connection', (ws) => {
    const heard = () => state.set(ws, 'heard');
    heard();
    ws.on('message', heard);
    ws.on('pong', heard);
  });
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      const liveness = state.get(ws) ?? 'heard';
      if (liveness === 'heard') state.set(ws, 'quiet');
      else if (liveness === 'quiet') {
        state.set(ws, 'pinged');
        ws.ping();
      } else ws.terminate();
    }
  }, roundMs);
  timer.unref();
  return () => clearInterval(timer);
}
