// Every jest project of the workspace in one run (`npm test` uses this; `nx test <project>` runs one project).
module.exports = {
  // testTimeout is a global option: projects' own values are ignored in a multi-project run.
  testTimeout: 120000,
  projects: ['<rootDir>/libs/domain', '<rootDir>/libs/db', '<rootDir>/libs/media', '<rootDir>/libs/connectors', '<rootDir>/admin', '<rootDir>/api', '<rootDir>/worker', '<rootDir>/e2e'],
};
