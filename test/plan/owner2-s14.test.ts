/**
 * Owner reading, session 14 round 2: doers written with an aside ("Ms Reid,
 * family worker, Oak Lodge – …"), agencies whose last word is also a thing
 * ("Adult Social Care", "Early Help"), a role that opens a row whose owner
 * cell is blank, an adjective after "be" that looks like a participle, owners
 * in nested brackets, and subjects that receive rather than act.
 */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('a doer written as name, role and employer between commas', () => {
  const plan = [
    'WHAT WILL HAPPEN',
    '• Dee – ring the housing office about the damp – by Friday 12 March',
    '• Ms Reid, family worker, Oak Lodge Centre – do the bedtime sessions with Dee – Tuesdays 6pm',
    '• Dr Patel, consultant, Fernside Hospital – write to the GP about Leo’s medicine – by 19 March',
  ].join('\n');

  it('takes the whole name, role and employer as the owner', () => {
    const a = actionWith(plan, 'bedtime sessions');
    expect(a.who).toBe('Ms Reid, family worker, Oak Lodge Centre');
    expect(a.problems).not.toContain('missing-owner');
    expect(actionWith(plan, 'Leo’s medicine').who).toBe('Dr Patel, consultant, Fernside Hospital');
  });

  it('also before a modal', () => {
    const p = ['Actions', '- Mr Byrne, head of year, Castle High will meet Jay every Monday at break.', '- Jay’s mum will ring the GP by 3 May.'].join('\n');
    expect(actionWith(p, 'every Monday').who).toBe('Mr Byrne, head of year, Castle High');
  });

  it('does not read a clause before a comma as an aside', () => {
    const p = ['Actions', '- If Jay is not in by 9pm, youth worker to ring his mum the same night.', '- Jay’s mum will ring the GP by 3 May.'].join('\n');
    expect(actionWith(p, 'same night').who).toBe('youth worker');
  });
});

describe('an agency whose last word is also a thing', () => {
  const plan = ['NEXT STEPS', '1. Adult Social Care to offer Tom a carer’s assessment by 30 April.', '2. Early Help to run the parenting group from 6 May.', '3. Respite care to be found for Tom.'].join('\n');

  it('takes "Adult Social Care" and "Early Help" as owners', () => {
    expect(actionWith(plan, 'carer’s assessment').who).toBe('Adult Social Care');
    expect(actionWith(plan, 'parenting group').who).toBe('Early Help');
  });
  it('still reads a thing as no owner', () => {
    expect(actionWith(plan, 'Respite care').problems).toContain('missing-owner');
  });
});

describe('a worker’s role that opens a row whose owner cell is blank', () => {
  const plan = [
    'Action\tLead\tBy when',
    'Occupational therapist to measure the stairs for a second rail\t\t14/05/2027',
    'Dean to go to the Thursday dads’ group\t\tevery Thursday',
    'Bath seat to be ordered\t\t21/05/2027',
    'Freddie to have a hearing test\t\t28/05/2027',
  ].join('\n');

  it('takes the role the action names', () => {
    expect(actionWith(plan, 'second rail').who).toBe('Occupational therapist');
  });
  it('still reads a parent, a passive or one who only receives as having no owner', () => {
    expect(actionWith(plan, 'dads’ group').problems).toContain('missing-owner');
    expect(actionWith(plan, 'Bath seat').problems).toContain('missing-owner');
    const p = plan.replace('Action\tLead', 'Freddie Cole (4)\n\nAction\tLead');
    expect(actionWith(p, 'hearing test').problems).toContain('missing-owner');
  });
});

describe('an adjective after "be"', () => {
  it('reads "You will be open with …" as the family member’s own step', () => {
    const plan = ['Dear Shauna,', '', 'What you need to do', '1. You will be open with your support worker about who stays at the flat.', '2. You will go to the drop-in at Hill Street every Monday.', '', 'Yours,', 'Sam Booth, social worker'].join('\n');
    const a = actionWith(plan, 'who stays');
    expect(a.who).toBe('You');
    expect(a.problems).not.toContain('missing-owner');
  });
});

describe('owners in a closing bracket with a time', () => {
  const plan = [
    'Hi all, here is the plan we agreed today.',
    '',
    'WHAT WILL HAPPEN',
    '',
    '• Take Amir to the dentist on Brook Lane (Nadia – by Fri 19th March)',
    '• Visit Amir at home after school (Kelly (FSW) – every week, from 22/03/27)',
    '• Ring the school nurse about Amir’s inhaler (Nadia – this week)',
    '• Core group (everyone – Weds 7th April, 10am, Brook Lane Clinic)',
  ].join('\n');

  it('reads a name with a role in its own brackets', () => {
    const a = actionWith(plan, 'after school');
    expect(a.who).toBe('Kelly (FSW)');
    expect(a.problems).not.toContain('missing-owner');
  });
  it('reads a group before the dash on a short line', () => {
    const a = actionWith(plan, "Core group");
    expect(a.problems).not.toContain('missing-owner');
    expect(a.problems).toContain('vague-owner');
  });
});

describe('subjects that receive rather than act', () => {
  it('reads "Referral to <service> for <name> to have …" as naming nobody', () => {
    const plan = ['What will happen', '- Referral to Bright Futures Service for Leah to have art therapy sessions.', '- Mum will ring the GP on Monday 3 May.'].join('\n');
    const a = actionWith(plan, 'art therapy');
    expect(a.problems).toContain('missing-owner');
  });
  it('reads "<name> to be involved in …" as a step nobody is named to take', () => {
    const plan = ['What will happen', '- Darren to be included in plans for Skye’s schooling – ongoing', '- Darren to be involved in all meetings about Skye’s health – ongoing', '- Mum will ring the GP on Monday 3 May.'].join('\n');
    expect(actionWith(plan, 'included').problems).toContain('missing-owner');
    expect(actionWith(plan, 'all meetings').problems).toContain('missing-owner');
  });
});
