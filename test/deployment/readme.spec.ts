import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownEnvVariables } from '@werkmatch/shared/config';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Configuration'));
const documented = new Set(
  [...section.matchAll(/^\|\s*`([A-Z0-9_]+)`\s*\|/gm)].map((match) => match[1]),
);

describe('README configuration table', () => {
  it('documents every variable the configuration schema reads', () => {
    expect(knownEnvVariables().filter((name) => !documented.has(name))).toEqual([]);
  });

  it('documents no variable the schema does not read', () => {
    const known = new Set(knownEnvVariables());
    expect([...documented].filter((name) => !known.has(name))).toEqual([]);
  });
});
