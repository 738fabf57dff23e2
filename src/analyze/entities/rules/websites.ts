import type { EntityRule } from "../mention.js";

/** A domain ending glued to the name: "Znak.com", "Politico.com", "Change.org" (not "Amazon.com's" product names). */
const DOMAIN = /^\.(?:com|org|net|news|info|co\.uk|ru|ua|de|fr|in|au|ca)\b/i;

/** A name written as a web address ("One news site, Znak.com, claims …") is the website's organisation. */
export const websites: EntityRule = (ctx, mentions) => {
  for (const m of mentions) if (m.type !== "ORG" && DOMAIN.test(ctx.text.slice(m.end, m.end + 7))) m.type = "ORG";
  return mentions;
};
