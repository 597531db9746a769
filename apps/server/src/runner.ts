// Running a program is the engine's job; the server only needs this shape,
// so tests can inject a runner and the server works while the engine is
// still being written.

import type { RunDiagnostic } from '@memviz/classroom';

export interface RunOutput {
  readonly ok: boolean;
  readonly diagnostics: readonly RunDiagnostic[];
  /** The memory-event trace (packages/engine/src/events/schema.ts), present when the program compiled. */
  readonly trace: { readonly steps: number } | null;
}

export interface Runner {
  /** Traces are stored per (source, engine version): the version changes whenever a program's events may. */
  version(): Promise<string>;
  run(source: string): Promise<RunOutput>;
}

/** The shape of @memviz/engine that the runner uses (kept local so the server type-checks without the engine). */
interface EngineModule {
  ENGINE_VERSION: string;
  createEngine(parser: unknown): {
    run(source: string): {
      ok: boolean;
      diagnostics: readonly { code?: string | null; message: string; span?: { line: number; col: number } | null; severity?: string }[];
      trace: { steps: number } | null;
    };
  };
}

/** The real engine, loaded on first use (so a server starts even while the engine cannot load). */
export function engineRunner(): Runner {
  let loading: Promise<{ version: string; run(source: string): RunOutput }> | null = null;
  const load = () =>
    (loading ??= (async () => {
      // Specifiers in variables: the server type-checks on its own, without compiling the engine.
      const engineSpecifier = '@memviz/engine';
      const nodeSpecifier = '@memviz/engine/node';
      const engine = (await import(engineSpecifier)) as EngineModule;
      const node = (await import(nodeSpecifier)) as { loadNodeRustParser(): Promise<unknown> };
      const instance = engine.createEngine(await node.loadNodeRustParser());
      return {
        version: engine.ENGINE_VERSION,
        run(source: string): RunOutput {
          // The engine never throws and stops runaway programs at its step limit.
          const result = instance.run(source);
          return {
            ok: result.ok,
            diagnostics: result.diagnostics.map((d) => ({ code: d.code ?? 'error', message: d.message, line: d.span?.line ?? 1, col: d.span?.col ?? 1 })),
            trace: result.trace,
          };
        },
      };
    })().catch((e: unknown) => {
      loading = null;
      throw e;
    }));
  return {
    version: async () => (await load()).version,
    run: async (source) => (await load()).run(source),
  };
}
