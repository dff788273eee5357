#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py and corpus/probe24/tools/build_gold.py; the record
helpers and checks come from corpus/tools/gold.py (imported, not copied). Four documents of this corpus are not .txt
(02.html, 10.html, 04.md, 12.md); gold.py's Gold.finish() checks .txt, .md and .html documents alike, quotes against the
file as written (white space folded). Alternative actor names missing from gold.py's ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3000
SUPPORTED_DOC = ["endorsed", "adopted", "committed"]   # finalizing / supporting a non-binding document

# ---- instruments: (name as the text names it, aliases) ----
CCW = ("Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively "
       "Injurious or to Have Indiscriminate Effects", ["Convention on Certain Conventional Weapons", "CCW", "Certain Conventional Weapons Convention"])
CCW5 = ("Convention on Certain Conventional Weapons", ["CCW", CCW[0]])
P1 = ("Protocol on Non-Detectable Fragments (Protocol I)", ["CCW Protocol I", "Protocol on Non-Detectable Fragments"])
P3 = ("Protocol on Prohibitions or Restrictions on the Use of Incendiary Weapons (Protocol III)", ["CCW Protocol III", "Protocol on Incendiary Weapons"])
P4 = ("Protocol on Blinding Laser Weapons (Protocol IV)", ["CCW Protocol IV", "Protocol on Blinding Laser Weapons"])
APII = ("Amended Protocol II", ["CCW Amended Protocol II",
        "Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices as amended on 3 May 1996"])
PV = ("Protocol on Explosive Remnants of War (Protocol V)", ["Protocol V", "CCW Protocol V", "Protocol on Explosive Remnants of War"])
ART1 = ("Amendment to Article 1 of the Convention on Certain Conventional Weapons", ["CCW Article 1 amendment", "amendment to Article 1 of the CCW"])
MAI = ("Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy",
       ["Political Declaration on Responsible Military Use of AI and Autonomy", "military AI Political Declaration"])
BLUE = ("REAIM Blueprint for Action", ["Blueprint for Action", "Seoul Blueprint for Action"])
CALL = ("REAIM Call to Action", ["2023 REAIM Call to Action", "Call to Action"])
R7962 = ("General Assembly resolution 79/62 on lethal autonomous weapons systems", ["resolution 79/62", "A/RES/79/62"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
NPT = ("Non-Proliferation Treaty", ["Treaty on the Non-Proliferation of Nuclear Weapons", "NPT"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "nuclear test ban treaty"])
APMBC = ("Anti-Personnel Mine Ban Convention", ["Mine Ban Convention", "Ottawa Convention", "APMBC", "Mine Ban Treaty",
         "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction"])
L52 = ("draft resolution A/C.1/80/L.52, \"Lethal autonomous weapons systems\"", ["A/C.1/80/L.52", "L.52", "lethal autonomous weapons systems resolution"])
AMD4 = ("oral amendment to operative paragraph 4 of draft resolution L.52", ["oral amendment to L.52"])
L49 = ("draft resolution L.49, \"Problems arising from the accumulation of conventional ammunition stockpiles in surplus\"",
       ["L.49", "A/C.1/80/L.49", "Problems arising from the accumulation of conventional ammunition stockpiles in surplus"])
API = ("Additional Protocol I", ["Protocol I", "Additional Protocol I to the Geneva Conventions", "AP I",
       "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts"])
APG2 = ("Additional Protocol II", ["Protocol II", "Additional Protocol II to the Geneva Conventions", "AP II",
        "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts"])
APIII = ("Additional Protocol III", ["Protocol III", "AP III", "Additional Protocol III to the Geneva Conventions",
         "Protocol additional to the Geneva Conventions of 12 August 1949, and relating to the Adoption of an Additional Distinctive Emblem (Protocol III)"])
STAT = ("Statutes of the International Red Cross and Red Crescent Movement", ["Movement's Statutes", "amended Statutes of the Movement"])
GC = ("Geneva Conventions of 1949", ["four Geneva Conventions", "Geneva Conventions"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of "
         "Explosive Weapons in Populated Areas", ["EWIPA Declaration", "Political Declaration on explosive weapons in populated areas",
                                                  "Dublin Declaration", "EWIPA Political Declaration"])
EWIPA16 = ("Political Declaration on explosive weapons in populated areas", ["EWIPA Declaration", EWIPA[0], "Dublin Declaration"])
BWC = ("Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on "
       "their Destruction", ["Biological Weapons Convention", "BWC", "Biological and Toxin Weapons Convention"])
GP25 = ("1925 Geneva Protocol", ["Geneva Protocol",
        "Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare"])
FDECL = ("final declaration of the Article XIV conference", ["Final Declaration of the Conference on Facilitating the Entry into Force of the CTBT",
         "Article XIV final declaration"])
SSD = ("Safe Schools Declaration", ["Safe Schools"])
R2601 = ("Resolution 2601 (2021)", ["Security Council resolution 2601", "S/RES/2601 (2021)", "resolution 2601"])
CCM = ("Convention on Cluster Munitions", ["CCM", "cluster convention", "Cluster Munitions Convention"])
ATT = ("Arms Trade Treaty", ["ATT"])
FAP = ("UN Firearms Protocol", ["Firearms Protocol",
       "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition"])
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
DU = ("resolution on the effects of the use of armaments and ammunition containing depleted uranium",
      ["depleted uranium resolution", "Effects of the use of armaments and ammunitions containing depleted uranium"])
CCMRES = ("resolution on implementation of the Convention on Cluster Munitions", ["Implementation of the Convention on Cluster Munitions"])
CCWRES = ("resolution on the Convention on Certain Conventional Weapons", ["CCW resolution"])
LAWSRES = ("resolution on lethal autonomous weapons systems", ["Lethal autonomous weapons systems"])
BWCRES = ("resolution on the Biological Weapons Convention", ["BWC resolution"])
MONT = ("Montreux Document on Pertinent International Legal Obligations and Good Practices for States related to Operations of Private "
        "Military and Security Companies during Armed Conflict", ["Montreux Document"])
MERC = ("International Convention against the Recruitment, Use, Financing and Training of Mercenaries", ["Mercenaries Convention"])
MDFWP = ("Forum's Work Plan 2026-2027", ["Montreux Document Forum Work Plan 2026-2027", "Work Plan 2026-2027"])
ENMOD = ("Environmental Modification Convention", ["ENMOD",
         "Convention on the Prohibition of Military or Any Other Hostile Use of Environmental Modification Techniques"])
GEO = ("moratorium on climate-related geoengineering", ["geoengineering moratorium", "CBD decision X/33"])
CBD = ("biodiversity convention", ["Convention on Biological Diversity", "CBD"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran",
          "Syria", "Sudan", "Timor-Leste", "European Union", "Philippines", "China", "Egypt", "Somalia", "Germany", "Mexico", "Chile",
          "Kenya", "Ghana", "Papua New Guinea", "Fiji", "Samoa"),
    "Türkiye": ["Türkiye", "Turkiye", "Turkey"],
    "Nepal": ["Nepal", "Government of Nepal", "Federal Democratic Republic of Nepal"],
    "Mongolia": ["Mongolia"],
    "Georgia": ["Georgia"],
    "Soviet Union": ["Soviet Union", "USSR", "Union of Soviet Socialist Republics"],
    "Japan": ["Japan", "Government of Japan"],
    "North Atlantic Treaty Organization": ["North Atlantic Treaty Organization", "NATO"],
    "Organization for Security and Co-operation in Europe": ["Organization for Security and Co-operation in Europe", "OSCE"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
}
FC1 = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly"]
NEGCONF = ["United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons", "negotiating conference",
           "UN conference to negotiate the TPNW"]
DIPCONF = ["Diplomatic Conference", "Diplomatic Conference on the adoption of Additional Protocol III", "2005 Diplomatic Conference"]
ICRC = ["International Committee of the Red Cross", "ICRC", "ICRC Advisory Service on International Humanitarian Law"]
INTCONF = ["International Conference of the Red Cross and Red Crescent", "International Conference"]
EWM = ["Explosive Weapons Monitor"]
ART14 = ["Conference on Facilitating the Entry into Force of the CTBT", "Article XIV conference",
         "Conference on Facilitating the Entry into Force of the Comprehensive Nuclear-Test-Ban Treaty"]
SNT = ["Schools Not Targets Japan"]
NBSP = ["Nordic-Baltic Security Programme"]
MDF = ["Montreux Document Forum", "Montreux Document Forum plenary"]
CBDCOP = ["Conference of the Parties to the Convention on Biological Diversity", "CBD COP", "Conference of the Parties"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 =====================
d = "01.txt"
QN = "On depositing its instrument of accession to the Convention, the Government of Nepal notified"
R(d, "Nepal", ACCEDED, CCW, "2025-10-14", QN, alt=["NEPAL: ACCESSION"])
QNP = ("its consent to be bound by the following annexed Protocols: the Protocol on Non-Detectable Fragments (Protocol I); the Protocol on "
       "Prohibitions or Restrictions on the Use of Incendiary Weapons (Protocol III); and the Protocol on Blinding Laser Weapons (Protocol IV)")
for p in (P1, P3, P4):
    R(d, "Nepal", JOINED, p, "2025-10-14", QNP)
QNN = ("The Government of Nepal did not notify its consent to be bound by the Protocol on Prohibitions or Restrictions on the Use of Mines, "
       "Booby-Traps and Other Devices as amended on 3 May 1996 (Amended Protocol II), nor by the Protocol on Explosive Remnants of War (Protocol V)")
R(d, "Nepal", NOTBOUND, APII, None, QNN, negated=True)
R(d, "Nepal", NOTBOUND, PV, None, QNN, negated=True)
R(d, "Mongolia", JOINED, PV, "2025-10-21", "MONGOLIA: CONSENT TO BE BOUND", alt=["The Protocol will enter into force for Mongolia on 21 April 2026"])
R(d, "Mongolia", PARTY, CCW, "1982", "Mongolia, a High Contracting Party to the Convention since 1982")
QMP = "had previously notified its consent to be bound by Protocols I, III and IV only"
for p in (P1, P3, P4):
    R(d, "Mongolia", JOINED, p, None, QMP)
R(d, "Georgia", ACCEPTED, ART1, "2025-10-27", "GEORGIA: ACCEPTANCE", alt=["will enter into force for Georgia on 27 April 2026"])

# ===================== 02 =====================
d = "02.html"
R(d, "Ghana", ENDORSED, MAI, "2025-12-02",
  "Ghana has endorsed the Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy",
  alt=["transmitted the endorsement to the Declaration's coordinators on Tuesday"])
RL(d, ["Nigeria", "Liberia", "Morocco"], ENDORSED, MAI, None, "Ghana joins Nigeria, Liberia and Morocco among the African endorsers of the Declaration")
R(d, "United States", ENDORSED, MAI, "2023-02", "launched by the United States at the REAIM summit in The Hague in February 2023", required=False)
R(d, "Ghana", "supported", R7962, "2024-12",
  "Ghana voted in favour of General Assembly resolution 79/62 on lethal autonomous weapons systems in December 2024")
R(d, "Ghana", ENDORSED, BLUE, "2024-09", "at the second REAIM summit in Seoul in September 2024 it endorsed the Blueprint for Action")
R(d, "Ghana", ENDORSED, CALL, None, "Ghana did not endorse the 2023 REAIM Call to Action", negated=True)
R(d, "Ghana", COMMITTED, MAI, "2025-12-04", "it commits our Armed Forces to legal reviews, to human judgement in the use of force and to training",
  required=False)

# ===================== 03 =====================
d = "03.txt"
R(d, "Switzerland", "supported", TPNW, "2017-07-07",
  "Switzerland voted in favour of the TPNW when the negotiating conference adopted it in New York on 7 July 2017")
R(d, NEGCONF, "adopted", TPNW, "2017-07-07", "the negotiating conference adopted it in New York on 7 July 2017")
QCH = "Switzerland has neither signed nor ratified the Treaty"
R(d, "Switzerland", "signed", TPNW, None, QCH, negated=True, alt=["Switzerland will not sign the TPNW \"for the time being\""])
R(d, "Switzerland", NOTRATIFIED, TPNW, None, QCH, negated=True)
RL(d, ["Germany", "France", "Italy"], "signed", TPNW, None, "Germany, France and Italy have not signed it", negated=True)
R(d, "Austria", RATIFIED, TPNW, "2018-05", "Austria ratified it in May 2018", alt=["Austria and Liechtenstein have both ratified it"])
R(d, "Liechtenstein", "signed", TPNW, None, "Liechtenstein has not signed the Treaty", negated=True)
R(d, "Liechtenstein", NOTRATIFIED, TPNW, None, "Liechtenstein has not signed the Treaty", negated=True)
R(d, "Switzerland", RATIFIED, NPT, "1977", "Switzerland ratified the Non-Proliferation Treaty in 1977")
R(d, "Switzerland", RATIFIED, CTBT, "1999", "the Comprehensive Nuclear-Test-Ban Treaty in 1999")
R(d, "Switzerland", COMMITTED, NPT, "2025-12-04", "\"remains fully committed to both\"", required=False)
R(d, "Switzerland", COMMITTED, CTBT, "2025-12-04", "\"remains fully committed to both\"", required=False)

# ===================== 04 =====================
d = "04.md"
QW1 = "Estonia, Latvia and Lithuania deposited their instruments of withdrawal from the Mine Ban Convention with the UN Secretary-General on 27 June 2025"
RL(d, ["Estonia", "Latvia", "Lithuania"], PARTY, APMBC, None, QW1, negated=True, required=False)
R(d, "Finland", PARTY, APMBC, None, "Finland on 10 July", negated=True, required=False)
R(d, "Poland", PARTY, APMBC, None, "Poland on 20 August", negated=True, required=False)
R(d, "Finland", ACCEDED, APMBC, "2012", "Finland, which acceded in 2012")
R(d, "Poland", RATIFIED, APMBC, "2012", "Poland ratified the same year")
R(d, "Ukraine", PARTY, APMBC, None, "Ukraine has deposited no instrument of withdrawal and remains a State Party")
RL(d, ["Estonia", "Latvia", "Lithuania", "Finland", "Poland"], PARTY, APII, None, "All five remain High Contracting Parties to Amended Protocol II")
RL(d, ["Estonia", "Lithuania", "Finland"], JOINED, PV,  None,
   "Estonia, Lithuania and Finland have also consented to be bound by Protocol V on explosive remnants of war")
RL(d, ["Latvia", "Poland"], NOTBOUND, PV, None, "Latvia and Poland have not", negated=True)
R(d, "Russian Federation", NOTBOUND, APMBC, None, "the Russian Federation, which has never joined the Mine Ban Convention", negated=True)
R(d, "Russian Federation", PARTY, APII, "2005", "has been bound by Amended Protocol II since 2005")
R(d, NBSP, "called-for", PV, "2026-01-09", "Latvia and Poland should consent to be bound by Protocol V", required=False)

# ===================== 05 =====================
d = "05.txt"
DAY = "2025-11-05"
R(d, "Republic of Korea", "supported", L52, DAY, "My delegation voted in favour of draft resolution L.52")
R(d, FC1, "adopted", L52, DAY, "which the Committee has just adopted by a recorded vote of 158 to 4, with 11 abstentions")
R(d, "Republic of Korea", "co-sponsored", L52, "2025", "This year the Republic of Korea also joined the list of co-sponsors of the text")
R(d, "Austria", "co-sponsored", L52, None, "which Austria has led since the first resolution on this subject in 2023")
RL(d, ["Belarus", "Democratic People's Republic of Korea", "India", "Russian Federation"], "supported", L52, DAY,
   "Belarus, the Democratic People's Republic of Korea, India and the Russian Federation voted against", negated=True)
RL(d, ["China", "Iran", "Israel", "Saudi Arabia", "Türkiye"], "supported", L52, DAY,
   "China, Iran, Israel, Saudi Arabia and Turkiye were among those abstaining", negated=True)
R(d, "Republic of Korea", PARTY, CCW5, None, "the Republic of Korea is a High Contracting Party to the Convention on Certain Conventional Weapons")
R(d, "Republic of Korea", "supported", AMD4, DAY, "my delegation voted against the oral amendment proposed to operative paragraph 4",
  negated=True, required=False)
R(d, "Republic of Korea", ENDORSED, MAI, "2023-11",
  "The Republic of Korea endorsed the Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy in November 2023")
R(d, "Republic of Korea", "called-for", MAI, DAY, "We encourage all States that have not yet done so to endorse the Political Declaration")
R(d, "Republic of Korea", "supported", L49, DAY, "my delegation was pleased to join the consensus", required=False)
R(d, FC1, "adopted", L49, DAY, "adopted without a vote", required=False)

# ===================== 06 =====================
d = "06.txt"
DAY = "2025-12-08"
R(d, DIPCONF, "adopted", APIII, "2005-12-08", "was adopted on 8 December 2005 by a Diplomatic Conference convened in Geneva by Switzerland",
  alt=["The Conference adopted it by a vote of 98 to 27, with 10 abstentions"])
RL(d, ["United States", "Israel"], NOTBOUND, API, None, "The United States and Israel, neither of which is party to Additional Protocol I", negated=True)
RL(d, ["United States", "Israel"], RATIFIED, APIII, "2007", "both ratified Protocol III in 2007")
RL(d, ["Iran", "Pakistan"], "signed", API, "1977", "Iran and Pakistan signed Additional Protocol I in 1977")
RL(d, ["Iran", "Pakistan"], NOTRATIFIED, API, None, "Iran and Pakistan signed Additional Protocol I in 1977 but have not ratified it", negated=True)
RL(d, ["Iran", "Pakistan"], "signed", APIII, None, "neither has signed Protocol III", negated=True)
for p in (API, APG2, APIII):
    R(d, "India", NOTBOUND, p, None, "India is party to none of the three Additional Protocols", negated=True)
R(d, "Sierra Leone", ACCEDED, APIII, "2025-09-03", "Sierra Leone, which deposited its instrument of accession on 3 September 2025")
R(d, "Sierra Leone", "party", APIII, None, "becoming the 82nd State party to Protocol III", required=False)
R(d, INTCONF, "adopted", STAT, "2006", "after the Movement's International Conference amended its Statutes", required=False)
QICRC = ("The ICRC encourages all States that have not yet done so to become party to Additional Protocol III, and to Additional Protocols I "
         "and II")
for p in (APIII, API, APG2):
    R(d, ICRC, "called-for", p, DAY, QICRC)

# ===================== 07 =====================
d = "07.txt"
DUB = "2022-11-18"
Q4 = ("The Monitor recorded four new endorsements in the reporting period: Benin (11 February 2025), Kiribati (3 April 2025), Paraguay "
      "(19 June 2025) and Timor-Leste (2 September 2025)")
for a, dt in [("Benin", "2025-02-11"), ("Kiribati", "2025-04-03"), ("Paraguay", "2025-06-19"), ("Timor-Leste", "2025-09-02")]:
    R(d, a, ENDORSED, EWIPA, dt, Q4)
R(d, "Gabon", ENDORSED, EWIPA, None, "its endorsement \"is being finalised\"; it is not counted here", negated=True)
RL(d, ["France", "United Kingdom", "United States"], ENDORSED, EWIPA, DUB,
   "France, the United Kingdom and the United States endorsed the Declaration in Dublin")
RL(d, ["China", "Russian Federation"], ENDORSED, EWIPA, None, "China and the Russian Federation have not", negated=True)
RL(d, ["Israel", "Myanmar", "Sudan"], ENDORSED, EWIPA, None, "Israel, Myanmar and Sudan are not endorsing States", negated=True)
R(d, "Japan", ENDORSED, EWIPA, DUB, "Japan endorsed the Declaration in Dublin in 2022")
R(d, "United States", COMMITTED, EWIPA, "2025-03", "the United States \"remains committed to the Declaration", required=False)
R(d, EWM, "called-for", EWIPA, "2025-11-14",
  "The Monitor calls on all States that have not yet done so, and in particular the remaining permanent members of the Security Council, "
  "to endorse the Declaration")

# ===================== 08 =====================
d = "08.txt"
DAY = "2025-03-26"
FIVE = ["Canada", "Kenya", "Malaysia", "Peru", "Sweden"]
RL(d, FIVE, COMMITTED, BWC, DAY, "we reaffirm our commitment to the Convention and to its full and effective implementation")
RL(d, FIVE, PARTY, BWC, None, "As States Parties from five regions", required=False)
R(d, "South Sudan", ACCEDED, BWC, "2023-02", "We welcome the accessions of South Sudan in February 2023 and of Tuvalu in 2024")
R(d, "Tuvalu", ACCEDED, BWC, "2024", "We welcome the accessions of South Sudan in February 2023 and of Tuvalu in 2024")
Q4S = "Four have signed the Convention but have not ratified it: Egypt, Haiti, Somalia and the Syrian Arab Republic"
RL(d, ["Egypt", "Haiti", "Somalia", "Syria"], "signed", BWC, None, Q4S)
RL(d, ["Egypt", "Haiti", "Somalia", "Syria"], NOTRATIFIED, BWC, None, Q4S, negated=True)
Q4N = "Four have neither signed nor acceded to it: Chad, Djibouti, Eritrea and Israel"
RL(d, ["Chad", "Djibouti", "Eritrea", "Israel"], "signed", BWC, None, Q4N, negated=True)
RL(d, ["Chad", "Djibouti", "Eritrea", "Israel"], JOINED, BWC, None, Q4N, negated=True)
RL(d, FIVE, "called-for", BWC, DAY, "We call on these eight States to join the Convention without delay")
RL(d, FIVE, PARTY, GP25, None, "the 1925 Geneva Protocol, to which all five of our countries are party")

# ===================== 09 =====================
d = "09.txt"
DAY = "2025-09-26"
R(d, ART14, "adopted", FDECL, DAY, "Ministers meeting at the United Nations on Friday adopted a final declaration",
  alt=["It adopted the declaration without a vote"])
Q5 = "China, Egypt, Iran, Israel and the United States signed in 1996 or later but have not ratified"
RL(d, ["China", "Egypt", "Iran", "Israel", "United States"], "signed", CTBT, None, Q5)
for a in ["China", "Egypt", "Iran", "Israel", "United States"]:
    R(d, a, NOTRATIFIED, CTBT, None, Q5, negated=True,
      alt=["the administration had \"no plans\" to ask the Senate to approve ratification"] if a == "United States" else None)
RL(d, ["India", "Pakistan", "Democratic People's Republic of Korea"], "signed", CTBT, None,
   "India, Pakistan and North Korea have not signed at all", negated=True)
R(d, "Russian Federation", RATIFIED, CTBT, "2000", "Russia, which ratified the treaty in 2000")
R(d, "Russian Federation", PARTY, CTBT, None, "revoked its ratification in November 2023", negated=True, required=False)
R(d, "Russian Federation", "signed", CTBT, None, "Moscow says it remains a signatory", required=False)
R(d, "Timor-Leste", RATIFIED, CTBT, "2025-09-23",
  "Timor-Leste deposited its instrument of ratification with the U.N. Secretary-General on Tuesday")
R(d, "Timor-Leste", "party", CTBT, None, "becoming the 178th state to ratify", required=False)
R(d, "Japan", "called-for", CTBT, DAY, "called on \"all Annex 2 states, without exception,\" to sign and ratify")
R(d, "Kazakhstan", RATIFIED, CTBT, "2002", "Kazakhstan, which ratified in 2002")

# ===================== 10 =====================
d = "10.html"
DAY = "2025-09-01"
R(d, "Guyana", ENDORSED, SSD, "2025-05", "The most recent endorsements were Guyana in May 2025 and Tonga in August 2025")
R(d, "Tonga", ENDORSED, SSD, "2025-08", "The most recent endorsements were Guyana in May 2025 and Tonga in August 2025")
RL(d, ["Republic of Korea", "Philippines"], ENDORSED, SSD, None, "the Republic of Korea and the Philippines have endorsed it")
R(d, "China", ENDORSED, SSD, None, "China has not", negated=True)
R(d, "France", ENDORSED, SSD, "2017", "France endorsed it in 2017")
R(d, "United Kingdom", ENDORSED, SSD, "2018", "France endorsed it in 2017 and the United Kingdom in 2018")
RL(d, ["United States", "Russian Federation"], ENDORSED, SSD, None,
   "The United States and the Russian Federation have not endorsed the Declaration", negated=True)
R(d, "Japan", ENDORSED, SSD, None, "Japan has not endorsed the Declaration", negated=True,
  alt=["the Ministry of Foreign Affairs told us it was \"carefully studying\" the text"])
R(d, "Canada", ENDORSED, SSD, "2017", "in fact Canada endorsed it that year")
R(d, UNSC, "adopted", R2601, "2021-10-29", "was adopted unanimously by the Security Council on 29 October 2021")
RL(d, ["Norway", "Niger"], "co-sponsored", R2601, None, "Resolution 2601 (2021), drafted by Norway and Niger")
R(d, SNT, "called-for", SSD, DAY, "We urge the Government of Japan to endorse the Safe Schools Declaration")

# ===================== 11 =====================
d = "11.txt"
R(d, "Lithuania", PARTY, CCM, None, "Lithuania deposited its instrument of withdrawal with the UN Secretary-General on 6 September 2024",
  negated=True, required=False)
QEL = "Estonia and Latvia have neither signed nor acceded to the Convention on Cluster Munitions"
RL(d, ["Estonia", "Latvia"], "signed", CCM, None, QEL, negated=True)
RL(d, ["Estonia", "Latvia"], JOINED, CCM, None, QEL, negated=True, alt=["Neither was ever a party"])
RL(d, ["Finland", "Poland"], "signed", CCM, None, "Neither has signed it", negated=True)
R(d, "Ukraine", NOTRATIFIED, CCM, None, "Ukraine is not party to the Convention on Cluster Munitions", negated=True)
R(d, "United States", NOTBOUND, CCM, None, "and neither is the United States", negated=True)
R(d, "Norway", "signed", CCM, "2008-12-03", "Norway signed and ratified it on 3 December 2008")
R(d, "Norway", RATIFIED, CCM, "2008-12-03", "Norway signed and ratified it on 3 December 2008")
R(d, "Lithuania", PARTY, APMBC, None, "Lithuania has not yet deposited an instrument of withdrawal and remains a State Party to that Convention")

# ===================== 12 =====================
d = "12.md"
DAY = "2025-10-03"
R(d, "Fiji", "signed", ATT, None, "Fiji never signed the Treaty", negated=True)
R(d, "Fiji", JOINED, ATT, None, "we expect to deposit our instrument of accession with the Secretary-General before the end of the year",
  negated=True)
RL(d, ["Samoa", "Tuvalu", "Palau"], PARTY, ATT, None, "Samoa, Tuvalu and Palau are States Parties")
RL(d, ["Australia", "New Zealand"], RATIFIED, ATT, "2014", "So are Australia and New Zealand, which both ratified in 2014")
RL(d, ["Papua New Guinea", "Vanuatu"], NOTBOUND, ATT, None, "Papua New Guinea and Vanuatu have yet to join", negated=True)
R(d, "Fiji", NOTBOUND, FAP, None, "We are not party to that either", negated=True)
R(d, "Fiji", ENDORSED, BOE, "2018", "the Boe Declaration on Regional Security, which Fiji endorsed with the other Forum leaders in 2018")
R(d, "United States", "signed", ATT, "2013", "The United States signed in 2013")
R(d, "United States", NOTBOUND, ATT, None, "in 2019 told the Secretary-General that it did not intend to become a party", negated=True)
R(d, "Fiji", "called-for", ATT, DAY, "To our neighbours in Papua New Guinea and Vanuatu I would say: join us", required=False)

# ===================== 13 =====================
d = "13.txt"
DAY = "2025-12-02"
R(d, GA, "adopted", DU, DAY, "Adopted by 151 in favour to 4 against")
RL(d, ["France", "Israel", "United Kingdom", "United States"], "supported", DU, DAY,
   "4 against (France, Israel, the United Kingdom and the United States)", negated=True)
RL(d, ["Australia", "Canada", "Germany", "Japan", "Poland"], "supported", DU, DAY,
   "Among the abstainers on depleted uranium: Australia, Canada, Germany, Japan and Poland", negated=True)
R(d, GA, "adopted", CCMRES, DAY, "The resolution on implementation of the Convention on Cluster Munitions passes 146-1-37")
R(d, "Russian Federation", "supported", CCMRES, DAY, "The Russian Federation cast the only vote against", negated=True)
R(d, "Lithuania", "supported", CCMRES, DAY, "Lithuania, whose withdrawal from the Convention took effect in March, abstained for the first time",
  negated=True)
R(d, "Lithuania", PARTY, CCM, None, "whose withdrawal from the Convention took effect in March", negated=True, required=False)
RL(d, ["Chile", "Mexico"], "supported", CCMRES, DAY, "Chile and Mexico, which put the text forward together with other States Parties, voted in favour")
RL(d, ["Chile", "Mexico"], "co-sponsored", CCMRES, None, "Chile and Mexico, which put the text forward together with other States Parties")
RL(d, ["Chile", "Mexico"], PARTY, CCM, None, "which put the text forward together with other States Parties", required=False)
R(d, GA, "adopted", CCWRES, DAY, "The resolution on the Convention on Certain Conventional Weapons is adopted without a vote")
R(d, GA, "adopted", LAWSRES, DAY, "Lethal autonomous weapons systems: adopted 156-4-9")
RL(d, ["Belarus", "Democratic People's Republic of Korea", "India", "Russian Federation"], "supported", LAWSRES, DAY,
   "Belarus, the Democratic People's Republic of Korea, India and the Russian Federation voted against", negated=True)
R(d, "Austria", "co-sponsored", LAWSRES, None, "Austria, the main sponsor")
R(d, GA, "adopted", BWCRES, DAY, "The resolution on the Biological Weapons Convention is adopted without a vote")

# ===================== 14 =====================
d = "14.txt"
QKU = ("Kenya and Uruguay communicated their support for the Montreux Document on Pertinent International Legal Obligations and Good "
       "Practices for States related to Operations of Private Military and Security Companies during Armed Conflict in letters received on "
       "2 September and 30 October 2025 respectively")
R(d, "Kenya", SUPPORTED_DOC, MONT, "2025-09-02", QKU)
R(d, "Uruguay", SUPPORTED_DOC, MONT, "2025-10-30", QKU)
RL(d, ["European Union", "North Atlantic Treaty Organization", "Organization for Security and Co-operation in Europe"], SUPPORTED_DOC, MONT, None,
   "the Document is supported by 60 States and three international organizations: the European Union, NATO and the OSCE")
S17 = ["Afghanistan", "Angola", "Australia", "Austria", "Canada", "China", "France", "Germany", "Iraq", "Poland", "Sierra Leone", "South Africa",
       "Sweden", "Switzerland", "Ukraine", "United Kingdom", "United States"]
RL(d, S17, SUPPORTED_DOC, MONT, "2008-09-17",
   "the Montreux Document was finalized on 17 September 2008 by 17 States: Afghanistan, Angola, Australia, Austria, Canada, China, France, "
   "Germany, Iraq, Poland, Sierra Leone, South Africa, Sweden, Switzerland, Ukraine, the United Kingdom and the United States")
R(d, "Mozambique", SUPPORTED_DOC, MONT, None, "Mozambique, attending as an observer, said it was \"actively considering\" supporting the Document",
  negated=True)
RL(d, ["India", "Russian Federation"], SUPPORTED_DOC, MONT, None, "India and the Russian Federation, which did not attend, have not joined it",
   negated=True)
R(d, "Ghana", ACCEDED, MERC, "2025-11-10",
  "it had deposited its instrument of accession to the International Convention against the Recruitment, Use, Financing and Training of "
  "Mercenaries on 10 November 2025")
R(d, "Switzerland", NOTBOUND, MERC, None, "Switzerland recalled that it is not a party to that Convention and does not intend to become one",
  negated=True)
R(d, MDF, "adopted", MDFWP, "2025-11", "The plenary adopted by consensus the Forum's Work Plan 2026-2027")
RL(d, [["Switzerland", "Co-Chairs"], ["International Committee of the Red Cross", "ICRC", "Co-Chairs"]], "called-for", MONT, "2025-11-21",
   "The Co-Chairs encouraged all States and international organizations that have not yet done so to support the Montreux Document")

# ===================== 15 =====================
d = "15.txt"
R(d, "China", ACCEDED, ENMOD, "2005", "China acceded to the Environmental Modification Convention in 2005")
R(d, GA, "adopted", ENMOD, "1976-12", "was adopted by the UN General Assembly in December 1976")
R(d, "United States", RATIFIED, ENMOD, "1980", "the United States ratified it in 1980",
  alt=["whose own country ratified ENMOD forty-five years ago"])
R(d, "Soviet Union", RATIFIED, ENMOD, "1978", "the Soviet Union had done so in 1978")
R(d, "Russian Federation", PARTY, ENMOD, None, "Russia is bound today as the Soviet Union's continuator")
RL(d, ["France", "Israel"], NOTBOUND, ENMOD, None, "France and Israel have never joined", negated=True)
R(d, "Türkiye", "signed", ENMOD, "1977", "Turkiye signed in 1977 but has never ratified")
R(d, "Türkiye", NOTRATIFIED, ENMOD, None, "Turkiye signed in 1977 but has never ratified", negated=True)
R(d, "United States", NOTBOUND, API, None, "the United States is not party to Protocol I", negated=True)
R(d, "India", NOTBOUND, API, None, "and neither is India", negated=True)
R(d, CBDCOP, "adopted", GEO, "2010",
  "The moratorium on climate-related geoengineering adopted by the Conference of the Parties to the Convention on Biological Diversity in 2010")
R(d, "United States", NOTRATIFIED, CBD, None, "the United States has never ratified the biodiversity convention", negated=True)
R(d, "United States", "signed", CBD, "1993", "which it signed in 1993")

# ===================== 16 =====================
d = "16.txt"
R(d, "Malawi", PARTY, GC, "1968", "Malawi succeeded to the four Geneva Conventions of 1949 in 1968")
R(d, "Malawi", ACCEDED, API, "1991", "acceded to Additional Protocols I and II in 1991")
R(d, "Malawi", ACCEDED, APG2, "1991", "acceded to Additional Protocols I and II in 1991")
R(d, "Malawi", JOINED, APIII, None, "The instrument of accession has not yet been deposited with the Swiss Federal Council", negated=True,
  alt=["the Ministry of Foreign Affairs expects to deposit it in the first quarter of 2026",
       "Malawi deposit its instrument of accession to Additional Protocol III without further delay"])
R(d, "Malawi", "signed", ATT, "2013-06-03", "Malawi signed the Arms Trade Treaty on 3 June 2013")
R(d, "Malawi", NOTRATIFIED, ATT, None, "but has not ratified it", negated=True, alt=["Malawi ratify the Arms Trade Treaty"])
R(d, "Malawi", RATIFIED, APMBC, "1998", "Malawi ratified the Anti-Personnel Mine Ban Convention in 1998")
R(d, "Malawi", RATIFIED, CCM, "2009", "the Convention on Cluster Munitions in 2009")
R(d, "Malawi", "signed", TPNW, "2017-09-20", "Malawi signed the Treaty on 20 September 2017")
R(d, "Malawi", RATIFIED, TPNW, "2022-06-29", "ratified it on 29 June 2022")
R(d, "Malawi", ENDORSED, SSD, "2015", "Malawi endorsed the Safe Schools Declaration in 2015")
R(d, "Malawi", ENDORSED, EWIPA16, None,
  "It has not endorsed the Political Declaration on explosive weapons in populated areas adopted in Dublin in 2022", negated=True,
  alt=["Malawi endorse the Political Declaration on explosive weapons in populated areas"])
R(d, "Malawi", ENDORSED, MAI, None, "nor the Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy", negated=True)

gold.finish(MIN_CHARS, MAX_CHARS)
