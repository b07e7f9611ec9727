# Stack Atlas as a container: built with Node 20, served by nginx with the app's security and cache
# headers (src/build/nginx.conf, generated from src/build/hosting-headers.ts).
#   docker build -t stack-atlas .
#   docker run --rm -p 8080:8080 stack-atlas        # http://localhost:8080
# BASE_PATH builds it for a sub-path (the nginx config serves it from the root either way).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG BASE_PATH=/
RUN BASE_PATH=$BASE_PATH npm run build

FROM nginx:1.27-alpine
COPY src/build/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 8080
