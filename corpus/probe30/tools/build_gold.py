#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py and corpus/probe24/tools/build_gold.py; the record
helpers and the checks come from corpus/tools/gold.py (imported, not copied). Four documents are not .txt (04.html,
11.html, 07.md, 08.md); Gold.finish() checks .txt, .md and .html documents alike, against the file as written (white
space folded). The extra checks below make sure no quote of an .html document spans a tag or an entity and that the
.md and .html documents have no metadata header. Alternative actor names missing from gold.py's ALT_NAMES are added
locally."""
import os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, Gold, alt, body_of, fold, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3000

# ---- instruments: (name as the text names it, aliases) ----
C1970 = ("1970 UNESCO Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property",
         ["1970 UNESCO Convention", "1970 Convention", "UNESCO 1970 Convention",
          "Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property"])
UNIDROIT = ("1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects",
            ["UNIDROIT Convention", "1995 UNIDROIT Convention", "UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects"])
L29 = ("resolution A/80/L.29 on the return or restitution of cultural property to the countries of origin",
       ["A/80/L.29", "draft resolution A/80/L.29", "L.29"])
R78127 = ("resolution 78/127", ["78/127", "A/RES/78/127"])
NEXTRES = ("General Assembly's next resolution on return or restitution", ["next resolution on return or restitution"])
HAGUE = ("1954 Hague Convention for the Protection of Cultural Property in the Event of Armed Conflict",
         ["1954 Hague Convention", "Hague Convention", "Convention for the Protection of Cultural Property in the Event of Armed Conflict", "1954 Convention"])
HP1 = ("First Protocol to the 1954 Hague Convention",
       ["First Protocol", "Protocol for the Protection of Cultural Property in the Event of Armed Conflict", "1954 First Protocol"])
HP2 = ("Second Protocol to the 1954 Hague Convention",
       ["Second Protocol", "Second Protocol of 1999",
        "Second Protocol to the Hague Convention of 1954 for the Protection of Cultural Property in the Event of Armed Conflict"])
GENEVA = ("Geneva Act of the Lisbon Agreement on Appellations of Origin and Geographical Indications", ["Geneva Act", "Geneva Act of the Lisbon Agreement"])
LISBON = ("Lisbon Agreement for the Protection of Appellations of Origin and their International Registration",
          ["1958 Lisbon Agreement", "Lisbon Agreement"])
BTAP = ("Beijing Treaty on Audiovisual Performances", ["Beijing Treaty", "BTAP"])
WPPT = ("WIPO Performances and Phonograms Treaty", ["WPPT"])
MARRAKESH = ("Marrakesh Treaty", ["Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled",
                                  "Marrakesh VIP Treaty"])
R_UKRSUD = ("resolution on the protection of cultural property in Ukraine and Sudan", [])
HEAP = ("Emergency Action Plan for Heritage in Gaza", ["UNESCO Emergency Action Plan for Heritage in Gaza"])
NICOSIA = ("Council of Europe Convention on Offences relating to Cultural Property",
           ["Nicosia Convention", "CETS No. 221", "Convention on Offences relating to Cultural Property"])
MODELPROV = ("Model Provisions on State Ownership of Undiscovered Cultural Objects", ["UNESCO-UNIDROIT Model Provisions", "Model Provisions"])
UCH = ("2001 UNESCO Convention on the Protection of the Underwater Cultural Heritage",
       ["Convention on the Protection of the Underwater Cultural Heritage", "2001 Convention", "Underwater Cultural Heritage Convention"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Convention on the Law of the Sea"])
RESCLIM = ("draft resolution on underwater heritage threatened by climate change", [])
ICH = ("2003 Convention for the Safeguarding of the Intangible Cultural Heritage",
       ["Convention for the Safeguarding of the Intangible Cultural Heritage", "2003 Convention", "Intangible Cultural Heritage Convention"])
WHC = ("1972 World Heritage Convention", ["World Heritage Convention", "Convention concerning the Protection of the World Cultural and Natural Heritage"])
C2005 = ("Convention on the Protection and Promotion of the Diversity of Cultural Expressions",
         ["2005 Convention", "2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions", "Diversity of Cultural Expressions Convention"])
IBCHARTER = ("Ibero-American Cultural Charter", ["Carta Cultural Iberoamericana"])
MADRID = ("Madrid Declaration on Culture and Artificial Intelligence", ["Madrid Declaration"])
OG2005 = ("Operational Guidelines on the implementation of the Convention in the digital environment",
          ["Operational Guidelines", "Operational Guidelines on the implementation of the 2005 Convention in the digital environment"])
GRATK = ("WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge",
         ["GRATK", "GRATK Treaty", "Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge"])
DLT = ("Riyadh Design Law Treaty", ["DLT", "Design Law Treaty", "RDLT"])
PARIS = ("Paris Convention for the Protection of Industrial Property", ["Paris Convention"])
HAGUEGA = ("Geneva Act of the Hague Agreement Concerning the International Registration of Industrial Designs",
           ["Geneva Act of the Hague Agreement", "Hague Agreement"])
R24C2 = ("Recommendation 24.COM 2", ["24.COM 2", "recommendation on the case of the Sekhmet statues"])
R24C4 = ("Recommendation 24.COM 4", ["24.COM 4", "recommendation on museum inventories"])
MEDRULES = ("Rules of Procedure for Mediation and Conciliation", ["ICPRCP Rules of Procedure for Mediation and Conciliation"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Viet Nam", "European Union", "Netherlands",
          "Kyrgyzstan", "Kazakhstan", "Uzbekistan", "Tajikistan", "United Arab Emirates", "Saudi Arabia", "Cambodia", "Thailand", "Egypt",
          "Ghana", "Germany", "Mexico", "Colombia", "Côte d'Ivoire", "Bangladesh", "Philippines", "Congo", "United Republic of Tanzania"),
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Peru": ["Peru", "Republic of Peru"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Georgia": ["Georgia"],
    "Oman": ["Oman", "Sultanate of Oman"],
    "Israel": ["Israel", "State of Israel"],
    "Sudan": ["Sudan", "the Sudan"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Paraguay": ["Paraguay", "Republic of Paraguay"],
}
UNGA = GA
CAN = ["Canada"]
IGC54 = ["Intergovernmental Conference on the Protection of Cultural Property in the Event of Armed Conflict", "intergovernmental conference",
         "Hague Conference of 1954"]
HUF = ["Heritage Under Fire", "Heritage Under Fire network"]
AC = ["Antiquities Coalition", "Antiquities Coalition Research Desk"]
MHCP = ["Meeting of the High Contracting Parties to the 1954 Convention", "Meeting of the High Contracting Parties",
        "Meeting of the High Contracting Parties to the 1954 Hague Convention"]
LISDC = ["Diplomatic Conference for the Adoption of a New Act of the Lisbon Agreement", "Diplomatic Conference", "WIPO Diplomatic Conference"]
BTDC = ["WIPO Diplomatic Conference on the Protection of Audiovisual Performances", "WIPO diplomatic conference", "diplomatic conference"]
SAGA = ["South African Guild of Actors", "SAGA", "Thandeka Mokoena"]
UNIDC = ["Diplomatic Conference for the Adoption of the Draft UNIDROIT Convention", "Diplomatic Conference", "UNIDROIT Diplomatic Conference"]
UNIDSG = ["Secretary-General of UNIDROIT", "UNIDROIT Secretary-General", "UNIDROIT", "Maria Chiara Landolfi"]
EXPC = ["UNESCO-UNIDROIT expert committee", "expert committee convened by UNESCO and UNIDROIT", "expert committee"]
UNESCOGC = ["UNESCO General Conference", "General Conference of UNESCO", "UNESCO's General Conference", "UNESCO"]
IBCONF = ["Ibero-American Conference of Ministers of Culture", "XXIII Ibero-American Conference of Ministers of Culture",
          "Ministers and High Authorities of Culture of the Ibero-American countries", "Ibero-American Ministers of Culture"]
IBSUMMIT = ["Ibero-American Summit", "XVI Ibero-American Summit", "Ibero-American Heads of State and Government",
            "Heads of State and Government"]
COP2005 = ["Conference of Parties to the 2005 Convention", "Conference of Parties", "Conference of the Parties"]
COM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
GRDC = ["Diplomatic Conference on Intellectual Property, Genetic Resources and Associated Traditional Knowledge", "diplomatic conference",
        "WIPO diplomatic conference"]
IPC = ["Indigenous Caucus", "Aroha Tane"]
WIPODG = ["WIPO Director General", "Director General of WIPO", "Daren Tang", "WIPO", "World Intellectual Property Organization"]
DLTDC = ["Diplomatic Conference to Conclude and Adopt a Design Law Treaty", "Diplomatic Conference", "WIPO Diplomatic Conference"]
ICPRCP = ["Intergovernmental Committee for Promoting the Return of Cultural Property to its Countries of Origin or its Restitution in case of Illicit Appropriation",
          "ICPRCP", "Intergovernmental Committee for Promoting the Return of Cultural Property", "Intergovernmental Committee", "Committee"]
EGYPT_AG = ["Egypt", "Arab Group", "Arab Egypt"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (meetings coverage, GA recorded vote) =====================
d = "01.txt"
D = "2025-12-09"
R(d, UNGA, "adopted", L29, D,
  "The General Assembly this morning adopted a resolution on the return or restitution of cultural property to the countries of origin by a recorded vote of "
  "164 in favour to none against, with 7 abstentions")
R(d, "Greece", "co-sponsored", L29, None, "Resolution A/80/L.29 was introduced by Greece",
  alt=["Introducing the draft, the representative of Greece said the text built on 78/127"])
QCOS = "co-sponsored by 92 Member States, including Egypt, Nigeria, Peru and Cambodia"
RL(d, ["Egypt", "Nigeria", "Peru", "Cambodia"], "co-sponsored", L29, None, QCOS)
QCALL = ("the Assembly calls upon those States that have not yet done so to become parties to the 1970 UNESCO Convention on the Means of Prohibiting and "
         "Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property and to the 1995 UNIDROIT Convention on Stolen or Illegally "
         "Exported Cultural Objects")
R(d, UNGA, "called-for", C1970, D, QCALL, required=False)
R(d, UNGA, "called-for", UNIDROIT, D, QCALL, required=False)
QABS = "Abstaining were Australia, Canada, Israel, Japan, Switzerland, the United Kingdom and the United States"
for a in ["Australia", "Canada", "Israel", "Japan", "Switzerland", "United Kingdom", "United States"]:
    R(d, a, "supported", L29, D, QABS, negated=True,
      alt={"United Kingdom": ["Explaining his delegation's abstention, the representative of the United Kingdom said"],
           "Switzerland": ["The representative of Switzerland said her country had abstained for similar reasons"]}.get(a))
QBN = "Belgium and the Netherlands, which abstained on resolution 78/127 two years ago, voted in favour this time"
RL(d, ["Belgium", "Netherlands"], "supported", L29, D, QBN)
RL(d, ["Belgium", "Netherlands"], "supported", R78127, "2023-12", QBN, negated=True)
R(d, UNGA, "adopted", R78127, "2023-12", "That text was adopted in December 2023 by 158 votes to none, with 11 abstentions")
R(d, "Peru", "called-for", UNIDROIT, D,
  "the representative of Peru urged all States that had not yet done so to accede to the UNIDROIT Convention")
R(d, "United Kingdom", ACCEPTED, C1970, "2002", "The United Kingdom had accepted that Convention in 2002 and applied it fully")
R(d, "United Kingdom", NOTRATIFIED, UNIDROIT, None, "but it had not ratified the UNIDROIT Convention and did not intend to do so", negated=True)
R(d, "Switzerland", "signed", UNIDROIT, "1996", "Switzerland, which signed the UNIDROIT Convention in 1996, had never ratified it")
R(d, "Switzerland", NOTRATIFIED, UNIDROIT, None, "Switzerland, which signed the UNIDROIT Convention in 1996, had never ratified it", negated=True)

# ===================== 02 (explanation of vote, Canada) =====================
d = "02.txt"
D = "2025-12-09"
R(d, "Canada", "supported", L29, D, "Canada abstained in the vote on draft resolution A/80/L.29", negated=True,
  alt=["we hope to be in a position to support this text again at the eighty-second session"])
R(d, "Canada", ACCEPTED, C1970, "1978",
  "Canada accepted the 1970 UNESCO Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural "
  "Property in 1978")
R(d, "Canada", COMMITTED, C1970, D, "We remain committed to the 1970 Convention")
R(d, "Canada", NOTBOUND, UNIDROIT, None, "Canada has not become a party to the UNIDROIT Convention", negated=True,
  alt=["My Government is reviewing, together with the provinces, whether accession would be compatible with our property and limitation laws"])
R(d, "Canada", "co-sponsored", R78127, "2023", "We co-sponsored resolution 78/127 two years ago and voted for it")
R(d, "Canada", "supported", R78127, "2023", "We co-sponsored resolution 78/127 two years ago and voted for it")
R(d, "Canada", PARTY, HAGUE, None,
  "Canada is a party to the 1954 Hague Convention for the Protection of Cultural Property in the Event of Armed Conflict and to both of its Protocols")
R(d, "Canada", PARTY, HP1, None,
  "Canada is a party to the 1954 Hague Convention for the Protection of Cultural Property in the Event of Armed Conflict and to both of its Protocols")
R(d, "Canada", ACCEDED, HP2, "2005", "having acceded to the Second Protocol in 2005",
  alt=["Canada is a party to the 1954 Hague Convention for the Protection of Cultural Property in the Event of Armed Conflict and to both of its Protocols"])
R(d, "Canada", "called-for", HP2, D, "We encourage all States that have not yet done so to ratify the Second Protocol")

# ===================== 03 (WIPO depositary notification, Geneva Act) =====================
d = "03.txt"
R(d, "Morocco", ACCEDED, GENEVA, "2025-03-03",
  "on March 3, 2025, the Government of the Kingdom of Morocco deposited its instrument of accession to the Geneva Act of the Lisbon Agreement on "
  "Appellations of Origin and Geographical Indications",
  alt=["Kingdom of Morocco — accession, March 3, 2025 — June 3, 2025"])
R(d, "Morocco", "party", GENEVA, None, "The Geneva Act will enter into force, with respect to the Kingdom of Morocco, three months after the date of deposit",
  negated=True, required=False)
R(d, "Morocco", NOTBOUND, LISBON, None,
  "The Kingdom of Morocco is not party to the Lisbon Agreement for the Protection of Appellations of Origin and their International Registration of 1958",
  negated=True)
for a, dt, row in [("Albania", "2019-11-02", "Albania — accession, November 2, 2019 — February 26, 2020"),
                   ("European Union", "2019-11-26", "European Union — accession, November 26, 2019 — February 26, 2020"),
                   ("Cambodia", "2020-03-06", "Cambodia — accession, March 6, 2020 — June 6, 2020"),
                   ("Samoa", "2020-09-23", "Samoa — accession, September 23, 2020 — December 23, 2020"),
                   ("Oman", "2022-10-14", "Oman — accession, October 14, 2022 — January 14, 2023"),
                   ("Ghana", "2024-05-10", "Ghana — accession, May 10, 2024 — August 10, 2024")]:
    R(d, a, ACCEDED, GENEVA, dt, row)
R(d, "Switzerland", RATIFIED, GENEVA, "2021-09-01", "Switzerland — ratification, September 1, 2021 — December 1, 2021")
QSIG = ("The following signatories of the Geneva Act have not deposited an instrument of ratification: Bosnia and Herzegovina, Burkina Faso, Congo, "
        "Gabon, Mali, Peru, Romania, Senegal")
for a in ["Bosnia and Herzegovina", "Burkina Faso", "Congo", "Gabon", "Mali", "Peru", "Romania", "Senegal"]:
    R(d, a, "signed", GENEVA, None, QSIG)
    R(d, a, NOTRATIFIED, GENEVA, None, QSIG, negated=True)

# ===================== 04 (IP office FAQ page, HTML) =====================
d = "04.html"
R(d, LISDC, "adopted", GENEVA, "2015-05-20", "It was adopted by a Diplomatic Conference in Geneva on 20 May 2015", required=False)
R(d, "Switzerland", RATIFIED, GENEVA, "2021-09-01", "Switzerland ratified the Geneva Act on 1 September 2021",
  alt=["it has applied to Switzerland since 1 December 2021"])
R(d, "Switzerland", NOTBOUND, LISBON, None, "Switzerland never joined the 1958 Lisbon Agreement", negated=True)
R(d, "Switzerland", "signed", GENEVA, "2015-05-20",
  "The Geneva Act was the first instrument of the Lisbon system that it signed, on 20 May 2015, the day it was adopted")
R(d, "European Union", ACCEDED, GENEVA, "2019-11", "The European Union acceded in November 2019")
RL(d, ["France", "Italy", "Portugal"], PARTY, LISBON, None,
   "Several of them, including France, Italy and Portugal, are also parties to the 1958 Lisbon Agreement")
R(d, "United Kingdom", JOINED, GENEVA, None, "has not acceded in its own right", negated=True,
  alt=["The United Kingdom left the Geneva Act system when it left the EU"])
QNONE = "None of them is a party"
R(d, "United States", NOTBOUND, GENEVA, None, QNONE, negated=True, alt=["The United States has said that it does not intend to join the Geneva Act"])
R(d, "Japan", NOTBOUND, GENEVA, None, QNONE, negated=True, alt=["Japan is studying accession"])
R(d, "China", NOTBOUND, GENEVA, None, QNONE, negated=True)
R(d, "China", "signed", GENEVA, None, "has not signed", negated=True)
R(d, "Switzerland", "called-for", GENEVA, None,
  "The Federal Council has called on all WIPO Member States that protect GIs to accede to the Geneva Act")

# ===================== 05 (radio interview transcript, Beijing Treaty) =====================
d = "05.txt"
R(d, BTDC, "adopted", BTAP, "2012-06", "It was adopted at a WIPO diplomatic conference in Beijing in June 2012", required=False)
R(d, "South Africa", "signed", BTAP, "2013", "South Africa signed the Beijing Treaty in 2013, but we have still not ratified it")
R(d, "South Africa", NOTRATIFIED, BTAP, None, "South Africa signed the Beijing Treaty in 2013, but we have still not ratified it", negated=True,
  alt=["Cabinet intends to ratify before the end of this year"])
R(d, "Nigeria", RATIFIED, BTAP, "2017", "Nigeria ratified in 2017")
RL(d, ["Botswana", "Kenya"], RATIFIED, BTAP, None, "Botswana and Kenya followed")
R(d, "Ghana", "signed", BTAP, "2012", "Ghana signed in 2012 and has not ratified yet")
R(d, "Ghana", NOTRATIFIED, BTAP, None, "Ghana signed in 2012 and has not ratified yet", negated=True)
R(d, "Indonesia", ACCEPTED, BTAP, "2020-01", "Indonesia deposited the thirtieth instrument in January 2020")
R(d, "South Africa", NOTBOUND, WPPT, None, "We are not a party to the WPPT either", negated=True,
  alt=["Is South Africa a party to the WPPT you mentioned?"])
R(d, "South Africa", RATIFIED, MARRAKESH, "2024", "we did ratify the Marrakesh Treaty for visually impaired readers in 2024")
QSAGA = "urging the Government to ratify the Beijing Treaty and the WPPT together, in one package"
R(d, SAGA, "called-for", BTAP, None, QSAGA, alt=["We also hope Namibia and Zimbabwe will follow"])
R(d, SAGA, "called-for", WPPT, None, QSAGA)

# ===================== 06 (parliamentary written answer, Ireland) =====================
d = "06.txt"
R(d, "Ireland", RATIFIED, HAGUE, "2018",
  "Ireland is a State Party to the 1954 Hague Convention for the Protection of Cultural Property in the Event of Armed Conflict, which it ratified in 2018 "
  "together with its First Protocol")
R(d, "Ireland", RATIFIED, HP1, "2018", "which it ratified in 2018 together with its First Protocol")
R(d, "Ireland", NOTRATIFIED, HP2, None, "Ireland has yet to ratify the Second Protocol of 1999", negated=True,
  alt=["Once that Bill is enacted, the Government intends to ratify the Second Protocol, which I expect to happen in 2026",
       "Ireland cannot seek enhanced protection for any site until it is itself bound by the Second Protocol",
       "All EU Member States except Ireland, Denmark and Malta are now party to the Second Protocol"])
QUK = "the United Kingdom ratified the Convention and both of its Protocols in 2017"
for inst in (HAGUE, HP1, HP2):
    R(d, "United Kingdom", RATIFIED, inst, "2017", QUK)
R(d, "France", ACCEDED, HP2, "2017", "France acceded to the Second Protocol in 2017 as well")
QEXC = "All EU Member States except Ireland, Denmark and Malta are now party to the Second Protocol"
R(d, "Denmark", NOTBOUND, HP2, None, QEXC, negated=True,
  alt=["Denmark has told the Committee for the Protection of Cultural Property in the Event of Armed Conflict that its ratification is under consideration"])
R(d, "Malta", NOTBOUND, HP2, None, QEXC, negated=True)
R(d, "Ireland", "supported", R_UKRSUD, "2024-12",
  "Ireland voted in favour of the resolution on the protection of cultural property in Ukraine and Sudan")
R(d, MHCP, "adopted", R_UKRSUD, "2024-12", "which was adopted by 98 votes to 6")
R(d, "Ireland", "called-for", HP2, None,
  "I have also written to my counterparts in Malta and Denmark, as fellow EU members, encouraging them to complete their ratification procedures")

# ===================== 07 (NGO blog post, Markdown) =====================
d = "07.md"
D = "2024-05-14"
R(d, IGC54, "adopted", HAGUE, "1954-05-14", "was adopted by an intergovernmental conference in The Hague, on 14 May 1954")
R(d, "Ukraine", RATIFIED, HAGUE, "1957", "**Ukraine** ratified the Convention in 1957")
R(d, "Ukraine", ACCEDED, HP2, "2020", "acceded to the Second Protocol in 2020")
R(d, "Russian Federation", PARTY, HAGUE, None, "**Russia** is a party to the Convention and to its First Protocol")
R(d, "Russian Federation", PARTY, HP1, None, "**Russia** is a party to the Convention and to its First Protocol")
R(d, "Russian Federation", NOTBOUND, HP2, None, "but it has never joined the Second Protocol", negated=True)
R(d, "Israel", PARTY, HAGUE, "1957", "**Israel** is a party to the Convention (since 1957)")
R(d, "Israel", NOTRATIFIED, HP1, None, "has not ratified either Protocol", negated=True)
R(d, "Israel", NOTRATIFIED, HP2, None, "has not ratified either Protocol", negated=True)
R(d, "Sudan", ACCEDED, HAGUE, "1970", "**Sudan** acceded to the Convention in 1970")
R(d, "Sudan", NOTBOUND, HP2, None, "it has not joined the Second Protocol", negated=True)
QAA = "**Azerbaijan** and **Armenia** are both parties to the Convention and both acceded to the Second Protocol – Azerbaijan in 2001, Armenia in 2006"
RL(d, ["Azerbaijan", "Armenia"], PARTY, HAGUE, None, QAA)
R(d, "Azerbaijan", ACCEDED, HP2, "2001", QAA)
R(d, "Armenia", ACCEDED, HP2, "2006", QAA)
RL(d, ["Ghana", "Viet Nam"], ACCEDED, HP2, None, "Ghana and Viet Nam acceded",
   alt=["Three States joined the Second Protocol in the last twelve months, namely Bangladesh, Ghana and Viet Nam"])
R(d, "Bangladesh", RATIFIED, HP2, None, "Bangladesh ratified, having signed the Protocol in 1999",
  alt=["Three States joined the Second Protocol in the last twelve months, namely Bangladesh, Ghana and Viet Nam"])
R(d, "Bangladesh", "signed", HP2, "1999", "having signed the Protocol in 1999")
RL(d, ["France", "United Kingdom"], PARTY, HP2, None, "France and the United Kingdom are parties to the Second Protocol")
R(d, "China", ACCEDED, HAGUE, "2000", "China acceded to the Convention in 2000 but not to the Second Protocol")
R(d, "China", JOINED, HP2, None, "China acceded to the Convention in 2000 but not to the Second Protocol", negated=True)
R(d, "United States", RATIFIED, HAGUE, "2009", "The United States ratified the Convention in 2009")
R(d, "United States", NOTBOUND, HP2, None, "has said it \"is not in a position\" to join the Second Protocol", negated=True)
R(d, HUF, "called-for", HP2, D,
  "we call on Russia, Israel, Sudan, China and the United States to become parties to the Second Protocol without delay")
R(d, HUF, "welcomed", HEAP, D, "We also welcome UNESCO's new *Emergency Action Plan for Heritage in Gaza*")

# ===================== 08 (NGO status tracker, Markdown table) =====================
d = "08.md"
D = "2025-09-30"
R(d, "Saudi Arabia", ACCEPTED, C1970, "1976", "| Saudi Arabia | accepted 1976 | acceded 2023 | — |")
R(d, "Saudi Arabia", ACCEDED, UNIDROIT, "2023", "| Saudi Arabia | accepted 1976 | acceded 2023 | — |")
R(d, "United Arab Emirates", ACCEPTED, C1970, "2008", "| United Arab Emirates | accepted 2008 | — | — |")
R(d, "Qatar", ACCEPTED, C1970, "1977", "| Qatar | accepted 1977 | — | — |")
R(d, "Oman", RATIFIED, C1970, "1978", "| Oman | ratified 1978 | acceded 2024 | — |")
R(d, "Oman", ACCEDED, UNIDROIT, "2024-09-02",
  "**Oman** deposited its instrument of accession to the UNIDROIT Convention with the Italian Government, the depositary, on 2 September 2024",
  alt=["| Oman | ratified 1978 | acceded 2024 | — |"])
R(d, "Kuwait", ACCEPTED, C1970, "2003", "| Kuwait | accepted 2003 | — | — |")
R(d, "Kazakhstan", RATIFIED, C1970, "2012", "| Kazakhstan | ratified 2012 | — | signed 2024, not ratified |")
R(d, "Kazakhstan", "signed", NICOSIA, "2024-03-05", "**Kazakhstan** signed the Nicosia Convention in Strasbourg on 5 March 2024",
  alt=["| Kazakhstan | ratified 2012 | — | signed 2024, not ratified |"])
R(d, "Kazakhstan", NOTRATIFIED, NICOSIA, None, "It has not ratified it", negated=True,
  alt=["| Kazakhstan | ratified 2012 | — | signed 2024, not ratified |"])
R(d, "Uzbekistan", RATIFIED, C1970, "1996", "| Uzbekistan | ratified 1996 | under consideration | — |")
R(d, "Uzbekistan", JOINED, UNIDROIT, None, "| Uzbekistan | ratified 1996 | under consideration | — |", negated=True,
  alt=["**Uzbekistan** is preparing an accession file for UNIDROIT"])
R(d, "Kyrgyzstan", RATIFIED, C1970, "2023-04-18", "**Kyrgyzstan** ratified the 1970 Convention on 18 April 2023",
  alt=["| Kyrgyzstan | ratified 2023 | — | — |"])
RL(d, ["Bahrain", "Tajikistan"], NOTBOUND, C1970, None, "**Bahrain** and **Tajikistan** – neither has joined the 1970 Convention", negated=True)
QNP = "**United Arab Emirates**, **Qatar** and **Kuwait** – none is a party to the UNIDROIT Convention"
R(d, "United Arab Emirates", NOTBOUND, UNIDROIT, None, QNP, negated=True, alt=["the UAE told the Coalition in June that accession \"is not on the agenda\""])
RL(d, ["Qatar", "Kuwait"], NOTBOUND, UNIDROIT, None, QNP, negated=True)
QASK = "We urge every State in this table to ratify the UNIDROIT Convention and the Nicosia Convention"
R(d, AC, "called-for", UNIDROIT, D, QASK)
R(d, AC, "called-for", NICOSIA, D, QASK)

# ===================== 09 (speech, UNIDROIT Secretary-General) =====================
d = "09.txt"
D = "2025-06-24"
R(d, UNIDC, "adopted", UNIDROIT, "1995-06-24",
  "on 24 June 1995, the Diplomatic Conference convened by the Italian Government here in Rome adopted the UNIDROIT Convention on Stolen or Illegally "
  "Exported Cultural Objects")
R(d, "Belgium", RATIFIED, UNIDROIT, "2025-05", "Belgium deposited its instrument of ratification last month")
R(d, "Belgium", "signed", UNIDROIT, None, "thirty years after it signed")
R(d, "Jordan", ACCEDED, UNIDROIT, "2025-01", "Jordan acceded in January")
R(d, "Mexico", JOINED, UNIDROIT, None, "we look forward to receiving Mexico's instrument", negated=True)
QSIGN = ("Several States that signed the Convention at the Diplomatic Conference or in the following year have never ratified it – France, the "
         "Netherlands, Switzerland and Georgia among them")
for a in ["France", "Netherlands", "Switzerland", "Georgia"]:
    R(d, a, "signed", UNIDROIT, None, QSIGN)
    R(d, a, NOTRATIFIED, UNIDROIT, None, QSIGN, negated=True,
      alt={"France": ["France has told us that ratification \"remains under study\""]}.get(a))
QNSA = "The United States, the United Kingdom and Japan have neither signed nor acceded"
for a in ["United States", "United Kingdom", "Japan"]:
    R(d, a, "signed", UNIDROIT, None, QNSA, negated=True)
    R(d, a, JOINED, UNIDROIT, None, QNSA, negated=True)
R(d, UNIDSG, "called-for", UNIDROIT, D,
  "I therefore urge all States that have not yet done so, and in particular the market States, to accede to the Convention")
R(d, EXPC, "adopted", MODELPROV, "2011",
  "In 2011 the expert committee convened by UNESCO and UNIDROIT adopted the Model Provisions on State Ownership of Undiscovered Cultural Objects",
  required=False)

# ===================== 10 (ministry press release, Indonesia, UCH Convention) =====================
d = "10.txt"
D = "2025-03-18"
R(d, "Indonesia", ACCEDED, UCH, D,
  "The Government of the Republic of Indonesia today deposited its instrument of accession to the 2001 UNESCO Convention on the Protection of the "
  "Underwater Cultural Heritage with the Director-General of UNESCO in Paris",
  alt=["Indonesia Accedes to UNESCO Convention on the Protection of the Underwater Cultural Heritage"])
R(d, "Indonesia", "party", UCH, None, "With this accession, Indonesia becomes the 79th State Party to the Convention", required=False)
R(d, "Indonesia", COMMITTED, UCH, D, "By joining the Convention, we commit to protecting this heritage in situ", required=False)
R(d, UNESCOGC, "adopted", UCH, "2001-11-02", "The Convention was adopted by the General Conference of UNESCO on 2 November 2001")
R(d, "Indonesia", RATIFIED, UNCLOS, "1986", "the United Nations Convention on the Law of the Sea (UNCLOS), which Indonesia ratified in 1986")
R(d, "Cambodia", RATIFIED, UCH, "2007", "Cambodia ratified the 2001 Convention in 2007")
R(d, "Philippines", RATIFIED, UCH, "2023", "the Philippines did so in 2023")
RL(d, ["Malaysia", "Thailand", "Viet Nam"], NOTBOUND, UCH, None, "Malaysia, Thailand and Viet Nam have not yet joined it", negated=True)
R(d, "Indonesia", "called-for", UCH, D, "called on \"all our ASEAN partners\" to become parties to the Convention")
R(d, "Indonesia", JOINED, HP2, None,
  "Indonesia is also considering accession to the Second Protocol to the 1954 Hague Convention for the Protection of Cultural Property in the Event of "
  "Armed Conflict", negated=True)
R(d, "Indonesia", PARTY, HAGUE, "1967", "to which it has been a party since 1967")
R(d, "Indonesia", "supported", RESCLIM, None,
  "it intends to support the draft resolution on underwater heritage threatened by climate change", negated=True)

# ===================== 11 (embassy news story, HTML) =====================
d = "11.html"
D = "2024-06-21"
R(d, "United Kingdom", RATIFIED, ICH, "2024-06-20",
  "The UK Ambassador to UNESCO, Ms. Harriet Mayhew, yesterday deposited the UK's instrument of ratification of the 2003 Convention for the Safeguarding "
  "of the Intangible Cultural Heritage",
  alt=["The UK has ratified the 2003 Convention for the Safeguarding of the Intangible Cultural Heritage"])
R(d, "United Kingdom", "party", ICH, None, "The UK will then become the 183rd State Party", negated=True, required=False)
R(d, UNESCOGC, "adopted", ICH, "2003", "which was adopted by UNESCO's General Conference in 2003")
R(d, "United Kingdom", COMMITTED, ICH, D, "By ratifying this Convention we commit to safeguarding it", required=False)
R(d, "United Kingdom", RATIFIED, WHC, "1984", "The UK is already a party to the 1972 World Heritage Convention, which it ratified in 1984")
R(d, "United Kingdom", RATIFIED, C2005, "2006",
  "and to the 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions, ratified in 2006")
QOUT = "the main countries that have yet to join the 2003 Convention include Canada, Australia and New Zealand, as well as the United States"
R(d, "Canada", NOTBOUND, ICH, None, QOUT, negated=True,
  alt=["The Canadian Government said in May that it was \"actively considering\" ratification"])
RL(d, ["Australia", "New Zealand", "United States"], NOTBOUND, ICH, None, QOUT, negated=True)

# ===================== 12 (ministerial communiqué, 2005 Convention) =====================
d = "12.txt"
D = "2025-10-17"
R(d, UNESCOGC, "adopted", C2005, "2005-10-20",
  "the Convention was adopted by the General Conference of UNESCO on 20 October 2005 by 148 votes to 2, with 4 abstentions")
R(d, IBCONF, COMMITTED, C2005, D, "reaffirm their commitment to the 2005 Convention as the framework for cultural policies in the digital age")
R(d, "Nicaragua", ACCEDED, C2005, "2025-06-03", "following the deposit by Nicaragua of its instrument of accession on 3 June 2025")
R(d, IBSUMMIT, "adopted", IBCHARTER, "2006-11",
  "the Ibero-American Cultural Charter, adopted by the Heads of State and Government at the XVI Ibero-American Summit in Montevideo in November 2006")
R(d, IBCONF, ADOPTED, MADRID, D, "Adopt the Madrid Declaration on Culture and Artificial Intelligence, annexed to this Communiqué")
R(d, IBCONF, "welcomed", OG2005, D, "Welcome the Operational Guidelines on the implementation of the Convention in the digital environment")
R(d, COP2005, ADOPTED, OG2005, "2017-06", "approved by the Conference of Parties in June 2017")
R(d, IBCONF, "called-for", C2005, D,
  "Call upon the States that have not yet done so, in particular in Asia and the Pacific, to ratify the 2005 Convention")
R(d, IBCONF, "called-for", BTAP, D,
  "invite the Ibero-American countries that are not yet parties to the Beijing Treaty on Audiovisual Performances to consider ratification", required=False)
R(d, "Portugal", SIGNED_DECL, MADRID, "2025-10", "Portugal, which signed the Madrid Declaration with a reservation on paragraph 4 of its annex")
R(d, "Andorra", SIGNED_DECL, MADRID, None, "the intention of Andorra to sign the Declaration once its internal consultation has concluded", negated=True)

# ===================== 13 (ministry of justice news item, Nicosia Convention) =====================
d = "13.txt"
D = "2025-01-28"
R(d, "Georgia", "signed", NICOSIA, D,
  "Today, the Deputy Minister of Justice of Georgia, Ms. Nino Beridze, signed the Council of Europe Convention on Offences relating to Cultural Property "
  "on behalf of Georgia", alt=["Georgia signs Council of Europe Convention on Offences relating to Cultural Property"])
R(d, COM, "adopted", NICOSIA, "2017-05-03", "It was adopted by the Committee of Ministers on 3 May 2017")
R(d, "Georgia", COMMITTED, NICOSIA, D,
  "By signing the Nicosia Convention, Georgia commits to making these acts criminal offences", required=False)
R(d, "Georgia", NOTRATIFIED, NICOSIA, None,
  "The Ministry intends to submit the Convention to Parliament for ratification in the autumn session", negated=True)
R(d, "Georgia", PARTY, C1970, "1992", "Georgia has been a party to the 1970 UNESCO Convention since 1992")
QGH = "acceded to the 1954 Hague Convention and both of its Protocols in 2010"
for inst in (HAGUE, HP1, HP2):
    R(d, "Georgia", ACCEDED, inst, "2010", QGH)
R(d, "Georgia", NOTRATIFIED, UNIDROIT, None, "It has not ratified the 1995 UNIDROIT Convention, which it signed in 1996", negated=True)
R(d, "Georgia", "signed", UNIDROIT, "1996", "It has not ratified the 1995 UNIDROIT Convention, which it signed in 1996")
R(d, "Ukraine", RATIFIED, NICOSIA, "2023", "Ukraine ratified it in 2023 and Greece last year")
R(d, "Greece", RATIFIED, NICOSIA, "2024", "Ukraine ratified it in 2023 and Greece last year")
R(d, "Armenia", "signed", NICOSIA, "2019", "Armenia signed the Convention in 2019 but has not ratified it")
R(d, "Armenia", NOTRATIFIED, NICOSIA, None, "Armenia signed the Convention in 2019 but has not ratified it", negated=True)
R(d, "Azerbaijan", "signed", NICOSIA, None, "Azerbaijan has neither signed nor ratified it", negated=True)
R(d, "Azerbaijan", NOTRATIFIED, NICOSIA, None, "Azerbaijan has neither signed nor ratified it", negated=True)
R(d, "Georgia", "called-for", NICOSIA, D,
  "Georgia encourages all Council of Europe member States that have not yet done so to sign and ratify the Nicosia Convention")

# ===================== 14 (news wire story, GRATK) =====================
d = "14.txt"
D = "2025-05-23"   # "GENEVA, May 23": the year follows from the one-year window opened on May 24, 2024, which "closes on Saturday"
R(d, GRDC, "adopted", GRATK, "2024-05-24", "The treaty, adopted by consensus at a diplomatic conference in Geneva on May 24, 2024", required=False)
RL(d, ["Brazil", "Colombia", "South Africa", "Morocco"], "signed", GRATK, "2024-05-24",
   "Brazil, Colombia, South Africa and Morocco were among the 30 countries that signed on the day of adoption")
RL(d, ["France", "Germany"], "signed", GRATK, "2025-01", "France and Germany signed in January")
R(d, "Australia", "signed", GRATK, "2025-05-22", "Australia signed on Thursday")
R(d, "Malawi", RATIFIED, GRATK, "2024-12", "Malawi was the first country to ratify, in December")
RL(d, ["Paraguay", "Namibia"], RATIFIED, GRATK, "2025", "followed by Paraguay and Namibia earlier this year")
R(d, "Brazil", NOTRATIFIED, GRATK, None, "the government has yet to deposit the instrument", negated=True)
QNS = "The United States, Japan and the Republic of Korea have not signed"
RL(d, ["United States", "Japan", "Republic of Korea"], "signed", GRATK, None, QNS, negated=True)
R(d, "European Union", "signed", GRATK, None, "the European Union did not sign as a bloc", negated=True)
R(d, "Switzerland", "signed", GRATK, "2024-09", "Switzerland signed in September")
R(d, "Switzerland", NOTRATIFIED, GRATK, None, "officials in Bern said ratification was \"not expected before 2027\"", negated=True)
R(d, IPC, "called-for", GRATK, None, "We urge every signatory to ratify quickly")
R(d, WIPODG, "called-for", GRATK, D, "encouraged \"all Member States, whether or not they signed, to join the treaty\"")
R(d, "India", "signed", GRATK, None, "India, a strong supporter of the disclosure requirement during negotiations, did not sign", negated=True)

# ===================== 15 (IP office press release, Riyadh Design Law Treaty) =====================
d = "15.txt"
D = "2025-07-16"
R(d, "Ghana", "signed", DLT, "2025-07-15", "Ghana yesterday signed the Riyadh Design Law Treaty (DLT)",
  alt=["GHANA SIGNS THE RIYADH DESIGN LAW TREATY", "The Treaty was signed on behalf of the Government by the Attorney-General and Minister for Justice"])
R(d, DLTDC, "adopted", DLT, "2024-11-22",
  "The DLT was adopted by the Diplomatic Conference to Conclude and Adopt a Design Law Treaty in Riyadh, Kingdom of Saudi Arabia, on 22 November 2024")
R(d, "Ghana", NOTRATIFIED, DLT, None, "Ghana will now begin the process of ratification, and we intend to deposit our instrument", negated=True)
R(d, "Ghana", PARTY, PARIS, "1976",
  "Ghana is already a party to the Paris Convention for the Protection of Industrial Property, which it joined in 1976")
R(d, "Ghana", ACCEDED, HAGUEGA, "2008",
  "acceded to the Geneva Act of the Hague Agreement Concerning the International Registration of Industrial Designs in 2008")
RL(d, ["Nigeria", "Côte d'Ivoire"], "signed", DLT, "2024-11",
   "Nigeria and Côte d'Ivoire signed the DLT at the closing ceremony of the Diplomatic Conference in November 2024")
R(d, "Senegal", "signed", DLT, "2025-04", "Senegal signed in April")
RL(d, ["Nigeria", "Côte d'Ivoire", "Senegal"], NOTRATIFIED, DLT, None, "None of them has yet ratified", negated=True)
R(d, "Saudi Arabia", RATIFIED, DLT, "2025-05-06", "Saudi Arabia, the host country, became the first State to ratify, on 6 May 2025")
R(d, "Ghana", "called-for", DLT, D, "Ghana calls on all ECOWAS Member States to sign and ratify the Riyadh Design Law Treaty")

# ===================== 16 (bulletin, ICPRCP session) =====================
d = "16.txt"
THU, FRI = "2025-09-25", "2025-09-26"
R(d, ICPRCP, "adopted", R24C2, THU, "On Thursday, the Committee adopted by consensus Recommendation 24.COM 2")
R(d, ICPRCP, "adopted", MEDRULES, "2010", "the Rules of Procedure for Mediation and Conciliation, adopted by the Committee in 2010", required=False)
R(d, ICPRCP, "adopted", R24C4, FRI, "was put to a vote at the request of France and adopted on Friday by 14 votes to 2, with 6 abstentions")
RL(d, ["France", "Switzerland"], "supported", R24C4, FRI, "France and Switzerland voted against", negated=True)
RL(d, ["Belgium", "Italy", "Japan", "Netherlands", "Spain", "Sweden"], "supported", R24C4, FRI,
   "Belgium, Italy, Japan, the Netherlands, Spain and Sweden abstained", negated=True)
R(d, "Nigeria", "supported", R24C4, FRI, "Nigeria, which had proposed the text with Peru, voted in favour")
RL(d, ["Nigeria", "Peru"], "co-sponsored", R24C4, None, "Nigeria, which had proposed the text with Peru")
R(d, "Mexico", ACCEDED, UNIDROIT, "2025-07-30",
  "Mexico announced that it had deposited its instrument of accession to the 1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects on "
  "30 July")
R(d, "Germany", RATIFIED, C1970, "2007", "Germany, which ratified the 1970 UNESCO Convention in 2007")
R(d, "Germany", JOINED, UNIDROIT, None, "said it \"is not considering\" accession to the UNIDROIT Convention", negated=True)
QEG = ("Egypt, speaking for the Arab Group, called on all States that have not yet done so to ratify the 1970 Convention and the UNIDROIT Convention")
R(d, EGYPT_AG, "called-for", C1970, "2025-09", QEG)
R(d, EGYPT_AG, "called-for", UNIDROIT, "2025-09", QEG)
R(d, "United Republic of Tanzania", JOINED, UNIDROIT, None,
  "The United Republic of Tanzania said it would accede to the UNIDROIT Convention \"within the coming year\"", negated=True)
R(d, "Nigeria", "co-sponsored", NEXTRES, None,
  "Nigeria said it intends to co-sponsor the General Assembly's next resolution on return or restitution", negated=True)
R(d, "Nigeria", "co-sponsored", R78127, None, "recalled that it had co-sponsored resolution 78/127, adopted in December 2023")
R(d, UNGA, "adopted", R78127, "2023-12", "resolution 78/127, adopted in December 2023", required=False)


# ---- extra checks for the .md and .html documents ----
extra = []
docs_dir = os.path.join(HERE, "docs")
for f in sorted(os.listdir(docs_dir)):
    if f.endswith((".md", ".html")):
        t = open(os.path.join(docs_dir, f), encoding="utf-8").read()
        if body_of(t) != t:
            extra.append(f"{f}: a metadata header in a .{f.split('.')[-1]} document")
        if f.endswith(".html") and not re.search(r"<html[\s>]", t):
            extra.append(f"{f}: not an HTML page")
for i, r in enumerate(gold.records):
    for q in [r["quote"]] + r.get("alt_quotes", []):
        if r["doc"].endswith(".html") and re.search(r"[<>]|&\w+;", q):
            extra.append(f"#{i} {r['doc']}: quote spans a tag or an entity: {q[:80]!r}")
        if r["doc"].endswith(".md"):
            t = fold(open(os.path.join(docs_dir, r["doc"]), encoding="utf-8").read())
            if fold(q) not in t:
                extra.append(f"#{i} {r['doc']}: quote not in the Markdown as written: {q[:80]!r}")
for e in extra:
    print("ERROR", e)
if extra:
    sys.exit(1)

gold.finish(MIN_CHARS, MAX_CHARS)
