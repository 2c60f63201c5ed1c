import { judgeInFrames, type Judged, type When } from './judge-frames.js';

/**
 * Generated variants: action and time phrasings that no fixture uses, each put
 * into the same few plan shapes (a numbered list, bullets, a "Who/When" row),
 * to check the what and when judgements hold whatever the layout.
 */

// [action words (owner first), is the action vague?]
const ACTIONS: [string, Judged][] = [
  ['The school nurse will keep on seeing Zac.', 'vague'],
  ['Mrs Obi to carry on the parenting group.', 'vague'],
  ['Uncle Dev will help Zac come to terms with the move.', 'clear'],
  ['Uncle Dev will help Zac understand what the court decided.', 'vague'],
  ['Mum will always put Zac first.', 'vague'],
  ['The youth worker will raise Zac’s awareness of knife crime.', 'vague'],
  ['All workers to keep Zac’s wishes in mind.', 'vague'],
  ['Mum to take Zac’s worries into account.', 'vague'],
  ['Dad and Carla will speak to each other more often.', 'vague'],
  ['Dad to spend more time with Zac.', 'vague'],
  ['Mum to access support with her housing.', 'vague'],
  ['Dad to get help with his temper.', 'vague'],
  ['Carla will do her best for the baby.', 'vague'],
  ['Staff to watch out for bruises on Zac.', 'vague'],
  ['The mentor will do some work with Zac about anger.', 'vague'],
  ['Contact with Dad will be increased.', 'vague'],
  ['Mum will make sure the house is kept clean.', 'vague'],
  ['Zac’s bedroom to be improved.', 'vague'],
  ['The health visitor will continue to weigh the baby.', 'vague'],
  // concrete
  ['Dad to continue to take Zac to school every day.', 'clear'],
  ['Mum to ring the health visitor every Monday to say how the baby is.', 'clear'],
  ['The SW will help Zac fill in his passport form by 3 May.', 'clear'],
  ['Nan will put the tablets in the locked cupboard tonight.', 'clear'],
  ['School to offer Zac a mentor session every Wednesday at 1pm.', 'clear'],
  ['Dad to cut down to two cans a night.', 'clear'],
  ['Contact with Dad to be increased to twice a week from 1 June.', 'clear'],
  ['Mum to register with the dentist and book Zac a check-up by 30 April.', 'clear'],
  ['Mum will not let Mr Kay into the house any more.', 'clear'],
  ['Grandad to fix the stair gate this weekend.', 'clear'],
  ['Mum to keep a sleep diary and show it to the HV at each visit.', 'clear'],
];

// [action words with a time, how the time is judged]
const TIMES: [string, When][] = [
  ['Mum to ring the landlord at some point.', 'vague'],
  ['Dad to move out once the police say he can.', 'vague'],
  ['The SW will refer Zac to the counsellor in the coming weeks.', 'vague'],
  ['The SW will visit Mum after the court order is made.', 'vague'],
  ['Dad to start the course when the next one runs.', 'vague'],
  ['Mum to book a GP appointment when she is ready.', 'vague'],
  ['Mum to ring the SW if Mr Kay comes to the house.', 'clear'],
  ['School to tell Mum the same day if Zac is sent home.', 'clear'],
  ['If Nan is poorly, Carla will take Zac to school instead.', 'clear'],
  ['Dad to finish the four anger sessions by 20 May.', 'clear'],
  ['Mum will give the baby his vitamins every feed.', 'clear'],
  ['Carla will text the SW when she gets to the refuge.', 'clear'],
  ['Nan will collect Zac from school at 3.15pm each Thursday.', 'clear'],
  ['Dad will fit a smoke alarm so the fire service can check it if they visit.', 'missing'],
  ['The nurse will check the baby’s skin again after 5 days.', 'missing'],
];

judgeInFrames('generated phrasings', ACTIONS, TIMES);
