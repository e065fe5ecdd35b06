import { messageRouter } from '../helpers/dialog-deps';
import { read, routesUnder } from '../helpers/router-readings';

/**
 * Round 19 (lead): the recipe concept (a cook's question is declined) listed "menu", and a spa's menu is its list of
 * treatments: "what would you suggest from your menu" was declined instead of reaching the health check. A menu is now a
 * cook's only with a meal named. Fresh messages; the classifier's reading is fixed to readings that would mislead.
 */
const router = messageRouter();
const misleading = [read('out_of_scope'), read('ask_question'), read('none', 1)];
const routes = routesUnder(router, misleading);

describe("a treatment chosen from the spa's menu is a personal request", () => {
  it.each([
    'my knees ache after long shifts and I want something relaxing, what would you suggest from your menu?',
    'Looking at your treatment menu - which one would you recommend for my puffy ankles?',
    'I had a baby 6 weeks ago and feel swollen everywhere. anything on the menu you would suggest for me?',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(misleading.map(() => 'personal'));
  });
});

describe("a menu with a meal named is still a cook's question", () => {
  it.each([
    'can you suggest a dinner party menu for eight people, one is vegan',
    'recommend me a christmas menu that is not turkey',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(misleading.map(() => 'out_of_scope'));
  });
});
