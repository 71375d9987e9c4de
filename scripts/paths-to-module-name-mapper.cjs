// Maps tsconfig "paths" aliases (exact names only, as we use them) to jest's moduleNameMapper.
const path = require('node:path');
exports.pathsToModuleNameMapper = (paths, root) =>
  Object.fromEntries(
    Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace(/[/.]/g, '\\$&')}$`, path.join(root, target)]),
  );
