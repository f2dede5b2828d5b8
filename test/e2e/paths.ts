import path from 'node:path';

export const E2E_DIST = path.resolve(import.meta.dirname, '../../test-results/e2e-dist');
