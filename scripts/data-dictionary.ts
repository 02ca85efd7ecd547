/** `npm run docs:data`: (re)writes data/README.md from the table definitions. */
import { writeFileSync } from 'node:fs';
import { dataDictionaryMarkdown } from '../src/lib/data/dictionary.ts';

writeFileSync('data/README.md', dataDictionaryMarkdown());
console.log('data/README.md written.');
