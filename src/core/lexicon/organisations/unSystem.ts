import type { Organisation } from "./index";

/**
 * The United Nations, its principal organs, subsidiary bodies and officials (kind
 * "un-organ"), and its funds, programmes, offices and specialized or related agencies
 * (kind "un-agency"). Officials who head an office are aliases of that office.
 */
export const UN_SYSTEM: Organisation[] = [
  // The Organization as a whole is filed with its organs.
  { name: "United Nations", kind: "un-organ", acronyms: ["UN", "UNO"], aliases: ["United Nations Organization", "United Nations Organisation"] },
  {
    name: "UN General Assembly",
    kind: "un-organ",
    acronyms: ["UNGA", "GA"],
    aliases: ["United Nations General Assembly", "General Assembly", "General Assembly of the United Nations", "UN GA"],
  },
  {
    name: "UN General Assembly First Committee",
    kind: "un-organ",
    acronyms: ["DISEC"],
    aliases: [
      "First Committee",
      "First Committee (Disarmament and International Security)",
      "Disarmament and International Security Committee",
      "UN First Committee",
      "First Committee of the General Assembly",
    ],
  },
  {
    name: "UN General Assembly Third Committee",
    kind: "un-organ",
    acronyms: [],
    aliases: ["Third Committee", "Third Committee (Social, Humanitarian and Cultural)", "Social, Humanitarian and Cultural Committee"],
  },
  {
    name: "UN General Assembly Sixth Committee",
    kind: "un-organ",
    acronyms: [],
    aliases: ["Sixth Committee", "Sixth Committee (Legal)", "Legal Committee of the General Assembly"],
  },
  {
    name: "UN Security Council",
    kind: "un-organ",
    acronyms: ["UNSC"],
    aliases: [
      "United Nations Security Council",
      "Security Council",
      "UN SC",
      "Security Council of the United Nations",
      "Security Council of the UN",
      "Security Council of the UNO",
    ],
  },
  {
    name: "UN Security Council Counter-Terrorism Committee",
    kind: "un-organ",
    acronyms: [],
    aliases: ["Counter-Terrorism Committee", "Counter Terrorism Committee", "Security Council Counter-Terrorism Committee"],
  },
  {
    name: "UN Human Rights Council",
    kind: "un-organ",
    acronyms: ["UNHRC", "HRC"],
    aliases: ["United Nations Human Rights Council", "Human Rights Council"],
  },
  {
    name: "UN Secretary-General",
    kind: "un-organ",
    acronyms: ["UNSG"],
    aliases: [
      "Secretary-General of the United Nations",
      "United Nations Secretary-General",
      "UN Secretary General",
      "Secretary General of the United Nations",
      "Secretary-General",
      "Secretary General",
    ],
  },
  {
    name: "UN Deputy Secretary-General",
    kind: "un-organ",
    acronyms: [],
    aliases: [
      "Deputy Secretary-General",
      "Deputy Secretary General",
      "United Nations Deputy Secretary-General",
      "Deputy Secretary-General of the United Nations",
      "Deputy Secretary General of the United Nations",
    ],
  },
  {
    name: "Special Representative of the Secretary-General for Children and Armed Conflict",
    kind: "un-organ",
    acronyms: [],
    aliases: ["SRSG for Children and Armed Conflict", "Special Representative for Children and Armed Conflict"],
  },
  {
    name: "UN Economic and Social Council",
    kind: "un-organ",
    acronyms: ["ECOSOC"],
    aliases: ["United Nations Economic and Social Council", "Economic and Social Council"],
  },
  { name: "International Court of Justice", kind: "un-organ", acronyms: ["ICJ"], aliases: ["World Court"] },
  {
    name: "UN Commission on Human Rights",
    kind: "un-organ",
    acronyms: [],
    aliases: ["United Nations Commission on Human Rights", "Commission on Human Rights"],
  },
  { name: "UN Human Rights Committee", kind: "un-organ", acronyms: [], aliases: ["Human Rights Committee"] },
  { name: "Committee on the Rights of the Child", kind: "un-organ", acronyms: [], aliases: ["UN Committee on the Rights of the Child"] },
  // Funds, programmes, offices and agencies.
  {
    name: "UNESCO",
    kind: "un-agency",
    acronyms: ["UNESCO"],
    aliases: [
      "United Nations Educational, Scientific and Cultural Organization",
      "United Nations Educational, Scientific and Cultural Organisation",
      "UN Educational, Scientific and Cultural Organization",
    ],
  },
  {
    name: "UNICEF",
    kind: "un-agency",
    acronyms: ["UNICEF"],
    aliases: [
      "United Nations Children's Fund",
      "United Nations Children’s Fund",
      "UN Children's Fund",
      "UN Children’s Fund",
      "United Nations International Children's Emergency Fund",
    ],
  },
  {
    name: "UNHCR",
    kind: "un-agency",
    acronyms: ["UNHCR"],
    aliases: [
      "UN Refugee Agency",
      "United Nations Refugee Agency",
      "Office of the United Nations High Commissioner for Refugees",
      "United Nations High Commissioner for Refugees",
      "UN High Commissioner for Refugees",
    ],
  },
  {
    name: "OHCHR",
    kind: "un-agency",
    acronyms: ["OHCHR"],
    aliases: [
      "Office of the United Nations High Commissioner for Human Rights",
      "Office of the UN High Commissioner for Human Rights",
      "UN Human Rights Office",
      "United Nations High Commissioner for Human Rights",
      "UN High Commissioner for Human Rights",
    ],
  },
  { name: "IAEA", kind: "un-agency", acronyms: ["IAEA"], aliases: ["International Atomic Energy Agency"] },
  { name: "WHO", kind: "un-agency", acronyms: ["WHO"], aliases: ["World Health Organization", "World Health Organisation"] },
  {
    name: "ILO",
    kind: "un-agency",
    acronyms: ["ILO"],
    aliases: ["International Labour Organization", "International Labour Organisation", "International Labor Organization"],
  },
  {
    name: "FAO",
    kind: "un-agency",
    acronyms: ["FAO"],
    aliases: ["Food and Agriculture Organization of the United Nations", "Food and Agriculture Organization"],
  },
  { name: "UNDP", kind: "un-agency", acronyms: ["UNDP"], aliases: ["United Nations Development Programme", "UN Development Programme"] },
  { name: "UNEP", kind: "un-agency", acronyms: ["UNEP"], aliases: ["United Nations Environment Programme", "UN Environment Programme", "UN Environment"] },
  { name: "UNODC", kind: "un-agency", acronyms: ["UNODC"], aliases: ["United Nations Office on Drugs and Crime", "UN Office on Drugs and Crime"] },
  { name: "UN Women", kind: "un-agency", acronyms: [], aliases: ["United Nations Entity for Gender Equality and the Empowerment of Women"] },
  { name: "UNFPA", kind: "un-agency", acronyms: ["UNFPA"], aliases: ["United Nations Population Fund", "UN Population Fund"] },
  { name: "UNRWA", kind: "un-agency", acronyms: ["UNRWA"], aliases: ["United Nations Relief and Works Agency for Palestine Refugees in the Near East"] },
  { name: "WFP", kind: "un-agency", acronyms: ["WFP"], aliases: ["World Food Programme", "UN World Food Programme", "United Nations World Food Programme"] },
  { name: "World Bank", kind: "un-agency", acronyms: ["IBRD"], aliases: ["World Bank Group", "International Bank for Reconstruction and Development"] },
  { name: "IMF", kind: "un-agency", acronyms: ["IMF"], aliases: ["International Monetary Fund"] },
  { name: "ICAO", kind: "un-agency", acronyms: ["ICAO"], aliases: ["International Civil Aviation Organization", "International Civil Aviation Organisation"] },
  { name: "IMO", kind: "un-agency", acronyms: ["IMO"], aliases: ["International Maritime Organization", "International Maritime Organisation"] },
  { name: "UN Office of Counter-Terrorism", kind: "un-agency", acronyms: ["UNOCT"], aliases: ["United Nations Office of Counter-Terrorism"] },
  { name: "UN Office for Disarmament Affairs", kind: "un-agency", acronyms: ["UNODA"], aliases: ["United Nations Office for Disarmament Affairs"] },
  {
    name: "UN Economic Commission for Europe",
    kind: "un-agency",
    acronyms: ["UNECE"],
    aliases: ["United Nations Economic Commission for Europe", "Economic Commission for Europe"],
  },
  {
    name: "Secretariat of the Convention on Biological Diversity",
    kind: "un-agency",
    acronyms: [],
    aliases: ["CBD Secretariat", "Executive Secretary of the Convention on Biological Diversity"],
  },
];
