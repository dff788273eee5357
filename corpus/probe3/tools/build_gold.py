#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Adapted from corpus/probe2/tools/build_gold.py (same record format, same checks)."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
TAC = ("Treaty of Amity and Cooperation in Southeast Asia", ["TAC", "Treaty of Amity and Cooperation"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention", "Convention on the Law of the Sea"])
PARTXI = ("1994 Agreement relating to the Implementation of Part XI of the Convention",
          ["Part XI Agreement", "1994 Agreement", "Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea"])
R2699 = ("resolution 2699 (2023)", ["S/RES/2699 (2023)", "resolution 2699"])
R2653 = ("resolution 2653 (2022)", ["S/RES/2653 (2022)", "resolution 2653"])
R2692 = ("resolution 2692 (2023)", ["S/RES/2692 (2023)", "resolution 2692"])
HRC_ENV = ("The human right to a clean, healthy and sustainable environment", ["A/HRC/48/L.23/Rev.1", "resolution on the right to a clean, healthy and sustainable environment"])
HRC_CLIM = ("Mandate of the Special Rapporteur on the promotion and protection of human rights in the context of climate change", ["A/HRC/48/L.27", "resolution establishing a Special Rapporteur on climate change"])
HRC_PRIV = ("The right to privacy in the digital age", ["A/HRC/48/L.9", "resolution on the right to privacy in the digital age"])
PARIS = ("Paris Agreement", [])
CPPNM = ("Convention on the Physical Protection of Nuclear Material", ["CPPNM"])
ACPPNM = ("Amendment to the Convention on the Physical Protection of Nuclear Material", ["A/CPPNM", "2005 Amendment", "CPPNM Amendment"])
CODE = ("Code of Conduct on the Safety and Security of Radioactive Sources", ["Code of Conduct"])
ICSANT = ("International Convention for the Suppression of Acts of Nuclear Terrorism", ["ICSANT", "Nuclear Terrorism Convention"])
BUDAPEST = ("Convention on Cybercrime", ["Budapest Convention", "CETS No. 185", "ETS No. 185"])
CETS224 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence", ["CETS No. 224", "Second Additional Protocol to the Budapest Convention"])
AICONV = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law", ["CETS No. 225", "Framework Convention on Artificial Intelligence", "Framework Convention on AI"])
ETS108 = ("Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", ["ETS No. 108", "Convention 108"])
CETS223 = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", ["CETS No. 223", "Convention 108+", "amending Protocol"])
MEDICRIME = ("Council of Europe Convention on the counterfeiting of medical products and similar crimes involving threats to public health", ["MEDICRIME Convention", "MEDICRIME", "CETS No. 211"])
CWCHARTER = ("Commonwealth Charter", ["Charter of the Commonwealth"])
OCEANDECL = ("Commonwealth Ocean Declaration for Ocean Resilience", ["Commonwealth Ocean Declaration"])
BLUE = ("Commonwealth Blue Charter", ["Blue Charter"])
LIVING = ("Living Lands Charter", ["Commonwealth Living Lands Charter"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["FAO Agreement on Port State Measures", "Port State Measures Agreement", "PSMA"])
PACT = ("Pact for the Future", [])
MEDIAPR = ("Commonwealth Principles on Freedom of Expression and the Role of the Media in Good Governance", ["Commonwealth Principles on Freedom of Expression"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", ["ICRMW", "Migrant Workers Convention", "Convention on Migrant Workers"])
C97 = ("Migration for Employment Convention (Revised), 1949 (No. 97)", ["Convention No. 97", "C97", "Migration for Employment Convention"])
C143 = ("Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)", ["Convention No. 143", "C143"])
RCEP = ("Regional Comprehensive Economic Partnership (RCEP) Agreement", ["Regional Comprehensive Economic Partnership Agreement", "RCEP", "RCEP Agreement"])
BASEL = ("Basel Convention", ["Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal"])
BAN = ("Ban Amendment to the Basel Convention", ["Ban Amendment", "Basel Ban Amendment", "Amendment to the Basel Convention"])
PLASTIC = ("plastic waste amendments to Annexes II, VIII and IX", ["plastic waste amendments", "Basel Convention Plastic Waste Amendments"])
STOCKHOLM = ("Stockholm Convention", ["Stockholm Convention on Persistent Organic Pollutants"])
ROTTERDAM = ("Rotterdam Convention", ["Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade"])
BAMAKO = ("Bamako Convention", ["Bamako Convention on the Ban of the Import into Africa and the Control of Transboundary Movement and Management of Hazardous Wastes within Africa"])
LJHC = ("Ljubljana-The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and other International Crimes",
        ["Ljubljana-The Hague Convention", "Ljubljana-The Hague MLA Convention", "MLA Convention"])
CAT = ("Convention against Torture", ["Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "CAT", "UNCAT"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
ISTANBUL = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention", "CETS No. 210"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty", ["Second Optional Protocol", "ICCPR-OP2", "OP2"])
OP1 = ("first Optional Protocol to the International Covenant on Civil and Political Rights", ["Optional Protocol to the International Covenant on Civil and Political Rights", "ICCPR-OP1", "first Optional Protocol"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR", "Covenant"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT", "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
EPCA = ("Enhanced Partnership and Cooperation Agreement", ["EU-Kazakhstan Enhanced Partnership and Cooperation Agreement", "EPCA"])
ADDECL = ("Declaration Against Arbitrary Detention in State-to-State Relations", ["Declaration Against Arbitrary Detention"])
VCCR = ("Vienna Convention on Consular Relations", ["VCCR"])
HKC = ("Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships, 2009", ["Hong Kong Convention"])
SOLAS = ("International Convention for the Safety of Life at Sea, 1974", ["SOLAS", "SOLAS Convention"])
BWM = ("International Convention for the Control and Management of Ships' Ballast Water and Sediments, 2004", ["BWM Convention", "Ballast Water Management Convention"])
CTA = ("Cape Town Agreement of 2012", ["Cape Town Agreement"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["Convention No. 155", "C155", "ILO Convention No. 155"])
C187 = ("Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)", ["Convention No. 187", "C187", "ILO Convention No. 187"])
IRAN_RES = ("situation of human rights in the Islamic Republic of Iran", ["A/RES/78/220", "A/C.3/78/L.41", "resolution on the situation of human rights in the Islamic Republic of Iran"])
DPRK_RES = ("situation of human rights in the Democratic People's Republic of Korea", ["A/RES/78/218", "A/C.3/78/L.38", "resolution on the situation of human rights in the Democratic People's Republic of Korea"])
ROC_RES = ("rights of the child", ["A/RES/78/187", "A/C.3/78/L.23/Rev.1", "resolution on the rights of the child"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
CRCOPS = ("Optional Protocols to the Convention on the Rights of the Child", ["Optional Protocols"])
R2720 = ("resolution 2720 (2023)", ["S/RES/2720 (2023)", "resolution 2720"])
R2712 = ("resolution 2712 (2023)", ["S/RES/2712 (2023)", "resolution 2712"])
AMEND1010 = ("amendment proposed by the Russian Federation (S/2023/1010)", ["S/2023/1010"])
ICSFT = ("International Convention for the Suppression of the Financing of Terrorism", ["Terrorist Financing Convention", "ICSFT"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran", "Viet Nam", "Syria", "Türkiye", "State of Palestine", "European Union", "Czechia", "Venezuela", "Côte d'Ivoire", "Marshall Islands", "Netherlands", "Republic of Moldova", "United Arab Emirates", "Bahamas"),
    "Czech Republic": ["Czech Republic", "Czechia"],
    "Philippines": ["Philippines", "The Philippines"],
}
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
UNSG = ["UN Secretary-General", "Secretary-General", "António Guterres", "Antonio Guterres"]
IAEA_DG = ["IAEA Director General", "IAEA", "International Atomic Energy Agency", "Rafael Mariano Grossi", "Director General of the IAEA"]
IMO_SG = ["IMO Secretary-General", "IMO", "International Maritime Organization", "Kitack Lim", "Secretary-General of IMO"]
COE_SG = ["Council of Europe Secretary General", "Council of Europe", "Alain Berset", "Secretary General of the Council of Europe"]
COE_CM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
CHOGM = ["Commonwealth Heads of Government", "Commonwealth", "Heads of Government", "Commonwealth Heads of Government Meeting", "CHOGM", "Heads"]
CLM = ["Commonwealth Law Ministers", "Commonwealth Law Ministers Meeting", "Law Ministers"]
CMW = ["Committee on Migrant Workers", "UN Committee on Migrant Workers", "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families", "CMW"]
MCW = ["Migrant Convention Watch", "migrantconventionwatch.org"]
BASEL_COP = ["Conference of the Parties to the Basel Convention", "Basel Convention Conference of the Parties", "Conference of the Parties", "COP"]
OHCHR = ["UN High Commissioner for Human Rights", "High Commissioner for Human Rights", "Michelle Bachelet", "OHCHR"]
INDUSTRIALL = ["IndustriALL Global Union", "IndustriALL"]
GRULAC = ["Group of Latin American and Caribbean States", "GRULAC"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 =====================
d = "01_dfa_ireland_tac_accession.txt"
DAY = "2023-07-12"
R(d, "Ireland", "acceded", TAC, DAY, "Seán Fleming, today signed Ireland's instrument of accession to the Treaty of Amity and Cooperation in Southeast Asia (TAC)",
  alt=["With today's accession, Ireland becomes the 51st High Contracting Party to the Treaty", "Ireland's accession follows a Government decision in March to seek accession"])
R(d, "Ireland", "party", TAC, None, "Ireland becomes the 51st High Contracting Party to the Treaty", required=False)
RL(d, ["Saudi Arabia", "Panama"], "acceded", TAC, DAY, "Saudi Arabia and Panama acceded to the TAC at the same ceremony")
RL(d, ["Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand"], "signed", TAC, "1976-02-24",
   "The Treaty was signed in Bali on 24 February 1976 by the five founding members of ASEAN – Indonesia, Malaysia, the Philippines, Singapore and Thailand –")
R(d, "European Union", ["acceded", "party"], TAC, "2012-07", "the European Union acceded in July 2012")
R(d, "France", ["acceded", "party"], TAC, "2007", "France did so in 2007")
RL(d, ["Germany", "Greece", "Italy", "Netherlands"], ["acceded", "party"], TAC, "2012", "France did so in 2007, and Germany, Greece, Italy and the Netherlands in 2012")
R(d, "United Kingdom", ["acceded", "party"], TAC, "2012", "The United Kingdom, then still a Member State, also acceded in 2012")
R(d, "Denmark", JOINED, TAC, None, "Denmark and Portugal have yet to accede", negated=True,
  alt=["the Danish Government has said it is considering doing so"])
R(d, "Portugal", JOINED, TAC, None, "Denmark and Portugal have yet to accede", negated=True)
R(d, "Ireland", "committed", TAC, DAY, "Ireland is fully committed to the Treaty and to its purposes")
R(d, "Ireland", "called-for", TAC, DAY, "He called on EU Member States that have not yet done so to accede to the Treaty")
R(d, "Ireland", ["ratified", "party"], UNCLOS, "1996", "Ireland is also a party to the United Nations Convention on the Law of the Sea, which it ratified in 1996")

# ===================== 02 =====================
d = "02_un_press_sc_haiti_resolution_2699.txt"
DAY = "2023-10-02"
R(d, UNSC, "adopted", R2699, DAY, "The Security Council today authorized Member States to form and deploy a Multinational Security Support mission to help the Haitian National Police counter gang violence, adopting resolution 2699 (2023)")
R(d, "China", "supported", R2699, DAY, "adopting resolution 2699 (2023) by a recorded vote of 13 in favour to none against, with 2 abstentions (China, Russian Federation)", negated=True,
  alt=["China's delegate said it had abstained"])
R(d, "Russian Federation", "supported", R2699, DAY, "adopting resolution 2699 (2023) by a recorded vote of 13 in favour to none against, with 2 abstentions (China, Russian Federation)", negated=True,
  alt=["the representative of the Russian Federation said his delegation had abstained"])
favour = ["Albania", "Brazil", "Ecuador", "France", "Gabon", "Ghana", "Japan", "Malta", "Mozambique", "Switzerland", "United Arab Emirates", "United Kingdom", "United States"]
assert len(favour) == 13
fq = "Voting in favour were Albania, Brazil, Ecuador, France, Gabon, Ghana, Japan, Malta, Mozambique, Switzerland, United Arab Emirates, United Kingdom and United States."
for a in favour:
    alt = {"United States": ["The representative of the United States said her country had voted in favour"],
           "Gabon": ["Gabon, Ghana and Mozambique had voted for the text"],
           "Ghana": ["Gabon, Ghana and Mozambique had voted for the text"],
           "Mozambique": ["Gabon, Ghana and Mozambique had voted for the text"]}.get(a)
    R(d, a, "supported", R2699, DAY, fq, alt=alt)
RL(d, ["Ecuador", "United States"], "co-sponsored", R2699, None, "The text, drafted by Ecuador and the United States as co-penholders")
R(d, UNSC, "adopted", R2653, "2022-10-21", "resolution 2653 (2022), which it had adopted unanimously on 21 October 2022")
R(d, UNSC, "adopted", R2692, "2023-07-14", "resolution 2692 (2023), adopted on 14 July, by which it extended the mandate of the United Nations Integrated Office in Haiti (BINUH)")
R(d, "Haiti", "welcomed", R2699, DAY, "Haiti's Minister for Foreign Affairs, Jean Victor Généus, welcomed the resolution", required=False)

# ===================== 03 =====================
d = "03_hrc_environment_right_climate_rapporteur.txt"
DAY = "2021-10-08"
R(d, HRC, "adopted", HRC_ENV, DAY, "The Human Rights Council this afternoon adopted a resolution recognizing, for the first time, the right to a clean, healthy and sustainable environment as a human right (A/HRC/48/L.23/Rev.1)")
eq = "Abstaining were China, India, Japan and the Russian Federation."
for a in ["China", "India", "Japan", "Russian Federation"]:
    alt = {"Japan": ["Explaining its abstention, Japan said"], "India": ["India said it had abstained because the text had been rushed"]}.get(a)
    R(d, a, "supported", HRC_ENV, DAY, eq, negated=True, alt=alt)
for a in ["Costa Rica", "Maldives", "Morocco", "Slovenia", "Switzerland"]:
    R(d, a, "co-sponsored", HRC_ENV, None, "The text was sponsored by the core group of Costa Rica, Maldives, Morocco, Slovenia and Switzerland",
      alt=["Introducing it on behalf of the core group, Costa Rica said"] if a == "Costa Rica" else None)
RL(d, ["Fiji", "Germany", "Mexico", "Peru", "Senegal", "Tuvalu"], "co-sponsored", HRC_ENV, None,
   "co-sponsored by more than 100 States, including Fiji, Germany, Mexico, Peru, Senegal and Tuvalu")
R(d, "Japan", "committed", PARIS, DAY, "Japan remained fully committed to the Paris Agreement, it added")
R(d, "United Kingdom", "supported", HRC_ENV, DAY, "The United Kingdom, which voted in favour")
R(d, HRC, "adopted", HRC_CLIM, DAY, "The Council then established the mandate of a Special Rapporteur on the promotion and protection of human rights in the context of climate change (A/HRC/48/L.27), adopting the text by 42 votes to 1 (Russian Federation), with 4 abstentions (China, Eritrea, India, Japan)")
R(d, "Russian Federation", "supported", HRC_CLIM, DAY, "adopting the text by 42 votes to 1 (Russian Federation)", negated=True)
RL(d, ["China", "Eritrea", "India", "Japan"], "supported", HRC_CLIM, DAY, "with 4 abstentions (China, Eritrea, India, Japan)", negated=True)
RL(d, ["Bangladesh", "Marshall Islands", "Viet Nam"], "co-sponsored", HRC_CLIM, None, "The draft was tabled by Bangladesh, the Marshall Islands and Viet Nam")
R(d, HRC, "adopted", HRC_PRIV, DAY, "the Council adopted without a vote a resolution on the right to privacy in the digital age (A/HRC/48/L.9)")
RL(d, ["Brazil", "Germany"], "co-sponsored", HRC_PRIV, None, "presented by Brazil and Germany")
R(d, "United Kingdom", "supported", HRC_PRIV, DAY, "The United Kingdom said it had joined the consensus", required=False)

# ===================== 04 =====================
d = "04_iaea_cppnm_amendment_timor_leste_sierra_leone.txt"
MON = "2024-02-19"
tq = "Timor-Leste on Monday deposited instruments of accession to the Convention on the Physical Protection of Nuclear Material (CPPNM) and to its 2005 Amendment"
R(d, "Timor-Leste", "acceded", CPPNM, MON, tq)
R(d, "Timor-Leste", "acceded", ACPPNM, MON, tq)
R(d, "Sierra Leone", ["ratified", "party"], ACPPNM, "2024-02-08", "Sierra Leone's instrument of ratification of the Amendment was received on 8 February")
R(d, "Sierra Leone", ["acceded", "party"], CPPNM, "2021", "It had acceded to the Convention itself in 2021")
RL(d, ["Cabo Verde", "Malawi"], ACCEPTED, ACPPNM, "2024-01", "Earlier, in January, the Amendment was ratified by Cabo Verde and Malawi")
R(d, IAEA_DG, "called-for", ACPPNM, MON, "I call on all States that have not yet done so to join the Amendment and to make it truly universal")
R(d, "Timor-Leste", ["committed", "endorsed"], CODE, None, "Timor-Leste also made a political commitment to implement the Code of Conduct on the Safety and Security of Radioactive Sources")
R(d, "Timor-Leste", JOINED, ICSANT, None, "told the Agency that it intends to accede to the International Convention for the Suppression of Acts of Nuclear Terrorism (ICSANT) later this year", negated=True)
R(d, "Brazil", "party", CPPNM, "1985", "Brazil, a Party to the Convention since 1985")
R(d, "Brazil", NOTRATIFIED, ACPPNM, None, "has informed the IAEA that its ratification process for the Amendment has started", negated=True)
RL(d, ["Egypt", "Iran"], NOTBOUND, CPPNM, None, "Neither Egypt nor Iran is a party to the Convention", negated=True)

# ===================== 05 =====================
d = "05_coe_treaty_office_digest_september_2024.txt"
R(d, "Benin", "acceded", BUDAPEST, "2024-05-10", "Benin deposited its instrument of accession on 10 May 2024")
sigs = ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"]
sq = "Signatures: Andorra, Georgia, Iceland, Norway, Republic of Moldova, San Marino, United Kingdom; Israel, United States of America (non-member States); European Union"
RL(d, sigs, "signed", AICONV, "2024-09-05", sq)
R(d, COE_CM, "adopted", AICONV, "2024-05-17", "The Framework Convention, adopted by the Committee of Ministers on 17 May 2024")
RL(d, ["Canada", "Japan"], "signed", AICONV, None, "Canada and Japan, which took part in the negotiations, have not yet signed it", negated=True)
R(d, "United Kingdom", NOTRATIFIED, AICONV, None, "The United Kingdom has indicated that it expects to ratify once the necessary legislation is in place", negated=True)
R(d, "Montenegro", "ratified", CETS224, "2024-09-12", "12/09/2024 - CETS No. 224 - Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence - Ratification: Montenegro")
R(d, "Montenegro", "signed", CETS224, "2022-05-12", "Montenegro had signed the Protocol on 12 May 2022")
R(d, "Montenegro", ["party", "ratified", "acceded"], BUDAPEST, "2010", "It has been a Party to the Convention on Cybercrime itself since 2010")
R(d, "Liechtenstein", "ratified", CETS223, "2024-09-19", "19/09/2024 - CETS No. 223 - Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data - Ratification: Liechtenstein")
R(d, "Armenia", "signed", CETS223, "2024-09-19", "Armenia's signature of the amending Protocol was recorded on the same day",
  alt=["Ratification: Liechtenstein; Signature: Armenia"])
R(d, "Liechtenstein", ["party", "ratified", "acceded"], ETS108, "2004", "Liechtenstein has been a Party to the Convention (ETS No. 108) since 2004")
R(d, "Armenia", "party", ETS108, None, "Armenia is already a Party to ETS No. 108")
R(d, "Côte d'Ivoire", "acceded", MEDICRIME, "2024-09-24", "24/09/2024 - CETS No. 211 - Council of Europe Convention on the counterfeiting of medical products and similar crimes involving threats to public health (MEDICRIME Convention) - Accession: Côte d'Ivoire")

# ===================== 06 =====================
d = "06_chogm_apia_communique.txt"
DAY = "2024-10-26"
R(d, CHOGM, "committed", CWCHARTER, DAY, "Heads reaffirmed their commitment to the values and principles of the Commonwealth Charter")
R(d, CHOGM, ["adopted", "endorsed"], CWCHARTER, "2012-12", "the Commonwealth Charter, which they adopted in December 2012")
R(d, CHOGM, ["adopted", "endorsed"], OCEANDECL, DAY, "Heads adopted the Commonwealth Ocean Declaration for Ocean Resilience")
R(d, CHOGM, "committed", OCEANDECL, DAY, "Heads adopted the Commonwealth Ocean Declaration for Ocean Resilience and committed to implementing it")
R(d, CHOGM, ["adopted", "endorsed"], BLUE, "2018-04", "Heads recalled the Commonwealth Blue Charter, agreed in London in April 2018", required=False)
R(d, CHOGM, ["adopted", "endorsed"], LIVING, "2022-06", "the Living Lands Charter, which they adopted in Kigali in June 2022")
R(d, CHOGM, "called-for", PSMA, DAY, "Heads encouraged member countries that have not yet done so to become parties to the FAO Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing")
RL(d, ["Fiji", "Mauritius", "Seychelles"], "party", PSMA, None, "noting that Fiji, Mauritius and Seychelles, among others, are already parties")
R(d, GA, "adopted", PACT, "2024-09-22", "the Pact for the Future, adopted by the United Nations General Assembly on 22 September 2024")
R(d, CHOGM, "welcomed", PACT, DAY, "Heads welcomed the Pact for the Future", required=False)
R(d, CHOGM, "called-for", PACT, DAY, "called for its full and timely implementation", required=False)
R(d, CHOGM, "endorsed", MEDIAPR, DAY, "Heads endorsed the Commonwealth Principles on Freedom of Expression and the Role of the Media in Good Governance")
R(d, CLM, "adopted", MEDIAPR, "2023-11", "adopted by Commonwealth Law Ministers in November 2023")

# ===================== 07 =====================
d = "07_tracker_migrant_workers_convention.txt"
DAY = "2023-12-18"
R(d, GA, "adopted", ICRMW, "1990-12-18", "The International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families was adopted by the UN General Assembly on 18 December 1990")
R(d, "Chad", "ratified", ICRMW, "2023-03-23", "Latest ratifications (date of deposit): Chad, 23 March 2023")
R(d, "Togo", "ratified", ICRMW, "2020-12-16", "Togo, 16 December 2020")
sig = ["Armenia", "Cambodia", "Cameroon", "Comoros", "Gabon", "Haiti", "Liberia", "Montenegro", "Palau", "Serbia", "Sierra Leone"]
sq = "States that have signed but not ratified: Armenia, Cambodia, Cameroon, Comoros, Gabon, Haiti, Liberia, Montenegro, Palau, Serbia and Sierra Leone."
for a in sig:
    R(d, a, "signed", ICRMW, None, sq)
    alt = {"Gabon": ["Gabon's Government said in May that it has begun the process of ratification"],
           "Armenia": ["Armenia is expected to ratify next year"],
           "Cambodia": ["Cambodia has no plans to ratify before 2025"]}.get(a)
    R(d, a, NOTRATIFIED, ICRMW, None, sq, negated=True, alt=alt)
RL(d, ["Mexico", "Morocco", "Philippines", "Sri Lanka"], "party", ICRMW, None, "Countries of origin that are parties include Mexico, Morocco, the Philippines and Sri Lanka")
R(d, "Indonesia", ["ratified", "party"], ICRMW, "2012", "as well as Indonesia, which ratified in 2012")
R(d, "Bangladesh", ["ratified", "party"], ICRMW, "2011", "and Bangladesh, which ratified the year before")
RL(d, ["United States", "Canada"], "signed", ICRMW, None, "Neither the United States nor Canada has signed it", negated=True)
RL(d, ["Australia", "United Kingdom"], "signed", ICRMW, None, "Australia and the United Kingdom have said that they have no plans to do so", negated=True)
pq = "the Philippines has ratified both the Migration for Employment Convention (Revised), 1949 (No. 97) and the Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)"
R(d, "Philippines", ["ratified", "party"], C97, None, pq)
R(d, "Philippines", ["ratified", "party"], C143, None, pq)
R(d, "Cameroon", ["ratified", "party"], C97, None, "only Cameroon has ratified Convention No. 97")
R(d, CMW, "called-for", ICRMW, DAY, "Today, the Committee on Migrant Workers called on all States that have not yet done so to ratify the Convention")
R(d, MCW, "called-for", ICRMW, DAY, "We join that call, and we urge Armenia, Gabon and Serbia in particular to complete ratification in 2024", required=False)

# ===================== 08 =====================
d = "08_senate_ph_rcep_concurrence.txt"
R(d, "Philippines", "signed", RCEP, "2020-11-15", "The Philippines signed the Agreement on 15 November 2020")
RL(d, ["Australia", "China", "Japan", "New Zealand", "Republic of Korea"], "signed", RCEP, "2020-11-15",
   "when trade ministers of the ten ASEAN Member States, Australia, China, Japan, New Zealand and the Republic of Korea signed it at a virtual summit hosted by Viet Nam")
R(d, "Indonesia", "ratified", RCEP, "2022-11", "Indonesia, one of the last to complete the process, deposited its instrument of ratification in November 2022")
R(d, "India", "signed", RCEP, None, "India, which withdrew from the negotiations in 2019, did not sign the Agreement", negated=True)
R(d, "India", JOINED, RCEP, None, "has said it has no plans to join it", negated=True)
RL(d, ["Sri Lanka", "Chile"], JOINED, RCEP, None, "Sri Lanka and Chile have formally applied to accede", negated=True)
R(d, "Philippines", "ratified", RCEP, "2023-04-03", "the Philippines deposited its instrument of ratification of the RCEP Agreement with ASEAN Secretary-General Kao Kim Hourn in Jakarta on Monday, 3 April")

# ===================== 09 =====================
d = "09_ghana_statement_basel_cop16.txt"
DAY = "2023-05-04"
R(d, "Ghana", ["acceded", "party"], BASEL, "2003-05", "Ghana acceded to the Basel Convention in May 2003")
RL(d, ["Ghana"], ["ratified", "party"], STOCKHOLM, "2003", "Ghana acceded to the Basel Convention in May 2003 and ratified the Stockholm and Rotterdam Conventions in the same year")
R(d, "Ghana", ["ratified", "party"], ROTTERDAM, "2003", "Ghana acceded to the Basel Convention in May 2003 and ratified the Stockholm and Rotterdam Conventions in the same year")
R(d, "Ghana", "committed", BASEL, DAY, "we remain fully committed to the Basel Convention")
R(d, "Ghana", ACCEPTED, BAN, "2023-04", "last month Ghana deposited its instrument of acceptance of the Ban Amendment to the Basel Convention")
RL(d, ["Liberia", "Togo"], ACCEPTED, BAN, "2023", "the acceptance of the Ban Amendment by Liberia and Togo earlier this year")
R(d, "Ghana", "called-for", BAN, DAY, "we call on all Parties that have not yet done so to accept it without delay")
R(d, BASEL_COP, "adopted", PLASTIC, "2019-05", "The plastic waste amendments to Annexes II, VIII and IX, adopted by this Conference at its fourteenth meeting in May 2019")
R(d, "Ghana", "signed", BAMAKO, "1991-01", "Ghana signed the Bamako Convention in Bamako in January 1991")
R(d, "Ghana", NOTRATIFIED, BAMAKO, None, "Ghana signed the Bamako Convention in Bamako in January 1991 but has not yet ratified it", negated=True,
  alt=["We hope to deposit our instrument before the next meeting of the Parties to the Bamako Convention"])
R(d, "United States", "signed", BASEL, "1990", "The United States, one of the largest generators of such waste, signed the Basel Convention in 1990")
R(d, "United States", NOTRATIFIED, BASEL, None, "signed the Basel Convention in 1990 but has never ratified it", negated=True)
R(d, "Ghana", "called-for", BASEL, DAY, "Together with the African Group, Ghana calls on it to ratify the Convention")

# ===================== 10 =====================
d = "10_wire_ljubljana_hague_convention_signing.txt"
DAY = "2024-02-14"
R(d, "Netherlands", "signed", LJHC, DAY, "The Netherlands, represented by Foreign Minister Hanke Bruins Slot, signed first as host")
R(d, "Slovenia", "signed", LJHC, DAY, "It was followed by Slovenia, whose Foreign Minister, Tanja Fajon")
RL(d, ["Belgium", "Argentina"], "signed", LJHC, DAY, "Belgium's Justice Minister, Paul Van Tigchelt, and Argentina's ambassador to the Netherlands, Mario Oyarzábal, also signed for their countries")
R(d, "Argentina", ["ratified", "party"], CAT, "1986", "It ratified the Convention against Torture in 1986")
R(d, "Argentina", ["ratified", "party"], ROME, "2001", "It ratified the Convention against Torture in 1986 and the Rome Statute of the International Criminal Court in 2001")
RL(d, ["Mongolia", "Senegal", "Ukraine"], "signed", LJHC, DAY, "Among the other signatories on Wednesday were Mongolia and Senegal, as well as Ukraine")
R(d, "Ukraine", NOTRATIFIED, LJHC, None, "her country would ratify the convention \"as soon as possible\"", negated=True)
R(d, "Senegal", ["ratified", "party"], ROME, "1999-02", "Senegal, represented by its Minister of Justice, Aïssata Tall Sall, was also the first state in the world to ratify the Rome Statute, in February 1999")
R(d, "United States", "signed", LJHC, None, "The United States, which took part in the negotiations as an observer, did not sign, and officials said it had no plans to", negated=True)
RL(d, ["France", "Germany"], "signed", LJHC, None, "France and Germany are expected to sign later this year", negated=True)
R(d, "Netherlands", "called-for", LJHC, DAY, "I call on all states to sign and ratify this convention swiftly")

# ===================== 11 =====================
d = "11_feature_istanbul_convention_thirteen_years.txt"
R(d, "Türkiye", "ratified", ISTANBUL, "2012-03-14", "Türkiye was the first State to ratify it, on 14 March 2012")
R(d, "Türkiye", NOTBOUND, ISTANBUL, None, "the first to leave it: its withdrawal took effect on 1 July 2021", negated=True, required=False)
RL(d, ["Ukraine", "United Kingdom"], "ratified", ISTANBUL, "2022-07", "Two years ago, in July, Ukraine and the United Kingdom ratified the Convention within days of each other")
R(d, "Republic of Moldova", "ratified", ISTANBUL, "2022-01", "The Republic of Moldova had ratified it in January of the same year")
R(d, "European Union", ["acceded", "party"], ISTANBUL, "2023", "The European Union's accession followed last year")
R(d, "Latvia", "ratified", ISTANBUL, "2024", "Latvia deposited its instrument of ratification earlier this year")
six = ["Armenia", "Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"]
sq = "Six States have signed the Convention but not ratified it: Armenia, Bulgaria, Czechia, Hungary, Lithuania and Slovakia."
for a in six:
    R(d, a, "signed", ISTANBUL, None, sq)
    alt = {"Hungary": ["Parliament adopted a declaration in 2020 refusing to ratify it"],
           "Armenia": ["Armenia's Justice Minister said last month that the Government had begun the process of ratification"]}.get(a)
    R(d, a, NOTRATIFIED, ISTANBUL, None, sq, negated=True, alt=alt)
nq = "Azerbaijan and the Russian Federation have neither signed nor ratified it."
RL(d, ["Azerbaijan", "Russian Federation"], "signed", ISTANBUL, None, nq, negated=True)
RL(d, ["Azerbaijan", "Russian Federation"], NOTRATIFIED, ISTANBUL, None, nq, negated=True)
R(d, COE_SG, "called-for", ISTANBUL, "2024-11-21", "On Thursday, Council of Europe Secretary General Alain Berset called on the six remaining signatories to ratify the Convention")
RL(d, ["Spain", "Sweden"], "called-for", ISTANBUL, "2024-10", "Last month, Spain and Sweden, in a joint statement, had urged the same States to ratify")

# ===================== 12 =====================
d = "12_explainer_unclos_holdouts.txt"
R(d, "European Union", "party", UNCLOS, None, "it has 169 parties, including the European Union")
R(d, "United States", "signed", UNCLOS, None, "The United States never signed the Convention itself", negated=True)
R(d, "United States", "signed", PARTXI, "1994-07-29", "It did sign the 1994 Agreement relating to the Implementation of Part XI of the Convention, on 29 July 1994")
R(d, "United States", NOTRATIFIED, UNCLOS, None, "but it has ratified neither", negated=True,
  alt=["Successive administrations have said they would ratify once the Senate gives its advice and consent", "non-parties such as the United States"])
R(d, "United States", NOTRATIFIED, PARTXI, None, "but it has ratified neither", negated=True)
R(d, "Colombia", "signed", UNCLOS, "1982-12-10", "Colombia signed on 10 December 1982")
R(d, "Colombia", NOTRATIFIED, UNCLOS, None, "but has no plans to ratify it", negated=True)
R(d, "Iran", "signed", UNCLOS, "1982", "Iran also signed in 1982")
R(d, "Iran", NOTRATIFIED, UNCLOS, None, "has said only that it would consider ratification \"in due course\"", negated=True)
R(d, "Cambodia", "signed", UNCLOS, "1983", "Cambodia, which signed in 1983")
R(d, "Cambodia", NOTRATIFIED, UNCLOS, None, "Cambodia, which signed in 1983, has begun the process of ratification", negated=True,
  alt=["Advocates hope that Cambodia will complete its process this year"])
three = ["Libya", "United Arab Emirates", "Democratic People's Republic of Korea"]
tq = "Three other signatories, namely Libya, the United Arab Emirates and the Democratic People's Republic of Korea, have not ratified it either."
RL(d, three, "signed", UNCLOS, None, tq)
RL(d, three, NOTRATIFIED, UNCLOS, None, tq, negated=True)
nq = "Türkiye, Venezuela and Israel have neither signed nor acceded to the Convention."
RL(d, ["Türkiye", "Venezuela", "Israel"], "signed", UNCLOS, None, nq, negated=True)
RL(d, ["Türkiye", "Venezuela", "Israel"], JOINED, UNCLOS, None, nq, negated=True)
R(d, "Peru", "signed", UNCLOS, None, "Peru has not signed either", negated=True)
R(d, "Peru", JOINED, UNCLOS, None, "its Government has said it hopes Congress will approve accession before the end of its term", negated=True)
R(d, "Eritrea", NOTBOUND, UNCLOS, None, "Eritrea is not a party and is not expected to become one", negated=True)
R(d, "State of Palestine", "acceded", UNCLOS, "2015-01", "The State of Palestine acceded in January 2015")
R(d, "Azerbaijan", "acceded", UNCLOS, "2016-06", "The State of Palestine acceded in January 2015 and Azerbaijan in June 2016")
R(d, UNSG, "called-for", UNCLOS, "2024-06-06", "On Thursday, UN Secretary-General António Guterres urged all States that have not yet done so to become parties to the Convention")

# ===================== 13 =====================
d = "13_kazakhstan_second_optional_protocol.txt"
R(d, "Kazakhstan", "ratified", OP2, "2022-03-24", "Kazakhstan yesterday deposited its instrument of ratification of the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty")
R(d, "Kazakhstan", "signed", OP2, "2021-09-23", "Kazakhstan signed the Protocol on 23 September 2021")
R(d, "Kazakhstan", ["ratified", "party"], ICCPR, "2006-01", "The Covenant itself was ratified by Kazakhstan in January 2006")
R(d, "Kazakhstan", ["ratified", "party"], ICESCR, "2006-01", "together with the International Covenant on Economic, Social and Cultural Rights: it ratified both treaties on the same day")
R(d, "Kazakhstan", ACCEPTED, OP1, "2009", "In 2009 it also accepted the first of the Covenant's Optional Protocols")
pq = "With yesterday's deposit, Kazakhstan is now a party to both of its Optional Protocols."
R(d, "Kazakhstan", "party", OP2, None, pq, required=False)
R(d, "Kazakhstan", "party", OP1, None, pq, required=False)
R(d, "Kazakhstan", ["acceded", "party"], CAT, "1998", "the Convention against Torture, to which it acceded in 1998")
R(d, "Kazakhstan", ["acceded", "party"], OPCAT, "2008", "It acceded to the Convention's Optional Protocol ten years later")
R(d, "Turkmenistan", ["acceded", "party"], OP2, "2000", "Turkmenistan and Uzbekistan acceded to the Second Optional Protocol in 2000 and 2008 respectively")
R(d, "Uzbekistan", ["acceded", "party"], OP2, "2008", "Turkmenistan and Uzbekistan acceded to the Second Optional Protocol in 2000 and 2008 respectively")
R(d, "Kyrgyzstan", ["acceded", "party"], OP2, "2010", "and Kyrgyzstan in 2010")
R(d, "Tajikistan", JOINED, OP2, None, "Tajikistan, which has maintained a moratorium on executions since 2004, has yet to join it", negated=True)
R(d, "Belarus", NOTBOUND, OP2, None, "Belarus, the last country in Europe that carries out executions, is not a party to the Protocol either", negated=True)
RL(d, ["European Union", "Kazakhstan"], "signed", EPCA, "2015-12-21", "its Enhanced Partnership and Cooperation Agreement with Kazakhstan, which the two sides signed in Astana on 21 December 2015")
R(d, OHCHR, "called-for", OP2, None, "urged Tajikistan to join the Protocol")

# ===================== 14 =====================
d = "14_canada_declaration_arbitrary_detention.txt"
DAY = "2021-02-15"
R(d, "Canada", "endorsed", ADDECL, DAY, "Canada endorsed the Declaration at its launch together with 36 other countries and the European Union",
  alt=["Today, the Honourable Marc Garneau, Minister of Foreign Affairs, launched the Declaration Against Arbitrary Detention in State-to-State Relations"])
R(d, "European Union", "endorsed", ADDECL, DAY, "Canada endorsed the Declaration at its launch together with 36 other countries and the European Union")
endorsers = ["Australia", "Austria", "Belgium", "Benin", "Bulgaria", "Croatia", "Cyprus", "Czech Republic", "Denmark", "Estonia", "Finland",
             "France", "Germany", "Haiti", "Iceland", "Ireland", "Israel", "Italy", "Japan", "Latvia", "Lithuania", "Luxembourg", "Malta",
             "Marshall Islands", "Netherlands", "New Zealand", "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain",
             "Sweden", "United Kingdom"]
assert len(endorsers) == 35
eq = ("Thirty-five of them are: Australia, Austria, Belgium, Benin, Bulgaria, Croatia, Cyprus, Czech Republic, Denmark, Estonia, Finland, France, Germany, "
      "Haiti, Iceland, Ireland, Israel, Italy, Japan, Latvia, Lithuania, Luxembourg, Malta, Marshall Islands, the Netherlands, New Zealand, Norway, Poland, "
      "Portugal, Romania, Slovakia, Slovenia, Spain, Sweden and the United Kingdom.")
RL(d, endorsers, "endorsed", ADDECL, DAY, eq)
R(d, "United States", "endorsed", ADDECL, DAY, "The United States also endorsed the Declaration at the launch event")
R(d, "Canada", ["acceded", "party"], VCCR, "1974", "the Vienna Convention on Consular Relations, to which Canada acceded in 1974")
R(d, "Canada", "called-for", ADDECL, DAY, "I call on all countries to endorse this Declaration")
RL(d, ["Mexico", "Republic of Korea"], "endorsed", ADDECL, None, "Mexico and the Republic of Korea have said that they are considering endorsing the Declaration", negated=True)

# ===================== 15 =====================
d = "15_imo_hong_kong_convention_entry_into_force.txt"
DAY = "2023-06-26"
RL(d, ["Bangladesh", "Liberia"], "acceded", HKC, DAY, "Bangladesh and Liberia today deposited instruments of accession to the Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships, 2009 (Hong Kong Convention)")
R(d, "Norway", "ratified", HKC, "2013", "Norway was the first State to ratify it, in 2013")
RL(d, ["Türkiye", "India"], "acceded", HKC, "2019", "Türkiye and India both acceded in 2019")
R(d, "Pakistan", JOINED, HKC, None, "Pakistan, another major ship recycling State, is expected to accede later this year", negated=True)
R(d, IMO_SG, "called-for", HKC, DAY, "I urge all remaining States, and in particular flag and recycling States, to ratify the Convention")
lq = "Liberia, the world's largest flag State by tonnage, is already a party to the International Convention for the Safety of Life at Sea, 1974 (SOLAS) and to the International Convention for the Control and Management of Ships' Ballast Water and Sediments, 2004 (BWM Convention)"
R(d, "Liberia", "party", SOLAS, None, lq)
R(d, "Liberia", "party", BWM, None, lq)
R(d, "Liberia", ACCEPTED, CTA, "2021", "It accepted the Cape Town Agreement of 2012 on the safety of fishing vessels in 2021")
R(d, "Bangladesh", ["acceded", "party"], BWM, "2019", "Bangladesh, home to the Chattogram ship recycling yards, acceded to the BWM Convention in 2019")
bq = "It has not ratified the ILO Occupational Safety and Health Convention, 1981 (No. 155), or the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)"
R(d, "Bangladesh", NOTRATIFIED, C155, None, bq, negated=True)
R(d, "Bangladesh", NOTRATIFIED, C187, None, bq, negated=True)
iq = "In a statement issued today, IndustriALL Global Union called on Bangladesh to ratify both Conventions"
R(d, INDUSTRIALL, "called-for", C155, DAY, iq)
R(d, INDUSTRIALL, "called-for", C187, DAY, iq)

# ===================== 16 =====================
d = "16_un_week_in_review_december_2023.txt"
TUE, WED, FRI = "2023-12-19", "2023-12-20", "2023-12-22"
R(d, GA, "adopted", IRAN_RES, TUE, "The resolution on the situation of human rights in the Islamic Republic of Iran (A/RES/78/220), tabled in Committee as draft A/C.3/78/L.41 by Canada, was adopted by a recorded vote of 77 in favour to 28 against, with 66 abstentions")
R(d, "Canada", "co-sponsored", IRAN_RES, None, "tabled in Committee as draft A/C.3/78/L.41 by Canada")
RL(d, ["Belarus", "China", "Cuba", "Syria", "Venezuela"], "supported", IRAN_RES, TUE,
   "Among those voting against were Belarus, China, Cuba, the Syrian Arab Republic and Venezuela (Bolivarian Republic of).", negated=True)
R(d, "Iran", "supported", IRAN_RES, TUE, "Iran's representative said his delegation rejected the text as \"politically motivated\"", negated=True, required=False)
R(d, GA, "adopted", DPRK_RES, TUE, "The resolution on the situation of human rights in the Democratic People's Republic of Korea (A/RES/78/218; draft A/C.3/78/L.38), introduced by Belgium on behalf of the European Union, was adopted without a vote")
RL(d, ["Belgium", "European Union"], "co-sponsored", DPRK_RES, None, "introduced by Belgium on behalf of the European Union", required=False)
RL(d, ["China", "Russian Federation"], "supported", DPRK_RES, TUE, "China and the Russian Federation dissociated themselves from the consensus", negated=True, required=False)
R(d, GA, "adopted", ROC_RES, TUE, "The resolution on the rights of the child (A/RES/78/187; draft A/C.3/78/L.23/Rev.1), presented in the Committee by Uruguay on behalf of the Group of Latin American and Caribbean States and by Spain on behalf of the European Union, was also adopted without a vote")
RL(d, ["Uruguay", GRULAC], "co-sponsored", ROC_RES, None, "presented in the Committee by Uruguay on behalf of the Group of Latin American and Caribbean States", required=False)
RL(d, ["Spain", "European Union"], "co-sponsored", ROC_RES, None, "and by Spain on behalf of the European Union", required=False)
cq = "By the text, the Assembly urges States that have not yet done so to ratify the Convention on the Rights of the Child and its Optional Protocols as a matter of priority"
R(d, GA, "called-for", CRC, TUE, cq, required=False)
R(d, GA, "called-for", CRCOPS, TUE, cq, required=False)
R(d, TC, "adopted", IRAN_RES, "2023-11-15", "The Third Committee had approved the Iran text on 15 November by 80 votes to 29, with 65 abstentions")
R(d, TC, "adopted", DPRK_RES, "2023-11-15", "and the DPRK text the same day without a vote")
R(d, UNSC, "adopted", R2720, FRI, "On Friday, the Security Council adopted resolution 2720 (2023) (S/RES/2720 (2023)) by a vote of 13 in favour to none against, with 2 abstentions (Russian Federation, United States)")
RL(d, ["Russian Federation", "United States"], "supported", R2720, FRI, "with 2 abstentions (Russian Federation, United States)", negated=True)
R(d, "United Arab Emirates", "co-sponsored", R2720, None, "The text, put forward by the United Arab Emirates")
R(d, "United States", "supported", AMEND1010, FRI, "An amendment proposed by the Russian Federation (S/2023/1010) was vetoed by the United States", negated=True, required=False)
R(d, "Russian Federation", "co-sponsored", AMEND1010, None, "An amendment proposed by the Russian Federation (S/2023/1010)", required=False)
R(d, UNSC, "adopted", R2712, "2023-11-15", "The Council had adopted resolution 2712 (2023) on 15 November")
RL(d, ["Russian Federation", "United Kingdom", "United States"], "supported", R2712, "2023-11-15",
   "with the Russian Federation, the United Kingdom and the United States abstaining", negated=True)
R(d, "Tuvalu", "acceded", ICSFT, WED, "On Wednesday, Tuvalu deposited its instrument of accession to the International Convention for the Suppression of the Financing of Terrorism")
# ===================== checks =====================
gold.finish(MIN_CHARS, MAX_CHARS)
