#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe52/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (04.md, 12.md, 08.html, 15.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity (04's table quotes keep only the inner cell separators). One document (03) opens with a metadata
block (Title:/Date:/URL:), which gold.py leaves out of the body; no quote comes from it. Alternative actor names missing from
gold.py's ALT_NAMES are added locally below.

Theme: foreign ministries' and permanent missions' statements and press releases of the ordinary kind (2019-2026): remarks at
a ceremony, statements at a review conference, a Conference of States Parties, a Conference of the Parties and the Human
Rights Council, joint statements after visits, a treaty section's annual round-up, a press briefing transcript, an
anniversary statement, written answers to parliamentary questions, a regional summit's communiqué, an embassy's news item,
media notes and a treaty-event press release. "We", "our country", "the Government", "the delegation", "the Minister" and
"it" resolve to the State that speaks; joint statements' "both sides", "the two parties", "the Ministers" and "Heads" resolve
to the States named. Calls on others to sign, ratify, accede, accept, join or adopt are the caller's `called-for`, dated by
the statement (or by the day the text gives for the call); calls to implement, to respect obligations, to support a body or
to co-sponsor a draft give nothing. Planned, intended, considered, "supported recommendations to ratify" and "noted"
recommendations, "has not yet", "will sign" and withdrawals are negated records without a date (votes against and
abstentions keep theirs). Domestic steps (a parliament's approval, an Act, Cabinet approval, a Bill), entry into force,
depositaries, venues and hosts, reservations and their withdrawal, interpretative declarations, observer status, processes,
funds and institutions give no record."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Viet Nam", "Republic of Korea", "Uzbekistan", "Timor-Leste",
          "Germany", "Kenya", "Mexico", "China", "Bangladesh", "Rwanda", "Chile", "Fiji"),
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Austria": ["Austria", "Republic of Austria"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Ireland": ["Ireland"],
    "New Zealand": ["New Zealand"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Lebanon": ["Lebanon", "Lebanese Republic"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Malaysia": ["Malaysia"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Dominica": ["Dominica", "Commonwealth of Dominica"],
    "Grenada": ["Grenada"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Saint Lucia": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "Montserrat": ["Montserrat"],
    "Tuvalu": ["Tuvalu"],
    "Mongolia": ["Mongolia"],
    "Turkmenistan": ["Turkmenistan"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "India": ["India", "Republic of India"],
    "Japan": ["Japan"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Botswana": ["Botswana", "Republic of Botswana"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (Timor-Leste MFA, remarks at the exchange of notes, Dili, 30 August 2019) =====================
d = "01.txt"
D = "2019-08-30"
TSMB = ("Treaty between Australia and the Democratic Republic of Timor-Leste Establishing Their Maritime Boundaries in the Timor Sea",
        ["Maritime Boundary Treaty", "Timor Sea Maritime Boundary Treaty", "2018 Maritime Boundary Treaty"])
CMATS = ("Treaty on Certain Maritime Arrangements in the Timor Sea", ["CMATS", "CMATS Treaty", "2006 Treaty on Certain Maritime Arrangements in the Timor Sea"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
CBD = ("Convention on Biological Diversity", ["CBD"])
RAMSAR = ("Convention on Wetlands of International Importance", ["Ramsar Convention", "Convention on Wetlands"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["Port State Measures Agreement", "PSMA"])
UNFSA = ("Agreement for the Implementation of the Provisions of the Convention relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks",
         ["UN Fish Stocks Agreement", "UNFSA", "Fish Stocks Agreement"])
SUNRISE = ("Greater Sunrise development plan (Annex B of the Maritime Boundary Treaty)", ["development plan set out in Annex B", "Greater Sunrise special regime"])
QSG = "The Treaty was signed at United Nations Headquarters in New York on 6 March 2018"
RL(d, ["Australia", "Timor-Leste"], "signed", TSMB, "2018-03-06", QSG, required=False)
R(d, "Timor-Leste", RATIFIED, TSMB, "2019-07-16", "Timor-Leste ratified the Treaty on 16 July 2019")
R(d, "Australia", RATIFIED, TSMB, "2019-07-29", "Australia ratified it on 29 July")
# The National Parliament's vote and Australia's two laws: domestic. The exchange of notes and entry into force: nothing.
R(d, "Timor-Leste", NOTBOUND, CMATS, None, "Timor-Leste is no longer a party to the 2006 Treaty on Certain Maritime Arrangements in the Timor Sea", negated=True)
R(d, "Australia", NOTBOUND, CMATS, None, "which both Governments agreed to terminate in 2017", negated=True, required=False)
R(d, "Timor-Leste", ACCEDED, UNCLOS, "2013-01", "Timor-Leste acceded to the United Nations Convention on the Law of the Sea in January 2013")
R(d, "Australia", PARTY, UNCLOS, "1994", "Australia has been a party to UNCLOS since 1994.")
# A declaration under article 287 being considered: not a treaty action (nothing).
QTLP = "Timor-Leste is a party to the Convention on Biological Diversity and, since 2023, to the Convention on Wetlands of International Importance"
R(d, "Timor-Leste", PARTY, CBD, None, QTLP)
R(d, "Timor-Leste", PARTY, RAMSAR, "2023", QTLP)
R(d, "Timor-Leste", NOTBOUND, PSMA, None, "We intend to accede to the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", negated=True)
R(d, "Timor-Leste", "signed", UNFSA, None, "We have not yet signed the Agreement for the Implementation of the Provisions of the Convention relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks", negated=True)
R(d, "Timor-Leste", "called-for", UNCLOS, D, "We call on all States that have not yet done so to become parties to the United Nations Convention on the Law of the Sea")
R(d, "Timor-Leste", COMMITTED, SUNRISE, None, "Our Government has committed to the development plan set out in Annex B of the Treaty", required=False)

# ===================== 02 (Austria's mission, CCW Sixth Review Conference, general debate, Geneva, 14 December 2021) =====================
d = "02.txt"
D = "2021-12-14"
CCW = ("Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects",
       ["CCW", "Convention on Certain Conventional Weapons", "Certain Conventional Weapons Convention"])
CCWP4 = ("Protocol on Blinding Laser Weapons (Protocol IV to the CCW)", ["Protocol IV", "Protocol IV on Blinding Laser Weapons"])
CCWAP2 = ("Amended Protocol II to the CCW", ["Amended Protocol II", "Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices as amended on 3 May 1996"])
CCWP5 = ("Protocol on Explosive Remnants of War (Protocol V to the CCW)", ["Protocol V", "Protocol V on Explosive Remnants of War"])
CCWART1 = ("2001 amendment to Article 1 of the CCW", ["amended Article 1", "amendment to Article 1", "2001 amendment"])
GP19 = ("Guiding Principles affirmed by the Group of Governmental Experts on Lethal Autonomous Weapons Systems", ["eleven Guiding Principles", "Guiding Principles on lethal autonomous weapons systems"])
LAWSI = ("legally binding instrument on autonomous weapon systems", ["instrument on autonomous weapon systems"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences arising from the use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "Political Declaration on Explosive Weapons in Populated Areas", "the Declaration"])
APMBC = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
         ["Anti-Personnel Mine Ban Convention", "Mine Ban Convention", "Ottawa Convention", "APMBC"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
ATT = ("Arms Trade Treaty", ["ATT"])
R(d, "Austria", RATIFIED, CCW, "1983", "Austria ratified the Convention in 1983")
QAP = ("has since consented to be bound by each of its Protocols, including Protocol IV on Blinding Laser Weapons, Amended Protocol II on mines, "
       "booby-traps and other devices, and Protocol V on Explosive Remnants of War")
for p in (CCWP4, CCWAP2, CCWP5):
    R(d, "Austria", PARTY, p, None, QAP)
R(d, "Austria", ACCEPTED, CCWART1, None, "We also accepted the 2001 amendment to Article 1")
R(d, "Austria", "called-for", CCW, D, "We therefore call on all States that have not yet done so to join the CCW and all its Protocols")
R(d, "Austria", "called-for", CCWP5, D, "in particular to accept Protocol V")
# "With 125 High Contracting Parties": unnamed. The depositary's notification gives the depositary nothing; the two States act.
R(d, "Sri Lanka", PARTY, CCWAP2, None, "Sri Lanka has consented to be bound by Amended Protocol II and Protocol V")
R(d, "Sri Lanka", PARTY, CCWP5, None, "Sri Lanka has consented to be bound by Amended Protocol II and Protocol V")
R(d, "Lebanon", PARTY, CCWART1, None, "Lebanon has become a High Contracting Party to the amended Article 1")
R(d, "Austria", ENDORSED, GP19, None, "the eleven Guiding Principles affirmed by the High Contracting Parties in 2019, which Austria fully endorses")
QLAWS = "Together with Brazil, Chile, Ireland, Mexico and New Zealand, Austria has called for a mandate to negotiate a legally binding instrument on autonomous weapon systems"
RL(d, ["Austria", "Brazil", "Chile", "Ireland", "Mexico", "New Zealand"], "called-for", LAWSI, None, QLAWS, required=False)
R(d, "Austria", "endorsed", EWIPA, None, "We intend to endorse the Declaration when it is finalised next year", negated=True)
R(d, "Austria", PARTY, APMBC, None, "Austria is a State Party to the Anti-Personnel Mine Ban Convention")
R(d, "Austria", RATIFIED, CCM, "2009-04", "was among the first States to ratify the Convention on Cluster Munitions, in April 2009")
R(d, "Austria", PARTY, ATT, None, "Austria is also a party to the Arms Trade Treaty")
# Alignment with the EU statement, the Sponsorship Programme and the ISU (institutions), and the conditional refusal to join a
# consensus on a Final Document not yet tabled: nothing.

# ===================== 03 (joint statement, Indonesia, Malaysia, Singapore; Jakarta, 12 March 2024) =====================
d = "03.txt"
D = "2024-03-12"
IMS = ["Indonesia", "Malaysia", "Singapore"]
JS71 = ("Joint Statement of the Governments of Indonesia, Malaysia and Singapore of 16 November 1971", ["1971 Joint Statement", "Joint Statement of 16 November 1971"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
RECAAP = ("Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia", ["ReCAAP", "ReCAAP Agreement"])
SUA = ("Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation", ["SUA Convention", "SUA", "International Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation"])
SUA05 = ("Protocol of 2005 to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation", ["2005 SUA Protocol", "SUA 2005 Protocol", "its 2005 Protocol"])
MARPOL6 = ("Annex VI of the International Convention for the Prevention of Pollution from Ships", ["MARPOL Annex VI", "Annex VI of MARPOL"])
HKC = ("Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships", ["Hong Kong Convention", "Hong Kong Ship Recycling Convention"])
IDSG = ("Agreement between the Republic of Indonesia and the Republic of Singapore relating to the Delimitation of the Territorial Seas of the Two Countries in the Eastern Part of the Strait of Singapore",
        ["Indonesia–Singapore territorial sea boundary agreement (eastern part)", "2014 Indonesia–Singapore territorial seas agreement"])
RL(d, IMS, ENDORSED, JS71, D, "The Ministers reaffirmed the Joint Statement of the Governments of Indonesia, Malaysia and Singapore of 16 November 1971")
RL(d, IMS, COMMITTED, UNCLOS, D, "They also reaffirmed their commitment to the United Nations Convention on the Law of the Sea, 1982 (UNCLOS)")
RL(d, IMS, PARTY, UNCLOS, None, "to which all three States are parties")
# The Cooperative Mechanism, the Aids to Navigation Fund, the Malacca Straits Patrol and the navies' revised SOPs: nothing.
R(d, "Singapore", PARTY, RECAAP, None, "Singapore recalled that it is a Contracting Party to the Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia (ReCAAP)")
RL(d, ["Indonesia", "Malaysia"], NOTBOUND, RECAAP, None, "Indonesia and Malaysia, which are not Contracting Parties to ReCAAP", negated=True)
R(d, "Singapore", "called-for", RECAAP, D, "Singapore encouraged the States of the region that have not yet done so to accede to the ReCAAP Agreement.")
QSUA = "Singapore acceded to the SUA Convention in 2004, and Malaysia in 2018"
R(d, "Singapore", ACCEDED, SUA, "2004", QSUA)
R(d, "Malaysia", ACCEDED, SUA, "2018", QSUA)
QIDN = "Indonesia informed the meeting that it has not become a party to the SUA Convention or to its 2005 Protocol"
R(d, "Indonesia", NOTBOUND, SUA, None, QIDN, negated=True)
R(d, "Indonesia", NOTBOUND, SUA05, None, QIDN, negated=True)
RL(d, IMS, PARTY, MARPOL6, None, "the three States are parties to Annex VI of the International Convention for the Prevention of Pollution from Ships (MARPOL)")
# Entry into force of the Hong Kong Convention on 26 June 2025: nothing. The IMO Secretary-General as depositary: nothing.
R(d, "Malaysia", ACCEDED, HKC, "2024-02", "Malaysia informed the meeting that it had deposited its instrument of accession to the Hong Kong Convention with the Secretary-General of the IMO last month")
R(d, "Singapore", NOTRATIFIED, HKC, None, "Singapore stated that it would ratify the Hong Kong Convention once its domestic legislation is in place", negated=True)
RL(d, IMS, "called-for", HKC, D, "The three Ministers called on all flag States to ratify the Hong Kong Convention in time for its entry into force.")
RL(d, ["Indonesia", "Singapore"], "signed", IDSG, "2014-09-03", "signed in Singapore on 3 September 2014")
RL(d, ["Indonesia", "Singapore"], RATIFIED, IDSG, "2017", "which both countries ratified in 2017")
# Talks on the Indonesia–Malaysia boundaries, the next meeting's host: nothing.

# ===================== 04 (Ireland DFA Treaty Section, "treaty actions in 2024", Markdown, 20 January 2025) =====================
d = "04.md"
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["ILO Convention No. 190", "C190", "Convention No. 190"])
CETS224 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
           ["CETS No. 224", "Second Additional Protocol to the Budapest Convention", "Second Additional Protocol"])
BUDAPEST = ("Convention on Cybercrime", ["Budapest Convention", "CETS No. 185"])
GCHE = ("Global Convention on the Recognition of Qualifications concerning Higher Education", ["Global Convention", "UNESCO Global Convention on Higher Education"])
EUROBATS = ("Agreement on the Conservation of Populations of European Bats", ["EUROBATS"])
LJHC = ("Ljubljana–The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and Other International Crimes",
        ["Ljubljana–The Hague Convention", "MLA Convention", "Ljubljana-The Hague Convention"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD", "CRPD Optional Protocol", "Convention on the Rights of Persons with Disabilities' Optional Protocol"])
IEUY = ("Agreement on Social Security between Ireland and Uruguay", ["Ireland–Uruguay Agreement on Social Security"])
AICONV = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law", ["Framework Convention on Artificial Intelligence", "AI Convention", "CETS No. 225"])
ECT = ("Energy Charter Treaty", ["ECT"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR", "the Covenant"])
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
UNCC = ("United Nations Convention against Cybercrime", ["UN Convention against Cybercrime", "Hanoi Convention", "Convention against Cybercrime"])
R(d, "Ireland", RATIFIED, C190, "2024-01-29", "Violence and Harassment Convention, 2019 (No. 190) | Ratification | Director-General of the ILO | 29.01.2024")
R(d, "Ireland", RATIFIED, CETS224, "2024-06-10", "Ratification | Secretary General of the Council of Europe | 10.06.2024",
  alt=["the ratification of the Second Additional Protocol completes the package of measures"])
R(d, "Ireland", ACCEPTED, GCHE, "2024-11-14", "Global Convention on the Recognition of Qualifications concerning Higher Education | Acceptance | Director-General of UNESCO | 14.11.2024")
R(d, "Ireland", ACCEDED, EUROBATS, "2024-12-02", "Accession | Government of the United Kingdom | 02.12.2024")
# Entry into force for Ireland on 29 January 2025; the Criminal Justice (Electronic Evidence) Act 2023 (domestic): nothing.
R(d, "Ireland", PARTY, BUDAPEST, "2023", "Ireland had been a party to the Convention on Cybercrime itself since 2023")
R(d, "Ireland", "signed", LJHC, "2024-02-14", "On 14 February 2024, at the signing ceremony held in The Hague, Ireland signed the Ljubljana–The Hague Convention on International Cooperation")
R(d, "Ireland", "signed", OPCRPD, "2024-09-26", "On 26 September 2024, during the annual Treaty Event in New York, Ireland signed the Convention on the Rights of Persons with Disabilities' Optional Protocol")
R(d, "Ireland", COMMITTED, OPCRPD, "2018", "which it had committed to ratify \"as soon as possible\" in 2018")
R(d, "Ireland", NOTRATIFIED, OPCRPD, None, "ratification requires the completion of the individual complaints framework and is not expected before the second half of 2025", negated=True)
RL(d, ["Ireland", "Uruguay"], "signed", IEUY, "2024-06-04", "Ireland and Uruguay signed an Agreement on Social Security in Montevideo on 4 June 2024.")
R(d, "Ireland", "signed", AICONV, None, "Ireland has not yet signed the Council of Europe Framework Convention on Artificial Intelligence", negated=True,
  alt=["the Government is considering whether Ireland should also sign in its own right"])
R(d, "European Union", "signed", AICONV, "2024-09-05", "The European Union signed it on that date on behalf of the Union")
R(d, "Ireland", NOTBOUND, ECT, None, "Ireland notified the Government of Portugal, as depositary, of its withdrawal from the Energy Charter Treaty", negated=True)
R(d, "Ireland", PARTY, ECT, None, "Until that date Ireland remains a Contracting Party.")
R(d, "European Union", NOTBOUND, ECT, None, "The European Union's own withdrawal, notified on 27 June 2024, will take effect on 28 June 2025.", negated=True, required=False)
# The withdrawal of a reservation to the ICCPR is not a treaty action of its own; the party status is stated.
R(d, "Ireland", PARTY, ICCPR, "1989", "Ireland has been a party to the Covenant since 1989 and remains one.")
# The Dáil's approval of the BBNJ Agreement on 3 December 2024: domestic.
R(d, "Ireland", "signed", BBNJ, "2023-09", "Ireland, which signed the BBNJ Agreement in September 2023")
R(d, "Ireland", NOTRATIFIED, BBNJ, None, "expects to deposit its instrument of ratification in the first half of 2025", negated=True)
R(d, "Ireland", "signed", UNCC, None, "The Government intends to sign the United Nations Convention against Cybercrime", negated=True)
# Negotiations on a convention on crimes against humanity; "34 States"; "11 treaty actions": nothing.

# ===================== 05 (Viet Nam MFA, regular press conference transcript, Hanoi, Thursday 23 October 2025) =====================
d = "05.txt"
D = "2025-10-23"
UNCC = ("United Nations Convention against Cybercrime", ["UN Convention against Cybercrime", "Hanoi Convention", "Convention against Cybercrime"])
BBNJ = ("Agreement on marine biological diversity of areas beyond national jurisdiction", ["BBNJ Agreement", "BBNJ", "High Seas Treaty",
        "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction"])
DOC = ("Declaration on the Conduct of Parties in the South China Sea", ["DOC", "2002 Declaration on the Conduct of Parties"])
COC = ("Code of Conduct in the South China Sea", ["COC", "South China Sea Code of Conduct"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "1982 United Nations Convention on the Law of the Sea"])
C098 = ("Right to Organise and Collective Bargaining Convention, 1949 (No. 98)", ["ILO Convention No. 98", "C098", "Convention No. 98"])
C105 = ("Abolition of Forced Labour Convention, 1957 (No. 105)", ["ILO Convention No. 105", "C105", "Convention No. 105"])
C087 = ("Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)", ["ILO Convention No. 87", "C087", "Convention No. 87"])
VNBR = ("Agreement on Mutual Legal Assistance in Criminal Matters between Viet Nam and Brazil", ["Viet Nam–Brazil Agreement on Mutual Legal Assistance in Criminal Matters"])
MEKONG = ("Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin", ["1995 Mekong Agreement", "Mekong Agreement", "1995 Agreement"])
UNWC = ("Convention on the Law of the Non-navigational Uses of International Watercourses", ["UN Watercourses Convention", "1997 Watercourses Convention"])
R(d, "Viet Nam", "signed", UNCC, None, "Viet Nam will sign the Convention at the opening session on Saturday", negated=True)
R(d, GA, "adopted", UNCC, "2024-12-24", "The Convention was adopted by the United Nations General Assembly on 24 December 2024")
# Registration of delegations, the period open for signature and entry into force: nothing.
R(d, "European Union", "signed", UNCC, None, "the European Union has announced that it intends to sign the Convention in Hanoi", negated=True)
R(d, "Viet Nam", "called-for", UNCC, D, "We call on all countries to sign and ratify the Convention soon")
R(d, "Viet Nam", "signed", BBNJ, "2023-09-20", "Viet Nam signed the BBNJ Agreement on 20 September 2023")
R(d, "Viet Nam", NOTRATIFIED, BBNJ, None, "Viet Nam has not yet ratified it and is working to do so", negated=True)
R(d, "Viet Nam", COMMITTED, DOC, D, "Viet Nam remains committed to the full and effective implementation of the 2002 Declaration on the Conduct of Parties in the South China Sea")
R(d, "Viet Nam", "called-for", COC, D, "We call for the early conclusion of an effective and substantive Code of Conduct in the South China Sea")
R(d, "Viet Nam", PARTY, UNCLOS, "1994", "to which Viet Nam has been a party since 1994")
QILO = ("Viet Nam ratified ILO Convention No. 98 on the right to organise and collective bargaining in 2019 and Convention No. 105 on the "
        "abolition of forced labour in 2020")
R(d, "Viet Nam", RATIFIED, C098, "2019", QILO)
R(d, "Viet Nam", RATIFIED, C105, "2020", QILO)
R(d, "Viet Nam", NOTRATIFIED, C087, None, "There is no timetable for its ratification at present.", negated=True, alt=["Convention No. 87 is under study by the relevant agencies."])
RL(d, ["Viet Nam", "Brazil"], "signed", VNBR, "2025-10-22", "Viet Nam and Brazil signed an Agreement on Mutual Legal Assistance in Criminal Matters")
# The memorandum of understanding between diplomatic academies and "work towards the early conclusion" of the MERCOSUR talks: nothing.
R(d, "Viet Nam", PARTY, MEKONG, None, "Viet Nam is a party to the 1995 Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin")
R(d, "Viet Nam", PARTY, UNWC, "2014", "since 2014, to the Convention on the Law of the Non-navigational Uses of International Watercourses")
# "call on the riparian countries to fully respect their obligations under the 1995 Agreement": a call to implement (nothing).

# ===================== 06 (Bangladesh MFA press release, thirtieth anniversary statement, Dhaka, 9 December 2024) =====================
d = "06.txt"
D = "2024-12-09"
SUNP = ("Convention on the Safety of United Nations and Associated Personnel", ["Safety Convention", "1994 Convention on the Safety of United Nations and Associated Personnel"])
SUNPOP = ("Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel", ["Optional Protocol", "2005 Optional Protocol"])
A4P = ("Declaration of Shared Commitments on UN Peacekeeping Operations", ["Action for Peacekeeping Declaration of Shared Commitments", "A4P Declaration", "A4P"])
A4PP = ("A4P+ implementation strategy", ["A4P+", "Action for Peacekeeping Plus"])
R2518 = ("Security Council resolution 2518 (2020)", ["resolution 2518", "resolution 2518 (2020)", "S/RES/2518 (2020)"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
R(d, GA, "adopted", SUNP, "1994-12-09",
  "on 9 December 1994, the General Assembly of the United Nations adopted the Convention on the Safety of United Nations and Associated Personnel by its resolution 49/59")
R(d, "Bangladesh", ACCEDED, SUNP, "2002-07-11", "Bangladesh acceded to the Convention on 11 July 2002")
R(d, GA, "adopted", SUNPOP, "2005-12-08", "The Optional Protocol to the Convention, adopted on 8 December 2005", required=False)
R(d, "Bangladesh", "signed", SUNPOP, "2006", "Bangladesh signed the Optional Protocol in 2006")
R(d, "Bangladesh", NOTRATIFIED, SUNPOP, None, "but has not yet ratified it", negated=True,
  alt=["the Ministry intends to submit the instrument of ratification for approval in the first half of 2025"])
# "fewer than a hundred States Parties" and "Many of the States that host peace operations": unnamed.
QCALL = ("Bangladesh therefore calls upon all Member States, in particular host countries and troop- and police-contributing countries, that have not yet "
         "done so to become parties to the Convention and its Optional Protocol without delay")
R(d, "Bangladesh", "called-for", SUNP, D, QCALL)
R(d, "Bangladesh", "called-for", SUNPOP, D, QCALL)
# Welcoming Nepal's and Rwanda's accessions gives Bangladesh nothing; the two acceding States get their records.
RL(d, ["Nepal", "Rwanda"], ACCEDED, SUNPOP, None, "Nepal and Rwanda acceded to the Optional Protocol during the past year")
R(d, "Bangladesh", COMMITTED, A4P, D, "Bangladesh reaffirms its commitment to the Action for Peacekeeping Declaration of Shared Commitments on UN Peacekeeping Operations")
R(d, "Bangladesh", ENDORSED, A4P, "2018-09", "which it endorsed in September 2018")
R(d, "Bangladesh", COMMITTED, A4PP, D, "the safety and security priorities of the A4P+ implementation strategy", required=False)
R(d, "Bangladesh", ["co-sponsored", "supported"], R2518, "2020", "In 2020, Bangladesh co-sponsored Security Council resolution 2518 (2020)")
# The Group of Friends is a grouping, not an instrument (nothing).
R(d, "Bangladesh", PARTY, ROME, "2010", "to which Bangladesh has been a State Party since 2010")
R(d, "Bangladesh", "called-for", ROME, D, "Bangladesh urges all States that are not yet parties to the Rome Statute to consider joining it")
R(d, "Bangladesh", COMMITTED, SUNP, D, "Bangladesh pledges to continue implementing the Convention fully")
# The wreath-laying "Yesterday", the seminar and the Berlin Ministerial: nothing.

# ===================== 07 (UK Parliament written answers, FCDO, answered 7 March 2023) =====================
d = "07.txt"
D = "2023-03-07"
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Convention on Enforced Disappearance", "CED"])
HRC518 = ("Human Rights Council resolution 51/8 on enforced or involuntary disappearances", ["resolution 51/8", "A/HRC/RES/51/8"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", ["ICRMW", "Migrant Workers Convention"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR"])
OP3CRC = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure", ["OPIC", "third Optional Protocol to the CRC", "OP3-CRC"])
OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women", ["OP-CEDAW", "Optional Protocol to CEDAW"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD", "Optional Protocol to the CRPD"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "UNCAT"])
ISTANBUL = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention", "CETS No. 210"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
KAMPALA = ("amendments to the Rome Statute on the crime of aggression", ["Kampala amendments", "Kampala amendments on the crime of aggression"])
LJHC = ("Ljubljana–The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and Other International Crimes",
        ["Ljubljana–The Hague Convention", "MLA Convention", "Ljubljana-The Hague Convention"])
UK = "United Kingdom"
# "a party to seven of the nine core UN human rights treaties": unnamed.
R(d, UK, "signed", ICPPED, None, "The UK has not signed the International Convention for the Protection of All Persons from Enforced Disappearance.", negated=True)
# The Criminal Justice Act 1988 and the International Criminal Court Act 2001: domestic.
R(d, UK, "supported", HRC518, "2022-10", "The UK joined the consensus on Human Rights Council resolution 51/8 on enforced or involuntary disappearances")
R(d, ["UN Human Rights Council", "Human Rights Council"], "adopted", HRC518, "2022-10", "adopted by the Council in October 2022")
R(d, UK, "signed", ICRMW, None, "The UK has likewise not signed the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", negated=True)
QNOR = ("Nor has the UK signed the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights or the Optional Protocol "
        "to the Convention on the Rights of the Child on a communications procedure")
R(d, UK, "signed", OPICESCR, None, QNOR, negated=True)
R(d, UK, "signed", OP3CRC, None, QNOR, negated=True)
R(d, UK, RATIFIED, OPCEDAW, "2004", "the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women, which it ratified in 2004")
R(d, UK, RATIFIED, OPCRPD, "2009", "the Optional Protocol to the Convention on the Rights of Persons with Disabilities, which it ratified in 2009")
R(d, UK, RATIFIED, OPCAT, "2003-12", "The UK ratified the Optional Protocol to the Convention against Torture in December 2003")
QCAT = "We continue to encourage all States to ratify the Convention against Torture and its Optional Protocol."
R(d, UK, "called-for", CAT, D, QCAT)
R(d, UK, "called-for", OPCAT, D, QCAT)
R(d, UK, RATIFIED, ISTANBUL, "2022-07-21", "on 21 July 2022, the UK ratified the Council of Europe Convention on preventing and combating violence against women and domestic violence")
# Entry into force for the UK on 1 November 2022 and the reservation to Article 59: nothing.
R(d, UK, PARTY, ROME, None, "The UK is a founding State Party to the Rome Statute")
R(d, UK, NOTRATIFIED, KAMPALA, None, "The UK has not ratified the amendments on the crime of aggression", negated=True)
R(d, ["Review Conference of the Rome Statute", "Kampala Review Conference"], "adopted", KAMPALA, "2010", "adopted at the Review Conference in Kampala in 2010", required=False)
# The Assembly's activation of jurisdiction in 2017, the core group on a special tribunal ("Last week") and the 2022 referral: nothing.
R(d, UK, "signed", LJHC, None, "The UK has not signed the Ljubljana–The Hague Convention", negated=True)

# ===================== 08 (OECS Authority, final communiqué of the 77th Meeting, HTML; Basseterre, 14 June 2024) =====================
d = "08.html"
D = "2024-06-14"
OECS = ["OECS Authority", "OECS", "Organisation of Eastern Caribbean States", "Authority of the Organisation of Eastern Caribbean States"]
SIX = ["Antigua and Barbuda", "Dominica", "Grenada", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines"]
RTB = ("Revised Treaty of Basseterre Establishing the Organisation of Eastern Caribbean States Economic Union", ["Revised Treaty of Basseterre", "Treaty of Basseterre"])
R77276 = ("General Assembly resolution 77/276", ["resolution 77/276", "A/RES/77/276", "ICJ climate advisory opinion resolution"])
COSIS = ("Agreement for the Establishment of the Commission of Small Island States on Climate Change and International Law", ["COSIS Agreement", "COSIS"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean", ["Escazú Agreement", "Escazu Agreement"])
SGD = ("St. George's Declaration of Principles for Environmental Sustainability in the OECS", ["St. George's Declaration", "SGD"])
ATT = ("Arms Trade Treaty", ["ATT"])
CIFTA = ("Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials", ["CIFTA"])
CAWT = ("CARICOM Arrest Warrant Treaty", ["Arrest Warrant Treaty"])
R(d, OECS, COMMITTED, RTB, D, "The Authority reaffirmed its commitment to the Revised Treaty of Basseterre Establishing the Organisation of Eastern Caribbean States Economic Union")
# The Assemblies' legislation on free circulation of goods: domestic.
QCS = ("Antigua and Barbuda, Dominica, Grenada, Saint Kitts and Nevis, Saint Lucia and Saint Vincent and the Grenadines co-sponsored General Assembly "
       "resolution 77/276")
RL(d, SIX, ["co-sponsored", "supported"], R77276, None, QCS)
R(d, GA, "adopted", R77276, "2023-03-29", "by which the General Assembly, on 29 March 2023, requested an advisory opinion", required=False)
R(d, "Antigua and Barbuda", "signed", COSIS, "2021", "it had signed the Agreement for the Establishment of the Commission of Small Island States on Climate Change and International Law in 2021")
R(d, "Tuvalu", "signed", COSIS, "2021", "in 2021, together with Tuvalu")
RL(d, ["Saint Lucia", "Saint Vincent and the Grenadines"], JOINED, COSIS, None, "Saint Lucia and Saint Vincent and the Grenadines have since joined that Agreement")
R(d, "Dominica", NOTBOUND, COSIS, None, "Dominica intends to do so before the end of the year", negated=True)
R(d, OECS, COMMITTED, PARIS, D, "Heads reaffirmed their commitment to the Paris Agreement")
# The call for more ambitious NDCs is a call to implement (nothing).
R(d, OECS, "welcomed", BBNJ, D, "Heads welcomed the adoption of the Agreement under the United Nations Convention on the Law of the Sea")
RL(d, SIX, "signed", BBNJ, None, "all independent OECS Member States had signed it", required=False)
R(d, "Saint Lucia", RATIFIED, BBNJ, "2024-04", "Saint Lucia had become the first OECS Member State to ratify the Agreement in April 2024")
R(d, OECS, "called-for", BBNJ, D, "The Authority urged the remaining Member States to ratify the BBNJ Agreement")
QESC = ("six OECS Member States are Parties to the Regional Agreement on Access to Information, Public Participation and Justice in Environmental "
        "Matters in Latin America and the Caribbean (the Escazú Agreement): Antigua and Barbuda, Dominica, Grenada, Saint Kitts and Nevis, Saint Lucia and "
        "Saint Vincent and the Grenadines")
RL(d, SIX, PARTY, ESCAZU, None, QESC)
R(d, "Montserrat", NOTBOUND, ESCAZU, None, "Montserrat, as a Non-Self-Governing Territory, cannot become a Party in its own right.", negated=True, required=False)
R(d, OECS, ENDORSED, SGD, D, "Heads endorsed the St. George's Declaration of Principles for Environmental Sustainability in the OECS")
RL(d, SIX, PARTY, ATT, None, "all independent Member States are Parties to the Arms Trade Treaty", required=False)
R(d, "Dominica", NOTRATIFIED, CIFTA, None, "the decision of Dominica to ratify the Inter-American Convention against the Illicit Manufacturing", negated=True)
R(d, OECS, "called-for", CAWT, D, "Heads called on all CARICOM States to ratify the CARICOM Arrest Warrant Treaty")
R(d, "Saint Kitts and Nevis", "signed", CAWT, "2008", "which Saint Kitts and Nevis signed in 2008 but has not yet ratified")
R(d, "Saint Kitts and Nevis", NOTRATIFIED, CAWT, None, "which Saint Kitts and Nevis signed in 2008 but has not yet ratified", negated=True)
# Antigua and Barbuda's offer to host the next meeting: nothing.

# ===================== 09 (Embassy of the Republic of Korea in Uzbekistan, news item, Tashkent, 15 June 2024) =====================
d = "09.txt"
D = "2024-06-15"
Y = "2024-06-14"   # "the summit talks held yesterday" and the signing that followed them
KU = ["Republic of Korea", "Uzbekistan"]
KRUZSS = ("Agreement on Social Security between the Republic of Korea and the Republic of Uzbekistan", ["Korea–Uzbekistan Agreement on Social Security", "Agreement on Social Security"])
KRUZEX = ("Treaty on Extradition between the Republic of Korea and the Republic of Uzbekistan", ["Korea–Uzbekistan Treaty on Extradition", "Treaty on Extradition"])
KRUZCM = ("Memorandum of Understanding on the Critical Minerals Supply Chain Partnership", ["critical minerals MoU"])
KRUZED = ("Framework Arrangement on Economic Development Cooperation Fund Loans for 2024-2028", ["EDCF Framework Arrangement"])
KRUZMLA = ("Treaty on Mutual Legal Assistance in Criminal Matters between the Republic of Korea and the Republic of Uzbekistan", ["Korea–Uzbekistan MLA Treaty", "Treaty on Mutual Legal Assistance in Criminal Matters"])
KRUZDTA = ("Agreement for the Avoidance of Double Taxation between the Republic of Korea and the Republic of Uzbekistan", ["Korea–Uzbekistan double taxation agreement", "Agreement for the Avoidance of Double Taxation of 1998"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
APOSTILLE = ("Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", ["Apostille Convention", "Hague Apostille Convention"])
ICH = ("Convention for the Safeguarding of the Intangible Cultural Heritage", ["2003 Convention", "Intangible Cultural Heritage Convention"])
CDCE = ("Convention on the Protection and Promotion of the Diversity of Cultural Expressions", ["2005 Convention", "Diversity of Cultural Expressions Convention"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["CANWFZ", "Semipalatinsk Treaty", "Central Asian Nuclear-Weapon-Free Zone Treaty"])
RL(d, KU, "signed", KRUZSS, Y, "Agreement on Social Security between the Republic of Korea and the Republic of Uzbekistan, signed by the two Foreign Ministers")
RL(d, KU, "signed", KRUZEX, Y, "Treaty on Extradition between the Republic of Korea and the Republic of Uzbekistan, signed by the two Ministers of Justice")
RL(d, KU, SIGNED_DECL, KRUZCM, Y, "Memorandum of Understanding on the Critical Minerals Supply Chain Partnership, signed by the Minister of Trade", required=False)
RL(d, KU, SIGNED_DECL, KRUZED, Y, "Framework Arrangement on Economic Development Cooperation Fund Loans for 2024-2028, signed by the Minister of Economy and Finance", required=False)
# Entry into force after domestic procedures and the National Assembly's consent: nothing of their own.
QKR = "The Korean Government intends to submit both instruments to the National Assembly for ratification in the second half of the year."
R(d, "Republic of Korea", NOTRATIFIED, KRUZSS, None, QKR, negated=True)
R(d, "Republic of Korea", NOTRATIFIED, KRUZEX, None, QKR, negated=True)
R(d, "Uzbekistan", NOTRATIFIED, KRUZSS, None, "Uzbekistan will ratify them after approval by the Oliy Majlis.", negated=True)
R(d, "Uzbekistan", NOTRATIFIED, KRUZEX, None, "Uzbekistan will ratify them after approval by the Oliy Majlis.", negated=True)
RL(d, KU, RATIFIED, KRUZMLA, "2008", "the Treaty on Mutual Legal Assistance in Criminal Matters, which both countries ratified in 2008")
RL(d, KU, PARTY, KRUZDTA, None, "under the Agreement for the Avoidance of Double Taxation of 1998", required=False)
# The EPA negotiations to be launched and the WTO accession process: nothing. Korea's welcome gives Korea nothing; Uzbekistan acts.
R(d, "Uzbekistan", RATIFIED, CRPD, "2021", "Uzbekistan's ratification of the Convention on the Rights of Persons with Disabilities in 2021")
R(d, "Uzbekistan", ACCEDED, APOSTILLE, "2012", "its accession, in 2012, to the Convention Abolishing the Requirement of Legalisation for Foreign Public Documents")
R(d, "Republic of Korea", PARTY, APOSTILLE, "2007", "to which Korea has been a party since 2007")
RL(d, KU, PARTY, ICH, None, "Both countries are parties to the 2003 Convention for the Safeguarding of the Intangible Cultural Heritage")
R(d, "Republic of Korea", "called-for", CDCE, D, "Korea called on Uzbekistan to join the 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions")
R(d, "Uzbekistan", NOTBOUND, CDCE, None, "to which Uzbekistan is not yet a party", negated=True)
# Denuclearisation "in accordance with the relevant Security Council resolutions": no named instrument.
R(d, "Uzbekistan", "supported", CANWFZ, D, "Uzbekistan reiterated its support for the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", required=False)
R(d, "Uzbekistan", RATIFIED, CANWFZ, "2007", "which it ratified in 2007")

# ===================== 10 (Mexico's mission, CRPD Conference of States Parties, 17th session, general debate, New York, 11 June 2024) =====================
d = "10.txt"
D = "2024-06-11"
R56168 = ("General Assembly resolution 56/168", ["resolution 56/168", "A/RES/56/168"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD", "the Convention"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD", "Optional Protocol"])
IACPD = ("Inter-American Convention on the Elimination of All Forms of Discrimination against Persons with Disabilities", ["CIADDIS", "Inter-American Disability Convention"])
MARRAKESH = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled", ["Marrakesh Treaty", "Marrakesh VIP Treaty"])
CHARTER = ("Charter on Inclusion of Persons with Disabilities in Humanitarian Action", ["Humanitarian Disability Charter", "Charter on Inclusion"])
SENDAI = ("Sendai Framework for Disaster Risk Reduction 2015-2030", ["Sendai Framework"])
IACOP = ("Inter-American Convention on Protecting the Human Rights of Older Persons", ["Inter-American Older Persons Convention"])
DRWG = ("draft resolution on the implementation of the Convention and the situation of women and girls with disabilities", ["draft resolution on women and girls with disabilities"])
R(d, "Mexico", ["co-sponsored", "supported"], R56168, "2001", "its resolution 56/168, which Mexico introduced and co-sponsored with a broad group of States")
R(d, GA, "adopted", R56168, "2001", "The General Assembly established that committee by its resolution 56/168", required=False)
QMX = "Mexico ratified both the Convention and its Optional Protocol on 17 December 2007"
R(d, "Mexico", RATIFIED, CRPD, "2007-12-17", QMX)
R(d, "Mexico", RATIFIED, OPCRPD, "2007-12-17", QMX)
# The withdrawal of the interpretative declaration on article 12 (2011), the Supreme Court and the 2023 Code: nothing / domestic.
R(d, "Mexico", RATIFIED, IACPD, "2000", "the Inter-American Convention on the Elimination of All Forms of Discrimination against Persons with Disabilities, which it ratified in 2000")
R(d, "Mexico", RATIFIED, MARRAKESH, "2015", "which it ratified in 2015")
R(d, "Mexico", "called-for", MARRAKESH, D, "we encourage the States that have not yet done so to join it")
R(d, "Mexico", ENDORSED, CHARTER, "2016", "Mexico endorsed the Charter on Inclusion of Persons with Disabilities in Humanitarian Action at the World Humanitarian Summit in 2016")
R(d, "Mexico", COMMITTED, CHARTER, D, "we remain committed to it")
R(d, "Mexico", ["supported", "endorsed", "committed"], SENDAI, D, "We also support the Sendai Framework for Disaster Risk Reduction 2015-2030", required=False)
# "191 States parties" and "only 106": unnamed.
R(d, "Mexico", "called-for", OPCRPD, D, "Mexico therefore calls on all States parties to the Convention that have not yet done so to ratify or accede to the Optional Protocol.")
R(d, "Mexico", "called-for", CRPD, D, "We also encourage the States that have signed the Convention but not ratified it to take that final step.")
R(d, "Mexico", ACCEDED, IACOP, "2023-01-10", "Mexico has recently acceded to the Inter-American Convention on Protecting the Human Rights of Older Persons, depositing its instrument with the General Secretariat of the Organization of American States on 10 January 2023")
QDR = "Mexico intends to present, together with New Zealand, a draft resolution on the implementation of the Convention and the situation of women and girls with disabilities"
R(d, "Mexico", ["co-sponsored", "supported"], DRWG, None, QDR, negated=True)
R(d, "New Zealand", ["co-sponsored", "supported"], DRWG, None, QDR, negated=True)
# The invitation to co-sponsor and the Committee election "tomorrow": nothing.

# ===================== 11 (Mongolia MFA, statement at CMS COP14, Samarkand, 14 February 2024) =====================
d = "11.txt"
D = "2024-02-14"
CMS = ("Convention on the Conservation of Migratory Species of Wild Animals", ["CMS", "Bonn Convention", "Convention on Migratory Species"])
SAIGA = ("Memorandum of Understanding concerning Conservation, Restoration and Sustainable Use of the Saiga Antelope", ["Saiga MOU", "Saiga Antelope MOU"])
RAPTORS = ("Memorandum of Understanding on the Conservation of Migratory Birds of Prey in Africa and Eurasia", ["Raptors MOU", "Birds of Prey MOU"])
AEWA = ("Agreement on the Conservation of African-Eurasian Migratory Waterbirds", ["AEWA"])
LINEAR = ("draft resolution on linear infrastructure", ["CMS resolution on linear infrastructure"])
GBF = ("Kunming-Montreal Global Biodiversity Framework", ["Global Biodiversity Framework", "GBF", "KMGBF"])
CITES = ("Convention on International Trade in Endangered Species of Wild Fauna and Flora", ["CITES"])
UNCCD = ("United Nations Convention to Combat Desertification", ["UNCCD", "Convention to Combat Desertification"])
R(d, "Uzbekistan", PARTY, CMS, "1998", "Uzbekistan, our host, has been a Party to the Convention since 1998")
R(d, "Mongolia", PARTY, CMS, "1999", "Mongolia has been a Party to the Convention on the Conservation of Migratory Species of Wild Animals since 1999.")
R(d, "Mongolia", SIGNED_DECL, SAIGA, "2010", "Mongolia signed the Memorandum of Understanding concerning Conservation, Restoration and Sustainable Use of the Saiga Antelope in 2010")
# The Central Asian Mammals Initiative is a programme (nothing).
R(d, "Mongolia", SIGNED_DECL, RAPTORS, None, "At this meeting, Mongolia will sign the Memorandum of Understanding on the Conservation of Migratory Birds of Prey in Africa and Eurasia", negated=True)
R(d, "Mongolia", NOTBOUND, AEWA, None, "Mongolia is not a Party to the Agreement on the Conservation of African-Eurasian Migratory Waterbirds (AEWA)", negated=True)
# The East Asian–Australasian Flyway Partnership is "a voluntary partnership rather than a treaty" (nothing). The listing proposal: nothing.
R(d, "Mongolia", "supported", LINEAR, D, "supports the draft resolution on linear infrastructure", required=False)
# The Samarkand Strategic Plan's adoption "on Saturday" is still to come (nothing).
R(d, "Mongolia", COMMITTED, GBF, D, "Mongolia remains committed to the Kunming-Montreal Global Biodiversity Framework")
R(d, "Mongolia", PARTY, CITES, "1996", "Mongolia is also a Party to the Convention on International Trade in Endangered Species of Wild Fauna and Flora, which it joined in 1996")
R(d, "Mongolia", PARTY, UNCCD, None, "and to the United Nations Convention to Combat Desertification")
# Hosting UNCCD COP17 in Ulaanbaatar in 2026: a venue (nothing).
R(d, "Mongolia", "called-for", CMS, D, "Mongolia calls on all range States of Central and North-East Asia that have not yet done so to accede to the Convention on the Conservation of Migratory Species of Wild Animals.")
R(d, "Turkmenistan", ACCEDED, CMS, None, "Mongolia welcomes the accession to the Convention of Turkmenistan")

# ===================== 12 (Mauritius MFA, MC14 notes for the media, Markdown; Yaoundé, Saturday 28 March 2026) =====================
d = "12.md"
D = "2026-03-28"
THU = "2026-03-26"   # "on Thursday", the opening plenary
FISH = ("Protocol amending the Marrakesh Agreement to insert the Agreement on Fisheries Subsidies", ["Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement", "Fisheries Subsidies Protocol"])
FISH2 = ("second wave of disciplines on fisheries subsidies (overcapacity and overfishing)", ["Fish 2 disciplines", "second wave of disciplines"])
IFD = ("Investment Facilitation for Development Agreement", ["IFD Agreement", "Agreement on Investment Facilitation for Development"])
ECOM = ("Agreement on Electronic Commerce", ["JSI Agreement on Electronic Commerce", "e-commerce agreement", "stabilised text of the Agreement on Electronic Commerce"])
TFA = ("Trade Facilitation Agreement", ["TFA", "WTO Trade Facilitation Agreement"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA Agreement", "AfCFTA"])
DTP = ("Protocol to the AfCFTA Agreement on Digital Trade", ["AfCFTA Digital Trade Protocol", "Digital Trade Protocol"])
CECPA = ("Comprehensive Economic Cooperation and Partnership Agreement between India and Mauritius", ["CECPA", "India–Mauritius CECPA"])
CNMU = ("Free Trade Agreement between China and Mauritius", ["China–Mauritius FTA"])
R(d, "Mauritius", ACCEPTED, FISH, "2023-06-12",
  "Mauritius deposited its instrument of acceptance of the Protocol amending the Marrakesh Agreement to insert the Agreement on Fisheries Subsidies on 12 June 2023")
# Entry into force on 15 September 2025 "is not an action of Mauritius": nothing.
R(d, "Mauritius", "called-for", FISH, THU, "On Thursday the Minister called on the Members that have not yet accepted the Protocol to do so before the end of 2026")
R(d, "Mauritius", "called-for", FISH2, THU, "for the conclusion of the second wave of disciplines on overcapacity and overfishing at this Conference", required=False)
R(d, "Mauritius", ["co-sponsored", "supported", "endorsed"], IFD, None,
  "co-sponsored, with 125 other Members, the request to incorporate it into Annex 4 of the WTO Agreement")
R(d, "India", "supported", IFD, None, "India has again objected to incorporation.", negated=True, required=False)
# "no Member is yet bound by it": unnamed.
R(d, "Mauritius", ENDORSED, ECOM, "2024-07", "Mauritius endorsed the stabilised text of the Agreement on Electronic Commerce in July 2024")
R(d, "Mauritius", ACCEPTED, ECOM, None, "Mauritius has not yet decided whether it will accept the Agreement once it is incorporated.", negated=True)
# The e-commerce moratorium "is a Ministerial decision, not a treaty": nothing.
R(d, "Mauritius", ACCEPTED, TFA, "2015", "Mauritius accepted the Trade Facilitation Agreement in 2015")
R(d, "Mauritius", RATIFIED, AFCFTA, "2019", "Mauritius ratified the Agreement Establishing the African Continental Free Trade Area (AfCFTA) in 2019.")
R(d, "Mauritius", "signed", DTP, None, "It has not yet signed the Protocol to the AfCFTA Agreement on Digital Trade", negated=True)
R(d, ["African Union Assembly", "African Union", "Assembly of the African Union"], "adopted", DTP, "2024-02", "adopted by the African Union Assembly in February 2024")
RL(d, ["India", "Mauritius"], "signed", CECPA, "2021-02-22", "signed on 22 February 2021")
RL(d, ["India", "Mauritius"], PARTY, CECPA, None, "and the Free Trade Agreement between China and Mauritius remain in force", required=False)
RL(d, ["China", "Mauritius"], PARTY, CNMU, None, "and the Free Trade Agreement between China and Mauritius remain in force", required=False)
# The figures table and the Ministerial Declaration still under negotiation: nothing.

# ===================== 13 (Japan MOFA press release, withdrawal from the ICRW takes effect, July 1, 2019) =====================
d = "13.txt"
D = "2019-07-01"
ICRW = ("International Convention for the Regulation of Whaling", ["ICRW", "Whaling Convention"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
CITES = ("Convention on International Trade in Endangered Species of Wild Fauna and Flora", ["CITES"])
CAMLR = ("Convention on the Conservation of Antarctic Marine Living Resources", ["CAMLR Convention", "CCAMLR Convention"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["Port State Measures Agreement", "PSMA"])
CAO = ("Agreement to Prevent Unregulated High Seas Fisheries in the Central Arctic Ocean", ["Central Arctic Ocean Agreement", "CAO Agreement", "Central Arctic Ocean Fisheries Agreement"])
CCSBT = ("Convention for the Conservation of Southern Bluefin Tuna", ["CCSBT Convention"])
WCPFC = ("Western and Central Pacific Fisheries Convention", ["WCPF Convention", "Convention on the Conservation and Management of Highly Migratory Fish Stocks in the Western and Central Pacific Ocean"])
MORAT = ("moratorium on commercial whaling", ["IWC moratorium", "commercial whaling moratorium"])
R(d, "Japan", NOTBOUND, ICRW, None,
  "Japan's withdrawal from the International Convention for the Regulation of Whaling (ICRW) took effect yesterday, June 30, 2019.", negated=True,
  alt=["the Government of Japan notified the Government of the United States of America, the depositary of the Convention, of its withdrawal on the same day"])
# The United States as depositary: nothing.
R(d, "Japan", ACCEDED, ICRW, "1951", "Japan acceded to the Convention in 1951")
# The IWC's vote on Japan's reform proposal, observer status and the joint surveys: nothing.
R(d, "Japan", PARTY, UNCLOS, "1996", "Japan has been a party to the United Nations Convention on the Law of the Sea since 1996")
R(d, "Japan", RATIFIED, CITES, "1980", "Japan also remains a Party to the Convention on International Trade in Endangered Species of Wild Fauna and Flora (CITES), which it ratified in 1980")
R(d, "Japan", PARTY, CAMLR, None, "and to the Convention on the Conservation of Antarctic Marine Living Resources (CAMLR Convention)")
R(d, "Japan", ACCEDED, PSMA, "2017-05", "Japan acceded to the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing in May 2017")
R(d, "Japan", ACCEPTED, CAO, "2019-05-24",
  "deposited its instrument of acceptance of the Agreement to Prevent Unregulated High Seas Fisheries in the Central Arctic Ocean with the Government of Canada on May 24, 2019")
R(d, "Japan", "called-for", CAO, D, "Japan calls on all States concerned that have not yet done so to ratify the Central Arctic Ocean Agreement")
QFC = ("Japan remains a Contracting Party to the Convention for the Conservation of Southern Bluefin Tuna and the Western and Central Pacific Fisheries Convention")
R(d, "Japan", PARTY, CCSBT, None, QFC)
R(d, "Japan", PARTY, WCPFC, None, QFC)
# Australia's and New Zealand's disappointment: nothing.
R(d, "Japan", COMMITTED, MORAT, D, "the Government of Japan reiterates that it respects the moratorium on commercial whaling outside its own waters", required=False)
R(d, ["International Whaling Commission", "IWC"], "adopted", MORAT, "1982", "The IWC adopted a moratorium on commercial whaling in 1982", required=False)
# The 1946 signature in Washington has no actor; the objection and its withdrawal: nothing.

# ===================== 14 (Sierra Leone MFA press release, Treaty Event deposits, Freetown, 26 September 2025) =====================
d = "14.txt"
D = "2025-09-26"
TE = "2025-09-24"   # "on Wednesday, 24 September 2025" / "On that day"
SL = "Sierra Leone"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
SOP = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty", ["Second Optional Protocol", "ICCPR-OP2", "Second Optional Protocol to the ICCPR"])
OP3CRC = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure", ["OPIC", "OP3-CRC", "third Optional Protocol to the CRC"])
STARV = ("Amendment to article 8 of the Rome Statute of the International Criminal Court relating to the use of starvation as a method of warfare in non-international armed conflicts",
         ["starvation amendment to the Rome Statute", "Amendment to article 8 (starvation)"])
MORAT = ("General Assembly resolution on a moratorium on the use of the death penalty", ["moratorium resolution", "UNGA death penalty moratorium resolution"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
KAMPALA = ("amendments to the Rome Statute on the crime of aggression", ["Kampala amendments", "Kampala amendments on the crime of aggression"])
UNCC = ("United Nations Convention against Cybercrime", ["UN Convention against Cybercrime", "Hanoi Convention"])
MALABO = ("African Union Convention on Cyber Security and Personal Data Protection", ["Malabo Convention", "AU Convention on Cyber Security"])
STL54 = ("Convention relating to the Status of Stateless Persons", ["1954 Convention", "1954 Statelessness Convention"])
STL61 = ("Convention on the Reduction of Statelessness", ["1961 Convention", "1961 Statelessness Convention"])
R(d, SL, RATIFIED, BBNJ, TE, "the instrument of ratification of the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction")
R(d, SL, "signed", BBNJ, "2023-09", "which Sierra Leone signed in September 2023")
R(d, SL, ACCEDED, SOP, TE, "the instrument of accession to the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty")
R(d, SL, RATIFIED, OP3CRC, TE, "the instrument of ratification of the Optional Protocol to the Convention on the Rights of the Child on a communications procedure")
R(d, SL, "signed", OP3CRC, "2012", "which Sierra Leone signed in 2012")
R(d, SL, ACCEPTED, STARV, TE, "the instrument of acceptance of the Amendment to article 8 of the Rome Statute of the International Criminal Court")
# The Secretary-General as depositary, entry into force on 17 January 2026, Parliament's approval in July 2025 and the Abolition of
# the Death Penalty Act, 2021: nothing / domestic.
R(d, SL, "supported", MORAT, "2024-12", "Sierra Leone also voted in favour of the General Assembly resolution on a moratorium on the use of the death penalty in December 2024")
R(d, SL, "called-for", SOP, TE, "the Minister urged the remaining Member States of the Economic Community of West African States that have not yet done so to accede to the Second Optional Protocol")
R(d, SL, PARTY, ROME, "2000", "Sierra Leone has been a State Party to the Rome Statute since 2000")
R(d, SL, NOTRATIFIED, KAMPALA, None, "Sierra Leone has not yet ratified the amendments on the crime of aggression adopted at Kampala in 2010", negated=True)
R(d, SL, "signed", UNCC, None, "Sierra Leone will sign the United Nations Convention against Cybercrime at the signing ceremony in Hanoi next month", negated=True)
R(d, SL, "signed", MALABO, "2016", "the African Union Convention on Cyber Security and Personal Data Protection, which Sierra Leone signed in 2016, is before Parliament")
R(d, SL, NOTRATIFIED, MALABO, None, "the instrument of ratification of the African Union Convention on Cyber Security and Personal Data Protection, which Sierra Leone signed in 2016, is before Parliament", negated=True)
QST = "Sierra Leone acceded to the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness in 2016"
R(d, SL, ACCEDED, STL54, "2016", QST)
R(d, SL, ACCEDED, STL61, "2016", QST)
# "more than thirty States have signed the BBNJ Agreement": unnamed.

# ===================== 15 (Botswana's mission, HRC53 adoption of the UPR outcome, HTML; Geneva, 5 July 2023) =====================
d = "15.html"
D = "2023-07-05"
BW = "Botswana"
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR", "the Covenant"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", ["ICRMW", "Migrant Workers Convention"])
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Convention on Enforced Disappearance"])
SOP = ("Second Optional Protocol to the International Covenant on Civil and Political Rights", ["Second Optional Protocol", "ICCPR-OP2"])
MORAT = ("General Assembly resolution on a moratorium on the use of the death penalty", ["moratorium resolution", "UNGA death penalty moratorium resolution"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
MARRAKESH = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled", ["Marrakesh Treaty"])
REFCONV = ("Convention relating to the Status of Refugees", ["1951 Refugee Convention", "Refugee Convention"])
STL54 = ("Convention relating to the Status of Stateless Persons", ["1954 Convention", "1954 Statelessness Convention"])
STL61 = ("Convention on the Reduction of Statelessness", ["1961 Convention", "1961 Statelessness Convention"])
LEPROSY = ("Human Rights Council resolution on the elimination of discrimination against persons affected by leprosy and their family members",
           ["resolution on leprosy", "HRC leprosy resolution"])
# "229 recommendations ... supported 159 and noted 70": counts. Supporting a recommendation to ratify is a plan; noting one is a refusal.
R(d, BW, NOTRATIFIED, OPCAT, None, "Botswana supported the recommendations to ratify the Optional Protocol to the Convention against Torture.", negated=True,
  alt=["we expect to deposit the instrument of ratification within the current cycle"])
R(d, BW, NOTRATIFIED, ICESCR, None, "Botswana also supported the recommendations to ratify the International Covenant on Economic, Social and Cultural Rights.", negated=True,
  alt=["Cabinet approved the ratification of the Covenant in May 2023, and the instrument is being prepared"])
QNOTED = ("Botswana noted the recommendations to ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of "
          "Their Families and the International Convention for the Protection of All Persons from Enforced Disappearance")
R(d, BW, NOTRATIFIED, ICRMW, None, QNOTED, negated=True)
R(d, BW, NOTRATIFIED, ICPPED, None, QNOTED, negated=True)
R(d, BW, NOTBOUND, SOP, None, "Botswana also noted the recommendations to accede to the Second Optional Protocol to the International Covenant on Civil and Political Rights.", negated=True)
R(d, BW, "supported", MORAT, "2022-12", "Botswana therefore abstained in the vote on the General Assembly resolution on a moratorium on the use of the death penalty in December 2022", negated=True)
R(d, BW, ACCEDED, CRPD, "2021-07", "Botswana acceded to the Convention on the Rights of Persons with Disabilities in July 2021")
R(d, BW, ACCEDED, MARRAKESH, "2016", "to the Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled in 2016")
# The Persons with Disabilities Act (2022) and the Bill on nationality: domestic. Reservations: nothing of their own.
R(d, BW, PARTY, REFCONV, "1969", "Botswana has been a party to the Convention relating to the Status of Refugees since 1969")
R(d, BW, PARTY, STL54, None, "Botswana is also a party to the 1954 Convention relating to the Status of Stateless Persons")
R(d, BW, NOTBOUND, STL61, None, "supported the recommendation to accede to the 1961 Convention on the Reduction of Statelessness", negated=True)
QLEP = "Botswana was proud to co-sponsor, with South Africa and Nigeria, the resolution of this Council on the elimination of discrimination against persons affected by leprosy"
RL(d, [BW, "South Africa", "Nigeria"], ["co-sponsored", "supported"], LEPROSY, None, QLEP)
R(d, ["UN Human Rights Council", "Human Rights Council"], "adopted", LEPROSY, "2023", "adopted at this session", required=False)
# "We call on all members of the Council to support it" (a call to support a resolution, not to join a treaty) and the call for
# support to the national mechanism: nothing.

# ===================== 16 (Federal Foreign Office, Kenya–Germany joint statement, Berlin, 13 September 2024) =====================
d = "16.txt"
D = "2024-09-13"
KG = ["Kenya", "Germany"]
KEDE = ("Agreement between the Government of the Republic of Kenya and the Government of the Federal Republic of Germany on a Comprehensive Migration and Mobility Partnership",
        ["Kenya–Germany Migration and Mobility Partnership Agreement", "Comprehensive Migration and Mobility Partnership", "migration agreement"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Marrakech Compact"])
C097 = ("Migration for Employment Convention (Revised), 1949 (No. 97)", ["ILO Convention No. 97", "C097", "Convention No. 97"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["ILO Convention No. 189", "C189", "Convention No. 189"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
NAIROBI = ("Nairobi Declaration on Climate Change and Call to Action", ["Nairobi Declaration", "African Leaders Nairobi Declaration"])
JDOI = ("joint declaration of intent on cooperation in renewable energy (Kenya–Germany)", ["joint declaration of intent on renewable energy"])
EPA = ("Economic Partnership Agreement between the European Union and the Republic of Kenya", ["EU–Kenya EPA", "EU-Kenya Economic Partnership Agreement"])
APOSTILLE = ("Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", ["Apostille Convention", "Hague Apostille Convention"])
PACT = ("Pact for the Future", ["Pact for the Future of the Summit of the Future"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
KAMPALA = ("Kampala amendments on the crime of aggression", ["amendments to the Rome Statute on the crime of aggression", "Kampala amendments"])
RL(d, KG, "signed", KEDE, D, "signed the Agreement between the Government of the Republic of Kenya and the Government of the Federal Republic of Germany on a Comprehensive Migration and Mobility Partnership")
RL(d, KG, COMMITTED, GCM, D, "Both sides reaffirmed their commitment to the Global Compact for Safe, Orderly and Regular Migration")
RL(d, KG, ENDORSED, GCM, "2018-12", "which both Governments endorsed at Marrakech in December 2018")
QC97 = "which Germany ratified in 1959 and Kenya in 1965"
R(d, "Germany", RATIFIED, C097, "1959", QC97, alt=["Kenya and Germany are parties to the Migration for Employment Convention (Revised), 1949 (No. 97)"])
R(d, "Kenya", RATIFIED, C097, "1965", QC97, alt=["Kenya and Germany are parties to the Migration for Employment Convention (Revised), 1949 (No. 97)"])
R(d, "Kenya", NOTRATIFIED, C189, None, "Kenya informed Germany that it intends to ratify the Domestic Workers Convention, 2011 (No. 189)", negated=True)
R(d, "Germany", PARTY, C189, "2013", "Germany has been a party to that Convention since 2013")
RL(d, KG, COMMITTED, PARIS, D, "Kenya and Germany reaffirmed their commitment to the Paris Agreement")
R(d, "Germany", "welcomed", NAIROBI, D, "Germany welcomed the Nairobi Declaration on Climate Change and Call to Action")
R(d, ["African Climate Summit"], ADOPTED, NAIROBI, "2023-09", "adopted by the African Climate Summit hosted by Kenya in September 2023", required=False)
RL(d, KG, SIGNED_DECL, JDOI, D, "The two sides signed a joint declaration of intent on cooperation in renewable energy", required=False)
# Entry into force of the EPA on 1 July 2024 and Germany's welcome: nothing; the two parties signed it.
RL(d, ["European Union", "Kenya"], "signed", EPA, "2023-12-18", "which the two parties signed in Nairobi on 18 December 2023")
R(d, "Kenya", ACCEDED, APOSTILLE, "2024", "Kenya's accession to the Convention Abolishing the Requirement of Legalisation for Foreign Public Documents earlier this year")
QPACT = "Kenya and Germany intend to join the consensus on the Pact for the Future at the Summit of the Future in New York on 22 and 23 September 2024"
RL(d, KG, "supported", PACT, None, QPACT, negated=True)
RL(d, KG, "called-for", PACT, D, "They called on all Member States to adopt the Pact without reopening the agreed text.")
# Co-facilitation by Germany and Namibia; resolution 2699 (2023) "authorised" the mission (no actor's act); the trust fund: nothing.
RL(d, KG, PARTY, ROME, None, "Kenya and Germany are both parties to the Rome Statute of the International Criminal Court.")
R(d, "Germany", RATIFIED, KAMPALA, "2013", "Germany recalled that it had ratified the Kampala amendments on the crime of aggression in 2013")
R(d, "Germany", "called-for", KAMPALA, D, "encouraged Kenya to consider doing the same")
# "The Kenyan side took note", the next consultations in Nairobi and the invitation: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
