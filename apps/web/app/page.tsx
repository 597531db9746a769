// Landing page. Starting and joining classroom sessions come with the
// server; until then the playground is the way in.
import Link from 'next/link';

export default function Home() {
  return (
    <main className="landing">
      <h1>
        mem<span className="accent">viz</span>
      </h1>
      <p className="tagline">See how Rust manages memory: the stack, the heap, every move and every borrow, one step at a time.</p>
      <div className="landing-actions">
        <Link className="button primary" href="/playground">
          Open the playground
        </Link>
      </div>
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
