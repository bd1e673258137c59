/**
 * Whether a process of this machine is still running (SQLite files, and the builds and push locks
 * that name their process, are local to one machine). EPERM: it runs, as another user.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
