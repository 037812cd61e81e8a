# syntax=docker/dockerfile:1
# The partner site as a container: build once, run the self-contained server as a non-root user.
# Untested here (the build machine has no Docker engine); the same steps run in `npm run build`
# and were checked by starting .next/standalone/server.js by hand.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Static pages read these when they are built (see the README's configuration table).
ARG SITE_URL
ARG TEAM_COMMAXX_EMAIL
ENV SITE_URL=${SITE_URL} TEAM_COMMAXX_EMAIL=${TEAM_COMMAXX_EMAIL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 site && useradd --system --uid 1001 --gid site site
COPY --from=build --chown=site:site /app/.next/standalone ./
COPY --from=build --chown=site:site /app/.next/static ./.next/static
COPY --from=build --chown=site:site /app/.next/csp-hashes.json ./.next/csp-hashes.json
COPY --from=build --chown=site:site /app/public ./public
USER site
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/robots.txt').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "server.js"]
