// Next.js configuration for the memviz web app.
// Built with webpack (`next build --webpack`): the workspace packages are
// TypeScript sources whose imports say `./x.js` for `./x.ts` (NodeNext
// style), which webpack maps with `extensionAlias` and Turbopack cannot yet.

/**
 * The classroom server (apps/server) that `pnpm start` runs beside Next
 * (scripts/start.mjs). Browsers only ever talk to this app's origin: these
 * rewrites forward the API and the shared editor's socket to it. `next start`
 * proxies WebSocket upgrades for external rewrites too, so one origin carries
 * HTTP, tRPC's socket and y-websocket. Rewrites are fixed at build time.
 */
const CLASSROOM_URL = (process.env.MEMVIZ_CLASSROOM_URL ?? `http://127.0.0.1:${process.env.CLASSROOM_PORT ?? 3001}`).replace(/\/$/, '');

/** @type {import('next').NextConfig} */
const config = {
  // Source-only workspace packages: Next compiles them like app code.
  transpilePackages: ['@memviz/engine', '@memviz/diagram', '@memviz/quiz'],
  reactStrictMode: true,
  poweredByHeader: false,
  async rewrites() {
    return {
      // Before the app's own routes: these paths belong to the classroom server.
      beforeFiles: [
        // tRPC: HTTP at /api/trpc/<procedure>, its WebSocket at /api/trpc.
        { source: '/api/trpc', destination: `${CLASSROOM_URL}/trpc` },
        { source: '/api/trpc/:path*', destination: `${CLASSROOM_URL}/trpc/:path*` },
        // y-websocket connects to <serverUrl>/<room>: the room is the session id.
        { source: '/api/yjs/:room', destination: `${CLASSROOM_URL}/yjs/:room` },
        { source: '/api/health', destination: `${CLASSROOM_URL}/health` },
      ],
    };
  },
  webpack(webpackConfig) {
    webpackConfig.resolve.extensionAlias = { '.js': ['.ts', '.tsx', '.js'] };
    // web-tree-sitter's Emscripten glue names Node modules on its Node-only path; the browser never takes it.
    webpackConfig.resolve.fallback = { ...webpackConfig.resolve.fallback, fs: false, 'fs/promises': false, module: false, path: false, url: false };
    return webpackConfig;
  },
};

export default config;
