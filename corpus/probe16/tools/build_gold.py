#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe15/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Alternative actor names missing from its ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, ALT_NAMES, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, COMMITTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3200

# ---- instruments: (name as the text names it, aliases) ----
MBC = ("Anti-Personnel Mine Ban Convention", ["Ottawa Convention", "Mine Ban Convention", "Mine Ban Treaty",
       "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "nuclear test ban treaty"])
NEWSTART = ("New START", ["New START Treaty", "Treaty between the United States of America and the Russian Federation on Measures for the "
                          "Further Reduction and Limitation of Strategic Offensive Arms"])
SORT = ("Strategic Offensive Reductions Treaty", ["Moscow Treaty", "SORT"])
START1 = ("START I", ["START I Treaty", "START-1"])
ABM = ("Anti-Ballistic Missile Treaty", ["ABM Treaty", "Anti-Ballistic Missile (ABM) Treaty"])
INF = ("Intermediate-Range Nuclear Forces Treaty", ["INF Treaty", "Intermediate-Range Nuclear Forces (INF) Treaty"])
OPENSKIES = ("Treaty on Open Skies", ["Open Skies Treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
KAMPALA = ("Kampala amendments on the crime of aggression", ["amendments on the crime of aggression", "Kampala amendments"])
AEST = ("Treaty establishing the Confederation of Sahel States", ["AES Treaty", "Treaty establishing the Confederation of the Alliance of Sahel States"])
ACHPR = ("African Charter on Human and Peoples' Rights", ["Banjul Charter", "ACHPR"])
GC49 = ("Geneva Conventions of 1949", ["four Geneva Conventions", "Geneva Conventions", "four Geneva Conventions of 1949"])
ECOWAS = ("Revised Treaty of ECOWAS", ["Revised ECOWAS Treaty", "Revised Treaty of the Economic Community of West African States", "ECOWAS Treaty"])
CAH = ("resolution on crimes against humanity", ["draft A/C.6/79/L.16", "A/C.6/79/L.16", "crimes against humanity resolution"])
ILCDA = ("draft articles on prevention and punishment of crimes against humanity", ["ILC draft articles on crimes against humanity"])
LJHG = ("Ljubljana–The Hague Convention", ["Ljubljana-The Hague Convention",
        "Ljubljana–The Hague Convention on international cooperation in the investigation and prosecution of genocide, crimes against humanity and war crimes"])
ROL = ("resolution on the rule of law at the national and international levels", ["rule of law at the national and international levels"])
TERR = ("resolution on measures to eliminate international terrorism", ["measures to eliminate international terrorism"])
APGC = ("resolution on the status of the Protocols Additional to the Geneva Conventions of 1949",
        ["status of the Protocols Additional to the Geneva Conventions of 1949"])
ICCU = ("Convention establishing the International Claims Commission for Ukraine", ["Convention on the Claims Commission for Ukraine", "Claims Commission Convention"])
ROD = ("Enlarged Partial Agreement on the Register of Damage Caused by the Aggression of the Russian Federation against Ukraine",
       ["Register of Damage", "Register of Damage for Ukraine", "Register of Damage Caused by the Aggression of the Russian Federation against Ukraine",
        "Resolution CM/Res(2023)3", "CM/Res(2023)3"])
STA = ("Agreement between Ukraine and the Council of Europe on the Establishment of the Special Tribunal for the Crime of Aggression against Ukraine",
       ["Agreement on the Special Tribunal", "Special Tribunal Agreement"])
STSTAT = ("Statute of the Special Tribunal for the Crime of Aggression against Ukraine", ["Statute of the Special Tribunal"])
LVIV = ("Lviv Declaration on the Special Tribunal", ["Lviv Declaration"])
EPAMC = ("Enlarged Partial Agreement on the Management Committee of the Special Tribunal",
         ["Enlarged Partial Agreement on its Management Committee", "Special Tribunal's Management Committee"])
ECHR = ("European Convention on Human Rights", ["ECHR", "Convention for the Protection of Human Rights and Fundamental Freedoms"])
P15 = ("Protocol No. 15", ["Protocol No. 15 to the European Convention on Human Rights", "Protocol 15", "CETS No. 213"])
P16 = ("Protocol No. 16", ["Protocol No. 16 to the European Convention on Human Rights", "Protocol 16", "CETS No. 214"])
BRIGHTON = ("Brighton Declaration", ["Brighton Declaration on the future of the European Court of Human Rights"])
RESC = ("Revised European Social Charter", ["European Social Charter (revised)", "ETS No. 163"])
ESC61 = ("European Social Charter of 1961", ["European Social Charter", "original European Social Charter", "ETS No. 35"])
SREB = ("resolution A/78/L.67/Rev.1 on the International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica",
        ["A/78/L.67/Rev.1", "resolution 78/282", "International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica", "Srebrenica resolution"])
GENO = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention"])
S2015 = ("draft resolution S/2015/508", ["S/2015/508"])
PAL = ("draft resolution A/ES-10/L.30/Rev.1, \"Admission of new Members to the United Nations\"",
       ["A/ES-10/L.30/Rev.1", "resolution ES-10/23", "ES-10/23", "Admission of new Members to the United Nations"])
S2024 = ("draft resolution S/2024/312", ["S/2024/312"])
DOP = ("Declaration of Principles on Interim Self-Government Arrangements", ["Declaration of Principles", "Oslo Accords", "Oslo I Accord"])
R6719 = ("resolution 67/19", ["A/RES/67/19"])
ES117 = ("resolution ES-11/7", ["A/RES/ES-11/7", "Advancing a comprehensive, just and lasting peace in Ukraine"])
ES118 = ("resolution ES-11/8", ["A/RES/ES-11/8"])
R2774 = ("resolution 2774 (2025)", ["resolution 2774", "S/RES/2774 (2025)"])
ES111 = ("resolution ES-11/1", ["A/RES/ES-11/1"])
NIC = ("resolution A/HRC/58/L.14 on Nicaragua", ["A/HRC/58/L.14", "Human Rights Council resolution on Nicaragua"])
R522 = ("resolution 52/2", ["A/HRC/RES/52/2", "Human Rights Council resolution 52/2"])
C1954 = ("1954 Convention relating to the Status of Stateless Persons", ["Convention relating to the Status of Stateless Persons", "1954 Convention"])
C1961 = ("1961 Convention on the Reduction of Statelessness", ["Convention on the Reduction of Statelessness", "1961 Convention"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
ICCPROP1 = ("first Optional Protocol to the International Covenant on Civil and Political Rights",
            ["Optional Protocol to the International Covenant on Civil and Political Rights", "First Optional Protocol to the ICCPR"])
OASCH = ("Charter of the Organization of American States", ["OAS Charter"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
UNFCCC = ("UN Framework Convention on Climate Change", ["UNFCCC", "United Nations Framework Convention on Climate Change"])
KYOTO = ("Kyoto Protocol", ["Kyoto Protocol to the United Nations Framework Convention on Climate Change"])
R1665 = ("resolution 1665 (XVI)", ["Resolution 1665 (XVI)", "A/RES/1665 (XVI)"])
MERES = ("1995 Resolution on the Middle East", ["Resolution on the Middle East"])
AP2010 = ("2010 NPT Action Plan", ["Action Plan adopted at the 2010 Review Conference", "2010 Action Plan"])
FD2022 = ("final document of the Tenth NPT Review Conference", ["final document of the Tenth Review Conference", "2022 final document"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
R79238 = ("resolution 79/238 on nuclear war effects and scientific research", ["resolution 79/238", "A/RES/79/238", "nuclear war effects and scientific research"])
IAEAAP = ("Additional Protocol with the IAEA", ["Additional Protocol", "IAEA Additional Protocol"])
DECL3 = ("3MSP political declaration", ["Our commitment to upholding the prohibition of nuclear weapons and averting their catastrophic consequences",
                                       "political declaration of the Third Meeting of States Parties", "3MSP Declaration"])
BWC = ("Biological Weapons Convention", ["BWC", "Biological and Toxin Weapons Convention",
       "Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction"])
WGDEC = ("draft decision establishing a mechanism on international cooperation and assistance and a science and technology advisory mechanism",
         ["draft decision on the two mechanisms", "draft decision on a mechanism on international cooperation and assistance"])
FD9 = ("Final Document of the Ninth Review Conference of the BWC", ["Ninth Review Conference Final Document", "Final Document of the Ninth Review Conference"])
GP1925 = ("1925 Geneva Protocol", ["Geneva Protocol",
          "Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran", "Syria", "Türkiye",
          "State of Palestine", "European Union", "Czechia", "Marshall Islands", "Netherlands", "Micronesia", "Kyrgyzstan", "Gambia",
          "Timor-Leste", "South Sudan", "Germany", "Mexico", "China", "Egypt", "Somalia", "Bolivia", "Burundi", "Sudan", "United Arab Emirates",
          "Kazakhstan", "Chile", "Colombia", "Costa Rica", "Ecuador", "Paraguay", "Papua New Guinea", "Saudi Arabia", "Thailand", "Kenya",
          "Equatorial Guinea"),
    "United Kingdom": ALT_NAMES["United Kingdom"] + ["Britain", "Great Britain"],
    "Soviet Union": ["Soviet Union", "USSR", "Union of Soviet Socialist Republics"],
    "Mali": ["Mali", "Republic of Mali"],
    "Niger": ["Niger", "Republic of Niger"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina", "Bosnia"],
}
SIXTH = ["Sixth Committee", "Sixth Committee (Legal)", "Legal Committee"]   # no "General Assembly" in these names: the Assembly acts in the same document
ILC = ["International Law Commission", "ILC"]
RCROME = ["Review Conference of the Rome Statute", "Review Conference", "Kampala Review Conference"]
DIPCONF = ["Diplomatic Conference on the International Claims Commission for Ukraine", "diplomatic conference", "Diplomatic Conference"]
COESG = ["Secretary General of the Council of Europe", "Council of Europe Secretary General", "Alain Berset", "Council of Europe"]
COE = ["Council of Europe", "Secretary General of the Council of Europe", "Alain Berset"]
CM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
CTBTO = ["Executive Secretary of the CTBTO Preparatory Commission", "CTBTO Executive Secretary", "Robert Floyd", "CTBTO", "CTBT Organization",
         "Preparatory Commission for the CTBT Organization"]
UNSG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General", "António Guterres"]
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
HLC = ["High Level Conference on the Future of the European Court of Human Rights", "High Level Conference", "Brighton Conference"]
RC2010 = ["2010 NPT Review Conference", "2010 Review Conference", "Review Conference", "NPT Review Conference"]
RC2022 = ["Tenth NPT Review Conference", "Tenth Review Conference", "Review Conference", "NPT Review Conference"]
MSP3 = ["Third Meeting of States Parties to the TPNW", "Third Meeting of States Parties", "3MSP", "Meeting of States Parties"]
UNCONF = ["United Nations conference to negotiate the TPNW", "United Nations conference", "UN conference"]
TRACKER = ["Ban Treaty Tracker"]
WG = ["Working Group on the Strengthening of the Biological Weapons Convention", "Working Group", "BWC Working Group"]
RC9 = ["Ninth Review Conference of the BWC", "Ninth Review Conference", "Review Conference"]
PLO = ["Palestine Liberation Organization", "PLO"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

ENDORSED = ["endorsed", "signed"]


# ===================== 01 =====================
d = "01.txt"
R(d, "Marshall Islands", RATIFIED, MBC, "2025-06-12", "C.N.301.2025 – Marshall Islands – ratification – 12 June 2025")
R(d, "Marshall Islands", "signed", MBC, "1997-12-04", "The Marshall Islands signed the Convention on 4 December 1997")
R(d, "Marshall Islands", "party", MBC, None, "becomes the 165th State Party", required=False)
for a, q in [("Estonia", "C.N.318.2025 – Estonia – withdrawal – 27 June 2025, effective 27 December 2025"),
             ("Latvia", "C.N.319.2025 – Latvia – withdrawal – 27 June 2025, effective 27 December 2025"),
             ("Lithuania", "C.N.320.2025 – Lithuania – withdrawal – 27 June 2025, effective 27 December 2025"),
             ("Finland", "C.N.344.2025 – Finland – withdrawal – 10 July 2025, effective 10 January 2026"),
             ("Ukraine", "C.N.352.2025 – Ukraine – withdrawal – 29 July 2025")]:
    R(d, a, NOTBOUND, MBC, None, q, negated=True, required=False)
Q = "Estonia and Latvia had acceded to the Convention in 2004 and 2005 respectively"
R(d, "Estonia", ACCEDED, MBC, "2004", Q)
R(d, "Latvia", ACCEDED, MBC, "2005", Q)
R(d, "Lithuania", RATIFIED, MBC, "2003", "Lithuania ratified it in 2003")
R(d, "Finland", ACCEDED, MBC, "2012-01", "Finland acceded in January 2012")
R(d, "Poland", PARTY, MBC, None, "Poland therefore remains a State Party for now")
Q = "the United States, the Russian Federation, China and India have neither signed nor ratified the Convention"
for a in ["United States", "Russian Federation", "China", "India"]:
    R(d, a, "signed", MBC, None, Q, negated=True)
    R(d, a, NOTRATIFIED, MBC, None, Q, negated=True)
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania's withdrawal, notified on 6 March 2025, takes effect on 6 September 2025", negated=True, required=False,
  alt=["is the first State Party to leave it"])
R(d, "Lithuania", RATIFIED, CCM, "2011-03-24", "Lithuania ratified the Convention on 24 March 2011")
R(d, "Tuvalu", ACCEDED, CCM, "2025-07-02", "C.N.327.2025 – Tuvalu – accession – 2 July 2025")
RL(d, ["Estonia", "Latvia", "Finland", "Poland"], NOTBOUND, CCM, None,
   "Estonia, Latvia, Finland and Poland are not parties to the Convention on Cluster Munitions", negated=True)

# ===================== 02 =====================
d = "02.txt"
DAY = "2023-11-02"
R(d, "Russian Federation", "signed", CTBT, "1996-09", "Russia signed the treaty in September 1996", alt=["we remain a signatory"])
R(d, "Russian Federation", RATIFIED, CTBT, "2000-06", "ratified it in June 2000")
R(d, "Russian Federation", NOTRATIFIED, CTBT, None, "Russia is no longer among the states that have ratified the treaty", negated=True,
  alt=["signed a law withdrawing Russia's ratification of the Comprehensive Nuclear-Test-Ban Treaty (CTBT)"])
Q = "the United States, which signed the CTBT in 1996 but has never ratified it"
R(d, "United States", "signed", CTBT, "1996", Q)
R(d, "United States", NOTRATIFIED, CTBT, None, Q, negated=True)
R(d, GA, "adopted", CTBT, "1996-09", "The treaty, adopted by the UN General Assembly in September 1996")
Q = "China, Egypt, Iran and Israel have signed without ratifying"
for a in ["China", "Egypt", "Iran", "Israel"]:
    R(d, a, "signed", CTBT, None, Q)
    R(d, a, NOTRATIFIED, CTBT, None, Q, negated=True)
RL(d, ["India", "Pakistan", "Democratic People's Republic of Korea"], "signed", CTBT, None, "India, Pakistan and North Korea have not signed at all", negated=True)
RL(d, ["Papua New Guinea", "Sri Lanka"], RATIFIED, CTBT, "2023", "Papua New Guinea and Sri Lanka ratified the treaty earlier this year")
R(d, "Belarus", RATIFIED, CTBT, "2000", "Belarus, Moscow's closest ally, ratified in 2000")
R(d, CTBTO, "called-for", CTBT, DAY, "on Thursday urged all states that have not yet done so to sign and ratify the treaty")
R(d, UNSG, "called-for", CTBT, DAY, "UN Secretary-General António Guterres, through a spokesperson, made the same call later in the day")
R(d, "United States", COMMITTED, CTBT, DAY, "the State Department said on Thursday that the United States \"remains committed to the CTBT\"")

# ===================== 03 =====================
d = "03.txt"
RL(d, ["United States", "Russian Federation"], "signed", NEWSTART, "2010-04-08", "The United States and Russia signed New START in Prague on April 8, 2010")
RL(d, ["United States", "Russian Federation"], RATIFIED, NEWSTART, "2011-02-05",
   "the two parties exchanged instruments of ratification in Munich on February 5, 2011")
RL(d, ["United States", "Russian Federation"], "signed", SORT, "2002-05", "which Presidents George W. Bush and Vladimir Putin signed in May 2002")
RL(d, ["United States", "Soviet Union"], "signed", START1, "1991-07", "which the United States and the Soviet Union signed in July 1991")
Q = "Belarus, Kazakhstan and Ukraine became parties to START I alongside Russia and the United States"
RL(d, ["Belarus", "Kazakhstan", "Ukraine"], PARTY, START1, None, Q)
RL(d, ["Russian Federation", "United States"], PARTY, START1, None, Q, required=False)
R(d, "Russian Federation", NOTBOUND, NEWSTART, None, "Russia was \"suspending its participation\" in New START", negated=True, required=False)
R(d, "Russian Federation", PARTY, NEWSTART, None, "Moscow insists, however, that it has not withdrawn and remains a party", required=False)
R(d, "United States", NOTBOUND, ABM, None, "The United States withdrew from the Anti-Ballistic Missile (ABM) Treaty in 2002", negated=True, required=False)
R(d, "United States", NOTBOUND, INF, None, "from the Intermediate-Range Nuclear Forces (INF) Treaty in August 2019", negated=True, required=False)
RL(d, ["United States", "Russian Federation"], NOTBOUND, OPENSKIES, None, "Neither the United States nor Russia is now a party to the Treaty on Open Skies",
   negated=True, alt=["the United States left it in November 2020 and Russia in December 2021"])
RL(d, ["United States", "Russian Federation"], PARTY, NPT, None, "Both remain parties to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)")
R(d, "China", NOTBOUND, NEWSTART, None, "China, whose arsenal is growing quickly, is not a party to New START", negated=True)

# ===================== 04 =====================
d = "04.txt"
DAY = "2025-09-22"
AES = ["Burkina Faso", "Mali", "Niger"]
RL(d, AES, NOTBOUND, ROME, None,
   "announce their sovereign decision to withdraw from the Rome Statute of the International Criminal Court, with immediate effect",
   negated=True, required=False, alt=["The notifications of withdrawal will be deposited with the Secretary-General of the United Nations"])
R(d, "Burkina Faso", RATIFIED, ROME, "2004-04-16", "Burkina Faso ratified the Rome Statute on 16 April 2004")
R(d, "Mali", RATIFIED, ROME, "2000-08-16", "Burkina Faso ratified the Rome Statute on 16 April 2004, the Republic of Mali on 16 August 2000")
R(d, "Niger", RATIFIED, ROME, "2002-04-11", "the Republic of Niger on 11 April 2002")
RL(d, AES, NOTRATIFIED, KAMPALA, None, "None of the three States has ratified the amendments on the crime of aggression", negated=True)
R(d, RCROME, "adopted", KAMPALA, "2010-06-11",
  "the amendments on the crime of aggression adopted by the Review Conference of the Rome Statute in Kampala on 11 June 2010")
R(d, "Hungary", NOTBOUND, ROME, None, "Hungary, for its part, notified its withdrawal from the Rome Statute on 2 June 2025", negated=True, required=False)
RL(d, AES, COMMITTED, AEST, DAY, "The Governments reaffirm their commitment to the Treaty establishing the Confederation of Sahel States")
RL(d, AES, "signed", AEST, "2024-07-06", "signed by the three Heads of State in Niamey on 6 July 2024")
Q = "the three States remain parties to the African Charter on Human and Peoples' Rights and to the four Geneva Conventions of 1949"
RL(d, AES, PARTY, ACHPR, None, Q)
RL(d, AES, PARTY, GC49, None, Q)
RL(d, AES, NOTBOUND, ECOWAS, None, "they are therefore no longer bound by the Revised Treaty of ECOWAS", negated=True,
   alt=["their withdrawal from the Economic Community of West African States took effect on 29 January 2025"])

# ===================== 05 =====================
d = "05.txt"
DAY = "2024-12-04"
R(d, GA, "adopted", CAH, DAY, "as it adopted without a vote the resolution on crimes against humanity recommended by its Sixth Committee (Legal) (draft A/C.6/79/L.16)")
R(d, ILC, "adopted", ILCDA, "2019", "which the International Law Commission adopted in 2019")
R(d, SIXTH, ADOPTED, CAH, "2024-11-22", "The Sixth Committee had approved the draft without a vote on 22 November")
RL(d, ["Mexico", "Gambia"], "co-sponsored", CAH, None, "its main sponsors, Mexico and the Gambia")
RL(d, ["Argentina", "Bangladesh", "Costa Rica", "Germany", "Liechtenstein", "Sierra Leone", "Timor-Leste", "Ukraine"], "co-sponsored", CAH, None,
   "(among them Argentina, Bangladesh, Costa Rica, Germany, Liechtenstein, Sierra Leone, Timor-Leste and Ukraine)")
R(d, "United States", "supported", CAH, DAY, "The representative of the United States said her delegation supported the resolution")
R(d, "Russian Federation", "supported", CAH, DAY, "his delegation had joined the consensus in a spirit of compromise", required=False)
R(d, "Russian Federation", "co-sponsored", CAH, None, "but had not co-sponsored the text", negated=True)
R(d, "India", "supported", CAH, DAY, "India also joined the consensus", required=False)
R(d, "India", NOTBOUND, ROME, None, "India is not a party to the Rome Statute of the International Criminal Court", negated=True)
R(d, "China", "co-sponsored", CAH, None, "China said it had reservations about several draft articles and did not co-sponsor", negated=True)
R(d, "Eritrea", "supported", CAH, None, "The representative of Eritrea dissociated his delegation from the resolution", negated=True, required=False)
R(d, "Slovenia", "signed", LJHG, "2024-02", "which her country signed in February 2024")
Q = ("the Assembly adopted the Sixth Committee's resolutions on the rule of law at the national and international levels, on measures to eliminate "
     "international terrorism and on the status of the Protocols Additional to the Geneva Conventions of 1949")
for inst in (ROL, TERR, APGC):
    R(d, GA, "adopted", inst, DAY, Q)

# ===================== 06 =====================
d = "06.txt"
DAY = "2025-12-16"
R(d, DIPCONF, "adopted", ICCU, DAY, "A diplomatic conference convened by the Council of Europe and hosted by the Netherlands today adopted the Convention establishing the International Claims Commission for Ukraine")
SIGN = ["Ukraine", "Austria", "Belgium", "Canada", "Czechia", "Estonia", "Finland", "France", "Germany", "Ireland", "Japan", "Latvia", "Lithuania",
        "Netherlands", "Poland", "Sweden", "United Kingdom", "European Union"]
RL(d, SIGN, "signed", ICCU, DAY, "was signed by Ukraine and by the following 16 States and the European Union: Austria, Belgium, Canada, Czechia, Estonia, "
   "Finland, France, Germany, Ireland, Japan, Latvia, Lithuania, the Netherlands, Poland, Sweden and the United Kingdom")
RL(d, ["Norway", "Iceland"], "signed", ICCU, DAY, "Norway and Iceland signed later in the afternoon")
R(d, "Switzerland", "signed", ICCU, None, "said it would sign once its internal consultations are complete", negated=True)
R(d, "United States", "signed", ICCU, None, "The United States attended as an observer and did not sign", negated=True)
RL(d, ["Hungary", "Türkiye"], NOTBOUND, ROD, None, "Hungary and Türkiye have not joined the Register of Damage", negated=True)
RL(d, ["Hungary", "Türkiye"], "signed", ICCU, None, "neither signed the Convention today", negated=True)
R(d, "Ukraine", NOTRATIFIED, ICCU, None, "said Ukraine would ratify the Convention \"as a matter of priority\" early next year", negated=True)
R(d, COESG, "called-for", ICCU, DAY, "called on \"all member States and all our partners to sign and ratify the Convention without delay\"")
R(d, CM, ADOPTED, ROD, "2023-05", "set up in May 2023 as an Enlarged Partial Agreement by Committee of Ministers Resolution CM/Res(2023)3", required=False)
R(d, "Republic of Korea", JOINED, ROD, "2025-11", "last month the Republic of Korea became the latest State to join it")
R(d, "Japan", JOINED, ROD, "2024-04-03", "03/04/2024 – Japan joins the Register of Damage for Ukraine")

# ===================== 07 =====================
d = "07.txt"
DAY = "2025-06-25"
Q = ("the President of Ukraine, Volodymyr Zelenskyy, and the Secretary General of the Council of Europe, Alain Berset, signed the Agreement between "
     "Ukraine and the Council of Europe on the Establishment of the Special Tribunal for the Crime of Aggression against Ukraine")
R(d, "Ukraine", "signed", STA, DAY, Q)
R(d, COE, "signed", STA, DAY, Q)
Q = "The texts of the Agreement and of the Statute were approved by the Committee of Ministers of the Council of Europe on 11 June 2025"
R(d, CM, ADOPTED, STA, "2025-06-11", Q)
R(d, CM, ADOPTED, STSTAT, "2025-06-11", Q)
Q = ("On 9 May 2025 in Lviv, the Minister for Foreign Affairs of Ukraine, Andrii Sybiha, and the foreign ministers of Estonia, Finland, France, "
     "Germany, Lithuania, the Netherlands, Poland and the United Kingdom, together with the EU High Representative, Kaja Kallas, signed the Lviv "
     "Declaration on the Special Tribunal")
RL(d, ["Ukraine", "Estonia", "Finland", "France", "Germany", "Lithuania", "Netherlands", "Poland", "United Kingdom", "European Union"],
   ENDORSED, LVIV, "2025-05-09", Q)
RL(d, ["Hungary", "Slovakia"], ENDORSED, LVIV, None, "Hungary and Slovakia did not join the Declaration", negated=True)
RL(d, ["Lithuania", "Latvia", "Estonia"], JOINED, EPAMC, None, "Lithuania, Latvia and Estonia have informed the Council of Europe that they intend to join it",
   negated=True)
R(d, "Netherlands", JOINED, EPAMC, None, "the Netherlands, which will host the Tribunal in The Hague, is expected to do the same", negated=True)
R(d, "Ukraine", NOTRATIFIED, STA, None, "The Agreement will now be submitted to the Verkhovna Rada of Ukraine for ratification", negated=True)
R(d, "Ukraine", RATIFIED, ROME, "2024-10-25", "Ukraine deposited its instrument of ratification of the Rome Statute on 25 October 2024")
R(d, "Ukraine", "party", ROME, None, "became a State Party on 1 January 2025", required=False)
R(d, "Ukraine", NOTRATIFIED, KAMPALA, None, "Ukraine has not ratified the Kampala amendments on the crime of aggression", negated=True)
R(d, "Ukraine", "called-for", ROD, DAY, "We call on all States that have not yet done so to join the Register of Damage")

# ===================== 08 =====================
d = "08.txt"
R(d, "United Kingdom", RATIFIED, ECHR, "1951", "The UK ratified the European Convention on Human Rights in 1951")
R(d, HLC, ADOPTED, BRIGHTON, "2012-04", "the Brighton Declaration, adopted by the High Level Conference on the Future of the European Court of Human Rights in April 2012")
R(d, "United Kingdom", "signed", P15, "2013-06-24", "The UK signed Protocol No. 15 on 24 June 2013")
R(d, "United Kingdom", RATIFIED, P15, "2015-04-10", "and ratified it on 10 April 2015")
R(d, "Italy", RATIFIED, P15, "2021-04-21", "Italy was the last to ratify, on 21 April 2021")
R(d, "France", RATIFIED, P16, "2018-04-12", "after France became the tenth state to ratify it, on 12 April 2018")
RL(d, ["Armenia", "Estonia", "Finland", "Georgia", "Lithuania", "Netherlands", "Ukraine"], RATIFIED, P16, None,
   "It has since been ratified by, among others, Armenia, Estonia, Finland, Georgia, Lithuania, the Netherlands and Ukraine")
R(d, "Czechia", RATIFIED, P16, "2024", "earlier this year Czechia deposited its instrument of ratification")
Q = "Italy, Norway and Romania have signed it but have yet to ratify"
RL(d, ["Italy", "Norway", "Romania"], "signed", P16, None, Q)
RL(d, ["Italy", "Norway", "Romania"], NOTRATIFIED, P16, None, Q, negated=True)
R(d, "Germany", "signed", P16, None, "Germany has not signed it", negated=True)
Q = "The UK has neither signed nor ratified Protocol No. 16"
R(d, "United Kingdom", "signed", P16, None, Q, negated=True, alt=["In 2023 the Government told the House it had \"no plans\" to do so"])
R(d, "United Kingdom", NOTRATIFIED, P16, None, Q, negated=True, alt=["In 2023 the Government told the House it had \"no plans\" to do so"])
R(d, "Russian Federation", NOTBOUND, ECHR, None, "The Russian Federation ceased to be a party to the Convention on 16 September 2022", negated=True)
Q = "The UK also signed the Revised European Social Charter in 1997 but has not ratified it"
R(d, "United Kingdom", "signed", RESC, "1997", Q)
R(d, "United Kingdom", NOTRATIFIED, RESC, None, Q, negated=True)
R(d, "United Kingdom", PARTY, ESC61, None, "it remains bound by the original European Social Charter of 1961")

# ===================== 09 =====================
d = "09.txt"
DAY = "2024-05-23"
R(d, GA, "adopted", SREB, DAY, "The General Assembly today adopted a resolution designating 11 July as the International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica")
RL(d, ["Germany", "Rwanda"], "co-sponsored", SREB, None, "the representative of Germany said it had been drafted together with Rwanda")
RL(d, ["Albania", "Malaysia", "Netherlands", "United States"], "co-sponsored", SREB, None,
   "Its other co-sponsors included Albania, Malaysia, the Netherlands and the United States")
R(d, "Montenegro", "supported", SREB, DAY, "Montenegro, whose amendment stating that criminal responsibility is individual was incorporated into the revised draft, voted in favour")
Q = ("Voting against were, among others, Belarus, China, Cuba, the Democratic People's Republic of Korea, Hungary, Nicaragua, the Russian Federation "
     "and Serbia")
for a in ["Belarus", "China", "Cuba", "Democratic People's Republic of Korea", "Hungary", "Nicaragua", "Russian Federation", "Serbia"]:
    R(d, a, "supported", SREB, DAY, Q, negated=True,
      alt=["Serbia's President, Aleksandar Vučić, said his country would vote against a text"] if a == "Serbia" else None)
RL(d, ["Brazil", "Cyprus", "Greece", "India", "Slovakia", "South Africa"], "supported", SREB, DAY,
   "Abstaining were, among others, Brazil, Cyprus, Greece, India, Slovakia and South Africa", negated=True)
RL(d, ["Austria", "Canada", "Croatia", "Japan", "Slovenia", "Türkiye"], "supported", SREB, DAY,
   "Austria, Canada, Croatia, Japan, Slovenia and Türkiye were among those voting in favour")
RL(d, ["Equatorial Guinea", "Lebanon"], "supported", SREB, None, "Equatorial Guinea and Lebanon did not participate in the vote", negated=True)
R(d, "Serbia", PARTY, GENO, None, "Serbia, he recalled, is a party to the Convention on the Prevention and Punishment of the Crime of Genocide")
R(d, "Bosnia and Herzegovina", "welcomed", SREB, DAY, "the representative of Bosnia and Herzegovina welcomed the resolution", required=False)
R(d, "Russian Federation", "supported", S2015, "2015-07-08", "on 8 July of that year the Russian Federation voted against draft resolution S/2015/508", negated=True)

# ===================== 10 =====================
d = "10.txt"
DAY = "2024-05-10"
R(d, "Norway", "supported", PAL, DAY, "Norway voted in favour of the resolution the Assembly has just adopted")
R(d, "Norway", "co-sponsored", PAL, None, "we were proud to be among its co-sponsors")
R(d, GA, "adopted", PAL, DAY, "the resolution the Assembly has just adopted")
R(d, "United Arab Emirates", "co-sponsored", PAL, None, "the United Arab Emirates, which presented the text as Chair of the Arab Group for this month")
R(d, "United States", "supported", S2024, "2024-04-18", "On 18 April, the United States vetoed draft resolution S/2024/312", negated=True)
RL(d, ["United Kingdom", "Switzerland"], "supported", S2024, "2024-04-18", "the United Kingdom and Switzerland abstained", negated=True)
RL(d, ["United States", "Israel"], "supported", PAL, DAY, "nine delegations, among them the United States and Israel, voted against", negated=True)
RL(d, ["Finland", "Germany", "Italy", "Sweden", "United Kingdom"], "supported", PAL, DAY,
   "including Finland, Germany, Italy, Sweden and the United Kingdom, chose to abstain", negated=True)
RL(d, ["Denmark", "Iceland", "Ireland", "Slovenia", "Spain"], "supported", PAL, DAY,
   "our Nordic neighbours Denmark and Iceland voted with us, as did Ireland, Slovenia and Spain")
RL(d, ["Israel", PLO], "signed", DOP, "1993-09-13",
   "signed by Israel and the Palestine Liberation Organization in Washington on 13 September 1993")
R(d, "Norway", "supported", R6719, "2012", "In 2012 Norway voted for resolution 67/19")
R(d, GA, "adopted", R6719, "2012", "by which this Assembly accorded Palestine the status of non-member observer State", required=False)
Q = ("Palestine has acceded to more than 100 treaties, among them the four Geneva Conventions in 2014 and the Rome Statute of the International "
     "Criminal Court in January 2015")
R(d, "State of Palestine", ACCEDED, GC49, "2014", Q)
R(d, "State of Palestine", ACCEDED, ROME, "2015-01", Q)

# ===================== 11 =====================
d = "11.txt"
DAY = "2025-02-24"
R(d, GA, "adopted", ES117, DAY, "The Assembly adopted the Ukrainian text, \"Advancing a comprehensive, just and lasting peace in Ukraine,\" as resolution ES-11/7")
R(d, "Ukraine", "co-sponsored", ES117, None, "Drafted by Ukraine")
RL(d, ["Japan", "Canada"], "co-sponsored", ES117, None, "it was co-sponsored by every EU member state as well as Japan and Canada")
QN = "Russia and the United States voted no, as did Belarus, North Korea, Hungary, Israel and Nicaragua"
R(d, "United States", "supported", ES117, DAY, "The United States on Monday voted against a European-backed General Assembly resolution", negated=True, alt=[QN])
for a in ["Russian Federation", "Belarus", "Democratic People's Republic of Korea", "Hungary", "Israel", "Nicaragua"]:
    R(d, a, "supported", ES117, DAY, QN, negated=True)
RL(d, ["China", "India", "Brazil", "Saudi Arabia"], "supported", ES117, DAY, "China, India, Brazil and Saudi Arabia were among the abstainers", negated=True)
R(d, GA, "adopted", ES118, DAY, "It passed as amended, becoming resolution ES-11/8")
R(d, "United States", "co-sponsored", ES118, None, "A rival U.S. draft in the Assembly", required=False)
R(d, "United States", "supported", ES118, DAY, "the United States abstaining on its own text", negated=True)
R(d, UNSC, "adopted", R2774, DAY, "the 15-member Security Council adopted the original U.S. wording as resolution 2774 (2025)")
R(d, "United States", "co-sponsored", R2774, None, "adopted the original U.S. wording as resolution 2774 (2025)", required=False)
RL(d, ["United Kingdom", "France", "Denmark", "Greece", "Slovenia"], "supported", R2774, DAY,
   "Britain, France, Denmark, Greece and Slovenia abstained after their amendments failed", negated=True)
QF = ("The United States, Russia, China, Algeria, Guyana, Pakistan, Panama, South Korea, Sierra Leone and Somalia voted in favour")
for a in ["United States", "Russian Federation", "China", "Algeria", "Guyana", "Pakistan", "Panama", "Republic of Korea", "Sierra Leone", "Somalia"]:
    R(d, a, "supported", R2774, DAY, QF, alt=["Moscow had backed the Council text"] if a == "Russian Federation" else None)
R(d, GA, "adopted", ES111, "2022-03-02", "on March 2, 2022, the Assembly demanded in resolution ES-11/1 that Russia withdraw its forces, a text adopted by 141 votes to 5")

# ===================== 12 =====================
d = "12.txt"
DAY = "2025-04-03"
R(d, HRC, "adopted", NIC, DAY, "Yesterday the UN Human Rights Council renewed for two years the mandate of the Group of Human Rights Experts on Nicaragua, adopting resolution A/HRC/58/L.14")
R(d, "Chile", "co-sponsored", NIC, None, "The resolution was presented by Chile")
RL(d, ["Brazil", "Canada", "Colombia", "Costa Rica", "Ecuador", "Paraguay", "Peru"], "co-sponsored", NIC, None,
   "on behalf of a core group also comprising Brazil, Canada, Colombia, Costa Rica, Ecuador, Paraguay and Peru")
RL(d, ["Czechia", "France", "Germany", "Japan", "Netherlands", "Spain"], "supported", NIC, DAY,
   "Voting in favour were, among others, Czechia, France, Germany, Japan, the Netherlands and Spain")
RL(d, ["Bolivia", "Burundi", "China", "Cuba", "Sudan"], "supported", NIC, DAY, "Bolivia, Burundi, China, Cuba and Sudan voted against", negated=True)
RL(d, ["Indonesia", "Kenya", "Qatar", "South Africa", "Thailand"], "supported", NIC, DAY,
   "Indonesia, Kenya, Qatar, South Africa and Thailand were among the abstentions", negated=True)
R(d, "Mexico", "supported", NIC, DAY, "Indonesia, Kenya, Qatar, South Africa and Thailand were among the abstentions, as was Mexico", negated=True)
R(d, "Mexico", "supported", R522, "2023", "which had also abstained on resolution 52/2 in 2023", negated=True)
Q = ("Nicaragua acceded in 2013 to both the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of "
     "Statelessness")
R(d, "Nicaragua", ACCEDED, C1954, "2013", Q)
R(d, "Nicaragua", ACCEDED, C1961, "2013", Q)
Q = "Nicaragua is also a party to the International Covenant on Civil and Political Rights and to its first Optional Protocol"
R(d, "Nicaragua", PARTY, ICCPR, None, Q)
R(d, "Nicaragua", PARTY, ICCPROP1, None, Q)
R(d, "Nicaragua", NOTBOUND, OASCH, None, "It denounced the Charter of the Organization of American States in November 2021", negated=True, required=False,
  alt=["its withdrawal from the OAS took effect two years later"])

# ===================== 13 =====================
d = "13.txt"
R(d, "United States", NOTBOUND, PARIS, None,
  "The United States on Monday formally notified Secretary-General António Guterres, the depositary of the Paris Agreement, of its withdrawal from the accord",
  negated=True, required=False, alt=["It notified its first withdrawal on 4 November 2019"])
R(d, "United States", PARTY, PARIS, None, "until then, the United States remains a Party", alt=["became a Party again on 19 February 2021"])
R(d, "United States", "signed", PARIS, "2016-04-22", "The United States signed it in New York on 22 April 2016")
R(d, "United States", ACCEPTED, PARIS, "2016-09-03", "accepted it on 3 September 2016",
  alt=["deposited a new instrument of acceptance on 20 January 2021"])
R(d, "China", RATIFIED, PARIS, "2016-09-03", "together with China, which ratified the same day")
R(d, "United States", RATIFIED, UNFCCC, "1992-10", "The United States remains a Party to the UN Framework Convention on Climate Change, which it ratified in October 1992")
Q = "It signed the Kyoto Protocol in 1998 but never ratified it"
R(d, "United States", "signed", KYOTO, "1998", Q)
R(d, "United States", NOTRATIFIED, KYOTO, None, Q, negated=True)
Q = "Only three States have signed the Agreement without joining it: Iran, Libya and Yemen"
RL(d, ["Iran", "Libya", "Yemen"], "signed", PARIS, None, Q)
RL(d, ["Iran", "Libya", "Yemen"], NOTBOUND, PARIS, None, Q, negated=True)
RL(d, ["Nicaragua", "Syria"], JOINED, PARIS, "2017", "Nicaragua and Syria, long the last holdouts, joined in 2017")
R(d, "South Sudan", ACCEDED, PARIS, "2021-02", "South Sudan, which acceded in February 2021")
R(d, "Türkiye", RATIFIED, PARIS, "2021-10", "Türkiye, which ratified in October 2021")
R(d, "Eritrea", ACCEDED, PARIS, "2023-02", "Eritrea, which acceded in February 2023")
R(d, "Argentina", PARTY, PARIS, "2016", "Argentina, a Party since 2016")

# ===================== 14 =====================
d = "14.txt"
DAY = "2025-04-29"
R(d, GA, "adopted", R1665, "1961-12", "Resolution 1665 (XVI), which the General Assembly adopted unanimously in December 1961")
R(d, "Ireland", "signed", NPT, "1968-07-01", "Ireland was the first State to sign the Treaty, on 1 July 1968")
R(d, "Ireland", RATIFIED, NPT, "1968-07-01", "we ratified it the same day")
R(d, "Ireland", COMMITTED, NPT, DAY, "Ireland remains fully committed to the Treaty")
R(d, "Ireland", COMMITTED, MERES, DAY, "Ireland remains fully committed to the Treaty, to the 1995 Resolution on the Middle East")
R(d, "Ireland", COMMITTED, AP2010, DAY, "Ireland remains fully committed to the Treaty, to the 1995 Resolution on the Middle East and to the Action Plan adopted by consensus at the 2010 Review Conference")
R(d, RC2010, "adopted", AP2010, "2010", "the Action Plan adopted by consensus at the 2010 Review Conference", required=False)
R(d, RC2022, "adopted", FD2022, None, "the Tenth Review Conference, in 2022, failed to adopt a final document", negated=True, required=False)
R(d, "Russian Federation", "supported", FD2022, None, "after the Russian Federation blocked consensus", negated=True, required=False)
R(d, "Democratic People's Republic of Korea", NOTBOUND, NPT, None,
  "The Democratic People's Republic of Korea announced its withdrawal from the Treaty in 2003", negated=True, required=False)
R(d, "Ireland", "called-for", NPT, DAY, "We call on India, Israel and Pakistan to accede to the Treaty as non-nuclear-weapon States")
R(d, "Ireland", RATIFIED, CTBT, "1999", "Ireland ratified the Comprehensive Nuclear-Test-Ban Treaty in 1999")
R(d, "Ireland", RATIFIED, TPNW, "2020-08", "Ireland ratified the Comprehensive Nuclear-Test-Ban Treaty in 1999 and the Treaty on the Prohibition of Nuclear Weapons in August 2020")
R(d, "Ireland", "called-for", CTBT, DAY, "We call on all States whose ratification is needed for the CTBT's entry into force to sign and ratify it without delay")
Q = "We welcome Sierra Leone's ratification of the TPNW and Kyrgyzstan's signature, both in March"
R(d, "Sierra Leone", RATIFIED, TPNW, "2025-03", Q)
R(d, "Kyrgyzstan", "signed", TPNW, "2025-03", Q)
RL(d, ["Brazil", "Indonesia"], "signed", TPNW, "2017", "Brazil and Indonesia, which signed in 2017")
Q = "hope that Brazil and Indonesia, which signed in 2017, will follow suit"
RL(d, ["Brazil", "Indonesia"], NOTRATIFIED, TPNW, None, Q, negated=True, required=False)
R(d, "Ireland", "called-for", TPNW, DAY, Q, required=False)
RL(d, ["Ireland", "New Zealand"], "co-sponsored", R79238, "2024-12", "Last December, together with New Zealand, Ireland presented resolution 79/238")
R(d, GA, "adopted", R79238, "2024-12", "which the General Assembly adopted by 144 votes to 3, with 30 abstentions")
RL(d, ["France", "Russian Federation", "United Kingdom"], "supported", R79238, "2024-12",
   "France, the Russian Federation and the United Kingdom voted against it", negated=True)
R(d, "Ireland", PARTY, IAEAAP, None, "Ireland's comprehensive safeguards agreement and Additional Protocol with the IAEA have been in force since 2004",
  required=False)

# ===================== 15 =====================
d = "15.txt"
R(d, MSP3, "adopted", DECL3, "2025-03-07", "closed on Friday by adopting a political declaration")
R(d, "Sierra Leone", RATIFIED, TPNW, "2025-03-03", "Sierra Leone – ratification – 3 March 2025")
R(d, "Sierra Leone", "signed", TPNW, "2021", "Sierra Leone – ratification – 3 March 2025 (signed in 2021)")
R(d, "Solomon Islands", ACCEDED, TPNW, "2025-03-04", "Solomon Islands – accession – 4 March 2025")
R(d, "Kyrgyzstan", "signed", TPNW, "2025-03-05", "Kyrgyzstan – signature – 5 March 2025", alt=["Kyrgyzstan – signed 5 March 2025 (see above)"])
R(d, "Djibouti", RATIFIED, TPNW, "2025-03-06", "Djibouti – ratification – 6 March 2025")
CALL = "We urge Brazil, Colombia, Indonesia and Nepal to complete ratification"
for a, line, date in [("Brazil", "Brazil – signed 20 September 2017", "2017-09-20"), ("Colombia", "Colombia – signed 3 August 2018", "2018-08-03"),
                      ("Indonesia", "Indonesia – signed 20 September 2017", "2017-09-20"), ("Nepal", "Nepal – signed 20 September 2017", "2017-09-20")]:
    R(d, a, "signed", TPNW, date, line)
    R(d, a, NOTRATIFIED, TPNW, None, "SIGNED, NOT YET RATIFIED (selection) - Brazil – signed 20 September 2017" if a == "Brazil" else line,
      negated=True, alt=[CALL])
R(d, "Kyrgyzstan", NOTRATIFIED, TPNW, None, "Kyrgyzstan – signed 5 March 2025 (see above)", negated=True)
RL(d, ["Australia", "Belgium", "Germany", "Norway", "Switzerland"], "signed", TPNW, None,
   "Australia, Belgium, Germany, Norway and Switzerland attended as observers; none of them has signed the Treaty", negated=True)
R(d, "Australia", JOINED, TPNW, None, "Australia's government has said it is considering whether to join", negated=True)
R(d, UNCONF, "adopted", TPNW, "2017-07-07", "The Treaty was adopted on 7 July 2017 by the United Nations conference that negotiated it")
RL(d, ["Netherlands", "Singapore"], "supported", TPNW, "2017-07-07", "with the Netherlands voting against and Singapore abstaining", negated=True)
R(d, TRACKER, "called-for", TPNW, "2025-03-10",
  "We urge Brazil, Colombia, Indonesia and Nepal to complete ratification before the first Review Conference in 2026, and every observer State to sign")

# ===================== 16 =====================
d = "16.txt"
DAY = "2024-12-13"
R(d, WG, "adopted", WGDEC, None, "concluded its fifth session in Geneva today without adopting the draft decision", negated=True)
RL(d, ["Russian Federation", "Iran"], "supported", WGDEC, None,
   "the Russian Federation and the Islamic Republic of Iran said they could not join a consensus on the draft", negated=True, required=False)
R(d, RC9, "adopted", FD9, "2022-12", "the Ninth Review Conference of the Convention, which adopted its Final Document by consensus in December 2022")
R(d, "European Union", "called-for", BWC, DAY, "the European Union called on all States not yet party to accede to the Convention without delay")
R(d, "United States", COMMITTED, BWC, DAY, "the United States said it remained committed to the Convention")
R(d, "Micronesia", ACCEDED, BWC, "2024", "The Federated States of Micronesia deposited its instrument of accession earlier this year")
R(d, "South Sudan", ACCEDED, BWC, "2023-02", "South Sudan acceded in February 2023")
Q = "Four States have signed but not ratified the Convention, namely Egypt, Haiti, Somalia and Syria"
for a in ["Egypt", "Haiti", "Somalia", "Syria"]:
    R(d, a, "signed", BWC, None, Q)
    R(d, a, NOTRATIFIED, BWC, None, Q, negated=True)
Q = "Chad, Djibouti, Eritrea and Israel have neither signed nor ratified it"
for a in ["Chad", "Djibouti", "Eritrea", "Israel"]:
    R(d, a, "signed", BWC, None, Q, negated=True)
    R(d, a, NOTRATIFIED, BWC, None, Q, negated=True)
R(d, "Israel", ACCEDED, GP1925, "1969", "Israel acceded to the 1925 Geneva Protocol in 1969")

gold.finish(MIN_CHARS, MAX_CHARS)
