import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium via playwright-core against the built dist/, served from a sub-path.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
    // expect.poll waits for a state, never for a time: its default one-second budget made tests
    // fail on a busy CI machine while the state was still on its way (the interval only sets how often it looks).
    expect: { poll: { timeout: 20_000, interval: 50 } },
  },
});
