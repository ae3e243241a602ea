import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import type { InputConfig } from "@medusajs/framework/types"
import { readPlatformEnv } from "./src/config/env"
import { infrastructureModules } from "./src/config/infrastructure"
import { asoudPlugins } from "./src/config/plugins"
import { commerceModules } from "./src/config/modules"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readPlatformEnv(process.env)

const config: InputConfig = {
  projectConfig: {
    databaseUrl: env.databaseUrl,
    databaseLogging: env.databaseLogging,
    redisUrl: env.redisUrl,
    workerMode: env.workerMode,
    http: {
      storeCors: env.storeCors,
      adminCors: env.adminCors,
      authCors: env.authCors,
      jwtSecret: env.jwtSecret,
      cookieSecret: env.cookieSecret,
    },
    // Medusa makes the session cookie Secure in production; a browser drops such a cookie on plain
    // http, so the admin login would loop. COOKIE_SECURE decides explicitly (see src/config/env.ts).
    ...(env.cookieSecure === undefined ? {} : { cookieOptions: { secure: env.cookieSecure } }),
  },
  admin: {
    // A worker serves no HTTP traffic, so it skips the dashboard.
    disable: env.adminDisabled || env.workerMode === "worker",
    backendUrl: env.backendUrl,
  },
  plugins: asoudPlugins(env),
  modules: [...infrastructureModules(env), ...commerceModules(env)],
}

export default defineConfig(config)
