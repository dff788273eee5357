import type { CatalogEntryInput } from "./entryInput";

/**
 * Transnational crime, corruption and drugs: the Palermo Convention and its protocols,
 * the corruption conventions and the three drug-control conventions.
 */
export const CRIME: CatalogEntryInput[] = [
  {
    id: "untoc",
    name: "United Nations Convention against Transnational Organized Crime",
    aliases: ["UN Convention against Transnational Organized Crime", "Convention against Transnational Organized Crime", "Palermo Convention"],
    acronyms: ["UNTOC"],
    type: "treaty",
    adopted: 2000,
    body: "UN General Assembly",
  },
  {
    id: "untoc-trafficking-protocol",
    name: "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime",
    aliases: [
      "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
      "Trafficking in Persons Protocol",
      "Palermo Protocol",
    ],
    type: "protocol",
    adopted: 2000,
    body: "UN General Assembly",
    parent: "untoc",
  },
  {
    id: "untoc-smuggling-protocol",
    name: "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime",
    aliases: ["Protocol against the Smuggling of Migrants by Land, Sea and Air", "Smuggling of Migrants Protocol"],
    type: "protocol",
    adopted: 2000,
    body: "UN General Assembly",
    parent: "untoc",
  },
  {
    id: "untoc-firearms-protocol",
    name: "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime",
    aliases: ["Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition", "Firearms Protocol"],
    type: "protocol",
    adopted: 2001,
    body: "UN General Assembly",
    parent: "untoc",
  },
  {
    id: "uncac",
    name: "United Nations Convention against Corruption",
    aliases: ["UN Convention against Corruption", "Convention against Corruption"],
    acronyms: ["UNCAC"],
    type: "treaty",
    adopted: 2003,
    body: "UN General Assembly",
  },
  {
    id: "oecd-anti-bribery-convention",
    name: "Convention on Combating Bribery of Foreign Public Officials in International Business Transactions",
    aliases: ["OECD Anti-Bribery Convention", "OECD Convention on Combating Bribery of Foreign Public Officials in International Business Transactions"],
    type: "treaty",
    adopted: 1997,
    body: "OECD",
  },
  {
    id: "single-convention-narcotic-drugs",
    name: "Single Convention on Narcotic Drugs",
    aliases: ["Single Convention on Narcotic Drugs, 1961", "1961 Single Convention"],
    type: "treaty",
    adopted: 1961,
    body: "UN Conference for the Adoption of a Single Convention on Narcotic Drugs",
  },
  {
    id: "psychotropic-substances-convention",
    name: "Convention on Psychotropic Substances",
    aliases: ["Convention on Psychotropic Substances, 1971", "1971 Convention on Psychotropic Substances"],
    type: "treaty",
    adopted: 1971,
    body: "UN Conference for the Adoption of a Protocol on Psychotropic Substances",
  },
  {
    id: "drug-trafficking-convention-1988",
    name: "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances",
    aliases: ["UN Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances", "1988 Drug Trafficking Convention"],
    type: "treaty",
    adopted: 1988,
    body: "UN Conference for the Adoption of a Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances",
  },
];
