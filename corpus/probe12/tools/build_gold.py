#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe8/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied)."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, Gold, alt, NOTBOUND, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY  # noqa: E402  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
TRIPS = ("Protocol amending the TRIPS Agreement", ["TRIPS amendment", "Article 31bis", "amendment to the TRIPS Agreement", "TRIPS Protocol"])
TFA = ("Trade Facilitation Agreement", ["Protocol Amending the Marrakesh Agreement Establishing the World Trade Organization", "TFA", "Agreement on Trade Facilitation"])
LDCSTMT = ("statement on behalf of the least-developed country Group on e-commerce", ["LDC Group statement on e-commerce"])
IFD = ("Investment Facilitation for Development Agreement", ["IFD Agreement", "Investment Facilitation for Development (IFD) Agreement"])
DOHA = ("Doha Amendment to the Kyoto Protocol", ["Doha Amendment"])
KYOTO = ("Kyoto Protocol", ["Kyoto Protocol to the United Nations Framework Convention on Climate Change"])
LONDON = ("London Amendment to the Montreal Protocol", ["London Amendment", "London Amendment (1990)"])
COPEN = ("Copenhagen Amendment to the Montreal Protocol", ["Copenhagen Amendment", "Copenhagen Amendment (1992)"])
MONTAM = ("Montreal Amendment to the Montreal Protocol", ["Montreal Amendment", "Montreal Amendment of 1997"])
BEIJAM = ("Beijing Amendment to the Montreal Protocol", ["Beijing Amendment", "Beijing Amendment of 1999"])
MP = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
VIENNA = ("Vienna Convention for the Protection of the Ozone Layer", ["Vienna Convention"])
REPL = ("draft decision on the replenishment of the Multilateral Fund", ["replenishment decision"])
LC = ("Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter", ["London Convention", "London Convention 1972", "1972 London Convention"])
LP = ("1996 Protocol to the Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter", ["London Protocol", "1996 Protocol", "1996 Protocol to the London Convention"])
GEOENG = ("statement on marine geoengineering", ["marine geoengineering statement"])
AM09 = ("2009 amendment to Article 6 of the London Protocol", ["2009 amendment", "resolution LP.3(4)", "amendment to Article 6", "export amendment"])
LP514 = ("resolution LP.5(14)", ["LP.5(14)", "resolution on provisional application of the 2009 amendment"])
BC = ("Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation", ["Beijing Convention", "Beijing Convention, 2010"])
BP = ("Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft", ["Beijing Protocol", "Beijing Protocol, 2010"])
A4118 = ("Resolution A41-18", ["ICAO Assembly Resolution A41-18", "A41-18"])
MP14 = ("Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft", ["Montreal Protocol 2014", "MP14"])
CORE = ("ICAO Core Principles on Consumer Protection", ["Core Principles on Consumer Protection"])
MAUR = ("United Nations Convention on Transparency in Treaty-based Investor-State Arbitration", ["Mauritius Convention on Transparency", "Mauritius Convention"])
C197 = ("Council of Europe Convention on Action against Trafficking in Human Beings", ["CETS No. 197", "Convention on Action against Trafficking in Human Beings", "anti-trafficking Convention"])
C216 = ("Council of Europe Convention against Trafficking in Human Organs", ["CETS No. 216", "Convention against Trafficking in Human Organs"])
UEM = ("Unilateral economic measures as a means of political and economic coercion against developing countries", ["A/C.2/79/L.21", "draft resolution on unilateral economic measures"])
R77167 = ("resolution 77/167", ["A/RES/77/167"])
AGTECH = ("draft resolution on agricultural technology for sustainable development", ["A/C.2/79/L.9/Rev.1", "agricultural technology for sustainable development"])
R2745 = ("resolution 2745 (2024)", ["S/RES/2745 (2024)", "resolution 2745"])
R2693 = ("resolution 2693 (2023)", ["S/RES/2693 (2023)", "resolution 2693"])
HAGUE70 = ("Convention for the Suppression of Unlawful Seizure of Aircraft", ["Hague Convention", "1970 Hague Convention"])
GASEP = ("Global Aviation Security Plan", ["GASeP"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Iran", "Syria", "Türkiye", "Czechia", "Netherlands", "Republic of Moldova",
          "Micronesia", "Marshall Islands", "European Union", "Lao PDR", "Gambia", "Democratic Republic of the Congo", "Congo",
          "Central African Republic", "Cabo Verde", "Republic of Korea", "Côte d'Ivoire", "Viet Nam", "Equatorial Guinea", "Timor-Leste",
          "China", "Saudi Arabia", "Bolivia", "United Arab Emirates", "Mexico"),
    "Philippines": ["Philippines", "The Philippines", "Republic of the Philippines"],
    "Venezuela": ["Venezuela", "Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela"],
    "Mauritania": ["Mauritania", "Islamic Republic of Mauritania"],
    "India": ["India", "New Delhi"],
}
WTODG = ["WTO Director-General", "Director-General of the WTO", "Ngozi Okonjo-Iweala", "WTO", "World Trade Organization"]
WTOGC = ["WTO General Council", "General Council", "General Council of the WTO", "WTO"]
G77 = ["Group of 77 and China", "G77 and China", "Group of 77"]
CMP = ["Conference of the Parties serving as the meeting of the Parties to the Kyoto Protocol", "CMP", "CMP.8", "Conference of the Parties"]
MOP2 = ["Second Meeting of the Parties to the Montreal Protocol", "Second Meeting of the Parties", "Meeting of the Parties"]
MOP4 = ["Fourth Meeting of the Parties to the Montreal Protocol", "Fourth Meeting of the Parties", "Meeting of the Parties"]
OAW = ["Ozone Amendments Watch"]
LCCONF = ["Intergovernmental Conference on the Convention on the Dumping of Wastes at Sea", "Intergovernmental Conference"]
IMOSG = ["IMO Secretary-General", "Secretary-General of IMO", "Kitack Lim", "International Maritime Organization", "IMO"]
CONSMEET = ["Consultative Meeting of Contracting Parties to the London Convention", "Consultative Meeting", "Consultative Meeting of Contracting Parties"]
LPMOP4 = ["Fourth Meeting of Contracting Parties to the London Protocol", "Meeting of Contracting Parties to the London Protocol", "Contracting Parties to the London Protocol", "Contracting Parties"]
LPPARTIES = ["Contracting Parties to the London Protocol", "Meeting of Contracting Parties to the London Protocol", "Parties", "Contracting Parties"]
AVSECCONF = ["Diplomatic Conference on Aviation Security", "Beijing Diplomatic Conference", "Diplomatic Conference"]
ICAOPRES = ["President of the ICAO Council", "ICAO Council President", "Salvatore Sciacchitano", "ICAO Council", "ICAO", "International Civil Aviation Organization"]
ICAOASS = ["ICAO Assembly", "Assembly of ICAO", "Assembly", "ICAO", "International Civil Aviation Organization"]
ICAOCOUNCIL = ["ICAO Council", "Council of ICAO", "ICAO", "International Civil Aviation Organization"]
IATA = ["IATA", "International Air Transport Association", "Willie Walsh"]
AIRLAWCONF = ["International Conference on Air Law", "Diplomatic Conference", "ICAO"]
UNCITRALSEC = ["Secretary of UNCITRAL", "UNCITRAL Secretary", "Anna Joubin-Bret", "UNCITRAL", "UNCITRAL secretariat"]
COECM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
COESG = ["Secretary General of the Council of Europe", "Council of Europe Secretary General", "Alain Berset", "Council of Europe"]
SECOND = ["UN General Assembly Second Committee", "Second Committee", "Second Committee (Economic and Financial)", "Second Committee of the General Assembly"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

NOTACCEPTED = ["ratified", "acceded", "party"]
COSP = ["co-sponsored", "endorsed", "supported"]
NOTJOIN_IFD = ["co-sponsored", "endorsed", "party", "acceded", "supported"]
ADOPTED = ["adopted"]

# ===================== 01 WTO news item: TRIPS amendment =====================
d = "01.txt"
DAY, MON = "2025-03-14", "2025-03-10"
q = ("Three more WTO members — Bolivia, Namibia and Suriname — have deposited their instruments of acceptance of the Protocol amending "
     "the TRIPS Agreement")
R(d, "Bolivia", ACCEPTED, TRIPS, MON, q, alt=["Bolivia's instrument was handed to Director-General Ngozi Okonjo-Iweala on Monday"])
q2 = "Namibia and Suriname had deposited theirs last week, on 5 and 7 March respectively"
R(d, "Namibia", ACCEPTED, TRIPS, "2025-03-05", q, alt=[q2])
R(d, "Suriname", ACCEPTED, TRIPS, "2025-03-07", q, alt=[q2])
R(d, WTOGC, ADOPTED, TRIPS, "2005-12-06", "The Protocol was adopted by the General Council on 6 December 2005")
R(d, WTOGC, ADOPTED, ("General Council decision of 30 August 2003 on paragraph 6 of the Doha Declaration", ["30 August 2003 decision", "paragraph 6 waiver"]),
  "2003-08-30", "the waiver decided by the General Council on 30 August 2003", required=False)
R(d, "United States", ACCEPTED, TRIPS, "2005-12", "The United States was the first member to accept the amendment, in December 2005")
RL(d, ["Switzerland", "El Salvador", "Republic of Korea"], ACCEPTED, TRIPS, None, "followed by Switzerland, El Salvador and the Republic of Korea")
R(d, "European Union", ACCEPTED, TRIPS, "2007-11-30", "The European Union accepted on behalf of its member states on 30 November 2007")
R(d, "Canada", ACCEPTED, TRIPS, "2009-06-16", "accepted the Protocol on 16 June 2009")
R(d, WTODG, "called-for", TRIPS, DAY,
  "the Director-General said today, calling on the remaining members \"to complete their domestic procedures and accept the Protocol without further delay.\"")
RL(d, ["Angola", "Cuba", "Malawi", "Sierra Leone"], NOTACCEPTED, TRIPS, None,
   "Members that have yet to accept it include Angola, Cuba, Malawi and Sierra Leone", negated=True)
R(d, "Venezuela", NOTACCEPTED, TRIPS, None, "Venezuela told the TRIPS Council in February that its acceptance was \"under active consideration\"", negated=True)
R(d, "Grenada", NOTACCEPTED, TRIPS, None, "Grenada said it hoped to deposit its instrument before the Fourteenth Ministerial Conference", negated=True)

# ===================== 02 national statement: TFA =====================
d = "02.txt"
DAY = "2024-10-09"
R(d, "Democratic Republic of the Congo", ACCEPTED, TFA, DAY,
  "this morning my country deposited with the Director-General its instrument of acceptance of the Protocol Amending the Marrakesh Agreement "
  "Establishing the World Trade Organization, which inserts the Trade Facilitation Agreement into Annex 1A",
  alt=["The Democratic Republic of the Congo thus joins the large majority of Members that have already accepted the Agreement."])
R(d, "Democratic Republic of the Congo", "committed", TFA, DAY,
  "The Democratic Republic of the Congo reaffirms its commitment to the full implementation of the Trade Facilitation Agreement")
q = "Two of them, the Republic of the Congo and the Central African Republic, accepted the Agreement in 2016 and 2019 respectively"
R(d, "Congo", ACCEPTED, TFA, "2016", q)
R(d, "Central African Republic", ACCEPTED, TFA, "2019", q)
R(d, "Angola", ACCEPTED, TFA, None, "Angola did so even earlier")
R(d, "Burundi", ACCEPTED, TFA, "2024-09-02", "congratulate Burundi on the deposit of its own instrument on 2 September")
R(d, "Democratic Republic of the Congo", "called-for", TFA, DAY,
  "We join other delegations in urging the Members that have not yet accepted the Agreement to do so before the Fourteenth Ministerial Conference")
R(d, "Chad", NOTACCEPTED, TFA, None, "Chad has completed its parliamentary procedure but has not yet deposited its instrument", negated=True,
  alt=["We hope that both will soon follow suit."])
R(d, "Haiti", NOTACCEPTED, TFA, None, "Haiti expects to accept the Agreement next year", negated=True, alt=["We hope that both will soon follow suit."])
R(d, "Democratic Republic of the Congo", ["endorsed", "supported"], LDCSTMT, None,
  "my delegation was not able to join the statement read out earlier on behalf of the least-developed country Group on e-commerce",
  negated=True, required=False)

# ===================== 03 wire story: IFD Agreement =====================
d = "03.txt"
THU = "2024-02-29"
RL(d, ["China", "European Union", "Japan", "Brazil", "Benin", "Chad", "Gambia", "Lao PDR"], COSP, IFD, None,
   "They range from large economies such as China, the European Union, Japan and Brazil to least-developed countries including Benin, Chad, Gambia and Lao PDR.")
RL(d, ["Chile", "Republic of Korea"], COSP, IFD, None, "after six years of talks coordinated by Chile and the Republic of Korea", required=False)
R(d, "India", NOTJOIN_IFD, IFD, None, "Indian officials said New Delhi had never taken part in the talks and would not join the Agreement", negated=True)
R(d, "India", ["supported"], IFD, THU,
  "India on Thursday blocked a request to add the Investment Facilitation for Development (IFD) Agreement to Annex 4 of the WTO Agreement",
  negated=True, required=False)
RL(d, ["South Africa", "Türkiye"], NOTJOIN_IFD, IFD, None, "South Africa and Türkiye, neither of which is among the co-sponsors", negated=True)
R(d, "United States", NOTJOIN_IFD, IFD, None, "has not co-sponsored the Agreement either", negated=True,
  alt=["had taken no decision on whether to join"])
RL(d, ["Egypt", "Paraguay"], COSP, IFD, "2023-11", "Egypt and Paraguay joined the co-sponsors in November")
R(d, "Mauritius", COSP, IFD, "2024-02", "Mauritius followed last week")
R(d, "Djibouti", NOTJOIN_IFD, IFD, None, "Djibouti's ambassador told reporters that her country expected to join \"within weeks\"", negated=True)
R(d, "Republic of Korea", "called-for", IFD, THU, "urging the members that remain outside to join the Agreement",
  alt=["calling on India to let it be incorporated at the General Council in Geneva"])

# ===================== 04 depositary digest: Doha Amendment =====================
d = "04.txt"
R(d, CMP, ADOPTED, DOHA, "2012-12-08",
  "Adopted by decision 1/CMP.8 of the Conference of the Parties serving as the meeting of the Parties to the Kyoto Protocol at its eighth session, on 8 December 2012.")
R(d, "Nigeria", ACCEPTED, DOHA, "2020-10-02", "NIGERIA: ACCEPTANCE", alt=["Nigeria's instrument was the 144th"])
R(d, "Jamaica", ACCEPTED, DOHA, "2020-10-28", "JAMAICA: ACCEPTANCE")
R(d, "Lebanon", ACCEPTED, DOHA, "2020-07-08", "Lebanon 08 Jul 2020")
R(d, "Sierra Leone", ACCEPTED, DOHA, "2020-07-22", "Sierra Leone 22 Jul 2020")
R(d, "Cameroon", ACCEPTED, DOHA, "2020-08-28", "Cameroon 28 Aug 2020")
RL(d, ["European Union", "Iceland"], ACCEPTED, DOHA, "2017-12-21",
   "The European Union and Iceland deposited their instruments of acceptance jointly on 21 December 2017")
R(d, "Canada", NOTBOUND, KYOTO, None,
  "Canada, whose withdrawal from the Kyoto Protocol took effect on 15 December 2012, is no longer a Party to the Protocol", negated=True)
R(d, "Canada", NOTACCEPTED, DOHA, None, "cannot accept the Amendment", negated=True, required=False)
q = "Japan, New Zealand and the Russian Federation, while Parties to the Kyoto Protocol"
RL(d, ["Japan", "New Zealand", "Russian Federation"], PARTY, KYOTO, None, q)
RL(d, ["Japan", "New Zealand", "Russian Federation"], NOTACCEPTED, DOHA, None,
   "did not take on commitments for the second commitment period and have not accepted the Doha Amendment", negated=True)
R(d, "United States", ["ratified", "party"], KYOTO, None, "The United States never ratified the Kyoto Protocol.", negated=True)
R(d, "Papua New Guinea", NOTACCEPTED, DOHA, None,
  "The Permanent Mission of Papua New Guinea has informed the Section that its instrument of acceptance will be deposited in the coming weeks", negated=True)

# ===================== 05 NGO tracker: London and Copenhagen Amendments =====================
d = "05.txt"
DAY = "2006-03-01"
R(d, MOP2, ADOPTED, LONDON, "1990-06-29", "The London Amendment was adopted by the Second Meeting of the Parties in London on 29 June 1990")
R(d, MOP4, ADOPTED, COPEN, "1992-11-25", "the Copenhagen Amendment followed at the Fourth Meeting of the Parties, in Copenhagen, on 25 November 1992")
R(d, "Tonga", ACCEPTED, LONDON, "2006-01-26", "Tonga — acceptance of the London Amendment, 26 January 2006")
q = "Nauru — accession to the London and Copenhagen Amendments, 9 February 2006"
R(d, "Nauru", ACCEDED, LONDON, "2006-02-09", q)
R(d, "Nauru", ACCEDED, COPEN, "2006-02-09", q)
R(d, "Bhutan", RATIFIED, COPEN, "2006-02-20", "Bhutan — ratification of the Copenhagen Amendment, 20 February 2006")
R(d, "Bhutan", JOINED, LONDON, "2004", "Bhutan had joined the London Amendment in 2004")
H1 = "PARTY TO THE LONDON AMENDMENT, NOT YET TO THE COPENHAGEN AMENDMENT"
RL(d, ["Angola", "Cabo Verde"], PARTY, LONDON, None, H1)
R(d, "Haiti", ACCEPTED, LONDON, "2003", "Haiti accepted the London Amendment in 2003.", alt=[H1])
RL(d, ["Angola", "Cabo Verde", "Haiti"], NOTBOUND, COPEN, None, H1, negated=True)
R(d, "Tonga", NOTBOUND, COPEN, None, H1, negated=True,
  alt=["Tonga's environment ministry told us it expects to accept the Copenhagen Amendment \"before the end of the year\"",
       "bar the Solomon Islands and Tonga"])
H2 = "PARTY TO THE PROTOCOL, TO NEITHER AMENDMENT"
RL(d, ["Equatorial Guinea", "Solomon Islands", "Turkmenistan"], PARTY, MP, None, H2)
for a in ["Equatorial Guinea", "Solomon Islands", "Turkmenistan"]:
    al = {"Solomon Islands": ["bar the Solomon Islands and Tonga"],
          "Turkmenistan": ["Turkmenistan, by contrast, has given no indication that it is even considering the amendments"]}.get(a)
    R(d, a, NOTBOUND, LONDON, None, H2, negated=True, alt=al)
    R(d, a, NOTBOUND, COPEN, None, H2, negated=True, alt=al)
RL(d, ["Andorra", "Iraq", "San Marino", "Timor-Leste"], NOTBOUND, MP, None,
   "NOT PARTY TO THE MONTREAL PROTOCOL AT ALL Andorra, Iraq, San Marino and Timor-Leste", negated=True)
RL(d, ["Eritrea", "Mali", "Niger"], JOINED, COPEN, "2005",
   "Eleven Parties joined the Copenhagen Amendment during 2005 (Eritrea, Mali and Niger among them)")
R(d, OAW, "called-for", LONDON, DAY, "We call on all Parties that have not yet done so to ratify both amendments")
R(d, OAW, "called-for", COPEN, DAY, "We call on all Parties that have not yet done so to ratify both amendments")

# ===================== 06 national statement: Montreal and Beijing Amendments =====================
d = "06.txt"
DAY, YEST = "2013-10-24", "2013-10-23"
q = ("yesterday, on behalf of my Government, our Permanent Representative in New York deposited with the Secretary-General of the United Nations "
     "the instruments of acceptance of the Montreal Amendment of 1997 and of the Beijing Amendment of 1999 to the Montreal Protocol on Substances "
     "that Deplete the Ozone Layer")
R(d, "Mauritania", ACCEPTED, MONTAM, YEST, q)
R(d, "Mauritania", ACCEPTED, BEIJAM, YEST, q)
q = ("Mauritania has been a Party to the Vienna Convention for the Protection of the Ozone Layer and to the Montreal Protocol since 1994")
R(d, "Mauritania", PARTY, VIENNA, "1994", q)
R(d, "Mauritania", PARTY, MP, "1994", q)
q = "we accepted the London and Copenhagen Amendments together in 2005"
R(d, "Mauritania", ACCEPTED, LONDON, "2005", q)
R(d, "Mauritania", ACCEPTED, COPEN, "2005", q)
R(d, "Mauritania", "committed", MP, DAY, "Mauritania remains fully committed to the Montreal Protocol")
R(d, "Kazakhstan", RATIFIED, BEIJAM, "2013", "Kazakhstan, which deposited its instrument of ratification of the Beijing Amendment earlier this year")
q = "our neighbour Mali, which accepted both amendments in 2012"
R(d, "Mali", ACCEPTED, MONTAM, "2012", q)
R(d, "Mali", ACCEPTED, BEIJAM, "2012", q)
R(d, "Mauritania", "called-for", BEIJAM, DAY, "We call upon them to do so without delay")
q = "Guinea-Bissau has informed the Secretariat that it intends to ratify the Montreal and Beijing Amendments next year"
R(d, "Guinea-Bissau", NOTACCEPTED, MONTAM, None, q, negated=True)
R(d, "Guinea-Bissau", NOTACCEPTED, BEIJAM, None, q, negated=True)
R(d, "Mauritania", ["supported", "endorsed"], REPL, DAY,
  "my delegation supports the draft decision on the replenishment of the Multilateral Fund presented by the Open-ended Working Group", required=False)

# ===================== 07 IMO briefing: London Convention =====================
d = "07.txt"
DAY = "2022-11-11"
R(d, LCCONF, ADOPTED, LC, "1972-11-13",
  "was adopted on 13 November 1972 by the Intergovernmental Conference on the Convention on the Dumping of Wastes at Sea")
R(d, IMOSG, "called-for", LP, DAY,
  "IMO Secretary-General Kitack Lim called on the 40-odd States that are parties to the Convention only to \"take the next step and accede to the London Protocol\"")
R(d, IMOSG, "called-for", LC, DAY, "on the many coastal States that are party to neither instrument to consider joining both")
R(d, "Mexico", RATIFIED, LC, "1975", "Mexico ratified it in 1975")
RL(d, ["United Kingdom", "Sweden", "Spain"], PARTY, LC, None,
   "the United Kingdom, Sweden and Spain are also among the earliest Contracting Parties")
R(d, "Sierra Leone", ACCEDED, LC, "2022-03", "The most recent accession to the Convention is Sierra Leone's, deposited in March this year.")
q = "Several long-standing Contracting Parties to the Convention, namely Argentina, Brazil, Panama and the Russian Federation, have yet to join the Protocol."
RL(d, ["Argentina", "Brazil", "Panama", "Russian Federation"], PARTY, LC, None, q)
for a in ["Argentina", "Brazil", "Panama", "Russian Federation"]:
    R(d, a, NOTBOUND, LP, None, q, negated=True,
      alt=["Brazil's delegation told the meeting that its Government was \"considering whether to accede to the Protocol\""] if a == "Brazil" else None)
R(d, "United States", PARTY, LC, "1974", "The United States, a Party to the Convention since 1974")
R(d, "United States", "signed", LP, "1998", "signed the Protocol in 1998")
R(d, "United States", ["ratified", "party"], LP, None, "but has not ratified it", negated=True)
q = "Neither Kenya nor Ghana has joined the Convention or the Protocol"
RL(d, ["Kenya", "Ghana"], NOTBOUND, LC, None, q, negated=True)
RL(d, ["Kenya", "Ghana"], NOTBOUND, LP, None, q, negated=True)
R(d, CONSMEET, ADOPTED, GEOENG, None, "The Consultative Meeting also adopted by consensus a statement on marine geoengineering", required=False)

# ===================== 08 parliamentary policy brief: London Protocol =====================
d = "08.txt"
R(d, "Philippines", ["party"], LC, "1973", "The Philippines has been a Contracting Party to the 1972 London Convention since 1973")
R(d, "Philippines", ["ratified"], LC, "1973", "when it ratified the Convention within a year of its adoption")
R(d, "Philippines", ACCEDED, LP, None, "The Department of Foreign Affairs expects to deposit it before the end of April.", negated=True,
  alt=["Once the instrument of accession is deposited with the Secretary-General of the International Maritime Organization, the Protocol will "
       "enter into force for the Philippines on the thirtieth day",
       "The Philippines would thus be the first ASEAN member State to join the Protocol."])
R(d, "China", PARTY, LP, "2006", "China has been a party to the Protocol since 2006")
R(d, "Japan", ACCEDED, LP, "2007", "Japan acceded in 2007")
R(d, "Republic of Korea", JOINED, LP, "2009", "the Republic of Korea joined in 2009")
for a in ["Indonesia", "Malaysia", "Thailand", "Viet Nam"]:
    R(d, a, NOTBOUND, LP, None, "Indonesia, Malaysia, Thailand and Viet Nam have yet to become parties", negated=True,
      alt=["Indonesia has said it is considering accession"] if a == "Indonesia" else None)
R(d, "Philippines", ACCEDED, LP, "2012-05-09", "The Philippines' instrument of accession was deposited with the IMO on 9 May 2012.")
R(d, "Philippines", ["party"], LP, None, "The Philippines thus becomes the 42nd Contracting Party to the London Protocol.", required=False)

# ===================== 09 explainer: the 2009 export amendment =====================
d = "09.txt"
R(d, LPMOP4, ADOPTED, AM09, "2009-10-30",
  "The amendment was adopted on 30 October 2009 by resolution LP.3(4) of the Fourth Meeting of Contracting Parties to the London Protocol",
  alt=["In 2009 the Contracting Parties amended Article 6"])
q = ("So far eleven have done so: Norway and the United Kingdom (both in 2011), the Netherlands (2011), Iran (2016), Finland (2016), Estonia (2019), "
     "Sweden (2020), Denmark (2021), Belgium (2023) and, earlier this year, Switzerland and the Republic of Korea.")
for a, y in [("Norway", "2011"), ("United Kingdom", "2011"), ("Netherlands", "2011"), ("Iran", "2016"), ("Finland", "2016"), ("Estonia", "2019"),
             ("Sweden", "2020"), ("Denmark", "2021"), ("Belgium", "2023"), ("Switzerland", "2024"), ("Republic of Korea", "2024")]:
    R(d, a, ACCEPTED, AM09, y, q)
R(d, LPPARTIES, ADOPTED, LP514, "2019-10", "In October 2019 the Parties adopted resolution LP.5(14)")
RL(d, ["Norway", "Netherlands"], ["committed", "endorsed"], AM09, "2019", "Norway and the Netherlands lodged such declarations with IMO in 2019",
   required=False)
RL(d, ["Denmark", "Belgium", "Sweden"], ["committed", "endorsed"], AM09, "2022", "Denmark, Belgium and Sweden followed in 2022", required=False)
R(d, "Australia", NOTACCEPTED, AM09, None, "has not accepted the amendment and says it is \"reviewing\" the question", negated=True)
R(d, "Japan", NOTACCEPTED, AM09, None, "Japan has announced that it will accept the amendment once its domestic review is complete", negated=True)
R(d, "Germany", NOTACCEPTED, AM09, None, "Germany is considering whether to do so", negated=True)
R(d, "Canada", PARTY, LP, None, "Canada? It is a Contracting Party to the Protocol")
R(d, "Canada", NOTACCEPTED, AM09, None, "has taken no position on the amendment", negated=True, required=False)
q = "The United States has signed but not ratified the London Protocol"
R(d, "United States", "signed", LP, None, q)
R(d, "United States", ["ratified", "party"], LP, None, q, negated=True)
R(d, "United States", PARTY, LC, None, "the 1972 London Convention, to which the United States is a Party")

# ===================== 10 ICAO news release: Beijing Convention =====================
d = "10.txt"
DAY, MON, WED = "2023-09-15", "2023-09-11", "2023-09-13"
q = ("ICAO has received instruments of ratification of the Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation "
     "(Beijing Convention, 2010) from Kazakhstan, Rwanda and Saudi Arabia")
q2 = ("Kazakhstan's instrument was deposited on 4 September; those of Rwanda and Saudi Arabia were handed over at ICAO headquarters on Monday and "
      "Wednesday of this week, respectively")
R(d, "Kazakhstan", RATIFIED, BC, "2023-09-04", q, alt=[q2])
R(d, "Rwanda", RATIFIED, BC, MON, q, alt=[q2])
R(d, "Saudi Arabia", RATIFIED, BC, WED, q, alt=[q2])
R(d, "Saudi Arabia", RATIFIED, BP, WED,
  "Saudi Arabia also deposited on Wednesday its instrument of ratification of the Protocol Supplementary to the Convention for the Suppression of "
  "Unlawful Seizure of Aircraft (Beijing Protocol, 2010)")
R(d, "Rwanda", ["ratified", "party"], BP, None, "Rwanda said it would ratify the Protocol before the end of the year", negated=True)
R(d, AVSECCONF, ADOPTED, BC, "2010-09-10",
  "The Beijing Convention was adopted on 10 September 2010 at the Diplomatic Conference on Aviation Security held in Beijing")
q = "who urged all States that have not yet done so to ratify both Beijing instruments \"as a matter of priority\""
R(d, ICAOPRES, "called-for", BC, DAY, q)
R(d, ICAOPRES, "called-for", BP, DAY, q)
RL(d, ["Brazil", "India", "Japan"], ["ratified", "party", "acceded"], BC, None,
   "Several major aviation States, including Brazil, India and Japan, have not ratified the Convention", negated=True)
R(d, "India", "signed", BC, "2010", "India signed it in 2010")
R(d, ICAOASS, ADOPTED, A4118, "2022", "the Assembly, at its 41st Session last year, had adopted Resolution A41-18")

# ===================== 11 IATA press release: Montreal Protocol 2014 =====================
d = "11.txt"
DAY = "2023-04-03"
q = ("the ratification by Australia and Singapore of the Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board "
     "Aircraft (Montreal Protocol 2014, or MP14)")
R(d, "Australia", RATIFIED, MP14, "2023-03-24", q, alt=["Australia deposited its instrument of ratification with ICAO on 24 March"])
R(d, "Singapore", RATIFIED, MP14, "2023-03-31", q, alt=["Singapore did so last Friday"])
R(d, IATA, "called-for", MP14, DAY, "called on more governments to follow their lead",
  alt=["we urge governments everywhere to ratify MP14 without delay"])
R(d, "Canada", RATIFIED, MP14, "2022", "Canada, which ratified in 2022")
RL(d, ["Türkiye", "United Arab Emirates"], JOINED, MP14, None, "Türkiye and the United Arab Emirates, which were among the first to join")
q = "France, Italy and Côte d'Ivoire signed the Protocol at the diplomatic conference in Montréal in April 2014 but have yet to ratify it."
RL(d, ["France", "Italy", "Côte d'Ivoire"], "signed", MP14, "2014-04", q)
RL(d, ["France", "Italy", "Côte d'Ivoire"], ["ratified", "party"], MP14, None, q, negated=True)
q = "The United States and the United Kingdom have neither signed nor ratified MP14"
RL(d, ["United States", "United Kingdom"], "signed", MP14, None, q, negated=True)
R(d, "United States", ["ratified", "party"], MP14, None, q, negated=True)
R(d, "United Kingdom", ["ratified", "party"], MP14, None, q, negated=True,
  alt=["the United Kingdom's Department for Transport is consulting on ratification"])
R(d, "China", NOTBOUND, MP14, None, "China is not a party either", negated=True)
R(d, AIRLAWCONF, ADOPTED, MP14, "2014-04-04",
  "The Protocol was adopted by the International Conference on Air Law, convened under the auspices of ICAO in Montréal, on 4 April 2014.")
R(d, IATA, ["endorsed", "supported"], CORE, DAY, "to reiterate its support for the Core Principles on Consumer Protection")
R(d, ICAOASS, ADOPTED, CORE, "2015", "the Core Principles on Consumer Protection adopted by the ICAO Assembly in 2015")

# ===================== 12 UNIS press release: Mauritius Convention =====================
d = "12.txt"
DAY = "2024-06-25"
R(d, "Benin", RATIFIED, MAUR, "2024-06-17", "Benin deposited its instrument of ratification on 17 June")
R(d, "Iraq", ACCEDED, MAUR, "2024-06-20", "Iraq its instrument of accession on 20 June")
R(d, GA, ADOPTED, MAUR, "2014-12-10", "The Convention was adopted by the General Assembly on 10 December 2014")
q = ("On the opening day it was signed by Canada, Finland, France, Germany, Mauritius, Sweden, Switzerland, the United Kingdom and the United States.")
RL(d, ["Canada", "Finland", "France", "Germany", "Mauritius", "Sweden", "Switzerland", "United Kingdom", "United States"], "signed", MAUR,
   "2015-03-17", q)
RL(d, ["Belgium", "Gabon", "Italy", "Luxembourg", "Netherlands", "Syria", "Congo"], "signed", MAUR, None,
   "Belgium, Gabon, Italy, Luxembourg, the Netherlands, the Syrian Arab Republic and the Congo signed later")
R(d, "European Union", "signed", MAUR, "2015-03-19", "as did the European Union, on 19 March 2015")
RL(d, ["Australia", "Cameroon", "Canada", "Gambia", "Georgia", "Mauritius", "Switzerland", "Ukraine"], PARTY, MAUR, None,
   "The others are Australia, Cameroon, Canada, Gambia, Georgia, Mauritius, Switzerland and Ukraine.")
RL(d, ["Finland", "France", "Germany", "Sweden", "United Kingdom", "United States"], ["ratified", "party"], MAUR, None,
   "Of the first-day signatories, Finland, France, Germany, Sweden, the United Kingdom and the United States have not yet ratified it", negated=True)
R(d, "European Union", ["ratified", "party"], MAUR, None,
  "the European Union's ratification still awaits the consent of the European Parliament", negated=True)
R(d, UNCITRALSEC, "called-for", MAUR, DAY, "who encouraged all States with older investment treaties to join the Convention")
R(d, "Chile", ACCEDED, MAUR, None, "Chile had informed the Secretariat that it expects to accede before the end of the year", negated=True)
R(d, "Ecuador", ACCEDED, MAUR, None, "Ecuador was also considering accession", negated=True)

# ===================== 13 Council of Europe web page: CETS No. 197 =====================
d = "13.txt"
DAY = "2024-10-18"
R(d, "Tunisia", ACCEDED, C197, DAY,
  "The Ambassador of Tunisia to France, Mr Dhia Khaled, deposited the instrument of accession with the Deputy Secretary General of the Council of Europe today.")
R(d, "Tunisia", ["party"], C197, DAY,
  "Tunisia has become the 49th State Party to the Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197)",
  required=False)
RL(d, ["Belarus", "Israel"], JOINED, C197, None, "the third non-member State of the Council of Europe to join it, after Belarus and Israel")
R(d, COECM, ADOPTED, C197, "2005-05-03", "The Convention was adopted by the Committee of Ministers on 3 May 2005")
R(d, "Russian Federation", "signed", C197, None, "The Russian Federation, which ceased to be a member in 2022, never signed it.", negated=True)
R(d, COESG, "called-for", C197, DAY, "encouraged other States in the Mediterranean and beyond to follow Tunisia's example")
R(d, "Morocco", ACCEDED, C197, None, "Morocco, which has already been invited to accede, has said that it intends to deposit its instrument of accession in 2025",
  negated=True)
RL(d, ["Jordan", "Mexico"], ACCEDED, C197, None, "Jordan and Mexico are considering a request for an invitation", negated=True, required=False)
R(d, "Tunisia", "signed", C216, "2023", "Tunisia signed this Convention in 2023")
R(d, "Tunisia", ["ratified", "party"], C216, None, "but has not yet ratified it", negated=True)

# ===================== 14 GA Second Committee coverage: recorded vote =====================
d = "14.txt"
DAY = "2024-11-15"
R(d, SECOND, ["adopted"], UEM, DAY,
  "The Second Committee (Economic and Financial) today approved, by a recorded vote of 122 in favour to 2 against (Israel, United States), with "
  "51 abstentions, a draft resolution titled \"Unilateral economic measures as a means of political and economic coercion against developing countries\"")
R(d, "Israel", "supported", UEM, DAY, "2 against (Israel, United States)", negated=True)
R(d, "United States", "supported", UEM, DAY, "2 against (Israel, United States)", negated=True,
  alt=["Explaining his delegation's vote against, the representative of the United States"])
absq = ("Abstaining were: Albania, Andorra, Australia, Austria, Belgium, Bosnia and Herzegovina, Bulgaria, Canada, Croatia, Cyprus, Czechia, Denmark, "
        "Estonia, Finland, France, Georgia, Germany, Greece, Hungary, Iceland, Ireland, Italy, Japan, Latvia, Liechtenstein, Lithuania, Luxembourg, "
        "Malta, Marshall Islands, Micronesia (Federated States of), Monaco, Montenegro, Netherlands (Kingdom of the), New Zealand, North Macedonia, "
        "Norway, Palau, Poland, Portugal, Republic of Korea, Republic of Moldova, Romania, San Marino, Slovakia, Slovenia, Spain, Sweden, Switzerland, "
        "Türkiye, Ukraine, United Kingdom.")
abst = ["Albania", "Andorra", "Australia", "Austria", "Belgium", "Bosnia and Herzegovina", "Bulgaria", "Canada", "Croatia", "Cyprus", "Czechia",
        "Denmark", "Estonia", "Finland", "France", "Georgia", "Germany", "Greece", "Hungary", "Iceland", "Ireland", "Italy", "Japan", "Latvia",
        "Liechtenstein", "Lithuania", "Luxembourg", "Malta", "Marshall Islands", "Micronesia", "Monaco", "Montenegro", "Netherlands",
        "New Zealand", "North Macedonia", "Norway", "Palau", "Poland", "Portugal", "Republic of Korea", "Republic of Moldova", "Romania",
        "San Marino", "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland", "Türkiye", "Ukraine", "United Kingdom"]
assert len(abst) == 51
for a in abst:
    R(d, a, "supported", UEM, DAY, absq, negated=True,
      alt=["Hungary's representative, speaking on behalf of the 27 member States of the European Union, said they had abstained"] if a == "Hungary" else None)
R(d, G77, "co-sponsored", UEM, None, "The draft was introduced by the representative of Uganda on behalf of the Group of 77 and China.")
R(d, "Uganda", "co-sponsored", UEM, None, "The draft was introduced by the representative of Uganda on behalf of the Group of 77 and China.",
  required=False)
RL(d, ["Cuba", "Iran", "Syria"], "supported", UEM, DAY, "The representatives of Cuba, Iran and the Syrian Arab Republic, all of which voted in favour")
R(d, "Mexico", "supported", UEM, DAY, "Mexico's delegate said her country had supported the draft")
R(d, "Mexico", "supported", R77167, "2022-12", "as it had supported resolution 77/167")
R(d, GA, ADOPTED, R77167, "2022-12", "resolution 77/167, adopted by the Assembly in December 2022")
R(d, SECOND, ["adopted"], AGTECH, DAY,
  "The Committee then approved without a vote four drafts, including one on agricultural technology for sustainable development (document A/C.2/79/L.9/Rev.1).")

# ===================== 15 Security Council coverage: CAR sanctions =====================
d = "15.txt"
DAY = "2024-07-30"
R(d, UNSC, ADOPTED, R2745, DAY,
  "Adopting resolution 2745 (2024) by a vote of 13 in favour to none against, with 2 abstentions (China, Russian Federation)")
R(d, "China", "supported", R2745, DAY, "with 2 abstentions (China, Russian Federation)", negated=True, alt=["China's delegate, who also abstained"])
R(d, "Russian Federation", "supported", R2745, DAY, "with 2 abstentions (China, Russian Federation)", negated=True,
  alt=["The representative of the Russian Federation said his delegation had abstained"])
fav = ["Algeria", "Ecuador", "France", "Guyana", "Japan", "Malta", "Mozambique", "Republic of Korea", "Sierra Leone", "Slovenia", "Switzerland",
       "United Kingdom", "United States"]
favq = ("Those voting in favour were Algeria, Ecuador, France, Guyana, Japan, Malta, Mozambique, Republic of Korea, Sierra Leone, Slovenia, "
        "Switzerland, United Kingdom and United States.")
for a in fav:
    al = {"Algeria": ["Algeria, Mozambique and Sierra Leone had voted for the text"],
          "Mozambique": ["Algeria, Mozambique and Sierra Leone had voted for the text"],
          "Sierra Leone": ["Algeria, Mozambique and Sierra Leone had voted for the text"],
          "United States": ["The United States said it had supported the renewal"]}.get(a)
    R(d, a, "supported", R2745, DAY, favq, alt=al)
R(d, "France", "co-sponsored", R2745, None, "the representative of France, which drafted the text")
R(d, UNSC, ADOPTED, R2693, "2023-07-27", "the Council had adopted resolution 2693 (2023) unanimously, on 27 July 2023")

# ===================== 16 foreign-ministry release: Beijing Protocol =====================
d = "16.txt"
DAY, YEST = "2024-04-05", "2024-04-04"
R(d, "Georgia", RATIFIED, BP, YEST,
  "Yesterday, the Permanent Representative of Georgia to the International Civil Aviation Organization deposited with the Secretary General of ICAO "
  "in Montréal the instrument of ratification of the Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft",
  alt=["Georgia's ratification of the Beijing Protocol"])
R(d, "Georgia", "signed", BP, "2011", "The Protocol, which Georgia signed in 2011")
R(d, "Georgia", PARTY, HAGUE70, "1994", "Georgia has been a party to the Hague Convention since 1994")
R(d, "Georgia", ["ratified", "party"], BC, None,
  "Georgia has not yet ratified the companion Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation (Beijing Convention)",
  negated=True, alt=["the Government expects to submit it to Parliament in the autumn session",
                     "The Ministry intends to complete this process before the 42nd Session of the ICAO Assembly in 2025"])
R(d, "Georgia", "committed", GASEP, DAY, "He reaffirmed that Georgia is committed to implementing the Global Aviation Security Plan")
R(d, ICAOCOUNCIL, ADOPTED, GASEP, "2017", "the Global Aviation Security Plan adopted by the ICAO Council in 2017")
q = "encouraged partners in the region that have not yet done so to ratify the Beijing instruments"
R(d, "Georgia", "called-for", BC, DAY, q)
R(d, "Georgia", "called-for", BP, DAY, q)
R(d, "Türkiye", RATIFIED, BP, "2016", "Türkiye ratified the Beijing Protocol in 2016")
RL(d, ["Armenia", "Azerbaijan"], NOTBOUND, BP, None, "Armenia and Azerbaijan have not yet become parties to it", negated=True)

gold.finish(MIN_CHARS, MAX_CHARS)
