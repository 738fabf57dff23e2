import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockedAddress, resolveGuarded } from "../../src/ingest/ssrf.js";
import { collect, local } from "./helpers.js";
import { fixturePages, TestServer } from "./server.js";

describe("address classification", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "64:ff9b::a00:1",
    "2002:a00:1::1",
  ])("refuses %s", (ip) => {
    expect(blockedAddress(ip)).not.toBeNull();
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1"])("allows %s", (ip) => {
    expect(blockedAddress(ip)).toBeNull();
  });

  it("checks every address a name resolves to (localhost)", async () => {
    await expect(resolveGuarded("localhost", false)).rejects.toThrow(/refused localhost/);
  });
});

describe("SSRF guard refuses before any connection", () => {
  let sockets: string[] = [];
  const onSocket = (msg: unknown) => {
    const s = (msg as { socket: { remoteAddress?: string } }).socket;
    sockets.push(String(s.remoteAddress ?? "connecting"));
  };
  let tcp: Server;
  let accepted = 0;
  let port = 0;
  beforeAll(async () => {
    subscribe("net.client.socket", onSocket);
    tcp = createServer((s) => {
      accepted++;
      s.destroy();
    });
    await new Promise<void>((r) => tcp.listen(0, "127.0.0.1", r));
    port = (tcp.address() as AddressInfo).port;
  });
  afterAll(async () => {
    unsubscribe("net.client.socket", onSocket);
    await new Promise<void>((r) => tcp.close(() => r()));
  });

  it.each([
    () => `http://127.0.0.1:${port}/`,
    () => "http://10.0.0.1/",
    () => "http://169.254.169.254/latest/meta-data/",
    () => `http://[::1]:${port}/`,
    () => `http://[::ffff:127.0.0.1]:${port}/`,
    () => `http://localhost:${port}/`,
  ])("refuses %#", async (url) => {
    sockets = [];
    accepted = 0;
    const t0 = Date.now();
    const { items, summary } = await collect([url()], { quiet: true, progress: false, delayMs: 0 });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "failed", why: expect.stringMatching(/^refused .*allow-private-addresses/) });
    expect(sockets).toEqual([]); // no socket was even created
    expect(accepted).toBe(0);
    expect(Date.now() - t0).toBeLessThan(2000); // no connect timeout toward 10.0.0.1 either
    expect(summary[0]?.failed).toBe(1);
  });

  it("refuses private targets on every redirect hop", async () => {
    const site = await new TestServer().start();
    const [page] = fixturePages();
    site
      .serve("/ok", page?.html ?? "")
      .route("/to-meta", (_req, res) => {
        res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/iam" });
        res.end();
      })
      .route("/to-ten", (_req, res) => {
        res.writeHead(301, { location: "http://10.0.0.1/admin" });
        res.end();
      })
      .route("/to-v6", (_req, res) => {
        res.writeHead(307, { location: `http://[::1]:${port}/` });
        res.end();
      });
    try {
      sockets = [];
      accepted = 0;
      // Only 127.0.0.1 is let through (the test server); everything it redirects to must be refused.
      const { items } = await collect([site.url("/to-meta"), site.url("/to-ten"), site.url("/to-v6"), site.url("/ok")], local());
      expect(items.map((i) => i.kind)).toEqual(["failed", "failed", "failed", "page"]);
      for (const i of items.slice(0, 3)) expect(i).toMatchObject({ why: expect.stringMatching(/^refused /) });
      expect(sockets.length).toBeGreaterThan(0); // the probe sees the sockets that are allowed
      expect(sockets.every((s) => s === "127.0.0.1" || s === "connecting")).toBe(true);
      expect(accepted).toBe(0);
    } finally {
      await site.stop();
    }
  });

  it("connects to loopback when private addresses are allowed", async () => {
    const site = await new TestServer().start();
    site.serve("/ok", "<html><body><p>hello</p></body></html>");
    try {
      const { items } = await collect([site.url("/ok")], { allowPrivateAddresses: true, quiet: true, delayMs: 0 });
      expect(items[0]?.kind).toBe("page");
    } finally {
      await site.stop();
    }
  });
});
