#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (04.md, 11.md, 07.html, 14.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity.

Theme: outcome documents of treaty conferences and meetings of States Parties (2016-2026): final reports, COP and MOP
decisions, summary records of plenary meetings, final declarations and action plans, lists of participants, credentials
reports and secretariat notes on the status of ratification. Lists of participating "States Parties" give `party` records;
signatories that attend as observers give `signed` (and a negated ratification where the text says they have not ratified);
observer States that "have neither signed nor acceded" give negated records. A conference's or meeting's own calls on others
to join are that body's `called-for`, dated by the outcome document. Depositaries, venues, hosts, presidencies, entry into
force (also for a given State), domestic approval, implementation, reservations, budgets, agendas and reports give nothing.
Planned, intended, "yet to", withdrawals and "not in a position to join" are negated records without a date (votes against
and abstentions keep theirs)."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Viet Nam", "Republic of Korea", "Iran", "Côte d'Ivoire",
          "Democratic Republic of the Congo", "United Republic of Tanzania", "Russian Federation", "Philippines", "China",
          "Egypt", "Saudi Arabia", "Chile", "Kazakhstan", "Mexico", "Kenya", "Ghana", "Colombia", "Cook Islands",
          "State of Palestine", "Syria", "Netherlands", "Bolivia", "Venezuela", "Micronesia", "Lao PDR", "Türkiye",
          "Germany", "Guatemala", "Paraguay", "Ecuador", "Uganda", "Rwanda", "Burundi", "Somalia", "Sudan",
          "Democratic People's Republic of Korea", "Kiribati", "Bangladesh", "Thailand", "Fiji", "Samoa", "Costa Rica",
          "Gambia", "South Sudan", "Cambodia", "Togo", "Republic of Moldova", "Bahamas", "Eswatini", "Guinea", "Kyrgyzstan",
          "Equatorial Guinea", "Sao Tome and Principe", "Cabo Verde", "Timor-Leste", "Brunei Darussalam", "Central African Republic"),
    "Holy See": ["Holy See", "the Holy See"],
    "Niue": ["Niue"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "India": ["India", "Republic of India"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

ATT = ("Arms Trade Treaty", ["ATT", "the Treaty"])

# ===================== 01 (ATT CSP9 Final Report, Geneva, 25 August 2023) =====================
d = "01.txt"
D = "2023-08-25"
CSP9 = ["Ninth Conference of States Parties to the Arms Trade Treaty", "Conference of States Parties", "CSP9", "Conference"]
# Presidency (Germany), venue (CICG), entry into force (2014; for Botswana on 1 August 2023), the depositary and footnote: nothing.
R(d, GA, "adopted", ATT, "2013-04-02", "the Treaty was adopted by the United Nations General Assembly on 2 April 2013 in resolution 67/234 B")
Q = ("One hundred and four (104) States Parties participated in CSP9, among them: Albania, Argentina, Australia, Burkina Faso, "
     "Chile, Côte d'Ivoire, Ghana, Jamaica, Japan, Mexico, Nigeria, Peru, Republic of Korea, Senegal and Switzerland")
RL(d, ["Albania", "Argentina", "Australia", "Burkina Faso", "Chile", "Côte d'Ivoire", "Ghana", "Jamaica", "Japan", "Mexico",
       "Nigeria", "Peru", "Republic of Korea", "Senegal", "Switzerland"], PARTY, ATT, None, Q)
Q = ("Five (5) Signatory States, which have signed but not yet ratified the Treaty, participated in CSP9 as observers, namely: "
     "Angola, Bahrain, Colombia, Singapore and Thailand")
SIG = ["Angola", "Bahrain", "Colombia", "Singapore", "Thailand"]
RL(d, SIG, "signed", ATT, None, Q)
for s in SIG:
    a = {"Angola": ["it expects to deposit its instrument of ratification before CSP10"],
         "Thailand": ["was reviewing its national legislation with a view to ratification"],
         "Colombia": ["continues to support the Arms Trade Treaty as a signatory"]}.get(s)
    R(d, s, NOTRATIFIED, ATT, None, Q, negated=True, alt=a)
Q = "Three (3) Observer States that have neither signed nor acceded to the Treaty attended the Conference in accordance with Rule 1(2) of the Rules of Procedure, namely India, Indonesia and Saudi Arabia"
RL(d, ["India", "Indonesia", "Saudi Arabia"], "signed", ATT, None, Q, negated=True)
RL(d, ["India", "Indonesia", "Saudi Arabia"], NOTBOUND, ATT, None, Q, negated=True)
# The EU, UNODA, ICRC and civil society attending: nothing.
R(d, "Philippines", RATIFIED, ATT, "2022-03-24", "the Philippines, which deposited its instrument of ratification on 24 March 2022")
R(d, "Botswana", ACCEDED, ATT, "2023-05-03", "Botswana, whose instrument of accession was deposited on 3 May 2023")
# WGTU co-chairs (Spain, Japan) and the toolkit: nothing. Angola's Council of Ministers approval: domestic.
R(d, "Thailand", COMMITTED, ATT, None, "Thailand stated that it remained committed to the object and purpose of the Treaty", required=False)
R(d, "Colombia", "supported", ATT, None, "continues to support the Arms Trade Treaty as a signatory", required=False)
# Submission to Colombia's Congress: domestic.
R(d, CSP9, "called-for", ATT, D, "The Conference encouraged all States that have not yet done so to join the Treaty without delay")
# Adoption of the agenda, budget, VTF terms of reference and Final Report: not instruments. VTF contributions: nothing.
R(d, "Japan", COMMITTED, ATT, None, "Japan reaffirmed its commitment to the Treaty and to its universalization in the Asia-Pacific region")
# CSP10 venue, presidency (Sierra Leone) and Vice-Presidents: nothing.

# ===================== 02 (Ozone Secretariat note UNEP/OzL.Pro.31/INF/2, 21 October 2019) =====================
d = "02.txt"
VC = ("Vienna Convention for the Protection of the Ozone Layer", ["Vienna Convention"])
MP = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
KA = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment", "the Amendment"])
BA = ("Beijing Amendment to the Montreal Protocol", ["Beijing Amendment"])
MOP30 = ["Thirtieth Meeting of the Parties to the Montreal Protocol", "Meeting of the Parties", "Thirtieth Meeting of the Parties"]
Q = "have been ratified by all 193 Members of the United Nations and by the Cook Islands, Niue, the Holy See and the State of Palestine"
for a in ("Cook Islands", "Niue", "Holy See", "State of Palestine"):
    R(d, a, RATIFIED, VC, None, Q)
    R(d, a, RATIFIED, MP, None, Q)
R(d, "European Union", PARTY, VC, None, "the European Union is a party to both instruments")
R(d, "European Union", PARTY, MP, None, "the European Union is a party to both instruments")
# "all 193 Members", "197 Parties", "93 Parties": unnamed. The UN Treaty Section as depositary: nothing.
R(d, "Switzerland", RATIFIED, KA, "2018-11-07", "Switzerland ratification 7 Nov 2018")
R(d, "Japan", ACCEPTED, KA, "2018-12-18", "Japan acceptance 18 Dec 2018")
R(d, "Belgium", RATIFIED, KA, "2019-02-11", "Belgium ratification 11 Feb 2019")
R(d, "China", ACCEPTED, KA, "2019-06-17", "China acceptance 17 Jun 2019")
R(d, "Cameroon", RATIFIED, KA, "2019-07-04", "Cameroon ratification 4 Jul 2019")
R(d, "Iceland", RATIFIED, KA, "2019-09-25", "Iceland ratification 25 Sep 2019")
# Entry-into-force column and the Amendment's entry into force on 1 January 2019: nothing.
R(d, "Côte d'Ivoire", NOTRATIFIED, KA, None, "an instrument has not yet been received", negated=True)
# Its National Assembly's authorization: domestic.
RL(d, ["Bahrain", "Kuwait", "Qatar", "Saudi Arabia"], NOTRATIFIED, KA, None,
   "Bahrain, Kuwait, Qatar and Saudi Arabia have yet to ratify the Kigali Amendment", negated=True)
R(d, "India", NOTRATIFIED, KA, None, "it intends to ratify the Amendment", negated=True)
R(d, "United States", NOTRATIFIED, KA, None, "the United States signalled that the Amendment remains under review by its administration", negated=True, required=False)
R(d, "Kazakhstan", ACCEPTED, BA, "2019-04-08", "Kazakhstan's instrument of acceptance of the Beijing Amendment on 8 April 2019")
R(d, "Mauritania", ACCEPTED, BA, "2018-10", "had approved it in October 2018")
R(d, MOP30, "called-for", KA, "2018-11-09", "the Thirtieth Meeting of the Parties urged all States that have not yet done so to ratify, approve or accede to the Kigali Amendment")
R(d, "Rwanda", RATIFIED, KA, None, "the ratification of the Amendment by Rwanda")
# Rwanda as host of MOP28: nothing. The MOP's "noted with appreciation": not recorded.
R(d, ["Twenty-Eighth Meeting of the Parties to the Montreal Protocol", "Twenty-Eighth Meeting", "Meeting of the Parties"], "adopted", KA,
  "2016-10-15", "at which the Amendment was adopted on 15 October 2016", required=False)

# ===================== 03 (NPT/CONF.2026/SR.3, New York, Tuesday 28 April 2026) =====================
d = "03.txt"
D = "2026-04-28"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
PEL = ("African Nuclear-Weapon-Free Zone Treaty", ["Treaty of Pelindaba", "Pelindaba Treaty"])
APNG = ("Additional Protocol to Nigeria's safeguards agreement", ["Additional Protocol"])
APIQ = ("Additional Protocol to Iraq's safeguards agreement", ["Additional Protocol"])
R7835 = ("General Assembly resolution 78/35", ["resolution 78/35"])
TLAP = ("Additional Protocols to the Treaty of Tlatelolco", ["Additional Protocols", "Treaty of Tlatelolco Additional Protocols"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["CANWFZ", "Semipalatinsk Treaty"])
# The President (Viet Nam) and the correction boilerplate: nothing.
R(d, "Chile", "signed", TPNW, "2017-09-20", "which had signed the Treaty on the Prohibition of Nuclear Weapons on 20 September 2017")
R(d, "Chile", RATIFIED, TPNW, "2021-09", "had deposited its instrument of ratification in September 2021")
R(d, "Chile", "called-for", CTBT, D, "Chile called on all States that had not yet done so to sign and ratify the Comprehensive Nuclear-Test-Ban Treaty")
R(d, "Nigeria", PARTY, PEL, "2008", "to which Nigeria had been a party since 2008")
R(d, "Nigeria", "signed", APNG, "2001", "Her Government had signed the Additional Protocol to its safeguards agreement in 2001")
# "it had entered into force in 2007": entry into force, nothing.
R(d, "Nigeria", "co-sponsored", R7835, None, "Nigeria had been among the sponsors of General Assembly resolution 78/35")
R(d, "Nigeria", "supported", R7835, None, "had voted in favour of it")
# Sweden as an observer at the first MSP: nothing.
R(d, "Sweden", NOTBOUND, TPNW, None, "it was not in a position to join that instrument", negated=True)
R(d, "Sweden", COMMITTED, NPT, None, "Sweden remained fully committed to the Non-Proliferation Treaty")
R(d, "Japan", "signed", TPNW, None, "His Government would not sign the Treaty on the Prohibition of Nuclear Weapons at the present time", negated=True)
R(d, "Japan", "called-for", CTBT, D, "Japan urged the eight remaining Annex 2 States to ratify the CTBT without delay")
# The named addressees have not ratified (implied only): optional negated records.
RL(d, ["China", "Egypt", "Iran", "Israel", "United States"], NOTRATIFIED, CTBT, None,
   "urged in particular China, Egypt, Iran, Israel and the United States to do so", negated=True, required=False)
R(d, "Iraq", RATIFIED, APIQ, "2012", "his country had ratified the Additional Protocol to its safeguards agreement in 2012")
R(d, "Iraq", NOTBOUND, TPNW, None, "Iraq had not yet acceded to the Treaty on the Prohibition of Nuclear Weapons", negated=True)
# Tlatelolco opened for signature in Mexico City (venue) and Mexico as depositary: nothing.
R(d, "Mexico", "called-for", TLAP, D, "called on all States with territories in the zone to adhere to the Additional Protocols")
R(d, "Lebanon", RATIFIED, CTBT, "2008", "Lebanon, which had ratified the Comprehensive Nuclear-Test-Ban Treaty in 2008")
R(d, "Lebanon", "called-for", NPT, D, "called on Israel to accede to the Non-Proliferation Treaty as a non-nuclear-weapon State")
R(d, "Israel", NOTBOUND, NPT, None, "called on Israel to accede to the Non-Proliferation Treaty as a non-nuclear-weapon State", negated=True, required=False)
R(d, "Kazakhstan", RATIFIED, CANWFZ, "2009", "his country had ratified the Treaty on a Nuclear-Weapon-Free Zone in Central Asia in 2009")
R(d, "Kazakhstan", RATIFIED, TPNW, "2019-08-29", "the Treaty on the Prohibition of Nuclear Weapons on 29 August 2019")
# Kazakhstan presiding over the third MSP: nothing.
R(d, "Zimbabwe", "supported", R7835, None, "his delegation had abstained in the vote on General Assembly resolution 78/35", negated=True)
R(d, "Zimbabwe", "signed", TPNW, "2026-04-27", "had signed the Treaty on the Prohibition of Nuclear Weapons on the occasion of the Conference's opening on Monday")
R(d, "Zimbabwe", NOTRATIFIED, TPNW, None, "Ratification would follow once domestic procedures had been completed", negated=True)

# ===================== 04.md (CMC blog, 12MSP day two, Geneva, 11 September 2024) =====================
d = "04.md"
CCM = ("Convention on Cluster Munitions", ["CCM", "the Convention"])
R7832 = ("General Assembly resolution 78/32", ["resolution 78/32"])
R(d, "Iraq", "called-for", CCM, "2024-09-10", "urged all States not party to join the Convention")
R(d, ["Dublin Diplomatic Conference", "Diplomatic Conference"], "adopted", CCM, "2008-05-30",
  "the Convention was adopted in Dublin on 30 May 2008", required=False)
# Entry into force (2010), the Seimas vote (domestic), the effective date of withdrawal, regrets of Norway/Ireland/NZ/Austria: nothing.
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania deposited its notification of withdrawal with the UN Secretary-General on 6 September", negated=True)
R(d, "Nigeria", RATIFIED, CCM, "2023-02-28", "Nigeria | ratification | 28 February 2023", alt=["Nigeria's ratification"])
R(d, "South Sudan", ACCEDED, CCM, "2023-08-03", "South Sudan | accession | 3 August 2023", alt=["South Sudan's accession"])
RL(d, ["United States", "Ukraine"], NOTBOUND, CCM, None, "Neither the United States nor Ukraine is party to the Convention", negated=True)
SIG = ["Angola", "Cyprus", "Democratic Republic of the Congo", "Djibouti", "Haiti", "Indonesia", "Jamaica", "Kenya", "Liberia",
       "Uganda", "United Republic of Tanzania"]
for s in SIG:
    a = {"Kenya": ["ratification was \"at the final stage\" before the National Assembly"],
         "Democratic Republic of the Congo": ["its instrument of ratification would be deposited \"before the end of the year\""]}.get(s)
    R(d, s, NOTRATIFIED, CCM, None, "Eleven signatories have yet to ratify the Convention", negated=True, alt=a)
    R(d, s, "signed", CCM, None, "Eleven signatories have yet to ratify the Convention", required=False)
R(d, "Mexico", "called-for", CCM, "2024-09-10", "called on all signatories to ratify the Convention \"as a matter of priority\"")
# Chile and Zambia hosting workshops: nothing. "144 votes to 1, with 38 abstentions": unnamed.
R(d, "Russian Federation", "supported", R7832, "2023-12", "The Russian Federation voted against", negated=True)
RL(d, ["Argentina", "Brazil", "Thailand"], "supported", R7832, "2023-12", "Argentina, Brazil and Thailand voted in favour")
RL(d, ["Argentina", "Brazil", "Thailand"], NOTBOUND, CCM, None, "Among the States not party, Argentina, Brazil and Thailand voted in favour", negated=True, required=False)
R(d, "Philippines", PARTY, CCM, "2019", "The Philippines, a State Party since 2019")
R(d, "Philippines", "co-sponsored", R7832, None, "was again among the co-sponsors of the resolution")
R(d, GA, "adopted", R7832, "2023-12", "resolution 78/32 on the implementation of the Convention was adopted by 144 votes to 1, with 38 abstentions", required=False)

# ===================== 05 (APMBC 22MSP Final Report APLC/MSP.22/2025/11, Geneva, 5 December 2025) =====================
d = "05.txt"
D = "2025-12-05"
APMBC = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
         ["Anti-Personnel Mine Ban Convention", "Mine Ban Convention", "Ottawa Convention", "APMBC", "the Convention"])
SRAP = ("Siem Reap-Angkor Action Plan", ["Siem Reap-Angkor Action Plan (2025-2029)", "Siem Reap Action Plan"])
MSP22 = ["Twenty-Second Meeting of the States Parties to the Anti-Personnel Mine Ban Convention", "Twenty-Second Meeting of the States Parties", "22MSP", "Meeting"]
# The Review Conference's venue (Siem Reap) and the President (Japan): nothing.
R(d, ["Oslo Diplomatic Conference", "Diplomatic Conference"], "adopted", APMBC, "1997-09-18",
  "the Convention was adopted at the Diplomatic Conference in Oslo on 18 September 1997", required=False)
R(d, ["Fifth Review Conference of the Anti-Personnel Mine Ban Convention", "Fifth Review Conference"], "adopted", SRAP, "2024-11-29",
  "the Siem Reap-Angkor Action Plan (2025-2029) was adopted by the Fifth Review Conference on 29 November 2024")
Q = ("The following States Parties participated in the Meeting: Afghanistan, Albania, Algeria, Angola, Bangladesh, Belgium, Bosnia and "
     "Herzegovina, Cambodia, Colombia, Croatia, Ecuador, Iraq, Mozambique, Senegal, Sri Lanka, Tajikistan, Thailand, Yemen and Zimbabwe")
RL(d, ["Afghanistan", "Albania", "Algeria", "Angola", "Bangladesh", "Belgium", "Bosnia and Herzegovina", "Cambodia", "Colombia",
       "Croatia", "Ecuador", "Iraq", "Mozambique", "Senegal", "Sri Lanka", "Tajikistan", "Thailand", "Yemen", "Zimbabwe"], PARTY, APMBC, None, Q)
R(d, "Marshall Islands", RATIFIED, APMBC, "2025-03-12", "The Marshall Islands, which deposited its instrument of ratification on 12 March 2025")
# Entry into force for the Marshall Islands on 1 September 2025: nothing (same event as the ratification; no separate party record).
Q = ("The following States not parties to the Convention participated in the Meeting as observers: Azerbaijan, China, Egypt, India, "
     "Morocco, Singapore and the United States of America")
for s in ["Azerbaijan", "China", "Egypt", "India", "Morocco", "Singapore", "United States"]:
    R(d, s, NOTBOUND, APMBC, None, Q, negated=True,
      alt=["it did not intend to accede to the Convention"] if s == "United States" else None)
R(d, "Lao PDR", NOTBOUND, APMBC, None, "its Government had begun internal consultations on possible accession", negated=True)
Q = ("notifications of withdrawal deposited with the Secretary-General of the United Nations, in accordance with Article 20, by Estonia, "
     "Latvia and Lithuania on 27 June 2025, by Finland on 10 July 2025 and by Poland on 20 August 2025")
RL(d, ["Estonia", "Latvia", "Lithuania", "Finland", "Poland"], NOTBOUND, APMBC, None, Q, negated=True)
# "161 States remain party": unnamed. Effect of withdrawal six months later, footnote: nothing.
R(d, MSP22, "called-for", APMBC, D, "called upon all States that have not yet done so to accede to the Convention at the earliest opportunity",
  alt=["It further called upon the States concerned to reconsider their decisions to withdraw"])
# US landmine policy under review (policy, not instrument); Singapore's moratorium; Article 5/4 extensions; Mauritania's completion;
# "encouraged all States Parties to implement": nothing.
RL(d, ["Cambodia", "Norway", "Thailand"], COMMITTED, SRAP, None,
   "Cambodia, Norway and Thailand reaffirmed their commitment to the Siem Reap-Angkor Action Plan")
# Adoption of the Credentials Committee report, ISU budget and final report; 23MSP venue and presidency (Zambia): nothing.

# ===================== 06 (Minamata secretariat note UNEP/MC/COP.4/INF/3, 14 March 2022) =====================
d = "06.txt"
MIN = ("Minamata Convention on Mercury", ["Minamata Convention", "the Convention"])
R(d, ["Conference of Plenipotentiaries on the Minamata Convention on Mercury", "Conference of Plenipotentiaries"], "adopted", MIN,
  "2013-10-10", "The Minamata Convention on Mercury was adopted by the Conference of Plenipotentiaries on the Minamata Convention on Mercury at Kumamoto, Japan, on 10 October 2013")
# Opening for signature (Kumamoto, New York), "signed by 128 States and one regional economic integration organization", entry into
# force (2017), the depositary and "137 States": nothing.
R(d, "European Union", "signed", MIN, "2013-10-10", "The European Union, which signed the Convention on 10 October 2013")
R(d, "European Union", ACCEPTED, MIN, "2017-05-18", "became a Party by approval on 18 May 2017")
R(d, "Bangladesh", ACCEDED, MIN, "2020-03-12", "Bangladesh - 12 Mar 2020 (a)")
R(d, "Cameroon", "signed", MIN, "2014-09-24", "Cameroon 24 Sep 2014 28 Jul 2021 (r)", required=False)
R(d, "Cameroon", RATIFIED, MIN, "2021-07-28", "Cameroon 24 Sep 2014 28 Jul 2021 (r)")
R(d, "Egypt", ACCEDED, MIN, "2020-06-03", "Egypt - 3 Jun 2020 (a)")
R(d, "Kyrgyzstan", ACCEDED, MIN, "2020-12-04", "Kyrgyzstan - 4 Dec 2020 (a)")
R(d, "Malawi", "signed", MIN, "2013-10-10", "Malawi 10 Oct 2013 11 Feb 2021 (r)", required=False)
R(d, "Malawi", RATIFIED, MIN, "2021-02-11", "Malawi 10 Oct 2013 11 Feb 2021 (r)")
R(d, "Montenegro", "signed", MIN, "2014-09-24", "Montenegro 24 Sep 2014 18 May 2021 (r)", required=False)
R(d, "Montenegro", RATIFIED, MIN, "2021-05-18", "Montenegro 24 Sep 2014 18 May 2021 (r)")
R(d, "United Republic of Tanzania", ACCEPTED, MIN, "2021-11-05", "Tanzania (United Rep.) - 5 Nov 2021 (AA)")
R(d, "Zambia", "signed", MIN, "2013-10-10", "Zambia 10 Oct 2013 1 Mar 2022 (A)", required=False)
R(d, "Zambia", ACCEPTED, MIN, "2022-03-01", "Zambia 10 Oct 2013 1 Mar 2022 (A)")
# Entry-into-force column: nothing.
Q = ("The following signatories had not yet deposited an instrument of ratification, acceptance or approval as at 31 January 2022: "
     "Central African Republic, Costa Rica, Israel, Kuwait, Libya, New Zealand, Pakistan, Tunisia, Ukraine and Uruguay")
for s in ["Central African Republic", "Costa Rica", "Israel", "Kuwait", "Libya", "New Zealand", "Pakistan", "Tunisia", "Ukraine", "Uruguay"]:
    a = {"New Zealand": ["it expected to deposit its instrument of ratification in the course of 2022"],
         "Pakistan": ["Pakistan has indicated that its accession is under consideration"]}.get(s)
    R(d, s, NOTRATIFIED, MIN, None, Q, negated=True, alt=a)
    R(d, s, "signed", MIN, None, Q, required=False)
# New Zealand's parliamentary treaty examination: domestic.
Q = "among those that attended the online segment of the fourth meeting as observers were Myanmar, the Russian Federation and Saudi Arabia"
RL(d, ["Myanmar", "Russian Federation", "Saudi Arabia"], "signed", MIN, None, Q, negated=True)
RL(d, ["Myanmar", "Russian Federation", "Saudi Arabia"], NOTBOUND, MIN, None, Q, negated=True)
R(d, ["Conference of the Parties to the Minamata Convention on Mercury", "Conference of the Parties", "COP-3"], "called-for", MIN, "2019-11",
  "the Conference of the Parties invited all States and regional economic integration organizations that have not yet done so to ratify, accept, approve or accede to the Convention")
# The Executive Secretary's letters, the webinars supported by Japan and Switzerland, the suggested further invitation ("may wish"): nothing.

# ===================== 07.html (UN Meetings Coverage HR/5395, CRPD COSP11, New York, 12 June 2018) =====================
d = "07.html"
D = "2018-06-12"
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD", "Disability Convention", "the Convention"])
CRPDOP = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol"])
MARR = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled",
        ["Marrakesh Treaty", "Marrakesh VIP Treaty"])
AUDP = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa",
        ["African Disability Protocol", "the Protocol"])
PRES = ["President of the Conference of States Parties", "Conference President", "Conference of States Parties", "María Soledad Cisternas", "Chile"]
Q = "she called on all States that had not yet done so to ratify both instruments without delay"
R(d, PRES, "called-for", CRPD, D, Q)
R(d, PRES, "called-for", CRPDOP, D, Q)
# "177 States and one regional integration organization", "92": unnamed. The Secretary-General's message: not a call.
R(d, GA, "adopted", CRPD, "2006-12-13", "the Convention had been adopted by the General Assembly on 13 December 2006")
R(d, "Ireland", RATIFIED, CRPD, "2018-03", "her country ratified the Convention in March 2018")
R(d, "Ireland", NOTRATIFIED, CRPDOP, None, "intends to ratify the Optional Protocol", negated=True)
# The Assisted Decision-Making (Capacity) Act: domestic.
R(d, "European Union", ACCEPTED, CRPD, "2010-12", "the bloc had concluded the Convention in December 2010")
# "Its 28 member States have all ratified the Convention": unnamed members.
R(d, "Japan", RATIFIED, CRPD, "2014-01", "her Government had ratified the Convention in January 2014")
R(d, "Mexico", "co-sponsored", ("General Assembly resolution launching the negotiations on the Convention", ["General Assembly resolution that launched the negotiations"]),
  "2001", "Mexico, which co-sponsored the General Assembly resolution that launched the negotiations in 2001", required=False)
R(d, "Ecuador", ACCEDED, MARR, "2014", "Ecuador, which said it had acceded to the Marrakesh Treaty")
R(d, "United States", "signed", CRPD, "2009-07-30", "her country signed the Convention on 30 July 2009")
R(d, "United States", NOTRATIFIED, CRPD, None, "She said her country was not in a position to become a party at this time", negated=True,
  alt=["the Senate has not given its advice and consent to ratification"])
# The Americans with Disabilities Act: domestic.
R(d, "Brazil", "called-for", MARR, D, "The representative of Brazil called on all Member States to ratify the Marrakesh Treaty")
R(d, "Brazil", RATIFIED, MARR, "2015-12", "which his country had ratified in December 2015")
R(d, ["African Union Assembly", "African Union", "Assembly of the African Union"], "adopted", AUDP, "2018-01", "adopted by the African Union Assembly in January 2018")
RL(d, ["Mali", "Central African Republic", "Burkina Faso"], "signed", AUDP, None, "had already been signed by Mali, Central African Republic and Burkina Faso")
R(d, "South Africa", "signed", AUDP, None, "South Africa itself intended to sign the Protocol in the coming months", negated=True)
R(d, "Tonga", "signed", CRPD, "2007", "The representative of Tonga, a signatory since 2007")
R(d, "Tonga", NOTRATIFIED, CRPD, None, "her country was considering ratification", negated=True)
# Speaking for the African Group; elections of Committee members (nationals of nine States); the next meeting: nothing.

# ===================== 08 (ECLAC LC/COP-EZ.3/4, Escazú COP3 report, Santiago, 30 April 2024) =====================
d = "08.txt"
D = "2024-04-24"
ESC = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
       ["Escazú Agreement", "Escazu Agreement", "the Agreement"])
HRDAP = ("Action Plan on Human Rights Defenders in Environmental Matters", ["Action Plan on Human Rights Defenders"])
COP = ["Conference of the Parties to the Escazú Agreement", "Conference of the Parties", "COP3"]
Q = ("The meeting was attended by representatives of the following States Parties to the Agreement: Antigua and Barbuda, Argentina, "
     "Belize, Bolivia (Plurinational State of), Chile, Dominica, Ecuador, Grenada, Guyana, Mexico, Nicaragua, Panama, Saint Kitts and "
     "Nevis, Saint Lucia, Saint Vincent and the Grenadines and Uruguay")
# Belize and Grenada are listed too; their ratification and accession below are the same status (one record each, list as alt).
QP = Q
RL(d, ["Antigua and Barbuda", "Argentina", "Bolivia", "Chile", "Dominica", "Ecuador", "Guyana", "Mexico",
       "Nicaragua", "Panama", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Uruguay"], PARTY, ESC, None, Q)
Q3 = "Representatives of the following signatory countries of the Agreement attended as observers: Brazil, Costa Rica, Guatemala, Jamaica, Paraguay and Peru"
R(d, "Brazil", "signed", ESC, "2018-09-27", "the Agreement, which Brazil had signed on 27 September 2018", alt=[Q3])
R(d, "Paraguay", "signed", ESC, "2018-09-28", "Paraguay signed the Agreement on 28 September 2018", alt=[Q3])
RL(d, ["Costa Rica", "Guatemala", "Jamaica", "Peru"], "signed", ESC, None, Q3)
R(d, "Brazil", NOTRATIFIED, ESC, None, "the Government expected ratification \"in the course of this legislature\"", negated=True, alt=[Q3])
R(d, "Costa Rica", NOTRATIFIED, ESC, None, "the country where the Agreement was adopted had yet to ratify it", negated=True, alt=[Q3])
R(d, "Guatemala", NOTRATIFIED, ESC, None, "ratification was not on the current legislative agenda", negated=True, alt=[Q3])
RL(d, ["Jamaica", "Paraguay", "Peru"], NOTRATIFIED, ESC, None, Q3, negated=True, required=False)
# Brazil's submission to Congress, Costa Rica's bill, Peru's Congress archiving it, Paraguay's withdrawal from congressional consideration: domestic.
R(d, "Peru", COMMITTED, ESC, None, "the Executive \"maintains its commitment\" to the Escazú Agreement", required=False)
Q = "Honduras and El Salvador, which have neither signed nor acceded to the Agreement, also attended as observers"
RL(d, ["Honduras", "El Salvador"], "signed", ESC, None, Q, negated=True)
RL(d, ["Honduras", "El Salvador"], NOTBOUND, ESC, None, Q, negated=True)
# Bureau; adoption in Escazú (no actor named), opening for signature, entry into force and depositary: nothing.
R(d, "Belize", RATIFIED, ESC, "2023-03-06", "his country had deposited its instrument of ratification on 6 March 2023", alt=[QP])
R(d, "Grenada", ACCEDED, ESC, None, "its accession had been the sixteenth in the region", alt=[QP])
R(d, COP, "adopted", HRDAP, D, "Approves the Action Plan on Human Rights Defenders in Environmental Matters")
R(d, COP, "called-for", ESC, D, "Urges the countries of Latin America and the Caribbean included in annex 1 to the Agreement that have not yet done so to sign, ratify or accede to the Agreement")
# The welcome of Belize's and Grenada's acts, the budget, the next meeting and the co-chairs of the working group: nothing.

# ===================== 09 (FCTC COP7 list of participants FCTC/COP/7/DIV/1 Rev.1, 12 November 2016) =====================
d = "09.txt"
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC", "WHO FCTC", "Framework Convention on Tobacco Control", "the Convention"])
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["Illicit Trade Protocol", "the Protocol"])
R(d, ["Conference of the Parties to the WHO Framework Convention on Tobacco Control", "Conference of the Parties", "COP5"], "adopted", ITP,
  "2012-11-12", "adopted by the Conference of the Parties at its fifth session, Seoul, 12 November 2012")
# "which is not yet in force": nothing. Parties are listed under the heading "1. PARTIES / PARTIES"; an asterisk marks the Protocol
# (a legend that a careful annotator might or might not read into records: optional).
PARTIES = [("Austria", "AUSTRIA *", True), ("Brazil", "BRAZIL", False), ("European Union", "EUROPEAN UNION *", True),
           ("France", "FRANCE *", True), ("Gambia", "GAMBIA *", True), ("India", "INDIA (HOST COUNTRY) *", True),
           ("Nicaragua", "NICARAGUA *", True), ("Panama", "PANAMA", False), ("Spain", "SPAIN *", True),
           ("Thailand", "THAILAND", False), ("Türkiye", "TURKEY *", True), ("Uruguay", "URUGUAY *", True)]
for a, q, prot in PARTIES:
    R(d, a, PARTY, FCTC, None, q)
    if prot:
        R(d, a, ACCEPTED, ITP, None, q, required=False)
# India as host country and the President of the Conference: nothing beyond its party record. Heads of delegation: nothing.
NP = "2.1 STATES NOT PARTIES TO THE CONVENTION / ETATS NON PARTIES A LA CONVENTION"
for a, q in [("Argentina", "ARGENTINA (S)"), ("Morocco", "MOROCCO (S)"), ("Switzerland", "SWITZERLAND (S)"), ("United States", "UNITED STATES OF AMERICA (S)")]:
    R(d, a, NOTBOUND, FCTC, None, q, negated=True, alt=[NP])
    R(d, a, "signed", FCTC, None, q, required=False)
QI = "the Republic of Indonesia, which has neither signed nor acceded to the Convention, attended with the status of observer"
R(d, "Indonesia", NOTBOUND, FCTC, None, QI, negated=True, alt=[NP])
R(d, "Indonesia", "signed", FCTC, None, QI, negated=True)
# IGOs and NGOs as observers, the Convention Secretariat, entry into force (2005) and the depositary: nothing.

# ===================== 10 (SPLOS/29/7, Report of the Credentials Committee, New York, 21 June 2019) =====================
d = "10.txt"
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention", "the Convention"])
P11 = ("Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea",
       ["Part XI Agreement", "1994 Agreement", "Agreement relating to the Implementation of Part XI of the Convention"])
Q = ("appointed a Credentials Committee consisting of the following nine States Parties: Cuba, Estonia, Gabon, Indonesia, Italy, "
     "Jamaica, Mozambique, Pakistan and Tonga")
RL(d, ["Cuba", "Estonia", "Gabon", "Indonesia", "Italy", "Jamaica", "Mozambique", "Pakistan", "Tonga"], PARTY, UNCLOS, None, Q)
# The Chair (Cuba) and the Committee's meeting: nothing.
Q3 = ("from the following 98 States Parties, including: Algeria, Argentina, Bangladesh, Brazil, Chile, China, Germany, India, Japan, "
      "Kenya, Nigeria, Norway, Philippines and Viet Nam, as well as the European Union")
RL(d, ["Algeria", "Argentina", "Bangladesh", "Brazil", "Chile", "China", "Germany", "India", "Japan", "Kenya", "Nigeria", "Norway",
       "Philippines", "Viet Nam"], PARTY, UNCLOS, None, Q3)
R(d, "European Union", ACCEPTED, UNCLOS, "1998-04-01", "The European Union, which formally confirmed the Convention on 1 April 1998", alt=[Q3])
Q4 = "by the following 31 States Parties, among which: Azerbaijan, Bahrain, Belize, Guinea-Bissau, Malta, Oman, State of Palestine and Uganda"
RL(d, ["Bahrain", "Belize", "Guinea-Bissau", "Malta", "Oman", "Uganda"], PARTY, UNCLOS, None, Q4)
# The footnote's accessions are the same status as the listing: one record each.
R(d, "State of Palestine", ACCEDED, UNCLOS, "2015-01-02", "The State of Palestine acceded to the Convention on 2 January 2015", alt=[Q4])
R(d, "Azerbaijan", ACCEDED, UNCLOS, "2016-06-16", "Azerbaijan on 16 June 2016", alt=[Q4])
# The Committee's draft resolution on credentials and the Meeting's approval of the report: not instruments.
R(d, "Colombia", NOTBOUND, UNCLOS, None, "The representative of Colombia, which is not a party to the Convention", negated=True)
RL(d, ["Türkiye", "Venezuela"], NOTBOUND, UNCLOS, None, "The representatives of Turkey and Venezuela (Bolivarian Republic of), States not parties", negated=True)
R(d, "United States", "signed", P11, "1994-07-29", "which signed the Agreement relating to the Implementation of Part XI of the Convention on 29 July 1994")
R(d, "United States", NOTBOUND, P11, None, "but has not become a party to either instrument", negated=True)
R(d, "United States", NOTBOUND, UNCLOS, None, "but has not become a party to either instrument", negated=True)

# ===================== 11.md (policy brief on CBD COP16, Cali; 5 November 2024) =====================
d = "11.md"
CBD = ("Convention on Biological Diversity", ["CBD", "the Convention"])
NAG = ("Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits", ["Nagoya Protocol", "Nagoya"])
CART = ("Cartagena Protocol on Biosafety", ["Cartagena Protocol"])
KMGBF = ("Kunming-Montreal Global Biodiversity Framework", ["KMGBF", "Global Biodiversity Framework", "GBF"])
DSI = ("decision 16/2 on the multilateral mechanism for benefit-sharing from the use of digital sequence information", ["decision 16/2", "Cali Fund decision"])
BBNJ = ("BBNJ Agreement", ["Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", "High Seas Treaty"])
CALI = ("Cali Declaration on Biodiversity and Climate", ["Cali Declaration", "Cali climate-nature declaration"])
R(d, ["Conference of the Parties to the Convention on Biological Diversity", "Conference of the Parties", "COP15"], "adopted", KMGBF,
  "2022-12-19", "which the Conference of the Parties adopted in Montreal on 19 December 2022")
R(d, ["Conference of the Parties to the Convention on Biological Diversity", "Conference of the Parties", "COP16"], "adopted", DSI, None,
  "The Conference of the Parties adopted decision 16/2 establishing the multilateral mechanism", required=False)
# Suspension for lack of quorum, NBSAPs ("only 44 did"), the fund pushed by the African Group, the Article 8(j) body: nothing.
R(d, ["Colombia", "COP16 President", "Susana Muhamad"], "called-for", NAG, "2024-10-28",
  "called on 28 October on all countries that have not yet done so to ratify the Nagoya Protocol")
R(d, "Tuvalu", ACCEDED, NAG, "2024-03", "Tuvalu acceded to the Nagoya Protocol in March this year")
R(d, "Panama", RATIFIED, BBNJ, "2024-10", "Panama's ratification of the BBNJ Agreement last month")
R(d, "United Kingdom", NOTRATIFIED, NAG, None, "The United Kingdom said it \"intends to ratify\" the Nagoya Protocol", negated=True)
R(d, "United States", "signed", CBD, "1993", "The United States, which signed the Convention in 1993",
  alt=["United States | Signed (1993), not ratified"])
R(d, "United States", NOTRATIFIED, CBD, None, "but has never ratified it", negated=True, alt=["United States | Signed (1993), not ratified"])
# Attending as an observer: nothing further.
R(d, "Argentina", PARTY, CBD, None, "Argentina | Party | Party | Signed, not ratified")
R(d, "Argentina", PARTY, NAG, None, "Argentina | Party | Party | Signed, not ratified")
R(d, "Argentina", "signed", CART, None, "Argentina | Party | Party | Signed, not ratified")
R(d, "Argentina", NOTRATIFIED, CART, None, "Argentina | Party | Party | Signed, not ratified", negated=True)
R(d, "Canada", PARTY, CBD, None, "Canada | Party | Not party | Signed, not ratified")
R(d, "Canada", NOTBOUND, NAG, None, "Canada | Party | Not party | Signed, not ratified", negated=True,
  alt=["gave no timeline for accession"])
R(d, "Canada", "signed", CART, None, "Canada | Party | Not party | Signed, not ratified")
R(d, "Canada", NOTRATIFIED, CART, None, "Canada | Party | Not party | Signed, not ratified", negated=True)
R(d, "Canada", COMMITTED, NAG, None, "Canada \"remains committed to the objectives\" of the Protocol", required=False)
R(d, "Russian Federation", PARTY, CBD, None, "Russian Federation | Party | Not party | Not party")
R(d, "Russian Federation", NOTBOUND, NAG, None, "Russian Federation | Party | Not party | Not party", negated=True)
R(d, "Russian Federation", NOTBOUND, CART, None, "Russian Federation | Party | Not party | Not party", negated=True)
Q = ("led by Colombia and including Brazil, Costa Rica, France, Germany, Kenya, Mexico, Norway, Panama, Peru, Spain and the United Kingdom")
RL(d, ["Colombia", "Brazil", "Costa Rica", "France", "Germany", "Kenya", "Mexico", "Norway", "Panama", "Peru", "Spain", "United Kingdom"],
   ENDORSED, CALI, "2024-10-29", Q, alt=["On 29 October, 23 countries endorsed the \"Cali Declaration on Biodiversity and Climate\""])
RL(d, ["China", "India"], "endorsed", CALI, None, "China and India did not endorse it", negated=True)
R(d, "Indonesia", "endorsed", CALI, None, "Indonesia said it was still \"studying the text\"", negated=True)
# The resumed session in Rome and COP17 hosted by Armenia: nothing.

# ===================== 12 (TPNW/MSP/2025/6, report of the Third Meeting of States Parties, New York, 10 March 2025) =====================
d = "12.txt"
D = "2025-03-07"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "the Treaty", "nuclear ban treaty"])
VAP = ("Vienna Action Plan", ["Vienna Action Plan of the TPNW"])
DECL3 = ("Our commitment to upholding the prohibition of nuclear weapons and averting their catastrophic consequences",
         ["3MSP Declaration", "declaration of the Third Meeting of States Parties", "TPNW/MSP/2025/CRP.7"])
MSP3 = ["Third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons", "Third Meeting of States Parties", "3MSP", "Meeting"]
# The presidency (Kazakhstan), entry into force (2021), the depositary and 90-day footnote: nothing.
R(d, ["United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons", "United Nations conference"],
  "adopted", TPNW, "2017-07-07", "the Treaty was adopted on 7 July 2017 by the United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons")
R(d, "Netherlands", "supported", TPNW, "2017-07-07", "1 against (Netherlands)", negated=True)
R(d, "Singapore", "supported", TPNW, "2017-07-07", "with 1 abstention (Singapore)", negated=True)
# "122 in favour", "Seventy-three States Parties": unnamed.
R(d, "Indonesia", RATIFIED, TPNW, "2024-09", "the Treaty has been ratified by Indonesia, in September 2024")
RL(d, ["Sierra Leone", "Solomon Islands"], RATIFIED, TPNW, None, "by Sierra Leone and by Solomon Islands")
R(d, "Sao Tome and Principe", RATIFIED, TPNW, None, "Sao Tome and Principe has deposited its instrument of ratification as well")
Q = "Thirty-five States not party to the Treaty participated as observers, including Australia, Brazil, Sweden and Switzerland"
RL(d, ["Australia", "Switzerland"], NOTBOUND, TPNW, None, Q, negated=True)
R(d, "Brazil", NOTBOUND, TPNW, None, Q, negated=True, alt=["informed the Meeting that the Treaty remained before its National Congress"])
R(d, "Sweden", NOTBOUND, TPNW, None, Q, negated=True, alt=["Sweden said that it would not join the Treaty"])
R(d, "Brazil", "signed", TPNW, "2017-09-20", "Brazil, a signatory since 20 September 2017")
R(d, "Ghana", NOTRATIFIED, TPNW, None, "the instrument of ratification would be deposited \"in the coming weeks\"", negated=True)
# Ghana's Parliament approving the Treaty on 12 February: domestic.
R(d, "Nepal", "signed", TPNW, None, "Nepal, a signatory")
R(d, "Nepal", NOTRATIFIED, TPNW, None, "reported that ratification was \"at an advanced stage\"", negated=True)
R(d, ["First Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons", "First Meeting of States Parties", "1MSP"],
  "adopted", VAP, "2022-06-23", "the Vienna Action Plan, adopted by the First Meeting of States Parties on 23 June 2022")
# Co-chairs of the working groups (Malaysia, New Zealand, Mexico, Ireland, Chile, South Africa): nothing.
R(d, "Switzerland", "signed", TPNW, None, "not to sign the Treaty for the time being", negated=True)
R(d, MSP3, "adopted", DECL3, D, "the Meeting adopted by consensus a declaration entitled \"Our commitment to upholding the prohibition of nuclear weapons and averting their catastrophic consequences\"")
R(d, MSP3, "called-for", TPNW, D, "Call upon all States that have not yet done so to sign, ratify, accept, approve or accede to the Treaty without delay")
R(d, MSP3, COMMITTED, VAP, D, "reiterate our commitment to the Vienna Action Plan and to its full implementation", required=False)
# Decisions on the consultative process, the Scientific Advisory Group and dates; 4MSP presidency (Austria); the Review Conference: nothing.

# ===================== 13 (BWC/MSP/2017/3, Chairman's report on universalization, 6 November 2017) =====================
d = "13.txt"
BWC = ("Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction",
       ["Biological Weapons Convention", "BWC", "the Convention"])
R7169 = ("General Assembly resolution 71/69", ["resolution 71/69"])
R(d, ["Eighth Review Conference of the Biological Weapons Convention", "Eighth Review Conference"], "called-for", BWC, "2016-11",
  "called upon all States not party to the Convention to ratify or accede to it without delay")
# Opening for signature (London, Moscow, Washington), entry into force (1975), the three depositaries: nothing.
R(d, "Samoa", ACCEDED, BWC, "2017-09-21", "its instrument of accession was deposited with the Government of the United Kingdom on 21 September 2017")
# "179": unnamed.
Q = "five States had signed the Convention but had not yet ratified it: Egypt, Haiti, Somalia, the Syrian Arab Republic and the United Republic of Tanzania"
for s in ["Egypt", "Haiti", "Somalia", "Syria", "United Republic of Tanzania"]:
    R(d, s, "signed", BWC, None, Q)
    a = {"United Republic of Tanzania": ["the instrument would be deposited \"early in 2018\""],
         "Egypt": ["it would not consider ratifying the Convention"]}.get(s)
    R(d, s, NOTRATIFIED, BWC, None, Q, negated=True, alt=a)
# Tanzania's Cabinet approval: domestic.
Q = ("Ten States had neither signed nor acceded to the Convention: Chad, Comoros, Djibouti, Eritrea, Israel, Kiribati, Micronesia "
     "(Federated States of), Namibia, South Sudan and Tuvalu")
for s in ["Chad", "Comoros", "Djibouti", "Eritrea", "Israel", "Kiribati", "Micronesia", "Namibia", "South Sudan", "Tuvalu"]:
    R(d, s, "signed", BWC, None, Q, negated=True)
    a = {"Kiribati": ["a submission on accession was before its Cabinet"],
         "Namibia": ["it intended to accede to the Convention once the legislation is adopted"],
         "Israel": ["Israel stated that it was not in a position to join the Convention"]}.get(s)
    R(d, s, NOTBOUND, BWC, None, Q, negated=True, alt=a)
R(d, ["Chairman of the Meeting of the States Parties", "Chairman", "Amandeep Singh Gill", "India"], "called-for", BWC, "2017-02-20",
  "wrote on 20 February 2017 to the Ministers for Foreign Affairs of all signatory and non-signatory States, encouraging them to join the Convention",
  alt=["calls upon the remaining signatory and non-signatory States to join the Convention as a matter of priority"])
# Egypt's condition concerning the NPT: no record for the NPT. Namibia's implementing legislation: domestic.
R(d, GA, "adopted", R7169, "2016-12-05", "the General Assembly adopted without a vote resolution 71/69 on the Convention")
R(d, GA, "called-for", BWC, "2016-12-05", "called upon all signatory States that have not yet ratified the Convention to do so without delay")
# EU Council Decision (funding), UK and Canada workshops, the Apia workshop: nothing.

# ===================== 14.html (ENB daily report, BRS COPs 2023, Geneva; Tuesday 2 May 2023, covering Monday 1 May) =====================
d = "14.html"
D = "2023-05-01"
BASEL = ("Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal", ["Basel Convention"])
ROTT = ("Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade", ["Rotterdam Convention"])
STOCK = ("Stockholm Convention on Persistent Organic Pollutants", ["Stockholm Convention"])
BAN = ("Ban Amendment to the Basel Convention", ["Ban Amendment", "Basel Ban Amendment"])
PWA = ("Plastic Waste Amendments to the Basel Convention", ["Plastic Waste Amendments"])
A8 = ("amendment to the Rotterdam Convention adding Annex VIII", ["Annex VIII amendment", "proposal to add Annex VIII"])
SC09 = ("2009 amendments to the Stockholm Convention listing nine new POPs", ["2009 amendments", "new POPs amendments"])
PFOS = ("2009 amendment on PFOS to the Stockholm Convention", ["PFOS amendment", "amendment on PFOS"])
METH = ("Stockholm Convention decision listing methoxychlor in Annex A", ["decision listing methoxychlor"])
R(d, ["Conference of the Parties to the Basel Convention", "fourteenth meeting of the Conference of the Parties", "BC-14"], "adopted", PWA,
  "2019-05", "adopted by the fourteenth meeting of the Conference of the Parties in May 2019")
R(d, "Zambia", ACCEPTED, BAN, "2023-04-21", "ZAMBIA announced that it had deposited its instrument of acceptance of the Ban Amendment to the Basel Convention on 21 April 2023")
R(d, "Malawi", NOTRATIFIED, BAN, None, "MALAWI said its instrument would be deposited", negated=True)
R(d, "European Union", "called-for", BAN, D, "The EU called on all parties that have not yet done so to ratify the Ban Amendment")
# "103 parties": unnamed.
R(d, "India", NOTRATIFIED, BAN, None, "INDIA said it had no plans to ratify the Ban Amendment", negated=True)
R(d, "Brazil", NOTRATIFIED, BAN, None, "it expected to deposit its instrument shortly", negated=True)
# Brazil's National Congress approval: domestic.
Q = "it had signed all three conventions but ratified none of them"
for c in (BASEL, ROTT, STOCK):
    R(d, "United States", "signed", c, None, Q)
    R(d, "United States", NOTRATIFIED, c, None, Q, negated=True)
# Opposition by the Russian Federation, Iran and India to listing chrysotile (a listing, not a vote on an instrument): nothing.
R(d, "Australia", "called-for", A8, D, "called on parties to adopt it at this meeting")
R(d, "Australia", "co-sponsored", A8, D, "AUSTRALIA, for a group of 21 parties, proposed an amendment adding Annex VIII to the Convention", required=False)
RL(d, ["Switzerland", "Canada", "Norway", "Georgia"], "co-sponsored", A8, D, "SWITZERLAND, CANADA, NORWAY and GEORGIA co-sponsored the proposal")
RL(d, ["Argentina", "China", "Egypt"], "supported", A8, None, "ARGENTINA, CHINA and EGYPT said they could not support it", negated=True)
R(d, ["Conference of the Parties to the Stockholm Convention", "COP", "Conference of the Parties"], "adopted", METH, D,
  "The COP adopted a decision listing methoxychlor in Annex A without specific exemptions", required=False)
R(d, "Maldives", ACCEDED, STOCK, "2006", "MALDIVES, which acceded to the Stockholm Convention in 2006")
R(d, "Maldives", "called-for", SC09, D, "urged all parties to ratify the 2009 amendments")
R(d, "China", ACCEPTED, SC09, "2013", "CHINA said it had accepted those amendments in 2013")
R(d, "Türkiye", NOTRATIFIED, PFOS, None, "Türkiye had yet to ratify the 2009 amendment on PFOS to the Stockholm Convention", negated=True)
# The EU's remark about Türkiye gives the EU nothing. Corridors; ENB funders: nothing.

# ===================== 15 (ICC-ASP/24/27, Bureau report on the Plan of action, 14 November 2025) =====================
d = "15.txt"
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute", "the Statute"])
KAMP = ("Kampala amendments on the crime of aggression", ["amendments on the crime of aggression", "Kampala amendments"])
ART8 = ("amendment to article 8 of the Rome Statute on the war crime of intentionally using starvation of civilians", ["starvation amendment", "amendment to article 8"])
APIC = ("Agreement on the Privileges and Immunities of the International Criminal Court", ["APIC"])
OMNI = ("resolution ICC-ASP/23/Res.1", ["omnibus resolution", "ICC-ASP/23/Res.1"])
ASP = ["Assembly of States Parties to the Rome Statute", "Assembly of States Parties", "Assembly", "ASP"]
# Facilitators (Czech Republic, Costa Rica) and the President of the Assembly (Finland): nothing.
R(d, "Ukraine", RATIFIED, ROME, "2024-10-25", "Ukraine deposited its instrument of ratification of the Rome Statute with the Secretary-General of the United Nations on 25 October 2024")
# "became the 125th State Party on 1 January 2025": the same event (entry into force for Ukraine); the article 124 declaration: nothing.
R(d, "Armenia", RATIFIED, ROME, "2023-11-14", "Armenia, whose instrument of ratification was deposited on 14 November 2023")
R(d, "Hungary", NOTBOUND, ROME, None, "the Secretary-General received Hungary's notification of withdrawal from the Rome Statute", negated=True)
RL(d, ["Burundi", "Philippines"], NOTBOUND, ROME, None, "Hungary is the third State to withdraw, after Burundi (2017) and the Philippines (2019)", negated=True)
Q = "29 have not yet ratified it, among them Algeria, Bahrain, Egypt, Iran (Islamic Republic of), Jamaica, Kuwait, Morocco and Thailand"
for s in ["Algeria", "Bahrain", "Egypt", "Iran", "Jamaica", "Kuwait", "Morocco", "Thailand"]:
    a = {"Thailand": ["Thailand indicated that it was \"actively considering\" ratification"],
         "Jamaica": ["a Cabinet submission on ratification was being prepared"]}.get(s)
    R(d, s, NOTRATIFIED, ROME, None, Q, negated=True, alt=a)
    R(d, s, "signed", ROME, None, Q, required=False)
RL(d, ["Israel", "Russian Federation", "Sudan", "United States"], NOTBOUND, ROME, None,
   "have informed the depositary that they do not intend to become parties", negated=True)
R(d, ["Review Conference of the Rome Statute", "Review Conference", "Kampala Review Conference"], "adopted", KAMP, "2010-06-11",
  "The amendments on the crime of aggression adopted at the Review Conference in Kampala on 11 June 2010")
# "48 States Parties", "24 States Parties", "82": unnamed.
R(d, "Sierra Leone", RATIFIED, KAMP, "2025", "Sierra Leone ratified them earlier this year")
R(d, ASP, "adopted", ART8, "2019-12-06", "adopted by the Assembly on 6 December 2019")
Q = ("including Andorra, Croatia, Georgia, Ireland, Liechtenstein, Luxembourg, Mexico, the Netherlands, New Zealand, Norway, Portugal and Switzerland")
RL(d, ["Andorra", "Croatia", "Georgia", "Ireland", "Liechtenstein", "Luxembourg", "Mexico", "Netherlands", "New Zealand", "Norway",
       "Portugal", "Switzerland"], RATIFIED, ART8, None, Q)
RL(d, ["Ecuador", "Chile"], ACCEDED, APIC, "2025", "Ecuador and Chile acceded to the Agreement on the Privileges and Immunities of the International Criminal Court in 2025")
R(d, "Brazil", ACCEDED, APIC, None, "the instrument of accession had not yet been deposited", negated=True)
# Brazil's Congress approval: domestic. Outreach meetings: nothing.
R(d, ASP, "adopted", OMNI, "2024-12-06", "At the twenty-third session, the Assembly adopted the omnibus resolution by consensus")
R(d, ASP, "called-for", ROME, "2024-12-06", "calls upon all States that are not yet parties to the Rome Statute to become parties thereto without delay")
R(d, ASP, "called-for", KAMP, "2024-12-06", "invites States Parties to the Rome Statute that have not yet done so to ratify or accept the Kampala amendments")
# The Bureau's recommendations: nothing.

# ===================== 16 (OPCW C-25/5, report of the second part of the Twenty-Fifth Session, The Hague, 22 April 2021) =====================
d = "16.txt"
D = "2021-04-22"
CWC = ("Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction",
       ["Chemical Weapons Convention", "CWC", "the Convention"])
DEC9 = ("Addressing the Possession and Use of Chemical Weapons by the Syrian Arab Republic", ["C-25/DEC.9", "C-25/DEC/CRP.1", "decision C-25/DEC.9"])
CSP = ["Conference of the States Parties to the Chemical Weapons Convention", "Conference of the States Parties", "Conference", "OPCW Conference of the States Parties"]
# The Chairperson (Mexico), the venue (World Forum) and "136 States Parties present and voting", "193 States Parties": nothing.
R(d, "South Sudan", ACCEDED, CWC, "2018-02-20", "South Sudan having become the most recent State Party when it deposited its instrument of accession on 20 February 2018")
R(d, "Israel", "signed", CWC, "1993-01-13", "Israel, which signed the Convention on 13 January 1993")
R(d, "Israel", NOTRATIFIED, CWC, None, "has yet to ratify it", negated=True)
Q = "Egypt and the Democratic People's Republic of Korea have neither signed nor acceded to the Convention"
RL(d, ["Egypt", "Democratic People's Republic of Korea"], "signed", CWC, None, Q, negated=True)
RL(d, ["Egypt", "Democratic People's Republic of Korea"], NOTBOUND, CWC, None, Q, negated=True)
R(d, CSP, "called-for", CWC, D, "The Conference called upon Egypt, Israel and the Democratic People's Republic of Korea to join the Convention without further delay and without preconditions")
R(d, "Syria", ACCEDED, CWC, "2013-09-14", "the Syrian Arab Republic deposited its instrument of accession to the Convention on 14 September 2013")
# Entry into force for Syria on 14 October 2013: nothing.
Q = ("submitted by France on behalf of 46 States Parties, including Australia, Canada, Germany, Italy, Japan, the Netherlands, New Zealand, "
     "the Republic of Korea, Spain, Türkiye, the United Kingdom of Great Britain and Northern Ireland and the United States of America")
for a in ["France", "Australia", "Canada", "Germany", "Italy", "Japan", "Netherlands", "New Zealand", "Republic of Korea", "Spain", "Türkiye",
          "United Kingdom", "United States"]:
    R(d, a, "co-sponsored", DEC9, None, Q, alt=["Canada said it had proudly co-sponsored the decision"] if a == "Canada" else None)
R(d, CSP, "adopted", DEC9, "2021-04-21", "On 21 April 2021, the Conference adopted the decision (C-25/DEC.9) by a vote of 87 in favour, 15 against and 34 abstentions")
Q = ("Against: Algeria, Belarus, Bolivia (Plurinational State of), China, Cuba, Iran (Islamic Republic of), Kazakhstan, Kyrgyzstan, Myanmar, "
     "Nicaragua, Pakistan, Russian Federation, Syrian Arab Republic, Tajikistan, Venezuela (Bolivarian Republic of)")
for a in ["Algeria", "Belarus", "Bolivia", "China", "Cuba", "Iran", "Kazakhstan", "Kyrgyzstan", "Myanmar", "Nicaragua", "Pakistan",
          "Russian Federation", "Syria", "Tajikistan", "Venezuela"]:
    R(d, a, "supported", DEC9, "2021-04-21", Q, negated=True,
      alt=["her delegation had voted against a decision"] if a == "Russian Federation" else None)
Q = "Abstaining (selected): Brazil, Egypt*, India, Indonesia, Mexico, Nigeria, South Africa, Viet Nam"
for a in ["Brazil", "India", "Indonesia", "Mexico", "Nigeria", "South Africa", "Viet Nam"]:
    R(d, a, "supported", DEC9, "2021-04-21", Q, negated=True,
      alt={"India": ["The representative of India said his country had abstained"],
           "Mexico": ["it had abstained in order to preserve the impartiality of the Chair"]}.get(a))
# Egypt's abstention was recorded in error and it did not take part (it is not a State Party): optional.
R(d, "Egypt", "supported", DEC9, None, "Egypt is not a State Party and did not participate in the vote", negated=True, required=False)
# Canada welcoming the adoption; the suspension of Syria's rights; decision C-25/DEC.10 on the agenda; opening for signature in Paris
# and the depositary: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
