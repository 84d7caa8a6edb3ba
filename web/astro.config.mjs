// A static Astro site (no server rendering) served beside /api/* on one origin.
// No inline scripts or styles (the CSP forbids them): stylesheets are always files and Vite
// never inlines assets, so every byte on a page comes from 'self'.
import { defineConfig } from "astro/config";

export default defineConfig({
  output: "static",
  outDir: "./dist",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
