import { defineConfig } from 'wxt';
import base from '../../wxt.config.ts';

// The bench measures the production build, plus hidden source maps (.map files, no sourceMappingURL comment) to
// attribute profiled time to source modules, and the performance marks it reads (BRIEFINGS_BUILD=bench, set by
// build.ts): the shipped JavaScript is `npm run build`'s plus those few mark calls.
export default defineConfig({
  ...base,
  vite: (env) => {
    const inner = typeof base.vite === 'function' ? base.vite(env) : {};
    return { ...inner, build: { ...(inner as { build?: object }).build, sourcemap: 'hidden' } };
  },
});
