// New-name candidates: capitalised runs, connectors, hyphens, acronyms, the sentence-initial rule,
// type guesses from cue words in both languages, and known names as mentions, not candidates.
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../server/draft/draft';
import { KnownIndex } from '../../server/draft/known-index';
import type { DraftLanguage } from '../../server/draft/types';

const draft = (text: string, language: DraftLanguage = 'id', known = KnownIndex.EMPTY) => draftArticle(text, { language }, known);
const names = (text: string, language: DraftLanguage = 'id') => draft(text, language).candidates.map((c) => c.name);
const typed = (text: string, language: DraftLanguage = 'id') =>
  Object.fromEntries(draft(text, language).candidates.map((c) => [c.name, [c.type, c.confidence, c.cue?.text ?? null]]));

describe('candidates', () => {
  it('joins capitalised runs with connectors, keeps hyphenated names and acronyms', () => {
    expect(names('Kemarin Osama bin Laden, Ludwig van Beethoven dan Leif-Eric Easley bertemu di markas NATO dan PBB.')).toEqual([
      'Osama bin Laden',
      'Ludwig van Beethoven',
      'Leif-Eric Easley',
      'NATO',
      'PBB',
    ]);
    expect(names('They met Ilse van der Berg of the Bank of America.', 'en')).toEqual(['Ilse van der Berg', 'Bank of America']);
  });

  it('drops a sentence-initial word unless it is capitalised elsewhere too', () => {
    expect(names('Satelit itu gagal. Kemarin Budi datang.')).toEqual(['Budi']);
    expect(names('Rusia menolak. Ia menyebut Rusia kuat.')).toEqual(['Rusia']);
    // Rezim heads an organisation's name, so it stays even as the first word.
    expect(names('Rezim Kim Jong Un gagal.')).toEqual(['Rezim Kim Jong Un']);
  });

  it('skips days, months, pronouns and web addresses', () => {
    expect(names('Pada Selasa, 18 Juni 2024, Dia membaca Konteks.co.id dan KONTEKS.CO.ID bersama Budi.')).toEqual(['Budi']);
  });

  it('splits a hyphen compound of two names (Rusia-Korea Utara) but not a hyphenated name', () => {
    expect(names('Hubungan Rusia dan Korea Utara: solidaritas Rusia-Korea Utara kuat, kata Sang-Jung Byun.')).toEqual([
      'Rusia',
      'Korea Utara',
      'Sang-Jung Byun',
    ]);
  });

  it('guesses Person from titles before, after (appositive) and from speech', () => {
    expect(typed('Kemarin Presiden Joko Widodo datang.')['Joko Widodo']).toEqual(['Person', 0.9, 'Presiden']);
    expect(typed('Kemarin Presiden Rusia, Vladimir Putin tiba.')['Vladimir Putin']).toEqual(['Person', 0.85, 'Presiden']);
    expect(typed('Kemarin Leif-Eric Easley, profesor studi internasional, datang.')['Leif-Eric Easley']).toEqual([
      'Person',
      0.8,
      'profesor',
    ]);
    expect(typed('Kemarin Sang-Jung Byun, Direktur Studi Korea di Seoul, datang.')['Sang-Jung Byun']).toEqual(['Person', 0.8, 'Direktur']);
    expect(typed('Kemarin juru bicara Maria Zakharova membantah.')['Maria Zakharova']).toEqual(['Person', 0.9, 'juru bicara']);
    expect(typed('Yesterday Prof. Ilse Berg spoke.', 'en')['Ilse Berg']).toEqual(['Person', 0.9, 'Prof']);
    expect(typed('“Ini penting,” kata Budiman.')['Budiman']).toEqual(['Person', 0.7, 'kata']);
    expect(typed('Yesterday Russian President Vladimir Putin arrived.', 'en')).toEqual({ 'Vladimir Putin': ['Person', 0.9, 'President'] });
  });

  it('guesses Organization, Place, Document and Event from cue words in both languages', () => {
    expect(typed('Ia mengajar di Universitas Ewha Womans dan Institut Strategi Keamanan Nasional.')).toMatchObject({
      'Universitas Ewha Womans': ['Organization', 0.9, 'Universitas'],
      'Institut Strategi Keamanan Nasional': ['Organization', 0.9, 'Institut'],
    });
    expect(typed('Ia dari Kementerian Luar Negeri dan Partai Golkar.')).toMatchObject({
      'Kementerian Luar Negeri': ['Organization', 0.9, 'Kementerian'],
      'Partai Golkar': ['Organization', 0.9, 'Partai'],
    });
    expect(typed('She studied at Ewha Womans University.', 'en')['Ewha Womans University']).toEqual(['Organization', 0.9, 'University']);
    expect(typed('Ia tinggal di Seoul, lalu pindah ke kota Bandung dan provinsi Aceh.')).toMatchObject({
      Seoul: ['Place', 0.6, 'di'],
      Bandung: ['Place', 0.85, 'kota'],
      Aceh: ['Place', 0.85, 'provinsi'],
    });
    expect(typed('Mereka meneken Perjanjian Paris dan the Treaty of Rome.')).toMatchObject({
      'Perjanjian Paris': ['Document', 0.9, 'Perjanjian'],
      'Treaty of Rome': ['Document', 0.9, 'Treaty'],
    });
    expect(typed('Ia hadir di KTT G20 dan Konferensi Asia Afrika.')).toMatchObject({
      'KTT G20': ['Event', 0.9, 'KTT'],
      'Konferensi Asia Afrika': ['Event', 0.9, 'Konferensi'],
    });
    expect(typed('Kemarin Budi datang.').Budi).toEqual(['Unknown', 0, null]);
  });

  it("merges a Person's surname into the full name, as an alias", () => {
    const d = draft('Kemarin Presiden Joko Widodo datang. Widodo lalu pergi ke Jakarta.');
    expect(d.candidates.find((c) => c.name === 'Joko Widodo')).toMatchObject({ aliases: ['Widodo'] });
    expect(d.candidates.find((c) => c.name === 'Joko Widodo')?.mentions).toHaveLength(2);
  });

  it('makes a name that folds to a known alias a mention of that entity, not a candidate', () => {
    const known = new KnownIndex([{ id: 'north-korea', type: 'Country', name: 'North Korea', aliases: ['Korea Utara', 'DPRK'] }]);
    const d = draft('Kemarin KOREA UTARA dan Korea-Utara dan dprk bertemu Budi.', 'id', known);
    expect(d.candidates.map((c) => c.name)).toEqual(['Budi']);
    expect(d.mentions.filter((m) => m.entityId === 'north-korea')).toHaveLength(3);
  });

  it('gives every candidate a free kebab-case id, never a known one', () => {
    const known = new KnownIndex([{ id: 'budi', type: 'Person', name: 'Budi Santoso', aliases: [] }]);
    const d = draft('Kemarin Budi dan Budí datang.', 'id', known);
    expect(d.candidates).toHaveLength(1);
    expect(d.candidates[0]?.id).toBe('budi-2');
  });
});
