import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('passive actions under an owner heading', () => {
  const plan = [
    'Safety plan for Ruby Lane',
    '',
    'Health',
    'The health visitor will weigh Ruby every fortnight at the baby clinic.',
    'The dentist to be told about this plan.',
    '',
    'Grandad',
    'Grandad will collect Ruby from nursery on Fridays.',
    'Any overnight stays with Grandad to be agreed first.',
  ].join('\n');

  it('keeps the heading as the owner of an active action', () => {
    expect(actionWith(plan, 'weigh Ruby').who).toBe('The health visitor');
    expect(actionWith(plan, 'collect Ruby').who).toBe('Grandad');
  });

  it('does not give a passive action with no "by" to the heading', () => {
    expect(actionWith(plan, 'dentist').who).toBeNull();
    expect(actionWith(plan, 'dentist').problems).toContain('missing-owner');
    expect(actionWith(plan, 'overnight stays').problems).toContain('missing-owner');
  });
});

describe('a role with lower-case words before it', () => {
  const plan = [
    'Actions',
    '1. The community outreach team will visit Jay at home every Tuesday.',
    '2. The mobile pharmacy van will drop off Mum’s tablets each Monday.',
    '3. Dad will take Jay to the early years team every Friday.',
  ].join('\n');

  it('keeps the whole name of the role as the owner', () => {
    expect(actionWith(plan, 'visit Jay').who).toBe('The community outreach team');
    expect(actionWith(plan, 'take Jay').who).toBe('Dad');
  });
});
