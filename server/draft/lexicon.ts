// Every word list the drafting rules use, in one place, Indonesian and English side by side.
// docs/drafting.md lists them; change them here. All entries are lower case and compared after
// lower-casing the text's word (the sentence rules) or folding it (the cue rules).

/** Words that end with a dot without ending the sentence. Single capitals (initials) always count. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'prof', 'dr', 'drs', 'dra', 'ir', 'jl', 'jln', 'no', 'nomor', 'hlm', 'kol', 'letjen', 'mayjen', 'brigjen',
  'jend', 'kab', 'kec', 'kel', 'prov', 'rp', 'sdr', 'bpk', 'ny', 'nn', 'yth', 'tn', 'h', 'hj', 'st',
  'mr', 'mrs', 'ms', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'vs', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'agu', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'des',
]);

/** Between capitalised words these join one name: Osama bin Laden, Ludwig van Beethoven, Bank of America. */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'bin', 'binti', 'van', 'von', 'de', 'der', 'den', 'da', 'du', 'del', 'la', 'le', 'ibn', 'of', 'for',
]);
/** Prefixes written lower case before a capitalised name: al-Assad, el-Sisi. */
export const NAME_PREFIX = /^(?:al|el|ad|as|ash|at|ar)-\p{Lu}/u;

/** Capitalised words that are never names on their own: days, months, pronouns, and the like. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu',
  'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'december',
  'i', 'dia', 'ia', 'kami', 'kita', 'saya', 'mereka', 'anda', 'beliau', 'he', 'she', 'we', 'they', 'it', 'you',
  'mr', 'mrs', 'ms', 'pak', 'bu', 'bapak', 'ibu',
]);

export type CueType = 'Person' | 'Organization' | 'Place' | 'Document' | 'Event';

/** Titles and roles: the name they stand next to is a Person (Presiden X; X, profesor …). */
export const PERSON_TITLES: readonly string[] = [
  'presiden', 'president', 'wakil presiden', 'vice president', 'menteri', 'minister', 'perdana menteri', 'prime minister',
  'prof', 'profesor', 'professor', 'dr', 'direktur', 'director', 'juru bicara', 'spokesperson', 'spokesman', 'spokeswoman',
  'kanselir', 'chancellor', 'jenderal', 'ketua', 'chairman', 'chairwoman', 'duta besar', 'ambassador', 'gubernur',
  'governor', 'wali kota', 'mayor', 'senator', 'raja', 'king', 'ratu', 'queen', 'analis', 'analyst', 'peneliti',
  'researcher', 'pemimpin', 'leader', 'kepala', 'head', 'sekretaris jenderal', 'secretary-general', 'secretary general',
];

/** Head words that make the name they are part of an Organization (Universitas X, X University). */
export const ORGANIZATION_HEADS: readonly string[] = [
  'universitas', 'university', 'institut', 'institute', 'kementerian', 'ministry', 'departemen', 'department',
  'partai', 'party', 'badan', 'agency', 'dewan', 'council', 'komisi', 'commission', 'asosiasi', 'association',
  'perserikatan', 'organisasi', 'organization', 'organisation', 'bank', 'news', 'rezim', 'regime', 'centre', 'center',
  'pusat', 'office', 'kantor',
];

/** Words before a name that make it a Place: di/ke/dari Seoul, in/from/at Seoul; kota/provinsi X.
 * English "to" is left out: "according to X", "a message to NATO" name no places. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['di', 'ke', 'dari', 'in', 'from', 'at']);
export const PLACE_HEADS: readonly string[] = [
  'kota', 'provinsi', 'kabupaten', 'city', 'province', 'region', 'wilayah', 'pulau', 'island', 'semenanjung', 'peninsula',
  'sungai', 'river', 'lapangan', 'square', 'jalan', 'street', 'jl',
];

/** Head words of a Document's name (Perjanjian Paris, Treaty of Rome, Undang-Undang Cipta Kerja). */
export const DOCUMENT_HEADS: readonly string[] = [
  'perjanjian', 'treaty', 'undang-undang', 'uu', 'konvensi', 'convention', 'piagam', 'charter', 'deklarasi', 'declaration',
];

/** Head words of an Event's name (KTT G20, Pertemuan Puncak ASEAN). Only inside the name. */
export const EVENT_HEADS: readonly string[] = ['kunjungan', 'pertemuan', 'ktt', 'summit', 'konferensi', 'conference'];

/** Confidence of a type guess, by how the cue stands to the name. */
export const CONFIDENCE = {
  head: 0.9,
  titleBefore: 0.9,
  titleAppositive: 0.85,
  titleAfter: 0.8,
  placeHead: 0.85,
  speaker: 0.7,
  preposition: 0.6,
  none: 0,
} as const;

/**
 * Attribution: who says the sentence. `before` patterns stand before the speaker ("kata X"),
 * `after` patterns follow the speaker ("X mengatakan"). Matched on folded words.
 */
export const SPEAKER_BEFORE: readonly string[] = ['kata', 'ujar', 'ungkap', 'tutur', 'jelas', 'menurut', 'said', 'says', 'according to'];
export const SPEAKER_AFTER: readonly string[] = [
  'mengatakan', 'menyebut', 'menyebutkan', 'berpendapat', 'menambahkan', 'menegaskan', 'menjelaskan',
  'said', 'says', 'told', 'added', 'argued', 'wrote',
];
/** A sentence opening with a pronoun and one of these verbs continues the previous speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set(['dia', 'ia', 'beliau', 'he', 'she']);
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'mengatakan', 'menyebut', 'menambahkan', 'memperkirakan', 'menulis', 'menjelaskan', 'menegaskan', 'berpendapat',
  'said', 'says', 'added', 'wrote', 'estimated', 'expects', 'expected', 'argued', 'noted', 'told',
]);
/** How many sentences back a pronoun looks for its speaker. */
export const PRONOUN_REACH = 3;

/** How many words may stand between a relation verb and each of its two mentions. */
export const VERB_REACH = 4;

/** Verb → relation type, for pairs of mentions that the verb stands between. */
export const RELATION_VERBS: Readonly<Record<string, readonly string[]>> = {
  VISITS: ['mengunjungi', 'kunjungi', 'berkunjung ke', 'visit', 'visits', 'visited', 'visiting'],
  MEETS: ['bertemu', 'bertemu dengan', 'menemui', 'temui', 'meet', 'meets', 'met', 'meeting'],
  SIGNS: ['menandatangani', 'tandatangani', 'sign', 'signs', 'signed', 'signing'],
  LEADS: ['memimpin', 'pimpin', 'lead', 'leads', 'led', 'leading'],
};
