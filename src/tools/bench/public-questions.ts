import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../io/project-paths';

export interface Question {
  readonly today: string;
  readonly turns: readonly string[];
}

const FALLBACK: readonly Question[] = [
  { today: '2020-02-10', turns: ['dwelling burglary outcome rate South last month'] },
  { today: '2020-02-10', turns: ['charges in January', 'what about December?'] },
];

/** The public evaluation questions (../shared/eval/questions.jsonl), or two built-in ones when that file is absent. */
export function publicQuestions(): Question[] {
  const file = path.join(PROJECT_ROOT, '..', 'shared', 'eval', 'questions.jsonl');
  if (!existsSync(file)) return [...FALLBACK];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const c = JSON.parse(l) as { today: string; q?: string; conv?: string[] };
      return { today: c.today, turns: c.conv ?? [c.q ?? ''] };
    });
}
