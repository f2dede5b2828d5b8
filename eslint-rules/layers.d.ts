import type { Linter } from 'eslint';

/** The boundaries block of eslint.config.js: which layer of src/ may import which. */
export declare const layers: Linter.Config;
