/** Records printed from case systems and apps: field names beside or over their values, fields between middle dots. Written for session 15 (shapes-a); each plan is labelled by hand. */
import { describe, it } from 'vitest';
import { expectLabelled, type Label } from './shapes15-a-check.js';

describe('shapes15-a: forms', () => {
  it("a vertical two-column table: \"Action 1⇥text\", \"Lead⇥name\", \"Target⇥date\"", () => {
    const plan = [
      "ASSESSMENT AND PLAN – SECTION 6: WHAT WILL HAPPEN",
      "Child: Lucy Hughes (8)",
      "Action 1\tDad to go to the Caring Dads course and tell Lucy what he is learning.",
      "Lead\tCraig Hughes (Dad)",
      "Target\tStarts 18/03/2027, 12 weeks",
      "Action 2\tLucy to tell her teacher or Nan if Dad shouts or hits.",
      "Lead\tLucy",
      "Target\tAny time it happens",
      "Action 3\tNan to have Lucy to stay on Friday nights to give everyone a break.",
      "Lead\tBrenda Hughes (Nan)",
      "Target\tEvery Friday",
      "Action 4\tParenting assessment to be completed.",
      "Lead\t",
      "Target\tBy 30/04/2027",
      "Action 5\tSee Lucy alone at school and ask how things are at home.",
      "Lead\tPriya (SW)",
      "Target\tFortnightly",
      "Action 6\tKeep an eye on Lucy's bruises and marks.",
      "Lead\tSchool – Mrs Dean (DSL)",
      "Target\tOngoing",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Action 1\tDad to go to the Caring Dads course and tell Lucy what he is learning.\nLead\tCraig Hughes (Dad)\nTarget\tStarts 18/03/2027, 12 weeks", "Craig Hughes (Dad)", "Starts 18/03/2027, 12 weeks"],
      ["Action 2\tLucy to tell her teacher or Nan if Dad shouts or hits.\nLead\tLucy\nTarget\tAny time it happens", "Lucy", "Any time it happens"],
      ["Action 3\tNan to have Lucy to stay on Friday nights to give everyone a break.\nLead\tBrenda Hughes (Nan)\nTarget\tEvery Friday", "Brenda Hughes (Nan)", "Every Friday"],
      ["Action 4\tParenting assessment to be completed.\nLead\t\nTarget\tBy 30/04/2027", null, "By 30/04/2027"],
      ["Action 5\tSee Lucy alone at school and ask how things are at home.\nLead\tPriya (SW)\nTarget\tFortnightly", "Priya (SW)", "Fortnightly"],
      ["Action 6\tKeep an eye on Lucy's bruises and marks.\nLead\tSchool – Mrs Dean (DSL)\nTarget\tOngoing", "School – Mrs Dean (DSL)", "Ongoing"],
    ];
    expectLabelled(plan, labels);
  });

  it("a printout with field names and values in two columns set out with spaces, progress lines and rules", () => {
    const plan = [
      "CHILD PROTECTION PLAN – PLAN ITEMS                       Page 1",
      "Child:  Amira Yusuf   (LL 3301872)",
      "",
      "Plan item no.        1",
      "Need                 Amira is safe from harm at home",
      "Task                 Hodan to use the tips from the Solihull course at bath and bed time.",
      "Responsible          Hodan Yusuf (mother)",
      "Timescale            Every evening",
      "Progress             Hodan says bedtimes are calmer.",
      "----------------------------------------------------------------------",
      "Plan item no.        2",
      "Need                 Amira is safe from harm at home",
      "Task                 Social worker to complete direct work with Amira about feelings.",
      "Responsible          Ben Carter, SW",
      "Timescale            By 02/04/2027",
      "Progress",
      "----------------------------------------------------------------------",
      "Plan item no.        3",
      "Need                 Amira's health needs are met",
      "Task                 Book Amira’s eye test and get her new glasses.",
      "Responsible          Hodan Yusuf (mother)",
      "Timescale            By 19/03/2027",
      "Progress             Booked for 15/03.",
      "----------------------------------------------------------------------",
      "Plan item no.        4",
      "Need                 Amira's health needs are met",
      "Task                 Amira to be referred to the community paediatrician about her weight.",
      "Responsible",
      "Timescale            As soon as possible",
      "Progress",
      "----------------------------------------------------------------------",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Task                 Hodan to use the tips from the Solihull course at bath and bed time.\nResponsible          Hodan Yusuf (mother)\nTimescale            Every evening", "Hodan Yusuf (mother)", "Every evening"],
      ["Task                 Social worker to complete direct work with Amira about feelings.\nResponsible          Ben Carter, SW\nTimescale            By 02/04/2027", "Ben Carter, SW", "By 02/04/2027"],
      ["Task                 Book Amira’s eye test and get her new glasses.\nResponsible          Hodan Yusuf (mother)\nTimescale            By 19/03/2027", "Hodan Yusuf (mother)", "By 19/03/2027"],
      ["Task                 Amira to be referred to the community paediatrician about her weight.\nResponsible\nTimescale            As soon as possible", null, "As soon as possible"],
    ];
    expectLabelled(plan, labels);
  });

  it("app task cards: the action, then \"Assigned: … · Due: … · Status: …\" on one line", () => {
    const plan = [
      "Plan tasks (6) · sorted by due date",
      "────────────────────",
      "Take Ava to the GP about her cough and weight.",
      "Assigned: Kelly Price (Mum) · Due: 08/03/2027 · Status: Overdue",
      "────────────────────",
      "Get a new mattress for Ava’s cot from the baby bank.",
      "Assigned: Mo Ali (Family Support) · Due: 12/03/2027 · Status: In progress",
      "────────────────────",
      "Ava to start at Rainbow nursery three mornings a week.",
      "Assigned: Kelly Price (Mum) · Due: From 15/03/2027 · Status: Not started",
      "────────────────────",
      "Unannounced home visit to check there is food in the house.",
      "Assigned: — · Due: Every 2 weeks · Status: Not started",
      "────────────────────",
      "Weigh Ava at the baby clinic.",
      "Assigned: Health visitor · Due: Monthly · Status: Not started",
      "────────────────────",
      "Kelly to work with professionals to improve home conditions.",
      "Assigned: Kelly Price (Mum) · Due: Ongoing · Status: Not started",
      "────────────────────",
      "Last synced 07/03/2027 21:14 · 6 of 6 tasks shown",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Take Ava to the GP about her cough and weight.\nAssigned: Kelly Price (Mum) · Due: 08/03/2027 · Status: Overdue", "Kelly Price (Mum)", "08/03/2027"],
      ["Get a new mattress for Ava’s cot from the baby bank.\nAssigned: Mo Ali (Family Support) · Due: 12/03/2027 · Status: In progress", "Mo Ali (Family Support)", "12/03/2027"],
      ["Ava to start at Rainbow nursery three mornings a week.\nAssigned: Kelly Price (Mum) · Due: From 15/03/2027 · Status: Not started", "Kelly Price (Mum)", "From 15/03/2027"],
      ["Unannounced home visit to check there is food in the house.\nAssigned: — · Due: Every 2 weeks · Status: Not started", null, "Every 2 weeks"],
      ["Weigh Ava at the baby clinic.\nAssigned: Health visitor · Due: Monthly · Status: Not started", "Health visitor", "Monthly"],
      ["Kelly to work with professionals to improve home conditions.\nAssigned: Kelly Price (Mum) · Due: Ongoing · Status: Not started", "Kelly Price (Mum)", "Ongoing"],
    ];
    expectLabelled(plan, labels);
  });

  it("field names and values set out with a tab or with runs of spaces", () => {
    const plan = [
      "REVIEW PLAN – Josh Bell (6)",
      "",
      "Task 1\tMum to put a lock on the front door at child height.",
      "Responsible\tGemma Bell",
      "Deadline\tBy 03/05/2027",
      "Task 2\tTalk to Josh about who he can tell if he feels scared.",
      "Responsible\tDan (SW)",
      "Deadline\tBefore the review",
      "",
      "Step              Book a six-week check of Josh's speech with the therapist.",
      "Who               Speech and language team",
      "By when           End of May",
      "Step              Josh to go to after-school club on Wednesdays.",
      "Who               Gemma Bell",
      "By when           Every Wednesday",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Task 1\tMum to put a lock on the front door at child height.\nResponsible\tGemma Bell\nDeadline\tBy 03/05/2027", "Gemma Bell", "By 03/05/2027"],
      ["Task 2\tTalk to Josh about who he can tell if he feels scared.\nResponsible\tDan (SW)\nDeadline\tBefore the review", "Dan (SW)", "Before the review"],
      ["Step              Book a six-week check of Josh's speech with the therapist.\nWho               Speech and language team\nBy when           End of May", "Speech and language team", "End of May"],
      ["Step              Josh to go to after-school club on Wednesdays.\nWho               Gemma Bell\nBy when           Every Wednesday", "Gemma Bell", "Every Wednesday"],
    ];
    expectLabelled(plan, labels);
  });

  it("three fields on one line between middle dots", () => {
    const plan = [
      "My tasks – Harper family",
      "",
      "Walk Noah to school and pick him up.",
      "Owner: Ben Harper (Dad) · Due date: Every school day · Priority: High",
      "",
      "Get the boiler serviced.",
      "Owner: Landlord · Due date: 14/05/2027 · Priority: Medium",
      "",
      "Check in with Noah's class teacher.",
      "Assigned: Lisa (SW) · Due: Fortnightly · Progress: not started",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Walk Noah to school and pick him up.\nOwner: Ben Harper (Dad) · Due date: Every school day · Priority: High", "Ben Harper (Dad)", "Every school day"],
      ["Get the boiler serviced.\nOwner: Landlord · Due date: 14/05/2027 · Priority: Medium", "Landlord", "14/05/2027"],
      ["Check in with Noah's class teacher.\nAssigned: Lisa (SW) · Due: Fortnightly · Progress: not started", "Lisa (SW)", "Fortnightly"],
    ];
    expectLabelled(plan, labels);
  });
});
