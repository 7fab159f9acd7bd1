import pg from 'pg';
import type { HubDb, Isolation, Sql } from './port';

const INT8_OID = 20;

export interface PgOptions {
  connectionString: string;
  /** Tests give each run its own schema of one database. */
  searchPath?: string;
  maxConnections?: number;
}

/** A `pg` type set where bigint (int8) parses to a number: versions and epoch ms fit in 2^53. */
function numericBigints(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, (value: string) => Number(value));
  return types;
}

function clientConfig(options: PgOptions): pg.ClientConfig {
  return {
    connectionString: options.connectionString,
    types: numericBigints(),
    ...(options.searchPath === undefined ? {} : { options: `-c search_path=${options.searchPath}` }),
  };
}

function sqlOf(client: pg.Pool | pg.PoolClient): Sql {
  return {
    async query<R extends object>(text: string, params: readonly unknown[] = []): Promise<R[]> {
      const result = await client.query<R>(text, params as unknown[]);
      return result.rows;
    },
    async exec(text: string): Promise<void> {
      await client.query(text);
    },
  };
}

/** PostgreSQL over a connection pool; LISTEN on one dedicated connection that reconnects. */
export async function openPgDb(options: PgOptions): Promise<HubDb> {
  const pool = new pg.Pool({ ...clientConfig(options), max: options.maxConnections ?? 10 });
  // An idle client losing its connection must not crash the hub; the next query reconnects.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const pooled = sqlOf(pool);
  const listeners: Array<{ close: () => Promise<void> }> = [];

  async function transaction<T>(work: (tx: Sql) => Promise<T>, opts?: { isolation?: Isolation }): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query(`BEGIN ISOLATION LEVEL ${(opts?.isolation ?? 'read committed').toUpperCase()}`);
      const result = await work(sqlOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async function listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
    const listener = new ChannelListener(clientConfig(options), channel, onPayload);
    await listener.start();
    listeners.push(listener);
    return () => listener.close();
  }

  return {
    kind: 'postgres',
    query: pooled.query,
    exec: pooled.exec,
    transaction,
    listen,
    async close() {
      await Promise.all(listeners.map((l) => l.close()));
      await pool.end();
    },
  };
}

/** One LISTEN connection; when it drops it comes back after a pause (pokes resume, pulls catch up). */
class ChannelListener {
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly channel: string,
    private readonly onPayload: (payload: string) => void,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onPayload(message.payload ?? '');
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN "${this.channel.replaceAll('"', '')}"`);
    this.client = client;
  }

  private reconnect(client: pg.Client): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.retry = setTimeout(() => {
      this.retry = null;
      this.start().catch(() => this.reconnectLater());
    }, 1000);
  }

  private reconnectLater(): void {
    if (this.closed) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.start().catch(() => this.reconnectLater());
    }, 5000);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
