// The revealed distribution: one bar per option (or per outcome of a fix)
// with its count written out, the right options marked by text and a check
// mark as well as by colour, the engine's explanation, and the diagram at
// the question's step. Teacher and students get the same markup.
import type { QuizView } from '@memviz/classroom';
import { histogram, keyOf, promptOf } from './quiz';
import { QuizDiagram } from './QuizDiagram';

export function QuizResults({ quiz }: { quiz: QuizView }) {
  const key = keyOf(quiz.question);
  const bars = histogram(quiz.question.options ?? [], quiz.tallies ?? [], key, quiz.question.kind);
  const total = bars.reduce((n, b) => n + b.count, 0);
  const most = Math.max(1, ...bars.map((b) => b.count));
  const prompt = promptOf(quiz.question);
  const right = Array.isArray(key?.correct) ? (key.correct as number[]) : typeof key?.correct === 'number' ? [key.correct] : [];
  return (
    <div className="quiz-results">
      <ul className="quiz-histogram" data-testid="quiz-histogram" aria-label={`Answers per option, ${total} in all`}>
        {bars.map((b) => (
          <li key={b.index} className={`quiz-bar${b.correct ? ' correct' : ''}`} data-testid="quiz-bar" data-correct={b.correct ? 'true' : 'false'}>
            <span className="quiz-bar-label">
              {b.correct && <span aria-hidden="true">✓ </span>}
              {b.option}
              {b.correct && <strong className="quiz-right-tag"> (right answer)</strong>}
            </span>
            <span className="quiz-bar-row">
              <span className="quiz-bar-fill" style={{ width: `${(b.count / most) * 100}%` }} aria-hidden="true" />
              <span className="quiz-bar-count" data-testid="quiz-bar-count">
                {b.count}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {key?.explanation && (
        <div className="quiz-explanation" data-testid="quiz-explanation">
          <h4>Why</h4>
          {/* rustc's rendering lines its labels up under the code: keep the monospace layout. */}
          <pre>{key.explanation}</pre>
        </div>
      )}
      {prompt.memory && prompt.source && (
        <div className="quiz-explanation">
          <h4>Memory at that step{prompt.memory.targets?.length ? ' (right answers outlined)' : ''}</h4>
          <QuizDiagram source={prompt.source} memory={prompt.memory} picked={right} onPick={null} />
        </div>
      )}
    </div>
  );
}
