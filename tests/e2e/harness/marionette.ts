// The privileged side of the Firefox harness: script in the browser's own chrome window, over Marionette.
//
// Firefox ESR 140 has no WebDriver BiDi chrome scope ('moz:scope': 'chrome' on browsingContext.getTree; ESR 153 has
// one): BiDi sees content only. Marionette runs script in chrome space in both, when Firefox was started with
// `--remote-allow-system-access`, but only in a session created over Marionette (a BiDi-created one has no script
// timeouts, which its script commands read). So Marionette creates the session, asking for a WebSocket, and
// puppeteer joins that session (joinSession below) instead of creating its own: one browser, one session.
// The wire format is Marionette's: `<byte length>:<JSON>`, commands `[0, id, name, params]`, replies
// `[1, id, error, result]`.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser as BrowserKind, createProfile, launch as launchProcess, type Process } from '@puppeteer/browsers';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { ConnectionTransport } from 'puppeteer-core';
import { executablePath } from './paths.ts';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';

type Reply = { error: { error: string; message: string } | null; result: unknown };

/** A loopback port free right now, for Firefox's `marionette.port` preference. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export class MarionetteClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: Reply) => void>();
  private hello?: () => void;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.read(chunk));
  }

  /** Connects (Firefox opens the port a moment after it starts: retried for up to 20 s). */
  static async connect(port: number): Promise<MarionetteClient> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const client = await new Promise<MarionetteClient>((resolve, reject) => {
          const socket = new Socket();
          const client = new MarionetteClient(socket);
          const greeted = new Promise<void>((done) => (client.hello = done));
          socket.once('error', reject);
          socket.connect(port, '127.0.0.1', () => void greeted.then(() => resolve(client)));
        });
        return client;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`Firefox: no Marionette on port ${port} (${String(error)})`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  /** Sends one command and resolves with its result; rejects with Firefox's error. */
  async send(name: string, params: object): Promise<unknown> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    const reply = new Promise<Reply>((resolve) => this.waiting.set(id, resolve));
    this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    const { error, result } = await reply;
    if (error) throw new Error(`Marionette ${name}: ${error.error}: ${error.message}`);
    return result;
  }

  close(): void {
    this.socket.destroy();
  }

  /** Splits the stream into `<length>:<JSON>` packets; the first one is the server's greeting. */
  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(packet)) {
        this.hello?.();
        continue;
      }
      const [, id, error, result] = packet as [number, number, Reply['error'], unknown];
      this.waiting.get(id)?.({ error, result });
      this.waiting.delete(id);
    }
  }
}

/**
 * Creates the browser's one WebDriver session over Marionette, with a WebDriver BiDi WebSocket, and switches
 * Marionette to chrome space. Returns a transport for puppeteer.connect: it speaks to that session's WebSocket and
 * answers puppeteer's own `session.new` with the session just made.
 */
export async function joinSession(marionette: MarionetteClient): Promise<ConnectionTransport> {
  const session = (await marionette.send('WebDriver:NewSession', {
    webSocketUrl: true,
    unhandledPromptBehavior: 'ignore',
    timeouts: { script: 60_000 },
  })) as { sessionId: string; capabilities: { webSocketUrl?: string } };
  if (!session.capabilities.webSocketUrl) throw new Error('Firefox: the Marionette session has no WebDriver BiDi WebSocket');
  await marionette.send('Marionette:SetContext', { value: 'chrome' });
  const socket = await NodeWebSocketTransport.create(session.capabilities.webSocketUrl, undefined, () => undefined);
  const transport: ConnectionTransport = {
    send(message) {
      const command = JSON.parse(message) as { id: number; method: string };
      if (command.method !== 'session.new') return socket.send(message);
      const reply = { type: 'success', id: command.id, result: { sessionId: session.sessionId, capabilities: session.capabilities } };
      setTimeout(() => transport.onmessage?.(JSON.stringify(reply)));
    },
    close: () => socket.close(),
  };
  socket.onmessage = (message) => transport.onmessage?.(String(message));
  socket.onclose = () => transport.onclose?.();
  return transport;
}

/**
 * The switch that lets a driver run privileged script (Marionette's chrome space) and navigate to moz-extension://
 * pages. It belongs to the Remote Agent, which exists only when the driver starts Firefox with a loopback port.
 */
export const SYSTEM_ACCESS_FLAG = '--remote-allow-system-access';

const launched = new WeakMap<Browser, { firefox: Process; profile: string; marionette: MarionetteClient }>();

/**
 * Starts headless Firefox ESR with `prefs` in a fresh profile, Marionette and WebDriver BiDi in one session
 * (joinSession), and returns puppeteer's browser. Not puppeteer.launch, which would create a session of its own.
 */
export async function launchFirefox(prefs: Record<string, unknown>): Promise<Browser> {
  const marionettePort = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'briefings-firefox-'));
  // One content process, as puppeteer sets it, so mouse events reach every frame.
  await createProfile(BrowserKind.FIREFOX, { path: profile, preferences: { ...prefs, 'fission.webContentIsolationStrategy': 0, 'marionette.port': marionettePort } });
  const firefox = launchProcess({
    executablePath: executablePath('firefox'),
    args: ['--headless', '--profile', profile, '--remote-debugging-port=0', SYSTEM_ACCESS_FLAG, '--marionette', 'about:blank'],
  });
  try {
    const endpoint = await firefox.waitForLineOutput(/^WebDriver BiDi listening on (ws:\/\/.*)$/, 30_000);
    if (!endpoint.startsWith('ws://')) throw new Error(`Firefox: no WebDriver BiDi endpoint (${endpoint})`);
    const marionette = await MarionetteClient.connect(marionettePort);
    const browser = await puppeteer.connect({ transport: await joinSession(marionette), protocol: 'webDriverBiDi', defaultViewport: { width: 1280, height: 800 } });
    launched.set(browser, { firefox, profile, marionette });
    // However the browser goes (closed by a test, or crashed), its process and profile go with it.
    browser.once('disconnected', () => void closeFirefox(browser));
    return browser;
  } catch (error) {
    await firefox.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The Marionette connection of a browser launchFirefox started. */
export function marionetteOf(browser: Browser): MarionetteClient {
  const entry = launched.get(browser);
  if (!entry) throw new Error(`Firefox: this browser was not started by launchFirefox (no Marionette, no ${SYSTEM_ACCESS_FLAG})`);
  return entry.marionette;
}

/** Closes a browser launchFirefox started: the session, the process, its temporary profile. */
export async function closeFirefox(browser: Browser): Promise<void> {
  const entry = launched.get(browser);
  launched.delete(browser);
  if (browser.connected) await browser.close().catch(() => undefined);
  if (!entry) return;
  entry.marionette.close();
  await entry.firefox.close();
  await rm(entry.profile, { recursive: true, force: true });
}
