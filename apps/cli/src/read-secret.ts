import { createInterface } from 'node:readline';

/** Reads one line from stdin: piped (`echo pw | npm run cli ...`) or typed at the prompt. */
export async function readLine(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  try {
    return await new Promise((resolve) => rl.question(prompt, (answer) => resolve(answer.trim())));
  } finally {
    rl.close();
  }
}
