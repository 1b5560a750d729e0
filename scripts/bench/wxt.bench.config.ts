import { defineConfig } from 'wxt';
import base from '../../wxt.config.ts';

// The bench measures the production build, plus hidden source maps (.map files, no sourceMappingURL comment, so the
// shipped JavaScript is byte-for-byte what `npm run build` makes) to attribute profiled time to source modules.
export default defineConfig({
  ...base,
  vite: (env) => {
    const inner = typeof base.vite === 'function' ? base.vite(env) : {};
    return { ...inner, build: { ...(inner as { build?: object }).build, sourcemap: 'hidden' } };
  },
});
