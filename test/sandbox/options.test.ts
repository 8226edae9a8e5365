/** `npm run sandbox` options (sandbox/options.ts) and where --write-env keeps an earlier .env. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeInvokeEnv } from '../../sandbox/invoke-env';
import { parseSandboxOptions } from '../../sandbox/options';

const run = (argv: string[], env = {}) => {
  const parsed = parseSandboxOptions(argv, env);
  if (parsed.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
};
const error = (argv: string[], env = {}) => {
  const parsed = parseSandboxOptions(argv, env);
  return parsed.kind === 'error' ? parsed.message : `not refused: ${JSON.stringify(parsed)}`;
};

describe('npm run sandbox options', () => {
  it('defaults: port 4010 on 127.0.0.1, no faults, GHL rate limit', () => {
    expect(run([])).toEqual({ port: 4010, host: '127.0.0.1', faultSeed: 1, routes: false });
  });

  it('reads every option, with a space or =', () => {
    const o = run(['--port', '0', '--rate-limit=5', '--faults', '429=0.1,slow=0.05', '--fault-seed', '7', '--write-env=token', '--routes']);
    expect(o).toMatchObject({ port: 0, rateLimit: 5, faults: { '429': 0.1, slow: 0.05 }, faultSeed: 7, writeEnv: 'token', routes: true });
    expect(run(['--write-env']).writeEnv).toBe('oauth');
    expect(run([], { PORT: '4020' }).port).toBe(4020);
  });

  it('--help wins over everything else', () => {
    expect(parseSandboxOptions(['--port', '1', '--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--rate-limit', 'zero'], "--rate-limit must be a whole number from 1 to 1000000, got 'zero'"],
    [['--rate-limit', '0'], "--rate-limit must be a whole number from 1 to 1000000, got '0'"],
    [['--port', 'abc'], "--port must be a whole number from 0 to 65535, got 'abc'"],
    [['--port', '70000'], "--port must be a whole number from 0 to 65535, got '70000'"],
    [['--port', '12.5'], "--port must be a whole number from 0 to 65535, got '12.5'"],
    [['--fault-seed', 'x'], "--fault-seed must be a whole number from 0 to 4294967295, got 'x'"],
    [['--port'], '--port needs a value'],
    [['--port', '--routes'], '--port needs a value'],
    [['--faults', '429=2'], "--faults: fault 429 needs a rate between 0 and 1, got '2'"],
    [['--faults', 'boom=0.1'], '--faults: unknown fault'],
    [['--rate'], 'unknown option --rate'],
    [['--verbose'], 'unknown option --verbose'],
    [['4010'], "unexpected argument '4010'"],
    [['--routes=yes'], '--routes takes no value'],
    [['--write-env=prod'], "--write-env takes no value or =token (or =oauth), got 'prod'"],
  ])('refuses %j', (argv, message) => {
    expect(error(argv)).toContain(message);
  });

  it('names PORT when the bad port comes from the environment', () => {
    expect(error([], { PORT: 'eighty' })).toBe("PORT must be a whole number from 0 to 65535, got 'eighty'");
  });
});

describe('--write-env', () => {
  it('keeps an earlier .env outside the project, never beside it', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-env-root-'));
    const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-env-backup-'));
    try {
      fs.writeFileSync(path.join(root, '.env'), 'CLIENT_SECRET=old-secret-value\n');
      const { file, backup } = writeInvokeEnv('GHL_API_BASE_URL=http://127.0.0.1:1\n', root, backupDir);
      expect(fs.readFileSync(file, 'utf8')).toBe('GHL_API_BASE_URL=http://127.0.0.1:1\n');
      expect(path.dirname(backup!)).toBe(backupDir);
      expect(fs.readFileSync(backup!, 'utf8')).toBe('CLIENT_SECRET=old-secret-value\n');
      expect(fs.readdirSync(root)).toEqual(['.env']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
      fs.rmSync(backupDir, { recursive: true, force: true });
    }
  });
});
