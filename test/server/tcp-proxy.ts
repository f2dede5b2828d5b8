// A TCP proxy between a server under test and PostgreSQL, which the test can cut (the database
// stopped: every connection ends, new ones are dropped) or freeze (the database stops
// answering: nothing flows either way, connections stay open, new ones wait), and then bring
// back. It disturbs only the connections that go through it, not the other suites' databases
// in the same cluster.
import net from 'node:net';
import type { AddressInfo } from 'node:net';

type Pair = { client: net.Socket; upstream: net.Socket };

export class TcpProxy {
  private readonly pairs = new Set<Pair>();
  private mode: 'forward' | 'cut' | 'frozen' = 'forward';
  private readonly server: net.Server;

  private constructor(private readonly target: { host: string; port: number }) {
    this.server = net.createServer((client) => this.accept(client));
  }

  /** A proxy on 127.0.0.1 and a free port to the database the URL names. */
  static async to(databaseUrl: string): Promise<TcpProxy> {
    const url = new URL(databaseUrl);
    const proxy = new TcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  /** The database URL, through the proxy. */
  urlFor(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String((this.server.address() as AddressInfo).port);
    return url.toString();
  }

  private accept(client: net.Socket): void {
    if (this.mode === 'cut') {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    const pair = { client, upstream };
    this.pairs.add(pair);
    const drop = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    if (this.mode === 'forward') this.flow(pair);
  }

  private flow({ client, upstream }: Pair): void {
    client.pipe(upstream);
    upstream.pipe(client);
  }

  private hold({ client, upstream }: Pair): void {
    client.unpipe(upstream);
    upstream.unpipe(client);
    client.pause();
    upstream.pause();
  }

  /** The database is gone: every connection through the proxy ends, and new ones are dropped. */
  cut(): void {
    this.mode = 'cut';
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }

  /** The database stops answering: nothing is passed on, in either direction, until thaw(). */
  freeze(): void {
    this.mode = 'frozen';
    for (const pair of this.pairs) this.hold(pair);
  }

  /** The database is back: what waited flows on, and new connections go through. */
  restore(): void {
    this.mode = 'forward';
    for (const pair of this.pairs) this.flow(pair);
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
