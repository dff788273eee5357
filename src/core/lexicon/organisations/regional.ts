import type { Organisation } from "./index";

/** Regional and intergovernmental organisations defined by region (kind "regional"). */
export const REGIONAL_ORGANISATIONS: Organisation[] = [
  { name: "European Union", kind: "regional", acronyms: ["EU"], aliases: [] },
  { name: "European Commission", kind: "regional", acronyms: [], aliases: ["EU Commission"] },
  { name: "European Parliament", kind: "regional", acronyms: [], aliases: [] },
  { name: "European Council", kind: "regional", acronyms: [], aliases: [] },
  { name: "Council of Europe", kind: "regional", acronyms: ["CoE"], aliases: [] },
  {
    name: "OSCE",
    kind: "regional",
    acronyms: ["OSCE"],
    aliases: [
      "Organization for Security and Co-operation in Europe",
      "Organisation for Security and Co-operation in Europe",
      "Organization for Security and Cooperation in Europe",
    ],
  },
  {
    name: "NATO",
    kind: "regional",
    acronyms: ["NATO"],
    aliases: ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "North Atlantic Alliance"],
  },
  { name: "African Union", kind: "regional", acronyms: ["AU"], aliases: [] },
  { name: "Organization of African Unity", kind: "regional", acronyms: ["OAU"], aliases: ["Organisation of African Unity"] },
  { name: "ECOWAS", kind: "regional", acronyms: ["ECOWAS"], aliases: ["Economic Community of West African States"] },
  { name: "SADC", kind: "regional", acronyms: ["SADC"], aliases: ["Southern African Development Community"] },
  { name: "IGAD", kind: "regional", acronyms: ["IGAD"], aliases: ["Intergovernmental Authority on Development"] },
  { name: "Arab League", kind: "regional", acronyms: ["LAS"], aliases: ["League of Arab States"] },
  { name: "GCC", kind: "regional", acronyms: ["GCC"], aliases: ["Gulf Cooperation Council", "Cooperation Council for the Arab States of the Gulf"] },
  {
    name: "Organisation of Islamic Cooperation",
    kind: "regional",
    acronyms: ["OIC"],
    aliases: ["Organization of Islamic Cooperation", "Organisation of the Islamic Conference", "Organization of the Islamic Conference"],
  },
  {
    name: "ASEAN",
    kind: "regional",
    acronyms: ["ASEAN"],
    aliases: ["Association of Southeast Asian Nations", "Association of South-East Asian Nations", "Association of South East Asian Nations"],
  },
  {
    name: "Shanghai Cooperation Organisation",
    kind: "regional",
    acronyms: ["SCO"],
    aliases: ["Shanghai Cooperation Organization", "Shanghai Organization of Cooperation", "Shanghai Organisation of Cooperation"],
  },
  {
    name: "Conference on Interaction and Confidence-Building Measures in Asia",
    kind: "regional",
    acronyms: ["CICA"],
    aliases: ["Conference on Interaction and Confidence-building in Asia", "Conference on Interaction and Confidence Building Measures in Asia"],
  },
  { name: "CIS", kind: "regional", acronyms: ["CIS"], aliases: ["Commonwealth of Independent States"] },
  { name: "CSTO", kind: "regional", acronyms: ["CSTO"], aliases: ["Collective Security Treaty Organization", "Collective Security Treaty Organisation"] },
  { name: "Eurasian Economic Union", kind: "regional", acronyms: ["EAEU"], aliases: [] },
  { name: "OAS", kind: "regional", acronyms: ["OAS"], aliases: ["Organization of American States", "Organisation of American States"] },
  { name: "CARICOM", kind: "regional", acronyms: ["CARICOM"], aliases: ["Caribbean Community"] },
  { name: "Mercosur", kind: "regional", acronyms: ["MERCOSUR"], aliases: ["Southern Common Market", "Mercosul"] },
  { name: "Pacific Islands Forum", kind: "regional", acronyms: ["PIF"], aliases: ["South Pacific Forum"] },
];
