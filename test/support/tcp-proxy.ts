import net from 'node:net';

/**
 * A TCP proxy in front of a server (PostgreSQL, Redis) that a test can take down and bring
 * back, to see what the server under test does when a dependency stops (`stop`: connections
 * dropped, new ones refused) or hangs (`hang`: connections accepted, nothing answered).
 */
export class TcpProxy {
  private listener: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private hanging = false;
  private frozen = false;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  /** Listens (again) on the same port, forwarding every connection to the target. */
  async start(): Promise<void> {
    this.hanging = false;
    this.frozen = false;
    this.listener = net.createServer((client) => {
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      client.on('error', () => undefined);
      if (this.hanging) return;
      const upstream = net.connect(this.target.port, this.target.host);
      this.sockets.add(upstream);
      upstream.on('close', () => (this.sockets.delete(upstream), client.destroy()));
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      client.on('data', (chunk) => this.frozen || upstream.write(chunk));
      upstream.on('data', (chunk) => this.frozen || client.write(chunk));
    });
    await new Promise<void>((resolve) => this.listener!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.listener.address() as net.AddressInfo).port;
  }

  /** Keeps every open connection open but passes nothing more either way, as a server stopped dead (SIGSTOP) does. */
  freeze(): void {
    this.frozen = true;
  }

  /** Drops every connection and refuses new ones, as a stopped server does. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => (this.listener ? this.listener.close(() => resolve()) : resolve()));
    this.listener = null;
  }

  /** Keeps accepting connections but answers nothing on them, as a hung server does. */
  async hang(): Promise<void> {
    await this.stop();
    await this.start();
    this.hanging = true;
  }

  /** `url` with its host and port pointed at the proxy. */
  rewrite(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }
}
