import type { CatalogEntryInput } from "./entryInput";

/**
 * Culture and cultural heritage: the UNESCO conventions (the 1954 Hague Convention and its
 * two Protocols first), UNIDROIT, and UNESCO's declarations and strategy on heritage in
 * armed conflict. Security Council resolutions on heritage (2199, 2347) are in resolutions.ts.
 */
export const CULTURE: CatalogEntryInput[] = [
  {
    id: "hague-1954",
    name: "Convention for the Protection of Cultural Property in the Event of Armed Conflict",
    aliases: [
      "Hague Convention of 1954",
      "1954 Hague Convention",
      "1954 Convention for the Protection of Cultural Property in the Event of Armed Conflict",
      "Hague Convention for the Protection of Cultural Property in the Event of Armed Conflict",
      "1954 Hague Convention for the Protection of Cultural Property",
    ],
    type: "treaty",
    adopted: 1954,
    body: "UNESCO",
  },
  {
    id: "hague-1954-p1",
    name: "Protocol for the Protection of Cultural Property in the Event of Armed Conflict",
    aliases: [
      "First Protocol to the Hague Convention of 1954",
      "First Protocol to the 1954 Hague Convention",
      "First Protocol to the Convention for the Protection of Cultural Property in the Event of Armed Conflict",
      "1954 First Protocol",
    ],
    type: "protocol",
    adopted: 1954,
    body: "UNESCO",
    parent: "hague-1954",
  },
  {
    id: "hague-1954-p2",
    name: "Second Protocol to the Hague Convention of 1954 for the Protection of Cultural Property in the Event of Armed Conflict",
    aliases: [
      "Second Protocol to the Hague Convention of 1954",
      "Second Protocol to the 1954 Hague Convention",
      "Second Protocol to the Convention for the Protection of Cultural Property in the Event of Armed Conflict",
      "1999 Second Protocol",
    ],
    type: "protocol",
    adopted: 1999,
    body: "UNESCO",
    parent: "hague-1954",
  },
  {
    id: "unesco-1970",
    name: "Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property",
    aliases: [
      "1970 UNESCO Convention",
      "UNESCO 1970 Convention",
      "1970 Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property",
    ],
    type: "treaty",
    adopted: 1970,
    body: "UNESCO",
  },
  {
    id: "world-heritage-convention",
    name: "Convention concerning the Protection of the World Cultural and Natural Heritage",
    aliases: [
      "World Heritage Convention",
      "1972 World Heritage Convention",
      "1972 Convention concerning the Protection of the World Cultural and Natural Heritage",
    ],
    type: "treaty",
    adopted: 1972,
    body: "UNESCO",
  },
  {
    id: "unidroit-1995",
    name: "UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects",
    aliases: ["1995 UNIDROIT Convention", "UNIDROIT Convention", "Convention on Stolen or Illegally Exported Cultural Objects"],
    type: "treaty",
    adopted: 1995,
    body: "UNIDROIT",
  },
  {
    id: "underwater-heritage-2001",
    name: "Convention on the Protection of the Underwater Cultural Heritage",
    aliases: ["2001 Convention on the Protection of the Underwater Cultural Heritage", "Underwater Cultural Heritage Convention"],
    type: "treaty",
    adopted: 2001,
    body: "UNESCO",
  },
  {
    id: "intangible-heritage-2003",
    name: "Convention for the Safeguarding of the Intangible Cultural Heritage",
    aliases: [
      "2003 Convention for the Safeguarding of the Intangible Cultural Heritage",
      "Intangible Cultural Heritage Convention",
      "Intangible Heritage Convention",
    ],
    type: "treaty",
    adopted: 2003,
    body: "UNESCO",
  },
  {
    id: "cultural-diversity-2005",
    name: "Convention on the Protection and Promotion of the Diversity of Cultural Expressions",
    aliases: [
      "2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions",
      "Cultural Diversity Convention",
      "Convention on Cultural Diversity",
    ],
    type: "treaty",
    adopted: 2005,
    body: "UNESCO",
  },
  {
    id: "nicosia-convention",
    name: "Council of Europe Convention on Offences relating to Cultural Property",
    aliases: ["Nicosia Convention"],
    type: "treaty",
    adopted: 2017,
    body: "Council of Europe",
    cets: 221,
  },
  {
    id: "unesco-declaration-cultural-diversity",
    name: "UNESCO Universal Declaration on Cultural Diversity",
    aliases: ["Universal Declaration on Cultural Diversity"],
    type: "declaration",
    adopted: 2001,
    body: "UNESCO",
  },
  {
    id: "unesco-declaration-intentional-destruction",
    name: "UNESCO Declaration concerning the Intentional Destruction of Cultural Heritage",
    aliases: ["Declaration concerning the Intentional Destruction of Cultural Heritage"],
    type: "declaration",
    adopted: 2003,
    body: "UNESCO",
  },
  {
    // 38 C/Resolution 48 of the UNESCO General Conference, November 2015.
    id: "unesco-culture-conflict-strategy",
    name: "Strategy for the Reinforcement of UNESCO's Action for the Protection of Culture and the Promotion of Cultural Pluralism in the Event of Armed Conflict",
    aliases: [
      "Strategy for the Reinforcement of UNESCO’s Action for the Protection of Culture and the Promotion of Cultural Pluralism in the Event of Armed Conflict",
      "UNESCO Strategy for the protection of culture and the promotion of cultural pluralism in the event of armed conflict",
    ],
    type: "strategy",
    adopted: 2015,
    body: "UNESCO",
  },
  {
    // Elaborated at the request of 38 C/Resolution 48; Member States consulted until January 2017.
    id: "unesco-culture-conflict-action-plan",
    name: "Action Plan for the Implementation of the Strategy for the Reinforcement of UNESCO's Action for the Protection of Culture and the Promotion of Cultural Pluralism in the Event of Armed Conflict",
    aliases: [
      "Action Plan for the Implementation of the Strategy for the Reinforcement of UNESCO’s Action for the Protection of Culture and the Promotion of Cultural Pluralism in the Event of Armed Conflict",
      "UNESCO Action Plan for the protection of culture",
    ],
    type: "plan",
    adopted: null,
    body: "UNESCO",
  },
];
