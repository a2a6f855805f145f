// The nginx.conf of a local cluster (scripts/cluster.ts, tests/e2e/cluster.spec.ts, the benchmarks):
// the shipped maps and routes of deploy/nginx/portal-http.conf and portal-locations.conf inside a small
// http block whose files all live under `prefix`.
import path from "node:path";
import { root } from "./lib";

export function nginxConf(o: { prefix: string; port: number; upstreams: number[]; asRoot: boolean }): string {
  const { prefix } = o;
  return `# Written for one run of a local cluster.
worker_processes 2;
${o.asRoot ? "user nobody nogroup;" : ""}
pid ${prefix}/nginx.pid;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    gzip on;
    gzip_vary on;
    gzip_proxied any;
    gzip_comp_level 5;
    gzip_min_length 1024;
    gzip_types text/css text/plain application/javascript application/json application/xml application/rss+xml application/atom+xml image/svg+xml text/csv;
    include ${path.join(root, "deploy", "nginx", "portal-http.conf")};
    proxy_cache_path ${prefix}/cache levels=1:2 keys_zone=portal_pages:20m max_size=256m inactive=10m use_temp_path=off;
    upstream portal_app {
        least_conn;
${o.upstreams.map((p) => `        server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n")}
        keepalive 32;
    }
    server {
        listen 127.0.0.1:${o.port};
        server_tokens off;
        include ${path.join(root, "deploy", "nginx", "portal-locations.conf")};
    }
}
`;
}
