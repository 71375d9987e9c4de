// Every jest project of the workspace in one run (`npm test` uses this; `nx test <project>` runs one project).
module.exports = {
  projects: ['<rootDir>/libs/domain', '<rootDir>/libs/db', '<rootDir>/libs/media', '<rootDir>/libs/connectors', '<rootDir>/admin', '<rootDir>/api', '<rootDir>/worker', '<rootDir>/e2e'],
};
