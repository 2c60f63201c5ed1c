/** The frames the generated owner phrasings are put in (owner-variants, owner2-variants, owner3-variants). */
import { actionsOf } from './helpers.js';

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export interface OwnerFrame {
  name: string;
  line: (o: string) => string;
  /** The owner the frame should report. */
  who: (o: string) => string;
  /** The frame may keep a part of a long owner (a name before its comma, a role in its bracket). */
  part?: boolean;
}

/** The common frames (the first seven) and two that once lost their owner. */
export const OWNER_FRAMES: OwnerFrame[] = [
  { name: 'X will …', line: (o) => `${cap(o)} will ring Kai’s dad by Friday 7 May.`, who: cap },
  { name: 'X to …', line: (o) => `${cap(o)} to take Kai to the dentist on Monday 10 May.`, who: cap },
  { name: '… to be done by X', line: (o) => `Kai’s hearing test to be booked by ${o} before 14 May.`, who: (o) => o, part: true },
  { name: 'heading, then X will …', line: (o) => `A place at the youth club for Kai. ${cap(o)} will ask about it by 21 May.`, who: cap },
  { name: '… – X, by <date>', line: (o) => `Kai to be offered a young carers group – ${cap(o)}, by 28 May.`, who: cap, part: true },
  { name: 'label: X will …', line: (o) => `Who can help: ${cap(o)} will pick Kai up from school every Tuesday at 3pm.`, who: cap },
  { name: 'If …, X will …', line: (o) => `If Kai is not home by 9pm, ${o} will ring the police.`, who: (o) => o },
  { name: 'step (X – time)', line: (o) => `Take Kai to the dentist (${o} – by 10 May)`, who: (o) => o },
  { name: 'time, X to …', line: (o) => `By Friday 7 May, ${o} to ring Kai’s dad.`, who: (o) => o },
];

/** A short plan with the lines as bullets under "What will happen", then one clear step. */
export function planWith(...lines: string[]): string {
  return ['Child protection plan for Kai Lowe (9)', '', 'What will happen', ...lines.map((l) => `• ${l}`), '• Kai’s mum will ring the GP on Monday 3 May.'].join('\n');
}

/** The action holding the line's first twelve characters. */
export const findLine = (plan: string, line: string) => actionsOf(plan).find((x) => x.text.includes(line.slice(0, 12)));
