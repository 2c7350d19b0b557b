#!/usr/bin/env node
// `npm start`'s prestart: runs `npm run build` only when a source or build setting changed since the last
// successful build. tsc's incremental mode still parses the whole program (~20 s here) even when nothing
// changed; comparing the sources' sizes and modification times takes milliseconds.
'use strict';
const { createHash } = require('node:crypto');
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const stampFile = join(root, 'dist', '.build-fingerprint');
const inputs = ['package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function walk(dir, out) {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) out.push(path);
  }
  return out;
}

function fingerprint() {
  const files = [...inputs, ...walk('apps', []), ...walk('libs', [])].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const { size, mtimeMs } = statSync(join(root, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

const before = fingerprint();
const built = existsSync(stampFile) && existsSync(join(root, 'dist', 'apps', 'standalone', 'src', 'main.js'));
if (built && readFileSync(stampFile, 'utf8') === before) {
  process.stdout.write('Build is up to date (no source changed since the last build).\n');
  process.exit(0);
}
execSync('npm run build', { cwd: root, stdio: 'inherit' });
writeFileSync(stampFile, before);
