// Worker-thread entry: loads the TypeScript worker through tsx's API, so the worker starts the
// same way under `tsx`, plain node and vitest, none of which pass their loaders to workers alike.
import { tsImport } from 'tsx/esm/api';

await tsImport('./snapshot-worker.ts', import.meta.url);
