import { mkdir, open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

// The Pi may lose power at any moment: writes are fsynced, and whole-file rewrites go
// through a temporary file and a rename so a reader sees either the old or the new file.
// Files are 0600: they hold ticket codes.

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}

/** Appends a line-oriented record; a line torn by a crash is first terminated so it cannot swallow this one. */
export async function appendDurable(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'a+', 0o600);
  try {
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    if (size > 0) await handle.read(last, 0, 1, size - 1);
    const separator = size > 0 && last.toString('utf8') !== '\n' ? '\n' : '';
    await handle.appendFile(`${separator}${text}`, 'utf8');
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
