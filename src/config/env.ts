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
  /**
   * Whether the session cookie is `Secure`. Undefined keeps Medusa's rule (Secure when NODE_ENV is
   * production or staging); `COOKIE_SECURE=false` lets a browser keep the admin session over plain
   * http (the demo on http://localhost); `true` forces it in any environment.
   */
  cookieSecure?: boolean
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

/**
 * Medusa commands that run once and exit: every `db:*` (db:migrate also spawns `db:migrate:search`),
 * `exec` and `user`. Medusa sets MEDUSA_WORKER_MODE=server inside them itself, so their worker mode
 * says nothing about a server/worker split.
 */
const ONE_OFF_COMMANDS = new Set(["exec", "user"])

/** Whether these arguments run one of Medusa's one-off commands (`medusa db:migrate`, `medusa exec …`). */
export function isOneOffCommand(argv: string[]): boolean {
  const command = argv[2] ?? ""
  return command.startsWith("db:") || ONE_OFF_COMMANDS.has(command)
}

export function readPlatformEnv(source: NodeJS.ProcessEnv, argv: string[] = process.argv): PlatformEnv {
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
  const redisUrl = source.REDIS_URL || undefined
  // Medusa's in-memory event bus, locks and workflow engine are only correct inside one process: a
  // server/worker split, or any production deployment (which may run several), needs Redis. The one
  // exemption is the launcher's demo (`npm start` without secrets: ASOUD_DEMO=true): one shared server,
  // and the one-off commands (migrations, the seed) it runs before it.
  const oneOff = isOneOffCommand(argv)
  const split = workerMode !== "shared" && !oneOff
  const demo = source.ASOUD_DEMO === "true" && (workerMode === "shared" || oneOff)
  if (!redisUrl && (split || (production && !demo))) {
    throw new Error(
      split
        ? `MEDUSA_WORKER_MODE=${workerMode} needs REDIS_URL: servers and workers share events, locks and workflows through Redis`
        : "NODE_ENV=production needs REDIS_URL: in-memory locks and events are wrong once more than one process runs (the npm start demo is the only single-process exception)"
    )
  }
  const port = source.PORT || "9000"
  const cookieSecure = source.COOKIE_SECURE?.trim().toLowerCase()
  if (cookieSecure && cookieSecure !== "true" && cookieSecure !== "false") {
    throw new Error(`COOKIE_SECURE must be true or false; got "${source.COOKIE_SECURE}"`)
  }
  return {
    databaseUrl: source.DATABASE_URL,
    databaseLogging: source.DATABASE_LOGGING === "true",
    redisUrl,
    workerMode,
    storeCors: source.STORE_CORS || DEV_ORIGINS,
    adminCors: source.ADMIN_CORS || DEV_ORIGINS,
    authCors: source.AUTH_CORS || DEV_ORIGINS,
    jwtSecret,
    cookieSecret,
    cookieSecure: cookieSecure ? cookieSecure === "true" : undefined,
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
