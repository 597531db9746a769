// Bank files: one question per `.rs` file, a Rust program under a small
// header of `// key: value` comment lines, so a teacher writes (and rustc
// compiles) the program as it is:
//
//   // kind: why
//   // title: Printing a moved String
//   // tags: move, borrow
//   // difficulty: 1
//   // ---
//   fn main() { … }
//
// Keys: kind, title, tags (comma-separated), difficulty, prompt, and per kind:
// `at: line 7` or `at: line 7, hit 2` (memory, next-step), `ask` and
// `block: line 3` (memory), `mode` and repeatable `distractor: "<JSON string>"`
// (prints). A fix question's reference solution follows a line
// `// === reference ===`. The file name (without .rs) is the question id.
// Line numbers in questions count from the first line after `// ---`.
import { InvalidQuestionError } from './errors.js';
import { Question } from './schema.js';

const HEADER_LINE = /^\/\/\s*([a-z-]+)\s*:\s*(.*)$/;
const END_OF_HEADER = /^\/\/\s*---\s*$/;
const REFERENCE = /^\/\/\s*===\s*reference\s*===\s*$/m;

export function parseBankFile(text: string, id: string): Question {
  const fail = (why: string): never => {
    throw new InvalidQuestionError(`bank question ${id}: ${why}`);
  };
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const end = lines.findIndex((l) => END_OF_HEADER.test(l));
  if (end < 0) fail('no `// ---` line ends the header');
  const fields: Record<string, unknown> = { id };
  const distractors: string[] = [];
  for (const line of lines.slice(0, end)) {
    if (line.trim() === '') continue;
    const m = HEADER_LINE.exec(line);
    if (!m) fail(`header line is not \`// key: value\`: ${line}`);
    const [, key, raw] = m!;
    const value = raw.trim();
    switch (key) {
      case 'kind':
      case 'title':
      case 'prompt':
      case 'ask':
      case 'mode':
        fields[key] = value;
        break;
      case 'tags':
        fields.tags = value.split(',').map((t) => t.trim()).filter(Boolean);
        break;
      case 'difficulty':
        fields.difficulty = Number(value);
        break;
      case 'at': {
        const at = /^line\s+(\d+)(?:\s*,\s*hit\s+(\d+))?$/.exec(value) ?? fail(`\`at\` must be "line N" or "line N, hit K": ${value}`);
        fields.at = { line: Number(at[1]), hit: at[2] ? Number(at[2]) : 1 };
        break;
      }
      case 'block': {
        const b = /^line\s+(\d+)$/.exec(value) ?? fail(`\`block\` must be "line N": ${value}`);
        fields.blockAllocatedOn = Number(b[1]);
        break;
      }
      case 'distractor':
        try {
          const d: unknown = JSON.parse(value);
          if (typeof d !== 'string') throw new Error();
          distractors.push(d);
        } catch {
          fail(`a distractor must be a JSON string ("line one\\nline two\\n"): ${value}`);
        }
        break;
      default:
        fail(`unknown header key \`${key}\``);
    }
  }
  if (distractors.length) fields.distractors = distractors;
  const body = lines.slice(end + 1).join('\n');
  const parts = body.split(REFERENCE);
  if (parts.length > 2) fail('more than one `// === reference ===` line');
  fields.source = parts[0];
  if (parts.length === 2) fields.reference = parts[1].replace(/^\n/, '');
  const parsed = Question.safeParse(fields);
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.') || 'question'}: ${i.message}`).join('; '));
  return parsed.data!;
}
