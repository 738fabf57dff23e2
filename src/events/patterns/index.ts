/** All pattern families, in priority order (longer, more specific forms are matched first anyway). */
import { accuse, complain, convict, criticise, disapprove, impeach, investigate, ruleUnlawful, sue } from "./accuse.js";
import { agree } from "./agree.js";
import { abduct, assassinate, attack, beat, bomb, fight, kill, sexualAssault, shoot } from "./assault.js";
import { arrest, blockade, capture, crackdown, deport, emergency, forceOut, occupy, restrict, seize, useForce } from "./coerce.js";
import { discuss, host, meet, phone, visit } from "./consult.js";
import { aid, cooperate, economicTies, extradite } from "./cooperate.js";
import { massTroops, mobilize } from "./mobilize.js";
import { block, demonstrate, hunger, protest, riot, strike } from "./protest.js";
import { defy, deny, reject, veto } from "./reject.js";
import {
  appeal,
  ceaseAndDesist,
  demand,
  order,
  orderArrest,
  orderAssassination,
  orderExpulsion,
  orderKilling,
  subpoena,
} from "./request.js";
import { allow, ceasefire, concede, ease, easeCurfew, easeEmergency, release, resign, withdraw } from "./retreat.js";
import { cutAid, cutTies, expelDiplomats, halt, haltSomething, sanction } from "./sanction.js";
import { claim, say } from "./statement.js";
import { apologise, defend, forgive, praise, recognise, second, sign } from "./support.js";
import { threaten, ultimatum, warrant } from "./threaten.js";
import type { Family } from "./types.js";

export type { Family } from "./types.js";

export const FAMILIES: Family[] = [
  agree,
  meet,
  discuss,
  phone,
  visit,
  host,
  praise,
  second,
  defend,
  recognise,
  apologise,
  forgive,
  sign,
  cooperate,
  economicTies,
  extradite,
  aid,
  release,
  withdraw,
  ease,
  easeCurfew,
  ceasefire,
  easeEmergency,
  allow,
  resign,
  concede,
  demand,
  order,
  orderArrest,
  orderKilling,
  orderAssassination,
  orderExpulsion,
  subpoena,
  ceaseAndDesist,
  appeal,
  accuse,
  criticise,
  disapprove,
  complain,
  sue,
  impeach,
  convict,
  ruleUnlawful,
  investigate,
  reject,
  veto,
  defy,
  deny,
  threaten,
  ultimatum,
  warrant,
  protest,
  demonstrate,
  strike,
  hunger,
  block,
  riot,
  mobilize,
  massTroops,
  sanction,
  cutTies,
  cutAid,
  halt,
  expelDiplomats,
  haltSomething,
  arrest,
  deport,
  forceOut,
  seize,
  restrict,
  emergency,
  crackdown,
  useForce,
  occupy,
  capture,
  blockade,
  attack,
  bomb,
  shoot,
  kill,
  assassinate,
  abduct,
  beat,
  sexualAssault,
  fight,
  claim,
  say,
];
