// Runs TypeScript sources directly (decorator metadata and tsconfig path aliases included) for dev, seed and CLI.
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
