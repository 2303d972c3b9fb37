// Summarizes mocha JSON reports of the W3C suites as Markdown.
//   node summarize.mjs SUITE COMMIT REPORT.json      one table row: tests, passed, failed, pending
//   node summarize.mjs --failures BASE...            every failed test of BASE.json, with its first error line
import {existsSync, readFileSync} from 'node:fs';
import {basename} from 'node:path';

function read(file) {
  if(!existsSync(file)) {
    return null;
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const args = process.argv.slice(2);
if(args[0] === '--failures') {
  for(const base of args.slice(1)) {
    const report = read(`${base}.json`);
    const name = basename(base);
    console.log(`\n## ${name}: failures\n`);
    if(report === null) {
      console.log(`No report (see ${base}.log).`);
      continue;
    }
    if(report.failures.length === 0) {
      console.log('None.');
    }
    for(const test of report.failures) {
      const message = (test.err?.message ?? '').split('\n')[0].slice(0, 300);
      console.log(`- ${test.fullTitle.replace(/\s+/g, ' ')}\n  - ${message}`);
    }
  }
} else {
  const [suite, commit, file] = args;
  const report = read(file);
  if(report === null) {
    console.log(`| ${suite} | ${commit} | no report | | | |`);
  } else {
    const {tests, passes, failures, pending} = report.stats;
    console.log(`| ${suite} | ${commit} | ${tests} | ${passes} | ${failures} | ${pending} |`);
  }
}
