// Vite config for the renderer inside the desktop app: the web build's own
// config (vite.config.ts, shared with `npm run web`) with two changes: the
// output goes where Forge packages it, and index.html carries the CSP.
import { resolve } from 'node:path';
import { type ConfigEnv, defineConfig, mergeConfig, type UserConfigExport } from 'vite';
import web from '../../vite.config.ts';
import { cspMeta } from './cspMeta.ts';

/** Forge passes its project root and this renderer's entry in forge.config.ts. */
type ForgeEnv = ConfigEnv & { root?: string; forgeConfigSelf?: { name?: string } };

/** The web config, whether it is an object or (should it become one) a function. */
async function resolveConfig(config: UserConfigExport, env: ConfigEnv) {
  return typeof config === 'function' ? config(env) : config;
}

export default defineConfig(async (env: ForgeEnv) => {
  const base = await resolveConfig(web, env);
  const root = env.root ?? process.cwd();
  return mergeConfig(base, {
    build: { outDir: resolve(root, '.vite', 'renderer', env.forgeConfigSelf?.name ?? 'main_window') },
    plugins: [cspMeta()],
  });
});
