# The image fly.toml deploys: web and worker process groups run the same image.
# Build stage: compile src/ to dist/ (npm run build) with the dev dependencies (typescript).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY --from=build /app/dist ./dist
# The bin runs dist/ only when it is no older than src/ (src/cli/dist-state.mjs): dist was built
# from exactly these sources, so mark it current here and check that the bin will use it.
RUN touch dist/.build-stamp && node -e "import('./src/cli/dist-state.mjs').then((m) => process.exit(m.distIsCurrent() ? 0 : 1))"
USER node
EXPOSE 3000
ENTRYPOINT ["node", "src/cli/bin.mjs"]
CMD ["serve"]
