// @memviz/classroom: the classroom as a decider. `decide(command, state)`
// turns a request into events; `evolve`/`fold` turn events into state; the
// projections say what each audience sees; `Timeline` seeks a recording
// with those same functions. No I/O: the server, the web app and replay all
// share this code.
export * from './types.js';
export * from './errors.js';
export * from './limits.js';
export { decide, canonicalJson, sameJson } from './decide.js';
export { evolve, fold, initialState, stateAt } from './evolve.js';
export * from './projections.js';
export * from './schemas.js';
export * from './replay.js';
export { resultsCsv, isCorrect, csvCell, RESULTS_COLUMNS } from './results.js';
