// The root build's console step: installs angular-admin's packages when missing and runs `ng build` only when a
// source or build setting changed since the last successful build (an Angular build takes about a minute here).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.build-fingerprint');
const inputs = ['package-lock.json', 'angular.json', 'tsconfig.json', 'tsconfig.app.json'];

const walk = (dir, out) => {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (!entry.name.endsWith('.spec.ts')) out.push(path);
  }
  return out;
};

const fingerprint = () => {
  const hash = createHash('sha256');
  for (const file of [...inputs, ...walk('src', []), ...walk('public', [])].sort()) {
    hash.update(`${file}\0${createHash('sha256').update(readFileSync(join(root, file))).digest('hex')}\n`);
  }
  return hash.digest('hex');
};

if (!existsSync(join(root, 'node_modules', '@angular', 'build'))) {
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
const before = fingerprint();
if (existsSync(stamp) && existsSync(join(root, 'dist', 'browser', 'index.html')) && readFileSync(stamp, 'utf8') === before) {
  process.stdout.write('Console build is up to date.\n');
} else {
  execSync('npx ng build', { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, before);
}
