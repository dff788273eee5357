import type { CatalogEntryInput } from "./entryInput";

/**
 * Health and bioethics: the World Health Organization's treaties (the Framework Convention on Tobacco Control and its protocol, the
 * International Health Regulations) and the Council of Europe's on medicine and the body.
 */
export const HEALTH: CatalogEntryInput[] = [
  {
    id: "fctc",
    name: "WHO Framework Convention on Tobacco Control",
    aliases: ["Framework Convention on Tobacco Control", "World Health Organization Framework Convention on Tobacco Control", "WHO FCTC"],
    acronyms: ["FCTC"],
    type: "treaty",
    adopted: 2003,
    body: "World Health Assembly",
  },
  {
    id: "fctc-illicit-trade-protocol",
    name: "Protocol to Eliminate Illicit Trade in Tobacco Products",
    aliases: ["Illicit Trade Protocol", "Protocol on Illicit Trade in Tobacco Products", "Illicit Trade in Tobacco Products Protocol"],
    type: "protocol",
    adopted: 2012,
    body: "Conference of the Parties to the WHO Framework Convention on Tobacco Control",
    parent: "fctc",
  },
  {
    id: "ihr",
    name: "International Health Regulations (2005)",
    aliases: ["International Health Regulations"],
    acronyms: ["IHR"],
    type: "treaty",
    adopted: 2005,
    body: "World Health Assembly",
  },
  {
    id: "medicrime-convention",
    name: "Council of Europe Convention on the Counterfeiting of Medical Products and Similar Crimes involving Threats to Public Health",
    aliases: ["Convention on the Counterfeiting of Medical Products and Similar Crimes involving Threats to Public Health", "MEDICRIME Convention"],
    type: "treaty",
    adopted: 2011,
    body: "Council of Europe",
    cets: 211,
  },
  {
    id: "oviedo-convention",
    name: "Convention for the Protection of Human Rights and Dignity of the Human Being with regard to the Application of Biology and Medicine",
    aliases: ["Convention on Human Rights and Biomedicine", "Oviedo Convention"],
    type: "treaty",
    adopted: 1997,
    body: "Council of Europe",
    cets: 164,
  },
  {
    id: "organ-trafficking-convention",
    name: "Council of Europe Convention against Trafficking in Human Organs",
    aliases: ["Convention against Trafficking in Human Organs"],
    type: "treaty",
    adopted: 2015,
    body: "Council of Europe",
    cets: 216,
  },
];
