// The session as one browser sees it: the server's read model (`view`) moved
// forward by the live events that follow it, one version at a time. The
// server folds the same events with the same rules (packages/classroom); this
// is the part of that fold a screen needs, applied to the view it was sent.
import type { PublicEvent, QuizView, RosterEntry, SessionView } from '@memviz/classroom';
import type { LiveEvent } from '@memviz/server';
import { talliesOf } from './tallies';

export type { LiveEvent };

/**
 * The view after `live`; the same view for an event it already has; null
 * when events are missing in between (the caller fetches the view again).
 * Students are not sent every event (not others' arrivals, presence or
 * following): `previous` is the one this page was sent before.
 */
export function applyLive(view: SessionView, live: LiveEvent): SessionView | null {
  if (live.version <= view.version) return view;
  if (live.previous > view.version) return null;
  return { ...applyEvent(view, live.event), version: live.version };
}

function applyEvent(view: SessionView, e: PublicEvent): SessionView {
  switch (e.type) {
    case 'StudentJoined':
      if (view.roster.some((m) => m.memberId === e.memberId)) return view;
      return withRoster(view, [...view.roster, { memberId: e.memberId, nickname: e.nickname, online: false, following: true, hasPen: false }]);
    case 'StudentLeft':
      return { ...withRoster(view, view.roster.filter((m) => m.memberId !== e.memberId)), pen: view.pen === e.memberId ? null : view.pen };
    case 'PresenceChanged':
      return withRoster(view, view.roster.map((m) => (m.memberId === e.memberId ? { ...m, online: e.online } : m)));
    case 'FollowChanged':
      return withRoster(view, view.roster.map((m) => (m.memberId === e.memberId ? { ...m, following: e.following } : m)));
    case 'ProgramSet':
      return { ...view, program: { source: e.source, sourceHash: e.sourceHash }, run: null, step: 0 };
    case 'ProgramRan':
      return { ...view, run: { sourceHash: e.sourceHash, engineVersion: e.engineVersion, ok: e.ok, steps: e.steps, diagnostics: e.diagnostics }, step: 0 };
    case 'StepChanged':
      return { ...view, step: e.step };
    case 'PenGiven':
      return withPen(view, e.memberId);
    case 'PenTaken':
      return withPen(view, null);
    case 'SessionEnded':
      // Ending the session closes the open quiz, as on the server.
      return { ...withPen(view, null), status: 'ended', quizzes: view.quizzes.map((q) => (q.status === 'open' ? { ...q, status: 'closed' } : q)) };
    case 'QuizOpened': {
      if (view.quizzes.some((q) => q.question.id === e.question.id)) return view;
      const teacher = view.you.role === 'teacher';
      const quiz: QuizView = { question: e.question, status: 'open', answerCount: 0, tallies: teacher ? [] : null, answers: teacher ? {} : null, myAnswer: null, closesAt: e.closesAt ?? null };
      return { ...view, quizzes: [...view.quizzes, quiz] };
    }
    case 'AnswerGiven':
      // The teacher gets every answer; a student only their own (others arrive as AnswerCounted).
      return withQuiz(view, e.questionId, (q) => {
        if (q.answers) {
          const answers = { ...q.answers, [e.memberId]: e.answer };
          return { ...q, answers, tallies: talliesOf(answers), answerCount: Object.keys(answers).length };
        }
        return { ...q, myAnswer: e.answer, answerCount: q.myAnswer === null ? q.answerCount + 1 : q.answerCount };
      });
    case 'AnswerCounted':
      return withQuiz(view, e.questionId, (q) => ({ ...q, answerCount: e.answerCount }));
    case 'QuizClosed':
      return withQuiz(view, e.questionId, (q) => (q.status === 'open' ? { ...q, status: 'closed' } : q));
    case 'QuizRevealed':
      return withQuiz(view, e.questionId, (q) => ({ ...q, status: 'revealed', question: e.question, tallies: e.tallies }));
    default:
      // Event types this page does not show: only the version moves.
      return view;
  }
}

function withRoster(view: SessionView, roster: RosterEntry[]): SessionView {
  return { ...view, roster: roster.sort((a, b) => a.nickname.localeCompare(b.nickname)) };
}

function withPen(view: SessionView, pen: string | null): SessionView {
  return { ...view, pen, roster: view.roster.map((m) => (m.hasPen === (m.memberId === pen) ? m : { ...m, hasPen: m.memberId === pen })) };
}

function withQuiz(view: SessionView, questionId: string, change: (q: QuizView) => QuizView): SessionView {
  return { ...view, quizzes: view.quizzes.map((q) => (q.question.id === questionId ? change(q) : q)) };
}
