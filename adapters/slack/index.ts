import { App as BoltApp, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import { SLACK_OAUTH_REDIRECT_PATH } from '../../bot/config/index.ts';
import type { App } from '../../bot/app.ts';
import { AppError, ErrorCode } from '../../bot/errors.ts';
import type { Logger } from '../../bot/logger.ts';
import type { HttpRoute } from '../http/server.ts';
import { boltLogger } from './bolt-logger.ts';
import type { SlackConfig, SlackDeps, SlackIdentity } from './deps.ts';
import { pickDeduper, pickFeedback } from './services.ts';
import type { EventDeduper } from './deduper.ts';
import type { FeedbackSink } from './feedback.ts';
import { whoAmI } from './identity.ts';
import { registerListeners } from './listeners/index.ts';
import { guardWorkspace, trackInFlight } from './middleware.ts';
import { ackOnFailure } from './ack-on-failure.ts';
import { checkEnvelope } from './envelope-check.ts';
import { dedupeSubmissions } from './interaction-dedup.ts';
import { passGate } from './http-gate.ts';
import { isServed } from './listeners/index.ts';
import { receiverErrorHandlers } from './receiver-errors.ts';
import { oauthReceiverOptions, SLACK_INSTALL_PATH } from './oauth/receiver-options.ts';
import { authorizationFailure } from './oauth/installation-store.ts';

/** The path Slack posts events, commands and interactions to (Request URL in manifest.json). */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAdapterOptions {
  config: SlackConfig;
  app: App;
  logger: Logger;
  /** Overrides for tests and the benchmark. */
  deduper?: EventDeduper;
  feedback?: FeedbackSink;
  streamIntervalMs?: number;
  viewAckBudgetMs?: number;
  workingSignalDelayMs?: number;
}

export interface SlackAdapter {
  mode: 'http' | 'socket';
  /** HTTP mode: POST /slack/events (and in OAuth mode GET /slack/install, /slack/oauth_redirect), to mount on the shared server. Socket Mode: none. */
  routes: HttpRoute[];
  /** Checks the token (auth.test; not in OAuth mode, which has none), registers the listeners; in Socket Mode also opens the WebSocket. */
  start(): Promise<void>;
  /** Stops taking events and waits for the ones in progress to be answered. */
  stop(): Promise<void>;
}

/**
 * The Slack transport (Bolt). With SLACK_CLIENT_ID (OAuth distribution) Bolt's InstallProvider serves the install
 * pages and authorizes each request from its workspace's installation in the Store. HTTP mode when only SLACK_SIGNING_SECRET is set: every request passes the gate
 * (signature, timestamp, body shape) and then Bolt's HTTPReceiver, mounted on our one HTTP server. Socket Mode when SLACK_APP_TOKEN is set: no
 * inbound port at all. SLACK_API_URL points both the Web API client and apps.connections.open elsewhere.
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config, app, logger } = options;
  const mode = config.appToken ? 'socket' : 'http';
  const log = boltLogger(logger);
  const clientOptions: webApi.WebClientOptions = {
    logger: log,
    // A few quick retries; Bolt's default keeps retrying for about 30 minutes while the user waits.
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` } : {}),
  };
  if (mode === 'http' && !config.signingSecret) throw new AppError(ErrorCode.ConfigInvalid, 'SLACK_SIGNING_SECRET is required for Slack over HTTP');
  const oauth = config.auth.kind === 'oauth' ? config.auth : undefined;
  if (oauth && mode === 'socket') throw new AppError(ErrorCode.ConfigInvalid, 'Slack OAuth distribution runs over HTTP: unset SLACK_APP_TOKEN');
  if (oauth && !app.store) throw new AppError(ErrorCode.ConfigInvalid, 'Slack OAuth distribution keeps installations in the store: set DATABASE_URL');
  const slackLog = logger.child({ component: 'slack' });
  const errors = receiverErrorHandlers(slackLog);
  const receiver =
    mode === 'http'
      ? new HTTPReceiver({
          signingSecret: config.signingSecret ?? '', endpoints: SLACK_EVENTS_PATH, logger: log, processBeforeResponse: false,
          // The route's gate (http-gate.ts) has verified signature and timestamp with Bolt's own verifySlackRequest,
          // plus the future-timestamp rule Bolt lacks; checking the HMAC a second time only doubled the ack's cost.
          signatureVerification: false,
          processEventErrorHandler: errors.http, unhandledRequestHandler: errors.unhandled,
          ...(oauth && app.store ? oauthReceiverOptions(oauth, app.store, clientOptions, slackLog) : {}),
        })
      : undefined;
  // Built here rather than by Bolt only to pass the same error hook (a body Bolt cannot read is acked, not retried).
  const socket = mode === 'socket' ? new SocketModeReceiver({ appToken: config.appToken ?? '', logger: log, installerOptions: { clientOptions }, processEventErrorHandler: errors.socket }) : undefined;

  const inFlight = new Set<Promise<unknown>>();
  let bolt: BoltApp | undefined;
  let ready: Promise<BoltApp> | undefined;
  const init = () =>
    (ready ??= (async () => {
      // OAuth mode has no token of its own to check: each request's bot comes from its workspace's installation.
      const me = config.auth.kind === 'token' ? await whoAmI(config.auth.botToken, clientOptions) : { enterprise: false };
      const identity: SlackIdentity = { ...me };
      const deps: SlackDeps = {
        app, config, logger: logger.child({ component: 'slack' }), identity,
        deduper: options.deduper ?? pickDeduper(app),
        feedback: options.feedback ?? pickFeedback(app),
        streamIntervalMs: options.streamIntervalMs ?? 1000,
        viewAckBudgetMs: options.viewAckBudgetMs ?? 2200,
        // An answer within this time is the signal itself; slower ones get the eyes reaction well within a second.
        workingSignalDelayMs: options.workingSignalDelayMs ?? 400,
      };
      const common = {
        // Without a token Bolt authorizes each request through the receiver's InstallProvider (our Store).
        ...(config.auth.kind === 'token' ? { token: config.auth.botToken } : {}),
        logger: log, clientOptions, tokenVerificationEnabled: false, ignoreSelf: true,
        // Bolt's conversation store keeps per-conversation state in memory on every event; we keep state in our Store.
        convoStore: false as const,
        ...(me.botId ? { botId: me.botId } : {}), ...(me.botUserId ? { botUserId: me.botUserId } : {}),
      };
      const b = receiver ? new BoltApp({ ...common, receiver }) : new BoltApp({ ...common, socketMode: true, receiver: socket });
      b.use(trackInFlight(inFlight));
      b.use(ackOnFailure(deps.logger));
      // Over HTTP the gate has checked every body already; Socket Mode has no gate.
      if (mode === 'socket') b.use(checkEnvelope(deps.logger));
      // One token serves one workspace; in OAuth mode authorize() is the guard (no installation, no answer).
      if (!oauth && !me.enterprise) b.use(guardWorkspace(identity, deps.logger));
      b.use(dedupeSubmissions(deps.deduper, deps.logger));
      registerListeners(b, deps);
      b.error(async (err) => {
        const failure = authorizationFailure(err);
        // A workspace with no installation (never installed, or uninstalled): expected in OAuth mode, not a fault.
        if (failure === 'no-installation') deps.logger.warn('slack request from a workspace with no installation ignored');
        // Without the installation there is no token to reply with, so this cannot reach the user: it must reach the log.
        else if (failure === 'store-unavailable') deps.logger.error({ code: ErrorCode.StoreUnavailable }, 'slack request not answered: the store is unreachable, so its installation could not be read');
        else deps.logger.error({ err }, 'slack listener error');
      });
      logger.info({ mode, auth: config.auth.kind, team: identity.teamId }, 'slack ready');
      bolt = b;
      return b;
    })());

  const routes: HttpRoute[] = receiver
    ? [{
        method: 'POST',
        path: SLACK_EVENTS_PATH,
        handler: async (req, res) => {
          // An event that arrives between listen() and start() waits for the token check instead of failing.
          await init();
          const checked = await passGate(req, res, { signingSecret: config.signingSecret ?? '', logger, isServed });
          if (checked) receiver.requestListener(req, res);
        },
      },
      // A browser, not Slack, calls these (unsigned): Bolt's InstallProvider checks the state cookie and the code.
      ...(oauth ? [SLACK_INSTALL_PATH, SLACK_OAUTH_REDIRECT_PATH].map((path): HttpRoute => ({ method: 'GET', path, handler: (req, res) => receiver.requestListener(req, res) })) : [])]
    : [];

  return {
    mode,
    routes,
    async start() {
      const b = await init();
      if (mode === 'socket') await b.start();
    },
    async stop() {
      if (mode === 'socket' && bolt) await bolt.stop();
      await Promise.allSettled([...inFlight]);
    },
  };
}
