module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'worker',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../libs/testing/src/global-setup.ts',
};
