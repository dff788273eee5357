#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe8/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Actor alt-names missing from its ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
R2397 = ("resolution 2397 (2017)", ["S/RES/2397 (2017)", "resolution 2397", "Security Council resolution 2397"])
R2371 = ("resolution 2371 (2017)", ["S/RES/2371 (2017)", "resolution 2371"])
R2375 = ("resolution 2375 (2017)", ["S/RES/2375 (2017)", "resolution 2375"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
R2721 = ("resolution 2721 (2023)", ["Resolution 2721", "S/RES/2721 (2023)", "resolution 2721"])
R2679 = ("resolution 2679 (2023)", ["resolution 2679", "S/RES/2679 (2023)"])
SYR = ("resolution on the situation of human rights in the Syrian Arab Republic (A/HRC/55/L.26)",
       ["A/HRC/55/L.26", "L.26", "situation of human rights in the Syrian Arab Republic"])
SYR23 = ("2023 resolution on the situation of human rights in the Syrian Arab Republic",
         ["the same text in 2023", "2023 Human Rights Council resolution on Syria"])
GOLAN = ("resolution on the human rights situation in the Occupied Syrian Golan (A/HRC/55/L.8)",
         ["A/HRC/55/L.8", "L.8", "human rights situation in the Occupied Syrian Golan"])
GEOTC = ("resolution on technical cooperation with Georgia", ["technical cooperation with Georgia"])
POW = ("decision on the Council's programme of work for its fifty-sixth session", ["programme of work decision"])
YEM = ("draft resolution A/HRC/48/L.11 renewing the mandate of the Group of Eminent International and Regional Experts on Yemen",
       ["A/HRC/48/L.11", "L.11", "resolution renewing the mandate of the Group of Eminent Experts on Yemen"])
YEM20 = ("2020 resolution renewing the mandate of the Group of Eminent International and Regional Experts on Yemen",
         ["2020 Yemen renewal", "renewal in 2020"])
YEMTA = ("resolution on technical assistance and capacity-building for Yemen in the field of human rights (A/HRC/48/L.10)",
         ["A/HRC/48/L.10", "L.10", "technical assistance and capacity-building for Yemen"])
YHRP = ("Yemen Humanitarian Response Plan", ["Humanitarian Response Plan for Yemen"])
L13 = ("Towards a nuclear-weapon-free world: accelerating the implementation of nuclear disarmament commitments (A/C.1/78/L.13)",
       ["A/C.1/78/L.13", "L.13", "Towards a nuclear-weapon-free world"])
L40 = ("Comprehensive Nuclear-Test-Ban Treaty (A/C.1/78/L.40)", ["A/C.1/78/L.40", "L.40", "draft resolution on the Comprehensive Nuclear-Test-Ban Treaty"])
L31 = ("Reducing nuclear danger (A/C.1/78/L.31)", ["A/C.1/78/L.31", "L.31", "Reducing nuclear danger"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Test-Ban Treaty"])
CNW = ("comprehensive convention on nuclear weapons", ["nuclear weapons convention"])
L27 = ("Steps to building a common roadmap towards a world without nuclear weapons (A/C.1/79/L.27)",
       ["A/C.1/79/L.27", "L.27", "Steps to building a common roadmap towards a world without nuclear weapons"])
L39 = ("Nuclear war effects and scientific research (L.39)", ["A/C.1/79/L.39", "L.39", "Nuclear war effects and scientific research"])
L40B = ("Comprehensive Nuclear-Test-Ban Treaty (L.40)", ["A/C.1/79/L.40", "L.40", "draft resolution on the Comprehensive Nuclear-Test-Ban Treaty"])
L12 = ("Reducing nuclear danger (L.12)", ["A/C.1/79/L.12", "L.12", "Reducing nuclear danger"])
FMCT = ("fissile material cut-off treaty", ["FMCT"])
UHC23 = ("Political Declaration of the High-level Meeting on Universal Health Coverage (2023)",
         ["resolution 78/4", "Universal health coverage: expanding our ambition for health and well-being in a post-COVID world", "2023 UHC political declaration"])
UHC19 = ("political declaration on UHC (2019)", ["resolution 74/2", "Universal health coverage: moving together to build a healthier world", "first political declaration on UHC"])
TB23 = ("Political Declaration of the High-Level Meeting on the Fight against Tuberculosis (2023)", ["Political Declaration on Tuberculosis", "2023 TB political declaration", "resolution 78/5"])
MOSCOW = ("Moscow Declaration to End TB", ["Moscow Declaration"])
CADE = ("Convention against Discrimination in Education", ["UNESCO Convention against Discrimination in Education", "CADE", "1960 Convention"])
CADEP = ("Protocol Instituting a Conciliation and Good Offices Commission", ["1962 Protocol", "Protocol Instituting a Conciliation and Good Offices Commission to be responsible for seeking the settlement of any disputes"])
REC23 = ("Recommendation on Education for Peace, Human Rights and Sustainable Development", ["2023 Recommendation"])
GCHE = ("Global Convention on the Recognition of Qualifications concerning Higher Education", ["Global Convention", "Global Convention on Higher Education"])
TOKYO = ("Asia-Pacific Regional Convention on the Recognition of Qualifications in Higher Education", ["Tokyo Convention"])
ADDIS = ("Revised Convention on the Recognition of Studies, Certificates, Diplomas, Degrees and Other Academic Qualifications in Higher Education in African States",
         ["Addis Convention"])
LISBON = ("Lisbon Recognition Convention", ["Lisbon Convention", "Convention on the Recognition of Qualifications concerning Higher Education in the European Region"])
BOLACC = ("Protocol of Accession of the Plurinational State of Bolivia to MERCOSUR", ["Protocol of Accession", "Bolivia's Protocol of Accession to MERCOSUR"])
USHUAIA = ("Ushuaia Protocol on Democratic Commitment in MERCOSUR, the Republic of Bolivia and the Republic of Chile", ["Ushuaia Protocol"])
USHUAIA2 = ("Protocol of Montevideo on Commitment to Democracy in MERCOSUR (Ushuaia II)", ["Ushuaia II", "Protocol of Montevideo"])
EUMERC = ("Partnership Agreement between MERCOSUR and the European Union", ["EU-MERCOSUR Partnership Agreement", "EU-Mercosur agreement"])
CMC1224 = ("Decision CMC No. 12/24 on the MERCOSUR Customs Code", ["Decision CMC No. 12/24"])
FATM = ("Framework Agreement on Trade with MERCOSUR", ["Framework Agreement on Trade"])
KINGSTOWN = ("Kingstown Declaration", ["CELAC Kingstown Declaration", "declaration of the eighth CELAC summit"])
ZOP = ("Proclamation of Latin America and the Caribbean as a Zone of Peace", ["Zone of Peace Proclamation"])
BADECL = ("Declaration of Buenos Aires", ["CELAC Declaration of Buenos Aires"])
ARGYLE = ("Argyle Declaration", ["Argyle Declaration for Dialogue and Peace between Guyana and Venezuela"])
HAITI = ("special declaration on Haiti", ["CELAC special declaration on Haiti"])
EUCELAC = ("final declaration of the EU–CELAC summit in Brussels", ["EU-CELAC summit declaration", "EU–CELAC declaration"])
AYC = ("African Youth Charter", ["AYC"])
DPOA = ("Decade Plan of Action", ["African Youth Decade Plan of Action", "Youth Decade Plan of Action"])
MALABOD = ("Malabo Decision on Youth Empowerment", ["Malabo Decision"])
GCCVRS = ("GCC Vision for Regional Security", ["Vision for Regional Security"])
GCCSA = ("amended GCC Security Agreement", ["GCC Security Agreement"])
GCCCT = ("GCC Convention on Combating Terrorism", ["GCC Counter-Terrorism Convention"])
ALULA = ("Al-Ula Declaration", ["AlUla Declaration"])
KHOR = ("Agreement Regulating Maritime Navigation in Khor Abdullah", ["Khor Abdullah Agreement"])
ES1023 = ("General Assembly resolution ES-10/23", ["resolution ES-10/23", "ES-10/23"])
API = ("Arab Peace Initiative", ["Arab Peace Initiative of 2002"])
ACST = ("Arab Convention for the Suppression of Terrorism", ["1998 Arab Convention for the Suppression of Terrorism"])
ACITO = ("Arab Convention on Combating Information Technology Offences", ["Arab Cybercrime Convention"])
ACTOC = ("Arab Convention against Transnational Organized Crime", ["Arab Organized Crime Convention"])
ACAC = ("Arab Convention against Corruption", ["Arab Anti-Corruption Convention"])
ASCC = ("Arab Strategy for Combating Cybercrime 2025–2030", ["Arab Strategy for Combating Cybercrime"])
OPSC = ("Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
        ["OPSC", "Optional Protocol on the sale of children", "protocol on the sale of children"])
OPAC = ("Optional Protocol on the involvement of children in armed conflict",
        ["OPAC", "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
OPIC = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure", ["third Optional Protocol", "OPIC"])
R78187 = ("resolution 78/187 on the rights of the child", ["resolution 78/187", "omnibus resolution on the rights of the child"])
RC2024 = ("2024 omnibus resolution on the rights of the child (the girl child)", ["this year's text on the theme of the girl child", "this year's omnibus resolution on the rights of the child"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran",
          "Viet Nam", "Syria", "Türkiye", "European Union", "Czechia", "Venezuela", "Côte d'Ivoire", "Marshall Islands", "Netherlands",
          "United Arab Emirates", "Kyrgyzstan", "Kazakhstan", "Uzbekistan", "Fiji", "Bolivia", "Gambia", "Central African Republic",
          "Sahrawi Arab Democratic Republic", "Eswatini", "China", "Egypt", "Sudan", "Paraguay", "Chile", "Mexico", "Somalia", "Saudi Arabia",
          "Bangladesh", "Ghana", "Costa Rica", "Kenya", "Germany"),
    "Netherlands": ["Netherlands", "The Netherlands", "Kingdom of the Netherlands", "Netherlands (Kingdom of the)"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Uruguay": ["Uruguay", "Eastern Republic of Uruguay", "Oriental Republic of Uruguay"],
    "Bolivia": ["Bolivia", "Plurinational State of Bolivia", "Bolivia (Plurinational State of)"],
    "Chile": ["Chile", "Republic of Chile"],
    "Paraguay": ["Paraguay", "Republic of Paraguay"],
    "Panama": ["Panama", "Republic of Panama"],
    "Kuwait": ["Kuwait", "State of Kuwait"],
    "Iraq": ["Iraq", "Republic of Iraq"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Eswatini": ["Eswatini", "Kingdom of Eswatini", "Swaziland"],
    "Sao Tome and Principe": ["Sao Tome and Principe", "São Tomé and Príncipe", "Democratic Republic of Sao Tome and Principe"],
    "Solomon Islands": ["Solomon Islands"],
    "Holy See": ["Holy See", "Vatican"],
    "Egypt": ["Egypt", "Arab Republic of Egypt"],
    "Afghanistan": ["Afghanistan", "Naseer Ahmad Faiq", "Islamic Republic of Afghanistan"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Guyana": ["Guyana", "Co-operative Republic of Guyana"],
}
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
FC = ["UN General Assembly First Committee", "First Committee", "First Committee (Disarmament and International Security)"]
OIC = ["Organization of Islamic Cooperation", "OIC"]
ARABGROUP = ["Group of Arab States", "Arab Group"]
NAM = ["Non-Aligned Movement", "NAM", "Indonesia"]
WHODG = ["WHO Director-General", "Director-General of the World Health Organization", "Tedros Adhanom Ghebreyesus", "World Health Organization", "WHO"]
MOSCONF = ["First WHO Global Ministerial Conference on Ending TB in the Sustainable Development Era", "WHO Global Ministerial Conference on Ending TB",
           "Global Ministerial Conference on Ending TB", "World Health Organization", "WHO"]
UNESCOGC = ["UNESCO General Conference", "General Conference of UNESCO", "UNESCO"]
UNESCODG = ["UNESCO Director-General", "Director-General of UNESCO", "Audrey Azoulay", "UNESCO"]
UNESCOADG = ["UNESCO Assistant Director-General for Education", "Stefania Giannini", "UNESCO"]
CMC = ["Common Market Council", "MERCOSUR Common Market Council", "MERCOSUR"]
CELAC = ["CELAC", "Community of Latin American and Caribbean States", "CELAC leaders"]
CARICOM = ["Caribbean Community", "CARICOM"]
AUA = ["AU Assembly", "Assembly of Heads of State and Government of the African Union", "Assembly of the African Union", "African Union Assembly", "African Union", "AU"]
AUCOM = ["AU Commissioner for Education, Science, Technology and Innovation", "Mohamed Belhocine", "African Union Commission", "AUC", "African Union", "AU"]
GCCMC = ["GCC Ministerial Council", "Ministerial Council of the Gulf Cooperation Council", "Gulf Cooperation Council", "GCC"]
LASJOINT = ["Council of Arab Ministers of the Interior and Council of Arab Ministers of Justice", "Council of Arab Ministers of the Interior",
            "Council of Arab Ministers of Justice", "League of Arab States", "Arab League"]
LASJUST = ["Council of Arab Ministers of Justice", "League of Arab States", "Arab League"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

NOTACCEDED = ["acceded", "party", "ratified"]
ENDORSED = ["endorsed", "supported", "adopted"]


# ===================== 01 =====================
d = "01_un_sc_dprk_sanctions_2397.txt"
DAY = "2017-12-22"
MEMBERS = ["Bolivia", "China", "Egypt", "Ethiopia", "France", "Italy", "Japan", "Kazakhstan", "Russian Federation", "Senegal", "Sweden",
           "Ukraine", "United Kingdom", "United States", "Uruguay"]
mq = ("The Council's members — Bolivia, China, Egypt, Ethiopia, France, Italy, Japan, Kazakhstan, the Russian Federation, Senegal, Sweden, "
      "Ukraine, the United Kingdom, the United States and Uruguay — all voted for it")
R(d, UNSC, "adopted", R2397, DAY,
  "The Security Council this afternoon imposed further sanctions on the Democratic People's Republic of Korea, unanimously adopting resolution 2397 (2017)",
  alt=["Security Council Tightens Sanctions on Democratic People's Republic of Korea, Unanimously Adopting Resolution 2397 (2017)",
       "was adopted by a vote of 15 in favour to none against"])
R(d, "United States", "co-sponsored", R2397, None, "The text, drafted by the United States after consultations with China")
R(d, "Japan", "co-sponsored", R2397, None, "Japan's representative said his delegation, which had co-sponsored the draft, would implement it fully")
ALTV = {"Russian Federation": ["his delegation had supported the text only after the deletion of a provision"],
        "China": ["China's representative said his country had voted in favour"],
        "Bolivia": ["his delegation had joined the other members in voting yes"]}
for m in MEMBERS:
    R(d, m, "supported", R2397, DAY, mq, alt=ALTV.get(m))
full = mq + ", as they had for resolutions 2371 (2017) and 2375 (2017) earlier in the year."
RL(d, MEMBERS, "supported", R2371, "2017", full)
RL(d, MEMBERS, "supported", R2375, "2017", full)
R(d, "Kazakhstan", ["acceded", "party", "ratified"], NPT, "1994",
  "joined the Treaty on the Non-Proliferation of Nuclear Weapons as a non-nuclear-weapon State in 1994")
R(d, "Kazakhstan", "called-for", NPT, DAY, "he called on Pyongyang to return to that Treaty")

# ===================== 02 =====================
d = "02_wire_unsc_afghanistan_2721.txt"
DAY = "2023-12-29"
R(d, UNSC, "adopted", R2721, DAY, "Resolution 2721, drafted by Japan and the United Arab Emirates, was adopted with 13 votes in favour",
  alt=["The U.N. Security Council on Friday asked Secretary-General Antonio Guterres to appoint a special envoy for Afghanistan"])
RL(d, ["Japan", "United Arab Emirates"], "co-sponsored", R2721, None, "Resolution 2721, drafted by Japan and the United Arab Emirates",
   alt=["speaking for both co-penholders"])
R(d, "China", "supported", R2721, DAY, "while China and Russia abstained", negated=True, alt=["Beijing had abstained"])
R(d, "Russian Federation", "supported", R2721, DAY, "while China and Russia abstained", negated=True,
  alt=["Moscow could not support a resolution that prejudged the outcome of talks", "would not vote for it either"])
R(d, UNSC, "adopted", R2679, "2023-03", "the Council had requested in resolution 2679, adopted unanimously in March")
R(d, "United States", "supported", R2721, DAY, "The United States voted yes")
RL(d, ["Ecuador", "Malta", "Switzerland"], "supported", R2721, DAY, "Ecuador, Malta and Switzerland said they had voted for the text")
R(d, "Brazil", "supported", R2721, DAY, "Brazil, which also supported it")
R(d, "Afghanistan", "welcomed", R2721, None,
  "Naseer Ahmad Faiq, who still represents the ousted Afghan republic at the world body, welcomed the resolution", required=False)

# ===================== 03 =====================
d = "03_un_hrc_syria_resolution_vote.txt"
DAY = "2024-04-04"
FAV = ["Albania", "Argentina", "Belgium", "Bulgaria", "Chile", "Costa Rica", "Côte d'Ivoire", "Dominican Republic", "Finland", "France", "Gambia",
       "Georgia", "Germany", "Japan", "Kuwait", "Lithuania", "Luxembourg", "Maldives", "Montenegro", "Morocco", "Netherlands", "Paraguay", "Qatar",
       "Romania", "United States"]
AGN = ["Algeria", "Burundi", "China", "Cuba", "Eritrea", "Viet Nam"]
ABS = ["Bangladesh", "Benin", "Brazil", "Cameroon", "Ghana", "Honduras", "India", "Indonesia", "Kazakhstan", "Kyrgyzstan", "Malawi", "Malaysia",
       "Somalia", "South Africa", "Sudan", "United Arab Emirates"]
fq = ("In favour (25): Albania, Argentina, Belgium, Bulgaria, Chile, Costa Rica, Côte d'Ivoire, Dominican Republic, Finland, France, Gambia, "
      "Georgia, Germany, Japan, Kuwait, Lithuania, Luxembourg, Maldives, Montenegro, Morocco, Netherlands (Kingdom of the), Paraguay, Qatar, "
      "Romania and United States of America.")
aq = "Against (6): Algeria, Burundi, China, Cuba, Eritrea and Viet Nam."
bq = ("Abstentions (16): Bangladesh, Benin, Brazil, Cameroon, Ghana, Honduras, India, Indonesia, Kazakhstan, Kyrgyzstan, Malawi, Malaysia, "
      "Somalia, South Africa, Sudan and United Arab Emirates.")
R(d, HRC, "adopted", SYR, DAY,
  "The Human Rights Council this afternoon adopted a resolution on the situation of human rights in the Syrian Arab Republic (A/HRC/55/L.26)")
RL(d, FAV, "supported", SYR, DAY, fq)
for a in AGN:
    R(d, a, "supported", SYR, DAY, aq, negated=True,
      alt={"China": ["Explaining its vote against, China said"], "Cuba": ["Cuba, which also voted no"]}.get(a))
for a in ABS:
    R(d, a, "supported", SYR, DAY, bq, negated=True, alt=["Brazil said it had abstained"] if a == "Brazil" else None)
CORE = ["France", "Germany", "Italy", "Jordan", "Kuwait", "Netherlands", "Qatar", "Türkiye", "United Kingdom", "United States"]
cq = ("The text was presented by the United Kingdom on behalf of a core group comprising France, Germany, Italy, Jordan, Kuwait, the Netherlands, "
      "Qatar, Türkiye, the United Kingdom and the United States.")
for a in CORE:
    R(d, a, "co-sponsored", SYR, None, cq,
      alt=["Kuwait and Qatar said that, as members of the core group, they had co-sponsored the text"] if a in ("Kuwait", "Qatar") else None)
R(d, "Syria", "supported", SYR, None, "The Syrian Arab Republic, speaking as the concerned country, said it rejected the resolution",
  negated=True, required=False)
R(d, "Brazil", "supported", SYR23, "2023", "it had voted in favour of the same text in 2023")
R(d, HRC, "adopted", GOLAN, DAY,
  "the Council adopted without a vote a resolution on the human rights situation in the Occupied Syrian Golan (A/HRC/55/L.8)")
R(d, "Pakistan", "co-sponsored", GOLAN, None, "presented by Pakistan on behalf of the Organization of Islamic Cooperation", required=False)
R(d, OIC, "co-sponsored", GOLAN, None, "presented by Pakistan on behalf of the Organization of Islamic Cooperation", required=False)
R(d, HRC, "adopted", GEOTC, DAY, "a resolution on technical cooperation with Georgia, by 23 votes to 5 with 19 abstentions")
R(d, HRC, "adopted", POW, DAY, "The Council also adopted, without a vote, a decision on the Council's programme of work for its fifty-sixth session",
  required=False)

# ===================== 04 =====================
d = "04_mfa_netherlands_hrc_yemen_vote.txt"
DAY = "2021-10-07"
R(d, HRC, "adopted", YEM, None,
  "the UN Human Rights Council yesterday voted down the resolution renewing the mandate of the Group of Eminent International and Regional Experts on Yemen",
  negated=True, required=False, alt=["was rejected by 21 votes to 18, with 7 abstentions"])
RL(d, ["Netherlands", "Belgium", "Canada", "Ireland", "Luxembourg"], "co-sponsored", YEM, None,
   "tabled by the Netherlands together with Belgium, Canada, Ireland and Luxembourg")
R(d, "Ukraine", "supported", YEM, DAY, "Ukraine did not take part in the vote.", negated=True)
yq = ("The Netherlands and the other European Union members of the Council - Austria, Bulgaria, the Czech Republic, Denmark, France, Germany, "
      "Italy and Poland - voted in favour, as did the United Kingdom, Mexico, Fiji, the Marshall Islands and the Republic of Korea")
RL(d, ["Netherlands", "Austria", "Bulgaria", "Czechia", "Denmark", "France", "Germany", "Italy", "Poland", "United Kingdom", "Mexico", "Fiji",
       "Marshall Islands", "Republic of Korea"], "supported", YEM, DAY, yq)
nq = ("Those voting against included Bahrain, Bangladesh, Bolivia, China, Cuba, Eritrea, Pakistan, the Russian Federation, Uzbekistan and "
      "Venezuela.")
RL(d, ["Bahrain", "Bangladesh", "Bolivia", "China", "Cuba", "Eritrea", "Pakistan", "Russian Federation", "Uzbekistan", "Venezuela"],
   "supported", YEM, DAY, nq, negated=True)
RL(d, ["Japan", "Brazil", "Nepal"], "supported", YEM, DAY, "Japan, Brazil and Nepal were among the seven States that abstained.", negated=True)
RL(d, ["Indonesia", "Togo"], "supported", YEM, DAY,
   "Indonesia and Togo, which had voted in favour of the renewal in 2020, voted against this time.", negated=True)
RL(d, ["Indonesia", "Togo"], "supported", YEM20, "2020", "Indonesia and Togo, which had voted in favour of the renewal in 2020")
R(d, HRC, "adopted", YEMTA, DAY,
  "On the same day the Council adopted without a vote a separate resolution on technical assistance and capacity-building for Yemen in the field "
  "of human rights (A/HRC/48/L.10)")
R(d, "Egypt", "co-sponsored", YEMTA, None, "presented by Egypt on behalf of the Group of Arab States", required=False)
R(d, ARABGROUP, "co-sponsored", YEMTA, None, "presented by Egypt on behalf of the Group of Arab States", required=False)
R(d, "Netherlands", "supported", YEMTA, DAY, "The Netherlands joined the consensus on that text", required=False)
R(d, "Netherlands", "committed", YHRP, "2021-10-08", "The government also remains committed to the Yemen Humanitarian Response Plan",
  required=False)

# ===================== 05 =====================
d = "05_un_first_committee_nuclear_votes.txt"
DAY = "2023-11-01"
R(d, FC, "adopted", L13, DAY,
  "By a recorded vote of 140 in favour to 6 against (Democratic People's Republic of Korea, France, Israel, Russian Federation, United Kingdom, "
  "United States), with 33 abstentions, the Committee approved the draft \"Towards a nuclear-weapon-free world: accelerating the implementation "
  "of nuclear disarmament commitments\" (A/C.1/78/L.13)")
l13q = ("By a recorded vote of 140 in favour to 6 against (Democratic People's Republic of Korea, France, Israel, Russian Federation, "
        "United Kingdom, United States)")
for a in ["Democratic People's Republic of Korea", "France", "Israel", "Russian Federation", "United Kingdom", "United States"]:
    R(d, a, "supported", L13, DAY, l13q, negated=True,
      alt=["The United States said it had voted against L.13"] if a == "United States" else None)
RL(d, ["Brazil", "Egypt", "Ireland", "Mexico", "New Zealand", "South Africa"], "co-sponsored", L13, None,
   "Introduced by Ireland on behalf of the New Agenda Coalition — Brazil, Egypt, Ireland, Mexico, New Zealand and South Africa")
R(d, FC, "adopted", L40, DAY,
  "The draft \"Comprehensive Nuclear-Test-Ban Treaty\" (A/C.1/78/L.40) was approved by 179 votes to 1 (Democratic People's Republic of Korea), "
  "with 3 abstentions (India, Mauritius, Syria)")
R(d, "Democratic People's Republic of Korea", "supported", L40, DAY,
  "was approved by 179 votes to 1 (Democratic People's Republic of Korea)", negated=True)
for a in ["India", "Mauritius", "Syria"]:
    R(d, a, "supported", L40, DAY, "with 3 abstentions (India, Mauritius, Syria)", negated=True,
      alt=["India, explaining its abstention on L.40"] if a == "India" else None)
RL(d, ["Australia", "Mexico", "New Zealand"], "co-sponsored", L40, None,
   "Australia introduced it on behalf of its co-penholders Mexico and New Zealand")
R(d, FC, "adopted", L31, DAY,
  "The Committee also approved \"Reducing nuclear danger\" (A/C.1/78/L.31), tabled by India, by a recorded vote of 118 in favour to 50 against, "
  "with 14 abstentions")
R(d, "India", "co-sponsored", L31, None, "\"Reducing nuclear danger\" (A/C.1/78/L.31), tabled by India")
R(d, "Pakistan", "supported", L31, DAY, "his delegation had voted against L.31", negated=True)
R(d, "India", "signed", CTBT, None, "it would not sign the Test-Ban Treaty in its present form", negated=True)
R(d, "United States", "committed", NPT, DAY, "It nonetheless remained committed to the Treaty on the Non-Proliferation of Nuclear Weapons")
RL(d, ["Austria"], "supported", L13, DAY, "Speaking on behalf of a group of 12 States, Austria said that group had supported L.13 and L.40",
   required=False)
RL(d, ["Austria"], "supported", L40, DAY, "Speaking on behalf of a group of 12 States, Austria said that group had supported L.13 and L.40",
   required=False)
R(d, NAM, "called-for", CNW, DAY,
  "Indonesia, on behalf of the Non-Aligned Movement, urged the immediate commencement of negotiations on a comprehensive convention on nuclear weapons")
R(d, "Russian Federation", NOTRATIFIED, CTBT, None, "which withdrew its ratification of the Test-Ban Treaty this week", negated=True)
R(d, "Russian Federation", "signed", CTBT, None, "said it remains a signatory")
R(d, "Russian Federation", "supported", L40, DAY, "voted in favour of L.40")
R(d, "Russian Federation", "called-for", CTBT, DAY,
  "insisting that other States, notably the United States, must ratify the Treaty first", required=False)
R(d, "United States", NOTRATIFIED, CTBT, None,
  "insisting that other States, notably the United States, must ratify the Treaty first", negated=True, required=False)
R(d, "Israel", "supported", L31, DAY, "Israel did not participate in the vote on L.31.", negated=True)

# ===================== 06 =====================
d = "06_statement_japan_first_committee_eov.txt"
DAY = "2024-11-04"
R(d, FC, "adopted", L27, DAY,
  "the Committee adopted today, by 145 votes in favour, 4 against and 27 abstentions, our draft resolution \"Steps to building a common roadmap "
  "towards a world without nuclear weapons\" (A/C.1/79/L.27)")
R(d, "Japan", "co-sponsored", L27, None, "our draft resolution \"Steps to building a common roadmap towards a world without nuclear weapons\" "
  "(A/C.1/79/L.27), which Japan has submitted to this Committee every year since 1994")
RL(d, ["Australia", "Germany", "Republic of Korea", "United Kingdom", "United States"], "co-sponsored", L27, None,
   "I thank the 87 co-sponsors, among them Australia, Germany, the Republic of Korea, the United Kingdom and the United States")
RL(d, ["China", "Russian Federation"], "supported", L27, DAY, "We regret that China and the Russian Federation again voted against it.",
   negated=True)
R(d, "Japan", "supported", L39, DAY, "on draft resolution L.39, \"Nuclear war effects and scientific research\", my delegation abstained",
  negated=True)
RL(d, ["Ireland", "New Zealand"], "co-sponsored", L39, None, "its main sponsors, Ireland and New Zealand")
R(d, "Japan", "supported", L40B, DAY, "Japan voted in favour of L.40, \"Comprehensive Nuclear-Test-Ban Treaty\"")
R(d, "Japan", "co-sponsored", L40B, None, "which we have co-sponsored since it was first tabled")
R(d, "Japan", RATIFIED, CTBT, "1997", "Japan ratified the CTBT in 1997.")
R(d, "Japan", "called-for", CTBT, DAY,
  "We once again call on all States that have not yet done so, in particular the remaining Annex 2 States, to sign and ratify the Treaty without delay.")
R(d, "Japan", "supported", L12, DAY, "my delegation voted against L.12, \"Reducing nuclear danger\"", negated=True,
  alt=["We could not support a text that places the responsibility for nuclear risk reduction on only a few States"])
R(d, "Japan", "committed", NPT, DAY, "Japan remains firmly committed to the Treaty on the Non-Proliferation of Nuclear Weapons")
R(d, "Japan", "called-for", FMCT, DAY,
  "We also call for the immediate commencement of negotiations on a fissile material cut-off treaty in the Conference on Disarmament")

# ===================== 07 =====================
d = "07_explainer_uhc_political_declaration_2023.txt"
R(d, GA, "adopted", UHC23, "2023-10-05", "The General Assembly formally adopted it last week, on 5 October, as resolution 78/4.",
  alt=["then adopted the declaration without a vote"])
R(d, "Russian Federation", ["endorsed", "supported"], UHC23, None, "The Russian Federation said it dissociated itself from the declaration as a whole",
  negated=True)
RL(d, ["Belarus", "Iran", "Nicaragua"], ["endorsed", "supported", "party"], UHC23, None,
   "Belarus, Iran and Nicaragua said they did not consider themselves bound by it either", negated=True)
R(d, "Argentina", ["endorsed", "supported"], UHC23, None,
  "Argentina dissociated itself from two paragraphs on sexual and reproductive health but not from the rest of the text", negated=True, required=False)
RUSAM = ("Russian oral amendment to the political declaration on UHC", ["Russian oral amendment"])
R(d, "Russian Federation", "co-sponsored", RUSAM, None, "the Assembly rejected a Russian oral amendment by a recorded vote", required=False)
R(d, GA, "adopted", RUSAM, None, "the Assembly rejected a Russian oral amendment by a recorded vote", negated=True, required=False)
R(d, GA, "adopted", UHC19, "2019-10-10", "which the General Assembly adopted on 10 October 2019 as resolution 74/2")
R(d, "Indonesia", "committed", UHC23, "2023-09-21", "his country \"commits to the targets of this political declaration\"")
R(d, "Thailand", "committed", UHC23, None, "Thailand said it remained fully committed to the declaration.")
R(d, WHODG, "welcomed", UHC23, None,
  "The World Health Organization's Director-General, Tedros Adhanom Ghebreyesus, welcomed the declaration")

# ===================== 08 =====================
d = "08_dirco_south_africa_tb_high_level_meeting.txt"
DAY = "2023-09-22"
R(d, "South Africa", ENDORSED, TB23, DAY,
  "South Africa joined other Member States in approving the Political Declaration of the High-Level Meeting on the Fight against Tuberculosis")
R(d, "South Africa", "welcomed", TB23, DAY, "\"South Africa welcomes this declaration, which is ambitious and firmly anchored in human rights,\"")
R(d, "South Africa", "committed", TB23, DAY, "\"We are committed to its targets and will report on our progress to this Assembly.\"")
R(d, MOSCONF, "adopted", MOSCOW, "2017-11",
  "the Moscow Declaration to End TB, adopted at the First WHO Global Ministerial Conference on Ending TB in the Sustainable Development Era in "
  "November 2017", required=False)
R(d, "South Africa", "endorsed", MOSCOW, "2017-11", "South Africa endorsed the Moscow Declaration at that conference")

# ===================== 09 =====================
d = "09_unesco_press_cade_angola.txt"
R(d, "Angola", RATIFIED, CADE, "2025-03-10", "Its instrument of ratification was deposited with the Director-General of UNESCO on Monday.")
R(d, "Angola", "party", CADE, None,
  "Angola has become the 112th State Party to the UNESCO Convention against Discrimination in Education", required=False)
R(d, UNESCOGC, "adopted", CADE, "1960-12-14",
  "The Convention was adopted by the General Conference of UNESCO at its eleventh session, in Paris, on 14 December 1960")
R(d, "Viet Nam", ACCEPTED, CADE, "2025-01", "Viet Nam, whose instrument of acceptance was deposited in January")
R(d, "Mozambique", ACCEDED, CADE, "2023", "Mozambique, which acceded to the Convention in 2023")
R(d, "Angola", NOTBOUND, CADEP, None,
  "Angola has not, however, accepted the Protocol Instituting a Conciliation and Good Offices Commission", negated=True)
R(d, UNESCODG, "called-for", CADE, "2025-03-14",
  "\"I call on all Member States that have not yet done so to ratify the Convention against Discrimination in Education, the cornerstone of the right to education.\"")
R(d, "Japan", NOTBOUND, CADE, None, "Japan, Canada and Türkiye are not parties", negated=True,
  alt=["Japan has informed UNESCO that it is studying ratification"])
RL(d, ["Canada", "Türkiye"], NOTBOUND, CADE, None, "Japan, Canada and Türkiye are not parties", negated=True)
R(d, "United States", NOTRATIFIED, CADE, None, "the United States, which took part in drafting the text, has never ratified it", negated=True)
R(d, "Angola", NOTBOUND, CADE, None, "including Angola, which reported as a non-party", negated=True, required=False)
R(d, UNESCOGC, "adopted", REC23, "2023-11-20",
  "The 2023 Recommendation on Education for Peace, Human Rights and Sustainable Development, adopted by the General Conference at its 42nd session on 20 November 2023")

# ===================== 10 =====================
d = "10_newsletter_global_convention_higher_education.txt"
R(d, UNESCOGC, "adopted", GCHE, "2019-11-25",
  "The Global Convention on the Recognition of Qualifications concerning Higher Education, adopted by the UNESCO General Conference at its 40th session on 25 November 2019")
R(d, "Brazil", ACCEPTED, GCHE, "2025-02-03", "Brazil – acceptance – 3 February 2025")
R(d, "Türkiye", RATIFIED, GCHE, "2025-02-18", "Türkiye – ratification – 18 February 2025")
R(d, "Morocco", RATIFIED, GCHE, "2025-03-07", "Morocco – ratification – 7 March 2025")
R(d, "Holy See", ACCEDED, GCHE, "2025-04-02", "Holy See – accession – 2 April 2025")
R(d, "Ghana", RATIFIED, GCHE, "2025-04-29", "Ghana – ratification – 29 April 2025",
  alt=["it deposited its instrument on the last working day of April"])
R(d, "Ghana", NOTRATIFIED, GCHE, None, "it expected to ratify \"within months\"", negated=True, required=False)
RL(d, ["China", "India", "United States"], NOTBOUND, GCHE, None,
   "China, India and the United States have not joined the Global Convention", negated=True)
R(d, "China", PARTY, TOKYO, None,
  "China is, however, a party to the Asia-Pacific Regional Convention on the Recognition of Qualifications in Higher Education (the Tokyo Convention, 2011)")
R(d, "India", "signed", TOKYO, "2012", "India signed the Tokyo Convention in 2012")
R(d, "India", NOTRATIFIED, TOKYO, None, "India signed the Tokyo Convention in 2012 but has never ratified it", negated=True)
R(d, "Nigeria", NOTACCEDED, GCHE, None, "Nigeria is considering accession to both the Global Convention", negated=True)
R(d, "Nigeria", NOTACCEDED, ADDIS, None,
  "Nigeria is considering accession to both the Global Convention and the Revised Convention on the Recognition of Studies, Certificates, "
  "Diplomas, Degrees and Other Academic Qualifications in Higher Education in African States", negated=True)
R(d, "Ghana", RATIFIED, ADDIS, "2016", "which Ghana ratified in 2016")
RL(d, ["Australia", "Canada", "Israel", "New Zealand"], PARTY, LISBON, None,
   "Outside Europe, Australia, Canada, Israel and New Zealand are also parties to the Lisbon Convention")
R(d, "United States", "signed", LISBON, "1997", "the United States signed it in 1997")
R(d, "United States", NOTRATIFIED, LISBON, None, "the United States signed it in 1997 but has not ratified it", negated=True)
R(d, UNESCOADG, "called-for", GCHE, "2025-05-15",
  "She urged Member States that have not yet ratified to do so before the Convention's fifth anniversary in force.",
  alt=["\"ratifying the Global Convention costs nothing and opens doors for every student on the move\""])

# ===================== 11 =====================
d = "11_mercosur_joint_communique_montevideo.txt"
DAY = "2024-12-06"
R(d, "Bolivia", RATIFIED, BOLACC, "2024-07-08",
  "following the deposit by Bolivia, on 8 July 2024, of its instrument of ratification of the Protocol of Accession of the Plurinational State "
  "of Bolivia to MERCOSUR")
ASUNCION = ("Treaty of Asunción (MERCOSUR)", ["MERCOSUR", "Treaty of Asunción"])
R(d, "Bolivia", "party", ASUNCION, None, "They welcomed the participation, for the first time as a State Party, of the Plurinational State of Bolivia",
  required=False)
FOUR = ["Argentina", "Brazil", "Paraguay", "Uruguay"]
ucq = ("The Presidents reaffirmed their full commitment to the Ushuaia Protocol on Democratic Commitment in MERCOSUR, the Republic of Bolivia "
       "and the Republic of Chile")
RL(d, FOUR + ["Bolivia"], "committed", USHUAIA, DAY, ucq)
usq = "signed in Ushuaia on 24 July 1998 by the four States Parties together with Bolivia and Chile"
RL(d, FOUR, "signed", USHUAIA, "1998-07-24", usq, required=False)
RL(d, ["Bolivia", "Chile"], "signed", USHUAIA, "1998-07-24", usq)
RL(d, ["Argentina", "Uruguay"], RATIFIED, USHUAIA2, None, "It has been ratified by Argentina and Uruguay")
R(d, "Brazil", NOTRATIFIED, USHUAIA2, None, "while Brazil and Paraguay have yet to complete their internal procedures", negated=True)
R(d, "Paraguay", NOTRATIFIED, USHUAIA2, None, "while Brazil and Paraguay have yet to complete their internal procedures", negated=True,
  alt=["his Government expects to submit Ushuaia II to the National Congress in the first half of 2025"])
RL(d, FOUR + ["Bolivia"], "welcomed", EUMERC, DAY,
   "The Presidents celebrated the conclusion, today in Montevideo, of the negotiations of the Partnership Agreement between MERCOSUR and the European Union",
   required=False)
R(d, CMC, "adopted", CMC1224, DAY, "They approved Decision CMC No. 12/24 on the MERCOSUR Customs Code")
R(d, "Panama", ["acceded", "party", "endorsed", "signed"], FATM, "2024-07",
  "whose country became an Associated State in July 2024 by adhering to the Framework Agreement on Trade with MERCOSUR")

# ===================== 12 =====================
d = "12_wire_celac_kingstown_summit.txt"
DAY = "2024-03-01"
R(d, CELAC, "adopted", KINGSTOWN, DAY,
  "Leaders and envoys of the Community of Latin American and Caribbean States (CELAC) adopted a 98-point declaration on Friday",
  alt=["Latin American leaders adopt Kingstown Declaration"])
R(d, "Argentina", ["endorsed", "signed"], KINGSTOWN, None, "Argentina, whose new government sent only a junior official, declined to sign it",
  negated=True, alt=["Argentina stays out"])
R(d, "Nicaragua", "endorsed", KINGSTOWN, None, "Nicaragua endorsed the text except for a paragraph on the war in Ukraine")
R(d, "Mexico", "endorsed", KINGSTOWN, None, "Mexico had endorsed the declaration \"in full\"")
R(d, "Brazil", ["endorsed", "supported"], KINGSTOWN, None, "Brazil's President Luiz Inácio Lula da Silva, attending his second CELAC summit since "
  "Brazil rejoined the bloc last year, also backed the text")
R(d, CELAC, "adopted", ZOP, "2014-01",
  "the Proclamation of Latin America and the Caribbean as a Zone of Peace, which CELAC leaders adopted at their second summit in Havana in January 2014")
R(d, CELAC, "adopted", BADECL, "2023-01", "the Declaration of Buenos Aires, adopted at the seventh summit in January 2023", required=False)
RL(d, ["Venezuela", "Guyana"], ["endorsed", "adopted", "signed", "committed"], ARGYLE, "2023-12-14",
   "the Argyle Declaration that Presidents Nicolas Maduro and Irfaan Ali agreed on December 14 at the same venue")
RL(d, ["Venezuela", "Guyana"], "committed", ARGYLE, None,
   "Both governments said this week that they remain committed to the Argyle Declaration")
MIGT = ("regional treaty on the rights of migrants", ["treaty on the rights of migrants"])
R(d, "Colombia", "called-for", MIGT, DAY, "Colombia's President Gustavo Petro used his speech to propose a regional treaty on the rights of migrants",
  required=False)
R(d, CARICOM, "co-sponsored", HAITI, None, "A separate special declaration on Haiti, proposed by the Caribbean Community", required=False)
R(d, "Argentina", "endorsed", HAITI, None, "was endorsed by all 33 members, including Argentina")
R(d, "Nicaragua", ["endorsed", "signed"], EUCELAC, None, "whose final declaration Nicaragua refused to sign", negated=True)

# ===================== 13 =====================
d = "13_au_press_african_youth_charter.txt"
DAY = "2024-08-12"
R(d, "Sao Tome and Principe", RATIFIED, AYC, "2024-08-07",
  "the Democratic Republic of Sao Tome and Principe deposited its instrument of ratification of the African Youth Charter with the Chairperson "
  "of the Commission on 7 August 2024")
R(d, "Sao Tome and Principe", "party", AYC, None, "Sao Tome and Principe thus becomes the 44th State Party to the Charter.", required=False)
R(d, "Eswatini", RATIFIED, AYC, "2024-07", "Last month, the Kingdom of Eswatini also deposited its instrument of ratification")
R(d, "Eswatini", "signed", AYC, "2008", "following its signature of the Charter in 2008")
R(d, AUA, "adopted", AYC, "2006-07-02",
  "The African Youth Charter was adopted by the Assembly of Heads of State and Government of the African Union at its Seventh Ordinary Session "
  "in Banjul, The Gambia, on 2 July 2006")
SNR = ["Central African Republic", "Comoros", "Djibouti", "Liberia", "Madagascar", "Somalia", "Tunisia"]
snq = ("The Charter has been signed but not yet ratified by seven Member States, namely Central African Republic, Comoros, Djibouti, Liberia, "
       "Madagascar, Somalia and Tunisia.")
RL(d, SNR, "signed", AYC, None, snq)
for a in SNR:
    R(d, a, NOTRATIFIED, AYC, None, snq, negated=True,
      alt=["Madagascar intended to deposit its instrument in 2025"] if a == "Madagascar" else None)
nnq = "Eritrea, Morocco and the Sahrawi Arab Democratic Republic have neither signed nor ratified it."
RL(d, ["Eritrea", "Morocco", "Sahrawi Arab Democratic Republic"], "signed", AYC, None, nnq, negated=True)
RL(d, ["Eritrea", "Morocco", "Sahrawi Arab Democratic Republic"], NOTRATIFIED, AYC, None, nnq, negated=True)
R(d, AUCOM, "called-for", AYC, DAY,
  "urged \"all Member States that have not yet done so to sign, ratify and domesticate the African Youth Charter without further delay")
R(d, AUA, "adopted", DPOA, "2009", "the Assembly declared 2009-2018 the African Youth Decade and adopted the Decade Plan of Action in 2009")
R(d, AUA, "adopted", MALABOD, "2011-07", "its Malabo Decision on Youth Empowerment of July 2011", required=False)
R(d, AUA, "called-for", AYC, "2011-07",
  "its Malabo Decision on Youth Empowerment of July 2011 called on Member States to accelerate the ratification of the Charter")

# ===================== 14 =====================
d = "14_spa_gcc_ministerial_council_statement.txt"
DAY = "2024-09-09"
R(d, GCCMC, "committed", GCCVRS, DAY, "the Council reaffirmed its commitment to the GCC Vision for Regional Security")
R(d, GCCMC, "adopted", GCCVRS, "2024-03", "which it adopted at its 159th session in March 2024")
R(d, "Kuwait", NOTRATIFIED, GCCSA, None,
  "all Member States except the State of Kuwait have ratified the amended GCC Security Agreement signed in Riyadh in November 2012", negated=True)
SIX = ["United Arab Emirates", "Bahrain", "Saudi Arabia", "Oman", "Qatar", "Kuwait"]
RL(d, SIX, PARTY, GCCCT, None, "the GCC Convention on Combating Terrorism of 2004 is in force for all six Member States", required=False)
alq = ("the Al-Ula Declaration, signed on January 5, 2021, by the leaders of the six GCC States - the United Arab Emirates, Bahrain, Saudi Arabia, "
       "Oman, Qatar and Kuwait - and of the Arab Republic of Egypt")
RL(d, SIX + ["Egypt"], ["signed", "endorsed"], ALULA, "2021-01-05", alq)
R(d, GCCMC, "committed", ALULA, DAY, "reaffirmed its commitment to the Declaration")
khq = "the Agreement Regulating Maritime Navigation in Khor Abdullah, signed between the State of Kuwait and the Republic of Iraq on April 29, 2012"
RL(d, ["Kuwait", "Iraq"], "signed", KHOR, "2012-04-29", khq)
RL(d, ["Kuwait", "Iraq"], RATIFIED, KHOR, None, "which entered into force after being ratified by both countries")
R(d, GCCMC, "welcomed", ES1023, DAY, "the Council welcomed General Assembly resolution ES-10/23")
R(d, GA, "adopted", ES1023, "2024-05-10", "General Assembly resolution ES-10/23, adopted on May 10, 2024")
R(d, GCCMC, "committed", API, DAY, "reaffirmed its commitment to the Arab Peace Initiative of 2002")
R(d, GCCMC, "called-for", NPT, DAY,
  "the Council called on all States that have not yet done so to accede to the Treaty on the Non-Proliferation of Nuclear Weapons")

# ===================== 15 =====================
d = "15_las_webpage_arab_conventions_status.txt"
R(d, LASJOINT, "adopted", ACST, "1998-04-22",
  "Adopted by the Council of Arab Ministers of the Interior and the Council of Arab Ministers of Justice at their joint meeting in Cairo on 22 April 1998")
R(d, "Somalia", RATIFIED, ACST, "2024-03-03", "Ratifications received in the past year: Somalia (deposited 3 March 2024).")
RL(d, ["Comoros", "Lebanon"], "signed", ACST, None, "Signed, not ratified: Comoros, Lebanon.")
RL(d, ["Comoros", "Lebanon"], NOTRATIFIED, ACST, None, "Signed, not ratified: Comoros, Lebanon.", negated=True)
R(d, "Morocco", RATIFIED, ACITO, "2025-01-12", "the Kingdom of Morocco deposited its instrument of ratification on 12 January 2025")
R(d, "Morocco", "party", ACITO, None, "becoming the 19th State Party", required=False)
itq = "The Convention has been ratified by, among others, Egypt (2014), Jordan (2013), Saudi Arabia (2012) and Sudan (2013)."
for a, y in [("Egypt", "2014"), ("Jordan", "2013"), ("Saudi Arabia", "2012"), ("Sudan", "2013")]:
    R(d, a, RATIFIED, ACITO, y, itq)
R(d, "Algeria", RATIFIED, ACITO, "2014", "Algeria ratified it in 2014")
R(d, "Iraq", ACCEDED, ACITO, "2013", "Iraq acceded in 2013")
RL(d, ["Djibouti", "Somalia"], "signed", ACITO, None, "Not signed: Djibouti, Somalia.", negated=True)
RL(d, ["Comoros", "Djibouti", "Somalia"], "signed", ACTOC, None,
   "Signed by all Member States on the date of adoption except Comoros, Djibouti and Somalia.", negated=True)
R(d, "Lebanon", "signed", ACTOC, "2010", "Lebanon, which signed the Convention in 2010")
R(d, "Lebanon", NOTRATIFIED, ACTOC, None, "Lebanon, which signed the Convention in 2010, has yet to ratify it", negated=True)
R(d, LASJUST, "adopted", ASCC, "2025-01-15",
  "The Council of Arab Ministers of Justice, meeting in Cairo, adopted the Arab Strategy for Combating Cybercrime 2025–2030")
R(d, LASJUST, "called-for", ACITO, "2025-01-15",
  "called on Member States that have not yet done so to ratify the Arab Convention on Combating Information Technology Offences")
R(d, "Tunisia", NOTRATIFIED, ACAC, None,
  "Tunisia informs the General Secretariat that it has completed the internal procedures for the ratification of the Arab Convention against "
  "Corruption; the instrument will be deposited shortly", negated=True)

# ===================== 16 =====================
d = "16_statement_solomon_islands_opsc_opac.txt"
DAY = "2024-10-09"
dq = ("This morning my country deposited with the Secretary-General its instruments of ratification of the Optional Protocol to the Convention "
      "on the Rights of the Child on the sale of children, child prostitution and child pornography and of the Optional Protocol on the "
      "involvement of children in armed conflict.")
R(d, "Solomon Islands", RATIFIED, OPSC, DAY, dq)
R(d, "Solomon Islands", RATIFIED, OPAC, DAY, dq, alt=["Fifteen years later, we have completed that journey."])
R(d, "Solomon Islands", "signed", OPSC, "2009-09", "Solomon Islands signed both Protocols in September 2009.")
R(d, "Solomon Islands", "signed", OPAC, "2009-09", "Solomon Islands signed both Protocols in September 2009.")
R(d, "Solomon Islands", ACCEDED, CRC, "1995", "We acceded to the Convention on the Rights of the Child itself in 1995")
R(d, "Solomon Islands", NOTACCEDED, OPIC, None, "We have not yet joined the third Optional Protocol, on a communications procedure.",
  negated=True, alt=["My Government is considering it carefully"])
cq = "We call on our Pacific neighbours that have not yet done so to ratify both Optional Protocols"
R(d, "Solomon Islands", "called-for", OPSC, DAY, cq)
R(d, "Solomon Islands", "called-for", OPAC, DAY, cq)
R(d, "Tonga", ACCEDED, OPSC, "2024-06", "Tonga acceded to the protocol on the sale of children in June")
R(d, "Solomon Islands", "co-sponsored", R78187, "2023",
  "Solomon Islands co-sponsored the General Assembly's omnibus resolution on the rights of the child last year (resolution 78/187)")
R(d, "Solomon Islands", "co-sponsored", RC2024, None, "we will co-sponsor this year's text on the theme of the girl child as well",
  negated=True)

# ===================== checks =====================
gold.finish(MIN_CHARS, MAX_CHARS)
