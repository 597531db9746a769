#!/usr/bin/env node
// Fills memviz.conf.template: where nginx listens, the web app's address and
// one or more classroom servers'. Prints the nginx configuration.
//   node infra/nginx/render.mjs --listen 8080 --web 127.0.0.1:3000 \
//     --classroom 127.0.0.1:3001 --classroom 127.0.0.1:3002 > memviz.conf
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ADDRESS = /^[A-Za-z0-9.\-\[\]:]+:\d{1,5}$/;

/** The configuration for `listen` (a port, or address:port), `web` and `classroom` (host:port each). */
export function renderNginxConfig({ listen, web, classroom }) {
  if (!/^(\d{1,5}|[A-Za-z0-9.\-\[\]:]+:\d{1,5})$/.test(String(listen))) throw new Error(`--listen: a port or address:port, not ${listen}`);
  for (const a of [web, ...classroom]) if (!ADDRESS.test(a)) throw new Error(`not a host:port: ${a}`);
  if (classroom.length === 0) throw new Error('at least one --classroom server');
  const template = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'memviz.conf.template'), 'utf8');
  return template
    .replace('@LISTEN@', String(listen))
    .replace('@WEB@', web)
    .replace('@CLASSROOM_SERVERS@', classroom.map((a) => `    server ${a};`).join('\n'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opts = { listen: '8080', web: '127.0.0.1:3000', classroom: [] };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--listen') opts.listen = value;
    else if (flag === '--web') opts.web = value;
    else if (flag === '--classroom') opts.classroom.push(value);
    else throw new Error(`unknown option ${flag}`);
  }
  if (opts.classroom.length === 0) opts.classroom.push('127.0.0.1:3001');
  process.stdout.write(renderNginxConfig(opts));
}
