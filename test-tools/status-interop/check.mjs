// Checks a status list credential published by microcredentials-java with Digital Bazaar's
// @digitalbazaar/vc-bitstring-status-list: the list's Data Integrity proof (eddsa-rdfc-2022, did:key)
// is verified and the status of each given index is read through checkStatus().
// Usage: node check.mjs LIST.json CONTEXT_DIR[:CONTEXT_DIR...] index...
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as DidKey from '@digitalbazaar/did-method-key';

const [listFile, contextsDir, ...indexes] = process.argv.slice(2);
const list = JSON.parse(readFileSync(listFile, 'utf8'));
const contexts = {
  'https://www.w3.org/ns/credentials/v2': 'www.w3.org_ns_credentials_v2.jsonld',
  'https://w3id.org/security/data-integrity/v2': 'w3id.org_security_data-integrity_v2.jsonld',
  'https://w3id.org/security/multikey/v1': 'w3id.org_security_multikey_v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'www.w3.org_ns_did_v1.jsonld'
};
const didKey = DidKey.driver();
didKey.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});
async function documentLoader(url) {
  if(url === list.id) {
    return {contextUrl: null, documentUrl: url, document: list};
  }
  if(contexts[url]) {
    const file = contextsDir.split(':').map(d => join(d, contexts[url])).find(f => existsSync(f));
    return {contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(file, 'utf8'))};
  }
  if(url.startsWith('did:key:')) {
    return {contextUrl: null, documentUrl: url, document: await didKey.get({url})};
  }
  throw new Error('refused to load ' + url);
}
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
for(const index of indexes) {
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential'],
    issuer: list.issuer,
    credentialSubject: {id: 'did:example:learner'},
    credentialStatus: {
      id: `${list.id}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation',
      statusListIndex: String(index), statusListCredential: list.id
    }
  };
  const result = await checkStatus({credential, documentLoader, suite,
    verifyStatusListCredential: true, verifyMatchingIssuers: true});
  console.log(`index ${index}: verified=${result.verified} status=${result.results?.[0]?.status ?? result.status}` +
    (result.error ? ` error=${result.error.message}` : ''));
}
