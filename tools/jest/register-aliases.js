// Jest applies moduleNameMapper inside test files only; global setup and teardown run outside it,
// so they resolve the tsconfig path aliases through this hook.
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const paths = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions
  .paths;
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveWithAliases(request, ...rest) {
  const target = paths[request];
  return originalResolve.call(this, target ? join(root, target[0]) : request, ...rest);
};
