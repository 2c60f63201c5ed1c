/** Exports: CSV with line breaks in cells, web-form questions and answers, PDF cells on lines of their own over page breaks. Written for session 15 (shapes-a); each plan is labelled by hand. */
import { describe, it } from 'vitest';
import { expectLabelled, type Label } from './shapes15-a-check.js';

describe('shapes15-a: exports', () => {
  it("a CSV export whose quoted cells hold line breaks", () => {
    const plan = [
      "Kacey Dunn – CP plan actions – exported 04/03/2027",
      "\"No\",\"Action\",\"Who\",\"When\",\"Comments\"",
      "\"1\",\"Mum to keep the medicine locked in the cupboard, with the key on her keyring.\",\"Leanne (Mum)\",\"From today\",\"Seen on visit 2/3\"",
      "\"2\",\"Take Kacey to every physio appointment at",
      "Greenbank Children's Centre.\",\"Leanne (Mum)\",\"Every Tuesday 10am\",\"\"",
      "\"3\",\"Write to the housing team to back a move to a ground-floor flat.\",\"Ola (SW)\",\"By 19/03/2027\",\"Kacey uses a wheelchair\"",
      "\"4\",\"Review Kacey's seizure medicine",
      "and give Leanne a written care plan.\",\"Dr Price, paediatrician\",\"At the clinic on 24/03/2027\",\"\"",
      "\"5\",\"Short breaks to be arranged, one night a fortnight.\",\"\",\"TBC\",\"Panel 30/03\"",
      "\"6\",\"Carers to be trained in using the hoist.\",\"Helping Hands care agency\",\"By 31/03/2027\",\"\"",
      "\"7\",\"Tell Ola if Kacey has a seizure that lasts more than 5 minutes.\",\"Leanne (Mum), school\",\"Every time\",\"\"",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["\"1\",\"Mum to keep the medicine locked in the cupboard, with the key on her keyring.\",\"Leanne (Mum)\",\"From today\",\"Seen on visit 2/3\"", "Leanne (Mum)", "From today"],
      ["\"2\",\"Take Kacey to every physio appointment at\nGreenbank Children's Centre.\",\"Leanne (Mum)\",\"Every Tuesday 10am\",\"\"", "Leanne (Mum)", "Every Tuesday 10am"],
      ["\"3\",\"Write to the housing team to back a move to a ground-floor flat.\",\"Ola (SW)\",\"By 19/03/2027\",\"Kacey uses a wheelchair\"", "Ola (SW)", "By 19/03/2027"],
      ["\"4\",\"Review Kacey's seizure medicine\nand give Leanne a written care plan.\",\"Dr Price, paediatrician\",\"At the clinic on 24/03/2027\",\"\"", "Dr Price, paediatrician", "At the clinic on 24/03/2027"],
      ["\"5\",\"Short breaks to be arranged, one night a fortnight.\",\"\",\"TBC\",\"Panel 30/03\"", null, "TBC"],
      ["\"6\",\"Carers to be trained in using the hoist.\",\"Helping Hands care agency\",\"By 31/03/2027\",\"\"", "Helping Hands care agency", "By 31/03/2027"],
      ["\"7\",\"Tell Ola if Kacey has a seizure that lasts more than 5 minutes.\",\"Leanne (Mum), school\",\"Every time\",\"\"", "Leanne (Mum), school", "Every time"],
    ];
    expectLabelled(plan, labels);
  });

  it("a web form exported as \"Q: Action 1 – who?\" / \"A: …\" lines", () => {
    const plan = [
      "Safety plan form – submitted 09/03/2027 16:40",
      "Form ref: SPF-22817",
      "",
      "Q: Child's name",
      "A: Aleena Shah (16)",
      "",
      "Q: What is the worry?",
      "A: Aleena's family plan to take her to Pakistan in the summer to be married. Her father holds her passport.",
      "",
      "Q: Action 1 – what will happen?",
      "A: Aleena will keep a copy of her passport and the Forced Marriage Unit number in her school locker.",
      "Q: Action 1 – who?",
      "A: Aleena, with Ms Grant (DSL)",
      "Q: Action 1 – by when?",
      "A: By 12/03/2027",
      "",
      "Q: Action 2 – what will happen?",
      "A: Apply to the court for a Forced Marriage Protection Order.",
      "Q: Action 2 – who?",
      "A: Legal team",
      "Q: Action 2 – by when?",
      "A: Within 5 working days",
      "",
      "Q: Action 3 – what will happen?",
      "A: Aleena to meet Jo (SW) at school, away from her family.",
      "Q: Action 3 – who?",
      "A: Jo Barker (SW)",
      "Q: Action 3 – by when?",
      "A: Every Wednesday lunchtime",
      "",
      "Q: Action 4 – what will happen?",
      "A: Police to be told at once if Aleena does not come to school.",
      "Q: Action 4 – who?",
      "A: ",
      "Q: Action 4 – by when?",
      "A: Same day",
      "",
      "Q: Anything else?",
      "A: Aleena does not want her parents told about this form.",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Q: Action 1 – what will happen?\nA: Aleena will keep a copy of her passport and the Forced Marriage Unit number in her school locker.\nQ: Action 1 – who?\nA: Aleena, with Ms Grant (DSL)\nQ: Action 1 – by when?\nA: By 12/03/2027", "Aleena, with Ms Grant (DSL)", "By 12/03/2027"],
      ["Q: Action 2 – what will happen?\nA: Apply to the court for a Forced Marriage Protection Order.\nQ: Action 2 – who?\nA: Legal team\nQ: Action 2 – by when?\nA: Within 5 working days", "Legal team", "Within 5 working days"],
      ["Q: Action 3 – what will happen?\nA: Aleena to meet Jo (SW) at school, away from her family.\nQ: Action 3 – who?\nA: Jo Barker (SW)\nQ: Action 3 – by when?\nA: Every Wednesday lunchtime", "Jo Barker (SW)", "Every Wednesday lunchtime"],
      ["Q: Action 4 – what will happen?\nA: Police to be told at once if Aleena does not come to school.\nQ: Action 4 – who?\nA: \nQ: Action 4 – by when?\nA: Same day", null, "Same day"],
    ];
    expectLabelled(plan, labels);
  });

  it("a PDF table with each cell on its own line, owner last, a page footer and the header printed again", () => {
    const plan = [
      "Child Protection Plan — Ethan Cole (13)",
      "Review Child Protection Conference 16/02/2027",
      "",
      "What needs to happen",
      "By when",
      "Who",
      "Ethan to be home by 9pm every night.",
      "Every night",
      "Ethan / Mum (Sam Cole)",
      "Sam to ring the police on 101 if Ethan is not home by 9.30pm.",
      "If Ethan is not home by 9.30pm",
      "Sam Cole (Mum)",
      "Return home interview after each missing episode.",
      "Within 72 hours",
      "Youth Justice Service",
      "Page 1 of 2",
      "What needs to happen",
      "By when",
      "Who",
      "Ethan to start at the Bridge Centre, mornings only.",
      "From 01/03/2027",
      "Bridge Centre",
      "Ethan's phone to be checked for contact with older men.",
      "Weekly",
      "Sam Cole (Mum)",
      "Engage with services.",
      "Ongoing",
      "Ethan",
      "Page 2 of 2",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Ethan to be home by 9pm every night.\nEvery night\nEthan / Mum (Sam Cole)", "Ethan / Mum (Sam Cole)", "Every night"],
      ["Sam to ring the police on 101 if Ethan is not home by 9.30pm.\nIf Ethan is not home by 9.30pm\nSam Cole (Mum)", "Sam Cole (Mum)", "If Ethan is not home by 9.30pm"],
      ["Return home interview after each missing episode.\nWithin 72 hours\nYouth Justice Service", "Youth Justice Service", "Within 72 hours"],
      ["Ethan to start at the Bridge Centre, mornings only.\nFrom 01/03/2027\nBridge Centre", "Bridge Centre", "From 01/03/2027"],
      ["Ethan's phone to be checked for contact with older men.\nWeekly\nSam Cole (Mum)", "Sam Cole (Mum)", "Weekly"],
      ["Engage with services.\nOngoing\nEthan", "Ethan", "Ongoing"],
    ];
    expectLabelled(plan, labels);
  });

  it("cells on lines of their own, the header again after a \"- 1 -\" footer", () => {
    const plan = [
      "Safety plan – Amber Ray (15) – printed from the PDF",
      "",
      "Action",
      "Who",
      "When",
      "Amber to keep her phone charged and location on when out.",
      "Amber",
      "Every time she goes out",
      "Refer Amber to the Safe Choices worker.",
      "Jen Hall (SW)",
      "By 02/05/2027",
      "- 1 -",
      "Action",
      "Who",
      "When",
      "Mum to lock the spare car keys away.",
      "Paula Ray (Mum)",
      "Today",
      "Meet Amber at school each week.",
      "Safe Choices worker",
      "Every Monday",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Amber to keep her phone charged and location on when out.\nAmber\nEvery time she goes out", "Amber", "Every time she goes out"],
      ["Refer Amber to the Safe Choices worker.\nJen Hall (SW)\nBy 02/05/2027", "Jen Hall (SW)", "By 02/05/2027"],
      ["Mum to lock the spare car keys away.\nPaula Ray (Mum)\nToday", "Paula Ray (Mum)", "Today"],
      ["Meet Amber at school each week.\nSafe Choices worker\nEvery Monday", "Safe Choices worker", "Every Monday"],
    ];
    expectLabelled(plan, labels);
  });

  it("a form export with \"Q: Step 1 – who will do this?\" questions", () => {
    const plan = [
      "Online referral – plan section",
      "Q: Step 1 – what needs to happen?",
      "A: Priya to stay with her aunt on school nights until the flat is safe.",
      "Q: Step 1 – who will do this?",
      "A: Aunt Meena",
      "Q: Step 1 – when?",
      "A: From 05/05/2027",
      "",
      "Q: Step 2 – what needs to happen?",
      "A: Check Priya's attendance with the school office.",
      "Q: Step 2 – who will do this?",
      "A: Tim (SW)",
      "Q: Step 2 – when?",
      "A: Weekly",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Q: Step 1 – what needs to happen?\nA: Priya to stay with her aunt on school nights until the flat is safe.\nQ: Step 1 – who will do this?\nA: Aunt Meena\nQ: Step 1 – when?\nA: From 05/05/2027", "Aunt Meena", "From 05/05/2027"],
      ["Q: Step 2 – what needs to happen?\nA: Check Priya's attendance with the school office.\nQ: Step 2 – who will do this?\nA: Tim (SW)\nQ: Step 2 – when?\nA: Weekly", "Tim (SW)", "Weekly"],
    ];
    expectLabelled(plan, labels);
  });

  it("a CSV export without a number column whose cells wrap over two and three lines", () => {
    const plan = [
      "\"Action\",\"Lead\",\"Due\"",
      "\"Dad to attend the first session of the",
      "drug service on Tuesday.\",\"Wayne (Dad)\",\"27/04/2027\"",
      "\"Make a referral to the",
      "young carers project",
      "for Lily.\",\"Nadia (SW)\",\"By 30/04/2027\"",
      "\"Lily to be seen alone at school.\",\"Nadia (SW)\",\"Every 2 weeks\"",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["\"Dad to attend the first session of the\ndrug service on Tuesday.\",\"Wayne (Dad)\",\"27/04/2027\"", "Wayne (Dad)", "27/04/2027"],
      ["\"Make a referral to the\nyoung carers project\nfor Lily.\",\"Nadia (SW)\",\"By 30/04/2027\"", "Nadia (SW)", "By 30/04/2027"],
      ["\"Lily to be seen alone at school.\",\"Nadia (SW)\",\"Every 2 weeks\"", "Nadia (SW)", "Every 2 weeks"],
    ];
    expectLabelled(plan, labels);
  });
});
