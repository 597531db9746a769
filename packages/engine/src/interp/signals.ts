// Non-local exits of the interpreter, thrown as JS exceptions and caught by
// the run loops (panics unwind frame by frame) or by `interpret` (the rest end
// the program on the spot).

export class PanicSignal {
  constructor(
    readonly message: string,
    readonly location: string,
    /** The payload is a `&'static str` (a message with nothing formatted into it), not a `String`. */
    readonly literal: boolean = false,
  ) {}
}

export class ExitSignal {
  constructor(readonly code: number) {}
}

export class OverflowSignal {
  constructor(
    readonly fn: string,
    readonly depth: number,
  ) {}
}

export class StepLimitSignal {
  constructor(readonly limit: number) {}
}

/** A panic while already unwinding: Rust aborts the process. */
export class AbortSignal {
  constructor(readonly code: number) {}
}

/**
 * Thrown by a builtin whose thread has to wait for another (a send on a full sync_channel): the
 * thread's frames are set aside, and the call answered with `finish()` when it can go on.
 */
export class BlockSignal {
  constructor(
    readonly finish: () => unknown,
    /** Why the run stops when the thread cannot be set aside (a wait inside a closure a builtin calls). */
    readonly stuck: string,
    /** What the thread waits for, for the builtin that will let it go on. */
    readonly info: unknown,
  ) {}
}
