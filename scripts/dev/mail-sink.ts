/**
 * A local development inbox: `npm run mail:sink -- [--port 2525] [--dir .tmp/mail]`, then run
 * the app with SMTP_URL=smtp://127.0.0.1:2525. Every message lands in the folder as .eml.
 */
import { parseArgs } from 'node:util';
import { SmtpSink } from './smtp-sink';

const { values } = parseArgs({ options: { port: { type: 'string', default: '2525' }, dir: { type: 'string', default: '.tmp/mail' } } });
const sink = await new SmtpSink({ saveDir: values.dir }).listen(Number(values.port));
console.log(`SMTP sink on ${sink.url}, saving messages to ${values.dir}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sink.close().then(() => process.exit(0));
  });
}
