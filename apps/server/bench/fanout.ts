// `pnpm --filter @memviz/server bench`: step fan-out latency, from the
// moment the teacher's client sends a step command to the moment each
// student's client receives the step on its live subscription.
//
// Real pieces only: PostgreSQL 15 and Redis 7 started here on free loopback
// ports, server instances in processes of their own (bench/instance.ts),
// and one tRPC client with its own WebSocket per student, all in this
// process, so one clock times both ends. Client-side work (parsing every
// message of every student) shares the machine with the servers, which
// makes the figures pessimistic rather than flattering.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPostgresDatabase } from '@memviz/db';
import WebSocket from 'ws';
import { ensureServersInstalled, startPostgres, startRedis, type RunningServer as Service } from '../../../infra/testing/servers.js';
import { createMemvizClient, type MemvizClient } from '../src/client.js';

interface Scenario {
  readonly name: string;
  readonly instances: number;
  readonly subscribers: number;
  readonly targetP99Ms: number;
}

const ALL_SCENARIOS: Scenario[] = [
  { name: 'one instance', instances: 1, subscribers: 500, targetP99Ms: 50 },
  { name: 'two instances', instances: 2, subscribers: 1000, targetP99Ms: 100 },
];

// Options: --only=one|two (one scenario), --steps=N (measured steps), --wave=N (students subscribing at once; default all),
// --profile=DIR (a V8 CPU profile of each server instance, written to DIR when it stops).
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = option('only');
const SCENARIOS = ALL_SCENARIOS.filter((s) => !only || s.name.startsWith(only));
const WARMUP_STEPS = 5;
const MEASURED_STEPS = Number(option('steps') ?? 30);
/** A teacher clicks "next" a few times a second at most; this also lets each step's traffic drain. */
const STEP_GAP_MS = 250;
const RECEIPT_TIMEOUT_MS = 10_000;
const SUBSCRIBE_WAVE = Number(option('wave') ?? Number.POSITIVE_INFINITY);
const PROFILE_DIR = option('profile');
/** Instance CPU is also measured over this quiet time before the steps, to tell the step's cost from the idle cost. */
const IDLE_MS = 2000;
/** Descriptors this process needs besides one per student socket. */
const FD_MARGIN = 256;
const WATCHDOG_MS = 10 * 60_000;

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const benchStart = performance.now();
const progress = (what: string) => console.log(`  [${((performance.now() - benchStart) / 1000).toFixed(1)} s] ${what}`);

// ---- Open-file limit ---------------------------------------------------------

/** This process's open-file limit (Node raises its soft limit to the hard one when it starts). */
function fdLimit(): number | null {
  const r = spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' });
  const text = r.stdout?.trim();
  if (r.status !== 0 || !text) return null;
  return text === 'unlimited' ? Number.POSITIVE_INFINITY : Number(text);
}

const needed = Math.max(...SCENARIOS.map((s) => s.subscribers)) + FD_MARGIN;
let limit = fdLimit();
if (limit !== null && limit < needed && !process.env.MEMVIZ_BENCH_NOFILE_RAISED) {
  // Raising the hard limit needs privileges Node does not use: ask a shell, and if it may, run again under it.
  if (spawnSync('sh', ['-c', `ulimit -n ${needed}`]).status === 0) {
    console.log(`Open-file limit ${limit} is below the ${needed} needed: running again with ulimit -n ${needed}.`);
    const again = spawnSync('sh', ['-c', `ulimit -n ${needed} && exec "$@"`, 'sh', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, MEMVIZ_BENCH_NOFILE_RAISED: '1' },
    });
    process.exit(again.status ?? 1);
  }
  console.log(`Open-file limit ${limit} is below the ${needed} needed and cannot be raised here (raise it with ulimit -n): fewer students will be measured.`);
}
limit ??= Number.POSITIVE_INFINITY;
const maxSubscribers = Math.max(0, limit - FD_MARGIN);

// ---- Server instances --------------------------------------------------------

interface Instance {
  readonly url: string;
  stats(): Promise<{ cpuMs: number; rssMiB: number }>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', join('bench', 'instance.ts')], {
    cwd: packageDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  running.add(child);
  let stopping = false;
  child.once('exit', (code, signal) => {
    running.delete(child);
    if (!stopping) console.error(`A server instance exited unexpectedly (${signal ?? `code ${code}`}).`);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('a server instance did not start within 60 s')), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /READY (\d+)/.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve(Number(ready[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`a server instance exited with code ${code}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', (m: { cpu: NodeJS.CpuUsage; rss: number }) => resolve({ cpuMs: (m.cpu.user + m.cpu.system) / 1000, rssMiB: m.rss / 2 ** 20 }));
        child.send('stats');
      }),
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

// ---- Measuring one scenario ----------------------------------------------------

interface Probe {
  readonly id: number;
  readonly step: number;
  t0: number;
  received: number;
  readonly samples: { instance: number; ms: number }[];
  done(): void;
}

interface Outcome {
  readonly scenario: Scenario;
  readonly subscribers: number;
  readonly samples: { instance: number; ms: number }[];
  readonly missing: number;
  readonly acks: number[];
  /** Per step: when its first student received it, and each receipt less that (the fan-out's own spread). */
  readonly firsts: number[];
  readonly spreads: number[];
  readonly joinSeconds: number;
  readonly settleSeconds: number;
  readonly cpu: { who: string; ms: number }[];
  /** Instances' CPU per measured step, less their idle CPU over the same time. */
  readonly cpuPerStepMs: number[];
  readonly rssMiB: number[];
  readonly measuredSeconds: number;
  /** Student connections lost and resumed while the class settled, and while steps were measured. */
  readonly drops: { settle: number; measured: number };
}

async function inBatches<T>(count: number, size: number, f: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += size) out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, k) => f(start + k)))));
  return out;
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function runScenario(scenario: Scenario, postgres: Service, redis: Service): Promise<Outcome> {
  const subscribers = Math.min(scenario.subscribers, maxSubscribers);
  const databaseUrl = await createPostgresDatabase(postgres.url, `bench_${randomBytes(6).toString('hex')}`);
  const instances: Instance[] = [];
  const clients: MemvizClient[] = [];
  const connect = (url: string) => {
    const c = createMemvizClient(url, { WebSocket });
    clients.push(c);
    return c.api;
  };
  try {
    for (let i = 0; i < scenario.instances; i++) {
      instances.push(
        await startInstance({
          DATABASE_URL: databaseUrl,
          REDIS_URL: redis.url,
          HOST: '127.0.0.1',
          PORT: '0',
          INSTANCE_ID: `bench-${i}`,
          // Every student here comes from 127.0.0.1: the per-address join limit would refuse the class.
          JOIN_RATE_PER_MINUTE: '1000000',
          // The teacher's key also polls the view while the class settles.
          COMMAND_RATE_PER_SECOND: '1000000',
        }),
      );
    }

    const teacherApi = connect(instances[0].url);
    const created = await teacherApi.session.create.mutate({ title: 'Fan-out benchmark' });
    const teacher = { sessionId: created.sessionId, key: created.teacherKey };
    await teacherApi.program.set.mutate({ ...teacher, source: 'fn main() {\n    let s = String::from("hi");\n    let t = s;\n    println!("{}", t);\n}\n' });
    await teacherApi.program.run.mutate(teacher);

    // Students join through the instance they are spread over, each on its own WebSocket.
    const joinStart = performance.now();
    const students = await inBatches(subscribers, 50, async (i) => {
      const instance = i % instances.length;
      const api = connect(instances[instance].url);
      const joined = await api.session.join.mutate({ code: created.joinCode, nickname: `student ${i}` });
      return { api, instance, auth: { sessionId: joined.sessionId, key: joined.studentKey }, seen: -1, version: 0, connected: false, started: false };
    });
    const joinSeconds = (performance.now() - joinStart) / 1000;
    progress(`${students.length} students joined in ${joinSeconds.toFixed(1)} s`);

    let probe: Probe | null = null;
    let drops = 0;
    const subscribe = (s: (typeof students)[number], fromVersion: number) =>
      s.api.session.events.subscribe(
        // From the current version, as a client that has just loaded the view does.
        { ...s.auth, lastEventId: String(fromVersion) },
        {
          onData: ({ data }) => {
            s.version = data.version;
            const p = probe;
            if (p && data.event.type === 'StepChanged' && data.event.step === p.step && s.seen !== p.id) {
              s.seen = p.id;
              p.samples.push({ instance: s.instance, ms: performance.now() - p.t0 });
              if (++p.received === students.length) p.done();
            }
          },
          onStarted: () => (s.started = true),
          onError: (e) => console.error(`subscription error: ${e.message}`),
          // A lost connection is resumed by the client (from the last event id): count it, it costs latency.
          onConnectionStateChange: (state) => {
            if (state.state === 'pending') s.connected = true;
            else if (state.state === 'connecting' && s.connected) {
              s.connected = false;
              drops++;
            }
          },
        },
      );

    // Every subscription marks its student online, an event the teacher receives (students are not sent
    // each other's presence). Settled: every subscription started and every student online for the teacher.
    const settleStart = performance.now();
    let settledVersion = 0;
    for (let wave = 0; wave < students.length; wave += SUBSCRIBE_WAVE) {
      const from = (await teacherApi.session.view.query(teacher)).version;
      for (const s of students.slice(wave, wave + SUBSCRIBE_WAVE)) {
        s.version = from;
        subscribe(s, from);
      }
      const subscribed = students.slice(0, wave + SUBSCRIBE_WAVE);
      await until(
        'the students to be online',
        async () => {
          // The query fails if the teacher's connection drops under load: ask again.
          const view = await teacherApi.session.view.query(teacher).catch(() => null);
          if (!view) return false;
          settledVersion = view.version;
          return view.roster.filter((r) => r.online).length === subscribed.length && subscribed.every((s) => s.started);
        },
        120_000,
      );
    }
    const settleSeconds = (performance.now() - settleStart) / 1000;
    progress(`subscribed ${Number.isFinite(SUBSCRIBE_WAVE) ? `in waves of ${SUBSCRIBE_WAVE}` : 'all at once'}, all online at version ${settledVersion} in ${settleSeconds.toFixed(1)} s`);
    const settleDrops = drops;

    const stepOnce = async (id: number, step: number) => {
      let done!: () => void;
      const all = new Promise<void>((r) => (done = r));
      const p: Probe = { id, step, t0: 0, received: 0, samples: [], done };
      probe = p;
      p.t0 = performance.now();
      const ack = teacherApi.program.stepTo.mutate({ ...teacher, step }).then(
        (r) => {
          if (r.appended !== 1) throw new Error(`step ${step} appended ${r.appended} events`);
          return performance.now() - p.t0;
        },
        (e: Error) => {
          console.error(`step ${step} failed: ${e.message}`);
          return Number.NaN;
        },
      );
      await Promise.race([all, sleep(RECEIPT_TIMEOUT_MS)]);
      const ackMs = await ack;
      probe = null;
      return { samples: p.samples, missing: students.length - p.received, ackMs };
    };

    // The run has 20 steps: walk 1..19 round and round, so every step changes something.
    let id = 0;
    const nextStep = () => (id % 19) + 1;
    for (let i = 0; i < WARMUP_STEPS; i++, id++) {
      await stepOnce(id, nextStep());
      await sleep(STEP_GAP_MS);
    }

    const idleBefore = await Promise.all(instances.map((i) => i.stats()));
    await sleep(IDLE_MS);
    const idleAfter = await Promise.all(instances.map((i) => i.stats()));
    const idleMsPerMs = instances.map((_, i) => (idleAfter[i].cpuMs - idleBefore[i].cpuMs) / IDLE_MS);

    const cpuBefore = await Promise.all(instances.map((i) => i.stats()));
    const clientCpuBefore = process.cpuUsage();
    const measuredStart = performance.now();
    const measuredDropsBefore = drops;
    const samples: { instance: number; ms: number }[] = [];
    const acks: number[] = [];
    const firsts: number[] = [];
    const spreads: number[] = [];
    let missing = 0;
    for (let i = 0; i < MEASURED_STEPS; i++, id++) {
      const r = await stepOnce(id, nextStep());
      samples.push(...r.samples);
      const first = Math.min(...r.samples.map((x) => x.ms));
      if (r.samples.length > 0) firsts.push(first);
      spreads.push(...r.samples.map((x) => x.ms - first));
      if (!Number.isNaN(r.ackMs)) acks.push(r.ackMs);
      missing += r.missing;
      await sleep(STEP_GAP_MS);
    }
    const measuredSeconds = (performance.now() - measuredStart) / 1000;
    const cpuAfter = await Promise.all(instances.map((i) => i.stats()));
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const cpu = [
      ...instances.map((_, i) => ({ who: `instance ${i + 1}`, ms: cpuAfter[i].cpuMs - cpuBefore[i].cpuMs })),
      { who: 'clients', ms: (clientCpu.user + clientCpu.system) / 1000 },
    ];

    const cpuPerStepMs = instances.map((_, i) => (cpuAfter[i].cpuMs - cpuBefore[i].cpuMs - idleMsPerMs[i] * measuredSeconds * 1000) / MEASURED_STEPS);

    return {
      scenario,
      subscribers: students.length,
      samples,
      missing,
      acks,
      firsts,
      spreads,
      joinSeconds,
      settleSeconds,
      cpu,
      cpuPerStepMs,
      rssMiB: cpuAfter.map((s) => s.rssMiB),
      measuredSeconds,
      drops: { settle: settleDrops, measured: drops - measuredDropsBefore },
    };
  } finally {
    // Instances first: closing 1,000 clients against live servers would fan out 1,000 "offline" events.
    await Promise.all(instances.map((i) => i.stop()));
    for (const c of clients) c.close();
  }
}

// ---- Report ----------------------------------------------------------------------

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

const ms = (x: number) => (Number.isNaN(x) ? '—' : `${x.toFixed(1)} ms`);

function report(outcomes: Outcome[]): void {
  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const o of outcomes) {
    const groups: [string, { ms: number }[]][] = [[`${o.scenario.name}: all`, o.samples]];
    if (o.scenario.instances > 1) {
      groups.push([`  on the teacher's instance`, o.samples.filter((s) => s.instance === 0)]);
      groups.push([`  on the other instance (via Redis)`, o.samples.filter((s) => s.instance !== 0)]);
    }
    for (const [label, samples] of groups) {
      const xs = samples.map((s) => s.ms);
      rows.push([label, String(o.scenario.instances), String(o.subscribers), String(xs.length), ms(percentile(xs, 50)), ms(percentile(xs, 90)), ms(percentile(xs, 99)), ms(Math.max(...xs))]);
    }
    const p99 = percentile(
      o.samples.map((s) => s.ms),
      99,
    );
    const full = o.subscribers === o.scenario.subscribers;
    const met = full && o.missing === 0 && p99 < o.scenario.targetP99Ms;
    verdicts.push(
      `Target: p99 < ${o.scenario.targetP99Ms} ms for ${o.scenario.subscribers.toLocaleString('en-US')} subscribers on ${o.scenario.name} — ` +
        (full ? `${met ? 'MET' : 'NOT MET'} (p99 ${ms(p99)}${o.missing ? `, ${o.missing} receipts missing` : ''})` : `NOT ASSESSED: only ${o.subscribers} subscribers fit the open-file limit (p99 ${ms(p99)})`),
    );
  }
  console.log(table(['scenario', 'instances', 'students', 'receipts', 'p50', 'p90', 'p99', 'max'], rows));
  console.log('');
  for (const o of outcomes) {
    console.log(
      `${o.scenario.name}: ${o.subscribers} joins in ${o.joinSeconds.toFixed(1)} s; subscribing and presence settled in ${o.settleSeconds.toFixed(1)} s; ` +
        `teacher's step acknowledged p50 ${ms(percentile(o.acks, 50))}, p99 ${ms(percentile(o.acks, 99))}; ` +
        `a step's first receipt p50 ${ms(percentile(o.firsts, 50))}, max ${ms(Math.max(...o.firsts))}; ` +
        `each receipt less its step's first (the fan-out's spread) p50 ${ms(percentile(o.spreads, 50))}, p99 ${ms(percentile(o.spreads, 99))}, max ${ms(Math.max(...o.spreads))}; ` +
        `CPU over the ${o.measuredSeconds.toFixed(1)} s measured: ${o.cpu.map((c) => `${c.who} ${(c.ms / 1000).toFixed(2)} s`).join(', ')}; ` +
        `instance CPU per step, less idle: ${o.cpuPerStepMs.map((c) => ms(c)).join(', ')}; ` +
        `instance memory ${o.rssMiB.map((r) => `${r.toFixed(0)} MiB`).join(', ')}; ` +
        `student connections dropped and resumed: ${o.drops.settle} while settling, ${o.drops.measured} while measuring.`,
    );
  }
  console.log('');
  for (const v of verdicts) console.log(v);
}

// ---- Main ---------------------------------------------------------------------------

async function main(): Promise<void> {
  ensureServersInstalled();
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const cleanup = async () => {
    await Promise.all([...running].map(stopChild));
    await redis.stop();
    await postgres.stop();
  };
  const watchdog = setTimeout(() => {
    console.error(`The benchmark ran longer than ${WATCHDOG_MS / 60_000} minutes: stopping it.`);
    void cleanup().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    console.log(
      `Step fan-out — ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0].toFixed(2)}; PostgreSQL 15 and Redis 7 on 127.0.0.1; ` +
        `open-file limit ${limit}.`,
    );
    console.log(
      `Per scenario: a fresh database, students joined and subscribed (one WebSocket each), ${WARMUP_STEPS} warm-up steps, then ${MEASURED_STEPS} measured steps ${STEP_GAP_MS} ms apart.`,
    );
    console.log('Latency: from sending the teacher\'s step command to each student\'s client receiving the step.\n');
    const outcomes: Outcome[] = [];
    for (const scenario of SCENARIOS) {
      if (maxSubscribers < scenario.subscribers) console.log(`Open-file limit too low for ${scenario.subscribers} students: measuring ${maxSubscribers}.`);
      outcomes.push(await runScenario(scenario, postgres, redis));
      const o = outcomes.at(-1)!;
      console.log(`  ${scenario.name}, ${o.subscribers} students: p99 ${ms(percentile(o.samples.map((s) => s.ms), 99))}`);
    }
    console.log('');
    report(outcomes);
    console.log(`\nLoad average at the end: ${loadavg()[0].toFixed(2)}.`);
  } finally {
    clearTimeout(watchdog);
    await cleanup();
  }
}

await main();
// Closed clients may still hold reconnect timers; the figures are printed, so leave now.
process.exit(0);
