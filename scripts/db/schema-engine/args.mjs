// Parses the native engine's command line, as node_modules/prisma/build/cli.js builds it:
//   --version
//   --datasource '<json>' cli can-connect-to-database|create-database|drop-database
//   [--datamodels <file>]... [--datasource '<json>'] [--enabled-preview-features a,b]
//   [--extension-types '<json>']                      (then JSON-RPC on stdin/stdout)
// `--datasource` is prisma.config.ts' `datasource` object: { url, shadowDatabaseUrl? }.

export function parseArgs(argv) {
  const args = { version: false, datamodels: [], datasource: undefined, cliCommand: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`Missing value after ${arg}`);
      return next;
    };
    switch (arg) {
      case '--version':
      case '-V':
        args.version = true;
        break;
      case '--datamodels':
        args.datamodels.push(value());
        break;
      case '--datasource':
        args.datasource = JSON.parse(value());
        break;
      case '--enabled-preview-features':
      case '--extension-types':
        value(); // Accepted for compatibility; the wasm engine has no use for them here.
        break;
      case 'cli':
        args.cliCommand = value();
        break;
      default:
        throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return args;
}
