/** Every message the command line prints (commands' own output and errors), in one place. */
export const CLI = Object.freeze({
  helpTitle: 'perfbot: police performance figures from the command line.',
  helpUsage: 'usage: perfbot COMMAND [options]',
  helpCommands: 'commands:',
  helpDb: 'Every command takes --db FILE; otherwise DATABASE_URL (PostgreSQL), otherwise PERFBOT_DB, otherwise data/perfbot.db.',
  helpMore: 'Run "perfbot COMMAND --help" for a command\'s options.',
  unknownCommand: (words: string) => `unknown command "${words}"; run "perfbot help"`,
  noCommand: 'no command given; run "perfbot help"',
  usageError: (command: string, message: string, usage: string) => `perfbot ${command}: ${message}\n${usage}`,
  unexpected: (message: string) => `perfbot: ${message}`,

  argUnknownOption: (option: string) => `unknown option ${option}`,
  argNeedsValue: (option: string) => `${option} needs a value`,
  argTwice: (option: string) => `${option} given twice`,
  argNoValue: (option: string) => `${option} takes no value`,
  argUnexpected: (word: string) => `unexpected argument "${word}"`,

  importUsage: 'usage: perfbot import [--db FILE] FILE.csv...',
  importSummary: 'check tidy CSV files and add their figures to the store (all or nothing)',
  importNoFiles: 'no files given',
  importedFile: (file: string, rows: number, changed: number) => `${file}: ${rows} rows imported (${changed} new or changed)`,
  populationUsage: 'usage: perfbot import population [--db FILE] FILE.csv   (columns: area,year,population,source)',
  populationSummary: 'check a population file (residents by area and year) and load it for rates per head (all or nothing)',
  populationOneFile: 'give exactly one population file',
  populationImported: (file: string, rows: number) => `${file}: ${rows} population ${rows === 1 ? 'row' : 'rows'} imported`,
  populationRefused: (problems: number) => `perfbot import population: nothing imported: ${problems} ${problems === 1 ? 'problem' : 'problems'}`,
  importRefused: (problems: number) => `perfbot import: nothing imported: ${problems} ${problems === 1 ? 'problem' : 'problems'}`,

  buildUsage: 'usage: perfbot db build [--db FILE] [--from DIR]',
  buildSummary: 'recreate the store from the sample data (data/sample/*.csv, or --from DIR)',
  built: (file: string, rows: number, files: number, ms: number) => `built ${file}: ${rows} rows from ${files} ${files === 1 ? 'file' : 'files'} in ${ms} ms`,
  buildNoFiles: (dir: string) => `perfbot db build: no .csv files in ${dir}`,
  buildRefused: (problems: number) => `perfbot db build: store not built: ${problems} ${problems === 1 ? 'problem' : 'problems'}`,

  helpUsageLine: 'usage: perfbot help',
  helpSummary: 'list the commands',
});
