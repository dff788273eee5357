#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe8/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Alternative actor names missing from its ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
PRIV = ("draft resolution A/C.3/79/L.38/Rev.1 on the right to privacy in the digital age", ["A/C.3/79/L.38/Rev.1", "A/C.3/79/L.38", "right to privacy in the digital age"])
R68167 = ("resolution 68/167", ["A/RES/68/167", "resolution 68/167 on the right to privacy in the digital age"])
H5421 = ("Human Rights Council resolution 54/21", ["resolution 54/21", "A/HRC/RES/54/21"])
C108 = ("Convention 108+", ["modernised Convention 108+", "Modernised Convention for the Protection of Individuals with regard to the Processing of Personal Data"])
R78215 = ("resolution 78/215 on the safety of journalists and the issue of impunity", ["resolution 78/215", "A/RES/78/215", "safety of journalists and the issue of impunity"])
PLAN = ("UN Plan of Action on the Safety of Journalists and the Issue of Impunity", ["UN Plan of Action", "2012 UN Plan of Action"])
R68163 = ("resolution 68/163", ["A/RES/68/163"])
H519 = ("Human Rights Council resolution 51/9", ["resolution 51/9", "A/HRC/RES/51/9"])
HRD = ("resolution A/79/L.41 on human rights defenders", ["A/79/L.41", "Implementing the Declaration on Human Rights Defenders: human rights defenders in the digital age"])
DECL = ("Declaration on Human Rights Defenders", ["1998 Declaration", "Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms"])
R70161 = ("resolution 70/161", ["A/RES/70/161"])
BUR = ("resolution A/HRC/54/L.9 on the situation of human rights in Burundi", ["A/HRC/54/L.9", "resolution on the situation of human rights in Burundi"])
R4816 = ("resolution 48/16", ["A/HRC/RES/48/16", "Human Rights Council resolution 48/16"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
ARUSHA = ("Arusha Peace and Reconciliation Agreement for Burundi", ["Arusha Agreement"])
CARTA = ("resolution on technical assistance to the Central African Republic", ["Central African Republic technical assistance resolution"])
R5523 = ("resolution 55/23", ["A/HRC/RES/55/23", "resolution 55/23 on the Commission on Human Rights in South Sudan"])
RARCSS = ("Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan", ["R-ARCSS", "Revitalized Agreement"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR", "Covenant"])
GUA = ("resolution A/HRC/57/L.21, \"Cooperation with Guatemala in the field of human rights\"", ["A/HRC/57/L.21", "Cooperation with Guatemala in the field of human rights"])
OHCHRAG = ("Agreement extending the mandate of the OHCHR office in Guatemala", ["Agreement with OHCHR", "OHCHR office agreement"])
HONAG = ("agreement between Honduras and OHCHR", ["agreement with OHCHR"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR"])
IACAC = ("Inter-American Convention against Corruption", ["IACAC"])
UNCAC = ("United Nations Convention against Corruption", ["UNCAC", "UN Convention against Corruption"])
ABC = ("Convention on Combating Bribery of Foreign Public Officials in International Business Transactions", ["Anti-Bribery Convention", "OECD Anti-Bribery Convention"])
REC21 = ("2021 Recommendation of the Council for Further Combating Bribery of Foreign Public Officials in International Business Transactions",
         ["2021 Anti-Bribery Recommendation", "Recommendation for Further Combating Bribery of Foreign Public Officials in International Business Transactions", "2021 Recommendation"])
DOCBA = ("Document of Buenos Aires", ["Document of Buenos Aires on the Mechanism for Follow-up of the Implementation of the Inter-American Convention against Corruption"])
OASCH = ("OAS Charter", ["Charter of the Organization of American States"])
C81 = ("Labour Inspection Convention, 1947 (No. 81)", ["Convention No. 81", "C081", "C81", "Labour Inspection Convention"])
C129 = ("Labour Inspection (Agriculture) Convention, 1969 (No. 129)", ["Convention No. 129", "C129", "Labour Inspection (Agriculture) Convention"])
P81 = ("Protocol of 1995 to the Labour Inspection Convention, 1947", ["P081", "Protocol of 1995"])
C144 = ("Tripartite Consultation (International Labour Standards) Convention, 1976 (No. 144)", ["Convention No. 144", "C144"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["Convention No. 155", "C155"])
MLC = ("Maritime Labour Convention, 2006", ["MLC, 2006", "MLC"])
FPRW = ("Declaration on Fundamental Principles and Rights at Work", ["ILO Declaration on Fundamental Principles and Rights at Work"])
CENT = ("Centenary Declaration for the Future of Work", ["ILO Centenary Declaration"])
MIGA = ("Convention Establishing the Multilateral Investment Guarantee Agency", ["MIGA Convention"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy"])
S2050IP = ("Implementation Plan of the 2050 Strategy for the Blue Pacific Continent", ["2050 Strategy Implementation Plan"])
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
BDAP = ("Boe Declaration Action Plan", ["Boe Action Plan"])
KAIN = ("Kainaki II Declaration for Urgent Climate Change Action Now", ["Kainaki II Declaration"])
PPI = ("Pacific Policing Initiative", ["PPI"])
TROMSO = ("Council of Europe Convention on Access to Official Documents", ["Tromsø Convention", "CETS No. 205"])
WARSAW = ("Council of Europe Convention on Laundering, Search, Seizure and Confiscation of the Proceeds from Crime and on the Financing of Terrorism",
          ["Warsaw Convention", "CETS No. 198", "Convention on Laundering, Search, Seizure and Confiscation of the Proceeds from Crime and on the Financing of Terrorism"])
STRAS = ("1990 Strasbourg Convention", ["Strasbourg Convention", "ETS No. 141"])
PALERMO = ("Palermo Convention", ["United Nations Convention against Transnational Organized Crime", "UNTOC"])
VEN = ("draft resolution CP/doc.5992/24 on Venezuela's presidential election", ["CP/doc.5992/24"])
HAITI = ("resolution CP/RES. 1251 (2496/24) on the situation in Haiti", ["CP/RES. 1251 (2496/24)", "CP/RES. 1251"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Iran", "Viet Nam", "Syria",
          "Venezuela", "Türkiye", "European Union", "Czechia", "Côte d'Ivoire", "Republic of Moldova", "United Arab Emirates", "Bahamas",
          "Kyrgyzstan", "Kazakhstan", "Uzbekistan", "Tajikistan", "Gambia", "Bolivia", "Costa Rica", "Guatemala", "Ghana", "Egypt", "Sudan",
          "South Sudan", "Burundi", "Chile", "Mexico", "Colombia", "Paraguay", "Ecuador", "China", "Saudi Arabia", "Thailand", "Fiji",
          "Samoa", "Kiribati", "Papua New Guinea", "Netherlands", "Germany", "Kenya"),
    "Slovak Republic": ["Slovak Republic", "Slovakia"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Mongolia": ["Mongolia"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Comoros": ["Comoros", "Union of the Comoros"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Portugal": ["Portugal", "Portuguese Republic"],
}
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
SRPRIV = ["UN Special Rapporteur on the right to privacy", "Special Rapporteur on the right to privacy"]
CEB = ["UN Chief Executives Board", "United Nations System Chief Executives Board for Coordination", "Chief Executives Board", "CEB"]
EUSP = ["European Union", "EU", "Spain"]
SPLM = ["SPLM-IO", "Sudan People's Liberation Movement-in-Opposition"]
HRW_NGO = ["Horn Rights Watch"]
OHCHR = ["OHCHR", "Office of the United Nations High Commissioner for Human Rights", "UN High Commissioner for Human Rights"]
OECDC = ["OECD Council", "Council of the OECD", "OECD", "Organisation for Economic Co-operation and Development"]
OECDSG = ["OECD Secretary-General", "Secretary-General of the OECD", "Mathias Cormann", "OECD"]
TI = ["Transparency International"]
OASCONF = ["Specialized Conference", "Organization of American States", "OAS", "member states of the Organization of American States"]
ILODG = ["ILO Director-General", "Director-General of the ILO", "Gilbert F. Houngbo", "ILO", "International Labour Organization"]
ILC = ["International Labour Conference", "ILC", "ILO", "International Labour Organization"]
MIGAA = ["MIGA", "Multilateral Investment Guarantee Agency", "MIGA Executive Vice President"]
PIFL = ["Pacific Islands Forum Leaders", "Pacific Islands Forum", "PIF", "Forum Leaders", "Pacific Islands Forum Leaders Meeting"]
COESG = ["Secretary General of the Council of Europe", "Council of Europe Secretary General", "Alain Berset", "Council of Europe"]
TIUK = ["Transparency International UK"]
SPOT = ["Spotlight on Corruption"]
OASPC = ["OAS Permanent Council", "Permanent Council of the Organization of American States", "Permanent Council", "OAS"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

SUPPORTS = ["supported", "endorsed"]


# ===================== 01 =====================
d = "01.txt"
DAY = "2024-11-14"
R(d, TC, "adopted", PRIV, DAY, "The Third Committee (Social, Humanitarian and Cultural) this morning approved without a vote a draft resolution on the right to privacy in the digital age (document A/C.3/79/L.38/Rev.1)")
RL(d, ["Brazil", "Germany"], "co-sponsored", PRIV, None, "Introducing the text on behalf of its main sponsors, Brazil and Germany")
R(d, GA, "adopted", R68167, "2013-12", "the General Assembly adopted the first resolution on the subject, resolution 68/167, in December 2013")
RL(d, ["Austria", "Chile", "Liechtenstein", "Mexico", "Norway", "Switzerland", "Uruguay"], "co-sponsored", PRIV, None,
   "The draft was co-sponsored by Austria, Chile, Liechtenstein, Mexico, Norway, Switzerland and Uruguay, among others")
R(d, HRC, "adopted", H5421, "2023-10-12", "Human Rights Council resolution 54/21, which the Council adopted without a vote on 12 October 2023")
R(d, "Japan", "co-sponsored", PRIV, DAY, "The representative of Japan announced that his delegation had become a co-sponsor this morning")
R(d, "United States", "supported", PRIV, DAY, "the representative of the United States said her country had joined the consensus", required=False)
R(d, "China", "co-sponsored", R68167, "2013", "his delegation had co-sponsored resolution 68/167 in 2013")
R(d, "China", "co-sponsored", PRIV, None, "it had not co-sponsored the present draft", negated=True)
R(d, "Russian Federation", "co-sponsored", PRIV, None, "her delegation would not co-sponsor a text that \"lectures States\"", negated=True)
R(d, "India", SUPPORTS, PRIV, DAY, "The representative of India said his country supported the draft")
R(d, "India", "co-sponsored", R68167, "2013", "had been a co-sponsor of every resolution on the subject since 2013", required=False)
R(d, SRPRIV, "called-for", C108, DAY, "urged States that had not yet done so to accede to the Council of Europe's modernised Convention 108+")

# ===================== 02 =====================
d = "02.txt"
DAY = "2023-12-19"
R(d, GA, "adopted", R78215, DAY, "Today the UN General Assembly in New York adopted by consensus resolution 78/215 on the safety of journalists and the issue of impunity")
RL(d, ["Argentina", "Austria", "Costa Rica", "France", "Greece", "Tunisia"], "co-sponsored", R78215, None,
   "The text was presented by the core group of Argentina, Austria, Costa Rica, France, Greece and Tunisia")
R(d, "Austria", COMMITTED, PLAN, DAY, "Austria remains fully committed to the UN Plan of Action on the Safety of Journalists and the Issue of Impunity")
R(d, "Austria", "co-sponsored", R68163, "2013", "It was among the original sponsors of resolution 68/163")
R(d, GA, "adopted", R68163, "2013", "resolution 68/163, by which the General Assembly in 2013 proclaimed 2 November as the International Day to End Impunity for Crimes against Journalists")
R(d, "Austria", "co-sponsored", H519, None, "it co-sponsored Human Rights Council resolution 51/9")
R(d, HRC, "adopted", H519, "2022-10", "Human Rights Council resolution 51/9, adopted in Geneva in October 2022")
RL(d, ["Hungary", "Mongolia", "Timor-Leste"], "co-sponsored", R78215, None, "Among the co-sponsors were, for the first time, Hungary, Mongolia and Timor-Leste")
R(d, "United States", "co-sponsored", R78215, None, "The United States, which had co-sponsored every previous text, did not co-sponsor this year", negated=True)
R(d, "United States", "supported", R78215, DAY, "but joined the consensus", required=False)
R(d, "Poland", "co-sponsored", R78215, None, "Poland, whose co-sponsorship was announced last Tuesday, withdrew its name before adoption", negated=True)
R(d, CEB, ADOPTED, PLAN, "2012-04", "The 2012 UN Plan of Action, endorsed by the UN Chief Executives Board in April 2012")

# ===================== 03 =====================
d = "03.txt"
DAY = "2024-12-17"
R(d, GA, "adopted", HRD, DAY, "The U.N. General Assembly on Tuesday adopted a resolution on human rights defenders by 129 votes to 13, with 39 abstentions")
R(d, "Norway", "co-sponsored", HRD, None, "was drafted by Norway")
RL(d, ["Ireland", "Canada", "Ghana", "Costa Rica"], "co-sponsored", HRD, None, "It was co-sponsored by 71 countries, among them Ireland, Canada, Ghana and Costa Rica")
R(d, GA, "adopted", DECL, "1998", "since the Declaration itself was adopted in 1998", required=False)
AGAINST = ["Belarus", "Burundi", "China", "Cuba", "Democratic People's Republic of Korea", "Eritrea", "Iran", "Nicaragua", "Russian Federation",
           "Sudan", "Syria", "Venezuela", "Zimbabwe"]
QA = ("Voting against were: Belarus, Burundi, China, Cuba, Democratic People's Republic of Korea, Eritrea, Iran, Nicaragua, Russian Federation, "
      "Sudan, Syria, Venezuela and Zimbabwe")
for a in AGAINST:
    R(d, a, "supported", HRD, DAY, QA, negated=True,
      alt=["Russia's envoy said Moscow could not support a resolution \"written for one group of countries\""] if a == "Russian Federation" else None)
ABST = ["Algeria", "Bahrain", "Bangladesh", "Cameroon", "Egypt", "India", "Indonesia", "Iraq", "Kuwait", "Libya", "Malaysia", "Mali", "Niger",
        "Nigeria", "Oman", "Pakistan", "Qatar", "Saudi Arabia", "Singapore", "Sri Lanka", "Tajikistan", "Thailand", "Uganda", "United Arab Emirates",
        "Uzbekistan", "Viet Nam"]
QB = ("Abstaining were Algeria, Bahrain, Bangladesh, Cameroon, Egypt, India, Indonesia, Iraq, Kuwait, Libya, Malaysia, Mali, Niger, Nigeria, Oman, "
      "Pakistan, Qatar, Saudi Arabia, Singapore, Sri Lanka, Tajikistan, Thailand, Uganda, United Arab Emirates, Uzbekistan and Viet Nam")
for a in ABST:
    R(d, a, "supported", HRD, DAY, QB, negated=True, alt=["India, which abstained"] if a == "India" else None)
RL(d, ["Kenya", "Morocco", "Ethiopia"], "supported", HRD, DAY, "as well as – to the surprise of some diplomats – Kenya, Morocco and Ethiopia", negated=True)
RL(d, ["Chad", "Guinea", "Turkmenistan"], "supported", HRD, DAY, "Chad, Guinea and Turkmenistan did not take part in the vote", negated=True)
R(d, "India", COMMITTED, DECL, DAY, "it remained committed to the Declaration on Human Rights Defenders")
R(d, TC, "adopted", HRD, "2024-11-20", "the Assembly's Third Committee approved the draft by 118 votes to 14 on Nov. 20")
R(d, GA, "adopted", R70161, "2015", "resolution 70/161 was adopted by a recorded vote of 127 to 14, with 41 abstentions", required=False)

# ===================== 04 =====================
d = "04.txt"
DAY = "2023-10-12"
R(d, HRC, "adopted", BUR, DAY, "The Human Rights Council this afternoon adopted a resolution extending for one year the mandate of the Special Rapporteur on the situation of human rights in Burundi")
R(d, EUSP, "co-sponsored", BUR, None, "The resolution (A/HRC/54/L.9) was presented by Spain, on behalf of the European Union")
R(d, HRC, "adopted", R4816, "2021-10-08", "The mandate was first established by the Council in resolution 48/16 of 8 October 2021")
FAV = ["Argentina", "Belgium", "Chile", "Costa Rica", "Czechia", "Finland", "France", "Gambia", "Georgia", "Germany", "Lithuania", "Luxembourg",
       "Malawi", "Mexico", "Montenegro", "Paraguay", "Romania", "Ukraine", "United Kingdom", "United States"]
QF = ("In favour (20): Argentina, Belgium, Chile, Costa Rica, Czechia, Finland, France, Gambia, Georgia, Germany, Lithuania, Luxembourg, Malawi, "
      "Mexico, Montenegro, Paraguay, Romania, Ukraine, United Kingdom, United States.")
for a in FAV:
    R(d, a, "supported", BUR, DAY, QF,
      alt=["The United Kingdom said that it had joined the European Union in supporting the text"] if a == "United Kingdom" else None)
AG = ["Algeria", "Bolivia", "China", "Cuba", "Eritrea", "Pakistan", "Sudan", "Uzbekistan", "Viet Nam"]
for a in AG:
    R(d, a, "supported", BUR, DAY, "Against (9): Algeria, Bolivia, China, Cuba, Eritrea, Pakistan, Sudan, Uzbekistan, Viet Nam.", negated=True,
      alt=["Pakistan said it would vote against"] if a == "Pakistan" else None)
AB = ["Bangladesh", "Benin", "Cameroon", "Côte d'Ivoire", "Gabon", "Honduras", "India", "Kazakhstan", "Kyrgyzstan", "Malaysia", "Maldives",
      "Morocco", "Nepal", "Qatar", "Senegal", "Somalia", "South Africa", "United Arab Emirates"]
QAB = ("Abstentions (18): Bangladesh, Benin, Cameroon, Côte d'Ivoire, Gabon, Honduras, India, Kazakhstan, Kyrgyzstan, Malaysia, Maldives, Morocco, "
       "Nepal, Qatar, Senegal, Somalia, South Africa, United Arab Emirates.")
for a in AB:
    R(d, a, "supported", BUR, DAY, QAB, negated=True,
      alt=["Honduras said that it would abstain"] if a == "Honduras" else None)
R(d, "Burundi", RATIFIED, CAT, "1993", "Burundi had ratified the Convention against Torture in 1993")
R(d, "Burundi", JOINED, OPCAT, None, "had yet to accede to its Optional Protocol", negated=True)
R(d, EUSP, "called-for", OPCAT, DAY, "urged Bujumbura to do so")
R(d, "Burundi", "signed", ARUSHA, "2000-08-28", "signed by the Government and the parties to the conflict in Arusha on 28 August 2000", required=False)
R(d, HRC, "adopted", CARTA, DAY, "The Council then adopted without a vote a resolution on technical assistance to the Central African Republic")

# ===================== 05 =====================
d = "05.txt"
R(d, HRC, "adopted", R5523, "2024-04-04", "Yesterday, the UN Human Rights Council adopted without a vote resolution 55/23")
RL(d, ["United Kingdom", "Albania", "Norway", "United States"], "co-sponsored", R5523, None,
   "The text was presented by the United Kingdom on behalf of a core group also comprising Albania, Norway and the United States")
R(d, "South Sudan", "supported", R5523, None, "South Sudan, speaking as the country concerned, said it \"could not support\" resolution 55/23", negated=True, required=False)
R(d, "South Sudan", "signed", RARCSS, "2018-09-12", "was signed in Addis Ababa on 12 September 2018 by the Government of South Sudan and the SPLM-IO")
R(d, SPLM, "signed", RARCSS, "2018-09-12", "was signed in Addis Ababa on 12 September 2018 by the Government of South Sudan and the SPLM-IO")
R(d, "South Sudan", ACCEDED, CAT, "2015", "South Sudan acceded to the Convention against Torture and to the Convention on the Rights of the Child in 2015")
R(d, "South Sudan", ACCEDED, CRC, "2015", "South Sudan acceded to the Convention against Torture and to the Convention on the Rights of the Child in 2015")
R(d, "South Sudan", JOINED, OPCAT, None, "It has yet to accede to the Optional Protocol to the Convention against Torture", negated=True)
R(d, "South Sudan", NOTBOUND, ICCPR, None, "is not party to the International Covenant on Civil and Political Rights", negated=True,
  alt=["The Government told the Council in March that it \"is considering whether to join\" the Covenant"])
R(d, HRW_NGO, "called-for", OPCAT, "2024-04-05", "We call on the Government to accede to both instruments without delay")
R(d, HRW_NGO, "called-for", ICCPR, "2024-04-05", "We call on the Government to accede to both instruments without delay")

# ===================== 06 =====================
d = "06.txt"
DAY = "2024-10-09"
R(d, HRC, "adopted", GUA, DAY, "today, in Geneva, the Human Rights Council adopted by consensus resolution A/HRC/57/L.21")
RL(d, ["Guatemala", "Costa Rica", "Honduras", "Panama", "Dominican Republic"], "co-sponsored", GUA, None,
   "presented by Guatemala together with Costa Rica, Honduras, Panama and the Dominican Republic")
R(d, "Guatemala", "welcomed", GUA, DAY, "Guatemala welcomes the adoption of the resolution on cooperation with Guatemala in the field of human rights", required=False)
R(d, "Guatemala", "signed", OHCHRAG, "2024-07-04", "on 4 July last Guatemala and the Office of the United Nations High Commissioner for Human Rights signed the Agreement extending the mandate of the OHCHR office in Guatemala until 2027")
R(d, OHCHR, "signed", OHCHRAG, "2024-07-04", "on 4 July last Guatemala and the Office of the United Nations High Commissioner for Human Rights signed the Agreement extending the mandate of the OHCHR office in Guatemala until 2027")
RL(d, ["Mexico", "Chile"], "co-sponsored", GUA, "2024-10-07", "Mexico and Chile, which joined as co-sponsors on Monday")
R(d, "Spain", "co-sponsored", GUA, None, "Spain, which announced its co-sponsorship on behalf of the Ibero-American group")
R(d, "El Salvador", "co-sponsored", GUA, None, "El Salvador did not co-sponsor the text", negated=True)
R(d, "Guatemala", "signed", OPICESCR, "2009", "which Guatemala signed in 2009 but has not yet ratified")
R(d, "Guatemala", NOTRATIFIED, OPICESCR, None, "which Guatemala signed in 2009 but has not yet ratified", negated=True,
  alt=["Guatemala expects to deposit its instrument of ratification before the end of 2025"])
R(d, "Honduras", "signed", HONAG, "2023", "it renewed its own agreement with OHCHR in 2023", required=False)
R(d, "Guatemala", COMMITTED, IACAC, DAY, "Guatemala reiterates its commitment to the Inter-American Convention against Corruption")
R(d, "Guatemala", PARTY, IACAC, "2001", "to which it has been a party since 2001")
R(d, "Guatemala", COMMITTED, UNCAC, DAY, "and to the United Nations Convention against Corruption, ratified in 2006")
R(d, "Guatemala", RATIFIED, UNCAC, "2006", "and to the United Nations Convention against Corruption, ratified in 2006")

# ===================== 07 =====================
d = "07.txt"
DAY = "2025-03-12"
R(d, "Romania", ACCEDED, ABC, DAY, "Romania today deposited with the OECD Secretary-General its instrument of accession to the Convention on Combating Bribery of Foreign Public Officials in International Business Transactions")
R(d, "Romania", "party", ABC, None, "becoming the 47th Party to the Convention", required=False)
R(d, "Romania", ENDORSED, REC21, None, "Romania has also adhered to the 2021 Recommendation of the Council for Further Combating Bribery of Foreign Public Officials in International Business Transactions")
R(d, OECDSG, "called-for", ABC, DAY, "I encourage all countries engaged in accession to the OECD to join the Convention as early as possible")
R(d, "Thailand", JOINED, ABC, None, "Thailand and Indonesia, both in the OECD accession process, participate in the Working Group's plenary meetings but have yet to deposit instruments of accession",
  negated=True, alt=["Thailand has said it aims to accede before the end of 2026"])
R(d, "Indonesia", JOINED, ABC, None, "Thailand and Indonesia, both in the OECD accession process, participate in the Working Group's plenary meetings but have yet to deposit instruments of accession", negated=True)
RL(d, ["Argentina", "Brazil", "Bulgaria", "Chile", "Slovak Republic"], "signed", ABC, "1997-12-17",
   "The Anti-Bribery Convention was signed in Paris on 17 December 1997 by the then 29 OECD Member countries and five non-members: Argentina, Brazil, Bulgaria, Chile and the Slovak Republic")
R(d, "Peru", ACCEDED, ABC, "2018", "Recent accessions include those of Peru (2018)")
R(d, "Costa Rica", ACCEDED, ABC, "2017", "Recent accessions include those of Peru (2018), Costa Rica (2017)")
R(d, "Croatia", ACCEDED, ABC, "2023-05", "Croatia, which deposited its instrument of accession in May 2023")
R(d, OECDC, "adopted", REC21, "2021-11-26", "The 2021 Anti-Bribery Recommendation was adopted by the OECD Council on 26 November 2021")
R(d, "Ukraine", ENDORSED, REC21, "2024-10", "Ukraine, which is not yet a Party, adhered to it in October 2024")
R(d, "Ukraine", NOTBOUND, ABC, None, "Ukraine, which is not yet a Party", negated=True)

# ===================== 08 =====================
d = "08.txt"
ADOPT = "2021-11-26"
R(d, OECDC, "adopted", REC21, ADOPT, "The OECD Council adopted the Recommendation for Further Combating Bribery of Foreign Public Officials in International Business Transactions on 26 November 2021")
for a, q in [("Argentina", "- Argentina"), ("Brazil", "- Brazil"), ("Bulgaria", "- Bulgaria"), ("Peru", "- Peru"), ("Russian Federation", "- Russia*"),
             ("South Africa", "- South Africa")]:
    R(d, a, ENDORSED, REC21, ADOPT, q, alt=["South Africa, a Party since 2007, adhered on adoption"] if a == "South Africa" else None)
R(d, "Costa Rica", ENDORSED, REC21, ADOPT, "Costa Rica – a Member at adoption, listed above")
R(d, "Croatia", ENDORSED, REC21, "2023-05", "Croatia – with its accession to the Convention, May 2023")
R(d, "Croatia", ACCEDED, ABC, "2023-05", "Croatia – with its accession to the Convention, May 2023")
R(d, "Ukraine", ENDORSED, REC21, None, "Ukraine – request pending, expected \"within weeks\"", negated=True)
R(d, "India", ENDORSED, REC21, None, "- India", negated=True, alt=["India told the Working Group in 2023 that it was \"studying\" the Recommendation"])
R(d, "China", ENDORSED, REC21, None, "- China", negated=True)
R(d, "Indonesia", ENDORSED, REC21, None, "Indonesia – \"under review\" by the Corruption Eradication Commission, August 2024", negated=True,
  alt=["Indonesia has said it expects to adhere \"in the context of its OECD accession\""])
R(d, "Thailand", ENDORSED, REC21, None, "- Thailand", negated=True)
CALL = ("Transparency International calls on India, China and Indonesia, the largest exporters outside the Convention, to accede to the Anti-Bribery "
        "Convention and to adhere to the 2021 Recommendation")
R(d, TI, "called-for", ABC, "2024-09", CALL)
R(d, TI, "called-for", REC21, "2024-09", CALL)
RL(d, ["India", "China", "Indonesia"], NOTBOUND, ABC, None, "India, China and Indonesia, the largest exporters outside the Convention", negated=True)
R(d, "Brazil", "signed", ABC, "1997", "Brazil, which signed the Convention in 1997 and ratified it in 2000")
R(d, "Brazil", RATIFIED, ABC, "2000", "Brazil, which signed the Convention in 1997 and ratified it in 2000")
RL(d, ["China", "India"], "signed", ABC, None, "Neither China nor India has ever signed the Convention", negated=True)
R(d, "South Africa", PARTY, ABC, "2007", "South Africa, a Party since 2007")

# ===================== 09 =====================
d = "09.txt"
R(d, OASCONF, "adopted", IACAC, "1996-03-29", "on 29 March 1996, the member states of the Organization of American States adopted the Inter-American Convention against Corruption (IACAC) at a Specialized Conference in Caracas, Venezuela")
R(d, "Paraguay", RATIFIED, IACAC, "1997-01-29", "Paraguay was the first State to deposit its instrument of ratification, on 29 January 1997")
RL(d, ["Bolivia", "Peru", "Ecuador"], RATIFIED, IACAC, "1997", "followed by Bolivia, Peru and Ecuador later that year")
R(d, "Barbados", RATIFIED, IACAC, "2018-06-06", "The most recent of them, Barbados, deposited its instrument of ratification on 6 June 2018")
R(d, "Barbados", ENDORSED, DOCBA, "2018-06", "in the same month joined the Follow-up Mechanism (MESICIC)", required=False)
R(d, "Cuba", NOTBOUND, IACAC, None, "Cuba, which does not participate in the OAS, is therefore not a party", negated=True)
R(d, "Venezuela", RATIFIED, IACAC, "1997", "which ratified the Convention in 1997 and subscribed to the Document in 2001")
R(d, "Venezuela", ENDORSED, DOCBA, "2001", "which ratified the Convention in 1997 and subscribed to the Document in 2001")
R(d, "Venezuela", NOTBOUND, OASCH, None, "but denounced the OAS Charter in 2017", negated=True, required=False)
R(d, "Canada", "signed", IACAC, "1999-06-07", "Canada signed the Convention on 7 June 1999 and ratified it on 1 June 2000")
R(d, "Canada", RATIFIED, IACAC, "2000-06-01", "Canada signed the Convention on 7 June 1999 and ratified it on 1 June 2000")
R(d, "United States", "signed", IACAC, "1996-06-02", "The United States signed it on 2 June 1996, ratified it on 29 September 2000")
R(d, "United States", RATIFIED, IACAC, "2000-09-29", "The United States signed it on 2 June 1996, ratified it on 29 September 2000")
RL(d, ["Nicaragua", "Dominica"], PARTY, IACAC, None, "Nicaragua and Dominica, both parties to the Convention")

# ===================== 10 =====================
d = "10.txt"
DEP = "2025-06-05"
Q = ("Mongolia has ratified the two governance Conventions on labour inspection: the Labour Inspection Convention, 1947 (No. 81) and the Labour "
     "Inspection (Agriculture) Convention, 1969 (No. 129)")
ALTQ = ["The instruments of ratification were deposited with the ILO Director-General, Gilbert F. Houngbo, on Thursday, 5 June 2025"]
R(d, "Mongolia", RATIFIED, C81, DEP, Q, alt=ALTQ)
R(d, "Mongolia", RATIFIED, C129, DEP, Q, alt=ALTQ)
R(d, ILODG, "called-for", C81, None, "I call on all member States which have not yet done so to ratify both Conventions")
R(d, ILODG, "called-for", C129, None, "I call on all member States which have not yet done so to ratify both Conventions")
R(d, "Mongolia", NOTRATIFIED, P81, None, "Mongolia has not ratified the Protocol of 1995 to the Labour Inspection Convention, 1947", negated=True)
R(d, "Mongolia", RATIFIED, C144, "2005", "It ratified the Tripartite Consultation (International Labour Standards) Convention, 1976 (No. 144) in 2005")
R(d, "Mongolia", RATIFIED, C155, "2008", "and the Occupational Safety and Health Convention, 1981 (No. 155) in 2008")
R(d, "Kazakhstan", RATIFIED, C129, None, "Kazakhstan registered its ratification of Convention No. 129")
R(d, "Namibia", NOTRATIFIED, C81, None, "Namibia and Uzbekistan announced that their parliaments had approved the ratification of Convention No. 81", negated=True, required=False)
R(d, "Uzbekistan", NOTRATIFIED, C81, None, "Uzbekistan's instrument is expected to be deposited in July", negated=True,
  alt=["Namibia and Uzbekistan announced that their parliaments had approved the ratification of Convention No. 81"])
R(d, "China", NOTRATIFIED, C81, None, "China has ratified neither Convention No. 81 nor No. 129", negated=True)
R(d, "China", NOTRATIFIED, C129, None, "China has ratified neither Convention No. 81 nor No. 129", negated=True)
R(d, "Russian Federation", RATIFIED, C81, "1998", "the Russian Federation ratified No. 81 in 1998 but not No. 129")
R(d, "Russian Federation", NOTRATIFIED, C129, None, "the Russian Federation ratified No. 81 in 1998 but not No. 129", negated=True)

# ===================== 11 =====================
d = "11.txt"
DAY = "2025-06-10"
R(d, "Tonga", RATIFIED, C144, DAY, "Today my country deposited with the Director-General its instrument of ratification of the Tripartite Consultation (International Labour Standards) Convention, 1976 (No. 144)")
R(d, "Tonga", RATIFIED, MLC, "2020", "after the Maritime Labour Convention, 2006, which we ratified in 2020")
R(d, "Fiji", RATIFIED, C144, "2002", "Fiji ratified Convention No. 144 in 2002")
R(d, "Samoa", RATIFIED, C144, "2021", "Samoa did so in 2021")
RL(d, ["Vanuatu", "Solomon Islands"], NOTRATIFIED, C144, None, "Vanuatu and Solomon Islands have not yet ratified it", negated=True)
R(d, "Tonga", "called-for", C144, DAY, "we hope that both will follow suit", required=False)
R(d, "Tonga", NOTRATIFIED, C81, None, "Tonga has not yet ratified the Labour Inspection Convention, 1947 (No. 81)", negated=True,
  alt=["we expect to ratify Convention No. 81 next year"])
R(d, "Tonga", NOTRATIFIED, C129, None, "We are also considering whether to ratify the Labour Inspection (Agriculture) Convention, 1969 (No. 129)", negated=True)
R(d, "Tonga", SUPPORTS, FPRW, DAY, "Tonga also supports the Declaration on Fundamental Principles and Rights at Work")
R(d, "Tonga", SUPPORTS, CENT, DAY, "Tonga also supports the Declaration on Fundamental Principles and Rights at Work, as amended in 2022, and the Centenary Declaration for the Future of Work")
R(d, ILC, "adopted", CENT, "2019", "the Centenary Declaration for the Future of Work, adopted by this Conference in 2019")

# ===================== 12 =====================
d = "12.txt"
DAY = "2025-03-04"
R(d, "Nauru", "signed", MIGA, DAY, "after signing the Convention Establishing the Multilateral Investment Guarantee Agency",
  alt=["Nauru's Minister for Finance signed the Convention on behalf of his country"])
R(d, "Nauru", RATIFIED, MIGA, DAY, "depositing its instrument of ratification with the World Bank, which acts as depositary",
  alt=["deposited the instrument the same day"])
R(d, "Nauru", "party", MIGA, DAY, "The Republic of Nauru today became the 183rd member of the Multilateral Investment Guarantee Agency (MIGA)", required=False)
R(d, MIGAA, "called-for", MIGA, DAY, "We encourage the remaining World Bank members that have not yet joined MIGA to do so", required=False)
R(d, "Tuvalu", "signed", MIGA, "2024-06", "Tuvalu signed the MIGA Convention in June 2024")
R(d, "Tuvalu", NOTRATIFIED, MIGA, None, "but has not yet deposited its instrument of ratification", negated=True,
  alt=["Tuvalu is now the only Pacific Island member of the World Bank Group that is not a member of MIGA",
       "it expects to complete the process \"before the end of the year.\""])
R(d, "Somalia", RATIFIED, MIGA, "2023-01", "Somalia deposited its instrument of ratification in January 2023")
R(d, "South Sudan", JOINED, MIGA, "2013", "South Sudan joined in 2013")
R(d, "Comoros", PARTY, MIGA, "2021", "Comoros completed membership in 2021")
R(d, "Bhutan", RATIFIED, MIGA, "2022", "Bhutan, ratified the Convention in 2022")

# ===================== 13 =====================
d = "13.txt"
MEET = "2024-08"
R(d, PIFL, ADOPTED, S2050, "2022-07", "the 2050 Strategy for the Blue Pacific Continent, which they endorsed at their Special Leaders Retreat in Suva in July 2022")
R(d, PIFL, ADOPTED, S2050IP, "2023-11", "its Implementation Plan, endorsed in Rarotonga in November 2023")
R(d, PIFL, COMMITTED, S2050, MEET, "Leaders reaffirmed their commitment to the 2050 Strategy as the region's overarching blueprint")
R(d, "Kiribati", ENDORSED, S2050, "2023-02", "Kiribati had endorsed the 2050 Strategy in February 2023")
R(d, PIFL, COMMITTED, BOE, MEET, "Leaders reaffirmed the Boe Declaration on Regional Security of 2018")
R(d, PIFL, COMMITTED, BDAP, MEET, "Leaders reaffirmed the Boe Declaration on Regional Security of 2018 and the Boe Declaration Action Plan")
R(d, PIFL, "adopted", BDAP, "2019", "the Boe Declaration Action Plan, adopted in 2019", required=False)
R(d, PIFL, ENDORSED, PPI, MEET, "agreed to its endorsement in principle", required=False)
RL(d, ["Vanuatu", "Solomon Islands"], ENDORSED, PPI, None, "Vanuatu and Solomon Islands noted that they had not endorsed the Initiative", negated=True, required=False)
R(d, "Palau", ENDORSED, BDAP, "2024-05", "it had formally endorsed the Boe Declaration Action Plan in May 2024")
R(d, "Niue", ENDORSED, BDAP, None, "Niue expects to do so at the next Forum Foreign Ministers Meeting", negated=True)
R(d, PIFL, ADOPTED, KAIN, "2019-08", "the Kainaki II Declaration for Urgent Climate Change Action Now, which they adopted in Funafuti, Tuvalu, in August 2019")

# ===================== 14 =====================
d = "14.txt"
DAY = "2025-02-12"
R(d, "Portugal", RATIFIED, TROMSO, DAY, "Portugal today deposited its instrument of ratification of the Council of Europe Convention on Access to Official Documents (CETS No. 205)")
R(d, "Portugal", "signed", TROMSO, "2021", "Portugal signed the Convention in 2021")
R(d, "Ukraine", RATIFIED, TROMSO, None, "after Ukraine became the tenth State to ratify it")
R(d, "Armenia", PARTY, TROMSO, "2024-03-14", "The most recent, before today, were Armenia and Iceland, which deposited their instruments on 14 March 2024 and 3 October 2024 respectively")
R(d, "Iceland", PARTY, TROMSO, "2024-10-03", "The most recent, before today, were Armenia and Iceland, which deposited their instruments on 14 March 2024 and 3 October 2024 respectively",
  alt=["03/10/2024 – Iceland – ratification – Tromsø Convention (CETS No. 205)"])
SIG = ["Belgium", "Georgia", "North Macedonia", "Serbia", "Slovenia", "Spain"]
QS = "Six States have signed but not yet ratified the Convention: Belgium, Georgia, North Macedonia, Serbia, Slovenia and Spain"
RL(d, SIG, "signed", TROMSO, None, QS)
for a in SIG:
    R(d, a, NOTRATIFIED, TROMSO, None, QS, negated=True,
      alt={"Spain": ["Spain expects to deposit its instrument before the summer"], "Serbia": ["Serbia, by contrast, has said it has no plans to ratify in the near term"]}.get(a))
R(d, COESG, "called-for", TROMSO, DAY, "called on \"all member states, and in particular the signatories, to ratify the Convention without delay\"")
R(d, "Liechtenstein", "signed", WARSAW, "2025-02-10", "10/02/2025 – Liechtenstein – signature – Convention on Laundering, Search, Seizure and Confiscation of the Proceeds from Crime and on the Financing of Terrorism (CETS No. 198)")

# ===================== 15 =====================
d = "15.txt"
R(d, "United Kingdom", PARTY, STRAS, "1992", "the 1990 Strasbourg Convention (ETS No. 141), to which the UK has been a party since 1992")
R(d, "United Kingdom", "signed", WARSAW, "2014-04-29", "The UK signed the Warsaw Convention on 29 April 2014 but has not ratified it")
R(d, "United Kingdom", NOTRATIFIED, WARSAW, None, "The UK signed the Warsaw Convention on 29 April 2014 but has not ratified it", negated=True,
  alt=["the Government \"is considering whether to ratify\""])
PARTIES = ["Albania", "Armenia", "Azerbaijan", "Georgia", "Republic of Moldova", "Montenegro", "North Macedonia", "Serbia", "Türkiye", "Ukraine"]
RL(d, PARTIES, PARTY, WARSAW, None, "as well as Albania, Armenia, Azerbaijan, Georgia, Moldova, Montenegro, North Macedonia, Serbia, Türkiye and Ukraine")
R(d, "Czechia", NOTRATIFIED, WARSAW, None, "They include every EU member state except Czechia and Ireland", negated=True,
  alt=["Czechia signed in 2005 but has yet to ratify"])
R(d, "Czechia", "signed", WARSAW, "2005", "Czechia signed in 2005 but has yet to ratify")
R(d, "Ireland", NOTBOUND, WARSAW, None, "They include every EU member state except Czechia and Ireland", negated=True)
R(d, "Ireland", "signed", WARSAW, None, "Ireland has not signed at all", negated=True)
R(d, "European Union", "signed", WARSAW, "2009", "The European Union itself signed the Convention in 2009 but has not become a party")
R(d, "European Union", NOTBOUND, WARSAW, None, "The European Union itself signed the Convention in 2009 but has not become a party", negated=True)
R(d, "Germany", "signed", WARSAW, "2005", "Germany signed in 2005 and ratified in 2016")
R(d, "Germany", RATIFIED, WARSAW, "2016", "Germany signed in 2005 and ratified in 2016")
R(d, "Morocco", ACCEDED, WARSAW, "2024", "Morocco became the first non-member of the Council of Europe to accede, in 2024")
R(d, "Russian Federation", RATIFIED, WARSAW, "2017", "The Russian Federation ratified the Convention in 2017")
R(d, "Russian Federation", NOTBOUND, WARSAW, None, "remained a party to CETS No. 198 until it denounced it in March 2023", negated=True, required=False)
R(d, TIUK, "called-for", WARSAW, None, "Transparency International UK and Spotlight on Corruption have called on the Government to ratify the Convention")
R(d, SPOT, "called-for", WARSAW, None, "Transparency International UK and Spotlight on Corruption have called on the Government to ratify the Convention")
R(d, "United Kingdom", RATIFIED, UNCAC, "2006", "The UK is a party to the UN Convention against Corruption, which it ratified in 2006")
R(d, "United Kingdom", PARTY, PALERMO, None, "and to the Palermo Convention")

# ===================== 16 =====================
d = "16.txt"
DAY = "2024-07-31"
FAV = ["Argentina", "Canada", "Chile", "Costa Rica", "Dominican Republic", "Ecuador", "El Salvador", "Guatemala", "Guyana", "Haiti", "Jamaica",
       "Panama", "Paraguay", "Peru", "Suriname", "United States", "Uruguay"]
RL(d, FAV, "supported", VEN, DAY, "Voting in favour were Argentina, Canada, Chile, Costa Rica, the Dominican Republic, Ecuador, El Salvador, Guatemala, Guyana, Haiti, Jamaica, Panama, Paraguay, Peru, Suriname, the United States and Uruguay")
ABS = ["Antigua and Barbuda", "Bahamas", "Barbados", "Belize", "Bolivia", "Brazil", "Colombia", "Dominica", "Grenada", "Honduras", "Saint Kitts and Nevis"]
QAB = "Abstaining were Antigua and Barbuda, the Bahamas, Barbados, Belize, Bolivia, Brazil, Colombia, Dominica, Grenada, Honduras and Saint Kitts and Nevis"
for a in ABS:
    R(d, a, "supported", VEN, DAY, QAB, negated=True,
      alt={"Brazil": ["Brazil's representative said her country abstained because it preferred \"dialogue to condemnation\""],
           "Honduras": ["Honduras, which currently holds the pro tempore presidency of CELAC, said it abstained"]}.get(a))
ABSENT = ["Mexico", "Saint Lucia", "Saint Vincent and the Grenadines", "Trinidad and Tobago"]
for a in ABSENT:
    R(d, a, "supported", VEN, DAY, "Mexico, Saint Lucia, Saint Vincent and the Grenadines and Trinidad and Tobago were absent", negated=True,
      alt=["Mexico's foreign ministry said on Tuesday that Mexico would not attend the meeting"] if a == "Mexico" else None)
SPONS = ["Argentina", "Canada", "Chile", "Costa Rica", "Ecuador", "Guatemala", "Panama", "Paraguay", "Peru", "United States", "Uruguay"]
RL(d, SPONS, "co-sponsored", VEN, None, "The draft was presented by Argentina, Canada, Chile, Costa Rica, Ecuador, Guatemala, Panama, Paraguay, Peru, the United States and Uruguay")
R(d, "Venezuela", NOTBOUND, OASCH, None, "Venezuela, which denounced the OAS Charter in 2017 and left the organization in 2019", negated=True, required=False)
R(d, "Venezuela", "supported", VEN, DAY, "did not participate", negated=True, required=False)
R(d, OASPC, "adopted", HAITI, "2024-07", "the Permanent Council adopted by 24 votes a resolution on the situation in Haiti, CP/RES. 1251 (2496/24)")
RL(d, ["Dominican Republic", "Bahamas", "Canada"], "co-sponsored", HAITI, None, "which was co-sponsored by the Dominican Republic, the Bahamas and Canada")
HAB = [a for a in ABS if a != "Bolivia"]
RL(d, HAB, "supported", HAITI, "2024-07", "The same states that abstained today supported that text, apart from Bolivia")
R(d, "Bolivia", "supported", HAITI, "2024-07", "apart from Bolivia, which abstained", negated=True)

gold.finish(MIN_CHARS, MAX_CHARS)
