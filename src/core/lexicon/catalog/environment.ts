import type { CatalogEntryInput } from "./entryInput";

/**
 * Environment, climate and the sea: the Rio conventions and their protocols, the ozone,
 * chemicals and waste treaties, biodiversity-related conventions and the law of the sea.
 * Protocols and agreements concluded under a framework convention carry it as `parent`.
 */
export const ENVIRONMENT: CatalogEntryInput[] = [
  {
    id: "unfccc",
    name: "United Nations Framework Convention on Climate Change",
    aliases: ["UN Framework Convention on Climate Change", "Framework Convention on Climate Change", "Climate Change Convention"],
    acronyms: ["UNFCCC"],
    type: "treaty", adopted: 1992, body: "Intergovernmental Negotiating Committee for a Framework Convention on Climate Change",
  },
  {
    id: "kyoto-protocol",
    name: "Kyoto Protocol to the United Nations Framework Convention on Climate Change",
    aliases: ["Kyoto Protocol"],
    type: "protocol", adopted: 1997, body: "UNFCCC Conference of the Parties", parent: "unfccc",
  },
  {
    id: "doha-amendment",
    name: "Doha Amendment to the Kyoto Protocol",
    aliases: [],
    type: "protocol", adopted: 2012, body: "Meeting of the Parties to the Kyoto Protocol", parent: "kyoto-protocol",
  },
  {
    id: "paris-agreement",
    name: "Paris Agreement",
    aliases: ["Paris Climate Agreement", "Paris Agreement on Climate Change", "Paris climate accord"],
    type: "treaty", adopted: 2015, body: "UNFCCC Conference of the Parties", parent: "unfccc",
  },
  {
    id: "cbd",
    name: "Convention on Biological Diversity",
    aliases: ["Biodiversity Convention", "UN Convention on Biological Diversity"],
    acronyms: ["CBD"],
    type: "treaty", adopted: 1992, body: "UNEP",
  },
  {
    id: "cartagena-protocol",
    name: "Cartagena Protocol on Biosafety to the Convention on Biological Diversity",
    aliases: ["Cartagena Protocol", "Cartagena Protocol on Biosafety"],
    type: "protocol", adopted: 2000, body: "CBD Conference of the Parties", parent: "cbd",
  },
  {
    id: "nagoya-protocol",
    name: "Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilization",
    aliases: [
      "Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilisation",
      "Nagoya Protocol",
      "Nagoya Protocol on Access and Benefit-sharing",
      "Nagoya Protocol on Access and Benefit Sharing",
    ],
    type: "protocol", adopted: 2010, body: "CBD Conference of the Parties", parent: "cbd",
  },
  {
    id: "nagoya-kuala-lumpur-protocol",
    name: "Nagoya-Kuala Lumpur Supplementary Protocol on Liability and Redress to the Cartagena Protocol on Biosafety",
    aliases: ["Nagoya – Kuala Lumpur Supplementary Protocol on Liability and Redress to the Cartagena Protocol on Biosafety", "Nagoya-Kuala Lumpur Supplementary Protocol"],
    type: "protocol", adopted: 2010, body: "Meeting of the Parties to the Cartagena Protocol", parent: "cartagena-protocol",
  },
  {
    id: "unccd",
    name: "United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa",
    aliases: ["United Nations Convention to Combat Desertification", "UN Convention to Combat Desertification", "Convention to Combat Desertification", "Desertification Convention"],
    acronyms: ["UNCCD", "CCD"],
    type: "treaty", adopted: 1994, body: "Intergovernmental Negotiating Committee for the Elaboration of an International Convention to Combat Desertification",
  },
  {
    id: "vienna-ozone",
    name: "Vienna Convention for the Protection of the Ozone Layer",
    aliases: ["Vienna Convention on the Protection of the Ozone Layer", "Vienna Ozone Convention"],
    type: "treaty", adopted: 1985, body: "UNEP",
  },
  {
    id: "montreal-protocol",
    name: "Montreal Protocol on Substances that Deplete the Ozone Layer",
    aliases: ["Montreal Protocol"],
    type: "protocol", adopted: 1987, body: "UNEP", parent: "vienna-ozone",
  },
  {
    id: "kigali-amendment",
    name: "Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer",
    aliases: ["Kigali Amendment", "Kigali Amendment to the Montreal Protocol"],
    type: "protocol", adopted: 2016, body: "Meeting of the Parties to the Montreal Protocol", parent: "montreal-protocol",
  },
  {
    id: "minamata-convention",
    name: "Minamata Convention on Mercury",
    aliases: ["Minamata Convention"],
    type: "treaty", adopted: 2013, body: "UNEP",
  },
  {
    id: "stockholm-convention",
    name: "Stockholm Convention on Persistent Organic Pollutants",
    aliases: ["Stockholm Convention", "POPs Convention"],
    type: "treaty", adopted: 2001, body: "UNEP",
  },
  {
    id: "basel-convention",
    name: "Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal",
    aliases: ["Basel Convention"],
    type: "treaty", adopted: 1989, body: "UNEP",
  },
  {
    id: "rotterdam-convention",
    name: "Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade",
    aliases: ["Rotterdam Convention", "PIC Convention"],
    type: "treaty", adopted: 1998, body: "UNEP and FAO",
  },
  {
    id: "cites",
    name: "Convention on International Trade in Endangered Species of Wild Fauna and Flora",
    aliases: [],
    acronyms: ["CITES"],
    type: "treaty", adopted: 1973, body: null,
  },
  {
    id: "ramsar-convention",
    name: "Convention on Wetlands of International Importance especially as Waterfowl Habitat",
    aliases: ["Ramsar Convention", "Ramsar Convention on Wetlands", "Convention on Wetlands"],
    type: "treaty", adopted: 1971, body: null,
  },
  {
    id: "cms",
    name: "Convention on the Conservation of Migratory Species of Wild Animals",
    aliases: ["Convention on Migratory Species", "Bonn Convention on Migratory Species"],
    type: "treaty", adopted: 1979, body: null,
  },
  {
    id: "aarhus-convention",
    name: "Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters",
    aliases: ["Aarhus Convention"],
    type: "treaty", adopted: 1998, body: "UN Economic Commission for Europe",
  },
  {
    id: "escazu-agreement",
    name: "Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
    aliases: ["Escazú Agreement", "Escazu Agreement"],
    type: "treaty", adopted: 2018, body: null,
  },
  {
    id: "unclos",
    name: "United Nations Convention on the Law of the Sea",
    aliases: ["UN Convention on the Law of the Sea", "Convention on the Law of the Sea", "Law of the Sea Convention"],
    acronyms: ["UNCLOS"],
    type: "treaty", adopted: 1982, body: "Third United Nations Conference on the Law of the Sea",
  },
  {
    id: "bbnj-agreement",
    name: "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
    aliases: ["BBNJ Agreement", "High Seas Treaty", "Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"],
    acronyms: ["BBNJ"],
    type: "treaty", adopted: 2023, body: "Intergovernmental Conference on Marine Biodiversity of Areas beyond National Jurisdiction", parent: "unclos",
  },
];
