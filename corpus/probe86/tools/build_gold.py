#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe80/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Six documents are not .txt (three .md, three .html); gold.py's Gold.finish() checks
their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown emphasis
or an HTML entity (Markdown table rows are quoted with their cell separator, as in probe80).

Theme: parliamentary treaty scrutiny: explanatory memoranda laid before parliaments, national interest analyses, treaty
committee reports, Hansard-style debate extracts (second-reading speeches, question period, Senate estimates), written
questions and answers, parliamentary library briefings and committee reports on whether to ratify or accede, 2016-2025.
The State's own acts are its signature, ratification, accession, acceptance or approval, votes and co-sponsorship in
international bodies, endorsement of declarations and calls on other States. Everything that happens at home gives no
record: laying or tabling a treaty, a committee's recommendation or "support", parliamentary approval or concurrence, a
chamber's vote (for or against) on a ratification bill or a resolution of ratification, Royal Assent, a President's or
Cabinet's signature of an instrument that has not been deposited, implementing legislation, court rulings, observer status,
consultations. Nor do entry into force, provisional application, depositaries, venues and hosts. Planned, intended,
proposed, "has yet to", "is considering", applications to join and hedged statements are negated records without a date
(votes against and abstentions keep theirs). A call made in a dated sitting or answer takes that date; a call reported
without its own date has none. Calls by a chamber or member on its own Government are domestic; calls by named NGOs or
national bodies on their Government are kept as optional. Relative dates ("last year", "this year") resolve against the
document's date."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Iran", "Türkiye", "Viet Nam", "Republic of Korea", "Republic of Moldova", "Netherlands", "Czechia", "Lao PDR",
          "Brunei Darussalam", "Cook Islands", "State of Palestine", "China", "Cambodia", "Thailand", "Kenya", "Ghana",
          "Rwanda", "Mexico", "Chile", "Germany", "Fiji", "Samoa", "Kiribati", "Philippines", "Ecuador", "Costa Rica",
          "Egypt", "Guinea", "Venezuela", "Burundi", "Somalia", "Paraguay"),
    "Eswatini": ["Eswatini", "eSwatini", "Swaziland"],
    "Holy See": ["Holy See", "the Holy See", "Vatican"],
    "Taiwan": ["Taiwan", "Chinese Taipei"],
    "Hong Kong, China": ["Hong Kong, China", "Hong Kong"],
    "India": ["India", "Republic of India"],
    "Japan": ["Japan"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand", "Aotearoa New Zealand"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Ireland": ["Ireland"],
    "Canada": ["Canada"],
    "Israel": ["Israel", "State of Israel"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Finland": ["Finland", "Republic of Finland"],
    "Myanmar": ["Myanmar", "Burma"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for
COEM = ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"]


# ===================== 01 (UK Explanatory Memorandum laid under CRaG, BBNJ Agreement, 4 September 2025) =====================
d = "01.txt"
D = "2025-09-04"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "BBNJ"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "United Nations Convention on the Law of the Sea 1982"])
PXI = ("Agreement relating to the Implementation of Part XI of UNCLOS", ["1994 Agreement relating to the Implementation of Part XI", "Part XI Agreement"])
FSA = ("United Nations Fish Stocks Agreement", ["1995 United Nations Fish Stocks Agreement", "UN Fish Stocks Agreement"])
GBF = ("Kunming-Montreal Global Biodiversity Framework", ["Global Biodiversity Framework", "GBF"])
# Resolution 72/249 only convened the conference: no adoption stated.
R(d, ["Intergovernmental Conference", "intergovernmental conference"], "adopted", BBNJ, "2023-06-19",
  "was adopted by the Intergovernmental Conference convened under General Assembly resolution 72/249 on 19 June 2023", required=False)
R(d, "European Union", "signed", BBNJ, "2023-09-20", "was signed on that day by a large number of States and by the European Union")
R(d, "United Kingdom", "signed", BBNJ, "2023-09-20", "The United Kingdom signed the Agreement on 20 September 2023.")
R(d, "United Kingdom", ACCEDED, UNCLOS, "1997-07-25", "The United Kingdom acceded to UNCLOS on 25 July 1997")
Q = ("is a Party to both of the earlier implementing agreements: the 1994 Agreement relating to the Implementation of Part XI of UNCLOS "
     "and the 1995 United Nations Fish Stocks Agreement")
R(d, "United Kingdom", PARTY, PXI, None, Q)
R(d, "United Kingdom", PARTY, FSA, None, Q)
# "is committed to" the Framework: a stated commitment, undated.
R(d, "United Kingdom", COMMITTED, GBF, None, "The United Kingdom is committed to the Kunming-Montreal Global Biodiversity Framework")
# "committed ... to ratify": the ratification is still to come (negated); the pledge itself is optional.
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "The Government committed in July 2024 to ratify the Agreement", negated=True,
  alt=["The Government intends to deposit the United Kingdom's instrument of ratification once the Bill has received Royal Assent"])
R(d, "United Kingdom", "committed", BBNJ, "2024-07", "The Government committed in July 2024 to ratify the Agreement", required=False)
# The Bill (introduced 4 September 2025), Royal Assent, secondary legislation, the 21 sitting days: domestic.
R(d, "United Kingdom", NOTBOUND, BBNJ, None, "aims for the United Kingdom to attend it as a Party", negated=True, required=False)
# Entry into force (Article 68), "52 instruments" (unnamed), the Secretary-General as depositary: nothing.
RL(d, ["Palau", "Chile"], RATIFIED, BBNJ, "2024-01", "Palau and Chile were the first States to ratify, in January 2024.")
RL(d, ["Belize", "Seychelles", "Monaco", "Mauritius", "Cuba", "Timor-Leste"], RATIFIED, BBNJ, "2024",
   "They were followed in 2024 by, among others, Belize, Seychelles, Monaco, Mauritius, Cuba and Timor-Leste.")
R(d, "European Union", ACCEPTED, BBNJ, "2025-05", "The European Union deposited its instrument of approval in May 2025")
RL(d, ["France", "Spain"], RATIFIED, BBNJ, "2025-05", "as did France and Spain their instruments of ratification")
# The Nice conference "hosted by France and Costa Rica" and its unnamed "further group of instruments": nothing.
RL(d, ["China", "Norway"], "signed", BBNJ, "2023-09-20", "China and Norway signed on the opening day")
R(d, "India", "signed", BBNJ, "2024-09", "India signed in September 2024")
R(d, "United States", "signed", BBNJ, "2023-09-20", "The United States signed on 20 September 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "has not transmitted the Agreement to the Senate, and US ratification is not expected in the near term", negated=True)
R(d, "United Kingdom", "called-for", BBNJ, D,
  "The United Kingdom continues to urge all States that have not yet done so to sign and ratify the Agreement without delay")
# The Article 60 declaration, the consultation of the Overseas Territories, the budget contribution: nothing.

# ===================== 02 (Australian National Interest Analysis, Minamata Convention, tabled 16 March 2021) =====================
d = "02.txt"
D = "2021-03-16"
MIN = ("Minamata Convention on Mercury", ["Minamata Convention"])
BASEL = ("Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal", ["Basel Convention"])
STOCK = ("Stockholm Convention on Persistent Organic Pollutants", ["Stockholm Convention"])
ROTT = ("Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade",
        ["Rotterdam Convention"])
R(d, "Australia", "signed", MIN, "2013-10-10", "Australia signed the Convention at the Conference of Plenipotentiaries in Kumamoto on 10 October 2013")
R(d, "European Union", "signed", MIN, "2013-10-10", "together with 91 other States and the European Union")
# "The proposed treaty action is ratification": the NIA proposes it; nothing is done yet.
R(d, "Australia", NOTRATIFIED, MIN, None, "The proposed treaty action is ratification of the Minamata Convention on Mercury", negated=True,
  alt=["It is proposed that Australia deposit its instrument of ratification as soon as practicable",
       "Australia is one of a small number of OECD members that have signed but not yet ratified the Convention."])
# Entry into force (16 August 2017) and for Australia, JSCOT's report, observer at the COP, the INC's agreement of the text: nothing.
R(d, ["Conference of Plenipotentiaries"], "adopted", MIN, "2013-10-10", "was formally adopted by the Conference of Plenipotentiaries on 10 October 2013", required=False)
R(d, "United States", ACCEPTED, MIN, "2013-11", "The United States was the first to join, depositing an instrument of acceptance in November 2013.")
# Hosting the conference is no act; the acceptance is.
R(d, "Japan", ACCEPTED, MIN, "2016-02", "Japan, which hosted the Conference of Plenipotentiaries, accepted the Convention in February 2016.")
RL(d, ["China", "Republic of Korea", "Indonesia", "Singapore", "India", "Canada", "European Union"], PARTY, MIN, None,
   "The Parties also include most of Australia's major trading partners and neighbours in the region: China, the Republic of Korea, Indonesia, Singapore, India and Canada, as well as the European Union and 26 of its Member States.")
R(d, "Australia", ACCEDED, BASEL, "1992", "the Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal, which Australia acceded to in 1992")
R(d, "Australia", RATIFIED, STOCK, "2004", "the Stockholm Convention on Persistent Organic Pollutants, ratified in 2004")
R(d, "Australia", RATIFIED, ROTT, "2004",
  "the Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade, also ratified in 2004")
# "a small number of OECD members": unnamed. New Zealand's signature was the Kumamoto signing of 10 October 2013.
R(d, "New Zealand", "signed", MIN, "2013-10-10", "New Zealand, which also signed in Kumamoto")
R(d, "New Zealand", NOTRATIFIED, MIN, None, "New Zealand, which also signed in Kumamoto, has not yet ratified it either", negated=True)
# The Industrial Chemicals Act, Customs regulations, State legislation, withdrawal clause, amendments: nothing.

# ===================== 03.md (parliamentary library research briefing, CoE Framework Convention on AI, 18 March 2025) =====================
d = "03.md"
D = "2025-03-18"
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "Framework Convention", "CETS No. 225", "AI Convention"])
BLETCH = ("Bletchley Declaration", ["Bletchley Declaration on AI safety"])
SEOUL = ("Seoul Declaration for safe, innovative and inclusive AI", ["Seoul Declaration"])
PARIS = ("Statement on Inclusive and Sustainable Artificial Intelligence for People and the Planet", ["Paris AI Action Summit statement", "Paris declaration"])
R78265 = ("resolution 78/265", ["General Assembly resolution 78/265",
                                "Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development"])
R(d, "United Kingdom", "signed", AIC, "2024-09-05", "The UK signed it on the day it opened for signature, 5 September 2024.",
  alt=["United Kingdom | 5 September 2024", "The Lord Chancellor, Shabana Mahmood, signed on behalf of the UK."])
# Not laid under CRaG (domestic); no timetable: not ratified.
R(d, "United Kingdom", NOTRATIFIED, AIC, None, "the Government has not set out a timetable for ratification", negated=True,
  alt=["will consider the steps necessary to ratify the Convention, including any legislation that may be needed"])
# Observer States in the negotiations: no act.
R(d, COEM, ADOPTED, AIC, "2024-05-17", "The Committee of Ministers of the Council of Europe adopted the Convention on 17 May 2024")
# The signatories' table (the UK's row is an alt of its record above).
for a, row in [("Andorra", "Andorra"), ("Georgia", "Georgia"), ("Iceland", "Iceland"), ("Norway", "Norway"),
               ("Republic of Moldova", "Republic of Moldova"), ("San Marino", "San Marino"), ("Israel", "Israel"),
               ("United States", "United States"), ("European Union", "European Union")]:
    R(d, a, "signed", AIC, "2024-09-05", f"{row} | 5 September 2024", alt=["The following signed the Convention in Vilnius on 5 September 2024:"])
RL(d, ["Montenegro", "Japan", "Canada", "Switzerland"], "signed", AIC, None, "Since then, Montenegro, Japan, Canada and Switzerland have also signed.")
# "No State has yet ratified": unnamed; entry into force: nothing.
R(d, "United States", NOTRATIFIED, AIC, None, "It is not clear whether the current Administration intends to seek the Senate's advice and consent", negated=True,
  alt=["commentators think US ratification unlikely"])
R(d, "European Union", NOTBOUND, AIC, None, "the EU is not expected to become a Party before the main obligations of its own AI Act apply", negated=True)
# The AI Act (Regulation (EU) 2024/1689): EU legislation, nothing. The Select Committee's recommendation: domestic.
RL(d, ["United Kingdom", "United States", "China", "India", "Japan", "Brazil", "Kenya", "Saudi Arabia", "Nigeria", "European Union"],
   SIGNED_DECL, BLETCH, "2023-11-01",
   "It was signed by 28 countries and the European Union, among them the UK, the United States, China, India, Japan, Brazil, Kenya, Saudi Arabia and Nigeria.")
# Hosting the summits: no act.
RL(d, ["United Kingdom", "European Union"], ENDORSED, SEOUL, "2024-05-21",
   "which the UK endorsed with nine other countries and the EU at the AI Seoul Summit on 21 May 2024")
RL(d, ["United Kingdom", "United States"], SIGNED_DECL, PARIS, None, "the UK and the United States declined to sign", negated=True)
RL(d, ["China", "India"], SIGNED_DECL, PARIS, "2025-02", "China and India were among the 58 signatories.")
R(d, "United Kingdom", "co-sponsored", R78265, None, "the UK co-sponsored General Assembly resolution 78/265")
# "tabled by" = the main sponsor.
R(d, "United States", "co-sponsored", R78265, None, "The resolution was tabled by the United States")
R(d, GA, "adopted", R78265, "2024-03-21", "adopted by the General Assembly without a vote on 21 March 2024")

# ===================== 04.html (Dáil Éireann private members' motion, CRPD Optional Protocol, 15 May 2024) =====================
d = "04.html"
D = "2024-05-15"
CRPD = ("Convention on the Rights of Persons with Disabilities", ["UN Convention on the Rights of Persons with Disabilities", "CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities",
          ["Optional Protocol to the UN Convention on the Rights of Persons with Disabilities", "Optional Protocol to the CRPD", "OP-CRPD"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
IST = ("Istanbul Convention", ["Council of Europe Convention on preventing and combating violence against women and domestic violence"])
Q = "Ireland signed the UN Convention on the Rights of Persons with Disabilities and its Optional Protocol on 30 March 2007"
R(d, "Ireland", "signed", CRPD, "2007-03-30", Q)
R(d, "Ireland", "signed", OPCRPD, "2007-03-30", Q)
R(d, "Ireland", RATIFIED, CRPD, "2018-03-20", "Ireland ratified the Convention on 20 March 2018")
# Reported, then denied; the Government "intends to ratify": not done.
R(d, "Ireland", NOTRATIFIED, OPCRPD, None, "the Optional Protocol has still not been ratified, six years later", negated=True,
  alt=["The Government intends to ratify once that dialogue has concluded.",
       "There were reports last month that the Government would ratify before the summer recess."])
R(d, "Ireland", "committed", OPCRPD, None, "the Government is committed to ratifying the Optional Protocol", required=False)
# The motion's call on the Government, the amendment and the division (Tá 74, Níl 61): domestic. The 2015 and 2016 Acts: domestic.
Q = "the United Kingdom, ratified both the Convention and the Optional Protocol in 2009"
R(d, "United Kingdom", RATIFIED, CRPD, "2009", Q)
R(d, "United Kingdom", RATIFIED, OPCRPD, "2009", Q)
R(d, "European Union", ACCEPTED, CRPD, "2010-12", "The European Union itself concluded the Convention in December 2010")
R(d, "European Union", ["acceded", "party", "ratified"], OPCRPD, None, "it has not acceded to the Optional Protocol", negated=True)
R(d, "Ireland", "signed", OPCAT, "2007", "Ireland signed the Optional Protocol to the Convention against Torture in 2007")
R(d, "Ireland", NOTRATIFIED, OPCAT, None, "it has yet to ratify that one either", negated=True)
R(d, "Ireland", RATIFIED, IST, "2019-03", "Ireland ratified the Istanbul Convention in March 2019")
OP3 = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
       ["OP3-CRC", "Third Optional Protocol to the Convention on the Rights of the Child"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR"])
R(d, "Ireland", RATIFIED, OP3, "2014-09",
  "Ireland ratified the Optional Protocol to the Convention on the Rights of the Child on a communications procedure in September 2014.")
R(d, "Ireland", "signed", OPICESCR, "2012",
  "it signed the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights in 2012")
R(d, "Ireland", NOTRATIFIED, OPICESCR, None, "has not ratified that either", negated=True)

# ===================== 05 (NZ select committee international treaty examination, TPNW, July 2018) =====================
d = "05.txt"
D = "2018-07"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
R71258 = ("resolution 71/258", ["General Assembly resolution 71/258"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
RAROT = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "Rarotonga Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
# The committee's recommendation that the House take note: domestic.
R(d, GA, "adopted", R71258, "2016-12-23", "which the General Assembly adopted on 23 December 2016")
R(d, "New Zealand", "co-sponsored", R71258, None, "New Zealand co-sponsored that resolution.")
R(d, ["United Nations conference", "UN conference", "the conference"], "adopted", TPNW, "2017-07-07", "The conference adopted the treaty on 7 July 2017", required=False)
R(d, "New Zealand", "supported", TPNW, "2017-07-07", "New Zealand voted in favour")
R(d, "New Zealand", "welcomed", TPNW, "2017-07-07", "the Minister of Foreign Affairs welcomed the treaty's adoption", required=False)
R(d, "Netherlands", "supported", TPNW, "2017-07-07",
  "The Netherlands, the only member of the North Atlantic Treaty Organization to take part in the negotiations, voted against", negated=True)
R(d, "Singapore", "supported", TPNW, "2017-07-07", "Singapore abstained", negated=True)
# Not taking part in the vote = a negated vote, dated.
RL(d, ["Australia", "Japan"], "supported", TPNW, "2017-07-07", "Australia and Japan did not take part in the negotiations or the vote.", negated=True)
Q = "their countries \"do not intend to sign, ratify or ever become party to it\""
RL(d, ["United States", "United Kingdom", "France"], "signed", TPNW, None, Q, negated=True)
RL(d, ["United States", "United Kingdom", "France"], NOTRATIFIED, TPNW, None, Q, negated=True)
R(d, "New Zealand", "signed", TPNW, "2017-09-20", "New Zealand signed it on that day")
R(d, "New Zealand", NOTRATIFIED, TPNW, None, "proposes that New Zealand ratify the treaty", negated=True,
  alt=["The Government intends to deposit New Zealand's instrument of ratification as soon as the treaty examination process is complete."])
# The 1987 Act: domestic.
R(d, "New Zealand", RATIFIED, NPT, "1969", "New Zealand ratified the Treaty on the Non-Proliferation of Nuclear Weapons in 1969")
R(d, "New Zealand", RATIFIED, RAROT, "1986", "the South Pacific Nuclear Free Zone Treaty (Treaty of Rarotonga) in 1986")
R(d, "New Zealand", RATIFIED, CTBT, "1999", "the Comprehensive Nuclear-Test-Ban Treaty in 1999")
# Entry into force; "59 States had signed": unnamed. The ratifications are a list over line breaks.
QL = ("the following 12 had ratified it: - Austria - Costa Rica - Cuba - Guyana - the Holy See - Mexico - Nicaragua - Palau - Palestine "
      "- Thailand - Venezuela - Viet Nam.")
RL(d, ["Austria", "Costa Rica", "Cuba", "Mexico", "Nicaragua", "State of Palestine", "Venezuela", "Viet Nam"], RATIFIED, TPNW, None, QL)
R(d, "Palau", RATIFIED, TPNW, None, QL, alt=["Palau has ratified"])
RL(d, ["Guyana", "Holy See", "Thailand"], RATIFIED, TPNW, "2017-09-20", "Guyana, the Holy See and Thailand ratified on 20 September 2017", alt=[QL])
RL(d, ["Fiji", "Kiribati", "Samoa", "Tuvalu", "Vanuatu"], "signed", TPNW, None, "Fiji, Kiribati, Samoa, Tuvalu and Vanuatu have signed")
R(d, "Cook Islands", ["acceded", "party", "ratified"], TPNW, None, "has indicated that it intends to accede", negated=True)
R(d, "Australia", "signed", TPNW, None, "Australia has not signed the treaty.", negated=True,
  alt=["The Australian Government has said that it does not intend to do so"])
# Submissions: the NGO's call on its own Government is optional; the NIA's "will continue to encourage" is a stated intention.
R(d, ["ICAN Aotearoa New Zealand", "ICAN"], "called-for", TPNW, None, "ICAN Aotearoa New Zealand urged the Government to ratify the treaty promptly", required=False)
R(d, "New Zealand", "called-for", TPNW, None, "New Zealand \"will continue to encourage universal adherence to the treaty\"", required=False)
# "consistently voted in favour of nuclear disarmament resolutions": no instrument named. Five Eyes: nothing.

# ===================== 06.html (Senate of Canada debates, question period, OPCAT and UNDRIP, 22 June 2023) =====================
d = "06.html"
D = "2023-06-22"
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT", "Optional Protocol to the Convention Against Torture"])
CAT = ("Convention against Torture", ["UN Convention against Torture"])
UNDRIP = ("United Nations Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "UN Declaration on the Rights of Indigenous Peoples"])
R(d, "Canada", ["acceded", "party", "ratified"], OPCAT, None,
  "Canada would begin the process to accede to the Optional Protocol to the Convention against Torture", negated=True,
  alt=["Canada has still not acceded", "Canada has not deposited an instrument, and no decision to do so has been taken."])
R(d, "Canada", "committed", OPCAT, None, "The Government of Canada remains committed to acceding to the Optional Protocol.", required=False)
# Designating national preventive mechanisms, discussions with provinces: domestic. The press report: denied.
R(d, "United Kingdom", RATIFIED, OPCAT, "2003", "The United Kingdom ratified the protocol in 2003")
R(d, "New Zealand", RATIFIED, OPCAT, "2007", "New Zealand in 2007")
R(d, "Australia", RATIFIED, OPCAT, "2017-12", "Australia in December 2017")
R(d, "Canada", RATIFIED, CAT, "1987", "Canada ratified the Convention against Torture itself in 1987.")
# The action plan under the UNDRIP Act and the Act (Royal Assent 21 June 2021): domestic.
R(d, GA, "adopted", UNDRIP, "2007-09-13", "When the General Assembly adopted the declaration on September 13, 2007")
RL(d, ["Canada", "Australia", "New Zealand", "United States"], "supported", UNDRIP, "2007-09-13",
   "Canada voted against it, along with Australia, New Zealand and the United States.", negated=True)
R(d, "Canada", ENDORSED, UNDRIP, "2016-05-10", "Canada endorsed the declaration without qualification on May 10, 2016",
  alt=["after a qualified endorsement in 2010", "Canada is a full supporter of the declaration"])
R(d, "Canada", COMMITTED, UNDRIP, None, "is committed to implementing it in partnership with First Nations, Inuit and Métis")
# "The other three countries that voted against in 2007": resolved to the three named before.
RL(d, ["Australia", "New Zealand", "United States"], ENDORSED, UNDRIP, None,
   "The other three countries that voted against in 2007 have all since reversed their position and endorsed the declaration.", required=False)

# ===================== 07 (Philippine Senate sponsorship speech, concurrence in RCEP, 13 February 2023) =====================
d = "07.txt"
D = "2023-02-13"
RCEP = ("Regional Comprehensive Economic Partnership Agreement", ["RCEP Agreement", "RCEP", "Regional Comprehensive Economic Partnership (RCEP) Agreement"])
ATIGA = ("ASEAN Trade in Goods Agreement", ["ATIGA"])
PJEPA = ("Philippines-Japan Economic Partnership Agreement", ["PJEPA"])
# Senate concurrence (Section 21, Article VII), the committee report and the sponsorship: domestic. Viet Nam hosting: no act.
RL(d, ["Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Myanmar", "Philippines", "Singapore", "Thailand", "Viet Nam"],
   "signed", RCEP, "2020-11-15",
   "by the ten ASEAN Member States, namely Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Viet Nam")
RL(d, ["Australia", "China", "Japan", "Republic of Korea", "New Zealand"], "signed", RCEP, "2020-11-15",
   "and by five of ASEAN's free trade partners: Australia, China, Japan, the Republic of Korea and New Zealand")
R(d, "India", "signed", RCEP, None, "withdrew in November 2019 and did not sign", negated=True)
R(d, "India", ["acceded", "party", "ratified"], RCEP, None, "New Delhi has given no indication that it intends to do so", negated=True, required=False)
R(d, "Singapore", RATIFIED, RCEP, "2021-04", "Singapore was the first to deposit its instrument of ratification, in April 2021.")
RL(d, ["China", "Japan", "Thailand", "Brunei Darussalam", "Cambodia", "Lao PDR", "Viet Nam", "Australia", "New Zealand"], RATIFIED, RCEP, "2021",
   "It was followed that same year by China, Japan, Thailand, Brunei Darussalam, Cambodia, Lao PDR, Viet Nam, Australia and New Zealand")
# Entry into force on 1 January 2022: nothing.
R(d, "Republic of Korea", RATIFIED, RCEP, "2021-12", "The Republic of Korea ratified in December 2021")
R(d, "Malaysia", RATIFIED, RCEP, "2022-01", "Malaysia in January 2022")
R(d, "Indonesia", RATIFIED, RCEP, "2022-11", "Indonesia in November 2022")
# An instrument of unstated kind whose validity is contested: optional.
R(d, "Myanmar", ["ratified", "party", "acceded"], RCEP, "2021", "Myanmar deposited an instrument in 2021", required=False)
R(d, "Philippines", NOTRATIFIED, RCEP, None,
  "That leaves the Philippines as the only original signatory, apart from Myanmar, that has not yet ratified the Agreement.", negated=True,
  alt=["the Philippines intends to deposit its instrument of ratification within the first half of this year"])
# The former President's signature of an instrument of ratification that was never deposited, and the re-transmittal: domestic.
R(d, "Philippines", PARTY, ATIGA, None, "We are already party to the ASEAN Trade in Goods Agreement")
# "the ASEAN free trade agreements with all five of the RCEP dialogue partners": no instrument named.
# PJEPA: the Senate's concurrence is domestic; "in force" for the Philippines implies it is bound (optional).
R(d, "Philippines", PARTY, PJEPA, None, "remains our only bilateral free trade agreement in force with a major economy", required=False)
R(d, "Hong Kong, China", ["acceded", "party", "ratified"], RCEP, None, "Hong Kong, China formally applied to accede to the RCEP in January 2022", negated=True)
R(d, "Sri Lanka", ["acceded", "party", "ratified"], RCEP, None, "Sri Lanka has expressed interest", negated=True, required=False)
# "The Executive branch has also committed to a support package under Executive Order No. 1": domestic.

# ===================== 08.md (European Parliament "At a glance" briefing, EU accession to the Istanbul Convention, 8 May 2023) =====================
d = "08.md"
D = "2023-05-08"
IST = ("Istanbul Convention", ["Council of Europe Convention on preventing and combating violence against women and domestic violence"])
R(d, "European Union", "signed", IST, "2017-06-13", "The EU signed the Istanbul Convention.",
  alt=["Six years after the European Union signed the Council of Europe Convention on preventing and combating violence against women and domestic violence"])
# Parliament's consent, the Council's decisions on signature and conclusion: EU-internal steps; the conclusion is still to come.
R(d, "European Union", NOTBOUND, IST, None,
  "Consent is the last step before the Council can adopt the two decisions concluding the Convention on behalf of the Union.", negated=True,
  alt=["the EU would then deposit its instrument of approval"])
R(d, COEM, ADOPTED, IST, "2011-04-07", "The Istanbul Convention was adopted by the Council of Europe Committee of Ministers on 7 April 2011")
# Opening for signature in Istanbul, entry into force: nothing.
R(d, "Türkiye", RATIFIED, IST, "2012-03-14", "Turkey was the first country to ratify the Convention, on 14 March 2012.")
R(d, "Türkiye", NOTBOUND, IST, None, "Turkey is therefore no longer a party.", negated=True, alt=["it announced its withdrawal, which took effect on 1 July 2021"])
# The Commission's proposal and Opinion 1/19 of the Court of Justice: nothing.
R(d, ["European Parliament"], "called-for", IST, "2019-11-28", "urged the Member States that have not yet ratified the Convention to do so without delay")
R(d, ["Secretary General of the Council of Europe", "Council of Europe Secretary General", "Council of Europe"], "called-for", IST, "2023-03-08",
  "the Secretary General of the Council of Europe also called on all member States that have not ratified the Convention to do so")
# "All 27 Member States have signed", "21 have ratified": unnamed.
RL(d, ["Bulgaria", "Czechia", "Hungary", "Latvia", "Lithuania", "Slovakia"], NOTRATIFIED, IST, None,
   "The six that have not ratified are Bulgaria, Czechia, Hungary, Latvia, Lithuania and Slovakia.", negated=True)
# Bulgaria's Constitutional Court, Slovakia's National Council vote, Hungary's National Assembly declaration: domestic.
R(d, "Ukraine", RATIFIED, IST, "2022-07", "Ukraine ratified the Convention in July 2022")
R(d, "Republic of Moldova", RATIFIED, IST, "2022-01", "the Republic of Moldova did so in January 2022")
R(d, "United Kingdom", "signed", IST, "2012", "The United Kingdom, which signed in 2012")
R(d, "United Kingdom", RATIFIED, IST, "2022-07", "The United Kingdom, which signed in 2012, ratified in July 2022.")
# The committees' recommendation (15 February 2023) is an EP-internal step; its call on the six is kept as optional.
R(d, ["FEMM and LIBE committees", "FEMM committee", "LIBE committee"], "called-for", IST, "2023-02-15",
  "calls on the six remaining Member States to ratify", required=False)
# The proposed directive: EU legislation.

# ===================== 09 (South African Parliament committee report in the ATC, AfCFTA, 28 November 2018) =====================
d = "09.txt"
D = "2018-11-28"
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "African Continental Free Trade Area Agreement"])
TFTA = ("Agreement establishing the COMESA-EAC-SADC Tripartite Free Trade Area", ["Tripartite Free Trade Area Agreement", "Tripartite Agreement", "TFTA"])
SADCT = ("SADC Protocol on Trade", ["Protocol on Trade"])
A2063 = ("Agenda 2063", ["AU Agenda 2063", "Agenda 2063: The Africa We Want"])
AUA = ["African Union Assembly", "Assembly of Heads of State and Government of the African Union", "Assembly of the African Union", "African Union"]
# Parliamentary approval under section 231(2), the referral, hearings, the recommendation, the parties' positions: domestic.
R(d, AUA, "adopted", AFCFTA, "2018-03-21",
  "was adopted by the Assembly of Heads of State and Government of the African Union at its 10th Extraordinary Session in Kigali, Rwanda, on 21 March 2018")
# "signed by 44 Member States": unnamed. South Africa did not sign in Kigali but signed later: the negated record is optional.
R(d, "South Africa", "signed", AFCFTA, None, "South Africa was not among them", negated=True, required=False)
RL(d, ["South Africa", "Burundi", "Lesotho", "Namibia", "Sierra Leone"], "signed", AFCFTA, "2018-07-01",
   "South Africa signed the Agreement on 1 July 2018, on the margins of the 31st Ordinary Session of the Assembly in Nouakchott, Mauritania, together with Burundi, Lesotho, Namibia and Sierra Leone.")
R(d, AUA, "called-for", AFCFTA, "2018-07",
  "In its decision at Nouakchott the Assembly called on all Member States that had not yet done so to sign and ratify the Agreement.")
RL(d, ["Nigeria", "Botswana"], "signed", AFCFTA, None, "Nigeria and Botswana had not signed.", negated=True)
RL(d, ["Kenya", "Ghana"], RATIFIED, AFCFTA, "2018-05-10", "by Kenya and Ghana, the first two to do so, on 10 May 2018")
RL(d, ["Rwanda", "Niger", "Chad", "Eswatini", "Guinea"], RATIFIED, AFCFTA, None, "and thereafter by Rwanda, Niger, Chad, eSwatini and Guinea")
# The AU Commission Chairperson as depositary, entry into force (Article 23): nothing.
R(d, "South Africa", PARTY, SADCT, None, "South Africa is a party to the SADC Protocol on Trade")
# The SACU Agreement "governs its customs union": no act stated.
R(d, "South Africa", "signed", TFTA, "2017-07", "South Africa signed the Agreement establishing the COMESA-EAC-SADC Tripartite Free Trade Area in July 2017")
R(d, "South Africa", NOTRATIFIED, TFTA, None, "but has not yet ratified it", negated=True,
  alt=["The Department indicated that the Tripartite Agreement would be brought to Parliament in 2019."])
R(d, "South Africa", COMMITTED, A2063, None, "Agenda 2063, to which South Africa is committed")
R(d, "South Africa", NOTRATIFIED, AFCFTA, None, "the Minister intends to deposit South Africa's instrument of ratification", negated=True)
# Phase II protocols "yet to be negotiated": no actor.

# ===================== 10 (UK written questions and answers, compiled extract, November 2024 to February 2025) =====================
d = "10.txt"
D = "2025-02-14"
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Convention on Enforced Disappearance"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
OP3 = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
       ["Optional Protocol on a communications procedure", "OP3-CRC", "Third Optional Protocol to the Convention on the Rights of the Child"])
CRC = ("Convention on the Rights of the Child", ["CRC", "UN Convention on the Rights of the Child"])
CRCOPS = ("first two Optional Protocols to the Convention on the Rights of the Child", ["Optional Protocols to the Convention on the Rights of the Child"])
C190 = ("ILO Violence and Harassment Convention, 2019 (No. 190)", ["ILO Convention 190", "C190", "Violence and Harassment Convention"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute"])
KAMPALA = ("amendments to the Rome Statute on the crime of aggression", ["Kampala amendments", "Kampala amendments on the crime of aggression"])
UNCC = ("United Nations Convention against Cybercrime", ["UN Convention against Cybercrime", "Cybercrime Convention"])
BUD = ("Council of Europe Convention on Cybercrime", ["Budapest Convention", "Convention on Cybercrime"])
BUD2 = ("Second Additional Protocol to the Convention on Cybercrime", ["Second Additional Protocol", "Second Additional Protocol to the Budapest Convention"])
ECAT = ("Council of Europe Convention on Action against Trafficking in Human Beings", ["Trafficking Convention", "ECAT"])
# The questions themselves ("whether they plan to sign") are no statements; the answers are.
R(d, "United Kingdom", "signed", ICPPED, None,
  "The UK has no current plans to sign the International Convention for the Protection of All Persons from Enforced Disappearance.", negated=True)
Q = "The UK has not signed the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights and has no plans to do so."
R(d, "United Kingdom", "signed", OPICESCR, None, Q, negated=True)
R(d, "United Kingdom", NOTRATIFIED, OPICESCR, None, Q, negated=True, required=False)
R(d, "United Kingdom", RATIFIED, ICESCR, "1976", "The UK ratified the Covenant itself in 1976")
Q = ("The Government is not persuaded of the practical benefits of the Optional Protocol on a communications procedure and has no plans to sign "
     "or ratify it.")
R(d, "United Kingdom", "signed", OP3, None, Q, negated=True)
R(d, "United Kingdom", NOTRATIFIED, OP3, None, Q, negated=True)
R(d, "United Kingdom", RATIFIED, CRC, "1991", "The UK is a party to the Convention on the Rights of the Child, which it ratified in 1991")
# Two unnamed protocols: one optional record.
R(d, "United Kingdom", PARTY, CRCOPS, None, "and to its first two Optional Protocols", required=False)
R(d, "United Kingdom", RATIFIED, C190, "2022-03-07", "The UK ratified the ILO Violence and Harassment Convention, 2019 (No. 190) on 7 March 2022")
# Entry into force for the UK; the Worker Protection Act 2023: nothing.
R(d, "United Kingdom", RATIFIED, ROME, "2001", "The UK ratified the Rome Statute in 2001")
# "a strong supporter of the International Criminal Court": an institution, not an instrument.
R(d, "United Kingdom", NOTRATIFIED, KAMPALA, None,
  "The UK has not ratified the Kampala amendments on the crime of aggression and does not intend to do so at this time.", negated=True)
R(d, GA, "adopted", UNCC, "2024-12-24", "The United Nations General Assembly adopted the United Nations Convention against Cybercrime on 24 December 2024 without a vote.")
# Joining a consensus is backing without a vote: optional.
R(d, "United Kingdom", "supported", UNCC, "2024-12-24", "The UK joined the consensus on its adoption", required=False)
R(d, "United Kingdom", "signed", UNCC, None,
  "is now considering whether to sign the Convention when it opens for signature in Hanoi later this year", negated=True)
R(d, "United Kingdom", RATIFIED, BUD, "2011", "The UK is a party to the Council of Europe Convention on Cybercrime (the Budapest Convention), which it ratified in 2011")
R(d, "United Kingdom", "signed", BUD2, "2022", "signed its Second Additional Protocol in 2022")
R(d, "United Kingdom", RATIFIED, ECAT, "2008-12", "The UK ratified the Council of Europe Convention on Action against Trafficking in Human Beings in December 2008.")
# "All 46 Council of Europe member States are now parties": unnamed. The call is dated by its answer (10 February 2025).
R(d, "United Kingdom", "called-for", ECAT, "2025-02-10", "The UK encourages non-member States, which may also accede, to join the Convention")

# ===================== 11 (House of Commons Hansard, second reading of the Trade (CPTPP) Bill, 21 November 2023) =====================
d = "11.txt"
D = "2023-11-21"
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
UKAP = ("Protocol on the Accession of the United Kingdom to the CPTPP",
        ["accession protocol", "protocol on the accession of the United Kingdom to the CPTPP", "UK Accession Protocol"])
C98 = ("ILO Convention 98", ["Right to Organise and Collective Bargaining Convention", "C98"])
C87 = ("ILO Convention 87", ["Freedom of Association and Protection of the Right to Organise Convention", "C87"])
P29 = ("2014 Protocol to the Forced Labour Convention", ["Protocol of 2014 to the Forced Labour Convention", "P029"])
# "16 July" of this year (2023), from the sitting date and "31 March this year".
R(d, "United Kingdom", "signed", UKAP, "2023-07-16",
  "my right hon. Friend the Secretary of State for Business and Trade signed the protocol on the accession of the United Kingdom to the CPTPP")
RL(d, ["Australia", "Brunei Darussalam", "Canada", "Chile", "Japan", "Malaysia", "Mexico", "New Zealand", "Peru", "Singapore", "Viet Nam"],
   "signed", UKAP, "2023-07-16",
   "It was signed on the same day by ministers of all 11 parties: Australia, Brunei, Canada, Chile, Japan, Malaysia, Mexico, New Zealand, Peru, Singapore and Vietnam.")
# Applying and "when we accede" / "will be its first new member": the accession is still to come.
R(d, "United Kingdom", ["acceded", "party", "ratified"], CPTPP, None,
  "when we accede to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership", negated=True,
  alt=["The UK applied to join on 1 February 2021", "the UK will be its first new member"])
# Laying under CRaG, the 21 sitting days, the Lords committee's report, Royal Assent: domestic.
R(d, "United Kingdom", NOTRATIFIED, UKAP, None, "The UK will ratify the accession protocol once this Bill has received Royal Assent", negated=True)
# Entry into force rules: nothing. "well advanced in their own ratification processes": hedged.
RL(d, ["Japan", "Singapore"], NOTRATIFIED, UKAP, None,
   "Several parties, including Japan and Singapore, are already well advanced in their own ratification processes.", negated=True)
R(d, "Chile", RATIFIED, CPTPP, "2022-12", "Chile deposited its instrument of ratification in December 2022")
R(d, "Brunei Darussalam", RATIFIED, CPTPP, "2023-05", "Brunei became the last of the original signatories to ratify, in May this year")
# Applications to join: planned accessions.
R(d, "China", ["acceded", "party", "ratified"], CPTPP, None, "China applied to join the CPTPP in September 2021", negated=True)
R(d, "Taiwan", ["acceded", "party", "ratified"], CPTPP, None, "Taiwan applied days later", negated=True)
RL(d, ["Costa Rica", "Ecuador", "Uruguay", "Ukraine"], ["acceded", "party", "ratified"], CPTPP, None,
   "Costa Rica, Ecuador, Uruguay and Ukraine have all applied since.", negated=True)
R(d, "Viet Nam", RATIFIED, C98, "2019", "Vietnam ratified ILO Convention 98 on the right to organise and collective bargaining in 2019")
R(d, "Viet Nam", NOTRATIFIED, C87, None, "it has still not ratified ILO Convention 87 on freedom of association", negated=True)
# The labour chapter "commits every party" to the ILO Declaration: the agreement's content, no act.
R(d, "United Kingdom", RATIFIED, P29, "2016", "The UK itself was one of the first countries to ratify the 2014 Protocol to the Forced Labour Convention, in 2016")
R(d, "United Kingdom", "called-for", P29, D, "we will continue to urge all our partners to ratify it", required=False)
# The Opposition not opposing, the reasoned amendment, "Question put and agreed to": domestic.

# ===================== 12.html (US Congressional Record, Senate, NATO accession protocols for Finland and Sweden, 3 August 2022) =====================
d = "12.html"
D = "2022-08-03"
NAT = ("North Atlantic Treaty", ["Washington Treaty", "North Atlantic Treaty of 1949", "North Atlantic Treaty Organization"])
PROT = ("Protocols to the North Atlantic Treaty of 1949 on the Accession of the Republic of Finland and the Kingdom of Sweden",
        ["accession protocols", "Treaty Document No. 117-3", "NATO accession protocols"])
TRI = ("trilateral memorandum", ["Trilateral Memorandum between Turkey, Finland and Sweden", "Madrid trilateral memorandum"])
SC = ("Strategic Concept", ["2022 Strategic Concept", "NATO Strategic Concept"])
ATT = ("Arms Trade Treaty", ["ATT"])
TEU = ("Treaty on European Union", ["TEU"])
# Applying to join = a planned accession.
RL(d, ["Finland", "Sweden"], ["acceded", "party", "ratified"], NAT, None,
   "Finland and Sweden formally applied to join the North Atlantic Treaty Organization", negated=True)
# The Partnership for Peace is a programme, not an instrument; troop contributions: nothing.
RL(d, ["Türkiye", "Finland", "Sweden"], "signed", TRI, "2022-06-28", "Turkey, Finland and Sweden signed a trilateral memorandum addressing Turkey's security concerns")
# "Allied leaders invited both countries to join": no act on an instrument.
R(d, ["NATO", "North Atlantic Treaty Organization"], "adopted", SC, "2022-06", "NATO also adopted its new Strategic Concept at Madrid.")
# "all 30 Allies": unnamed, except the United States.
R(d, "United States", "signed", PROT, "2022-07-05",
  "the accession protocols were signed at NATO headquarters in Brussels by the permanent representatives of all 30 Allies, including the United States")
# Transmittal to the Senate, the Committee's 21-1 vote, advice and consent, the 95-1 vote (Hawley against, Paul present): domestic.
R(d, "United States", NOTRATIFIED, PROT, None, "the President will sign the instrument of ratification and deposit it with the depositary", negated=True,
  alt=["It does not itself make the United States a party to anything."])
# "More than 20 Allies": unnamed.
R(d, "Canada", RATIFIED, PROT, "2022-07-05", "Canada ratified them on the very day they were signed")
RL(d, ["Denmark", "Norway", "Iceland", "Estonia", "United Kingdom", "Germany"], RATIFIED, PROT, None,
   "Denmark, Norway, Iceland, Estonia, the United Kingdom and Germany have since followed")
RL(d, ["Türkiye", "Hungary"], NOTRATIFIED, PROT, None, "Turkey and Hungary have yet to ratify.", negated=True)
# A senator's own urging is no State's act; the administration's call is the United States', undated.
R(d, "United States", "called-for", PROT, None, "The administration has urged every Ally to complete ratification as quickly as possible")
RL(d, ["Finland", "Sweden"], PARTY, TEU, None, "Both nations already share our obligations under the Treaty on European Union's mutual assistance clause", required=False)
RL(d, ["Finland", "Sweden"], RATIFIED, ATT, "2014", "both ratified the Arms Trade Treaty in 2014")

# ===================== 13.md (Australian Joint Standing Committee on Treaties report, ILO C190, 28 March 2023) =====================
d = "13.md"
D = "2023-03-28"
C190 = ("Violence and Harassment Convention, 2019 (No. 190)",
        ["C190", "ILO Convention No. 190", "Convention concerning the Elimination of Violence and Harassment in the World of Work"])
R206 = ("Violence and Harassment Recommendation (No. 206)", ["Recommendation No. 206", "R206"])
CENT = ("ILO Centenary Declaration for the Future of Work", ["Centenary Declaration"])
C138 = ("Minimum Age Convention, 1973 (No. 138)", ["C138", "Minimum Age Convention"])
C29 = ("Forced Labour Convention, 1930 (No. 29)", ["C29", "Forced Labour Convention"])
ILC = ["International Labour Conference", "ILO", "International Labour Organization"]
# Tabling with the NIA: domestic.
R(d, ILC, "adopted", C190, "2019-06-21",
  "The Convention was adopted by the International Labour Conference at its 108th (Centenary) Session in Geneva on 21 June 2019")
R(d, ILC, "adopted", R206, "2019-06-21", "together with the accompanying Violence and Harassment Recommendation (No. 206)", required=False)
R(d, "Australia", "supported", C190, "2019-06-21", "The Australian Government delegates voted in favour of the Convention.")
R(d, ILC, ADOPTED, CENT, "2019-06-21", "On the same day, the Conference adopted the ILO Centenary Declaration for the Future of Work.")
# ILO conventions are not signed: no signature anywhere in this document.
R(d, "Australia", NOTRATIFIED, C190, None, "The proposed treaty action is therefore ratification.", negated=True,
  alt=["Australia intends to register its ratification with the ILO Director-General in mid-2023"])
R(d, "Australia", "committed", C190, "2022-09", "The Government committed, at the Jobs and Skills Summit in September 2022, to ratify the Convention.", required=False)
# Entry into force on 25 June 2021; "24 member States": unnamed beyond the listed ones. The list runs over Markdown bullets.
R(d, "Uruguay", RATIFIED, C190, "2020-06", "Uruguay, which was the first, in June 2020")
R(d, "Fiji", RATIFIED, C190, None, "Fiji, the first, and still the only, Pacific Island country to ratify")
RL(d, ["Namibia", "Argentina", "Somalia", "Ecuador"], RATIFIED, C190, None, "Namibia, Argentina, Somalia and Ecuador")
RL(d, ["Mauritius", "Greece", "Italy"], RATIFIED, C190, None, "Mauritius, Greece and Italy")
RL(d, ["South Africa", "United Kingdom"], RATIFIED, C190, None, "South Africa and the United Kingdom")
R(d, "Spain", RATIFIED, C190, None, "Spain, and most recently Canada, in January 2023.")
R(d, "Canada", RATIFIED, C190, "2023-01", "Spain, and most recently Canada, in January 2023.")
R(d, "New Zealand", NOTRATIFIED, C190, None, "New Zealand has not ratified the Convention.", negated=True,
  alt=["no decision on ratification has been taken"])
RL(d, ["United States", "Japan"], NOTRATIFIED, C190, None, "Neither the United States nor Japan has ratified.", negated=True)
# Calls on the Government by a national body and a trade union: optional.
R(d, ["Australian Human Rights Commission"], "called-for", C190, "2020", "which called on the Australian Government to ratify C190", required=False)
# The Respect at Work Act 2022: domestic legislation.
R(d, "Australia", RATIFIED, C138, "2022-06", "It ratified the Minimum Age Convention, 1973 (No. 138) in June 2022")
R(d, "Australia", PARTY, C29, "1932", "has been bound by the Forced Labour Convention, 1930 (No. 29) since 1932")
R(d, ["Australian Council of Trade Unions", "ACTU"], "called-for", C190, None,
  "The Australian Council of Trade Unions urged the Government to ratify C190 without delay", required=False)
# The committee "supports the Convention" and recommends binding treaty action: domestic scrutiny, no record.

# ===================== 14 (Lok Sabha unstarred questions, Ministry of External Affairs, answered 23 March 2022) =====================
d = "14.txt"
D = "2022-03-23"
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
       ["Convention against Torture", "UN Convention against Torture", "CAT"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED"])
RC51 = ("1951 Convention relating to the Status of Refugees", ["Refugee Convention", "Convention relating to the Status of Refugees"])
P67 = ("1967 Protocol relating to the Status of Refugees", ["1967 Protocol", "Protocol relating to the Status of Refugees"])
GCR = ("Global Compact on Refugees", ["GCR"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM"])
# The questions ("whether India has ratified") are not statements; only the answers are annotated.
R(d, "India", "signed", CAT, "1997-10-14",
  "India signed the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment on 14 October 1997.")
R(d, "India", NOTRATIFIED, CAT, None, "India has not ratified the Convention so far.", negated=True,
  alt=["No time-frame can be indicated at this stage."])
# The Prevention of Torture Bill, the Select Committee and the Law Commission's recommendation: domestic.
Q = ("India acceded to the International Covenant on Civil and Political Rights and the International Covenant on Economic, Social and "
     "Cultural Rights on 10 April 1979.")
R(d, "India", ACCEDED, ICCPR, "1979-04-10", Q)
R(d, "India", ACCEDED, ICESCR, "1979-04-10", Q)
R(d, "India", ACCEDED, CRC, "1992-12", "India acceded to the Convention on the Rights of the Child in December 1992")
R(d, "India", RATIFIED, CEDAW, "1993-07", "ratified the Convention on the Elimination of All Forms of Discrimination against Women in July 1993")
R(d, "India", RATIFIED, CRPD, "2007-10-01", "the Convention on the Rights of Persons with Disabilities on 1 October 2007")
R(d, "India", "signed", ICPPED, "2007-02-06",
  "India signed the International Convention for the Protection of All Persons from Enforced Disappearance on 6 February 2007")
R(d, "India", NOTRATIFIED, ICPPED, None, "ratification is under consideration", negated=True)
Q = "India is not a party to the 1951 Convention relating to the Status of Refugees or to its 1967 Protocol."
R(d, "India", NOTBOUND, RC51, None, Q, negated=True)
R(d, "India", NOTBOUND, P67, None, Q, negated=True)
# The Foreigners Act and the other Acts: domestic law.
R(d, GA, ADOPTED, GCR, "2018-12-17", "The United Nations General Assembly affirmed the Global Compact on Refugees on 17 December 2018")
R(d, "India", "supported", GCR, "2018-12-17", "by a recorded vote of 181 in favour to 2 against, with 3 abstentions. India voted in favour.")
RL(d, ["United States", "Hungary"], "supported", GCR, "2018-12-17", "The United States and Hungary voted against.", negated=True)
R(d, ["Intergovernmental Conference", "Intergovernmental Conference in Marrakech"], "adopted", GCM, "2018-12-10",
  "was adopted at the Intergovernmental Conference in Marrakech on 10 December 2018", required=False)
# India's backing: the consensus in Marrakech and the vote in New York are one tuple; the vote is the first dated vote.
R(d, "India", "supported", GCM, "2018-12-19", "by a recorded vote of 152 to 5, with 12 abstentions. India voted in favour.",
  alt=["where India joined the consensus"])
R(d, GA, ADOPTED, GCM, "2018-12-19", "The General Assembly endorsed the Compact on 19 December 2018")
RL(d, ["Czechia", "Hungary", "Israel", "Poland", "United States"], "supported", GCM, "2018-12-19",
   "The Czech Republic, Hungary, Israel, Poland and the United States voted against", negated=True)
RL(d, ["Australia", "Austria", "Italy", "Singapore", "Switzerland"], "supported", GCM, "2018-12-19",
   "Australia, Austria, Italy, Singapore and Switzerland were among those abstaining", negated=True)
R(d, "India", COMMITTED, GCM, None, "India remains committed to the Global Compact for Safe, Orderly and Regular Migration")

# ===================== 15 (Australian Senate estimates Hansard, DFAT, 25 October 2023) =====================
d = "15.txt"
D = "2023-10-25"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
TPNWRES = ("TPNW resolution", ["resolution on the Treaty on the Prohibition of Nuclear Weapons", "First Committee TPNW resolution"])
RAROT = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "Rarotonga Treaty"])
RAROTP = ("Protocols to the Treaty of Rarotonga", ["protocols to Rarotonga", "Protocols to the South Pacific Nuclear Free Zone Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
JRES = ("Steps to building a common roadmap towards a world without nuclear weapons", ["Japan's nuclear disarmament resolution"])
R(d, "Australia", "signed", TPNW, None, "Australia has not signed the Treaty on the Prohibition of Nuclear Weapons.", negated=True,
  alt=["It is not a decision to sign."])
R(d, "Australia", NOTRATIFIED, TPNW, None, "before any decision on signature or ratification is taken. No such decision has been made.", negated=True)
# "October last year" = October 2022; the earlier votes against are the same tuple.
R(d, "Australia", "supported", TPNWRES, "2022-10", "In October last year, Australia abstained on the TPNW resolution in the First Committee", negated=True,
  alt=["having voted against it every year since 2018"])
# Observer at the First Meeting of States Parties: no obligations, no record.
RL(d, ["Cook Islands", "Fiji", "Kiribati", "New Zealand", "Niue", "Palau", "Samoa", "Tuvalu", "Vanuatu"], PARTY, TPNW, None,
   "The States Parties in the Pacific include the Cook Islands, Fiji, Kiribati, New Zealand, Niue, Palau, Samoa, Tuvalu and Vanuatu.")
R(d, "Indonesia", "signed", TPNW, "2017", "Indonesia signed in 2017")
R(d, "Indonesia", NOTRATIFIED, TPNW, None, "Indonesia signed in 2017 but has not yet ratified.", negated=True)
# AUKUS and naval propulsion: nothing.
R(d, "Australia", RATIFIED, RAROT, "1986", "Australia ratified the South Pacific Nuclear Free Zone Treaty in 1986")
RL(d, ["United Kingdom", "France", "China", "Russian Federation"], RATIFIED, RAROTP, None,
   "The protocols have been ratified by the United Kingdom, France, China and Russia.")
R(d, "United States", "signed", RAROTP, "1996", "The United States signed them in 1996")
R(d, "United States", NOTRATIFIED, RAROTP, None, "The United States signed them in 1996 but has not ratified them.", negated=True)
# Transmittal to the US Senate in 2011: domestic.
R(d, "Australia", "called-for", RAROTP, D, "We continue to encourage the United States to ratify the protocols.")
R(d, "Australia", "signed", CTBT, "1996", "Australia signed the Comprehensive Nuclear-Test-Ban Treaty on the day it opened for signature in 1996")
R(d, "Australia", RATIFIED, CTBT, "1998", "ratified it in 1998")
# "all 44 Annex 2 States", "Eight have not": unnamed; the eight are then named.
RL(d, ["India", "Pakistan", "Democratic People's Republic of Korea"], "signed", CTBT, None,
   "India, Pakistan and the Democratic People's Republic of Korea have not signed.", negated=True)
Q = "China, Egypt, Iran, Israel and the United States have signed but not ratified."
RL(d, ["China", "Egypt", "Iran", "Israel", "United States"], "signed", CTBT, None, Q)
RL(d, ["China", "Egypt", "Iran", "Israel", "United States"], NOTRATIFIED, CTBT, None, Q, negated=True)
R(d, "Australia", "called-for", CTBT, D, "Australia calls on all eight to sign and ratify without further delay.")
# The Duma's vote is a domestic step: Russia's ratification stands; the announced revocation is optional.
R(d, "Russian Federation", RATIFIED, CTBT, None, "For now, Russia remains a State that has ratified the CTBT.")
R(d, "Russian Federation", NOTBOUND, CTBT, None, "The State Duma voted last week to revoke Russia's ratification", negated=True, required=False)
# "again last year" = 2022.
R(d, "Australia", "co-sponsored", JRES, "2022",
  "Australia co-sponsored the resolution \"Steps to building a common roadmap towards a world without nuclear weapons\"",
  alt=["The government co-sponsored Japan's nuclear disarmament resolution at the General Assembly again last year."])
R(d, GA, "adopted", JRES, "2022-12", "which the General Assembly adopted in December 2022")
R(d, "Australia", "supported", JRES, "2022-12", "Australia voted in favour, as it has each year.")

# ===================== 16 (Oireachtas Library & Research Service note, CETA ratification, 16 April 2024) =====================
d = "16.txt"
D = "2024-04-16"
CETA = ("Comprehensive Economic and Trade Agreement", ["CETA", "EU-Canada Comprehensive Economic and Trade Agreement"])
ICSID = ("Convention on the Settlement of Investment Disputes between States and Nationals of Other States", ["ICSID Convention"])
NYC = ("Convention on the Recognition and Enforcement of Foreign Arbitral Awards", ["New York Convention"])
# Signed at the summit on 30 October 2016; "each of the then 28 Member States" is unnamed except Ireland.
RL(d, ["Canada", "European Union", "Ireland"], "signed", CETA, "2016-10-30",
   "it was signed by Canada, by the European Union and by each of the then 28 Member States, Ireland among them")
# The European Parliament's consent and provisional application since 21 September 2017: nothing.
# Canada's Royal Assent (16 May 2017) is domestic; its ratification is dated only by the year.
R(d, "Canada", RATIFIED, CETA, "2017", "Canada completed its ratification in 2017")
RL(d, ["Austria", "Croatia", "Czechia", "Denmark", "Estonia", "Finland", "Germany", "Latvia", "Lithuania", "Luxembourg", "Malta", "Portugal",
       "Spain", "Sweden"], RATIFIED, CETA, None,
   "They include Austria, Croatia, Czechia, Denmark, Estonia, Finland, Germany, Latvia, Lithuania, Luxembourg, Malta, Portugal, Spain and Sweden.",
   alt=["Seventeen Member States have notified the Council that they have completed their ratification procedures."])
# "Latvia was the first", "Germany ratified most recently": the same acts; the Bundestag's vote of 1 December 2022 is domestic.
Q = "The ten Member States that have not ratified include Belgium, Cyprus, France, Greece, Italy, the Netherlands and Poland, as well as Ireland."
RL(d, ["Belgium", "Cyprus", "France", "Greece", "Italy", "Netherlands", "Poland"], NOTRATIFIED, CETA, None, Q, negated=True)
R(d, "Ireland", NOTRATIFIED, CETA, None, Q, negated=True,
  alt=["Ireland has therefore not yet ratified CETA.", "The Government has stated that it intends to ratify CETA once the Arbitration Act has been amended"])
# The Cypriot House vote against, the French Senate vote against and the National Assembly's approval, the Dutch lower house: domestic votes.
R(d, "Canada", "called-for", CETA, "2024-03-22", "on 22 March 2024 urged the remaining Member States to ratify the Agreement")
# Costello v Government of Ireland, the Arbitration (Amendment) Bill, Dáil approval under Article 29.5.2°: domestic.
R(d, "Ireland", RATIFIED, ICSID, "1981",
  "It ratified the Convention on the Settlement of Investment Disputes between States and Nationals of Other States (the ICSID Convention) in 1981")
R(d, "Ireland", ACCEDED, NYC, "1981",
  "it acceded to the Convention on the Recognition and Enforcement of Foreign Arbitral Awards (the New York Convention) in the same year")
# The UNCITRAL Model Law "is not a treaty": nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
