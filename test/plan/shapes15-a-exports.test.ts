/** PDF tables with each cell on a line of its own, over page breaks. Written for session 15 (shapes-a); each plan is labelled by hand. */
import { describe, it } from 'vitest';
import { expectLabelled, type Label } from './shapes15-a-check.js';

describe('shapes15-a: exports', () => {
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
});
