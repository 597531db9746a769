// Who this browser is in a session, kept in localStorage so that a reload (or
// a second tab) keeps the teacher's console and the student's place.
// A key is the only proof of membership: it never goes in a URL of ours.

export interface TeacherCredentials {
  readonly role: 'teacher';
  readonly sessionId: string;
  readonly key: string;
  readonly joinCode: string;
}

export interface StudentCredentials {
  readonly role: 'student';
  readonly sessionId: string;
  readonly key: string;
  readonly memberId: string;
  readonly nickname: string;
}

export type Credentials = TeacherCredentials | StudentCredentials;

const storageKey = (role: Credentials['role'], sessionId: string) => `memviz:${role}:${sessionId}`;

export function saveCredentials(c: Credentials): void {
  try {
    localStorage.setItem(storageKey(c.role, c.sessionId), JSON.stringify(c));
  } catch {
    // Storage may be off (private mode, policy): the session still works until the page closes.
  }
}

export function loadCredentials<R extends Credentials['role']>(role: R, sessionId: string): Extract<Credentials, { role: R }> | null {
  try {
    const raw = localStorage.getItem(storageKey(role, sessionId));
    const c = raw ? (JSON.parse(raw) as Credentials) : null;
    return c && c.role === role && c.sessionId === sessionId && typeof c.key === 'string' ? (c as Extract<Credentials, { role: R }>) : null;
  } catch {
    return null;
  }
}

export function forgetCredentials(role: Credentials['role'], sessionId: string): void {
  try {
    localStorage.removeItem(storageKey(role, sessionId));
  } catch {
    // nothing kept, nothing to forget
  }
}
