import type { CatalogEntryInput } from "./entryInput";

/**
 * ILO conventions, protocols and declarations: the fundamental and governance conventions and
 * the ones most named in statements. Ids follow the ILO's codes ("ilo-c190", "ilo-p029"):
 * catalogIndex reads the number from the id, so "Convention No. 190", "C190" and "(No. 190)"
 * find the entry. Names are the official ones, with year and number; the short names are aliases.
 */
const ilo = (n: number, short: string, adopted: number, aliases: string[] = []): CatalogEntryInput => ({
  id: `ilo-c${String(n).padStart(3, "0")}`,
  name: `${short}, ${adopted} (No. ${n})`,
  aliases: [short, `ILO ${short}`, ...aliases],
  type: "treaty",
  adopted,
  body: "ILO",
});

export const LABOUR: CatalogEntryInput[] = [
  // Fundamental conventions.
  ilo(29, "Forced Labour Convention", 1930),
  ilo(87, "Freedom of Association and Protection of the Right to Organise Convention", 1948),
  ilo(98, "Right to Organise and Collective Bargaining Convention", 1949),
  ilo(100, "Equal Remuneration Convention", 1951),
  ilo(105, "Abolition of Forced Labour Convention", 1957),
  ilo(111, "Discrimination (Employment and Occupation) Convention", 1958),
  ilo(138, "Minimum Age Convention", 1973),
  ilo(155, "Occupational Safety and Health Convention", 1981),
  ilo(182, "Worst Forms of Child Labour Convention", 1999),
  ilo(187, "Promotional Framework for Occupational Safety and Health Convention", 2006),
  {
    id: "ilo-p029",
    name: "Protocol of 2014 to the Forced Labour Convention, 1930",
    aliases: ["Protocol of 2014 to the Forced Labour Convention", "Forced Labour Protocol", "ILO Forced Labour Protocol"],
    type: "protocol",
    adopted: 2014,
    body: "ILO",
    parent: "ilo-c029",
  },
  // Governance conventions.
  ilo(81, "Labour Inspection Convention", 1947),
  ilo(122, "Employment Policy Convention", 1964),
  ilo(129, "Labour Inspection (Agriculture) Convention", 1969),
  ilo(144, "Tripartite Consultation (International Labour Standards) Convention", 1976),
  // Often named in statements.
  ilo(97, "Migration for Employment Convention (Revised)", 1949, ["Migration for Employment Convention"]),
  ilo(102, "Social Security (Minimum Standards) Convention", 1952),
  ilo(143, "Migrant Workers (Supplementary Provisions) Convention", 1975),
  ilo(156, "Workers with Family Responsibilities Convention", 1981),
  ilo(169, "Indigenous and Tribal Peoples Convention", 1989),
  ilo(177, "Home Work Convention", 1996),
  ilo(181, "Private Employment Agencies Convention", 1997),
  ilo(183, "Maternity Protection Convention", 2000),
  ilo(188, "Work in Fishing Convention", 2007),
  ilo(189, "Domestic Workers Convention", 2011),
  ilo(190, "Violence and Harassment Convention", 2019),
  {
    id: "ilo-mlc-2006",
    name: "Maritime Labour Convention, 2006",
    aliases: ["Maritime Labour Convention", "ILO Maritime Labour Convention"],
    type: "treaty",
    adopted: 2006,
    body: "ILO",
  },
  {
    id: "ilo-declaration-fundamental-principles",
    name: "ILO Declaration on Fundamental Principles and Rights at Work",
    aliases: ["Declaration on Fundamental Principles and Rights at Work"],
    type: "declaration",
    adopted: 1998,
    body: "ILO",
  },
  {
    id: "ilo-centenary-declaration",
    name: "ILO Centenary Declaration for the Future of Work",
    aliases: ["Centenary Declaration for the Future of Work"],
    type: "declaration",
    adopted: 2019,
    body: "ILO",
  },
];
