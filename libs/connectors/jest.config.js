module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'connectors',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../testing/src/global-setup.ts',
};
