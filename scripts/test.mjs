// `npm test`: every check the project has, in the order that fails fastest — lint and typecheck, the admin build
// (the browser journey needs it), then every jest project (unit, API on real PostgreSQL/Redis, worker, browser).
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, resolveServices } from './services.mjs';

function run(label, command, args, env, cwd = ROOT) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    return false;
  }
  return true;
}

async function main() {
  const services = await resolveServices();
  const env = { ...process.env, DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  const extra = process.argv.slice(2);
  let ok = true;
  try {
    if (!extra.length) {
      ok = run('lint and typecheck', 'npx', ['nx', 'run-many', '-t', 'lint', 'typecheck', '--outputStyle=static', '--parallel=2'], env) && ok;
      ok = run('admin build', 'npx', ['vite', 'build', '--logLevel', 'warn'], env, join(ROOT, 'admin')) && ok;
    }
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    const report = join(ROOT, 'tmp/jest-report.json');
    const jestOk = run('jest (all projects)', 'npx', ['jest', '--ci', '--maxWorkers=2', '--json', `--outputFile=${report}`, ...extra], env);
    ok = jestOk && ok;
    try {
      const { numPassedTests, numFailedTests, numPendingTests, numTotalTests } = JSON.parse(readFileSync(report, 'utf8'));
      if (numTotalTests === 0) ok = false;
      console.log(`\nTests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
    } catch {
      console.error('No jest report was written.');
      ok = false;
    }
  } finally {
    await services.stop();
  }
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
