/**
 * The W3C Nu Html Checker (the npm package `vnu-jar`, a Java program) over many HTML files in one
 * run: one Java start costs about a second, each page after it a few tens of milliseconds. Java must be
 * installed (`.ci/run` installs Debian's default-jre-headless); vnu-jar's own Java download is
 * never used, as no such download is possible on a closed network.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const INSTALL_HELP =
  'Install Java 11 or later (Debian: `sudo apt-get install default-jre-headless`; `.ci/run` does it), or set JAVA_HOME.';

/** vnu-jar exports the path of its vnu.jar (as a String object). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

export interface VnuMessage {
  /** Absolute path of the checked file. */
  file: string;
  line: number | undefined;
  column: number | undefined;
  message: string;
  /** The source around the problem, as the checker quotes it. */
  extract: string | undefined;
}

export interface VnuResult {
  errors: VnuMessage[];
  warnings: VnuMessage[];
}

interface RawMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `$JAVA_HOME/bin/java`, else `java` on PATH; throws saying how to install it. */
export function findJava(): string {
  const home = process.env['JAVA_HOME'];
  if (home) {
    const java = join(home, 'bin', 'java');
    if (!isExecutable(java)) throw new Error(`JAVA_HOME=${home} has no bin/java. ${INSTALL_HELP}`);
    return java;
  }
  const dirs = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  const found = dirs.map((dir) => join(dir, 'java')).find(isExecutable);
  if (!found)
    throw new Error(
      `Java was not found on PATH, so the HTML validity check (vnu-jar) cannot run. ${INSTALL_HELP}`,
    );
  return found;
}

/**
 * Warnings that only come from checking files from disk, not the served site: the pages'
 * Content-Security-Policy allows 'self', and a file: URL has no origin for 'self' to match, so
 * every image and script of our own (a relative address) would be reported as blocked. A blocked
 * address with a scheme (https://…) is a real finding and stays.
 */
const FILE_URL_ARTEFACTS = [
  /^Resource violates Content Security Policy \(meta tag\): [\w ]+ “(?![a-z][a-z\d+.-]*:)/,
];

/**
 * A short run spends most of its time compiling: the quick compiler alone (C1) halves the CPU time
 * of checking 35 pages (3 s instead of 6.5 s here) with the same report, but its deeper frames need
 * a larger stack than the 512 KB the checker asks for (at 1 MB it stops with a StackOverflowError;
 * 2 MB is enough for our pages, 16 MB leaves room for long ones).
 */
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-Xss16m'];

/** Checks every file in one checker run; errors and warnings in file order, with line and column. */
export async function checkHtml(files: readonly string[]): Promise<VnuResult> {
  const java = findJava();
  const { stderr, failure } = await new Promise<{ stderr: string; failure: Error | null }>((done) => {
    execFile(
      java,
      [...JVM_OPTIONS, '-jar', VNU_JAR, '--format', 'json', ...files.map((file) => resolve(file))],
      { maxBuffer: 64 * 1024 * 1024 },
      // The checker exits 1 when it found errors; its report (on stderr) says which.
      (error, _stdout, stderr) => done({ stderr, failure: error }),
    );
  });
  let messages: RawMessage[];
  try {
    messages = (JSON.parse(stderr) as { messages: RawMessage[] }).messages;
  } catch {
    throw new Error(`The Nu Html Checker did not report (${failure?.message ?? 'no JSON'}):\n${stderr}`);
  }
  const toMessage = (raw: RawMessage): VnuMessage => ({
    file: raw.url?.startsWith('file:') ? fileURLToPath(raw.url) : (raw.url ?? '(no file)'),
    line: raw.lastLine,
    column: raw.firstColumn,
    message: raw.message,
    extract: raw.extract,
  });
  return {
    // A file the checker could not read or parse ('non-document-error') fails like an error.
    errors: messages.filter((m) => m.type !== 'info').map(toMessage),
    warnings: messages
      .filter((m) => m.type === 'info' && m.subType === 'warning')
      .filter((m) => !FILE_URL_ARTEFACTS.some((pattern) => pattern.test(m.message)))
      .map(toMessage),
  };
}

/** One line per message: `file:line:column message`, then the quoted source, indented. */
export function describeMessages(messages: readonly VnuMessage[], root: string = process.cwd()): string {
  return messages
    .map((m) => {
      const where = `${m.file.startsWith(root) ? m.file.slice(root.length + 1) : m.file}:${m.line ?? '?'}:${m.column ?? '?'}`;
      const extract = m.extract ? `\n    ${m.extract.replaceAll('\n', ' ')}` : '';
      return `${where} ${m.message}${extract}`;
    })
    .join('\n');
}
