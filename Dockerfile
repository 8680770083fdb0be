# The image fly.toml deploys: web and worker process groups run the same image.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY migrations ./migrations
USER node
EXPOSE 3000
ENTRYPOINT ["node", "src/cli/bin.mjs"]
CMD ["serve"]
