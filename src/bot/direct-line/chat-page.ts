import * as path from 'node:path';
import { NARROW_CARD_WIDTH, TEAMS_FONT_STACK, teamsHostConfig } from '../../tools/card-render/teams-host-config';
import { LOCAL_CHAT_STRINGS as S } from './local-chat-strings';

/** Where the installed botframework-webchat keeps its prebuilt browser bundle (no CDN). */
export function webChatBundlePath(): string {
  // The package exports only its entry point (lib/index.js); the bundle sits in dist/ beside lib/.
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

export const BUNDLE_PATH = '/webchat/webchat.js';
export const SCRIPT_PATH = '/webchat/chat.js';

/** Only this server: scripts, styles (Web Chat's are inline), images from data and blob addresses, calls to itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page: a bar naming what it is, and Web Chat filling the rest; works from 320 px wide. */
export function chatPageHtml(): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(S.pageTitle)}</title>
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font-family: ${TEAMS_FONT_STACK}; background: #F5F5F5; color: #242424; }
  header { flex: none; padding: 8px 16px; background: #464775; color: #FFFFFF; }
  header h1 { margin: 0; font-size: 16px; font-weight: 600; }
  header p { margin: 2px 0 0; font-size: 12px; }
  #webchat { flex: 1; min-height: 0; }
</style>
</head>
<body>
<header><h1>${escapeHtml(S.heading)}</h1><p>${escapeHtml(S.banner)}</p></header>
<main id="webchat" role="main"><noscript>${escapeHtml(S.noScript)}</noscript></main>
<script src="${BUNDLE_PATH}"></script>
<script src="${SCRIPT_PATH}"></script>
</body>
</html>
`;
}

/** Web Chat's look: Teams' colours and font, the cards with the Teams-like host config. */
const STYLE_OPTIONS = {
  accent: '#6264A7',
  primaryFont: TEAMS_FONT_STACK,
  backgroundColor: '#F5F5F5',
  bubbleBackground: '#FFFFFF',
  bubbleBorderColor: '#E0E0E0',
  bubbleBorderRadius: 6,
  bubbleMinWidth: 0,
  bubbleMaxWidth: 760,
  bubbleFromUserBackground: '#E8EBFA',
  bubbleFromUserBorderColor: '#E8EBFA',
  bubbleFromUserBorderRadius: 6,
  hideUploadButton: true,
  hideSendBox: false,
  suggestedActionLayout: 'flow',
  adaptiveCardsParserMaxVersion: '1.5',
  richCardWrapTitle: true,
};

/**
 * The page's own script: a token from this server, then Web Chat over Direct Line polling this
 * server. Cards get Teams' phone layout (buttons stacked) on a narrow window, its desktop one
 * otherwise, and switch when the window crosses the line; the conversation is kept (one store).
 * `window.perfbotChatLayout` says which layout is drawn.
 */
export function chatScript(): string {
  return `'use strict';
(function () {
  var root = document.getElementById('webchat');
  var hostConfigs = { narrow: ${JSON.stringify(teamsHostConfig(0))}, wide: ${JSON.stringify(teamsHostConfig(NARROW_CARD_WIDTH))} };
  var layoutOf = function () { return window.innerWidth < ${NARROW_CARD_WIDTH + 40} ? 'narrow' : 'wide'; };
  fetch('/v3/directline/tokens/generate', { method: 'POST' })
    .then(function (res) { if (!res.ok) throw new Error('token: HTTP ' + res.status); return res.json(); })
    .then(function (body) {
      var directLine = window.WebChat.createDirectLine({
        token: body.token,
        domain: window.location.origin + '/v3/directline',
        webSocket: false,
        pollingInterval: 250
      });
      var store = window.WebChat.createStore();
      var render = function () {
        var layout = layoutOf();
        window.WebChat.renderWebChat({
          directLine: directLine,
          store: store,
          userID: body.userId,
          username: ${JSON.stringify(S.userName)},
          locale: 'en-GB',
          styleOptions: ${JSON.stringify(STYLE_OPTIONS)},
          overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: ${JSON.stringify(S.inputHint)} },
          adaptiveCardsHostConfig: hostConfigs[layout]
        }, root);
        window.perfbotChatLayout = layout;
      };
      render();
      window.addEventListener('resize', function () { if (layoutOf() !== window.perfbotChatLayout) render(); });
      var input = root.querySelector('input, textarea');
      if (input) input.focus();
    })
    .catch(function (err) {
      root.textContent = String(err && err.message || err);
    });
})();
`;
}
