/** `npm run hosting:conf`: writes src/build/nginx.conf from the policy (see nginx-conf.ts). */
import { writeFileSync } from 'node:fs';
import { NGINX_CONF_FILE, nginxConf } from './nginx-conf.ts';

writeFileSync(NGINX_CONF_FILE, nginxConf());
console.log(`wrote ${NGINX_CONF_FILE}`);
