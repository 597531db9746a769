import { readFileSync } from 'node:fs';
import { createEngine } from '@memviz/engine';
import { loadNodeRustParser } from '@memviz/engine/node';
import { computeAnswerKey, questionFromProgram, studentView } from '../src/index.js';

const engine = createEngine(await loadNodeRustParser());
const [file, kind, json] = process.argv.slice(2);
const source = readFileSync(file, 'utf8');
const q = questionFromProgram(source, kind as any, JSON.parse(json ?? '{}'));
const key = computeAnswerKey(q, engine);
console.log(JSON.stringify(key, null, 2));
console.log(key.explanation);
