/** Tables in layouts no fixture has: column orders, extra columns, header rows missing, split or repeated. Written for session 15 (shapes-a); each plan is labelled by hand. */
import { describe, it } from 'vitest';
import { expectLabelled, type Label } from './shapes15-a-check.js';

describe('shapes15-a: tables', () => {
  it("a tab table, time first and owner last, with Lead and Support columns, its rows going on under an outcome heading", () => {
    const plan = [
      "CHILD PROTECTION PLAN – Review 1",
      "Children: Mia Lowe (4), Jayden Lowe (7)",
      "Date of review: 11/03/2027",
      "",
      "PLAN TO KEEP MIA AND JAYDEN SAFE",
      "Outcome 1: The children are fed, clean and warm every day",
      "By when\tWhat will happen\tLead\tSupport",
      "Every morning\tJayden will have breakfast before school and arrive by 8.50am.\tDawn (Mum)\tBreakfast club",
      "By 25/03/2027\tA working fridge and cooker will be fitted in the kitchen.\tLee Ward (Housing officer)\tRachel (SW)",
      "Weekly, Thursdays\tVisit the home and look in the kitchen and bedrooms with Dawn.\tRachel (SW)\t",
      "\tMia's nappy rash to be seen by the GP.\t\t",
      "Outcome 2: Jayden goes to school every day",
      "From 15/03/2027\tWalk Jayden to school and collect him at 3.15pm.\tDawn (Mum)\tNan (Pat Lowe)",
      "Ongoing\tKeep a record of Jayden's attendance and share it at core group.\tMrs Okafor (school)\t",
      "By the next core group on 8/04/2027\tApply for the Household Support Fund for beds and bedding.\tRachel (SW)\tDawn (Mum)",
      "",
      "Signed: ____________ (parent)   Date: ________",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Every morning\tJayden will have breakfast before school and arrive by 8.50am.\tDawn (Mum)\tBreakfast club", "Dawn (Mum)", "Every morning"],
      ["By 25/03/2027\tA working fridge and cooker will be fitted in the kitchen.\tLee Ward (Housing officer)\tRachel (SW)", "Lee Ward (Housing officer)", "By 25/03/2027"],
      ["Weekly, Thursdays\tVisit the home and look in the kitchen and bedrooms with Dawn.\tRachel (SW)\t", "Rachel (SW)", "Weekly, Thursdays"],
      ["\tMia's nappy rash to be seen by the GP.\t\t", "the GP", null],
      ["From 15/03/2027\tWalk Jayden to school and collect him at 3.15pm.\tDawn (Mum)\tNan (Pat Lowe)", "Dawn (Mum)", "From 15/03/2027"],
      ["Ongoing\tKeep a record of Jayden's attendance and share it at core group.\tMrs Okafor (school)\t", "Mrs Okafor (school)", "Ongoing"],
      ["By the next core group on 8/04/2027\tApply for the Household Support Fund for beds and bedding.\tRachel (SW)\tDawn (Mum)", "Rachel (SW)", "By the next core group on 8/04/2027"],
    ];
    expectLabelled(plan, labels);
  });

  it("a markdown pipe table with a RAG column first and a separator row", () => {
    const plan = [
      "Core group – 2 April 2027 – Tilly Marsh (9)",
      "",
      "Actions update (RAG: R = not started, A = started, G = done)",
      "",
      "| RAG | Action | Owner | Due |",
      "|-----|--------|-------|-----|",
      "| G | Mum to take Tilly to the optician. | Kerry (Mum) | 20/03/2027 |",
      "| A | Tilly to have a bedtime of 8pm on school nights. | Kerry / Tilly | Every school night |",
      "| R | Referral to the young carers group. | | By 16/04/2027 |",
      "| A | Keep the dog out of the baby's room. | Kerry and Dan | Every evening |",
      "| R | Sarah (SW) to see Tilly on her own at school. | Sarah (SW) | Every 2 weeks |",
      "| G | Check Tilly's weight and height. | School nurse | |",
      "| A | Support Kerry with her low mood. | GP | Ongoing |",
      "",
      "Next core group: 14/05/2027 at 10am, Brook Street Family Hub.",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["G | Mum to take Tilly to the optician. | Kerry (Mum) | 20/03/2027", "Kerry (Mum)", "20/03/2027"],
      ["A | Tilly to have a bedtime of 8pm on school nights. | Kerry / Tilly | Every school night", "Kerry / Tilly", "Every school night"],
      ["R | Referral to the young carers group. | | By 16/04/2027", null, "By 16/04/2027"],
      ["A | Keep the dog out of the baby's room. | Kerry and Dan | Every evening", "Kerry and Dan", "Every evening"],
      ["R | Sarah (SW) to see Tilly on her own at school. | Sarah (SW) | Every 2 weeks", "Sarah (SW)", "Every 2 weeks"],
      ["G | Check Tilly's weight and height. | School nurse |", "School nurse", null],
      ["A | Support Kerry with her low mood. | GP | Ongoing", "GP", "Ongoing"],
    ];
    expectLabelled(plan, labels);
  });

  it("a spreadsheet export with case number, child, ID, created, status and closed columns around the action", () => {
    const plan = [
      "Export: CP actions – open and closed – 03/03/2027 09:12",
      "Case no.\tChild\tAction ID\tAction\tAssigned to\tCreated\tDue\tStatus\tClosed",
      "CN-40981\tRuby Hale\tA-1\tArrange a dentist appointment for Ruby's broken tooth.\tGemma Hale (Mum)\t14/02/2027\t28/02/2027\tClosed\t26/02/2027",
      "CN-40981\tRuby Hale\tA-2\tFit a stair gate at the top of the stairs.\tHomes Plus repairs\t14/02/2027\t14/03/2027\tOpen\t",
      "CN-40981\tRuby Hale\tA-3\tRuby to go to nursery every morning.\tGemma Hale (Mum)\t14/02/2027\tDaily\tOpen\t",
      "CN-40981\tRuby Hale\tA-4\tComplete a parenting assessment with Gemma.\tAmir Khan (SW)\t14/02/2027\t\tOpen\t",
      "CN-40981\tRuby Hale\tA-5\tTell children's services about any new bruise on Ruby.\tLittle Acorns Nursery\t14/02/2027\tSame day\tOpen\t",
      "CN-40981\tRuby Hale\tA-6\tReferral to Talking Therapies.\t\t14/02/2027\tASAP\tOpen\t",
      "CN-40982\tLeo Hale\tA-7\tLeo to be seen by the school nurse about his bed-wetting.\tSchool nurse\t14/02/2027\tBy 31/03/2027\tOpen\t",
      "CN-40982\tLeo Hale\tA-8\tVisit the children at home and see each child alone.\tAmir Khan (SW)\t14/02/2027\tEvery 10 working days\tOpen\t",
      "Rows: 8",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["CN-40981\tRuby Hale\tA-1\tArrange a dentist appointment for Ruby's broken tooth.\tGemma Hale (Mum)\t14/02/2027\t28/02/2027\tClosed\t26/02/2027", "Gemma Hale (Mum)", "28/02/2027"],
      ["CN-40981\tRuby Hale\tA-2\tFit a stair gate at the top of the stairs.\tHomes Plus repairs\t14/02/2027\t14/03/2027\tOpen\t", "Homes Plus repairs", "14/03/2027"],
      ["CN-40981\tRuby Hale\tA-3\tRuby to go to nursery every morning.\tGemma Hale (Mum)\t14/02/2027\tDaily\tOpen\t", "Gemma Hale (Mum)", "Daily"],
      ["CN-40981\tRuby Hale\tA-4\tComplete a parenting assessment with Gemma.\tAmir Khan (SW)\t14/02/2027\t\tOpen\t", "Amir Khan (SW)", null],
      ["CN-40981\tRuby Hale\tA-5\tTell children's services about any new bruise on Ruby.\tLittle Acorns Nursery\t14/02/2027\tSame day\tOpen\t", "Little Acorns Nursery", "Same day"],
      ["CN-40981\tRuby Hale\tA-6\tReferral to Talking Therapies.\t\t14/02/2027\tASAP\tOpen\t", null, "ASAP"],
      ["CN-40982\tLeo Hale\tA-7\tLeo to be seen by the school nurse about his bed-wetting.\tSchool nurse\t14/02/2027\tBy 31/03/2027\tOpen\t", "School nurse", "By 31/03/2027"],
      ["CN-40982\tLeo Hale\tA-8\tVisit the children at home and see each child alone.\tAmir Khan (SW)\t14/02/2027\tEvery 10 working days\tOpen\t", "Amir Khan (SW)", "Every 10 working days"],
    ];
    expectLabelled(plan, labels);
  });

  it("a tab table with no header row at all", () => {
    const plan = [
      "Plan agreed at ICPC 02/03/2027 – Olivia (2) and Noah (5) Finch",
      "",
      "Mum to give Olivia her inhaler morning and night.\tJade Finch (Mum)\tEvery day",
      "Take Noah to the dentist for his two bad teeth.\tJade Finch (Mum)\tBy 26/03/2027",
      "Get a cot for Olivia from the baby bank.\tMegan (Family Support Worker)\tBy 12/03/2027",
      "Smoke alarm to be fitted.\t\tBy 19/03/2027",
      "Check Olivia's weight at clinic.\tHealth visitor – Ann Tully\tMonthly",
      "Keep the house clean.\tJade Finch (Mum)\t",
      "Visit without warning and look at the kitchen and bedrooms.\tChris (SW)\tAt least every 10 days",
      "",
      "Contingency: if the children are found alone again, a strategy discussion will be held the same day.",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Mum to give Olivia her inhaler morning and night.\tJade Finch (Mum)\tEvery day", "Jade Finch (Mum)", "Every day"],
      ["Take Noah to the dentist for his two bad teeth.\tJade Finch (Mum)\tBy 26/03/2027", "Jade Finch (Mum)", "By 26/03/2027"],
      ["Get a cot for Olivia from the baby bank.\tMegan (Family Support Worker)\tBy 12/03/2027", "Megan (Family Support Worker)", "By 12/03/2027"],
      ["Smoke alarm to be fitted.\t\tBy 19/03/2027", null, "By 19/03/2027"],
      ["Check Olivia's weight at clinic.\tHealth visitor – Ann Tully\tMonthly", "Health visitor – Ann Tully", "Monthly"],
      ["Keep the house clean.\tJade Finch (Mum)\t", "Jade Finch (Mum)", null],
      ["Visit without warning and look at the kitchen and bedrooms.\tChris (SW)\tAt least every 10 days", "Chris (SW)", "At least every 10 days"],
    ];
    expectLabelled(plan, labels);
  });

  it("a table pasted with runs of spaces, Lead and Support columns, a RAG column, cells wrapping in several columns", () => {
    const plan = [
      "Daisy Ward (3) – CP plan – actions at first core group 01/03/2027",
      "Review conference: 22/04/2027",
      "",
      "Ref  Action                              Lead            Support          Target       RAG",
      "1    Liam to go to Horizon for his        Liam (Dad)      Beth (Horizon    Weekly,      A",
      "     drug tests and key work.                             worker)          Mondays",
      "2    Take Daisy to nursery every          Liam (Dad)      Nursery          Daily        G",
      "     weekday.",
      "3    Safe storage box for Liam's          Beth (Horizon)                   By           R",
      "     methadone to be fitted.                                               12/03/2027",
      "4    Talk to Daisy about her worries      Kate (SW)                        By the       A",
      "     using pictures.                                                       review",
      "5    Check Daisy is gaining weight.       Health visitor                   Monthly      G",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["1    Liam to go to Horizon for his        Liam (Dad)      Beth (Horizon    Weekly,      A\n     drug tests and key work.                             worker)          Mondays", "Liam (Dad)", "Weekly,"],
      ["2    Take Daisy to nursery every          Liam (Dad)      Nursery          Daily        G\n     weekday.", "Liam (Dad)", "Daily"],
      ["3    Safe storage box for Liam's          Beth (Horizon)                   By           R\n     methadone to be fitted.                                               12/03/2027", "Beth (Horizon)", "By"],
      ["4    Talk to Daisy about her worries      Kate (SW)                        By the       A\n     using pictures.                                                       review", "Kate (SW)", "By the"],
      ["5    Check Daisy is gaining weight.       Health visitor                   Monthly      G", "Health visitor", "Monthly"],
    ];
    expectLabelled(plan, labels);
  });

  it("an outcome column filled only on the first row of each group, with 1.1-style references", () => {
    const plan = [
      "Tyler Reid (14) – child protection plan – 05/03/2027",
      "Outcome\tRef\tAction\tWho\tWhen\tDone?",
      "Tyler is safe when he is out\t1.1\tTyler to share his location with Mum on his phone when he goes out.\tTyler\tEvery time he goes out\t",
      "\t1.2\tRefer Tyler to the Safer Streets youth worker.\tRob (SW)\tBy 10/03/2027\tYes",
      "\t1.3\tMum to collect Tyler from football at 8pm.\tTanya (Mum)\tTuesdays and Thursdays\t",
      "Tyler is in school and learning\t2.1\tMeet Tyler and Tanya to agree a part-time timetable.\tMr Shaw (Year 9 lead)\tBy 17/03/2027\t",
      "\t2.2\tTyler to go to every lesson on his timetable.\tTyler\tFrom 18/03/2027\t",
      "\t2.3\tEducation welfare to be involved.\t\tTBC\t",
      "Tyler's mum gets help\t3.1\tTanya to phone the Parent Support line.\tTanya (Mum)\tAny time she is worried about Tyler\t",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Tyler is safe when he is out\t1.1\tTyler to share his location with Mum on his phone when he goes out.\tTyler\tEvery time he goes out\t", "Tyler", "Every time he goes out"],
      ["\t1.2\tRefer Tyler to the Safer Streets youth worker.\tRob (SW)\tBy 10/03/2027\tYes", "Rob (SW)", "By 10/03/2027"],
      ["\t1.3\tMum to collect Tyler from football at 8pm.\tTanya (Mum)\tTuesdays and Thursdays\t", "Tanya (Mum)", "Tuesdays and Thursdays"],
      ["Tyler is in school and learning\t2.1\tMeet Tyler and Tanya to agree a part-time timetable.\tMr Shaw (Year 9 lead)\tBy 17/03/2027\t", "Mr Shaw (Year 9 lead)", "By 17/03/2027"],
      ["\t2.2\tTyler to go to every lesson on his timetable.\tTyler\tFrom 18/03/2027\t", "Tyler", "From 18/03/2027"],
      ["\t2.3\tEducation welfare to be involved.\t\tTBC\t", null, "TBC"],
      ["Tyler's mum gets help\t3.1\tTanya to phone the Parent Support line.\tTanya (Mum)\tAny time she is worried about Tyler\t", "Tanya (Mum)", "Any time she is worried about Tyler"],
    ];
    expectLabelled(plan, labels);
  });

  it("a two-row header (Responsibility over Lead and Support), printed again after a page footer", () => {
    const plan = [
      "Pre-birth child protection plan – baby of Chloe Price (EDD 20/05/2027)",
      "Outcome: Baby is safe at home after birth",
      "\tResponsibility\t\t",
      "Action\tLead\tSupport\tTimescale",
      "Safe sleep talk with both parents, using the Lullaby Trust leaflet.\tMidwife (Kim Hart)\tHealth visitor\tBefore discharge",
      "Chloe and Aaron to agree who is the sober adult each night.\tChloe and Aaron\t\tEvery night",
      "Pre-birth assessment to be finished.\tSue (SW)\t\tBy 36 weeks (22/04/2027)",
      "Aaron to give a hair strand test.\tAaron\tSue (SW)\tBy 26/03/2027",
      "Page 1 of 2",
      "\tResponsibility\t\t",
      "Action\tLead\tSupport\tTimescale",
      "Visit Chloe at home to check the nursery is ready.\tHealth visitor\t\tAt 34 weeks",
      "Hold a discharge planning meeting on the ward.\tWard manager\tSue (SW)\tBefore baby leaves hospital",
      "Ensure the home is suitable.\t\t\tOngoing",
      "Page 2 of 2",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Safe sleep talk with both parents, using the Lullaby Trust leaflet.\tMidwife (Kim Hart)\tHealth visitor\tBefore discharge", "Midwife (Kim Hart)", "Before discharge"],
      ["Chloe and Aaron to agree who is the sober adult each night.\tChloe and Aaron\t\tEvery night", "Chloe and Aaron", "Every night"],
      ["Pre-birth assessment to be finished.\tSue (SW)\t\tBy 36 weeks (22/04/2027)", "Sue (SW)", "By 36 weeks (22/04/2027)"],
      ["Aaron to give a hair strand test.\tAaron\tSue (SW)\tBy 26/03/2027", "Aaron", "By 26/03/2027"],
      ["Visit Chloe at home to check the nursery is ready.\tHealth visitor\t\tAt 34 weeks", "Health visitor", "At 34 weeks"],
      ["Hold a discharge planning meeting on the ward.\tWard manager\tSue (SW)\tBefore baby leaves hospital", "Ward manager", "Before baby leaves hospital"],
      ["Ensure the home is suitable.\t\t\tOngoing", null, "Ongoing"],
    ];
    expectLabelled(plan, labels);
  });

  it("rows of a tab table going on under a capitals heading keep the header above it", () => {
    const plan = [
      "Plan for Kian and Ellie Moss – first core group 19/04/2027",
      "",
      "Timescale\tTask\tPerson responsible",
      "Daily\tEllie to be taken to nursery by 9am.\tStacey Moss (Mum)",
      "By 30/04/2027\tFix the broken window in the children's bedroom.\tRiverside Homes",
      "AREA 2 – KIAN'S HEALTH",
      "Within 2 weeks\tBook Kian's hearing test at the audiology clinic.\tStacey Moss (Mum)",
      "Ongoing\tSupport Stacey to manage the children's routines.\tFamily Hub worker",
      "\tMake sure Kian's inhaler is kept at school.\t\t",
      "",
    ].join('\n');
    const labels: Label[] = [
      ["Daily\tEllie to be taken to nursery by 9am.\tStacey Moss (Mum)", "Stacey Moss (Mum)", "Daily"],
      ["By 30/04/2027\tFix the broken window in the children's bedroom.\tRiverside Homes", "Riverside Homes", "By 30/04/2027"],
      ["Within 2 weeks\tBook Kian's hearing test at the audiology clinic.\tStacey Moss (Mum)", "Stacey Moss (Mum)", "Within 2 weeks"],
      ["Ongoing\tSupport Stacey to manage the children's routines.\tFamily Hub worker", "Family Hub worker", "Ongoing"],
      ["\tMake sure Kian's inhaler is kept at school.\t\t", null, null],
    ];
    expectLabelled(plan, labels);
  });
});
