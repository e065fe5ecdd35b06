/**
 * The `--leave-out A,B` option shared by the evaluation CLIs (safety:eval, understanding:eval): example files
 * (relative to their examples folder, or base names) that the start-up models are trained without, so a set can
 * be scored by a model that never saw it.
 */

/** The files named by `--leave-out` (comma-separated), none when the option is absent. */
export function leaveOutOption(argv: readonly string[]): string[] {
  const at = argv.indexOf('--leave-out');
  if (at < 0) return [];
  return (argv[at + 1] ?? '').split(',').filter((name) => name.length > 0);
}

/** The arguments that are not options nor the values of the given value-taking options. */
export function positionalArgs(argv: readonly string[], valueOptions: readonly string[]): string[] {
  return argv.filter((a, i) => !a.startsWith('--') && !valueOptions.includes(argv[i - 1] ?? ''));
}
