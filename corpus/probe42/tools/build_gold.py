#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py and corpus/probe24/tools/build_gold.py; the record
helpers and the checks are imported from corpus/tools/gold.py (not copied). Four documents of this corpus are not .txt
(06.md, 14.md, 07.html, 12.html); gold.py's Gold.finish() checks .txt, .md and .html documents alike, against the file as
written (no document here has a metadata header block). Alternative actor names missing from gold.py's ALT_NAMES are added
locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED  # noqa: E402,F401
MIN_CHARS, MAX_CHARS = 1800, 3000

# ---- instruments: (name as the text names it, aliases) ----
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty", "ban treaty", "Nuclear Weapon Ban Treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty", "Nuclear Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Test-Ban Treaty", "Comprehensive Test Ban Treaty"])
ATT = ("Arms Trade Treaty", ["ATT"])
CWC = ("Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction",
       ["Chemical Weapons Convention", "CWC"])
CWC2 = ("Chemical Weapons Convention", ["CWC", CWC[0]])
BWC = ("Biological Weapons Convention",
       ["BWC", "Biological and Toxin Weapons Convention",
        "Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "EWIPA Political Declaration", "Political Declaration on explosive weapons in populated areas", "Dublin Declaration"])
EWIPA13 = ("declaration on explosive weapons in cities, the Dublin one", [EWIPA[0]] + EWIPA[1])
PARIS = ("Paris Agreement", ["Paris climate agreement"])
KIGALI = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment"])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "BBNJ",
         "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Convention on the Law of the Sea", "Law of the Sea Convention"])
FISH = ("WTO Agreement on Fisheries Subsidies",
        ["Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement", "Fish 1", "Protocol of Amendment",
         "Protocol Amending the Marrakesh Agreement Establishing the World Trade Organization (Agreement on Fisheries Subsidies)"])
# 04: the two First Committee texts (named by their titles, which contain the Conventions' names)
RCWC = ("draft resolution XXIV, \"Implementation of the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction\"",
        ["draft resolution XXIV", "General Assembly resolution on the implementation of the Chemical Weapons Convention", "CWC resolution"])
RBWC = ("draft resolution XXV, \"Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction\"",
        ["draft resolution XXV", "General Assembly resolution on the Biological Weapons Convention", "BWC resolution"])
# 05: NPT review outcomes
EXT95 = ("decision on the indefinite extension of the Treaty on the Non-Proliferation of Nuclear Weapons", ["1995 extension decision", "decision to extend the Treaty indefinitely"])
ME95 = ("Resolution on the Middle East", ["1995 Resolution on the Middle East", "1995 Middle East resolution"])
FD2000 = ("2000 NPT Review Conference Final Document", ["Final Document", "13 practical steps", "thirteen practical steps"])
AP2010 = ("2010 NPT Action Plan", ["Action Plan", "64-point Action Plan", "2010 Action Plan"])
DFD15 = ("draft final document of the 2015 NPT Review Conference", ["2015 draft final document"])
DFD22 = ("draft final document of the 2022 NPT Review Conference", ["2022 draft final document"])
R2310 = ("Security Council resolution 2310 (2016)", ["resolution 2310", "resolution 2310 (2016)"])
CWCUAP = ("CWC universality action plan (2003)", ["universality action plan", "Action Plan for the Universality of the Chemical Weapons Convention"])
S255 = ("draft resolution S/2024/255", ["S/2024/255", "draft resolution extending the mandate of the 1718 Committee Panel of Experts"])
R1718 = ("Security Council resolution 1718 (2006)", ["resolution 1718", "resolution 1718 (2006)"])
GENEVA = ("Geneva Conventions", ["Geneva Conventions of 1949", "four Geneva Conventions"])
APGC = ("Additional Protocols to the Geneva Conventions", ["Additional Protocols", "their Additional Protocols"])
ICSANT = ("International Convention for the Suppression of Acts of Nuclear Terrorism", ["ICSANT", "Nuclear Terrorism Convention"])
TPNWRES = ("First Committee resolution on the Treaty on the Prohibition of Nuclear Weapons", ["TPNW resolution", "TPNW resolution in the First Committee"])
FAP = ("Firearms Protocol", ["UN Firearms Protocol",
        "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition"])
POA = ("Programme of Action on small arms and light weapons", ["Programme of Action", "UN Programme of Action on Small Arms", "PoA"])
ATTBUD = ("draft decision on the Arms Trade Treaty's budget", ["draft decision on the Treaty's budget", "budget decision"])
FISH2 = ("draft text on the second wave of fisheries subsidies disciplines", ["Fish 2", "Fish 2 draft text", "second wave of disciplines"])
BELEM = ("Belém Declaration on the Transition away from Fossil Fuels", ["Belém Declaration"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran",
          "Viet Nam", "Syria", "Türkiye", "European Union", "Netherlands", "Philippines", "Kazakhstan", "Mexico", "Colombia", "Chile",
          "China", "Egypt", "Papua New Guinea", "Kenya", "Venezuela", "United Republic of Tanzania", "Germany", "Cambodia",
          "Thailand", "South Sudan"),
    "Solomon Islands": ["Solomon Islands", "the Solomon Islands"],
    "Libya": ["Libya", "State of Libya", "Libyan Arab Jamahiriya"],
    "Austria": ["Austria", "Republic of Austria"],
    "Cabo Verde": ["Cabo Verde", "Cape Verde"],
    "Yemen": ["Yemen", "Republic of Yemen"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Myanmar": ["Myanmar", "Burma"],
    "Mauritania": ["Mauritania", "Islamic Republic of Mauritania"],
    "Cuba": ["Cuba", "Republic of Cuba"],
}
UNSG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General"]
TPNWCONF = ["United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons", "U.N. negotiating conference",
            "UN negotiating conference", "negotiating conference"]
BBNJIGC = ["Intergovernmental conference on marine biodiversity of areas beyond national jurisdiction", "intergovernmental conference",
           "BBNJ Intergovernmental Conference"]
AOSIS = ["Alliance of Small Island States", "AOSIS"]
RC95 = ["1995 NPT Review and Extension Conference", "Review and Extension Conference", "NPT Review and Extension Conference",
        "NPT Review Conference"]
RC00 = ["2000 NPT Review Conference", "NPT Review Conference", "Review Conference"]
RC10 = ["2010 NPT Review Conference", "NPT Review Conference", "Review Conference"]
CPN = ["CoolPlanet Action Network", "CoolPlanet"]
CWCCSP = ["Conference of the States Parties to the Chemical Weapons Convention", "Conference of the States Parties", "CWC CSP", "OPCW"]
OGL = ["Ocean Governance Lab"]
SSFC = ["Small-Scale Fishers' Coalition", "Small-Scale Fishers' Coalition secretariat", "the Coalition"]
WTOMC = ["WTO Ministerial Conference", "Twelfth Ministerial Conference", "MC12", "WTO Ministers", "World Trade Organization"]
ATTPRES = ["President of the Eleventh Conference of States Parties to the Arms Trade Treaty", "ATT CSP11 President",
           "Conference of States Parties to the Arms Trade Treaty"]
UNFCCCES = ["UNFCCC Executive Secretary", "U.N. climate chief", "UN climate chief", "Executive Secretary of the UNFCCC", "UNFCCC"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (wire story, TPNW ceremony) =====================
d = "01.txt"
D = "2025-09-24"
QDEP = "Brazil and Nepal on Wednesday deposited their instruments of ratification of the Treaty on the Prohibition of Nuclear Weapons"
RL(d, ["Brazil", "Nepal"], RATIFIED, TPNW, D, QDEP)
RL(d, ["Sri Lanka", "Solomon Islands"], "signed", TPNW, D, "Sri Lanka and the Solomon Islands signed the accord")
RL(d, ["Brazil", "Nepal"], "signed", TPNW, "2017-09-20", "Both Brazil and Nepal had signed the treaty on 20 September 2017")
R(d, "Solomon Islands", NOTRATIFIED, TPNW, None, "her government intends to ratify the Treaty before the next meeting of states parties", negated=True)
R(d, UNSG, "called-for", TPNW, D, "whose chef de cabinet read a message urging \"every State that has not yet done so\" to sign and ratify it without delay")
R(d, "Kazakhstan", RATIFIED, TPNW, "2019", "it ratified the treaty in 2019")
R(d, TPNWCONF, "adopted", TPNW, "2017-07-07", "The accord was adopted on 7 July 2017 by a U.N. negotiating conference")
R(d, "Netherlands", "supported", TPNW, "2017-07-07", "with the Netherlands casting the only vote against", negated=True)
R(d, "Singapore", "supported", TPNW, "2017-07-07", "Singapore abstaining", negated=True)
R(d, "Indonesia", NOTRATIFIED, TPNW, None, "Jakarta has not yet deposited its instrument", negated=True,
  alt=["Indonesia's parliament approved a ratification law last month, but Jakarta has not yet deposited its instrument"])
R(d, "Japan", "signed", TPNW, None, "said again that it was \"not considering\" signing the treaty", negated=True)
QNEV = "said they would \"never sign, ratify or become party to\" the treaty"
for a in ["United States", "United Kingdom", "France"]:
    R(d, a, "signed", TPNW, None, QNEV, negated=True)
    R(d, a, NOTBOUND, TPNW, None, QNEV, negated=True)
RL(d, ["Germany", "Norway"], "signed", TPNW, None, "Neither Germany nor Norway, which both sent observers to the first meeting in Vienna in 2022, has signed it",
   negated=True)

# ===================== 02 (speech at the BBNJ signing ceremony, Cabo Verde) =====================
d = "02.txt"
D = "2024-09-25"
R(d, "Cabo Verde", "signed", BBNJ, D,
  "Today, with great pride, I signed on behalf of my country the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction")
R(d, "Cabo Verde", RATIFIED, UNCLOS, "1987",
  "Cabo Verde was among the first African States to ratify the United Nations Convention on the Law of the Sea, in 1987")
R(d, "Cabo Verde", "welcomed", BBNJ, D, "We welcome it as a victory for multilateralism")
R(d, "Cabo Verde", RATIFIED, PARIS, "2017", "We ratified the Paris Agreement in 2017")
R(d, "Cabo Verde", ACCEPTED, KIGALI, "2023", "we accepted the Kigali Amendment to the Montreal Protocol last year")
R(d, "Cabo Verde", ACCEPTED, FISH, "2024-03", "in March we deposited our instrument of acceptance of the WTO Agreement on Fisheries Subsidies")
R(d, "Cabo Verde", NOTRATIFIED, BBNJ, None, "we intend to deposit our instrument of ratification before the end of 2025", negated=True)
R(d, "Portugal", "signed", BBNJ, D, "Portugal, our partner of many centuries, which signed the Agreement this morning")
R(d, "Senegal", "signed", BBNJ, "2023", "Senegal, which signed it last year")
R(d, "Senegal", NOTRATIFIED, BBNJ, None, "has told us that its own ratification is under way", negated=True)
R(d, BBNJIGC, "adopted", BBNJ, "2023-06", "the intergovernmental conference which, in June 2023, in this very building, adopted the Agreement by consensus")
QCALL = "Cabo Verde joins the Alliance of Small Island States in calling on every State to sign and ratify the Agreement"
R(d, "Cabo Verde", "called-for", BBNJ, D, QCALL)
R(d, AOSIS, "called-for", BBNJ, None, QCALL, required=False)

# ===================== 03 (joint communiqué, Austria–Mexico) =====================
d = "03.txt"
D = "2026-03-12"
AM = ["Austria", "Mexico"]
RL(d, AM, COMMITTED, TPNW, D, "The Ministers reaffirmed the commitment of both countries to the Treaty on the Prohibition of Nuclear Weapons")
RL(d, AM, RATIFIED, TPNW, "2018", "which Austria and Mexico ratified in 2018")
RL(d, AM, "called-for", CTBT, D,
   "They called on all States whose ratification is required for the entry into force of the Comprehensive Nuclear-Test-Ban Treaty")
RL(d, AM, ENDORSED, EWIPA, "2022-11",
   "both countries endorsed the Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from "
   "the Use of Explosive Weapons in Populated Areas in Dublin in November 2022")
RL(d, AM, COMMITTED, EWIPA, D, "the Ministers committed to implementing it in their national policy and practice")
RL(d, AM, COMMITTED, PARIS, D, "the Ministers reaffirmed their commitment to the Paris Agreement")
R(d, "Mexico", ACCEPTED, KIGALI, "2018", "it had accepted the Kigali Amendment to the Montreal Protocol in 2018")
R(d, "Austria", ACCEPTED, KIGALI, "2017", "Austria, which accepted it in 2017 together with the European Union")
R(d, "European Union", ACCEPTED, KIGALI, "2017", "Austria, which accepted it in 2017 together with the European Union")
RL(d, AM, "welcomed", BBNJ, D,
   "the Ministers welcomed the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction as a historic achievement")
R(d, "Mexico", RATIFIED, BBNJ, "2025", "Mexico, which ratified the Agreement in 2025")
R(d, "Mexico", "called-for", BBNJ, D, "encouraged Austria to complete its own process")
R(d, "Austria", NOTRATIFIED, BBNJ, None, "the draft ratification law is now before the Nationalrat", negated=True)

# ===================== 04 (GA plenary summary record, CWC and BWC texts) =====================
d = "04.txt"
D = "2025-12-08"
R(d, GA, "adopted", RCWC, D, "Draft resolution XXIV was adopted by 151 votes to 7, with 17 abstentions")
R(d, "Poland", "co-sponsored", RCWC, None, "where it had been introduced by Poland on behalf of its sponsors")
QF = "In favour: 151 Member States, including Poland, Canada, Colombia, Israel, Japan, Kenya, Mexico and the Republic of Korea"
for a in ["Poland", "Canada", "Colombia", "Israel", "Japan", "Kenya", "Mexico", "Republic of Korea"]:
    R(d, a, "supported", RCWC, D, QF,
      alt=["his country, which had signed the Convention in 1993 but had not ratified it, had voted in favour"] if a == "Israel" else None)
QA = ("Against: Belarus, China, Democratic People's Republic of Korea, Iran (Islamic Republic of), Nicaragua, Russian Federation, Zimbabwe")
for a in ["Belarus", "China", "Democratic People's Republic of Korea", "Iran", "Nicaragua", "Russian Federation", "Zimbabwe"]:
    R(d, a, "supported", RCWC, D, QA, negated=True, alt=["her delegation had voted against"] if a == "China" else None)
QAB = "Abstaining: 17 Member States, among them Algeria, Cuba, Egypt, South Africa and Venezuela (Bolivarian Republic of)"
for a in ["Algeria", "Cuba", "Egypt", "South Africa", "Venezuela"]:
    R(d, a, "supported", RCWC, D, QAB, negated=True,
      alt={"Egypt": ["her country had abstained"], "South Africa": ["his delegation had abstained reluctantly"]}.get(a))
R(d, "Egypt", NOTBOUND, CWC, None, "Egypt was not a party to the Convention", negated=True)
R(d, "Israel", "signed", CWC, "1993", "his country, which had signed the Convention in 1993")
R(d, "Israel", NOTRATIFIED, CWC, None, "which had signed the Convention in 1993 but had not ratified it", negated=True)
R(d, "China", RATIFIED, CWC, "1997", "had ratified the Convention in 1997", alt=["China remained a State party in good standing"])
R(d, GA, "adopted", RBWC, D,
  "Draft resolution XXV, \"Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin "
  "Weapons and on Their Destruction\", was adopted without a vote")
R(d, "Ireland", "called-for", BWC, D, "urged the nine States that had signed the Biological Weapons Convention but not ratified it to do so")
R(d, "Ireland", PARTY, BWC, "1972", "Ireland, a party since 1972")

# ===================== 05 (think-tank explainer, NPT review outcomes) =====================
d = "05.txt"
R(d, RC95, "adopted", EXT95, "1995", "The Review and Extension Conference decided, without a vote, to extend the Treaty indefinitely", required=False)
R(d, RC95, "adopted", ME95, "1995", "It also adopted the Resolution on the Middle East")
R(d, RC00, "adopted", FD2000, "2000", "The conference adopted a Final Document containing the \"13 practical steps\" towards disarmament")
R(d, RC10, "adopted", AP2010, "2010", "The conference adopted a 64-point Action Plan")
RL(d, ["United States", "United Kingdom", "Canada"], "supported", DFD15, None,
   "The United States, the United Kingdom and Canada said they could not accept the draft final document", negated=True, required=False)
R(d, "Russian Federation", "supported", DFD22, None, "The Russian Federation alone refused to join consensus on the draft final document",
  negated=True, required=False)
RL(d, ["India", "Israel", "Pakistan"], NOTBOUND, NPT, None, "India, Israel and Pakistan have never joined it", negated=True)
R(d, "South Sudan", ["acceded", "party", "ratified"], NPT, None, "South Sudan, independent since 2011, has not acceded either", negated=True)
R(d, "Democratic People's Republic of Korea", NOTBOUND, NPT, None,
  "The Democratic People's Republic of Korea announced its withdrawal in 2003", negated=True, required=False)
R(d, "Cuba", ACCEDED, NPT, "2002", "Cuba acceded in 2002")
RL(d, ["France", "China"], ACCEDED, NPT, "1992", "France and China, two of the five nuclear-weapon States recognised by the Treaty, acceded in 1992")

# ===================== 06 (NGO scorecard, Markdown: Kigali and Paris) =====================
d = "06.md"
D = "2025-11-14"
R(d, "China", ACCEPTED, KIGALI, "2021-06", "accepted the Amendment in June 2021")
R(d, "India", ACCEPTED, KIGALI, "2021-09", "accepted it in September 2021")
R(d, "United States", RATIFIED, KIGALI, "2022-10", "ratified in October 2022 following Senate advice and consent")
RL(d, ["Indonesia", "Brazil", "Türkiye"], ACCEPTED, KIGALI, None, "all three accepted in 2022 or 2023")
R(d, "Türkiye", RATIFIED, PARIS, "2021-10", "Türkiye also ratified the Paris Agreement in October 2021")
RL(d, ["Argentina", "Canada", "Japan", "Mexico", "Republic of Korea"], PARTY, KIGALI, None, "bound for several years")
QGA = "Grade A – bound by Kigali, in Paris"
for a in ["China", "India", "Indonesia", "Brazil", "Argentina", "Canada", "Japan", "Mexico", "Republic of Korea"]:
    R(d, a, PARTY, PARIS, None, QGA, required=False)
R(d, "Saudi Arabia", ACCEPTED, KIGALI, None, "has not accepted the Amendment", negated=True,
  alt=["the instrument is \"under review by the competent authorities\""])
R(d, "Russian Federation", ACCEPTED, KIGALI, None, "has not deposited an instrument of acceptance", negated=True)
RL(d, ["Saudi Arabia", "Russian Federation"], PARTY, PARIS, None, "Grade B – in Paris, not yet bound by Kigali", required=False)
R(d, "United States", NOTBOUND, PARIS, None, "notified its withdrawal from the Paris Agreement in January 2025", negated=True, required=False)
R(d, "United States", PARTY, PARIS, None, "at the time of writing the United States is still formally a Party", required=False)
R(d, CPN, "called-for", KIGALI, D,
  "We call on Saudi Arabia and the Russian Federation to accept the Kigali Amendment before the 37th Meeting of the Parties")
RL(d, ["African Union"], NOTBOUND, KIGALI, None, "is not a Party to either instrument", negated=True, required=False)
RL(d, ["African Union"], NOTBOUND, PARIS, None, "is not a Party to either instrument", negated=True, required=False)

# ===================== 07 (Q&A web page, HTML: EWIPA, Ireland) =====================
d = "07.html"
D = "2025-11-18"
R(d, "Ireland", ENDORSED, EWIPA, "2022-11-18", "Ireland endorsed the Declaration at the adoption conference in Dublin Castle on 18 November 2022")
RL(d, ["United States", "United Kingdom", "France", "Germany", "Türkiye"], ENDORSED, EWIPA, "2022-11-18",
   "On that day it was endorsed by 83 States, including the United States, the United Kingdom, France, Germany and Türkiye")
R(d, "Colombia", ENDORSED, EWIPA, "2023", "Colombia endorsed it in 2023")
R(d, "Cyprus", ENDORSED, EWIPA, "2024", "Colombia endorsed it in 2023 and Cyprus in 2024")
RL(d, ["Russian Federation", "Israel"], ENDORSED, EWIPA, None, "Neither Russia nor Israel has endorsed the Declaration", negated=True)
R(d, "India", ENDORSED, EWIPA, None, "India has told us that it is studying the text", negated=True)
R(d, "Brazil", ENDORSED, EWIPA, None, "Brazil attended the Oslo follow-up conference in April 2024 as an observer but has not endorsed it", negated=True)
R(d, "Ireland", PARTY, GENEVA, None, "It does not amend the Geneva Conventions or their Additional Protocols, to which Ireland is a party")
R(d, "Ireland", PARTY, APGC, None, "It does not amend the Geneva Conventions or their Additional Protocols, to which Ireland is a party")
R(d, "Ireland", COMMITTED, EWIPA, D, "Ireland remains fully committed to implementing the Declaration")
R(d, "Ireland", "called-for", EWIPA, D, "Ireland calls on all States that have not yet endorsed the Declaration to do so")

# ===================== 08 (timeline, CTBT) =====================
d = "08.txt"
V = "1996-09-10"
S = "1996-09-24"
R(d, GA, "adopted", CTBT, V, "The UN General Assembly adopts the Comprehensive Nuclear-Test-Ban Treaty (CTBT) by 158 votes to 3, with 5 abstentions")
RL(d, ["India", "Bhutan", "Libya"], "supported", CTBT, V, "India, Bhutan and Libya vote against", negated=True)
RL(d, ["Cuba", "Lebanon", "Mauritius", "Syria", "United Republic of Tanzania"], "supported", CTBT, V,
   "Cuba, Lebanon, Mauritius, Syria and Tanzania abstain", negated=True)
R(d, "United States", "signed", CTBT, S, "US President Bill Clinton is the first to sign",
  alt=["China, Egypt, Iran, Israel and the United States have signed but not ratified"])
RL(d, ["China", "France", "Russian Federation", "United Kingdom"], "signed", CTBT, S, "China, France, Russia and the United Kingdom sign later that day")
RL(d, ["France", "United Kingdom"], RATIFIED, CTBT, "1998-04-06", "France and the United Kingdom become the first nuclear-weapon States to ratify")
R(d, "United States", NOTRATIFIED, CTBT, None, "the United States remains a signatory that has not ratified", negated=True,
  alt=["The US Senate rejects ratification, 48 to 51"])
R(d, "Russian Federation", RATIFIED, CTBT, "2000-06-30", "30 June 2000 – Russia ratifies")
R(d, "Indonesia", RATIFIED, CTBT, "2012-02-06", "deposits its instrument")
R(d, UNSC, "adopted", R2310, "2016-09-23", "The UN Security Council adopts resolution 2310 (2016) on the CTBT by 14 votes in favour")
R(d, "Egypt", "supported", R2310, "2016-09-23", "with Egypt abstaining", negated=True)
R(d, "Russian Federation", NOTBOUND, CTBT, None, "Russia withdraws its ratification", negated=True, required=False,
  alt=["Russia's revocation adds a ninth gap"])
R(d, "Papua New Guinea", RATIFIED, CTBT, "2025-03", "March 2025 – Papua New Guinea ratifies")
RL(d, ["India", "Pakistan", "Democratic People's Republic of Korea"], "signed", CTBT, None, "India, Pakistan and North Korea have not signed", negated=True)
RL(d, ["Egypt", "Iran", "Israel"], "signed", CTBT, None, "China, Egypt, Iran, Israel and the United States have signed but not ratified")
RL(d, ["China", "Egypt", "Iran", "Israel"], NOTRATIFIED, CTBT, None, "China, Egypt, Iran, Israel and the United States have signed but not ratified",
   negated=True)

# ===================== 09 (op-ed, CWC holdouts) =====================
d = "09.txt"
R(d, "United States", RATIFIED, CWC2, "1997", "The United States, which ratified the Convention in 1997")
R(d, "Russian Federation", RATIFIED, CWC2, "1997", "Russia, which ratified the same year")
R(d, "Syria", ACCEDED, CWC2, "2013", "Syria acceded in 2013")
R(d, "Angola", ACCEDED, CWC2, "2015", "Angola acceded in 2015")
R(d, "Myanmar", RATIFIED, CWC2, "2015", "Myanmar ratified later that same year")
R(d, "South Sudan", ACCEDED, CWC2, "2018", "South Sudan, the world's youngest State, acceded in 2018")
R(d, "Israel", "signed", CWC2, "1993-01", "Israel signed the Convention in January 1993")
R(d, "Israel", NOTRATIFIED, CWC2, None, "and has never ratified it", negated=True)
R(d, "Egypt", "signed", CWC2, None, "Egypt has neither signed nor ratified", negated=True)
R(d, "Egypt", NOTRATIFIED, CWC2, None, "Egypt has neither signed nor ratified", negated=True)
R(d, "Democratic People's Republic of Korea", "signed", CWC2, None, "North Korea has done neither", negated=True)
R(d, "Democratic People's Republic of Korea", NOTRATIFIED, CWC2, None, "North Korea has done neither", negated=True)
R(d, "Somalia", RATIFIED, CWC2, "2013", "Somalia ratified in 2013")
R(d, CWCCSP, "adopted", CWCUAP, "2003", "The Conference of the States Parties, which adopted a universality action plan in 2003", required=False)

# ===================== 10 (newspaper corrections notice) =====================
d = "10.txt"
R(d, "Chile", RATIFIED, BBNJ, "2024-03",
  "Chile ratified the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction in March 2024")
R(d, "India", ACCEPTED, FISH, None, "India has not accepted it", negated=True)
R(d, "Indonesia", ACCEPTED, FISH, "2025-08", "Indonesia deposited its instrument of acceptance in August 2025")
R(d, "Kazakhstan", RATIFIED, TPNW, "2019", "Kazakhstan, which ratified the treaty in 2019")
R(d, "United States", NOTBOUND, PARIS, None, "the United States ceased to be a Party last month", negated=True, required=False,
  alt=["The withdrawal that the United States notified in January 2025 took effect in January 2026"])
R(d, "Iran", "signed", PARIS, "2016-04", "Iran signed the Agreement in April 2016")
R(d, "Iran", NOTRATIFIED, PARIS, None, "Iran signed the Agreement in April 2016 but has not ratified it", negated=True)
R(d, "Myanmar", RATIFIED, CWC2, "2015", "Myanmar ratified the Convention in 2015")
R(d, "Egypt", "signed", CWC2, None, "Egypt has not signed it", negated=True)
R(d, "Israel", "signed", CWC2, None, "Israel has signed but not ratified")
R(d, "Israel", NOTRATIFIED, CWC2, None, "Israel has signed but not ratified", negated=True)

# ===================== 11 (Security Council meetings coverage, DPRK Panel veto) =====================
d = "11.txt"
D = "2024-03-28"
QIF = ("13 votes in favour (Algeria, Ecuador, France, Guyana, Japan, Malta, Mozambique, Republic of Korea, Sierra Leone, Slovenia, Switzerland, "
       "United Kingdom, United States)")
for a in ["Algeria", "Ecuador", "France", "Guyana", "Japan", "Malta", "Mozambique", "Republic of Korea", "Sierra Leone", "Slovenia",
          "Switzerland", "United Kingdom", "United States"]:
    R(d, a, "supported", S255, D, QIF)
R(d, "Russian Federation", "supported", S255, D, "1 against (Russian Federation)", negated=True,
  alt=["after the Russian Federation voted against a draft text put forward by the United States"])
R(d, "China", "supported", S255, D, "1 abstention (China)", negated=True, alt=["explaining his abstention"])
R(d, "United States", "co-sponsored", S255, None, "a draft text put forward by the United States",
  alt=["her delegation had circulated the draft after weeks of consultations"])
R(d, UNSC, "adopted", S255, None, "It was not adopted, owing to the negative vote of a permanent member", negated=True, required=False)
R(d, "Russian Federation", COMMITTED, R1718, D, "His country remained committed to resolution 1718 (2006)")
R(d, "Russian Federation", "supported", R1718, "2006-10", "which it had supported in October 2006")
R(d, UNSC, "adopted", R1718, "2006-10-14", "the Council had adopted resolution 1718 (2006) unanimously on 14 October 2006")
R(d, "Japan", "called-for", NPT, D,
  "urged the Democratic People's Republic of Korea to return to the Treaty on the Non-Proliferation of Nuclear Weapons")
R(d, "Democratic People's Republic of Korea", NOTBOUND, NPT, None, "from which it had announced its withdrawal in 2003", negated=True, required=False)
R(d, "Malta", PARTY, NPT, None, "speaking as a party to the Treaty on the Non-Proliferation of Nuclear Weapons")

# ===================== 12 (think-tank blog page, HTML: BBNJ after entry into force) =====================
d = "12.html"
D = "2026-01-20"
R(d, "United States", "signed", BBNJ, "2023-09", "The United States signed the Agreement in September 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "The current administration has said it will not seek ratification", negated=True)
R(d, "United States", NOTRATIFIED, UNCLOS, None, "it would in any case first need to join the Convention on the Law of the Sea, which it has never ratified",
  negated=True)
R(d, "China", "signed", BBNJ, "2023", "China signed in 2023 as well")
R(d, "China", NOTRATIFIED, BBNJ, None, "is preparing its instrument of ratification; no date has been given", negated=True)
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "The United Kingdom has introduced a bill to implement the Agreement, but has not yet ratified it",
  negated=True)
RL(d, ["Japan", "Norway", "Spain", "France"], RATIFIED, BBNJ, "2025",
   "the Parties now include Japan, Norway, Spain and France, all of which ratified in 2025")
R(d, "Chile", PARTY, BBNJ, None, "as well as Chile, the first Latin American Party")
R(d, "Australia", RATIFIED, BBNJ, "2025-12", "Australia ratified last month")
R(d, "Russian Federation", "signed", BBNJ, None, "Russia has neither signed nor ratified", negated=True)
R(d, "Russian Federation", NOTRATIFIED, BBNJ, None, "Russia has neither signed nor ratified", negated=True)
R(d, "Türkiye", NOTBOUND, UNCLOS, None, "Türkiye, which is not a Party to the Convention on the Law of the Sea either", negated=True)
R(d, "Türkiye", NOTBOUND, BBNJ, None, "Türkiye, which is not a Party to the Convention on the Law of the Sea either, has also stayed away", negated=True)
R(d, "Iceland", JOINED, BBNJ, None, "Iceland said in December that it was \"considering\" accession", negated=True)
R(d, OGL, "called-for", BBNJ, D, "the remaining signatories should ratify before it meets", required=False)
R(d, "Morocco", RATIFIED, BBNJ, None, "Morocco's sixtieth ratification: what it means", required=False)

# ===================== 13 (press briefing transcript, South Africa) =====================
d = "13.txt"
D = "2025-10-09"
R(d, "South Africa", "signed", ICSANT, "2025-10-07",
  "On Tuesday our Permanent Representative in New York signed, on behalf of South Africa, the International Convention for the Suppression of Acts "
  "of Nuclear Terrorism")
R(d, "South Africa", NOTRATIFIED, ICSANT, None, "Ratification will follow once Parliament has approved it", negated=True)
R(d, "South Africa", RATIFIED, TPNW, "2019-02", "South Africa ratified the Treaty on the Prohibition of Nuclear Weapons in February 2019",
  alt=["South Africa is \"proud to be a party to the nuclear ban\""])
R(d, "South Africa", JOINED, NPT, "1991", "before joining the Non-Proliferation Treaty in 1991")
R(d, "South Africa", RATIFIED, ATT, "2014-12", "South Africa ratified the Arms Trade Treaty in December 2014")
R(d, "South Africa", ENDORSED, EWIPA13, None, "Not yet. The Declaration is being studied by the relevant departments", negated=True)
R(d, "South Africa", COMMITTED, PARIS, D, "South Africa remains fully committed to the Paris Agreement")
R(d, "South Africa", RATIFIED, PARIS, "2016", "which we ratified in 2016")
R(d, "South Africa", "supported", TPNWRES, None, "We have voted for it every year")
R(d, "South Africa", "supported", TPNWRES, None, "and we will do so again", negated=True)
R(d, "South Africa", "called-for", TPNW, D, "We also urge the States that have not yet joined the Treaty")

# ===================== 14 (NGO newsletter, Markdown: WTO fisheries subsidies) =====================
d = "14.md"
R(d, WTOMC, "adopted", FISH, "2022-06-17",
  "after Ministers adopted the Protocol of Amendment at the Twelfth Ministerial Conference in Geneva on 17 June 2022")
RL(d, ["Kenya", "Tonga"], ACCEPTED, FISH, "2025-09-08", "Kenya and Tonga deposited their instruments of acceptance on 8 September")
R(d, "Brazil", ACCEPTED, FISH, "2025-09-10", "Brazil followed on 10 September")
R(d, "Viet Nam", ACCEPTED, FISH, "2025-09-15", "Viet Nam's instrument, which crossed the two-thirds line, was received on 15 September itself")
R(d, "Senegal", ACCEPTED, FISH, "2023", "Senegal, our host country, accepted the Agreement in 2023")
QMISS = "A handful of big fishing nations have still not accepted the Protocol, namely:"
R(d, "India", ACCEPTED, FISH, None, "India, which says the text does too little", negated=True, alt=[QMISS])
R(d, "Argentina", ACCEPTED, FISH, None, "Argentina, whose acceptance has been before Congress since April", negated=True, alt=[QMISS])
R(d, "Republic of Korea", ACCEPTED, FISH, None, "it \"expects to accept before the end of the year\"", negated=True, alt=[QMISS])
R(d, "Mauritania", ACCEPTED, FISH, None, "Mauritania has not accepted either", negated=True)
R(d, "India", "supported", FISH2, None, "India did not join consensus on the draft text", negated=True, required=False)
R(d, SSFC, "called-for", FISH, "2025-10",
  "The Coalition calls on every WTO Member that has not yet accepted the Agreement on Fisheries Subsidies to deposit its instrument")

# ===================== 15 (statement at the ATT CSP11, Indonesia) =====================
d = "15.txt"
D = "2025-08-25"
R(d, "Indonesia", ACCEDED, ATT, "2025-07-14", "on 14 July, Indonesia deposited its instrument of accession to the Arms Trade Treaty with the Secretary-General",
  alt=["not as an observer but as a State Party"])
R(d, "Indonesia", "signed", ATT, None, "Indonesia did not sign the Treaty when it was open for signature", negated=True)
R(d, "Japan", RATIFIED, ATT, "2014", "Japan, which ratified the Treaty in 2014")
R(d, "Philippines", RATIFIED, ATT, "2022", "the Philippines having ratified in 2022")
R(d, "Thailand", PARTY, ATT, None, "the Philippines and Thailand are now States Parties")
R(d, "Cambodia", "signed", ATT, "2013", "Cambodia signed the Treaty in 2013")
R(d, "Cambodia", NOTRATIFIED, ATT, None, "Cambodia signed the Treaty in 2013 but has yet to ratify it", negated=True)
R(d, "Malaysia", "signed", ATT, "2013", "Malaysia, which also signed in 2013")
R(d, "Malaysia", NOTRATIFIED, ATT, None, "it is considering ratification", negated=True)
QJC = "We join the President's call on all States that have not yet done so to accede to or ratify the Treaty"
R(d, "Indonesia", "called-for", ATT, D, QJC)
R(d, ATTPRES, "called-for", ATT, None, QJC, required=False)
R(d, "Indonesia", COMMITTED, ATT, D, "Indonesia commits to submitting its initial report within the first year")
R(d, "Indonesia", PARTY, FAP, "2017", "Indonesia has been a party to the Firearms Protocol since 2017")
R(d, "Indonesia", COMMITTED, POA, D, "remains committed to the Programme of Action on small arms and light weapons")
R(d, "Indonesia", "supported", ATTBUD, D, "My delegation supports the draft decision on the Treaty's budget", required=False)

# ===================== 16 (wire story, COP30: Paris Agreement holdouts) =====================
d = "16.txt"
R(d, "Libya", RATIFIED, PARIS, "2025-11-04", "the deposit had been recorded on 4 November",
  alt=["Libya has become a Party to the Paris Agreement"])
R(d, "Libya", "signed", PARIS, "2016-04-22", "Libya signed the Agreement on 22 April 2016")
R(d, "Iran", "signed", PARIS, "2016-04-22", "Iran signed the Agreement the same day in 2016")
R(d, "Iran", NOTRATIFIED, PARIS, None, "its parliament has never approved it", negated=True,
  alt=["there was \"no majority\" for ratification at present"])
R(d, "Yemen", "signed", PARIS, "2016-09", "Yemen, which signed in September 2016")
R(d, "Yemen", NOTRATIFIED, PARIS, None, "it \"fully intends to ratify once conditions allow\"", negated=True)
R(d, UNFCCCES, "called-for", PARIS, None, "urged \"the last two\" to join \"so that the Paris Agreement is truly universal\"")
R(d, "United States", NOTBOUND, PARIS, None, "The United States, which notified its withdrawal in January", negated=True, required=False)
R(d, "United States", PARTY, PARIS, None, "until then it remains a Party", required=False)
RL(d, ["Colombia", "Panama"], ENDORSED, BELEM, "2025-11-10",
   "Colombia and Panama on Monday announced that they had endorsed the Belém Declaration on the Transition away from Fossil Fuels")
R(d, "Mexico", ENDORSED, BELEM, None, "Mexico said it had \"not yet decided\"", negated=True)

gold.finish(MIN_CHARS, MAX_CHARS)
