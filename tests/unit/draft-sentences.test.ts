// Sentence segmentation edge cases: abbreviations, quotations, dates, and exact offsets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../server/draft/sentences';

const split = (text: string, language = 'id') => segmentSentences(text, language).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('does not split after Prof., Dr., Jl., No. or an initial', () => {
    expect(split('Prof. Budi tiba di Jl. Sudirman No. 5 kemarin. Dr. Ani datang.')).toEqual([
      'Prof. Budi tiba di Jl. Sudirman No. 5 kemarin.',
      'Dr. Ani datang.',
    ]);
    expect(split('Mr. Smith met John F. Kennedy. He left.', 'en')).toEqual(['Mr. Smith met John F. Kennedy.', 'He left.']);
    // Chains of titles, lower-case abbreviations, and an address with a comma after the number.
    expect(split('Prof. Dr. Ir. Budi dan dr. Ani tiba di Jl. Merdeka No. 17, Jakarta. Lalu pulang.')).toEqual([
      'Prof. Dr. Ir. Budi dan dr. Ani tiba di Jl. Merdeka No. 17, Jakarta.',
      'Lalu pulang.',
    ]);
  });

  it('does not split inside a quotation, typographic or straight', () => {
    const text = '“Kami datang. Kami menang,” kata Putin. Lalu ia pergi.';
    expect(split(text)).toEqual(['“Kami datang. Kami menang,” kata Putin.', 'Lalu ia pergi.']);
    expect(split('He said "Go. Now." and left. Then rain.', 'en')).toEqual(['He said "Go. Now." and left.', 'Then rain.']);
    // A closed quotation that ends its sentence still ends it.
    expect(split('“Kami siap.” Putin lalu pergi.')).toEqual(['“Kami siap.”', 'Putin lalu pergi.']);
  });

  it('does not split a date', () => {
    expect(split('Ia tiba pada 19/6/2024 pukul 20.00. Lalu pulang.')).toEqual(['Ia tiba pada 19/6/2024 pukul 20.00.', 'Lalu pulang.']);
    expect(split('She left on 19.6.2024 at noon. Fine.', 'en')).toEqual(['She left on 19.6.2024 at noon.', 'Fine.']);
    expect(split('Pada 19/6/2024 Putin tiba. Ia pergi.')).toEqual(['Pada 19/6/2024 Putin tiba.', 'Ia pergi.']);
  });

  it('never joins paragraphs, even with an unclosed quotation', () => {
    expect(split('“Ini belum ditutup. Masih.\nParagraf baru. Lagi.')).toEqual(['“Ini belum ditutup. Masih.', 'Paragraf baru.', 'Lagi.']);
  });

  it('keeps offsets: text.slice(start, end) is the sentence, trimmed, in order', () => {
    const text = '  Prof. A datang.\n\n“Ya. Tidak,” ujar B.\n***\nC pergi pada 1/2/2024. ';
    const sentences = segmentSentences(text, 'id');
    let last = 0;
    for (const s of sentences) {
      const sentence = text.slice(s.start, s.end);
      expect(sentence).toBe(sentence.trim());
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
    }
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Prof. A datang.', '“Ya. Tidak,” ujar B.', 'C pergi pada 1/2/2024.']);
  });
});

describe('segmentSentences on long texts', () => {
  const article = readFileSync(new URL('../../../shared/seed-article.txt', import.meta.url), 'utf8');
  it('gives the same sentences in windows as in one pass, with and without line ends', () => {
    const withLines = Array.from({ length: 4 }, () => article).join('\n');
    const oneLine = withLines.replace(/\s*\n\s*/g, ' ');
    for (const text of [withLines, oneLine]) {
      const whole = segmentSentences(text, 'id', Number.POSITIVE_INFINITY);
      expect(whole.length).toBeGreaterThan(50);
      expect(segmentSentences(text, 'id', 2_000)).toEqual(whole);
      expect(segmentSentences(text, 'id')).toEqual(whole);
    }
  });
});
