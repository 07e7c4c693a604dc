/**
 * Proxies from the environment, the way curl and Python's requests read them: `https_proxy`/`HTTPS_PROXY`
 * for https targets, `http_proxy`/`HTTP_PROXY` for http ones (lower case first), `no_proxy`/`NO_PROXY`
 * (comma-separated hosts, domain suffixes, `host:port`, `*`) to bypass. Loopback (`localhost`, 127.0.0.0/8,
 * ::1) never goes through a proxy, as Go's and curl's defaults have it: a proxy cannot reach the runner's
 * own loopback, and a local index's credentials have no business passing through one. http targets are
 * sent to the proxy with the absolute URL as the request target; https targets go through a CONNECT
 * tunnel, TLS end to end.
 */

import http, { type ClientRequestArgs } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

function variable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return value?.trim() ? value.trim() : undefined;
}

export function bypassesProxy(target: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const [name = '', entryPort] = entry
        .toLowerCase()
        .replace(/^\*?\./, '.')
        .split(/:(?=\d+$)/);
      if (entryPort && entryPort !== port) return false;
      const bare = name.replace(/^\./, '');
      return host === bare || host.endsWith(`.${bare}`);
    });
}

/** localhost (and its subdomains), 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
export function isLoopback(target: URL): boolean {
  const host = target.hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host);
  return false;
}

/** The proxy to use for `target`, or undefined for a direct connection. */
export function proxyFor(target: URL, env: NodeJS.ProcessEnv = process.env): URL | undefined {
  if (isLoopback(target)) return undefined;
  const configured = variable(env, target.protocol === 'https:' ? 'https_proxy' : 'http_proxy');
  if (!configured || bypassesProxy(target, variable(env, 'no_proxy'))) return undefined;
  try {
    return new URL(configured.includes('://') ? configured : `http://${configured}`);
  } catch {
    return undefined;
  }
}

export function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username && !proxy.password) return undefined;
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
}

/** An https agent whose connections are CONNECT tunnels through `proxy`. */
class TunnelAgent extends https.Agent {
  constructor(private readonly proxy: URL) {
    super({ keepAlive: true, maxSockets: 8 });
  }

  // Node's Agent accepts a callback-style createConnection (returning nothing) for asynchronous sockets.
  override createConnection(
    options: ClientRequestArgs & tls.ConnectionOptions,
    callback?: (error: Error | null, socket: Duplex) => void,
  ): Duplex | null | undefined {
    const target = `${options.host ?? options.hostname}:${options.port ?? 443}`;
    const headers: Record<string, string> = { Host: target };
    const authorization = proxyAuthorization(this.proxy);
    if (authorization) headers['Proxy-Authorization'] = authorization;
    const transport = this.proxy.protocol === 'https:' ? https : http;
    const connect = transport.request({
      host: this.proxy.hostname,
      port: this.proxy.port || (this.proxy.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: target,
      headers,
      agent: false,
    });
    connect.once('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        callback?.(
          Object.assign(new Error(`the proxy refused the tunnel to ${target} (HTTP ${response.statusCode})`), { code: 'EPROXY' }),
          socket,
        );
        return;
      }
      const secure = tls.connect({ ...options, socket, servername: options.servername || String(options.host ?? '') });
      callback?.(null, secure);
    });
    connect.once('error', (error) => callback?.(error, connect.socket as Duplex));
    connect.end();
    return undefined;
  }
}

const tunnels = new Map<string, TunnelAgent>();

export function tunnelAgent(proxy: URL): https.Agent {
  let agent = tunnels.get(proxy.href);
  if (!agent) {
    agent = new TunnelAgent(proxy);
    tunnels.set(proxy.href, agent);
  }
  return agent;
}
