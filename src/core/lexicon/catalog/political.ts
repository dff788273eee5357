import type { CatalogEntryInput } from "./entryInput";

/**
 * Political instruments: declarations, principles, commitments, strategies, frameworks,
 * agendas and decades that states endorse or adhere to rather than ratify, plus the UN
 * Charter. Numbered resolutions are in resolutions.ts.
 */
export const POLITICAL: CatalogEntryInput[] = [
  {
    id: "un-charter",
    name: "Charter of the United Nations",
    aliases: ["UN Charter", "United Nations Charter", "Charter of the UN"],
    type: "treaty", adopted: 1945, body: "United Nations Conference on International Organization",
  },
  // Children and armed conflict.
  {
    id: "paris-principles",
    name: "Paris Principles and Guidelines on Children Associated with Armed Forces or Armed Groups",
    aliases: ["Paris Principles", "Principles and Guidelines on Children Associated with Armed Forces or Armed Groups"],
    type: "principles", adopted: 2007, body: "Free Children from War Conference (France and UNICEF)",
  },
  {
    id: "paris-commitments",
    name: "Paris Commitments to Protect Children from Unlawful Recruitment or Use by Armed Forces or Armed Groups",
    aliases: ["Paris Commitments", "Paris Commitments to Protect Children Unlawfully Recruited or Used by Armed Forces or Armed Groups"],
    type: "declaration", adopted: 2007, body: "Free Children from War Conference (France and UNICEF)",
  },
  {
    id: "vancouver-principles",
    name: "Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers",
    aliases: ["Vancouver Principles"],
    type: "principles", adopted: 2017, body: "UN Peacekeeping Defence Ministerial",
  },
  {
    id: "safe-schools-declaration",
    name: "Safe Schools Declaration",
    aliases: ["Declaration on Safe Schools"],
    type: "declaration", adopted: 2015, body: "Oslo Conference on Safe Schools",
  },
  {
    id: "schools-military-use-guidelines",
    name: "Guidelines for Protecting Schools and Universities from Military Use during Armed Conflict",
    aliases: ["Guidelines for Protecting Schools and Universities from Military Use"],
    type: "other", adopted: 2014, body: "Global Coalition to Protect Education from Attack",
  },
  {
    // Launched in March 2014 by the SRSG for Children and Armed Conflict and UNICEF.
    id: "children-not-soldiers",
    name: "Children, Not Soldiers campaign",
    aliases: ["Children, Not Soldiers", "Children not Soldiers campaign"],
    type: "other", adopted: 2014, body: "Special Representative of the Secretary-General for Children and Armed Conflict and UNICEF",
  },
  // Human rights declarations and principles.
  {
    id: "udhr",
    name: "Universal Declaration of Human Rights",
    aliases: [],
    acronyms: ["UDHR"],
    type: "declaration", adopted: 1948, body: "UN General Assembly",
  },
  {
    id: "undrip",
    name: "United Nations Declaration on the Rights of Indigenous Peoples",
    aliases: ["UN Declaration on the Rights of Indigenous Peoples", "Declaration on the Rights of Indigenous Peoples"],
    acronyms: ["UNDRIP"],
    type: "declaration", adopted: 2007, body: "UN General Assembly",
  },
  {
    id: "vdpa",
    name: "Vienna Declaration and Programme of Action",
    aliases: [],
    acronyms: ["VDPA"],
    type: "declaration", adopted: 1993, body: "World Conference on Human Rights",
  },
  {
    id: "beijing-declaration",
    name: "Beijing Declaration and Platform for Action",
    aliases: ["Beijing Platform for Action"],
    type: "declaration", adopted: 1995, body: "Fourth World Conference on Women",
  },
  {
    id: "durban-declaration",
    name: "Durban Declaration and Programme of Action",
    aliases: [],
    acronyms: ["DDPA"],
    type: "declaration", adopted: 2001,
    body: "World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance",
  },
  {
    id: "declaration-right-to-development",
    name: "Declaration on the Right to Development",
    aliases: [],
    type: "declaration", adopted: 1986, body: "UN General Assembly",
  },
  {
    id: "declaration-human-rights-defenders",
    name: "Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms",
    aliases: ["Declaration on Human Rights Defenders", "UN Declaration on Human Rights Defenders"],
    type: "declaration", adopted: 1998, body: "UN General Assembly",
  },
  {
    id: "devaw",
    name: "Declaration on the Elimination of Violence against Women",
    aliases: [],
    acronyms: ["DEVAW"],
    type: "declaration", adopted: 1993, body: "UN General Assembly",
  },
  {
    id: "declaration-religious-intolerance",
    name: "Declaration on the Elimination of All Forms of Intolerance and of Discrimination Based on Religion or Belief",
    aliases: [],
    type: "declaration", adopted: 1981, body: "UN General Assembly",
  },
  {
    // Not the 2007 Paris Principles on children: the bare name "Paris Principles" goes to those.
    id: "nhri-paris-principles",
    name: "Principles relating to the Status of National Institutions for the Promotion and Protection of Human Rights",
    aliases: ["Principles relating to the Status of National Institutions", "Paris Principles relating to the Status of National Institutions"],
    type: "principles", adopted: 1993, body: "UN General Assembly",
  },
  {
    id: "ungps",
    name: "Guiding Principles on Business and Human Rights",
    aliases: ["UN Guiding Principles on Business and Human Rights", "United Nations Guiding Principles on Business and Human Rights"],
    acronyms: ["UNGPs"],
    type: "principles", adopted: 2011, body: "UN Human Rights Council",
  },
  {
    id: "guiding-principles-internal-displacement",
    name: "Guiding Principles on Internal Displacement",
    aliases: ["UN Guiding Principles on Internal Displacement"],
    type: "principles", adopted: 1998, body: "UN Commission on Human Rights",
  },
  {
    id: "friendly-relations-declaration",
    name: "Declaration on Principles of International Law concerning Friendly Relations and Co-operation among States in accordance with the Charter of the United Nations",
    aliases: ["Friendly Relations Declaration"],
    type: "declaration", adopted: 1970, body: "UN General Assembly",
  },
  {
    id: "culture-of-peace-declaration",
    name: "Declaration and Programme of Action on a Culture of Peace",
    aliases: ["Declaration on a Culture of Peace"],
    type: "declaration", adopted: 1999, body: "UN General Assembly",
  },
  {
    // Second Congress of Leaders of World and Traditional Religions, Astana, September 2006.
    id: "congress-religions-2006-declaration",
    name: "Declaration of the Second Congress of Leaders of World and Traditional Religions",
    aliases: [],
    type: "declaration", adopted: 2006, body: "Congress of Leaders of World and Traditional Religions",
  },
  {
    id: "decade-rapprochement-cultures",
    name: "International Decade for the Rapprochement of Cultures (2013-2022)",
    aliases: ["International Decade for the Rapprochement of Cultures", "International Decade for the Rapprochement of Cultures (2013–2022)", "Decade for the Rapprochement of Cultures"],
    type: "other", adopted: 2012, body: "UN General Assembly",
  },
  // Development, migration and economic co-operation.
  {
    id: "millennium-declaration",
    name: "United Nations Millennium Declaration",
    aliases: ["UN Millennium Declaration", "Millennium Declaration"],
    type: "declaration", adopted: 2000, body: "UN General Assembly",
  },
  {
    id: "world-summit-outcome-2005",
    name: "2005 World Summit Outcome",
    aliases: ["World Summit Outcome", "2005 World Summit Outcome Document", "A/RES/60/1"],
    type: "resolution", adopted: 2005, body: "UN General Assembly",
  },
  {
    id: "agenda-2030",
    name: "Transforming our world: the 2030 Agenda for Sustainable Development",
    aliases: ["2030 Agenda for Sustainable Development", "2030 Agenda", "Agenda 2030", "A/RES/70/1"],
    type: "plan", adopted: 2015, body: "UN General Assembly",
  },
  {
    id: "addis-ababa-action-agenda",
    name: "Addis Ababa Action Agenda of the Third International Conference on Financing for Development",
    aliases: ["Addis Ababa Action Agenda"],
    type: "plan", adopted: 2015, body: "Third International Conference on Financing for Development",
  },
  {
    id: "sendai-framework",
    name: "Sendai Framework for Disaster Risk Reduction 2015-2030",
    aliases: ["Sendai Framework", "Sendai Framework for Disaster Risk Reduction", "Sendai Framework for Disaster Risk Reduction 2015–2030"],
    type: "plan", adopted: 2015, body: "Third UN World Conference on Disaster Risk Reduction",
  },
  {
    id: "new-york-declaration-2016",
    name: "New York Declaration for Refugees and Migrants",
    aliases: [],
    type: "declaration", adopted: 2016, body: "UN General Assembly",
  },
  {
    id: "global-compact-refugees",
    name: "Global Compact on Refugees",
    aliases: [],
    type: "other", adopted: 2018, body: "UN General Assembly",
  },
  {
    // Adopted at Marrakech on 10 December 2018, endorsed by the General Assembly on 19 December 2018.
    id: "global-compact-migration",
    name: "Global Compact for Safe, Orderly and Regular Migration",
    aliases: ["Global Compact for Migration", "Marrakech Compact on Migration"],
    type: "other", adopted: 2018, body: "Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration",
  },
  {
    id: "oecd-investment-declaration",
    name: "OECD Declaration on International Investment and Multinational Enterprises",
    aliases: ["Declaration on International Investment and Multinational Enterprises", "OECD Investment Declaration"],
    type: "declaration", adopted: 1976, body: "OECD",
  },
  {
    // Annexed to the 1976 Declaration; most recently updated in 2023.
    id: "oecd-mne-guidelines",
    name: "OECD Guidelines for Multinational Enterprises",
    aliases: ["OECD Guidelines for Multinational Enterprises on Responsible Business Conduct"],
    type: "other", adopted: 1976, body: "OECD", parent: "oecd-investment-declaration",
  },
];
