#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (04.html and 14.html, 05.md and 16.md); gold.py's Gold.finish()
checks .txt, .md and .html documents alike, quotes against the file as written (white space folded, header block left out).
Gold.finish() checks the whole file's length; because the two HTML pages carry page boilerplate, this script also checks that
every document's body (header block left out; for HTML, the text of <main> with tags removed) is 1,800-3,000 characters.
Alternative actor names missing from gold.py's ALT_NAMES are added locally below."""
import html, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, Gold, alt, body_of, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3200          # whole file (Gold.finish)
BODY_MIN, BODY_MAX = 1800, 3000            # body text (checked below)
# Depositing an optional declaration accepting a court's competence (African Court Protocol art. 34(6), American Convention art. 62)
DECL = ["ratified", "acceded", "party", "committed", "endorsed"]
SUPPORTED = ["supported", "endorsed"]      # joining the consensus on a text

# ---- instruments: (name as the text names it, aliases) ----
CHI = ("Chicago Convention", ["Convention on International Civil Aviation", "Chicago Convention 1944"])
P50A = ("Protocol relating to an amendment to the Convention on International Civil Aviation (Article 50(a))",
        ["Article 50(a) Protocol", "Protocol on Article 50(a)", "amendment to Article 50(a)", "2016 Protocol amending Article 50(a)"])
P56 = ("Protocol relating to an amendment to Article 56 of the Convention on International Civil Aviation",
       ["Article 56 Protocol", "Protocol on Article 56", "amendment to Article 56", "2016 Protocol amending Article 56"])
P3BIS = ("Protocol on Article 3 bis", ["Article 3 bis Protocol", "Protocol relating to an amendment to the Convention on International Civil Aviation (Article 3 bis)"])
P83BIS = ("Protocol on Article 83 bis", ["Article 83 bis Protocol", "Protocol relating to an amendment to the Convention on International Civil Aviation (Article 83 bis)"])
BEIJC = ("Beijing Convention of 2010", ["Beijing Convention", "Convention on the Suppression of Unlawful Acts relating to International Civil Aviation"])
BEIJP = ("Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft", ["Beijing Protocol 2010", "Beijing Protocol"])
MP14 = ("Montréal Protocol of 2014 amending the Tokyo Convention",
        ["MP14", "Montreal Protocol 2014", "Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft"])
TOKYO = ("Tokyo Convention of 1963", ["Tokyo Convention", "Convention on Offences and Certain Other Acts Committed on Board Aircraft", "1963 Tokyo Convention"])
MC99 = ("Montreal Convention of 1999", ["Montreal Convention", "Convention for the Unification of Certain Rules for International Carriage by Air"])
CTC = ("Cape Town Convention", ["Convention on International Interests in Mobile Equipment"])
ACP_AIR = ("Aircraft Protocol", ["Protocol to the Convention on International Interests in Mobile Equipment on Matters specific to Aircraft Equipment",
                                 "Cape Town Aircraft Protocol"])
RAIL = ("Luxembourg Protocol on Matters specific to Railway Rolling Stock", ["Luxembourg Rail Protocol", "Rail Protocol"])
SPACE = ("Protocol on Matters specific to Space Assets", ["Space Assets Protocol", "Space Protocol"])
MAC = ("Protocol on Matters specific to Mining, Agricultural and Construction Equipment", ["MAC Protocol"])
MAAS = ("ASEAN Multilateral Agreement on the Full Liberalisation of Passenger Air Services", ["MAFLPAS"])
SOLAS = ("International Convention for the Safety of Life at Sea, 1974", ["SOLAS 1974", "SOLAS"])
SOL78 = ("Protocol of 1978 relating to SOLAS 1974", ["1978 SOLAS Protocol", "SOLAS PROT 1978",
         "Protocol of 1978 relating to the International Convention for the Safety of Life at Sea, 1974"])
SOL88 = ("Protocol of 1988 relating to the International Convention for the Safety of Life at Sea, 1974", ["1988 SOLAS Protocol", "SOLAS PROT 1988"])
LL66 = ("International Convention on Load Lines, 1966", ["LL 1966", "Load Lines Convention"])
LL88 = ("Protocol of 1988 relating to the International Convention on Load Lines, 1966", ["1988 Load Lines Protocol", "LL PROT 1988"])
BWM = ("Ballast Water Management Convention",
       ["International Convention for the Control and Management of Ships' Ballast Water and Sediments, 2004", "BWM Convention"])
BWMAM = ("amendments to the Ballast Water Management Convention concerning ballast water record books in electronic form",
         ["BWM amendments on electronic record books", "amendments to the BWM Convention"])
VDM = ("Viña del Mar Agreement", ["Latin American Agreement on Port State Control of Vessels", "Acuerdo de Viña del Mar"])
HKC = ("Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships", ["Hong Kong Convention", "HKC"])
NWRC = ("Nairobi International Convention on the Removal of Wrecks, 2007", ["Nairobi Convention", "Wreck Removal Convention", "Nairobi WRC"])
CTA = ("Cape Town Agreement of 2012", ["Cape Town Agreement",
       "Cape Town Agreement of 2012 on the Implementation of the Provisions of the 1993 Protocol relating to the 1977 Torremolinos International Convention for the Safety of Fishing Vessels"])
MARPOL = ("MARPOL", ["International Convention for the Prevention of Pollution from Ships"])
ANX12 = ("MARPOL Annexes I and II", ["Annexes I and II"])
ANX3 = ("Annex III of MARPOL (harmful substances in packaged form)", ["MARPOL Annex III", "Annex III"])
ANX4 = ("Annex IV of MARPOL (sewage)", ["MARPOL Annex IV", "Annex IV"])
ANX5 = ("Annex V of MARPOL (garbage)", ["MARPOL Annex V", "Annex V"])
ANX6 = ("1997 Protocol (MARPOL Annex VI)", ["MARPOL Annex VI", "Annex VI", "Protocol of 1997 to MARPOL"])
RSSGW = ("Regional Strategy on Ship-Generated Waste 2025-2030", ["Regional Strategy on Ship-Generated Waste"])
BAN = ("Ban Amendment", ["Basel Convention's Ban Amendment", "Basel Ban Amendment"])
ACRT = ("African Court Protocol", ["Protocol to the African Charter on Human and Peoples' Rights on the Establishment of an African Court on Human and Peoples' Rights"])
D346 = ("Article 34(6) declaration", ["declaration under Article 34(6)", "declaration provided for in Article 34(6)"])
MAPUTO = ("Maputo Protocol", ["Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa"])
KAMPALA = ("Kampala Convention", ["African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa"])
OAURC = ("1969 OAU Refugee Convention", ["OAU Convention Governing the Specific Aspects of Refugee Problems in Africa"])
CYBER = ("African Union Convention on Cyber Security and Personal Data Protection", ["Malabo Convention"])
EVAWG = ("African Union Convention on Ending Violence against Women and Girls", ["AU Convention on Ending Violence against Women and Girls"])
ACDEG = ("African Charter on Democracy, Elections and Governance", ["ACDEG"])
SEC4 = ("section iv of the draft omnibus resolution \"International Law and the Promotion and Protection of Human Rights\"",
        ["Strengthening the Inter-American Human Rights System", "section on strengthening the inter-American human rights system"])
AFRO = ("section on the rights of persons of African descent", ["rights of persons of African descent"])
ACHR = ("American Convention on Human Rights", ["American Convention", "Pact of San José"])
SANSAL = ("Protocol of San Salvador", ["Additional Protocol to the American Convention on Human Rights in the Area of Economic, Social and Cultural Rights"])
BELEM = ("Convention of Belém do Pará",
         ["Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women", "Belém do Pará Convention"])
RACISM = ("Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance", ["Inter-American Convention against Racism", "A-68"])
ADRDM = ("American Declaration of the Rights and Duties of Man", ["American Declaration"])
D62 = ("declaration under Article 62 of the American Convention recognising the contentious jurisdiction of the Inter-American Court of Human Rights",
       ["Article 62 declaration", "declaration under Article 62"])
DPPROT = ("Protocol to the American Convention on Human Rights to Abolish the Death Penalty", ["Protocol to Abolish the Death Penalty"])
R79179 = ("resolution 79/179", ["UN General Assembly resolution on a moratorium on the use of the death penalty", "moratorium on the use of the death penalty"])
IADC = ("Inter-American Democratic Charter", ["Democratic Charter"])
ARABCH = ("Arab Charter on Human Rights", ["Arab Charter"])
ACOURT = ("Statute of the Arab Court of Human Rights", ["Arab Court Statute"])
R9150 = ("resolution 9150 on the Statute of the Arab Court of Human Rights", ["resolution 9150"])
R9151 = ("resolution 9151 on the Arab Strategy for Human Rights Education 2025-2030",
         ["resolution 9151", "Arab Strategy for Human Rights Education 2025-2030"])
PRD = ("Pacific Regional Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise",
       ["Declaration on the Continuity of Statehood", "Pacific Regional Declaration on the Continuity of Statehood"])
L19 = ("resolution on the human rights of internally displaced persons (A/HRC/59/L.19)", ["A/HRC/59/L.19", "human rights of internally displaced persons"])
GLP = ("Great Lakes Protocol on the Protection and Assistance to Internally Displaced Persons", ["Great Lakes Protocol", "IDP Protocol"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Republic of Korea", "Viet Nam", "Türkiye", "European Union", "Czechia", "Côte d'Ivoire",
          "Netherlands", "Philippines", "Bahamas", "Marshall Islands", "Timor-Leste", "Ecuador", "Kenya", "Guatemala", "United Republic of Tanzania",
          "Bolivia", "Cabo Verde", "Gambia", "Germany", "Ghana", "Costa Rica", "Mexico", "Colombia", "Chile", "Paraguay", "China", "Egypt", "Saudi Arabia",
          "Sudan", "Burundi", "Rwanda", "Uganda", "Bangladesh", "South Sudan", "Venezuela", "Cook Islands", "United Arab Emirates", "Somalia"),
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Comoros": ["Comoros", "Union of the Comoros", "the Comoros"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Djibouti": ["Djibouti", "Republic of Djibouti"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Bahrain": ["Bahrain", "Kingdom of Bahrain"],
    "Peru": ["Peru", "Republic of Peru"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Trinidad and Tobago": ["Trinidad and Tobago", "Republic of Trinidad and Tobago"],
    "Saint Lucia": ["Saint Lucia", "St Lucia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Fiji": ["Fiji", "Republic of Fiji"],
    "Samoa": ["Samoa", "Independent State of Samoa"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Liberia": ["Liberia", "Republic of Liberia"],
}
TZ = ALT["United Republic of Tanzania"]
ICAOA = ["ICAO Assembly", "Assembly of the International Civil Aviation Organization", "ICAO"]
IATA = ["IATA", "International Air Transport Association"]
PAJAN = ["Pan-African Justice Access Network", "PAJAN"]
AUASM = ["Assembly of the African Union", "African Union Assembly", "African Union", "AU", "Assembly"]
AULC = ["African Union Commission", "Legal Counsel of the African Union Commission", "AU Commission", "Chairperson of the African Union Commission",
        "African Union", "AU"]
AUCOM = ["AU commissioner for health, humanitarian affairs and social development", "African Union Commission", "AU Commission", "African Union", "AU"]
AU = ["African Union", "AU"]
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "Organization of American States", "OAS", "General Assembly"]
MEPC = ["Marine Environment Protection Committee", "MEPC", "IMO Marine Environment Protection Committee", "IMO", "International Maritime Organization"]
RPISC = ["Regional Partnership on Implementation Steering Committee", "RPI Steering Committee", "Regional Partnership on Implementation", "RPI"]
LASC = ["Council of the League of Arab States", "League of Arab States", "Arab League", "Council of the League of Arab States at Ministerial Level",
        "Council of the League"]
PIFL = ["Pacific Islands Forum Leaders", "Forum Leaders", "Pacific Islands Forum"]
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
SBW = ["Shipbreaking Watch"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (foreign-ministry media release, Namibia) =====================
d = "01.txt"
D = "2025-03-14"
R(d, "Namibia", RATIFIED, P50A, "2025-03-13",
  "Namibia yesterday deposited its instruments of ratification of the Protocol relating to an amendment to the Convention on International Civil "
  "Aviation (Article 50(a))")
R(d, "Namibia", RATIFIED, P56, "2025-03-13", "and of the Protocol relating to an amendment to Article 56 of the same Convention, also of 6 October 2016",
  alt=["Namibia yesterday deposited its instruments of ratification"])
R(d, "Namibia", PARTY, CHI, "1991", "Namibia has been a party to the Chicago Convention since 1991")
R(d, "Namibia", RATIFIED, P3BIS, "2019", "ratified the Protocol on Article 3 bis in 2019")
R(d, "Namibia", NOTRATIFIED, P83BIS, None, "It has yet to ratify the Protocol on Article 83 bis", negated=True)
QCALL = "The Ministry reiterates Namibia's call on all ICAO Member States that have not yet done so to ratify the amendments to Articles 50(a) and 56"
QHOPE = "We hope that our neighbours in the Southern African Development Community will follow suit"
R(d, "Namibia", "called-for", P50A, D, QCALL, alt=[QHOPE])
R(d, "Namibia", "called-for", P56, D, QCALL, alt=[QHOPE])
RL(d, ["South Africa", "Botswana"], RATIFIED, P50A, "2018", "South Africa and Botswana ratified the Article 50(a) Protocol in 2018")
QZ = "Zambia's ratification of both Protocols was registered by the depositary in May last year"
R(d, "Zambia", RATIFIED, P50A, "2024-05", QZ)
R(d, "Zambia", RATIFIED, P56, "2024-05", QZ)
QAM = "Angola and Mozambique have not ratified either Protocol"
QZW = "Zimbabwe has informed the region that it expects to deposit its instruments before the next session of the ICAO Assembly"
for inst in (P50A, P56):
    RL(d, ["Angola", "Mozambique"], NOTRATIFIED, inst, None, QAM, negated=True)
    R(d, "Zimbabwe", NOTRATIFIED, inst, None, QZW, negated=True)
QNB = "Namibia is not yet a party to the Beijing Convention of 2010 or to the Montréal Protocol of 2014 amending the Tokyo Convention"
R(d, "Namibia", NOTBOUND, BEIJC, None, QNB, negated=True)
R(d, "Namibia", NOTBOUND, MP14, None, QNB, negated=True)

# ===================== 02 (IMO depositary notification) =====================
d = "02.txt"
QTL = "The Government of the Democratic Republic of Timor-Leste deposited with the Secretary-General, on 22 April 2025, instruments of accession to"
R(d, "Timor-Leste", ACCEDED, SOLAS, "2025-04-22", QTL, alt=[".1 the International Convention for the Safety of Life at Sea, 1974, as amended;"])
R(d, "Timor-Leste", ACCEDED, SOL88, "2025-04-22", QTL,
  alt=[".2 the Protocol of 1988 relating to the International Convention for the Safety of Life at Sea, 1974, as amended"])
R(d, "Timor-Leste", ACCEDED, LL66, "2025-04-22", QTL, alt=[".3 the International Convention on Load Lines, 1966."])
QNO = ("No instrument was deposited in respect of the Protocol of 1978 relating to SOLAS 1974, nor in respect of the Protocol of 1988 relating to LL 1966")
R(d, "Timor-Leste", NOTBOUND, SOL78, None, QNO, negated=True)
R(d, "Timor-Leste", NOTBOUND, LL88, None, QNO, negated=True,
  alt=["Timor-Leste's accession to LL 1966 therefore does not extend to the 1988 Load Lines Protocol"])
# "will enter into force for Timor-Leste on 22 July 2025": becoming a party later (planned)
for inst in (SOLAS, SOL88, LL66):
    R(d, "Timor-Leste", "party", inst, None, "SOLAS 1974 and the 1988 SOLAS Protocol will enter into force for Timor-Leste on 22 July 2025, and LL 1966 on 22 July 2025",
      negated=True, required=False)
R(d, "Ecuador", ACCEDED, LL88, "2025-04-03",
  "The Government of the Republic of Ecuador deposited on 3 April 2025 an instrument of accession to the Protocol of 1988 relating to the International "
  "Convention on Load Lines, 1966")
R(d, "Ecuador", PARTY, LL66, "1975", "Ecuador has been a Contracting Government to LL 1966 since 1975")
R(d, "Tonga", ACCEDED, SOL78, "1995", "which acceded to the Protocol of 1978 relating to SOLAS 1974 in 1995")
R(d, "Tonga", NOTBOUND, SOL78, None, "deposited on 10 April 2025 an instrument of denunciation of that Protocol", negated=True,
  alt=["the denunciation will take effect on 10 April 2026"])
QTR = "Tonga remains a Contracting Government to SOLAS 1974 itself and to the 1988 SOLAS Protocol"
R(d, "Tonga", PARTY, SOLAS, None, QTR)
R(d, "Tonga", PARTY, SOL88, None, QTR)

# ===================== 03 (UK written question and answer) =====================
d = "03.txt"
D = "2025-02-06"
QUK = "The United Kingdom has been a Contracting State to the Cape Town Convention and its Aircraft Protocol since November 2015"
R(d, "United Kingdom", PARTY, CTC, "2015-11", QUK)
R(d, "United Kingdom", PARTY, ACP_AIR, "2015-11", QUK)
R(d, "United Kingdom", "called-for", ACP_AIR, D, "We continue to encourage States that have not yet done so to join the Aircraft Protocol")
QRS = "The Government signed the Luxembourg Protocol on Matters specific to Railway Rolling Stock in 2016 but has not yet ratified it"
R(d, "United Kingdom", "signed", RAIL, "2016", QRS)
R(d, "United Kingdom", NOTRATIFIED, RAIL, None, QRS, negated=True,
  alt=["the Government intends to ratify the Rail Protocol later this year"])
QRP = "following its ratification by Luxembourg, Sweden, Spain and Paraguay and its approval by the European Union"
RL(d, ["Luxembourg", "Sweden", "Spain", "Paraguay"], RATIFIED, RAIL, None, QRP)
R(d, "European Union", ACCEPTED, RAIL, None, QRP)
QSP = "the United Kingdom has neither signed nor ratified it"
R(d, "United Kingdom", "signed", SPACE, None, QSP, negated=True,
  alt=["is considering whether signature would benefit the UK's commercial space sector"])
R(d, "United Kingdom", NOTRATIFIED, SPACE, None, QSP, negated=True)
RL(d, ["Burkina Faso", "Germany", "Saudi Arabia", "Zimbabwe"], "signed", SPACE, None,
   "It has been signed by Burkina Faso, Germany, Saudi Arabia and Zimbabwe")
R(d, "United Kingdom", "signed", MAC, None, "but does not intend to sign it at present", negated=True)

# ===================== 04 (NGO tracker web page, HTML, African Court) =====================
d = "04.html"
D = "2025-06-02"
R(d, "Sierra Leone", DECL, D346, "2025-05-21", "On 21 May, Sierra Leone deposited its Article 34(6) declaration",
  alt=["Sierra Leone – Protocol ratified 2021; declaration made May 2025, in force"])
R(d, "Sierra Leone", RATIFIED, ACRT, "2021", "Sierra Leone had ratified the African Court Protocol in 2021")
R(d, "Sierra Leone", DECL, D346, None, "until last month, had not accepted the Court's competence to receive individual petitions", negated=True,
  required=False)
ROWS = [("Burkina Faso", "1998", "1998", None), ("Malawi", "2008", "2008", None), ("Ghana", "2004", "2011", None), ("Tunisia", "2007", "2017", None),
        ("Guinea-Bissau", "2008", "2021", None), ("Rwanda", "2003", "2013", "2016"), ("Tanzania", "2006", "2010", "2019"),
        ("Côte d'Ivoire", "2003", "2013", "2020")]
for st, rat, dec, wd in ROWS:
    row = f"{st} – Protocol ratified {rat}; declaration made {dec}, " + (f"withdrawn {wd}" if wd else "in force")
    actor = TZ if st == "Tanzania" else st
    R(d, actor, RATIFIED, ACRT, rat, row)
    R(d, actor, DECL, D346, dec, row)
    if wd:
        R(d, actor, DECL, D346, None, row, negated=True)
QREM = "Rwanda, Tanzania and Côte d'Ivoire all remain States Parties to the African Court Protocol"
for st in ("Rwanda", "Tanzania", "Côte d'Ivoire"):
    R(d, TZ if st == "Tanzania" else st, "party", ACRT, None, QREM)
QNKS = "Nigeria, Kenya and South Africa are parties to the Protocol but have never made the declaration"
RL(d, ["Nigeria", "Kenya", "South Africa"], "party", ACRT, None, QNKS)
RL(d, ["Nigeria", "Kenya", "South Africa"], DECL, D346, None, QNKS, negated=True)
QEZ = "Egypt and Zambia have signed the Protocol without ratifying it"
RL(d, ["Egypt", "Zambia"], "signed", ACRT, None, QEZ)
RL(d, ["Egypt", "Zambia"], NOTRATIFIED, ACRT, None, QEZ, negated=True)
R(d, PAJAN, "called-for", D346, D, "PAJAN calls on every State Party that has not yet done so to deposit the Article 34(6) declaration this year")

# ===================== 05 (aviation law blog, Markdown, MP14) =====================
d = "05.md"
R(d, "Malaysia", ACCEDED, MP14, "2024-09-03", "Malaysia deposited its instrument of accession to MP14 with ICAO last Tuesday")
R(d, "Malaysia", PARTY, TOKYO, "1985", "Malaysia has been a party to the 1963 Tokyo Convention since 1985")
R(d, "Dominican Republic", RATIFIED, MP14, "2015", "the Dominican Republic, which ratified in 2015")
RL(d, ["France", "Spain", "Türkiye"], ACCEPTED, MP14, None, "France, Spain and Türkiye, whose instruments were deposited in 2018 and 2019")
RL(d, ["Saudi Arabia", "United Arab Emirates"], PARTY, MP14, None, "Saudi Arabia and the United Arab Emirates are also parties")
R(d, "Singapore", "signed", MP14, "2014-04", "Singapore signed the Protocol at the Montréal conference in April 2014")
R(d, "Singapore", RATIFIED, MP14, "2021", "and ratified it in 2021")
R(d, "United States", "signed", MP14, None, "**United States** — neither signed nor ratified", negated=True)
R(d, "United States", NOTRATIFIED, MP14, None, "**United States** — neither signed nor ratified", negated=True)
R(d, "United Kingdom", "signed", MP14, "2014", "**United Kingdom** — signed in 2014")
R(d, "United Kingdom", NOTRATIFIED, MP14, None, "signed in 2014; has not ratified", negated=True)
R(d, "Australia", JOINED, MP14, None, "the government says it will accede once the bill passes", negated=True)
R(d, "India", JOINED, MP14, None, "**India** — \"actively considering\" accession", negated=True)
R(d, IATA, "called-for", MP14, "2024-06", "IATA called on \"all governments that have not yet done so to ratify MP14 without delay\"")
R(d, ICAOA, "called-for", MP14, None, "the ICAO Assembly, in resolution A41-4, urged all States to become parties to the Protocol")

# ===================== 06 (wire story, Kampala Convention) =====================
d = "06.txt"
R(d, "Sudan", RATIFIED, KAMPALA, "2025-10-21",
  "Sudan on Tuesday deposited its instrument of ratification of the African Union Convention for the Protection and Assistance of Internally Displaced "
  "Persons in Africa, better known as the Kampala Convention", alt=["Sudan's ratification sends a signal that the displaced are not forgotten"])
R(d, "Sudan", "signed", KAMPALA, "2009", "Sudan signed the convention in 2009")
R(d, AU, "adopted", KAMPALA, "2009-10", "where the African Union adopted it in October of that year")
R(d, "Sudan", "party", KAMPALA, None, "It becomes the 36th state party", required=False)
QSS = "Neighbouring South Sudan signed the treaty in 2010 but has yet to ratify it"
R(d, "South Sudan", "signed", KAMPALA, "2010", QSS)
R(d, "South Sudan", NOTRATIFIED, KAMPALA, None, QSS, negated=True)
R(d, "Eritrea", "signed", KAMPALA, None, "Eritrea has neither signed nor ratified", negated=True)
R(d, "Eritrea", NOTRATIFIED, KAMPALA, None, "Eritrea has neither signed nor ratified", negated=True)
R(d, "Ethiopia", RATIFIED, KAMPALA, "2020", "Ethiopia, which hosts the AU, ratified in 2020")
R(d, "Nigeria", RATIFIED, KAMPALA, "2012", "Nigeria ratified the convention in 2012")
R(d, AUCOM, "called-for", KAMPALA, None,
  "urged \"the remaining member states, in particular those affected by conflict,\" to ratify the Kampala Convention")
RL(d, ["Chad", "Libya"], NOTRATIFIED, KAMPALA, None, "Chad and Libya, both hosting large numbers of Sudanese refugees, are among the states that have not ratified it",
   negated=True)
R(d, "Sudan", NOTRATIFIED, MAPUTO, None, "the government was also considering ratifying the Maputo Protocol on the rights of women in Africa", negated=True)
R(d, "Sudan", "signed", MAPUTO, "2008", "which Sudan signed in 2008")
R(d, "Sudan", PARTY, OAURC, None, "Sudan is already a party to the 1969 OAU Refugee Convention")

# ===================== 07 (speech at an AU treaty ceremony) =====================
d = "07.txt"
D = "2025-02-17"
R(d, "Burundi", RATIFIED, MAPUTO, D, "the Minister of Foreign Affairs of Burundi handed me Burundi's instrument of ratification of the Maputo Protocol")
R(d, "Burundi", "signed", MAPUTO, "2003", "Burundi signed the Protocol in 2003")
R(d, "Egypt", "signed", MAPUTO, D, "The Arab Republic of Egypt has also signed the Maputo Protocol today")
R(d, "Egypt", NOTRATIFIED, MAPUTO, None, "Egypt has indicated that it will now begin its domestic ratification process", negated=True)
R(d, "Morocco", "signed", MAPUTO, None, "Morocco, which rejoined the Union in 2017, has not yet signed", negated=True)
R(d, AULC, "called-for", MAPUTO, D,
  "I therefore renew the Chairperson's appeal to all Member States that have not yet done so to sign and ratify the Maputo Protocol")
R(d, "Madagascar", RATIFIED, KAMPALA, D, "Madagascar deposited its instrument of ratification of the Kampala Convention")
R(d, "Cabo Verde", "signed", ACRT, D,
  "the Republic of Cabo Verde signed the Protocol to the African Charter on Human and Peoples' Rights on the Establishment of an African Court on Human "
  "and Peoples' Rights")
R(d, "Cabo Verde", NOTRATIFIED, ACRT, None, "which it intends to ratify before the end of the year", negated=True)
R(d, "Gambia", NOTRATIFIED, CYBER, None,
  "The Gambia has notified us that its instrument of ratification of the African Union Convention on Cyber Security and Personal Data Protection is on "
  "its way from Banjul", negated=True)
R(d, AUASM, "adopted", EVAWG, "2025-02-16", "Yesterday, the Assembly adopted the African Union Convention on Ending Violence against Women and Girls")
QSK = "South Africa and Kenya, which led the negotiations, have pledged to sign it at the first opportunity"
RL(d, ["South Africa", "Kenya"], "signed", EVAWG, None, QSK, negated=True)
RL(d, ["South Africa", "Kenya"], COMMITTED, EVAWG, None, QSK, required=False)
R(d, TZ, NOTRATIFIED, ACDEG, None,
  "Tanzania's instrument of ratification of the African Charter on Democracy, Elections and Governance could not be accepted this morning",
  negated=True, alt=["we expect it to be resubmitted shortly"])

# ===================== 08 (explanation of vote, OAS General Assembly, Canada) =====================
d = "08.txt"
D = "2025-06-27"
R(d, "Canada", "supported", SEC4, D, "Canada voted in favour of section iv of the draft omnibus resolution")
R(d, OASGA, "adopted", SEC4, D, "we welcome its approval this afternoon by 22 votes in favour, 3 against and 8 abstentions")
RL(d, ["Nicaragua", "Paraguay", "Guatemala"], "supported", SEC4, D, "the section was opposed by Nicaragua, Paraguay and Guatemala", negated=True)
QAB = ("abstaining delegations included Barbados, El Salvador, Grenada, Jamaica, Peru, Saint Lucia, Saint Vincent and the Grenadines and Trinidad and "
       "Tobago")
RL(d, ["Barbados", "El Salvador", "Grenada", "Jamaica", "Peru", "Saint Lucia", "Saint Vincent and the Grenadines", "Trinidad and Tobago"], "supported", SEC4, D,
   QAB, negated=True)
R(d, "Belize", "supported", SEC4, D, "Belize did not take part in the vote", negated=True)
QCN = "Canada is not a party to the American Convention on Human Rights, nor to its Additional Protocol in the Area of Economic, Social and Cultural Rights"
R(d, "Canada", NOTBOUND, ACHR, None, QCN, negated=True)
R(d, "Canada", NOTBOUND, SANSAL, None, QCN, negated=True)
R(d, "Canada", "signed", BELEM, None,
  "We have not signed the Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women", negated=True)
R(d, "Canada", ["party", "endorsed", "committed"], ADRDM, None, "Canada is, however, bound by the American Declaration of the Rights and Duties of Man")
R(d, "Canada", "called-for", RACISM, D, "we encourage all Member States to ratify that Convention")
R(d, "Canada", "signed", RACISM, None, "We are also studying it carefully ourselves, with a view to possible signature", negated=True)
R(d, "Trinidad and Tobago", NOTBOUND, ACHR, None, "the denunciation of the American Convention by Trinidad and Tobago in 1998", negated=True)
R(d, "Venezuela", NOTBOUND, ACHR, None, "and by Venezuela in 2012", negated=True)
R(d, "Canada", SUPPORTED, AFRO, D, "Canada joins the consensus on the section on the rights of persons of African descent", required=False)
RL(d, ["Canada", "Brazil", "Colombia"], "co-sponsored", AFRO, None, "which we co-sponsored with Brazil and Colombia")

# ===================== 09 (joint statement, BWM Convention) =====================
d = "09.txt"
D = "2025-09-05"
RL(d, ["Chile", "Ecuador", "Peru"], PARTY, BWM, None, "Chile, Ecuador and Peru are Contracting Parties to the Ballast Water Management Convention")
R(d, "Colombia", ACCEDED, BWM, "2025-08-18",
  "Colombia's accession to the Convention, whose instrument was deposited with the Secretary-General of the International Maritime Organization on "
  "18 August 2025")
FOUR = ["Chile", "Colombia", "Ecuador", "Peru"]
RL(d, FOUR, COMMITTED, BWM, D, "We commit to the uniform implementation of the Convention in our ports")
RL(d, FOUR, COMMITTED, VDM, D, "to sharing port State control data on ballast water through the Viña del Mar Agreement", required=False)
R(d, MEPC, "adopted", BWMAM, "2025-04",
  "adopted by the Marine Environment Protection Committee at its eighty-third session in April 2025")
R(d, "Ecuador", NOTBOUND, HKC, None, "Ecuador informed the meeting that it is considering accession to the Hong Kong International Convention", negated=True)
R(d, "Peru", RATIFIED, HKC, "2023", "which Peru ratified in 2023")
RL(d, ["Chile", "Colombia"], NOTBOUND, HKC, None, "which Chile and Colombia have not yet joined", negated=True)
RL(d, FOUR, "called-for", BWM, D,
   "We call on all coastal States of the Pacific coast of Latin America that have not yet done so, and in particular Panama's neighbours in Central "
   "America, to accede to the Ballast Water Management Convention")

# ===================== 10 (regional maritime newsletter, MARPOL Annexes) =====================
d = "10.txt"
R(d, "Guyana", ACCEDED, ANX6, "2024-07-02",
  "Guyana deposited its instrument of accession to the 1997 Protocol, which contains MARPOL Annex VI on air pollution from ships, on 2 July 2024")
QSL = "on 16 July, Saint Lucia accepted Annexes IV (sewage) and V (garbage)"
R(d, "Saint Lucia", ACCEPTED, ANX4, "2024-07-16", QSL)
R(d, "Saint Lucia", ACCEPTED, ANX5, "2024-07-16", QSL)
R(d, "Jamaica", ACCEPTED, ANX3, "2024-08",
  "Jamaica's acceptance of Annex III (harmful substances in packaged form), long delayed by drafting of the regulations, was registered by IMO in August")
R(d, "Suriname", PARTY, MARPOL, "2006", "Suriname, a Party to MARPOL since 2006")
R(d, "Suriname", ACCEPTED, ANX12, None, "has accepted Annexes I and II only", required=False)
for inst in (ANX3, ANX4, ANX5, ANX6):
    R(d, "Suriname", NOTBOUND, inst, None, "has not accepted Annexes III, IV, V or VI", negated=True)
R(d, "Haiti", NOTBOUND, MARPOL, None, "Haiti is not yet a Party to MARPOL at all", negated=True)
R(d, "Belize", NOTBOUND, ANX4, None, "it expects to accept Annex IV before the end of the year", negated=True)
R(d, "Grenada", NOTBOUND, ANX6, None, "Grenada is \"reviewing\" Annex VI", negated=True)
QALL = "the Bahamas, Barbados and Trinidad and Tobago have accepted all six Annexes"
RL(d, ["Bahamas", "Barbados", "Trinidad and Tobago"], PARTY, MARPOL, None, QALL)
for inst in (ANX3, ANX4, ANX5, ANX6):
    RL(d, ["Bahamas", "Barbados", "Trinidad and Tobago"], ACCEPTED, inst, None, QALL, required=False)
R(d, RPISC, ADOPTED, RSSGW, "2024-08",
  "The RPI Steering Committee also endorsed the Regional Strategy on Ship-Generated Waste 2025-2030 at its meeting in August")

# ===================== 11 (radio interview transcript, Philippines) =====================
d = "11.txt"
QPH = "no, the Philippines is not yet a party to either instrument"
QPLAN = "Realistically, we expect to accede before the end of the year"
R(d, "Philippines", NOTBOUND, CTC, None, QPH, negated=True, alt=[QPLAN])
R(d, "Philippines", NOTBOUND, ACP_AIR, None, QPH, negated=True, alt=[QPLAN])
QIM = "Indonesia and Malaysia are both parties to the Convention and the Aircraft Protocol"
RL(d, ["Indonesia", "Malaysia"], "party", CTC, None, QIM)
RL(d, ["Indonesia", "Malaysia"], "party", ACP_AIR, None, QIM)
R(d, "Singapore", "party", CTC, "2009", "Singapore has been a party since 2009")
R(d, "Singapore", "party", ACP_AIR, "2009", "Singapore has been a party since 2009", required=False)
R(d, "Viet Nam", ACCEDED, CTC, None, "Viet Nam acceded some years ago")
R(d, "Viet Nam", ACCEDED, ACP_AIR, None, "Viet Nam acceded some years ago", required=False)
R(d, "Thailand", NOTBOUND, CTC, None, "Thailand, as far as I know, is still considering it", negated=True)
R(d, "Philippines", ACCEDED, MC99, "2015", "The Philippines acceded to it in 2015")
R(d, "Philippines", PARTY, TOKYO, None, "We are parties to the Tokyo Convention of 1963")
QMP = "The 2014 Protocol that amends it - the one that lets the country where the plane lands prosecute - we have signed but not ratified"
R(d, "Philippines", "signed", MP14, None, QMP)
R(d, "Philippines", NOTRATIFIED, MP14, None, QMP, negated=True)
R(d, "Philippines", RATIFIED, MAAS, "2016",
  "We supported the ASEAN Multilateral Agreement on the Full Liberalisation of Passenger Air Services when we ratified it in 2016")

# ===================== 12 (Arab League Council communiqué) =====================
d = "12.txt"
D = "2025-03-04"
R(d, "Djibouti", RATIFIED, ARABCH, "2025-01-20",
  "the deposit by the Republic of Djibouti, on 20 January 2025, of its instrument of ratification of the Arab Charter on Human Rights")
R(d, LASC, "called-for", ARABCH, D,
  "Called upon the member States that have not yet ratified the Arab Charter on Human Rights, namely the Union of the Comoros, the Federal Republic of "
  "Somalia and the Kingdom of Morocco, to complete their ratification procedures as soon as possible")
QNR = ("the member States that have not yet ratified the Arab Charter on Human Rights, namely the Union of the Comoros, the Federal Republic of Somalia "
       "and the Kingdom of Morocco")
RL(d, ["Comoros", "Somalia"], NOTRATIFIED, ARABCH, None, QNR, negated=True)
R(d, "Morocco", NOTRATIFIED, ARABCH, None, QNR, negated=True,
  alt=["its Government has approved a draft law authorising ratification of the Arab Charter, which is now before Parliament"])
R(d, LASC, COMMITTED, ARABCH, D, "Reaffirmed its commitment to the Arab Charter on Human Rights", required=False)
R(d, LASC, "adopted", R9150, D, "Adopted resolution 9150 on the Statute of the Arab Court of Human Rights")
R(d, "Saudi Arabia", RATIFIED, ACOURT, None, "Saudi Arabia remains the only member State to have ratified the Statute")
QJB = "Jordan and Bahrain have signed it but not ratified it"
RL(d, ["Jordan", "Bahrain"], "signed", ACOURT, None, QJB)
RL(d, ["Jordan", "Bahrain"], NOTRATIFIED, ACOURT, None, QJB, negated=True)
R(d, LASC, "adopted", R9151, D, "Adopted resolution 9151 on the Arab Strategy for Human Rights Education 2025-2030")

# ===================== 13 (cabinet decisions, Fiji) =====================
d = "13.txt"
R(d, "Fiji", JOINED, NWRC, None, "Cabinet agreed to Fiji's accession to the Nairobi International Convention on the Removal of Wrecks, 2007", negated=True,
  alt=["the instrument of accession will be deposited with the Secretary-General of the International Maritime Organization in London after the Bill is passed"])
RL(d, ["Tonga", "Samoa"], ACCEDED, NWRC, "2023", "Tonga and Samoa acceded to the Convention in 2023")
R(d, "Cook Islands", PARTY, NWRC, "2016", "the Cook Islands has been a Party since 2016")
R(d, "Fiji", NOTBOUND, HKC, None, "Fiji is not a Party to the Convention and has no ship recycling facilities", negated=True,
  alt=["will assess the merits of accession and report back in 2026"])
R(d, "Fiji", PARTY, CTA, "2019",
  "Fiji became a Party to the Cape Town Agreement of 2012 on the Implementation of the Provisions of the 1993 Protocol relating to the 1977 Torremolinos "
  "International Convention for the Safety of Fishing Vessels in 2019")
QBJ = "Cabinet approved in principle Fiji's accession to the Beijing Convention of 2010"
R(d, "Fiji", JOINED, BEIJC, None, QBJ, negated=True)
R(d, "Fiji", JOINED, BEIJP, None,
  "and to the Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft (Beijing Protocol 2010)", negated=True)
R(d, "Fiji", ENDORSED, PRD, "2023-11", "which Fiji endorsed with other Forum Leaders in November 2023")
R(d, PIFL, ADOPTED, PRD, "2023-11", "which Fiji endorsed with other Forum Leaders in November 2023", required=False)

# ===================== 14 (FAQ web page, HTML, Jamaica) =====================
d = "14.html"
R(d, "Jamaica", "signed", ACHR, "1977-09-16", "Jamaica signed the American Convention on Human Rights on 16 September 1977")
R(d, "Jamaica", RATIFIED, ACHR, "1978-08-07", "deposited its instrument of ratification with the General Secretariat of the OAS in Washington on 7 August 1978")
R(d, "Jamaica", DECL, D62, None, "Jamaica has not, however, made the declaration under Article 62 of the Convention", negated=True)
R(d, "Jamaica", RATIFIED, BELEM, "2005-11-11",
  "Jamaica ratified the Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women on 11 November 2005")
QSS = "Jamaica has neither signed nor ratified the Additional Protocol to the American Convention on Human Rights in the Area of Economic, Social and Cultural Rights"
R(d, "Jamaica", "signed", SANSAL, None, QSS, negated=True)
R(d, "Jamaica", NOTRATIFIED, SANSAL, None, QSS, negated=True)
R(d, "Jamaica", NOTBOUND, DPPROT, None, "Jamaica is not a party to the Protocol to the American Convention on Human Rights to Abolish the Death Penalty", negated=True)
R(d, "Jamaica", "supported", R79179, "2024-12",
  "In December 2024, Jamaica voted against the UN General Assembly resolution on a moratorium on the use of the death penalty (resolution 79/179)",
  negated=True)
R(d, "Jamaica", "signed", RACISM, None, "The Government is actively considering signature of the Inter-American Convention against Racism", negated=True)
RL(d, ["Antigua and Barbuda", "Costa Rica", "Ecuador", "Mexico", "Uruguay"], RATIFIED, RACISM, None,
   "which has been ratified by Antigua and Barbuda, Costa Rica, Ecuador, Mexico and Uruguay")
R(d, "Jamaica", SUPPORTED, IADC, "2001-09-11", "Jamaica joined the consensus when the OAS General Assembly adopted the Inter-American Democratic Charter")
R(d, OASGA, "adopted", IADC, "2001-09-11",
  "the OAS General Assembly adopted the Inter-American Democratic Charter at its special session in Lima on 11 September 2001")

# ===================== 15 (UN press release, HRC recorded vote) =====================
d = "15.txt"
D = "2025-07-08"
R(d, HRC, "adopted", L19, D,
  "The Human Rights Council this afternoon adopted a resolution on the human rights of internally displaced persons (A/HRC/59/L.19)")
R(d, "Austria", "co-sponsored", L19, None, "It was presented by Austria on behalf of a core group also comprising Honduras, Uganda and Ukraine")
RL(d, ["Honduras", "Uganda", "Ukraine"], "co-sponsored", L19, None, "a core group also comprising Honduras, Uganda and Ukraine")
FAV = ["Albania", "Benin", "Brazil", "Chile", "Colombia", "Costa Rica", "Côte d'Ivoire", "Czechia", "France", "Gambia", "Germany", "Ghana", "Iceland",
       "Japan", "Kenya", "Malawi", "Mexico", "Netherlands", "North Macedonia", "Republic of Korea", "Spain", "Switzerland"]
RL(d, FAV, "supported", L19, D,
   "In favour (37) were, among others: Albania, Benin, Brazil, Chile, Colombia, Costa Rica, Côte d'Ivoire, Czechia, France, Gambia, Germany, Ghana, "
   "Iceland, Japan, Kenya, Malawi, Mexico, Netherlands, North Macedonia, Republic of Korea, Spain and Switzerland")
R(d, "Sudan", "supported", L19, D, "Against (1): Sudan.", negated=True, alt=["Sudan would vote against it"])
ABST = ["Algeria", "Bangladesh", "China", "Cuba", "Ethiopia", "Kuwait", "Qatar", "Viet Nam"]
for a in ABST:
    R(d, a, "supported", L19, D, "Abstentions (8): Algeria, Bangladesh, China, Cuba, Ethiopia, Kuwait, Qatar and Viet Nam", negated=True,
      alt=["and would abstain"] if a == "Ethiopia" else None)
R(d, "Burundi", "supported", L19, D, "Burundi did not participate in the vote", negated=True)
R(d, HRC, "called-for", KAMPALA, D,
  "the Council encourages States that have not yet done so to consider ratifying the African Union Convention for the Protection and Assistance of "
  "Internally Displaced Persons in Africa (Kampala Convention)", required=False)
R(d, "Ethiopia", RATIFIED, KAMPALA, "2020", "Ethiopia said it had ratified the Kampala Convention in 2020")
R(d, "Ethiopia", COMMITTED, KAMPALA, D, "remained committed to it")
R(d, "Uganda", RATIFIED, KAMPALA, None, "it had been the first State to ratify the Kampala Convention")
R(d, "Uganda", "called-for", KAMPALA, D, "urged all African Union member States to do the same")
R(d, "Kenya", PARTY, GLP, None, "the Great Lakes Protocol on the Protection and Assistance to Internally Displaced Persons, to which it is a party")
R(d, "Kenya", NOTRATIFIED, KAMPALA, None, "expected to ratify the Kampala Convention \"in the near future\"", negated=True)

# ===================== 16 (NGO tracker, Markdown, Hong Kong Convention) =====================
d = "16.md"
D = "2025-09-30"
R(d, "Liberia", ACCEDED, HKC, "2025-08-04", "**Liberia** deposited its instrument of accession in London on 4 August",
  alt=["| Liberia | flag State | Acceded August 2025 |"])
R(d, "Malta", ACCEPTED, HKC, "2025-07", "**Malta** and **Cyprus**, both EU flag States, accepted the Convention in July")
R(d, "Cyprus", ACCEPTED, HKC, "2025-07", "**Malta** and **Cyprus**, both EU flag States, accepted the Convention in July")
R(d, "China", NOTBOUND, HKC, None, "no instrument has been deposited", negated=True,
  alt=["it is \"actively preparing\" to accede", "| China | recycling and flag State | Not a Party |"])
for st, yr, act in [("India", "2019", ACCEDED), ("Bangladesh", "2023", ACCEDED), ("Pakistan", "2023", ACCEDED), ("Türkiye", "2019", ACCEDED),
                    ("Panama", "2016", ACCEDED)]:
    role = "flag State" if st == "Panama" else "recycling State"
    R(d, st, act, HKC, yr, f"| {st} | {role} | Acceded {yr} |")
R(d, "Norway", RATIFIED, HKC, "2013", "| Norway | flag State | Ratified 2013 (first Party) |")
R(d, "Marshall Islands", NOTBOUND, HKC, None, "| Marshall Islands | flag State | Not a Party; \"reviewing\" |", negated=True,
  alt=["The Marshall Islands, the second-largest flag, has yet to join"])
RL(d, ["India", "Bangladesh", "Pakistan"], "party", HKC, None, "are now all bound", required=False)
QBAN = "None of the three is a party to the Basel Convention's Ban Amendment"
R(d, "India", NOTBOUND, BAN, None, QBAN, negated=True)
RL(d, ["Bangladesh", "Pakistan"], NOTBOUND, BAN, None, QBAN, negated=True, alt=["Bangladesh and Pakistan have said they do not intend to accept it"])
R(d, SBW, "called-for", HKC, D,
  "Shipbreaking Watch calls on the Marshall Islands and every other flag State that has not yet done so to accede to the Hong Kong Convention")
R(d, SBW, "called-for", BAN, D, "and on all Parties to the Basel Convention to accept the Ban Amendment")


def body_text(name, text):
    """The body the length rule is about: header block left out; for HTML, the text of <main> without tags."""
    if name.endswith(".html"):
        m = re.search(r"<main[^>]*>(.*)</main>", text, re.S)
        return html.unescape(re.sub(r"<[^>]+>", "", m.group(1) if m else text))
    return body_of(text)


_errs = []
for f in sorted(os.listdir(gold.docs_dir)):
    if f.endswith((".txt", ".md", ".html")):
        n = len(body_text(f, open(os.path.join(gold.docs_dir, f), encoding="utf-8").read()).strip())
        if not (BODY_MIN <= n <= BODY_MAX):
            _errs.append(f"{f}: body length {n}")
for e in _errs:
    print("ERROR", e)
if _errs:
    print(f"body length errors={len(_errs)}")
gold.finish(MIN_CHARS, MAX_CHARS)
