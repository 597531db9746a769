// Next.js configuration for the memviz web app.
// Built with webpack (`next build --webpack`): the workspace packages are
// TypeScript sources whose imports say `./x.js` for `./x.ts` (NodeNext
// style), which webpack maps with `extensionAlias` and Turbopack cannot yet.

/** @type {import('next').NextConfig} */
const config = {
  // Source-only workspace packages: Next compiles them like app code.
  transpilePackages: ['@memviz/engine', '@memviz/diagram'],
  reactStrictMode: true,
  poweredByHeader: false,
  webpack(webpackConfig) {
    webpackConfig.resolve.extensionAlias = { '.js': ['.ts', '.tsx', '.js'] };
    // web-tree-sitter's Emscripten glue names Node modules on its Node-only path; the browser never takes it.
    webpackConfig.resolve.fallback = { ...webpackConfig.resolve.fallback, fs: false, 'fs/promises': false, module: false, path: false, url: false };
    return webpackConfig;
  },
};

export default config;
