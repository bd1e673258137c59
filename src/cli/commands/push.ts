import { monthOfDate } from '../../domain/month';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { isMonth } from '../../domain/month';
import { latestCompleteMonth } from '../../insights/latest-month';
import { loadBrain } from '../../io/load-brain';
import { openStateStore } from '../../io/open-stores';
import { BotSender } from '../../push/bot-sender';
import { digestMessages } from '../../push/digest-messages';
import { pushMonth } from '../../push/push-month';
import { parseArgs } from '../args';
import type { Command } from '../command-types';

const USAGE = 'usage: perfbot push [--month YYYY-MM] [--per-second N] [--db FILE] [--state FILE]';

/**
 * `perfbot push`: sends a month's headlines to every subscribed conversation that has not had them
 * (by default the latest complete month). Safe to run again: deliveries are recorded.
 */
export const pushCommand: Command = {
  name: 'push',
  summary: 'send the month\'s headlines to the subscribed Teams conversations (once each)',
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseArgs(argv, { options: ['month', 'db', 'state', 'per-second'] });
    const usage = (message: string) => {
      io.stderr(`perfbot push: ${message}\n${USAGE}\n`);
      return 2;
    };
    if (parsed.kind === 'usage') return usage(parsed.message);
    const monthArg = parsed.args.options.get('month');
    if (monthArg !== undefined && !isMonth(monthArg)) return usage(`--month must be YYYY-MM, not "${monthArg}"`);
    const perSecond = Number(parsed.args.options.get('per-second') ?? String(io.config.PERFBOT_PUSH_PER_SECOND));
    if (!Number.isFinite(perSecond) || perSecond <= 0 || perSecond > 50) return usage('--per-second must be a number above 0 and at most 50 (the Teams limit)');
    const db = parsed.args.options.get('db');
    const brain = await loadBrain({ env: io.config, ...(db ? { db } : {}), log: io.stderr });
    const month = monthArg ?? latestCompleteMonth(brain.index, brain.catalogue, monthOfDate(io.today));
    if (!month) {
      io.stderr('perfbot push: the store holds no complete month\n');
      return 1;
    }
    const { config } = io;
    const auth = new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.MicrosoftAppId ?? '',
      MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
      MicrosoftAppType: config.MicrosoftAppType,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    });
    const sender = new BotSender(new CloudAdapter(auth), config.MicrosoftAppId ?? '');
    const state = await openStateStore(config, parsed.args.options.get('state'));
    try {
      const report = await pushMonth(state, digestMessages(brain, month), sender, { month, perSecond });
      io.stdout(`pushed ${month}: ${report.sent} sent, ${report.alreadySent} already sent, ${report.failed} failed, ${report.gone} gone (bot removed), ${report.inDoubt} cut off mid-send earlier (not sent again) of ${report.subscriptions} subscriptions; ${report.attempts} attempts in ${report.elapsedMs} ms\n`);
      return report.failed > 0 ? 1 : 0;
    } finally {
      await state.close();
    }
  },
};
