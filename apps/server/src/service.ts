// The application: turns API calls into commands for a session's hub, with
// identities, keys and the clock supplied here (decide stays pure). The
// transport (tRPC) and the shared editor both go through it.

import type { Actor, Audience, CommandBody, Json, SessionView } from '@memviz/classroom';
import { DomainError, viewFor } from '@memviz/classroom';
import { claimJoinCode, JoinCodeTakenError, loadTrace, saveTrace, sessionIdForCode, type Db, type EventStore } from '@memviz/db';
import type { ExecuteResult, Hubs, SessionHub } from './hub.js';
import { hashKey, hashShareToken, newId, newJoinCode, newKey, sha256Hex } from './keys.js';
import type { Runner } from './runner.js';
import { checkFixAttempt } from './fix-check.js';

/** The caller's key does not open this session (wrong key, another session's key, or no such session). */
export class AccessDeniedError extends Error {
  override readonly name = 'AccessDeniedError';
  constructor() {
    // One message for all cases: a caller learns nothing about which sessions exist.
    super('unknown session or key');
  }
}

export interface Member {
  readonly hub: SessionHub;
  readonly actor: Actor;
  readonly audience: Audience;
}

export interface ClassroomDeps {
  readonly db: Db;
  readonly store: EventStore;
  readonly hubs: Hubs;
  readonly runner: Runner;
  readonly now?: () => number;
}

export class Classroom {
  private readonly now: () => number;
  constructor(private readonly deps: ClassroomDeps) {
    this.now = deps.now ?? Date.now;
  }

  async createSession(title: string): Promise<{ sessionId: string; joinCode: string; teacherKey: string }> {
    const sessionId = newId();
    const teacherKey = newKey();
    const hub = this.deps.hubs.create(sessionId);
    for (let attempt = 0; ; attempt++) {
      const joinCode = newJoinCode();
      try {
        await hub.execute(
          { type: 'CreateSession', sessionId, joinCode, title, teacherKeyHash: hashKey(teacherKey), by: { role: 'teacher', memberId: 'teacher' }, at: this.now() },
          undefined,
          (tx) => claimJoinCode(tx, sessionId, joinCode),
        );
        return { sessionId, joinCode, teacherKey };
      } catch (e) {
        if (!(e instanceof JoinCodeTakenError) || attempt >= 10) {
          this.deps.hubs.forget(sessionId);
          throw e;
        }
      }
    }
  }

  async join(joinCode: string, nickname: string, commandId?: string): Promise<{ sessionId: string; memberId: string; studentKey: string }> {
    const sessionId = await sessionIdForCode(this.deps.db, joinCode);
    const hub = sessionId ? await this.deps.hubs.get(sessionId) : null;
    if (!hub) throw new DomainError('not_found', 'NO_SESSION', `no session has the join code ${joinCode}`);
    const memberId = newId();
    const studentKey = newKey();
    await hub.execute({ type: 'Join', memberId, nickname, keyHash: hashKey(studentKey), by: { role: 'student', memberId }, at: this.now() }, commandId);
    return { sessionId: hub.sessionId, memberId, studentKey };
  }

  /** Who holds this key in this session; refuses anything else the same way. */
  async authenticate(sessionId: string, key: string): Promise<Member> {
    const hub = await this.deps.hubs.get(sessionId);
    const actor = hub?.actorFor(hashKey(key)) ?? null;
    if (!hub || !actor) throw new AccessDeniedError();
    const audience: Audience = actor.role === 'teacher' ? { role: 'teacher' } : { role: 'student', memberId: actor.memberId };
    return { hub, actor, audience };
  }

  /** A student's answer; a fix attempt is run again by the server's engine first. */
  async answer(member: Member, questionId: string, answer: Json, commandId?: string): Promise<ExecuteResult> {
    // A question opened through another instance may not be folded here yet.
    if (!member.hub.state.quizzes.has(questionId)) await member.hub.catchUp();
    const checked = await checkFixAttempt(this.deps.runner, member.hub.state.quizzes.get(questionId)?.question, answer);
    return this.command(member, { type: 'Answer', questionId, answer: checked }, commandId);
  }

  command(member: Member, body: CommandBody, commandId?: string): Promise<ExecuteResult> {
    return member.hub.execute({ ...body, by: member.actor, at: this.now() } as Parameters<SessionHub['execute']>[0], commandId);
  }

  /** The caller's read model, after reading what other instances appended (a query sees every committed command). */
  async view(member: Member): Promise<SessionView> {
    await member.hub.catchUp();
    return viewFor(member.hub.state, member.audience);
  }

  setProgram(member: Member, source: string, commandId?: string): Promise<ExecuteResult> {
    return this.command(member, { type: 'SetProgram', source, sourceHash: sha256Hex(source) }, commandId);
  }

  /**
   * Runs the session's current program, storing its trace once per
   * (source, engine version), and records the run. A trace already stored
   * for this engine version is reused, not recomputed.
   */
  async runProgram(member: Member, commandId?: string): Promise<ExecuteResult> {
    if (member.actor.role !== 'teacher') throw new DomainError('forbidden', 'NOT_TEACHER', 'only the teacher can run the program');
    const program = member.hub.state.program;
    if (!program) throw new DomainError('conflict', 'NO_PROGRAM', 'set a program before running it');
    const engineVersion = await this.deps.runner.version();
    let stored = await loadTrace(this.deps.db, program.sourceHash, engineVersion);
    if (stored === null) {
      const output = await this.deps.runner.run(program.source);
      await saveTrace(this.deps.db, program.sourceHash, engineVersion, JSON.stringify(output));
      // Another instance may have stored it first: everyone uses the stored one.
      stored = await loadTrace(this.deps.db, program.sourceHash, engineVersion);
    }
    const output = JSON.parse(stored!) as { ok: boolean; diagnostics: { code: string; message: string; line: number; col: number }[]; trace: { steps: number } | null };
    return this.command(
      member,
      { type: 'RecordRun', sourceHash: program.sourceHash, engineVersion, ok: output.ok, steps: output.trace?.steps ?? 0, diagnostics: output.diagnostics.slice(0, 200) },
      commandId,
    );
  }

  /**
   * Turns read-only sharing of the recording on with a new token (which
   * replaces any earlier one) or off. Goes through the stream like any
   * command; only the token's hash is stored, so the token is shown once.
   */
  async share(member: Member, enabled: boolean): Promise<{ result: ExecuteResult; token: string | null }> {
    if (!enabled) return { result: await this.command(member, { type: 'DisableShare' }), token: null };
    const token = newKey();
    const result = await this.command(member, { type: 'EnableShare', tokenHash: hashShareToken(member.hub.sessionId, token) });
    return { result, token };
  }

  /** The stored run of the session's current program (members only, as the caller's audience sees it: all of it). */
  async trace(member: Member): Promise<string | null> {
    const run = member.hub.state.run;
    if (!run) return null;
    return loadTrace(this.deps.db, run.sourceHash, run.engineVersion);
  }
}
