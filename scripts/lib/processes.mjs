// @ts-check
import { spawn } from "node:child_process"
import { ROOT } from "./env.mjs"

/** Whether a process with this pid exists (signal 0 checks without signalling). @param {number} pid */
export function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set()
/** @type {Array<() => Promise<void>>} */
const cleanups = []
let stopping = false

/** Runs something on shutdown (after the child processes are stopped), in reverse order. */
export function onShutdown(/** @type {() => Promise<void>} */ cleanup) {
  cleanups.push(cleanup)
}

/**
 * Starts a command in its own process group, so stopping it also stops what it spawned
 * (`medusa develop` runs the server in a child that would otherwise keep the port).
 * @param {string} command @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, capture?: boolean }} [options]
 */
export function start(command, args, options = {}) {
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    stdio: options.capture ? ["ignore", "pipe", "pipe"] : "inherit",
    detached: true,
  })
  children.add(child)
  child.once("exit", () => children.delete(child))
  return child
}

/**
 * Runs a command to completion; rejects with its output on failure.
 * @param {string} command @param {string[]} args
 * `prefix` marks each echoed line, so the output of commands run side by side stays readable.
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, quiet?: boolean, prefix?: string }} [options]
 * @returns {Promise<string>} its stdout
 */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = start(command, args, { ...options, capture: true })
    let stdout = ""
    let output = ""
    const echoOut = echo(process.stdout, options)
    const echoErr = echo(process.stderr, options)
    child.stdout?.on("data", (chunk) => {
      stdout += chunk
      output += chunk
      echoOut(chunk)
    })
    child.stderr?.on("data", (chunk) => {
      output += chunk
      echoErr(chunk)
    })
    child.once("error", reject)
    child.once("exit", (code, signal) => {
      echoOut("")
      echoErr("")
      if (code === 0) {
        resolve(stdout)
      } else {
        const tail = output.split("\n").slice(-40).join("\n")
        reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})\n${options.quiet ? tail : ""}`))
      }
    })
  })
}

/**
 * Writes a child's output through, whole lines at a time and each with `prefix` when one is given.
 * @param {NodeJS.WriteStream} stream @param {{ quiet?: boolean, prefix?: string }} options
 */
function echo(stream, { quiet, prefix }) {
  if (quiet) return (/** @type {Buffer} */ _chunk) => {}
  if (!prefix) return (/** @type {Buffer} */ chunk) => void stream.write(chunk)
  let pending = ""
  // An empty chunk at exit flushes a last line that had no newline.
  return (/** @type {Buffer | string} */ chunk) => {
    pending += chunk.length ? chunk : pending ? "\n" : ""
    const lines = pending.split("\n")
    pending = lines.pop() ?? ""
    if (lines.length) stream.write(lines.map((line) => `${prefix}${line}\n`).join(""))
  }
}

/** @param {import("node:child_process").ChildProcess} child */
function stopGroup(child, signal = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try { process.kill(-/** @type {number} */ (child.pid), "SIGKILL") } catch { /* gone */ }
    }, 10_000)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve(undefined)
    })
    try { process.kill(-/** @type {number} */ (child.pid), signal) } catch { resolve(undefined) }
  })
}

/** Stops every child process group, then runs the shutdown hooks. */
export async function shutdown(exitCode = 0) {
  if (stopping) return
  stopping = true
  await Promise.all([...children].map((child) => stopGroup(child)))
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup()
    } catch (error) {
      process.stderr.write(`[asoud] cleanup failed: ${error instanceof Error ? error.message : error}\n`)
    }
  }
  process.exit(exitCode)
}

export function handleSignals() {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => void shutdown(signal === "SIGINT" ? 130 : 143))
  }
}
