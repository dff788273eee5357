#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 10.md, 06.html, 13.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity (table quotes keep only the inner cell separators). Alternative actor names missing from
gold.py's ALT_NAMES are added locally below.

Theme: annual and periodic reports of international organisations, treaty secretariats and treaty bodies to their governing
bodies and members (2015-2026): status-of-ratification sections, progress since the last session, annex tables, participation
in meetings, requests to States not yet party, notes by the secretariat. The reporting body's own wording ("the Secretariat",
"the Committee", "the Director-General") resolves to that body or official. A deposit with a depositary is the depositing
State's act (the depositary gets nothing). Calls made by a body or official to others to sign, ratify, accede or join are the
caller's `called-for`, dated by the day of the call where the text gives it; a report's recommendation that the governing body
"may wish to" call gives nothing (a proposal, not an act). Planned, intended, "has yet to", "signed but not ratified" and
withdrawals are negated records without a date (votes against and abstentions keep theirs). Domestic steps (parliamentary
approval, laws, cabinet decisions), entry into force, depositaries, venues and hosts, funding, reservations, implementation,
reports and participation in meetings give no record."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Philippines", "United Arab Emirates", "United Republic of Tanzania",
          "Kazakhstan", "Russian Federation", "Iran", "Viet Nam", "Republic of Korea", "Türkiye", "Bolivia", "Venezuela",
          "Lao PDR", "Democratic Republic of the Congo", "Côte d'Ivoire", "Netherlands", "Czechia", "Republic of Moldova",
          "Gambia", "Cabo Verde", "Micronesia", "Marshall Islands", "Cook Islands", "Fiji", "Samoa", "Kiribati", "Syria",
          "China", "Egypt", "Sudan", "Eswatini", "Central African Republic", "Congo"),
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (ATT Secretariat, report on universalization to CSP9, 14 July 2023) =====================
d = "01.txt"
ATT = ("Arms Trade Treaty", ["ATT", "the Treaty"])
R(d, "Zambia", "signed", ATT, "2013-09-25", "Zambia, which signed the Treaty on 25 September 2013")
R(d, "Zambia", RATIFIED, ATT, "2023-01-17", "Zambia, which signed the Treaty on 25 September 2013, ratified it on 17 January 2023")
# The Secretary-General "as depositary" and the ninety-day entry into force: nothing.
R(d, "Philippines", ACCEDED, ATT, "2022-09-12", "The Philippines deposited its instrument of accession with the Secretary-General of the United Nations")
R(d, "Malawi", RATIFIED, ATT, "2023-04-03", "The instrument of ratification of Malawi was received by the depositary on 3 April 2023")
R(d, "Malawi", "signed", ATT, "2013-11-21", "Malawi had signed the Treaty on 21 November 2013")
R(d, "Niue", ACCEDED, ATT, "2022-07-04", "Niue's accession to the Treaty on 4 July 2022")
SIG12 = ["Angola", "Bahrain", "Burundi", "Colombia", "Djibouti", "Israel", "Malaysia", "Rwanda", "Singapore", "Thailand",
         "United Arab Emirates", "United Republic of Tanzania"]
QSIG = ("The following signatory States have yet to ratify the Treaty: Angola, Bahrain, Burundi, Colombia, Djibouti, Israel, "
        "Malaysia, Rwanda, Singapore, Thailand, the United Arab Emirates and the United Republic of Tanzania")
RL(d, SIG12, NOTRATIFIED, ATT, None, QSIG, negated=True)
RL(d, SIG12, "signed", ATT, None, QSIG, required=False)   # "signatory States": signed, undated
R(d, "United States", "signed", ATT, "2013-09-25", "The United States of America signed the Treaty on 25 September 2013")
R(d, "United States", NOTBOUND, ATT, None, "it stated that it does not intend to become a party to the Treaty", negated=True)
# Kazakhstan's Parliament approving a law on accession: domestic. Its intention: negated. Mongolia's review: nothing.
R(d, "Kazakhstan", ACCEDED, ATT, None, "Kazakhstan intends to accede to the Treaty before the end of 2023", negated=True)
R(d, ["Eighth Conference of States Parties to the Arms Trade Treaty", "Eighth Conference of States Parties", "CSP8", "Conference of States Parties"],
  "called-for", ATT, "2022", "the Eighth Conference of States Parties urged all States that have not yet done so to join the Treaty without delay")
# The President acts in her office (not Italy). Addressees unnamed.
R(d, ["President of CSP9", "President of the Ninth Conference of States Parties", "Lena Marchetti"], "called-for", ATT, "2023-03-02",
  "wrote on 2 March 2023 to the 28 signatory States, encouraging them to ratify the Treaty before CSP9")
# The Lusaka workshop (venue, host Zambia, EU funding, participants), the VTF projects and para 12's proposed renewed call: nothing.

# ===================== 02 (Minamata Convention secretariat, note on status of ratification for COP-3, 20 September 2019) =====================
d = "02.txt"
MIN = ("Minamata Convention on Mercury", ["Minamata Convention", "the Convention"])
ISG = ("guidance on the environmentally sound interim storage of mercury, other than waste mercury", ["interim storage guidance", "decision MC-2/10"])
# The EU's approval: one record (a second "party" record would match the same gold record).
R(d, "European Union", ACCEPTED, MIN, "2017-05-18", "The European Union, which deposited its instrument of approval on 18 May 2017")
R(d, "Cambodia", ACCEDED, MIN, "2019-01-22", "Cambodia (accession, 22 January 2019)")
R(d, "Burkina Faso", RATIFIED, MIN, "2019-02-07", "Burkina Faso (ratification, 7 February 2019)")
R(d, "Bangladesh", RATIFIED, MIN, "2019-03-25", "Bangladesh (ratification, 25 March 2019)", alt=["Bangladesh's ratification last March"])
R(d, "Belgium", RATIFIED, MIN, "2019-04-26", "Belgium (ratification, 26 April 2019)")
R(d, "Tunisia", ACCEDED, MIN, "2019-06-03", "Tunisia (accession, 3 June 2019)", alt=["therefore became a Party by accession"])
R(d, "Oman", ACCEPTED, MIN, "2019-07-17", "Oman (acceptance, 17 July 2019)")
# The Dhaka workshop and its host: nothing.
R(d, "Tunisia", "signed", MIN, None, "Tunisia had not signed the Convention before its closure for signature on 9 October 2014", negated=True)
R(d, "Ukraine", "signed", MIN, "2013-10-10", "The Convention was signed on behalf of Ukraine by its Permanent Representative on 10 October 2013")
R(d, "Ukraine", NOTRATIFIED, MIN, None, "it has not yet ratified the Convention", negated=True)
# The draft law before the Verkhovna Rada: domestic.
SIG5 = ["Iran", "Malaysia", "Nepal", "Pakistan", "Philippines"]
QS5 = "Signatories that have not yet become Parties also include the Islamic Republic of Iran, Malaysia, Nepal, Pakistan and the Philippines"
RL(d, SIG5, NOTBOUND, MIN, None, QS5, negated=True)
RL(d, SIG5, "signed", MIN, None, QS5, required=False)
# Kenya's Cabinet approval: domestic; the intention (and the Cabinet Secretary's "will be a Party") is one negated record.
R(d, "Kenya", NOTBOUND, MIN, None, "it expects to deposit its instrument of accession before the third meeting", negated=True,
  alt=['Kenya "will be a Party by Geneva"'])
# Entry into force under article 31: nothing.
R(d, ["Executive Secretary of the Minamata Convention", "Executive Secretary", "Minamata Convention secretariat", "secretariat"],
  "called-for", MIN, "2019-04-15", "The Executive Secretary addressed letters on 15 April 2019 to the 28 States that had signed but not yet ratified the Convention, urging them to complete their ratification processes")
# "28 States that had signed but not yet ratified": unnamed. The joint information kit: nothing.
R(d, ["Conference of the Parties to the Minamata Convention", "Conference of the Parties", "COP-2"], ADOPTED, ISG, "2018-11",
  "At its second meeting, the Conference of the Parties adopted the guidance on the environmentally sound interim storage of mercury", required=False)
# GEF, the Specific International Programme's projects, the suggested invitation (para 11), the depositary footnote: nothing.

# ===================== 03 (AU Commission, Office of the Legal Counsel, status report to the Executive Council, Markdown, 24 January 2022) =====================
d = "03.md"
AMA = ("Treaty for the Establishment of the African Medicines Agency", ["AMA Treaty", "African Medicines Agency Treaty"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA Agreement", "AfCFTA"])
FMP = ("Protocol to the Treaty Establishing the African Economic Community relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["Free Movement Protocol", "AU Free Movement Protocol"])
ACDEG = ("African Charter on Democracy, Elections and Governance", ["ACDEG", "the Charter"])
KAMPALA = ("African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa", ["Kampala Convention"])
R(d, ["AU Executive Council", "Executive Council", "Executive Council of the African Union"], "called-for", AMA, "2021-10",
  "called on Member States that have not yet done so to sign and ratify the Treaty for the Establishment of the African Medicines Agency")
# The Commission as depositary; "19 instruments" and "27 signatures": unnamed counts.
RL(d, ["Cameroon", "Ghana", "Mali", "Namibia", "Zimbabwe"], RATIFIED, AMA, None,
   "The Commission received instruments of ratification of the AMA Treaty from Cameroon, Ghana, Mali, Namibia and Zimbabwe during the period")
# Entry into force on 5 November 2021: nothing.
R(d, "Morocco", "signed", AMA, "2021-11-02", "Morocco signed the AMA Treaty on 2 November 2021")
# Burundi's National Assembly approval: domestic; the undeposited instrument: negated.
R(d, "Burundi", NOTRATIFIED, AMA, None, "Burundi informed the Commission that its National Assembly approved the ratification of the Treaty in December 2021; the instrument has not yet been deposited", negated=True)
R(d, "Tunisia", RATIFIED, AFCFTA, "2021-11-27", "Tunisia deposited its instrument of ratification on 27 November 2021")
R(d, "Tunisia", "signed", FMP, "2021-11-27", "It also signed the Protocol to the Treaty Establishing the African Economic Community relating to Free Movement")
R(d, "Eritrea", "signed", AFCFTA, None, "Eritrea remains the only Member State that has not signed the AfCFTA Agreement", negated=True)
# "signed by 33 Member States": unnamed.
RL(d, ["Mali", "Niger", "Rwanda", "São Tomé and Príncipe"], RATIFIED, FMP, None,
   "ratified by only four of them — Mali, Niger, Rwanda and São Tomé and Príncipe")
R(d, "Botswana", "signed", ACDEG, "2021-10", "Lemogang Kwape of Botswana signed the ACDEG last October")
R(d, "Morocco", RATIFIED, ACDEG, "2021-12-09", "The Charter was ratified by Morocco on 9 December 2021")
R(d, "Somalia", RATIFIED, KAMPALA, "2021-11-26", "Somalia's ratification of the Kampala Convention, deposited on 26 November 2021")
R(d, "South Sudan", NOTRATIFIED, KAMPALA, None, "South Sudan has yet to ratify the Convention", negated=True)
R(d, "South Sudan", "signed", KAMPALA, "2019", "although it signed it in 2019")
# The summary table's adoption dates name no actor: nothing.
R(d, ["Chairperson of the African Union Commission", "Chairperson of the Commission", "African Union Commission"], "called-for", FMP, "2021-12-06",
  "The Chairperson of the Commission, in his opening message, urged all Member States to ratify the Free Movement Protocol")
R(d, "Democratic Republic of the Congo", NOTRATIFIED, AFCFTA, None,
  "The Democratic Republic of the Congo indicated that it intends to ratify the AfCFTA Agreement", negated=True)
# Missions, Zambia's hosting, the recommended reiterated call: nothing.

# ===================== 04 (Committee against Torture, annual report to the General Assembly, A/71/44, 2016) =====================
d = "04.txt"
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["Convention against Torture", "CAT", "the Convention"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT", "Optional Protocol"])
R7146 = ("General Assembly resolution 70/146", ["resolution 70/146"])
CATC = ["Committee against Torture", "the Committee", "UN Committee against Torture", "CAT Committee"]
R(d, GA, "adopted", CAT, None, "The Convention was adopted by the General Assembly in its resolution 39/46")
# Opening for signature on 4 February 1985 and entry into force (here and in the footnote): nothing.
R(d, "Fiji", RATIFIED, CAT, "2016-03-16", "Fiji (ratification, 16 March 2016)")
R(d, "Viet Nam", RATIFIED, CAT, "2015-02-05", "Viet Nam (ratification, 5 February 2015)")
R(d, "Marshall Islands", ACCEDED, CAT, "2015-06-12", "the Marshall Islands (accession, 12 June 2015)")
R(d, "Viet Nam", "signed", CAT, "2013-11-07", "signed the Convention on 7 November 2013")
SIG8 = ["Angola", "Brunei Darussalam", "Comoros", "Gambia", "Haiti", "India", "Palau", "Sudan"]
QS8 = "Eight signatories have not yet ratified the Convention: Angola, Brunei Darussalam, the Comoros, the Gambia, Haiti, India, Palau and the Sudan"
RL(d, SIG8, NOTRATIFIED, CAT, None, QS8, negated=True)
RL(d, [a for a in SIG8 if a != "Brunei Darussalam"], "signed", CAT, None, QS8, required=False)
R(d, "Brunei Darussalam", "signed", CAT, "2015-09-22", "Brunei Darussalam signed the Convention on 22 September 2015")
# The treaty event's venue; Ghana's declarations under articles 21 and 22 and Kuwait's withdrawn reservation: nothing.
R(d, "Mongolia", RATIFIED, OPCAT, "2015-02-12", "The Optional Protocol was ratified by Mongolia on 12 February 2015")
R(d, "Norway", RATIFIED, OPCAT, "2013-06-27", "and by Norway on 27 June 2013")
R(d, "Belgium", "signed", OPCAT, "2005-10-24", "Belgium, a signatory since 24 October 2005")
R(d, "Belgium", NOTRATIFIED, OPCAT, None, "Belgium, a signatory since 24 October 2005, has not ratified the Optional Protocol", negated=True)
R(d, "Sri Lanka", ACCEDED, OPCAT, None, "the Government intends to accede to the Optional Protocol", negated=True)
# "81 States": unnamed. Sri Lanka's legislative review: domestic.
R(d, GA, "called-for", CAT, "2015-12-17", "urged all States that had not yet done so to become parties to the Convention as a matter of priority")
R(d, GA, "adopted", R7146, "2015-12-17", "The General Assembly, in its resolution 70/146 of 17 December 2015", required=False)
# The call to make declarations under articles 21 and 22 is not a call to join an instrument: nothing.
QCC = "The Committee reiterates its call upon all States that have not yet done so to ratify or accede to the Convention and its Optional Protocol"
R(d, CATC, "called-for", CAT, "2016-05-13", QCC)
R(d, CATC, "called-for", OPCAT, "2016-05-13", QCC)
R(d, ["Chair of the Committee against Torture", "Jens Modvig", "Chair of the Committee"], "called-for", CAT, "2016-05-02",
  "also encouraged Angola, Haiti and India in particular to complete their ratification processes, in a letter dated 2 May 2016")
# The Convention against Torture Initiative (a process; its founders act on no instrument), the joint statement on the Fund,
# sessions, membership and the report's adoption: nothing.

# ===================== 05 (ILO Governing Body, progress report on ratification campaigns, GB.350/LILS/3, 9 February 2024) =====================
d = "05.txt"
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190", "ILO Convention No. 190"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["Convention No. 155", "C155", "ILO Convention No. 155"])
C187 = ("Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)", ["Convention No. 187", "C187", "ILO Convention No. 187"])
P029 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["P029", "Forced Labour Protocol", "Protocol of 2014"])
C089 = ("Night Work (Women) Convention (Revised), 1948 (No. 89)", ["Convention No. 89", "C089", "C89"])
OSHPA = ("Plan of Action 2024-2030 for the promotion of the ratification and effective implementation of Conventions Nos 155 and 187",
         ["Plan of Action 2024-2030", "OSH Plan of Action"])
DG = ["ILO Director-General", "Director-General", "Director-General of the International Labour Office", "International Labour Office"]
R(d, ["ILO Governing Body", "Governing Body", "Governing Body of the International Labour Office"], ADOPTED, OSHPA, "2023-11",
  "At its 349th Session last November, the Governing Body adopted the Plan of Action 2024-2030 for the promotion of the ratification")
QDG = "the Director-General invited all member States that have not yet done so to ratify the Violence and Harassment Convention, 2019 (No. 190), and the two occupational safety and health Conventions"
for c in (C190, C155, C187):
    R(d, DG, "called-for", c, "2024-01-16", QDG)
# The International Labour Conference's recognition of fundamental Conventions (June 2022): not an adoption of an instrument.
R(d, "Lesotho", RATIFIED, C190, "2023-11-22", "The Director-General registered the ratification of the Convention by Lesotho on 22 November 2023")
R(d, "Kenya", RATIFIED, C190, "2023-12-14", "and by Kenya on 14 December 2023")
R(d, "Bahamas", RATIFIED, C190, "2024-01-19", "The instrument of ratification of Bahamas was registered on 19 January 2024")
R(d, "Ireland", RATIFIED, C190, "2024-01-29", "Ireland, which ratified on 29 January 2024")
# "42 ratifications": unnamed. The Director-General registering is the depositary's act: nothing.
QOSH = "Ratifications of the Occupational Safety and Health Convention, 1981 (No. 155), were registered for Cote d'Ivoire and Rwanda on 21 November 2023"
R(d, "Côte d'Ivoire", RATIFIED, C155, "2023-11-21", QOSH)
R(d, "Rwanda", RATIFIED, C155, "2023-11-21", QOSH)
R(d, "Côte d'Ivoire", RATIFIED, C187, "2023-11-21", "Côte d'Ivoire's ratification of Convention No. 187, registered on the same day")
R(d, "Egypt", RATIFIED, P029, "2024-01-30", "Minister of Labour of Egypt, handed over his country's instrument of ratification of the Protocol to the Director-General")
R(d, "Malta", NOTBOUND, C089, None, "the Director-General registered the denunciation by Malta of the Night Work (Women) Convention (Revised), 1948 (No. 89)", negated=True)
R(d, "Japan", NOTRATIFIED, C190, None, "The Government of Japan stated that it is considering ratification of Convention No. 190", negated=True)
# Submission to national congresses is a domestic step; a careful annotator might still read it as a pending ratification.
RL(d, ["Chile", "Brazil"], NOTRATIFIED, C190, None, "Chile and Brazil have submitted Convention No. 190 to their national congresses", negated=True, required=False)
R(d, "Viet Nam", NOTRATIFIED, C187, None, "The Government of Viet Nam intends to ratify Convention No. 187 by 2025", negated=True)
# Nepal's Parliament: domestic; the uncommunicated instrument: negated.
R(d, "Nepal", NOTRATIFIED, C190, None, "In Nepal, Parliament approved the ratification of Convention No. 190 on 8 January 2024; the instrument has not yet been communicated to the Director-General for registration", negated=True)
# Workshops and their host, technical assistance on implementation, the 50 for Freedom campaign and the draft decision: nothing.
# First reports on the application of Convention No. 190 imply ratification without stating it: optional.
RL(d, ["Argentina", "Ecuador", "Fiji", "Uruguay"], PARTY, C190, None,
   "the first reports of Argentina, Ecuador, Fiji and Uruguay on the application of Convention No. 190", required=False)

# ===================== 06 (Council of Europe, Istanbul Convention Secretariat summary for the Committee of the Parties, HTML, Strasbourg, 12 December 2023) =====================
d = "06.html"
IC = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention", "CETS No. 210", "the Convention"])
ECHR = ("European Convention on Human Rights", ["ECHR", "Convention for the Protection of Human Rights and Fundamental Freedoms"])
IC10 = ("Declaration on the 10th anniversary of the entry into force of the Istanbul Convention", ["10th anniversary Declaration"])
PACE2289 = ("Parliamentary Assembly Resolution 2289 (2019)", ["Resolution 2289 (2019)", "PACE Resolution 2289"])
R(d, "European Union", ACCEPTED, IC, "2023-06-28", "The European Union deposited its instrument of approval of the Istanbul Convention on 28 June 2023",
  alt=["Earlier this year the Convention thus gained its first Party that is not a State"])
# The Council of the EU's two decisions (internal), entry into force for the EU and the competence limits: nothing.
R(d, "Ukraine", RATIFIED, IC, "2022-07-18", "It had been ratified by Ukraine on 18 July 2022")
R(d, "United Kingdom", RATIFIED, IC, "2022-07-21", "and by the United Kingdom on 21 July 2022")
SIX = ["Armenia", "Bulgaria", "Czechia", "Hungary", "Lithuania", ["Slovak Republic", "Slovakia"]]
QSIX = "Six member States have signed but not yet ratified the Convention: Armenia, Bulgaria, Czechia, Hungary, Lithuania and the Slovak Republic"
RL(d, SIX, NOTRATIFIED, IC, None, QSIX, negated=True)
RL(d, SIX, "signed", IC, None, QSIX)
# The Saeima's vote: domestic; the deposit expected in January 2024: negated.
R(d, "Latvia", NOTRATIFIED, IC, None, "the Secretariat understands that the instrument will be deposited in January 2024", negated=True)
# Bulgaria's Constitutional Court and the Slovak National Council's resolution: domestic.
R(d, "Türkiye", RATIFIED, IC, "2012-03-14", "the first State to have ratified the Convention, on 14 March 2012")
R(d, "Türkiye", NOTBOUND, IC, None, "Turkey thus ceased to be a Party to the Istanbul Convention", negated=True,
  alt=["notified its denunciation on 22 March 2021"])
R(d, "Türkiye", PARTY, ECHR, None, "while remaining bound by the European Convention on Human Rights")
# Article 76 and the Committee of Ministers' consideration of invitations: nothing.
RL(d, ["Kazakhstan", "Tunisia"], ACCEDED, IC, None, "Kazakhstan and Tunisia have expressed interest in acceding to the Convention", negated=True)
R(d, ["Secretary General of the Council of Europe", "Marija Pejčinović Burić", "Council of Europe"], "called-for", IC, "2023-11-25",
  "Secretary General Marija Pejčinović Burić called on all member States that have not yet done so to ratify the Istanbul Convention without delay")
# The General Rapporteur only "recalled" the resolution; the Assembly made the call, in 2019.
R(d, ["Parliamentary Assembly of the Council of Europe", "Parliamentary Assembly", "PACE"], "called-for", IC, "2019",
  "in which the Assembly urged the remaining signatories to ratify the Convention")
R(d, ["Parliamentary Assembly of the Council of Europe", "Parliamentary Assembly", "PACE"], ADOPTED, PACE2289, "2019", "recalled Resolution 2289 (2019)", required=False)
R(d, ["Committee of the Parties to the Istanbul Convention", "Committee of the Parties"], ADOPTED, IC10, "2023-06",
  "The Committee of the Parties, at its 15th meeting, adopted a Declaration on the 10th anniversary of the entry into force of the Convention")
# "reaffirming the commitment of the Parties": unnamed. The Treaty Office's chart: nothing.

# ===================== 07 (UN Secretary-General, report "Oceans and the law of the sea", A/80/302, 4 August 2025) =====================
d = "07.txt"
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "the Convention", "Law of the Sea Convention"])
PXI = ("Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea", ["Part XI Agreement"])
UNFSA = ("United Nations Fish Stocks Agreement", ["Fish Stocks Agreement", "UNFSA"])
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
SG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General"]
R(d, "European Union", PARTY, UNCLOS, None, "there were 170 parties to the United Nations Convention on the Law of the Sea (UNCLOS), including the European Union")
R(d, "Rwanda", RATIFIED, UNCLOS, "2025-03-14", "Rwanda deposited its instrument of ratification of the Convention on 14 March 2025")
R(d, "Rwanda", RATIFIED, PXI, "2025-03-14", "on the same date, its instrument of ratification of the Part XI Agreement")
# Article 287 declarations, charts and coordinates, the depositary's notifications: nothing.
# The resolution number gives no year, so the General Assembly's call is undated.
QGA = "the General Assembly once again called upon all States that have not done so to become parties to the Convention and to the Part XI Agreement"
R(d, GA, "called-for", UNCLOS, None, QGA)
R(d, GA, "called-for", PXI, None, QGA)
R(d, "Vanuatu", ACCEDED, UNFSA, "2024-12-02", "with the accession of Vanuatu on 2 December 2024")
RL(d, ["Guatemala", "Peru"], NOTBOUND, UNFSA, None, "Guatemala and Peru have informed the Secretariat that they are considering becoming parties to the Agreement", negated=True)
# "136 signatories and 31 parties": unnamed.
Q12 = ("instruments of ratification, approval, acceptance or accession to the BBNJ Agreement were deposited by the following 12 States: Bangladesh, "
       "Belize, Chile, Cuba, France, Mauritius, Monaco, Palau, Seychelles, Singapore, Spain and Timor-Leste")
RL(d, ["Bangladesh", "Belize", "Cuba", "Mauritius", "Monaco", "Palau", "Singapore", "Spain", "Timor-Leste"], ACCEPTED, BBNJ, None, Q12)
R(d, "Chile", ACCEPTED, BBNJ, "2025-06-09", Q12, alt=["Chile, which ratified on 9 June 2025"])
R(d, "France", ACCEPTED, BBNJ, "2025-06-10", Q12, alt=["France, which approved the Agreement on 10 June 2025"])
R(d, "Seychelles", ACCEPTED, BBNJ, "2025-06-12", Q12, alt=["Seychelles' accession followed on 12 June 2025"])
# "Most of them ... last June" dates no one State. The Ocean Conference's co-hosts and venue: nothing.
RL(d, ["Sri Lanka", "Indonesia"], "signed", BBNJ, "2025-06", "Sri Lanka and Indonesia signed the Agreement during that event")
R(d, "Holy See", "signed", BBNJ, "2024-09-24", "The Agreement was signed on behalf of the Holy See by its Permanent Observer on 24 September 2024")
# Submission to Indonesia's House of Representatives: domestic.
R(d, "United States", "signed", BBNJ, "2023-09-20", "The United States of America signed the Agreement on 20 September 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "The United States of America signed the Agreement on 20 September 2023 but has not ratified it", negated=True)
R(d, "Russian Federation", NOTBOUND, BBNJ, None, "his country did not intend to become a party to the Agreement in its current form", negated=True)
# Entry into force and the Preparatory Commission's sessions: nothing.
R(d, SG, "called-for", BBNJ, "2025-08-04", "The Secretary-General encourages all States that have not yet done so to sign and ratify the BBNJ Agreement")
R(d, SG, "called-for", UNCLOS, "2025-08-04", "encourages the 23 Member States that are not yet parties to consider joining")

# ===================== 08 (OPCW, Note by the Director-General on universality, EC-83/DG.9, 20 September 2016) =====================
d = "08.txt"
CWC = ("Chemical Weapons Convention", ["CWC", "the Convention", "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
UAP = ("action plan for the universality of the Chemical Weapons Convention", ["universality action plan", "EC-M-23/DEC.3"])
EC = ["OPCW Executive Council", "Executive Council"]
R(d, EC, ADOPTED, UAP, "2003-10-24", "In its decision on the action plan for the universality of the Chemical Weapons Convention (EC-M-23/DEC.3, dated 24 October 2003)", required=False)
# "192 States": unnamed. The Secretary-General as Depositary: nothing.
R(d, "Myanmar", RATIFIED, CWC, "2015-07-08", "Myanmar deposited its instrument of ratification with the Secretary-General of the United Nations, as Depositary, on 8 July 2015",
  alt=["Myanmar's ratification thus came more than twenty-two years after its signature"])
R(d, "Myanmar", "signed", CWC, "1993-01-14", "Myanmar had signed the Convention on 14 January 1993")
R(d, "Angola", ACCEDED, CWC, "2015-09-16", "Angola acceded to the Convention on 16 September 2015")
# The Minister's hand-over is the same accession; The Hague (venue) and entry into force under Article XXI: nothing.
R(d, "Syria", ACCEDED, CWC, "2013-09-14", "With the accession of the Syrian Arab Republic on 14 September 2013")
R(d, "Israel", "signed", CWC, "1993-01-13", "Israel, signed the Convention on 13 January 1993")
R(d, "Israel", NOTRATIFIED, CWC, None, "Israel, signed the Convention on 13 January 1993 but has not ratified it", negated=True)
Q3 = "Egypt, the Democratic People's Republic of Korea and South Sudan have neither signed nor acceded to it"
R(d, "Egypt", NOTBOUND, CWC, None, Q3, negated=True, alt=["it will not consider joining the Convention as long as Israel remains outside"])
R(d, "Democratic People's Republic of Korea", NOTBOUND, CWC, None, Q3, negated=True)
R(d, "South Sudan", NOTBOUND, CWC, None, Q3, negated=True,
  alt=["South Sudan intends to deposit its instrument of accession before the Twenty-First Session of the Conference of the States Parties"])
RL(d, ["Egypt", "Democratic People's Republic of Korea", "South Sudan"], "signed", CWC, None, Q3, negated=True)
R(d, ["OPCW Director-General", "Director-General"], "called-for", CWC, "2016-02-02",
  "the Director-General wrote to the Ministers of Foreign Affairs of the four States not Party, urging them to join the Convention without further delay")
# The meeting with Israel's Permanent Representative, the National Legislative Assembly's Bill (domestic), the Juba workshop and its host: nothing.
R(d, "Israel", NOTBOUND, NPT, None, "as long as Israel remains outside the Treaty on the Non-Proliferation of Nuclear Weapons", negated=True, required=False)
R(d, EC, "called-for", CWC, "2016-03", "the Executive Council again called upon all States not Party to ratify or accede to the Convention as a matter of urgency")
R(d, ["OPCW Conference of the States Parties", "Conference of the States Parties"], "called-for", CWC, "2015",
  "likewise urged the remaining States not Party to join the Convention without delay")
# The AU co-organised meeting, Libya's removal of chemical weapons (implementation) and the annex table (no new facts): nothing.

# ===================== 09 (WHO FCTC Convention Secretariat, report on the status of the Protocol for MOP1, FCTC/MOP1/3, 10 August 2018) =====================
d = "09.txt"
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["the Protocol", "Illicit Trade Protocol", "ITP"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["WHO FCTC", "FCTC", "Framework Convention on Tobacco Control"])
COPF = ["Conference of the Parties to the WHO FCTC", "Conference of the Parties", "COP"]
R(d, COPF, "adopted", ITP, "2012-11-12", "was adopted by the Conference of the Parties to the WHO Framework Convention on Tobacco Control")
R(d, ["World Health Assembly", "Fifty-sixth World Health Assembly", "WHO"], "adopted", FCTC, "2003-05",
  "The WHO FCTC itself was adopted by the Fifty-sixth World Health Assembly in May 2003")
# Seoul (venue) and the closing date for signature: nothing. "53 States": unnamed; the EU is named.
R(d, "European Union", "signed", ITP, None, "was signed by 53 States and the European Union")
R(d, "United Kingdom", ACCEPTED, ITP, "2018-06-27",
  "the United Kingdom of Great Britain and Northern Ireland deposited the fortieth instrument of ratification, acceptance, approval, formal confirmation or accession")
# Entry into force under Article 45: nothing.
Q15 = ("Since COP7, the following 15 Parties have deposited instruments: Benin, Côte d'Ivoire, Cyprus, Eswatini, Fiji, Guinea, Latvia, "
       "Lithuania, Montenegro, Pakistan, Senegal, Sri Lanka, Sweden, United Kingdom and Vanuatu")
RL(d, ["Benin", "Côte d'Ivoire", "Cyprus", "Eswatini", "Fiji", "Guinea", "Latvia", "Lithuania", "Montenegro", "Pakistan", "Senegal",
       "Sri Lanka", "Sweden", "Vanuatu"], ACCEPTED, ITP, None, Q15)
R(d, "European Union", ACCEPTED, ITP, "2016-06-24", "The European Union had formally confirmed the Protocol on 24 June 2016")
# Brazil's National Congress: domestic.
R(d, "Brazil", RATIFIED, ITP, "2018-06-29", "the instrument of ratification was deposited by Brazil on 29 June 2018")
SIG7 = ["China", "France", "Israel", "Kenya", "Myanmar", "Panama", "Türkiye"]
QS7 = "Of the signatories, 22 States have not yet ratified the Protocol, among them China, France, Israel, Kenya, Myanmar, Panama and Türkiye"
RL(d, SIG7, NOTRATIFIED, ITP, None, QS7, negated=True)
RL(d, [a for a in SIG7 if a != "France"], "signed", ITP, None, QS7, required=False)
R(d, "France", "signed", ITP, "2013-01-10", "France signed the Protocol on 10 January 2013")
R(d, "Switzerland", "signed", FCTC, "2004-06-25", "Switzerland, which signed the WHO FCTC on 25 June 2004")
R(d, "Switzerland", NOTRATIFIED, FCTC, None, "has not ratified the Convention", negated=True)
R(d, "Switzerland", NOTBOUND, ITP, None, "therefore cannot become a Party to the Protocol", negated=True, required=False)
R(d, "United States", NOTBOUND, FCTC, None, "The United States of America is not a Party to the WHO FCTC", negated=True)
R(d, COPF, "called-for", ITP, "2016-11",
  "the COP urged Parties to the WHO FCTC that have not yet done so to ratify, accept, approve, formally confirm or accede to the Protocol")
R(d, ["Head of the Convention Secretariat", "WHO FCTC Convention Secretariat", "Convention Secretariat"], "called-for", ITP, "2018-02-15",
  "the Head of the Convention Secretariat wrote to all Parties to the WHO FCTC that had not yet become Parties to the Protocol, encouraging them to do so")
# Workshops (Nadi, host; Dakar with ECOWAS), WCO/UNODC cooperation on implementation, the MOP's action, the depositary: nothing.

# ===================== 10 (Pacific Islands Forum Secretariat, Annual Report 2020, chapter on treaties, Markdown, Suva, 30 March 2021) =====================
d = "10.md"
PACER = ("Pacific Agreement on Closer Economic Relations Plus", ["PACER Plus", "PACER Plus Agreement"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "Rarotonga Treaty", "SPNFZ Treaty"])
RAROP = ("Protocols to the South Pacific Nuclear Free Zone Treaty", ["Protocols to the Treaty of Rarotonga", "Rarotonga Protocols", "the relevant Protocols"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
BOEAP = ("Boe Declaration Action Plan", ["Boe Action Plan"])
KAINAKI = ("Kainaki II Declaration for Urgent Climate Change Action Now", ["Kainaki II Declaration"])
KIGALI = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment"])
PIFL = ["Pacific Islands Forum Leaders", "Forum Leaders", "Pacific Islands Forum", "Leaders"]
S11 = ["Australia", "Cook Islands", "Kiribati", "Nauru", "New Zealand", "Niue", "Samoa", "Solomon Islands", "Tonga", "Tuvalu", "Vanuatu"]
RL(d, S11, "signed", PACER, "2017-06-14", "was signed in Nuku'alofa on 14 June 2017 by Australia, the Cook Islands, Kiribati, Nauru, New Zealand, Niue, Samoa, Solomon Islands, Tonga, Tuvalu and Vanuatu")
RL(d, ["Fiji", "Papua New Guinea"], "signed", PACER, None, "Fiji and Papua New Guinea participated in the negotiations but did not sign the Agreement", negated=True)
# Entry into force "last December" and Tonga as depositary: nothing.
RL(d, ["Australia", "Cook Islands", "Kiribati", "New Zealand", "Niue", "Samoa", "Solomon Islands", "Tonga"], RATIFIED, PACER, None,
   "It has been ratified by Australia, the Cook Islands, Kiribati, New Zealand, Niue, Samoa, Solomon Islands and Tonga")
R(d, "Vanuatu", NOTRATIFIED, PACER, None, "Vanuatu signed in 2017 but has not yet ratified it", negated=True)
RL(d, ["Nauru", "Tuvalu"], NOTRATIFIED, PACER, None, "Nauru and Tuvalu expect to complete their procedures in 2021", negated=True)
# The thirteen Parties to the Treaty of Rarotonga are not named; the three exceptions are, by implication only.
RL(d, ["Micronesia", "Marshall Islands", "Palau"], NOTBOUND, RARO, None,
   "All thirteen independent Forum Island Countries other than the Federated States of Micronesia, the Marshall Islands and Palau are Parties to the Treaty of Rarotonga",
   negated=True, required=False)
RL(d, ["China", "France", "Russian Federation", "United Kingdom"], RATIFIED, RAROP, None,
   "China, France, the Russian Federation and the United Kingdom have ratified the relevant Protocols")
R(d, "United States", "signed", RAROP, "1996-03-25", "The United States signed the Protocols on 25 March 1996")
R(d, "United States", NOTRATIFIED, RAROP, None, "The United States signed the Protocols on 25 March 1996 but has not ratified them", negated=True)
# "Four Forum Members became parties" is resolved by the next sentences.
R(d, "Fiji", RATIFIED, TPNW, "2020-07-07", "Fiji ratified the TPNW on 7 July 2020")
R(d, "Niue", ACCEDED, TPNW, "2020-08-06", "Niue acceded to it on 6 August 2020")
R(d, "Tuvalu", RATIFIED, TPNW, "2020-10-12", "Tuvalu's instrument of ratification was deposited by Prime Minister Kausea Natano on 12 October 2020")
R(d, "Nauru", RATIFIED, TPNW, "2020-10-23", "Nauru ratified it on 23 October 2020")
RL(d, ["Samoa", "Vanuatu", "Cook Islands"], PARTY, TPNW, None, "Samoa, Vanuatu and the Cook Islands had already joined")
# Entry into force of the TPNW: nothing.
R(d, PIFL, ENDORSED, BOE, "2018-09", "Forum Leaders endorsed the Boe Declaration on Regional Security at their 49th meeting in Nauru in September 2018",
  alt=["Boe Declaration on Regional Security | 2018 | Endorsed by Leaders, Nauru"])
R(d, PIFL, ENDORSED, BOEAP, "2019-08", "endorsed the Boe Declaration Action Plan at their 50th meeting, hosted by Tuvalu in Funafuti in August 2019")
R(d, PIFL, ADOPTED, KAINAKI, "2019", "Kainaki II Declaration for Urgent Climate Change Action Now | 2019 | Adopted by Leaders, Funafuti", required=False)
# The call on Parties to the Paris Agreement to fulfil commitments: a call to implement (nothing). Tuvalu as host: nothing.
R(d, "Australia", "supported", KAINAKI, None, "Australia did not join consensus on the Declaration's language on coal", negated=True, required=False)
R(d, ["Pacific Islands Forum Secretariat", "Secretariat"], "called-for", KIGALI, "2020-09-03",
  "the Secretariat issued a circular urging Members that have not yet done so to ratify the Kigali Amendment to the Montreal Protocol")
R(d, "Tonga", ACCEPTED, KIGALI, "2020-09-17", "Tonga accepted the Amendment on 17 September 2020")
R(d, "Solomon Islands", ACCEPTED, KIGALI, None, "Solomon Islands informed the Secretariat that it is considering acceptance", negated=True)
# The postponed 51st meeting (host Vanuatu) and the New Zealand-funded facility: nothing.

# ===================== 11 (Committee on Enforced Disappearances, annual report to the General Assembly, A/80/56, April 2025) =====================
d = "11.txt"
CPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "CPED", "Convention on Enforced Disappearance", "the Convention"])
STRAT = ("strategy for the universal ratification of the International Convention for the Protection of All Persons from Enforced Disappearance, 2024-2030",
         ["strategy for the universal ratification of the Convention", "CED/C/27/3", "ratification strategy"])
R79221 = ("General Assembly resolution 79/221", ["resolution 79/221"])
CED = ["Committee on Enforced Disappearances", "the Committee", "CED"]
# "77 States parties and 98 signatories": unnamed. "The Committee has welcomed three new States parties": a welcome of others' acts.
R(d, "Angola", RATIFIED, CPED, "2024-09-23", "Angola ratified the Convention last September", alt=["instrument deposited on 23 September 2024"])
R(d, "Cabo Verde", ACCEDED, CPED, "2024-11-11", "Cabo Verde acceded to it on 11 November 2024")
R(d, "Côte d'Ivoire", RATIFIED, CPED, "2025-01-22", "The instrument of ratification of Côte d'Ivoire was deposited on 22 January 2025")
R(d, "Côte d'Ivoire", "signed", CPED, "2007", "who had signed the Convention on behalf of his country in 2007")
# The treaty event (venue), article 31 and 32 declarations and the Committee's encouragement to make them: nothing.
SIG11 = ["Algeria", "Cameroon", "Chad", "Comoros", "Congo", "Ghana", "Guinea-Bissau", "India", "Indonesia", "Madagascar", "Mozambique"]
Q11 = ("Eleven signatory States have not ratified the Convention: Algeria, Cameroon, Chad, the Comoros, the Congo, Ghana, Guinea-Bissau, "
       "India, Indonesia, Madagascar and Mozambique")
RL(d, SIG11, NOTRATIFIED, CPED, None, Q11, negated=True)
RL(d, SIG11, "signed", CPED, None, Q11, required=False)
# Indonesia's draft law before the House of Representatives: domestic; the expected ratification is the same negated record.
R(d, CED, ADOPTED, STRAT, "2024-10-15", "the Committee adopted its strategy for the universal ratification of the Convention, 2024-2030")
R(d, CED, "called-for", CPED, "2024-10-15", "the Committee calls upon all States that have not yet done so to ratify or accede to the Convention")
R(d, GA, "adopted", R79221, "2024-12-17", "the General Assembly adopted without a vote resolution 79/221")
RL(d, ["Argentina", "France", "Japan", "Morocco"], ["co-sponsored", "supported"], R79221, None, "The resolution, presented by Argentina, France, Japan and Morocco")
# "co-sponsored by 71 States": unnamed. The Assembly welcomed ratifications (others' acts) and made a request to the SG: nothing.
R(d, ["UN High Commissioner for Human Rights", "High Commissioner for Human Rights", "United Nations High Commissioner for Human Rights", "OHCHR"],
  "called-for", CPED, "2024-08-30", "urged all States to ratify the Convention")
# The joint meeting, the Group of Friends' side event, sessions, concluding observations, membership and adoption of the report: nothing.

# ===================== 12 (CTBTO Preparatory Commission, Annual Report 2023, chapter on signature and ratification, Vienna, 15 May 2024) =====================
d = "12.txt"
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "the Treaty"])
FD14 = ("Final Declaration of the thirteenth Article XIV Conference", ["Final Declaration", "Article XIV Conference Final Declaration"])
R7858 = ("General Assembly resolution 78/58 on the Comprehensive Nuclear-Test-Ban Treaty", ["resolution 78/58"])
D = "2023-12-04"
# "signed by 187 States and ratified by 178": unnamed.
R(d, "Sri Lanka", RATIFIED, CTBT, "2023-08-25", "During the year the Treaty was ratified by Sri Lanka (25 August 2023)")
R(d, "Solomon Islands", RATIFIED, CTBT, "2023-09-13", "Solomon Islands (13 September 2023)")
R(d, "Papua New Guinea", RATIFIED, CTBT, "2023-12-08", "Papua New Guinea (8 December 2023)")
R(d, "Sri Lanka", "signed", CTBT, "1996-10-24", "Sri Lanka had signed the Treaty on 24 October 1996")
# The Foreign Minister's hand-over is the same ratification; the Secretary-General (depositary): nothing.
R(d, "Russian Federation", NOTRATIFIED, CTBT, None, "the Russian Federation withdrew its instrument of ratification", negated=True,
  alt=["Revocation of ratification by the Russian Federation", "With the revocation by the Russian Federation"])
# The federal law revoking the ratification: domestic. "will not conduct a nuclear test unless": not a treaty action.
R(d, "Russian Federation", "signed", CTBT, None, "The Russian Federation stated that it remains a signatory")
A5 = ["China", "Egypt", "Iran", "Israel", "United States"]
Q5 = "The Treaty has been signed but not ratified by China, Egypt, the Islamic Republic of Iran, Israel and the United States of America"
RL(d, A5, "signed", CTBT, None, Q5)
RL(d, A5, NOTRATIFIED, CTBT, None, Q5, negated=True)
RL(d, ["Democratic People's Republic of Korea", "India", "Pakistan"], "signed", CTBT, None,
   "The Democratic People's Republic of Korea, India and Pakistan have not signed it", negated=True)
# "35 had ratified", "nine Annex 2 States": unnamed counts. Japan and the Philippines chaired the Conference: nothing.
A14 = ["Article XIV Conference", "Conference on Facilitating the Entry into Force of the CTBT", "thirteenth Article XIV Conference"]
R(d, A14, ADOPTED, FD14, "2023-09-22", "The Conference adopted a Final Declaration")
R(d, A14, "called-for", CTBT, "2023-09-22", "called upon all States that have not yet done so to sign and ratify the Treaty without delay")
R(d, GA, "adopted", R7858, D, "the General Assembly adopted resolution 78/58")
R(d, "Democratic People's Republic of Korea", "supported", R7858, D, "1 against (Democratic People's Republic of Korea)", negated=True)
RL(d, ["India", "Mauritius", "Russian Federation", "Syria"], "supported", R7858, D,
   "with 4 abstentions (India, Mauritius, Russian Federation, Syrian Arab Republic)", negated=True)
# "172 in favour": unnamed.
RL(d, ["Australia", "Mexico", "New Zealand"], ["co-sponsored", "supported"], R7858, None,
   "The resolution was introduced in the First Committee by Australia, Mexico and New Zealand")
R(d, ["CTBTO Executive Secretary", "Executive Secretary", "Robert Floyd", "CTBTO Preparatory Commission"], "called-for", CTBT, "2023-03-10",
  "he invited the Government of Somalia, which signed the Treaty on 8 September 2021, to consider ratification at an early date")
R(d, "Somalia", "signed", CTBT, "2021-09-08", "Somalia, which signed the Treaty on 8 September 2021")
R(d, "Somalia", NOTRATIFIED, CTBT, None, "to consider ratification at an early date", negated=True, required=False)
# Timor-Leste's National Parliament: domestic; the intended deposit: negated.
R(d, "Timor-Leste", NOTRATIFIED, CTBT, None, "it intends to deposit its instrument soon afterwards", negated=True)
R(d, "Tuvalu", RATIFIED, CTBT, "2022-12-12", "Tuvalu's ratification, deposited on 12 December 2022")
# The ceremony hosted by the Executive Secretary, meetings with 31 States, training and station certification: nothing.

# ===================== 13 (HCCH Permanent Bureau, Annual Report 2023 excerpt, HTML, The Hague, 17 April 2024) =====================
d = "13.html"
STAT = ("Statute of the Hague Conference on Private International Law", ["HCCH Statute", "Statute of the HCCH"])
JUDG = ("Convention on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters", ["2019 Judgments Convention", "Judgments Convention", "HCCH 2019 Judgments Convention"])
APOS = ("Apostille Convention", ["Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", "HCCH Apostille Convention"])
CP96 = ("1996 Child Protection Convention", ["1996 Convention", "Convention on Jurisdiction, Applicable Law, Recognition, Enforcement and Co-operation in respect of Parental Responsibility and Measures for the Protection of Children"])
CA80 = ("1980 Child Abduction Convention", ["Hague Child Abduction Convention", "Convention on the Civil Aspects of International Child Abduction"])
R(d, "Botswana", ACCEPTED, STAT, "2023-06-30", "Botswana accepted the Statute of the Hague Conference on Private International Law on 30 June 2023")
R(d, "Rwanda", NOTBOUND, STAT, None, "application for membership is pending before the Members", negated=True, required=False)
# CGAP's meeting (venue, dates) and "welcomed its 91st Member": nothing.
# Entry into force for the EU is not an act; the EU's being bound follows from it, so a party record is optional, as is Denmark's exclusion.
R(d, "European Union", PARTY, JUDG, None, "entered into force on 1 September 2023 for the European Union", required=False)
R(d, "Denmark", NOTBOUND, JUDG, None, "binding all its Member States except Denmark", negated=True, required=False)
R(d, "Ukraine", RATIFIED, JUDG, "2022-08-29", "Ukraine, which ratified the Convention on 29 August 2022")
R(d, "Uruguay", RATIFIED, JUDG, "2023-09-01", "Uruguay ratified it on 1 September 2023")
R(d, "United Kingdom", "signed", JUDG, "2024-01-12", "The United Kingdom signed the Judgments Convention on 12 January 2024")
R(d, "United Kingdom", NOTRATIFIED, JUDG, None, "the UK Government has announced that it intends to ratify it following the necessary legislation", negated=True)
S5 = ["Costa Rica", "Israel", "Montenegro", "Russian Federation", "United States"]
Q5 = "Costa Rica, Israel, Montenegro, the Russian Federation and the United States of America have signed the Convention but have not ratified it"
RL(d, S5, "signed", JUDG, None, Q5)
RL(d, S5, NOTRATIFIED, JUDG, None, Q5, negated=True)
R(d, "China", ACCEDED, APOS, "2023-03-08", "China deposited its instrument of accession on 8 March 2023")
R(d, "Canada", ACCEDED, APOS, "2023-05-12", "Canada acceded on 12 May 2023")
R(d, "Bangladesh", JOINED, APOS, "2024-01-30", "Bangladesh joined the Convention in 2024 (instrument deposited 30 January 2024)")
# Germany's and Austria's objections under Article 12: nothing.
R(d, "Paraguay", RATIFIED, CP96, "2023-10-20", "The 1996 Child Protection Convention was ratified by Paraguay on 20 October 2023")
R(d, "Japan", PARTY, CA80, "2014", "Japan, a Party to the 1980 Child Abduction Convention since 2014")
R(d, "Japan", NOTBOUND, CP96, None, "has not yet joined the 1996 Convention", negated=True)
QBR = "Brazil has yet to sign or accede to the 1996 Convention"
R(d, "Brazil", "signed", CP96, None, QBR, negated=True)
R(d, "Brazil", NOTBOUND, CP96, None, QBR, negated=True)
R(d, ["Council on General Affairs and Policy", "CGAP", "HCCH"], "called-for", JUDG, "2024-03",
  "CGAP encouraged Members that have not yet done so to consider becoming Parties to the 2019 Judgments Convention")
R(d, ["Secretary General of the HCCH", "Secretary General", "Christophe Bernasconi", "HCCH"], "called-for", APOS, "2023-10",
  "urged all States to join the Apostille Convention at the Asia Pacific Week held in Seoul in October 2023")
# Seoul and the host ministry, the regional offices and the depositary: nothing.

# ===================== 14 (OAS Department of International Law, status report to the CAJP, CP/CAJP-3421/18, 15 March 2018) =====================
d = "14.txt"
A70 = ("Inter-American Convention on Protecting the Human Rights of Older Persons", ["A-70", "Older Persons Convention"])
A68 = ("Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance", ["A-68"])
A69 = ("Inter-American Convention against All Forms of Discrimination and Intolerance", ["A-69"])
OASCH = ("Charter of the Organization of American States", ["OAS Charter"])
ACHR = ("American Convention on Human Rights", ["ACHR", "Pact of San José"])
BDP = ("Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women", ["Convention of Belém do Pará", "Belém do Pará Convention"])
AG2908 = ("resolution AG/RES. 2908 (XLVII-O/17), International Law", ["AG/RES. 2908 (XLVII-O/17)", "AG/RES. 2908"])
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "General Assembly"]
# The General Secretariat as depositary; Cancún (venue): nothing.
R(d, OASGA, ADOPTED, AG2908, "2017-06", "adopted at the forty-seventh regular session of the General Assembly", required=False)
R(d, OASGA, "called-for", A70, "2017-06",
  "the General Assembly urged member states to consider signing and ratifying the Inter-American Convention on Protecting the Human Rights of Older Persons (A-70)")
RL(d, ["Argentina", "Brazil", "Chile", "Costa Rica", "Uruguay"], "signed", A70, "2015-06-15",
   "was signed that same day by Argentina, Brazil, Chile, Costa Rica and Uruguay")
# Opening for signature and entry into force on 11 January 2017: nothing.
R(d, "Uruguay", RATIFIED, A70, "2016-11-18", "Uruguay ............................ 18 November 2016")
R(d, "Costa Rica", RATIFIED, A70, "2016-12-12", "Costa Rica ......................... 12 December 2016")
R(d, "Bolivia", RATIFIED, A70, "2017-05-17", "Bolivia ............................ 17 May 2017")
R(d, "Chile", RATIFIED, A70, "2017-08-15", "Chile .............................. 15 August 2017",
  alt=["The Chilean instrument was deposited by Foreign Minister Heraldo Muñoz"])
R(d, "Argentina", RATIFIED, A70, "2017-10-23", "Argentina .......................... 23 October 2017")
R(d, "El Salvador", "signed", A70, None, "El Salvador, which did not sign the Convention", negated=True)
R(d, "El Salvador", ACCEDED, A70, None, "it intends to accede to it in 2018", negated=True)
R(d, "Brazil", NOTRATIFIED, A70, None, "Brazil, a signatory, has not yet ratified the Convention", negated=True)
# Colombia's bill before Congress is domestic; an annotator may read it as a pending ratification.
R(d, "Colombia", NOTRATIFIED, A70, None, "In Colombia, a bill approving the Convention is before the Congress of the Republic", negated=True, required=False)
QU = "On 12 December 2017 Uruguay ratified both the Inter-American Convention against Racism"
R(d, "Uruguay", RATIFIED, A68, "2017-12-12", QU)
R(d, "Uruguay", RATIFIED, A69, "2017-12-12", QU, alt=["ratified only by Uruguay"])
R(d, "Antigua and Barbuda", RATIFIED, A68, "2017-10-17", "Antigua and Barbuda's ratification of A-68, deposited on 17 October 2017")
R(d, "Costa Rica", RATIFIED, A68, None, "together with Costa Rica's")
# Entry into force of A-68: nothing.
S10 = ["Antigua and Barbuda", "Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Ecuador", "Haiti", "Panama", "Uruguay"]
RL(d, S10, "signed", A69, None,
   "A-69 has been signed by ten states (Antigua and Barbuda, Argentina, Bolivia, Brazil, Chile, Colombia, Ecuador, Haiti, Panama and Uruguay)")
RL(d, [a for a in S10 if a != "Uruguay"], NOTRATIFIED, A69, None, "and ratified only by Uruguay", negated=True, required=False)
R(d, "Venezuela", NOTBOUND, OASCH, None, "its denunciation of the Charter of the Organization of American States", negated=True)
R(d, "Venezuela", NOTBOUND, ACHR, None, "Venezuela had earlier denounced the American Convention on Human Rights", negated=True)
# "32 States Parties": unnamed.
QBP = "Canada and the United States have not signed or ratified it"
RL(d, ["Canada", "United States"], "signed", BDP, None, QBP, negated=True)
RL(d, ["Canada", "United States"], NOTRATIFIED, BDP, None, QBP, negated=True)
# The Course on International Law, the Paraguay-hosted workshop and the recommended reiterated call: nothing.

# ===================== 15 (UNESCO Executive Board, Director-General's progress report on two cultural Conventions, 197 EX/23, Paris, 11 September 2015) =====================
d = "15.txt"
UCH = ("Convention on the Protection of the Underwater Cultural Heritage", ["2001 Convention", "UCH Convention", "Underwater Cultural Heritage Convention"])
C1970 = ("Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property", ["1970 Convention", "UNESCO 1970 Convention"])
MSP53 = ("Resolution 5/MSP 3", ["resolution 5/MSP 3"])
OG70 = ("Operational Guidelines for the Implementation of the 1970 Convention", ["Operational Guidelines for the Implementation of the Convention", "1970 Convention Operational Guidelines"])
R2199 = ("Security Council resolution 2199 (2015)", ["resolution 2199 (2015)", "resolution 2199"])
UDG = ["UNESCO Director-General", "Director-General", "UNESCO"]
R(d, ["UNESCO General Conference", "General Conference", "UNESCO"], "adopted", UCH, "2001-11-02",
  "the adoption of the Convention by the General Conference")
# "53 States": unnamed. The Director-General receives instruments as depositary: nothing.
R(d, "Algeria", RATIFIED, UCH, "2014-11-26", "Algeria (ratification, 26 November 2014)")
R(d, "Switzerland", RATIFIED, UCH, "2014-10-25", "Switzerland (ratification, 25 October 2014 - reported late)", alt=["Switzerland's ratification is the first by a landlocked European State"])
R(d, "Guyana", ACCEDED, UCH, "2015-01-20", "Guyana (accession, 20 January 2015)")
R(d, "Cameroon", RATIFIED, UCH, "2015-07-13", "Cameroon (ratification, 13 July 2015)")
# The Swiss Federal Council's approval and the national legislation being drafted: domestic.
QGN = "Germany and the Netherlands have informed the Secretariat that they are considering ratification"
R(d, "Germany", NOTRATIFIED, UCH, None, QGN, negated=True)
R(d, "Netherlands", NOTRATIFIED, UCH, None, QGN, negated=True, alt=["the Netherlands expects to deposit its instrument in 2016"])
R(d, "United Kingdom", NOTRATIFIED, UCH, None, "The United Kingdom maintains that it will not ratify the Convention", negated=True)
# The UK applying the annexed Rules as best practice: implementation, not a treaty action.
R(d, UDG, "called-for", UCH, "2014-11-02", "the Director-General appealed to all Member States that had not yet done so to join the Convention")
MSPU = ["Meeting of States Parties to the 2001 Convention", "Meeting of States Parties", "fifth Meeting of States Parties"]
R(d, MSPU, ADOPTED, MSP53, "2015-04", "The fifth Meeting of States Parties (Paris, 28-29 April 2015) adopted Resolution 5/MSP 3", required=False)
R(d, MSPU, "called-for", UCH, "2015-04", "which calls upon all States to become party to the Convention")
# "129 States Parties": unnamed.
R(d, "Eswatini", RATIFIED, C1970, "2014-11-13", "Swaziland (ratification, 13 November 2014)")
R(d, "Luxembourg", RATIFIED, C1970, "2015-02-03", "Luxembourg (ratification, 3 February 2015)")
R(d, "Myanmar", ACCEPTED, C1970, "2015-03-03", "Myanmar (acceptance, 3 March 2015)", alt=["Myanmar's acceptance had been announced by its Minister of Culture"])
R(d, ["Meeting of States Parties to the 1970 Convention", "Meeting of States Parties", "third Meeting of States Parties"], ADOPTED, OG70, "2015-05",
  "adopted the Operational Guidelines for the Implementation of the Convention", required=False)
R(d, UNSC, "adopted", R2199, "2015-02-12", "the resolution of the Security Council of 12 February 2015", required=False)
# The Director-General's call on the 1970 Convention carries no date of its own.
R(d, UDG, "called-for", C1970, None, "the Director-General urged all States that have not yet done so to ratify the 1970 Convention")
RL(d, ["Singapore", "Thailand"], ACCEDED, C1970, None, "Singapore and Thailand have indicated that they are studying accession", negated=True)
# Workshops (Beirut, Hanoi, Dakar) and the host ministry; the proposed decision's invitation: nothing.

# ===================== 16 (IMO Council, Note by the Secretary-General on the Cape Town Agreement and the Torremolinos Declaration, C 136/5(b), 20 January 2026) =====================
d = "16.txt"
CTA = ("Cape Town Agreement of 2012 on the Implementation of the Provisions of the 1993 Protocol relating to the Torremolinos International Convention for the Safety of Fishing Vessels, 1977",
       ["Cape Town Agreement", "Cape Town Agreement of 2012", "CTA"])
TMD = ("Torremolinos Ministerial Declaration on the Cape Town Agreement and Combating Illegal, Unreported and Unregulated (IUU) Fishing",
       ["Torremolinos Declaration", "Torremolinos Ministerial Declaration"])
# "signed there by 48 States" and "bringing the total to 76": unnamed. Torremolinos (venue) and Spain (host): nothing.
# The adoption of the Agreement (tenth anniversary on 11 October 2022) names no adopting body: nothing.
S11 = ["Angola", "Cabo Verde", "Cambodia", "Ecuador", "Guinea-Bissau", "Madagascar", "Mozambique", "Seychelles", "Solomon Islands", "Sri Lanka"]
Q11 = ("the Declaration has been signed by eleven further States - Angola, Cabo Verde, Cambodia, Ecuador, Fiji, Guinea-Bissau, Madagascar, "
       "Mozambique, Seychelles, Solomon Islands and Sri Lanka")
RL(d, S11, SIGNED_DECL, TMD, None, Q11)
R(d, "Fiji", SIGNED_DECL, TMD, "2025-06", Q11, alt=["Fiji signed on the margins of the UN Ocean Conference in Nice in June 2025"])
# "26 States ... were Contracting States": unnamed; entry into force requirements: nothing.
R(d, "Namibia", RATIFIED, CTA, "2025-02-14", "Namibia - ratification - 14 February 2025",
  alt=["The Namibian instrument was handed over by the Minister of Fisheries and Marine Resources"])
R(d, "Ghana", ACCEDED, CTA, "2025-05-02", "Ghana - accession - 2 May 2025")
R(d, "Kiribati", ACCEPTED, CTA, "2025-08-19", "Kiribati - acceptance - 19 August 2025")
R(d, "Peru", ACCEDED, CTA, "2025-10-27", "Peru - accession - 27 October 2025", alt=["Peru's accession last October"])
# The Secretary-General as depositary and IMO Headquarters (venue): nothing.
R(d, "Indonesia", SIGNED_DECL, TMD, "2019", "Indonesia, which signed the Declaration in 2019")
R(d, "Indonesia", ACCEDED, CTA, None, "it intends to accede to the Agreement in 2026", negated=True)
QCK = "China and the Republic of Korea, both major flag States of distant-water fleets, have neither signed the Declaration nor become Contracting States to the Agreement"
RL(d, ["China", "Republic of Korea"], SIGNED_DECL, TMD, None, QCK, negated=True)
R(d, "China", NOTBOUND, CTA, None, QCK, negated=True, alt=['it is "studying the Agreement carefully"'])
R(d, "Republic of Korea", NOTBOUND, CTA, None, QCK, negated=True)
R(d, ["IMO Council", "Council", "Council of the International Maritime Organization"], "called-for", CTA, "2025-07",
  "the Council urged all Member States that have not yet done so to ratify the Cape Town Agreement as a matter of priority")
R(d, ["IMO Secretary-General", "Secretary-General", "International Maritime Organization"], "called-for", CTA, "2025-09-03",
  "the Secretary-General invited flag States with large fishing fleets to accede to the Agreement before the end of 2026")
# FAO/ILO cooperation, the seminars and Fiji as host, the PSMA's "82 Parties" and the action requested (para 11): nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
