// Non-local exits of the interpreter, thrown as JS exceptions and caught by
// the run loops (panics unwind frame by frame) or by `interpret` (the rest end
// the program on the spot).

export class PanicSignal {
  constructor(
    readonly message: string,
    readonly location: string,
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
