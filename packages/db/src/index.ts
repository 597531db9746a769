// @memviz/db: schema, migrations and the event store.
export * from './connect.js';
export * from './store.js';
export * from './records.js';
export * from './imports.js';
export * as schema from './schema.js';
