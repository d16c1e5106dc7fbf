/**
 * The project's one door to TensorFlow.js.
 *
 * Every other module imports tfjs as `import { tf } from "./internal/tf.ts"` (adjust the path), never
 * `@tensorflow/tfjs-core` directly, so the side effects below run exactly once and before any tensor
 * code:
 *
 * - all gradient functions are registered (`@tensorflow/tfjs-core` alone registers none, and
 *   `tf.grad` / `tf.variableGrads` then fail with "gradient function not found");
 * - the chained tensor methods (`x.reshape(...)`) are installed, which a few tfjs gradients use
 *   internally (e.g. `gather` with `batchDims = 1`).
 *
 * Both side-effect modules are ESM directories that a plain `import` cannot load under
 * `"type": "module"` (ERR_UNSUPPORTED_DIR_IMPORT), so they are loaded with `createRequire`. They
 * register into tfjs's global registries, shared with the `tf` namespace below.
 *
 * Backends are not imported here: `stages/TensorBackend.ts` loads the one it selects.
 */
import * as tf from "@tensorflow/tfjs-core"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
require("@tensorflow/tfjs-core/dist/register_all_gradients")
require("@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops")

export { tf }
