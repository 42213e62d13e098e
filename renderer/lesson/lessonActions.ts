/**
 * Links in lesson texts that act on the app: `[try seed 3](flowboard:seed=3;train)`.
 * A `flowboard:` link holds one or more actions separated by `;`, each
 * `NAME` or `NAME=ARGUMENT` (arguments may be URL-encoded). The set is small
 * and fixed; LESSON_ACTIONS documents it (and the README repeats it).
 */

import type { AttrValue } from '../../core/graph/document.ts';

/** One action a lesson link can take. */
export type LessonAction =
  | { kind: 'seed'; seed: number }
  | { kind: 'steps'; steps: number }
  | { kind: 'train' }
  | { kind: 'reset' }
  | { kind: 'gradients'; show: boolean | 'toggle' }
  | { kind: 'select'; node: string }
  | { kind: 'run'; fetches: string[]; feeds: Record<string, string> }
  | { kind: 'set'; node: string; attr: string; value: AttrValue }
  | { kind: 'open'; sample: string };

/** The actions, as a lesson's author writes them. */
export const LESSON_ACTIONS: readonly { syntax: string; does: string }[] = [
  { syntax: 'seed=N', does: "Sets the run's seed (the variables' initializers and the batches)." },
  { syntax: 'steps=N', does: 'Sets how many steps Train runs.' },
  { syntax: 'train', does: 'Trains, as the Train button does (a changed seed or graph starts a new run).' },
  { syntax: 'reset', does: 'Re-initialises the variables: step 0 of a new run.' },
  { syntax: 'gradients, gradients=on, gradients=off', does: 'Shows or hides the backward (gradient) nodes; without an argument, toggles them.' },
  { syntax: 'select=NODE', does: 'Selects the node of that name, so its properties and values show.' },
  { syntax: 'run=NODE[,NODE...][&PLACEHOLDER=VALUE...]', does: 'Opens Run on those fetches with those feeds (JSON or a number) and runs it.' },
  { syntax: 'set=NODE.ATTR=VALUE', does: 'Sets a node\'s attribute to VALUE: JSON (0.5, true, {"kind":"zeros"}) or a word such as Adam; undoable like any edit.' },
  { syntax: 'open=SAMPLE', does: 'Opens another lesson sample by its file name, e.g. xor-wide.' },
];

export const LESSON_SCHEME = 'flowboard:';

export type ParsedLink = { ok: true; actions: LessonAction[] } | { ok: false; message: string };

/** The actions of a `flowboard:` link, or why it is not one. */
export function parseLessonLink(href: string): ParsedLink {
  if (!href.startsWith(LESSON_SCHEME)) return { ok: false, message: `"${href}" is not a flowboard: link` };
  const actions: LessonAction[] = [];
  for (const part of href.slice(LESSON_SCHEME.length).split(';')) {
    const parsed = parseAction(part.trim());
    if (typeof parsed === 'string') return { ok: false, message: `${href}: ${parsed}` };
    actions.push(parsed);
  }
  return { ok: true, actions };
}

function parseAction(text: string): LessonAction | string {
  const eq = text.indexOf('=');
  const name = eq < 0 ? text : text.slice(0, eq);
  const arg = eq < 0 ? undefined : text.slice(eq + 1);
  const decoded = arg === undefined ? undefined : safeDecode(arg);
  switch (name) {
    case 'seed':
    case 'steps': {
      const n = Number(decoded);
      if (decoded === undefined || !Number.isInteger(n) || n < (name === 'seed' ? 0 : 1)) return `${name} needs a whole number${name === 'steps' ? ' of at least 1' : ''}, e.g. ${name}=3`;
      return name === 'seed' ? { kind: 'seed', seed: n } : { kind: 'steps', steps: n };
    }
    case 'train':
    case 'reset':
      return arg === undefined ? { kind: name } : `${name} takes no argument`;
    case 'gradients':
      if (decoded === undefined) return { kind: 'gradients', show: 'toggle' };
      if (decoded === 'on' || decoded === 'off') return { kind: 'gradients', show: decoded === 'on' };
      return 'gradients takes on or off, or nothing to toggle';
    case 'select':
    case 'open':
      if (!decoded) return `${name} needs a name, e.g. ${name}=${name === 'open' ? 'xor-wide' : 'cost'}`;
      return name === 'select' ? { kind: 'select', node: decoded } : { kind: 'open', sample: decoded };
    case 'run':
      return parseRun(arg);
    case 'set':
      return parseSet(decoded);
    default:
      return `unknown action "${name}"; the actions are ${LESSON_ACTIONS.map((a) => a.syntax.split(/[=,[ ]/)[0]).join(', ')}`;
  }
}

/** `run=adder&a=[1,3]&b=[2,4]`: fetch names, then feeds by placeholder name. */
function parseRun(arg: string | undefined): LessonAction | string {
  if (!arg) return 'run needs the nodes to fetch, e.g. run=adder';
  const [fetchPart, ...feedParts] = arg.split('&');
  const fetches = safeDecode(fetchPart).split(',').map((s) => s.trim()).filter(Boolean);
  if (fetches.length === 0) return 'run needs the nodes to fetch, e.g. run=adder';
  const feeds: Record<string, string> = {};
  for (const f of feedParts) {
    const eq = f.indexOf('=');
    if (eq <= 0) return `run: a feed needs PLACEHOLDER=VALUE, got "${f}"`;
    feeds[safeDecode(f.slice(0, eq))] = safeDecode(f.slice(eq + 1));
  }
  return { kind: 'run', fetches, feeds };
}

/** `set=train.learningRate=0.5`: the node is named up to the last dot before the value. */
function parseSet(arg: string | undefined): LessonAction | string {
  const eq = arg?.indexOf('=') ?? -1;
  const target = eq > 0 ? arg!.slice(0, eq) : '';
  const dot = target.lastIndexOf('.');
  if (eq <= 0 || dot <= 0 || dot === target.length - 1) return 'set needs NODE.ATTR=VALUE, e.g. set=train.learningRate=0.5';
  const raw = arg!.slice(eq + 1);
  return { kind: 'set', node: target.slice(0, dot), attr: target.slice(dot + 1), value: jsonOrWord(raw) };
}

/** `0.5`, `true`, `{"kind":"zeros"}` as JSON; anything else (`Adam`) as the word itself. */
function jsonOrWord(raw: string): AttrValue {
  try {
    return JSON.parse(raw) as AttrValue;
  } catch {
    return raw;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** What a link will do, in words, for its hover text: "Sets the seed to 3, then trains". */
export function describeActions(actions: readonly LessonAction[]): string {
  const words = actions.map((a) => {
    switch (a.kind) {
      case 'seed':
        return `sets the seed to ${a.seed}`;
      case 'steps':
        return `sets the steps to ${a.steps}`;
      case 'train':
        return 'trains';
      case 'reset':
        return 'resets the variables';
      case 'gradients':
        return a.show === 'toggle' ? 'shows or hides the gradients' : a.show ? 'shows the gradients' : 'hides the gradients';
      case 'select':
        return `selects ${a.node}`;
      case 'run': {
        const feeds = Object.entries(a.feeds).map(([k, v]) => `${k} = ${v}`);
        return `runs ${a.fetches.join(', ')}${feeds.length > 0 ? ` with ${feeds.join(', ')}` : ''}`;
      }
      case 'set':
        return `sets ${a.node}'s ${a.attr} to ${typeof a.value === 'object' ? JSON.stringify(a.value) : String(a.value)}`;
      case 'open':
        return `opens the ${a.sample} lesson`;
    }
  });
  const text = words.join(', then ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
