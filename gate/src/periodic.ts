/** Runs a task every `ms`, never two at once; returns the function that stops it. */
export function every(ms: number, task: () => Promise<unknown>, onError: (error: unknown) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, ms);
  return () => clearInterval(timer);
}
