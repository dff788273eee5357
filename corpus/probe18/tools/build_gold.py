#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Alternative actor names missing from its ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import ALT_NAMES, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3200

# ---- instruments: (name as the text names it, aliases) ----
# 01 UNIFIL
R2790 = ("resolution 2790 (2025)", ["S/RES/2790 (2025)", "Security Council resolution 2790 (2025)"])
AMD552 = ("amendment contained in document S/2025/552", ["S/2025/552", "Russian amendment to the UNIFIL draft resolution"])
R1701 = ("resolution 1701 (2006)", ["S/RES/1701 (2006)", "Security Council resolution 1701 (2006)"])
R2749 = ("resolution 2749 (2024)", ["S/RES/2749 (2024)", "Security Council resolution 2749 (2024)"])
R425 = ("resolution 425 (1978)", ["S/RES/425 (1978)", "Security Council resolution 425 (1978)"])
# 02 MINURSO
R2797 = ("resolution 2797 (2025)", ["Resolution 2797 (2025)", "S/RES/2797 (2025)", "Security Council resolution 2797 (2025)"])
AUTO = ("Moroccan autonomy plan", ["autonomy plan", "autonomy proposal", "Morocco's autonomy proposal", "Moroccan Autonomy Initiative"])
R690 = ("resolution 690 (1991)", ["S/RES/690 (1991)", "Security Council resolution 690 (1991)"])
R2756 = ("resolution 2756 (2024)", ["S/RES/2756 (2024)", "Security Council resolution 2756 (2024)"])
# 03 EUFOR Althea
R2799 = ("resolution 2799 (2025)", ["Resolution 2799 (2025)", "S/RES/2799 (2025)", "Security Council resolution 2799 (2025)"])
R2757 = ("resolution 2757 (2024)", ["S/RES/2757 (2024)", "Security Council resolution 2757 (2024)"])
R1575 = ("resolution 1575 (2004)", ["S/RES/1575 (2004)", "Security Council resolution 1575 (2004)"])
JA570 = ("Joint Action 2004/570/CFSP", ["Council Joint Action 2004/570/CFSP"])
GFAP = ("General Framework Agreement for Peace in Bosnia and Herzegovina", ["Dayton Agreement", "Dayton Peace Agreement", "Dayton Accords"])
# 04 UNFICYP
R2771 = ("resolution 2771 (2025)", ["S/RES/2771 (2025)", "Security Council resolution 2771 (2025)"])
R186 = ("resolution 186 (1964)", ["S/RES/186 (1964)", "Security Council resolution 186 (1964)"])
R550 = ("resolution 550 (1984)", ["S/RES/550 (1984)", "Security Council resolution 550 (1984)"])
R789 = ("resolution 789 (1992)", ["S/RES/789 (1992)", "Security Council resolution 789 (1992)"])
R2723 = ("resolution 2723 (2024)", ["S/RES/2723 (2024)", "Security Council resolution 2723 (2024)"])
TOG = ("Treaty of Guarantee", ["Treaty of Guarantee (1960)", "1960 Treaty of Guarantee"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Convention on the Law of the Sea"])
# 05 UNAMI
R2732 = ("Resolution 2732 (2024)", ["resolution 2732 (2024)", "S/RES/2732 (2024)"])
R2682 = ("Resolution 2682 (2023)", ["resolution 2682 (2023)", "S/RES/2682 (2023)"])
R2631 = ("Resolution 2631 (2022)", ["resolution 2631 (2022)", "S/RES/2631 (2022)"])
R2107 = ("Resolution 2107 (2013)", ["resolution 2107 (2013)", "S/RES/2107 (2013)"])
R1770 = ("Resolution 1770 (2007)", ["resolution 1770 (2007)", "S/RES/1770 (2007)"])
R1500 = ("Resolution 1500 (2003)", ["resolution 1500 (2003)", "S/RES/1500 (2003)"])
# 06 nuclear safety
CNS = ("Convention on Nuclear Safety", ["CNS"])
ENC = ("Convention on Early Notification of a Nuclear Accident", ["Early Notification Convention"])
ASC = ("Convention on Assistance in the Case of a Nuclear Accident or Radiological Emergency", ["Assistance Convention"])
VDNS = ("Vienna Declaration on Nuclear Safety", [])
# 07 drug control
CANN = ("decision E/CN.7/2020/L.3 deleting cannabis and cannabis resin from Schedule IV",
        ["E/CN.7/2020/L.3", "WHO recommendation to delete cannabis and cannabis resin from Schedule IV", "recommendation 5.1",
         "cannabis rescheduling decision"])
CBDREC = ("WHO recommendation on cannabidiol preparations", ["recommendation 5.5", "cannabidiol recommendation"])
SC61 = ("Single Convention on Narcotic Drugs of 1961", ["1961 Convention", "Single Convention on Narcotic Drugs",
                                                        "Single Convention on Narcotic Drugs, 1961, as amended by the 1972 Protocol"])
C71 = ("1971 Convention on Psychotropic Substances", ["Convention on Psychotropic Substances"])
C88 = ("1988 United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances",
       ["1988 Convention", "Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances"])
EUDEC = ("Council Decision (EU) 2020/1839", ["Decision (EU) 2020/1839"])
# 08 air pollution
GOTH = ("Gothenburg Protocol to Abate Acidification, Eutrophication and Ground-level Ozone", ["Gothenburg Protocol", "1999 Gothenburg Protocol", "1999 Protocol"])
GOTHA = ("2012 amendments to the Gothenburg Protocol", ["amended Gothenburg Protocol", "2012 amendment to the Gothenburg Protocol", "amended Protocol"])
LRTAP = ("Convention on Long-range Transboundary Air Pollution", ["LRTAP Convention", "Air Convention", "CLRTAP"])
EMEP = ("1984 EMEP Protocol", ["EMEP Protocol"])
EB245 = ("decision 2024/5", ["Executive Body decision 2024/5", "decision launching negotiations on a revision of the Gothenburg Protocol"])
# 09 Barcelona
BCA = ("1995 amendments to the Barcelona Convention", ["amendments to the Barcelona Convention"])
CMD = ("Cairo Ministerial Declaration", [])
IG4 = ("decision IG.27/4 on the Mediterranean Strategy for Sustainable Development 2026-2035",
       ["IG.27/4", "Mediterranean Strategy for Sustainable Development 2026-2035"])
IG7 = ("decision IG.27/7 updating the Regional Plan on Marine Litter Management", ["IG.27/7", "Regional Plan on Marine Litter Management"])
IG9 = ("decision IG.27/9 on the programme of work and budget", ["IG.27/9"])
ICZM = ("Protocol on Integrated Coastal Zone Management in the Mediterranean", ["ICZM Protocol"])
HWP = ("Protocol on the Prevention of Pollution of the Mediterranean Sea by Transboundary Movements of Hazardous Wastes and their Disposal",
       ["Hazardous Wastes Protocol", "Izmir Protocol"])
OFF = ("Offshore Protocol", ["Protocol concerning pollution resulting from exploration and exploitation of the continental shelf, the seabed and its subsoil",
                             "Protocol for the Protection of the Mediterranean Sea against Pollution Resulting from Exploration and Exploitation of the Continental Shelf and the Seabed and its Subsoil"])
# 10 Caspian
TEHRAN = ("Framework Convention for the Protection of the Marine Environment of the Caspian Sea", ["Tehran Convention"])
ASHG = ("Ashgabat Protocol", ["Protocol for the Conservation of Biological Diversity to the Framework Convention for the Protection of the Marine Environment of the Caspian Sea",
                              "Protocol for the Conservation of Biological Diversity"])
AKTAU = ("Aktau Protocol", ["Aktau Protocol on regional preparedness and response to oil pollution incidents",
                            "Protocol Concerning Regional Preparedness, Response and Co-operation in Combating Oil Pollution Incidents"])
MOSC = ("Moscow Protocol", ["Moscow Protocol on land-based sources of pollution", "Protocol for the Protection of the Caspian Sea against Pollution from Land-based Sources and Activities"])
EIA = ("Protocol on Environmental Impact Assessment in a Transboundary Context", ["EIA Protocol", "Caspian EIA Protocol"])
LEGAL = ("Convention on the Legal Status of the Caspian Sea", ["Caspian Legal Status Convention"])
# 11 arbitration
NYC = ("Convention on the Recognition and Enforcement of Foreign Arbitral Awards", ["New York Convention", "New York Convention 1958"])
SING = ("Singapore Convention on Mediation", ["Singapore Convention",
                                              "United Nations Convention on International Settlement Agreements Resulting from Mediation"])
EURARB = ("European Convention on International Commercial Arbitration", ["1961 European Convention on International Commercial Arbitration", "1961 European Convention"])
# 12 sale of goods
CISG = ("United Nations Convention on Contracts for the International Sale of Goods", ["CISG", "Vienna Convention on the International Sale of Goods", "Vienna Sales Convention"])
ULIS = ("Convention relating to a Uniform Law on the International Sale of Goods", ["ULIS"])
ULF = ("Convention relating to a Uniform Law on the Formation of Contracts for the International Sale of Goods", ["ULF", "ULFC"])
LIM = ("Convention on the Limitation Period in the International Sale of Goods", ["Limitation Convention", "1974 Limitation Convention"])
LIMP = ("1980 Protocol amending the Convention on the Limitation Period in the International Sale of Goods", ["1980 amending Protocol"])
# 13 WIPO
MP = ("Protocol Relating to the Madrid Agreement Concerning the International Registration of Marks", ["Madrid Protocol", "Madrid System"])
GA99 = ("Geneva Act of the Hague Agreement Concerning the International Registration of Industrial Designs", ["Geneva Act", "Hague Agreement (Geneva Act)", "Hague System"])
HA60 = ("Hague Act (1960)", ["1960 Act of the Hague Agreement", "Hague Act of the Hague Agreement"])
# 14 ILO
C138 = ("Minimum Age Convention, 1973 (No. 138)", ["Convention No. 138", "C138", "ILO Minimum Age Convention"])
C182 = ("Worst Forms of Child Labour Convention, 1999 (No. 182)", ["Convention No. 182", "C182"])
P29 = ("Protocol of 2014 to the Forced Labour Convention", ["P029", "P29", "Forced Labour Protocol", "Protocol of 2014 to the Forced Labour Convention, 1930"])
C187 = ("Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)", ["Convention No. 187", "C187"])
DURBAN = ("Durban Call to Action on the Elimination of Child Labour", ["Durban Call to Action"])
FPRW = ("ILO Declaration on Fundamental Principles and Rights at Work", ["Declaration on Fundamental Principles and Rights at Work"])
# 15 tropical timber
ITTA = ("International Tropical Timber Agreement, 2006", ["ITTA, 2006", "ITTA 2006", "International Tropical Timber Agreement"])
D3LX = ("Decision 3(LX)", ["ITTC Decision 3(LX)", "decision extending the International Tropical Timber Agreement, 2006"])
D5LX = ("Decision 5(LX)", ["ITTC Decision 5(LX)", "Biennial Work Programme for 2025-2026"])
D6LX = ("Decision 6(LX)", ["ITTC Decision 6(LX)", "decision setting up a working group on a successor agreement"])
# 16 Wider Caribbean
CART = ("Cartagena Convention", ["Convention for the Protection and Development of the Marine Environment of the Wider Caribbean Region"])
SPAW = ("SPAW Protocol", ["Protocol Concerning Specially Protected Areas and Wildlife"])
LBS = ("LBS Protocol", ["Protocol Concerning Pollution from Land-Based Sources and Activities"])
DEC4 = ("COP13 Decision 4 listing the queen conch in Annex III", ["Decision 4", "queen conch listing"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "Russian Federation", "Republic of Korea", "Iran", "Viet Nam", "Syria", "European Union", "Netherlands",
          "Republic of Moldova", "Bahamas", "Kazakhstan", "Uzbekistan", "Fiji", "Samoa", "Ecuador", "Kenya", "Guatemala", "Bolivia",
          "Lao PDR", "Timor-Leste", "South Sudan", "Germany", "Ghana", "Equatorial Guinea", "Mexico", "Colombia", "Togo", "China", "Egypt",
          "Paraguay", "Chile", "Somalia", "Bangladesh", "Papua New Guinea", "Democratic Republic of the Congo", "Venezuela"),
    "United Kingdom": ALT_NAMES["United Kingdom"] + ["Britain", "Great Britain"],
    "Türkiye": ALT_NAMES["Türkiye"] + ["Turkiye"],
    "Kazakhstan": ALT_NAMES["Kazakhstan"] + ["Ministry of Foreign Affairs of the Republic of Kazakhstan"],
    "Cyprus": ["Cyprus", "Republic of Cyprus"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Peru": ["Peru", "Republic of Peru"],
    "Suriname": ["Suriname", "Republic of Suriname"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Holy See": ["Holy See", "Vatican"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina", "BiH"],
    "Federal Republic of Yugoslavia": ["Federal Republic of Yugoslavia", "Yugoslavia", "FRY"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Turkmenistan": ["Turkmenistan"],
    "Solomon Islands": ["Solomon Islands"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
}
POLISARIO = ["Polisario Front", "Polisario", "Frente Polisario"]
EUCO = ["Council of the European Union", "Council of the EU", "European Union"]
IAEADG = ["IAEA Director General", "Rafael Mariano Grossi", "Director General of the IAEA", "IAEA", "International Atomic Energy Agency"]
DIPCNS = ["Diplomatic Conference on Nuclear Safety", "Diplomatic Conference", "IAEA Diplomatic Conference", "IAEA"]
IAEAGC = ["IAEA General Conference", "General Conference of the IAEA", "General Conference", "IAEA"]
DIPVD = ["Diplomatic Conference of the CNS Contracting Parties", "Diplomatic Conference", "Contracting Parties to the Convention on Nuclear Safety"]
CND = ["Commission on Narcotic Drugs", "CND", "UN Commission on Narcotic Drugs"]
UNC61 = ["United Nations Conference for the Adoption of a Single Convention on Narcotic Drugs", "United Nations conference", "UN conference"]
UNECEES = ["UNECE Executive Secretary", "Tatiana Molcean", "Executive Secretary of UNECE", "UNECE", "United Nations Economic Commission for Europe"]
EB = ["Executive Body for the Convention on Long-range Transboundary Air Pollution", "Executive Body for the Convention", "Executive Body"]
BCOP = ["Meeting of the Contracting Parties to the Barcelona Convention", "COP 24", "Meeting of the Contracting Parties",
        "Twenty-fourth Ordinary Meeting of the Contracting Parties to the Barcelona Convention and its Protocols",
        "Contracting Parties to the Barcelona Convention", "Meeting"]
TCOP = ["Conference of the Parties to the Tehran Convention", "fifth Conference of the Parties to the Tehran Convention", "COP5", "Conference of the Parties"]
UNCITRALSEC = ["UNCITRAL secretariat", "UNCITRAL", "United Nations Commission on International Trade Law"]
CISGCONF = ["United Nations Conference on Contracts for the International Sale of Goods", "United Nations diplomatic conference", "diplomatic conference"]
LAWSOC = ["Law Society of England and Wales", "Law Society"]
ILC = ["International Labour Conference", "ILC", "Conference", "ILO", "International Labour Organization"]
GCCL = ["Fifth Global Conference on the Elimination of Child Labour", "Global Conference on the Elimination of Child Labour"]
ITTC = ["International Tropical Timber Council", "ITTC", "Council", "ITTO", "International Tropical Timber Organization"]
ITTOED = ["ITTO Executive Director", "Executive Director", "Executive Director of the International Tropical Timber Organization", "ITTO"]
ITTACONF = ["United Nations Conference for the Negotiation of a Successor Agreement to the International Tropical Timber Agreement, 1994",
            "United Nations Conference", "UNCTAD"]
SPAWCOP = ["Conference of the Parties to the SPAW Protocol", "COP13", "Thirteenth Conference of the Parties to the SPAW Protocol", "Conference of the Parties"]
CMW = ["Caribbean Marine Watch"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

BACKED = ["endorsed", "supported", "committed"]

# ===================== 01 =====================
d = "01.txt"
DAY = "2025-08-28"
R(d, UNSC, "adopted", R2790, DAY, "Adopting resolution 2790 (2025) (document S/RES/2790 (2025)) by 13 votes in favour to none against",
  alt=["The Security Council this morning extended the mandate of the United Nations Interim Force in Lebanon (UNIFIL) for a final period ending on 31 December 2026"])
R(d, "China", "supported", R2790, DAY, "with 2 abstentions (China, Russian Federation)", negated=True,
  alt=["China's representative explained that Beijing could not support a text negotiated"])
R(d, "Russian Federation", "supported", R2790, DAY, "with 2 abstentions (China, Russian Federation)", negated=True,
  alt=["The representative of the Russian Federation said his delegation had abstained"])
R(d, UNSC, "adopted", R1701, "2006-08", "which it adopted unanimously in August 2006")
R(d, "Russian Federation", "co-sponsored", AMD552, None, "an amendment tabled by the Russian Federation (document S/2025/552)")
R(d, UNSC, "adopted", AMD552, None, "the Council rejected an amendment tabled by the Russian Federation", negated=True, required=False)
QAF = "The amendment received 4 votes in favour (Algeria, China, Pakistan, Russian Federation)"
R(d, "Algeria", "supported", AMD552, DAY, QAF, alt=["who voted in favour of the resolution as well as the amendment"])
R(d, "China", "supported", AMD552, DAY, QAF)
R(d, "Pakistan", "supported", AMD552, DAY, QAF, alt=["despite having backed the amendment"])
R(d, "Russian Federation", "supported", AMD552, DAY, QAF)
RL(d, ["Denmark", "France", "Greece", "United Kingdom", "United States"], "supported", AMD552, DAY,
   "to 5 against (Denmark, France, Greece, United Kingdom, United States)", negated=True)
RL(d, ["Guyana", "Panama", "Republic of Korea", "Sierra Leone", "Slovenia", "Somalia"], "supported", AMD552, DAY,
   "with 6 abstentions (Guyana, Panama, Republic of Korea, Sierra Leone, Slovenia, Somalia)", negated=True)
R(d, "France", "supported", R2790, DAY, "the representative of France, penholder on the file, said her delegation had voted in favour")
R(d, "United States", "supported", R2790, DAY, "The representative of the United States said Washington supported the resolution")
R(d, "Denmark", "supported", R2790, DAY, "Denmark's delegate said that it, too, had voted for the text")
R(d, "Algeria", "supported", R2790, DAY, "Algeria's representative, who voted in favour of the resolution")
R(d, "Pakistan", "supported", R2790, DAY, "Pakistan voted for the text")
R(d, "Lebanon", COMMITTED, R1701, DAY, "Lebanon's representative said his Government remained fully committed to resolution 1701 (2006)")
R(d, UNSC, "adopted", R2749, "2024-08-28", "The Council last renewed UNIFIL in resolution 2749 (2024) of 28 August 2024, adopted unanimously")
R(d, UNSC, "adopted", R425, "1978-03", "UNIFIL was established by resolution 425 (1978) in March 1978", required=False)

# ===================== 02 =====================
d = "02.txt"
DAY = "2025-10-31"
R(d, UNSC, "adopted", R2797, DAY, "It passed with 11 votes in favour, none against and three abstentions",
  alt=["The U.N. Security Council on Friday extended its Western Sahara peacekeeping mission for another year",
       "Resolution 2797 (2025), drafted by the United States, renews the mandate"])
R(d, "United States", "co-sponsored", R2797, None, "Resolution 2797 (2025), drafted by the United States", required=False)
R(d, UNSC, BACKED, AUTO, DAY, "for the first time, called Morocco's autonomy proposal the most feasible basis for a negotiated settlement", required=False)
Q3A = "three abstentions - by Russia, China and Pakistan"
R(d, "Russian Federation", "supported", R2797, DAY, Q3A, negated=True, alt=["Moscow had abstained"])
R(d, "China", "supported", R2797, DAY, Q3A, negated=True)
R(d, "Pakistan", "supported", R2797, DAY, Q3A, negated=True, alt=["Islamabad could not support language"])
R(d, "Algeria", "supported", R2797, None, "Algeria, which backs the Polisario Front independence movement, did not take part in the vote", negated=True,
  alt=["his delegation had refused to take part in a vote"])
RL(d, ["United States", "United Kingdom", "France", "Denmark", "Greece", "Slovenia", "Republic of Korea", "Guyana", "Panama", "Sierra Leone", "Somalia"],
   "supported", R2797, DAY,
   "Voting yes were the United States, Britain, France, Denmark, Greece, Slovenia, South Korea, Guyana, Panama, Sierra Leone and Somalia")
R(d, POLISARIO, BACKED, AUTO, None, "The Polisario said it would not engage in talks on the basis of the autonomy plan", negated=True, required=False)
R(d, "Morocco", BACKED + ["co-sponsored"], AUTO, "2007", "Morocco first presented the autonomy plan in 2007", required=False)
R(d, "Spain", BACKED, AUTO, "2022", "Spain endorsed it in 2022")
R(d, "France", BACKED, AUTO, "2024-07", "France followed in July 2024")
R(d, "United Kingdom", BACKED, AUTO, "2025-06", "Britain said in June that it regarded the proposal as", required=False)
R(d, "Germany", BACKED, AUTO, None, "Germany has also endorsed the plan")
RL(d, ["Sweden", "Ireland"], BACKED, AUTO, None, "while Sweden and Ireland have not", negated=True)
R(d, UNSC, "adopted", R690, "1991-04", "The council set up MINURSO in April 1991 by resolution 690 (1991)")
R(d, UNSC, "adopted", R2756, "2024", "last year's renewal, resolution 2756 (2024), which passed with 12 votes in favour", required=False)
RL(d, ["Russian Federation", "Mozambique"], "supported", R2756, "2024", "Russia and Mozambique abstained", negated=True)
R(d, "Algeria", "supported", R2756, None, "Algeria again stayed out of the vote", negated=True)
R(d, "Morocco", "welcomed", R2797, None, "Morocco's foreign minister welcomed the resolution", required=False)

# ===================== 03 =====================
d = "03.txt"
DAY = "2025-11-03"
R(d, UNSC, "adopted", R2799, DAY, "Resolution 2799 (2025) was adopted in New York with 13 votes in favour and two abstentions",
  alt=["the decision taken today by the United Nations Security Council to renew for a further twelve months the authorisation"])
RL(d, ["China", "Russian Federation"], "supported", R2799, DAY, "two abstentions, by China and the Russian Federation", negated=True)
R(d, UNSC, "adopted", R2757, "2024", "Last year the Council had renewed the authorisation unanimously, in resolution 2757 (2024)")
R(d, "Russian Federation", "supported", R2757, "2024", "with the Russian Federation voting in favour")
RL(d, ["United Kingdom", "United States"], "co-sponsored", R2799, None, "The draft was put forward by the United Kingdom and the United States", required=False)
RL(d, ["Austria", "Croatia", "Germany", "Italy", "Slovenia"], "co-sponsored", R2799, None,
   "co-sponsored by Austria, together with Croatia, Germany, Italy and Slovenia")
R(d, "Hungary", "co-sponsored", R2757, "2024", "Hungary, which co-sponsored last year's text")
R(d, "Hungary", "co-sponsored", R2799, None, "Hungary, which co-sponsored last year's text, did not join the co-sponsors this time", negated=True)
RL(d, ["Denmark", "France", "Greece", "Slovenia", "Algeria", "Pakistan"], "supported", R2799, DAY,
   "Among the Council members voting for the resolution were Denmark, France, Greece and Slovenia, the four EU member States on the Council, "
   "as well as Algeria and Pakistan")
R(d, EUCO, ADOPTED, JA570, "2004-07-12", "EUFOR Althea was launched by the Council of the European Union in Joint Action 2004/570/CFSP of 12 July 2004",
  required=False)
R(d, UNSC, "adopted", R1575, "2004-11-22", "an authorisation first given by the Security Council in resolution 1575 (2004) of 22 November 2004")
RL(d, ["Bosnia and Herzegovina", "Croatia", "Federal Republic of Yugoslavia"], "signed", GFAP, "1995-12-14",
   "signed in Paris on 14 December 1995 by Bosnia and Herzegovina, Croatia and the then Federal Republic of Yugoslavia")

# ===================== 04 =====================
d = "04.txt"
DAY = "2025-01-30"
R(d, "Greece", "supported", R2771, DAY, "Greece voted in favour of resolution 2771 (2025)")
R(d, UNSC, "adopted", R2771, DAY, "resolution 2771 (2025), which extends the mandate of the United Nations Peacekeeping Force in Cyprus", required=False)
RL(d, ["Denmark", "France", "Slovenia"], "supported", R2771, DAY,
   "all members who supported the text, including our fellow European Union members Denmark, France and Slovenia")
RL(d, ["Russian Federation", "Pakistan"], "supported", R2771, DAY, "the Russian Federation and Pakistan abstained", negated=True)
R(d, UNSC, "adopted", R186, "1964-03", "since it established UNFICYP by resolution 186 (1964) in March 1964")
R(d, "Greece", COMMITTED, R550, DAY, "Greece remains fully committed to resolutions 550 (1984) and 789 (1992)")
R(d, "Greece", COMMITTED, R789, DAY, "Greece remains fully committed to resolutions 550 (1984) and 789 (1992)")
RL(d, ["Cyprus", "Greece", "Türkiye", "United Kingdom"], "signed", TOG, "1960-08-16",
   "signed in Nicosia on 16 August 1960 by Cyprus, Greece, Türkiye and the United Kingdom")
R(d, "Greece", PARTY, TOG, None, "Greece is a guarantor power under the Treaty of Guarantee", required=False)
R(d, "Greece", RATIFIED, UNCLOS, "1995", "Greece ratified the United Nations Convention on the Law of the Sea in 1995")
R(d, "Cyprus", PARTY, UNCLOS, None, "the Republic of Cyprus is likewise a party to it")
R(d, "Türkiye", "signed", UNCLOS, None, "Türkiye has neither signed nor ratified the Convention", negated=True)
R(d, "Türkiye", NOTRATIFIED, UNCLOS, None, "Türkiye has neither signed nor ratified the Convention", negated=True)
R(d, "Greece", "called-for", UNCLOS, DAY, "We call once again on Türkiye to accede to it")
R(d, UNSC, "adopted", R2723, "2024-01", "when it last renewed the mandate, by resolution 2723 (2024) in January 2024")
R(d, "Greece", "supported", R2723, None, "We supported that text nonetheless", required=False)

# ===================== 05 =====================
d = "05.txt"
DAY = "2024-05-31"
R(d, UNSC, "adopted", R2732, DAY, "Resolution 2732 (2024), adopted on Friday, 31 May 2024")
F13 = ["Algeria", "Ecuador", "France", "Guyana", "Japan", "Malta", "Mozambique", "Republic of Korea", "Sierra Leone", "Slovenia", "Switzerland",
       "United Kingdom", "United States"]
QF13 = ("In favour: Algeria, Ecuador, France, Guyana, Japan, Malta, Mozambique, Republic of Korea, Sierra Leone, Slovenia, Switzerland, "
        "United Kingdom, United States")
for a in F13:
    R(d, a, "supported", R2732, DAY, QF13, alt=["Japan, which voted in favour"] if a == "Japan" else None)
R(d, "China", "supported", R2732, DAY, "Abstaining: China, Russian Federation", negated=True, alt=["China said it could not support"])
R(d, "Russian Federation", "supported", R2732, DAY, "Abstaining: China, Russian Federation", negated=True, alt=["it abstained, as it had in 2022"])
R(d, UNSC, "adopted", R2682, "2023-05-30", "Resolution 2682 (2023), 30 May 2023 - adopted unanimously (15-0-0)")
R(d, UNSC, "adopted", R2631, "2022-05-26", "Resolution 2631 (2022), 26 May 2022 - adopted 14-0-1")
R(d, "Russian Federation", "supported", R2631, "2022-05-26", "adopted 14-0-1; Russian Federation abstaining", negated=True)
R(d, UNSC, "adopted", R2107, "2013-06-27",
  "Resolution 2107 (2013), 27 June 2013 - transferred the Kuwait missing persons file to UNAMI; adopted unanimously")
R(d, UNSC, "adopted", R1770, "2007-08-10", "Resolution 1770 (2007), 10 August 2007 - expanded UNAMI's role; adopted unanimously")
R(d, UNSC, "adopted", R1500, "2003-08-14", "Resolution 1500 (2003), 14 August 2003 - established UNAMI; adopted 14-0-1")
R(d, "Syria", "supported", R1500, "2003-08-14", "with the Syrian Arab Republic abstaining", negated=True)

# ===================== 06 =====================
d = "06.txt"
DAY, TUE = "2025-04-04", "2025-04-01"
QRW = ("Rwanda's instruments of accession to the Convention on Nuclear Safety (CNS), the Convention on Early Notification of a Nuclear Accident "
       "and the Convention on Assistance in the Case of a Nuclear Accident or Radiological Emergency")
for inst in (CNS, ENC, ASC):
    R(d, "Rwanda", ACCEDED, inst, TUE, QRW, alt=["Rwanda has joined the three core international instruments on nuclear safety"])
R(d, "Rwanda", "party", CNS, None, "Rwanda becomes the 92nd Contracting Party to the CNS", required=False)
R(d, "Uzbekistan", ACCEDED, CNS, "2025-02-14", "Uzbekistan, which acceded to the CNS on 14 February 2025")
R(d, "Uzbekistan", PARTY, ENC, "1999", "Uzbekistan has been a party to the two emergency conventions since 1999")
R(d, "Uzbekistan", PARTY, ASC, "1999", "Uzbekistan has been a party to the two emergency conventions since 1999")
R(d, IAEADG, "called-for", CNS, DAY, "He called on all States with nuclear power programmes that have not yet done so to join the CNS")
R(d, "Kenya", "signed", CNS, "2021-09", "Kenya signed the Convention in September 2021 but has yet to ratify it")
R(d, "Kenya", NOTRATIFIED, CNS, None, "Kenya signed the Convention in September 2021 but has yet to ratify it", negated=True)
R(d, "Israel", "signed", CNS, "1994", "Israel signed it in 1994")
R(d, "Israel", NOTRATIFIED, CNS, None, "and has not ratified it either", negated=True)
R(d, "Iran", PARTY, ENC, None, "Iran is a party to both the Early Notification and the Assistance Conventions")
R(d, "Iran", PARTY, ASC, None, "Iran is a party to both the Early Notification and the Assistance Conventions")
R(d, "Iran", NOTBOUND, CNS, None, "but has not joined the CNS", negated=True)
for inst in (CNS, ENC, ASC):
    R(d, "Ethiopia", JOINED, inst, None, "Ethiopia has informed the Agency that it expects to accede to all three instruments", negated=True)
R(d, "Zambia", JOINED, CNS, None, "Zambia is considering accession to the CNS", negated=True)
R(d, DIPCNS, "adopted", CNS, "1994-06-17", "The CNS was adopted by a Diplomatic Conference convened by the IAEA in Vienna on 17 June 1994")
R(d, IAEAGC, "adopted", ENC, "1986-09", "The Early Notification and Assistance Conventions were adopted by the IAEA General Conference at a special session in September 1986")
R(d, IAEAGC, "adopted", ASC, "1986-09", "The Early Notification and Assistance Conventions were adopted by the IAEA General Conference at a special session in September 1986")
R(d, DIPVD, ADOPTED, VDNS, "2015-02", "In February 2015, a Diplomatic Conference of the CNS Contracting Parties adopted the Vienna Declaration on Nuclear Safety")

# ===================== 07 =====================
d = "07.txt"
DAY = "2020-12-02"
R(d, CND, "adopted", CANN, DAY,
  "The Commission on Narcotic Drugs (CND), at its reconvened sixty-third session, today voted by 27 votes in favour to 25 against, with 1 abstention, "
  "to accept the World Health Organization's recommendation to delete cannabis and cannabis resin from Schedule IV")
QFOR = ("Among the 27 Commission members voting in favour were Argentina, Canada, Colombia, Germany, India, Jamaica, Mexico, Morocco, South Africa, "
        "the United Kingdom and the United States")
for a in ["Argentina", "Canada", "Colombia", "Germany", "India", "Jamaica", "Mexico", "Morocco", "South Africa", "United Kingdom", "United States"]:
    R(d, a, "supported", CANN, DAY, QFOR, alt=["the representative of the United States said her country supported the deletion"] if a == "United States" else None)
QAG = "Those voting against included Brazil, China, Egypt, Hungary, Japan, Nigeria, Pakistan and the Russian Federation"
for a in ["Brazil", "China", "Egypt", "Hungary", "Japan", "Nigeria", "Pakistan", "Russian Federation"]:
    R(d, a, "supported", CANN, DAY, QAG, negated=True, alt=["except Hungary, which broke ranks"] if a == "Hungary" else None)
R(d, "Ukraine", "supported", CANN, DAY, "Ukraine abstained", negated=True)
R(d, EUCO, ADOPTED, EUDEC, "2020-11-30", "Council Decision (EU) 2020/1839, adopted by the Council of the European Union on 30 November 2020")
R(d, CND, "adopted", CBDREC, None, "The Commission rejected the WHO's recommendation on cannabidiol preparations", negated=True, required=False)
R(d, UNC61, "adopted", SC61, "1961-03-30", "The 1961 Convention was adopted on 30 March 1961 by a United Nations conference held in New York", required=False)
for inst in (SC61, C71, C88):
    R(d, "Canada", PARTY, inst, None, "Canada, which legalized non-medical cannabis in 2018, remains a party to all three conventions")
R(d, "Bolivia", "party", SC61, None, "Bolivia denounced the 1961 Convention in 2011", negated=True, required=False)
R(d, "Bolivia", ACCEDED, SC61, "2013", "re-acceded to it in 2013")

# ===================== 08 =====================
d = "08.txt"
R(d, "Serbia", ACCEPTED, GOTHA, "2025-03-11",
  "Serbia on 11 March deposited with the Secretary-General of the United Nations its instrument of acceptance of the 2012 amendments to the Gothenburg Protocol")
R(d, "Serbia", "party", GOTHA, None, "becoming the 33rd Party to the amended Protocol", required=False)
R(d, "Serbia", RATIFIED, GOTH, "2012", "Serbia had ratified the original 1999 Protocol in 2012")
RL(d, ["Montenegro", "North Macedonia"], ACCEPTED, GOTHA, "2025", "Earlier this year, Montenegro and North Macedonia also accepted the amendments")
R(d, UNECEES, "called-for", GOTHA, None, "who urged the Parties to the original Protocol that have not yet done so to accept the amendments")
RL(d, ["Armenia", "Republic of Moldova"], PARTY, GOTH, None, "Armenia and the Republic of Moldova are Parties to the original Protocol")
RL(d, ["Armenia", "Republic of Moldova"], NOTRATIFIED, GOTHA, None,
   "Armenia and the Republic of Moldova are Parties to the original Protocol but have not accepted the 2012 amendments", negated=True)
RL(d, ["Georgia", "Kazakhstan"], PARTY, LRTAP, None,
   "Georgia and Kazakhstan, both Parties to the Convention on Long-range Transboundary Air Pollution")
R(d, "Georgia", NOTRATIFIED, GOTH, None, "Georgia and Kazakhstan, both Parties to the Convention on Long-range Transboundary Air Pollution, have not ratified the Gothenburg Protocol",
  negated=True, alt=["Georgia has said it is considering accession"])
R(d, "Kazakhstan", NOTRATIFIED, GOTH, None, "Georgia and Kazakhstan, both Parties to the Convention on Long-range Transboundary Air Pollution, have not ratified the Gothenburg Protocol",
  negated=True)
R(d, "Türkiye", PARTY, LRTAP, "1983", "Türkiye, a Party to the Convention since 1983")
R(d, "Türkiye", RATIFIED, EMEP, None, "has ratified only its 1984 EMEP Protocol")
R(d, "Türkiye", NOTRATIFIED, GOTH, None, "has ratified only its 1984 EMEP Protocol", negated=True, required=False)
R(d, EB, "adopted", EB245, "2024-12", "The Executive Body for the Convention, meeting in Geneva from 9 to 12 December 2024, adopted decision 2024/5")
R(d, "United States", ACCEPTED, GOTHA, "2017", "The United States, which accepted the amended Protocol in 2017")
R(d, "Canada", ACCEPTED, GOTHA, "2018", "and Canada, which did so in 2018")
QUSC = "The United States, which accepted the amended Protocol in 2017, and Canada, which did so in 2018, supported the decision"
RL(d, ["United States", "Canada"], "supported", EB245, "2024-12", QUSC)
R(d, "Russian Federation", "signed", GOTH, None, "The Russian Federation, which signed the 1999 Protocol but never ratified it")
R(d, "Russian Federation", NOTRATIFIED, GOTH, None, "The Russian Federation, which signed the 1999 Protocol but never ratified it", negated=True)
R(d, "Russian Federation", "supported", EB245, None, "did not attend", negated=True, required=False)

# ===================== 09 =====================
d = "09.txt"
WIN = "2025-12"
R(d, BCOP, ADOPTED, CMD, WIN, "The Meeting adopted the Cairo Ministerial Declaration")
QDEC = ("The Meeting further adopted fourteen decisions, among them decision IG.27/4 on the Mediterranean Strategy for Sustainable Development 2026-2035 "
        "and decision IG.27/7 updating the Regional Plan on Marine Litter Management")
R(d, BCOP, "adopted", IG4, WIN, QDEC)
R(d, BCOP, "adopted", IG7, WIN, QDEC)
R(d, "Israel", "supported", IG9, None, "Israel dissociated itself from decision IG.27/9 on the programme of work and budget", negated=True, required=False)
QIC = ("the ratification of the Protocol on Integrated Coastal Zone Management in the Mediterranean (ICZM Protocol) by Libya on 14 May 2025 "
       "and by Bosnia and Herzegovina on 2 October 2025")
R(d, "Libya", RATIFIED, ICZM, "2025-05-14", QIC)
R(d, "Bosnia and Herzegovina", RATIFIED, ICZM, "2025-10-02", QIC)
R(d, "Spain", RATIFIED, ICZM, "2010", "Spain, which hosted the signing of the Protocol in Madrid in 2008, was the first to ratify it, in 2010")
R(d, "Egypt", NOTRATIFIED, ICZM, None, "Egypt informed the Meeting that it expects to ratify the ICZM Protocol in 2026", negated=True)
R(d, "Türkiye", "signed", ICZM, None, "Turkiye has not signed it", negated=True)
R(d, "Morocco", RATIFIED, HWP, WIN,
  "Morocco deposited its instrument of ratification of the Protocol on the Prevention of Pollution of the Mediterranean Sea by Transboundary Movements "
  "of Hazardous Wastes and their Disposal during the Meeting")
QOFF = ("its Parties are Albania, Cyprus, Libya, Montenegro, Morocco, the Syrian Arab Republic, Tunisia, Turkiye and the European Union")
RL(d, ["Albania", "Cyprus", "Libya", "Montenegro", "Morocco", "Syria", "Tunisia", "Türkiye"], PARTY, OFF, None, QOFF)
R(d, "European Union", PARTY, OFF, "2013", "The European Union has been a Party since 2013", alt=[QOFF])
QFGI = "France, Greece and Italy, which signed the Offshore Protocol in 1994, have not yet ratified it"
RL(d, ["France", "Greece", "Italy"], "signed", OFF, "1994", QFGI)
RL(d, ["France", "Greece", "Italy"], NOTRATIFIED, OFF, None, QFGI, negated=True)
R(d, BCOP, "called-for", OFF, WIN, "urged all Contracting Parties that have not yet done so to ratify the Offshore Protocol at the earliest opportunity")
R(d, "Bosnia and Herzegovina", NOTRATIFIED, BCA, None, "Bosnia and Herzegovina has not yet accepted the 1995 amendments to the Barcelona Convention", negated=True)

# ===================== 10 =====================
d = "10.txt"
DAY, TUE = "2025-05-22", "2025-05-20"
R(d, "Kazakhstan", RATIFIED, ASHG, TUE,
  "the instrument of ratification by Kazakhstan of the Protocol for the Conservation of Biological Diversity to the Framework Convention for the "
  "Protection of the Marine Environment of the Caspian Sea (Ashgabat Protocol)",
  alt=["With Kazakhstan's ratification it has now been ratified by four of the five littoral States"])
R(d, TCOP, "adopted", ASHG, "2014-05", "The Ashgabat Protocol was adopted at the fifth Conference of the Parties to the Tehran Convention in Ashgabat in May 2014",
  required=False)
RL(d, ["Azerbaijan", "Iran", "Turkmenistan"], RATIFIED, ASHG, None, "Azerbaijan, Iran and Turkmenistan ratified it earlier")
QRU = "The Russian Federation, which signed the Protocol in Ashgabat in 2014, has not yet ratified it"
R(d, "Russian Federation", "signed", ASHG, "2014", QRU)
R(d, "Russian Federation", NOTRATIFIED, ASHG, None, QRU, negated=True)
QAM = ("Kazakhstan ratified the Aktau Protocol on regional preparedness and response to oil pollution incidents and the Moscow Protocol on land-based "
       "sources of pollution in 2015 and 2020 respectively")
R(d, "Kazakhstan", RATIFIED, AKTAU, "2015", QAM)
R(d, "Kazakhstan", RATIFIED, MOSC, "2020", QAM)
RL(d, ["Azerbaijan", "Iran", "Kazakhstan", "Russian Federation", "Turkmenistan"], "signed", EIA, "2018-07-20",
   "The Protocol on Environmental Impact Assessment in a Transboundary Context was signed in Moscow on 20 July 2018 by Azerbaijan, Iran, Kazakhstan, "
   "the Russian Federation and Turkmenistan")
RL(d, ["Azerbaijan", "Turkmenistan"], RATIFIED, EIA, None, "Azerbaijan and Turkmenistan have ratified it")
RL(d, ["Iran", "Russian Federation"], NOTRATIFIED, EIA, None, "Iran and the Russian Federation have not", negated=True)
R(d, "Kazakhstan", NOTRATIFIED, EIA, None, "the Ministry expects the ratification to be completed this year", negated=True,
  alt=["In Kazakhstan, the draft law on its ratification is under consideration by the Mazhilis"])
R(d, "Kazakhstan", "called-for", EIA, DAY,
  "Kazakhstan calls on the littoral States which have not yet done so to complete the ratification of the Protocol on Environmental Impact Assessment")
RL(d, ["Azerbaijan", "Iran", "Kazakhstan", "Russian Federation", "Turkmenistan"], PARTY, TEHRAN, None, "All five littoral States are Parties to it",
   required=False)
R(d, "Iran", NOTRATIFIED, LEGAL, None, "the Islamic Republic of Iran, the only littoral State that has not yet ratified it", negated=True)
R(d, "Kazakhstan", "called-for", LEGAL, DAY, "hopes that the Islamic Republic of Iran, the only littoral State that has not yet ratified it, will do so soon",
  required=False)

# ===================== 11 =====================
d = "11.txt"
R(d, "Namibia", ACCEDED, NYC, "2025-02-24",
  "Namibia has acceded to the Convention on the Recognition and Enforcement of Foreign Arbitral Awards (New York, 10 June 1958)",
  alt=["The instrument of accession was deposited with the Secretary-General on 24 February 2025"])
R(d, "Namibia", "party", NYC, None, "Namibia becomes 173rd Contracting State to the New York Convention", required=False,
  alt=["With Namibia, the Convention has 173 Contracting States"])
QTT = "The accessions before it were those of Timor-Leste and Turkmenistan, which joined in 2023 and 2022 respectively"
R(d, "Timor-Leste", JOINED, NYC, "2023", QTT)
R(d, "Turkmenistan", JOINED, NYC, "2022", QTT)
QES = "Ethiopia and Sierra Leone acceded in 2020, Iraq in 2021"
RL(d, ["Ethiopia", "Sierra Leone"], ACCEDED, NYC, "2020", QES)
R(d, "Iraq", ACCEDED, NYC, "2021", QES)
R(d, "Holy See", PARTY, NYC, "1975", "The Holy See, a non-member observer State, has been a party since 1975")
R(d, UNCITRALSEC, "called-for", NYC, None, "The UNCITRAL secretariat called on \"the few remaining States that are not yet party\" to accede")
QOUT = "Among UN Member States, Eritrea, Libya, South Sudan, Togo and Yemen have not acceded"
for a in ["Eritrea", "Libya", "South Sudan", "Togo", "Yemen"]:
    R(d, a, JOINED, NYC, None, QOUT, negated=True,
      alt=["a bill to that effect is before Libya's House of Representatives"] if a == "Libya" else None)
R(d, "Chad", JOINED, NYC, None, "Chad's Minister of Justice announced in January that his Government intends to accede", negated=True)
R(d, "Namibia", "signed", SING, None, "Namibia has not signed the Singapore Convention on Mediation", negated=True)
RL(d, ["Ethiopia", "Sierra Leone"], "signed", SING, "2019", "which Ethiopia and Sierra Leone signed in 2019")
R(d, "Timor-Leste", RATIFIED, SING, "2023", "Timor-Leste ratified in 2023")
QTK = "Turkmenistan is party to neither the Singapore Convention nor the 1961 European Convention on International Commercial Arbitration"
R(d, "Turkmenistan", NOTBOUND, SING, None, QTK, negated=True)
R(d, "Turkmenistan", NOTBOUND, EURARB, None, QTK, negated=True)
RL(d, ["Botswana", "Lesotho", "Zambia"], PARTY, NYC, None, "Botswana, Lesotho and Zambia have been Contracting States for decades")

# ===================== 12 =====================
d = "12.txt"
R(d, CISGCONF, "adopted", CISG, "1980-04-11", "It was adopted by a United Nations diplomatic conference in Vienna on 11 April 1980", required=False)
R(d, "United States", RATIFIED, CISG, "1986", "The United States ratified it in 1986")
R(d, "China", ACCEPTED, CISG, "1986", "China approved it the same year")
RL(d, ["Germany", "France", "Italy"], PARTY, CISG, None, "Germany, France and Italy are all parties")
QJBP = "Japan acceded in 2008, Brazil in 2013 and Portugal in 2020"
R(d, "Japan", ACCEDED, CISG, "2008", QJBP)
R(d, "Brazil", ACCEDED, CISG, "2013", QJBP)
R(d, "Portugal", ACCEDED, CISG, "2020", QJBP)
R(d, "United Kingdom", "signed", CISG, None, "The UK did not sign the Convention when it was open for signature", negated=True)
R(d, "United Kingdom", JOINED, CISG, None, "has not acceded to it since", negated=True,
  alt=["the Government said it had \"no current plans\" to accede"])
R(d, "United Kingdom", RATIFIED, ULIS, "1967", "It ratified both in 1967",
  alt=["The UK is, however, one of the few States bound by the 1964 Hague Conventions that preceded the CISG"])
R(d, "United Kingdom", RATIFIED, ULF, "1967", "It ratified both in 1967",
  alt=["The UK is, however, one of the few States bound by the 1964 Hague Conventions that preceded the CISG"])
RL(d, ["Ireland", "Malta", "India", "South Africa"], NOTBOUND, CISG, None, "Ireland, Malta, India and South Africa have not joined the CISG", negated=True)
QGV = "Ghana and Venezuela signed it in 1980 and 1981 respectively but have never ratified it"
R(d, "Ghana", "signed", CISG, "1980", QGV)
R(d, "Venezuela", "signed", CISG, "1981", QGV)
RL(d, ["Ghana", "Venezuela"], NOTRATIFIED, CISG, None, QGV, negated=True)
R(d, LAWSOC, "called-for", CISG, None, "The Law Society of England and Wales has urged the Government to accede to the CISG")
R(d, "United States", ACCEDED, LIM, "1994", "The United States acceded to both in 1994")
R(d, "United States", ACCEDED, LIMP, "1994", "The United States acceded to both in 1994")
R(d, "United Kingdom", NOTBOUND, LIM, None, "the UK has joined neither", negated=True)
R(d, "United Kingdom", NOTBOUND, LIMP, None, "the UK has joined neither", negated=True)

# ===================== 13 =====================
d = "13.txt"
R(d, "Paraguay", ACCEDED, MP, "2025-03-04",
  "the deposit, on March 4, 2025, by the Government of the Republic of Paraguay, of its instrument of accession to the Protocol Relating to the Madrid "
  "Agreement Concerning the International Registration of Marks", alt=["Accession by the Republic of Paraguay"])
R(d, "Nigeria", ACCEDED, MP, "2025-03-18",
  "the deposit, on March 18, 2025, by the Government of the Federal Republic of Nigeria, of its instrument of accession to the said Protocol",
  alt=["Madrid Protocol - Accession by the Federal Republic of Nigeria"])
R(d, "Peru", ACCEDED, GA99, "2025-03-11",
  "the deposit, on March 11, 2025, by the Government of the Republic of Peru, of its instrument of accession to the Geneva Act of the Hague Agreement "
  "Concerning the International Registration of Industrial Designs", alt=["Accession by the Republic of Peru"])
R(d, "Suriname", "party", HA60, None, "Hague Act (1960) - Denunciation by the Republic of Suriname", negated=True, required=False,
  alt=["of its notification of denunciation of the Hague Act (1960)"])
R(d, "Suriname", PARTY, GA99, None, "Suriname remains bound by the Geneva Act")
R(d, "Peru", PARTY, MP, "2019", "Peru has been a member of the Madrid System since 2019", required=False)
QSA = "In South America, Argentina, Bolivia, Chile, Ecuador, Uruguay and Venezuela have not joined the Madrid Protocol"
for a in ["Argentina", "Bolivia", "Chile", "Ecuador", "Uruguay", "Venezuela"]:
    R(d, a, JOINED, MP, None, QSA, negated=True,
      alt=["Argentina's executive sent a bill approving accession to Congress in 2024; it has not yet been voted on"] if a == "Argentina" else None)
R(d, "Myanmar", NOTBOUND, MP, None, "only Myanmar remains outside the Protocol", negated=True)
QMB = "Mexico acceded to the Geneva Act in 2020 and Brazil in 2023"
R(d, "Mexico", ACCEDED, GA99, "2020", QMB)
R(d, "Brazil", ACCEDED, GA99, "2023", QMB)
RL(d, ["Canada", "United Kingdom"], JOINED, GA99, "2018", "Canada and the United Kingdom had done so in 2018")
RL(d, ["Japan", "United States"], JOINED, GA99, "2015", "Japan and the United States in 2015")
R(d, "Colombia", PARTY, MP, "2012", "Colombia, a Madrid member since 2012", required=False)
R(d, "Colombia", JOINED, GA99, None, "has not joined the Geneva Act", negated=True, alt=["has said it is studying accession"])

# ===================== 14 =====================
d = "14.txt"
DAY = "2023-06-14"
R(d, "Australia", RATIFIED, C138, DAY,
  "This morning, I had the privilege of handing over to the Director-General Australia's instrument of ratification of the Minimum Age Convention, 1973 (No. 138)",
  alt=["Australia becomes the 176th member State to ratify the Convention"])
R(d, ILC, "adopted", C138, "1973-06", "fifty years after this Conference adopted it in June 1973")
R(d, "Australia", RATIFIED, C182, "2006", "We ratified the Worst Forms of Child Labour Convention, 1999 (No. 182) in 2006",
  alt=["We are proud to be among the more than 180 member States that have ratified Convention No. 182"])
R(d, "Australia", RATIFIED, P29, "2022", "last year we ratified the Protocol of 2014 to the Forced Labour Convention")
R(d, "Australia", NOTBOUND, C187, None, "We are not yet a party to the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)",
  negated=True, alt=["my Government is examining whether to ratify it"])
QPAC = "Papua New Guinea, Fiji, Samoa and Solomon Islands ratified Convention No. 138 in 2000, 2003, 2008 and 2013 respectively"
for a, y in [("Papua New Guinea", "2000"), ("Fiji", "2003"), ("Samoa", "2008"), ("Solomon Islands", "2013")]:
    R(d, a, RATIFIED, C138, y, QPAC)
QIB = "India and Bangladesh, two of our partners in the Indian Ocean, did so in 2017 and 2022"
R(d, "India", RATIFIED, C138, "2017", QIB)
R(d, "Bangladesh", RATIFIED, C138, "2022", QIB)
R(d, "Tonga", RATIFIED, C182, "2020", "Tonga, which ratified Convention No. 182 in 2020")
R(d, "Tonga", NOTRATIFIED, C138, None, "Tonga, which ratified Convention No. 182 in 2020, has yet to ratify Convention No. 138", negated=True)
R(d, "Tuvalu", NOTRATIFIED, C138, None, "and so has Tuvalu", negated=True)
R(d, "New Zealand", RATIFIED, C182, "2001", "New Zealand, which ratified Convention No. 182 in 2001")
R(d, "New Zealand", NOTRATIFIED, C138, None, "New Zealand, which ratified Convention No. 182 in 2001, has not ratified Convention No. 138 either", negated=True)
R(d, "Australia", "called-for", C138, DAY, "We hope all three will follow suit", required=False)
R(d, "Australia", ENDORSED, DURBAN, None, "Australia also endorsed the Durban Call to Action on the Elimination of Child Labour")
R(d, GCCL, ADOPTED, DURBAN, "2022-05", "adopted by the Fifth Global Conference on the Elimination of Child Labour in May 2022")
R(d, "Australia", COMMITTED, DURBAN, DAY, "we remain fully committed to its implementation", required=False)
R(d, "Australia", COMMITTED, FPRW, DAY, "we remain committed to the ILO Declaration on Fundamental Principles and Rights at Work")

# ===================== 15 =====================
d = "15.txt"
DAY = "2024-12-06"
QDX = ("after adopting six decisions, among them Decision 3(LX), which extends the International Tropical Timber Agreement, 2006 (ITTA, 2006) until "
       "6 December 2029, and Decision 5(LX) approving the Biennial Work Programme for 2025-2026")
R(d, ITTC, "adopted", D3LX, DAY, QDX)
R(d, ITTC, "adopted", D5LX, DAY, QDX)
R(d, ITTC, "adopted", D6LX, DAY, "In Decision 6(LX), the Council set up an open-ended working group")
R(d, "Angola", ACCEDED, ITTA, "2024-10-29",
  "having deposited its instrument of accession to the ITTA, 2006 with the Secretary-General of the United Nations on 29 October 2024")
R(d, "Angola", "party", ITTA, None, "Angola attended for the first time as a member", required=False)
RL(d, ["Brazil", "Democratic Republic of the Congo", "Indonesia", "Malaysia", "Peru"], PARTY, ITTA, None,
   "Among the producer members represented at the session were Brazil, the Democratic Republic of the Congo, Indonesia, Malaysia and Peru",
   required=False)
R(d, "European Union", PARTY, ITTA, None, "The European Union is a Party to the Agreement in the consumer group")
RL(d, ["Norway", "Switzerland", "United Kingdom"], PARTY, ITTA, None, "as are Norway, Switzerland and the United Kingdom")
R(d, "United States", PARTY, ITTA, None, "The United States, also a consumer member", required=False)
R(d, "Viet Nam", "signed", ITTA, "2008", "Viet Nam signed the ITTA, 2006 in 2008 but has not yet ratified it")
R(d, "Viet Nam", NOTRATIFIED, ITTA, None, "Viet Nam signed the ITTA, 2006 in 2008 but has not yet ratified it", negated=True)
R(d, "Equatorial Guinea", NOTBOUND, ITTA, None, "Equatorial Guinea has not joined", negated=True)
R(d, "Lao PDR", JOINED, ITTA, None, "the Lao People's Democratic Republic informed the Council that it is considering accession", negated=True)
R(d, "Colombia", NOTRATIFIED, ITTA, None,
  "Colombia's Congress approved the Agreement in 2023, but the country's instrument of acceptance has not yet been deposited", negated=True)
R(d, "Bolivia", "party", ITTA, None, "Bolivia withdrew from the Agreement in 2013", negated=True, required=False)
R(d, ITTOED, "called-for", ITTA, DAY,
  "the Executive Director called on \"all tropical timber producing countries that have not yet done so\" to join the Agreement")
R(d, ITTACONF, "adopted", ITTA, "2006-01-27",
  "The ITTA, 2006 was adopted on 27 January 2006 by the United Nations Conference for the Negotiation of a Successor Agreement to the International "
  "Tropical Timber Agreement, 1994")

# ===================== 16 =====================
d = "16.txt"
DAY = "2025-10-01"
R(d, "Haiti", "signed", CART, "1983", "Haiti signed it in 1983 but has never ratified it")
R(d, "Haiti", NOTRATIFIED, CART, None, "Haiti signed it in 1983 but has never ratified it", negated=True)
R(d, "Guatemala", RATIFIED, SPAW, "2025-08-14", "Guatemala - ratification, deposited 14 August 2025")
R(d, "Suriname", ACCEDED, SPAW, "2025-09-02", "Suriname - accession, deposited 2 September 2025")
for a, y in [("Barbados", "2002"), ("Belize", "2019"), ("Cuba", "1998"), ("Dominican Republic", "1998"), ("France", "2002"), ("Netherlands", "1992"),
             ("United States", "2003"), ("Venezuela", "1997")]:
    R(d, a, PARTY, SPAW, y, f"{a} - {y}")
R(d, "Mexico", "signed", SPAW, "1990", "Mexico (signed 1990)")
R(d, "Mexico", NOTRATIFIED, SPAW, None, "Signed, not yet ratified:\n- Mexico (signed 1990)", negated=True)
R(d, "Jamaica", "signed", SPAW, "1990", "Jamaica (signed 1990)")
R(d, "Jamaica", NOTRATIFIED, SPAW, None, "Jamaica (signed 1990) - Cabinet approval announced in March; instrument not yet deposited", negated=True)
RL(d, ["Haiti", "Saint Kitts and Nevis"], "signed", SPAW, None, "Not signed:\n- Haiti\n- Saint Kitts and Nevis", negated=True)
R(d, SPAWCOP, "adopted", DEC4, "2025-07",
  "the Thirteenth Conference of the Parties to the SPAW Protocol (COP13), held in Panama City in July 2025, adopted Decision 4")
RL(d, ["Venezuela", "Cuba"], "supported", DEC4, None, "Venezuela and Cuba objected to the listing but did not block consensus", negated=True, required=False)
RL(d, ["Antigua and Barbuda", "Bahamas", "Belize", "Guyana", "Panama", "Trinidad and Tobago"], PARTY, LBS, None,
   "Parties include Antigua and Barbuda, the Bahamas, Belize, Guyana, Panama and Trinidad and Tobago")
R(d, "Dominican Republic", "signed", LBS, "1999", "The Dominican Republic signed the Protocol in 1999 but has not ratified it")
R(d, "Dominican Republic", NOTRATIFIED, LBS, None, "The Dominican Republic signed the Protocol in 1999 but has not ratified it", negated=True)
RL(d, ["Cuba", "Haiti", "Mexico", "Venezuela"], "signed", LBS, None, "Cuba, Haiti, Mexico and Venezuela have not signed it", negated=True)
R(d, CMW, "called-for", SPAW, DAY,
  "Caribbean Marine Watch calls on Haiti and Saint Kitts and Nevis to accede to the SPAW Protocol, and on Jamaica and Mexico to complete their ratification")
R(d, CMW, "called-for", LBS, DAY, "we also urge the Dominican Republic to ratify it")

gold.finish(MIN_CHARS, MAX_CHARS)
