// Ends a command-line tool without cutting its output: process.exit() drops whatever a pipe has not yet taken (64 KiB).
// `exit(code)` stops the tool by throwing; the exit code is set and Node exits once stdout and stderr have drained.

class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'CliExit';
  }
}

/** Stops the tool here with `code`; everything already printed still reaches its reader. */
export function exit(code: number): never {
  if (!installed) {
    installed = true;
    process.on('uncaughtException', onError);
    process.on('unhandledRejection', onError);
  }
  throw new CliExit(code);
}

let installed = false;

const onError = (err: unknown) => {
  if (err instanceof CliExit) {
    process.exitCode = err.code;
    return;
  }
  console.error(err);
  process.exitCode = 1;
};
