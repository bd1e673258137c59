import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Microsoft's Bot Framework key endpoint (OpenID metadata and its keys) and a
 * signer for tokens as the Bot Connector makes them, so the real authentication runs end to end on
 * 127.0.0.1: a token signed with the served key passes, a forged one does not.
 */

const b64 = (value: object | Buffer): string => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface TokenClaims {
  readonly appId: string;
  readonly serviceUrl: string;
  readonly issuer?: string;
}

function payload(claims: TokenClaims): object {
  const now = Math.floor(Date.now() / 1000);
  return { iss: claims.issuer ?? CHANNEL_ISSUER, aud: claims.appId, serviceurl: claims.serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600 };
}

export class KeyEndpoint {
  private server?: http.Server;
  private readonly keys: { privateKey: KeyObject; publicKey: KeyObject };
  readonly kid = 'perfbot-test-key';
  /** Requests answered so far. */
  requests = 0;

  constructor() {
    this.keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  }

  get metadataUrl(): string {
    return `${this.base}/.well-known/openidconfiguration`;
  }

  private get base(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('key endpoint not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      this.requests++;
      res.setHeader('content-type', 'application/json');
      if (req.url === '/.well-known/openidconfiguration') {
        res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${this.base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      } else if (req.url === '/keys') {
        const jwk = this.keys.publicKey.export({ format: 'jwk' });
        res.end(JSON.stringify({ keys: [{ ...jwk, kid: this.kid, use: 'sig', endorsements: ['msteams'] }] }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A token as the Bot Connector signs it (RS256 with the served key). */
  valid(claims: TokenClaims): string {
    const head = b64({ alg: 'RS256', typ: 'JWT', kid: this.kid });
    const body = b64(payload(claims));
    return `${head}.${body}.${b64(sign('RSA-SHA256', Buffer.from(`${head}.${body}`), this.keys.privateKey))}`;
  }
}

/** A token with no signature at all (alg "none"). */
export function unsignedToken(claims: TokenClaims, kid = 'perfbot-test-key'): string {
  return `${b64({ alg: 'none', typ: 'JWT', kid })}.${b64(payload(claims))}.`;
}

/** A token signed with HS256 and a shared secret (the app's password, say), as a forger would. */
export function hmacToken(claims: TokenClaims, secret: string, kid = 'perfbot-test-key'): string {
  const head = b64({ alg: 'HS256', typ: 'JWT', kid });
  const body = b64(payload(claims));
  return `${head}.${body}.${createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url')}`;
}

/** A server that accepts connections and never answers (a key or token endpoint that hangs). */
export class HangingServer {
  private server?: http.Server;
  private open = 0;
  accepted = 0;
  private waiters: (() => void)[] = [];

  get base(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('hanging server not started');
    return `http://127.0.0.1:${address.port}`;
  }

  get url(): string {
    return `${this.base}/.well-known/openidconfiguration`;
  }

  async start(): Promise<void> {
    this.server = http.createServer(() => undefined);
    this.server.on('connection', (socket) => {
      this.accepted++;
      this.open++;
      socket.on('close', () => {
        this.open--;
        if (this.open === 0) this.waiters.splice(0).forEach((w) => w());
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
  }

  /** Resolves once every connection made to it has been closed (by the other side). */
  allClosed(): Promise<void> {
    return this.open === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
