import { describe, expect, it } from 'vitest';
import { collapseWhitespace, repairMojibake } from '@/lib/ingest/text';

describe('repairMojibake', () => {
  it('repairs UTF-8 that arXiv served decoded as Latin-1', () => {
    expect(repairMojibake('VÃ¢nia de Oliveira Neves')).toBe('Vânia de Oliveira Neves');
    expect(repairMojibake('Mika V. MÃ¤ntylÃ¤')).toBe('Mika V. Mäntylä');
    expect(repairMojibake('JosÃ© RaÃºl')).toBe('José Raúl');
    expect(collapseWhitespace('  Dirk  WÃ¼bben ')).toBe('Dirk Wübben');
    expect(repairMojibake('costs Â£5')).toBe('costs £5');
  });

  it('leaves correct text alone, including real accents and other scripts', () => {
    for (const text of ['Vânia de Oliveira Neves', 'Ã la carte (a literal capital A-tilde)', 'Schrödinger – 薛定谔', 'plain ASCII']) {
      expect(repairMojibake(text)).toBe(text);
    }
    expect(repairMojibake('Ã\u00ff')).toBe('Ã\u00ff');
  });
});
