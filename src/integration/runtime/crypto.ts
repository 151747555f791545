// Connection credentials are stored encrypted with AES-256-GCM under a key from the
// environment (INTEGRATION_SECRET_KEY: 32 bytes as 64 hex characters or base64). Stored form:
// "v1:<iv base64>:<tag base64>:<ciphertext base64>". The connection id is bound in as
// additional authenticated data, so a ciphertext copied to another connection does not decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class SecretKeyError extends Error {}

export function parseSecretKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new SecretKeyError('INTEGRATION_SECRET_KEY must be 32 bytes: 64 hex characters or 44 base64 characters');
  return key;
}

/**
 * The key from INTEGRATION_SECRET_KEY; without it (embedded development database only) a key
 * is generated once into `fallbackFile` so a fresh machine starts without configuration.
 */
export function loadSecretKey(envValue: string | undefined, fallbackFile: string | null): Buffer {
  if (envValue) return parseSecretKey(envValue);
  if (!fallbackFile) throw new SecretKeyError('INTEGRATION_SECRET_KEY is required with DATABASE_URL (32 bytes, hex or base64; e.g. `openssl rand -hex 32`)');
  if (!existsSync(fallbackFile)) {
    mkdirSync(dirname(fallbackFile), { recursive: true });
    writeFileSync(fallbackFile, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return parseSecretKey(readFileSync(fallbackFile, 'utf8'));
}

export interface SecretBox {
  encrypt(plain: unknown, boundTo: string): string;
  decrypt<T = unknown>(stored: string, boundTo: string): T;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretKeyError('AES-256-GCM needs a 32-byte key');
  return {
    encrypt(plain, boundTo) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const data = Buffer.concat([cipher.update(JSON.stringify(plain), 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
    },
    decrypt(stored, boundTo) {
      const [v, iv, tag, data] = stored.split(':');
      if (v !== 'v1' || !iv || !tag || data === undefined) throw new SecretKeyError('Stored credentials have an unknown format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      try {
        const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]);
        return JSON.parse(plain.toString('utf8'));
      } catch {
        throw new SecretKeyError('Stored credentials cannot be decrypted: wrong INTEGRATION_SECRET_KEY or tampered data');
      }
    },
  };
}
