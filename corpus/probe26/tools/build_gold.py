#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote. Same record format and checks as
corpus/probe17/tools/build_gold.py; the record helpers and checks come from corpus/tools/gold.py (imported, not copied).
Two documents of this corpus are not .txt (06.md, 14.html); gold.py's Gold.finish() checks .txt, .md and .html documents
alike. Alternative actor names missing from gold.py's ALT_NAMES are added locally below."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, UNSC, Gold, alt, ACTIONS, DATE, body_of, fold, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED,  # noqa: E402,F401
                  ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3000

# ---- instruments: (name as the text names it, aliases) ----
CSC = ("Convention on Supplementary Compensation for Nuclear Damage", ["CSC"])
VIENNA = ("Vienna Convention on Civil Liability for Nuclear Damage", ["Vienna Convention", "1963 Vienna Convention on Civil Liability for Nuclear Damage"])
VP97 = ("1997 Protocol to Amend the Vienna Convention on Civil Liability for Nuclear Damage",
        ["1997 Protocol amending the Vienna Convention", "1997 Protocol", "1997 Vienna Protocol", "Protocol to Amend the Vienna Convention"])
JC = ("Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management", ["Joint Convention"])
PARIS = ("Paris Convention on Third Party Liability in the Field of Nuclear Energy", ["Paris Convention"])
BSC = ("Brussels Supplementary Convention", ["Brussels Convention", "Brussels Supplementary Convention to the Paris Convention"])
PP04 = ("2004 Protocol to amend the Paris Convention", ["2004 Paris Protocol", "Protocol to amend the Paris Convention on Third Party Liability in the Field of Nuclear Energy"])
BP04 = ("2004 Protocol to amend the Brussels Supplementary Convention", ["2004 Brussels Protocol", "Protocol to amend the Brussels Supplementary Convention"])
JP = ("Joint Protocol relating to the Application of the Vienna Convention and the Paris Convention", ["Joint Protocol"])
CPPNM = ("Convention on the Physical Protection of Nuclear Material", ["CPPNM"])
ACPPNM = ("Amendment to the Convention on the Physical Protection of Nuclear Material",
          ["2005 Amendment to the Convention on the Physical Protection of Nuclear Material", "2005 Amendment", "CPPNM Amendment", "A/CPPNM",
           "amended CPPNM", "amended Convention on the Physical Protection of Nuclear Material"])
ICSANT = ("International Convention for the Suppression of Acts of Nuclear Terrorism", ["ICSANT", "Nuclear Terrorism Convention"])
CNS = ("Convention on Nuclear Safety", ["CNS"])
ENC = ("Convention on Early Notification of a Nuclear Accident", ["Early Notification Convention"])
ASSIST = ("Assistance Convention", ["Convention on Assistance in the Case of a Nuclear Accident or Radiological Emergency"])
CODE = ("Code of Conduct on the Safety and Security of Radioactive Sources", ["Code of Conduct"])
DISUSED = ("Guidance on the Management of Disused Radioactive Sources", ["supplementary Guidance on the Management of Disused Radioactive Sources"])
ICONSD = ("Ministerial Declaration of the International Conference on Nuclear Security (ICONS 2024)", ["ICONS 2024 Ministerial Declaration", "Ministerial Declaration"])
GUIDEL = ("decision amending the Guidelines regarding the Review Process (INFCIRC/603)", ["Guidelines regarding the Review Process", "INFCIRC/603"])
SUMREP = ("Summary Report of the Eighth Review Meeting", ["Summary Report"])
SSR5 = ("IAEA Safety Standard SSR-5 on disposal", ["SSR-5", "Safety Standard SSR-5"])
GASEP = ("ICAO Global Aviation Security Plan", ["Global Aviation Security Plan", "GASeP"])
A4118 = ("Assembly Resolution A41-18 on aviation security policy", ["ICAO Assembly Resolution A41-18", "A41-18", "Resolution A41-18"])
MP14 = ("Montréal Protocol 2014", ["MP14", "Montreal Protocol 2014", "Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft"])
BC = ("Beijing Convention 2010", ["Beijing Convention", "Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation"])
BP = ("Beijing Protocol 2010", ["Beijing Protocol", "Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft"])
R2808 = ("resolution 2808 (2025)", ["Security Council resolution 2808 (2025)", "S/RES/2808 (2025)", "resolution 2808"])
ICSFT = ("International Convention for the Suppression of the Financing of Terrorism",
         ["Terrorist Financing Convention", "Financing Convention", "ICSFT", "1999 Convention",
          "International Convention for the Suppression of the Financing of Terrorism of 9 December 1999"])
AUCT = ("African Union's Convention on the Prevention and Combating of Terrorism",
        ["Convention on the Prevention and Combating of Terrorism", "OAU Convention on the Prevention and Combating of Terrorism", "Algiers Convention"])
IACAT = ("Inter-American Convention against Terrorism", [])
BOMB = ("International Convention for the Suppression of Terrorist Bombings", ["Terrorist Bombings Convention"])
HOST = ("International Convention against the Taking of Hostages", ["Hostages Convention"])
GC68 = ("resolution on nuclear security GC(68)/RES/9", ["GC(68)/RES/9", "IAEA General Conference resolution GC(68)/RES/9"])
APOST = ("Apostille Convention", ["Convention of 5 October 1961 Abolishing the Requirement of Legalisation for Foreign Public Documents",
                                  "Convention Abolishing the Requirement of Legalisation for Foreign Public Documents"])
ADOPTC = ("1993 Convention on Protection of Children and Co-operation in respect of Intercountry Adoption",
          ["Intercountry Adoption Convention", "Hague Adoption Convention", "1993 Adoption Convention"])
SERVICE = ("Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters",
           ["Service Convention", "HCCH Service Convention",
            "Convention of 15 November 1965 on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters"])
EVID = ("Convention on the Taking of Evidence Abroad in Civil or Commercial Matters",
        ["Evidence Convention", "Hague Evidence Convention",
         "Convention of 18 March 1970 on the Taking of Evidence Abroad in Civil or Commercial Matters",
         "Hague Convention of 18 March 1970 on the Taking of Evidence Abroad in Civil or Commercial Matters"])
CANUK = ("Convention between Canada and the United Kingdom on civil and commercial judicial proceedings", ["Canada–United Kingdom Convention"])
SUVA = ("Suva Recommendations on Nuclear Security Treaty Adherence", ["Suva Recommendations"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Viet Nam", "United Arab Emirates", "Philippines",
          "Lao PDR", "United Republic of Tanzania", "Somalia", "Kenya", "Uganda", "South Sudan", "Germany", "Mexico", "Cambodia", "Ghana",
          "Thailand", "China", "Saudi Arabia", "Rwanda", "Chile", "Paraguay", "Bolivia", "Egypt", "Kazakhstan", "Fiji", "Samoa", "Kiribati"),
    "Bhutan": ["Bhutan", "Kingdom of Bhutan"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Zimbabwe": ["Zimbabwe", "Republic of Zimbabwe"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar"],
    "Malaysia": ["Malaysia"],
    "Solomon Islands": ["Solomon Islands"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
}
EURATOM = ["European Atomic Energy Community", "Euratom"]
CSP = ["Conference of the States Parties to the Convention on the Physical Protection of Nuclear Material", "Conference of the States Parties",
       "Conference of States Parties to the CPPNM"]
IAEADG = ["IAEA Director General", "Director General of the International Atomic Energy Agency", "Director General", "IAEA",
          "International Atomic Energy Agency"]
USGCT = ["UN Under-Secretary-General for Counter-Terrorism", "Under-Secretary-General for Counter-Terrorism", "Vladimir Voronkov", "UNOCT",
         "United Nations Office of Counter-Terrorism"]
AUSTRIA = ["Austria", "Republic of Austria", "Group of Friends of ICSANT"]
ICONS = ["International Conference on Nuclear Security", "ICONS 2024", "ICONS", "Conference"]
RM8 = ["Eighth Review Meeting of the Contracting Parties to the Joint Convention", "Eighth Review Meeting", "Review Meeting", "Meeting"]
RM8PRES = ["President of the Eighth Review Meeting", "President of the Meeting", "Clara Estévez", "Argentina"]
ICCSA = ["International Cabin Crew Safety Alliance", "ICCSA"]
HCCHSG = ["Secretary General of the HCCH", "HCCH Secretary General", "Christophe Bernasconi", "HCCH", "Hague Conference on Private International Law"]
UNODC = ["UNODC", "United Nations Office on Drugs and Crime"]
WORKSHOP = ["Sub-regional Workshop on the Universalization and Implementation of the Amended CPPNM and ICSANT for Pacific Island States",
            "workshop", "participants", "Sub-regional Workshop"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 =====================
d = "01.txt"
R(d, "Philippines", RATIFIED, CSC, "2025-03-11",
  "The Philippines on Tuesday deposited its instrument of ratification of the Convention on Supplementary Compensation for Nuclear Damage (CSC)",
  alt=["the ratification \"closes the last gap in our liability framework\""])
R(d, "Philippines", "signed", CSC, "2024-09", "The Philippines had signed the Convention in September 2024")
R(d, "Philippines", "party", CSC, None, "The deposit makes it the twelfth State to join the CSC", required=False)
R(d, "Philippines", ACCEDED, VIENNA, "1965", "The Philippines acceded to the Vienna Convention on Civil Liability for Nuclear Damage in 1965")
R(d, "Philippines", JOINED, VP97, None, "but has yet to join the 1997 Protocol amending it", negated=True)
R(d, "Japan", RATIFIED, CSC, None, "entered into force in April 2015, ninety days after Japan's ratification")
R(d, "United States", RATIFIED, CSC, "2008", "Its other parties include the United States, which ratified it in 2008")
RL(d, ["India", "Canada", "United Arab Emirates", "Argentina", "Ghana"], PARTY, CSC, None,
   "Its other parties include the United States, which ratified it in 2008, as well as India, Canada, the United Arab Emirates, Argentina and Ghana")
R(d, "Indonesia", "signed", CSC, "1997-09-29", "Indonesia signed the Convention on 29 September 1997, the day it opened for signature")
R(d, "Indonesia", NOTRATIFIED, CSC, None, "but has never ratified it", negated=True)
R(d, "Viet Nam", JOINED, CSC, None, "said last month it was \"studying\" accession", negated=True)
R(d, "Republic of Korea", JOINED, CSC, None, "the Republic of Korea has told the IAEA it has no plans to join", negated=True)
R(d, ALT["United States"] + ["State Department", "US State Department"], "called-for", CSC, "2025-03-12",
  "Washington \"hopes other countries building new nuclear programmes will follow the Philippines' lead and join the CSC.\"", required=False)
R(d, "Philippines", JOINED, JC, None,
  "the Philippines \"is also considering\" accession to the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management",
  negated=True)

# ===================== 02 =====================
d = "02.txt"
DAY = "2025-02-17"
Q = ("The United Kingdom is a Contracting Party to the Paris Convention on Third Party Liability in the Field of Nuclear Energy and to the Brussels "
     "Supplementary Convention")
R(d, "United Kingdom", PARTY, PARIS, None, Q)
R(d, "United Kingdom", PARTY, BSC, None, Q)
R(d, "United Kingdom", RATIFIED, PP04, "2021-12",
  "In December 2021 the UK deposited its instruments of ratification of the 2004 Protocol to amend the Paris Convention")
R(d, "United Kingdom", RATIFIED, BP04, "2021-12",
  "In December 2021 the UK deposited its instruments of ratification of the 2004 Protocol to amend the Paris Convention and of the 2004 Protocol to "
  "amend the Brussels Supplementary Convention")
RL(d, ["Spain", "Slovenia"], RATIFIED, PP04, None, "Spain and Slovenia had ratified the 2004 Paris Protocol earlier")
R(d, "United Kingdom", "signed", CSC, None, "The UK has not signed the Convention on Supplementary Compensation for Nuclear Damage (CSC)", negated=True)
R(d, "United Kingdom", NOTRATIFIED, CSC, None, "the Government has no current plans to ratify it", negated=True)
RL(d, ["United States", "Canada"], PARTY, CSC, None, "the United States and Canada are parties to the CSC")
R(d, "France", PARTY, PARIS, None, "France, which like the UK is a party to the Paris and Brussels Conventions, is not")
R(d, "France", PARTY, BSC, None, "France, which like the UK is a party to the Paris and Brussels Conventions, is not")
R(d, "France", NOTBOUND, CSC, None, "France, which like the UK is a party to the Paris and Brussels Conventions, is not", negated=True)
R(d, "United Kingdom", "signed", JP, "1988",
  "The UK signed the Joint Protocol relating to the Application of the Vienna Convention and the Paris Convention in 1988")
R(d, "United Kingdom", NOTRATIFIED, JP, None, "but has not ratified it", negated=True)
Q = ("The Government encourages all states operating or planning nuclear installations to adhere to either the Paris Convention or the Vienna "
     "Convention on Civil Liability for Nuclear Damage")
R(d, "United Kingdom", "called-for", PARIS, DAY, Q)
R(d, "United Kingdom", "called-for", VIENNA, DAY, Q)

# ===================== 03 =====================
d = "03.txt"
R(d, "Zambia", ACCEPTED, ACPPNM, "2025-02-04",
  "On 4 February 2025, the Government of the Republic of Zambia, a Party to the Convention since 2012, deposited its instrument of acceptance of the "
  "Amendment to the Convention on the Physical Protection of Nuclear Material")
R(d, "Zambia", PARTY, CPPNM, "2012", "the Republic of Zambia, a Party to the Convention since 2012")
R(d, "Bhutan", ACCEDED, CPPNM, "2025-02-19",
  "On 19 February 2025, the Government of the Kingdom of Bhutan deposited an instrument of accession to the Convention on the Physical Protection of "
  "Nuclear Material")
R(d, "Bhutan", ACCEPTED, ACPPNM, "2025-02-19", "on the same date, an instrument of acceptance of the Amendment thereto")
R(d, ["Somalia", "Federal Republic of Somalia"], ACCEDED, CPPNM, "2025-03-06",
  "On 6 March 2025, the Federal Republic of Somalia deposited its instrument of accession to the Convention")
R(d, "Brazil", RATIFIED, ACPPNM, "2025-03-11",
  "On 11 March 2025, the Government of the Federative Republic of Brazil deposited its instrument of ratification of the Amendment")
R(d, CSP, "adopted", ACPPNM, "2005-07-08",
  "The Amendment was adopted on 8 July 2005 by the Conference of the States Parties to the Convention on the Physical Protection of Nuclear Material")
R(d, EURATOM, PARTY, ACPPNM, None, "142 States and one organization (the European Atomic Energy Community) are party to the Amendment")
Q = ("The following States are party to the Convention but have not yet adhered to the Amendment: Dominica, Guyana, Haiti, Lesotho and Malawi")
for a in ["Dominica", "Guyana", "Haiti", "Lesotho", "Malawi"]:
    R(d, a, PARTY, CPPNM, None, Q)
    R(d, a, NOTBOUND, ACPPNM, None, Q, negated=True)
Q = "The Director General calls upon all States that have not yet done so to become party to the Convention and to its Amendment"
R(d, IAEADG, "called-for", CPPNM, "2025-03-28", Q)
R(d, IAEADG, "called-for", ACPPNM, "2025-03-28", Q)

# ===================== 04 =====================
d = "04.txt"
DAY = "2025-04-14"
R(d, GA, "adopted", ICSANT, "2005-04-13", "The Convention was adopted by the General Assembly in resolution 59/290 of 13 April 2005")
R(d, "Nepal", ACCEDED, ICSANT, DAY, "Nepal: accession")
R(d, "Nepal", "party", ICSANT, None, "the 126th State to become party", required=False)
R(d, "Zimbabwe", RATIFIED, ICSANT, DAY, "Zimbabwe: ratification, twenty years after its signature in September 2005")
R(d, "Zimbabwe", "signed", ICSANT, "2005-09", "twenty years after its signature in September 2005")
R(d, "Timor-Leste", "signed", ICSANT, DAY, "Timor-Leste: signature, by its Permanent Representative")
R(d, "Timor-Leste", NOTRATIFIED, ICSANT, None, "Timor-Leste said it aims to ratify before the end of 2026", negated=True)
Q = "Those that have yet to do so include Bangladesh, Haiti and Somalia"
for a in ["Bangladesh", "Haiti", "Somalia"]:
    R(d, a, NOTRATIFIED, ICSANT, None, Q, negated=True,
      alt=["ratification was expected \"within this calendar year\""] if a == "Bangladesh" else None)
    R(d, a, "signed", ICSANT, None, Q, required=False)
R(d, "Morocco", RATIFIED, ICSANT, "2010", "Morocco, which ratified ICSANT in 2010")
R(d, "Morocco", ACCEPTED, ACPPNM, "2025-04",
  "announced that it had deposited the previous week its instrument of acceptance of the Amendment to the Convention on the Physical Protection of "
  "Nuclear Material")
Q = "Kazakhstan noted that it is a party to both ICSANT and the amended CPPNM"
R(d, "Kazakhstan", PARTY, ICSANT, None, Q)
R(d, "Kazakhstan", PARTY, ACPPNM, None, Q)
Q = "urged \"every State that has not yet done so to ratify or accede to ICSANT and to the amended CPPNM without further delay\""
R(d, USGCT, "called-for", ICSANT, DAY, Q)
R(d, USGCT, "called-for", ACPPNM, DAY, Q)
R(d, AUSTRIA, "called-for", ICSANT, DAY, "Austria, on behalf of the Group of Friends of ICSANT, called on the remaining States to join")

# ===================== 05 =====================
d = "05.txt"
DAY = "2024-05-21"
R(d, ICONS, "adopted", ICONSD, "2024-05-20", "the adoption yesterday, by consensus, of the Ministerial Declaration of this Conference")
R(d, "Uganda", ENDORSED, ICONSD, DAY, "Uganda fully subscribes to the Declaration and to the commitments it contains")
R(d, "Uganda", ACCEDED, CPPNM, "2003", "Uganda acceded to the Convention on the Physical Protection of Nuclear Material in 2003")
R(d, "Uganda", ACCEPTED, ACPPNM, "2023-03",
  "In March 2023, my Government deposited its instrument of acceptance of the 2005 Amendment to that Convention")
R(d, "Uganda", PARTY, ENC, "2015",
  "Uganda has also been a party to the Convention on Early Notification of a Nuclear Accident and to the Assistance Convention since 2015")
R(d, "Uganda", PARTY, ASSIST, "2015",
  "Uganda has also been a party to the Convention on Early Notification of a Nuclear Accident and to the Assistance Convention since 2015")
R(d, "Uganda", "signed", CNS, None, "it has yet to sign the Convention on Nuclear Safety", negated=True)
R(d, "Uganda", "signed", ICSANT, "2005", "Uganda signed the International Convention for the Suppression of Acts of Nuclear Terrorism in 2005")
R(d, "Uganda", NOTRATIFIED, ICSANT, None, "We have not yet ratified it", negated=True,
  alt=["the instrument will be deposited with the Secretary-General before the end of this year"])
R(d, "Uganda", NOTBOUND, JC, None,
  "We are also not yet a Contracting Party to the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management",
  negated=True, alt=["My Government intends to accede to it before the next Review Meeting"])
R(d, "Uganda", COMMITTED, CODE, "2019",
  "Since 2019 Uganda has made a political commitment to the Code of Conduct on the Safety and Security of Radioactive Sources")
R(d, "Uganda", ENDORSED, DISUSED, "2024",
  "this year we notified the Director General of our intention to follow its supplementary Guidance on the Management of Disused Radioactive Sources",
  required=False)
R(d, "Uganda", "called-for", ACPPNM, DAY, "We therefore call on all States which have not yet done so to adhere to the Amendment")
R(d, "Uganda", "called-for", ICSANT, DAY, "we encourage our neighbours in the East African Community to consider joining ICSANT together", required=False)

# ===================== 06 =====================
d = "06.md"
R(d, "Kenya", ACCEDED, JC, "2023-06-06",
  "Kenya deposited its instrument of accession to the **Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste "
  "Management** with the Director General of the IAEA on 6 June 2023", alt=["Is Kenya a Contracting Party to the Joint Convention? Yes."])
Q = "Kenya is a party to the following instruments:"
R(d, "Kenya", PARTY, CNS, None, Q + " - the Convention on Nuclear Safety;")
R(d, "Kenya", PARTY, ENC, "2019", "the Convention on Early Notification of a Nuclear Accident (since 2019)")
R(d, "Kenya", PARTY, CPPNM, None, "the Convention on the Physical Protection of Nuclear Material and its 2005 Amendment", alt=[Q])
R(d, "Kenya", PARTY, ACPPNM, None, "the Convention on the Physical Protection of Nuclear Material and its 2005 Amendment", alt=[Q])
Q = "Kenya has neither signed nor acceded to the Convention on Supplementary Compensation for Nuclear Damage (CSC)"
R(d, "Kenya", "signed", CSC, None, Q, negated=True)
R(d, "Kenya", JOINED, CSC, None, Q, negated=True, alt=["The Ministry of Energy and Petroleum is considering accession to the CSC"])
R(d, "Kenya", JOINED, VP97, None,
  "is considering accession to the CSC together with the 1997 Protocol to Amend the Vienna Convention on Civil Liability for Nuclear Damage", negated=True)
RL(d, ["Madagascar", "Mauritius", "South Africa"], PARTY, JC, None,
   "Madagascar, Mauritius and South Africa are Contracting Parties to the Joint Convention")
R(d, "Uganda", NOTBOUND, JC, None, "Uganda and the United Republic of Tanzania have not joined it yet", negated=True,
  alt=["Uganda has announced its intention to accede"])
R(d, "United Republic of Tanzania", NOTBOUND, JC, None, "Uganda and the United Republic of Tanzania have not joined it yet", negated=True)
R(d, "Ethiopia", NOTBOUND, JC, None, "Ethiopia is not a Contracting Party either", negated=True)

# ===================== 07 =====================
d = "07.txt"
R(d, RM8, "adopted", GUIDEL, "2025-05-29",
  "In its final plenary on Thursday, the Meeting adopted by consensus a decision amending the Guidelines regarding the Review Process (INFCIRC/603)")
R(d, RM8, "adopted", SUMREP, "2025-05-29", "It also adopted its Summary Report", required=False)
QL = "Five States joined the Convention since the Seventh Review Meeting in 2022 and took part in a review for the first time: Kenya, Mongolia, Rwanda, Zambia and Bahrain"
R(d, "Kenya", ACCEDED, JC, "2023", "Kenya and Zambia acceded in 2023", alt=[QL])
R(d, "Zambia", ACCEDED, JC, "2023", "Kenya and Zambia acceded in 2023", alt=[QL])
R(d, "Mongolia", ACCEDED, JC, "2024", "Mongolia and Rwanda in 2024", alt=[QL])
R(d, "Rwanda", ACCEDED, JC, "2024", "Mongolia and Rwanda in 2024", alt=[QL])
R(d, "Bahrain", ACCEDED, JC, "2025-01", "Bahrain in January 2025", alt=[QL])
R(d, RM8PRES, "called-for", JC, None,
  "urged all IAEA Member States \"that still stand outside the Convention, especially those with research reactors or large inventories of sources, to "
  "accede without delay.\"")
Q = "neither has signed or acceded to the Joint Convention"
RL(d, ["India", "Egypt"], "signed", JC, None, Q, negated=True)
RL(d, ["India", "Egypt"], JOINED, JC, None, Q, negated=True)
R(d, "Iran", NOTBOUND, JC, None, "Iran, which is not a Contracting Party, did not send observers", negated=True)
R(d, "Israel", "signed", JC, "1997", "Israel signed the Convention in 1997 but has not ratified it")
R(d, "Israel", NOTRATIFIED, JC, None, "Israel signed the Convention in 1997 but has not ratified it", negated=True)
Q = "Finland and Sweden, which operate the world's first deep geological repository projects, reaffirmed their commitment to the IAEA Safety Standard SSR-5 on disposal"
RL(d, ["Finland", "Sweden"], COMMITTED, SSR5, None, Q)
RL(d, ["Canada", "Switzerland"], COMMITTED, SSR5, None, "The statement was also signed by Canada and Switzerland", required=False)
RL(d, ["Russian Federation", "China"], PARTY, JC, None, "The Russian Federation and China, both Contracting Parties")
R(d, "Japan", PARTY, JC, None, "Japan, also a party")

# ===================== 08 =====================
d = "08.txt"
DAY = "2025-10-09"
P3 = ["Japan", "Philippines", "United States"]
Q = ("The Participants reaffirmed their commitment to the ICAO Global Aviation Security Plan (GASeP) and to Assembly Resolution A41-18 on aviation "
     "security policy")
RL(d, P3, COMMITTED, GASEP, DAY, Q)
RL(d, P3, COMMITTED, A4118, DAY, Q)
R(d, "Japan", ACCEPTED, MP14, "2025-07-02",
  "on 2 July 2025, it deposited with ICAO its instrument of acceptance of the Protocol to Amend the Convention on Offences and Certain Other Acts "
  "Committed on Board Aircraft (Montréal Protocol 2014)")
R(d, "Japan", PARTY, BC, "2019",
  "Japan has been a party to the Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation (Beijing Convention 2010) since 2019")
Q = ("The Philippines, which ratified the Beijing Convention and the Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of "
     "Aircraft (Beijing Protocol 2010) in 2021")
R(d, "Philippines", RATIFIED, BC, "2021", Q)
R(d, "Philippines", RATIFIED, BP, "2021", Q)
R(d, "Philippines", JOINED, MP14, None, "indicated that it is preparing to accede to the Montréal Protocol 2014", negated=True,
  alt=["expects to do so in the first half of 2026"])
Q = "The United States signed both Beijing instruments on 10 September 2010"
R(d, "United States", "signed", BC, "2010-09-10", Q)
R(d, "United States", "signed", BP, "2010-09-10", Q)
Q = "but has not yet ratified either of them"
R(d, "United States", NOTRATIFIED, BC, None, Q, negated=True)
R(d, "United States", NOTRATIFIED, BP, None, Q, negated=True)
R(d, "United States", NOTBOUND, MP14, None, "The United States is not a party to the Montréal Protocol 2014", negated=True)
R(d, "Indonesia", RATIFIED, MP14, "2025", "the ratification of the Montréal Protocol 2014 by Indonesia earlier this year")
R(d, "Viet Nam", ACCEDED, BP, "2025-08", "the accession of Viet Nam to the Beijing Protocol 2010 in August")
Q = ("The Participants called on all ICAO Member States that have not yet done so to ratify the Beijing Convention and the Beijing Protocol")
RL(d, P3, "called-for", BC, DAY, Q)
RL(d, P3, "called-for", BP, DAY, Q)

# ===================== 09 =====================
d = "09.txt"
DAY = "2025-11-03"
R(d, "Morocco", RATIFIED, MP14, "2025-09-16", "Morocco – ratification, deposited 16 September 2025")
R(d, "Kenya", ACCEDED, MP14, "2025-10-02", "Kenya – accession, 2 October 2025")
R(d, "Brazil", "signed", MP14, None, "Brazil – signature only")
R(d, "Brazil", NOTRATIFIED, MP14, None, "Brasília has not ratified", negated=True)
R(d, "United Kingdom", "signed", MP14, None, "The United Kingdom has not signed MP14", negated=True)
R(d, "United Kingdom", NOTBOUND, MP14, None, "The United Kingdom has not signed MP14", negated=True, required=False,
  alt=["told us in August that it is \"keeping the matter under review\""])
R(d, "Germany", "signed", MP14, "2014", "Germany, which signed the Protocol in 2014, has yet to ratify it")
R(d, "Germany", NOTRATIFIED, MP14, None, "Germany, which signed the Protocol in 2014, has yet to ratify it", negated=True)
R(d, "Australia", NOTBOUND, MP14, None, "Australia is not a party", negated=True)
R(d, "Singapore", RATIFIED, MP14, "2019", "Singapore ratified in 2019")
R(d, "Malaysia", ACCEDED, MP14, "2023", "Malaysia acceded in 2023")
RL(d, ["Saudi Arabia", "United Arab Emirates", "Qatar"], PARTY, MP14, None, "Saudi Arabia, the United Arab Emirates and Qatar are all parties")
R(d, "Bahrain", JOINED, MP14, None, "Bahrain's accession is \"being processed\"", negated=True)
R(d, ICCSA, "called-for", MP14, DAY, "ICCSA again calls on all governments that have not yet done so to ratify or accede to MP14 without delay",
  alt=["in particular urges the United Kingdom and Germany to finish the job"])

# ===================== 10 =====================
d = "10.txt"
DAY = "2025-11-17"
R(d, UNSC, "adopted", R2808, DAY, "The Security Council today adopted resolution 2808 (2025)")
FAV = ["China", "Denmark", "France", "Greece", "Guyana", "Panama", "Republic of Korea", "Russian Federation", "Sierra Leone", "Slovenia", "Somalia",
       "United Kingdom", "United States"]
QF = ("the Council adopted the text by a recorded vote of 13 in favour – China, Denmark, France, Greece, Guyana, Panama, Republic of Korea, Russian "
      "Federation, Sierra Leone, Slovenia, Somalia, United Kingdom, United States")
for a in FAV:
    R(d, a, "supported", R2808, DAY, QF,
      alt=["The Russian Federation's representative said his country voted in favour"] if a == "Russian Federation" else None)
R(d, "Algeria", "supported", R2808, DAY, "with 2 abstentions (Algeria, Pakistan)", negated=True)
R(d, "Pakistan", "supported", R2808, DAY, "with 2 abstentions (Algeria, Pakistan)", negated=True,
  alt=["Pakistan's representative said his delegation had abstained"])
R(d, UNSC, "called-for", ICSFT, DAY,
  "the Council urged all States that have not yet done so to become parties to the International Convention for the Suppression of the Financing of "
  "Terrorism of 9 December 1999")
RL(d, ["France", "United States"], "co-sponsored", R2808, None,
   "the text had been prepared jointly by her delegation and the United States")
R(d, "Pakistan", PARTY, ICSFT, "2009", "Pakistan has been a party to the 1999 Convention since 2009")
R(d, "Algeria", RATIFIED, AUCT, "2000",
  "the African Union's Convention on the Prevention and Combating of Terrorism, which Algeria ratified in 2000")
R(d, "Somalia", JOINED, ICSFT, None,
  "Somalia's delegate said his Government would deposit its instrument of accession to the Convention \"in the coming weeks\"", negated=True)
R(d, "Guyana", "signed", IACAT, "2002", "Guyana had signed the Inter-American Convention against Terrorism in 2002")
R(d, "Guyana", RATIFIED, IACAT, "2007", "Guyana had signed the Inter-American Convention against Terrorism in 2002 and ratified it in 2007")

# ===================== 11 =====================
d = "11.txt"
DAY = "2025-09-22"
Q = ("deposited with the Secretary-General in New York instruments of accession to three conventions: the International Convention for the Suppression "
     "of the Financing of Terrorism (1999), the International Convention for the Suppression of Terrorist Bombings (1997) and the International "
     "Convention against the Taking of Hostages (1979)")
for inst in (ICSFT, BOMB, HOST):
    R(d, "South Sudan", ACCEDED, inst, DAY, Q,
      alt=["the accession to the Financing Convention \"sends a clear message"] if inst is ICSFT else None)
R(d, "South Sudan", "signed", AUCT, "2013",
  "They follow the signing, in 2013, of the African Union's Convention on the Prevention and Combating of Terrorism")
R(d, "South Sudan", NOTRATIFIED, AUCT, None, "which South Sudan intends to ratify once its national counter-terrorism law is in force", negated=True)
RL(d, ["Kenya", "Uganda"], PARTY, ICSFT, None, "have been parties to the Financing Convention for many years")
R(d, "South Sudan", JOINED, ICSANT, None,
  "South Sudan has not yet acceded to the International Convention for the Suppression of Acts of Nuclear Terrorism", negated=True,
  alt=["we hope to deposit it before the end of the year"])
R(d, "Uganda", "signed", ICSANT, "2005", "Neighbouring Uganda, he recalled, signed that Convention in 2005 but has not ratified it either")
R(d, "Uganda", NOTRATIFIED, ICSANT, None, "Neighbouring Uganda, he recalled, signed that Convention in 2005 but has not ratified it either", negated=True)
Q = "He also called on \"all our neighbours that are not yet parties to these conventions to join them\""
for inst in (ICSFT, BOMB, HOST):
    R(d, "South Sudan", "called-for", inst, "2025-09-23", Q, required=False)

# ===================== 12 =====================
d = "12.txt"
DAY = "2025-06-05"
R(d, "Thailand", RATIFIED, ICSANT, "2025-06-04",
  "Yesterday, 4 June, our Permanent Representative in New York deposited Thailand's instrument of ratification of the International Convention for the "
  "Suppression of Acts of Nuclear Terrorism")
R(d, "Thailand", "signed", ICSANT, "2005", "Thailand signed the Convention in 2005")
R(d, "Thailand", "party", ICSANT, None, "We are now one of eight ASEAN Member States that are parties", required=False)
RL(d, ["Myanmar", "Lao PDR"], NOTRATIFIED, ICSANT, None, "Myanmar and the Lao PDR have not ratified the Convention", negated=True)
R(d, "Thailand", "called-for", ICSANT, DAY, "we call on all States that are not yet parties to join the Convention")
Q = "No decision has been taken on either"
R(d, "Thailand", JOINED, CSC, None, Q, negated=True,
  alt=["The Office of Atoms for Peace is studying the CSC as well as the Vienna Convention on Civil Liability for Nuclear Damage"])
R(d, "Thailand", JOINED, VIENNA, None, Q, negated=True,
  alt=["The Office of Atoms for Peace is studying the CSC as well as the Vienna Convention on Civil Liability for Nuclear Damage"])
R(d, "Philippines", RATIFIED, CSC, "2025", "the Philippines ratified the CSC earlier this year")
R(d, "Thailand", PARTY, ICSFT, "2004",
  "Thailand has been a party to the International Convention for the Suppression of the Financing of Terrorism since 2004")
R(d, "Thailand", "co-sponsored", GC68, "2024", "Thailand co-sponsored last year's resolution on nuclear security, GC(68)/RES/9")
R(d, "Thailand", NOTBOUND, ACPPNM, None, "Thailand is not yet a party to the Amendment", negated=True,
  alt=["the Cabinet will consider acceptance of the Amendment in the second half of the year"])
R(d, "Thailand", ACCEDED, CPPNM, "2018", "It acceded to the Convention itself in 2018")

# ===================== 13 =====================
d = "13.txt"
DAY = "2025-08-14"
R(d, "Viet Nam", ACCEDED, APOST, DAY,
  "Viet Nam today deposited its instrument of accession to the Convention of 5 October 1961 Abolishing the Requirement of Legalisation for Foreign "
  "Public Documents (the Apostille Convention)")
R(d, "Viet Nam", "party", APOST, None, "becoming the 128th Contracting Party", required=False)
R(d, "Viet Nam", RATIFIED, ADOPTC, "2011",
  "is already a party to the 1993 Convention on Protection of Children and Co-operation in respect of Intercountry Adoption, which it ratified in 2011")
Q = ("Accession to the Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters and to the Convention on "
     "the Taking of Evidence Abroad in Civil or Commercial Matters is under study by the Ministry of Justice")
R(d, "Viet Nam", JOINED, SERVICE, None, Q, negated=True)
R(d, "Viet Nam", JOINED, EVID, None, Q, negated=True)
R(d, "Philippines", PARTY, APOST, "2019", "the Philippines (2019), Indonesia (2021) and Singapore (2021) are already Contracting Parties")
R(d, "Indonesia", PARTY, APOST, "2021", "the Philippines (2019), Indonesia (2021) and Singapore (2021) are already Contracting Parties")
R(d, "Singapore", PARTY, APOST, "2021", "the Philippines (2019), Indonesia (2021) and Singapore (2021) are already Contracting Parties")
R(d, "Thailand", ACCEDED, APOST, None, "Thailand's accession took effect earlier this year")
R(d, "Cambodia", ACCEDED, APOST, "2024", "Cambodia acceded in 2024")
RL(d, ["Malaysia", "Myanmar", "Lao PDR"], NOTBOUND, APOST, None, "Malaysia, Myanmar and the Lao PDR have not joined the Convention", negated=True)
R(d, ["Viet Nam", "Vietnam", "Deputy Foreign Minister", "Đặng Hoàng Giang"], "called-for", APOST, DAY,
  "We encourage Malaysia, Myanmar and the Lao PDR to accede to the Apostille Convention")

# ===================== 14 =====================
d = "14.html"
DAY = "2025-07-02"
R(d, "Uruguay", ACCEDED, SERVICE, "2025-06-30",
  "On 30 June 2025, the Oriental Republic of Uruguay deposited its instrument of accession to the Convention of 15 November 1965 on the Service Abroad "
  "of Judicial and Extrajudicial Documents in Civil or Commercial Matters (Service Convention)",
  alt=["Uruguay accedes to the HCCH Service Convention"])
R(d, "Uruguay", PARTY, EVID, "2012",
  "Uruguay has been a Contracting Party to the HCCH Convention of 18 March 1970 on the Taking of Evidence Abroad in Civil or Commercial Matters "
  "(Evidence Convention) since 2012")
R(d, "Uruguay", PARTY, APOST, "2012", "and to the Apostille Convention since 2012")
RL(d, ["Argentina", "Paraguay"], PARTY, SERVICE, None, "Argentina and Paraguay are already Contracting Parties to the Service Convention")
R(d, "Brazil", RATIFIED, SERVICE, "2019", "Brazil ratified it in 2019")
R(d, "Chile", "signed", SERVICE, "2023", "Chile signed the Service Convention in 2023 but has not ratified it")
R(d, "Chile", NOTRATIFIED, SERVICE, None, "Chile signed the Service Convention in 2023 but has not ratified it", negated=True)
R(d, "Bolivia", NOTBOUND, SERVICE, None, "Bolivia has not joined it", negated=True)
Q = ("encouraged \"all Latin American States that have not yet done so to join both the Service and the Evidence Conventions, which work best "
     "together\"")
R(d, HCCHSG, "called-for", SERVICE, DAY, Q)
R(d, HCCHSG, "called-for", EVID, DAY, Q)
R(d, "Rwanda", ACCEDED, SERVICE, "2025-06-12", "12/06/2025 – Rwanda – accession – Service Convention")
R(d, "Saudi Arabia", "signed", EVID, "2025-05-28", "28/05/2025 – Saudi Arabia – signature – Evidence Convention")

# ===================== 15 =====================
d = "15.txt"
R(d, "Canada", NOTBOUND, EVID, None,
  "Canada is not a party to the Convention on the Taking of Evidence Abroad in Civil or Commercial Matters and has not signed it", negated=True,
  alt=["The Government intends to complete these consultations before deciding whether to accede"])
R(d, "Canada", "signed", EVID, None,
  "Canada is not a party to the Convention on the Taking of Evidence Abroad in Civil or Commercial Matters and has not signed it", negated=True)
R(d, "Canada", ACCEDED, SERVICE, "1988",
  "Canada acceded to the Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters in 1988")
R(d, "Canada", ACCEDED, APOST, "2023-05-12",
  "It acceded to the Convention Abolishing the Requirement of Legalisation for Foreign Public Documents (Apostille Convention) on 12 May 2023")
RL(d, ["Canada", "United Kingdom"], PARTY, CANUK, None,
   "Canada instead relies on letters rogatory and on bilateral treaties, such as the Convention between Canada and the United Kingdom on civil and "
   "commercial judicial proceedings", required=False)
RL(d, ["United States", "United Kingdom", "France", "Germany", "Mexico", "Australia"], PARTY, EVID, None,
   "the United States, the United Kingdom, France, Germany, Mexico and Australia are all parties to the Evidence Convention")
R(d, "Japan", NOTBOUND, EVID, None, "Japan, one of Canada's principal partners in the Asia-Pacific, is not a party to it", negated=True)
R(d, "Japan", PARTY, SERVICE, None, "like Canada it is a party to the Service Convention")

# ===================== 16 =====================
d = "16.txt"
Q = ("Experts from Australia and New Zealand, both parties to the amended Convention on the Physical Protection of Nuclear Material (CPPNM) and to the "
     "International Convention for the Suppression of Acts of Nuclear Terrorism (ICSANT)")
RL(d, ["Australia", "New Zealand"], PARTY, ACPPNM, None, Q)
RL(d, ["Australia", "New Zealand"], PARTY, ICSANT, None, Q)
R(d, "Fiji", PARTY, CPPNM, None, "Fiji is a party to the CPPNM, its 2005 Amendment and ICSANT")
R(d, "Fiji", RATIFIED, ICSANT, "2008", "it ratified ICSANT in 2008", alt=["Fiji is a party to the CPPNM, its 2005 Amendment and ICSANT"])
R(d, "Fiji", ACCEPTED, ACPPNM, "2016", "accepted the Amendment in 2016", alt=["Fiji is a party to the CPPNM, its 2005 Amendment and ICSANT"])
RL(d, ["Nauru", "Palau"], ACCEDED, CPPNM, None, "Nauru and Palau acceded to the CPPNM in the 2000s")
RL(d, ["Nauru", "Palau"], NOTBOUND, ACPPNM, None, "but have not adhered to its Amendment", negated=True)
R(d, "Palau", JOINED, ICSANT, "2007", "Palau is, however, a party to ICSANT, which it joined in 2007")
Q = "Kiribati and Tuvalu are parties to neither the CPPNM nor ICSANT"
RL(d, ["Kiribati", "Tuvalu"], NOTBOUND, CPPNM, None, Q, negated=True)
RL(d, ["Kiribati", "Tuvalu"], NOTBOUND, ICSANT, None, Q, negated=True)
Q = ("Tonga reported that Cabinet had approved, on 10 June 2025, accession to the CPPNM and acceptance of its Amendment, and that the instruments would "
     "be deposited \"before the end of the year\"")
R(d, "Tonga", JOINED, CPPNM, None, Q, negated=True)
R(d, "Tonga", NOTBOUND, ACPPNM, None, Q, negated=True)
R(d, "Samoa", "signed", ICSANT, "2006", "Samoa signed ICSANT in 2006 but has not ratified it")
R(d, "Samoa", NOTRATIFIED, ICSANT, None, "Samoa signed ICSANT in 2006 but has not ratified it", negated=True,
  alt=["expects to submit a ratification bill in 2026"])
Q = "Vanuatu stated that it had no immediate plans to join the amended CPPNM or ICSANT"
R(d, "Vanuatu", NOTBOUND, ACPPNM, None, Q, negated=True)
R(d, "Vanuatu", NOTBOUND, ICSANT, None, Q, negated=True)
R(d, WORKSHOP, "adopted", SUVA, "2025-07-24",
  "On the final day, participants adopted by consensus the \"Suva Recommendations on Nuclear Security Treaty Adherence\"", required=False)
Q = ("UNODC's representative called on all Pacific Island States that had not yet done so to become parties to ICSANT and the amended CPPNM")
R(d, UNODC, "called-for", ICSANT, "2025-07-24", Q)
R(d, UNODC, "called-for", ACPPNM, "2025-07-24", Q)



gold.finish(MIN_CHARS, MAX_CHARS)
