import type { CatalogEntryInput } from "./entryInput";

/**
 * Transport: civil aviation (the Chicago Convention, the 1999 Montreal Convention on carriage
 * by air), the IMO conventions on maritime safety, training, pollution and liability, and the
 * road and rail conventions (TIR, the 1968 Convention on Road Traffic, COTIF). The aviation and
 * maritime security conventions are in counterTerrorism.ts, the Maritime Labour Convention in
 * labour.ts and UNCLOS in environment.ts.
 */
export const TRANSPORT: CatalogEntryInput[] = [
  // Civil aviation.
  {
    id: "chicago-convention",
    name: "Convention on International Civil Aviation",
    aliases: ["Chicago Convention", "1944 Chicago Convention", "Chicago Convention on International Civil Aviation", "Chicago Convention of 1944"],
    type: "treaty",
    adopted: 1944,
    body: "International Civil Aviation Conference",
  },
  {
    // Adopted at the ICAO International Conference on Air Law, Montreal, 28 May 1999. The bare
    // "Montreal Convention" is left out: it also names the 1971 sabotage convention (montreal-1971).
    id: "montreal-1999",
    name: "Convention for the Unification of Certain Rules for International Carriage by Air",
    aliases: [
      "Montreal Convention of 1999",
      "1999 Montreal Convention",
      "Montreal Convention 1999",
      "Montreal Convention for the Unification of Certain Rules for International Carriage by Air",
    ],
    acronyms: ["MC99"],
    type: "treaty",
    adopted: 1999,
    body: "ICAO",
  },

  // International Maritime Organization.
  {
    id: "solas",
    name: "International Convention for the Safety of Life at Sea, 1974",
    aliases: [
      "International Convention for the Safety of Life at Sea",
      "SOLAS Convention",
      "SOLAS 1974",
      "1974 SOLAS Convention",
      "Safety of Life at Sea Convention",
    ],
    acronyms: ["SOLAS"],
    type: "treaty",
    adopted: 1974,
    body: "IMO",
  },
  {
    id: "marpol",
    name: "International Convention for the Prevention of Pollution from Ships",
    aliases: [
      "International Convention for the Prevention of Pollution from Ships, 1973",
      "International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 relating thereto",
      "MARPOL Convention",
      "MARPOL 73/78",
    ],
    acronyms: ["MARPOL"],
    type: "treaty",
    adopted: 1973,
    body: "IMO",
  },
  {
    id: "stcw",
    name: "International Convention on Standards of Training, Certification and Watchkeeping for Seafarers, 1978",
    aliases: ["International Convention on Standards of Training, Certification and Watchkeeping for Seafarers", "STCW Convention", "STCW 1978"],
    acronyms: ["STCW"],
    type: "treaty",
    adopted: 1978,
    body: "IMO",
  },
  {
    id: "bwm-convention",
    name: "International Convention for the Control and Management of Ships' Ballast Water and Sediments, 2004",
    aliases: [
      "International Convention for the Control and Management of Ships’ Ballast Water and Sediments, 2004",
      "International Convention for the Control and Management of Ships' Ballast Water and Sediments",
      "International Convention for the Control and Management of Ships’ Ballast Water and Sediments",
      "Ballast Water Management Convention",
      "BWM Convention",
      "Ballast Water Convention",
    ],
    type: "treaty",
    adopted: 2004,
    body: "IMO",
  },
  {
    id: "hong-kong-convention",
    name: "Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships, 2009",
    aliases: [
      "Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships",
      "Hong Kong Convention",
      "Hong Kong Ship Recycling Convention",
      "Ship Recycling Convention",
    ],
    type: "treaty",
    adopted: 2009,
    body: "IMO",
  },
  {
    // The bare "Nairobi Convention" is left out: it is the usual name of the 1985 regional seas
    // convention for the Western Indian Ocean.
    id: "nairobi-wreck-removal",
    name: "Nairobi International Convention on the Removal of Wrecks, 2007",
    aliases: ["Nairobi International Convention on the Removal of Wrecks", "Nairobi Wreck Removal Convention", "Wreck Removal Convention"],
    type: "treaty",
    adopted: 2007,
    body: "IMO",
  },
  {
    id: "bunkers-convention",
    name: "International Convention on Civil Liability for Bunker Oil Pollution Damage, 2001",
    aliases: ["International Convention on Civil Liability for Bunker Oil Pollution Damage", "Bunkers Convention", "2001 Bunkers Convention"],
    type: "treaty",
    adopted: 2001,
    body: "IMO",
  },
  {
    id: "athens-convention",
    name: "Athens Convention relating to the Carriage of Passengers and their Luggage by Sea, 1974",
    aliases: ["Athens Convention relating to the Carriage of Passengers and their Luggage by Sea", "Athens Convention", "1974 Athens Convention"],
    type: "treaty",
    adopted: 1974,
    body: "IMO",
  },
  {
    id: "athens-protocol-2002",
    name: "Protocol of 2002 to the Athens Convention relating to the Carriage of Passengers and their Luggage by Sea, 1974",
    aliases: [
      "Protocol of 2002 to the Athens Convention relating to the Carriage of Passengers and their Luggage by Sea",
      "2002 Protocol to the Athens Convention",
      "Protocol of 2002 to the Athens Convention",
      "Athens Convention 2002",
      "2002 Athens Convention",
    ],
    type: "protocol",
    adopted: 2002,
    body: "IMO",
    parent: "athens-convention",
  },
  {
    id: "cape-town-agreement-2012",
    name: "Cape Town Agreement of 2012 on the Implementation of the Provisions of the Torremolinos Protocol of 1993 relating to the Torremolinos International Convention for the Safety of Fishing Vessels, 1977",
    aliases: ["Cape Town Agreement", "2012 Cape Town Agreement", "Cape Town Agreement of 2012"],
    type: "treaty",
    adopted: 2012,
    body: "IMO",
  },

  // Road and rail.
  {
    id: "tir-convention",
    name: "Customs Convention on the International Transport of Goods under Cover of TIR Carnets",
    aliases: [
      "TIR Convention",
      "1975 TIR Convention",
      "TIR Convention, 1975",
      "Customs Convention on the International Transport of Goods under Cover of TIR Carnets, 1975",
    ],
    type: "treaty",
    adopted: 1975,
    body: "UN Economic Commission for Europe",
  },
  {
    id: "road-traffic-1968",
    name: "Convention on Road Traffic",
    aliases: [
      "Vienna Convention on Road Traffic",
      "1968 Vienna Convention on Road Traffic",
      "1968 Convention on Road Traffic",
      "Convention on Road Traffic of 1968",
    ],
    type: "treaty",
    adopted: 1968,
    body: "United Nations Conference on Road Traffic",
  },
  {
    id: "cotif",
    name: "Convention concerning International Carriage by Rail",
    aliases: [
      "1980 Convention concerning International Carriage by Rail",
      "Convention concerning International Carriage by Rail of 9 May 1980",
      "COTIF Convention",
    ],
    acronyms: ["COTIF"],
    type: "treaty",
    adopted: 1980,
    body: null,
  },
  {
    // Adopted by the Fifth General Assembly of OTIF, Vilnius, 3 June 1999.
    id: "cotif-vilnius-protocol",
    name: "Protocol of 3 June 1999 for the Modification of the Convention concerning International Carriage by Rail (COTIF) of 9 May 1980",
    aliases: [
      "Protocol of 3 June 1999 for the Modification of the Convention concerning International Carriage by Rail of 9 May 1980",
      "Vilnius Protocol",
      "1999 Vilnius Protocol",
      "Vilnius Protocol to COTIF",
      "COTIF 1999",
    ],
    type: "protocol",
    adopted: 1999,
    body: "OTIF General Assembly",
    parent: "cotif",
  },
];
