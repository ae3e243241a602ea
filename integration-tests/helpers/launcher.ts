import { spawn, type ChildProcess } from "node:child_process"
import { join } from "node:path"

const ROOT = join(__dirname, "..", "..")

export type RunningPlatform = {
  child: ChildProcess
  output: () => string
  /** A line of the banner, e.g. `line(/simulator: (\S+)/)`. */
  line: (pattern: RegExp) => string | undefined
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

/** `npm start` exactly as a newcomer runs it (scripts/platform.mjs start), until its banner is printed. */
export async function startPlatform(env: NodeJS.ProcessEnv, timeoutMs = 1_200_000): Promise<RunningPlatform> {
  const child = spawn(process.execPath, ["scripts/platform.mjs", "start"], { cwd: ROOT, env })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  await new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + timeoutMs
    const timer = setInterval(() => {
      if (output.includes("Stop with Ctrl-C")) {
        clearInterval(timer)
        resolve()
      } else if (child.exitCode !== null || Date.now() > deadline) {
        clearInterval(timer)
        child.kill("SIGINT")
        reject(new Error(`npm start did not come up:\n${output.slice(-3000)}`))
      }
    }, 250)
  })
  return {
    child,
    output: () => output,
    line: (pattern) => output.match(pattern)?.[1],
    stop: (signal = "SIGINT") =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode)
        child.once("exit", (code) => resolve(code))
        child.kill(signal)
      }),
  }
}

/**
 * The production build (`.medusa/server`, `medusa start`) as a deployment runs it, until it answers
 * `/health`, exits, or prints `until` (then stopped): whether it came up, and what it printed.
 */
export async function tryStartBuiltServer(
  env: NodeJS.ProcessEnv,
  options: { until?: RegExp; timeoutMs?: number } = {}
): Promise<{ started: boolean; exitCode: number | null; output: string }> {
  const { until, timeoutMs = 180_000 } = options
  const child = spawn(join(ROOT, "node_modules", ".bin", "medusa"), ["start"], { cwd: join(ROOT, ".medusa", "server"), env, detached: true })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  const deadline = Date.now() + timeoutMs
  let started = false
  while (child.exitCode === null && Date.now() < deadline && !started && !until?.test(output)) {
    started = await fetch(`http://localhost:${env.PORT}/health`).then((r) => r.ok).catch(() => false)
    if (!started) await new Promise((r) => setTimeout(r, 500))
  }
  if (child.exitCode === null) {
    process.kill(-child.pid!, "SIGTERM")
  }
  const exitCode = await exited
  return { started, exitCode: started ? null : exitCode, output }
}
