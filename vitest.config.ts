// Test runner config: every test under tests/: unit/ (one folder per src/lib folder), integration/ (tests that spawn builds or CLIs), browser/ (chromium).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
