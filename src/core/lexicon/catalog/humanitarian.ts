import type { CatalogEntryInput } from "./entryInput";

const GENEVA_1949 = "Diplomatic Conference of Geneva of 1949";
const GENEVA_1977 = "Diplomatic Conference on the Reaffirmation and Development of International Humanitarian Law";

/**
 * International humanitarian and criminal law: the Geneva Conventions (the four, and an
 * umbrella entry for texts that name them together), their Additional Protocols, the Rome
 * Statute and related texts. The Additional Protocols' `parent` is the umbrella entry.
 */
export const HUMANITARIAN: CatalogEntryInput[] = [
  {
    id: "geneva-conventions",
    name: "Geneva Conventions of 1949",
    aliases: ["Geneva Conventions", "1949 Geneva Conventions", "four Geneva Conventions", "Geneva Conventions of 12 August 1949"],
    type: "treaty",
    adopted: 1949,
    body: GENEVA_1949,
  },
  {
    id: "geneva-gc1",
    name: "Geneva Convention for the Amelioration of the Condition of the Wounded and Sick in Armed Forces in the Field",
    aliases: ["First Geneva Convention", "Geneva Convention I"],
    type: "treaty",
    adopted: 1949,
    body: GENEVA_1949,
  },
  {
    id: "geneva-gc2",
    name: "Geneva Convention for the Amelioration of the Condition of Wounded, Sick and Shipwrecked Members of Armed Forces at Sea",
    aliases: ["Second Geneva Convention", "Geneva Convention II"],
    type: "treaty",
    adopted: 1949,
    body: GENEVA_1949,
  },
  {
    id: "geneva-gc3",
    name: "Geneva Convention relative to the Treatment of Prisoners of War",
    aliases: ["Third Geneva Convention", "Geneva Convention III", "Prisoners of War Convention"],
    type: "treaty",
    adopted: 1949,
    body: GENEVA_1949,
  },
  {
    id: "geneva-gc4",
    name: "Geneva Convention relative to the Protection of Civilian Persons in Time of War",
    aliases: ["Fourth Geneva Convention", "Geneva Convention IV"],
    type: "treaty",
    adopted: 1949,
    body: GENEVA_1949,
  },
  {
    id: "geneva-ap1",
    name: "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)",
    aliases: [
      "Additional Protocol I",
      "Additional Protocol I to the Geneva Conventions",
      "First Additional Protocol to the Geneva Conventions",
      "First Additional Protocol",
      "Protocol I Additional to the Geneva Conventions",
    ],
    type: "protocol",
    adopted: 1977,
    body: GENEVA_1977,
    parent: "geneva-conventions",
  },
  {
    id: "geneva-ap2",
    name: "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts (Protocol II)",
    aliases: [
      "Additional Protocol II",
      "Additional Protocol II to the Geneva Conventions",
      "Second Additional Protocol to the Geneva Conventions",
      "Second Additional Protocol",
      "Protocol II Additional to the Geneva Conventions",
    ],
    type: "protocol",
    adopted: 1977,
    body: GENEVA_1977,
    parent: "geneva-conventions",
  },
  {
    id: "geneva-ap3",
    name: "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Adoption of an Additional Distinctive Emblem (Protocol III)",
    aliases: [
      "Additional Protocol III",
      "Additional Protocol III to the Geneva Conventions",
      "Third Additional Protocol to the Geneva Conventions",
      "Third Additional Protocol",
      "Protocol III Additional to the Geneva Conventions",
    ],
    type: "protocol",
    adopted: 2005,
    body: "Diplomatic Conference of 2005 on the Additional Distinctive Emblem",
    parent: "geneva-conventions",
  },
  {
    id: "rome-statute",
    name: "Rome Statute of the International Criminal Court",
    aliases: ["Rome Statute", "Statute of the International Criminal Court", "Rome Statute of the ICC"],
    type: "treaty",
    adopted: 1998,
    body: "UN Diplomatic Conference of Plenipotentiaries on the Establishment of an International Criminal Court",
  },
  {
    id: "rome-statute-aggression",
    name: "Amendments to the Rome Statute of the International Criminal Court on the crime of aggression",
    aliases: ["Kampala Amendments", "Kampala amendments on the crime of aggression"],
    type: "protocol",
    adopted: 2010,
    body: "Review Conference of the Rome Statute",
    parent: "rome-statute",
  },
  {
    id: "hague-1907-iv",
    name: "Convention (IV) respecting the Laws and Customs of War on Land",
    aliases: ["Hague Convention IV", "Hague Convention (IV) of 1907", "Fourth Hague Convention of 1907", "Hague Regulations"],
    type: "treaty",
    adopted: 1907,
    body: "Second Hague Peace Conference",
  },
  {
    id: "montreux-document",
    name: "Montreux Document on pertinent international legal obligations and good practices for States related to operations of private military and security companies during armed conflict",
    aliases: ["Montreux Document"],
    type: "other",
    adopted: 2008,
    body: null,
  },
  {
    id: "ewipa-declaration",
    name: "Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas",
    aliases: ["Political Declaration on Explosive Weapons in Populated Areas", "EWIPA Political Declaration"],
    type: "declaration",
    adopted: 2022,
    body: null,
  },
  {
    id: "ircrc-31-res-1",
    name: "Resolution 1 of the 31st International Conference of the Red Cross and Red Crescent: Strengthening legal protection for victims of armed conflicts",
    aliases: ["Strengthening legal protection for victims of armed conflicts"],
    type: "resolution",
    adopted: 2011,
    body: "31st International Conference of the Red Cross and Red Crescent",
  },
];
