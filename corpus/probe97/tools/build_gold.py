#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (06, 11, 16) and three are saved HTML pages (03, 08, 13);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, Markdown emphasis or an HTML entity.

Theme: international criminal justice and anti-corruption, 2002-2026: the Rome Statute and the Kampala amendments on the
crime of aggression, States joining and leaving the ICC, the UN Convention against Corruption and its Conference of the
States Parties, the Palermo Convention (UNTOC) and its three Protocols, the 2024 UN Convention against Cybercrime and its
Hanoi signing ceremony, the Budapest Convention and its Second Additional Protocol, bilateral mutual legal assistance and
extradition treaties. Sources: ICC and Assembly of States Parties press releases, UNODC and Council of Europe news, a
meetings-coverage press release, UK and European Parliament written questions, NGO trackers and bulletins, a news-agency
wire, a Philippine newspaper page, foreign-ministry releases (Korea, Malaysia) and an analysis piece.

Conventions of this corpus (on top of the READMEs' rules):
- A deposit of an instrument of ratification is `ratified`, of accession `acceded`, of acceptance or approval (the EU's
  "approved", Japan's "acceptance") `ratified`/`acceded`/`party` alike (ACCEPTED). "Becoming the 125th State Party" in the
  same breath as the deposit is the same act and gets no second record; a stated status ("a party since 2012",
  "already parties") is `party`, and where the same sentence or document dates the deposit it is folded into the
  ratification record (RATIFIED accepts `party`).
- Leaving the Rome Statute (a withdrawal announced, notified or in effect), "is not a party", "has no plans to rejoin" and
  a withdrawn instrument of accession are NOTBOUND negated records, undated (gold.py allows dates on negated votes only).
  A withdrawn accession that never took effect (Malaysia, 2019) keeps an optional affirmed `acceded` record for the deposit.
  "Remain States Parties" while a withdrawal is pending is an optional `party` record.
- Signing a bilateral treaty gives both named parties a `signed` record; "will submit ... for consent to ratification"
  and "will complete its domestic procedures for ratification" are negated `ratified`. Parliamentary votes, ratification
  laws, cabinet decisions, court rulings and national legislation are domestic steps and give no record.
- Adoption of a text by a body (General Assembly, Assembly of States Parties, Review Conference, a Conference of the
  (States) Parties, the Committee of Ministers, a treaty committee approving a draft, a Main Committee approving a draft)
  is that body's `adopted`, dated by the text; a passive adoption with no body named ("adopted at Kampala in 2010",
  "opened for signature in Budapest") gives no record.
- Votes: in favour is `supported`; against or abstaining is `supported` negated and keeps the vote's date; a sponsor
  introducing a draft, or delegations on whose behalf it is introduced "which had co-sponsored the text", are
  `co-sponsored`, undated. Proposals to amend a treaty that were not adopted give no record.
- Calls ("I call on", "urged", "called upon", "encouraged ... to sign", "invited States Parties to become parties") are
  the caller's `called-for`, dated by the statement; a call in a text the Assembly "would" adopt is planned, so negated.
- Nothing for: support for the Court, a tribunal or a network (the GlobE Network, GRECO, the Core Group), hosting a
  ceremony or a seat, depositaries, entry into force, implementation and review mechanisms, declarations under articles
  12(3) and 124 of the Rome Statute, Council authorisations and mandates, unnamed groups of States ("35 States", "all 27
  EU member States", "Seventy-two States"), and welcoming or regretting another actor's act.
- Dates: the act's date as the text states it; "today", "on Saturday", "last Thursday", "on Monday" resolve against the
  document's date; acts at a multi-day session dated only by the session take its month; a year or month without more is
  kept at that precision.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Republic of Korea", "Iran", "Viet Nam", "Syria", "Türkiye", "State of Palestine", "Czechia", "Venezuela",
          "Côte d'Ivoire", "Netherlands", "Republic of Moldova", "Philippines", "United Arab Emirates", "Bahamas",
          "Cambodia", "Thailand", "Timor-Leste", "Germany", "Ghana", "Costa Rica", "Mexico", "Colombia", "China", "Egypt",
          "Sudan", "Paraguay", "Chile", "Bangladesh", "Cabo Verde", "Gambia", "Ecuador", "Uzbekistan", "Saudi Arabia",
          "Burundi", "Kenya", "Guatemala"),
    "North Macedonia": ["North Macedonia", "The former Yugoslav Republic of Macedonia", "the former Yugoslav Republic of Macedonia",
                        "Macedonia", "Republic of North Macedonia"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Malaysia": ["Malaysia"],
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Ukraine": ["Ukraine"],
    "Mongolia": ["Mongolia"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "Maldives": ["Maldives", "Republic of Maldives"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "El Salvador": ["El Salvador", "Republic of El Salvador"],
    "Kiribati": ["Kiribati", "Republic of Kiribati"],
    "Mali": ["Mali", "Republic of Mali"],
    "Niger": ["Niger", "Republic of the Niger", "the Niger"],
    "Burkina Faso": ["Burkina Faso"],
    "Hungary": ["Hungary"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Canada": ["Canada"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- bodies and officials ----
ASP = ["Assembly of States Parties", "Assembly of States Parties to the Rome Statute",
       "Assembly of States Parties to the Rome Statute of the International Criminal Court", "ASP", "the Assembly"]
ASP_PRES = ["President of the Assembly of States Parties", "Assembly of States Parties President", "ASP President"]
RC = ["Review Conference of the Rome Statute", "Review Conference", "Kampala Review Conference", "first Review Conference of the Rome Statute"]
UNODC_ED = ["Executive Director of UNODC", "UNODC Executive Director", "Ghada Waly", "UNODC", "United Nations Office on Drugs and Crime"]
SG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General", "António Guterres"]
COM = ["Council of Europe Committee of Ministers", "Committee of Ministers", "Committee of Ministers of the Council of Europe", "Council of Europe"]
COE_SG = ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Secretary General", "Marija Pejčinović Burić"]
COSP = ["Conference of the States Parties to the United Nations Convention against Corruption", "Conference of the States Parties",
        "Conference of the States Parties to UNCAC", "CoSP", "the Conference"]
COP = ["Conference of the Parties to the United Nations Convention against Transnational Organized Crime", "Conference of the Parties",
       "Conference of the Parties to UNTOC", "the Conference"]

# ---- instruments ----
RS = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute", "Statute of the International Criminal Court"])
# Where the text leaves or rejoins "the ICC" / "the Court", the Court's name is an acceptable way to name its Statute.
RS_ICC = (RS[0], RS[1] + ["International Criminal Court", "ICC"])
KAMP = ("amendments to the Rome Statute on the crime of aggression",
        ["Kampala amendments", "Kampala amendments on the crime of aggression", "amendments on the crime of aggression",
         "aggression amendments", "amendments to the Rome Statute of the International Criminal Court on the crime of aggression"])
APIC = ("Agreement on the Privileges and Immunities of the International Criminal Court",
        ["Agreement on Privileges and Immunities", "Agreement on the Privileges and Immunities", "APIC"])
UNCAC = ("United Nations Convention against Corruption", ["UNCAC", "Convention against Corruption", "UN Convention against Corruption"])
UNTOC = ("United Nations Convention against Transnational Organized Crime",
         ["UNTOC", "Palermo Convention", "Convention against Transnational Organized Crime", "UN Convention against Transnational Organized Crime"])
TIP = ("Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
       ["Trafficking in Persons Protocol", "Protocol on trafficking in persons", "Protocol against trafficking in persons", "Trafficking Protocol"])
SOM = ("Protocol against the Smuggling of Migrants by Land, Sea and Air",
       ["Smuggling of Migrants Protocol", "Protocol on the smuggling of migrants", "Protocol against the smuggling of migrants", "Migrant Smuggling Protocol"])
FIR = ("Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition",
       ["Firearms Protocol", "Protocol against the Illicit Manufacturing of and Trafficking in Firearms"])
UNCC = ("United Nations Convention against Cybercrime",
        ["UN Convention against Cybercrime", "Convention against Cybercrime", "UN Cybercrime Convention", "Hanoi Convention"])
BUD = ("Convention on Cybercrime", ["Budapest Convention", "Council of Europe Convention on Cybercrime", "ETS No. 185"])
BUD2 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
        ["Second Additional Protocol", "Second Additional Protocol to the Budapest Convention", "CETS No. 224"])
BUD1 = ("Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems",
        ["First Additional Protocol", "First Additional Protocol to the Budapest Convention", "ETS No. 189"])


# ===================== 01 (ICC press release ICC-CPI-20241025-PR1841, Ukraine's ratification, Friday 25 October 2024) =====================
d = "01.txt"
D = "2024-10-25"
R(d, "Ukraine", RATIFIED, RS, D, "Ukraine deposited its instrument of ratification of the Rome Statute of the International Criminal Court")
# "becoming the 125th State Party": the same act. The Statute's entry into force for Ukraine (1 January 2025): nothing.
R(d, "Ukraine", "signed", RS, "2000-01-20", "Ukraine signed the Rome Statute on 20 January 2000")
# The Verkhovna Rada's vote and the President's signature of the ratification law: domestic steps.
# Declarations under article 124 and article 12(3): not treaty actions. The 12(3) sentence says they did not make Ukraine a party (optional).
R(d, "Ukraine", NOTBOUND, RS, None, "Those declarations accepted the Court's jurisdiction without making Ukraine a party to the Statute.",
  negated=True, required=False)
R(d, ASP_PRES + ["Päivi Kaukoranta"], "called-for", RS, D, "I call on all States that have not yet done so to become parties to the Rome Statute")
R(d, ASP_PRES + ["Päivi Kaukoranta"], "called-for", KAMP, D,
  "and on all States Parties to ratify the amendments to the Statute, including those on the crime of aggression")
# The President of the Court welcoming the ratification: nothing.
R(d, "Ukraine", NOTRATIFIED, KAMP, None, "Ukraine has not yet ratified the amendments on the crime of aggression")
R(d, RC, ADOPTED, KAMP, "2010-06-11", "the amendments on the crime of aggression adopted by the Review Conference in Kampala on 11 June 2010")
R(d, "Ukraine", NOTBOUND, APIC, None, "nor is it a party to the Agreement on the Privileges and Immunities of the International Criminal Court",
  negated=True, alt=["Ukraine intends to accede to it in 2025"])
# "Ukraine is the sixteenth State to join the Court": the same act as its ratification. The fifteen before it, with their dates.
R(d, "Seychelles", JOINED, RS, "2010-08", "It follows Seychelles and Saint Lucia (both in August 2010)")
R(d, "Saint Lucia", JOINED, RS, "2010-08", "It follows Seychelles and Saint Lucia (both in August 2010)")
R(d, "Republic of Moldova", JOINED, RS, "2010-10", "the Republic of Moldova (October 2010)")
RL(d, ["Grenada", "Tunisia", "Cabo Verde", "Philippines", "Maldives", "Vanuatu"], JOINED, RS, "2011",
   "Grenada, Tunisia, Cabo Verde, the Philippines, Maldives and Vanuatu (all in 2011)")
R(d, "Guatemala", JOINED, RS, "2012", "Guatemala (2012)")
R(d, "Côte d'Ivoire", JOINED, RS, "2013", "Côte d'Ivoire (2013)")
R(d, "State of Palestine", JOINED, RS, "2015", "the State of Palestine (2015)")
R(d, "El Salvador", JOINED, RS, "2016", "El Salvador (2016)")
R(d, "Kiribati", JOINED, RS, "2019", "Kiribati (2019)")
# Armenia ends the list undated; the next sentence dates its deposit. "the 124th State Party" on entry into force: the same act.
R(d, "Armenia", RATIFIED, RS, "2023-11-14", "Armenia deposited its instrument of ratification on 14 November 2023",
  alt=["El Salvador (2016), Kiribati (2019) and Armenia"])
R(d, "Burundi", NOTBOUND, RS, None, "Burundi, whose withdrawal took effect on 27 October 2017", negated=True)
R(d, "Philippines", NOTBOUND, RS, None, "the Philippines, whose withdrawal took effect on 17 March 2019", negated=True)
R(d, "Malaysia", ACCEDED, RS, "2019-03-04", "Malaysia deposited an instrument of accession on 4 March 2019", required=False)
R(d, "Malaysia", NOTBOUND, RS, None, "but withdrew it the following month, before it took effect, and is therefore not a State Party", negated=True)
# "The Rome Statute was adopted on 17 July 1998": no body named. "125 States are parties": unnamed.

# ===================== 02 (news-agency wire, Sahel States announce ICC withdrawal, Dakar, Tuesday 23 September 2025) =====================
d = "02.txt"
D = "2025-09-23"
AES = ("Treaty establishing the Confederation of Sahel States", ["treaty establishing the Confederation of Sahel States",
       "AES Confederation Treaty", "Confederation of Sahel States treaty"])
ICCWS = ("ICC Withdrawal Strategy", ["African Union ICC Withdrawal Strategy", "Withdrawal Strategy"])
SAHEL = ["Burkina Faso", "Mali", "Niger"]
# An announced withdrawal ("with immediate effect"), not yet notified: negated.
RL(d, SAHEL, NOTBOUND, RS_ICC, None,
   "The military governments of Burkina Faso, Mali and Niger said on Monday they would withdraw from the International Criminal Court",
   negated=True)
# Until a notification has run its year they "remain States Parties": a careful annotator may or may not record it.
RL(d, SAHEL, PARTY, RS_ICC, None, "the three countries remain States Parties, bound to cooperate with the Court", required=False)
# The planned Sahelian court: an institution, no instrument.
R(d, "Mali", RATIFIED, RS, "2000-08", "Mali ratified the Rome Statute in August 2000")
R(d, "Niger", RATIFIED, RS, "2002-04", "Niger in April 2002")
R(d, "Burkina Faso", RATIFIED, RS, "2004-04", "Burkina Faso in April 2004")
# Mali's 2012 self-referral: not a treaty action.
RL(d, SAHEL, "signed", AES, "2024-07-06", "signed the treaty establishing the Confederation of Sahel States in Niamey on July 6, 2024")
# Leaving ECOWAS and the Francophonie: organisations, not instruments.
RL(d, ["Burundi", "Philippines"], NOTBOUND, RS_ICC, None,
   "Burundi and the Philippines are the only countries whose withdrawals have taken effect", negated=True)
R(d, "Hungary", RATIFIED, RS, "2001", "Hungary, which ratified the Statute in 2001")
R(d, "Hungary", NOTBOUND, RS_ICC, None, "Hungary's withdrawal takes effect on June 2, 2026.", negated=True,
  alt=["became the first member of the European Union to quit"])
# Notices of withdrawal revoked: they remain parties.
RL(d, ["South Africa", "Gambia"], PARTY, RS_ICC, None, "revoked those notices in early 2017 and remain States Parties")
R(d, ["AU Assembly", "African Union Assembly", "Assembly of the African Union", "African Union"], ADOPTED, ICCWS, "2017-01",
  "In January 2017 the African Union Assembly adopted a non-binding \"ICC Withdrawal Strategy\"")
RL(d, ["Nigeria", "Senegal"], ENDORSED, ICCWS, None, "which Nigeria and Senegal refused to endorse", negated=True)
# "deeply regrets": nothing; the call to remain parties is the EU's, made on Tuesday.
R(d, "European Union", "called-for", RS, D,
  "The EU calls on Burkina Faso, Mali and Niger to reconsider their decision and to remain parties to the Rome Statute")
# The statements are not dated by the text.
RL(d, ["Ghana", "Côte d'Ivoire"], COMMITTED, RS, None, "they remained \"fully committed to the Rome Statute and to the fight against impunity\"")
# The ASP President "took note with regret"; the Court declined to comment: nothing.
R(d, "Russian Federation", NOTBOUND, RS, None, "Russia, which is not a party to the Rome Statute", negated=True)
R(d, "Russian Federation", "signed", RS, None, "withdrew its signature in 2016", negated=True)
# Amnesty's "reverse course" names no instrument; the Prosecutor's preliminary examination: nothing.

# ===================== 03.html (UNODC press release, Hanoi signing ceremony, Sunday 26 October 2025) =====================
d = "03.html"
D = "2025-10-26"
SAT = "2025-10-25"
UNCC3 = (UNCC[0], UNCC[1] + ["resolution 79/243"])
# "Seventy-two States and one regional economic integration organization": unnamed. Viet Nam as host: nothing; its signature is recorded.
R(d, "Viet Nam", "signed", UNCC, SAT, "Viet Nam, the host country, was the first to sign")
SAT18 = ["Algeria", "Angola", "Belarus", "Brazil", "Cambodia", "China", "Cuba", "Egypt", "France", "Ghana", "Indonesia", "Kenya",
         "Nigeria", "Portugal", "Russian Federation", "South Africa", "Thailand", "United Kingdom"]
RL(d, SAT18, "signed", UNCC, SAT,
   "Among the 60 States that signed on Saturday were Algeria, Angola, Belarus, Brazil, Cambodia, China, Cuba, Egypt, France, Ghana, Indonesia, Kenya, Nigeria, Portugal, the Russian Federation, South Africa, Thailand and the United Kingdom.")
R(d, "European Union", "signed", UNCC, SAT, "The European Union signed the same day")
RL(d, ["Australia", "Colombia", "Ecuador", "Malaysia", "Philippines", "Qatar", "Sierra Leone", "Uruguay"], "signed", UNCC, D,
   "Twelve more States signed today, including Australia, Colombia, Ecuador, Malaysia, the Philippines, Qatar, Sierra Leone and Uruguay.")
R(d, SG, "called-for", UNCC, SAT, "I urge all States to sign and ratify the Convention")
R(d, UNODC_ED, "called-for", UNCC, D, "encouraged all States that have not yet done so to sign the Convention at United Nations Headquarters")
# UNODC as secretariat, entry into force, the signature period: nothing.
R(d, GA, ADOPTED, UNCC3, "2024-12-24", "The Convention was adopted by the General Assembly on 24 December 2024 in resolution 79/243, without a vote")
R(d, ["Ad Hoc Committee", "Ad Hoc Committee on Cybercrime"], ADOPTED, UNCC, "2024-08-08",
  "the Ad Hoc Committee established to elaborate it approved the draft text by consensus on 8 August 2024")
R(d, "Viet Nam", NOTRATIFIED, UNCC, None, "his Government expects to ratify the Convention in 2026", negated=True)
R(d, "Russian Federation", NOTRATIFIED, UNCC, None,
  "The head of the Russian delegation said Moscow would begin its internal procedures for ratification", negated=True)
RL(d, ["France", "Portugal", "United Kingdom"], PARTY, BUD, None,
   "Several signatories, among them France, Portugal and the United Kingdom, are also Parties to the Council of Europe Convention on Cybercrime")
R(d, "United States", "signed", UNCC, None, "The United States was not among the signatories", negated=True)
R(d, "Canada", "signed", UNCC, None, "Canada said it intends to sign at Headquarters in New York", negated=True)
R(d, "Japan", "signed", UNCC, None, "Japan said it would decide on signature after a domestic review", negated=True)
R(d, "India", "signed", UNCC, None, "India, which attended as an observer to the ceremony, did not sign.", negated=True)
# Civil society's call for safeguards: unnamed, and not a call to join. "opened for signature in Merida in 2003": no actor.

# ===================== 04 (UK Parliament written questions and answers, Wednesday 12 November 2025) =====================
d = "04.txt"
D = "2025-11-12"
R16_5 = ("resolution ICC-ASP/16/Res.5", ["ICC-ASP/16/Res.5", "activation resolution"])
EPA = ("Enlarged Partial Agreement on the Management Committee of the Special Tribunal for the Crime of Aggression against Ukraine",
       ["Enlarged Partial Agreement", "Enlarged Partial Agreement on the Management Committee"])
CLCC = ("Criminal Law Convention on Corruption", ["Council of Europe Criminal Law Convention on Corruption", "ETS No. 173"])
CLCC_AP = ("Additional Protocol to the Criminal Law Convention on Corruption", ["Additional Protocol", "ETS No. 191"])
CIVCC = ("Civil Law Convention on Corruption", ["Council of Europe Civil Law Convention on Corruption", "ETS No. 174"])
MEDI = ("Council of Europe Convention on the Counterfeiting of Medical Products and Similar Crimes involving Threats to Public Health",
        ["MEDICRIME Convention", "Medicrime Convention", "CETS No. 211"])
# The questions themselves ("whether the Government plans to ratify"): no act.
R(d, "United Kingdom", "signed", UNCC, "2025-10-25", "The UK signed the United Nations Convention against Cybercrime in Hanoi on 25 October 2025.")
R(d, "United Kingdom", NOTRATIFIED, UNCC, None,
  "We will not ratify it until the treaty and an Explanatory Memorandum have been laid before Parliament", negated=True,
  alt=["Signature does not bind the UK to the Convention."])
R(d, "United Kingdom", RATIFIED, BUD, "2011-05-25", "since it ratified it on 25 May 2011",
  alt=["The UK has been a Party to the Council of Europe Convention on Cybercrime (the Budapest Convention)"])
R(d, "United Kingdom", "signed", BUD2, "2022-05-12",
  "The UK signed the Second Additional Protocol to the Budapest Convention, on enhanced cooperation and disclosure of electronic evidence, on 12 May 2022")
R(d, "United Kingdom", NOTRATIFIED, BUD2, None, "intends to ratify it once the necessary legislation is in place", negated=True)
R(d, "United Kingdom", "signed", BUD1, None,
  "The UK has not signed the First Additional Protocol, on acts of a racist and xenophobic nature, and has no plans to do so.", negated=True)
R(d, "United Kingdom", RATIFIED, RS, "2001-10-04", "The UK ratified the Rome Statute on 4 October 2001")
# "a strong supporter of the International Criminal Court": the institution.
R(d, "United Kingdom", NOTRATIFIED, KAMP, None,
  "The UK has not ratified the amendments on the crime of aggression adopted at Kampala in 2010 and has no current plans to do so.", negated=True)
# "adopted at Kampala in 2010": no body named. The activation is the Assembly's adoption of the resolution (named after it).
R(d, ASP, ADOPTED, R16_5, "2017-12",
  "When the Assembly of States Parties activated the Court's jurisdiction over the crime in December 2017", required=False)
R(d, "United Kingdom", "supported", R16_5, "2017-12", "the UK joined the consensus on resolution ICC-ASP/16/Res.5")
# Not supporting harmonisation proposals (July 2025): proposals, not an instrument. Support for the Special Tribunal: an institution.
R(d, "United Kingdom", JOINED, EPA, None, "intends to join the Enlarged Partial Agreement on its Management Committee", negated=True)
R(d, "United Kingdom", RATIFIED, UNTOC, "2006-02-09", "The UK ratified the United Nations Convention against Transnational Organized Crime")
R(d, "United Kingdom", RATIFIED, TIP, "2006-02-09", "together with its Protocols on trafficking in persons and on the smuggling of migrants, on 9 February 2006")
R(d, "United Kingdom", RATIFIED, SOM, "2006-02-09", "together with its Protocols on trafficking in persons and on the smuggling of migrants, on 9 February 2006")
R(d, "United Kingdom", RATIFIED, UNCAC, "2006-02-09", "ratified the United Nations Convention against Corruption on the same day")
R(d, "United Kingdom", "signed", FIR, None,
  "The UK signed the Protocol against the Illicit Manufacturing of and Trafficking in Firearms but has not ratified it")
R(d, "United Kingdom", NOTRATIFIED, FIR, None,
  "The UK signed the Protocol against the Illicit Manufacturing of and Trafficking in Firearms but has not ratified it", negated=True)
R(d, "United Kingdom", RATIFIED, CLCC, "2003-12-09", "the UK ratified the Criminal Law Convention on Corruption on 9 December 2003")
R(d, "United Kingdom", RATIFIED, CLCC_AP, "2004", "and its Additional Protocol in 2004")
R(d, "United Kingdom", "signed", CIVCC, "2000", "The UK signed the Civil Law Convention on Corruption in 2000")
R(d, "United Kingdom", NOTRATIFIED, CIVCC, None, "but has not ratified it; there are no current plans to do so", negated=True)
R(d, "United Kingdom", NOTBOUND, MEDI, None,
  "The UK is not a party to the Council of Europe Convention on the Counterfeiting of Medical Products and Similar Crimes involving Threats to Public Health",
  negated=True)
R(d, "United Kingdom", "signed", MEDI, "2012", "which it signed in 2012")
# Taking part in the review mechanisms and in GRECO: nothing.
R(d, "United Kingdom", "called-for", FIR, D,
  "We continue to encourage Commonwealth partners that have not yet done so to ratify the Firearms Protocol.")

# ===================== 05 (ASP press release ICC-ASP-20171215-PR1350, activation of aggression jurisdiction, Friday 15 December 2017) =====================
d = "05.txt"
D = "2017-12-15"
THU = "2017-12-14"
R16_4 = ("resolution ICC-ASP/16/Res.4", ["ICC-ASP/16/Res.4", "amendments to article 8 of the Rome Statute"])
R16_6 = ("resolution ICC-ASP/16/Res.6", ["ICC-ASP/16/Res.6", "resolution on strengthening the International Criminal Court and the Assembly of States Parties",
         "omnibus resolution"])
R(d, ASP, ADOPTED, R16_5, THU, "by adopting by consensus resolution ICC-ASP/16/Res.5")
R(d, RC, ADOPTED, KAMP, "2010", "the amendments on the crime of aggression adopted at the first Review Conference of the Rome Statute, held in Kampala, Uganda, in 2010")
R(d, "Liechtenstein", RATIFIED, KAMP, "2012-05-08", "Liechtenstein became the first State to ratify the Kampala amendments, on 8 May 2012")
R(d, "State of Palestine", RATIFIED, KAMP, "2016-06-26", "the thirtieth ratification, deposited by the State of Palestine on 26 June 2016")
Q35 = ("the following 35 States had ratified or accepted the amendments on the crime of aggression: Andorra, Argentina, Austria, Belgium, "
       "Botswana, Chile, Costa Rica, Croatia, Cyprus, Czech Republic, Ecuador, El Salvador, Estonia, Finland, Georgia, Germany, Guyana, "
       "Latvia, Liechtenstein, Lithuania, Luxembourg, Malta, Netherlands, Poland, Portugal, Samoa, San Marino, Slovakia, Slovenia, Spain, "
       "State of Palestine, Switzerland, the former Yugoslav Republic of Macedonia, Trinidad and Tobago and Uruguay")
# Liechtenstein and Palestine are dated above; the other 33, undated.
L33 = ["Andorra", "Argentina", "Austria", "Belgium", "Botswana", "Chile", "Costa Rica", "Croatia", "Cyprus", "Czechia", "Ecuador",
       "El Salvador", "Estonia", "Finland", "Georgia", "Germany", "Guyana", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands",
       "Poland", "Portugal", "Samoa", "San Marino", "Slovakia", "Slovenia", "Spain", "Switzerland", "North Macedonia", "Trinidad and Tobago",
       "Uruguay"]
RL(d, L33, ACCEPTED, KAMP, None, Q35)
# Delegations insisting on a reading of article 15 bis (Colombia, France, Japan, Norway, the UK; Liechtenstein): positions, nothing.
R(d, ASP, ADOPTED, R16_4, THU, "the Assembly adopted, by consensus, resolution ICC-ASP/16/Res.4, amending article 8 of the Rome Statute")
# "Tonight" in a Thursday-night closing: the President's call is dated 14 December.
R(d, ASP_PRES + ["Sidiki Kaba"], "called-for", KAMP, THU, "He called on all States Parties which had not yet done so to ratify the Kampala amendments.")
# The omnibus resolution is not dated beyond the session (4-14 December 2017).
R(d, ASP, ADOPTED, R16_6, "2017-12",
  "In its resolution on strengthening the International Criminal Court and the Assembly of States Parties (ICC-ASP/16/Res.6), adopted without a vote")
R(d, ASP, "called-for", RS, "2017-12",
  "the Assembly called upon States that are not yet parties to the Rome Statute to become parties to it as soon as possible")
R(d, ASP, "called-for", APIC, "2017-12",
  "invited States Parties to become parties to the Agreement on the Privileges and Immunities of the International Criminal Court")
R(d, "Burundi", NOTBOUND, RS, None, "the withdrawal of Burundi from the Rome Statute took effect on 27 October 2017", negated=True)
RL(d, ["Gambia", "South Africa"], COMMITTED, RS, "2017-12", "reaffirmed their commitment to the Rome Statute")
# Japan's contribution to the Trust Fund, elections, the budget and the next session's venue: nothing.

# ===================== 06.md (NGO tracker, Rome Statute signatories that have not ratified, 17 July 2025) =====================
d = "06.md"
D = "2025-07-17"
for actor, sig, q in [
        ("Algeria", "2000-12-28", "Algeria | 28 Dec 2000 | not ratified"),
        ("Angola", "1998-10-07", "Angola | 7 Oct 1998 | not ratified"),
        ("Bahamas", "2000-12-29", "Bahamas | 29 Dec 2000 | not ratified"),
        ("Cameroon", "1998-07-17", "Cameroon | 17 Jul 1998 | not ratified"),
        ("Egypt", "2000-12-26", "Egypt | 26 Dec 2000 | not ratified"),
        ("Iran", "2000-12-31", "Iran | 31 Dec 2000 | not ratified"),
        ("Jamaica", "2000-09-08", "Jamaica | 8 Sep 2000 | not ratified"),
        ("Kuwait", "2000-09-08", "Kuwait | 8 Sep 2000 | not ratified"),
        ("Morocco", "2000-09-08", "Morocco | 8 Sep 2000 | not ratified"),
        ("Thailand", "2000-10-02", "Thailand | 2 Oct 2000 | not ratified"),
        ("United Arab Emirates", "2000-11-27", "United Arab Emirates | 27 Nov 2000 | not ratified"),
        ("Zimbabwe", "1998-07-17", "Zimbabwe | 17 Jul 1998 | not ratified")]:
    R(d, actor, "signed", RS, sig, q)
    extra = {"Jamaica": ["after which it would be in a position to ratify"],
             "Thailand": ["a cabinet-level working group is still studying ratification"]}.get(actor)
    R(d, actor, NOTRATIFIED, RS, None, q, negated=True, alt=extra)
# The four notifications of intent not to become a party: each signature stands, and each State is not (and will not be) a party.
QN = "Four signatories have formally notified the Secretary-General, as depositary, that they do not intend to become parties to the Statute"
for actor, sig, q in [
        ("United States", "2000-12-31", "signed 31 December 2000; notification of 6 May 2002"),
        ("Israel", "2000-12-31", "signed 31 December 2000; notification of 28 August 2002"),
        ("Sudan", "2000-09-08", "signed 8 September 2000; notification of 26 August 2008"),
        ("Russian Federation", "2000-09-13", "signed 13 September 2000; notification of 30 November 2016")]:
    R(d, actor, "signed", RS, sig, q)
    R(d, actor, NOTBOUND, RS, None, QN, negated=True, alt=[q])
R(d, "Armenia", "signed", RS, "1999-10-01", "Armenia, which signed on 1 October 1999, ratified the Statute on 14 November 2023")
R(d, "Armenia", RATIFIED, RS, "2023-11-14", "Armenia, which signed on 1 October 1999, ratified the Statute on 14 November 2023")
R(d, "Ukraine", "signed", RS, "2000-01-20", "Ukraine, which signed on 20 January 2000, ratified it on 25 October 2024")
R(d, "Ukraine", RATIFIED, RS, "2024-10-25", "Ukraine, which signed on 20 January 2000, ratified it on 25 October 2024")
RL(d, ["Armenia", "Ukraine"], NOTRATIFIED, KAMP, None, "Neither Armenia nor Ukraine has yet ratified the Kampala amendments on the crime of aggression.",
   negated=True)
RL(d, ["China", "India", "Indonesia", "Pakistan", "Türkiye"], "signed", RS, None,
   "Neither China nor India, nor Indonesia, Pakistan or Türkiye, has signed the Rome Statute.", negated=True)
R(d, "Saudi Arabia", "signed", RS, None, "Saudi Arabia has neither signed nor acceded to it.", negated=True)
R(d, "Saudi Arabia", NOTBOUND, RS, None, "Saudi Arabia has neither signed nor acceded to it.", negated=True)
# A planned accession in a national plan that lapsed: a careful annotator may record it as not done.
R(d, "Indonesia", NOTBOUND, RS, None, "Indonesia's National Action Plan on Human Rights for 2004-2009 foresaw accession by 2008",
  negated=True, required=False)
NET = ["Justice Without Borders Network", "the Network", "ICC Universality Watch"]
R(d, NET, "called-for", RS, D, "The Network calls on the twelve signatories listed in the first table to ratify the Rome Statute without further delay")
R(d, NET, "called-for", KAMP, D, "We also call on Armenia and Ukraine to ratify the Kampala amendments")
R(d, NET, "called-for", APIC, D,
  "We also call on Armenia and Ukraine to ratify the Kampala amendments and the Agreement on the Privileges and Immunities of the International Criminal Court")

# ===================== 07 (UNODC press release, UNCAC CoSP10 closes in Atlanta, Friday 15 December 2023) =====================
d = "07.txt"
D = "2023-12-15"
S = "2023-12"   # acts at the five-day session, not dated more closely
ATL = ("resolution \"Atlanta 2023: promoting integrity, accountability and transparency in the fight against corruption\"",
       ["Atlanta 2023", "Atlanta 2023: promoting integrity, accountability and transparency in the fight against corruption"])
BO = ("resolution on enhancing the use of beneficial ownership information to facilitate the identification, recovery and return of proceeds of crime",
      ["resolution on beneficial ownership", "beneficial ownership resolution"])
R106 = ("resolution 10/6", ["resolution 10/6, on preventing and combating corruption in public procurement", "resolution on public procurement"])
CSR = ("resolution on the role of civil society in the review of implementation of the Convention",
       ["resolution on civil society", "civil society resolution"])
POLDEC = ("political declaration of the special session of the General Assembly against corruption",
          ["political declaration", "UNGASS 2021 political declaration",
           "Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation"])
R(d, "United States", RATIFIED, UNCAC, "2006", "the United States, which ratified the Convention in 2006")
# Hosting the session: nothing.
R(d, COSP, ADOPTED, ATL, S, "a resolution entitled \"Atlanta 2023: promoting integrity, accountability and transparency in the fight against corruption\"")
# "commits States parties to strengthen ...": a provision binding unnamed States parties.
R(d, COSP, ADOPTED, BO, S, "a resolution on enhancing the use of beneficial ownership information")
RL(d, ["United Kingdom", "Colombia", "Ghana", "Norway", "Peru"], "co-sponsored", BO, None,
   "introduced by the United Kingdom together with its co-sponsors Colombia, Ghana, Norway and Peru")
R(d, COSP, ADOPTED, R106, S, "resolution 10/6, on preventing and combating corruption in public procurement")
RL(d, ["Brazil", "Egypt"], "co-sponsored", R106, None, "sponsored by Brazil and Egypt")
R(d, COSP, ADOPTED, CSR, S, "The resolution on civil society was adopted by a recorded vote of 84 in favour to 5 against, with 14 abstentions.")
RL(d, ["Belarus", "Iran", "Nicaragua", "Russian Federation", "Venezuela"], "supported", CSR, S,
   "Voting against were Belarus, Iran, Nicaragua, the Russian Federation and Venezuela.", negated=True)
RL(d, ["China", "Egypt", "Saudi Arabia", "Viet Nam"], "supported", CSR, S,
   "China, Egypt, Saudi Arabia and Viet Nam were among the States that abstained.", negated=True)
R(d, "Norway", "supported", CSR, S, "Norway, speaking also on behalf of Iceland, said it had voted in favour")
# "speaking also on behalf of Iceland, said it had voted": whether "it" includes Iceland is unclear.
R(d, "Iceland", "supported", CSR, S, "Norway, speaking also on behalf of Iceland, said it had voted in favour", required=False)
R(d, "European Union", ACCEPTED, UNCAC, "2008", "the Union, which became a party to the Convention in 2008")
R(d, "European Union", COMMITTED, UNCAC, D, "remains fully committed to the Convention and to its Implementation Review Mechanism")
# Hungary supports the text as a whole; dissociating from one preambular paragraph leaves its support standing.
R(d, "Hungary", "supported", R106, S, "Hungary, speaking separately, said it supported the resolution on public procurement")
# The decision on the venue of the eleventh session (Doha): nothing.
R(d, "Qatar", RATIFIED, UNCAC, "2007", "Qatar, which ratified the Convention in 2007")
# Establishing the Implementation Review Mechanism (2009): a mechanism, nothing.
R(d, "Barbados", RATIFIED, UNCAC, "2022-01", "Barbados ratified the Convention, in January 2022")
RL(d, ["Eritrea", "Democratic People's Republic of Korea"], NOTBOUND, UNCAC, None,
   "Among United Nations Member States that are not yet parties are Eritrea and the Democratic People's Republic of Korea", negated=True)
R(d, "Syria", "signed", UNCAC, "2003", "the Syrian Arab Republic signed the Convention in 2003")
R(d, "Syria", NOTRATIFIED, UNCAC, None, "signed the Convention in 2003 but has never ratified it", negated=True)
R(d, UNODC_ED, "called-for", UNCAC, D, "urged \"the few States that have not yet done so\" to ratify or accede to the Convention")
R(d, GA, ADOPTED, POLDEC, "2021-06",
  "the General Assembly, at its special session against corruption in June 2021, had adopted a political declaration")
# "Member States committed to ...": unnamed. Joining the GlobE Network and funding announcements: nothing.
R(d, GA, ADOPTED, UNCAC, "2003-10-31", "The Convention was adopted by the General Assembly on 31 October 2003")

# ===================== 08.html (Korean foreign-ministry press release No. 25-118, Friday 14 March 2025) =====================
d = "08.html"
D = "2025-03-14"
MLA_KH = ("Treaty between the Republic of Korea and the Kingdom of Cambodia on Mutual Legal Assistance in Criminal Matters",
          ["Treaty on Mutual Legal Assistance in Criminal Matters", "Mutual Legal Assistance Treaty", "Korea-Cambodia Mutual Legal Assistance Treaty"])
EXT_KH = ("Treaty between the Republic of Korea and the Kingdom of Cambodia on Extradition",
          ["Treaty on Extradition", "Extradition Treaty", "Korea-Cambodia Extradition Treaty"])
JS = ("Joint Statement on Cooperation against Transnational Online Scam Crimes", ["Joint Statement"])
MLA_UZ = ("Treaty on Mutual Legal Assistance in Criminal Matters between the Republic of Korea and the Republic of Uzbekistan",
          ["Treaty on Mutual Legal Assistance in Criminal Matters with the Republic of Uzbekistan", "Korea-Uzbekistan Mutual Legal Assistance Treaty"])
EXT_UZ = ("Extradition Treaty between the Republic of Korea and the Republic of Uzbekistan",
          ["Extradition Treaty with the Republic of Uzbekistan", "Korea-Uzbekistan Extradition Treaty"])
QS = ("The Republic of Korea and the Kingdom of Cambodia signed the Treaty on Mutual Legal Assistance in Criminal Matters and the Treaty on "
      "Extradition in Seoul on March 13 (Thu.)")
for inst in (MLA_KH, EXT_KH):
    RL(d, ["Republic of Korea", "Cambodia"], "signed", inst, "2025-03-13", QS)
    R(d, "Republic of Korea", NOTRATIFIED, inst, None,
      "The Korean Government will submit the two treaties to the National Assembly for its consent to ratification", negated=True)
    R(d, "Cambodia", NOTRATIFIED, inst, None, "the Cambodian side will also complete its domestic procedures for ratification", negated=True)
# A joint statement the two ministers adopted, undated: a careful annotator may record both sides' endorsement.
RL(d, ["Republic of Korea", "Cambodia"], ADOPTED, JS, None,
   "The two ministers also adopted a Joint Statement on Cooperation against Transnational Online Scam Crimes", required=False)
# Entry into force after the exchange of instruments: nothing. "Both countries are already parties": folded into the dated acts below.
QP = "Both countries are already parties to the United Nations Convention against Corruption and the United Nations Convention against Transnational Organized Crime"
R(d, "Republic of Korea", RATIFIED, UNCAC, "2008", "Korea ratified the Convention against Corruption in 2008", alt=[QP])
R(d, "Republic of Korea", RATIFIED, UNTOC, "2015",
  "Korea ratified the Convention against Corruption in 2008 and the Convention against Transnational Organized Crime", alt=[QP])
R(d, "Republic of Korea", RATIFIED, TIP, "2015",
  "together with its Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, in 2015")
R(d, "Cambodia", ACCEDED, UNCAC, "2007", "Cambodia acceded to the two Conventions in 2007 and 2005 respectively", alt=[QP])
R(d, "Cambodia", ACCEDED, UNTOC, "2005", "Cambodia acceded to the two Conventions in 2007 and 2005 respectively", alt=[QP])
R(d, "Republic of Korea", "signed", UNCC, None, "The Government intends to sign the United Nations Convention against Cybercrime", negated=True)
R(d, "Cambodia", "signed", UNCC, None, "Cambodia has announced its own intention to sign it there", negated=True)
R(d, GA, ADOPTED, UNCC, "2024-12", "adopted by the UN General Assembly in December 2024")
# Being invited to accede is no act of Korea's; completing the procedures for accession is a planned accession.
R(d, "Republic of Korea", NOTBOUND, BUD, None, "is also completing the domestic procedures for accession", negated=True)
R(d, "Cambodia", NOTBOUND, BUD, None, "Cambodia is not a party to the Budapest Convention", negated=True)
# "with 37 countries": unnamed. The Uzbek treaties: both signatories named.
RL(d, ["Republic of Korea", "Uzbekistan"], "signed", MLA_UZ, "2024-06",
   "the Treaty on Mutual Legal Assistance in Criminal Matters with the Republic of Uzbekistan, signed in Tashkent in June 2024")
RL(d, ["Republic of Korea", "Uzbekistan"], "signed", EXT_UZ, "2024-06",
   "the Extradition Treaty with the Republic of Uzbekistan, signed at the same time")

# ===================== 09 (Council of Europe newsroom, Second Additional Protocol opened for signature, Thursday 12 May 2022) =====================
d = "09.txt"
D = "2022-05-12"
SIG22 = ["Andorra", "Austria", "Belgium", "Bulgaria", "Chile", "Colombia", "Estonia", "Finland", "Iceland", "Italy", "Japan", "Lithuania",
         "Luxembourg", "Morocco", "Netherlands", "North Macedonia", "Portugal", "Romania", "Serbia", "Spain", "United Kingdom", "United States"]
RL(d, SIG22, "signed", BUD2, D,
   "The Protocol was signed by Andorra, Austria, Belgium, Bulgaria, Chile, Colombia, Estonia, Finland, Iceland, Italy, Japan, Lithuania, Luxembourg, Morocco, the Netherlands, North Macedonia, Portugal, Romania, Serbia, Spain, the United Kingdom and the United States of America.",
   alt=["Twenty-two States today signed the Second Additional Protocol to the Convention on Cybercrime"])
R(d, ["Cybercrime Convention Committee", "T-CY", "Cybercrime Convention Committee (T-CY)"], ADOPTED, BUD2, "2021-05-28",
  "Its text was approved by the Cybercrime Convention Committee (T-CY) at its plenary session on 28 May 2021")
R(d, COM, ADOPTED, BUD2, "2021-11-17", "adopted by the Committee of Ministers on 17 November 2021")
# Entry into force after five consents: nothing.
R(d, COE_SG, "called-for", BUD2, D, "I call on all Parties to the Budapest Convention to sign and ratify the Protocol as soon as possible")
R(d, "Italy", NOTRATIFIED, BUD2, None, "said her Government would \"move swiftly to ratify\" the Protocol", negated=True)
# Serbia's draft ratification law: domestic; its hope to ratify: planned.
R(d, "Serbia", NOTRATIFIED, BUD2, None, "said it hoped to be among the first to ratify, possibly before the end of the year", negated=True)
RL(d, ["Denmark", "France", "Germany", "Sweden"], "signed", BUD2, None,
   "Several other Parties, including Denmark, France, Germany and Sweden, said they would sign the Protocol in the coming months", negated=True)
# The Council of the EU's authorisation: nothing. The EU "cannot become a Party" (optional negated record).
R(d, "European Union", NOTBOUND, BUD, None, "the European Union itself cannot become a Party, as only States may join the Convention",
  negated=True, required=False)
# "opened for signature in Budapest on 23 November 2001": no actor. "66 Parties": unnamed.
R(d, "Colombia", ACCEDED, BUD, "2020-03", "Colombia acceded in March 2020")
R(d, "Cameroon", ACCEDED, BUD, "2022-02", "Cameroon, which deposited its instrument of accession in February 2022")
R(d, "Japan", RATIFIED, BUD, "2012", "Japan, one of the first non-European signatories, ratified the Budapest Convention in 2012")
# "A further 15 States have signed it or been invited": unnamed. The UN Ad Hoc Committee's negotiations, C-PROC: process, nothing.

# ===================== 10 (European Parliament question E-004517/2025 and Commission answer of Wednesday 14 January 2026) =====================
d = "10.txt"
D = "2026-01-14"
EU_C = ["European Union", "EU", "the Union", "European Commission"]
R(d, EU_C, "signed", UNCC, "2025-10-25", "The Union signed the United Nations Convention against Cybercrime in Hanoi on 25 October 2025",
  alt=["the Commission signed the United Nations Convention against Cybercrime on behalf of the Union"])
# Council Decision (EU) 2025/2087 authorising signature: an authorisation, not a signature.
MS14 = ["Austria", "Belgium", "Croatia", "Cyprus", "France", "Greece", "Italy", "Luxembourg", "Malta", "Portugal", "Romania", "Slovenia",
        "Spain", "Sweden"]
RL(d, MS14, "signed", UNCC, "2025-10-25",
   "At the same ceremony, 14 Member States signed the Convention: Austria, Belgium, Croatia, Cyprus, France, Greece, Italy, Luxembourg, Malta, Portugal, Romania, Slovenia, Spain and Sweden.")
R(d, "Poland", "signed", UNCC, "2025-10-26", "Poland signed the Convention on 26 October 2025")
# Reported in the question, then corrected in the answer: the report is not a record (optional).
R(d, "Poland", "signed", UNCC, None, "According to press reports, Hungary and Poland did not sign the Convention in Hanoi.", negated=True,
  required=False)
R(d, "Hungary", "signed", UNCC, None, "Hungary has not signed.", negated=True,
  alt=["According to press reports, Hungary and Poland did not sign the Convention in Hanoi."])
RL(d, ["Denmark", "Estonia", "Lithuania"], "signed", UNCC, None,
   "Denmark, Estonia and Lithuania have informed the Commission that they will decide on signature only after national consultations",
   negated=True)
R(d, "Netherlands", "signed", UNCC, None, "the Netherlands does not intend to sign before a debate in its House of Representatives", negated=True)
R(d, EU_C, NOTRATIFIED, UNCC, None,
  "The Commission intends to present, in the second half of 2026, a proposal for a Council decision on the conclusion of the Convention on behalf of the Union",
  negated=True)
# "Member States will ratify the Convention in accordance with their own constitutional requirements": unnamed, and planned.
R(d, "European Union", NOTBOUND, BUD, None, "The Union is not a party to the Council of Europe Convention on Cybercrime", negated=True,
  alt=["to which the Union is not a party"])
# "Twenty-six Member States are Parties": unnamed.
R(d, "Ireland", "signed", BUD, "2002", "Ireland, which signed the Budapest Convention in 2002")
R(d, "Ireland", NOTRATIFIED, BUD, None, "Ireland, which signed the Budapest Convention in 2002, has not yet ratified it.", negated=True)
# The negotiating mandate of 24 May 2022: nothing.
R(d, "European Union", ACCEPTED, UNTOC, "2004", "The Union approved the United Nations Convention against Transnational Organized Crime in 2004")
R(d, "European Union", ACCEPTED, TIP, "2006", "its Protocols against trafficking in persons and against the smuggling of migrants in 2006")
R(d, "European Union", ACCEPTED, SOM, "2006", "its Protocols against trafficking in persons and against the smuggling of migrants in 2006")
R(d, "European Union", ACCEPTED, FIR, "2014", "and the Firearms Protocol in 2014")
R(d, "European Union", PARTY, UNCAC, "2008", "It became a party to the United Nations Convention against Corruption in 2008")
# Taking part in the Implementation Review Mechanism since 2022: a mechanism, nothing.
EC = ["European Commission", "Commission", "European Union"]
R(d, EC, "called-for", UNCAC, D,
  "The Commission will continue to encourage the Union's partner countries that have not yet done so to ratify the Convention against Corruption")
R(d, EC, "called-for", UNTOC, D, "and the Palermo Convention and its Protocols")
R(d, EC, "called-for", ("Protocols to the Palermo Convention", ["Protocols thereto", "its Protocols"]), D,
  "and the Palermo Convention and its Protocols", required=False)
# The EDPS's call for safeguards: not a call to join.

# ===================== 11.md (explainer, the Palermo Convention at 25, Saturday 15 November 2025) =====================
d = "11.md"
D = "2025-11-15"
R91 = ("resolution 9/1", ["Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto",
       "Conference of the Parties resolution 9/1"])
ENV = ("resolution on preventing and combating crimes that affect the environment falling within the scope of the Convention",
       ["resolution on crimes that affect the environment", "environmental crime resolution"])
R(d, GA, ADOPTED, UNTOC, "2000-11-15",
  "the United Nations General Assembly adopted the United Nations Convention against Transnational Organized Crime")
R(d, GA, ADOPTED, TIP, "2000-11-15", "together with the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children")
R(d, GA, ADOPTED, SOM, "2000-11-15", "and the Protocol against the Smuggling of Migrants by Land, Sea and Air, in its resolution 55/25")
R(d, GA, ADOPTED, FIR, "2001-05-31", "followed on 31 May 2001, when the Assembly adopted resolution 55/255")
# The Palermo signing conference: a venue. The party counts: unnamed.
RL(d, ["Tuvalu", "South Sudan"], ACCEDED, UNTOC, None, "Tuvalu and South Sudan acceded to the Convention")
for inst in (TIP, SOM, FIR):
    R(d, "Tuvalu", ACCEDED, inst, None, "Tuvalu also acceded to all three Protocols at the same time")
# The table: "parties to the Convention but not to the Firearms Protocol"; signature dates where given.
for actor, sig, q in [("Canada", "2002-03-20", "Canada | signed 20 March 2002, not ratified"),
                      ("Japan", "2002-12-09", "Japan | signed 9 December 2002, not ratified"),
                      ("United Kingdom", "2002", "United Kingdom | signed 2002, not ratified")]:
    R(d, actor, "signed", FIR, sig, q)
    R(d, actor, NOTRATIFIED, FIR, None, q, negated=True)
for actor, q in [("United States", "United States | not signed"), ("China", "China | not signed"), ("India", "India | not signed")]:
    R(d, actor, "signed", FIR, None, q, negated=True)
RL(d, ["Canada", "United Kingdom", "United States", "China"], PARTY, UNTOC, None,
   "The table below lists selected States that are parties to the Convention but not to the Firearms Protocol.", required=False)
R(d, "India", PARTY, UNTOC, None, "party to the Convention and the other two Protocols")
R(d, "India", PARTY, TIP, None, "party to the Convention and the other two Protocols")
R(d, "India", PARTY, SOM, None, "party to the Convention and the other two Protocols")
R(d, "Japan", ACCEPTED, UNTOC, "2017-07", "Its acceptance of the Convention and of the trafficking and smuggling Protocols came in July 2017")
R(d, "Japan", ACCEPTED, TIP, "2017-07", "Its acceptance of the Convention and of the trafficking and smuggling Protocols came in July 2017")
R(d, "Japan", ACCEPTED, SOM, "2017-07", "Its acceptance of the Convention and of the trafficking and smuggling Protocols came in July 2017")
# The Diet's "conspiracy" law: domestic legislation.
R(d, "Iran", "signed", UNTOC, "2000-12", "Iran, which signed the Convention in December 2000 but has not ratified it")
R(d, "Iran", NOTRATIFIED, UNTOC, None, "Iran, which signed the Convention in December 2000 but has not ratified it", negated=True)
R(d, COP, ADOPTED, R91, "2018-10", "the Conference of the Parties adopted resolution 9/1")
R(d, COP, ADOPTED, ENV, "2024-10",
  "the Conference adopted by consensus a resolution on preventing and combating crimes that affect the environment falling within the scope of the Convention")
RL(d, ["France", "Peru"], "co-sponsored", ENV, None, "introduced by France and Peru")
# Arguing for or against a fourth protocol: no instrument exists. Ms. Waly's quotation in the blockquote: no call.
R(d, UNODC_ED, "called-for", FIR, "2025-11-14",
  "Ms. Waly called on all States that have not yet done so to ratify the Firearms Protocol")

# ===================== 12 (NGO daily bulletin, ASP22 general debate, Tuesday 5 December 2023) =====================
d = "12.txt"
D = "2023-12-05"
STARV = ("amendment to article 8 of the Rome Statute on the intentional starvation of civilians in non-international armed conflicts",
         ["amendment to article 8", "2019 amendment to article 8", "starvation amendment"])
# The President's welcome and appeal to defend the Court: nothing.
R(d, "Armenia", RATIFIED, RS, "2023-11-14", "Armenia had deposited its instrument of ratification on 14 November")
# The Constitutional Court's ruling: domestic.
R(d, "Armenia", "signed", RS, "1999", "Armenia had signed the Statute in 1999.")
R(d, "Armenia", NOTRATIFIED, KAMP, None, "his country intends to accept the Kampala amendments on the crime of aggression", negated=True)
R(d, "Armenia", "called-for", RS, D, "called on \"all States of our region\" to join the Rome Statute")
R(d, "Ukraine", NOTRATIFIED, RS, None, "ratification of the Rome Statute by his country was \"a matter of months, not years\"", negated=True)
R(d, "Ukraine", "signed", RS, "2000", "Ukraine signed the Statute in 2000")
# Accepting jurisdiction through declarations: not a treaty action.
R(d, "Japan", ACCEDED, RS, "2007", "Japan, which acceded to the Rome Statute in 2007")
R(d, "Japan", "called-for", RS, D, "It called on all States that have not yet done so to accede to the Rome Statute")
# "last Thursday" against Tuesday 5 December 2023: Thursday 30 November 2023.
R(d, "Germany", RATIFIED, STARV, "2023-11-30", "Germany announced that it had deposited, last Thursday, its instrument of ratification of the amendment to article 8")
R(d, ASP, ADOPTED, STARV, "2019-12", "the amendment to article 8 adopted by the Assembly in December 2019")
R(d, "Germany", RATIFIED, KAMP, "2013", "Germany ratified the Kampala amendments on the crime of aggression in 2013.")
R(d, "Switzerland", PARTY, KAMP, "2015", "Switzerland, a party to the Kampala amendments since 2015")
# Switzerland's harmonisation proposal: a proposal, nothing.
R(d, "France", NOTRATIFIED, KAMP, None, "France, which has not ratified the Kampala amendments", negated=True)
R(d, "Sierra Leone", "called-for", RS, D, "called on all African States to remain parties to the Rome Statute")
R(d, "Sierra Leone", "called-for", APIC, D,
  "on those that have not yet done so to ratify the Agreement on the Privileges and Immunities of the International Criminal Court")
R(d, "Sierra Leone", RATIFIED, APIC, "2022", "Sierra Leone ratified that Agreement in 2022.")
R(d, "State of Palestine", ACCEDED, RS, "2015-01", "Palestine, which acceded to the Statute in January 2015")
R(d, "Malaysia", NOTBOUND, RS, None, "its 2019 decision not to join the Rome Statute", negated=True)
R(d, "Bangladesh", PARTY, RS, "2010", "Bangladesh, a State Party since 2010")
# The EU's support for the Court; "all 27 EU member States are parties": unnamed. The Working Group's discussion, the
# special session decided in 2017, Vanuatu's possible ecocide proposal, side events: nothing.

# ===================== 13.html (Philippine newspaper, Palace rules out rejoining the ICC, Thursday 13 March 2025) =====================
d = "13.html"
D = "2025-03-13"
ASEAN_MLAT = ("Treaty on Mutual Legal Assistance in Criminal Matters among like-minded ASEAN Member Countries",
              ["ASEAN Treaty on Mutual Legal Assistance in Criminal Matters", "ASEAN MLAT", "2004 ASEAN Treaty on Mutual Legal Assistance in Criminal Matters"])
PH_US = ("Treaty between the Republic of the Philippines and the United States of America on Mutual Legal Assistance in Criminal Matters",
         ["bilateral treaty on mutual legal assistance", "Philippines-United States Mutual Legal Assistance Treaty"])
R(d, "Philippines", NOTBOUND, RS_ICC, None, "There is no plan to rejoin the ICC,", negated=True,
  alt=["ruled out a return to the International Criminal Court", "The withdrawal took effect on March 17, 2019."])
# Acting on the arrest warrant through Interpol: not a treaty action.
R(d, "Philippines", "signed", RS, "2000-12-28", "The Philippines signed the Rome Statute")
R(d, "Philippines", RATIFIED, RS, "2011-08-30", "and ratified it on August 30, 2011, under then-President Benigno Aquino III")
# The Supreme Court ruling and Republic Act 9851: domestic.
# A committee of the House urging the executive to rejoin: a domestic body's call (optional).
R(d, ["House of Representatives committee on human rights", "House of Representatives"], "called-for", RS, "2023-11",
  "approved resolutions urging the executive to rejoin the Rome Statute", required=False)
R(d, "Human Rights Watch", "called-for", RS, D, "Human Rights Watch on Thursday urged the Marcos administration to rejoin the Rome Statute")
# "The Commission on Human Rights made a similar appeal": a national institution, no instrument named in its sentence.
RL(d, ["Cambodia", "Timor-Leste"], PARTY, RS, None, "only Cambodia and Timor-Leste are States Parties to the Rome Statute")
RL(d, ["Indonesia", "Thailand"], NOTBOUND, RS, None, "Neither Indonesia nor Thailand has joined.", negated=True)
R(d, "Malaysia", ACCEDED, RS, "2019-03", "Malaysia acceded in March 2019", required=False)
R(d, "Malaysia", NOTBOUND, RS, None, "withdrew its instrument of accession the following month, before it took effect", negated=True)
R(d, "Philippines", RATIFIED, UNCAC, "2006", "It ratified the United Nations Convention against Corruption in 2006")
R(d, "Philippines", RATIFIED, UNTOC, "2002", "the UN Convention against Transnational Organized Crime in 2002")
R(d, "Philippines", ACCEDED, BUD, "2018", "acceded to the Budapest Convention on cybercrime, a Council of Europe treaty, in 2018")
R(d, "Philippines", RATIFIED, ASEAN_MLAT, "2008",
  "The country is also a party to the 2004 ASEAN Treaty on Mutual Legal Assistance in Criminal Matters, which it ratified in 2008")
R(d, "Philippines", "signed", PH_US, "1994", "has a bilateral treaty on mutual legal assistance that it signed with the United States in 1994")
R(d, "United States", "signed", PH_US, "1994", "has a bilateral treaty on mutual legal assistance that it signed with the United States in 1994",
  required=False)
R(d, "Philippines", "signed", UNCC, None, "the Philippines intends to sign the new United Nations Convention against Cybercrime", negated=True)

# ===================== 14 (Malaysian foreign-ministry press statement, Putrajaya, Friday 5 April 2019) =====================
d = "14.txt"
D = "2019-04-05"
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD"])
MY_MLAT = "Malaysia has also concluded bilateral mutual legal assistance treaties with Australia (2005), the United States of America (2006), India (2007) and the People's Republic of China (2012), each of which was signed by the two Governments in the year indicated."
R(d, "Malaysia", ACCEDED, RS, "2019-03-04",
  "On 4 March 2019, Malaysia deposited its instrument of accession to the Rome Statute of the International Criminal Court", required=False)
R(d, "Malaysia", NOTBOUND, RS, None, "Malaysia will therefore not become a State Party to the Rome Statute.", negated=True,
  alt=["the Government has decided to withdraw the instrument of accession"])
# The accession's planned effect (1 June 2019), the notification to the depositary: nothing further.
R(d, "Malaysia", "signed", RS, None, "Malaysia had never signed the Rome Statute.", negated=True)
R(d, "Malaysia", "supported", RS, "1998-07-17", "abstained in the vote on the adoption of the Statute on 17 July 1998", negated=True)
R(d, ["Rome Conference", "United Nations Diplomatic Conference of Plenipotentiaries on the Establishment of an International Criminal Court"],
  ADOPTED, RS, "1998-07-17", "the adoption of the Statute on 17 July 1998", required=False)
R(d, "Malaysia", NOTBOUND, ICERD, None,
  "it decided not to accede to the International Convention on the Elimination of All Forms of Racial Discrimination (ICERD)", negated=True)
# "committed to combating corruption and transnational crime": no instrument.
R(d, "Malaysia", "signed", UNCAC, "2003-12-09", "Malaysia signed the United Nations Convention against Corruption on 9 December 2003 in Merida, Mexico")
R(d, "Malaysia", RATIFIED, UNCAC, "2008-09-24", "and ratified it on 24 September 2008")
R(d, "Malaysia", RATIFIED, UNTOC, "2004-09-24", "Malaysia ratified the United Nations Convention against Transnational Organized Crime on 24 September 2004")
R(d, "Malaysia", ACCEDED, TIP, "2009-02-26",
  "Malaysia acceded to the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children on 26 February 2009")
R(d, "Malaysia", NOTBOUND, SOM, None, "Malaysia is not a party to the Protocol against the Smuggling of Migrants by Land, Sea and Air", negated=True)
R(d, "Malaysia", NOTBOUND, FIR, None, "nor to the Firearms Protocol, both of which remain under study by the relevant agencies", negated=True)
# "was signed in Kuala Lumpur on 29 November 2004": no signatory named.
R(d, "Malaysia", RATIFIED, ASEAN_MLAT, "2005", "Malaysia ratified it in 2005")
for partner, yr, name in [("Australia", "2005", "Australia"), ("United States", "2006", "the United States of America"),
                          ("India", "2007", "India"), ("China", "2012", "the People's Republic of China")]:
    inst = (f"Treaty between Malaysia and {name} on Mutual Legal Assistance in Criminal Matters",
            [f"Malaysia-{partner} mutual legal assistance treaty", "bilateral mutual legal assistance treaty"])
    R(d, "Malaysia", "signed", inst, yr, MY_MLAT)
    R(d, partner, "signed", inst, yr, MY_MLAT)
# AMMTC cooperation and the MH17 Joint Investigation Team: nothing.

# ===================== 15 (UN meetings coverage GA/SHC/4281, Third Committee, Monday 18 November 2019) =====================
d = "15.txt"
D = "2019-11-18"
L11 = ("draft resolution A/C.3/74/L.11/Rev.1", ["A/C.3/74/L.11/Rev.1",
       "Countering the use of information and communications technologies for criminal purposes"])
L7 = ("draft resolution A/C.3/74/L.7", ["A/C.3/74/L.7", "Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity"])
L8 = ("draft resolution A/C.3/74/L.8", ["A/C.3/74/L.8",
      "Preventing and combating corrupt practices and the transfer of proceeds of corruption, facilitating asset recovery and returning such assets to legitimate owners"])
R(d, TC, ADOPTED, L11, D,
  "The Third Committee (Social, Humanitarian and Cultural) today approved, by a recorded vote of 88 in favour to 58 against, with 34 abstentions, a draft resolution on countering the use of information and communications technologies for criminal purposes")
# "the General Assembly would decide to establish" an ad hoc committee: a body, and a future convention not yet an instrument.
R(d, "Russian Federation", "co-sponsored", L11, None, "Introducing the draft, the representative of the Russian Federation")
RL(d, ["Belarus", "Cambodia", "China", "Democratic People's Republic of Korea", "Myanmar", "Nicaragua", "Venezuela"], "co-sponsored", L11, None,
   "speaking also on behalf of Belarus, Cambodia, China, the Democratic People's Republic of Korea, Myanmar, Nicaragua and Venezuela, which had co-sponsored the text")
R(d, "United States", "supported", L11, D, "her country would vote against the text", negated=True)
R(d, "United States", RATIFIED, BUD, "2006", "which the United States ratified in 2006")
# "the EU member States would vote against": unnamed, save the speaker itself (optional).
R(d, "Finland", "supported", L11, D, "Finland, speaking on behalf of the European Union, said that the EU member States would vote against the draft",
  negated=True, required=False)
RL(d, ["Australia", "Canada", "Japan", "United Kingdom"], "supported", L11, D,
   "the representatives of Australia, Canada, Japan and the United Kingdom said their delegations had voted against", negated=True)
R(d, "Japan", PARTY, BUD, "2012", "a Party to the Budapest Convention since 2012")
RL(d, ["Brazil", "Mexico", "Switzerland"], "supported", L11, D,
   "Explaining their abstentions, the representatives of Brazil, Mexico and Switzerland", negated=True)
R(d, "Paraguay", "supported", L11, D, "her country had abstained for the same reasons", negated=True)
R(d, "Paraguay", ACCEDED, BUD, "2018", "Paraguay, which acceded to the Budapest Convention in 2018")
RL(d, ["Egypt", "India", "Iran", "South Africa"], "supported", L11, D,
   "The representatives of Egypt, India, Iran and South Africa said they had voted in favour.")
R(d, "South Africa", "signed", BUD, "2001", "which his country had signed in 2001 but never ratified")
R(d, "South Africa", NOTRATIFIED, BUD, None, "which his country had signed in 2001 but never ratified", negated=True)
R(d, "India", NOTBOUND, BUD, None, "his country had not joined the Budapest Convention", negated=True)
R(d, TC, ADOPTED, L7, D,
  "the Committee approved without a vote a draft resolution on strengthening the United Nations crime prevention and criminal justice programme")
R(d, "Italy", "co-sponsored", L7, None, "(document A/C.3/74/L.7), introduced by Italy")
R(d, TC, ADOPTED, L8, D,
  "It then approved without a vote a draft on preventing and combating corrupt practices and the transfer of proceeds of corruption")
R(d, "Egypt", "co-sponsored", L8, None, "(document A/C.3/74/L.8), introduced by Egypt")
R(d, "Nigeria", "co-sponsored", L8, None, "Nigeria said it had joined the sponsors of the draft.")
# A call in a text the plenary has still to adopt ("would urge"): planned.
R(d, GA, "called-for", UNCAC, None,
  "the General Assembly would urge all States that have not yet done so to consider ratifying or acceding to the United Nations Convention against Corruption",
  negated=True)

# ===================== 16.md (analysis, the crime of aggression after the 2025 special session, Tuesday 10 February 2026) =====================
d = "16.md"
D = "2026-02-10"
RES29 = ("resolution deciding to resume the special session on the review of the amendments on the crime of aggression in 2029",
         ["resolution deciding to resume the special session in 2029"])
STL = ("Agreement between Ukraine and the Council of Europe on the Establishment of the Special Tribunal for the Crime of Aggression against Ukraine",
       ["Agreement on the Establishment of the Special Tribunal for the Crime of Aggression against Ukraine", "Special Tribunal Agreement"])
EPA_RES = ("resolution establishing the Enlarged Partial Agreement on the Management Committee of the Special Tribunal",
           ["Enlarged Partial Agreement on the Management Committee of the Special Tribunal", "Enlarged Partial Agreement"])
# "adopted in Kampala in 2010": no body named. The Swiss-led harmonisation proposal did not pass: nothing.
R(d, ASP, ADOPTED, RES29, "2025-07-09", "On the final day, the Assembly adopted by consensus a resolution deciding to resume the special session in 2029")
# Sierra Leone and Vanuatu calling the outcome "a missed opportunity": nothing.
R(d, "Liechtenstein", "called-for", KAMP, "2025-07-09",
  "used the closing plenary to call on all States Parties that have not yet done so to ratify them")
RL(d, ["France", "United Kingdom"], NOTRATIFIED, KAMP, None,
   "France and the United Kingdom, the two permanent members of the Security Council that are States Parties, have not ratified the amendments",
   negated=True, alt=["both said in New York that they would not do so under the current regime"])
RL(d, ["France", "United Kingdom"], PARTY, RS, None, "the two permanent members of the Security Council that are States Parties", required=False)
RL(d, ["Japan", "Canada"], NOTRATIFIED, KAMP, None, "Neither Japan nor Canada has ratified them either.", negated=True)
R(d, "Brazil", NOTRATIFIED, KAMP, None, "Brazil said it was \"not in a position\" to ratify at present.", negated=True)
# "35 States had ratified", "48": unnamed.
RL(d, ["Ireland", "Paraguay"], RATIFIED, KAMP, "2018", "Ireland and Paraguay (2018)")
RL(d, ["Dominican Republic", "Mongolia"], RATIFIED, KAMP, "2019", "the Dominican Republic and Mongolia (2019)")
R(d, "Italy", RATIFIED, KAMP, "2022", "Italy (2022)")
R(d, "Sierra Leone", RATIFIED, KAMP, "2024", "Sierra Leone (2024)")
R(d, "Armenia", RATIFIED, KAMP, "2025-09", "Armenia, whose instrument was deposited in September 2025")
# "two years after it joined the Court": 2023 (optional).
R(d, "Armenia", JOINED, RS, "2023", "two years after it joined the Court", required=False)
R(d, "Ukraine", NOTRATIFIED, KAMP, None, "has still not ratified the amendments", negated=True)
R(d, "Russian Federation", NOTBOUND, RS, None, "nationals of a non-party such as the Russian Federation", negated=True)
R(d, "Ukraine", "signed", STL, "2025-06-25",
  "President Volodymyr Zelenskyy and Council of Europe Secretary General Alain Berset signed in Strasbourg the Agreement between Ukraine and the Council of Europe")
R(d, ["Council of Europe", "Council of Europe Secretary General", "Secretary General of the Council of Europe", "Alain Berset"], "signed", STL,
  "2025-06-25", "President Volodymyr Zelenskyy and Council of Europe Secretary General Alain Berset signed in Strasbourg the Agreement between Ukraine and the Council of Europe")
R(d, "Ukraine", RATIFIED, STL, "2025-07", "Ukraine ratified the Agreement in July 2025.")
R(d, COM, ADOPTED, EPA_RES, "2025-06-25",
  "The same day, the Committee of Ministers adopted the resolution establishing the Enlarged Partial Agreement on the Management Committee of the Special Tribunal")
RL(d, ["Netherlands", "Lithuania", "Estonia", "Latvia", "Luxembourg"], JOINED, EPA_RES, None,
   "The first States to join the Enlarged Partial Agreement were the Netherlands, Lithuania, Estonia, Latvia and Luxembourg.")
R(d, "United Kingdom", JOINED, EPA_RES, None, "The United Kingdom has said it intends to join", negated=True)
R(d, "European Union", JOINED, EPA_RES, None, "the European Union has announced that it will join once its internal procedures are complete", negated=True)
# Leaving the Core Group (a group of States, not an instrument) and hosting the seat: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
