// Haven's web workspace is built into web/dist and compiled into the haven binary
// (src/http/web_assets), so that a deployment is one file and its database.
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One script and one style sheet: no inline code, so the page runs under a strict CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
