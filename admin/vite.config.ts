// Builds the back office into admin/dist, which the API serves at `/`; in development `/api` and the queue dashboard
// (`/admin/queues`, bull-board) go to the API.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@oc/domain': fileURLToPath(new URL('../libs/domain/src/index.ts', import.meta.url)) },
  },
  // react-admin and MUI make one ~1.2 MB script (~380 kB gzipped), loaded once by a back office's few users.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // The browser's Host header is kept: the API builds absolute URLs from it (the IIIF tiles' info.json), which must
  // lead back through this proxy.
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
      '/admin/queues': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
