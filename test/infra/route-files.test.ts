import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeFiles, staleFunctions, TABLE_FILE } from '../../infra/route-files.ts';
import { routes } from '../../shared/routes.ts';

describe('the files npm run routes writes from shared/routes/', () => {
  it('are written as the declarations make them: a declaration not in the table, or a route gone, fails here', async () => {
    const files = await routeFiles();
    for (const [file, text] of files) expect(readFileSync(file, 'utf8'), file).toBe(text);
    expect(staleFunctions(files)).toEqual([]);
  });

  it('makes a function for every route but the one written by hand, importing what its run names', async () => {
    const files = await routeFiles();
    const functions = [...files.keys()].filter((file) => file !== TABLE_FILE);
    const generated = functions.map((file) => /functions\/([a-z-]+)\.ts$/.exec(file)?.[1]);
    expect(generated.sort()).toEqual(
      routes
        .map((route) => route.handler)
        .filter((handler) => handler !== 'get-openapi')
        .sort(),
    );
    const recordScores = files.get(functions.find((file) => file.endsWith('/record-scores.ts')) ?? '');
    expect(recordScores).toContain("import { recordScores } from '../shared/use-cases/staff/review-decisions.ts';");
    expect(recordScores).toContain('export const handler = staffRoute(recordScoresRoute, run, { recordScores });');
  });
});
