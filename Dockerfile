# One image for the API (which serves the built admin), the worker and the one-off migration.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY worker/package.json worker/
COPY admin/package.json admin/
COPY libs/domain/package.json libs/domain/
COPY libs/db/package.json libs/db/
COPY libs/jobs/package.json libs/jobs/
COPY libs/testing/package.json libs/testing/
RUN npm ci
COPY . .
RUN node scripts/build-node-app.mjs api && node scripts/build-node-app.mjs worker && (cd admin && npx vite build)

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/api/package.json api/
COPY --from=build /app/worker/package.json worker/
COPY --from=build /app/admin/package.json admin/
COPY --from=build /app/libs libs
RUN npm ci --omit=dev --workspaces=false && rm -rf libs/*/src libs/*/test
COPY --from=build /app/dist dist
COPY --from=build /app/admin/dist admin/dist
USER node
EXPOSE 3000
# The API's live heap is ~50 MB; without a limit V8 lets garbage pile up to 300 MB under load before collecting it.
CMD ["node", "--max-old-space-size=192", "dist/api/api/src/main.js"]
