// Verifies credentials issued by microcredentials-java with Digital Bazaar's @digitalbazaar/vc, offline.
// The document loader serves: the given DID/controller documents (did.json) and the verification methods in them,
// did:key DIDs, and JSON-LD contexts from the given folders (file names as the library bundles them:
// host and path with '/' as '_'). Anything else is refused, so a context the credential needs and the folders
// lack makes verification fail.
// Usage: node check.mjs [--did-document did.json[,more.json]] --contexts DIR[:DIR...] [--context URL=FILE]...
//        [--now ISO] credential.json...
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as DidKey from '@digitalbazaar/did-method-key';

const args = process.argv.slice(2);
const option = name => { const i = args.indexOf(name); if(i < 0) return null; const v = args[i + 1]; args.splice(i, 2); return v; };
const didFiles = (option('--did-document') || '').split(',').filter(Boolean);
const contextDirs = (option('--contexts') || '').split(':').filter(Boolean);
const now = option('--now');
const extra = [];
for(let c; (c = option('--context'));) {
  extra.push(c);
}

const documents = new Map();
for(const f of didFiles) {
  const doc = JSON.parse(readFileSync(f, 'utf8'));
  documents.set(doc.id, doc);
}
const contexts = new Map();
for(const dir of contextDirs) {
  for(const name of readdirSync(dir).filter(n => /\.(json|jsonld)$/.test(n))) {
    // bundled file names are the URL's host and path with '/' as '_', plus .jsonld when the URL has no extension
    const url = 'https://' + name.replace(/_/g, '/');
    const text = readFileSync(join(dir, name), 'utf8');
    contexts.set(url, text);
    contexts.set(url.replace(/\.jsonld$/, ''), text);
  }
}
for(const entry of extra) {
  const eq = entry.indexOf('=');
  contexts.set(entry.slice(0, eq), readFileSync(entry.slice(eq + 1), 'utf8'));
}
const loaded = new Set();
const didKey = DidKey.driver();
didKey.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});
didKey.use({multibaseMultikeyHeader: 'zDna', fromMultibase: EcdsaMultikey.from});
async function documentLoader(url) {
  loaded.add(url);
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: JSON.parse(contexts.get(url))};
  }
  if(url.startsWith('did:key:')) {
    return {contextUrl: null, documentUrl: url, document: await didKey.get({url})};
  }
  const [base] = url.split('#');
  if(documents.has(base)) {
    const doc = documents.get(base);
    if(base === url) {
      return {contextUrl: null, documentUrl: url, document: structuredClone(doc)};
    }
    const method = (doc.verificationMethod || []).find(m => m.id === url || base + m.id === url);
    if(method) {
      return {contextUrl: null, documentUrl: url,
        document: {'@context': 'https://w3id.org/security/multikey/v1', ...structuredClone(method)}};
    }
  }
  throw new Error('offline document loader refused ' + url);
}
const suite = [new DataIntegrityProof({cryptosuite: eddsaRdfc2022}), new DataIntegrityProof({cryptosuite: ecdsaRdfc2019})];
let failed = 0;
for(const file of args) {
  const credential = JSON.parse(readFileSync(file, 'utf8'));
  loaded.clear();
  const result = await vc.verifyCredential({credential, suite, documentLoader, ...(now ? {now: new Date(now)} : {})});
  const errors = [result.error, ...(result.results || []).map(r => r.error)].filter(Boolean)
    .flatMap(e => e.errors || [e]).map(e => e.message);
  console.log(`${file}: verified=${result.verified} issuer=${credential.issuer?.id || credential.issuer}` +
    (errors.length ? ` errors=${JSON.stringify(errors)}` : ''));
  console.log(`  loaded: ${[...loaded].sort().join(' ')}`);
  if(!result.verified) failed++;
}
process.exit(failed ? 1 : 0);
