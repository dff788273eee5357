import type { CatalogEntryInput } from "./entryInput";

/**
 * Arms control, disarmament and non-proliferation: the nuclear, chemical and biological
 * weapons treaties, conventional weapons, nuclear-weapon-free zones and IAEA safety treaties.
 * Where a text was negotiated elsewhere and commended by the General Assembly, `body` is the
 * General Assembly; where it was adopted at a stand-alone diplomatic conference, that conference.
 */
export const DISARMAMENT: CatalogEntryInput[] = [
  {
    id: "npt",
    name: "Treaty on the Non-Proliferation of Nuclear Weapons",
    aliases: ["Non-Proliferation Treaty", "Nuclear Non-Proliferation Treaty", "Treaty on Non-Proliferation of Nuclear Weapons"],
    acronyms: ["NPT"],
    type: "treaty", adopted: 1968, body: "UN General Assembly",
  },
  {
    id: "ctbt",
    name: "Comprehensive Nuclear-Test-Ban Treaty",
    aliases: ["Comprehensive Nuclear Test Ban Treaty", "Comprehensive Test Ban Treaty", "Comprehensive Test-Ban Treaty", "Comprehensive Nuclear-Test Ban Treaty"],
    acronyms: ["CTBT"],
    type: "treaty", adopted: 1996, body: "UN General Assembly",
  },
  {
    id: "ptbt",
    name: "Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water",
    aliases: ["Partial Test Ban Treaty", "Partial Nuclear Test Ban Treaty", "Limited Test Ban Treaty"],
    acronyms: ["PTBT", "LTBT"],
    type: "treaty", adopted: 1963, body: null,
  },
  {
    id: "tpnw",
    name: "Treaty on the Prohibition of Nuclear Weapons",
    aliases: ["Nuclear Ban Treaty", "Nuclear Weapons Ban Treaty", "Nuclear Weapon Ban Treaty", "Treaty on Prohibition of Nuclear Weapons"],
    acronyms: ["TPNW"],
    type: "treaty", adopted: 2017,
    body: "UN Conference to Negotiate a Legally Binding Instrument to Prohibit Nuclear Weapons",
  },
  {
    // Text adopted by the Conference on Disarmament in 1992, opened for signature in January 1993.
    id: "cwc",
    name: "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction",
    aliases: ["Chemical Weapons Convention"],
    acronyms: ["CWC"],
    type: "treaty", adopted: 1993, body: "Conference on Disarmament",
  },
  {
    id: "bwc",
    name: "Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction",
    aliases: ["Biological Weapons Convention", "Biological and Toxin Weapons Convention"],
    acronyms: ["BWC", "BTWC"],
    type: "treaty", adopted: 1972, body: "UN General Assembly",
  },
  {
    id: "geneva-protocol-1925",
    name: "Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare",
    aliases: ["Geneva Protocol of 1925", "1925 Geneva Protocol", "Geneva Gas Protocol"],
    type: "protocol", adopted: 1925, body: "League of Nations",
  },
  {
    id: "att",
    name: "Arms Trade Treaty",
    aliases: ["UN Arms Trade Treaty", "United Nations Arms Trade Treaty"],
    acronyms: ["ATT"],
    type: "treaty", adopted: 2013, body: "UN General Assembly",
  },
  {
    id: "apmbc",
    name: "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
    aliases: ["Ottawa Convention", "Ottawa Treaty", "Mine Ban Convention", "Mine Ban Treaty", "Anti-Personnel Mine Ban Convention", "Anti-Personnel Mine Ban Treaty"],
    acronyms: ["APMBC"],
    type: "treaty", adopted: 1997,
    body: "Diplomatic Conference on an International Total Ban on Anti-Personnel Land Mines",
  },
  {
    id: "ccm",
    name: "Convention on Cluster Munitions",
    aliases: ["Cluster Munitions Convention", "Convention on Cluster Munition"],
    acronyms: ["CCM"],
    type: "treaty", adopted: 2008, body: "Dublin Diplomatic Conference on Cluster Munitions",
  },
  {
    id: "ccw",
    name: "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects",
    aliases: ["Convention on Certain Conventional Weapons", "Certain Conventional Weapons Convention", "Inhumane Weapons Convention"],
    acronyms: ["CCW"],
    type: "treaty", adopted: 1980, body: "UN Conference on Prohibitions or Restrictions of Use of Certain Conventional Weapons",
  },
  {
    id: "ccw-p1",
    name: "Protocol on Non-Detectable Fragments (Protocol I)",
    aliases: ["Protocol on Non-Detectable Fragments", "CCW Protocol I"],
    type: "protocol", adopted: 1980, body: "UN Conference on Prohibitions or Restrictions of Use of Certain Conventional Weapons", parent: "ccw",
  },
  {
    id: "ccw-p2",
    name: "Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices (Protocol II)",
    aliases: ["Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices", "CCW Protocol II"],
    type: "protocol", adopted: 1980, body: "UN Conference on Prohibitions or Restrictions of Use of Certain Conventional Weapons", parent: "ccw",
  },
  {
    id: "ccw-p2-amended",
    name: "Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices as amended on 3 May 1996 (Amended Protocol II)",
    aliases: ["Amended Protocol II", "CCW Amended Protocol II"],
    type: "protocol", adopted: 1996, body: "CCW Review Conference", parent: "ccw",
  },
  {
    id: "ccw-p3",
    name: "Protocol on Prohibitions or Restrictions on the Use of Incendiary Weapons (Protocol III)",
    aliases: ["Protocol on Prohibitions or Restrictions on the Use of Incendiary Weapons", "CCW Protocol III", "Protocol on Incendiary Weapons"],
    type: "protocol", adopted: 1980, body: "UN Conference on Prohibitions or Restrictions of Use of Certain Conventional Weapons", parent: "ccw",
  },
  {
    id: "ccw-p4",
    name: "Protocol on Blinding Laser Weapons (Protocol IV)",
    aliases: ["Protocol on Blinding Laser Weapons", "CCW Protocol IV"],
    type: "protocol", adopted: 1995, body: "CCW Review Conference", parent: "ccw",
  },
  {
    id: "ccw-p5",
    name: "Protocol on Explosive Remnants of War (Protocol V)",
    aliases: ["Protocol on Explosive Remnants of War", "CCW Protocol V"],
    type: "protocol", adopted: 2003, body: "Meeting of the States Parties to the CCW", parent: "ccw",
  },
  {
    id: "outer-space-treaty",
    name: "Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies",
    aliases: ["Outer Space Treaty"],
    type: "treaty", adopted: 1967, body: "UN General Assembly",
  },
  {
    id: "enmod",
    name: "Convention on the Prohibition of Military or Any Other Hostile Use of Environmental Modification Techniques",
    aliases: ["Environmental Modification Convention"],
    acronyms: ["ENMOD"],
    type: "treaty", adopted: 1976, body: "UN General Assembly",
  },
  {
    id: "tlatelolco",
    name: "Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean",
    aliases: ["Treaty of Tlatelolco", "Tlatelolco Treaty", "Treaty for the Prohibition of Nuclear Weapons in Latin America"],
    type: "treaty", adopted: 1967, body: null,
  },
  {
    // Adopted by the South Pacific Forum, since 2000 the Pacific Islands Forum.
    id: "rarotonga",
    name: "South Pacific Nuclear Free Zone Treaty",
    aliases: ["Treaty of Rarotonga", "Rarotonga Treaty", "South Pacific Nuclear-Free Zone Treaty"],
    acronyms: ["SPNFZ"],
    type: "treaty", adopted: 1985, body: "Pacific Islands Forum",
  },
  {
    id: "bangkok-treaty",
    name: "Treaty on the Southeast Asia Nuclear Weapon-Free Zone",
    aliases: ["Treaty of Bangkok", "Bangkok Treaty", "SEANWFZ Treaty", "Southeast Asia Nuclear Weapon-Free Zone Treaty"],
    acronyms: ["SEANWFZ"],
    type: "treaty", adopted: 1995, body: "ASEAN",
  },
  {
    id: "pelindaba",
    name: "African Nuclear-Weapon-Free Zone Treaty",
    aliases: ["Treaty of Pelindaba", "Pelindaba Treaty", "African Nuclear Weapon Free Zone Treaty"],
    acronyms: ["ANWFZ"],
    type: "treaty", adopted: 1996, body: "Organization of African Unity",
  },
  {
    id: "canwfz",
    name: "Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
    aliases: ["Treaty of Semipalatinsk", "Semipalatinsk Treaty", "Central Asian Nuclear-Weapon-Free Zone Treaty", "Central Asian Nuclear Weapon Free Zone Treaty"],
    acronyms: ["CANWFZ"],
    type: "treaty", adopted: 2006, body: null,
  },
  {
    id: "inf-treaty",
    name: "Treaty between the United States of America and the Union of Soviet Socialist Republics on the Elimination of Their Intermediate-Range and Shorter-Range Missiles",
    aliases: ["INF Treaty", "Intermediate-Range Nuclear Forces Treaty"],
    type: "treaty", adopted: 1987, body: null,
  },
  {
    id: "new-start",
    name: "Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms",
    aliases: ["New START", "New START Treaty"],
    type: "treaty", adopted: 2010, body: null,
  },
  {
    id: "hcoc",
    name: "Hague Code of Conduct against Ballistic Missile Proliferation",
    aliases: ["Hague Code of Conduct"],
    acronyms: ["HCoC", "HCOC"],
    type: "other", adopted: 2002, body: null,
  },
  {
    id: "un-poa-salw",
    name: "Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects",
    aliases: ["UN Programme of Action on Small Arms", "Programme of Action on Small Arms and Light Weapons", "UN Programme of Action on Small Arms and Light Weapons"],
    type: "plan", adopted: 2001, body: "UN Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects",
  },
  {
    id: "iaea-additional-protocol",
    name: "Model Protocol Additional to the Agreement(s) between State(s) and the International Atomic Energy Agency for the Application of Safeguards",
    aliases: ["IAEA Additional Protocol", "Model Additional Protocol", "Additional Protocol to the IAEA safeguards agreement"],
    type: "protocol", adopted: 1997, body: "IAEA",
  },
  {
    id: "nuclear-safety-convention",
    name: "Convention on Nuclear Safety",
    aliases: [],
    type: "treaty", adopted: 1994, body: "IAEA",
  },
  {
    id: "early-notification-convention",
    name: "Convention on Early Notification of a Nuclear Accident",
    aliases: ["Early Notification Convention"],
    type: "treaty", adopted: 1986, body: "IAEA",
  },
  {
    id: "assistance-convention",
    name: "Convention on Assistance in the Case of a Nuclear Accident or Radiological Emergency",
    aliases: [],
    type: "treaty", adopted: 1986, body: "IAEA",
  },
  {
    id: "joint-convention",
    name: "Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management",
    aliases: [],
    type: "treaty", adopted: 1997, body: "IAEA",
  },
  {
    // Co-sponsored by the depositaries (Russia, United Kingdom, United States).
    id: "npt-1995-middle-east-resolution",
    name: "Resolution on the Middle East adopted by the 1995 Review and Extension Conference of the Parties to the NPT",
    aliases: ["1995 Resolution on the Middle East", "1995 Middle East Resolution", "1995 NPT resolution on the Middle East"],
    type: "resolution", adopted: 1995,
    body: "1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons",
  },
];
