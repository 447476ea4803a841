// Time until Start works, Litmus against SurveyJS: see scripts/bench-start.
//   SURVEYJS=.../node_modules node e2e/bench-start.mjs DIST [BASELINE_DIST]

import { join } from 'node:path';
import { serve, launch } from './harness.js';

const [dist, baseline] = process.argv.slice(2);
const LOADS = 5;
const PROFILES = [
  { name: '1.6 Mbps, 150 ms', kbps: 1600, latency: 150 },
  { name: '400 kbps, 400 ms', kbps: 400, latency: 400 },
];

// The survey a SurveyJS user would build for the same check: a start page
// with a Start button, the team step, the litmus test and the 14 statements
// on the same five-point scale with "prefer not to answer".
const scale = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']
  .map((text, i) => ({ value: i + 1, text }));
const survey = {
  title: 'Leadership trust check',
  firstPageIsStartPage: true,
  startSurveyText: 'Start the check',
  pages: [
    { elements: [{ type: 'html', name: 'intro', html: '<p>Could you describe five life experiences that shaped each colleague on your leadership team?</p>' }] },
    { elements: [{ type: 'text', inputType: 'number', name: 'team', title: 'How many colleagues are on your leadership team?', min: 1, max: 20 }] },
    { elements: [{ type: 'checkbox', name: 'litmus', title: 'Which of five formative experiences could you describe?', choices: [1, 2, 3, 4, 5] }] },
    ...Array.from({ length: 14 }, (_, i) => ({
      elements: [{ type: 'radiogroup', name: `q${i}`, title: `Statement ${i + 1}`, choices: scale, showOtherItem: false, showNoneItem: true, noneText: 'Prefer not to answer' }],
    })),
  ],
};
const m = process.env.SURVEYJS;
const surveyPage = `<!doctype html><html lang=en><meta charset=utf-8><meta name=viewport content="width=device-width,initial-scale=1">
<title>SurveyJS</title><link rel=stylesheet href=survey-core.min.css>
<script src=survey.core.min.js></script><script src=survey-js-ui.min.js></script>
<body><div id=root></div><script>new Survey.Model(${JSON.stringify(survey)}).render(document.getElementById('root'))</script></body></html>`;
const files = {
  '/survey-core.min.css': join(m, 'survey-core', 'survey-core.min.css'),
  '/survey.core.min.js': join(m, 'survey-core', 'survey.core.min.js'),
  '/survey-js-ui.min.js': join(m, 'survey-js-ui', 'survey-js-ui.min.js'),
};
const surveyDir = await (async () => {
  const { mkdtemp, writeFile, copyFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'litmus-surveyjs-'));
  await writeFile(join(dir, 'index.html'), surveyPage);
  for (const [name, from] of Object.entries(files)) await copyFile(from, join(dir, name));
  return dir;
})();

// When Start works, in ms from navigation: read in the page at the frame
// where it first holds.
const READY = {
  litmus: () => {
    const start = document.querySelector('#step-heading') && document.querySelector('form button[type=submit]');
    return start && !start.disabled ? performance.now() : false;
  },
  surveyjs: () => {
    const start = document.querySelector('.sd-navigation__start-btn');
    return start && !start.disabled ? performance.now() : false;
  },
};

const servers = {
  litmus: await serve(dist, { brotli: true }),
  surveyjs: await serve(surveyDir, { brotli: true }),
};
if (baseline) servers.baseline = await serve(baseline, { brotli: true });
const browser = await launch();
const times = {};
try {
  for (const profile of PROFILES) {
    for (let i = 0; i < LOADS; i++) {
      for (const name of Object.keys(servers)) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false, latency: profile.latency,
          downloadThroughput: (profile.kbps * 1000) / 8, uploadThroughput: (profile.kbps * 1000) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(servers[name].url, { waitUntil: 'commit' });
        const ready = READY[name === 'baseline' ? 'litmus' : name];
        const ms = await (await page.waitForFunction(ready, null, { polling: 'raf', timeout: 60000 })).jsonValue();
        (times[`${name}|${profile.name}`] ??= []).push(ms);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  for (const s of Object.values(servers)) await s.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const label = { litmus: 'Litmus (this build)', baseline: 'Litmus (baseline)', surveyjs: 'SurveyJS' };
console.log(`Start works after (median of ${LOADS} loads, CPU 4x slower, brotli):`);
console.log(`${''.padEnd(22)} ${PROFILES.map((p) => p.name.padStart(18)).join(' ')}`);
for (const name of Object.keys(servers)) {
  console.log(`${label[name].padEnd(22)} ${PROFILES.map((p) => `${(median(times[`${name}|${p.name}`]) / 1000).toFixed(2)} s`.padStart(18)).join(' ')}`);
}
for (const p of PROFILES) {
  const ratio = median(times[`surveyjs|${p.name}`]) / median(times[`litmus|${p.name}`]);
  console.log(`SurveyJS / Litmus at ${p.name}: ${ratio.toFixed(2)}x`);
}
