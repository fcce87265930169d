// Word lists of the descriptive-phrase rule (phrases.ts): lower-case names such as "operasi
// militer khusus" or "comprehensive strategic partnership treaty". docs/drafting.md lists them.
import type { CueType } from './lexicon';

/** A word list written as one string, words separated by spaces and line breaks. */
const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter(Boolean));

/**
 * Cue nouns that head a descriptive name, with the type they suggest. Indonesian heads come first
 * and take their modifiers after them; English heads come last and take them before.
 */
export const PHRASE_HEADS_ID: Readonly<Record<string, CueType>> = {
  operasi: 'Event',
  invasi: 'Event',
  serangan: 'Event',
  kunjungan: 'Event',
  pertemuan: 'Event',
  perundingan: 'Event',
  peluncuran: 'Event',
  transfer: 'Event',
  sanksi: 'Sanction',
  pembatasan: 'Sanction',
  embargo: 'Sanction',
  perjanjian: 'Document',
  kesepakatan: 'Document',
  'surat kabar': 'Organization',
  jalur: 'Project',
  proyek: 'Project',
  program: 'Project',
  satelit: 'Satellite',
  teknologi: 'Technology',
  mekanisme: 'Initiative',
  'kerja sama': 'Initiative',
  kemitraan: 'Initiative',
  inisiatif: 'Initiative',
};

export const PHRASE_HEADS_EN: Readonly<Record<string, CueType>> = {
  operation: 'Event',
  invasion: 'Event',
  attack: 'Event',
  visit: 'Event',
  meeting: 'Event',
  talks: 'Event',
  launch: 'Event',
  transfer: 'Event',
  sanctions: 'Sanction',
  restrictions: 'Sanction',
  embargo: 'Sanction',
  treaty: 'Document',
  agreement: 'Document',
  pact: 'Document',
  newspaper: 'Organization',
  railway: 'Project',
  project: 'Project',
  programme: 'Project',
  program: 'Project',
  satellite: 'Satellite',
  technology: 'Technology',
  mechanism: 'Initiative',
  cooperation: 'Initiative',
  partnership: 'Initiative',
  initiative: 'Initiative',
};

/** Indonesian links that carry a phrase on to a field: "kerja sama di bidang teknologi". */
export const FIELD_LINKS: readonly string[] = ['di bidang', 'dalam bidang', 'di sektor'];

/** Words that end a phrase (not part of it): function words, auxiliaries, adverbs of degree,
 * generic adjectives (baru, new, first); Indonesian first, then English. */
export const PHRASE_STOPS: ReadonlySet<string> = words(`
  yang dan atau serta di ke dari pada untuk dengan oleh dalam antara
  tentang terhadap bagi sebagai karena kepada seperti bahwa agar jika ketika
  saat setelah sebelum sejak hingga sampai akan telah sudah sedang masih
  juga pun tidak tak bukan belum sangat lebih paling adalah merupakan ialah
  kata ujar ungkap tutur menurut baru lama lain serupa terakhir kali hal
  para semua seluruh beberapa banyak semakin makin kian cukup amat terlalu sekali agak hampir
  sering selalu kerap pernah hanya
  the a an and or of in on at to for from by with about between
  against over under after before during since as than that which who
  is are was were be been has have had will would could should may
  might must can not no also very more most less new old first last
  next other such same own further recent current former latest previous
  possible whole entire many few several some any each every all both
  said says according too quite rather so just only even still already
`);

/**
 * Words that make the phrase a reference back, not a name ("kunjungan ini", "this visit", "their
 * cooperation"): the phrase is dropped. Indonesian words ending in -nya ("program luar angkasanya",
 * "its space programme") count too (see isAnaphoric in phrases.ts).
 */
export const ANAPHORIC: ReadonlySet<string> = words(`
  ini itu tersebut begitu demikian
  this that these those its their his her our my your
`);

/** Number words: a count ("kunjungan dua hari", "two visits") describes, it does not name. */
export const NUMBER_WORDS: ReadonlySet<string> = words(`
  satu dua tiga empat lima enam tujuh delapan sembilan sepuluh puluh ratus ribu
  one two three four five six seven eight nine ten hundred thousand
`);

/**
 * Indonesian affixed verbs end a phrase: meN- (melanggar, membangun, mengatakan, menyebut), di-
 * (diperkirakan), ber- (beroperasi), ter- (terhadap). Checked on the word's shape; the nouns and
 * adjectives below share those shapes and are not verbs.
 */
export const VERB_SHAPE =
  /^(?:me[lrwy]|mem[bpf]|mem[aeiou]|men[cdjtz]|men[aeiou]|meng[aeiouhgk]|meny[aeiou]|di\p{L}{4}|ber\p{L}{3}|ter\p{L}{4})/u;
export const NOT_VERBS: ReadonlySet<string> = words(`
  menteri mental mentah digital diplomasi diplomatik diplomat dinasti direktur direksi
  diskusi distrik divisi dinamika berita teroris terorisme teritorial teritori terminal
`);

/** At most this many modifiers after an Indonesian head or before an English one. */
export const MAX_MODIFIERS = 6;
