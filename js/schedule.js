// Runs `callback` in a task of its own, as soon as the page allows. Where the browser has a task
// scheduler (`scheduler.postTask`), the task is user-blocking: Chromium usually runs it before
// rendering the next frame, where a timer's waits behind that frame while a page loads (for the
// panel's `ready`, tens of milliseconds on a cold load). Elsewhere a zero-delay timer.
export function soon(callback) {
  if (typeof globalThis.scheduler?.postTask === 'function') {
    globalThis.scheduler.postTask(callback, { priority: 'user-blocking' });
  } else {
    setTimeout(callback);
  }
}
