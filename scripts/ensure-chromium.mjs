// The browser tests drive Debian's Chromium. On a fresh machine it is not
// installed yet: as root with apt-get (as on the build machines and in CI)
// this installs it; otherwise it says what to install and stops the test run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  process.stderr.write(
    `The browser tests need Chromium at ${path}. Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
      'or set CHROMIUM_PATH, then run the tests again.\n',
  );
  process.exit(1);
}
process.stderr.write('Installing Debian’s chromium for the browser tests (apt-get)…\n');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
if (!existsSync(path)) {
  process.stderr.write(`apt-get finished but ${path} is still missing; set CHROMIUM_PATH to your Chromium.\n`);
  process.exit(1);
}
