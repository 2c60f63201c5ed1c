/**
 * The mixed folder of the "must show" scenario, written fresh into a temp
 * dir: txt, md with BOM, docx, UTF-16, csv rows, an empty file, a corrupt
 * docx, a Windows-1252 file, a PDF and a file without read permission.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDocx } from './helpers.js';

export const TEXTS = {
  plain: 'Amy needs to be safe at home.\nMum will take Amy to the dentist by 3rd March 2026.\nThe SW will visit every Monday at 11am.\n',
  bom: '# Plan for Leo\n\nThe LA will continue to monitor via the core group.\nDad to engage with CAMHS asap.\n',
  docx: 'Plan for Ruby\nRuby will go to school every day.\nMum to attend all appointments with the HV.\nProfessionals to ensure a robust safety plan is implemented in a timely manner.',
  utf16: 'Kai’s plan: Mum will keep the house warm and clean. The social worker will visit fortnightly. We are worried about neglect — “things must change”.\n',
  north1: 'Grandma Pat will collect Mia from school every Friday.\nThe ICPC agreed the threshold was met.\n',
  south1: 'Tom to complete the Freedom Programme by the review conference.\nCore group members to monitor.\n',
  hostile: 'Mum said <img src=x onerror=alert(1)> and "quotes" & ampersands. The LA will monitor.\n',
};

export interface Fixture {
  dir: string;
  unreadable: string;
}

export function writeFixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'clearplan-cli-'));
  chmodSync(dir, 0o755);
  const plans = join(dir, 'plans');
  mkdirSync(join(plans, 'north'), { recursive: true });
  mkdirSync(join(plans, 'south'), { recursive: true });
  writeFileSync(join(plans, 'north', 'a-plain.txt'), TEXTS.plain);
  writeFileSync(join(plans, 'north', 'b-bom.md'), `\uFEFF${TEXTS.bom}`);
  writeFileSync(join(plans, 'north', 'c-word.docx'), makeDocx(TEXTS.docx));
  writeFileSync(join(plans, 'south', 'd-unicode.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXTS.utf16, 'utf16le')]));
  writeFileSync(join(plans, 'south', 'e-empty.txt'), '');
  writeFileSync(join(plans, 'south', 'f-corrupt.docx'), Buffer.from('PK\u0003\u0004 this is not really a zip file at all'));
  writeFileSync(join(plans, 'south', 'g-locked.txt'), TEXTS.plain);
  writeFileSync(join(plans, 'south', 'h-latin1.txt'), Buffer.from([0x4d, 0x75, 0x6d, 0x20, 0x93, 0x77, 0x69, 0x6c, 0x6c, 0x94, 0x0a]));
  writeFileSync(join(plans, 'south', 'i-scan.pdf'), '%PDF-1.4\n');
  // A CSV export: one plan per row, a carried "team" column, an empty plan, a hostile cell.
  const csv = [
    'case_id,team,text',
    `C-1,North,"${TEXTS.north1.replace(/"/g, '""')}"`,
    `C-2,South,"${TEXTS.south1.replace(/"/g, '""')}"`,
    'C-3,South,""',
    `C-4,=cmd|' /C calc'!A0,"${TEXTS.hostile.replace(/"/g, '""')}"`,
  ].join('\r\n');
  writeFileSync(join(plans, 'team.csv'), `${csv}\r\n`);
  const unreadable = join(plans, 'south', 'g-locked.txt');
  chmodSync(unreadable, 0o000);
  for (const d of [plans, join(plans, 'north'), join(plans, 'south')]) chmodSync(d, 0o755);
  return { dir, unreadable };
}

/** The names every run over plans/ must list, once each, in this order. */
export const EXPECTED_NAMES = [
  'plans/north/a-plain.txt',
  'plans/north/b-bom.md',
  'plans/north/c-word.docx',
  'plans/south/d-unicode.txt',
  'plans/south/e-empty.txt',
  'plans/south/f-corrupt.docx',
  'plans/south/g-locked.txt',
  'plans/south/h-latin1.txt',
  'plans/south/i-scan.pdf',
  'plans/team.csv row 2',
  'plans/team.csv row 3',
  'plans/team.csv row 4',
  'plans/team.csv row 5',
];
