// Memory events: the fold to memory state, seeking, validation and text descriptions.
// (The schema itself is exported from the package root via './schema.js'.)
export * from './reduce.js';
export * from './seek.js';
export * from './validate.js';
export * from './describe.js';
export * from './log.js';
