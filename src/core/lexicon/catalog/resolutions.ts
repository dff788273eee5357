import type { CatalogEntryInput } from "./entryInput";

/**
 * Numbered resolutions of UN bodies. Security Council resolutions have no official titles:
 * the canonical name is the citation form, the subject is in a comment. General Assembly and
 * Human Rights Council resolutions carry their official titles after the number. Number forms
 * ("resolution 2347 (2017)", "S/RES/2347 (2017)") are aliases; bare session/number forms
 * ("resolution 51/210") are given only for the General Assembly, since other bodies reuse them.
 */
export const RESOLUTIONS: CatalogEntryInput[] = [
  // UN Security Council.
  { // children and armed conflict (first resolution on the subject)
    id: "unsc-res-1261", name: "Security Council resolution 1261 (1999)",
    aliases: ["UN Security Council resolution 1261", "Security Council resolution 1261", "UNSC resolution 1261", "resolution 1261 (1999)", "resolution 1261", "S/RES/1261 (1999)", "S/RES/1261"],
    type: "resolution", adopted: 1999, body: "UN Security Council",
  },
  { // sanctions regime against the Taliban (later the ISIL (Da’esh) and Al-Qaida regime)
    id: "unsc-res-1267", name: "Security Council resolution 1267 (1999)",
    aliases: ["UN Security Council resolution 1267", "Security Council resolution 1267", "UNSC resolution 1267", "resolution 1267 (1999)", "resolution 1267", "S/RES/1267 (1999)", "S/RES/1267"],
    type: "resolution", adopted: 1999, body: "UN Security Council",
  },
  { // women, peace and security
    id: "unsc-res-1325", name: "Security Council resolution 1325 (2000)",
    aliases: ["UN Security Council resolution 1325", "Security Council resolution 1325", "UNSC resolution 1325", "resolution 1325 (2000)", "resolution 1325", "S/RES/1325 (2000)", "S/RES/1325"],
    type: "resolution", adopted: 2000, body: "UN Security Council",
  },
  { // condemnation of the terrorist attacks of 11 September 2001
    id: "unsc-res-1368", name: "Security Council resolution 1368 (2001)",
    aliases: ["UN Security Council resolution 1368", "Security Council resolution 1368", "UNSC resolution 1368", "resolution 1368 (2001)", "resolution 1368", "S/RES/1368 (2001)", "S/RES/1368"],
    type: "resolution", adopted: 2001, body: "UN Security Council",
  },
  { // threats to international peace and security caused by terrorist acts; Counter-Terrorism Committee
    id: "unsc-res-1373", name: "Security Council resolution 1373 (2001)",
    aliases: ["UN Security Council resolution 1373", "Security Council resolution 1373", "UNSC resolution 1373", "resolution 1373 (2001)", "resolution 1373", "S/RES/1373 (2001)", "S/RES/1373"],
    type: "resolution", adopted: 2001, body: "UN Security Council",
  },
  { // non-proliferation of weapons of mass destruction to non-State actors
    id: "unsc-res-1540", name: "Security Council resolution 1540 (2004)",
    aliases: ["UN Security Council resolution 1540", "Security Council resolution 1540", "UNSC resolution 1540", "resolution 1540 (2004)", "resolution 1540", "S/RES/1540 (2004)", "S/RES/1540"],
    type: "resolution", adopted: 2004, body: "UN Security Council",
  },
  { // threats to international peace and security caused by terrorist acts
    id: "unsc-res-1566", name: "Security Council resolution 1566 (2004)",
    aliases: ["UN Security Council resolution 1566", "Security Council resolution 1566", "UNSC resolution 1566", "resolution 1566 (2004)", "resolution 1566", "S/RES/1566 (2004)", "S/RES/1566"],
    type: "resolution", adopted: 2004, body: "UN Security Council",
  },
  { // children and armed conflict; monitoring and reporting mechanism
    id: "unsc-res-1612", name: "Security Council resolution 1612 (2005)",
    aliases: ["UN Security Council resolution 1612", "Security Council resolution 1612", "UNSC resolution 1612", "resolution 1612 (2005)", "resolution 1612", "S/RES/1612 (2005)", "S/RES/1612"],
    type: "resolution", adopted: 2005, body: "UN Security Council",
  },
  { // prohibition of incitement to commit terrorist acts
    id: "unsc-res-1624", name: "Security Council resolution 1624 (2005)",
    aliases: ["UN Security Council resolution 1624", "Security Council resolution 1624", "UNSC resolution 1624", "resolution 1624 (2005)", "resolution 1624", "S/RES/1624 (2005)", "S/RES/1624"],
    type: "resolution", adopted: 2005, body: "UN Security Council",
  },
  { // sexual violence in armed conflict
    id: "unsc-res-1820", name: "Security Council resolution 1820 (2008)",
    aliases: ["UN Security Council resolution 1820", "Security Council resolution 1820", "UNSC resolution 1820", "resolution 1820 (2008)", "resolution 1820", "S/RES/1820 (2008)", "S/RES/1820"],
    type: "resolution", adopted: 2008, body: "UN Security Council",
  },
  { // children and armed conflict; killing, maiming and sexual violence
    id: "unsc-res-1882", name: "Security Council resolution 1882 (2009)",
    aliases: ["UN Security Council resolution 1882", "Security Council resolution 1882", "UNSC resolution 1882", "resolution 1882 (2009)", "resolution 1882", "S/RES/1882 (2009)", "S/RES/1882"],
    type: "resolution", adopted: 2009, body: "UN Security Council",
  },
  { // children and armed conflict; attacks on schools and hospitals
    id: "unsc-res-1998", name: "Security Council resolution 1998 (2011)",
    aliases: ["UN Security Council resolution 1998", "Security Council resolution 1998", "UNSC resolution 1998", "resolution 1998 (2011)", "resolution 1998", "S/RES/1998 (2011)", "S/RES/1998"],
    type: "resolution", adopted: 2011, body: "UN Security Council",
  },
  { // elimination of the chemical weapons of the Syrian Arab Republic
    id: "unsc-res-2118", name: "Security Council resolution 2118 (2013)",
    aliases: ["UN Security Council resolution 2118", "Security Council resolution 2118", "UNSC resolution 2118", "resolution 2118 (2013)", "resolution 2118", "S/RES/2118 (2013)", "S/RES/2118"],
    type: "resolution", adopted: 2013, body: "UN Security Council",
  },
  { // children and armed conflict; military use of schools
    id: "unsc-res-2143", name: "Security Council resolution 2143 (2014)",
    aliases: ["UN Security Council resolution 2143", "Security Council resolution 2143", "UNSC resolution 2143", "resolution 2143 (2014)", "resolution 2143", "S/RES/2143 (2014)", "S/RES/2143"],
    type: "resolution", adopted: 2014, body: "UN Security Council",
  },
  { // ISIL and Al-Nusrah Front
    id: "unsc-res-2170", name: "Security Council resolution 2170 (2014)",
    aliases: ["UN Security Council resolution 2170", "Security Council resolution 2170", "UNSC resolution 2170", "resolution 2170 (2014)", "resolution 2170", "S/RES/2170 (2014)", "S/RES/2170"],
    type: "resolution", adopted: 2014, body: "UN Security Council",
  },
  { // foreign terrorist fighters
    id: "unsc-res-2178", name: "Security Council resolution 2178 (2014)",
    aliases: ["UN Security Council resolution 2178", "Security Council resolution 2178", "UNSC resolution 2178", "resolution 2178 (2014)", "resolution 2178", "S/RES/2178 (2014)", "S/RES/2178"],
    type: "resolution", adopted: 2014, body: "UN Security Council",
  },
  { // financing of ISIL and Al-Nusrah Front, including trade in cultural property
    id: "unsc-res-2199", name: "Security Council resolution 2199 (2015)",
    aliases: ["UN Security Council resolution 2199", "Security Council resolution 2199", "UNSC resolution 2199", "resolution 2199 (2015)", "resolution 2199", "S/RES/2199 (2015)", "S/RES/2199"],
    type: "resolution", adopted: 2015, body: "UN Security Council",
  },
  { // children and armed conflict; abduction of children
    id: "unsc-res-2225", name: "Security Council resolution 2225 (2015)",
    aliases: ["UN Security Council resolution 2225", "Security Council resolution 2225", "UNSC resolution 2225", "resolution 2225 (2015)", "resolution 2225", "S/RES/2225 (2015)", "S/RES/2225"],
    type: "resolution", adopted: 2015, body: "UN Security Council",
  },
  { // endorsement of the Joint Comprehensive Plan of Action on Iran's nuclear programme
    id: "unsc-res-2231", name: "Security Council resolution 2231 (2015)",
    aliases: ["UN Security Council resolution 2231", "Security Council resolution 2231", "UNSC resolution 2231", "resolution 2231 (2015)", "resolution 2231", "S/RES/2231 (2015)", "S/RES/2231"],
    type: "resolution", adopted: 2015, body: "UN Security Council",
  },
  { // youth, peace and security
    id: "unsc-res-2250", name: "Security Council resolution 2250 (2015)",
    aliases: ["UN Security Council resolution 2250", "Security Council resolution 2250", "UNSC resolution 2250", "resolution 2250 (2015)", "resolution 2250", "S/RES/2250 (2015)", "S/RES/2250"],
    type: "resolution", adopted: 2015, body: "UN Security Council",
  },
  { // protection of medical care in armed conflict
    id: "unsc-res-2286", name: "Security Council resolution 2286 (2016)",
    aliases: ["UN Security Council resolution 2286", "Security Council resolution 2286", "UNSC resolution 2286", "resolution 2286 (2016)", "resolution 2286", "S/RES/2286 (2016)", "S/RES/2286"],
    type: "resolution", adopted: 2016, body: "UN Security Council",
  },
  { // protection of critical infrastructure against terrorist attacks
    id: "unsc-res-2341", name: "Security Council resolution 2341 (2017)",
    aliases: ["UN Security Council resolution 2341", "Security Council resolution 2341", "UNSC resolution 2341", "resolution 2341 (2017)", "resolution 2341", "S/RES/2341 (2017)", "S/RES/2341"],
    type: "resolution", adopted: 2017, body: "UN Security Council",
  },
  { // protection of cultural heritage in armed conflict
    id: "unsc-res-2347", name: "Security Council resolution 2347 (2017)",
    aliases: ["UN Security Council resolution 2347", "Security Council resolution 2347", "UNSC resolution 2347", "resolution 2347 (2017)", "resolution 2347", "S/RES/2347 (2017)", "S/RES/2347"],
    type: "resolution", adopted: 2017, body: "UN Security Council",
  },
  { // preventing terrorists from acquiring weapons
    id: "unsc-res-2370", name: "Security Council resolution 2370 (2017)",
    aliases: ["UN Security Council resolution 2370", "Security Council resolution 2370", "UNSC resolution 2370", "resolution 2370 (2017)", "resolution 2370", "S/RES/2370 (2017)", "S/RES/2370"],
    type: "resolution", adopted: 2017, body: "UN Security Council",
  },
  { // returning and relocating foreign terrorist fighters
    id: "unsc-res-2396", name: "Security Council resolution 2396 (2017)",
    aliases: ["UN Security Council resolution 2396", "Security Council resolution 2396", "UNSC resolution 2396", "resolution 2396 (2017)", "resolution 2396", "S/RES/2396 (2017)", "S/RES/2396"],
    type: "resolution", adopted: 2017, body: "UN Security Council",
  },
  { // children and armed conflict; prevention
    id: "unsc-res-2427", name: "Security Council resolution 2427 (2018)",
    aliases: ["UN Security Council resolution 2427", "Security Council resolution 2427", "UNSC resolution 2427", "resolution 2427 (2018)", "resolution 2427", "S/RES/2427 (2018)", "S/RES/2427"],
    type: "resolution", adopted: 2018, body: "UN Security Council",
  },
  { // combating the financing of terrorism
    id: "unsc-res-2462", name: "Security Council resolution 2462 (2019)",
    aliases: ["UN Security Council resolution 2462", "Security Council resolution 2462", "UNSC resolution 2462", "resolution 2462 (2019)", "resolution 2462", "S/RES/2462 (2019)", "S/RES/2462"],
    type: "resolution", adopted: 2019, body: "UN Security Council",
  },
  { // sexual violence in conflict
    id: "unsc-res-2467", name: "Security Council resolution 2467 (2019)",
    aliases: ["UN Security Council resolution 2467", "Security Council resolution 2467", "UNSC resolution 2467", "resolution 2467 (2019)", "resolution 2467", "S/RES/2467 (2019)", "S/RES/2467"],
    type: "resolution", adopted: 2019, body: "UN Security Council",
  },
  { // protection of education in armed conflict
    id: "unsc-res-2601", name: "Security Council resolution 2601 (2021)",
    aliases: ["UN Security Council resolution 2601", "Security Council resolution 2601", "UNSC resolution 2601", "resolution 2601 (2021)", "resolution 2601", "S/RES/2601 (2021)", "S/RES/2601"],
    type: "resolution", adopted: 2021, body: "UN Security Council",
  },
  // UN General Assembly.
  {
    // Set up the Ad Hoc Committee that drafted the Terrorist Bombings, Financing and Nuclear
    // Terrorism conventions and negotiates the comprehensive convention.
    id: "unga-res-51-210", name: "General Assembly resolution 51/210: Measures to eliminate international terrorism",
    aliases: ["General Assembly resolution 51/210", "UN General Assembly resolution 51/210", "resolution 51/210", "A/RES/51/210"],
    type: "resolution", adopted: 1996, body: "UN General Assembly",
  },
  // First Committee resolutions of the 57th session (2002), with their draft symbols.
  {
    id: "unga-res-57-50",
    name: "General Assembly resolution 57/50: Prohibition of the development and manufacture of new types of weapons of mass destruction and new systems of such weapons: report of the Conference on Disarmament",
    aliases: ["General Assembly resolution 57/50", "resolution 57/50", "A/RES/57/50", "A/C.1/57/L.5"],
    type: "resolution", adopted: 2002, body: "UN General Assembly",
  },
  {
    id: "unga-res-57-53",
    name: "General Assembly resolution 57/53: Developments in the field of information and telecommunications in the context of international security",
    aliases: ["General Assembly resolution 57/53", "resolution 57/53", "A/RES/57/53", "A/C.1/57/L.1"],
    type: "resolution", adopted: 2002, body: "UN General Assembly",
  },
  {
    id: "unga-res-57-58",
    name: "General Assembly resolution 57/58: Reductions of non-strategic nuclear weapons",
    aliases: ["General Assembly resolution 57/58", "resolution 57/58", "A/RES/57/58", "A/C.1/57/L.2/Rev.1"],
    type: "resolution", adopted: 2002, body: "UN General Assembly",
  },
  {
    id: "unga-res-57-59",
    name: "General Assembly resolution 57/59: Towards a nuclear-weapon-free world: the need for a new agenda",
    aliases: ["General Assembly resolution 57/59", "resolution 57/59", "A/RES/57/59", "A/C.1/57/L.3/Rev.1"],
    type: "resolution", adopted: 2002, body: "UN General Assembly",
  },
  {
    id: "unga-res-57-100",
    name: "General Assembly resolution 57/100: Comprehensive Nuclear-Test-Ban Treaty",
    aliases: ["General Assembly resolution 57/100", "resolution 57/100", "A/RES/57/100", "A/C.1/57/L.4/Rev.1"],
    type: "resolution", adopted: 2002, body: "UN General Assembly",
  },
  // UN Human Rights Council.
  {
    id: "unhrc-res-35-20",
    name: "Human Rights Council resolution 35/20: Human rights and climate change",
    aliases: ["Human Rights Council resolution 35/20", "HRC resolution 35/20", "A/HRC/RES/35/20", "A/HRC/35/L.32"],
    type: "resolution", adopted: 2017, body: "UN Human Rights Council",
  },
];
