#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe4/tools/build_gold.py; the helpers and checks are shared
in corpus/tools/gold.py."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
P29 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["P29", "Forced Labour Protocol", "Protocol of 2014 to the Forced Labour Convention", "ILO Forced Labour Protocol"])
C29 = ("Forced Labour Convention, 1930 (No. 29)", ["Forced Labour Convention", "C29", "Convention No. 29"])
C105 = ("Abolition of Forced Labour Convention, 1957 (No. 105)", ["Abolition of Forced Labour Convention", "C105", "Convention No. 105"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["Convention No. 155", "C155", "Occupational Safety and Health Convention"])
C187 = ("Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)", ["Convention No. 187", "C187", "Promotional Framework for Occupational Safety and Health Convention"])
DECLAMEND = ("amendment to the ILO Declaration on Fundamental Principles and Rights at Work",
             ["ILO Declaration on Fundamental Principles and Rights at Work", "amendment to the ILO Declaration", "2022 amendment to the ILO Declaration"])
NAGOYA = ("Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilization to the Convention on Biological Diversity",
          ["Nagoya Protocol", "Nagoya Protocol on Access and Benefit-sharing"])
GBF = ("Kunming-Montreal Global Biodiversity Framework", ["Global Biodiversity Framework", "GBF", "KMGBF"])
CARTAGENA = ("Cartagena Protocol on Biosafety", ["Cartagena Protocol", "Cartagena Protocol on Biosafety to the Convention on Biological Diversity"])
NKL = ("Nagoya – Kuala Lumpur Supplementary Protocol on Liability and Redress to the Cartagena Protocol on Biosafety",
       ["Nagoya-Kuala Lumpur Supplementary Protocol", "Nagoya – Kuala Lumpur Supplementary Protocol", "Supplementary Protocol on Liability and Redress"])
SL = ("resolution on promoting reconciliation, accountability and human rights in Sri Lanka (A/HRC/51/L.1/Rev.1)",
      ["A/HRC/51/L.1/Rev.1", "Promoting reconciliation, accountability and human rights in Sri Lanka", "resolution on Sri Lanka"])
VEN = ("resolution A/HRC/51/L.41 on the situation of human rights in the Bolivarian Republic of Venezuela",
       ["A/HRC/51/L.41", "Situation of human rights in the Bolivarian Republic of Venezuela", "resolution on Venezuela"])
R2683 = ("resolution 2683 (2023)", ["S/RES/2683 (2023)", "resolution 2683"])
R2633 = ("resolution 2633 (2022)", ["S/RES/2633 (2022)", "resolution 2633"])
R2428 = ("resolution 2428 (2018)", ["S/RES/2428 (2018)", "resolution 2428"])
RARCSS = ("Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan", ["Revitalized Agreement", "R-ARCSS"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing",
        ["Port State Measures Agreement", "PSMA", "Agreement on Port State Measures", "FAO Agreement on Port State Measures"])
COMPLIANCE = ("Agreement to Promote Compliance with International Conservation and Management Measures by Fishing Vessels on the High Seas",
              ["Compliance Agreement", "FAO Compliance Agreement"])
ITPGRFA = ("International Treaty on Plant Genetic Resources for Food and Agriculture", ["Plant Treaty", "ITPGRFA"])
FISH = ("Agreement on Fisheries Subsidies", ["WTO Agreement on Fisheries Subsidies", "fisheries subsidies agreement", "Protocol of Amendment inserting the Agreement on Fisheries Subsidies"])
ICSANT = ("International Convention for the Suppression of Acts of Nuclear Terrorism", ["ICSANT", "Nuclear Terrorism Convention"])
ICSFT = ("International Convention for the Suppression of the Financing of Terrorism", ["Terrorist Financing Convention", "ICSFT"])
ICSTB = ("International Convention for the Suppression of Terrorist Bombings", ["Terrorist Bombings Convention"])
MARKING = ("Convention on the Marking of Plastic Explosives for the Purpose of Detection", ["Plastic Explosives Convention"])
SAFETY = ("Convention on the Safety of United Nations and Associated Personnel", ["Safety Convention", "1994 Convention on the Safety of United Nations and Associated Personnel"])
SAFETYOP = ("Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel", ["Optional Protocol of 2005", "Optional Protocol to the Safety Convention"])
GCTS = ("United Nations Global Counter-Terrorism Strategy", ["Global Counter-Terrorism Strategy", "UN Global Counter-Terrorism Strategy"])
CCIT = ("draft comprehensive convention on international terrorism", ["comprehensive convention on international terrorism", "CCIT"])
HCOC = ("Hague Code of Conduct against Ballistic Missile Proliferation", ["HCoC", "Hague Code of Conduct", "Code"])
R7758 = ("resolution 77/58 \"The Hague Code of Conduct against Ballistic Missile Proliferation\"", ["resolution 77/58", "A/RES/77/58"])
MTCRG = ("MTCR Guidelines", ["Guidelines of the Missile Technology Control Regime", "Missile Technology Control Regime Guidelines"])
FMP = ("Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["Free Movement Protocol", "AU Free Movement Protocol", "Protocol on Free Movement of Persons"])
ACDEG = ("African Charter on Democracy, Elections and Governance", ["ACDEG", "African Charter on Democracy"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "Convention on the Elimination of All Forms of Racial Discrimination"])
ART14 = ("declaration under Article 14 of the International Convention on the Elimination of All Forms of Racial Discrimination",
         ["Article 14 declaration", "declaration under Article 14", "Article 14", "complaints procedure under Article 14 of ICERD"])
DDPA = ("Durban Declaration and Programme of Action", ["DDPA", "Durban Declaration"])
POLDECL = ("political declaration marking the twentieth anniversary of the Durban Declaration and Programme of Action",
           ["political declaration on the twentieth anniversary of the Durban Declaration", "Durban +20 political declaration"])
HC54 = ("Convention for the Protection of Cultural Property in the Event of Armed Conflict", ["1954 Hague Convention", "Hague Convention of 1954"])
HCP1 = ("First Protocol to the 1954 Hague Convention", ["First Protocol", "1954 Protocol", "Protocol for the Protection of Cultural Property in the Event of Armed Conflict"])
HCP2 = ("Second Protocol to the 1954 Hague Convention", ["Second Protocol", "1999 Second Protocol",
        "Second Protocol to the Hague Convention of 1954 for the Protection of Cultural Property in the Event of Armed Conflict"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy", "Blue Pacific 2050 Strategy"])
S2050IP = ("2050 Strategy Implementation Plan", ["Implementation Plan for the 2050 Strategy"])
STATEHOOD = ("2023 Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise",
             ["Declaration on the Continuity of Statehood", "Declaration on Continuity of Statehood"])
MARZONES = ("Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise", ["Declaration on Preserving Maritime Zones"])
MOBILITY = ("Pacific Regional Framework on Climate Mobility", ["Framework on Climate Mobility"])
NOUMEA = ("Convention for the Protection of the Natural Resources and Environment of the South Pacific Region", ["Noumea Convention", "Nouméa Convention"])
NOUMEAP = ("Protocols to the Noumea Convention", ["its Protocols", "Noumea Convention Protocols", "Protocols"])
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
FALEPILI = ("Australia-Tuvalu Falepili Union", ["Falepili Union", "Falepili Union treaty"])
PRF = ("Treaty Establishing the Pacific Resilience Facility", ["Pacific Resilience Facility Treaty", "PRF Treaty"])
CCALL = ("Christchurch Call to Action to Eliminate Terrorist and Violent Extremist Content Online", ["Christchurch Call", "Christchurch Call to Action", "Call"])
LANZ = ("Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse", ["Lanzarote Convention"])
MEDI = ("Council of Europe Convention on the counterfeiting of medical products and similar crimes involving threats to public health", ["Medicrime Convention", "MEDICRIME"])
OVIEDO = ("Convention on Human Rights and Biomedicine", ["Oviedo Convention"])
PLEDGE = ("Global Pledge on Media Freedom", ["Media Freedom Coalition pledge"])
ESCCC = ("Additional Protocol to the European Social Charter Providing for a System of Collective Complaints", ["Collective Complaints Protocol", "collective complaints procedure"])
ESC61 = ("1961 European Social Charter", ["European Social Charter", "European Social Charter (1961)"])
ESCREV = ("Revised European Social Charter", ["European Social Charter (revised)", "European Social Charter (Revised)"])
U2005 = ("2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions", ["Convention on the Protection and Promotion of the Diversity of Cultural Expressions", "2005 Convention"])
U2003 = ("2003 Convention for the Safeguarding of the Intangible Cultural Heritage", ["Convention for the Safeguarding of the Intangible Cultural Heritage", "2003 Convention"])
BELEM = ("Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women",
         ["Convention of Belém do Pará", "Belém do Pará Convention", "Convention of Belem do Para"])
PSS = ("Additional Protocol to the American Convention on Human Rights in the Area of Economic, Social and Cultural Rights", ["Protocol of San Salvador"])
ACHR = ("American Convention on Human Rights", ["Pact of San José", "Pact of San Jose", "American Convention"])
LOME = ("African Charter on Maritime Security and Safety and Development in Africa", ["Lomé Charter", "Lome Charter"])
YAOUNDE = ("Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships, and Illicit Maritime Activity in West and Central Africa",
           ["Yaoundé Code of Conduct", "Yaounde Code of Conduct"])
JEDDAH = ("Jeddah Amendment to the Djibouti Code of Conduct", ["Jeddah Amendment", "Djibouti Code of Conduct/Jeddah Amendment"])

# ---- actors with alternative names ----
ALT = alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran", "Viet Nam", "Czechia", "Venezuela", "Bolivia", "Côte d'Ivoire", "Marshall Islands", "Netherlands", "European Union", "European Commission", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Kazakhstan", "Gambia", "Cambodia", "Equatorial Guinea", "Mexico", "Colombia", "Kiribati", "Timor-Leste", "São Tomé and Príncipe", "Brunei Darussalam", "Cook Islands", "Ghana", "Guinea", "Saudi Arabia", "Togo")
HRC = ["UN Human Rights Council", "Human Rights Council", "HRC"]
ILODG = ["ILO Director-General", "Director-General of the International Labour Office", "Gilbert F. Houngbo", "International Labour Organization", "ILO"]
ILC = ["International Labour Conference", "International Labour Organization", "ILO"]
COP = ["Conference of the Parties to the Convention on Biological Diversity", "Conference of the Parties", "CBD COP", "COP15"]
WTODG = ["WTO Director-General", "Ngozi Okonjo-Iweala", "World Trade Organization", "WTO"]
WTOMC = ["WTO Ministerial Conference", "WTO ministers", "Ministerial Conference", "World Trade Organization", "WTO"]
AUA = ["Assembly of the African Union", "African Union Assembly", "African Union", "AU", "Assembly"]
AUC = ["Chairperson of the AU Commission", "African Union Commission", "AU Commission", "Moussa Faki Mahamat", "African Union", "AU"]
AMW = ["Africa Mobility Watch"]
CERD = ["Committee on the Elimination of Racial Discrimination", "CERD", "UN Committee on the Elimination of Racial Discrimination", "Chair of the Committee on the Elimination of Racial Discrimination"]
WCAR = ["World Conference against Racism", "World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance", "Durban Conference"]
UNESCO = ["UNESCO", "United Nations Educational, Scientific and Cultural Organization"]
COE = ["Council of Europe", "CoE"]
PIF = ["Pacific Islands Forum Leaders", "Forum Leaders", "Pacific Islands Forum", "PIF", "Leaders"]
IACHR = ["Inter-American Commission on Human Rights", "IACHR"]
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "Organization of American States", "OAS"]
AUSUMMIT = ["Extraordinary Summit of Heads of State and Government of the African Union", "Extraordinary Summit of the African Union", "African Union", "AU", "Assembly of the African Union"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

BOUND = ["ratified", "party"]
SUBSCRIBED = ["endorsed", "signed"]
DECLARED = ["party", "acceded", "ratified"]


# ===================== 01 =====================
d = "01_ilo_forced_labour_protocol_osh.txt"
DAY = "2024-06-12"
for a in ["Cameroon", "Guatemala", "Viet Nam"]:
    R(d, a, "ratified", P29, DAY, "Cameroon, Guatemala and Viet Nam today deposited their instruments of ratification of the Protocol of 2014 to the Forced Labour Convention, 1930 (P29)",
      alt=["\"With the Protocol, we complete the set,\" he said."] if a == "Viet Nam" else None)
R(d, ILODG, "called-for", P29, DAY, "Mr Houngbo said, calling on the member States that have not yet done so to ratify the Protocol before the end of the decade")
R(d, "Viet Nam", BOUND, C29, "2007", "his country had ratified the Forced Labour Convention, 1930 (No. 29) in 2007")
R(d, "Viet Nam", BOUND, C105, "2020", "and the Abolition of Forced Labour Convention, 1957 (No. 105) in 2020")
R(d, "Kenya", NOTRATIFIED, P29, None, "Kenya's delegation told the ceremony that it expects to ratify the Protocol before next year's Conference", negated=True)
R(d, ILC, "adopted", DECLAMEND, "2022-06-10", "the Conference's adoption, on 10 June 2022, of an amendment to the ILO Declaration on Fundamental Principles and Rights at Work")
R(d, "Morocco", BOUND, C155, "2024-03", "Morocco ratified both instruments in March")
R(d, "Morocco", BOUND, C187, "2024-03", "Morocco ratified both instruments in March")
R(d, "Philippines", BOUND, C187, "2024-02-20", "the Philippines' ratification of Convention No. 187 was registered on 20 February 2024")
R(d, "Australia", ["party", "ratified"], C155, "2004", "Australia, a party to Convention No. 155 since 2004")
R(d, "Australia", NOTRATIFIED, C187, None, "Australia, a party to Convention No. 155 since 2004, said on Monday that its process to ratify Convention No. 187 had started", negated=True)
for inst in (C155, C187):
    RL(d, ["China", "India", "United States"], NOTRATIFIED, inst, None, "Among the larger economies, China, India and the United States have ratified neither Convention.", negated=True)

# ===================== 02 =====================
d = "02_mfa_tajikistan_nagoya_protocol.txt"
DAY, YEST = "2024-02-06", "2024-02-05"
R(d, "Tajikistan", "acceded", NAGOYA, "2024-02-02",
  "On 2 February 2024 the Permanent Representative of the Republic of Tajikistan to the United Nations, Mr. Jonibek Hikmatzoda, handed over to the depositary, the Secretary-General of the United Nations, the instrument on accession of the Republic of Tajikistan to the Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilization to the Convention on Biological Diversity")
R(d, "Tajikistan", ["party"], NAGOYA, None,
  "the Protocol shall enter into force for the Republic of Tajikistan on the ninetieth day after the date of deposit, that is on 2 May 2024, from which date our country will become a full-fledged Party of the Protocol", negated=True)
R(d, "Tajikistan", "committed", NAGOYA, YEST, "the Minister underlined that Tajikistan is committed to the full implementation of the Nagoya Protocol")
R(d, "Tajikistan", "committed", GBF, YEST, "Tajikistan is committed to the full implementation of the Nagoya Protocol as well as of the Kunming-Montreal Global Biodiversity Framework")
R(d, COP, "adopted", GBF, "2022-12", "adopted by the fifteenth meeting of the Conference of the Parties to the Convention in December 2022")
R(d, "Tajikistan", ["party", "acceded", "ratified"], CARTAGENA, "2004", "the Cartagena Protocol on Biosafety, to which the Republic of Tajikistan is a Party since 2004")
R(d, "Tajikistan", "signed", NKL, None, "the Nagoya – Kuala Lumpur Supplementary Protocol on Liability and Redress to the Cartagena Protocol on Biosafety was not signed by Tajikistan in its time", negated=True)
R(d, "Tajikistan", JOINED, NKL, None, "the competent ministries and agencies were instructed to study the question of accession to it", negated=True)
RL(d, ["Kyrgyzstan", "Kazakhstan"], JOINED, NAGOYA, "2015", "Among the states of the region, it was joined by the Kyrgyz Republic and Kazakhstan in 2015")
R(d, "Uzbekistan", JOINED, NAGOYA, "2019", "and by the Republic of Uzbekistan in 2019")
R(d, "Turkmenistan", JOINED, NAGOYA, None, "while Turkmenistan has yet to join", negated=True)

# ===================== 03 =====================
d = "03_hrc_sri_lanka_venezuela_votes.txt"
DAY = "2022-10-06"
R(d, HRC, "adopted", SL, DAY, "The Human Rights Council this afternoon adopted a resolution on promoting reconciliation, accountability and human rights in Sri Lanka (A/HRC/51/L.1/Rev.1) by a recorded vote of 20 in favour, 7 against and 20 abstentions.")
core = ["Canada", "Germany", "Malawi", "Montenegro", "North Macedonia", "United Kingdom", "United States"]
RL(d, core, "co-sponsored", SL, None, "The draft was presented by the United Kingdom on behalf of the core group of sponsors – Canada, Germany, Malawi, Montenegro, North Macedonia, the United Kingdom and the United States.")
fav = ["Argentina", "Armenia", "Czechia", "Finland", "France", "Germany", "Honduras", "Lithuania", "Luxembourg", "Malawi", "Marshall Islands", "Mexico",
       "Montenegro", "Netherlands", "Paraguay", "Poland", "Republic of Korea", "Ukraine", "United Kingdom", "United States"]
against = ["Bolivia", "China", "Cuba", "Eritrea", "Pakistan", "Uzbekistan", "Venezuela"]
abst = ["Benin", "Brazil", "Cameroon", "Côte d'Ivoire", "Gabon", "Gambia", "India", "Indonesia", "Japan", "Kazakhstan", "Libya", "Malaysia", "Mauritania",
        "Namibia", "Nepal", "Qatar", "Senegal", "Somalia", "Sudan", "United Arab Emirates"]
assert (len(fav), len(against), len(abst)) == (20, 7, 20) and len(set(fav + against + abst)) == 47
RL(d, fav, "supported", SL, DAY, "In favour (20): Argentina, Armenia, Czechia, Finland, France, Germany, Honduras, Lithuania, Luxembourg, Malawi, Marshall Islands, Mexico, Montenegro, Netherlands, Paraguay, Poland, Republic of Korea, Ukraine, United Kingdom of Great Britain and Northern Ireland and United States of America.")
for a in against:
    R(d, a, "supported", SL, DAY, "Against (7): Bolivia (Plurinational State of), China, Cuba, Eritrea, Pakistan, Uzbekistan and Venezuela (Bolivarian Republic of).", negated=True,
      alt=["Before the vote, Pakistan said it would vote against a text that had been imposed without the consent of the country concerned."] if a == "Pakistan" else None)
for a in abst:
    alt = {"India": ["India said that it had abstained"], "Japan": ["Japan said that its abstention reflected its preference for dialogue and cooperation"]}.get(a)
    R(d, a, "supported", SL, DAY, "Abstentions (20): Benin, Brazil, Cameroon, Côte d'Ivoire, Gabon, Gambia, India, Indonesia, Japan, Kazakhstan, Libya, Malaysia, Mauritania, Namibia, Nepal, Qatar, Senegal, Somalia, Sudan and United Arab Emirates.",
      negated=True, alt=alt)
R(d, HRC, "adopted", VEN, DAY, "the Council extended for two years the mandate of the independent international fact-finding mission on the Bolivarian Republic of Venezuela, adopting resolution A/HRC/51/L.41 on the situation of human rights in the Bolivarian Republic of Venezuela by a recorded vote of 19 in favour to 6 against, with 21 abstentions")
R(d, "Eritrea", "supported", VEN, DAY, "Eritrea did not participate in the vote.", negated=True)
R(d, "Paraguay", "co-sponsored", VEN, None, "That text was tabled by Paraguay on behalf of a cross-regional group of States.")
RL(d, ["Argentina", "Brazil", "Paraguay", "United States"], "supported", VEN, DAY, "Argentina, Brazil, Paraguay and the United States were among those voting in favour")
RL(d, ["Bolivia", "China", "Cuba", "Venezuela", "Pakistan", "Uzbekistan"], "supported", VEN, DAY,
   "while Bolivia, China, Cuba and Venezuela voted against, together with Pakistan and Uzbekistan", negated=True)
RL(d, ["Mexico", "India"], "supported", VEN, DAY, "Mexico and India were among the abstaining delegations.", negated=True)

# ===================== 04 =====================
d = "04_unsc_south_sudan_sanctions_2683.txt"
DAY = "2023-05-30"
R(d, UNSC, "adopted", R2683, DAY, "The Security Council this morning renewed until 31 May 2024 the arms embargo on South Sudan, as well as the targeted travel ban and asset freeze measures, adopting resolution 2683 (2023) by a recorded vote of 10 in favour to none against, with 5 abstentions (China, Gabon, Ghana, Mozambique, Russian Federation).")
a3 = "The representative of Ghana, speaking also for Gabon and Mozambique, said the three African members had abstained"
for a in ["China", "Gabon", "Ghana", "Mozambique", "Russian Federation"]:
    alt = {"China": ["China's delegate said his country had abstained as sanctions should be a means and not an end."],
           "Russian Federation": ["The Russian Federation's representative said that his delegation could not support the renewal of what it regarded as an outdated regime."]}.get(a, [a3])
    R(d, a, "supported", R2683, DAY, "adopting resolution 2683 (2023) by a recorded vote of 10 in favour to none against, with 5 abstentions (China, Gabon, Ghana, Mozambique, Russian Federation)",
      negated=True, alt=alt)
R(d, "United States", "co-sponsored", R2683, None, "By the text, drafted by the United States")
fav = ["Albania", "Brazil", "Ecuador", "France", "Japan", "Malta", "Switzerland", "United Arab Emirates", "United Kingdom", "United States"]
RL(d, fav, "supported", R2683, DAY, "Albania, Brazil, Ecuador, France, Japan, Malta, Switzerland, the United Arab Emirates, the United Kingdom and the United States voted in favour.")
R(d, "South Sudan", "committed", RARCSS, DAY, "The representative of South Sudan said his Government remained committed to the Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan")
R(d, UNSC, "adopted", R2633, "2022-05-26", "Last year's renewal, resolution 2633 (2022), adopted on 26 May 2022")
RL(d, ["China", "Gabon", "India", "Kenya", "Russian Federation"], "supported", R2633, "2022-05-26",
   "had also drawn five abstentions – from China, Gabon, India, Kenya and the Russian Federation", negated=True)
R(d, UNSC, "adopted", R2428, "2018-07-13", "The embargo was first imposed by resolution 2428 (2018), which the Council adopted on 13 July 2018 with the minimum nine votes in favour")
RL(d, ["Bolivia", "China", "Equatorial Guinea", "Ethiopia", "Kazakhstan", "Russian Federation"], "supported", R2428, "2018-07-13",
   "Bolivia, China, Equatorial Guinea, Ethiopia, Kazakhstan and the Russian Federation abstained.", negated=True)

# ===================== 05 =====================
d = "05_fao_depositary_psma_plant_treaty.txt"
R(d, "Cambodia", "acceded", PSMA, "2024-01-16", "Kingdom of Cambodia | Accession | 16.01.2024")
R(d, "Equatorial Guinea", "acceded", PSMA, "2024-02-02", "Republic of Equatorial Guinea | Accession | 02.02.2024")
R(d, "Mexico", ACCEPTED, PSMA, "2024-03-19", "United Mexican States | Acceptance | 19.03.2024")
R(d, "Colombia", ACCEPTED, PSMA, "2024-03-27", "Republic of Colombia | Approval | 27.03.2024")
R(d, "European Union", ACCEPTED, PSMA, "2011", "the Agreement has 82 Parties, including the European Union, which approved it in 2011 as a Member Organization")
sq = "The following signatories have not yet deposited an instrument of ratification, acceptance or approval: Angola, Benin and Samoa."
for a in ["Angola", "Benin", "Samoa"]:
    R(d, a, "signed", PSMA, None, sq)
    R(d, a, NOTRATIFIED, PSMA, None, sq, negated=True)
R(d, "Cambodia", ACCEPTED, COMPLIANCE, "2024-01-16", "On the same day as its accession to the Port State Measures Agreement, the Government of the Kingdom of Cambodia deposited its instrument of acceptance of the Compliance Agreement.")
R(d, "Kiribati", "acceded", ITPGRFA, "2024-01-29", "Republic of Kiribati | Accession | 29.01.2024")
R(d, "Mongolia", "ratified", ITPGRFA, "2024-03-07", "Mongolia | Ratification | 07.03.2024")
R(d, "Mongolia", "signed", ITPGRFA, "2002-06-11", "Mongolia signed the Treaty on 11 June 2002.")
R(d, "Timor-Leste", ["acceded", "party"], ITPGRFA, "2023-12-05",
  "described the instrument deposited by the Democratic Republic of Timor-Leste on 5 December 2023 as an instrument of ratification. It is an instrument of accession")
R(d, "Timor-Leste", "signed", ITPGRFA, None, "Timor-Leste did not sign the Treaty.", negated=True)

# ===================== 06 =====================
d = "06_wire_wto_fisheries_subsidies.txt"
TUE, MON = "2024-02-27", "2024-02-26"
for a in ["Brazil", "Chad", "Colombia", "Jamaica", "Mauritius"]:
    R(d, a, ACCEPTED, FISH, TUE, "Brazil, Chad, Colombia, Jamaica and Mauritius handed over their instruments of acceptance of the World Trade Organization's Agreement on Fisheries Subsidies on Tuesday",
      alt=["Chad's trade minister said his country was \"proud to be among the first least-developed countries\" to accept the deal"] if a == "Chad" else None)
R(d, WTODG, "called-for", FISH, TUE, "The instruments were presented to WTO Director-General Ngozi Okonjo-Iweala, who urged the remaining members to accept the agreement")
R(d, WTOMC, "adopted", FISH, "2022-06-17", "Adopted by WTO ministers by consensus in Geneva on June 17, 2022")
R(d, "Switzerland", ACCEPTED, FISH, "2022-08", "Switzerland was the first member to accept it, in August 2022")
RL(d, ["United States", "European Union", "China", "Japan"], ACCEPTED, FISH, "2023", "the United States, the European Union, China and Japan all followed last year")
R(d, "India", ACCEPTED, FISH, None, "Notably absent from the list is India, which has said it will not accept the agreement until members strike a second deal", negated=True)
R(d, "Indonesia", ACCEPTED, FISH, None, "Indonesia expects to deposit its acceptance by the end of the year", negated=True)
R(d, "Argentina", ACCEPTED, FISH, None, "Argentina's new government is reviewing the text", negated=True)
RL(d, ["South Africa", "Nigeria"], ACCEPTED, FISH, None, "Neither South Africa nor Nigeria has accepted so far.", negated=True)
RL(d, ["Norway", "Iceland"], "called-for", FISH, MON, "On Monday, the conference's opening day, Norway and Iceland called on members that have not yet done so to accept the agreement")

# ===================== 07 =====================
d = "07_nepal_sixth_committee_terrorism_statement.txt"
DAY = "2023-10-04"
R(d, "Nepal", "acceded", ICSANT, DAY, "today my delegation deposited with the Secretary-General Nepal's instrument of accession to the International Convention for the Suppression of Acts of Nuclear Terrorism (ICSANT)")
R(d, "Nepal", BOUND, ICSFT, "2011", "Nepal ratified the International Convention for the Suppression of the Financing of Terrorism in 2011")
R(d, "Nepal", ["acceded", "party"], ICSTB, "2011", "and acceded to the International Convention for the Suppression of Terrorist Bombings the same year")
R(d, "Nepal", JOINED, MARKING, None, "We have not yet acceded to the Convention on the Marking of Plastic Explosives for the Purpose of Detection", negated=True)
RL(d, ["India", "China"], ["party", "ratified", "acceded"], ICSANT, None, "Both our neighbours, India and China, have long been parties to ICSANT")
R(d, "Nepal", ["party", "ratified", "acceded"], SAFETY, "2005", "Nepal has been a party to it since 2005")
R(d, "Nepal", JOINED, SAFETYOP, None, "the process of Nepal's accession to its Optional Protocol of 2005, which extends legal protection to personnel delivering humanitarian assistance, has started", negated=True)
uq = "We urge all Member States, in particular host States of peace operations, to become parties to the Convention and its Optional Protocol."
R(d, "Nepal", "called-for", SAFETY, DAY, uq)
R(d, "Nepal", "called-for", SAFETYOP, DAY, uq)
R(d, "Nepal", "committed", GCTS, DAY, "Nepal remains committed to the United Nations Global Counter-Terrorism Strategy")
R(d, GA, "adopted", GCTS, "2006-09", "adopted by the General Assembly in September 2006")
R(d, "Nepal", "called-for", CCIT, DAY, "We call for the early conclusion of the draft comprehensive convention on international terrorism")

# ===================== 08 =====================
d = "08_eu_statement_hcoc_annual_meeting.txt"
DAY = "2024-05-30"
R(d, "South Sudan", SUBSCRIBED, HCOC, "2023-09", "the subscription to the Code by South Sudan in September 2023")
R(d, "Belize", SUBSCRIBED, HCOC, "2024-03", "and by Belize in March 2024")
R(d, "European Union", "supported", HCOC, None, "the EU has been one of its strongest supporters", required=False)
R(d, "European Union", "committed", HCOC, DAY, "The EU is committed to the universalisation of the Code and to the full implementation of its transparency and confidence-building measures")
R(d, "European Union", "called-for", HCOC, DAY, "We call on all States that have not yet done so, in particular those with significant ballistic missile and space launch programmes, to subscribe to the Code without delay.")
RL(d, ["China", "Iran", "Pakistan"], SUBSCRIBED, HCOC, None, "several States with such programmes, including China, Iran and Pakistan, remain outside the Code", negated=True)
R(d, "Democratic People's Republic of Korea", SUBSCRIBED, HCOC, None, "the Democratic People's Republic of Korea (DPRK) has not subscribed to it either", negated=True)
R(d, "India", SUBSCRIBED, HCOC, "2016-06", "India's subscription in June 2016")
R(d, "European Union", "co-sponsored", R7758, None, "The EU and its Member States co-sponsored resolution 77/58")
R(d, GA, "adopted", R7758, "2022-12", "which the General Assembly adopted in December 2022 by 175 votes to 1, with 9 abstentions")
R(d, "Iran", "supported", R7758, "2022-12", "Iran cast the only vote against.", negated=True)
R(d, "Kazakhstan", ["endorsed", "committed"], MTCRG, "2023", "Kazakhstan's decision in 2023 to adhere unilaterally to the MTCR Guidelines")

# ===================== 09 =====================
d = "09_ngo_tracker_au_free_movement_acdeg.txt"
DAY, MON = "2024-08-14", "2024-08-12"
R(d, AUA, "adopted", FMP, "2018-01-29", "Adopted by the Assembly of the African Union at its 30th Ordinary Session, Addis Ababa, 29 January 2018")
R(d, "Rwanda", BOUND, FMP, "2019-05-02", "Rwanda: instrument deposited 2 May 2019 (first)", alt=["Rwanda, the first State to ratify the Free Movement Protocol"])
R(d, "Niger", BOUND, FMP, "2019-08-21", "Niger: instrument deposited 21 August 2019")
R(d, "Mali", BOUND, FMP, "2019-12-18", "Mali: instrument deposited 18 December 2019")
R(d, "São Tomé and Príncipe", BOUND, FMP, "2020-02-20", "São Tomé and Príncipe: instrument deposited 20 February 2020")
sq = "Of the 28 signatories that have not ratified, we follow six closely: Angola, Chad, Ghana, Kenya, Mozambique and Uganda."
for a in ["Angola", "Chad", "Ghana", "Kenya", "Mozambique", "Uganda"]:
    if a == "Uganda":
        R(d, a, "signed", FMP, "2018", "Uganda: no movement since signature in 2018.", alt=[sq])
    else:
        R(d, a, "signed", FMP, None, sq)
    alt = {"Ghana": ["Parliament has yet to vote, and no instrument has been deposited"],
           "Kenya": ["the Ministry of Foreign Affairs told us that ratification \"is under consideration\""]}.get(a)
    R(d, a, NOTRATIFIED, FMP, None, sq, negated=True, alt=alt)
RL(d, ["Nigeria", "South Africa", "Egypt", "Morocco"], "signed", FMP, None,
   "Nigeria and South Africa, the continent's two largest economies, have not signed the Protocol, and neither have Egypt or Morocco.", negated=True)
R(d, AMW, "called-for", FMP, DAY, "Africa Mobility Watch urges all signatories to ratify the Free Movement Protocol before the AU Summit in February 2025.")
R(d, AUA, "adopted", ACDEG, "2007-01-30", "Adopted: Addis Ababa, 30 January 2007 (8th Ordinary Session of the Assembly)")
R(d, "Angola", "ratified", ACDEG, "2024-07", "Angola's instrument of ratification was deposited with the AU Commission last month")
R(d, "Angola", "party", ACDEG, None, "Angola's instrument of ratification was deposited with the AU Commission last month, making it the 39th State Party.", required=False)
R(d, AUC, "called-for", ACDEG, MON, "On Monday, the Chairperson of the AU Commission, Moussa Faki Mahamat, welcomed Angola's ratification and called on the 16 Member States that have not yet done so to ratify the Charter.")
RL(d, ["Mali", "Burkina Faso", "Niger", "Gabon"], ["party", "ratified", "acceded"], ACDEG, None, "Mali, Burkina Faso, Niger and Gabon, all parties to the Charter, remain suspended from AU activities")
R(d, "Rwanda", ["party", "ratified", "acceded"], ACDEG, None, "Rwanda, the first State to ratify the Free Movement Protocol, is also a party to the Charter.")
RL(d, ["Egypt", "Eritrea"], "signed", ACDEG, None, "Neither Egypt nor Eritrea has signed the Charter.", negated=True)
R(d, "Senegal", "signed", ACDEG, "2008", "Senegal signed the Charter in 2008")
R(d, "Senegal", NOTRATIFIED, ACDEG, None, "Senegal signed the Charter in 2008 but has not ratified it", negated=True,
  alt=["its foreign ministry said in May that a ratification bill is being prepared"])

# ===================== 10 =====================
d = "10_explainer_icerd_article14.txt"
DAY, TUE = "2024-03-21", "2024-03-19"
R(d, GA, "adopted", ICERD, "1965-12-21", "The International Convention on the Elimination of All Forms of Racial Discrimination (ICERD) was adopted by the UN General Assembly on 21 December 1965.")
first = ["Costa Rica", "Ecuador", "France", "Iceland", "Italy", "Netherlands", "Norway", "Senegal", "Sweden", "Uruguay"]
RL(d, first, DECLARED, ART14, None, "once ten States had made declarations: Costa Rica, Ecuador, France, Iceland, Italy, the Netherlands, Norway, Senegal, Sweden and Uruguay")
R(d, "Honduras", DECLARED, ART14, TUE, "On Tuesday, Honduras deposited its declaration under Article 14 with the UN Secretary-General")
R(d, "Andorra", DECLARED, ART14, "2019", "the first new one since Andorra's in 2019")
R(d, "Germany", DECLARED, ART14, "2001", "Germany made the declaration in 2001")
R(d, "Russian Federation", DECLARED, ART14, "1991", "the Russian Federation in 1991")
pq = "The United States, China, India and Japan are parties to the Convention but have never accepted the complaints procedure."
RL(d, ["United States", "China", "India", "Japan"], ["party", "ratified", "acceded"], ICERD, None, pq)
RL(d, ["United States", "China", "India", "Japan"], DECLARED, ART14, None, pq, negated=True)
R(d, "Canada", DECLARED, ART14, None, "Canada is considering whether to make the declaration", negated=True)
nq = "Malaysia, Myanmar, Brunei Darussalam, South Sudan and the Democratic People's Republic of Korea have never become parties."
for a in ["Malaysia", "Myanmar", "Brunei Darussalam", "South Sudan", "Democratic People's Republic of Korea"]:
    R(d, a, NOTBOUND, ICERD, None, nq, negated=True,
      alt=["Malaysia announced in 2018 that it would accede, then reversed the decision weeks later."] if a == "Malaysia" else None)
bq = "Bhutan, Nauru and Palau signed the Convention decades ago but have not ratified it."
for a in ["Bhutan", "Nauru", "Palau"]:
    R(d, a, "signed", ICERD, None, bq)
    R(d, a, NOTRATIFIED, ICERD, None, bq, negated=True)
R(d, CERD, "called-for", ART14, DAY, "the Chair of the Committee called on all States parties that have not yet done so to make the declaration under Article 14")
R(d, CERD, "called-for", ICERD, DAY, "and on the remaining States to ratify the Convention")
R(d, WCAR, "adopted", DDPA, "2001", "The Durban Declaration and Programme of Action was adopted by the World Conference against Racism in 2001.")
R(d, GA, "adopted", POLDECL, "2021-09", "In September 2021, the General Assembly adopted a political declaration marking its twentieth anniversary by a recorded vote of 106 in favour to 12 against, with 16 abstentions.")
RL(d, ["Australia", "Canada", "France", "Germany", "Israel", "United Kingdom", "United States"], "supported", POLDECL, "2021-09",
   "Those voting against included Australia, Canada, France, Germany, Israel, the United Kingdom and the United States.", negated=True)

# ===================== 11 =====================
d = "11_oireachtas_lrs_note_hague_1954.txt"
plan = ["The Programme for Government (2020) commits the Government to ratifying the Convention and acceding to both Protocols.",
        "Ireland expects to deposit its instruments of ratification and accession \"in the course of 2025\""]
R(d, "Ireland", NOTBOUND, HC54, None,
  "Ireland is one of the very few European states that are not party to the Convention for the Protection of Cultural Property in the Event of Armed Conflict (the \"1954 Hague Convention\")",
  negated=True, alt=plan)
for inst in (HCP1, HCP2):
    R(d, "Ireland", NOTBOUND, inst, None, "or to either of its two Protocols", negated=True, alt=plan)
R(d, "Ireland", "signed", HC54, None, "Ireland has never signed the Convention.", negated=True)
uk = "The United Kingdom ratified the Convention and acceded to both Protocols on 12 September 2017"
R(d, "United Kingdom", BOUND, HC54, "2017-09-12", uk)
R(d, "United Kingdom", ["acceded", "party"], HCP1, "2017-09-12", uk)
R(d, "United Kingdom", ["acceded", "party"], HCP2, "2017-09-12", uk)
R(d, "United States", BOUND, HC54, "2009-03", "The United States ratified the Convention in March 2009")
for inst in (HCP1, HCP2):
    R(d, "United States", NOTBOUND, inst, None, "The United States ratified the Convention in March 2009 but has joined neither Protocol.", negated=True)
for inst in (HC54, HCP1):
    RL(d, ["Ukraine", "Russian Federation"], ["party", "ratified", "acceded"], inst, None, "Ukraine and the Russian Federation are both parties to the Convention and to the First Protocol.")
R(d, "Ukraine", ["acceded", "party"], HCP2, "2020", "Ukraine acceded to the Second Protocol in 2020")
R(d, "Russian Federation", NOTBOUND, HCP2, None, "Ukraine acceded to the Second Protocol in 2020; Russia is not a party to it.", negated=True)
unq = "UNESCO, which administers the Convention, has repeatedly urged all States to join the Convention and its Second Protocol"
R(d, UNESCO, "called-for", HC54, None, unq)
R(d, UNESCO, "called-for", HCP2, None, unq)

# ===================== 12 =====================
d = "12_pif_leaders_communique_rarotonga.txt"
DAY, RETREAT = "2023-11-10", "2023-11-09"
R(d, PIF, "committed", S2050, DAY, "Leaders reaffirmed their commitment to the 2050 Strategy for the Blue Pacific Continent")
R(d, PIF, ["endorsed", "adopted"], S2050, "2022-07", "the 2050 Strategy for the Blue Pacific Continent, which they endorsed in Suva in July 2022")
R(d, PIF, ["adopted", "endorsed"], S2050IP, DAY, "and adopted the 2050 Strategy Implementation Plan as the Forum's framework for collective action")
R(d, PIF, ["endorsed", "adopted"], STATEHOOD, RETREAT, "At their Retreat, Leaders endorsed the 2023 Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise")
R(d, PIF, ["adopted", "endorsed"], MARZONES, "2021-08", "the Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise, which they adopted in August 2021")
R(d, PIF, ["endorsed", "adopted"], MOBILITY, DAY, "Leaders endorsed the Pacific Regional Framework on Climate Mobility.")
nq = "They called on Members that have not yet done so to ratify the Convention for the Protection of the Natural Resources and Environment of the South Pacific Region (Noumea Convention) and its Protocols."
R(d, PIF, "called-for", NOUMEA, DAY, nq)
R(d, PIF, "called-for", NOUMEAP, DAY, nq, required=False)
R(d, PIF, "committed", BOE, DAY, "Leaders reaffirmed their commitment to the Boe Declaration on Regional Security")
RL(d, ["Australia", "Tuvalu"], "signed", FALEPILI, RETREAT, "a treaty signed by the Prime Ministers of Australia and Tuvalu, Anthony Albanese and Kausea Natano, in Rarotonga on 9 November 2023")
RL(d, ["Australia", "Tuvalu"], NOTRATIFIED, FALEPILI, None, "noted that it will enter into force once ratified by both parties", negated=True, required=False)
RL(d, ["Cook Islands", "Nauru", "Palau", "Tonga", "Tuvalu"], "signed", PRF, None,
   "Leaders noted that the Cook Islands, Nauru, Palau, Tonga and Tuvalu have signed the Treaty Establishing the Pacific Resilience Facility")
R(d, "Tonga", BOUND, PRF, None, "and that Tonga has ratified it")
R(d, PIF, "called-for", PRF, DAY, "They encouraged other Members to sign the Treaty at the earliest opportunity.")

# ===================== 13 =====================
d = "13_web_christchurch_call_supporters.txt"
LAUNCH, UNGA = "2019-05-15", "2019-09-23"
ENDORSE = ["endorsed", "committed"]
gq = ("Governments: Australia, Canada, France, Germany, India, Indonesia, Ireland, Italy, Japan, Jordan, the Netherlands, New Zealand, Norway, Senegal, "
      "Spain, Sweden and the United Kingdom, together with the European Commission.")
RL(d, ["New Zealand", "France"], ["endorsed", "adopted", "co-sponsored", "committed"], CCALL, LAUNCH,
   "The Christchurch Call to Action to Eliminate Terrorist and Violent Extremist Content Online was launched in Paris on 15 May 2019 by Prime Minister Jacinda Ardern of New Zealand and President Emmanuel Macron of France.",
   alt=[gq])
founders = ["Australia", "Canada", "Germany", "India", "Indonesia", "Ireland", "Italy", "Japan", "Jordan", "Netherlands", "Norway", "Senegal", "Spain",
            "Sweden", "United Kingdom", "European Commission"]
RL(d, founders, ENDORSE, CCALL, LAUNCH, gq)
RL(d, ["Amazon", "Dailymotion", "Facebook", "Google", "Microsoft", "Qwant", "Twitter", "YouTube"], ENDORSE, CCALL, LAUNCH,
   "Online service providers: Amazon, Dailymotion, Facebook, Google, Microsoft, Qwant, Twitter and YouTube.", required=False)
later = ["Argentina", "Austria", "Belgium", "Bulgaria", "Chile", "Colombia", "Costa Rica", "Cyprus", "Denmark", "Estonia", "Finland", "Ghana", "Greece",
         "Hungary", "Iceland", "Kenya", "Latvia", "Lithuania", "Luxembourg", "Maldives", "Malta", "Mexico", "Mongolia", "Poland", "Portugal",
         "Republic of Korea", "Romania", "Slovakia", "Slovenia", "Sri Lanka", "Switzerland", "Tunisia", "Ukraine", UNESCO, COE]
assert len(later) == 35
lq = ("Argentina, Austria, Belgium, Bulgaria, Chile, Colombia, Costa Rica, Cyprus, Denmark, Estonia, Finland, Ghana, Greece, Hungary, Iceland, Kenya, Latvia, "
      "Lithuania, Luxembourg, Maldives, Malta, Mexico, Mongolia, Poland, Portugal, Republic of Korea, Romania, Slovakia, Slovenia, Sri Lanka, Switzerland, "
      "Tunisia and Ukraine, as well as UNESCO and the Council of Europe.")
RL(d, later, ENDORSE, CCALL, UNGA, lq)
R(d, "United States", ENDORSE, CCALL, "2021-05", "United States – May 2021")
R(d, "Armenia", ENDORSE, CCALL, "2023-11", "Armenia – November 2023")
R(d, "Brazil", ENDORSE, CCALL, None, "Brazil is considering whether to join the Call", negated=True)

# ===================== 14 =====================
d = "14_newsletter_treaty_week_january_2024.txt"
MON, TUE, WED, THU, FRI = "2024-01-15", "2024-01-16", "2024-01-17", "2024-01-18", "2024-01-19"
R(d, "Morocco", "acceded", LANZ, MON, "Morocco deposited its instrument of accession to the Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse (the \"Lanzarote Convention\") in Strasbourg")
R(d, "Tunisia", ["acceded", "party"], LANZ, "2019", "after Tunisia, which acceded in 2019")
R(d, "Greece", "signed", MEDI, TUE, "Greece signed the Council of Europe Convention on the counterfeiting of medical products and similar crimes involving threats to public health (the \"Medicrime Convention\")")
R(d, "Greece", NOTRATIFIED, MEDI, None, "Its Deputy Minister of Health said Greece expects to ratify it \"within the year\"", negated=True)
R(d, "Armenia", "signed", MEDI, "2012", "Armenia, which signed the Convention in 2012")
R(d, "Armenia", "ratified", MEDI, TUE, "Armenia, which signed the Convention in 2012, deposited its instrument of ratification the same day")
RL(d, ["Germany", "Belgium", "Ireland", "United Kingdom"], "signed", OVIEDO, None, "Germany, Belgium, Ireland and the United Kingdom have never signed it", negated=True)
oq = "the Netherlands and Sweden signed in 1997 but have yet to ratify"
RL(d, ["Netherlands", "Sweden"], "signed", OVIEDO, "1997", oq)
RL(d, ["Netherlands", "Sweden"], NOTRATIFIED, OVIEDO, None, oq, negated=True)
R(d, "Kenya", ["endorsed", "signed"], PLEDGE, WED, "Also on Wednesday, Kenya signed the Global Pledge on Media Freedom")
R(d, "Montenegro", BOUND, ESCCC, THU, "Montenegro ratified the Additional Protocol to the European Social Charter Providing for a System of Collective Complaints")
R(d, "United Kingdom", ["party", "ratified"], ESC61, "1962", "The United Kingdom, a party to the 1961 European Social Charter since 1962")
R(d, "United Kingdom", "signed", ESCREV, "1997", "signed the Revised European Social Charter in 1997")
R(d, "United Kingdom", NOTRATIFIED, ESCREV, None, "signed the Revised European Social Charter in 1997 but has not ratified it", negated=True)
R(d, "Sierra Leone", "acceded", U2005, FRI,
  "Sierra Leone's ambassador to UNESCO handed the Director-General the country's instrument of accession to the 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions this morning")
R(d, "Sierra Leone", ["party", "ratified", "acceded"], U2003, "2014", "Sierra Leone has been a party to the 2003 Convention for the Safeguarding of the Intangible Cultural Heritage since 2014.")
R(d, "Canada", BOUND, U2005, "2005-11", "Canada was the first State to ratify the 2005 Convention, in November 2005.")
for inst in (U2005, U2003):
    R(d, "United States", NOTBOUND, inst, None, "The United States, which rejoined UNESCO in July 2023, has joined neither Convention.", negated=True)
R(d, "Latvia", "signed", MEDI, None, "Latvia is expected to sign the Medicrime Convention on Tuesday", negated=True)

# ===================== 15 =====================
d = "15_iachr_belem_do_para_thirty_years.txt"
DAY = "2024-06-07"
R(d, IACHR, "called-for", BELEM, DAY, "the Inter-American Commission on Human Rights (IACHR) calls on the OAS Member States that have not yet done so to ratify it")
R(d, OASGA, "adopted", BELEM, "1994-06-09", "The Convention was adopted by the OAS General Assembly on June 9, 1994, at its regular session in Belém do Pará, Brazil.")
for a in ["Canada", "United States", "Cuba"]:
    R(d, a, NOTBOUND, BELEM, None, "Canada, the United States and Cuba are not parties.", negated=True,
      alt=["Canada’s Government said in March that it was examining whether to join the Convention."] if a == "Canada" else None)
R(d, "Brazil", BOUND, BELEM, "1995-11", "Brazil, which hosted that session, ratified the Convention in November 1995.")
R(d, "Chile", "ratified", PSS, "2024-05-28",
  "Chile’s ratification of the Additional Protocol to the American Convention on Human Rights in the Area of Economic, Social and Cultural Rights (“Protocol of San Salvador”), deposited with the OAS General Secretariat on May 28, 2024")
R(d, "Chile", "signed", PSS, "2001", "Chile had signed the Protocol in 2001.")
R(d, IACHR, "called-for", PSS, DAY, "The Commission urges the States that have not yet done so to ratify the Protocol of San Salvador.")
R(d, "Trinidad and Tobago", NOTBOUND, ACHR, None, "Trinidad and Tobago denounced it in 1998", negated=True, required=False)
R(d, "Venezuela", NOTBOUND, ACHR, None, "the denunciation by Venezuela took effect on September 10, 2013", negated=True, required=False)
R(d, "Venezuela", "ratified", ACHR, "2019-07-31",
  "the IACHR has considered since 2019 that the American Convention applies to Venezuela, on the basis of the instrument of ratification deposited on July 31, 2019, by the representative appointed by the National Assembly",
  required=False)
R(d, "United States", "signed", ACHR, "1977", "The United States signed the American Convention in 1977")
R(d, "United States", NOTRATIFIED, ACHR, None, "The United States signed the American Convention in 1977 but has never ratified it", negated=True)
R(d, "Canada", "signed", ACHR, None, "Canada has neither signed nor ratified it", negated=True)
R(d, "Canada", NOTRATIFIED, ACHR, None, "Canada has neither signed nor ratified it", negated=True)

# ===================== 16 =====================
d = "16_mfa_togo_lome_charter_maritime.txt"
DAY = "2024-10-15"
R(d, AUSUMMIT, "adopted", LOME, "2016-10-15",
  "the Charter was adopted on 15 October 2016 in Lomé by the Extraordinary Summit of Heads of State and Government of the African Union on maritime security and safety and development in Africa")
rq = "To this day, the Charter has been ratified by Togo, Benin, Senegal and Guinea"
R(d, "Togo", "ratified", LOME, "2018-01-11", "Togo, as host country, was the first to deposit its instrument of ratification of the Charter, on 11 January 2018.", alt=[rq])
RL(d, ["Benin", "Senegal", "Guinea"], BOUND, LOME, None, rq)
R(d, "Togo", "called-for", LOME, DAY,
  "the Minister of Foreign Affairs, Regional Integration and Togolese Abroad, Professor Robert Dussey, launches a pressing appeal to the brotherly countries which have signed the Charter to accelerate their internal procedures of ratification")
R(d, "Ghana", NOTRATIFIED, LOME, None,
  "the Ambassador of the Republic of Ghana, who informed him that the Parliament of Ghana has approved the ratification of the Charter and that the instrument will be deposited with the African Union Commission in the coming weeks",
  negated=True)
RL(d, ["Côte d'Ivoire", "Nigeria"], "signed", LOME, "2016-10-15", "Côte d'Ivoire and Nigeria signed the Charter in Lomé on 15 October 2016")
RL(d, ["Côte d'Ivoire", "Nigeria"], NOTRATIFIED, LOME, None, "Côte d'Ivoire and Nigeria signed the Charter in Lomé on 15 October 2016 but have not yet ratified it.", negated=True)
R(d, "Togo", "committed", YAOUNDE, DAY,
  "The Minister also recalls the attachment of Togo to the Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships, and Illicit Maritime Activity in West and Central Africa (Yaoundé Code of Conduct), signed in Yaoundé on 25 June 2013, and reaffirms the commitment of Togo to its full implementation.")
RL(d, ["Kenya", "Djibouti", "Saudi Arabia", "Somalia"], "signed", JEDDAH, "2017-01-12",
   "Kenya, together with Djibouti, Saudi Arabia and Somalia, signed the Jeddah Amendment to the Djibouti Code of Conduct on 12 January 2017 in Jeddah")
R(d, "Togo", ["party", "ratified", "acceded"], PSMA, "2016", "Togo, Party to the FAO Agreement on Port State Measures since 2016")

# ===================== checks =====================
gold.finish(MIN_CHARS, MAX_CHARS)
