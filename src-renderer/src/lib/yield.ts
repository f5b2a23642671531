/**
 * Ends the current task and resumes in a new one, so the browser can paint and handle input in
 * between: start-up splits its work this way into tasks under 50 ms (issue 18). Uses
 * `scheduler.yield()` where the browser has it (resumed ahead of other queued tasks), a timer
 * otherwise.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
