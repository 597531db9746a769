// Landing page: start a live session (teacher), join one with its code
// (student), or open the playground or practice questions alone.
import Link from 'next/link';
import { JoinForm } from '../src/classroom/JoinForm';
import { StartSession } from '../src/classroom/StartSession';
import { Recordings } from '../src/replay/Recordings';

export default function Home() {
  return (
    <main className="landing">
      <h1>
        mem<span className="accent">viz</span>
      </h1>
      <p className="tagline">See how Rust manages memory: the stack, the heap, every move and every borrow, one step at a time.</p>
      <div className="landing-classroom">
        <StartSession />
        <JoinForm />
      </div>
      <div className="landing-actions">
        <Link className="button" href="/playground">
          Open the playground
        </Link>
        <Link className="button" href="/practice" data-testid="practice-link">
          Practise alone
        </Link>
        <span className="landing-note">On your own, no session needed: the playground, or quiz questions by concept with a score.</span>
      </div>
      <Recordings />
      <section className="landing-points" aria-label="What memviz shows">
        <div>
          <h2>Stack and heap</h2>
          <p>Frames, locals, heap blocks and string literals, with an arrow from every pointer to what it points at.</p>
        </div>
        <div>
          <h2>Ownership</h2>
          <p>Moves, drops and frees as they happen, and rustc&apos;s errors with their labels when a program breaks the rules.</p>
        </div>
        <div>
          <h2>Borrows and lifetimes</h2>
          <p>Each variable&apos;s lifetime and each borrow&apos;s live range beside the code, with read/write/own permissions per line.</p>
        </div>
      </section>
    </main>
  );
}
