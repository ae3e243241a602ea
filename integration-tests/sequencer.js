// Splits the HTTP suite into shards that scripts/test.mjs runs side by side (`jest --shard=i/n`).
// Files that run `npm start` (the launcher, the admin in Chromium, the storefront) share the repo's
// .data directory and its stale-run cleanup, so they all go to the first shard and run one after another;
// the other files fill the shards, longest first, by the time they took in CI (durations.json), so the
// shards end at about the same time. A new file is estimated from its size until it is measured.
const { readFileSync } = require("node:fs")
const { join, relative } = require("node:path")
const Sequencer = require("@jest/test-sequencer").default

const LAUNCHES_PLATFORM = /startPlatform\(|helpers\/chromium"|helpers\/launcher"/
const HTTP_ROOT = join(__dirname, "http")
const MEASURED = require("./durations.json")

const estimates = new Map()

/** Seconds a file is expected to take, and whether it runs `npm start` (read once per file). */
function estimate(test) {
  if (!estimates.has(test.path)) estimates.set(test.path, readEstimate(test))
  return estimates.get(test.path)
}

function readEstimate(test) {
  const source = readFileSync(test.path, "utf8")
  const launches = LAUNCHES_PLATFORM.test(source)
  const measured = MEASURED[relative(HTTP_ROOT, test.path).split("\\").join("/")]
  // about 5 s per kB of spec, a few minutes more for a file that builds and boots the whole demo
  const guessed = source.length / 200 + (launches ? 120 : 0)
  return { launches, cost: typeof measured === "number" ? measured : guessed }
}

class ShardingSequencer extends Sequencer {
  shard(tests, { shardIndex, shardCount }) {
    const loads = Array.from({ length: shardCount }, () => 0)
    const picked = []
    const sorted = tests
      .map((test) => ({ test, ...estimate(test) }))
      .sort((a, b) => Number(b.launches) - Number(a.launches) || b.cost - a.cost || a.test.path.localeCompare(b.test.path))
    for (const { test, launches, cost } of sorted) {
      const target = launches ? 0 : loads.indexOf(Math.min(...loads))
      loads[target] += cost
      if (target === shardIndex - 1) picked.push(test)
    }
    return picked
  }

  /** Longest first inside a shard too, so a slow file never starts last. */
  sort(tests) {
    return [...tests].sort((a, b) => estimate(b).cost - estimate(a).cost || a.path.localeCompare(b.path))
  }
}

module.exports = ShardingSequencer
