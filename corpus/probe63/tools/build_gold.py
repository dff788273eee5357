#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (02.md, 08.md, 05.html, 12.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity (table quotes keep only the inner cell separators). Alternative actor names missing from gold.py's
ALT_NAMES are added locally below.

Theme: EU and regional institutions on concluding and joining agreements (2016-2026): Council of the EU press releases,
a Commission Q&A, European Parliament plenary news, Official Journal information notices, EEAS statements on behalf of the
EU and its Member States at UN bodies, and AU, ECOWAS, ASEAN, CARICOM and Pacific Islands Forum communiqués and legal
updates.

Conventions used here:
- The Union's signature is its `signed`; its conclusion (approval, ratification, accession, the notification that its
  procedures are complete for a bilateral agreement) is ACCEPTED/RATIFIED/ACCEDED as the text words it. A partner State's
  notification that it has completed its procedures under a bilateral agreement binds it (ACCEPTED).
- A Council decision on signature or conclusion, a Commission proposal, the European Parliament's consent or resolution
  vote tallies, a Council authorisation of member States, national parliamentary approval, provisional application, entry
  into force, depositaries, venues, hosts and presidencies give no record. States that "align themselves" with an EU
  statement get nothing.
- Calls on others (member States, all States, partners) to sign, ratify, accede or join are the caller's `called-for`, dated
  by the document; calls to implement or to take part in a meeting give nothing.
- Planned, pending, "not yet", "will", "is expected to", applications to accede are negated records without a date;
  withdrawals and suspensions are optional negated `party` records. Votes against and abstentions (by named States) are
  negated `supported` with the vote's date.
- Passive signatures with no actor named ("signed at Brussels on ...") give optional `signed` records for the parties the
  title names.
- Welcoming another's ratification, accession or signature gives the other its record and the welcomer nothing.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

EUCO = ["Council of the European Union", "Council of the EU", "Council"]
COM = ["European Commission", "Commission"]
EP = ["European Parliament", "Parliament"]

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Republic of Moldova", "Republic of Korea",
          "Cook Islands", "Türkiye", "Netherlands", "Cabo Verde", "Côte d'Ivoire", "Gambia", "Guinea", "Togo", "Ghana",
          "Brunei Darussalam", "Lao PDR", "Viet Nam", "Philippines", "Timor-Leste", "Cambodia", "Thailand", "Bahamas",
          "Micronesia", "Marshall Islands", "Fiji", "Samoa", "Kiribati", "Papua New Guinea", "Democratic Republic of the Congo",
          "Congo", "Sahrawi Arab Democratic Republic", "Central African Republic", "United Republic of Tanzania", "Eswatini",
          "South Sudan", "Egypt", "Rwanda", "China", "Iran", "Syria", "Venezuela", "Democratic People's Republic of Korea",
          "Saudi Arabia", "Equatorial Guinea", "Somalia", "Burundi", "Uganda", "Kenya"),
    "Ukraine": ["Ukraine"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Saint Lucia": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Guinea-Bissau": ["Guinea-Bissau", "Guinea Bissau"],
    "Burkina Faso": ["Burkina Faso"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "New Zealand": ["New Zealand"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Tuvalu": ["Tuvalu"],
    "Palau": ["Palau", "Republic of Palau"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Malaysia": ["Malaysia"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Myanmar": ["Myanmar"],
    "Mexico": ["Mexico", "United Mexican States"],
    "Chile": ["Chile", "Republic of Chile"],
    "Madagascar": ["Madagascar", "Republic of Madagascar"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (Council of the EU press release, BBNJ conclusion, 14 April 2025) =====================
d = "01.txt"
D = "2025-04-14"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty", "the Agreement"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
# Traps: the Council's decision on conclusion, the Parliament's consent (26 March 2025), the implementing regulation and the
# Commission's proposal (4 June 2024) are domestic steps. "adopted by consensus on 19 June 2023 at UN Headquarters" has no
# actor (venue only). The UN Secretary-General as depositary, entry into force and COP1: nothing. "together with most of its
# member states" names no State. Ireland and the Netherlands: parliamentary approval is domestic, not yet deposited = negated.
R(d, "European Union", NOTRATIFIED, BBNJ, None, "the Union is ready to ratify the High Seas Treaty before the UN Ocean Conference in Nice", negated=True,
  alt=["The Union will then deposit its instrument of ratification with the Secretary-General of the United Nations"])
R(d, "European Union", PARTY, UNCLOS, "1998", "Union has been a party to UNCLOS since 1998")
R(d, "European Union", "signed", BBNJ, "2023-09-20", "The Union signed the Agreement on 20 September 2023, the day it opened for signature")
R(d, "Hungary", "signed", BBNJ, None, "Hungary is the only member state that has not yet signed the Agreement", negated=True)
RL(d, ["Belgium", "Cyprus", "Finland", "France", "Malta", "Portugal", "Slovenia", "Spain"], RATIFIED, BBNJ, None,
   "Belgium, Cyprus, Finland, France, Malta, Portugal, Slovenia and Spain have deposited their instruments of ratification")
R(d, "Denmark", ACCEPTED, BBNJ, "2025-03", "Denmark deposited an instrument of approval last month")
RL(d, ["Ireland", "Netherlands"], NOTRATIFIED, BBNJ, None, "neither has yet deposited its instrument", negated=True)
RL(d, ["Chile", "Palau", "Seychelles", "Belize", "Monaco", "Mauritius"], RATIFIED, BBNJ, None,
   "Chile, Palau, Seychelles, Belize, Monaco and Mauritius are among the states that have already ratified the Agreement")
R(d, "United States", "signed", BBNJ, "2023-09", "The United States signed the Agreement in September 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "but is not expected to ratify it", negated=True)
R(d, EUCO, "called-for", BBNJ, D, "The Council calls on all member states that have not yet done so to ratify the Agreement without delay")

# ===================== 02 (Commission Q&A, Markdown, EU accession to the Hague Judgments Convention, 29 August 2022) =====================
d = "02.md"
D = "2022-08-29"
HJC = ("Convention of 2 July 2019 on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters",
       ["Judgments Convention", "Hague Judgments Convention", "2019 Hague Judgments Convention", "HCCH 2019 Judgments Convention"])
COCA = ("2005 Hague Convention on Choice of Court Agreements", ["Choice of Court Convention", "Convention on Choice of Court Agreements", "Hague Choice of Court Convention"])
LUG = ("2007 Lugano Convention", ["Lugano Convention", "Lugano II"])
# Traps: the Dutch MFA as depositary; entry into force on 1 September 2023; the Council decision (12 July 2022) and the
# Commission proposal; the Commission "not in a position to give its consent" to the UK's application (not the Union's own act
# on the Convention); the Lugano Convention "continues to apply between" (no act); Denmark "may join ... at a later stage".
R(d, "European Union", ACCEDED, HJC, D, "Today, the European Union deposited its instrument of accession to the Convention of 2 July 2019",
  alt=["European Union | – | 29 August 2022 (accession)"])
R(d, "Ukraine", RATIFIED, HJC, D, "On the same day, Ukraine deposited its instrument of ratification of the Convention",
  alt=["Ukraine | 4 March 2021 | 29 August 2022"])
R(d, "Denmark", NOTBOUND, HJC, None, "Denmark does not take part in the Union's accession and will not be bound by the Convention", negated=True)
R(d, "Uruguay", "signed", HJC, "2019-07-02", "Uruguay | 2 July 2019 |", alt=["Uruguay signed the Convention on the day it was concluded"])
R(d, "Israel", "signed", HJC, "2021-03-03", "Israel | 3 March 2021 |")
R(d, "Costa Rica", "signed", HJC, "2021-03-03", "Costa Rica | 3 March 2021 |")
R(d, "Ukraine", "signed", HJC, "2021-03-04", "Ukraine | 4 March 2021 |")
R(d, "Russian Federation", "signed", HJC, "2021-11-17", "Russian Federation | 17 November 2021 |")
R(d, "United States", "signed", HJC, "2022-03-02", "United States | 2 March 2022 |")
R(d, "Uruguay", NOTRATIFIED, HJC, None, "but it has not ratified it so far", negated=True)
# The table's "–" in the ratification column for the other signatories: a careful annotator might read them as not ratified.
for s, q in [("Israel", "Israel | 3 March 2021 | –"), ("Costa Rica", "Costa Rica | 3 March 2021 | –"),
             ("Russian Federation", "Russian Federation | 17 November 2021 | –"), ("United States", "United States | 2 March 2022 | –")]:
    R(d, s, NOTRATIFIED, HJC, None, q, negated=True, required=False)
R(d, "European Union", PARTY, COCA, "2015-10-01", "The Union has been a party to the 2005 Hague Convention on Choice of Court Agreements since 1 October 2015")
RL(d, ["Mexico", "Singapore", "Montenegro"], PARTY, COCA, None, "Mexico, Singapore and Montenegro are also Parties")
R(d, "United Kingdom", ACCEDED, COCA, "2020-09-28", "acceded to the Choice of Court Convention in its own right on 28 September 2020")
R(d, "United Kingdom", ACCEDED, LUG, None, "The United Kingdom applied to accede to the 2007 Lugano Convention in April 2020", negated=True)
RL(d, ["European Union", "Denmark", "Iceland", "Norway", "Switzerland"], PARTY, LUG, None,
   "The Lugano Convention continues to apply between the EU, Denmark, Iceland, Norway and Switzerland", required=False)
R(d, COM, "called-for", HJC, D, "The Commission encourages the Union's partners, in particular those with which it has close trading ties, to join the Judgments Convention")
R(d, ["Didier Reynders", "European Commission", "Commissioner for Justice"], "called-for", HJC, D,
  "I call on our partners around the world to follow the example of Ukraine", required=False)

# ===================== 03 (European Parliament plenary press release, 22 November 2023) =====================
d = "03.txt"
D = "2023-11-22"
EUNZ = ("Free Trade Agreement between the European Union and New Zealand", ["EU-New Zealand Free Trade Agreement", "EU-New Zealand trade deal", "EU-New Zealand agreement"])
MADP = ("Implementing Protocol to the Sustainable Fisheries Partnership Agreement between the EU and the Republic of Madagascar (2023-2027)",
        ["Madagascar protocol", "fisheries protocol with Madagascar", "Implementing Protocol to the Sustainable Fisheries Partnership Agreement"])
CETS224 = ("Second Additional Protocol to the Council of Europe Convention on Cybercrime on enhanced cooperation and disclosure of electronic evidence",
           ["Second Additional Protocol to the Budapest Convention", "Budapest protocol", "Second Additional Protocol", "CETS No. 224"])
C190 = ("ILO Convention No. 190 on violence and harassment in the world of work", ["C190", "ILO Convention 190", "Violence and Harassment Convention, 2019 (No. 190)"])
AFA = ("Advanced Framework Agreement between the EU and Chile", ["EU-Chile Advanced Framework Agreement", "Advanced Framework Agreement"])
ITA = ("Interim Trade Agreement between the EU and Chile", ["EU-Chile Interim Trade Agreement", "Interim Trade Agreement"])
# Traps: consent votes and their tallies (no named actors); the Council's decision on conclusion; provisional application of
# the Madagascar protocol; the Council's April 2022 authorisation of member states; the Council decision on C190 "blocked";
# the rapporteur's quote.
QNZ = "The agreement was signed in Brussels on 9 July 2023 by Executive Vice-President Valdis Dombrovskis, on behalf of the EU, and New Zealand's Trade Minister Damien O'Connor"
R(d, "European Union", "signed", EUNZ, "2023-07-09", QNZ)
R(d, "New Zealand", "signed", EUNZ, "2023-07-09", QNZ)
R(d, "New Zealand", RATIFIED, EUNZ, "2023-11-08", "New Zealand notified the EU on 8 November that it had completed its ratification procedures")
R(d, "European Union", NOTRATIFIED, EUNZ, None, "the EU will complete its own procedures", negated=True)
QMAD = "which the EU and Madagascar signed on 30 June 2023"
R(d, "European Union", "signed", MADP, "2023-06-30", QMAD)
R(d, "Madagascar", "signed", MADP, "2023-06-30", QMAD)
R(d, "European Union", ACCEPTED, MADP, None, "The Madagascar protocol will be concluded by the Council following today's vote", negated=True)
R(d, EP, "called-for", CETS224, D, "MEPs called on the member states that have not yet done so to sign and ratify the Second Additional Protocol")
RL(d, ["Belgium", "Spain", "Portugal"], "signed", CETS224, "2022-05-12", "Belgium, Spain and Portugal were among the first to sign the Protocol, on 12 May 2022 in Strasbourg")
R(d, EP, "called-for", C190, D, "The same resolution calls on all member states to ratify ILO Convention No. 190")
RL(d, ["Italy", "Greece", "Spain", "Belgium", "Germany", "Portugal"], RATIFIED, C190, None,
   "only Italy, Greece, Spain, Belgium, Germany and Portugal have ratified it")
QCL = ("the Advanced Framework Agreement between the EU and Chile and the accompanying Interim Trade Agreement are due to be signed in "
       "Brussels on 13 December 2023")
for i in (AFA, ITA):
    R(d, "European Union", "signed", i, None, QCL, negated=True)
    R(d, "Chile", "signed", i, None, QCL, negated=True)

# ===================== 04 (Official Journal L series 2024/1912, information notices, 12 July 2024) =====================
d = "04.txt"
MDROAD = ("Agreement between the European Union and the Republic of Moldova on the carriage of freight by road", ["EU-Moldova road freight agreement"])
KRMAR = ("Agreement between the European Union and the Republic of Korea on cooperation in the field of maritime safety", ["EU-Korea maritime safety agreement"])
MEDAM = ("2023 Amendments to the Protocol concerning Cooperation in Preventing Pollution from Ships and, in Cases of Emergency, Combating Pollution of the Mediterranean Sea",
         ["2023 Amendments", "Protocol on preventing pollution from ships in the Mediterranean (2023 amendments)", "Prevention and Emergency Protocol amendments"])
BARC = ("Barcelona Convention", ["Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean"])
UAROAD = ("Agreement between the European Union and Ukraine amending the Agreement on the carriage of freight by road", ["EU-Ukraine road freight agreement", "Agreement amending the Agreement on the carriage of freight by road"])
COOK = ("Protocol implementing the Sustainable Fisheries Partnership Agreement between the European Union and the Government of the Cook Islands",
        ["Protocol implementing the Sustainable Fisheries Partnership Agreement", "EU-Cook Islands fisheries protocol"])
ECT = ("Energy Charter Treaty", ["ECT"])
# Traps: entry into force dates, provisional application, depositaries (Spain, Portugal), the Council Decision, the National
# Assembly, and the corrigendum (which corrects an entry-into-force date, not an act).
R(d, "Republic of Moldova", ACCEPTED, MDROAD, "2023-11-14", "The Republic of Moldova notified the completion of its internal procedures on 14 November 2023")
R(d, "European Union", ACCEPTED, MDROAD, "2024-01-22", "the European Union notified its approval of the Agreement on 22 January 2024")
RL(d, ["European Union", "Republic of Moldova"], "signed", MDROAD, "2023-06-29", "signed at Brussels on 29 June 2023", required=False)
RL(d, ["European Union", "Republic of Korea"], "signed", KRMAR, "2024-02-14",
   "The Agreement was signed in Brussels on 14 February 2024 by the European Union and the Republic of Korea")
R(d, "European Union", ACCEPTED, KRMAR, None, "It has not yet been concluded by the Union", negated=True)
R(d, "Republic of Korea", NOTRATIFIED, KRMAR, None, "it will submit the Agreement to the National Assembly for ratification in the course of 2024", negated=True)
R(d, "European Union", ACCEPTED, MEDAM, "2023-12-20", "The European Union deposited its instrument of approval of the 2023 Amendments")
R(d, "European Union", PARTY, BARC, "1978", "The Union has been a Contracting Party to the Barcelona Convention since 1978")
R(d, "Ukraine", ACCEPTED, UAROAD, "2023-12-06", "Ukraine deposited its notification of completion on 6 December 2023")
R(d, "European Union", ACCEPTED, UAROAD, "2023-11-13", "the Union having notified its approval on 13 November 2023")
RL(d, ["European Union", "Ukraine"], "signed", UAROAD, "2023-10-27", "signed at Brussels and Kyiv on 27 October 2023", required=False)
RL(d, ["European Union", "Cook Islands"], "signed", COOK, "2024-02-07",
   "The European Union and the Government of the Cook Islands signed the Protocol implementing the Sustainable Fisheries Partnership Agreement on 7 February 2024")
R(d, "Cook Islands", ACCEPTED, COOK, None, "The Cook Islands have not yet notified the Union of the completion of those procedures", negated=True)
R(d, "European Union", PARTY, ECT, None, "the Union notified the Government of the Portuguese Republic, the depositary, of its withdrawal from the Energy Charter Treaty",
  negated=True, required=False)

# ===================== 05 (EEAS, EU statement at the UNGA First Committee, HTML, New York, 23 October 2024) =====================
d = "05.html"
D = "2024-10-23"
ATT = ("Arms Trade Treaty", ["ATT"])
APMBC = ("Anti-Personnel Mine Ban Convention", ["Mine Ban Convention", "Ottawa Convention", "APMBC",
         "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction"])
CCW = ("Convention on Certain Conventional Weapons", ["CCW", "Certain Conventional Weapons Convention"])
POA = ("UN Programme of Action on small arms and light weapons", ["PoA", "Programme of Action", "UN Programme of Action"])
ITI = ("International Tracing Instrument", ["ITI"])
FIREARMS = ("UN Firearms Protocol", ["Firearms Protocol", "Protocol against the Illicit Manufacturing of and Trafficking in Firearms"])
GFA = ("Global Framework for Through-life Conventional Ammunition Management", ["Global Framework for Through-life Conventional Ammunition Management", "Global Framework"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "Political Declaration on Explosive Weapons in Populated Areas", "the Declaration"])
# Traps: the aligned candidate and EFTA countries (nothing); the EU's outreach programme and donor role; Cambodia hosting the
# Review Conference in Siem Reap; "we support the development of an instrument" (a process); the EU Firearms Directive
# (implementation); "welcome the accessions" gives the acceding States their records, the EU nothing.
R(d, "European Union", ["supported", "endorsed"], ATT, None, "The EU remains a staunch supporter of the Arms Trade Treaty (ATT)", required=False)
RL(d, ["Malawi", "Somalia"], ACCEDED, ATT, None, "We welcome the accessions of Malawi and Somalia to the Treaty since our last session")
R(d, "Singapore", RATIFIED, ATT, "2024", "the ratification by Singapore earlier this year")
R(d, "European Union", "called-for", ATT, D, "We call on all States that have not yet done so, in particular major exporters and importers, to join the ATT without delay")
R(d, "European Union", "called-for", APMBC, D, "The EU reiterates its call on all States to accede to the Anti-Personnel Mine Ban Convention")
R(d, "Ukraine", PARTY, APMBC, "2005", "Ukraine, a State Party to the Convention since 2005")
R(d, "Russian Federation", NOTBOUND, APMBC, None, "The Russian Federation is not a party to the Convention", negated=True)
R(d, "European Union", "called-for", CCW, D, "The EU calls on all States to become parties to the CCW and all its Protocols")
R(d, "European Union", COMMITTED, POA, None, "The EU remains fully committed to the UN Programme of Action on small arms and light weapons (PoA)")
R(d, "European Union", COMMITTED, ITI, None, "The EU remains fully committed to the UN Programme of Action on small arms and light weapons (PoA) and to the International Tracing Instrument (ITI)")
R(d, "European Union", "called-for", FIREARMS, D, "We also call on all States to ratify the UN Firearms Protocol")
R(d, "European Union", PARTY, FIREARMS, "2014", "The European Union itself became a party to the Firearms Protocol in 2014")
R(d, "European Union", ["supported", "endorsed", "adopted"], GFA, "2023",
  "The EU supported the adoption by consensus of the Global Framework for Through-life Conventional Ammunition Management in 2023", required=False)
RL(d, ["Ireland", "Austria", "Luxembourg"], ENDORSED, EWIPA, "2022-11",
   "Ireland, Austria and Luxembourg were among the first to endorse the Political Declaration")
RL(d, ["Croatia", "Czechia", "Estonia"], ENDORSED, EWIPA, None, "Croatia, Czechia and Estonia have not endorsed the Declaration so far", negated=True)

# ===================== 06 (AU Commission, Office of the Legal Counsel, Legal Affairs Update No. 1/2024, 12 February 2024) =====================
d = "06.txt"
D = "2024-02-12"
AUA = ["Assembly of the African Union", "AU Assembly", "Assembly of the Union", "African Union"]
AUC = ["African Union Commission", "AU Commission", "Commission", "African Union"]
AMA = ("Treaty for the Establishment of the African Medicines Agency", ["AMA Treaty", "African Medicines Agency Treaty", "AMA"])
FMP = ("Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["Free Movement Protocol", "AU Free Movement Protocol"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA Agreement", "AfCFTA"])
ACDEG = ("African Charter on Democracy, Elections and Governance", ["ACDEG", "the Charter"])
OPP = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons", ["Older Persons Protocol", "Protocol on the Rights of Older Persons"])
# Traps: the OLC as depositary; entry into force of the AMA Treaty and of the Older Persons Protocol; "Angola became the
# fifteenth State Party" is the same event as its accession (no separate party record); Somaliland (struck by the correction,
# not a Member State); "32 Member States have signed" and "48" State Parties (unnamed); the Pan-African Parliament's Model
# Law (not a treaty); Burundi hosting the retreat; the OLC's ratification support; the Executive Council "invited to take note".
R(d, AUA, ADOPTED, AMA, "2019-02-11", "The AMA Treaty, adopted by the Assembly of the Union on 11 February 2019")
QNT = "Nigeria and Togo deposited their instruments of ratification, on 14 September 2023 and 2 October 2023 respectively"
R(d, "Nigeria", RATIFIED, AMA, "2023-09-14", QNT)
R(d, "Togo", RATIFIED, AMA, "2023-10-02", QNT)
R(d, "Congo", "signed", AMA, "2023-11-09", "The Republic of Congo signed the Treaty on 9 November 2023")
R(d, "Egypt", "signed", AMA, "2019", "Egypt, which signed in 2019, has not ratified the Treaty")
R(d, "Egypt", NOTRATIFIED, AMA, None, "Egypt, which signed in 2019, has not ratified the Treaty", negated=True)
RL(d, ["Mali", "Niger", "Rwanda", "Sao Tome and Principe"], RATIFIED, FMP, None,
   "Only four Member States have ratified it: Mali, Niger, Rwanda and Sao Tome and Principe")
QFS = "A further 32 Member States have signed but not ratified the Protocol, among them Angola, Chad, Kenya and Senegal"
RL(d, ["Angola", "Chad", "Kenya", "Senegal"], "signed", FMP, None, QFS)
RL(d, ["Angola", "Chad", "Kenya", "Senegal"], NOTRATIFIED, FMP, None, QFS, negated=True)
R(d, "Somalia", RATIFIED, AFCFTA, "2023-12-06", "With the deposit by Somalia of its instrument of ratification on 6 December 2023")
R(d, "Eritrea", "signed", AFCFTA, None, "Eritrea remains the only Member State that has not signed the Agreement", negated=True)
QAS = ("The Member States that have signed the Agreement but have yet to deposit an instrument of ratification are: Benin, Libya, South "
       "Sudan, Sudan, Madagascar")
QASC = "the list should read \"Benin, Libya, South Sudan, Sudan and Madagascar\""
RL(d, ["Benin", "Libya", "South Sudan", "Sudan", "Madagascar"], "signed", AFCFTA, None, QAS, alt=[QASC])
RL(d, ["Benin", "Libya", "South Sudan", "Sudan", "Madagascar"], NOTRATIFIED, AFCFTA, None, QAS, negated=True, alt=[QASC])
R(d, "Mauritania", RATIFIED, ACDEG, "2023-10-23", "Mauritania's ratification of the ACDEG, deposited on 23 October 2023")
R(d, "Morocco", "signed", ACDEG, "2024-01-30", "The Charter was signed on behalf of the Kingdom of Morocco by its Permanent Representative, Ambassador Mohamed Arrouchi, on 30 January 2024")
R(d, "Angola", ACCEDED, OPP, "2023-12-19", "Following its accession on 19 December 2023, Angola became the fifteenth State Party to the Older Persons Protocol")
RL(d, ["Cameroon", "Malawi"], RATIFIED, OPP, None, "The Protocol was also ratified by Cameroon and Malawi during the reporting period")
QCALL = "The Commission calls on all Member States that have not yet done so to sign, ratify and domesticate the Free Movement Protocol and the AMA Treaty"
R(d, AUC, "called-for", FMP, D, QCALL)
R(d, AUC, "called-for", AMA, D, QCALL)

# ===================== 07 (ECOWAS, Final Communiqué of the 65th Ordinary Session of the Authority, Abuja, 7 July 2024) =====================
d = "07.txt"
D = "2024-07-07"
ECA = ["ECOWAS Authority of Heads of State and Government", "ECOWAS Authority", "Authority of Heads of State and Government", "ECOWAS", "the Authority"]
RET = ("Revised ECOWAS Treaty of 1993", ["Revised ECOWAS Treaty", "ECOWAS Treaty"])
AES = ("Treaty establishing the Confederation of Sahel States", ["AES Treaty", "Confederation of Sahel States Treaty", "Alliance of Sahel States treaty"])
SBF = ("Supplementary Protocol A/SP.2/12/22 on the Establishment of the ECOWAS Standby Force Counter-Terrorism Brigade",
       ["Supplementary Protocol A/SP.2/12/22", "Standby Force Counter-Terrorism Brigade Protocol", "the Supplementary Protocol"])
EXTR = ("ECOWAS Convention on Extradition (A/P1/8/94)", ["ECOWAS Convention on Extradition", "Convention on Extradition", "A/P1/8/94"])
SA24 = ("Supplementary Act A/SA.1/07/24 on the harmonisation of the legal framework for the ECOWAS Single Currency", ["Supplementary Act A/SA.1/07/24", "A/SA.1/07/24"])
ABJD = ("Declaration on Regional Security and Counter-Terrorism (Abuja Declaration 2024)", ["Abuja Declaration 2024", "Declaration on Regional Security and Counter-Terrorism", "Abuja Declaration"])
EPA = ("Economic Partnership Agreement between West Africa and the European Union", ["West Africa EPA", "EPA", "Economic Partnership Agreement"])
V2050 = ("ECOWAS Vision 2050 Implementation Strategy", ["Vision 2050 Implementation Strategy", "ECOWAS Vision 2050"])
V2050AP = ("first five-year Action Plan of the ECOWAS Vision 2050 Implementation Strategy", ["five-year Action Plan", "Vision 2050 Action Plan"])
# Traps: the attendance list and the Nigerian chairmanship and hosting; the facilitator designations; "all Member States have
# subscribed" to the Democracy Protocol (unnamed) and the call to respect it (implementation); Côte d'Ivoire's and Ghana's
# application of their stepping-stone agreements; the Member States that are AfCFTA State Parties (unnamed) and the call to
# implement the Guided Trade Initiative; Senegal's designation as Vice-Chair; the next session (15 December 2024).
RL(d, ["Burkina Faso", "Mali", "Niger"], NOTBOUND, RET, None,
   "the decision announced on 28 January 2024 by Burkina Faso, the Republic of Mali and the Republic of Niger to withdraw from ECOWAS and the Revised ECOWAS Treaty of 1993",
   negated=True, required=False)
RL(d, ["Burkina Faso", "Mali", "Niger"], "signed", AES, "2024-07-06",
   "Treaty establishing the Confederation of Sahel States, signed yesterday in Niamey by the Heads of State of the three countries")
RL(d, ["Gambia", "Liberia", "Sierra Leone"], RATIFIED, SBF, None,
   "The Authority welcomes the deposit by The Gambia, Liberia and Sierra Leone of their instruments of ratification")
R(d, "Guinea-Bissau", ACCEDED, SBF, "2024-05", "Guinea-Bissau acceded to the Supplementary Protocol in May 2024")
R(d, ECA, "called-for", SBF, D, "The Authority urges the Member States that have not yet ratified the Supplementary Protocol to do so before the end of 2024")
R(d, "Cabo Verde", RATIFIED, EXTR, "2024-03", "Cabo Verde deposited its instrument of ratification of the ECOWAS Convention on Extradition (A/P1/8/94) in March")
R(d, "Ghana", "signed", EXTR, None, "Ghana has signed but not yet ratified the Convention")
R(d, "Ghana", NOTRATIFIED, EXTR, None, "Ghana has signed but not yet ratified the Convention", negated=True)
R(d, ECA, ADOPTED, SA24, D, "The Authority adopts the Supplementary Act A/SA.1/07/24")
R(d, ECA, ADOPTED, ABJD, D, "and the Declaration on Regional Security and Counter-Terrorism (Abuja Declaration 2024)")
R(d, "Nigeria", "signed", EPA, None, "the Agreement has been signed by all Member States except Nigeria, which has not signed it", negated=True)
R(d, ECA, ADOPTED, V2050, D, "The Authority approves the ECOWAS Vision 2050 Implementation Strategy")
R(d, ECA, ADOPTED, V2050AP, D, "The Authority approves the ECOWAS Vision 2050 Implementation Strategy and its first five-year Action Plan", required=False)
R(d, ECA, "called-for", V2050, D, "calls on all Member States to adopt and implement the Strategy", required=False)

# ===================== 08 (ASEAN Secretariat News, Markdown, Kuala Lumpur, 26 October 2025) =====================
d = "08.md"
D = "2025-10-26"
ADM = ("Declaration on the Admission of the Democratic Republic of Timor-Leste into the Association of Southeast Asian Nations",
       ["Declaration on the Admission of Timor-Leste into ASEAN", "Declaration on the Admission of Timor-Leste"])
CHARTER = ("ASEAN Charter", ["Charter of the Association of Southeast Asian Nations"])
TAC = ("Treaty of Amity and Cooperation in Southeast Asia", ["TAC", "Treaty of Amity and Cooperation"])
AADMER = ("ASEAN Agreement on Disaster Management and Emergency Response", ["AADMER"])
SEANWFZ = ("Treaty on the Southeast Asia Nuclear Weapon-Free Zone", ["SEANWFZ Treaty", "Bangkok Treaty", "SEANWFZ"])
ATIGA = ("ASEAN Trade in Goods Agreement", ["ATIGA"])
ACTIP = ("ASEAN Convention Against Trafficking in Persons, Especially Women and Children", ["ACTIP"])
RCEP = ("Regional Comprehensive Economic Partnership (RCEP) Agreement", ["RCEP", "RCEP Agreement", "Regional Comprehensive Economic Partnership"])
ROAD = ("Roadmap for Timor-Leste's Full Membership", ["Roadmap", "Roadmap for Timor-Leste's Full Membership in ASEAN"])
ATIGA2 = ("Second Protocol to Amend the ASEAN Trade in Goods Agreement", ["Second Protocol to Amend ATIGA"])
ACFTA3 = ("ASEAN–China Free Trade Area 3.0 Upgrade Protocol", ["ACFTA 3.0 Upgrade Protocol", "ASEAN-China Free Trade Area 3.0 Upgrade Protocol"])
KL2045 = ("Kuala Lumpur Declaration on ASEAN 2045: Our Shared Future", ["Kuala Lumpur Declaration on ASEAN 2045", "KL Declaration on ASEAN 2045"])
BKK = ("ASEAN Declaration (Bangkok Declaration)", ["ASEAN Declaration", "Bangkok Declaration"])
ASEANL = ["ASEAN", "ASEAN Leaders", "ASEAN Member States", "Association of Southeast Asian Nations"]
# Traps: Malaysia as host and Chair; the Secretary-General of ASEAN receiving the instrument; Timor-Leste's 2011 membership
# application, observer status and "agreed in principle to admit it" (membership, not an instrument); "expected to accede to
# some 200 ASEAN legal instruments" (unnamed); the DEFA to be signed in 2026 (no actor); the ASEAN Charter "signed in
# Singapore" and its entry into force (no actor); Brunei, Viet Nam, Lao PDR, Myanmar and Cambodia "joined" ASEAN (membership).
QADM = "was signed by the Leaders of Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Viet Nam, and by Prime Minister Xanana Gusmão of Timor-Leste"
RL(d, ["Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Myanmar", "Philippines", "Singapore", "Thailand", "Viet Nam", "Timor-Leste"],
   SIGNED_DECL, ADM, D, QADM)
R(d, "Timor-Leste", ACCEDED, CHARTER, D,
  "Foreign Minister Bendito dos Santos Freitas of Timor-Leste deposited the instrument of accession to the Charter of the Association of Southeast Asian Nations",
  alt=["ASEAN Charter | Instrument of accession deposited, 26 October 2025"])
R(d, "Timor-Leste", ACCEDED, TAC, "2007-01-13", "Timor-Leste acceded to the Treaty of Amity and Cooperation in Southeast Asia (TAC) on 13 January 2007",
  alt=["Treaty of Amity and Cooperation in Southeast Asia | Acceded, 13 January 2007"])
R(d, "Timor-Leste", ACCEDED, AADMER, "2025-08-04", "ASEAN Agreement on Disaster Management and Emergency Response (AADMER) | Acceded, 4 August 2025")
R(d, "Timor-Leste", NOTBOUND, SEANWFZ, None, "Treaty on the Southeast Asia Nuclear Weapon-Free Zone (SEANWFZ Treaty) | Accession under preparation", negated=True)
R(d, "Timor-Leste", NOTBOUND, ATIGA, None, "ASEAN Trade in Goods Agreement (ATIGA) | Not yet acceded", negated=True,
  alt=["once it has joined ATIGA"])
R(d, "Timor-Leste", NOTBOUND, ACTIP, None, "ASEAN Convention Against Trafficking in Persons, Especially Women and Children (ACTIP) | Not yet acceded", negated=True)
R(d, "Timor-Leste", NOTBOUND, RCEP, None, "Timor-Leste has also indicated that it intends to accede to the Regional Comprehensive Economic Partnership (RCEP)", negated=True)
R(d, ASEANL, ADOPTED, ROAD, "2023-05", "in May 2023 they adopted the Roadmap for Timor-Leste's Full Membership")
R(d, ["ASEAN Economic Ministers", "ASEAN"], "signed", ATIGA2, D, "the ASEAN Economic Ministers signed the", required=False)
R(d, "China", "signed", ACFTA3, None, "is to be signed by the ten ASEAN Member States and China on 28 October 2025", negated=True)
R(d, ASEANL, ADOPTED, KL2045, D, "the ASEAN Member States adopted the Kuala Lumpur Declaration on ASEAN 2045: Our Shared Future", required=False)
RL(d, ["Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand"], SIGNED_DECL, BKK, "1967-08-08",
   "with the signing of the ASEAN Declaration (Bangkok Declaration) by Indonesia, Malaysia, the Philippines, Singapore and Thailand")


# ===================== 09 (CARICOM Secretariat, communiqué of the 49th Regular Meeting of Heads of Government, 8 July 2025) =====================
d = "09.txt"
D = "2025-07-08"
CARH = ["CARICOM Conference of Heads of Government", "Conference of Heads of Government", "CARICOM", "Caribbean Community", "Heads of Government"]
PCR = ("Protocol on Contingent Rights", ["CARICOM Protocol on Contingent Rights"])
MASA = ("Multilateral Air Services Agreement", ["MASA", "CARICOM Multilateral Air Services Agreement"])
ESCAZU = ("Escazú Agreement", ["Escazu Agreement",
          "Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean"])
LDF = ("CARICOM Declaration on Loss and Damage Financing", ["Declaration on Loss and Damage Financing"])
ATT = ("Arms Trade Treaty", ["ATT"])
CFR = ("Caribbean Firearms Roadmap", ["Firearms Roadmap", "Roadmap"])
SAMOA = ("Samoa Agreement between the EU and the OACPS", ["Samoa Agreement", "Post-Cotonou Agreement"])
# Traps: Jamaica hosting and chairing; the four States applying full free movement (implementation) and the call to "join the
# arrangement" (not an instrument); the Bridgetown Initiative (support for an initiative); the call on Parties to submit NDCs;
# the ICJ Advisory Opinion and Vanuatu leading the request; "all Member States are party to the Arms Trade Treaty" and "signed
# by CARICOM Member States in Apia" (unnamed); the Firearms Roadmap "adopted in 2020" (no actor); Saint Kitts and Nevis hosting.
RL(d, ["Saint Lucia", "Guyana"], RATIFIED, PCR, "2025-06",
   "Heads welcomed the deposit by Saint Lucia and Guyana of their instruments of ratification of the Protocol on Contingent Rights in June")
R(d, "Antigua and Barbuda", "signed", PCR, None, "Antigua and Barbuda has signed the Protocol but has not yet ratified it")
R(d, "Antigua and Barbuda", NOTRATIFIED, PCR, None, "Antigua and Barbuda has signed the Protocol but has not yet ratified it", negated=True)
R(d, "Montserrat", "signed", PCR, None, "Montserrat is awaiting an instrument of entrustment from the United Kingdom before it can sign", negated=True)
RL(d, ["Dominica", "Suriname"], "signed", MASA, "2025-07-06",
   "The Multilateral Air Services Agreement (MASA) was signed on the opening day of the Meeting by Dominica and Suriname")
R(d, "Trinidad and Tobago", "signed", MASA, "2018", "Trinidad and Tobago, which signed the MASA in 2018")
R(d, "Trinidad and Tobago", NOTRATIFIED, MASA, None, "indicated that it would deposit its instrument of ratification before the next Inter-Sessional Meeting", negated=True)
R(d, CARH, COMMITTED, ESCAZU, None, "Heads of Government reaffirmed the Community's commitment to the Regional Agreement on Access to Information", required=False)
RL(d, ["Antigua and Barbuda", "Belize", "Dominica", "Grenada", "Guyana", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines"],
   JOINED, ESCAZU, None,
   "most Member States have ratified or acceded to the Agreement - Antigua and Barbuda, Belize, Dominica, Grenada, Guyana, Saint Kitts and Nevis, Saint Lucia, and St. Vincent and the Grenadines")
R(d, "Jamaica", "signed", ESCAZU, None, "Jamaica has signed but not yet ratified it")
R(d, "Jamaica", NOTRATIFIED, ESCAZU, None, "Jamaica has signed but not yet ratified it", negated=True)
R(d, CARH, "called-for", ESCAZU, D, "Heads called on those Member States that have not yet done so to sign and ratify the Escazú Agreement")
R(d, CARH, ENDORSED, LDF, D, "Heads endorsed the CARICOM Declaration on Loss and Damage Financing")
R(d, "Haiti", "signed", ATT, "2014", "Haiti, which signed it in 2014 but has yet to ratify it")
R(d, "Haiti", NOTRATIFIED, ATT, None, "Haiti, which signed it in 2014 but has yet to ratify it", negated=True)
R(d, CARH, COMMITTED, CFR, None, "They reaffirmed their commitment to the Caribbean Firearms Roadmap", required=False)
RL(d, ["Barbados", "Jamaica"], RATIFIED, SAMOA, None, "had been ratified by Barbados and Jamaica")

# ===================== 10 (Pacific Islands Forum, 52nd Leaders Meeting communiqué, Rarotonga, 6-10 November 2023) =====================
d = "10.txt"
D = "2023-11"
PIFL = ["Pacific Islands Forum Leaders", "Pacific Islands Forum", "Forum Leaders", "PIF", "Leaders"]
S2050IP = ("2050 Strategy Implementation Plan 2023-2030", ["2050 Strategy Implementation Plan", "Implementation Plan"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy"])
STATEHOOD = ("2023 Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise",
             ["Declaration on the Continuity of Statehood", "Statehood Declaration"])
FALEPILI = ("Australia-Tuvalu Falepili Union Treaty", ["Falepili Union Treaty", "Falepili Union"])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
MZ21 = ("2021 Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise", ["Declaration on Preserving Maritime Zones"])
RP1 = ("Protocol 1 to the Treaty of Rarotonga", ["Protocol 1", "Protocol 1 to the South Pacific Nuclear Free Zone Treaty"])
RP2 = ("Protocol 2 to the Treaty of Rarotonga", ["Protocol 2", "Protocol 2 to the South Pacific Nuclear Free Zone Treaty"])
RP3 = ("Protocol 3 to the Treaty of Rarotonga", ["Protocol 3", "Protocol 3 to the South Pacific Nuclear Free Zone Treaty"])
PACER = ("Pacific Agreement on Closer Economic Relations Plus", ["PACER Plus"])
LAGATOI = ("Lagatoi Declaration", ["Lagatoi Declaration on the Pacific Policing Initiative"])
# Traps: the Cook Islands chairing and hosting; Kiribati's return to full membership; the attendance list; "Leaders called on
# the international community to support the Declaration" (support, not joining); Tuvalu's Parliament (domestic); "signed by
# ... among others" (the others unnamed); the Treaty of Rarotonga "opened for signature in Rarotonga in 1985" (no actor);
# Japan's briefing; the Boe Declaration "reaffirmed" (no new act); PACER Plus "in force since" (entry into force); Tonga hosting.
R(d, PIFL, ENDORSED, S2050IP, D, "Leaders endorsed the 2050 Strategy Implementation Plan 2023-2030")
R(d, PIFL, ENDORSED, S2050, "2022-07", "which Leaders endorsed in Suva in July 2022")
R(d, PIFL, ENDORSED, STATEHOOD, D, "Leaders endorsed the 2023 Declaration on the Continuity of Statehood")
R(d, PIFL, "called-for", STATEHOOD, D, "encouraged all States to endorse it")
QFAL = ("Leaders welcomed the signing, on 9 November 2023 on the margins of the Meeting, of the Australia-Tuvalu Falepili Union Treaty by Prime "
        "Minister Anthony Albanese and Prime Minister Kausea Natano")
RL(d, ["Australia", "Tuvalu"], "signed", FALEPILI, "2023-11-09", QFAL)
R(d, "Tuvalu", NOTRATIFIED, FALEPILI, None, "it would not ratify it before the general election in January", negated=True)
RL(d, ["Fiji", "Palau", "Samoa", "Vanuatu", "Micronesia"], "signed", BBNJ, None,
   "has been signed by Fiji, Palau, Samoa, Vanuatu and the Federated States of Micronesia")
R(d, "Palau", NOTRATIFIED, BBNJ, None, "Palau intends to deposit its instrument of ratification early next year", negated=True)
R(d, PIFL, "called-for", BBNJ, D, "Leaders encouraged all Members to sign and ratify the BBNJ Agreement at the earliest opportunity")
R(d, PIFL, COMMITTED, MZ21, None, "Leaders reaffirmed their commitment to the 2021 Declaration on Preserving Maritime Zones", required=False)
QUS = "the United States signed Protocols 1, 2 and 3 in 1996 but has not ratified them"
for p in (RP1, RP2, RP3):
    R(d, "United States", "signed", p, "1996", QUS)
    R(d, "United States", NOTRATIFIED, p, None, QUS, negated=True)
    R(d, PIFL, "called-for", p, D, "Leaders called on the United States to ratify the Protocols without further delay")
for p in (RP2, RP3):
    RL(d, ["China", "Russian Federation"], RATIFIED, p, None, "China and the Russian Federation have ratified Protocols 2 and 3")
R(d, ["Pacific police chiefs", "Pacific Islands Chiefs of Police"], ADOPTED, LAGATOI, None, "the Lagatoi Declaration adopted by Pacific police chiefs", required=False)
R(d, "Nauru", "signed", PACER, "2017", "Nauru, which signed the Agreement in 2017, has yet to ratify it")
R(d, "Nauru", NOTRATIFIED, PACER, None, "Nauru, which signed the Agreement in 2017, has yet to ratify it", negated=True)
R(d, "Vanuatu", RATIFIED, PACER, "2023-07", "Vanuatu deposited its instrument of ratification in July 2023")

# ===================== 11 (Council of the EU press release, EU signs the Council of Europe AI Convention, 5 September 2024) =====================
d = "11.txt"
D = "2024-09-05"
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "AI Convention", "CETS No. 225", "Framework Convention"])
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention"])
COECM = ["Committee of Ministers of the Council of Europe", "Council of Europe Committee of Ministers", "Council of Europe"]
# Traps: Vilnius and Lithuania as host (the Minister opens the ceremony; Lithuania's own signature is only announced); the
# Council decision of 28 August 2024; the AI Act and its entry into force; the negotiations in the CAI and the Commission
# negotiating; "member states will not sign" (unnamed); the Convention's entry-into-force clause; the Council decisions of
# 1 June 2023 and the Istanbul Convention's entry into force for the Union.
R(d, "European Union", "signed", AIC, D, "The European Union today signed the Council of Europe Framework Convention on Artificial Intelligence",
  alt=["Věra Jourová signed the Convention on behalf of the Union"])
RL(d, ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States"], "signed", AIC, D,
   "the following states signed it in Vilnius: Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino, the United Kingdom, Israel and the United States of America")
R(d, "Lithuania", "signed", AIC, None, "announced that Lithuania would sign \"in the coming weeks\"", negated=True)
RL(d, ["Canada", "Japan", "Australia"], "signed", AIC, None,
   "Canada, Japan and Australia, which took part in the negotiations as observer states, have not yet signed the Convention", negated=True)
RL(d, ["Argentina", "Costa Rica", "Mexico", "Peru", "Uruguay"], "signed", AIC, None,
   "Argentina, Costa Rica, Mexico, Peru and Uruguay, which also participated, are expected to decide on signature later", negated=True, required=False)
R(d, COECM, ADOPTED, AIC, "2024-05-17", "The Convention was adopted by the Committee of Ministers of the Council of Europe on 17 May 2024")
R(d, EUCO, "called-for", AIC, D,
  "The Council encourages all members of the Council of Europe and the other states that took part in the negotiations to sign and ratify the Convention")
R(d, "European Union", NOTRATIFIED, AIC, None, "the Union has signed but not ratified the Convention", negated=True,
  alt=["The Union will conclude the Convention at a later stage"])
R(d, "European Union", "signed", IST, "2017-06-13", "The EU already signed, on 13 June 2017, the Council of Europe Convention on preventing and combating violence against women and domestic violence")
R(d, "European Union", ACCEPTED, IST, "2023-06", "deposited its instrument of approval in June 2023")

# ===================== 12 (EEAS, EU explanation of vote, UN General Assembly, death penalty moratorium, HTML, 17 December 2024) =====================
d = "12.html"
D = "2024-12-17"
RES = ("resolution 79/179 on a moratorium on the use of the death penalty", ["resolution 79/179", "A/RES/79/179", "moratorium on the use of the death penalty"])
RES22 = ("2022 resolution on a moratorium on the use of the death penalty", ["resolution 77/222", "2022 moratorium resolution"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol", "Second Optional Protocol to the ICCPR", "ICCPR-OP2"])
CED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["CED", "Convention on Enforced Disappearance", "ICPPED"])
CAT = ("Convention against Torture", ["CAT", "UN Convention against Torture",
       "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
EUGL = ("EU Guidelines on the Death Penalty", ["EU Guidelines"])
COSP = ["co-sponsored", "supported"]
# Traps: the aligned candidate and EFTA countries; "130 votes in favour" (unnamed); "All EU Member States are Parties" (unnamed);
# Zimbabwe's Death Penalty Abolition Act and Malaysia's abolition of the mandatory death penalty (domestic); Nauru's and Tonga's
# previous abstentions (no resolution named); the moratorium on executions (a practice); the Global Alliance for Torture-Free
# Trade (an alliance, launched, not an instrument).
R(d, GA, ADOPTED, RES, D, "the adoption today by the General Assembly of resolution 79/179")
R(d, "European Union", "co-sponsored", RES, None, "The EU and its Member States were proud to co-sponsor the resolution")
RL(d, ["Italy", "Mexico"], COSP, RES, None, "presented by a cross-regional task force of 11 States led this year by Italy and Mexico", required=False)
RL(d, ["Kenya", "Lesotho", "Morocco"], "supported", RES, D, "Kenya, Lesotho and Morocco voted in favour of the resolution for the first time")
R(d, "Guyana", "supported", RES, D, "Guyana, which had voted against in 2022, abstained this year", negated=True)
R(d, "Guyana", "supported", RES22, "2022", "Guyana, which had voted against in 2022", negated=True, required=False)
RL(d, ["Nauru", "Tonga"], "supported", RES, D, "Nauru and Tonga, which had previously abstained, voted against the resolution today", negated=True)
R(d, "Côte d'Ivoire", ACCEDED, OP2, "2024-03", "We welcome the accession of Côte d'Ivoire to the Second Optional Protocol in March 2024")
R(d, "Malaysia", NOTBOUND, OP2, None, "Malaysia is not a party to the Second Optional Protocol", negated=True)
R(d, "European Union", "called-for", OP2, D, "The EU calls on all States that have not yet done so to ratify the Second Optional Protocol")
QCT = ("We also encourage the States that retain the death penalty to ratify the International Convention for the Protection of All Persons from "
       "Enforced Disappearance and the Convention against Torture")
R(d, "European Union", "called-for", CED, D, QCT)
R(d, "European Union", "called-for", CAT, D, QCT)
R(d, "Brunei Darussalam", "signed", CAT, "2015", "which Brunei Darussalam signed in 2015 but has not ratified")
R(d, "Brunei Darussalam", NOTRATIFIED, CAT, None, "which Brunei Darussalam signed in 2015 but has not ratified", negated=True)
R(d, "European Union", COMMITTED, EUGL, None, "The EU will remain fully committed to the implementation of the EU Guidelines on the Death Penalty", required=False)

# ===================== 13 (African Union press release No. 041/2025, close of the 38th Summit, Addis Ababa, 17 February 2025) =====================
d = "13.txt"
D = "2025-02-17"
DS = "2025-02-16"
CEVAWG = ("African Union Convention on Ending Violence against Women and Girls", ["AU-CEVAWG", "AU Convention on Ending Violence against Women and Girls", "the Convention"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol"])
AMA = ("Treaty for the Establishment of the African Medicines Agency", ["AMA Treaty", "African Medicines Agency Treaty"])
PAP = ("Protocol to the Constitutive Act of the African Union relating to the Pan-African Parliament", ["Malabo Protocol on the Pan-African Parliament", "PAP Protocol"])
A2063 = ("Second Ten-Year Implementation Plan of Agenda 2063 (2024-2033)", ["Second Ten-Year Implementation Plan", "Agenda 2063 Second Ten-Year Implementation Plan"])
LDCP = ("Africa Common Position on Loss and Damage", ["Common Position on Loss and Damage"])
# Traps: the chairmanship handed from Mauritania to Angola and the election of the Commission Chairperson; the negotiation by
# experts and the Commission's draft; "which 44 Member States have ratified" (unnamed); the AMA headquarters in Kigali; the
# fifteenth ratification and entry into force of the PAP Protocol (SADR's ratification is recorded, the count is not); Kenya's
# withdrawal of reservations; the theme of the year; the Executive Council's recommendation; the Kampala Extraordinary Summit.
R(d, AUA, ADOPTED, CEVAWG, DS, "closed yesterday, 16 February 2025, with the adoption of the African Union Convention on Ending Violence against Women and Girls")
QSIG = "It was signed on the spot by President Lourenço on behalf of Angola, and by the Heads of delegation of Ghana, Liberia, Namibia and Sierra Leone"
RL(d, ["Angola", "Ghana", "Liberia", "Namibia", "Sierra Leone"], "signed", CEVAWG, DS, QSIG)
R(d, "Rwanda", "signed", CEVAWG, None, "Rwanda would sign at the next Mid-Year Coordination Meeting", negated=True)
R(d, ["João Lourenço", "Angola", "African Union", "Chairperson of the African Union"], "called-for", CEVAWG, DS,
  "I call on every Member State to sign and ratify this Convention within the year")
RL(d, ["Egypt", "Morocco"], "signed", MAPUTO, None, "Egypt and Morocco have not signed it", negated=True)
Q9 = ("Botswana, Burundi, the Central African Republic, Chad, Eritrea, Madagascar, Niger, Somalia and South Sudan have signed but not "
      "ratified it")
N9 = ["Botswana", "Burundi", "Central African Republic", "Chad", "Eritrea", "Madagascar", "Niger", "Somalia", "South Sudan"]
RL(d, N9, "signed", MAPUTO, None, Q9)
RL(d, N9, NOTRATIFIED, MAPUTO, None, Q9, negated=True)
R(d, AUA, "called-for", MAPUTO, "2025-02", "The Assembly urged those Member States to ratify the Protocol")
R(d, "Ethiopia", RATIFIED, AMA, "2025-02-05", "Ethiopia deposited its instrument of ratification of the Treaty for the Establishment of the African Medicines Agency on 5 February 2025")
R(d, "Sahrawi Arab Democratic Republic", RATIFIED, PAP, "2024-12", "received its fifteenth ratification, from Sahrawi Arab Democratic Republic, last December")
R(d, AUA, ADOPTED, A2063, "2025-02", "endorsed the Second Ten-Year Implementation Plan of Agenda 2063 (2024-2033)")
R(d, AUA, ADOPTED, LDCP, "2025-02", "The Assembly also adopted the Africa Common Position on Loss and Damage", required=False)

# ===================== 14 (ECOWAS Commission press release No. 318/2017, ratification workshop, Accra, 23 November 2017) =====================
d = "14.txt"
D = "2017-11-23"
ECC = ["ECOWAS Commission", "ECOWAS", "Commission of ECOWAS"]
SPCJ = ("Supplementary Protocol A/SP.1/01/05 on the ECOWAS Court of Justice", ["Supplementary Protocol A/SP.1/01/05", "Supplementary Protocol on the Court",
        "Supplementary Protocol A/SP.1/01/05 amending the Protocol on the Court"])
SALW = ("ECOWAS Convention on Small Arms and Light Weapons, their Ammunition and Other Related Materials", ["ECOWAS Small Arms Convention", "Small Arms Convention", "ECOWAS SALW Convention"])
MLA = ("Protocol on Mutual Assistance in Criminal Matters (A/P1/7/92)", ["Protocol A/P1/7/92", "ECOWAS Protocol on Mutual Assistance in Criminal Matters"])
DEMO = ("Supplementary Protocol on Democracy and Good Governance (A/SP1/12/01)", ["Supplementary Protocol A/SP1/12/01", "Protocol on Democracy and Good Governance"])
# Traps: the opening call on "Community protocols and conventions" (no instrument named); Ghana's "almost all the Community
# texts" (unnamed) and its Parliament's approval (domestic); GIZ's support and Ghana co-organising; Protocol A/P1/7/91 "in force
# for all Member States" (unnamed); provisional application; the Protocol A/SP.1/06/06 "signed by the Heads of State" (unnamed);
# Morocco's request to join ECOWAS (membership); the Roadmap the workshop "will adopt" (a future workshop outcome).
R(d, "Ghana", NOTRATIFIED, SPCJ, None, "The instrument of ratification would be deposited with the Commission \"before the end of the year\"", negated=True,
  alt=["Cabo Verde, Ghana, Guinea-Bissau and The Gambia have not yet ratified it"])
RL(d, ["Benin", "Burkina Faso", "Côte d'Ivoire", "Guinea", "Liberia", "Mali", "Niger", "Nigeria", "Senegal", "Sierra Leone", "Togo"], RATIFIED, SPCJ, None,
   "has been ratified by eleven Member States (Benin, Burkina Faso, Cote d'Ivoire, Guinea, Liberia, Mali, Niger, Nigeria, Senegal, Sierra Leone and Togo)")
RL(d, ["Cabo Verde", "Guinea-Bissau", "Gambia"], NOTRATIFIED, SPCJ, None, "Cabo Verde, Ghana, Guinea-Bissau and The Gambia have not yet ratified it", negated=True)
R(d, "Gambia", NOTRATIFIED, SALW, None, "has been ratified by all Member States except The Gambia", negated=True,
  alt=["the instrument of ratification was \"at an advanced stage\""])
R(d, "Gambia", "signed", SALW, "2006-06-14", "which signed it in Abuja on 14 June 2006")
R(d, "Liberia", ACCEDED, MLA, "2017-03", "Liberia's accession to the Protocol on Mutual Assistance in Criminal Matters (A/P1/7/92), deposited in March this year")
R(d, "Côte d'Ivoire", RATIFIED, DEMO, "2016", "following the deposit of Cote d'Ivoire's instrument of ratification in 2016")
R(d, ECC + ["Finda Koroma"], "called-for", SPCJ, D,
  "urged \"those Member States that have not done so to ratify the Supplementary Protocol on the Court without delay")
R(d, ECC + ["Finda Koroma"], "called-for", SALW, D, "She also called on The Gambia to deposit its instrument of ratification of the Small Arms Convention")

# ===================== 15 (Council of the EU press release 563/16, Paris Agreement ratification, 5 October 2016) =====================
d = "15.txt"
D = "2016-10-05"
PARIS = ("Paris Agreement", ["Paris Climate Agreement"])
DOHA = ("Doha Amendment to the Kyoto Protocol", ["Doha Amendment"])
UNFCCC = ("UN Framework Convention on Climate Change", ["UNFCCC", "United Nations Framework Convention on Climate Change"])
KYOTO = ("Kyoto Protocol", ["Kyoto Protocol to the UNFCCC"])
# Traps: the UN Secretary-General as depositary; the Council decision "of yesterday" and the Parliament's consent and its tally;
# entry-into-force thresholds and date; "signed by 175 Parties" and "all its member states" (unnamed); the Dutch Prime Minister
# and the First Vice-President sign for the EU (the EU's record, not the Netherlands'); Poland's Sejm (domestic); the NDC;
# the Council decision on the Doha Amendment (July 2015); COP22 in Marrakech.
R(d, "European Union", RATIFIED, PARIS, D, "Today, the European Union deposited its instrument of ratification of the Paris Agreement")
RL(d, ["Austria", "France", "Germany", "Hungary", "Malta", "Portugal", "Slovakia"], RATIFIED, PARIS, D,
   "deposited their instruments of ratification at the same time as the EU: Austria, France, Germany, Hungary, Malta, Portugal and Slovakia")
R(d, ["European Union", "Council of the European Union", "Council of the EU", "László Sólymos"], "called-for", PARIS, D,
  "Now we call on all remaining Parties to the UN Framework Convention on Climate Change to ratify the Paris Agreement as soon as possible")
R(d, "India", RATIFIED, PARIS, "2016-10-02", "India, which deposited its instrument of ratification on 2 October")
RL(d, ["Canada", "Nepal", "Bolivia"], RATIFIED, PARIS, "2016-10", "Canada, Nepal and Bolivia, which ratified earlier this week")
R(d, "European Union", "signed", PARIS, "2016-04-22", "The EU and all its member states signed the Paris Agreement at the high-level signing ceremony in New York on 22 April 2016")
RL(d, ["Belgium", "Ireland", "Poland"], NOTRATIFIED, PARIS, None, "Belgium, Ireland and Poland have yet to complete them", negated=True)
R(d, "European Union", NOTRATIFIED, DOHA, None, "The Union has not yet ratified the Doha Amendment to the Kyoto Protocol", negated=True)
RL(d, ["Poland", "Italy"], NOTRATIFIED, DOHA, None, "several member states, including Poland and Italy, have not yet completed their national procedures", negated=True)
R(d, ["Conference of the Parties to the UNFCCC", "COP21", "21st Conference of the Parties"], ADOPTED, PARIS, "2015-12-12",
  "The Paris Agreement was adopted on 12 December 2015 at the 21st Conference of the Parties (COP21)", required=False)
R(d, "European Union", PARTY, UNFCCC, "1993", "The EU has been a Party to the UNFCCC since 1993")
R(d, "European Union", PARTY, KYOTO, "2002", "The EU has been a Party to the UNFCCC since 1993 and to the Kyoto Protocol since 2002")

# ===================== 16 (Joint Communiqué of the 52nd ASEAN Foreign Ministers' Meeting, Bangkok, 31 July 2019) =====================
d = "16.txt"
D = "2019-07-31"
AMM = ["ASEAN Foreign Ministers", "ASEAN Foreign Ministers' Meeting", "ASEAN", "ASEAN Member States"]
AOIP = ("ASEAN Outlook on the Indo-Pacific", ["AOIP"])
AMDD = ("ASEAN Agreement on Medical Device Directive", ["Medical Device Directive", "AMDD"])
TAC = ("Treaty of Amity and Cooperation in Southeast Asia", ["TAC", "Treaty of Amity and Cooperation"])
TAC3 = ("Third Protocol Amending the TAC", ["Third Protocol Amending the Treaty of Amity and Cooperation in Southeast Asia", "Third Protocol"])
SWPOA = ("Plan of Action to Strengthen the Implementation of the SEANWFZ Treaty (2018-2022)", ["SEANWFZ Plan of Action", "Plan of Action"])
SWP = ("Protocol to the SEANWFZ Treaty", ["Protocol to the Treaty on the Southeast Asia Nuclear Weapon-Free Zone", "SEANWFZ Protocol"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
ECOM = ("ASEAN Agreement on Electronic Commerce", ["ASEAN E-Commerce Agreement", "Agreement on Electronic Commerce"])
# Traps: Thailand chairing and hosting and Viet Nam's offer to host; "all ASEAN Member States have ratified" ACTIP (unnamed) and
# the call to implement it; entry into force of the Medical Device agreement; the count of 41 High Contracting Parties; the
# Third Protocol "signed in Hanoi in 2010" (no actor); the commitment to a region free of nuclear weapons (a goal); "agreed to
# continue to engage" the NWS (a process); "We recalled the adoption" of the TPNW (no actor); "Some Member States encouraged
# others" (unnamed); Singapore's "support for nuclear disarmament" (not an instrument); the RCEP negotiations (a process).
R(d, ["ASEAN Leaders", "ASEAN", "34th ASEAN Summit"], ADOPTED, AOIP, "2019-06-23",
  "the adoption of the ASEAN Outlook on the Indo-Pacific by the ASEAN Leaders at the 34th ASEAN Summit on 23 June 2019")
RL(d, ["Philippines", "Myanmar"], RATIFIED, AMDD, "2019",
   "the Philippines and Myanmar, the last two Member States to do so, deposited their instruments of ratification earlier this year")
RL(d, ["Peru", "Kuwait"], ACCEDED, TAC, D, "We welcomed the accession of Peru and Kuwait to the TAC on the sidelines of this Meeting")
R(d, "Bahrain", ACCEDED, TAC, "2018-11", "and that of Bahrain in November 2018")
RL(d, ["Colombia", "Cuba", "South Africa"], ACCEDED, TAC, None, "We noted the applications of Colombia, Cuba and South Africa to accede to the TAC", negated=True)
R(d, AMM, "called-for", TAC3, D, "reiterated our call on the High Contracting Parties that have yet to ratify it to do so")
R(d, "Democratic People's Republic of Korea", ACCEDED, TAC, "2008", "which acceded to the TAC in 2008")
R(d, "Democratic People's Republic of Korea", NOTRATIFIED, TAC3, None, "has not ratified the Third Protocol", negated=True)
R(d, AMM, ADOPTED, SWPOA, None, "Plan of Action to Strengthen the Implementation of the SEANWFZ Treaty (2018-2022), which we adopted at our last meeting")
R(d, "China", "signed", SWP, None, "China has reiterated its readiness to sign the Protocol", negated=True)
RL(d, ["France", "Russian Federation", "United Kingdom", "United States"], "signed", SWP, None,
   "France, the Russian Federation, the United Kingdom and the United States have not yet signed it", negated=True)
R(d, AMM, "called-for", SWP, D, "We called on all NWS to sign the Protocol at the earliest opportunity")
RL(d, ["Viet Nam", "Thailand", "Lao PDR"], RATIFIED, TPNW, None, "Viet Nam, Thailand and Lao PDR have ratified it")
RL(d, ["Brunei Darussalam", "Indonesia", "Malaysia", "Myanmar", "Philippines"], "signed", TPNW, None,
   "Brunei Darussalam, Indonesia, Malaysia, Myanmar and the Philippines have signed it")
R(d, "Singapore", "supported", TPNW, "2017-07-07", "Singapore, which abstained in the vote on the adoption of the TPNW at the United Nations conference on 7 July 2017", negated=True)
R(d, ["ASEAN Economic Ministers", "ASEAN"], "signed", ECOM, "2019-01-22", "the signing of the ASEAN Agreement on Electronic Commerce by the ASEAN Economic Ministers in Ha Noi on 22 January 2019", required=False)
R(d, AMM, "called-for", ECOM, D, "looked forward to its early ratification by all Member States", required=False)
RL(d, ["Singapore", "Malaysia"], RATIFIED, ECOM, None, "Singapore and Malaysia have already ratified the Agreement")

gold.finish(MIN_CHARS, MAX_CHARS)
