import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const INSTALL_HELP =
  "Install Debian's Chromium with `sudo apt-get install chromium`, or point TRANGXA_CHROMIUM at a Chromium or Chrome binary. " +
  '(`npx playwright install` is not used: the browser must come from the system packages.)';

/**
 * Flags for a headless Chromium running as root on a machine without internet: without the
 * network flags Chromium keeps calling Google services and floods the closed network.
 */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** TRANGXA_CHROMIUM, else `chromium` or `chromium-browser` on PATH, else /usr/bin/chromium. */
export function findChromium(): string | undefined {
  const chosen = process.env['TRANGXA_CHROMIUM'];
  if (chosen) {
    if (!isExecutable(chosen))
      throw new Error(`TRANGXA_CHROMIUM=${chosen} is not an executable file. ${INSTALL_HELP}`);
    return chosen;
  }
  const dirs = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser']) {
    const found = dirs.map((dir) => join(dir, name)).find(isExecutable);
    if (found) return found;
  }
  return isExecutable('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const chromiumPath = findChromium();

function isCi(): boolean {
  return ['true', '1'].includes(process.env['CI'] ?? '');
}

/**
 * Decides whether a browser test file runs. In CI (`CI=true` or `CI=1`) a missing Chromium is an error,
 * so the browser checks can never pass by not running; on a person's machine the file is
 * skipped with a loud warning saying how to install it.
 */
export function browserTestsCanRun(suite: string): boolean {
  if (chromiumPath) return true;
  if (isCi()) throw new Error(`Chromium not found, so the browser tests cannot run in CI. ${INSTALL_HELP}`);
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!! SKIPPED ${suite}: Chromium was not found.`,
      `!! ${INSTALL_HELP}`,
      '!! Accessibility, broken links and mobile layout are NOT checked on this machine.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
  return false;
}

/** Launches the system Chromium headless through playwright-core. */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(`Chromium not found. ${INSTALL_HELP}`);
  return chromium.launch({ executablePath: chromiumPath, args: LAUNCH_ARGS });
}
