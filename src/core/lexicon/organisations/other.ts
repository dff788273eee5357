import type { Organisation } from "./index";

/**
 * Other actors: global groupings and negotiating forums, independent international
 * organisations and courts, the Red Cross and Red Crescent Movement, and civil-society
 * coalitions that appear as actors in treaty news (kind "other").
 */
export const OTHER_ORGANISATIONS: Organisation[] = [
  { name: "Commonwealth", kind: "other", acronyms: [], aliases: ["Commonwealth of Nations", "Commonwealth Secretariat"] },
  { name: "G7", kind: "other", acronyms: ["G7", "G-7"], aliases: ["Group of Seven"] },
  { name: "G20", kind: "other", acronyms: ["G20", "G-20"], aliases: ["Group of Twenty"] },
  {
    name: "OECD",
    kind: "other",
    acronyms: ["OECD"],
    aliases: [
      "Organisation for Economic Co-operation and Development",
      "Organization for Economic Cooperation and Development",
      "Organisation for Economic Cooperation and Development",
    ],
  },
  { name: "Non-Aligned Movement", kind: "other", acronyms: ["NAM"], aliases: ["Movement of Non-Aligned Countries"] },
  { name: "New Agenda Coalition", kind: "other", acronyms: ["NAC"], aliases: [] },
  { name: "Conference on Disarmament", kind: "other", acronyms: ["CD"], aliases: ["Geneva Conference on Disarmament"] },
  {
    name: "NPT Review Conference",
    kind: "other",
    acronyms: [],
    aliases: ["Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons", "Non-Proliferation Treaty Review Conference"],
  },
  {
    name: "OPCW",
    kind: "other",
    acronyms: ["OPCW"],
    aliases: ["Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons"],
  },
  {
    name: "CTBTO Preparatory Commission",
    kind: "other",
    acronyms: ["CTBTO"],
    aliases: [
      "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization",
      "Comprehensive Nuclear-Test-Ban Treaty Organization",
      "CTBTO PrepCom",
    ],
  },
  { name: "WTO", kind: "other", acronyms: ["WTO"], aliases: ["World Trade Organization", "World Trade Organisation"] },
  { name: "Interpol", kind: "other", acronyms: ["INTERPOL"], aliases: ["International Criminal Police Organization"] },
  { name: "International Criminal Court", kind: "other", acronyms: ["ICC"], aliases: [] },
  { name: "UNIDROIT", kind: "other", acronyms: ["UNIDROIT"], aliases: ["International Institute for the Unification of Private Law"] },
  { name: "League of Nations", kind: "other", acronyms: [], aliases: [] },
  { name: "Inter-Parliamentary Union", kind: "other", acronyms: ["IPU"], aliases: [] },
  // Red Cross and Red Crescent Movement.
  { name: "International Committee of the Red Cross", kind: "other", acronyms: ["ICRC"], aliases: [] },
  {
    name: "International Federation of Red Cross and Red Crescent Societies",
    kind: "other",
    acronyms: ["IFRC"],
    aliases: ["International Federation of the Red Cross and Red Crescent Societies"],
  },
  { name: "International Conference of the Red Cross and Red Crescent", kind: "other", acronyms: [], aliases: [] },
  // Civil society and other forums.
  { name: "Cluster Munition Coalition", kind: "other", acronyms: ["CMC"], aliases: [] },
  { name: "International Campaign to Ban Landmines", kind: "other", acronyms: ["ICBL"], aliases: [] },
  { name: "ICAN", kind: "other", acronyms: ["ICAN"], aliases: ["International Campaign to Abolish Nuclear Weapons"] },
  { name: "Global Coalition to Protect Education from Attack", kind: "other", acronyms: ["GCPEA"], aliases: [] },
  { name: "Child Rights International Network", kind: "other", acronyms: ["CRIN"], aliases: [] },
  { name: "Amnesty International", kind: "other", acronyms: [], aliases: [] },
  { name: "Human Rights Watch", kind: "other", acronyms: ["HRW"], aliases: [] },
  { name: "Congress of Leaders of World and Traditional Religions", kind: "other", acronyms: [], aliases: [] },
  { name: "Hague Conference on Private International Law", kind: "other", acronyms: ["HCCH"], aliases: [] },
  { name: "International Whaling Commission", kind: "other", acronyms: ["IWC"], aliases: [] },
  { name: "IRENA", kind: "other", acronyms: ["IRENA"], aliases: ["International Renewable Energy Agency"] },
  { name: "Global Fund", kind: "other", acronyms: [], aliases: ["Global Fund to Fight AIDS, Tuberculosis and Malaria"] },
  { name: "Gavi", kind: "other", acronyms: [], aliases: ["Gavi, the Vaccine Alliance"] },
  { name: "BRICS", kind: "other", acronyms: ["BRICS"], aliases: [] },
];
