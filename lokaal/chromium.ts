// Debian's Chromium as the browser tests and the page benchmark start it (no browser download;
// scripts/ensure-chromium.sh installs the package where missing). Headless is added by each
// driver itself (playwright-core, puppeteer-core for Lighthouse).
export const CHROMIUM = process.env.KB_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_VLAGGEN: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
