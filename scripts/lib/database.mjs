// @ts-check
import { join } from "node:path"
import { DATA_DIR, log } from "./env.mjs"
import { databaseUrl, ensureDatabase, parseDatabaseUrl, startEmbeddedPostgres } from "./postgres.mjs"

const EMBEDDED_FIRST_PORT = 54320

/**
 * The platform's database: DATABASE_URL when it is set (created if missing), otherwise an embedded
 * PostgreSQL whose data lives in `.data/<folder>` and is reused on the next start.
 * @param {{ folder: string, database: string }} options
 * @returns {Promise<string>} the connection URL
 */
export async function provideDatabase({ folder, database }) {
  const configured = process.env.DATABASE_URL
  if (configured) {
    const { server, database: name } = parseDatabaseUrl(configured)
    try {
      await ensureDatabase(server, name)
    } catch (error) {
      throw new Error(
        `cannot reach the database in DATABASE_URL (${server.host}:${server.port}): ${error instanceof Error ? error.message : error}. ` +
          "Unset DATABASE_URL to use the embedded PostgreSQL instead."
      )
    }
    log(`using the database in DATABASE_URL (${server.host}:${server.port}/${name})`)
    return configured
  }
  const server = await startEmbeddedPostgres({
    dataDir: join(DATA_DIR, folder),
    firstPort: Number(process.env.EMBEDDED_POSTGRES_PORT || EMBEDDED_FIRST_PORT),
  })
  await ensureDatabase(server, database)
  return databaseUrl(server, database)
}
