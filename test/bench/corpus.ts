/**
 * A synthetic corpus with a fixed seed: people and notes with realistic length and a Zipf-like
 * vocabulary, so "rare", "common" and "prefix" searches mean the same thing on every run.
 */

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = `the and to of a we in it is that for on was with about they be at this
have from or had but not what all were when there can an your which their said if do will each
how up other out them then she many some so these would her make like him into time has look two
more write go see number no way could people my than first water been call who oil its now find
long down day did get come made may part`.split(/\s+/);

const DOMAIN = `talked garden bus housing appointment family sister brother mother father friend
walk coffee library park job interview resume application rent landlord budget groceries food
bank clinic pharmacy medication sleep tired calm anxious worried hopeful proud goal step plan
week tomorrow morning evening phone text call meeting group support peer recovery strengths
music art painting cooking bike swimming church mosque community centre volunteer class course
school college certificate money benefits form court lawyer dog cat kids daughter son partner
boundaries choice voice listen shared laughed cried felt noticed celebrated progress small wins
transit pass shelter apartment lease keys moved boxes kitchen stove laundry shower haircut dentist
doctor nurse counsellor worker team outreach visit weather rain snow sunny bench river trail`.split(
  /\s+/,
);

/** Words that appear rarely: the tail a "rare" search looks for. */
const RARE = `marigold accordion lighthouse origami saxophone tangerine kayak beekeeping calligraphy
pottery telescope watercolour juggling crochet sourdough birdwatching harmonica chess ukulele
woodcarving quilting geocaching pickleball bouldering embroidery terrarium falafel dumplings
mandolin canoe`.split(/\s+/);

const NAMES = `Alex Sam Robin Jordan Taylor Morgan Casey Riley Jamie Avery Quinn Rowan Sasha Noor
Amara Bilal Chloé Dev Élodie Farah Gabriel Hana Idris Jules Kai Léa Malik Nadia Omar Priya`.split(
  /\s+/,
);

export const VOCABULARY = { COMMON, DOMAIN, RARE };

export interface CorpusNote {
  personIndex: number;
  happenedAt: string;
  contactType: 'in_person' | 'phone' | 'video' | 'group' | 'outreach';
  durationMinutes: number;
  setting: string;
  talkedAbout: string;
  inTheirWords: string;
  strengthsNoticed: string;
  resources: string;
  nextSteps: string;
  nextStepsText: string;
}

/**
 * Natural text follows Zipf's law: the word of rank r appears with a frequency close to 1/r.
 * The ranks here: function words first, then the words of peer-support notes, then a long tail
 * of other words (made up, pronounceable) standing for the thousands of distinct words real
 * notes use, with the rare words near the end. A small vocabulary would make every content word
 * appear in half the notes, which no real case-notes corpus does.
 */
const TAIL_SIZE = 5_000;
const SYLLABLES =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(
    ' ',
  );

function tailWord(index: number): string {
  const a = SYLLABLES[index % SYLLABLES.length] ?? 'ba';
  const b = SYLLABLES[Math.floor(index / SYLLABLES.length) % SYLLABLES.length] ?? 'be';
  const c = SYLLABLES[Math.floor(index / SYLLABLES.length ** 2) % SYLLABLES.length] ?? 'bi';
  return `${a}${b}${c}n`;
}

const RANKED: string[] = [
  ...COMMON,
  ...DOMAIN,
  ...Array.from({ length: TAIL_SIZE }, (_, i) => tailWord(i)),
];
// The rare words sit deep in the tail, where a real rare word would.
RARE.forEach((word, i) => RANKED.splice(RANKED.length - 500 + i * 10, 0, word));

const CUMULATIVE: number[] = (() => {
  let total = 0;
  return RANKED.map((_, rank) => (total += 1 / (rank + 1)));
})();

function zipfWord(random: () => number): string {
  const target = random() * (CUMULATIVE.at(-1) ?? 1);
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((CUMULATIVE[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return RANKED[low] ?? 'the';
}

export function makeWords(random: () => number, count: number): string {
  return Array.from({ length: count }, () => zipfWord(random)).join(' ');
}

const TYPES = ['in_person', 'phone', 'video', 'group', 'outreach'] as const;

export function personName(index: number): string {
  return `${NAMES[index % NAMES.length]} ${String.fromCharCode(65 + (index % 26))}.${Math.floor(index / 26)}`;
}

/** About 500 bytes of text per note, spread over the fields as a real note would be. */
export function* generateNotes(count: number, people: number, seed = 2026): Generator<CorpusNote> {
  const random = seededRandom(seed);
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < count; i += 1) {
    yield {
      personIndex: Math.floor(random() * people),
      happenedAt: new Date(start + Math.floor(random() * 3 * 365 * 86_400_000)).toISOString(),
      contactType: TYPES[Math.floor(random() * TYPES.length)] ?? 'in_person',
      durationMinutes: 15 + Math.floor(random() * 8) * 15,
      setting: makeWords(random, 3),
      talkedAbout: makeWords(random, 45),
      inTheirWords: makeWords(random, 18),
      strengthsNoticed: makeWords(random, 8),
      resources: makeWords(random, 5),
      ...nextSteps(makeWords(random, 6)),
    };
  }
}

function nextSteps(what: string): { nextSteps: string; nextStepsText: string } {
  return {
    nextSteps: JSON.stringify([{ what, who: 'together' }]),
    nextStepsText: `${what} — together`,
  };
}
