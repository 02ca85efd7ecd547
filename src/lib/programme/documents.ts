/**
 * A chain's work files as a set: its documents grouped by kind (图, 库, 池, 报告), in the order of the
 * kinds, and the kinds still missing. A kind is missing while none of its documents exists yet
 * (published or prepared); one only in preparation or planned does not fill it.
 */
import { DOCUMENT_EXISTS, DOCUMENT_KINDS } from '../data/programme-tables.ts';
import type { ValueOf } from '../data/choices.ts';
import type { ChainDocument } from '../data/tables.ts';

export type DocumentKind = ValueOf<typeof DOCUMENT_KINDS>;

export interface KindGroup {
  kind: DocumentKind;
  /** Its documents, newest date first, undated last, then by id. */
  documents: ChainDocument[];
  /** How many of them exist (published or prepared). */
  existing: number;
}

export interface DocumentSet {
  kinds: KindGroup[];
  /** Kinds with no existing document, in kind order. */
  missing: DocumentKind[];
  /** Documents a reader can open (they have a link). */
  linked: number;
}

export function documentSet(documents: readonly ChainDocument[]): DocumentSet {
  const order = (a: ChainDocument, b: ChainDocument) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  const kinds = DOCUMENT_KINDS.map(({ value: kind }) => {
    const docs = documents.filter((d) => d.kind === kind).sort(order);
    return { kind, documents: docs, existing: docs.filter((d) => DOCUMENT_EXISTS.has(d.status)).length };
  });
  return {
    kinds,
    missing: kinds.filter((k) => k.existing === 0).map((k) => k.kind),
    linked: documents.filter((d) => d.link !== null).length,
  };
}
