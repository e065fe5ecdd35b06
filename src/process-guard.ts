import type { Logger } from './log';

/**
 * The last line of defence: an exception or rejection that escaped every route, turn and timer is logged
 * (name and message, never request data) and the process keeps serving. Routes and turns have their own
 * handlers; this catches the bug nobody foresaw, so one request cannot end the service for everyone.
 * Returns a function that removes the guard (for tests).
 */
export function installProcessGuard(logger: Logger): () => void {
  const onException = (error: Error) => {
    logger.error(
      { err: { name: error?.name, message: error?.message, stack: error?.stack } },
      'uncaught exception; still serving',
    );
  };
  const onRejection = (reason: unknown) => {
    const error = reason instanceof Error ? reason : new Error(String(reason));
    logger.error(
      { err: { name: error.name, message: error.message, stack: error.stack } },
      'unhandled promise rejection; still serving',
    );
  };
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
