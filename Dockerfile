# Image for docker-compose.yml: builds GOssip and runs `gossip start`.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY wire ./wire
COPY migration ./migration
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
EXPOSE 9092 8081
CMD ["node", "dist/src/cli/gossip.js", "start", "--host", "0.0.0.0", "--data-dir", "/var/lib/gossip"]
