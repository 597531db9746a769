// Every drawable thing has a key; arrows join a pointer's key to its target's.
// Keys are plain strings so the DOM can carry them in data attributes:
//   slot:12        a stack slot       slot:12/1.0   a field inside it
//   block:3        a heap block       block:3/5     cell 5 of its buffer
//   static:0       a static item
//   more-frames    the placeholder of collapsed frames (same for more-heap)

export type RootKind = 'slot' | 'block' | 'static';

export function rootKey(kind: RootKind, id: number): string {
  return `${kind}:${id}`;
}

export function placeKey(kind: RootKind, id: number, path: readonly number[]): string {
  return path.length === 0 ? rootKey(kind, id) : `${kind}:${id}/${path.join('.')}`;
}

/** The key and its ancestors, most precise first: where an arrow may land if the exact place is not drawn. */
export function keyAncestors(key: string): string[] {
  const slash = key.indexOf('/');
  if (slash < 0) return [key];
  const root = key.slice(0, slash);
  const path = key.slice(slash + 1).split('.');
  const out: string[] = [];
  for (let n = path.length; n > 0; n--) out.push(`${root}/${path.slice(0, n).join('.')}`);
  out.push(root);
  return out;
}

export function rootOf(key: string): string {
  const slash = key.indexOf('/');
  return slash < 0 ? key : key.slice(0, slash);
}
