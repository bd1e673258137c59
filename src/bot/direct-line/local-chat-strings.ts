/** Every word the local chat page and its log lines show. */
export const LOCAL_CHAT_STRINGS = Object.freeze({
  pageTitle: 'perfbot: local chat',
  heading: 'perfbot',
  banner: 'Local chat for trying perfbot on this machine: no sign-in, not Teams. Ask about a figure, or type "help".',
  noScript: 'This page needs JavaScript to show the chat.',
  botName: 'perfbot',
  userName: 'You',
  inputHint: 'Ask about a figure, e.g. burglary South last month',
  on: (url: string) => `local chat: open ${url} in a browser to talk to the bot (Web Chat over a local Direct Line; no sign-in, for this machine only)`,
  today: (day: string) => `local mode: the figures end before last month and PERFBOT_TODAY is not set: answering as if today were ${day} (set PERFBOT_TODAY to choose the day)`,
  off: 'local chat: off (MicrosoftAppId is set): GET / and /v3/directline/* are not served',
  noConversation: 'no such conversation',
  badToken: 'the token does not open this conversation',
  notLoopback: 'the local Bot Connector only takes replies from this machine',
  badActivity: 'the body must be an activity with a type',
  turnFailed: 'the bot could not take the activity',
});
