# syntax=docker/dockerfile:1
# The partner site as a container: build once, run the self-contained server as a non-root user.
# Not built here (the build machine has no Docker engine), but its layout is the tested one:
# scripts/edge/standalone-layout.mjs makes it after `npm run build`, and e2e/edge.spec.ts runs two
# servers from exactly that directory behind deploy/nginx.conf (deploy/README.md).

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Required: the build fails, naming them, without them (server/site-config.ts). Static pages read
# them when they are built, and the server reads them on each request, so the run stage keeps them.
ARG SITE_URL
ARG TEAM_COMMAXX_EMAIL
ENV SITE_URL=${SITE_URL} TEAM_COMMAXX_EMAIL=${TEAM_COMMAXX_EMAIL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build && node scripts/edge/standalone-layout.mjs

FROM node:24-bookworm-slim AS run
WORKDIR /app
ARG SITE_URL
ARG TEAM_COMMAXX_EMAIL
# HOSTNAME: every interface of the container. Not an IP such as 127.0.0.1 (deploy/README.md).
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 \
    SITE_URL=${SITE_URL} TEAM_COMMAXX_EMAIL=${TEAM_COMMAXX_EMAIL}
RUN groupadd --system --gid 1001 site && useradd --system --uid 1001 --gid site site
# The standalone server with .next/static and public beside it, as the edge test runs it.
COPY --from=build --chown=site:site /app/.next/standalone ./
USER site
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/robots.txt').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "server.js"]
