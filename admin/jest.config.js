// admin/package.json is an ES module package (Vite), so this config is ESM; the shared preset stays CommonJS.
import preset from '../jest.preset.js';

export default {
  ...preset,
  displayName: 'admin',
  rootDir: import.meta.dirname,
  // react-admin's CommonJS build requires react-hotkeys-hook, which ships ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!react-hotkeys-hook/)'],
};
