// The program lives in the URL's hash, compressed, so a link reproduces it
// (and nothing is sent to a server: the hash never leaves the browser).
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

const KEY = 'code=';

export function programToHash(source: string): string {
  return '#' + KEY + compressToEncodedURIComponent(source);
}

/** The program in `hash` ("#code=…"), or null if there is none or it is damaged. */
export function programFromHash(hash: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!h.startsWith(KEY)) return null;
  const source = decompressFromEncodedURIComponent(h.slice(KEY.length));
  // lz-string returns '' or null for input that is not its encoding.
  return source ? source : null;
}
