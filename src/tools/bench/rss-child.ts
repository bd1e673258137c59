import { loadBrain } from '../../io/load-brain';
import { measureRss } from './rss-section';

/** The memory run's process: the sample brain (store file given), 50,000 questions, figures sent back. */
void loadBrain({ db: process.argv[2] ?? '', env: {}, log: () => undefined })
  .then(measureRss)
  .then((figures) => process.send?.(figures, () => process.exit(0)));
