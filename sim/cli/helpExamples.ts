/**
 * The "Examples:" block of a command's --help. Each line is a whole command that runs
 * from the project folder as shown (test/cli/documentedCommands.test.ts runs every one).
 */
export function helpExamples(commands: readonly string[]): string {
  return `\nExamples:\n${commands.map((c) => `  ${c}`).join('\n')}\n`;
}
