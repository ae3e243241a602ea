# syntax=docker/dockerfile:1
# The Asoud Commerce platform: Medusa server/worker with every built plugin, plus the simulator.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true DO_NOT_TRACK=1
COPY . .
# npm ci rejects lock files written against registries that omit other platforms' optional
# packages; npm install keeps the locked versions.
RUN npm install --no-audit --no-fund \
 && npm run build \
 && npm prune --omit=dev --no-audit --no-fund
# Ship each workspace's manifest and build output only (no sources, tests or caches).
RUN mkdir -p /out \
 && for dir in plugins/* packages/*; do \
      mkdir -p "/out/$dir" && cp "$dir/package.json" "/out/$dir/"; \
      [ -d "$dir/.medusa/server" ] && mkdir -p "/out/$dir/.medusa" && cp -r "$dir/.medusa/server" "/out/$dir/.medusa/"; \
      [ -d "$dir/dist" ] && cp -r "$dir/dist" "/out/$dir/"; \
    done; true

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production MEDUSA_DISABLE_TELEMETRY=true DO_NOT_TRACK=1 PORT=9000
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /out/ ./
COPY --from=build /app/.medusa/server ./.medusa/server
# Medusa runs from its build folder; modules resolve from /app/node_modules above it.
WORKDIR /app/.medusa/server
ENV PATH=/app/node_modules/.bin:$PATH
EXPOSE 9000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://localhost:'+(process.env.PORT||9000)+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["medusa", "start"]
