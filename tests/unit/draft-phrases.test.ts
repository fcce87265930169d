// Descriptive phrases: lower-case names headed by a cue noun are proposed as low-confidence
// candidates, their extent chosen by rules (docs/drafting.md, "Descriptive phrases").
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../server/draft/draft';
import { KnownIndex } from '../../server/draft/known-index';
import type { DraftLanguage } from '../../server/draft/types';

/** The phrase candidates of a text (confidence 0.3: the phrase rule), as name, aliases, type, cue. */
function phrases(text: string, language: DraftLanguage, known = KnownIndex.EMPTY) {
  return draftArticle(text, { language }, known)
    .candidates.filter((c) => c.confidence === 0.3)
    .map((c) => ({ name: c.name, aliases: c.aliases, type: c.type, cue: c.cue?.text }));
}
const names = (text: string, language: DraftLanguage) => phrases(text, language).map((p) => p.name);

describe('descriptive phrases, Indonesian (head first, modifiers after it)', () => {
  it('ends the phrase at a stop word, and types it by its head', () => {
    expect(phrases('Mereka menentang pembatasan sepihak yang dianggap tidak sah.', 'id')).toEqual([
      { name: 'pembatasan sepihak', aliases: [], type: 'Sanction', cue: 'pembatasan' },
    ]);
    expect(names('Ia menulis tentang mekanisme perdagangan alternatif dan penyelesaian bersama.', 'id')).toEqual([
      'mekanisme perdagangan alternatif',
    ]);
    expect(names('Para analis menilai kemitraan strategis semakin erat.', 'id')).toEqual(['kemitraan strategis']);
  });

  it('ends the phrase at punctuation, and at a two-word head', () => {
    expect(names('Rusia akan membangun jalur kereta api penghubung. Itu mahal.', 'id')).toEqual(['jalur kereta api penghubung']);
    expect(phrases('Ia menulis di surat kabar pemerintah, lalu pergi.', 'id')).toEqual([
      { name: 'surat kabar pemerintah', aliases: [], type: 'Organization', cue: 'surat kabar' },
    ]);
  });

  it('takes one trailing name, and keeps the phrase without it as an alias when that is more than the head', () => {
    expect(phrases('Mereka mendukung operasi militer khusus Rusia di Ukraina.', 'id')).toEqual([
      { name: 'operasi militer khusus Rusia', aliases: ['operasi militer khusus'], type: 'Event', cue: 'operasi' },
    ]);
    expect(phrases('Transfer itu melanggar sanksi PBB tahun lalu.', 'id')).toEqual([
      { name: 'sanksi PBB', aliases: [], type: 'Sanction', cue: 'sanksi' },
    ]);
    expect(phrases('Mereka memperluas kerja sama Rusia tahun ini.', 'id')).toEqual([
      { name: 'kerja sama Rusia', aliases: [], type: 'Initiative', cue: 'kerja sama' },
    ]);
  });

  it('takes no day, month or pronoun as the trailing name', () => {
    expect(names('Mereka membahas sanksi ekonomi Senin lalu. Ada pertemuan Juni nanti.', 'id')).toEqual(['sanksi ekonomi']);
  });

  it('ends the phrase at an affixed verb, and carries it over "di bidang"', () => {
    expect(names('Selain itu, kerja sama di bidang teknologi luar angkasa diperkirakan akan dibahas.', 'id')).toEqual([
      'kerja sama di bidang teknologi luar angkasa',
    ]);
    expect(names('Ada transfer teknologi militer sensitif melanggar aturan.', 'id')).toEqual(['transfer teknologi militer sensitif']);
  });

  it('proposes nothing for a head alone, a count, or a reference back (ini, itu, -nya)', () => {
    const text =
      'Kerja sama yang erat. Dalam kunjungan dua hari, Putin tiba. Kunjungan ini penting. ' +
      'Program luar angkasanya ambisius. Perjanjian itu berlaku.';
    expect(names(text, 'id')).toEqual([]);
  });

  it('reads a capitalised head as a phrase only as the first word of a sentence', () => {
    expect(names('Sanksi ekonomi berat diperpanjang.', 'id')).toEqual(['Sanksi ekonomi berat']);
    // Mid-sentence, a capitalised head opens a name: that is the capitalisation rule's.
    expect(names('Mereka membahas Perjanjian Persahabatan kemarin.', 'id')).toEqual([]);
  });

  it('merges the phrase found again without its name into one candidate', () => {
    const draft = draftArticle(
      'Mereka mendukung operasi militer khusus Rusia di Ukraina. Operasi militer khusus berlanjut.',
      { language: 'id' },
      KnownIndex.EMPTY,
    );
    const phrase = draft.candidates.filter((c) => c.confidence === 0.3);
    expect(phrase.map((c) => [c.name, c.aliases, c.mentions.length])).toEqual([
      ['operasi militer khusus Rusia', ['operasi militer khusus'], 2],
    ]);
  });
});

describe('descriptive phrases, English (modifiers before the head)', () => {
  it('takes the modifiers back to a stop word, and compound heads forward', () => {
    expect(phrases('The two leaders signed a comprehensive strategic partnership treaty on Wednesday.', 'en')).toEqual([
      { name: 'comprehensive strategic partnership treaty', aliases: [], type: 'Document', cue: 'partnership treaty' },
    ]);
    expect(names('Officials discussed the North Korean space program in Seoul.', 'en')).toEqual(['North Korean space program']);
  });

  it('keeps a leading name, with the rest as an alias when that is more than the head', () => {
    expect(phrases('They have little to lose from Western financial sanctions.', 'en')).toEqual([
      { name: 'Western financial sanctions', aliases: ['financial sanctions'], type: 'Sanction', cue: 'sanctions' },
    ]);
  });

  it('reads word shapes (-ed, -est, -ly) on lower-case words only: a capitalised word is a name', () => {
    expect(phrases('They debated the United Nations sanctions at length.', 'en')).toEqual([
      { name: 'United Nations sanctions', aliases: [], type: 'Sanction', cue: 'sanctions' },
    ]);
  });

  it('proposes nothing after a generic adjective, a superlative, a number, a past tense or a possessive', () => {
    const text =
      'The new treaty is short. It is the strongest treaty yet. The 1961 treaty was similar. ' +
      'They expand their cooperation. Moscow imposed sanctions. This visit matters.';
    expect(names(text, 'en')).toEqual([]);
  });

  it('reads a word of both lists (program, transfer) by the article language', () => {
    expect(names('Mereka membahas program luar angkasa Korea Utara kemarin.', 'id')).toEqual(['program luar angkasa Korea Utara']);
    expect(names('They discussed the ambitious space program yesterday.', 'en')).toEqual(['ambitious space program']);
  });
});

describe('descriptive phrases and the known names', () => {
  const known = new KnownIndex([
    { id: 'smo', type: 'Event', name: 'Russian invasion of Ukraine', aliases: ['operasi militer khusus'] },
    { id: 'russia', type: 'Country', name: 'Russia', aliases: ['Rusia'] },
  ]);

  it('proposes no phrase that overlaps a known name, except the name it ends with', () => {
    const draft = draftArticle('Mereka mendukung operasi militer khusus Rusia di Ukraina.', { language: 'id' }, known);
    expect(draft.candidates.map((c) => c.name)).toEqual(['Ukraina']);
    expect(draft.mentions.map((m) => m.entityId ?? m.candidate)).toEqual(['smo', 'russia', 'ukraina']);
    const other = draftArticle('Mereka menentang pembatasan sepihak Rusia.', { language: 'id' }, known);
    expect(other.candidates.map((c) => [c.name, c.aliases])).toEqual([['pembatasan sepihak Rusia', ['pembatasan sepihak']]]);
  });
});
