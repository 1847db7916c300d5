import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The API answers on these paths; the dev server passes them on so the app runs on one origin, as in production. */
const API_PATHS = ['/rounds', '/applications', '/staff', '/openapi.json', '/config.json'];

export default defineConfig({
  root,
  // Vite 8 transforms TypeScript with Oxc (its `esbuild` option is deprecated); Preact's JSX runtime is set here
  // because @preact/preset-vite is not used.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Phones on slow connections: one small script and one style sheet, no source maps to download.
    target: 'es2022',
    sourcemap: false,
    // The one large chunk is the printable application form (pdf-lib and its font engine), which loads only when a
    // person asks for the form; the applicant's first page stays small.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm start` serves the API on port 3000; API_URL points the dev server at another one.
    proxy: Object.fromEntries(
      API_PATHS.map((path) => [path, { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: true }]),
    ),
  },
});
