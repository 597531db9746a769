// `pnpm start` for the server: reads the environment, starts, and stops
// cleanly on SIGTERM/SIGINT (a kill -9 loses nothing either: every event is
// committed before it is acknowledged).
import { loadEnv } from './env.js';
import { startServer } from './server.js';

const server = await startServer({ env: loadEnv(), log: (m) => console.log(m) });
// Tests and scripts wait for this line to know the port.
console.log(`READY ${server.port}`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
