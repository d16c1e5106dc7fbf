/**
 * Compiled sidlab (dist/, built by bin/cli-build.mjs) runs without tsx's module hooks, but tfjs needs them:
 * stages/internal/tf.ts requires tfjs-core's ES module files, whose extension-less imports only tsx's
 * resolver finds. Code about to load tensor code awaits `tensorCodeReady()` first; from source (under tsx,
 * which the launcher does not mark) it does nothing.
 */
export const tensorCodeReady = async (): Promise<void> => {
  // importing the package registers its hooks (what `node --import tsx` does); a name, not a literal, so
  // neither tsc nor the bundler looks for it
  const tsx = "tsx"
  if ((globalThis as { sidlabCompiled?: boolean }).sidlabCompiled === true) await import(tsx)
}
