/**
 * Pure compile step: parsed rule files in, canonical rules out. Takes parsed
 * objects rather than paths so it runs anywhere (and in tests).
 */
import type { z } from 'zod';
import type { CompiledRules, CompiledSettings, CompiledTerm } from '../engine/compiled.js';
import { termId } from '../engine/rules-codec.js';
import { normalizeWordKeepCase, phraseForms, splitWords } from '../engine/text.js';
import {
  packSchema,
  ruleFileSchema,
  type RuleFile,
  type SimplifyFile,
  type TermsFile,
} from './schema.js';

export interface SourceFile {
  /** Path relative to rules/, with forward slashes. */
  path: string;
  data: unknown;
}

export class RuleError extends Error {
  override name = 'RuleError';
}

function formatIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '');
      const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` (${issue.keys.join(', ')})` : '';
      return `rules/${file}: ${where || '(top level)'}: ${issue.message}${keys}`;
    })
    .join('\n');
}

/** Simplify patterns as exported by retext-simplify. */
export type SimplifyPatterns = Readonly<Record<string, { readonly replace: readonly string[]; readonly omit?: boolean }>>;

export function compileRuleFiles(
  files: readonly SourceFile[],
  simplifyPatterns: SimplifyPatterns,
): { rules: CompiledRules; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  let pack: z.output<typeof packSchema> | undefined;
  const parsed: Array<{ path: string; stem: string; file: RuleFile }> = [];

  for (const { path, data } of files) {
    if (path === 'pack.yml') {
      const result = packSchema.safeParse(data);
      if (result.success) pack = result.data;
      else errors.push(formatIssues(path, result.error));
      continue;
    }
    const result = ruleFileSchema.safeParse(data);
    if (!result.success) {
      errors.push(formatIssues(path, result.error));
      continue;
    }
    parsed.push({ path, stem: path.replace(/\.ya?ml$/, ''), file: result.data });
  }
  if (!pack) errors.push('rules/pack.yml: missing or invalid (name, version, description, licence)');

  const terms: CompiledTerm[] = [];
  const lexicons: Record<string, Record<string, string[]>> = {};
  let settings: CompiledSettings | undefined;
  const ids = new Map<string, string>();
  // form key (with case marker) → owner id and whether it was written by hand
  const forms = new Map<string, { id: string; explicit: boolean }>();

  const claimId = (id: string, where: string): boolean => {
    const prior = ids.get(id);
    if (prior) {
      errors.push(`rules/${where}: id "${id}" is already used in rules/${prior}`);
      return false;
    }
    ids.set(id, where);
    return true;
  };

  const addTerms = (path: string, stem: string, file: TermsFile): void => {
    const caseSensitive = file.case === 'sensitive';
    file.terms.forEach((t, index) => {
      const where = `${path}: terms[${index}] (${t.term})`;
      const id = t.id ?? termId(t.term);
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
        errors.push(`rules/${where}: cannot derive an id; add an "id" key`);
        return;
      }
      if (!claimId(id, path)) return;
      const written = [t.term, ...t.variants];
      const inflect = t.inflect ?? !caseSensitive;
      const termForms: string[] = [];
      for (const [i, phrase] of written.entries()) {
        if (splitWords(phrase).length === 0) {
          errors.push(`rules/${where}: "${phrase}" has no words`);
          continue;
        }
        let generated: string[][];
        if (caseSensitive) {
          const words = splitWords(phrase).map(normalizeWordKeepCase);
          generated = [words];
          if (inflect || /^[A-Z0-9]+$/.test(words.at(-1) ?? '')) {
            // ICPC → ICPCs
            generated.push([...words.slice(0, -1), `${words.at(-1) ?? ''}s`]);
          }
        } else {
          generated = phraseForms(phrase, inflect);
        }
        generated.forEach((words, j) => {
          const key = (caseSensitive ? 'S:' : 'I:') + words.join(' ');
          const explicit = j === 0;
          const prior = forms.get(key);
          if (prior) {
            if (prior.id === id) return;
            if (explicit && prior.explicit) {
              errors.push(`rules/${where}: "${phrase}" is already a form of "${prior.id}"`);
            } else if (explicit) {
              // A hand-written form beats a generated one.
              forms.set(key, { id, explicit });
              const owner = terms.find((x) => x.id === prior.id);
              if (owner) owner.forms = owner.forms.filter((f) => f !== words.join(' '));
              termForms.push(words.join(' '));
            }
            return;
          }
          forms.set(key, { id, explicit });
          termForms.push(words.join(' '));
        });
        if (i === 0 && termForms.length === 0) warnings.push(`rules/${where}: no forms of its own`);
      }
      const term: CompiledTerm = {
        id,
        source: `clearplan/${stem.split('/').at(-1) ?? stem}`,
        category: file.category,
        severity: t.severity ?? (t.explain ? 'suggestion' : file.severity),
        term: t.term,
        plain: t.plain,
        explain: t.explain,
        note: t.note,
        reason: t.plain.length === 0 ? (file['reason-explain'] ?? file.reason) : file.reason,
        caseSensitive,
        forms: termForms,
        notBefore: t['not-before'].map((w) => w.toLowerCase()),
        notAfter: t['not-after'].map((w) => w.toLowerCase()),
        onlyBefore: t['only-before'].map((w) => w.toLowerCase()),
        onlyAfter: t['only-after'].map((w) => w.toLowerCase()),
        examples: t.examples,
      };
      const link = /^https?:\/\//.test(t.source) ? t.source : file.url;
      if (link) term.url = link;
      terms.push(term);
    });
  };

  const addSimplify = (file: SimplifyFile): void => {
    const skip = new Set(file.skip.map((s) => s.toLowerCase()));
    const upstream = new Set(Object.keys(simplifyPatterns));
    for (const s of skip) {
      if (!upstream.has(s)) warnings.push(`rules/jargon/simplify.yml: skip "${s}" is not in retext-simplify's list`);
    }
    for (const [phrase, pattern] of Object.entries(simplifyPatterns)) {
      if (skip.has(phrase)) continue;
      const id = `simplify-${termId(phrase)}`;
      if (ids.has(id)) continue;
      const own: string[] = [];
      for (const words of phraseForms(phrase, true)) {
        const key = 'I:' + words.join(' ');
        if (forms.has(key)) continue; // our own terms win
        forms.set(key, { id, explicit: false });
        own.push(words.join(' '));
      }
      if (own.length === 0) continue;
      ids.set(id, 'retext-simplify');
      const plain = [...pattern.replace];
      terms.push({
        id,
        source: 'retext-simplify',
        category: 'jargon',
        severity: file.severity,
        term: phrase,
        plain,
        explain: false,
        note: pattern.omit ? `${file.note} You may be able to leave it out.` : file.note,
        url: 'https://github.com/retextjs/retext-simplify#readme',
        reason: file.reason,
        caseSensitive: false,
        forms: own,
        notBefore: [],
        notAfter: [],
        onlyBefore: [],
        onlyAfter: [],
      });
    }
  };

  // Own term lists first (so they win every form), then lexicons, then simplify.
  const order = (f: RuleFile): number => (f.kind === 'terms' ? 0 : f.kind === 'simplify' ? 2 : 1);
  parsed.sort((a, b) => order(a.file) - order(b.file) || a.path.localeCompare(b.path));
  for (const { path, stem, file } of parsed) {
    switch (file.kind) {
      case 'terms':
        addTerms(path, stem, file);
        break;
      case 'lexicon':
        lexicons[stem] = file.lists;
        break;
      case 'simplify':
        addSimplify(file);
        break;
      case 'settings':
        if (settings) errors.push(`rules/${path}: a second settings file`);
        settings = {
          targetReadingAge: file['target-reading-age'],
          maxSentenceWords: file['max-sentence-words'],
          minSentenceWords: file['min-sentence-words'],
          minHardSentenceWords: file['min-hard-sentence-words'],
          hardSentenceThreshold: file['hard-sentence-threshold'],
        };
        break;
    }
  }
  if (!settings) errors.push('rules/settings.yml: missing (kind: settings)');
  if (errors.length > 0 || !pack || !settings) throw new RuleError(errors.join('\n'));

  terms.sort((a, b) => a.id.localeCompare(b.id));
  return {
    rules: { name: pack.name, version: pack.version, terms, lexicons, settings },
    warnings,
  };
}
