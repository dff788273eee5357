#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Structure as in corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from corpus/tools/gold.py
(not copied). Four documents are not .txt (04.md, 11.md, 07.html, 14.html); gold.py's Gold.finish() checks their quotes
against the file as written (white space folded), so no quote spans Markdown emphasis, HTML mark-up or an HTML entity.

Theme: court judgments, advisory opinions, arbitral awards, government legal advisers' opinions and law-firm client alerts
(2019-2026) that discuss which States are bound by which treaties. Conventions: a party's own statement in a quoted submission
("the Respondent submits that it has never ratified") is that party's negated record; "the Applicant", "the Respondent",
"the Claimant State", "the Government" resolve to the State named in the caption. Courts' and tribunals' own findings,
votes of judges, declarations under optional clauses (Article 36(2) of the ICJ Statute, Article 298 UNCLOS, Article 34(6)
of the African Court Protocol), reservations, depositaries, venues, entry into force, domestic approval and implementing
legislation give nothing. Withdrawals, denunciations, "intends to", "has yet to" and "signed but not ratified" are negated
records without a date. Succession is a `party` (bound) record. Where a sentence says both "X ratified" and "X and Y are
parties", the party statement is an alt quote of the ratification record (one record per actor and instrument)."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Kyrgyzstan", "Uzbekistan", "Kazakhstan", "Tajikistan",
          "Ghana", "Togo", "Türkiye", "Russian Federation", "Republic of Korea", "China", "Ecuador", "Bolivia", "Venezuela",
          "Netherlands", "Germany", "Gambia", "Philippines", "Burundi", "Rwanda", "United Republic of Tanzania",
          "Côte d'Ivoire", "Kenya", "Bahamas", "Czechia", "Mexico", "Iran", "Saudi Arabia", "Chile", "Colombia",
          "Republic of Moldova", "Costa Rica", "Guatemala", "Paraguay", "Egypt", "Sudan", "Uganda", "Bangladesh"),
    "Montenegro": ["Montenegro"],
    "Serbia": ["Serbia", "Servia"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Benin": ["Benin", "Republic of Benin"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Trinidad and Tobago": ["Trinidad and Tobago", "Republic of Trinidad and Tobago"],
    "Belize": ["Belize"],
    "Haiti": ["Haiti", "Republic of Haiti"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Ireland": ["Ireland"],
    "Ukraine": ["Ukraine"],
    "Kosovo": ["Kosovo", "Republic of Kosovo"],
    "Greece": ["Greece", "Hellenic Republic"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (ICJ, judgment on preliminary objections, Uzbekistan v. Kyrgyzstan, 12 March 2024) =====================
d = "01.txt"
WC97 = ("Convention on the Law of the Non-Navigational Uses of International Watercourses",
        ["1997 Convention", "UN Watercourses Convention", "1997 Watercourses Convention"])
SYR98 = ("Agreement on the Use of Water and Energy Resources of the Syr Darya Basin",
         ["1998 Agreement", "Agreement between the Governments of the Republic of Kazakhstan, the Kyrgyz Republic and the Republic of Uzbekistan on the Use of Water and Energy Resources of the Syr Darya Basin"])
VCLT = ("Vienna Convention on the Law of Treaties", ["VCLT", "Vienna Convention"])
ESPOO = ("Convention on Environmental Impact Assessment in a Transboundary Context", ["Espoo Convention"])
MOU17 = ("Memorandum of Understanding on Cooperation in Water Management", ["the Memorandum", "2017 Memorandum of Understanding"])
HELS = ("Convention on the Protection and Use of Transboundary Watercourses and International Lakes", ["Helsinki Convention", "UNECE Water Convention", "Water Convention"])
DUSH = ("Dushanbe Declaration", ["Dushanbe Declaration of 2018"])
# Adoption by the General Assembly on 21 May 1997: the Assembly's adopted (dated in the text).
R(d, GA, "adopted", WC97, "1997-05-21", "adopted by the General Assembly of the United Nations on 21 May 1997", required=False)
R(d, "Uzbekistan", ACCEDED, WC97, "2007-09-04", "Uzbekistan acceded to the 1997 Convention on 4 September 2007")
# Entry into force (17 August 2014), the Article 33(10)(a) declaration, the depositary, the Parliament's rejection of a draft law: nothing.
R(d, "Kyrgyzstan", NOTBOUND, WC97, None, "has never signed, ratified or acceded to the 1997 Convention", negated=True)
R(d, "Kyrgyzstan", "signed", WC97, None, "has never signed, ratified or acceded to the 1997 Convention", negated=True)
# "Kyrgyzstan has no intention of becoming a party" is the same negated bound record (first quote used).
QSY = "The 1998 Agreement was signed by Kazakhstan, Kyrgyzstan and Uzbekistan"
R(d, "Kyrgyzstan", "signed", SYR98, "1998-03-17", "the Respondent, by signing at Bishkek on 17 March 1998 the Agreement", alt=[QSY])
R(d, "Kazakhstan", "signed", SYR98, "1998-03-17", QSY)
R(d, "Uzbekistan", "signed", SYR98, "1998-03-17", QSY)
R(d, "Tajikistan", ACCEDED, SYR98, "1999", "Tajikistan acceded to it in 1999")
QV = "Both Parties are parties to the Vienna Convention on the Law of Treaties of 23 May 1969"
R(d, "Uzbekistan", ACCEDED, VCLT, "1995", "Uzbekistan acceded to it in 1995", alt=[QV])
R(d, "Kyrgyzstan", ACCEDED, VCLT, "1999", "and Kyrgyzstan in 1999", alt=[QV])
# No Article 36(2) declaration: nothing (optional clause, not a treaty action).
R(d, "Kyrgyzstan", ACCEDED, ESPOO, "2001-05-01", "Kyrgyzstan acceded to the Espoo Convention on 1 May 2001")
R(d, "Uzbekistan", NOTBOUND, ESPOO, None, "whereas Uzbekistan is not a party to it", negated=True)
RL(d, ["Uzbekistan", "Kyrgyzstan"], SIGNED_DECL, MOU17, "2017-06-06", "which the Foreign Ministers of the two States signed in Tashkent on 6 June 2017")
# "was never submitted for ratification": not a statement that either State refused to ratify; optional negated record.
R(d, "Kyrgyzstan", "ratified", MOU17, None, "was never submitted for ratification and creates no legal obligations", negated=True, required=False)
# Operative clause votes are judges' votes: nothing.
R(d, "Kyrgyzstan", NOTRATIFIED, HELS, None, "The Kyrgyz Republic has not ratified the Convention on the Protection and Use of Transboundary Watercourses", negated=True)
R(d, "Uzbekistan", ACCEDED, HELS, "2007", "to which Uzbekistan acceded in 2007")
# "the Central Asian States ... called on all riparian States": unnamed caller, nothing.
RL(d, ["Kazakhstan", "Tajikistan", "Uzbekistan"], "endorsed", DUSH, None, "Kazakhstan, Tajikistan and Uzbekistan endorsed the Declaration")
R(d, "Kyrgyzstan", "endorsed", DUSH, None, "Kyrgyzstan did not", negated=True)

# ===================== 02 (PCA, Annex VII UNCLOS arbitration Ghana v. Togo, award on jurisdiction, 15 November 2022) =====================
d = "02.txt"
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "the Convention", "1982 United Nations Convention on the Law of the Sea"])
A94 = ("Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea", ["1994 Agreement", "Part XI Agreement"])
CS58 = ("Convention on the Continental Shelf", ["1958 Geneva Convention on the Continental Shelf", "Geneva Convention on the Continental Shelf"])
ABIDJAN = ("Convention for Co-operation in the Protection, Management and Development of the Marine and Coastal Environment of the Atlantic Coast of the West, Central and Southern Africa Region",
           ["Abidjan Convention"])
FSA = ("Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks",
       ["Fish Stocks Agreement", "UN Fish Stocks Agreement", "UNFSA"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["Port State Measures Agreement", "PSMA"])
LOME = ("Lomé Declaration on illegal fishing", ["Lomé Declaration"])
QUS = "Both Ghana and Togo signed the Convention at Montego Bay on 10 December 1982"
RL(d, ["Ghana", "Togo"], "signed", UNCLOS, "1982-12-10", QUS)
R(d, "Ghana", RATIFIED, UNCLOS, "1983-06-07", "Ghana deposited its instrument of ratification on 7 June 1983")
R(d, "Togo", RATIFIED, UNCLOS, "1985-04-16", "and Togo on 16 April 1985")
# Opening for signature, entry into force on 16 November 1994, Article 298 declarations: nothing.
R(d, "Ghana", PARTY, A94, None, "Ghana is a party to the 1994 Agreement")
R(d, "Togo", "signed", A94, "1995-08-03", "Togo signed the 1994 Agreement on 3 August 1995 but has not ratified it")
R(d, "Togo", NOTRATIFIED, A94, None, "Togo signed the 1994 Agreement on 3 August 1995 but has not ratified it", negated=True)
R(d, "Togo", NOTBOUND, CS58, None, "is not, and has never been, a party to the 1958 Geneva Convention on the Continental Shelf", negated=True)
QAB = "both States are parties to the Convention for Co-operation in the Protection, Management and Development of the Marine and Coastal Environment"
R(d, "Ghana", RATIFIED, ABIDJAN, "1989", "which Ghana ratified in 1989 and Togo in 1983", alt=[QAB])
R(d, "Togo", RATIFIED, ABIDJAN, "1983", "which Ghana ratified in 1989 and Togo in 1983", alt=[QAB])
R(d, "Ghana", NOTRATIFIED, FSA, None, "has itself yet to ratify the Fish Stocks Agreement", negated=True)
R(d, "Ghana", "signed", FSA, "1995", "which Ghana signed in 1995")
R(d, "Togo", "signed", FSA, None, "while Togo has never signed it", negated=True)
R(d, "Ghana", ACCEDED, PSMA, "2016-11-29", "to which Ghana acceded on 29 November 2016 and Togo on 23 October 2018")
R(d, "Togo", ACCEDED, PSMA, "2018-10-23", "to which Ghana acceded on 29 November 2016 and Togo on 23 October 2018")
R(d, "Togo", COMMITTED, UNCLOS, None, "Togo \"remains fully committed to the Convention and to its Part XV\"", required=False)
R(d, ["Ministerial Conference of the Fishery Committee for the West Central Gulf of Guinea", "Fishery Committee for the West Central Gulf of Guinea"],
  ADOPTED, LOME, "2015", "the Ministerial Conference of the Fishery Committee for the West Central Gulf of Guinea adopted the Lomé Declaration on illegal fishing in 2015")
RL(d, ["Ghana", "Togo"], ENDORSED, LOME, None, "both Parties endorsed it")
# FAO Director-General as depositary; the Tribunal's findings: nothing.

# ===================== 03 (Australia, Office of International Law, legal advice on extradition to Montenegro, 18 October 2019) =====================
d = "03.txt"
T1900 = ("Treaty between the United Kingdom and Servia for the Mutual Surrender of Fugitive Criminals", ["1900 Treaty"])
ECE = ("European Convention on Extradition", ["ETS No. 24"])
UNCAC = ("United Nations Convention against Corruption", ["UNCAC"])
UNTOC = ("United Nations Convention against Transnational Organized Crime", ["UNTOC", "Palermo Convention"])
TIP = ("Protocol to Prevent, Suppress and Punish Trafficking in Persons", ["Trafficking in Persons Protocol", "Protocol on trafficking in persons"])
SOM = ("Protocol against the Smuggling of Migrants by Land, Sea and Air", ["Smuggling of Migrants Protocol", "Protocol on the smuggling of migrants"])
CYBER = ("Convention on Cybercrime", ["Budapest Convention", "ETS No. 185"])
MLA2 = ("Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters", ["Second Additional Protocol (ETS No. 182)"])
CYB2 = ("Second Additional Protocol to the Convention on Cybercrime", ["Second Additional Protocol to the Budapest Convention"])
RL(d, ["United Kingdom", "Serbia"], "signed", T1900, "1900-12-06", "signed at Belgrade on 6 December 1900", required=False)
QSUC = "Montenegro notified the Secretary-General on 23 October 2006 that it succeeded to the treaties to which the State Union had been a party"
R(d, "Montenegro", PARTY, ECE, "2006-10-23", QSUC)
R(d, "Montenegro", PARTY, UNCAC, "2006-10-23", QSUC, alt=["Montenegro is bound by succession"])
# Serbia's continuity (no notification needed) names no instrument in the clause: nothing.
R(d, "Montenegro", NOTBOUND, T1900, None, "Montenegro has not, however, notified Australia of its succession to the 1900 Treaty", negated=True, required=False)
R(d, "Serbia", PARTY, T1900, None, "confirmed that it regards the 1900 Treaty as in force with Australia", required=False)
R(d, "Australia", "signed", UNCAC, "2003-12-09", "Australia signed UNCAC on 9 December 2003")
R(d, "Australia", RATIFIED, UNCAC, "2005-12-07", "and ratified it on 7 December 2005")
R(d, "Australia", RATIFIED, UNTOC, "2004-05-27", "Australia ratified UNTOC on 27 May 2004")
QMU = "Montenegro, for its part, succeeded to UNTOC and to its Protocols on trafficking in persons and the smuggling of migrants"
R(d, "Montenegro", PARTY, UNTOC, None, QMU)
R(d, "Montenegro", PARTY, TIP, None, QMU)
R(d, "Montenegro", PARTY, SOM, None, QMU)
R(d, "Australia", PARTY, TIP, None, "Australia is a party to both Protocols as well")
R(d, "Australia", PARTY, SOM, None, "Australia is a party to both Protocols as well")
R(d, "Australia", NOTBOUND, ECE, None, "Australia is not a party to the European Convention on Extradition", negated=True)
R(d, "Australia", ACCEDED, CYBER, "2012-11-30", "Australia did, however, accede to the Convention on Cybercrime (ETS No. 185) on 30 November 2012")
R(d, "Montenegro", RATIFIED, CYBER, "2010", "Montenegro ratified that Convention in 2010")
# Extradition Regulations (domestic) and the Article 44(6)(a) declaration: nothing.
R(d, "Montenegro", "signed", MLA2, "2008", "Montenegro signed the Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters in 2008")
R(d, "Montenegro", RATIFIED, MLA2, "2009", "and ratified it in 2009")
R(d, "Australia", "signed", MLA2, None, "Australia has not signed it", negated=True)
R(d, "Australia", ACCEDED, CYB2, None, "Australia intends to seek accession to the Second Additional Protocol to the Convention on Cybercrime", negated=True)
R(d, "Australia", "signed", CYB2, None, "which Australia has not yet signed", negated=True)

# ===================== 04 (law-firm client alert, Markdown, Energy Charter Treaty withdrawals, 9 January 2025) =====================
d = "04.md"
ECT = ("Energy Charter Treaty", ["ECT"])
MECT = ("modernised Energy Charter Treaty", ["modernised ECT", "modernised text", "amendments to the Energy Charter Treaty"])
INTERSE = ("Agreement on the interpretation of the Energy Charter Treaty", ["inter se agreement", "2024 inter se agreement"])
ICSID = ("Convention on the Settlement of Investment Disputes between States and Nationals of Other States", ["ICSID Convention"])
ECC = ["Energy Charter Conference"]
# Withdrawals (EU, Euratom, Italy, the table) are negated bound records without a date; the effective dates, the depositary
# (Portugal, which also withdrew), the 1994 signature in Lisbon by unnamed States and entry into force give nothing.
QEU = "The European Union and Euratom are out: their withdrawal from the Energy Charter Treaty (ECT), notified on 27 June 2024, takes effect on 28 June 2025."
R(d, "European Union", NOTBOUND, ECT, None, QEU, negated=True)
R(d, ["Euratom", "European Atomic Energy Community"], NOTBOUND, ECT, None, QEU, negated=True)
R(d, ECC, "adopted", MECT, "2024-12-03", "The Energy Charter Conference adopted the modernised ECT on 3 December 2024",
  alt=["The \"modernised\" ECT was adopted by decision of the Energy Charter Conference on 3 December 2024."])
R(d, "Italy", NOTBOUND, ECT, None, "Italy was the first to leave: it notified its withdrawal in December 2014", negated=True)
for st, row in [("Poland", "Poland | 15 December 2022 | 15 December 2023"), ("France", "France | 7 December 2022 | 8 December 2023"),
                ("Germany", "Germany | 20 December 2022 | 20 December 2023"), ("Luxembourg", "Luxembourg | 17 June 2023 | 17 June 2024"),
                ("Slovenia", "Slovenia | 2023 | 2024"), ("Portugal", "Portugal | 2024 | 2025"), ("Spain", "Spain | 16 April 2024 | 17 April 2025"),
                ("Netherlands", "Netherlands | 2024 | 2025"), ("United Kingdom", "United Kingdom | 26 April 2024 | 27 April 2025")]:
    R(d, st, NOTBOUND, ECT, None, row, negated=True,
      alt=["the UK Government said that it \"will withdraw from the ECT\""] if st == "United Kingdom" else None)
QDI = "Denmark and Ireland have also announced their intention to withdraw, but as at the date of this alert neither has deposited a notification"
RL(d, ["Denmark", "Ireland"], NOTBOUND, ECT, None, QDI, negated=True, required=False)
RL(d, ["Hungary", "Cyprus", "Greece"], PARTY, ECT, None, "Hungary, Cyprus and Greece have stated that they will remain Contracting Parties", required=False)
RL(d, ["Japan", "Switzerland", "Türkiye"], "supported", MECT, None, "Japan, Switzerland and Türkiye have signalled support for the modernised text", required=False)
RL(d, ["Azerbaijan", "Kazakhstan"], NOTRATIFIED, MECT, None, "Azerbaijan and Kazakhstan have told the Secretariat they intend to ratify the amendments in 2025", negated=True)
# Switzerland's parliamentary approval: domestic. The Council of the EU's approval of the inter se agreement: internal step, nothing.
R(d, "European Union", "signed", INTERSE, None, "It was signed by 26 Member States and the EU.")
R(d, "Hungary", "signed", INTERSE, None, "Hungary did not sign it", negated=True)
# "will not be a party to any instrument that deprives investors": no named instrument.
R(d, "Honduras", NOTBOUND, ICSID, None, "Honduras denounced the ICSID Convention in February 2024", negated=True)

# ===================== 05 (ECtHR, Hakobyan and Others v. Armenia, judgment, 17 June 2025) =====================
d = "05.txt"
P12 = ("Protocol No. 12 to the Convention for the Protection of Human Rights and Fundamental Freedoms", ["Protocol No. 12", "P12"])
P15 = ("Protocol No. 15 amending the Convention for the Protection of Human Rights and Fundamental Freedoms", ["Protocol No. 15"])
P16 = ("Protocol No. 16 to the Convention for the Protection of Human Rights and Fundamental Freedoms", ["Protocol No. 16"])
ECHR = ("Convention for the Protection of Human Rights and Fundamental Freedoms", ["European Convention on Human Rights", "ECHR", "the Convention"])
IST = ("Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence", ["Istanbul Convention"])
VCLT = ("Vienna Convention on the Law of Treaties", ["VCLT", "Vienna Convention"])
QA12 = "Armenia \"signed Protocol No. 12 on 18 May 2001 but did not ratify it until 17 December 2004\""
R(d, "Armenia", "signed", P12, "2001-05-18", QA12)
R(d, "Armenia", RATIFIED, P12, "2004-12-17", QA12, alt=["It is common ground that Armenia ratified Protocol No. 12 on 17 December 2004."])
# Entry into force in respect of Armenia (1 April 2005): nothing.
R(d, "Armenia", "signed", IST, "2018-01-18", "which Armenia signed on 18 January 2018")
R(d, "Armenia", NOTRATIFIED, IST, None, "Armenia \"has not ratified the Istanbul Convention and is therefore not bound by its monitoring mechanism\"", negated=True)
R(d, "Armenia", RATIFIED, ECHR, "2002-04-26", "Armenia ratified the Convention on 26 April 2002")
# "twenty have ratified Protocol No. 12": unnamed, nothing.
QN12 = "Others, including France, Poland and Sweden, have neither signed nor ratified it."
for st in ("France", "Poland", "Sweden"):
    R(d, st, "signed", P12, None, QN12, negated=True)
    R(d, st, NOTRATIFIED, P12, None, QN12, negated=True)
QS12 = "Austria, Belgium, Czechia and Hungary (all on 4 November 2000)"
QS12H = "Several States signed the Protocol but have not ratified it"
for st in ("Austria", "Belgium", "Czechia", "Hungary"):
    R(d, st, "signed", P12, "2000-11-04", QS12)
    R(d, st, NOTRATIFIED, P12, None, QS12H, negated=True)
R(d, "Türkiye", "signed", P12, "2001-04-18", "Türkiye (on 18 April 2001)")
R(d, "Türkiye", NOTRATIFIED, P12, None, QS12H, negated=True)
R(d, "Armenia", RATIFIED, P16, "2017-08-02", "the Court notes that Armenia ratified it on 2 August 2017",
  alt=["Albania, Armenia, Estonia, Finland, France, Georgia, Lithuania, San Marino, Slovenia and Ukraine"])
# Entry into force of Protocol No. 16 on 1 August 2018 gives nothing; the ten States "had by then ratified it" (by 1 August 2018,
# not a date of their act).
RL(d, ["Albania", "Estonia", "Finland", "France", "Georgia", "Lithuania", "San Marino", "Slovenia", "Ukraine"], RATIFIED, P16, None,
   "Albania, Armenia, Estonia, Finland, France, Georgia, Lithuania, San Marino, Slovenia and Ukraine")
R(d, "Italy", RATIFIED, P15, "2021-04-21", "after Italy deposited the last outstanding instrument of ratification on 21 April 2021")
R(d, "Türkiye", NOTBOUND, IST, None, "Türkiye withdrew from that Convention with effect from 1 July 2021", negated=True)
R(d, "European Union", ACCEDED, IST, "2023-06-28", "the European Union acceded to it on 28 June 2023")
R(d, "Armenia", ACCEDED, VCLT, "2005", "Armenia, which acceded to the Vienna Convention in 2005")

# ===================== 06 (African Court, Mwita and 14 Others v. Tanzania, jurisdiction and admissibility, 26 June 2021) =====================
d = "06.txt"
TZ = "United Republic of Tanzania"
ACHPR = ("African Charter on Human and Peoples' Rights", ["African Charter", "the Charter", "Banjul Charter"])
PCOURT = ("Protocol to the African Charter on Human and Peoples' Rights on the Establishment of an African Court on Human and Peoples' Rights",
          ["the Protocol", "Court Protocol", "Ouagadougou Protocol"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["CAT", "Convention against Torture"])
OP1 = ("Optional Protocol to the International Covenant on Civil and Political Rights", ["First Optional Protocol to the ICCPR", "Optional Protocol to the ICCPR on individual complaints"])
ACRWC = ("African Charter on the Rights and Welfare of the Child", ["ACRWC"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol"])
ACDEG = ("African Charter on Democracy, Elections and Governance", ["ACDEG"])
AYHR = ("Declaration on the 2016 African Year of Human Rights", ["Declaration of the Assembly of Heads of State and Government on the 2016 African Year of Human Rights"])
R(d, TZ, PARTY, ACHPR, "1986-10-21", "which became a Party to the African Charter on Human and Peoples' Rights",
  alt=["to both of which it remains a Party"])
R(d, TZ, PARTY, PCOURT, "2006-02-10", "and to the Protocol to the African Charter on Human and Peoples' Rights on the Establishment of an African Court on Human and Peoples' Rights",
  alt=["to both of which it remains a Party"])
# Article 34(6) declarations (Tanzania's deposit and withdrawal; Rwanda, Benin, Côte d'Ivoire, The Gambia): optional acceptance of
# jurisdiction, not a treaty action; nothing. The African Union Commission as recipient: nothing.
R(d, TZ, ACCEDED, ICCPR, "1976-06-11", "to which the Respondent State acceded on 11 June 1976")
R(d, TZ, NOTBOUND, CAT, None, "it \"is not a State Party to the Convention against Torture\"", negated=True)
R(d, TZ, NOTRATIFIED, CAT, None, "the Respondent State has neither signed nor ratified CAT", negated=True, alt=["\"consider ratifying\" CAT"])
R(d, TZ, "signed", CAT, None, "the Respondent State has neither signed nor ratified CAT", negated=True)
R(d, TZ, ACCEDED, OP1, None, "it has not acceded to the Optional Protocol to the ICCPR on individual complaints", negated=True)
R(d, TZ, RATIFIED, ACRWC, "2003-03-16", "the Respondent State ratified the African Charter on the Rights and Welfare of the Child on 16 March 2003")
R(d, TZ, RATIFIED, MAPUTO, "2007-03-03", "(Maputo Protocol) on 3 March 2007")
R(d, TZ, "signed", ACDEG, None, "It has signed the African Charter on Democracy, Elections and Governance")
R(d, TZ, NOTRATIFIED, ACDEG, None, "but has yet to ratify it", negated=True)
R(d, TZ, "supported", AYHR, None, "the Respondent State voted in favour of the Declaration of the Assembly of Heads of State and Government on the 2016 African Year of Human Rights")
# "committed itself ... to 'consider ratifying' CAT": a hedged ratification (alt quote of the negated ratified record), not `committed`.

# ===================== 07 (law-firm insight, HTML, Hague 2019 Judgments Convention and the UK, 2 July 2025) =====================
d = "07.html"
H19 = ("Convention on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters", ["Hague 2019 Convention", "Hague Judgments Convention", "2019 Hague Judgments Convention"])
LUG = ("Lugano Convention", ["Lugano Convention 2007", "Convention on jurisdiction and the recognition and enforcement of judgments in civil and commercial matters"])
H05 = ("Convention on Choice of Court Agreements", ["Hague Convention of 30 June 2005 on Choice of Court Agreements", "Hague 2005 Convention", "Choice of Court Convention"])
R(d, "United Kingdom", ACCEDED, LUG, None, "It applied to accede to the Lugano Convention 2007 in April 2020", negated=True)
# The EU's withheld consent and the support of Switzerland, Norway and Iceland for the application: a process, nothing.
R(d, "United Kingdom", ACCEDED, H05, "2020-09-28", "The UK had already acceded in its own right to the Hague Convention of 30 June 2005 on Choice of Court Agreements, on 28 September 2020")
R(d, "United Kingdom", "signed", H19, "2024-01-12", "The UK signed the Hague 2019 Convention on 12 January 2024")
R(d, "United Kingdom", RATIFIED, H19, "2024-06-27", "and ratified it on 27 June 2024")
# Entry into force (1 July 2025), the Regulations 2024 (domestic), Article 29 declarations and the Permanent Bureau: nothing.
R(d, "European Union", ACCEDED, H19, "2022-08-29", "The EU acceded to the Hague 2019 Convention on 29 August 2022")
R(d, "Ukraine", RATIFIED, H19, "2022-08-29", "Ukraine ratified it on the same day")
R(d, "Uruguay", JOINED, H19, "2023", "Uruguay followed in 2023")
R(d, "Montenegro", RATIFIED, H19, "2024", "Montenegro ratified it last year")
QSW = "Several States have signed without ratifying"
R(d, "United States", "signed", H19, "2022-03-02", "the United States (signed 2 March 2022)")
R(d, "United States", NOTRATIFIED, H19, None, "The US has not ratified the Convention", negated=True)
R(d, "Israel", "signed", H19, "2021", "Israel (signed 2021)")
R(d, "Israel", NOTRATIFIED, H19, None, QSW, negated=True)
RL(d, ["Costa Rica", "Russian Federation"], "signed", H19, None, "Costa Rica and the Russian Federation.")
RL(d, ["Costa Rica", "Russian Federation"], NOTRATIFIED, H19, None, QSW, negated=True)
R(d, "Denmark", NOTBOUND, H19, None, "Denmark is not bound by the EU", negated=True)
R(d, "Denmark", "signed", H19, None, "has not signed the Convention", negated=True)

# ===================== 08 (ICSID, Andes Minerales v. Venezuela, decision on jurisdiction, 14 February 2023) =====================
d = "08.txt"
ICSID = ("Convention on the Settlement of Investment Disputes between States and Nationals of Other States", ["ICSID Convention"])
NLVE = ("Agreement on Encouragement and Reciprocal Protection of Investments between the Kingdom of the Netherlands and the Republic of Venezuela",
        ["the BIT", "Netherlands-Venezuela BIT"])
MAUR = ("United Nations Convention on Transparency in Treaty-based Investor-State Arbitration", ["Mauritius Convention", "Mauritius Convention on Transparency"])
NYC = ("Convention on the Recognition and Enforcement of Foreign Arbitral Awards", ["New York Convention", "1958 New York Convention"])
R(d, "Venezuela", "signed", ICSID, "1993-08-18", "Venezuela signed the Convention on the Settlement of Investment Disputes between States and Nationals of Other States")
R(d, "Venezuela", RATIFIED, ICSID, "1995-05-02", "deposited its instrument of ratification on 2 May 1995")
R(d, "Venezuela", NOTBOUND, ICSID, None, "Venezuela notified the World Bank, as depositary, of its denunciation of the ICSID Convention", negated=True,
  alt=["\"Venezuela is not a Contracting State and has withdrawn any consent it may once have given to ICSID arbitration\"",
       "Venezuela had already withdrawn from the ICSID Convention"])
RL(d, ["Netherlands", "Venezuela"], RATIFIED, NLVE, "1993", "which both States ratified in 1993")
RL(d, ["Netherlands", "Venezuela"], "signed", NLVE, "1991-10-22", "signed at Caracas on 22 October 1991", required=False)
R(d, "Venezuela", NOTBOUND, NLVE, None, "Venezuela gave notice of termination of the BIT, effective 1 November 2008", negated=True)
R(d, "Bolivia", NOTBOUND, ICSID, None, "Bolivia denounced the ICSID Convention in May 2007", negated=True)
R(d, "Ecuador", NOTBOUND, ICSID, None, "and Ecuador in July 2009", negated=True)
R(d, "Ecuador", "signed", ICSID, "2021-06-21", "Ecuador, however, signed the Convention again on 21 June 2021")
R(d, "Ecuador", RATIFIED, ICSID, "2021-08-04", "and ratified it on 4 August 2021, becoming once more a Contracting State")
R(d, "Honduras", NOTBOUND, ICSID, None, "Honduras, for its part, gave notice of denunciation in 2024", negated=True,
  alt=["Honduras notified its denunciation on 24 February 2024."])
R(d, "Venezuela", "signed", MAUR, None, "Venezuela \"has neither signed nor ratified\" it", negated=True)
R(d, "Venezuela", NOTRATIFIED, MAUR, None, "Venezuela \"has neither signed nor ratified\" it", negated=True)
R(d, "Netherlands", "signed", MAUR, "2015-03-17", "the Netherlands signed the Mauritius Convention on 17 March 2015")
# Law on Investments of 1999 (domestic), the depositary, Article 72: nothing.
R(d, "Venezuela", ACCEDED, NYC, "1995-02-08", "to which it acceded on 8 February 1995",
  alt=["Venezuela remains a party to the 1958 Convention on the Recognition and Enforcement of Foreign Arbitral Awards"])
R(d, "Netherlands", RATIFIED, NYC, "1964", "the Netherlands ratified the same Convention in 1964")

# ===================== 09 (Netherlands MFA, International Law Division, memorandum on the TPNW, 21 November 2022) =====================
d = "09.txt"
NL = "Netherlands"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
AP = ("Additional Protocol to the safeguards agreement with the IAEA", ["Additional Protocol", "IAEA Additional Protocol"])
R(d, ["United Nations conference convened under General Assembly resolution 71/258", "United Nations conference",
      "United Nations Conference to Negotiate a Legally Binding Instrument to Prohibit Nuclear Weapons"],
  "adopted", TPNW, "2017-07-07", "The TPNW was adopted on 7 July 2017 by the United Nations conference convened under General Assembly resolution 71/258", required=False)
R(d, NL, "supported", TPNW, "2017-07-07", "voted against the text", negated=True)
R(d, "Singapore", "supported", TPNW, "2017-07-07", "Singapore abstained", negated=True)
# Entry into force (22 January 2021), the First Meeting of States Parties in Vienna and the four observers: nothing.
QSP = "Among the States Parties are Austria, Ireland, New Zealand, Mexico, South Africa, Thailand and Nigeria."
RL(d, ["New Zealand", "Mexico", "South Africa", "Thailand", "Nigeria"], PARTY, TPNW, None, QSP)
R(d, "Austria", RATIFIED, TPNW, "2018-05-08", "Austria ratified the Treaty on 8 May 2018", alt=[QSP])
R(d, "Ireland", RATIFIED, TPNW, "2020-08-06", "and Ireland on 6 August 2020", alt=[QSP])
# "No NATO member, and no State that possesses nuclear weapons, has signed it": unnamed, nothing.
R(d, NL, "signed", TPNW, None, "The Netherlands has not signed the TPNW.", alt=["\"will not sign or ratify the TPNW as long as it is incompatible with our obligations as a NATO Ally\""], negated=True)
R(d, NL, NOTRATIFIED, TPNW, None, "\"will not sign or ratify the TPNW as long as it is incompatible with our obligations as a NATO Ally\"", negated=True)
R(d, NL, RATIFIED, NPT, "1975-05-02", "The Netherlands ratified the NPT on 2 May 1975.",
  alt=["while remaining a member of NATO and a party to the Treaty on the Non-Proliferation of Nuclear Weapons"])
R(d, NL, RATIFIED, CTBT, "1999-03-23", "The Kingdom also ratified the Comprehensive Nuclear-Test-Ban Treaty (CTBT) on 23 March 1999")
R(d, NL, PARTY, AP, None, "is a party to the Additional Protocol to its safeguards agreement with the IAEA", required=False)
R(d, "Switzerland", "signed", TPNW, None, "the Swiss Federal Council decided in 2018 and again in 2024 not to sign the TPNW at this stage", negated=True)
R(d, "Sweden", ACCEDED, TPNW, None, "Sweden's 2019 inquiry concluded that Sweden should not accede", negated=True, required=False)
R(d, ["International Committee of the Red Cross", "ICRC"], "called-for", TPNW, "2022-01-22",
  "The International Committee of the Red Cross has repeatedly called on all States to sign and ratify the TPNW")
R(d, ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General"], "welcomed", TPNW, None,
  "The UN Secretary-General welcomed the Treaty's entry into force.", required=False)
# "could ... accede to the TPNW only if": a legal hypothesis (the Government's refusal is recorded above); observer status and
# parliamentary approval under Article 91: nothing.

# ===================== 10 (High Court of Kenya, Katiba Institute v. Attorney General, judgment, 24 May 2019) =====================
d = "10.txt"
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute", "the Statute"])
ICCWS = ("ICC Withdrawal Strategy", ["Withdrawal Strategy", "the Strategy"])
MALABO = ("Protocol on Amendments to the Protocol on the Statute of the African Court of Justice and Human Rights", ["Malabo Protocol"])
VCLT = ("Vienna Convention on the Law of Treaties", ["VCLT", "Vienna Convention"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR", "the Covenant"])
ACHPR = ("African Charter on Human and Peoples' Rights", ["African Charter", "Banjul Charter"])
AU = ["African Union Assembly", "Assembly of Heads of State and Government of the African Union", "African Union", "AU Assembly"]
R(d, "Kenya", "signed", ROME, "1999-08-11", "Kenya signed the Rome Statute of the International Criminal Court on 11 August 1999")
R(d, "Kenya", RATIFIED, ROME, "2005-03-15", "deposited its instrument of ratification on 15 March 2005",
  alt=["\"Kenya has not withdrawn, does not intend to withdraw, and remains bound by the Rome Statute\""])
# The International Crimes Act, the Constitution, the National Assembly's 2013 motion and the Treaty Making and Ratification
# Act: domestic, nothing.
R(d, AU, "adopted", ICCWS, "2017-01", "the Assembly of Heads of State and Government of the African Union adopted the \"ICC Withdrawal Strategy\"")
R(d, "Kenya", "co-sponsored", ICCWS, None, "the 2nd Respondent denies this", negated=True, required=False)
R(d, "Kenya", "supported", ICCWS, None, "Kenya \"supported the Strategy as a non-binding framework only\"")
R(d, "Burundi", NOTBOUND, ROME, None, "Burundi's withdrawal from the Rome Statute took effect on 27 October 2017", negated=True)
R(d, "Philippines", NOTBOUND, ROME, None, "and that of the Philippines on 17 March 2019", negated=True)
R(d, "Gambia", PARTY, ROME, None, "but rescinded it in February 2017, and remains a State Party")
R(d, "Gambia", NOTBOUND, ROME, None, "The Gambia gave notice of withdrawal in November 2016", negated=True, required=False)
R(d, "South Africa", PARTY, ROME, None, "South Africa likewise revoked its notice of withdrawal in March 2017", required=False)
R(d, "Kenya", "signed", MALABO, "2014", "Kenya signed the Protocol on Amendments to the Protocol on the Statute of the African Court of Justice and Human Rights")
R(d, "Kenya", NOTRATIFIED, MALABO, None, "in 2014 but has not ratified it", negated=True)
R(d, "Kenya", "called-for", MALABO, None, "Kenya \"continues to call upon all African Union Member States to ratify the Malabo Protocol\"")
R(d, "Kenya", ACCEDED, VCLT, "2014", "the Vienna Convention on the Law of Treaties, to which Kenya acceded in 2014")
R(d, "Kenya", ACCEDED, ICCPR, "1972-05-01", "Kenya acceded to the International Covenant on Civil and Political Rights on 1 May 1972")
R(d, "Kenya", RATIFIED, ACHPR, "1992", "which it ratified in 1992", alt=["Kenya is a party to the African Charter on Human and Peoples' Rights"])

# ===================== 11 (law-firm client briefing, Markdown, Singapore Convention on Mediation, 7 August 2025) =====================
d = "11.md"
SCM = ("United Nations Convention on International Settlement Agreements Resulting from Mediation", ["Singapore Convention", "Singapore Convention on Mediation"])
NYC = ("Convention on the Recognition and Enforcement of Foreign Arbitral Awards", ["New York Convention", "New York Convention (1958)"])
ML = ("UNCITRAL Model Law on International Commercial Mediation", ["Model Law on International Commercial Mediation", "Model Law"])
# "46 States signed" is unnamed; the five named signatories get records dated by "Six years ago today, on 7 August 2019".
RL(d, ["China", "United States", "India", "Republic of Korea", "Singapore"], "signed", SCM, "2019-08-07",
   "The signatories that day included China, the United States, India and the Republic of Korea, as well as Singapore itself.")
R(d, "Singapore", RATIFIED, SCM, "2020-02-25", "The early movers were Singapore and Fiji (both ratifying on 25 February 2020)", alt=["Singapore | Ratification | 25 Feb 2020"])
R(d, "Fiji", RATIFIED, SCM, "2020-02-25", "The early movers were Singapore and Fiji (both ratifying on 25 February 2020)", alt=["Fiji | Ratification | 25 Feb 2020"])
R(d, "Qatar", RATIFIED, SCM, "2020-03-12", "and Qatar (12 March 2020)", alt=["Qatar | Ratification | 12 Mar 2020"])
for st, row, dt in [("Saudi Arabia", "Saudi Arabia | Ratification | 5 May 2020", "2020-05-05"),
                    ("Belarus", "Belarus | Approval | 15 Jul 2020", "2020-07-15"),
                    ("Ecuador", "Ecuador | Ratification | 9 Sep 2020", "2020-09-09"),
                    ("Honduras", "Honduras | Ratification | 2 Sep 2021", "2021-09-02"),
                    ("Türkiye", "Türkiye | Ratification | 11 Apr 2021", "2021-04-11"),
                    ("Georgia", "Georgia | Ratification | 29 Dec 2021", "2021-12-29"),
                    ("Kazakhstan", "Kazakhstan | Ratification | 23 May 2022", "2022-05-23"),
                    ("Sri Lanka", "Sri Lanka | Ratification | 5 Jul 2024", "2024-07-05")]:
    R(d, st, ACCEPTED if st == "Belarus" else RATIFIED, SCM, dt, row)
R(d, "Japan", ACCEDED, SCM, "2023-10-01", "Japan | Accession | 1 Oct 2023", alt=["it did so by accession, not having signed in 2019"])
R(d, "Japan", "signed", SCM, None, "not having signed in 2019", negated=True, required=False)
R(d, "Nigeria", "signed", SCM, "2022", "Nigeria, which signed in 2022")
R(d, "Nigeria", RATIFIED, SCM, "2025", "deposited its instrument of ratification earlier this year")
# Entry into force (12 September 2020) and "18 parties": nothing.
RL(d, ["China", "India", "United States"], NOTRATIFIED, SCM, None, "have signed but not ratified", negated=True)
R(d, "United Kingdom", "signed", SCM, "2023-05", "The United Kingdom signed the Convention in May 2023")
R(d, "United Kingdom", NOTRATIFIED, SCM, None, "has said it intends to ratify once implementing legislation is in place", negated=True)
R(d, "European Union", "signed", SCM, None, "The European Union has not signed the Convention", negated=True)
# "no EU Member State has done so either": unnamed. Article 8(1)(a) reservations: nothing.
R(d, "Ethiopia", ACCEDED, NYC, "2020", "Ethiopia acceded in 2020")
R(d, ["UNCITRAL", "United Nations Commission on International Trade Law", "the Commission"], "adopted", ML, "2018-06",
  "Adopted by the Commission in June 2018", required=False)
R(d, GA, ENDORSED, ML, None, "endorsed by the General Assembly in resolution 73/199", required=False)

# ===================== 12 (Caribbean Court of Justice, original jurisdiction, Belize Agro-Export v. Trinidad and Tobago, 30 October 2018) =====================
d = "12.txt"
TT = "Trinidad and Tobago"
RTC = ("Revised Treaty of Chaguaramas Establishing the Caribbean Community Including the CARICOM Single Market and Economy", ["Revised Treaty of Chaguaramas", "RTC"])
PCR = ("Protocol on Contingent Rights", ["Contingent Rights Protocol"])
CCJA = ("Agreement Establishing the Caribbean Court of Justice", ["CCJ Agreement"])
ILA = ("WTO Agreement on Import Licensing Procedures", ["Agreement on Import Licensing Procedures", "Import Licensing Agreement"])
PPA = ("Protocol on Provisional Application of the Revised Treaty of Chaguaramas", ["Protocol on Provisional Application of the RTC"])
STANN = ("Declaration of Saint Ann on Implementing the CSME", ["Declaration of Saint Ann", "St. Ann's Declaration"])
COHG = ["Conference of Heads of Government of the Caribbean Community", "CARICOM Conference of Heads of Government", "Conference of Heads of Government", "Caribbean Community", "CARICOM"]
QRTC = ("The RTC was signed at Nassau on 5 July 2001 by the Heads of Government of Antigua and Barbuda, The Bahamas, Barbados, Belize, "
        "Dominica, Grenada, Guyana, Jamaica, Saint Lucia, St Kitts and Nevis, St Vincent and the Grenadines, Suriname and Trinidad and Tobago.")
RL(d, ["Antigua and Barbuda", "Bahamas", "Barbados", "Belize", "Dominica", "Grenada", "Guyana", "Jamaica", "Saint Lucia",
       ["Saint Kitts and Nevis", "St Kitts and Nevis"], ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines"], "Suriname", TT],
   "signed", RTC, "2001-07-05", QRTC)
R(d, "Haiti", "signed", RTC, "2002", "Haiti signed it in 2002")
R(d, "Haiti", NOTRATIFIED, RTC, None, "but has not yet deposited an instrument of ratification", negated=True)
R(d, "Montserrat", NOTRATIFIED, RTC, None, "has yet to receive the entrustment necessary to ratify", negated=True)
R(d, "Bahamas", PARTY, RTC, None, "The Bahamas, while a party to the RTC")
# "has not joined the CSME" (a regime within the RTC, not a separate instrument): nothing.
R(d, TT, RATIFIED, RTC, "2002-02-04", "Trinidad and Tobago ratified the RTC on 4 February 2002")
R(d, TT, NOTBOUND, PCR, None, "\"Trinidad and Tobago has not acceded to the Protocol on Contingent Rights and is not bound by it\"", negated=True)
QCCJ = "Belize and Trinidad and Tobago are also both parties to the Agreement Establishing the Caribbean Court of Justice"
RL(d, ["Belize", TT], RATIFIED, CCJA, None, "which both States ratified before the Court's inauguration in April 2005", alt=[QCCJ])
# Signature at Bridgetown (no signatories named in the clause), the inauguration, Belize's constitutional amendment accepting the
# appellate jurisdiction (domestic): nothing.
RL(d, [TT, "Belize"], PARTY, ILA, None, "\"to which Trinidad and Tobago and Belize are both parties\"")
R(d, TT, "signed", PPA, "2005-07-02", "which Trinidad and Tobago signed on 2 July 2005")
R(d, COHG, "adopted", STANN, "2018-07", "the Conference of Heads of Government had adopted the Declaration of Saint Ann on Implementing the CSME")
# "all Member States recommitted to the full implementation": unnamed, and implementation; nothing.
R(d, COHG, "called-for", PCR, None, "The Conference had also called on Member States that had not yet done so to sign and ratify the Protocol on Contingent Rights")
# The dissent's "WTO commitments, which Belize also shares": no named instrument.

# ===================== 13 (counsel's joint opinion, the UK, the ECHR and the Belfast Agreement, 14 June 2023) =====================
d = "13.txt"
ECHR = ("Convention for the Protection of Human Rights and Fundamental Freedoms", ["European Convention on Human Rights", "ECHR"])
P1 = ("Protocol No. 1 to the Convention for the Protection of Human Rights and Fundamental Freedoms", ["Protocol No. 1"])
P4 = ("Protocol No. 4 to the Convention for the Protection of Human Rights and Fundamental Freedoms", ["Protocol No. 4"])
P12 = ("Protocol No. 12 to the Convention for the Protection of Human Rights and Fundamental Freedoms", ["Protocol No. 12"])
BIA = ("British-Irish Agreement", ["Agreement between the Government of the United Kingdom and the Government of Ireland"])
TCA = ("Trade and Cooperation Agreement between the European Union and the United Kingdom", ["Trade and Cooperation Agreement", "TCA"])
WF = ("Windsor Framework", ["Protocol on Ireland/Northern Ireland"])
IST = ("Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence", ["Istanbul Convention"])
R(d, "United Kingdom", RATIFIED, ECHR, "1951-03-08", "The UK ratified the ECHR on 8 March 1951")
R(d, "Ireland", RATIFIED, ECHR, "1953-02-25", "Ireland ratified it on 25 February 1953")
RL(d, ["United Kingdom", "Ireland"], PARTY, P1, None, "Both are also parties to Protocol No. 1.")
R(d, "United Kingdom", "signed", P4, None, "The UK has signed Protocol No. 4 but has never ratified it")
R(d, "United Kingdom", NOTRATIFIED, P4, None, "The UK has signed Protocol No. 4 but has never ratified it", negated=True)
R(d, "United Kingdom", "signed", P12, None, "has neither signed nor ratified Protocol No. 12", negated=True)
R(d, "United Kingdom", NOTRATIFIED, P12, None, "has neither signed nor ratified Protocol No. 12", negated=True)
# The Multi-Party Agreement "reached" (no actor), the undertaking to incorporate the ECHR (implementation) and the Human Rights
# Act 1998 (domestic): nothing.
QBIA = "which was signed the same day in Belfast by the Prime Minister of the United Kingdom, Tony Blair, and the Taoiseach, Bertie Ahern"
RL(d, ["United Kingdom", "Ireland"], "signed", BIA, "1998-04-10", QBIA)
RL(d, ["European Union", "United Kingdom"], "signed", TCA, "2020-12-30", "The Trade and Cooperation Agreement was signed by the EU and the UK on 30 December 2020.")
R(d, ["Withdrawal Agreement Joint Committee", "Joint Committee", "EU-UK Joint Committee"], "adopted", WF, "2023-03-24",
  "The Windsor Framework was adopted by the Withdrawal Agreement Joint Committee on 24 March 2023.")
# "The UK's commitment in Article 2 ... to 'no diminution of rights'": a commitment to a principle inside the instrument; nothing.
R(d, "Greece", NOTBOUND, ECHR, None, "Greece denounced the ECHR in December 1969 under the military regime", negated=True)
R(d, "Greece", RATIFIED, ECHR, "1974-11", "and ratified it again in November 1974")
R(d, "Russian Federation", NOTBOUND, ECHR, None, "ceased to be a High Contracting Party to the ECHR on 16 September 2022", negated=True)
# Expulsion from the Council of Europe (an organisation) and the Russian Parliament's law: nothing.
R(d, "Türkiye", NOTBOUND, IST, None, "Türkiye's 2021 withdrawal from the Istanbul Convention", negated=True)
R(d, "Türkiye", PARTY, ECHR, None, "a State may leave one Council of Europe treaty while remaining bound by the ECHR", required=False)
R(d, "Ukraine", RATIFIED, IST, None, "Ukraine and the United Kingdom have both ratified the Istanbul Convention")
R(d, "United Kingdom", RATIFIED, IST, "2022-07-21", "the latter on 21 July 2022")
# Ireland's "will not stand by", "has not ... threatened to denounce the British-Irish Agreement" and the hypothetical UK
# denunciation of the ECHR (the subject of the advice): nothing.

# ===================== 14 (blog post, HTML, Article IX reservations to the Genocide Convention, 19 February 2024) =====================
d = "14.html"
GEN = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention", "the Convention", "1948 Genocide Convention"])
R(d, "Myanmar", "signed", GEN, "1949-12-30", "Myanmar signed the Convention on 30 December 1949")
R(d, "Myanmar", RATIFIED, GEN, "1956-03-14", "and ratified it on 14 March 1956")
R(d, "Gambia", ACCEDED, GEN, "1978-12-29", "The Gambia acceded to the Convention on 29 December 1978")
R(d, "United States", RATIFIED, GEN, "1988", "the United States, which ratified the Convention in 1988")
R(d, "China", RATIFIED, GEN, "1983", "China, which ratified in 1983")
# Reservations (Myanmar's, the US's, China's, Morocco's, Malaysia's, Singapore's, Viet Nam's) and Rwanda's withdrawal of its
# reservation ("bound by Article IX", an article, not a new consent): nothing. The unnamed respondent's quoted counsel: nothing.
# Article 63 declarations of intervention: nothing; but the intervening States are stated to be parties to the Convention.
RL(d, ["Canada", "Denmark", "France", "Germany", "Netherlands", "United Kingdom", "Maldives"], PARTY, GEN, None,
   "each intervening State is a party to the Convention without an Article IX reservation")
RL(d, ["Indonesia", "Japan", "Kenya", "Zambia"], NOTBOUND, GEN, None, "Among them are Indonesia, Japan, Kenya and Zambia.", negated=True)
R(d, "Japan", ACCEDED, GEN, None, "studying accession", negated=True, required=False)
R(d, ["Special Adviser on the Prevention of Genocide", "UN Special Adviser on the Prevention of Genocide"], "called-for", GEN, "2023-12",
  "who last December called on every remaining State to accede to the Convention without reservations")
# The Ljubljana-The Hague Convention "was adopted on 26 May 2023" by no named body: nothing.

# ===================== 15 (WTO panel report, Indonesia - Fuel Subsidies for Fishing Vessels, WT/DS641/R, 16 March 2026) =====================
d = "15.txt"
AFS = ("Protocol Amending the Marrakesh Agreement Establishing the World Trade Organization (Agreement on Fisheries Subsidies)",
       ["Agreement on Fisheries Subsidies", "AFS", "Protocol of Amendment", "Fisheries Subsidies Agreement", "WTO Agreement on Fisheries Subsidies"])
SCM = ("Agreement on Subsidies and Countervailing Measures", ["SCM Agreement"])
TRIPSP = ("Protocol Amending the TRIPS Agreement", ["TRIPS amendment"])
TFA = ("Trade Facilitation Agreement", ["TFA", "WTO Trade Facilitation Agreement"])
MC = ["WTO Ministerial Conference", "Ministerial Conference", "World Trade Organization"]
R(d, MC, "adopted", AFS, "2022-06-17", "The AFS was adopted by the Ministerial Conference at its Twelfth Session in Geneva on 17 June 2022")
# Acceptance by two-thirds and the taking effect on 15 September 2025 (entry into force), the depositary: nothing.
R(d, "Switzerland", ACCEPTED, AFS, "2022-08-17", "Switzerland was the first Member to deposit its instrument of acceptance, on 17 August 2022")
RL(d, ["Singapore", ["Seychelles"]], ACCEPTED, AFS, None, "followed by Singapore and Seychelles")
R(d, "United States", ACCEPTED, AFS, "2023-04-14", "the United States (14 April 2023)")
R(d, "European Union", ACCEPTED, AFS, "2023-06-28", "the European Union (28 June 2023)")
R(d, "China", ACCEPTED, AFS, "2023-06-27", "and China (27 June 2023)")
R(d, "Australia", ACCEPTED, AFS, "2023-08-24", "Australia deposited its instrument of acceptance on 24 August 2023")
R(d, "Indonesia", ACCEPTED, AFS, "2025-11-12", "\"deposited its instrument of acceptance only on 12 November 2025, after the establishment of this Panel\"",
  alt=["the AFS became binding on Indonesia on 12 November 2025"])
# "as a signatory of the Ministerial Decision": the Panel notes there is no signature; nothing. Ministerial Regulation: domestic.
R(d, "India", NOTRATIFIED, AFS, None, "\"has not accepted the Protocol of Amendment and does not intend to do so", negated=True)
RL(d, ["Japan", "Norway", "Republic of Korea"], ACCEPTED, AFS, None, "Japan, Norway and the Republic of Korea, also third parties, confirmed that they have accepted the Protocol")
R(d, "Norway", "called-for", AFS, None, "Norway called on all Members that had not yet done so to accept it")
R(d, "Brazil", ACCEPTED, AFS, "2024", "Brazil stated that it had accepted it in 2024")
R(d, "Canada", ACCEPTED, AFS, "2024", "Canada, which accepted the Protocol in 2024")
# Canada's support for the Panel's jurisdiction (a process): nothing.
R(d, "Philippines", ACCEPTED, AFS, None, "The Philippines indicated that its acceptance was pending before its Senate", negated=True, required=False)
RL(d, ["Australia", "Indonesia"], PARTY, SCM, "1995", "binds both parties as original Members of the WTO since 1995")
R(d, "Indonesia", ACCEPTED, TRIPSP, "2011", "Indonesia has, moreover, accepted the Protocol Amending the TRIPS Agreement (in 2011)")
R(d, "Indonesia", ACCEPTED, TFA, "2017", "and the Trade Facilitation Agreement (in 2017)")

# ===================== 16 (The Hague District Court, extradition chamber, request of Kosovo, 23 September 2025) =====================
d = "16.txt"
NLKS = ("Agreement between the Kingdom of the Netherlands and the Republic of Kosovo on extradition", ["bilateral agreement", "Netherlands-Kosovo extradition agreement"])
ECE = ("European Convention on Extradition", ["1957 European Convention on Extradition"])
LJH = ("Ljubljana-The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and Other International Crimes",
       ["Ljubljana-The Hague Convention", "MLA Convention"])
RL(d, ["Netherlands", "Kosovo"], "signed", NLKS, "2023-06-20", "signed at Pristina on 20 June 2023", required=False)
R(d, "Netherlands", RATIFIED, NLKS, "2024-11-14", "which the Netherlands ratified on 14 November 2024")
# Entry into force (1 February 2025), the Constitution and the Extradition Act: nothing.
R(d, "Kosovo", NOTBOUND, ECE, None, "Kosovo \"is not a party to the European Convention on Extradition of 13 December 1957 and cannot become one",
  negated=True, alt=["Kosovo's succession to the 1957 European Convention on Extradition, as a former part of Serbia, was never notified"])
# Kosovo's application for membership of the Council of Europe and the Committee of Ministers: nothing.
RL(d, ["Belgium", "Slovenia", "Netherlands", "Argentina", "Mongolia", "Senegal", "Ukraine"], "signed", LJH, "2024-02-14",
   "was signed that day by, among others, Belgium, Slovenia, the Netherlands, Argentina, Mongolia, Senegal and Ukraine")
R(d, "Kosovo", "signed", LJH, None, "Kosovo has not signed it.", negated=True)
R(d, "Netherlands", RATIFIED, LJH, "2025-06-03", "ratified it on 3 June 2025")
# Opening for signature at The Hague, host State and depositary: nothing. Serbia's non-recognition of Kosovo: nothing.
R(d, "Serbia", RATIFIED, ECE, "2002", "Serbia itself ratified that Convention in 2002", alt=["and remains a party"])
# "Kosovo has acceded to none of the Council of Europe's criminal-law conventions": no named instrument. Law No. 04/L-213: domestic.
R(d, "Kosovo", COMMITTED, ECE, None, "it \"remains committed to the principles of the European Convention on Extradition\"", required=False)

gold.finish(MIN_CHARS, MAX_CHARS)
