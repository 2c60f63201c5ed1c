/**
 * Plan actions: finds every action (table rows, list items, prose, letters)
 * and records what, who and by when, with one `plan` message per problem.
 * The analysis itself lives in `../plan/`; this plugin turns its offsets into
 * the report's actions and messages.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { analysePlan, type Span } from '../plan/index.js';
import { state } from '../state.js';
import type { Action } from '../types.js';

export default function retextClearplanPlan() {
  return (_tree: Root, file: VFile): undefined => {
    const s = state(file);
    if (!s.options.categories.plan) {
      s.actions = [];
      return;
    }
    const text = s.text;
    const { actions, findings } = analysePlan(text, s.rules.lexicons);
    const slice = (span: Span | null): string | null => (span ? text.slice(span.start, span.end) : null);
    s.actions = actions.map(
      (a): Action => ({
        text: text.slice(a.span.start, a.span.end),
        position: s.lines.position(a.span.start, a.span.end),
        what: slice(a.what),
        who: slice(a.who),
        when: slice(a.when),
        problems: [...a.problems],
      }),
    );
    // Made straight as the report's messages, in its field order: no vfile
    // reporter sees plan findings, so no VFileMessage (an Error) is made and copied.
    for (const f of findings) {
      const { start, end } = f.span;
      s.planMessages.push({
        category: 'plan',
        ruleId: f.ruleId,
        source: 'clearplan/plan',
        severity: f.severity,
        reason: f.reason,
        actual: text.slice(start, end),
        expected: [...f.expected],
        note: f.note,
        position: s.lines.position(start, end),
      });
    }
  };
}
