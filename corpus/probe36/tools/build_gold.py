#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (04.html, 14.html, 09.md, 12.md); gold.py's Gold.finish()
checks .txt, .md and .html documents alike (quotes against the file as written, header block left out, white space
folded). Besides finish()'s checks of the whole file's length, this script checks that every document's body (the text
after any Title:/Date:/URL: header block) is 1,800-3,000 characters long. Alternative actor names missing from gold.py's
ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, Gold, alt, body_of, DOC_SUFFIXES, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3000            # the whole file (finish()) and the body (below)
MOU_SIGNED = ["signed", "endorsed"]          # signing a non-binding memorandum of understanding

# ---- instruments: (name as the text names it, aliases) ----
# 01
BELEM_HUNGER = ("Belém Declaration on Hunger, Poverty and People-Centred Climate Action", ["Belém Declaration on Hunger, Poverty and People-Centred Climate Action"])
BELEM_FUELS = ("Belém Commitment on Sustainable Fuels", ["Belém 4x Commitment", "Belem Commitment on Sustainable Fuels"])
INFO = ("Declaration on Information Integrity on Climate Change", ["Information Integrity Declaration", "Declaration on Information Integrity"])
GMP = ("Global Methane Pledge", ["GMP", "Methane Pledge"])
WASTE = ("COP29 Declaration on Reducing Methane from Organic Waste", ["Declaration on Reducing Methane from Organic Waste", "organic waste declaration"])
NUCLEAR = ("Declaration to Triple Nuclear Energy", ["Triple Nuclear Energy Declaration"])
COOLING = ("Global Cooling Pledge", ["Global Cooling Pledge for COP28"])
MUTIRAO = ("\"Global Mutirão\" decision", ["Global Mutirão", "Global Mutirão decision", "Mutirão decision"])
PARIS = ("Paris Agreement", ["Paris climate agreement", "Paris Agreement on climate change"])
# 02
RC = ("Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade",
      ["Rotterdam Convention", "PIC Convention"])
ANX7 = ("Annex VII (procedures and mechanisms on compliance)", ["Annex VII", "compliance annex", "decision RC-11/9", "RC-11/9"])
# 03
BAN = ("Ban Amendment", ["Basel Ban Amendment", "Basel Convention Ban Amendment"])
BASEL = ("Basel Convention", ["Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal"])
WAIGANI = ("Waigani Convention", ["Convention to Ban the Importation into Forum Island Countries of Hazardous and Radioactive Wastes"])
PLASTIC = ("2019 plastic waste amendments to Annexes II, VIII and IX", ["plastic waste amendments", "Basel plastic waste amendments", "BC-14/12"])
# 04, 15
ESCAZU = ("Escazú Agreement",
          ["Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
           "Escazu Agreement"])
# 05, 07
KYOTO = ("Kyoto Protocol", ["Kyoto Protocol to the United Nations Framework Convention on Climate Change"])
UNFCCC = ("United Nations Framework Convention on Climate Change", ["UNFCCC", "Framework Convention on Climate Change", "Framework Convention"])
# 06, 14
L31 = ("draft resolution A/80/L.31, \"Oceans and the law of the sea\"", ["A/80/L.31", "Oceans and the law of the sea resolution"])
L33 = ("draft resolution A/80/L.33 on sustainable fisheries", ["A/80/L.33", "sustainable fisheries resolution"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Convention on the Law of the Sea"])
BBNJ = ("Agreement under the Convention on the conservation and sustainable use of marine biological diversity of areas beyond national jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "BBNJ",
         "Agreement on marine biological diversity of areas beyond national jurisdiction"])
BBNJ14 = ("Agreement under the United Nations Convention on the Law of the Sea on the conservation and sustainable use of marine biological diversity of "
          "areas beyond national jurisdiction", ["High Seas Treaty", "BBNJ Agreement", "BBNJ"])
CARTAGENA = ("Convention for the Protection and Development of the Marine Environment of the Wider Caribbean Region", ["Cartagena Convention"])
SPAW = ("Protocol concerning Specially Protected Areas and Wildlife", ["SPAW Protocol"])
# 07
R77276 = ("resolution 77/276", ["General Assembly resolution 77/276", "A/RES/77/276"])
AORES = ("draft resolution welcoming the advisory opinion", ["General Assembly resolution welcoming the advisory opinion"])
COP30DEC = ("proposal for a decision on follow-up to the opinion under the Convention", ["decision on follow-up to the advisory opinion"])
# 08
ABIDJAN = ("Abidjan Convention",
           ["Convention for Cooperation in the Protection, Management and Development of the Marine and Coastal Environment of the Atlantic Coast of the "
            "West, Central and Southern Africa Region"])
GBASSAM = ("Additional Protocol on Land-Based Sources and Activities (Grand-Bassam Protocol)", ["Grand-Bassam Protocol"])
MALABO = ("Additional Protocol on Integrated Coastal Zone Management (Malabo Protocol)", ["Malabo Protocol"])
PNOIRE = ("Additional Protocol on Sustainable Mangrove Management (Pointe-Noire Protocol)", ["Pointe-Noire Protocol"])
CP145 = ("decision CP.14/5 on the Regional Action Plan on Marine Litter 2025–2030", ["CP.14/5", "Regional Action Plan on Marine Litter 2025–2030"])
CP147 = ("decision CP.14/7 on the programme of work and budget for 2026–2027", ["CP.14/7"])
LOME = ("Lomé Declaration on the Blue Economy and Ocean Health", ["Lomé Declaration"])
# 09
AARHUS = ("Aarhus Convention", ["Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters"])
GMO = ("GMO amendment", ["Almaty amendment", "amendment on genetically modified organisms"])
PRTR = ("Protocol on Pollutant Release and Transfer Registers", ["PRTR Protocol", "Kyiv Protocol on Pollutant Release and Transfer Registers"])
# 10
VIENNA = ("Vienna Convention", ["Vienna Convention for the Protection of the Ozone Layer"])
MP = ("Montreal Protocol", ["Montreal Protocol on Substances that Deplete the Ozone Layer"])
LONDON_AM = ("London Amendment", ["London Amendment to the Montreal Protocol"])
COPEN_AM = ("Copenhagen Amendment", ["Copenhagen Amendment to the Montreal Protocol"])
MONTREAL_AM = ("Montreal Amendment", ["1997 Montreal Amendment"])
BEIJING_AM = ("Beijing Amendment", ["Beijing Amendment to the Montreal Protocol"])
KIGALI = ("Kigali Amendment", ["Kigali Amendment to the Montreal Protocol"])
# 11
CBD = ("Convention on Biological Diversity", ["CBD", "Biodiversity Convention"])
GBF = ("Kunming-Montreal Global Biodiversity Framework", ["Global Biodiversity Framework", "GBF", "KMGBF"])
EDINBURGH = ("Edinburgh Declaration on post-2020 global biodiversity", ["Edinburgh Declaration"])
MTLPLEDGE = ("Montréal Pledge", ["Montreal Pledge"])
# 13
STOCKHOLM = ("Stockholm Convention on Persistent Organic Pollutants", ["Stockholm Convention", "POPs Convention"])
LCPFCA = ("listing of long-chain perfluorocarboxylic acids (LC-PFCAs) in Annex A", ["LC-PFCAs listing", "long-chain PFCAs listing"])
PFOA = ("PFOA listing", ["listing of PFOA", "PFOA amendment"])
PFHXS = ("PFHxS listing", ["listing of PFHxS", "PFHxS amendment"])
# 15
R76300 = ("resolution 76/300", ["A/RES/76/300", "General Assembly resolution 76/300", "right to a clean, healthy and sustainable environment resolution"])
R4813 = ("resolution 48/13", ["Human Rights Council resolution 48/13", "A/HRC/RES/48/13"])
ECHRPROT = ("additional protocol on the right to a healthy environment to the European Convention on Human Rights",
            ["additional protocol on the right to a healthy environment"])
# 16
CITES = ("Convention on International Trade in Endangered Species of Wild Fauna and Flora", ["CITES"])
CMS = ("Convention on the Conservation of Migratory Species of Wild Animals", ["Convention on Migratory Species", "CMS", "Bonn Convention"])
IOSEA = ("Memorandum of Understanding on the Conservation and Management of Marine Turtles and their Habitats of the Indian Ocean and South-East Asia",
         ["IOSEA Marine Turtle MOU", "IOSEA MOU"])
SHARKS = ("Memorandum of Understanding on the Conservation of Migratory Sharks", ["Sharks MOU", "CMS Sharks MOU"])
REQUIEM = ("proposal to include requiem sharks (family Carcharhinidae) in Appendix II", ["requiem sharks proposal", "listing of requiem sharks in Appendix II"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Iran", "Viet Nam", "Syria", "Türkiye", "European Union",
          "Micronesia", "Republic of Moldova", "Kyrgyzstan", "Tajikistan", "Kazakhstan", "Congo", "Timor-Leste", "Brunei Darussalam", "Philippines",
          "Venezuela", "Costa Rica", "Mexico", "Colombia", "Chile", "Paraguay", "China", "Germany", "Bangladesh", "Samoa", "Ghana", "Uganda"),
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Indonesia": ["Indonesia", "Republic of Indonesia", "Rina Hartono"],
    "Maldives": ["Maldives", "the Maldives", "Republic of Maldives"],
    "El Salvador": ["El Salvador"],
    "Gabon": ["Gabon", "Gabonese Republic"],
    "Mauritania": ["Mauritania", "Islamic Republic of Mauritania"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar"],
    "Montréal": ["Montréal", "Montreal", "City of Montréal", "City of Montreal"],
    "Québec": ["Québec", "Quebec", "Government of Québec"],
    "Bogotá": ["Bogotá", "Bogota"],
    "Paris": ["Paris", "City of Paris"],
    "Medellín": ["Medellín", "Medellin"],
    "Cali": ["Cali", "City of Cali"],
}
CMA = ["Conference of the Parties serving as the meeting of the Parties to the Paris Agreement", "CMA", "COP30", "Conference of the Parties"]
RCCOP = ["Conference of the Parties to the Rotterdam Convention", "Conference of the Parties", "COP", "COP-11", "Rotterdam Convention COP"]
BASELCOP = ["Conference of the Parties to the Basel Convention", "Conference of the Parties", "COP", "Basel Convention COP"]
JSCOT = ["Joint Standing Committee on Treaties", "JSCOT", "Committee"]
BANGO = ["Basel Action Network", "BAN"]
IGC = ["intergovernmental conference", "Intergovernmental conference on marine biodiversity of areas beyond national jurisdiction", "BBNJ Intergovernmental Conference"]
COUNCIL_PRES = ["Council of the European Union", "Council of the EU", "Council", "European Union", "Poland", "Paulina Hennig-Kloska"]
ABCOP = ["Conference of the Parties to the Abidjan Convention", "Abidjan Convention COP14", "COP14", "Conference of the Parties", "Conference"]
ABMIN = ["Conference of the Parties to the Abidjan Convention", "Abidjan Convention COP14", "COP14", "Ministers", "Conference of the Parties", "Conference"]
AARHUSMOP = ["Meeting of the Parties to the Aarhus Convention", "Aarhus Convention Meeting of the Parties", "Parties", "MOP-2", "Meeting of the Parties"]
AWE = ["Access Watch Europe"]
CBDCOP = ["Conference of the Parties to the Convention on Biological Diversity", "Parties to the Convention on Biological Diversity", "CBD COP", "COP15",
          "Conference of the Parties"]
STCOP = ["Conference of the Parties to the Stockholm Convention", "Conference of the Parties to the Stockholm Convention on Persistent Organic Pollutants",
         "Stockholm Convention COP", "Conference of the Parties", "Parties"]
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
PACE = ["Parliamentary Assembly of the Council of Europe", "PACE", "Council of Europe's Parliamentary Assembly", "Council of Europe"]
CITESCOP = ["CITES Conference of the Parties", "Conference of the Parties to CITES", "CoP19", "Conference of the Parties", "Committee I"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (ministry recap, Portugal at COP30) =====================
d = "01.txt"
D = "2025-11-24"
R(d, "Portugal", ENDORSED, BELEM_HUNGER, "2025-11-06",
  "On 6 November, the Prime Minister endorsed the Belém Declaration on Hunger, Poverty and People-Centred Climate Action on behalf of Portugal")
R(d, "Portugal", ["endorsed", "committed", "signed"], BELEM_FUELS, "2025-11-08", "Two days later, Portugal signed up to the Belém Commitment on Sustainable Fuels")
R(d, "Portugal", ENDORSED, INFO, "2025-11-12",
  "On 12 November, Portugal was among the first endorsers of the Declaration on Information Integrity on Climate Change",
  alt=["The Secretary of State for Climate, who signed the text in the Blue Zone"])
RL(d, ["Brazil", "Chile", "Denmark", "France", "Spain"], ENDORSED, INFO, "2025-11-12", "together with Brazil, Chile, Denmark, France and Spain")
R(d, "Portugal", ENDORSED, GMP, "2021", "Portugal has participated in the Global Methane Pledge since its launch in Glasgow in 2021")
R(d, "Portugal", ENDORSED, WASTE, "2024", "It also endorsed the COP29 Declaration on Reducing Methane from Organic Waste last year in Baku")
R(d, "Portugal", SIGNED_DECL, NUCLEAR, None, "Portugal did not sign the Declaration to Triple Nuclear Energy", negated=True)
RL(d, ["Spain", "Austria"], SIGNED_DECL, NUCLEAR, None, "neither did Spain or Austria", negated=True)
R(d, "Portugal", ENDORSED, COOLING, None, "Portugal has also not yet joined the Global Cooling Pledge for COP28", negated=True,
  alt=["the Ministry is considering it and intends to take a decision before COP31"])
R(d, CMA, "adopted", MUTIRAO, "2025-11-22",
  "In its closing plenary on Saturday, the Conference of the Parties serving as the meeting of the Parties to the Paris Agreement adopted the \"Global Mutirão\" decision")
R(d, "Portugal", "supported", MUTIRAO, None, "which Portugal, as an EU member State, supported in the negotiations", required=False)
R(d, "Portugal", RATIFIED, PARIS, "2016-10", "Portugal ratified the Paris Agreement in October 2016")
R(d, "Portugal", COMMITTED, PARIS, D, "Portugal ratified the Paris Agreement in October 2016 and remains fully committed to it")
RL(d, ["Angola", "Mozambique"], ENDORSED, INFO, None,
   "the other Lusophone countries that have not yet endorsed the Information Integrity Declaration, in particular Angola and Mozambique", negated=True)
R(d, "Portugal", "called-for", INFO, D, "We hope that the other Lusophone countries that have not yet endorsed the Information Integrity Declaration", required=False)

# ===================== 02 (depositary notification, Rotterdam Convention Annex VII) =====================
d = "02.txt"
R(d, RCCOP, "adopted", ANX7, "2023-05",
  "Annex VII to the Convention, on procedures and mechanisms on compliance, was adopted by the Conference of the Parties at its eleventh meeting")
RL(d, ["India", "Russian Federation"], ACCEPTED, ANX7, None,
   "the following Parties notified the depositary that they were unable to accept Annex VII: India (3 September 2024) and the Russian Federation (29 November 2024)",
   negated=True)
R(d, "Iran", ACCEPTED, ANX7, None, "Iran (Islamic Republic of) also notified its non-acceptance", negated=True)
R(d, "Brazil", ACCEPTED, ANX7, "2025-08-14", "Brazil deposited an instrument of acceptance of Annex VII on 14 August 2025")
R(d, "China", ACCEPTED, ANX7, None, "China informed the depositary that its internal procedures for accepting the annex are \"well advanced\"", negated=True)
RL(d, ["Argentina", "Mauritius"], ACCEPTED, ANX7, None, "Argentina and Mauritius have not deposited any instrument in respect of it", negated=True)
R(d, "Canada", ACCEPTED, ANX7, "2025-01-13", "the date of acceptance is 13 January 2025",
  alt=["The Government of Canada, which accepted Annex VII by a communication received on 15 January 2025"])
QDECL = "The following Parties, which have made declarations under article 25 (4) of the Convention"
for a in ["Argentina", "Brazil", "Canada", "China", "Mauritius"]:
    R(d, a, PARTY, RC, None, QDECL, required=False)
RL(d, ["India", "Russian Federation"], PARTY, RC, None, "the following Parties notified the depositary that they were unable to accept Annex VII", required=False)
R(d, "Angola", ACCEDED, RC, "2025-09-04", "On 4 September 2025, the Government of Angola deposited its instrument of accession to the Convention")
R(d, "Angola", "party", RC, None, "Angola becomes the 170th Party to the Convention", required=False)
R(d, "Angola", ACCEPTED, ANX7, None, "Annex VII will not apply to Angola until Angola deposits a separate instrument in respect of it", negated=True)

# ===================== 03 (parliamentary committee treaty report, Australia, Ban Amendment) =====================
d = "03.txt"
R(d, BASELCOP, "adopted", BAN, "1995",
  "The Ban Amendment was adopted by the third meeting of the Conference of the Parties to the Basel Convention in Geneva in 1995")
R(d, "Australia", PARTY, BASEL, "1992", "Australia has been a Party to the Basel Convention since 1992")
R(d, "Australia", PARTY, WAIGANI, None, "It is also a Party to the Waigani Convention")
R(d, "Australia", ACCEPTED, BAN, None, "Australia has not accepted the Ban Amendment", negated=True,
  alt=["the Government intends to deposit an instrument of acceptance"])
R(d, "New Zealand", ACCEPTED, BAN, "2024", "New Zealand accepted the Ban Amendment in 2024")
RL(d, ["Japan", "Republic of Korea"], ACCEPTED, BAN, None, "Japan and the Republic of Korea, which are also Annex VII countries, have not", negated=True)
R(d, "Canada", ACCEPTED, BAN, "2022", "Canada ratified it in 2022")
R(d, "United States", "signed", BASEL, "1990", "The United States signed the Basel Convention in 1990")
R(d, "United States", NOTRATIFIED, BASEL, None, "The United States signed the Basel Convention in 1990 but has never ratified it", negated=True)
R(d, "United States", ACCEPTED, BAN, None, "so cannot accept the amendment", negated=True, required=False)
R(d, "Australia", ACCEPTED, PLASTIC, None, "Australia accepted the 2019 plastic waste amendments to Annexes II, VIII and IX")
RL(d, ["Australia", "Norway"], "co-sponsored", PLASTIC, "2019",
   "which it had co-sponsored with Norway at the fourteenth meeting of the Conference of the Parties")
R(d, BASELCOP, "adopted", PLASTIC, "2019", "the 2019 plastic waste amendments to Annexes II, VIII and IX", required=False)
R(d, BANGO, "called-for", BAN, None, "The Basel Action Network urged the Committee \"to recommend acceptance without reservation or delay\"", required=False)
R(d, JSCOT, "supported", BAN, None, "The Committee supports the Ban Amendment to the Basel Convention", required=False)

# ===================== 04.html (fact-check, Escazú) =====================
d = "04.html"
R(d, "Brazil", "signed", ESCAZU, "2018-09-27", "Brazil signed the Agreement on 27 September 2018")
R(d, "Brazil", NOTRATIFIED, ESCAZU, None, "It has not ratified it.", negated=True,
  alt=["Brazil is a signatory, not a Party", "the government \"expects to ratify the Agreement once Congress concludes its deliberations\"",
       "Brazil is not a Party to the Escazú Agreement"])
R(d, "Mexico", RATIFIED, ESCAZU, "2021-01", "Mexico ratified the Agreement in January 2021")
R(d, "Argentina", RATIFIED, ESCAZU, "2020-09", "Mexico ratified the Agreement in January 2021 and Argentina in September 2020")
R(d, "Chile", "signed", ESCAZU, None, "Chile, whose government declined to sign in 2018", negated=True)
R(d, "Chile", ACCEDED, ESCAZU, "2022-06", "Chile, whose government declined to sign in 2018, acceded to it in June 2022")
R(d, "Colombia", RATIFIED, ESCAZU, "2024", "Colombia's ratification was deposited in 2024")
QPC = "Peru and Costa Rica – the country where the text was adopted – both signed in 2018 but neither has ratified it"
RL(d, ["Peru", "Costa Rica"], "signed", ESCAZU, "2018", QPC)
RL(d, ["Peru", "Costa Rica"], NOTRATIFIED, ESCAZU, None, QPC, negated=True)
R(d, "Paraguay", "signed", ESCAZU, "2018", "Paraguay also signed in 2018")
R(d, "Paraguay", NOTRATIFIED, ESCAZU, None, "Paraguay has not ratified the Agreement either", negated=True)

# ===================== 05 (correction notice, Paris Agreement) =====================
d = "05.txt"
R(d, "United States", "party", PARIS, None,
  "The United States notified the Secretary-General of the United Nations, the Agreement's depositary, of its withdrawal on 27 January 2025",
  negated=True, required=False, alt=["withdrew from it with effect from 4 November 2020"])
R(d, "United States", "party", PARIS, None, "the United States remains a Party until 27 January 2026")
R(d, "United States", ACCEPTED, PARIS, "2016-09-03", "the United States accepted the Paris Agreement on 3 September 2016",
  alt=["rejoined it by depositing a new instrument of acceptance on 20 January 2021"])
QILY = "the three States signed the Agreement in 2016 but have never ratified it"
RL(d, ["Iran", "Libya", "Yemen"], "signed", PARIS, "2016", QILY)
RL(d, ["Iran", "Libya", "Yemen"], NOTRATIFIED, PARIS, None, QILY, negated=True)
R(d, "Argentina", RATIFIED, PARIS, "2016-09", "Argentina ratified the Agreement in September 2016")
R(d, "Argentina", "party", PARIS, None, "Argentina ratified the Agreement in September 2016 and is a Party", required=False)
R(d, "United States", "signed", KYOTO, "1998", "The United States signed the Kyoto Protocol in 1998")
R(d, "United States", NOTRATIFIED, KYOTO, None, "The United States signed the Kyoto Protocol in 1998 but never ratified it", negated=True,
  alt=["in 2001 it announced that it would not do so"])
R(d, "United States", "party", UNFCCC, None, "The United States remains a Party to the United Nations Framework Convention on Climate Change")
R(d, "United States", RATIFIED, UNFCCC, "1992", "which it ratified in 1992")

# ===================== 06 (explanation of vote, Colombia, GA oceans resolution) =====================
d = "06.txt"
D = "2025-12-09"
R(d, "Colombia", "supported", L31, D, "My delegation abstained in the recorded vote just taken on draft resolution A/80/L.31", negated=True,
  alt=["El Salvador and Venezuela joined Colombia in abstaining"])
R(d, "Türkiye", "supported", L31, D, "Türkiye voted against", negated=True)
RL(d, ["El Salvador", "Venezuela"], "supported", L31, D, "El Salvador and Venezuela joined Colombia in abstaining", negated=True)
R(d, GA, "adopted", L31, D, "The text was adopted by 143 votes in favour to 1 against, with 3 abstentions")
R(d, "Colombia", "signed", UNCLOS, "1982", "Colombia signed the Convention in 1982")
R(d, "Colombia", NOTBOUND, UNCLOS, None, "Colombia signed the Convention in 1982 but is not a party to it", negated=True,
  alt=["the Convention does not bind my country"])
R(d, "Colombia", "supported", L33, D, "this morning Colombia joined the consensus on draft resolution A/80/L.33 on sustainable fisheries", required=False)
R(d, "Colombia", "co-sponsored", L33, None, "of which we were a co-sponsor")
R(d, GA, "adopted", L33, D, "which the Assembly adopted without a vote")
R(d, "Colombia", "signed", BBNJ, "2023-09-20", "Colombia signed the Agreement on 20 September 2023")
R(d, "Colombia", NOTRATIFIED, BBNJ, None, "we expect to deposit our instrument of ratification before the first Conference of the Parties", negated=True)
R(d, "Colombia", "called-for", BBNJ, D, "We call on all States, parties and non-parties to the Convention alike, to ratify the Agreement")
R(d, "Colombia", PARTY, CARTAGENA, None,
  "Colombia is a party to the Convention for the Protection and Development of the Marine Environment of the Wider Caribbean Region")
R(d, "Colombia", RATIFIED, CARTAGENA, "1988", "which it ratified in 1988")
R(d, "Colombia", PARTY, SPAW, None, "and to its Protocol concerning Specially Protected Areas and Wildlife")

# ===================== 07 (joint statement, ICJ advisory opinion) =====================
d = "07.txt"
D = "2025-07-24"
SIX = ["Vanuatu", "Antigua and Barbuda", "Costa Rica", "Micronesia", "Mozambique", "Sierra Leone"]
R(d, GA, "adopted", R77276, "2023-03-29", "which the Assembly adopted by consensus on 29 March 2023")
RL(d, SIX, "co-sponsored", R77276, None, "each of us co-sponsored it")
RL(d, ["Bangladesh", "Germany", "Morocco", "New Zealand", "Portugal", "Samoa", "Singapore", "Uganda", "Viet Nam"], "co-sponsored", R77276, None,
   "including Bangladesh, Germany, Morocco, New Zealand, Portugal, Samoa, Singapore, Uganda and Viet Nam")
QALL = "All of us are Parties to the United Nations Framework Convention on Climate Change and to the Paris Agreement"
RL(d, SIX, PARTY, UNFCCC, None, QALL)
RL(d, SIX, PARTY, PARIS, None, QALL)
RL(d, SIX, COMMITTED, PARIS, D, "we reaffirm our commitment to the Paris Agreement")
RL(d, SIX, "called-for", PARIS, D, "We call on all States that have not yet done so to ratify the Paris Agreement",
   alt=["We further call on the States that have announced their withdrawal from the Paris Agreement to reconsider that decision"])
RL(d, SIX, "co-sponsored", AORES, None, "our six countries intend to present a draft resolution welcoming the advisory opinion", negated=True, required=False)
R(d, "Vanuatu", "co-sponsored", COP30DEC, None,
  "Vanuatu, for its part, will table at COP30 in Belém a proposal for a decision on follow-up to the opinion under the Convention", negated=True, required=False)
RL(d, ["Costa Rica", "Sierra Leone"], "supported", COP30DEC, None, "Costa Rica and Sierra Leone have indicated that they will support it",
   negated=True, required=False)

# ===================== 08 (regional seas communiqué, Abidjan Convention COP14) =====================
d = "08.txt"
D = "2025-06-19"
RL(d, ["Ghana", "Senegal"], RATIFIED, GBASSAM, "2025-03",
   "the ratification of the Additional Protocol on Land-Based Sources and Activities (Grand-Bassam Protocol) by Ghana and Senegal")
R(d, "Gabon", "signed", MALABO, "2025-06-16",
  "At the opening ceremony, the Minister of Fisheries and Maritime Economy of Gabon signed the Additional Protocol on Integrated Coastal Zone Management (Malabo Protocol)")
R(d, "Gabon", NOTRATIFIED, MALABO, None, "Gabon expects to ratify it before COP15", negated=True)
QPN = "Cameroon, Nigeria and the Republic of the Congo, which signed the Additional Protocol on Sustainable Mangrove Management (Pointe-Noire Protocol) in 2019"
RL(d, ["Cameroon", "Nigeria", "Congo"], "signed", PNOIRE, "2019", QPN)
RL(d, ["Cameroon", "Nigeria", "Congo"], NOTRATIFIED, PNOIRE, None, "informed the Conference that they have not yet ratified it", negated=True)
RL(d, ["Angola", "Namibia"], PARTY, ABIDJAN, None, "Angola and Namibia, which are Contracting Parties to the Convention")
QAN = "are not yet parties to either the Grand-Bassam Protocol or the Malabo Protocol"
for inst in (GBASSAM, MALABO):
    R(d, "Angola", NOTBOUND, inst, None, QAN, negated=True)
    R(d, "Namibia", NOTBOUND, inst, None, QAN, negated=True, alt=["studying both instruments with a view to accession"])
R(d, "Mauritania", JOINED, ABIDJAN, None,
  "Mauritania informed the Conference that its accession to the Convention, approved by its Council of Ministers in May, will be deposited before the end of the year",
  negated=True)
R(d, ABCOP, "adopted", CP145, D, "On its final day, the Conference adopted decision CP.14/5 on the Regional Action Plan on Marine Litter 2025–2030")
R(d, ABCOP, "adopted", CP147, D, "decision CP.14/7 on the programme of work and budget for 2026–2027", required=False)
R(d, ABMIN, "adopted", LOME, "2025-06", "Ministers adopted the Lomé Declaration on the Blue Economy and Ocean Health")
for inst in (GBASSAM, MALABO):
    R(d, ABCOP, "called-for", inst, D,
      "The Conference called upon all Contracting Parties that have not yet done so to ratify the Grand-Bassam Protocol and the Malabo Protocol without delay")
R(d, "South Africa", ACCEDED, ABIDJAN, "2002", "South Africa, which acceded to the Convention in 2002")

# ===================== 09.md (NGO tracker, Aarhus GMO amendment and PRTR Protocol) =====================
d = "09.md"
D = "2025-10-01"
R(d, AARHUSMOP, "adopted", GMO, "2005-05",
  "the Parties adopted the **GMO amendment** to the Aarhus Convention at their second meeting in Almaty in May 2005")
ROW = {
    "Armenia": "| Armenia | ratified 2001 | accepted 2023 | not a party |",
    "Georgia": "| Georgia | acceded 2000 | accepted 2015 | \"preparing accession\" |",
    "Kazakhstan": "| Kazakhstan | ratified 2001 | not accepted | ratified 2024 |",
    "Kyrgyzstan": "| Kyrgyzstan | acceded 2001 | not accepted | not a party |",
    "Republic of Moldova": "| Republic of Moldova | ratified 1999 | accepted 2016 | ratified 2013 |",
    "Tajikistan": "| Tajikistan | acceded 2001 | not accepted | not a party |",
    "Ukraine": "| Ukraine | ratified 1999 | accepted 2024 | signed 2003, not ratified |",
}
# the Convention column
for a, act, yr in [("Armenia", RATIFIED, "2001"), ("Georgia", ACCEDED, "2000"), ("Kazakhstan", RATIFIED, "2001"), ("Kyrgyzstan", ACCEDED, "2001"),
                   ("Republic of Moldova", RATIFIED, "1999"), ("Tajikistan", ACCEDED, "2001"), ("Ukraine", RATIFIED, "1999")]:
    R(d, a, act, AARHUS, yr, ROW[a])
# the GMO amendment column
R(d, "Armenia", ACCEPTED, GMO, "2023-06",
  "**Armenia**'s acceptance of the amendment, deposited in 2023, was recorded in last year's update with the wrong month; it was deposited in June 2023",
  alt=[ROW["Armenia"]])
R(d, "Georgia", ACCEPTED, GMO, "2015", ROW["Georgia"])
R(d, "Republic of Moldova", ACCEPTED, GMO, "2016", ROW["Republic of Moldova"])
R(d, "Ukraine", ACCEPTED, GMO, "2024-11", "**Ukraine** deposited its instrument of acceptance of the GMO amendment in November 2024", alt=[ROW["Ukraine"]])
R(d, "Kazakhstan", ACCEPTED, GMO, None, ROW["Kazakhstan"], negated=True, alt=["acceptance of the GMO amendment \"is not on the agenda\""])
R(d, "Kyrgyzstan", ACCEPTED, GMO, None, ROW["Kyrgyzstan"], negated=True)
R(d, "Tajikistan", ACCEPTED, GMO, None, ROW["Tajikistan"], negated=True)
# the PRTR Protocol column
R(d, "Armenia", NOTBOUND, PRTR, None, ROW["Armenia"], negated=True)
R(d, "Georgia", NOTBOUND, PRTR, None, ROW["Georgia"], negated=True)
R(d, "Kazakhstan", RATIFIED, PRTR, "2024-04", "**Kazakhstan** ratified the PRTR Protocol in April 2024", alt=[ROW["Kazakhstan"]])
R(d, "Kyrgyzstan", NOTBOUND, PRTR, None, ROW["Kyrgyzstan"], negated=True)
R(d, "Republic of Moldova", RATIFIED, PRTR, "2013", ROW["Republic of Moldova"])
R(d, "Tajikistan", NOTBOUND, PRTR, None, ROW["Tajikistan"], negated=True)
R(d, "Ukraine", "signed", PRTR, "2003", ROW["Ukraine"])
R(d, "Ukraine", NOTRATIFIED, PRTR, None, ROW["Ukraine"], negated=True)
# elsewhere
R(d, "Belarus", "party", AARHUS, None, "it withdrew from the Aarhus Convention with effect from 24 October 2022", negated=True, required=False)
R(d, "Belarus", ACCEPTED, GMO, None, "it had never accepted the GMO amendment", negated=True)
R(d, "Guinea-Bissau", ACCEDED, AARHUS, "2023", "Guinea-Bissau became the first State outside the UNECE region to accede to the Convention, in 2023")
R(d, "United Kingdom", PARTY, AARHUS, "2005", "The United Kingdom, a Party to the Convention since 2005")
R(d, "United Kingdom", ACCEPTED, GMO, None, "accepted the GMO amendment in its own right after leaving the European Union")
R(d, "European Union", ACCEPTED, GMO, "2008", "The European Union approved the amendment in 2008")
R(d, AWE, "called-for", GMO, D, "We urge Kyrgyzstan, Tajikistan and Kazakhstan to accept the GMO amendment before MOP-8")
R(d, AWE, "called-for", PRTR, D, "and Armenia to accede to the PRTR Protocol")

# ===================== 10 (interview transcript, Indonesia, Kigali Amendment) =====================
d = "10.txt"
D = "2025-05-13"
QVM = "We have been a Party to the Vienna Convention and the Montreal Protocol since 1992"
R(d, "Indonesia", PARTY, VIENNA, "1992", QVM)
R(d, "Indonesia", PARTY, MP, "1992", QVM)
QAM = "We also accepted the London, Copenhagen, Montreal and Beijing amendments"
for inst in (LONDON_AM, COPEN_AM, MONTREAL_AM, BEIJING_AM):
    R(d, "Indonesia", ACCEPTED, inst, None, QAM)
R(d, "Indonesia", ACCEPTED, KIGALI, "2023-03", "We deposited our instrument of acceptance of the Kigali Amendment in New York in March 2023")
R(d, "Philippines", ACCEPTED, KIGALI, "2022", "The Philippines accepted it in 2022")
R(d, "Malaysia", ACCEPTED, KIGALI, "2020", "Malaysia did so in 2020")
R(d, "Viet Nam", ACCEPTED, KIGALI, "2019", "Malaysia did so in 2020, and Viet Nam a year earlier")
R(d, "Timor-Leste", ACCEPTED, KIGALI, "2025-04", "Last month Timor-Leste deposited its acceptance")
R(d, "Brunei Darussalam", ACCEPTED, KIGALI, None, "Brunei Darussalam is still considering it", negated=True)
R(d, "Myanmar", ACCEPTED, KIGALI, None, "Myanmar has not accepted it yet", negated=True)
R(d, "Indonesia", "called-for", KIGALI, D, "We hope both will join before the Meeting of the Parties in November",
  alt=["I urge every Party that has not yet accepted it to do so before the fortieth anniversary of the Protocol in 2027"])
R(d, "China", ACCEPTED, KIGALI, "2021", "China accepted it in 2021")
R(d, "India", RATIFIED, KIGALI, "2021", "India ratified it that same year")
R(d, "United States", RATIFIED, KIGALI, "2022", "The United States ratified it in 2022")
R(d, "Indonesia", SIGNED_DECL, COOLING, None, "No, we did not sign the Global Cooling Pledge", negated=True,
  alt=["We are studying it carefully"])

# ===================== 11 (speech, Mayor of Montréal, subnational commitments) =====================
d = "11.txt"
D = "2024-10-28"
R(d, CBDCOP, "adopted", GBF, "2022",
  "Two years ago, in my city, the Parties to the Convention on Biological Diversity adopted the Kunming-Montreal Global Biodiversity Framework",
  alt=["the Framework was adopted by the Conference of the Parties"])
R(d, "Canada", RATIFIED, CBD, "1992", "Canada ratified the Convention in 1992")
R(d, "Québec", PARTY, CBD, "1992", "the Government of Québec declared itself bound by it by a decree the same year", required=False)
R(d, "Montréal", "party", CBD, None, "Montréal itself is bound by nothing in it", negated=True, required=False,
  alt=["A city cannot be a Party to the Convention"])
R(d, "Montréal", ENDORSED, EDINBURGH, "2021", "The City of Montréal endorsed the Edinburgh Declaration on post-2020 global biodiversity in 2021")
R(d, "Montréal", ENDORSED, MTLPLEDGE, None, "At COP15 we launched the Montréal Pledge", required=False)
RL(d, ["Bogotá", "Paris", "Durban"], SIGNED_DECL, MTLPLEDGE, None, "Bogotá, Paris and Durban were among the first signatories")
RL(d, ["Cali", "Medellín"], SIGNED_DECL, MTLPLEDGE, D, "this morning Cali and Medellín added their names")
R(d, "United States", "signed", CBD, "1993", "The United States signed the Convention in 1993")
R(d, "United States", NOTRATIFIED, CBD, None, "The United States signed the Convention in 1993 but has never ratified it", negated=True)
R(d, "Montréal", "called-for", MTLPLEDGE, D, "sign the Montréal Pledge before COP17")

# ===================== 12.md (blog post, Global Methane Pledge) =====================
d = "12.md"
RL(d, ["United States", "European Union"], ENDORSED, GMP, "2021-11",
   "When the United States and the European Union launched the **Global Methane Pledge** at COP26 in Glasgow in November 2021", required=False)
R(d, "Turkmenistan", ENDORSED, GMP, "2023-12",
  "**Turkmenistan**, one of the world's largest methane emitters per unit of gas produced, joined at COP28 in Dubai in December 2023")
R(d, "Kazakhstan", ENDORSED, GMP, "2024-11", "**Kazakhstan** followed at COP29 in Baku, in November 2024")
R(d, "Nigeria", ENDORSED, GMP, "2021", "it joined in 2021")
RL(d, ["China", "India", "Russian Federation"], ENDORSED, GMP, None, "China, India and Russia have not joined the Pledge", negated=True)
R(d, "Iran", ENDORSED, GMP, None, "Iran has not joined either", negated=True)
R(d, "United States", "party", PARIS, None, "The United States, which notified its withdrawal from the Paris Agreement in January 2025", negated=True,
  required=False)
RL(d, ["Brazil", "Chile", "Germany", "Japan"], ENDORSED, WASTE, "2024-11", "among them Brazil, Chile, Germany and Japan")
R(d, "Kazakhstan", ENDORSED, WASTE, "2024-11", "Kazakhstan endorsed it too")
R(d, "Nigeria", SIGNED_DECL, WASTE, None, "Nigeria, despite its enthusiasm for the Pledge, did not sign the waste declaration", negated=True)

# ===================== 13 (op-ed by a scientist, Stockholm Convention PFAS listings) =====================
d = "13.txt"
R(d, STCOP, "adopted", LCPFCA, "2025-05",
  "the Conference of the Parties to the Stockholm Convention on Persistent Organic Pollutants agreed to list long-chain perfluorocarboxylic acids (LC-PFCAs) in Annex A")
R(d, STCOP, "adopted", PFOA, "2019", "the Parties listed PFOA in 2019 and PFHxS in 2022")
R(d, STCOP, "adopted", PFHXS, "2022", "the Parties listed PFOA in 2019 and PFHxS in 2022")
R(d, "Australia", ACCEPTED, PFOA, "2023", "it ratified the PFOA listing in 2023")
R(d, "Australia", ACCEPTED, PFHXS, None, "but has yet to ratify the PFHxS listing", negated=True)
for inst in (PFOA, PFHXS, LCPFCA):
    R(d, "India", ACCEPTED, inst, None, "India, which also opted in to this procedure, has ratified none of the three PFAS listings", negated=True)
R(d, "Republic of Korea", ACCEPTED, PFHXS, None, "The Republic of Korea says it is \"reviewing\" the PFHxS listing", negated=True)
R(d, "United States", "signed", STOCKHOLM, "2001", "The United States signed the Stockholm Convention in 2001")
R(d, "United States", NOTRATIFIED, STOCKHOLM, None, "The United States signed the Stockholm Convention in 2001 and has never ratified it", negated=True)
R(d, "Israel", "signed", STOCKHOLM, None, "Israel signed too")
R(d, "Israel", NOTRATIFIED, STOCKHOLM, None, "Israel signed too, and has not ratified either", negated=True)
R(d, "Italy", RATIFIED, STOCKHOLM, "2022", "Italy, the last EU member State to join, only ratified in 2022")
RL(d, ["European Union"], PARTY, PFOA, None, "The European Union, by contrast, is bound by the PFOA and PFHxS listings")
RL(d, ["European Union"], PARTY, PFHXS, None, "The European Union, by contrast, is bound by the PFOA and PFHxS listings")
for inst in (PFOA, PFHXS, LCPFCA):
    R(d, "Norway", "supported", inst, None, "The Norwegian government, which supported all three listings")
R(d, "Norway", "co-sponsored", PFHXS, None, "proposed the PFHxS one")

# ===================== 14.html (EU Council press release, BBNJ conclusion) =====================
d = "14.html"
D = "2025-04-17"
R(d, "European Union", NOTRATIFIED, BBNJ14, None,
  "The EU will now deposit its instrument of approval with the Secretary-General of the United Nations in New York", negated=True)
R(d, COUNCIL_PRES, "called-for", BBNJ14, D, "We call on all our partners to ratify it in time for the first Conference of the Parties")
R(d, IGC, "adopted", BBNJ14, "2023-06-19",
  "The Agreement was adopted on 19 June 2023 by an intergovernmental conference convened under the auspices of the UN")
R(d, "European Union", "signed", BBNJ14, "2023-09-20", "The EU signed it on 20 September 2023")
R(d, "European Union", PARTY, UNCLOS, "1998", "The EU has been a party to the United Nations Convention on the Law of the Sea since 1998")
RL(d, ["France", "Spain", "Belgium"], RATIFIED, BBNJ14, None, "France, Spain and Belgium have already ratified the Agreement")
QGIP = "Germany, Italy and Poland have signed it but have not yet ratified it"
RL(d, ["Germany", "Italy", "Poland"], "signed", BBNJ14, None, QGIP)
RL(d, ["Germany", "Italy", "Poland"], NOTRATIFIED, BBNJ14, None, QGIP, negated=True)
R(d, "Hungary", "signed", BBNJ14, None, "Hungary has not signed the Agreement", negated=True)

# ===================== 15 (wire story, GA resolution 76/300) =====================
d = "15.txt"
D = "2022-07-28"
R(d, GA, "adopted", R76300, D, "adopting resolution 76/300 by a recorded vote of 161 in favour to none against, with 8 abstentions")
RL(d, ["Belarus", "Cambodia", "China", "Ethiopia", "Iran", "Kyrgyzstan", "Russian Federation", "Syria"], "supported", R76300, D,
   "Abstaining were Belarus, Cambodia, China, Ethiopia, Iran, Kyrgyzstan, the Russian Federation and Syria", negated=True)
RL(d, ["Costa Rica", "Maldives", "Morocco", "Slovenia", "Switzerland"], "co-sponsored", R76300, None,
   "The resolution was presented by a core group of Costa Rica, the Maldives, Morocco, Slovenia and Switzerland")
R(d, HRC, "adopted", R4813, "2021-10", "a resolution adopted by the Human Rights Council in Geneva in October 2021")
RL(d, ["China", "India", "Japan", "Russian Federation"], "supported", R4813, "2021-10",
   "with China, India, Japan and the Russian Federation abstaining", negated=True)
R(d, "Japan", "supported", R76300, D, "Japan, which had abstained in Geneva, voted in favour on Thursday")
R(d, "India", "supported", R76300, D, "as did India")
R(d, "United States", "supported", R76300, D, "The United States also voted yes")
R(d, "United Kingdom", "supported", R76300, D, "The United Kingdom, which voted in favour")
R(d, PACE, "called-for", ECHRPROT, None,
  "The Council of Europe's Parliamentary Assembly has recommended drafting an additional protocol on the right to a healthy environment to the European Convention on Human Rights",
  required=False)
R(d, "Costa Rica", "signed", ESCAZU, "2018", "the Escazú Agreement, which Costa Rica signed in 2018")
R(d, "Costa Rica", NOTRATIFIED, ESCAZU, None, "which Costa Rica signed in 2018 but has yet to ratify", negated=True)

# ===================== 16 (FAQ, Maldives and the wildlife conventions) =====================
d = "16.txt"
R(d, "Maldives", ACCEDED, CITES, "2012-12-12",
  "The Maldives acceded to the Convention on International Trade in Endangered Species of Wild Fauna and Flora (CITES) on 12 December 2012")
R(d, "Maldives", NOTBOUND, CMS, None, "The Maldives has not joined the Convention on the Conservation of Migratory Species of Wild Animals", negated=True,
  alt=["the Government hopes to deposit an instrument before the fifteenth meeting of the Conference of the Parties in 2026"])
R(d, "Maldives", MOU_SIGNED, IOSEA, "2009",
  "The Maldives signed the Memorandum of Understanding on the Conservation and Management of Marine Turtles and their Habitats of the Indian Ocean and "
  "South-East Asia (IOSEA Marine Turtle MOU) in 2009")
R(d, "Maldives", MOU_SIGNED, SHARKS, None, "It has not signed the Memorandum of Understanding on the Conservation of Migratory Sharks", negated=True)
R(d, "Maldives", "co-sponsored", REQUIEM, "2022-11",
  "the Maldives co-sponsored the proposal to include requiem sharks (family Carcharhinidae) in Appendix II")
RL(d, ["Panama", "Bangladesh", "Senegal"], "co-sponsored", REQUIEM, "2022-11", "together with Panama, Bangladesh and Senegal")
R(d, CITESCOP, "adopted", REQUIEM, "2022-11", "The Conference of the Parties adopted the proposal by vote in Committee I")
QIS = "India and Sri Lanka are Parties to both CITES and the CMS"
RL(d, ["India", "Sri Lanka"], PARTY, CITES, None, QIS)
RL(d, ["India", "Sri Lanka"], PARTY, CMS, None, QIS)
R(d, "Bangladesh", PARTY, CITES, None, "Bangladesh is a Party to CITES")
R(d, "Bangladesh", JOINED, CMS, "2005", "Bangladesh is a Party to CITES and to the CMS, which it joined in 2005")
R(d, "Pakistan", RATIFIED, CITES, "1976", "Pakistan ratified CITES in 1976")


# ---- body length (finish() checks the whole file; the brief sets the body's length) ----
body_errors = []
for f in sorted(os.listdir(gold.docs_dir)):
    if f.endswith(DOC_SUFFIXES):
        n = len(body_of(open(os.path.join(gold.docs_dir, f), encoding="utf-8").read()))
        if not (MIN_CHARS <= n <= MAX_CHARS):
            body_errors.append(f"{f}: body length {n}")
for e in body_errors:
    print("ERROR", e)
try:
    gold.finish(MIN_CHARS, MAX_CHARS)
except SystemExit as x:
    if body_errors:
        print(f"body-length errors={len(body_errors)}")
        sys.exit(1)
    raise
