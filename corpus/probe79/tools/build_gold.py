#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (05.md, 12.md, 03.html, 09.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity.

Theme: speeches, remarks and transcripts (2015-2026): addresses at signing ceremonies and treaty events, general-debate
statements, press-conference and interview transcripts, radio/TV transcripts and live blogs, with speaker labels, applause
notes, interruptions and corrections. "I", "we", "my country", "my delegation" and "the Government" resolve to the State the
speaker speaks for; a minister's or official's "we" in a transcript resolves by the speaker label. Calls on others to sign,
ratify, accede or join are the caller's `called-for`, dated by the speech. Planned, intended, "will sign", "has yet to",
"has not", withdrawals and corrections that undo a stated act are negated records without a date (votes against, abstentions
and non-participation keep theirs). Domestic steps (cabinet or parliamentary approval), entry into force, depositaries,
venues and hosts, secretariats, reservations and implementation give no record. Where a speaker corrects himself, the
corrected statement is the one recorded."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Viet Nam", "Russian Federation", "Lao PDR", "Cabo Verde", "Netherlands",
          "Fiji", "Kiribati", "Ecuador", "Kenya", "Saudi Arabia", "China", "Egypt", "Ghana", "Philippines", "Czechia", "Türkiye",
          "Iran", "Marshall Islands", "Samoa", "Mexico", "Costa Rica", "Germany", "Chile", "Bangladesh", "Somalia", "State of Palestine",
          "Republic of Moldova", "South Sudan", "Colombia",
          "Bolivia", "Cambodia", "Democratic People's Republic of Korea", "Democratic Republic of the Congo", "Equatorial Guinea", "Eswatini",
          "Gambia", "Guatemala", "Guinea", "Rwanda", "Sao Tome and Principe", "Sudan", "Syria", "Thailand", "United Arab Emirates", "Uzbekistan"),
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Saint Lucia": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Palau": ["Palau", "Republic of Palau"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Benin": ["Benin", "Republic of Benin"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "India": ["India", "Republic of India"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "Austria": ["Austria", "Republic of Austria"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty", "high seas treaty"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["Port State Measures Agreement", "PSMA", "Agreement on Port State Measures"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
BUDAPEST = ("Convention on Cybercrime", ["Budapest Convention", "Council of Europe Convention on Cybercrime"])
UNCC = ("United Nations Convention against Cybercrime", ["UN Convention against Cybercrime", "Hanoi Convention", "Convention against Cybercrime", "UN cybercrime convention"])

# ===================== 01 (Fiji, PM's remarks at the BBNJ signing ceremony, New York, 20 September 2023) =====================
d = "01.txt"
D = "2023-09-20"
UNFSA = ("Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks",
         ["1995 Fish Stocks Agreement", "Fish Stocks Agreement", "UNFSA", "UN Fish Stocks Agreement"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy", "Blue Pacific 2050 Strategy"])
R(d, ["Intergovernmental Conference", "Intergovernmental Conference on Marine Biodiversity of Areas beyond National Jurisdiction"], ADOPTED, BBNJ, "2023-06-19",
  "on 19 June 2023, the Intergovernmental Conference adopted this Agreement by consensus")
R(d, "Fiji", "signed", BBNJ, D, "Today I have the honour to sign the BBNJ Agreement on behalf of the Republic of Fiji", alt=["Fiji has signed"])
R(d, "Fiji", NOTRATIFIED, BBNJ, None, "Fiji has not yet ratified", negated=True,
  alt=["we will ratify the Agreement before the United Nations Ocean Conference in 2025"])
# Cabinet approval of the signature, the Parliament's Standing Committee: domestic (nothing).
R(d, "Fiji", RATIFIED, UNCLOS, "1982-12-10", "Fiji was the first country in the world to ratify the United Nations Convention on the Law of the Sea, on 10 December 1982")
# "the very day it was opened for signature at Montego Bay": the opening date, which here is also Fiji's date.
R(d, "Fiji", PARTY, UNCLOS, None, "We have been a party to UNCLOS for more than forty years", required=False)
R(d, "Fiji", RATIFIED, UNFSA, "1996", "We are also a party to the 1995 Fish Stocks Agreement, which we ratified in 1996")
RL(d, ["Chile", "Palau"], "signed", BBNJ, D, "Before me, the Agreement was signed by Chile and Palau")
RL(d, ["Seychelles", "Mexico", "Costa Rica", "Samoa", "Vanuatu"], "signed", BBNJ, None,
   "after me the Ministers of Seychelles, Mexico, Costa Rica, Samoa and Vanuatu will add their names", negated=True)
R(d, "European Union", "signed", BBNJ, D, "the European Union signed earlier today")
RL(d, ["Belgium", "France", "Germany", "Ireland", "Spain"], "signed", BBNJ, D,
   "several of its member States - Belgium, France, Germany, Ireland and Spain among them")
# "One delegation ... no intention of signing": unnamed (nothing). "Sixty ratifications are needed": entry into force (nothing).
R(d, "Fiji", "called-for", BBNJ, D, "Fiji calls on all States to sign and ratify the BBNJ Agreement without delay")
R(d, ["Pacific Islands Forum", "Leaders of the Pacific Islands Forum", "Pacific Islands Forum Leaders"], ENDORSED, S2050, "2022",
  "Last year, in Suva, the Leaders of the Pacific Islands Forum endorsed the 2050 Strategy for the Blue Pacific Continent")
# Fiji as host of the meeting: nothing. Commitment to "its implementation": optional.
R(d, "Fiji", COMMITTED, S2050, "2022", "Fiji, as host of that meeting, was proud to be among the first to commit to its implementation", required=False)
R(d, "Fiji", RATIFIED, PARIS, "2016-04-22", "Fiji also ratified the Paris Agreement on 22 April 2016")
R(d, "Fiji", "signed", PARIS, "2016-04-22", "the same day it was signed in New York", required=False)
# The Marshall Islands "high ambition" statement and the correction about Tuvalu: no instrument (nothing).
R(d, "Fiji", ACCEDED, PSMA, "2018", "Fiji acceded to it in 2018")
RL(d, ["Kiribati", "Tuvalu"], NOTBOUND, PSMA, None, "Two of our neighbours - Kiribati and Tuvalu - have yet to join", negated=True)
# The Secretary-General as depositary, the Office of Legal Affairs, open for signature until 2025, the C.N. notification: nothing.

# ===================== 02 (Portugal and Cabo Verde, joint press conference transcript, Lisbon, 14 June 2022) =====================
d = "02.txt"
D = "2022-06-14"
LMA = ("Agreement between the Portuguese Republic and the Republic of Cabo Verde on Labour Mobility", ["Mobility Agreement", "Labour Mobility Agreement"])
MOU = ("Memorandum of Understanding on diplomatic training", ["MoU on diplomatic training"])
BUD2 = ("Second Additional Protocol to the Convention on Cybercrime", ["Second Additional Protocol", "Second Additional Protocol to the Budapest Convention"])
ES111 = ("resolution ES-11/1", ["ES-11/1", "General Assembly resolution ES-11/1", "resolution on aggression against Ukraine", "Aggression against Ukraine"])
CPLPM = ("CPLP Mobility Agreement", ["Agreement on Mobility among the Member States of the Community of Portuguese-Speaking Countries", "CPLP Agreement on Mobility"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights", ["Second Optional Protocol", "Second Optional Protocol to the ICCPR"])
PTCV = ["Portugal", "Cabo Verde"]
RL(d, PTCV, "signed", LMA, D, "A few minutes ago we signed two texts")
RL(d, PTCV, "signed", MOU, D, "The second is a Memorandum of Understanding on diplomatic training, which is not a treaty", required=False)
# Submission to the Assembly of the Republic: domestic (nothing).
R(d, "Portugal", RATIFIED, BUDAPEST, "2010", "Portugal ratified the Council of Europe Convention on Cybercrime - the Budapest Convention - back in 2010")
R(d, "Cabo Verde", ACCEDED, BUDAPEST, "2018", "Cabo Verde acceded to it in 2018")
# Corrected statement: "Both of our countries signed ... on 12 May" is withdrawn; 12 May is the opening date, Portugal signed that day.
R(d, "Portugal", "signed", BUD2, "2022-05-12", "Portugal signed the Second Additional Protocol on its opening day")
R(d, "Cabo Verde", "signed", BUD2, None, "Cabo Verde, I understand, will sign later this year", negated=True, alt=["We intend to sign it"])
R(d, "Cabo Verde", PARTY, ROME, "2011", "Cabo Verde has been a State Party to the Rome Statute of the International Criminal Court since 2011")
# "Portugal's long-standing support for the Court": an institution (nothing).
R(d, "Portugal", "supported", ES111, "2022-03-02", "Portugal voted in favour of resolution ES-11/1")
R(d, "Portugal", "co-sponsored", ES111, None, "we were among its co-sponsors")
R(d, "Cabo Verde", "supported", ES111, "2022-03-02", "Cabo Verde also voted yes", alt=["We voted for it"])
RL(d, ["Angola", "Mozambique"], "supported", ES111, "2022-03-02", "Some abstained, like Angola and Mozambique", negated=True)
R(d, "Guinea-Bissau", "supported", ES111, "2022-03-02", "Guinea-Bissau did not vote at all", negated=True)
R(d, "Cabo Verde", "co-sponsored", ES111, None, "Cabo Verde was not a co-sponsor", negated=True, alt=["we did not co-sponsor it"])
QBB = "when it is concluded, Cabo Verde will sign it, and we will ratify it"
R(d, "Cabo Verde", "signed", BBNJ, None, QBB, negated=True)
R(d, "Cabo Verde", NOTRATIFIED, BBNJ, None, QBB, negated=True)
R(d, "Cabo Verde", RATIFIED, PSMA, "2016", "we have ratified the Port State Measures Agreement: in 2016")
R(d, "Portugal", RATIFIED, PSMA, None, "Portugal has also ratified that Agreement, through the European Union", required=False)
R(d, "European Union", PARTY, PSMA, "2011", "the European Union, which is a party in its own right since 2011")
# Hosting the UN Ocean Conference with Kenya: nothing. "signed in Luanda last July": no named signatory (nothing).
R(d, "Portugal", RATIFIED, CPLPM, "2022-01-27", "Portugal deposited its instrument of ratification on 28 January - sorry, my team tells me it was the 27th - 27 January this year")
R(d, "Cabo Verde", RATIFIED, CPLPM, "2021-11", "Cabo Verde ratified the CPLP Mobility Agreement in November 2021")
RL(d, ["Angola", "Brazil"], NOTRATIFIED, CPLPM, None, "Angola and Brazil have not yet ratified", negated=True)
R(d, "Cabo Verde", ACCEDED, OP2, "2000", "We acceded in 2000")
R(d, "Cabo Verde", "called-for", OP2, D, "call on every Lusophone country that has not done so to accede to the Second Optional Protocol")
R(d, "Portugal", RATIFIED, OP2, "1990", "Portugal ratified the Second Optional Protocol in 1990")
R(d, "Portugal", "called-for", OP2, D, "And we join that call.", required=False)

# ===================== 03 (Mekong Wire live blog, UN cybercrime convention signing, Hanoi, 25 October 2025; HTML) =====================
d = "03.html"
D = "2025-10-25"
R(d, GA, "adopted", UNCC, "2024-12-24", "The General Assembly adopted the Convention on 24 December 2024")
R(d, "Viet Nam", "signed", UNCC, D, "The President of Viet Nam has just signed")
# Viet Nam as host: nothing.
R(d, "Viet Nam", COMMITTED, UNCC, D, "Viet Nam commits to ratifying the Convention as soon as possible")
R(d, "Viet Nam", NOTRATIFIED, UNCC, None, "Viet Nam commits to ratifying the Convention as soon as possible", negated=True, required=False)
R(d, "Viet Nam", "called-for", UNCC, D, "we call on all Member States to sign and ratify it")
R(d, ["UN Secretary-General", "Secretary-General"], "called-for", UNCC, D, "The UN Secretary-General, speaking after the President, urged every country that has not yet done so to sign the treaty.")
# UNODC as secretariat, entry into force after the fortieth ratification: nothing.
RL(d, ["China", "Russian Federation", "Brazil", "South Africa", "Indonesia", "Egypt", "Nigeria", "Cambodia", "Lao PDR", "Thailand", "Malaysia"],
   "signed", UNCC, D, "the Convention has now been signed by China, the Russian Federation, Brazil, South Africa, Indonesia, Egypt, Nigeria, Cambodia, Lao PDR, Thailand and Malaysia")
R(d, "European Union", "signed", UNCC, D, "The European Union also signed")
R(d, "Philippines", "signed", UNCC, None, "The Philippines has not signed today", negated=True)
R(d, "United States", "signed", UNCC, None, "the US will not sign the Convention at this time", negated=True)
RL(d, ["Germany", "Netherlands"], "signed", UNCC, None, "Germany and the Netherlands are also not signing today", negated=True)
RL(d, ["Germany", "Netherlands"], "supported", UNCC, "2024-12-24", "though both joined the consensus on adoption last December", required=False)
R(d, "Canada", "signed", UNCC, None, "Canada says it will take a decision on signature next year", negated=True, required=False)
R(d, "Ghana", "signed", UNCC, D, "the Minister for Communications of Ghana, who signed a few minutes ago", alt=["We signed this morning"])
R(d, "Ghana", PARTY, BUDAPEST, "2018", "Ghana has been a party to the Budapest Convention since 2018")
R(d, "Ghana", NOTRATIFIED, UNCC, None, "We will ratify the Hanoi Convention next year", negated=True)
R(d, "Myanmar", "signed", UNCC, None, "we are told the signature of Myanmar has been postponed", negated=True)
RL(d, ["Ecuador", "Kenya", "Qatar", "Saudi Arabia", "Tunisia", "Uruguay"], "signed", UNCC, D, "Ecuador, Kenya, Qatar, Saudi Arabia, Tunisia and Uruguay, then.")
# Protesters' call not to ratify: unnamed groups (nothing). "65 States had signed", open for signature in New York: nothing.

# ===================== 04 (Malawi, President's general-debate statement, UNGA 80, New York, 24 September 2025) =====================
d = "04.txt"
D = "2025-09-24"
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT", "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
CED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["Convention on Enforced Disappearance", "ICPPED", "CED"])
ATT = ("Arms Trade Treaty", ["ATT"])
PACT = ("Pact for the Future", ["resolution 79/1"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA Agreement", "AfCFTA", "African Continental Free Trade Area Agreement"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention"])
BRIDGE = ("Bridgetown Initiative", ["Bridgetown Agenda"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol", "Maputo Protocol on the Rights of Women in Africa"])
R79187 = ("resolution 79/187", ["79/187", "resolution on the moratorium on the use of the death penalty", "Moratorium on the use of the death penalty"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
R(d, "Malawi", RATIFIED, OPCAT, D, "I deposited with the Secretary-General Malawi's instrument of ratification of the Optional Protocol to the Convention against Torture")
# The National Assembly's approval and "I signed the instrument last week": domestic steps, not a signature of the Protocol (nothing).
R(d, "Malawi", "signed", CED, "2010", "Malawi signed the International Convention for the Protection of All Persons from Enforced Disappearance in 2010")
R(d, "Malawi", NOTRATIFIED, CED, None, "Malawi will ratify the Convention before the end of 2026", negated=True)
R(d, "Malawi", "signed", ATT, "2013-06-03", "On the Arms Trade Treaty, which Malawi signed on 3 June 2013")
# "our ratification is now with the depositary" is corrected at once: not deposited, not a party.
R(d, "Malawi", NOTBOUND, ATT, None, "Malawi is therefore not yet a State Party to the ATT", negated=True,
  alt=["the instrument is ready, but it has not yet been deposited", "We will be by the Eleventh Conference of States Parties."])
R(d, GA, "adopted", PACT, "2024", "Last year this Assembly adopted the Pact for the Future by resolution 79/1")
R(d, "Malawi", "supported", PACT, "2024", "Malawi joined the consensus", required=False)
R(d, "Malawi", COMMITTED, PACT, D, "we remain committed to the Pact", required=False)
R(d, "Malawi", RATIFIED, AFCFTA, "2019", "which Malawi ratified in 2019")
# "now has 49 ratifications": unnamed.
R(d, "Malawi", "called-for", AFCFTA, D, "I call on every African Union member State that has not yet done so to ratify the AfCFTA Agreement")
# "call on our partners to support its implementation": implementation (nothing).
R(d, "Malawi", PARTY, PARIS, "2017", "Malawi has been a Party to the Paris Agreement since 2017")
R(d, "Malawi", ACCEDED, MINAMATA, "2017", "Malawi's accession to the Minamata Convention in 2017", alt=["We are also a party to the Minamata Convention on Mercury"])
# Support for AOSIS's call for a debt framework: a process (nothing).
R(d, "Malawi", ENDORSED, BRIDGE, D, "we endorse the Bridgetown Initiative", required=False)
# First claim "ratified it in 2005" stands; the aside adds the 2003 signature.
R(d, "Malawi", "signed", MAPUTO, "2003", "we signed it in 2003 and ratified it in 2005")
R(d, "Malawi", RATIFIED, MAPUTO, "2005", "Malawi ratified it in 2005", alt=["we signed it in 2003 and ratified it in 2005"])
R(d, "Malawi", "co-sponsored", R79187, "2024-12", "Malawi also co-sponsored resolution 79/187 on the moratorium on the use of the death penalty last December")
R(d, "Malawi", "supported", R79187, "2024-12", "We voted for it, as we have since 2010")
RL(d, ["Egypt", "Libya", "Sudan"], "supported", R79187, "2024-12", "Some of our brothers on the continent voted against it - Egypt, Libya and the Sudan among them", negated=True)
R(d, "Malawi", RATIFIED, TPNW, "2022", "Malawi ratified the Treaty on the Prohibition of Nuclear Weapons in 2022")
R(d, "Malawi", "called-for", TPNW, D, "we call upon all States, including the nuclear-armed States and their allies, to sign and ratify it")
# Entry into force in January 2021 and "The nine nuclear-armed States have not joined it" (unnamed): nothing.

# ===================== 05 (podcast transcript, Costa Rica's ambassador in Geneva, 22 January 2021; Markdown) =====================
d = "05.md"
D = "2021-01-22"
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
# Entry into force today: nothing. The speaker is Costa Rica's ambassador: "we" is Costa Rica.
R(d, ["United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons", "negotiating conference", "conference"], ADOPTED, TPNW, "2017-07-07",
  "The conference adopted the Treaty on 7 July 2017, by 122 votes in favour")
R(d, "Netherlands", "supported", TPNW, "2017-07-07", "The Netherlands voted against", negated=True)
R(d, "Singapore", "supported", TPNW, "2017-07-07", "Singapore abstained", negated=True)
R(d, "Costa Rica", "signed", TPNW, "2017-09-20", "On 20 September 2017, yes, the day it opened for signature")
R(d, "Costa Rica", RATIFIED, TPNW, "2018-07-05", "we ratified it on 5 July 2018", alt=["we consented to be bound in 2018"])
R(d, "Honduras", RATIFIED, TPNW, "2020-10", "Honduras was the fiftieth, in October")
RL(d, ["Tuvalu", "Nauru"], RATIFIED, TPNW, None, "Just before Honduras, Tuvalu and Nauru")
R(d, "Benin", RATIFIED, TPNW, "2020-12", "Benin deposited its instrument of ratification in December")
RL(d, ["Ireland", "Malta", "Nigeria", "Niue"], RATIFIED, TPNW, "2020", "Ireland, Malta, Nigeria and Niue ratified in 2020 as well")
# The core group: nothing.
R(d, "Austria", RATIFIED, TPNW, "2018", "Austria ratified in 2018")
R(d, "Mexico", RATIFIED, TPNW, "2018-01", "Mexico in January 2018")
R(d, "Brazil", "signed", TPNW, None, "Brazil has signed but has not ratified")
R(d, "Brazil", NOTRATIFIED, TPNW, None, "Brazil has signed but has not ratified", negated=True)
# "None of the nuclear-armed States", "No NATO member": unnamed (nothing).
QP5 = "the United States, the United Kingdom and France — saying they \"will never sign, ratify or ever become party to it\""
RL(d, ["United States", "United Kingdom", "France"], "signed", TPNW, None, QP5, negated=True)
RL(d, ["United States", "United Kingdom", "France"], NOTBOUND, TPNW, None, QP5, negated=True)
R(d, "Germany", "signed", TPNW, None, "Germany has said it will not sign", negated=True)
R(d, "Norway", NOTBOUND, TPNW, None, "Norway has also said it will not join", negated=True)
# Observing the Meeting of States Parties: nothing.
R(d, "Japan", "signed", TPNW, None, "Japan has said it has no plans to sign", negated=True)
R(d, "Costa Rica", "called-for", TPNW, D, "we call on all States to sign and ratify the TPNW",
  alt=["we call on Japan, as the only country to have suffered nuclear attacks in war, to join the Treaty"])
# "Every State Party to the TPNW is also a party to the NPT": unnamed.
R(d, "Costa Rica", RATIFIED, NPT, "1970", "Costa Rica ratified the NPT in 1970")
R(d, "Costa Rica", RATIFIED, CTBT, "2005", "the CTBT, which we ratified in 2005")
RL(d, ["Costa Rica"], "supported", NPT, None, "We are strong supporters of the NPT and of the CTBT", required=False)
RL(d, ["Costa Rica"], "supported", CTBT, None, "We are strong supporters of the NPT and of the CTBT", required=False)
RL(d, ["Egypt", "Iran", "Israel"], NOTRATIFIED, CTBT, None, "The CTBT's Annex 2 States that have not ratified, such as Egypt, Iran and Israel", negated=True)
# Austria's offer to host the first Meeting of States Parties: nothing.

# ===================== 06 (radio transcript, "Europe This Morning", 1 July 2021) =====================
d = "06.txt"
D = "2021-07-01"
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention"])
COESG = ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Council of Europe"]
R(d, "Türkiye", NOTBOUND, IST, None, "From today, Turkey is no longer bound by the Council of Europe Convention on preventing and combating violence against women and domestic violence",
  negated=True, alt=["President Erdogan announced the withdrawal by decree in March", "Turkey \"has withdrawn from the Convention"])
R(d, "Türkiye", RATIFIED, IST, "2012-03", "Turkey was the first country to ratify the Convention, in March 2012")
# "opened for signature in Istanbul" (venue), the Council of State's ruling, Law 6284: nothing.
R(d, COESG, "called-for", IST, D, "The Secretary General calls on all member States that have not yet done so to ratify the Istanbul Convention")
# "and on Turkey to reconsider": part of the same call, not recorded separately.
Q6 = "six have signed but not ratified: Bulgaria, the Czech Republic, Hungary, Latvia, Lithuania and Slovakia"
RL(d, ["Bulgaria", "Czechia", "Latvia", "Lithuania", "Slovakia"], "signed", IST, None, Q6)
R(d, "Hungary", "signed", IST, "2014", Q6, alt=["Hungary signed in 2014"])
RL(d, ["Bulgaria", "Czechia", "Hungary", "Latvia", "Lithuania", "Slovakia"], NOTRATIFIED, IST, None, Q6, negated=True)
Q6B = "the United Kingdom and Ukraine signed in 2012 and 2011 respectively but have not yet ratified"
R(d, "United Kingdom", "signed", IST, "2012", Q6B)
R(d, "Ukraine", "signed", IST, "2011", Q6B)
R(d, "United Kingdom", NOTRATIFIED, IST, None, Q6B, negated=True, alt=["We understand the UK intends to ratify in 2022"])
R(d, "Ukraine", NOTRATIFIED, IST, None, Q6B, negated=True)
R(d, "Armenia", "signed", IST, "2018", "Armenia signed in 2018")
R(d, "European Union", "signed", IST, "2017-06", "The EU signed the Convention in June 2017")
R(d, "European Union", ACCEDED, IST, None, "The accession is still pending", negated=True)
R(d, "Poland", RATIFIED, IST, "2015", "Poland ratified the Convention in 2015")
R(d, "Poland", PARTY, IST, None, "Poland is still a party to the Istanbul Convention", alt=["But Poland remains a party."], required=False)
# Poland's announced withdrawal procedure (never notified), the referral to the Constitutional Tribunal, the citizens' bill and
# the Hungarian National Assembly's declaration: domestic steps; Poland remains a party (nothing negated recorded).
# "We welcome that": welcoming another State's plan (nothing).

# ===================== 07 (Council of Europe Secretary General, speech at the opening for signature, Vilnius, 5 September 2024) =====================
d = "07.txt"
D = "2024-09-05"
AICONV = ("Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law", ["Framework Convention on Artificial Intelligence", "CETS No. 225", "AI Convention", "Framework Convention"])
C108P = ("Convention 108+", ["modernised Convention 108", "Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", "modernised data protection convention", "CETS No. 223"])
COESG = ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Secretary General", "Council of Europe"]
R(d, ["Committee of Ministers", "Council of Europe Committee of Ministers", "Committee of Ministers of the Council of Europe"], ADOPTED, AICONV, "2024-05-17",
  "On 17 May this year, in Strasbourg, the Committee of Ministers adopted the Framework Convention on Artificial Intelligence")
# The negotiating States (46 member States, the EU, eleven non-member States listed): taking part in negotiations is not a treaty action.
# Lithuania as host, the venue, entry-into-force conditions, the depositary: nothing.
S10 = ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"]
Q7 = ("the Framework Convention has been signed by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino and the United Kingdom, "
      "as well as by Israel, the United States of America and the European Union")
for a in S10:
    R(d, a, "signed", AICONV, D, Q7, alt=(["the United Kingdom Lord Chancellor, who signed for his Government a few minutes ago"] if a == "United Kingdom" else None))
# "None of today's signatories has yet ratified" refers back to the ten; optional for each but the UK, which states its plan.
for a in S10:
    if a == "United Kingdom":
        R(d, a, NOTRATIFIED, AICONV, None, "the UK \"will now move to ratification\"", negated=True,
          alt=["None of today's signatories has yet ratified"])
    else:
        R(d, a, NOTRATIFIED, AICONV, None, "None of today's signatories has yet ratified", negated=True, required=False)
R(d, "Japan", "signed", AICONV, None, "Japan has told us it intends to sign in the coming months", negated=True)
R(d, "Canada", "signed", AICONV, None, "Canada has said that it will sign \"when its domestic consultations are complete\"", negated=True)
R(d, "Switzerland", "signed", AICONV, None, "Switzerland is preparing its signature too", negated=True)
R(d, COESG, "called-for", AICONV, D, "I call on all member States of the Council of Europe, and on all the States that took part in the negotiations, to sign and ratify this Convention as soon as possible",
  alt=["I call on States from every region of the world to accede to it once it is in force"])
R(d, "Lithuania", "signed", AICONV, None, "Lithuania has not signed today", negated=True, alt=["Lithuania will sign soon"])
# "the European Convention on Human Rights, to which all 46 member States are party": unnamed (nothing). "ratified by 31 States": unnamed.
RL(d, ["Germany", "Italy", "Spain"], "signed", C108P, None, "the remaining signatories - among them Germany, Italy and Spain")
RL(d, ["Germany", "Italy", "Spain"], NOTRATIFIED, C108P, None, "the remaining signatories - among them Germany, Italy and Spain", negated=True)
R(d, COESG, "called-for", C108P, D, "to urge the remaining signatories - among them Germany, Italy and Spain - to ratify it without delay")

# ===================== 08 (UN noon briefing transcript, New York, 2 August 2019) =====================
d = "08.txt"
D = "2019-08-02"
SG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General"]
INF = ("Treaty between the United States of America and the Union of Soviet Socialist Republics on the Elimination of Their Intermediate-Range and Shorter-Range Missiles",
       ["INF Treaty", "Intermediate-Range Nuclear Forces Treaty"])
KIGALI = ("Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer", ["Kigali Amendment"])
JCPOA = ("Joint Comprehensive Plan of Action", ["JCPOA"])
R(d, "United States", NOTBOUND, INF, None, "With the withdrawal of the United States, which takes effect today", negated=True)
R(d, "Russian Federation", NOTBOUND, INF, None, "both parties have signalled that they no longer consider themselves bound", negated=True, required=False)
# The Treaty's expiry; the SG's call to "seek agreement on a new common path" (a process) and to "extend" New START: nothing.
R(d, "Sri Lanka", ACCEPTED, KIGALI, D, "This morning, Sri Lanka deposited its instrument of acceptance of the Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer")
R(d, "Uruguay", RATIFIED, KIGALI, "2019-08-01", "yesterday Uruguay deposited its instrument of ratification")
# "the number of Parties to the Kigali Amendment to 81": unnamed.
R(d, "Dominica", RATIFIED, TPNW, "2019-07-30", "Dominica became the 26th State to ratify the Treaty on the Prohibition of Nuclear Weapons")
# The ordinal is corrected (25th), not the act or the date. The SG as depositary (of the ATT; not of the INF): nothing.
R(d, "United States", NOTBOUND, ATT, None, "stating that it \"does not intend to become a party to the Treaty\"", negated=True)
R(d, "United States", "signed", ATT, "2013-09-25", "its signature on September 25, 2013", required=False)
R(d, SG, "called-for", ATT, D, "The Secretary-General continues to call on all States that have not yet done so to join the Arms Trade Treaty")
# "which has 104 States Parties": unnamed.
R(d, SG, "called-for", CTBT, D, "He calls on China, Egypt, India, Iran, Israel, Pakistan, the Democratic People's Republic of Korea and the United States to sign or ratify the Comprehensive Nuclear-Test-Ban Treaty without further delay")
RL(d, ["China", "Egypt", "Iran", "Israel", "United States"], NOTRATIFIED, CTBT, None,
   "He calls on China, Egypt, India, Iran, Israel, Pakistan, the Democratic People's Republic of Korea and the United States to sign or ratify", negated=True, required=False)
RL(d, ["India", "Pakistan", "Democratic People's Republic of Korea"], "signed", CTBT, None, "Of those, India, Pakistan and the DPRK have not signed", negated=True)
R(d, "Zimbabwe", RATIFIED, CTBT, "2019-02-13", "Zimbabwe ratified it on 13 February this year", alt=["Zimbabwe ratified the CTBT in February"])
R(d, UNSC, ENDORSED, JCPOA, "2015", "the Joint Comprehensive Plan of Action, endorsed by the Security Council in resolution 2231 (2015)")
# "encourage all participants to abide fully by their commitments": implementation (nothing).

# ===================== 09 (Chile MFA web page, Minister's remarks at the deposit, New York, 13 June 2022; HTML) =====================
d = "09.html"
D = "2022-06-13"
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean", ["Escazú Agreement", "Escazu Agreement"])
AARHUS = ("Aarhus Convention", ["Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters"])
R(d, "Chile", RATIFIED, ESCAZU, D, "I deposited Chile's instrument of ratification of the Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
  alt=["the international act is the deposit we made today"])
# Co-leading the negotiations with Costa Rica; "the text was adopted in Escazú on 4 March 2018" (no actor; a venue): nothing.
R(d, "Chile", "signed", ESCAZU, None, "in September 2018, when the Agreement was opened for signature, Chile did not sign it", negated=True, required=False,
  alt=["The previous Government decided not to sign."])
R(d, "Chile", "signed", ESCAZU, "2022-03-18", "the President signed the Agreement on 18 March, one week after taking office")
# The National Congress's approval and the Constitutional Court: domestic (nothing).
R(d, "Chile", NOTBOUND, ESCAZU, None, "Chile will become the thirteenth State Party", negated=True,
  alt=["Chile will be bound ninety days from today", "as a host and not yet as a Party"])
L12 = ["Antigua and Barbuda", "Argentina", "Bolivia", "Ecuador", "Guyana", "Mexico", "Nicaragua", "Panama", "Saint Kitts and Nevis", "Saint Lucia",
       "Saint Vincent and the Grenadines", "Uruguay"]
RL(d, L12, PARTY, ESCAZU, None, "We join Antigua and Barbuda, Argentina, Bolivia, Ecuador, Guyana, Mexico, Nicaragua, Panama, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines and Uruguay, which have all ratified or acceded to the Agreement")
# Entry into force on 22 April 2021: nothing.
L6 = ["Brazil", "Colombia", "Costa Rica", "Guatemala", "Jamaica", "Peru"]
Q9 = "Brazil, Colombia, Costa Rica, Guatemala, Jamaica and Peru have signed but have not yet ratified"
RL(d, L6, "signed", ESCAZU, None, Q9)
RL(d, L6, NOTRATIFIED, ESCAZU, None, Q9, negated=True)
# Peru's Congress shelving the Agreement and Costa Rica's lapsed bill: domestic (nothing beyond the not-ratified records).
R(d, "Chile", "called-for", ESCAZU, D, "Chile calls on every country of Latin America and the Caribbean that has not yet done so to sign, ratify or accede to the Escazú Agreement")
# Hosting COP1 in Santiago: nothing.
R(d, "Chile", NOTBOUND, AARHUS, None, "Chile is not a party to the Aarhus Convention", negated=True)
R(d, "Chile", COMMITTED, PARIS, D, "Chile reaffirms its commitment to the Paris Agreement")
R(d, "Chile", RATIFIED, PARIS, "2017", "which we ratified in 2017")
# The post-2020 global biodiversity framework under negotiation: nothing.

# ===================== 10 (TV interview transcript, GlobalView News, 21 January 2025) =====================
d = "10.txt"
D = "2025-01-21"
WHOC = ("Constitution of the World Health Organization", ["WHO Constitution", "World Health Organization"])
GMP = ("Global Methane Pledge", ["Methane Pledge"])
# "signed an executive order": not a signature of the Agreement; the order directs a withdrawal.
R(d, "United States", NOTBOUND, PARIS, None, "the new US President signed an executive order directing the withdrawal of the United States from the Paris Agreement on climate change",
  negated=True, alt=["In 2017 the first Trump administration announced a withdrawal that took effect in November 2020"])
R(d, "United States", JOINED, PARIS, "2021-01-20", "President Biden brought the country back in on his first day in office, 20 January 2021")
R(d, "United States", PARTY, PARIS, None, "until then, legally, the United States is still a Party", required=False)
# The depositary (UN Secretary-General), the notification not yet sent: nothing.
R(d, "European Union", RATIFIED, PARIS, "2016-10-05", "The EU ratified the Paris Agreement on 5 October 2016")
R(d, "European Union", COMMITTED, PARIS, D, "we remain fully committed to it")
# "Our 27 member States are all Parties": unnamed.
R(d, "Marshall Islands", RATIFIED, PARIS, "2016-04", "We were the first country to ratify Paris, together with Fiji, Palau and a few others - we did it in April 2016")
RL(d, ["Fiji", "Palau"], RATIFIED, PARIS, "2016-04", "We were the first country to ratify Paris, together with Fiji, Palau and a few others - we did it in April 2016")
R(d, "Marshall Islands", "called-for", PARIS, D, "I call on every country that has signed the Agreement but not yet ratified it to do so")
RL(d, ["Libya", "Yemen"], "signed", PARIS, None, "There are not many left - Iran, Libya and Yemen.")
RL(d, ["Libya", "Yemen"], NOTRATIFIED, PARIS, None, "There are not many left - Iran, Libya and Yemen.", negated=True)
R(d, "Iran", "signed", PARIS, None, "There are not many left - Iran, Libya and Yemen.", alt=["Then Iran has signed but will not ratify"])
R(d, "Iran", NOTRATIFIED, PARIS, None, "There are not many left - Iran, Libya and Yemen.", negated=True,
  alt=["Iran's government says it will not ratify while sanctions are in place", "Then Iran has signed but will not ratify"])
R(d, "Argentina", NOTBOUND, PARIS, None, "his Government was \"reviewing\" its participation in the Paris Agreement", negated=True, required=False)
R(d, "Argentina", RATIFIED, PARIS, "2016", "Argentina ratified Paris in 2016")
R(d, "United States", NOTBOUND, WHOC, None, "the US will withdraw from the World Health Organization", negated=True, required=False)
R(d, "United States", RATIFIED, KIGALI, "2022-10", "The United States ratified the Kigali Amendment to the Montreal Protocol in October 2022")
# The Senate's consent in September: domestic (nothing).
RL(d, ["United States", "European Union"], ENDORSED, GMP, "2021", "the Global Methane Pledge, which the US and the EU launched together in Glasgow in 2021", required=False)
R(d, "Marshall Islands", ENDORSED, GMP, "2021", "We endorsed it on day one")
# "endorsed by more than 150 countries": unnamed.
R(d, "China", COMMITTED, PARIS, None, "China has confirmed that it remains committed to the Paris Agreement")
# The 2040 target, the new NDC and the call on major economies to "do the same" (submit NDCs): nothing.

# ===================== 11 (New Zealand, general exchange of views, CCM 13MSP, Geneva, 16 September 2025) =====================
d = "11.txt"
D = "2025-09-16"
CCM = ("Convention on Cluster Munitions", ["CCM", "Oslo Convention"])
APMBC = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
         ["Anti-Personnel Mine Ban Convention", "Mine Ban Convention", "Ottawa Convention", "APMBC"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences arising from the use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "Political Declaration on Explosive Weapons in Populated Areas"])
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania's withdrawal from the Convention on Cluster Munitions took effect on 6 March this year", negated=True,
  alt=["the instrument of withdrawal was deposited with the Secretary-General in September 2024"])
R(d, "New Zealand", "called-for", CCM, D, "We call upon all States that have not yet done so to join the Convention on Cluster Munitions without delay",
  alt=["We call on Lithuania to reconsider, and to rejoin the Convention.",
       "we call in particular on the signatory States that have yet to ratify - among them Indonesia, Jamaica and the Democratic Republic of the Congo - to complete their ratification"])
R(d, "Lithuania", RATIFIED, CCM, "2011", "Lithuania ratified the Convention in 2011")
# The Parliament's vote of July 2024: domestic. "No other State Party has withdrawn": unnamed (nothing).
RL(d, ["Estonia", "Latvia", "Lithuania", "Poland"], NOTBOUND, APMBC, None,
   "This year, Estonia, Latvia, Lithuania, Poland and Finland announced their intention to withdraw from the Ottawa Convention", negated=True, required=False)
R(d, "Finland", NOTBOUND, APMBC, None, "the deposit took place on 10 July", negated=True,
  alt=["This year, Estonia, Latvia, Lithuania, Poland and Finland announced their intention to withdraw from the Ottawa Convention"])
# Finland's Parliament's approval: domestic; the corrected sentence keeps the deposit (10 July), which is a withdrawal.
R(d, "Nigeria", RATIFIED, CCM, "2023-02", "Nigeria ratified it in February 2023")
R(d, "South Sudan", ACCEDED, CCM, "2023-08", "South Sudan acceded in August 2023")
R(d, "Vanuatu", RATIFIED, CCM, "2025-08", "Vanuatu deposited its instrument of ratification last month")
# "becoming the 112th State Party" is the same event; "We warmly welcome Vanuatu": nothing.
# The core group that launched the Oslo Process (a process): nothing.
R(d, "New Zealand", "signed", CCM, "2008-12-03", "We signed the Convention in Oslo on 3 December 2008")
R(d, "New Zealand", RATIFIED, CCM, "2009-12", "ratified it in December 2009")
# The Cluster Munitions Prohibition Act 2009: domestic.
L11 = ["Indonesia", "Jamaica", "Democratic Republic of the Congo"]
Q11 = "the signatory States that have yet to ratify - among them Indonesia, Jamaica and the Democratic Republic of the Congo"
RL(d, L11, "signed", CCM, None, Q11)
RL(d, L11, NOTRATIFIED, CCM, None, Q11, negated=True)
RL(d, ["Russian Federation", "Ukraine"], NOTBOUND, CCM, None, "Neither is a party to the Convention.", negated=True)
R(d, "New Zealand", ENDORSED, EWIPA, "2022-11", "New Zealand endorsed the Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences arising from the use of Explosive Weapons in Populated Areas at the Dublin conference in November 2022")
R(d, "New Zealand", "called-for", EWIPA, D, "we encourage all States that have not yet endorsed it to do so")
# "urge States not party ... to refrain from any use": not a call to join. The ISU, Switzerland as host State: nothing.

# ===================== 12 (Climate Desk live blog, Paris Agreement signing ceremony, New York, 22 April 2016; Markdown) =====================
d = "12.md"
D = "2016-04-22"
L15 = ["Barbados", "Belize", "Fiji", "Grenada", "Maldives", "Marshall Islands", "Mauritius", "Nauru", "Palau", "Saint Kitts and Nevis", "Saint Lucia",
       "Samoa", "Somalia", "State of Palestine", "Tuvalu"]
RL(d, L15, RATIFIED, PARIS, D, "the following States deposited instruments of ratification today, at the ceremony")
# "175 Parties signed" and "15 States went further": unnamed. Fiji's Parliament's approval in February: domestic.
R(d, "China", "signed", PARIS, D, "China's Vice Premier signed for China")
R(d, "China", NOTRATIFIED, PARIS, None, "will finalize domestic legal procedures to ratify the Agreement before the G20 Hangzhou Summit in September", negated=True,
  alt=["Neither country has ratified yet."])
R(d, "United States", "signed", PARIS, D, "Secretary of State Kerry, who signed for the United States")
R(d, "United States", NOTBOUND, PARIS, None, "the US \"intends to join the Agreement this year\"", negated=True, alt=["Neither country has ratified yet."])
# The withdrawn claim that India ratified today gives nothing; India signed and will ratify.
R(d, "India", "signed", PARIS, D, "India signed today")
R(d, "India", NOTRATIFIED, PARIS, None, "India would ratify \"as soon as possible\"", negated=True)
R(d, "European Union", "signed", PARIS, D, "The European Union signed, represented by the Commission's Vice-President and the Dutch Minister for the Environment")
# The Netherlands holds the Council presidency (it represents the EU); "All 28 EU member States also signed individually": unnamed.
R(d, "European Union", NOTRATIFIED, PARIS, None, "The EU will ratify only once the member States are ready", negated=True)
R(d, "Nicaragua", "signed", PARIS, None, "Nicaragua did not sign", negated=True)
R(d, "Uzbekistan", "signed", PARIS, None, "Uzbekistan and a handful of others are also missing from the list this morning", negated=True, required=False)
R(d, ["UN Secretary-General", "Secretary-General", "Ban Ki-moon"], "called-for", PARIS, D, "He urged all countries to join the Agreement at the national level quickly")
R(d, ["COP21", "21st Conference of the Parties", "Conference of the Parties to the UN Framework Convention on Climate Change"], "adopted", PARIS, "2015-12-12",
  "The Agreement was adopted by the 21st Conference of the Parties (COP21) to the UN Framework Convention on Climate Change in Paris on 12 December 2015")
# Entry-into-force threshold, open for signature until 2017, the depositary, France as host and presidency: nothing.

# ===================== 13 (WHO press conference transcript, Geneva, 20 May 2025) =====================
d = "13.txt"
D = "2025-05-20"
WHA = ["World Health Assembly", "WHA", "Seventy-eighth World Health Assembly", "Health Assembly"]
DG = ["WHO Director-General", "Director-General", "Director-General of the World Health Organization"]
WHOPA = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC", "Framework Convention on Tobacco Control"])
IHR24 = ("2024 amendments to the International Health Regulations", ["amendments to the International Health Regulations", "IHR amendments", "International Health Regulations (2005) amendments"])
R(d, WHA, "adopted", WHOPA, D, "This morning, the World Health Assembly adopted the WHO Pandemic Agreement, by resolution WHA78.1",
  alt=["Today it was adopted in plenary without a vote."])
R(d, WHA, "adopted", FCTC, "2003", "which the Health Assembly adopted in 2003")
R(d, ["Committee A", "Committee A of the World Health Assembly"], ADOPTED, WHOPA, "2025-05-19",
  "Yesterday, in Committee A, the resolution was approved by 124 votes in favour, with no objections and 11 abstentions", required=False)
# The PABS annex still to be negotiated, the Intergovernmental Working Group, 60 ratifications for entry into force: nothing.
R(d, DG, "called-for", WHOPA, D, "I call on all Member States to conclude the annex quickly and then to sign and ratify the Agreement")
# The Bureau (Brazil, Egypt, Japan, the Netherlands, Thailand) chairing the INB: nothing.
R(d, "South Africa", "supported", WHOPA, "2025-05-19", "South Africa is proud to have voted for this Agreement yesterday")
# "Africa voted as one": unnamed.
R(d, "South Africa", "signed", WHOPA, None, "South Africa will sign the Pandemic Agreement on the first day it is opened for signature", negated=True)
R(d, "South Africa", NOTRATIFIED, WHOPA, None, "We also intend to ratify it quickly", negated=True)
RL(d, ["Italy", "Poland", "Slovakia", "Russian Federation", "Iran", "Israel"], "supported", WHOPA, "2025-05-19",
   "Among the eleven were Italy, Poland, Slovakia, the Russian Federation, Iran and Israel", negated=True)
R(d, "United States", "supported", WHOPA, "2025-05-19", "The United States did not take part in the vote", negated=True)
R(d, "United States", NOTBOUND, WHOC, None, "the United States notified its withdrawal from WHO in January", negated=True, required=False)
R(d, "Argentina", NOTBOUND, WHOC, None, "Argentina has also announced that it will withdraw from WHO", negated=True, required=False)
R(d, "Slovakia", "signed", WHOPA, None, "Slovakia's Prime Minister says his country will not sign", negated=True)
# "There were no votes against": nothing.
R(d, WHA, "adopted", IHR24, "2024-06-01", "The amendments adopted by the Health Assembly on 1 June last year")
# Entry into force in September; "Some States ... considering reservations or rejection"; "None has formally rejected": nothing.
R(d, DG, "called-for", IHR24, D, "I would encourage all of them to accept the amendments")
R(d, "United States", "signed", FCTC, "2004", "The United States signed the FCTC in 2004 but has never ratified it")
R(d, "United States", NOTRATIFIED, FCTC, None, "The United States signed the FCTC in 2004 but has never ratified it", negated=True)
R(d, "Switzerland", "signed", FCTC, "2004", "Switzerland also signed but has not ratified", alt=["Switzerland signed in 2004"])
R(d, "Switzerland", NOTRATIFIED, FCTC, None, "Switzerland also signed but has not ratified", negated=True)
R(d, "Argentina", "signed", FCTC, None, "Argentina, too, is a signatory that has not ratified")
R(d, "Argentina", NOTRATIFIED, FCTC, None, "Argentina, too, is a signatory that has not ratified", negated=True)
R(d, "Indonesia", "signed", FCTC, None, "Indonesia has neither signed nor ratified", negated=True)
R(d, "Indonesia", NOTRATIFIED, FCTC, None, "Indonesia has neither signed nor ratified", negated=True)
R(d, DG, "called-for", FCTC, D, "I call on them, and on all States not yet party, to join the Convention")

# ===================== 14 (First Committee provisional verbatim record, explanations of vote, New York, 1 November 2023) =====================
d = "14.txt"
D = "2023-11-01"
FC = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly"]
L56 = ("draft resolution A/C.1/78/L.56", ["A/C.1/78/L.56", "L.56", "draft resolution L.56", "Lethal autonomous weapons systems", "resolution on lethal autonomous weapons systems"])
CCW = ("Convention on Certain Conventional Weapons", ["CCW", "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects"])
PDAI = ("Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy", ["Political Declaration on Responsible Military Use of AI and Autonomy"])
GP19 = ("eleven Guiding Principles affirmed in 2019", ["Guiding Principles", "Guiding Principles on lethal autonomous weapons systems"])
R(d, FC, "adopted", L56, D, "Draft resolution A/C.1/78/L.56 was adopted by 164 votes to 5, with 8 abstentions.")
RL(d, ["Belarus", "India", "Mali", "Niger", "Russian Federation"], "supported", L56, D, "Against: Belarus, India, Mali, Niger, Russian Federation.", negated=True,
   alt=None)
RL(d, ["China", "Democratic People's Republic of Korea", "Iran", "Israel", "Saudi Arabia", "Syria", "Türkiye", "United Arab Emirates"], "supported", L56, D,
   "Abstaining: China, Democratic People's Republic of Korea, Iran (Islamic Republic of), Israel, Saudi Arabia, Syrian Arab Republic, Türkiye, United Arab Emirates.", negated=True)
# Niger's later note that it had intended to abstain: still not a vote in favour. "164 delegations", "five delegations": unnamed.
R(d, "Austria", "co-sponsored", L56, "2023-10-12", "which my delegation had the honour to introduce on 12 October together with a cross-regional group of co-sponsors")
R(d, "Austria", "supported", L56, D, "Austria is grateful to the 164 delegations that voted in favour of draft resolution L.56", required=False)
RL(d, ["Belgium", "Costa Rica", "Ireland", "Kiribati", "Luxembourg", "Mexico", "New Zealand", "Philippines", "Sierra Leone", "Switzerland"], "co-sponsored", L56, None,
   "Belgium, Costa Rica, Ireland, Kiribati, Luxembourg, Mexico, New Zealand, the Philippines, Sierra Leone and Switzerland - more than forty in all")
# The plenary in December (future), the Secretary-General's report: nothing.
R(d, "Austria", ENDORSED, PDAI, None, "Austria has also endorsed the Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy")
R(d, "United States", ENDORSED, PDAI, "2023-02", "which was launched by the United States in February", required=False)
# Austria hosting the Vienna conference in April 2024: nothing.
R(d, "India", RATIFIED, CCW, "1984", "India is a High Contracting Party to the Convention on Certain Conventional Weapons, which we ratified in 1984")
# India's corrected remark on the Human Rights Council: withdrawn (nothing).
R(d, "Japan", "supported", L56, D, "Japan voted in favour of draft resolution L.56")
R(d, "Japan", "co-sponsored", L56, None, "did not co-sponsor it", negated=True)
R(d, "Japan", PARTY, CCW, None, "Japan is also a party to the CCW and all of its Protocols")
R(d, "Japan", ENDORSED, GP19, None, "the eleven Guiding Principles affirmed in 2019, which Japan fully supports", required=False)
R(d, "China", "signed", CCW, "1981", "China signed the CCW in 1981 and ratified it in 1982")
R(d, "China", RATIFIED, CCW, "1982", "China signed the CCW in 1981 and ratified it in 1982")
R(d, "United Arab Emirates", NOTBOUND, CCW, None, "The United Arab Emirates is not yet a party to the CCW; it is studying accession", negated=True)
R(d, "Norway", "supported", L56, D, "Norway voted in favour")
R(d, "Norway", "co-sponsored", L56, None, "was proud to co-sponsor the draft")
R(d, "Norway", "called-for", CCW, D, "We also call on all States that have not yet done so to join the CCW and its Protocols")

# ===================== 15 (Ukraine MFA, Deputy Minister's speech at an ASP24 side event, The Hague, 1 December 2025) =====================
d = "15.txt"
D = "2025-12-01"
KAMPALA = ("Kampala amendments on the crime of aggression", ["Kampala amendments", "amendments to the Rome Statute on the crime of aggression"])
STA = ("Agreement between Ukraine and the Council of Europe on the Establishment of the Special Tribunal for the Crime of Aggression against Ukraine",
       ["Special Tribunal Agreement", "Agreement on the Special Tribunal for the Crime of Aggression against Ukraine"])
EPA_ST = ("Enlarged Partial Agreement on the Management Committee of the Special Tribunal", ["Enlarged Partial Agreement"])
ICCU = ("Convention on an International Claims Commission for Ukraine", ["Claims Commission Convention", "Convention on the International Claims Commission for Ukraine"])
R(d, "Ukraine", PARTY, ROME, "2025-01-01", "on the first day of January, Ukraine became a State Party to the Rome Statute of the International Criminal Court", required=False)
R(d, "Ukraine", "signed", ROME, "2000-01-20", "Ukraine signed the Statute on 20 January 2000")
# The article 12(3) declarations of 2014 and 2015 ("a declaration is not membership"), the Rada's vote of 21 August 2024,
# entry into force for Ukraine under article 126 and the article 124 declaration: nothing.
R(d, "Ukraine", RATIFIED, ROME, "2024-10-25", "on 25 October 2024, our Permanent Representative in New York deposited Ukraine's instrument of ratification with the Secretary-General of the United Nations")
R(d, "Hungary", NOTBOUND, ROME, None, "On 2 June, Hungary deposited its notification of withdrawal from the Rome Statute", negated=True,
  alt=["It will cease to be a party on 2 June 2026."])
RL(d, ["Burkina Faso", "Mali", "Niger"], NOTBOUND, ROME, None, "Burkina Faso, Mali and Niger announced that they intend to withdraw as well", negated=True, required=False)
R(d, "Ukraine", "called-for", ROME, D, "we call on every State that has not yet done so to ratify or accede to the Rome Statute",
  alt=["We call on Hungary, Burkina Faso, Mali and Niger to reconsider."])
R(d, "Armenia", RATIFIED, ROME, "2023-11", "after ratifying the Statute in November 2023")
R(d, "Armenia", PARTY, ROME, "2024-02-01", "Armenia joined the Court on 1 February 2024", required=False)
R(d, "Ukraine", NOTRATIFIED, KAMPALA, None, "Ukraine has not yet ratified the Kampala amendments on the crime of aggression", negated=True, alt=["We intend to do so."])
R(d, "Russian Federation", NOTBOUND, ROME, None, "the Russian Federation is not a party to the Statute", negated=True,
  alt=["in 2016 it informed the depositary that it did not intend to become a party"])
R(d, "Russian Federation", "signed", ROME, "2000", "Russia signed the Statute in 2000")
QST = ("President Zelensky and the Secretary General of the Council of Europe signed the Agreement between Ukraine and the Council of Europe on the "
       "Establishment of the Special Tribunal for the Crime of Aggression against Ukraine")
R(d, "Ukraine", "signed", STA, "2025-06-25", QST)
R(d, ["Council of Europe", "Secretary General of the Council of Europe"], "signed", STA, "2025-06-25", QST)
# "The Verkhovna Rada ratified it in July" is corrected to a domestic law; the exchange of notifications is pending.
R(d, "Ukraine", NOTRATIFIED, STA, None, "the exchange of notifications with the Council of Europe is still pending", negated=True, required=False)
QEPA = "the 40 States and the European Union that have already joined the Enlarged Partial Agreement on the Management Committee of the Special Tribunal, among them the Netherlands, Lithuania, Luxembourg, Germany and Ireland"
RL(d, ["European Union", "Netherlands", "Lithuania", "Luxembourg", "Germany", "Ireland"], JOINED, EPA_ST, None, QEPA)
# The diplomatic conference (venue): nothing.
R(d, "Ukraine", "signed", ICCU, None, "Ukraine will sign it on the first day", negated=True)
R(d, "Ukraine", "called-for", KAMPALA, D, "on all States Parties to ratify the Kampala amendments")

# ===================== 16 (African Union press conference transcript, Niamey, 7 July 2019) =====================
d = "16.txt"
D = "2019-07-07"
AUC = ["African Union Commission", "Chairperson of the African Union Commission", "AUC Chairperson", "African Union"]
FMP = ("Protocol to the Treaty Establishing the African Economic Community relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["Free Movement Protocol", "Protocol on Free Movement of Persons", "Protocol relating to Free Movement of Persons, Right of Residence and Right of Establishment"])
OPI = ("AfCFTA operational instruments", ["operational instruments", "rules of origin"])
# Launch of the operational phase and entry into force on 30 May: nothing.
R(d, "Gambia", RATIFIED, AFCFTA, "2019-04", "the twenty-second instrument of ratification was deposited by the Gambia, in April")
QNB = "two more of our Member States signed the Agreement here in Niamey: the Federal Republic of Nigeria, Africa's largest economy, and the Republic of Benin"
R(d, "Nigeria", "signed", AFCFTA, D, QNB, alt=["The President of Nigeria signed at 11.20 this morning"])
R(d, "Benin", "signed", AFCFTA, D, QNB)
# "54 of our 55 Member States have signed": unnamed.
R(d, "Eritrea", "signed", AFCFTA, None, "Only Eritrea has not yet signed", negated=True)
RL(d, ["Zimbabwe", "Burkina Faso", "Sao Tome and Principe", "Equatorial Guinea", "Gabon"], RATIFIED, AFCFTA, "2019",
   "Since the entry into force, Zimbabwe, Burkina Faso, Sao Tome and Principe, Equatorial Guinea and Gabon have deposited their instruments of ratification")
R(d, "Nigeria", NOTRATIFIED, AFCFTA, None, "Nigeria \"will ratify once our domestic consultations are complete\"", negated=True)
R(d, "Kenya", RATIFIED, AFCFTA, "2018-05-10", "The first to ratify were Kenya and Ghana, both in May 2018 - Kenya deposited on 10 May and Ghana the same day")
R(d, "Ghana", RATIFIED, AFCFTA, "2018-05-10", "The first to ratify were Kenya and Ghana, both in May 2018 - Kenya deposited on 10 May and Ghana the same day")
RL(d, ["Rwanda", "Niger", "Chad"], RATIFIED, AFCFTA, "2018-05", "Rwanda, Niger and Chad followed in the same month")
RL(d, ["Eswatini", "Guinea"], RATIFIED, AFCFTA, None, "Then Eswatini, Guinea... the list is on our website")
R(d, ["Sahrawi Arab Democratic Republic", "Saharawi Republic", "SADR"], RATIFIED, AFCFTA, None, "the Saharawi Republic, which ratified in May")
# "Thirty-two Member States have signed": unnamed. Kigali (venue): nothing.
RL(d, ["Rwanda", "Niger", "Mali", "Sao Tome and Principe"], RATIFIED, FMP, None, "only four have ratified: Rwanda, Niger, Mali and Sao Tome and Principe")
R(d, AUC, "called-for", FMP, D, "I call on all Member States that have not yet done so to sign and ratify the Free Movement Protocol")
R(d, "South Africa", "signed", AFCFTA, "2018-07", "South Africa signed the AfCFTA in July 2018", alt=["South Africa signed the AfCFTA in Nouakchott last year"])
R(d, "South Africa", RATIFIED, AFCFTA, "2019-02", "ratified it in February this year")
R(d, "South Africa", "signed", FMP, None, "South Africa has said it is not ready to sign the Protocol", negated=True,
  alt=["South Africa signed the AfCFTA in Nouakchott last year but not the Free Movement Protocol"])
R(d, ["Assembly of the Union", "African Union Assembly", "Assembly"], ADOPTED, OPI, D, "The Assembly adopted the operational instruments today", required=False)
# Ghana hosting the Secretariat and the Assembly accepting Ghana's offer: nothing.
R(d, ["Egypt", "Chairperson of the Assembly", "President of Egypt"], "called-for", AFCFTA, D,
  "His Excellency the President of Egypt, called on the remaining Member States to ratify the Agreement by the February Summit")
R(d, "Egypt", RATIFIED, AFCFTA, "2019-04", "Egypt itself ratified in April")
R(d, AUC, "called-for", AFCFTA, D, "I join that call.", required=False)

gold.finish(MIN_CHARS, MAX_CHARS)
