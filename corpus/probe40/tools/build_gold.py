#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py and corpus/probe24/tools/build_gold.py; the record
helpers and the checks are imported from corpus/tools/gold.py (not copied). Four documents of this corpus are not .txt
(02.md, 13.md, 05.html, 11.html); gold.py's Gold.finish() checks .txt, .md and .html documents alike, against the file
as written (no quote spans an HTML tag or a Markdown marker). Alternative actor names missing from gold.py's ALT_NAMES
are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3000
MOU_SIGNED = ["signed", "endorsed"]          # signing a non-binding memorandum of understanding
BACKED = ["endorsed", "supported"]           # support for a declaration expressed by an organisation
VOTEDECL = ["supported", "endorsed"]         # (not) joining a declaration's adoption

# ---- instruments: (name as the text names it, aliases) ----
ACCT = ("ASEAN Convention on Counter Terrorism", ["ACCT", "ASEAN counter-terrorism convention"])
TAC = ("Treaty of Amity and Cooperation in Southeast Asia", ["TAC", "Treaty of Amity and Cooperation"])
SEANWFZ = ("Treaty on the Southeast Asia Nuclear Weapon-Free Zone", ["Bangkok Treaty", "SEANWFZ Treaty"])
SEAP = ("Protocol to the Treaty on the Southeast Asia Nuclear Weapon-Free Zone", ["Protocol to the Bangkok Treaty", "SEANWFZ Protocol", "Bangkok Protocol"])
DEFA = ("ASEAN Digital Economy Framework Agreement", ["DEFA", "Digital Economy Framework Agreement"])
RARP = ("Protocols to the Treaty of Rarotonga", ["Rarotonga Protocols", "Protocols 2 and 3 of the Treaty of Rarotonga",
                                              "Protocols to the South Pacific Nuclear Free Zone Treaty"])
PELP = ("Protocols I and II to the Treaty of Pelindaba", ["Pelindaba Protocols", "Protocols to the African Nuclear-Weapon-Free Zone Treaty"])
TLATP2 = ("Additional Protocol II to the Treaty of Tlatelolco", ["Tlatelolco Additional Protocol II"])
MALABO = ("Protocol on Amendments to the Protocol on the Statute of the African Court of Justice and Human Rights", ["Malabo Protocol"])
P2008 = ("2008 Protocol on the Statute of the African Court of Justice and Human Rights",
         ["Protocol on the Statute of the African Court of Justice and Human Rights"])
P1998 = ("1998 Protocol establishing the African Court on Human and Peoples' Rights",
         ["Protocol to the African Charter on Human and Peoples' Rights on the Establishment of an African Court on Human and Peoples' Rights",
          "African Court Protocol", "Ouagadougou Protocol"])
FMP = ("Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["AU Free Movement Protocol", "AU Protocol", "AU Protocol on Free Movement of Persons"])
ECOFMP = ("ECOWAS Protocol relating to Free Movement of Persons, Residence and Establishment", ["ECOWAS Protocol of 1979", "ECOWAS Free Movement Protocol"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA Agreement", "AfCFTA"])
CEVAWG = ("African Union Convention on Ending Violence against Women and Girls", ["AU Convention on Ending Violence against Women and Girls", "CEVAWG"])
MAPUTO = ("Maputo Protocol", ["Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa"])
ACAC = ("Arab Convention against Corruption", ["Arab Anti-Corruption Convention"])
ACITO = ("Arab Convention on Combating Information Technology Offences", ["Arab IT Offences Convention"])
AWT = ("CARICOM Arrest Warrant Treaty", ["Arrest Warrant Treaty"])
MASCA = ("CARICOM Maritime and Airspace Security Cooperation Agreement", ["Maritime and Airspace Security Cooperation Agreement"])
CSS = ("CARICOM Crime and Security Strategy 2026-2030", ["revised CARICOM Crime and Security Strategy", "Crime and Security Strategy 2026-2030"])
SALW = ("ECOWAS Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials",
        ["ECOWAS Small Arms Convention", "ECOWAS SALW Convention"])
RAP = ("Regional Action Plan on Small Arms and Light Weapons 2026-2030", ["ECOWAS Regional Action Plan on Small Arms"])
ATT = ("Arms Trade Treaty", ["ATT"])
L94 = ("resolution on the status of internally displaced persons and refugees from Abkhazia, Georgia, and the Tskhinvali region/South Ossetia, Georgia",
       ["A/79/L.94", "L.94", "Status of internally displaced persons and refugees from Abkhazia, Georgia"])
R62249 = ("resolution 62/249", ["A/RES/62/249", "62/249"])
L88 = ("resolution on cooperation between the United Nations and the Organization for Security and Co-operation in Europe",
       ["A/79/L.88", "L.88", "Cooperation between the United Nations and the OSCE"])
NTSA = ("Niue Treaty Subsidiary Agreement",
        ["NTSA", "Niue Treaty Subsidiary Agreement on Enhancing Cooperation in the Surveillance and Enforcement of Fisheries Law"])
ISTANBUL = ("Istanbul Convention", ["Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence", "CETS No. 210"])
LANZ = ("Lanzarote Convention", ["Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse", "CETS No. 201"])
THB = ("Convention on Action against Trafficking in Human Beings",
       ["Council of Europe Convention on Action against Trafficking in Human Beings", "CETS No. 197"])
CIFTA = ("Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials",
         ["CIFTA"])
TRANSP = ("Inter-American Convention on Transparency in Conventional Weapons Acquisitions", [])
WP = ("CIFTA Work Plan 2026-2030", ["Work Plan 2026-2030"])
MARK = ("model regulations on the marking of firearms", ["CIFTA model regulations on marking"])
PCDIS = ("Permanent Council resolution on the Inter-American Week of Persons with Disabilities", ["Inter-American Week of Persons with Disabilities"])
CWCH = ("Commonwealth Charter", [])
LLC = ("Living Lands Charter", ["Commonwealth Living Lands Charter"])
COD = ("Commonwealth Ocean Declaration for Ocean Resilience", ["Ocean Declaration for Ocean Resilience"])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["BBNJ Agreement", "High Seas Treaty", "BBNJ"])
AIDECL = ("Commonwealth Declaration on Artificial Intelligence", ["draft Commonwealth Declaration on Artificial Intelligence"])
HAZE = ("ASEAN Agreement on Transboundary Haze Pollution", ["Haze Agreement", "AATHP"])
HAZEMOU = ("memorandum of understanding on fire-danger rating and early warning", ["Malaysia-Singapore MoU on fire-danger rating"])
ROADMAP = ("Roadmap on ASEAN Cooperation towards Transboundary Haze Pollution Control with Means of Implementation", ["Haze-Free Roadmap"])
PRF = ("Treaty for the Establishment of the Pacific Resilience Facility", ["Pacific Resilience Facility Treaty", "PRF Treaty"])
CSD = ("Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise",
       ["Declaration on the Continuity of Statehood", "2023 Declaration on the Continuity of Statehood"])
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
TEI = ("Teieniwa Vision: Pacific Unity Against Corruption", ["Teieniwa Vision"])
GED = ("Revitalised Pacific Leaders Gender Equality Declaration", ["Pacific Leaders Gender Equality Declaration"])
WPS = ("Pacific Regional Action Plan on Women, Peace and Security 2025-2030", ["Regional Action Plan on Women, Peace and Security"])
OOP = ("Ocean of Peace Declaration", [])
AACF = ("ASEAN-Africa Cooperation Framework", [])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Türkiye", "European Union",
          "Republic of Moldova", "Philippines", "Micronesia", "Fiji", "Samoa", "Kenya", "Somalia", "Gambia", "Equatorial Guinea", "Congo",
          "Sao Tome and Principe", "Egypt", "Sudan", "Mexico", "Chile", "China", "Lao PDR", "Papua New Guinea", "Kiribati", "Cook Islands",
          "United Republic of Tanzania", "Cabo Verde", "Syria"),
    "Türkiye": ["Türkiye", "Turkey", "Turkiye"],
    "Soviet Union": ["Soviet Union", "USSR", "Russian Federation", "Russia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Lebanon": ["Lebanon", "Lebanese Republic"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Peru": ["Peru", "Republic of Peru"],
    "Ghana": ["Ghana", "Republic of Ghana", "Parliament of Ghana"],
}
THAI = ["Thailand", "Kingdom of Thailand", "Ministry of Foreign Affairs of Thailand"]
AUA = ["Assembly of the African Union", "AU Assembly", "African Union", "AU",
       "Assembly of Heads of State and Government of the African Union"]
ACW = ["African Court Watch"]
HRA = ["Her Rights Africa"]
LASSG = ["Secretary-General of the League of Arab States", "League of Arab States", "Arab League", "Ahmed Aboul Gheit",
         "General Secretariat of the League of Arab States"]
CONSLE = ["Council for National Security and Law Enforcement", "CONSLE", "CARICOM Council for National Security and Law Enforcement", "CARICOM"]
EMC = ["ECOWAS Ministerial Council", "Ministerial Council", "ECOWAS"]
ECOWASC = ["ECOWAS Commission", "ECOWAS Commissioner for Political Affairs, Peace and Security", "Abdel-Fatau Musah", "ECOWAS", "Commissioner"]
FFADG = ["FFA Director-General", "Pacific Islands Forum Fisheries Agency", "FFA", "Ana Tavita", "Forum Fisheries Agency"]
CIFTACSP = ["Conference of States Parties to CIFTA", "CIFTA Conference of States Parties", "Conference of States Parties",
            "Sixth Conference of States Parties", "CIFTA"]
COSTA = ["Costa Rica", "Republic of Costa Rica", "Permanent Mission of Costa Rica to the OAS", "Alejandro Solano"]
OASPC = ["OAS Permanent Council", "Permanent Council", "Permanent Council of the OAS", "Organization of American States"]
CFAM = ["Commonwealth Foreign Affairs Ministers", "Commonwealth Foreign Affairs Ministers Meeting", "Commonwealth Ministers", "Ministers", "Commonwealth"]
CHOGM = ["Commonwealth Heads of Government", "Heads of Government", "Heads", "Commonwealth"]
SAMOA_CHAIR = ["Samoa", "Independent State of Samoa", "Chair-in-Office", "Commonwealth Chair-in-Office", "Chair"]
HAZECOP = ["Conference of the Parties to the ASEAN Agreement on Transboundary Haze Pollution", "Conference of the Parties", "COP",
           "ASEAN Conference of the Parties on Transboundary Haze Pollution"]
PIFL = ["Pacific Islands Forum Leaders", "Forum Leaders", "Leaders", "Pacific Islands Forum", "PIF"]
COMSEC = ["Commonwealth", "Commonwealth of Nations", "Commonwealth Secretariat"]
AOSIS = ["Alliance of Small Island States", "AOSIS"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (foreign-ministry weekly press briefing, Q&A, Thailand) =====================
d = "01.txt"
TUE = "2026-02-10"
R(d, "Timor-Leste", JOINED, ACCT, None, "Timor-Leste has not acceded to the ASEAN Convention on Counter Terrorism", negated=True,
  alt=["it expects to accede before the Summit in May"])
R(d, "Thailand", RATIFIED, ACCT, "2013", "Thailand itself ratified the Convention in 2013")
R(d, "Myanmar", RATIFIED, ACCT, "2012", "Myanmar ratified the Convention in 2012")
R(d, "Uzbekistan", ACCEDED, TAC, TUE,
  "Uzbekistan deposited its instrument of accession to the Treaty of Amity and Cooperation in Southeast Asia on Tuesday")
RL(d, ["Kenya", "Uruguay"], JOINED, TAC, None, "Kenya and Uruguay have applied to accede", negated=True)
R(d, "China", "signed", SEAP, None, "China has informed ASEAN that it is ready to sign the Protocol without reservations", negated=True)
R(d, THAI, "called-for", SEAP, "2026-02-12", "We hope the other nuclear-weapon States will follow suit", required=False)
R(d, "Thailand", NOTRATIFIED, DEFA, None,
  "the Cabinet approved the draft instrument of ratification of the ASEAN Digital Economy Framework Agreement, which will now be submitted to the National Assembly",
  negated=True, alt=["We hope to deposit our instrument by the middle of the year"])
R(d, "Thailand", "signed", DEFA, "2025-10", "Thailand signed the Agreement with the other Member States in October")
R(d, "Singapore", RATIFIED, DEFA, "2026-01", "Singapore ratified it last month")

# ===================== 02 (blog post, Markdown, SEANWFZ Protocol) =====================
d = "02.md"
R(d, "Philippines", RATIFIED, SEANWFZ, "2001", "the Philippines was the last, in 2001")
QNONE = ("None of the five nuclear-weapon States (China, France, Russia, the United Kingdom and the United States) has signed the Protocol to "
         "the Bangkok Treaty")
for a in ["China", "France", "Russian Federation", "United Kingdom", "United States"]:
    R(d, a, "signed", SEAP, None, QNONE, negated=True,
      alt={"China": ["told ASEAN in 2024 that it is \"ready to sign\" the Protocol without reservations, but it has not done so"],
           "Russian Federation": ["It did not: the Russian delegation at that meeting said that it was \"studying\" the text"]}.get(a))
R(d, "Soviet Union", RATIFIED, RARP, "1988", "the Soviet Union ratified Protocols 2 and 3 in 1988")
R(d, "China", RATIFIED, RARP, "1989", "China did so in 1989")
QFU = "France and the United Kingdom ratified all three Protocols in 1996 and 1997 respectively"
R(d, "France", RATIFIED, RARP, "1996", QFU)
R(d, "United Kingdom", RATIFIED, RARP, "1997", QFU)
QUSR = "The United States signed them in 1996 but has never ratified them"
R(d, "United States", "signed", RARP, "1996", QUSR)
R(d, "United States", NOTRATIFIED, RARP, None, QUSR, negated=True)
RL(d, ["China", "France", "United Kingdom"], RATIFIED, PELP, None, "China, France and the United Kingdom have ratified Protocols I and II")
R(d, "Russian Federation", RATIFIED, PELP, "2011", "Russia did so in 2011")
QUSP = "The United States signed the Pelindaba Protocols in 1996 and has not ratified them either"
R(d, "United States", "signed", PELP, "1996", QUSP)
R(d, "United States", NOTRATIFIED, PELP, None, QUSP, negated=True)
RL(d, ["China", "France", "Russian Federation", "United Kingdom", "United States"], PARTY, TLATP2, None,
   "all five are bound by its Additional Protocol II", required=False)

# ===================== 03 (NGO ratification tracker, Malabo Protocol) =====================
d = "03.txt"
D = "2026-01-30"
R(d, AUA, "adopted", MALABO, "2014-06-27", "Adopted by the Assembly of the African Union in Malabo, Equatorial Guinea, on 27 June 2014")
SIGS = [("Benin", "2015"), ("Chad", "2015"), ("Comoros", "2015"), ("Congo", "2015"), ("Ghana", "2016"), ("Guinea-Bissau", "2015"),
        ("Kenya", "2015"), ("Mauritania", "2015"), ("Sierra Leone", "2016"), ("Uganda", "2016")]
for a, y in SIGS:
    R(d, a, "signed", MALABO, y, f"- {a} - {y}")
    R(d, a, NOTRATIFIED, MALABO, None, "SIGNED, NOT RATIFIED (year of signature)", negated=True,
      alt=["none of the ten listed signatories has ratified"] + (["Kenya \"expects to deposit the instrument this year\""] if a == "Kenya" else []))
QEG = "Equatorial Guinea: despite hosting the 2014 Summit, it has neither signed nor ratified the Malabo Protocol"
R(d, "Equatorial Guinea", "signed", MALABO, None, QEG, negated=True)
R(d, "Equatorial Guinea", NOTRATIFIED, MALABO, None, QEG, negated=True)
RL(d, ["Benin", "Burkina Faso", "Congo", "Libya", "Liberia", "Mali"], RATIFIED, P2008, None,
   "Among its eight ratifying States are Benin, Burkina Faso, Congo, Libya, Liberia and Mali")
R(d, "United Republic of Tanzania", PARTY, P1998, None, "Tanzania withdrew its Article 34(6) declaration in 2019 but remains a party to the Protocol")
R(d, ACW, "called-for", MALABO, D, "African Court Watch calls on every signatory of the Malabo Protocol to ratify it")

# ===================== 04 (parliamentary committee report, Ghana) =====================
d = "04.txt"
R(d, AUA, "adopted", FMP, "2018-01-29", "The Protocol was adopted by the Assembly of the African Union in Addis Ababa on 29 January 2018")
R(d, "Ghana", "signed", FMP, "2018-03-21", "Ghana signed the Protocol in Kigali on that day")
RL(d, ["Rwanda", "Niger", "Mali", "Sao Tome and Principe"], RATIFIED, FMP, None,
   "only four Member States have deposited instruments of ratification: Rwanda, Niger, Mali and Sao Tome and Principe")
QNS = "Nigeria and Senegal, Ghana's principal partners under the ECOWAS Protocol relating to Free Movement of Persons, Residence and Establishment of 1979, have signed the AU Protocol but have not ratified it"
RL(d, ["Nigeria", "Senegal"], "signed", FMP, None, QNS)
RL(d, ["Nigeria", "Senegal"], NOTRATIFIED, FMP, None, QNS, negated=True)
QSA = "South Africa has neither signed nor ratified it"
R(d, "South Africa", "signed", FMP, None, QSA, negated=True)
R(d, "South Africa", NOTRATIFIED, FMP, None, QSA, negated=True)
R(d, "Ghana", RATIFIED, ECOFMP, "1980", "Ghana has applied the ECOWAS Protocol of 1979, which it ratified in 1980")
R(d, "Ghana", RATIFIED, AFCFTA, "2018-05",
  "Ghana is also a State Party to the Agreement Establishing the African Continental Free Trade Area, which it ratified in May 2018")
R(d, "Ghana", NOTRATIFIED, FMP, None, "Ghana intends to deposit its instrument of ratification before the AU Mid-Year Coordination Meeting in July 2026",
  negated=True, alt=["Cabinet approved the Protocol for ratification on 11 September 2025"])

# ===================== 05 (FAQ web page, HTML, AU CEVAWG) =====================
d = "05.html"
D = "2025-12-01"
ADOPT = "2025-02-17"
R(d, AUA, "adopted", CEVAWG, ADOPT,
  "It was adopted by the Assembly of Heads of State and Government of the African Union on 17 February 2025")
R(d, "Angola", "signed", CEVAWG, "2025-03-30", "Angola was the first to sign, on 30 March 2025")
RL(d, ["Ethiopia", "Gambia", "Ghana", "Liberia"], "signed", CEVAWG, None, "Other signatories include Ethiopia, The Gambia, Ghana and Liberia")
R(d, "Ghana", NOTRATIFIED, CEVAWG, None, "Ghana's Cabinet approved ratification in October", negated=True)
R(d, "Liberia", NOTRATIFIED, CEVAWG, None, "Liberia has said that it expects to ratify in early 2026", negated=True)
QMAP = "Egypt, Morocco and Botswana are not parties to the Maputo Protocol, and none of the three has signed the new Convention"
RL(d, ["Egypt", "Morocco", "Botswana"], NOTBOUND, MAPUTO, None, QMAP, negated=True)
RL(d, ["Egypt", "Morocco", "Botswana"], "signed", CEVAWG, None, QMAP, negated=True)
R(d, "South Africa", "signed", CEVAWG, None, "South Africa voted for the adoption of the text but has not signed it", negated=True)
R(d, "South Africa", "supported", CEVAWG, ADOPT, "South Africa voted for the adoption of the text")
R(d, HRA, "called-for", CEVAWG, D, "Her Rights Africa calls on all AU Member States to sign and ratify the Convention without delay")

# ===================== 06 (depositary notification, League of Arab States) =====================
d = "06.txt"
R(d, "Lebanon", RATIFIED, ACAC, "2026-01-06",
  "On 6 January 2026, the Lebanese Republic deposited its instrument of ratification of the Arab Convention against Corruption",
  alt=["RATIFICATION: LEBANESE REPUBLIC"])
R(d, "Lebanon", "signed", ACAC, "2010-12-21", "The Lebanese Republic had signed the Convention on 21 December 2010")
R(d, "Lebanon", "party", ACAC, None, "the Convention shall enter into force for the Lebanese Republic thirty days after the date of deposit",
  negated=True, required=False)
R(d, "Somalia", ACCEDED, ACAC, "2026-01-12", "On 12 January 2026, the Federal Republic of Somalia deposited its instrument of accession to the Convention",
  alt=["ACCESSION: FEDERAL REPUBLIC OF SOMALIA"])
R(d, "Somalia", "signed", ACAC, None, "The Federal Republic of Somalia had not signed the Convention", negated=True)
R(d, "Somalia", ACCEDED, ACITO, "2026-01-12",
  "the Federal Republic of Somalia also deposited its instrument of accession to the Arab Convention on Combating Information Technology Offences")
R(d, "Morocco", NOTRATIFIED, ACAC, None, "its instrument of ratification will be deposited \"in the coming weeks\"", negated=True,
  alt=["No instrument has yet been received"])
QSG = ("has renewed his appeal to those Member States that have not yet become parties to the two Conventions to do so at the earliest "
       "opportunity")
R(d, LASSG, "called-for", ACAC, None, QSG)
R(d, LASSG, "called-for", ACITO, None, QSG)

# ===================== 07 (meeting minutes, CARICOM CONSLE) =====================
d = "07.txt"
QR = "Barbados, Guyana and Saint Vincent and the Grenadines have ratified the Treaty, Barbados being the first, in 2010"
R(d, "Barbados", RATIFIED, AWT, "2010", QR)
RL(d, ["Guyana", "Saint Vincent and the Grenadines"], RATIFIED, AWT, None, QR)
R(d, "Trinidad and Tobago", NOTRATIFIED, AWT, None,
  "Trinidad and Tobago informed the Council that its Cabinet had approved ratification on 2 October 2025", negated=True,
  alt=["The delegation expected the instrument to be deposited \"early in the new year\""])
QJ = "Jamaica stated that it had signed the Treaty in 2008 but would not ratify it"
R(d, "Jamaica", "signed", AWT, "2008", QJ)
R(d, "Jamaica", NOTRATIFIED, AWT, None, QJ, negated=True)
RL(d, ["Belize", "Suriname"], "signed", AWT, None, "Belize and Suriname, which have not signed the Treaty", negated=True)
R(d, CONSLE, "called-for", AWT, "2025-10",
  "The Council AGREED to urge Member States that had not yet done so to sign and ratify the CARICOM Arrest Warrant Treaty")
R(d, "Suriname", RATIFIED, MASCA, "2025-08-14", "the deposit by Suriname of its instrument of ratification on 14 August 2025")
QHM = "all Member States except Haiti and Montserrat are now Parties"
R(d, "Haiti", NOTBOUND, MASCA, None, QHM, negated=True, alt=["Haiti \"remains committed to acceding to the Agreement\""])
R(d, "Montserrat", NOTBOUND, MASCA, None, QHM, negated=True)
R(d, CONSLE, ["endorsed", "adopted"], CSS, "2025-10", "The Council ENDORSED the revised CARICOM Crime and Security Strategy 2026-2030")

# ===================== 08 (speech, ECOWAS Commissioner) =====================
d = "08.txt"
D = "2026-03-03"
R(d, EMC, "adopted", RAP, "2026-03-02",
  "Yesterday, the ECOWAS Ministerial Council adopted the Regional Action Plan on Small Arms and Light Weapons 2026-2030")
R(d, "Guinea-Bissau", NOTRATIFIED, SALW, None, "only Guinea-Bissau has yet to ratify the Convention", negated=True)
RL(d, ["Burkina Faso", "Mali", "Niger"], PARTY, SALW, None,
   "When Burkina Faso, Mali and Niger left our Community in January 2025, all three were already Parties to the Convention",
   alt=["None of them has denounced it, and in our view they remain bound by it"])
R(d, "Senegal", RATIFIED, SALW, "2007", "Senegal ratified the Convention in 2007")
QCV = "Cabo Verde signed the Arms Trade Treaty in 2013 and ratified it in 2016"
R(d, "Cabo Verde", "signed", ATT, "2013", QCV)
R(d, "Cabo Verde", RATIFIED, ATT, "2016", QCV)
R(d, "Guinea-Bissau", "signed", ATT, None, "Guinea-Bissau has signed it but not yet ratified it")
R(d, "Guinea-Bissau", NOTRATIFIED, ATT, None, "Guinea-Bissau has signed it but not yet ratified it", negated=True)
QURGE = "Today I urge Guinea-Bissau to ratify both instruments this year"
R(d, ECOWASC, "called-for", ATT, D, QURGE)
R(d, ECOWASC, "called-for", SALW, D, QURGE)

# ===================== 09 (UN meetings coverage, GA plenary recorded vote) =====================
d = "09.txt"
D = "2025-06-04"
R(d, GA, "adopted", L94, D,
  "The General Assembly today adopted a resolution on the status of internally displaced persons and refugees from Abkhazia, Georgia, and the "
  "Tskhinvali region/South Ossetia, Georgia (document A/79/L.94), by a recorded vote of 103 in favour to 9 against, with 52 abstentions")
QAG = ("Voting against were Belarus, Burundi, the Democratic People's Republic of Korea, Eritrea, Mali, Nicaragua, the Russian Federation, "
       "Sudan and Zimbabwe")
for a in ["Belarus", "Burundi", "Democratic People's Republic of Korea", "Eritrea", "Mali", "Nicaragua", "Russian Federation", "Sudan", "Zimbabwe"]:
    R(d, a, "supported", L94, D, QAG, negated=True,
      alt=["his delegation would vote against the text, as it had done every year"] if a == "Russian Federation" else None)
QAB = "Among those abstaining were Armenia, Brazil, China, India and South Africa"
for a in ["Armenia", "Brazil", "China", "India", "South Africa"]:
    R(d, a, "supported", L94, D, QAB, negated=True, alt=["her delegation had abstained"] if a == "Armenia" else None)
R(d, "Georgia", "co-sponsored", L94, None, "Introducing the draft, the representative of Georgia said")
RL(d, ["Ukraine", "Lithuania", "Poland", "United Kingdom"], "co-sponsored", L94, None,
   "The text was co-sponsored by 48 Member States, among them Ukraine, Lithuania, Poland and the United Kingdom")
R(d, "Azerbaijan", "supported", L94, D, "The representative of Azerbaijan said his country had voted in favour")
R(d, "Türkiye", "supported", L94, D, "The representative of Türkiye said that it had also voted in favour")
R(d, "Tuvalu", "supported", L94, None, "her delegation had intended to vote in favour but had been unable to register its vote",
  negated=True, required=False)
R(d, GA, "adopted", R62249, "2008-05-15", "recalls its resolution 62/249 of 15 May 2008", required=False)
R(d, GA, "adopted", L88, D,
  "the Assembly adopted without a vote a resolution on cooperation between the United Nations and the Organization for Security and Co-operation in Europe")
R(d, "Finland", "co-sponsored", L88, None, "introduced by Finland on behalf of the OSCE Chairpersonship")

# ===================== 10 (regional newspaper article, NTSA) =====================
d = "10.txt"
R(d, "Kiribati", RATIFIED, NTSA, "2025-10-15",
  "Kiribati on Wednesday became the latest member of the Pacific Islands Forum Fisheries Agency (FFA) to ratify the Niue Treaty Subsidiary Agreement")
QEIF = "entered into force in 2014 after the Cook Islands, Niue, Tonga and Tuvalu ratified it"
for a in ["Cook Islands", "Niue", "Tonga", "Tuvalu"]:
    R(d, a, RATIFIED, NTSA, None, QEIF, alt=["Tonga remains a party"] if a == "Tonga" else None)
R(d, "Solomon Islands", RATIFIED, NTSA, "2016", "Solomon Islands, which hosts the FFA headquarters, ratified it in 2016")
R(d, "Samoa", RATIFIED, NTSA, "2019", "Samoa followed in 2019")
QPNG = "signed the Agreement in 2012 but has not ratified it"
R(d, "Papua New Guinea", "signed", NTSA, "2012", QPNG)
R(d, "Papua New Guinea", NOTRATIFIED, NTSA, None, QPNG, negated=True)
R(d, "Fiji", "signed", NTSA, None, "Fiji did not sign the Agreement in 2012", negated=True)
R(d, "Fiji", JOINED, NTSA, None, "Fiji \"expects to accede next year\"", negated=True)
R(d, FFADG, "called-for", NTSA, "2025-10-16", "She urged Papua New Guinea and Fiji to join the Agreement")
R(d, "Vanuatu", NOTRATIFIED, NTSA, None, "Vanuatu has not yet ratified it", negated=True)

# ===================== 11 (joint press release web page, HTML, TAC accessions) =====================
d = "11.html"
D = "2026-07-09"
QKU = ("The Republic of Kenya and the Oriental Republic of Uruguay today signed their Instruments of Accession to the Treaty of Amity and "
       "Cooperation in Southeast Asia (TAC)")
RL(d, ["Kenya", "Uruguay"], ACCEDED, TAC, D, QKU)
R(d, "Egypt", ACCEDED, TAC, "2016", "after Egypt and Morocco, which both acceded in 2016")
R(d, "Morocco", ACCEDED, TAC, "2016", "after Egypt and Morocco, which both acceded in 2016")
R(d, "South Africa", ACCEDED, TAC, "2018", "South Africa, which acceded in 2018")
RL(d, ["Brazil", "Chile", "Peru"], PARTY, TAC, None, "Uruguay joins Brazil, Chile and Peru among the Latin American High Contracting Parties")
R(d, "European Union", ACCEDED, TAC, "2012", "The European Union acceded in 2012")
R(d, "Kenya", "signed", AACF, None, "Kenya announced that it intends to sign the ASEAN-Africa Cooperation Framework", negated=True)
RL(d, ["Kenya", "Uruguay"], "acceded", TAC, None, "Kenya and Uruguay had submitted their applications to accede in January 2026",
   negated=True, required=False)

# ===================== 12 (interview, Armenia, Istanbul Convention) =====================
d = "12.txt"
R(d, "Armenia", "signed", ISTANBUL, "2018-01",
  "Armenia signed the Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence, the Istanbul Convention, in January 2018")
R(d, "Armenia", NOTRATIFIED, ISTANBUL, None, "Nearly eight years later it has still not ratified it", negated=True,
  alt=["The Government intends to send the Convention to the National Assembly in the spring session of 2026"])
R(d, "Georgia", RATIFIED, ISTANBUL, "2017", "Georgia ratified the Istanbul Convention in 2017 and has not withdrawn from it")
R(d, "Türkiye", "party", ISTANBUL, None, "The only State that has ever left the Convention is Turkiye, whose withdrawal took effect in 2021",
  negated=True, required=False)
R(d, "Republic of Moldova", RATIFIED, ISTANBUL, "2021", "Moldova ratified the Convention in 2021 and remains a Party")
QAZ = "Azerbaijan has neither signed nor ratified the Istanbul Convention"
R(d, "Azerbaijan", "signed", ISTANBUL, None, QAZ, negated=True)
R(d, "Azerbaijan", NOTRATIFIED, ISTANBUL, None, QAZ, negated=True)
R(d, "Armenia", RATIFIED, LANZ, "2020",
  "We ratified the Lanzarote Convention on the protection of children against sexual exploitation and sexual abuse in 2020")
R(d, "Armenia", RATIFIED, THB, "2008",
  "We are also a Party to the Convention on Action against Trafficking in Human Beings, which we ratified in 2008")

# ===================== 13 (embassy / mission newsletter, Markdown, CIFTA) =====================
d = "13.md"
LASTWK = "2026-03"
R(d, "Costa Rica", RATIFIED, CIFTA, "2000", "Costa Rica ratified CIFTA in 2000")
R(d, CIFTACSP, "adopted", WP, LASTWK, "The Conference adopted by consensus the CIFTA Work Plan 2026-2030")
R(d, CIFTACSP, "adopted", MARK, LASTWK, "a set of model regulations on the marking of firearms", required=False)
R(d, "Jamaica", RATIFIED, CIFTA, "2026-03-11", "Jamaica, which deposited its instrument of ratification with the OAS General Secretariat on 11 March 2026")
R(d, "Jamaica", "party", CIFTA, None, "becomes the 32nd State Party", required=False)
QSNR = "Canada and the United States, both of which signed in 1997"
RL(d, ["Canada", "United States"], "signed", CIFTA, "1997", QSNR)
R(d, "Canada", NOTRATIFIED, CIFTA, None, "*Signed but not ratified:* Canada and the United States", negated=True,
  alt=["Canada's delegate said Ottawa had \"no plans at this stage\" to ratify"])
R(d, "United States", NOTRATIFIED, CIFTA, None, "*Signed but not ratified:* Canada and the United States", negated=True)
R(d, "Mexico", RATIFIED, CIFTA, "1998", "Mexico, which ratified in 1998")
R(d, COSTA, "called-for", CIFTA, LASTWK, "urged \"our two friends in the North\" to complete ratification")
QTR = "Costa Rica signed the Inter-American Convention on Transparency in Conventional Weapons Acquisitions in 1999 but has yet to ratify it"
R(d, "Costa Rica", "signed", TRANSP, "1999", QTR)
R(d, "Costa Rica", NOTRATIFIED, TRANSP, None, QTR, negated=True)
R(d, "Costa Rica", "supported", PCDIS, "2026-03-12",
  "Costa Rica voted in favour of the Permanent Council resolution on the Inter-American Week of Persons with Disabilities")
R(d, OASPC, "adopted", PCDIS, "2026-03-12", "the Permanent Council resolution on the Inter-American Week of Persons with Disabilities, adopted on 12 March",
  required=False)

# ===================== 14 (chair's statement, Commonwealth Foreign Affairs Ministers) =====================
d = "14.txt"
D = "2025-09-25"
R(d, CFAM, COMMITTED, CWCH, D, "Ministers reaffirmed their commitment to the Commonwealth Charter")
R(d, CHOGM, "adopted", CWCH, "2012", "the Commonwealth Charter, adopted by Heads of Government in 2012")
R(d, CHOGM, "adopted", LLC, "2022-06", "the Living Lands Charter, which Heads adopted in Kigali in June 2022")
R(d, CHOGM, "adopted", COD, "2024-10", "the Commonwealth Ocean Declaration for Ocean Resilience, which Heads adopted in Apia in October 2024")
R(d, CFAM, COMMITTED, LLC, D, "Ministers committed to implementing both")
R(d, CFAM, COMMITTED, COD, D, "Ministers committed to implementing both")
QBB = ("Samoa, Belize and Antigua and Barbuda ratified the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction "
       "(BBNJ Agreement) in 2024")
RL(d, ["Samoa", "Belize", "Antigua and Barbuda"], RATIFIED, BBNJ, "2024", QBB)
RL(d, ["Fiji", "Mauritius"], RATIFIED, BBNJ, "2025-09", "Fiji and Mauritius had deposited their instruments of ratification this week")
R(d, "India", "signed", BBNJ, None, "India has signed the Agreement but has not yet ratified it")
R(d, "India", NOTRATIFIED, BBNJ, None, "India has signed the Agreement but has not yet ratified it", negated=True)
R(d, SAMOA_CHAIR, "called-for", BBNJ, D, "The Chair called on all Commonwealth members that have not done so to ratify the Agreement")
RL(d, ["United Kingdom", "Canada"], VOTEDECL, AIDECL, None,
   "The United Kingdom and Canada said that they were not in a position to support the current draft", negated=True)
R(d, CFAM, "adopted", AIDECL, None, "Ministers did not reach agreement on the draft text", negated=True, required=False)

# ===================== 15 (newspaper corrections notice, Haze Agreement) =====================
d = "15.txt"
R(d, "Indonesia", RATIFIED, HAZE, "2014-09", "Indonesia ratified the Agreement in September 2014")
RL(d, ["Malaysia", "Singapore"], MOU_SIGNED, HAZEMOU, "2026-03-05",
   "the two countries' environment ministers signed a memorandum of understanding on fire-danger rating and early warning", required=False)
R(d, "Timor-Leste", JOINED, HAZE, None, "has not acceded to the Agreement", negated=True, alt=["its Government has said it will do so \"in due course\""])
R(d, HAZECOP, "adopted", ROADMAP, "2016", "The Roadmap was adopted by the Conference of the Parties to the Agreement in Singapore in 2016")
R(d, "Myanmar", RATIFIED, HAZE, "2003", "Myanmar ratified the Agreement in 2003 and has not withdrawn from it")

# ===================== 16 (summit communiqué, Pacific Islands Forum Leaders) =====================
d = "16.txt"
D = "2025-09"
RL(d, ["Tonga", "Tuvalu", "Nauru", "Palau"], RATIFIED, PRF, None,
   "the Treaty has been signed by eleven Members and ratified by Tonga, Tuvalu, Nauru and Palau")
R(d, "Samoa", NOTRATIFIED, PRF, None, "Samoa advised that its instrument of ratification would be deposited before the end of the year", negated=True)
R(d, "Australia", NOTBOUND, PRF, None, "it is not eligible to become a Party to the Treaty", negated=True)
R(d, PIFL, "called-for", PRF, D, "Leaders called on all Members that have not yet done so to sign and ratify the Treaty")
R(d, PIFL, ENDORSED, CSD, "2023", "which they endorsed in Rarotonga")
R(d, PIFL, COMMITTED, CSD, D, "reaffirmed their commitment to it")
R(d, COMSEC, BACKED, CSD, None, "the support expressed for the Declaration by the Commonwealth and by the Alliance of Small Island States", required=False)
R(d, AOSIS, BACKED, CSD, None, "the support expressed for the Declaration by the Commonwealth and by the Alliance of Small Island States", required=False)
R(d, PIFL, COMMITTED, BOE, D, "Leaders reaffirmed the Boe Declaration on Regional Security")
QTG = ("Leaders reaffirmed their commitment to the Teieniwa Vision: Pacific Unity Against Corruption, agreed in 2021, and to the Revitalised "
       "Pacific Leaders Gender Equality Declaration of 2023")
R(d, PIFL, COMMITTED, TEI, D, QTG)
R(d, PIFL, COMMITTED, GED, D, QTG)
R(d, PIFL, ENDORSED + ["adopted"], WPS, D, "Leaders endorsed the Pacific Regional Action Plan on Women, Peace and Security 2025-2030")
R(d, PIFL, ENDORSED + ["adopted"], OOP, D, "Leaders endorsed the Ocean of Peace Declaration")
R(d, "Fiji", "co-sponsored", OOP, None, "Fiji, which proposed the concept", required=False)
R(d, "Kiribati", VOTEDECL, OOP, None, "Kiribati did not join the consensus on paragraph 28", negated=True)
RL(d, ["Micronesia", "Niue", "Vanuatu"], RATIFIED, BBNJ, None,
   "the Federated States of Micronesia, Niue and Vanuatu have ratified the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction")
R(d, PIFL, "called-for", BBNJ, D, "encouraged other Members to follow suit")

gold.finish(MIN_CHARS, MAX_CHARS)
