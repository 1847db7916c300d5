/**
 * Summarises a CPU profile of the host's thread written by `HERD_PROFILE=<file> npm run bench:herd`: where the
 * thread's time went by function (self time), by package or folder (self time), and the stacks that lead to the
 * costliest functions. Run: node bench/herd-profile.ts <file> [how many rows, 25]
 *
 * Only the synchronous stack is in a profile: code resumed after an `await` shows with the frames since then, so a
 * package's self time is the surer figure, and a function's stacks say which caller it was working for.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArgument] = process.argv.slice(2);
if (!file) throw new Error('Usage: node bench/herd-profile.ts <profile file> [rows]');
const rows = Number(rowsArgument ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
/** Microseconds of samples whose top frame is each node; a sample lasts until the next one is taken. */
const selfTime = new Map<number, number>();
profile.samples.forEach((id, index) => {
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0));
});
const total = [...selfTime.values()].reduce((sum, time) => sum + time, 0);

/** The file without the checkout's path: `node_modules/<package>/…`, `infra/local/…`, or a built-in's name. */
const shortUrl = (url: string) =>
  url.replace(/^file:\/\/.*?\/(node_modules\/|(?=(infra|shared|functions|bench)\/))/, '');
const functionOf = ({ callFrame }: ProfileNode) => {
  const name = callFrame.functionName || '(anonymous)';
  return callFrame.url ? `${name} ${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}` : `${name} (native)`;
};
/** A package (`@scope/name` or `name`), a folder of this repository two deep, a built-in module, or native code. */
const placeOf = ({ callFrame }: ProfileNode) => {
  const url = shortUrl(callFrame.url);
  if (!url) return '(native, GC or idle)';
  if (url.startsWith('node:')) return url;
  const parts = url.split('/');
  return parts[0]?.startsWith('@') || !callFrame.url.includes('/node_modules/')
    ? parts.slice(0, 2).join('/')
    : (parts[0] as string);
};

function summed(key: (node: ProfileNode) => string): [string, number][] {
  const sums = new Map<string, number>();
  for (const [id, time] of selfTime) {
    const name = key(nodes.get(id) as ProfileNode);
    sums.set(name, (sums.get(name) ?? 0) + time);
  }
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, rows);
}

function stackOf(id: number, depth: number): string {
  const frames: string[] = [];
  for (let parent = parents.get(id); parent !== undefined && frames.length < depth; parent = parents.get(parent)) {
    const node = nodes.get(parent) as ProfileNode;
    if (node.callFrame.functionName !== '(root)') frames.push(functionOf(node));
  }
  return frames.join(' < ');
}

const share = (time: number) => `${((time / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`${(total / 1000).toFixed(0)} ms sampled`);
console.log('\nSelf time by function:');
const byFunction = summed(functionOf);
for (const [name, time] of byFunction) console.log(`${share(time)}  ${name}`);
console.log('\nSelf time by package or folder:');
for (const [name, time] of summed(placeOf)) console.log(`${share(time)}  ${name}`);
console.log('\nWhere the five costliest functions were called from:');
for (const [name] of byFunction.slice(0, 5)) {
  const stacks = new Map<string, number>();
  for (const [id, time] of selfTime) {
    if (functionOf(nodes.get(id) as ProfileNode) !== name) continue;
    const stack = stackOf(id, 6);
    stacks.set(stack, (stacks.get(stack) ?? 0) + time);
  }
  console.log(`${name}:`);
  for (const [stack, time] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 3)) {
    console.log(`  ${share(time)}  < ${stack || '(called from native code)'}`);
  }
}
