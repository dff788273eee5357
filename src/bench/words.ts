/**
 * Word lists for the benchmark corpus: plain data, no logic. Every `{slot}` used by a
 * template in `templates.ts` is filled from one of these lists (see `SLOTS` in `corpus.ts`).
 * A few names carry non-ASCII letters so byte counts and offsets see real UTF-8.
 */

export const STATES: readonly string[] = [
  "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
  "Austria", "Azerbaijan", "Bangladesh", "Belgium", "Benin", "Bhutan", "Bolivia", "Botswana",
  "Brazil", "Bulgaria", "Burkina Faso", "Cambodia", "Cameroon", "Canada", "Chile", "China",
  "Colombia", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark",
  "Ecuador", "Egypt", "El Salvador", "Estonia", "Ethiopia", "Fiji", "Finland", "France", "Gabon",
  "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Honduras", "Hungary", "Iceland", "India",
  "Indonesia", "Ireland", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
  "Kyrgyzstan", "Latvia", "Lebanon", "Lithuania", "Luxembourg", "Madagascar", "Malawi",
  "Malaysia", "Mali", "Malta", "Mexico", "Mongolia", "Montenegro", "Morocco", "Mozambique",
  "Namibia", "Nepal", "the Netherlands", "New Zealand", "Niger", "Nigeria", "Norway", "Pakistan",
  "Panama", "Paraguay", "Peru", "the Philippines", "Poland", "Portugal", "Qatar",
  "the Republic of Korea", "Romania", "Rwanda", "Samoa", "São Tomé and Príncipe", "Senegal",
  "Serbia", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "South Africa", "South Sudan",
  "Spain", "Sri Lanka", "Sweden", "Switzerland", "Tajikistan", "Thailand", "Togo", "Tunisia",
  "Türkiye", "Uganda", "Ukraine", "the United Kingdom", "the United States", "Uruguay",
  "Uzbekistan", "Viet Nam", "Zambia", "Zimbabwe",
];

export const ORGANISATIONS: readonly string[] = [
  "UNESCO", "UNICEF", "UNHCR", "OHCHR", "the ICRC", "the African Union", "the European Union",
  "ASEAN", "the OSCE", "the Council of Europe", "the International Atomic Energy Agency",
  "the World Health Organization", "the Inter-Parliamentary Union", "Amnesty International",
  "Human Rights Watch", "the International Labour Organization", "the Organization of American States",
  "the Economic Community of West African States", "UNODA", "the Pacific Islands Forum",
];

/** Binding instruments: the things states ratify, accede to, sign or are parties to. */
export const TREATIES: readonly string[] = [
  "Convention on the Rights of Persons with Disabilities", "Arms Trade Treaty",
  "Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
  "Treaty on the Prohibition of Nuclear Weapons", "Comprehensive Nuclear-Test-Ban Treaty",
  "Convention on Cluster Munitions", "Anti-Personnel Mine Ban Convention",
  "Rome Statute of the International Criminal Court", "Paris Agreement",
  "Kigali Amendment to the Montreal Protocol", "Minamata Convention on Mercury",
  "Nagoya Protocol on Access to Genetic Resources", "1951 Convention relating to the Status of Refugees",
  "1954 Convention for the Protection of Cultural Property in the Event of Armed Conflict",
  "Second Protocol to the Hague Convention of 1954",
  "International Convention for the Protection of All Persons from Enforced Disappearance",
  "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
  "Optional Protocol to the Convention against Torture",
  "Convention on the Elimination of All Forms of Discrimination against Women",
  "International Covenant on Civil and Political Rights", "Convention on the Rights of the Child",
  "Second Optional Protocol to the International Covenant on Civil and Political Rights",
  "Chemical Weapons Convention", "Biological Weapons Convention",
  "Treaty on the Non-Proliferation of Nuclear Weapons", "Additional Protocol I to the Geneva Conventions",
  "Protocol V on Explosive Remnants of War", "Convention on Certain Conventional Weapons",
  "ILO Convention No. 182 on the Worst Forms of Child Labour", "Violence and Harassment Convention, 2019 (No. 190)",
  "Kampala Convention", "ASEAN Convention on Counter Terrorism", "Escazú Agreement",
  "United Nations Convention against Corruption", "Convention on the Reduction of Statelessness",
  "WHO Framework Convention on Tobacco Control", "Marrakesh Treaty", "Cartagena Protocol on Biosafety",
  "Council of Europe Convention on preventing and combating violence against women",
  "Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction",
];

/** Political instruments: declarations, principles, commitments — endorsed or adhered to. */
export const DECLARATIONS: readonly string[] = [
  "Safe Schools Declaration", "Paris Principles and Commitments",
  "Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers",
  "Political Declaration on Explosive Weapons in Populated Areas", "Global Compact on Refugees",
  "Declaration of Commitment to End Sexual Violence in Conflict", "Kigali Principles on the Protection of Civilians",
  "Montreux Document", "Political Declaration on Responsible Military Use of Artificial Intelligence",
  "Christchurch Call", "Principles for Responsible Investment", "Global Methane Pledge",
  "Declaration on Gender Equality in Peacekeeping", "Lusaka Road Map",
];

export const TOPICS: readonly string[] = [
  "the protection of cultural heritage", "nuclear disarmament", "the rights of the child",
  "climate change adaptation", "the protection of civilians", "counter-terrorism", "food security",
  "access to justice", "the rights of persons with disabilities", "maritime security",
  "the prevention of enforced disappearances", "gender equality", "refugee protection",
  "sustainable development", "universal health coverage", "mine action", "small arms control",
  "illicit trafficking in cultural property", "the safety of journalists", "water scarcity",
  "digital cooperation", "migration governance", "the peaceful uses of outer space",
  "education in emergencies", "biodiversity loss", "statelessness", "anti-corruption efforts",
  "youth employment", "disaster risk reduction", "the abolition of the death penalty",
];

export const BODIES: readonly string[] = [
  "the First Committee", "the Third Committee", "the Human Rights Council", "the Security Council",
  "the General Assembly", "the Conference on Disarmament", "the Sixth Committee",
  "the Economic and Social Council", "the Commission on the Status of Women",
  "the UNESCO Executive Board", "the World Health Assembly", "the Peacebuilding Commission",
];

export const CITIES: readonly string[] = [
  "New York", "Geneva", "Vienna", "Paris", "Nairobi", "Bangkok", "Addis Ababa", "The Hague",
  "Brussels", "Astana", "Santiago", "Jakarta", "Dakar", "Canberra", "Ottawa", "Oslo", "Lomé",
];

export const OFFICIALS: readonly string[] = [
  "Minister of Foreign Affairs", "Deputy Minister", "Permanent Representative", "Ambassador",
  "State Secretary", "Director-General", "Special Rapporteur", "Prime Minister", "President",
  "Head of Delegation", "Deputy Permanent Representative", "spokesperson",
];

export const GIVEN_NAMES: readonly string[] = [
  "Amina", "Kairat", "María", "Jean-Pierre", "Ingrid", "Tomasz", "Aiko", "Kwame", "Lucía", "Farid",
  "Olena", "Sipho", "Mei", "Erik", "Nomvula", "Rafael", "Leila", "Dmitri", "Aroha", "Chinedu",
];

export const SURNAMES: readonly string[] = [
  "Abdrakhmanov", "Okafor", "Lindqvist", "Moreno", "Tanaka", "Dubois", "Kowalski", "Haddad",
  "Mensah", "Nguyen", "Rahman", "Schmidt", "Petrova", "Silva", "Mwangi", "Ó Briain", "Castillo",
];

export const REGIONS: readonly string[] = [
  "the Sahel", "the Middle East", "Central Asia", "the Great Lakes region", "the Western Balkans",
  "the Horn of Africa", "South-East Asia", "the Caribbean", "the Pacific", "the Korean Peninsula",
];

export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
];

export const ORDINALS: readonly string[] = [
  "first", "second", "third", "fifth", "tenth", "twentieth", "thirtieth", "fiftieth",
  "fifty-first", "sixtieth", "seventy-third", "hundredth",
];

export const SAID_VERBS: readonly string[] = [
  "stressed", "underlined", "emphasized", "noted", "recalled", "observed", "pointed out", "affirmed",
];

export const QUOTES: readonly string[] = [
  "We cannot afford to stand still", "Dialogue is the only path to lasting peace",
  "No country can meet these challenges alone", "Our words must be matched by action",
  "This is a question of human dignity", "The next generation will judge us by what we do today",
  "Multilateralism is not an option but a necessity", "We must leave no one behind",
];

export const DOMAINS: readonly string[] = [
  "press.un.org", "www.mfa.gov.example", "news.un.org", "www.unesco.org", "www.ohchr.org",
  "reliefweb.int", "www.icrc.org", "www.gov.example/foreign-affairs", "www.iisd.org", "www.crin.org",
];
