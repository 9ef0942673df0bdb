// Runs dist/cli.js with the same arguments and prints, last on standard error, the CPU
// time it used: a time bound that a busy shared machine does not make flaky.
import { writeSync } from 'node:fs';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(2, `\ncpu-ms ${Math.round((user + system) / 1000)}\n`);
});
await import('../../../dist/cli.js');
