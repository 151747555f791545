// Environment, validated once at start. Every variable is documented in the README.
import { z } from 'zod';

const fields = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** A PostgreSQL URL; when unset the embedded PGlite database under DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded database keeps its files. */
  DATA_DIR: z.string().min(1).default('./.data'),
  /** Connections in the pool to PostgreSQL (PGlite always uses one). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Load demo data at start (same as `npm run seed`). */
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Name of the company created on first start. */
  INITIAL_COMPANY_NAME: z.string().min(1).default('My Company AB'),
  /** Largest customer/contact import file accepted, in bytes. */
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(20 * 1024 * 1024),
  /** Most data rows an import file may have. */
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).default(100_000),
  /** Most bytes an uploaded workbook may inflate to, all entries read together (zip bombs). */
  IMPORT_MAX_DECOMPRESSED_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(512 * 1024 * 1024),
  /** Most bytes one entry of an uploaded workbook (a sheet, the shared strings) may inflate to. */
  IMPORT_MAX_ENTRY_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(256 * 1024 * 1024),
  /** Most an entry may inflate relative to its compressed size (entries under 1 MB inflated are not judged). */
  IMPORT_MAX_COMPRESSION_RATIO: z.coerce.number().min(1).default(100),
  /** Most entries the ZIP archive of an uploaded workbook may have. */
  IMPORT_MAX_ZIP_ENTRIES: z.coerce.number().int().min(1).default(1000),
  /** Longest cell (and shared string) of an import file, in characters; Excel's own limit is 32,767. */
  IMPORT_MAX_CELL_CHARS: z.coerce.number().int().min(1).default(32_767),
  /** Most distinct texts (shared strings) a workbook may have. */
  IMPORT_MAX_SHARED_STRINGS: z.coerce.number().int().min(1).default(2_000_000),
  /** Imports running at once in this process; more wait (IMPORT_QUEUE_WAIT_MS) and are then refused as BUSY. */
  IMPORT_CONCURRENCY: z.coerce.number().int().min(1).default(2),
  /** How long an import waits for a free slot before it is refused as BUSY, in milliseconds. */
  IMPORT_QUEUE_WAIT_MS: z.coerce.number().int().min(0).default(30_000),
  // --- Documents on customers and projects (see README "Documents") ---
  /** Largest uploaded document, in bytes. */
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1024 * 1024 * 1024)
    .default(25 * 1024 * 1024),
  /** Where the bytes of uploaded documents are kept: `database` (in the table) or `directory` (files under DOCUMENT_DIR). */
  DOCUMENT_STORAGE: z.enum(['database', 'directory']).default('database'),
  /** The directory of document files with DOCUMENT_STORAGE=directory (created when missing); read for files stored there whatever DOCUMENT_STORAGE is now. */
  DOCUMENT_DIR: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  /** 32 bytes (64 hex characters or base64) encrypting connection credentials; required with DATABASE_URL. */
  INTEGRATION_SECRET_KEY: z.string().optional(),
  /** SMTP server for failure e-mails, e.g. smtp://user:pass@mail.example.com:587; unset = no e-mail. */
  SMTP_URL: z.string().url().optional(),
  /** Sender of failure e-mails. */
  MAIL_FROM: z.string().min(3).default('Project invoicing <no-reply@localhost>'),
  /**
   * When every active connection runs (cron, Swedish time, one schedule shared by all instances);
   * default every :00 and :30. "off": no scheduled runs (runs asked for and event runs still run).
   */
  CONNECTOR_SCHEDULE: z.string().min(1).default('0,30 * * * *'),
  /**
   * This instance keeps the schedule and works connector runs (run jobs); false on API instances
   * that should not run connectors (they neither schedule nor work runs).
   */
  CONNECTOR_SCHEDULER: z
    .enum(['true', 'false', '1', '0', ''])
    .default('true')
    .transform((v) => v !== 'false' && v !== '0'),
  /** Connector runs this process works at once (runs wait mostly on the accounting systems' rate limits). */
  CONNECTOR_RUN_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  /** A run's time limit in seconds. */
  CONNECTOR_RUN_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(10)
    .default(20 * 60),
  /** How long the run history is kept. */
  CONNECTOR_RUN_HISTORY_DAYS: z.coerce.number().int().min(1).default(90),
  /**
   * How long a run that wrote files (a SIE file handed to the accounting program) is kept, with its
   * files: bookkeeping records are kept seven years. Never shorter than the run history.
   */
  CONNECTOR_RUN_FILE_DAYS: z.coerce.number().int().min(1).max(36_500).default(2557),
  /** How long the deletions feed keeps a deletion (a client syncing less often must re-read everything). */
  SYNC_TOMBSTONE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** How far before the oldest open transaction the sync high-water mark lies (clock difference and write latency), in ms. */
  SYNC_CLOCK_MARGIN_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
  /** Also offer the template connector (the fictional "Ledger API" example for connector authors). */
  CONNECTOR_TEMPLATE: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Third-party connector packages to load at start, comma-separated: npm package names, or absolute paths of package folders. */
  CONNECTOR_PACKAGES: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  // --- Request limits and production posture (see README "Limits and security") ---
  /** Highest cost of one operation: every field 1, a connection's selection × its page size, a list's × 10. */
  QUERY_MAX_COST: z.coerce.number().int().min(1).default(50_000),
  /** Deepest selection (fields inside fields) of one operation. */
  QUERY_MAX_DEPTH: z.coerce.number().int().min(1).default(15),
  /** Most aliases in one operation. */
  QUERY_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  /** Most directives in one operation. */
  QUERY_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  /** Most lexical tokens in one document (stops the parser before deep nesting can exhaust its stack). */
  QUERY_MAX_TOKENS: z.coerce.number().int().min(100).default(5_000),
  /** Most ids in one `nodes(ids:)` lookup. */
  QUERY_MAX_NODE_IDS: z.coerce.number().int().min(1).default(100),
  /** Largest request body that is not a file upload, in bytes. */
  REQUEST_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /** A request's time limit: its execution stops (as it does when the client disconnects). */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Longest SQL statement (PostgreSQL statement_timeout on the API's connections). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Origins allowed to call the API from a browser, comma-separated (exact match); default none. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim().replace(/\/+$/, ''))
        .filter(Boolean),
    ),
  /** Who may introspect the schema and get field suggestions: public | authenticated | off. Default: authenticated in production, public otherwise. */
  INTROSPECTION: z.enum(['public', 'authenticated', 'off']).optional(),
  /** Serve GraphiQL at /graphql to browsers. Default: off in production, on otherwise. */
  GRAPHIQL: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  /** Requests per minute one API token may make. */
  RATE_LIMIT_PER_TOKEN: z.coerce.number().int().min(1).default(1_200),
  /** Requests per minute from one client address without a valid token. */
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(300),
  /** Failed authentications (wrong or revoked token) per 15 minutes from one client address before it gets 429. */
  RATE_LIMIT_FAILED_AUTH: z.coerce.number().int().min(1).default(30),
  /** Take the client address from the first X-Forwarded-For entry (only behind a proxy that sets it). */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  // --- Registered (trusted) documents (see README "Typed client") ---
  /**
   * `off`: every request sends its document's text. `allow`: a request may send the SHA-256 of a
   * registered document instead (`extensions.persistedQuery.sha256Hash`), or any document's text.
   * `only`: requests must name a registered document by its hash; free-form documents are refused
   * (TRUSTED_DOCUMENT_REQUIRED), except from API tokens while TRUSTED_DOCUMENTS_API_TOKENS=free-form.
   */
  TRUSTED_DOCUMENTS: z.enum(['off', 'allow', 'only']).default('allow'),
  /**
   * Manifests of other frontends' registered documents besides the typed client's, comma-separated
   * file paths; each a JSON object of "sha256:<hex>" (or "<hex>") → document text.
   */
  TRUSTED_DOCUMENTS_MANIFESTS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /**
   * With TRUSTED_DOCUMENTS=only: `free-form` (default) lets requests made with an API token
   * (integrations, scripts) still send any document; `registered` holds them to the list too.
   */
  TRUSTED_DOCUMENTS_API_TOKENS: z.enum(['free-form', 'registered']).default('free-form'),
  // --- Logging in (see README "Logging in") ---
  /** The frontend's public URL (e.g. https://app.example.com); password-reset and invitation links point under it. Unset: no such links are sent. */
  PUBLIC_APP_URL: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).optional()),
  /** Lifetime of a session's access token, in seconds. */
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  /** Lifetime of a refresh token, in days (each refresh issues a new one). */
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /**
   * How long a session is kept after it ended (revoked, or its refresh token expired), in days:
   * the daily prune deletes it then. Until then a rotated refresh token presented again is still
   * recognised as re-use.
   */
  SESSION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Lifetime of a password-reset link, in minutes. */
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  /** Lifetime of an invitation link, in days. */
  INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(30).default(7),
  /** Login attempts on one account within LOGIN_FAILURE_WINDOW_SECONDS before it is locked. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** How long a locked account stays locked, in seconds. */
  LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Login, reset and invitation attempts from one client address per 15 minutes. */
  LOGIN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).default(100),
  /** Password-reset e-mails to one address per hour. */
  PASSWORD_RESET_EMAILS_PER_HOUR: z.coerce.number().int().min(1).default(3),
  /** The issuer name authenticator apps show beside the account. */
  TOTP_ISSUER: z.string().min(1).max(60).default('Project invoicing'),
  // --- Connector runs and connections ---
  /** Seconds a RUNNING connector run may go without a heartbeat before any instance marks it FAILED (its process died). */
  CONNECTOR_RUN_LEASE_SECONDS: z.coerce.number().int().min(20).default(120),
  /**
   * Accept sandbox connections (created with sandbox: true; their requests may reach any host,
   * private and loopback addresses included, e.g. a connector's fake server). Development and
   * test servers only; off, no sandbox connection can be created and existing ones are checked
   * like any other.
   */
  CONNECTOR_SANDBOX_CONNECTIONS: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  // --- Webhooks (see README "Webhooks") ---
  /**
   * Accept webhook endpoints on this machine (http:// or https:// to 127.0.0.1, ::1, localhost):
   * for development and tests only. Private and link-local addresses are refused either way.
   */
  WEBHOOK_ALLOW_LOCAL_URLS: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** One webhook attempt's deadline (connect, answer, first bytes of the body), in milliseconds. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(60_000).default(10_000),
  // --- Operations: shutdown, readiness, metrics, logs, tracing (see README "Running in production") ---
  /** On SIGTERM/SIGINT, how long requests in flight may take to finish before their connections are closed, in milliseconds. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
  /** How long /readiness waits for the database to answer `SELECT 1` before it answers 503, in milliseconds. */
  READINESS_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
  /** Subscriptions (server-sent event streams) one API token may have open on one instance. */
  SUBSCRIPTIONS_PER_TOKEN: z.coerce.number().int().min(1).max(1_000).default(10),
  /** Subscriptions one instance keeps open in all. */
  SUBSCRIPTIONS_MAX: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** Events buffered for one subscriber; a client that falls this far behind is told to resume with `after`. */
  SUBSCRIPTION_BUFFER: z.coerce.number().int().min(10).max(100_000).default(1_000),
  /** How often a stream checks its token again, in milliseconds: a revoked or expired token ends it within this. */
  SUBSCRIPTION_AUTH_RECHECK_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  /**
   * Who may read /metrics. Unset: clients on this machine only (a loopback address, no
   * X-Forwarded-For/Forwarded header). `public`: anyone. Any other value (at least 16 characters):
   * the token a scraper sends as `Authorization: Bearer <token>`, from any address, loopback included.
   */
  METRICS_TOKEN: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || v === 'public' || v.length >= 16, 'a token of at least 16 characters, or "public"'),
  /** Least severe log level written: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * `auto`: the start-up messages (database, first-start token, address) as text on a terminal and
   * as JSON lines otherwise; `json`: always JSON. Request and error logs are always JSON lines.
   */
  LOG_FORMAT: z.enum(['auto', 'json']).default('auto'),
  /**
   * OTLP/HTTP collector base URL (e.g. http://otel-collector:4318); set: GraphQL operations are
   * traced and their spans sent to <url>/v1/traces. Unset: no tracing.
   */
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).optional()),
  /** The service name spans are exported under (the OpenTelemetry resource's service.name). */
  OTEL_SERVICE_NAME: z.string().min(1).default('project-invoicing'),
});

const schema = fields.refine((c) => c.DOCUMENT_STORAGE !== 'directory' || c.DOCUMENT_DIR !== undefined, {
  path: ['DOCUMENT_DIR'],
  message: 'required with DOCUMENT_STORAGE=directory: the directory the document files are written to',
});

export type Config = z.infer<typeof schema>;

/** The lowest Node the project supports (package.json "engines"); Node 24 LTS is what it is built for. */
export const LOWEST_NODE = '22.15.0';

/** Why this Node cannot run the project, or null when it can. */
export function unsupportedNode(version: string = process.versions.node): string | null {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const [lowMajor = 0, lowMinor = 0] = LOWEST_NODE.split('.').map(Number);
  if (major > lowMajor || (major === lowMajor && minor >= lowMinor)) return null;
  return (
    `This is Node ${version.replace(/^v/, '')}; the project needs Node ${LOWEST_NODE} or later (built for Node 24 LTS). ` +
    'On Linux (x64, arm64) `npm install` puts Node 24 into node_modules/.bin and npm scripts use it: run the project ' +
    'through `npm start`, `npm test`, `npm run …`. Elsewhere install Node 24 LTS.'
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeProblem = unsupportedNode();
  if (nodeProblem) throw new Error(nodeProblem);
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
