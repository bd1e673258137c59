import { readConfig } from '../../src/config';
import { schedulePush, validCron } from '../../src/push/scheduler';

describe('the monthly push schedule', () => {
  test('by default it runs at 07:00 on the 5th, London time', () => {
    const config = readConfig({});
    const schedule = schedulePush(config.PERFBOT_PUSH_CRON, config.PERFBOT_PUSH_TIMEZONE, async () => undefined, () => undefined);
    try {
      const next = schedule.next();
      expect(next).toBeInstanceOf(Date);
      const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).format(next ?? undefined);
      expect(london).toBe('5, 07:00');
    } finally {
      schedule.stop();
    }
  });

  test('a bad expression fails at start, naming the variable', () => {
    expect(validCron('61 * * * *', 'Europe/London')).toBeDefined();
    expect(() => readConfig({ PERFBOT_PUSH_CRON: 'every tuesday' })).toThrow(/PERFBOT_PUSH_CRON is not a valid cron expression/);
    expect(readConfig({ PERFBOT_PUSH_CRON: 'off' }).PERFBOT_PUSH_CRON).toBe('off');
  });
});
