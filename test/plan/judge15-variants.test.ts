/**
 * Session 15: what and when phrasings that no fixture uses (vague verbs and their concrete counterparts; dates,
 * periods, anchors and frequencies in British forms; open times), each put into the three layouts of
 * judge-variants.test.ts (a numbered list, bullets, dashes), so that the judgements hold whatever the layout.
 */
import { describe, expect, it } from 'vitest';
import { find, judgeInFrames, type Judged, type When } from './judge-frames.js';


// [action words (owner first), is the action vague?]
const ACTIONS: [string, Judged][] = [
  ['Dad to keep the family worker in the loop.', 'vague'],
  ['Mum will take on board the advice from the health visitor.', 'vague'],
  ['The nursery will keep a watchful eye on Zac.', 'vague'],
  ['Dad to address his drinking.', 'vague'],
  ['Zac’s school attendance to be improved.', 'vague'],
  ['The SW will touch base with Nan.', 'vague'],
  ['Everyone to be mindful of Zac’s anxiety.', 'vague'],
  ['Dad will think about going on a course.', 'vague'],
  ['Mum to stay in contact with the SW.', 'vague'],
  ['Dad to continue with his recovery work.', 'vague'],
  ['Mum will try her best to get Zac to school.', 'vague'],
  ['Dad to co-operate with the YOT.', 'vague'],
  ['Rania’s mum to be signposted to the advice centre by 4 May.', 'clear'],
  ['Zac’s emotional wellbeing to be supported.', 'vague'],
  ['Mum to cooperate with professionals.', 'vague'],
  ['Nan to keep an eye out for any signs of drinking.', 'vague'],
  ['Dad to be open and honest with workers.', 'vague'],
  ['Zac’s views to be gathered.', 'vague'],
  ['School to keep a close watch on Zac’s attendance.', 'vague'],
  ['The SW will explore options for respite.', 'vague'],
  ['Mum to reduce her cannabis use.', 'vague'],
  ['Zac’s wishes to be sought by the SW.', 'vague'],
  ['Carla to be kept up to date by the police.', 'vague'],
  ['Keep Zac safe.', 'vague'],
  ['Check on Nan.', 'vague'],
  ['Work with Zac on his anger to be undertaken.', 'vague'],
  ['The youth worker will take on monitoring of Zac’s moods.', 'vague'],
  ['Referral to the counselling service to be progressed.', 'vague'],
  ['All professionals to share concerns with the SW.', 'vague'],
  // concrete
  ['Dad to book a GP appointment about his drinking by 9 May.', 'clear'],
  ['Mum to take Zac to the dentist on 14 May at 10am.', 'clear'],
  ['Nan will collect Zac from school on Mondays and Thursdays.', 'clear'],
  ['Dad to do a breath test before each contact.', 'clear'],
  ['Mum to put a lock on the medicine cabinet this week.', 'clear'],
  ['School to ring Mum by 9.30am if Zac is not in class.', 'clear'],
  ['Carla to fill in the housing form with the support worker by 2 June.', 'clear'],
  ['Dad will not drink alcohol when Zac is with him.', 'clear'],
  ['The HV will weigh the baby every two weeks.', 'clear'],
  ['Dad to go to the Caring Dads group every Tuesday at 6pm.', 'clear'],
  ['Mum to make sure Mr Kay is never in the house when Zac is there.', 'clear'],
  ['Zac’s bike to be fixed by Uncle Dev by 20 May.', 'clear'],
  ['All workers to tell the SW the same day if they see a bruise on Zac.', 'clear'],
  ['The mentor will progress Zac’s college application by 1 July.', 'clear'],
  ['Dad to cut down to three cans on a Saturday.', 'clear'],
  ['Nan will make sure Zac has no contact with Mr Kay.', 'clear'],
  ['Mum to write a list of safe adults with Zac by 10 May.', 'clear'],
  ['Carla to keep a food diary and bring it to each visit.', 'clear'],
  ['Zac’s sleep to be looked at by the school nurse on 12 May.', 'clear'],
  ['All agencies to share any worries with Ruth straight away.', 'clear'],
  ['The youth worker will keep Zac’s bike safe in the office.', 'clear'],
];

// [action words with a time, how the time is judged]
const TIMES: [string, When][] = [
  ['Mum to ring the housing office when a worker is free.', 'vague'],
  ['Dad to start the course subject to funding.', 'vague'],
  ['Zac to have a mentor as needed.', 'vague'],
  ['Mum to finish the course by half term.', 'vague'],
  ['Dad to move out before the Easter hols.', 'vague'],
  ['The SW will refer Zac to CAMHS by the next CG.', 'vague'],
  ['Dad to get a job in the new year.', 'vague'],
  ['Mum to book a nursery place when one comes free.', 'vague'],
  ['Nan to take over the school run once things settle.', 'vague'],
  ['Dad to have longer contact if things go well.', 'vague'],
  ['Dad to go on the course at some stage.', 'vague'],
  ['Mum to register with a GP in due course.', 'vague'],
  ['Zac to start at the new school pending a place.', 'vague'],
  ['Mum to see the dentist when convenient.', 'vague'],
  ['Mum to get Zac a coat ASAP.', 'vague'],
  ['The SW will arrange a family meeting at a later date.', 'vague'],
  ['Mum to see the GP in the next few weeks.', 'vague'],
  ['Uncle Dev to fix the gate when he gets a chance.', 'vague'],
  ['Mum to take Zac to the optician once funding is agreed.', 'vague'],
  ['Dad to start the programme once allocated a worker.', 'vague'],
  ['Mum will be offered counselling when a space comes up.', 'vague'],
  ['Dad to start the anger course once his assessment is completed.', 'vague'],
  ['Mum to move to the new flat when a place is available.', 'vague'],
  ['Dad to go to the Caring Dads group when funding allows.', 'vague'],
  ['Zac to see the school counsellor over the coming months.', 'vague'],
  ['The SW will visit Nan at a date to be confirmed.', 'vague'],
  // clear
  ['Dad to ring Zac at 6pm every Wednesday.', 'clear'],
  ['Mum to book the optician by end of Feb.', 'clear'],
  ['The SW will visit Mum w/c 3/5.', 'clear'],
  ['Nan to take Zac to the dentist on Tues 3rd.', 'clear'],
  ['Mum to get a smoke alarm fitted within 72 hrs.', 'clear'],
  ['Dad to take a drug test every 4 wks.', 'clear'],
  ['Mum to see the GP within 2 wks.', 'clear'],
  ['School to ring Mum by 10am on any day Zac is absent.', 'clear'],
  ['The SW will see Zac alone fortnightly on Thursdays.', 'clear'],
  ['Mum to give the tablets at 8am and 8pm daily.', 'clear'],
  ['Dad to move out by 5pm tomorrow.', 'clear'],
  ['Nan to take Zac to football every other Saturday.', 'clear'],
  ['Mum to register Zac with a GP by the end of next week.', 'clear'],
  ['Dad to finish the parenting course by 16 June.', 'clear'],
  ['The SW will visit twice a week for 6 weeks.', 'clear'],
  ['Mum to ring the SW if Mr Kay turns up at the house.', 'clear'],
  ['Dad will text Mum when he leaves work each evening.', 'clear'],
  ['The SW will visit within 5 working days of any new incident.', 'clear'],
  ['Mum to take Zac to school every weekday by 8.45am.', 'clear'],
  ['Nan to go to the carers group on the first Monday of every month.', 'clear'],
  ['Mum to book a check-up with the GP before 30/6.', 'clear'],
  ['School to check Zac’s arms each morning.', 'clear'],
  ['Mum to apply for the grant by Fri 12th.', 'clear'],
  ['Mum to give the baby her medicine 3 x a day.', 'clear'],
  ['Dad to start the Caring Dads course in September 2027.', 'clear'],
  ['The SW will visit every 10 days.', 'clear'],
  ['Mum to go to the course weekly from 4 May for 8 weeks.', 'clear'],
  ['If Zac is not home by 9pm Mum will ring the police on 101.', 'clear'],
  ['Nan will see Zac at least once before the assessment ends.', 'missing'],
  ['Dad to fix the broken window.', 'missing'],
  ['Mum to find a childminder for Zac.', 'missing'],
  ['Nan to get Zac a bus pass.', 'missing'],
];

judgeInFrames('session 15 phrasings', ACTIONS, TIMES);

describe('an event anchor is clear when the plan dates the event, vague when it does not', () => {
  const dated = ['Plan for Zac Hill (8)', 'Next core group: 12/05/2027', 'RCPC: 28/06/2027', 'School half term: 24 May 2027', 'Easter holidays start on 2 April 2027', ''];
  const undated = ['Plan for Zac Hill (8)', ''];
  it.each([
    ['Dad to finish the course before the RCPC.', 'Dad to finish'],
    ['The SW will refer Zac to CAMHS by the next CG.', 'The SW will'],
    ['Mum to book a dentist by half term.', 'Mum to book'],
    ['Dad to move out before the Easter hols.', 'Dad to move'],
    ['Nan to sort out the school uniform grant before the summer hols.', 'Nan to sort'],
  ])('%s', (line, needle) => {
    const when = (head: string[]) => {
      const a = find([...head, 'Actions', `1. ${line}`, '2. Nan to buy Zac a coat by 1 May.'].join('\n'), needle);
      return a.problems.includes('missing-timescale') ? 'missing' : a.problems.includes('vague-timescale') ? 'vague' : 'clear';
    };
    expect(when(undated)).toBe('vague');
    if (!line.includes('summer')) expect(when(dated)).toBe('clear');
  });
});

describe('tables: a raised-on date is not the When column; URGENT alone gives no date; a deadline times progress', () => {
  const table = [
    'No\tDate raised\tAction\tLead\tTarget date\tRAG',
    '1\t02/03/2027\tNan to be assessed as a carer for the baby\t\t\tR',
    '2\t02/03/2027\tNew bed for Zac\tHousing\tURGENT\tR',
    '3\t02/03/2027\tDad to book a dentist for Zac\tDad\tongoing\tA',
    '4\t02/03/2027\tCourt application to be progressed\tLegal team\tby 30/04/2027\tG',
  ].join('\n');
  const when = (needle: string) => {
    const a = find(table, needle);
    return a.problems.includes('missing-timescale') ? 'missing' : a.problems.includes('vague-timescale') ? 'vague' : 'clear';
  };
  it('the blank Target date is no timescale, whatever the Date raised cell says', () => expect(when('Nan to be assessed')).toBe('missing'));
  it('"URGENT" in the Target date cell is vague', () => expect(when('New bed')).toBe('vague'));
  it('"ongoing" in the Target date cell is vague', () => expect(when('Dad to book')).toBe('vague'));
  it('"to be progressed" with a dated Target date cell is a step', () => expect(find(table, 'Court application').problems).not.toContain('vague-action'));
  it('"URGENT" inside an action’s own words is not its time', () => {
    const a = find(['Plan', '1. Police to flag the flat so any call gets an urgent response by 3 May.'].join('\n'), 'Police to flag');
    expect(a.problems).not.toContain('vague-timescale');
  });
});

describe('"for after" an event says what a thing is for, not when it is done', () => {
  const head = ['Plan for baby Hill', 'Baby due: 14/06/2027', '', 'Actions'];
  it('"a carer for after the birth" has no timescale; "visit after the birth" has one', () => {
    const t = [...head, '1. Aunt Jo to be assessed as a carer for after the birth.', '2. The HV will visit within 10 days after the birth.'].join('\n');
    expect(find(t, 'Aunt Jo').problems).toContain('missing-timescale');
    expect(find(t, 'The HV').problems).not.toContain('missing-timescale');
  });
});
