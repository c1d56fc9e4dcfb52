import cliProgress from 'cli-progress';

export interface ProgressReporter {
  update(done: number, extra?: string): void;
  setTotal(total: number): void;
  stop(): void;
}

/**
 * Progress for long commands: a bar with count, rate and ETA on a terminal; on a pipe or in
 * CI, a plain line every few seconds (a bar's carriage returns make unreadable logs).
 */
export function createProgressReporter(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const started = Date.now();
  const rate = (done: number) => done / Math.max((Date.now() - started) / 1000, 0.001);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} · {speed}/s · ETA {eta_formatted} {extra}`,
        stream,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { speed: '0', extra: '' });
    return {
      update: (done, extra = '') => bar.update(done, { speed: rate(done).toFixed(1), extra }),
      setTotal: (value) => bar.setTotal(value),
      stop: () => bar.stop(),
    };
  }
  let lastLine = 0;
  let currentTotal = total;
  const line = (done: number, extra: string) => {
    const perSecond = rate(done);
    const eta = perSecond > 0 && currentTotal > done ? `${Math.ceil((currentTotal - done) / perSecond)}s` : '-';
    stream.write(`${label}: ${done}/${currentTotal} · ${perSecond.toFixed(1)}/s · ETA ${eta}${extra ? ` · ${extra}` : ''}\n`);
  };
  let last = { done: 0, extra: '' };
  return {
    update(done, extra = '') {
      last = { done, extra };
      if (Date.now() - lastLine >= 2_000) {
        lastLine = Date.now();
        line(done, extra);
      }
    },
    setTotal: (value) => {
      currentTotal = value;
    },
    stop: () => line(last.done, last.extra),
  };
}
