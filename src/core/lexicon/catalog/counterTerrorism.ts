import type { CatalogEntryInput } from "./entryInput";

/**
 * Counter-terrorism: the nineteen universal instruments (in date order), the draft
 * comprehensive convention, the UN strategy and declaration, and regional conventions and
 * declarations. Security Council resolutions are in resolutions.ts.
 */
export const COUNTER_TERRORISM: CatalogEntryInput[] = [
  {
    id: "tokyo-convention",
    name: "Convention on Offences and Certain Other Acts Committed on Board Aircraft",
    aliases: ["Tokyo Convention", "1963 Tokyo Convention", "Tokyo Convention of 1963"],
    type: "treaty", adopted: 1963, body: "ICAO",
  },
  {
    id: "hague-1970",
    name: "Convention for the Suppression of Unlawful Seizure of Aircraft",
    aliases: ["Hague Convention of 1970", "1970 Hague Convention", "Hague Hijacking Convention"],
    type: "treaty", adopted: 1970, body: "ICAO",
  },
  {
    id: "montreal-1971",
    name: "Convention for the Suppression of Unlawful Acts against the Safety of Civil Aviation",
    aliases: ["Montreal Convention of 1971", "1971 Montreal Convention"],
    type: "treaty", adopted: 1971, body: "ICAO",
  },
  {
    id: "ipp-convention",
    name: "Convention on the Prevention and Punishment of Crimes against Internationally Protected Persons, including Diplomatic Agents",
    aliases: [
      "Convention on the Prevention and Punishment of Crimes against Internationally Protected Persons",
      "Internationally Protected Persons Convention",
      "Diplomatic Agents Convention",
    ],
    type: "treaty", adopted: 1973, body: "UN General Assembly",
  },
  {
    id: "hostages-convention",
    name: "International Convention against the Taking of Hostages",
    aliases: ["Hostages Convention", "Hostage-Taking Convention", "Convention against the Taking of Hostages"],
    type: "treaty", adopted: 1979, body: "UN General Assembly",
  },
  {
    // Adopted 26 October 1979, opened for signature 3 March 1980.
    id: "cppnm",
    name: "Convention on the Physical Protection of Nuclear Material",
    aliases: ["Convention on the Physical Protection of Nuclear Materials"],
    acronyms: ["CPPNM"],
    type: "treaty", adopted: 1980, body: "IAEA",
  },
  {
    id: "airports-protocol",
    name: "Protocol for the Suppression of Unlawful Acts of Violence at Airports Serving International Aviation",
    aliases: [
      "Protocol for the Suppression of Unlawful Acts of Violence at Airports Serving International Civil Aviation",
      "Airport Protocol",
      "Airports Protocol",
      "1988 Airports Protocol",
    ],
    type: "protocol", adopted: 1988, body: "ICAO", parent: "montreal-1971",
  },
  {
    id: "sua-convention",
    name: "Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation",
    aliases: ["SUA Convention", "1988 SUA Convention"],
    acronyms: ["SUA"],
    type: "treaty", adopted: 1988, body: "IMO",
  },
  {
    id: "sua-fixed-platforms",
    name: "Protocol for the Suppression of Unlawful Acts against the Safety of Fixed Platforms Located on the Continental Shelf",
    aliases: ["SUA Fixed Platforms Protocol", "Fixed Platforms Protocol", "1988 Fixed Platforms Protocol"],
    type: "protocol", adopted: 1988, body: "IMO", parent: "sua-convention",
  },
  {
    id: "plastic-explosives",
    name: "Convention on the Marking of Plastic Explosives for the Purpose of Detection",
    aliases: ["Plastic Explosives Convention", "Convention on the Marking of Plastic Explosives"],
    type: "treaty", adopted: 1991, body: "ICAO",
  },
  {
    id: "terrorist-bombings",
    name: "International Convention for the Suppression of Terrorist Bombings",
    aliases: ["Terrorist Bombings Convention", "Terrorist Bombing Convention", "Convention for the Suppression of Terrorist Bombings"],
    type: "treaty", adopted: 1997, body: "UN General Assembly",
  },
  {
    id: "terrorism-financing",
    name: "International Convention for the Suppression of the Financing of Terrorism",
    aliases: ["Convention for the Suppression of the Financing of Terrorism", "Terrorist Financing Convention", "Terrorism Financing Convention", "Financing of Terrorism Convention"],
    acronyms: ["ICSFT"],
    type: "treaty", adopted: 1999, body: "UN General Assembly",
  },
  {
    id: "icsant",
    name: "International Convention for the Suppression of Acts of Nuclear Terrorism",
    aliases: ["Convention for the Suppression of Acts of Nuclear Terrorism", "Nuclear Terrorism Convention", "Convention on Nuclear Terrorism"],
    acronyms: ["ICSANT"],
    type: "treaty", adopted: 2005, body: "UN General Assembly",
  },
  {
    id: "cppnm-amendment",
    name: "Amendment to the Convention on the Physical Protection of Nuclear Material",
    aliases: [
      "2005 Amendment to the Convention on the Physical Protection of Nuclear Material",
      "2005 Amendment to the CPPNM",
      "CPPNM Amendment",
      "Amended Convention on the Physical Protection of Nuclear Material",
    ],
    acronyms: ["A/CPPNM"],
    type: "protocol", adopted: 2005, body: "IAEA", parent: "cppnm",
  },
  {
    id: "sua-2005",
    name: "Protocol of 2005 to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation",
    aliases: ["2005 SUA Protocol", "SUA 2005 Protocol", "2005 Protocol to the SUA Convention"],
    type: "protocol", adopted: 2005, body: "IMO", parent: "sua-convention",
  },
  {
    id: "sua-fixed-platforms-2005",
    name: "Protocol of 2005 to the Protocol for the Suppression of Unlawful Acts against the Safety of Fixed Platforms Located on the Continental Shelf",
    aliases: ["2005 Fixed Platforms Protocol", "2005 SUA Fixed Platforms Protocol"],
    type: "protocol", adopted: 2005, body: "IMO", parent: "sua-fixed-platforms",
  },
  {
    id: "beijing-convention",
    name: "Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation",
    aliases: ["Beijing Convention", "2010 Beijing Convention"],
    type: "treaty", adopted: 2010, body: "ICAO",
  },
  {
    id: "beijing-protocol",
    name: "Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft",
    aliases: ["Beijing Protocol", "2010 Beijing Protocol"],
    type: "protocol", adopted: 2010, body: "ICAO", parent: "hague-1970",
  },
  {
    id: "montreal-protocol-2014",
    name: "Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft",
    aliases: ["Montreal Protocol to the Tokyo Convention", "2014 Montreal Protocol", "Montreal Protocol of 2014"],
    type: "protocol", adopted: 2014, body: "ICAO", parent: "tokyo-convention",
  },
  {
    // Under negotiation since 2000 (Ad Hoc Committee set up by GA resolution 51/210); not adopted.
    id: "ccit",
    name: "Comprehensive Convention on International Terrorism",
    aliases: ["draft Comprehensive Convention on International Terrorism", "comprehensive convention against international terrorism"],
    acronyms: ["CCIT"],
    type: "treaty", adopted: null, body: "UN General Assembly",
  },
  {
    id: "un-gcts",
    name: "United Nations Global Counter-Terrorism Strategy",
    aliases: ["UN Global Counter-Terrorism Strategy", "Global Counter-Terrorism Strategy", "A/RES/60/288", "resolution 60/288"],
    type: "strategy", adopted: 2006, body: "UN General Assembly",
  },
  {
    id: "unga-declaration-terrorism-1994",
    name: "Declaration on Measures to Eliminate International Terrorism",
    aliases: ["1994 Declaration on Measures to Eliminate International Terrorism", "A/RES/49/60", "resolution 49/60"],
    type: "declaration", adopted: 1994, body: "UN General Assembly",
  },
  {
    id: "asean-ccct",
    name: "ASEAN Convention on Counter Terrorism",
    aliases: ["ASEAN Convention on Counter-Terrorism", "ASEAN counter-terrorism convention", "ASEAN counter terrorism convention"],
    acronyms: ["ACCT"],
    type: "treaty", adopted: 2007, body: "ASEAN",
  },
  {
    id: "asean-declaration-joint-action-2001",
    name: "ASEAN Declaration on Joint Action to Counter Terrorism",
    aliases: ["2001 ASEAN Declaration on Joint Action to Counter Terrorism", "Declaration on Joint Action to Counter Terrorism"],
    type: "declaration", adopted: 2001, body: "ASEAN",
  },
  {
    // Adopted at the 8th ASEAN Summit, Phnom Penh, November 2002.
    id: "asean-declaration-terrorism-2002",
    name: "ASEAN Declaration on Terrorism",
    aliases: ["2002 ASEAN Declaration on Terrorism"],
    type: "declaration", adopted: 2002, body: "ASEAN",
  },
  {
    id: "oau-terrorism-convention",
    name: "OAU Convention on the Prevention and Combating of Terrorism",
    aliases: ["Convention on the Prevention and Combating of Terrorism", "Algiers Convention", "1999 OAU Convention on the Prevention and Combating of Terrorism"],
    type: "treaty", adopted: 1999, body: "Organization of African Unity",
  },
  {
    id: "sco-shanghai-convention",
    name: "Shanghai Convention on Combating Terrorism, Separatism and Extremism",
    aliases: ["Shanghai Convention", "Shanghai Convention on Combating Terrorism"],
    type: "treaty", adopted: 2001, body: "Shanghai Cooperation Organisation",
  },
  {
    id: "coe-terrorism-convention",
    name: "Council of Europe Convention on the Prevention of Terrorism",
    aliases: [],
    type: "treaty", adopted: 2005, body: "Council of Europe",
  },
  {
    // Second CICA Summit, Almaty, June 2006.
    id: "cica-declaration-terrorism-2006",
    name: "Declaration on Eliminating Terrorism and Promoting Dialogue among Civilizations",
    aliases: ["CICA Declaration on Eliminating Terrorism and Promoting Dialogue among Civilizations"],
    type: "declaration", adopted: 2006,
    body: "Conference on Interaction and Confidence-Building Measures in Asia",
  },
];
