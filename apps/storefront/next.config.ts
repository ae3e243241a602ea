import { join } from "node:path"
import type { NextConfig } from "next"

// The repository root: npm workspaces hoist `next` and the SDK there.
const monorepoRoot = join(__dirname, "..", "..")

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: monorepoRoot },
  outputFileTracingRoot: monorepoRoot,
}

export default config
