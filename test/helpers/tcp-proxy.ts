import net from 'node:net';

/**
 * A TCP proxy on the loopback that a test can point somewhere (`target`), cut (every connection dropped and
 * new ones refused, as when a server or the network goes away) and restore. Stands in for a load balancer
 * in front of bot instances, or for the path to PostgreSQL, without touching the shared servers.
 */
export class TcpProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private cutOff = false;
  port = 0;

  constructor(public target: { host: string; port: number } | undefined = undefined) {}

  async start(): Promise<void> {
    this.server = net.createServer((client) => {
      const target = this.target;
      if (this.cutOff || !target) {
        client.destroy();
        return;
      }
      const upstream = net.connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as net.AddressInfo).port;
  }

  /** Drops every open connection and refuses new ones until `restore`. */
  cut(): void {
    this.cutOff = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.cutOff = false;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
