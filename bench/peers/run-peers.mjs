// Runs chrono-node and Microsoft Recognizers-Text over a set of texts, each with its language and reference date, and
// writes what they found in one normalised shape, with timings, for the `peers` bench command to score.
//
//   node run-peers.mjs INPUT.jsonl OUTPUT.json [--passes N] [--warmup N] [--seconds S]
//
// INPUT: one JSON object per line: {"id", "language": "es"|"en", "reference": "YYYY-MM-DD", "text"}.
// OUTPUT: {"versions", "tools": {"chrono": {...}, "recognizers": {...}}}; per tool "work", "readsNumbers", "timing"
// (milliseconds of wall and CPU time per pass) and "documents": {id: {"dates": [...], "numbers": [...], "masks": [...]}};
// "masks" are the spans a tool read as dates or clock times. Spans are UTF-16 offsets,
// end exclusive, as in .NET strings. Dates are closed intervals of days, "from" and "to" as YYYY-MM-DD.

// Every date below is built and read in UTC so that the machine's time zone cannot move a day.
process.env.TZ = 'UTC';

import { readFileSync, writeFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { Culture } from '@microsoft/recognizers-text-suite';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';

function fail(message) {
  process.stderr.write(`run-peers: ${message}\n`);
  process.exit(2);
}

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number.parseInt(process.argv[at + 1], 10);
  if (!Number.isInteger(value) || value < 0) fail(`${name} needs a whole number, not '${process.argv[at + 1]}'`);
  return value;
}

const [input, output] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
if (!input || !output) fail('usage: node run-peers.mjs INPUT.jsonl OUTPUT.json [--passes N] [--warmup N] [--seconds S]');
const passes = Math.max(1, option('--passes', 10));
const warmup = option('--warmup', 3);
// Warm-up and timing each go on for at least this many seconds of the process's CPU time, so that the JIT has settled
// before the clock starts however busy the machine is, and its hiccups are spread over many passes.
const seconds = option('--seconds', 5);

const documents = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim().length > 0).map((line, n) => {
  let doc;
  try {
    doc = JSON.parse(line);
  } catch (e) {
    fail(`${input}:${n + 1}: not JSON (${e.message})`);
  }
  if (typeof doc.id !== 'string' || typeof doc.text !== 'string') fail(`${input}:${n + 1}: needs "id" and "text"`);
  if (doc.language !== 'es' && doc.language !== 'en') fail(`${input}:${n + 1}: language must be es or en, not '${doc.language}'`);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(doc.reference ?? '');
  if (!m) fail(`${input}:${n + 1}: reference must be YYYY-MM-DD, not '${doc.reference}'`);
  // Noon, so that a tool that adds or removes hours still lands on the same day.
  return { ...doc, referenceDate: new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12, 0, 0)) };
});

// ---- days and intervals ----

const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (isoDay, n) => {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
};
const lastDayOfMonth = (y, m) => iso(new Date(Date.UTC(y, m, 0, 12)));

/** A TIMEX form that names a whole day, week, month or year, as an interval; null for anything else. */
function timexInterval(timex) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(timex))) return { from: timex, to: timex };
  if ((m = /^(\d{4})-(\d{2})$/.exec(timex))) return { from: `${timex}-01`, to: lastDayOfMonth(+m[1], +m[2]) };
  if ((m = /^(\d{4})$/.exec(timex))) return { from: `${timex}-01-01`, to: `${timex}-12-31` };
  if ((m = /^(\d{4})-W(\d{2})$/.exec(timex))) {
    // ISO week: the week with the year's first Thursday is week 1.
    const jan4 = new Date(Date.UTC(+m[1], 0, 4, 12));
    const monday = new Date(jan4);
    monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (+m[2] - 1) * 7);
    return { from: iso(monday), to: addDays(iso(monday), 6) };
  }
  return null;
}

// ---- chrono-node ----

const chronoParsers = { es: chrono.es, en: chrono.en };

/**
 * Chrono gives a point in time and says which of its parts the text stated. A stated day or weekday is a day; a stated
 * month without a day is that month; a stated year alone is that year. A range ("del 3 al 5") is its two ends.
 */
function chronoInterval(result) {
  const start = result.start;
  const day = iso(start.date());
  let from = day;
  let to = day;
  if (!start.isCertain('day') && !start.isCertain('weekday')) {
    if (start.isCertain('month')) {
      from = `${day.slice(0, 7)}-01`;
      to = lastDayOfMonth(+day.slice(0, 4), +day.slice(5, 7));
    } else if (start.isCertain('year')) {
      from = `${day.slice(0, 4)}-01-01`;
      to = `${day.slice(0, 4)}-12-31`;
    }
  }
  if (result.end) {
    to = iso(result.end.date());
  }
  return { from, to };
}

function runChrono(doc) {
  const found = chronoParsers[doc.language].parse(doc.text, doc.referenceDate);
  return {
    dates: found.map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.text, ...chronoInterval(r) })),
    numbers: [],
    masks: [],
  };
}

// ---- Recognizers-Text ----

// One recognizer and one model per culture, made once and reused for every text (the helper functions such as
// recognizeNumber build a new recognizer on each call).
const recognizerModels = {
  es: {
    dates: new DateTimeRecognizer(Culture.Spanish).getDateTimeModel(),
    numbers: new NumberRecognizer(Culture.Spanish).getNumberModel(),
  },
  en: {
    dates: new DateTimeRecognizer(Culture.English).getDateTimeModel(),
    numbers: new NumberRecognizer(Culture.English).getNumberModel(),
  },
};

const dateKinds = new Set(['date', 'daterange', 'datetime', 'datetimerange']);
const maskKinds = new Set(['date', 'daterange', 'datetime', 'datetimerange', 'time', 'timerange']);

/**
 * A date without a year ("10 de marzo", "Tuesday", "August") comes with two resolution values, the past and the future
 * occurrence; the one nearer the reference date is taken, as chrono-node does. A range's end is exclusive and becomes
 * the day before. A range open on one side ("desde enero", "since March 2024") is read from its TIMEX when that names a
 * whole period.
 */
function recognizersInterval(kind, resolution, referenceDay) {
  const candidates = (resolution?.values ?? []).map((value) => valueInterval(kind, value)).filter((i) => i !== null);
  const distance = (i) => (referenceDay < i.from ? daysBetween(referenceDay, i.from) : referenceDay > i.to ? daysBetween(i.to, referenceDay) : 0);
  return candidates.reduce((best, i) => (best === null || distance(i) < distance(best) ? i : best), null);
}

function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86400000);
}

const isDay = (text) => typeof text === 'string' && /^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(Date.parse(`${text.slice(0, 10)}T12:00:00Z`));

/** One resolution value as an interval of days; null when the library left it unresolved or out of the calendar. */
function valueInterval(kind, value) {
  const interval = rawInterval(kind, value);
  return interval && isDay(interval.from) && isDay(interval.to) && interval.from <= interval.to ? interval : null;
}

function rawInterval(kind, value) {
  const timex = value.timex ?? '';
  switch (kind) {
    case 'date':
      return value.value ? { from: value.value.slice(0, 10), to: value.value.slice(0, 10) } : timexInterval(timex);
    case 'datetime':
      return value.value ? { from: value.value.slice(0, 10), to: value.value.slice(0, 10) } : null;
    case 'daterange':
      if (isDay(value.start) && isDay(value.end)) return { from: value.start.slice(0, 10), to: addDays(value.end.slice(0, 10), -1) };
      // "XXXX-01" is a month whose year the library chose in "start".
      return timexInterval(value.start && timex.startsWith('XXXX') ? value.start.slice(0, 4) + timex.slice(4) : timex)
        ?? (value.start ? { from: value.start.slice(0, 10), to: value.start.slice(0, 10) } : null);
    case 'datetimerange':
      if (isDay(value.start) && isDay(value.end)) {
        const end = value.end.slice(11) === '00:00:00' ? addDays(value.end.slice(0, 10), -1) : value.end.slice(0, 10);
        return { from: value.start.slice(0, 10), to: end };
      }
      return null;
    default:
      return null;
  }
}

function runRecognizers(doc) {
  const models = recognizerModels[doc.language];
  const dates = [];
  const masks = [];
  for (const r of models.dates.parse(doc.text, doc.referenceDate)) {
    const kind = r.typeName.replace(/^datetimeV2\./, '');
    const span = { start: r.start, end: r.end + 1, text: r.text };
    if (maskKinds.has(kind)) masks.push(span);
    if (dateKinds.has(kind)) {
      const interval = recognizersInterval(kind, r.resolution, iso(doc.referenceDate));
      if (interval) dates.push({ ...span, ...interval });
    }
  }
  const numbers = models.numbers.parse(doc.text).map((r) => ({
    start: r.start,
    end: r.end + 1,
    text: r.text,
    value: Number.parseFloat(r.resolution?.value),
  })).filter((n) => Number.isFinite(n.value));
  return { dates, numbers, masks };
}

// ---- timing ----

function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Runs one tool over every document: warm-up passes (at least --warmup, and --seconds of CPU time), then timed passes
 * (at least --passes, and --seconds of CPU time). The findings come from the last pass.
 */
function measure(work, readsNumbers, run) {
  let findings = {};
  let warmed = 0;
  for (const started = cpuMs(); warmed < warmup || cpuMs() - started < seconds * 1000; warmed++) {
    for (const doc of documents) run(doc);
  }
  const wall = [];
  const cpu = [];
  for (const started = cpuMs(); wall.length < passes || cpuMs() - started < seconds * 1000;) {
    const c0 = cpuMs();
    const t0 = process.hrtime.bigint();
    const pass = {};
    for (const doc of documents) pass[doc.id] = run(doc);
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cpu.push(cpuMs() - c0);
    findings = pass;
  }
  return { work, readsNumbers, timing: { warmup: warmed, wallMs: wall, cpuMs: cpu }, documents: findings };
}

// Read from disk: chrono-node's export map does not let its package.json be imported.
const version = (name) => JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
const result = {
  versions: {
    node: process.versions.node,
    'chrono-node': version('chrono-node'),
    '@microsoft/recognizers-text-suite': version('@microsoft/recognizers-text-suite'),
    '@microsoft/recognizers-text-date-time': version('@microsoft/recognizers-text-date-time'),
    '@microsoft/recognizers-text-number': version('@microsoft/recognizers-text-number'),
  },
  tools: {
    chrono: measure('chrono.es / chrono.en parse with the reference date', false, runChrono),
    recognizers: measure('DateTime model with the reference date, then Number model', true, runRecognizers),
  },
};
writeFileSync(output, JSON.stringify(result));
process.stderr.write(`run-peers: ${documents.length} texts; wrote ${output}\n`);
