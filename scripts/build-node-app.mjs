// Production build of a Node app (api or worker): SWC compiles the app and the libs it uses to CommonJS under
// dist/<app>, keeping the tree (so tsconfig path aliases become relative imports) and decorator metadata.
import { transformFile } from '@swc/core';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './services.mjs';

const app = process.argv[2];
if (!['api', 'worker'].includes(app)) {
  console.error('Usage: node scripts/build-node-app.mjs api|worker');
  process.exit(1);
}
const { compilerOptions } = JSON.parse(
  (await import('node:fs')).readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8'),
);
const out = join(ROOT, 'dist', app);
// The app and every lib behind a path alias, except the test harness.
const sources = [`${app}/src`, ...Object.values(compilerOptions.paths).map(([index]) => dirname(index)).filter((dir) => !dir.startsWith('libs/testing'))];

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

rmSync(out, { recursive: true, force: true });
let count = 0;
for (const source of sources) {
  for (const file of tsFiles(join(ROOT, source))) {
    const { code, map } = await transformFile(file, {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        baseUrl: ROOT,
        paths: compilerOptions.paths,
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: true,
    });
    const target = join(out, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map`);
    writeFileSync(`${target}.map`, map);
    count++;
  }
}
cpSync(join(ROOT, 'libs/db/src/seed/data'), join(out, 'libs/db/src/seed/data'), { recursive: true });
console.log(`Built ${app}: ${count} files → ${relative(ROOT, out)}/${app}/src/main.js`);
