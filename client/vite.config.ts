import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { preloadAppChunk } from './preload-app-chunk';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = `http://localhost:${process.env.PORT ?? 4000}`;

export default defineConfig({
  root,
  plugins: [preloadAppChunk()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // In `npm run dev` the page is served by Vite; the API stays on the server.
  server: { proxy: { '/graphql': api, '/healthz': api, '/readyz': api } },
});
