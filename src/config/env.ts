/**
 * Every environment variable the platform reads, with its default, in one place so the README's
 * configuration table and the code cannot drift apart.
 */
export type WorkerMode = "shared" | "worker" | "server"

export type PlatformEnv = {
  databaseUrl?: string
  databaseLogging: boolean
  redisUrl?: string
  workerMode: WorkerMode
  storeCors: string
  adminCors: string
  authCors: string
  jwtSecret: string
  cookieSecret: string
  adminDisabled: boolean
  backendUrl: string
  /** Base URL of the local gateway/SMS simulator, when the platform runs against it. */
  simulatorUrl?: string
  /** The simulator as the shopper's browser reaches it (bank pages); differs from simulatorUrl in Docker. */
  simulatorPublicUrl?: string
  /** Public URL of this server, used to build gateway return URLs. */
  publicUrl: string
  /** Storefront origins a payment return may redirect to. */
  storefrontUrls: string[]
}

const DEV_ORIGINS = "http://localhost:8000,http://localhost:9000,http://localhost:5173"
const WORKER_MODES: WorkerMode[] = ["shared", "worker", "server"]

export function readPlatformEnv(source: NodeJS.ProcessEnv): PlatformEnv {
  const workerMode = (source.MEDUSA_WORKER_MODE || "shared") as WorkerMode
  if (!WORKER_MODES.includes(workerMode)) {
    throw new Error(
      `MEDUSA_WORKER_MODE must be one of ${WORKER_MODES.join(", ")}; got "${workerMode}"`
    )
  }
  const production = source.NODE_ENV === "production"
  const jwtSecret = source.JWT_SECRET || "supersecret"
  const cookieSecret = source.COOKIE_SECRET || "supersecret"
  if (production && source.ASOUD_DEMO !== "true" && (jwtSecret === "supersecret" || cookieSecret === "supersecret")) {
    throw new Error("JWT_SECRET and COOKIE_SECRET must be set in production")
  }
  const port = source.PORT || "9000"
  return {
    databaseUrl: source.DATABASE_URL,
    databaseLogging: source.DATABASE_LOGGING === "true",
    redisUrl: source.REDIS_URL || undefined,
    workerMode,
    storeCors: source.STORE_CORS || DEV_ORIGINS,
    adminCors: source.ADMIN_CORS || DEV_ORIGINS,
    authCors: source.AUTH_CORS || DEV_ORIGINS,
    jwtSecret,
    cookieSecret,
    adminDisabled: source.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: source.MEDUSA_BACKEND_URL || "/",
    simulatorUrl: source.SIMULATOR_URL || undefined,
    simulatorPublicUrl: source.SIMULATOR_PUBLIC_URL || source.SIMULATOR_URL || undefined,
    publicUrl: (source.MEDUSA_PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ""),
    storefrontUrls: (source.STOREFRONT_URLS || "http://localhost:8000")
      .split(",")
      .map((url) => url.trim().replace(/\/$/, ""))
      .filter(Boolean),
  }
}
