#!/usr/bin/env node
// `npm run clean`, and the first step of `npm run build`: removes dist/, so a file
// the build no longer writes cannot linger and be published.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

rmSync(fileURLToPath(new URL('../dist', import.meta.url)), { recursive: true, force: true });
