#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 09.md, 05.html, 11.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity.

Theme: explainer and reference writing about treaty status (2015-2026): encyclopedia entries, FAQ pages, think-tank and NGO
explainers and timelines, country profiles in a treaty-tracking database, news explainers after a vote, a university research
guide, newsletters' 'treaty watch' roundups and fact sheets with tables of signatures and ratifications. Acceptance and
approval are bindings (ACCEPTED); adherence to a declaration is `endorsed`; votes in favour are `supported`, votes against,
abstentions and non-participation are negated `supported` (dated); calls on others to sign, ratify or join are the caller's
`called-for`, dated by the text or the document when the call is the document's own. Planned, intended, "has yet to",
"signed but not ratified", "not party", withdrawals are negated records without a date. Entry into force, depositaries,
venues and hosts, domestic approval and legislation, implementation, reservations, unnamed groups and welcomes give nothing."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Viet Nam", "Russian Federation", "Türkiye", "Netherlands",
          "Philippines", "Saudi Arabia", "Germany", "Colombia"),
    "Conference of the Parties to the Minamata Convention": ["Conference of the Parties to the Minamata Convention", "Conference of the Parties", "COP", "COP-4"],
    **alt("Democratic People's Republic of Korea", "Cook Islands", "Kiribati"),
    "International Committee of the Red Cross": ["International Committee of the Red Cross", "ICRC"],
    "Australian Labor Party": ["Australian Labor Party", "Labor Party"],
    **alt("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"),
    **alt("Republic of Korea", "Iran", "Egypt", "Côte d'Ivoire"),
    **alt("State of Palestine", "South Sudan"),
    **alt("Bahamas"),
    **alt("Czechia", "Syria", "Ghana", "Republic of Moldova"),
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    **alt("Timor-Leste"),
    "Zero Mercury Working Group": ["Zero Mercury Working Group", "ZMWG"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (encyclopedia entry, Minamata Convention, last edited 4 March 2025) =====================
d = "01.txt"
MC = ("Minamata Convention on Mercury", ["Minamata Convention", "the Convention"])
BALI = ("Bali Declaration on Combating Global Illegal Trade of Mercury", ["Bali Declaration"])
# Infobox (signed/effective/depositary), adoption in Geneva, opening in Kumamoto, entry into force: nothing (no actor's act).
R(d, "Japan", "signed", MC, None, "Japan hosted the diplomatic conference and was among the first signatories.")
R(d, "Japan", ACCEPTED, MC, "2016-02-02", "The Japanese Government accepted the Convention on 2 February 2016")
# The Diet's amendments to the Air Pollution Control Act: domestic.
R(d, "United States", ACCEPTED, MC, "2013-11-06", "the United States, which deposited an instrument of acceptance on 6 November 2013")
QEU = ("when the European Union approved the Convention together with seven of its member States: Bulgaria, Denmark, Hungary, "
       "Malta, the Netherlands, Romania and Sweden")
RL(d, ["European Union", "Bulgaria", "Denmark", "Hungary", "Malta", "Netherlands", "Romania", "Sweden"], ACCEPTED, MC, "2017-05-18", QEU)
R(d, "Germany", RATIFIED, MC, "2017-03", "Germany had ratified it a few weeks earlier, in March 2017.")
R(d, "Indonesia", RATIFIED, MC, "2017-09", "Indonesia ratified the Convention in September 2017")
# Indonesia hosting COP-4 in Bali: venue, nothing.
R(d, "India", ACCEDED, MC, "2018-06-18", "acceded on 18 June 2018")
R(d, "Pakistan", RATIFIED, MC, "2019-12", "Pakistan followed with its ratification in December 2019")
R(d, "Philippines", RATIFIED, MC, "2020-07", "completed ratification in July 2020")
R(d, "Philippines", "signed", MC, "2013", "The Philippines, a signatory since 2013", required=False)
R(d, "Viet Nam", RATIFIED, MC, "2017-06-23", "Viet Nam's instrument of ratification was deposited on 23 June 2017")
R(d, "Russian Federation", "signed", MC, "2014-09", "The Russian Federation signed in September 2014")
R(d, "Russian Federation", NOTRATIFIED, MC, None, "but has not ratified", negated=True)
QMU = "Malaysia and Ukraine, both signatories since 2014, had not ratified the Convention as of early 2025"
RL(d, ["Malaysia", "Ukraine"], "signed", MC, "2014", QMU, required=False)
RL(d, ["Malaysia", "Ukraine"], NOTRATIFIED, MC, None, QMU, negated=True)
R(d, "Cambodia", ACCEDED, MC, None, "Cambodia, by contrast, acceded without having signed.")
R(d, "Cambodia", "signed", MC, None, "Cambodia, by contrast, acceded without having signed.", negated=True, required=False)
QNP = "Among the States that are neither signatories nor parties are Türkiye, Israel and Saudi Arabia."
RL(d, ["Türkiye", "Israel", "Saudi Arabia"], NOTBOUND, MC, None, QNP, negated=True)
RL(d, ["Türkiye", "Israel", "Saudi Arabia"], "signed", MC, None, QNP, negated=True, required=False)
RL(d, ["Qatar", "Kuwait"], ACCEDED, MC, "2021", "Several Gulf States, including Qatar and Kuwait, acceded in 2021.")
# Switzerland hosting the Secretariat: nothing.
R(d, "Conference of the Parties to the Minamata Convention", ADOPTED, BALI, "2022-03",
  "the COP adopted the Bali Declaration on Combating Global Illegal Trade of Mercury", required=False)
RL(d, ["Indonesia", "Japan", "Switzerland", "Colombia"], "endorsed", BALI, None,
   "was subsequently endorsed by Indonesia, Japan, Switzerland and Colombia, among others")
R(d, "Zero Mercury Working Group", "called-for", MC, "2021", "called on all remaining signatories to ratify the Convention without further delay")
# "urged Parties to phase out dental amalgam": implementation, nothing. Reference list titles: nothing.

# ===================== 02 (NGO FAQ page on the TPNW, last updated 14 November 2023) =====================
d = "02.txt"
D = "2023-11-14"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "the Treaty", "nuclear ban treaty"])
# The adoption "by a vote of 122 States" names no adopting body: nothing. Entry into force: nothing.
R(d, "Netherlands", "supported", TPNW, "2017-07-07", "with the Netherlands voting against", negated=True)
R(d, "Singapore", "supported", TPNW, "2017-07-07", "Singapore abstaining", negated=True)
# "69 States have ratified", "a further 24 have signed": unnamed.
R(d, "Sri Lanka", RATIFIED, TPNW, "2023-09", "The most recent ratifications were those of Sri Lanka (September 2023)")
R(d, "Equatorial Guinea", RATIFIED, TPNW, "2023-09-26", "Equatorial Guinea, which deposited its instrument on 26 September 2023")
RL(d, ["Malawi", "Ghana"], RATIFIED, TPNW, "2023", "Earlier this year, Malawi and Ghana also ratified the Treaty.")
R(d, "Honduras", RATIFIED, TPNW, "2020-10-24", "The fiftieth ratification, which triggered entry into force, was Honduras's, on 24 October 2020.")
RL(d, ["Jamaica", "Nauru"], RATIFIED, TPNW, None, "Jamaica and Nauru had deposited theirs")
QSNR = "The signatories that have yet to ratify include Indonesia, Brazil, Algeria, Myanmar, Nepal and Zambia."
for a in ["Indonesia", "Brazil", "Algeria", "Myanmar", "Nepal", "Zambia"]:
    if a == "Brazil":
        R(d, a, "signed", TPNW, "2017-09-20", QSNR, alt=["Brazil signed on the day the Treaty opened for signature, 20 September 2017"])
    else:
        R(d, a, "signed", TPNW, None, QSNR)
    R(d, a, NOTRATIFIED, TPNW, None, QSNR, negated=True)
# Indonesia's parliament approving a ratification bill: domestic (its still-missing deposit is the negated record above).
# Brazil's pending ratification in the National Congress: the negated record above.
QNAS = ("None of the nine nuclear-armed States - the United States, Russia, the United Kingdom, France, China, India, Pakistan, "
        "Israel and North Korea - has signed the TPNW")
RL(d, ["United States", "Russian Federation", "United Kingdom", "France", "China", "India", "Pakistan", "Israel",
       "Democratic People's Republic of Korea"], "signed", TPNW, None, QNAS, negated=True)
RL(d, ["United States", "United Kingdom", "France"], NOTBOUND, TPNW, None, "do not intend to sign, ratify or ever become party to it",
   negated=True, required=False)
# "No NATO member is a State party": unnamed. Germany, Norway, Belgium, the Netherlands and Australia as observers: nothing.
R(d, "Australian Labor Party", COMMITTED, TPNW, None, "Australia's governing Labor Party committed in its national platform to sign and ratify the TPNW",
  required=False)
R(d, "Australia", "signed", TPNW, None, "the Government has not signed", negated=True)
R(d, "Japan", NOTBOUND, TPNW, None, "has said it has no plans to join", negated=True)
R(d, "International Committee of the Red Cross", "called-for", TPNW, "2021-01-22",
  "The International Committee of the Red Cross (ICRC) has repeatedly urged all States to sign and ratify the TPNW",
  alt=["ICRC President Peter Maurer called on \"all States that have not yet done so\" to join the Treaty"])
R(d, "UN Secretary-General", "called-for", TPNW, None, "has also encouraged all States to adhere to it")
# The Secretary-General as depositary: nothing.
QKT = "Kiribati and Tuvalu were among the Pacific States that ratified after signing in the Treaty's first year"
RL(d, ["Kiribati", "Tuvalu"], RATIFIED, TPNW, None, QKT)
RL(d, ["Kiribati", "Tuvalu"], "signed", TPNW, None, QKT, required=False)
R(d, "Cook Islands", ACCEDED, TPNW, "2018-03-04", "the Cook Islands, which never signed, acceded on 4 March 2018")
R(d, "Cook Islands", "signed", TPNW, None, "the Cook Islands, which never signed", negated=True, required=False)

# ===================== 03 (think-tank explainer and timeline, Markdown, BBNJ Agreement, 20 January 2026) =====================
d = "03.md"
D = "2026-01-20"
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["BBNJ Agreement", "BBNJ", "High Seas Treaty", "the Agreement"])
# Front matter and entry into force (17 January 2026): nothing. "67 States sign on the first day", "Some 145 States": unnamed.
R(d, ["Intergovernmental conference on marine biodiversity of areas beyond national jurisdiction", "intergovernmental conference", "the conference"],
  "adopted", BBNJ, "2023-06-19", "Agreement adopted by the conference without a vote", required=False)
R(d, "Palau", RATIFIED, BBNJ, "2024-02-27", "Palau becomes the first State to ratify", alt=["The first two ratifications came from Palau and Chile"])
R(d, "Chile", RATIFIED, BBNJ, "2024-06-04", "Chile deposits its ratification", alt=["The first two ratifications came from Palau and Chile"])
RL(d, ["Belize", "Seychelles", "Cuba"], RATIFIED, BBNJ, "2024", "followed in the summer of 2024 by Belize, Seychelles and Cuba")
# Chile's and Belgium's bids to host the secretariat: hosts, nothing.
QEU = ("On 28 May 2025, the European Union deposited its instrument of approval together with France, Spain, Portugal, Finland, "
       "Slovenia and Cyprus.")
RL(d, ["European Union", "France", "Spain", "Portugal", "Finland", "Slovenia", "Cyprus"], ACCEPTED, BBNJ, "2025-05-28", QEU)
R(d, "Germany", "signed", BBNJ, "2023-09", "Germany, whose Foreign Minister\nAnnalena Baerbock signed in New York in September 2023")
R(d, "Germany", NOTRATIFIED, BBNJ, None, "has yet to complete ratification", negated=True)
# The Bundestag vote: domestic.
R(d, "Morocco", RATIFIED, BBNJ, "2025-09-19", "The sixtieth instrument, deposited by Morocco on 19 September 2025",
  alt=["Morocco deposits the sixtieth instrument"])
RL(d, ["Sierra Leone", "Vanuatu"], RATIFIED, BBNJ, "2025-09", "Within days Sierra Leone and Vanuatu had also ratified the Agreement.")
R(d, "United States", "signed", BBNJ, "2023-09-20", "signed on 20 September 2023 under President Biden")
R(d, "United States", NOTRATIFIED, BBNJ, None, "ratification is not\n  expected", negated=True)
# The Senate's advice and consent: domestic.
R(d, "China", "signed", BBNJ, "2023-09-20", "signed the Agreement on the opening day but has not ratified it")
R(d, "China", NOTRATIFIED, BBNJ, None, "signed the Agreement on the opening day but has not ratified it", negated=True)
R(d, "India", "signed", BBNJ, "2024-09", "signed in September 2024; ratification requires amendments")
R(d, "India", NOTRATIFIED, BBNJ, None, "ratification requires amendments to\n  the Biological Diversity Act", negated=True, required=False)
R(d, "United Kingdom", "signed", BBNJ, "2023-09", "signed in September 2023; the Government introduced")
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "says it intends to ratify \"as soon as\n  parliamentary time allows\"", negated=True)
# The UK's implementing legislation: domestic.
RL(d, ["Japan", "Norway"], RATIFIED, BBNJ, None, "Japan and Norway have ratified.")
R(d, "Russian Federation", "signed", BBNJ, None, "Russia has neither signed nor ratified", negated=True)
R(d, "Russian Federation", NOTBOUND, BBNJ, None, "Russia has neither signed nor ratified", negated=True, alt=["has said it does not intend to do so"])
# The UN Ocean Conference in Nice and its co-hosts: venue and hosts give nothing; their call is recorded.
RL(d, ["France", "Costa Rica"], "called-for", BBNJ, "2025-06", "called on all States to ratify the Agreement so that the first")
R(d, "High Seas Alliance", "called-for", BBNJ, None, "has asked governments to deposit their\ninstruments \"without delay\"")
# The first COP's rules of procedure and budget: implementation, nothing.

# ===================== 04 (treaty-tracking database, country profile of Kazakhstan, reviewed 12 June 2025) =====================
d = "04.txt"
K = "Kazakhstan"
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["CANWFZ", "Central Asian Nuclear-Weapon-Free Zone Treaty", "Semipalatinsk Treaty"])
CANP = ("Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Protocol on negative security assurances", "CANWFZ Protocol"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
TPNWRES = ("General Assembly resolution on the Treaty on the Prohibition of Nuclear Weapons", ["annual General Assembly resolution on the TPNW", "resolution on the TPNW"])
TPNWRES1C = ("First Committee resolution on the Treaty on the Prohibition of Nuclear Weapons", ["First Committee resolution on the TPNW", "resolution on the TPNW"])
VERIF = ("resolution on nuclear disarmament verification", ["nuclear disarmament verification resolution"])
ICSANT = ("International Convention for the Suppression of Acts of Nuclear Terrorism", ["ICSANT", "Nuclear Terrorism Convention"])
CWC = ("Chemical Weapons Convention", ["CWC"])
BWC = ("Biological Weapons Convention", ["BWC"])
ATT = ("Arms Trade Treaty", ["ATT"])
R67 = ("General Assembly resolution 67/234 B", ["resolution 67/234 B", "A/RES/67/234 B"])
APMBC = ("Anti-Personnel Mine Ban Convention", ["APMBC", "Mine Ban Convention", "Ottawa Convention"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
CCW = ("Convention on Certain Conventional Weapons", ["CCW"])
CCWP5 = ("Protocol V on Explosive Remnants of War", ["Protocol V", "CCW Protocol V"])
SSD = ("Safe Schools Declaration", [])
EWIPA = ("Political Declaration on Explosive Weapons in Populated Areas", ["EWIPA Declaration", "Dublin Declaration"])
HCOC = ("Hague Code of Conduct against Ballistic Missile Proliferation", ["HCoC", "Hague Code of Conduct"])
R(d, K, ACCEDED, NPT, "1994-02-14", "Acceded 14 Feb 1994 as a non-nuclear-weapon State.")
R(d, K, "signed", CTBT, "1996-09-30", "Signed 30 Sep 1996")
R(d, K, RATIFIED, CTBT, "2002-05-14", "ratified 14 May 2002")
# Hosting IMS stations and the 2008 field exercise: nothing.
QCA = ("Signed at Semipalatinsk on 8 Sep 2006 by the five Central Asian States\n    (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan)")
RL(d, [K, "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "signed", CANWFZ, "2006-09-08", QCA)
R(d, K, RATIFIED, CANWFZ, "2009", "Kazakhstan's instrument of ratification was deposited in 2009.")
# The Protocol "signed by the five nuclear-weapon States" names none of them: nothing; the US's non-ratification is named.
R(d, "United States", NOTRATIFIED, CANP, None, "the United States has\n    not ratified it", negated=True)
R(d, K, "signed", TPNW, "2018-03-02", "Signed 2 Mar 2018.")
R(d, K, RATIFIED, TPNW, "2019-08-29", "Ratified 29 Aug 2019")
# Chairing the third Meeting of States Parties: nothing.
RL(d, [K, "Austria", "Ireland", "Mexico", "New Zealand"], "co-sponsored", TPNWRES, None,
   "co-sponsors the annual\n    General Assembly resolution on the TPNW with Austria, Ireland, Mexico and\n    New Zealand")
R(d, K, RATIFIED, ICSANT, "2008-07-31", "Ratified 31 Jul 2008.")
R(d, K, RATIFIED, CWC, "2000-03-23", "Chemical Weapons Convention (CWC): ratified 23 Mar 2000.")
R(d, K, ACCEDED, BWC, "2007-06-15", "Biological Weapons Convention (BWC): acceded 15 Jun 2007.")
# The proposed International Agency for Biological Safety: an institution, nothing.
R(d, K, "signed", ATT, None, "Kazakhstan has not signed the ATT.", negated=True)
R(d, K, NOTBOUND, ATT, None, "[-] Arms Trade Treaty (ATT).", negated=True, required=False)
R(d, K, "supported", R67, "2013-04-02", "It voted\n    in favour of General Assembly resolution 67/234 B")
R(d, K, "supported", ATT, "2013-04-02", "It voted\n    in favour of General Assembly resolution 67/234 B adopting the Treaty", required=False)
R(d, GA, "adopted", ATT, "2013-04-02", "General Assembly resolution 67/234 B adopting the Treaty on\n    2 Apr 2013", required=False)
R(d, K, NOTBOUND, APMBC, None, "Anti-Personnel Mine Ban Convention (APMBC). Not party.", negated=True)
R(d, K, NOTBOUND, CCM, None, "Convention on Cluster Munitions (CCM). Not party.", negated=True,
  alt=["said the country \"will consider joining\" the Convention on Cluster Munitions"])
R(d, K, PARTY, CCW, "2009", "Party since 2009")
R(d, K, NOTBOUND, CCWP5, None, "has not accepted Protocol V on Explosive Remnants of War", negated=True)
R(d, K, "endorsed", SSD, "2015", "Safe Schools Declaration: endorsed 2015")
R(d, K, "endorsed", EWIPA, None, "has not endorsed", negated=True)
R(d, K, ENDORSED, HCOC, "2002", "subscribing State since 2002")
R(d, K, "called-for", TPNW, "2024-09", "called on\n  all nuclear-armed States to sign the TPNW")
R(d, K, "called-for", CTBT, "2024-09", "on the remaining Annex 2\n  States to ratify the CTBT")
R(d, K, "supported", TPNWRES1C, "2024-12", "Kazakhstan voted for the First Committee resolution on the\n  TPNW")
R(d, K, "supported", VERIF, "2024-12", "it abstained on the resolution on nuclear disarmament verification", negated=True)

# ===================== 05 (news explainer after a General Assembly vote, saved HTML page, 18 December 2024) =====================
d = "05.html"
V = "2024-12-17"   # "on Tuesday" against the 18 December 2024 (Wednesday) dateline
R79 = ("resolution 79/179", ["Resolution 79/179", "Moratorium on the use of the death penalty", "A/RES/79/179", "moratorium resolution"])
R22 = ("2022 resolution on a moratorium on the use of the death penalty", ["2022 moratorium resolution"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights", ["Second Optional Protocol", "the Protocol", "OP2-ICCPR"])
R(d, GA, "adopted", R79, V, "The UN General Assembly on Tuesday adopted its tenth resolution calling for a moratorium on the use of the death penalty")
# "130 States voting in favour, 32 against and 22 abstaining": unnamed counts.
R(d, "Italy", "co-sponsored", R79, None, "The text was presented by Italy on behalf of a cross-regional task force", required=False)
RL(d, ["Brazil", "Mexico", "Mongolia", "Angola", "Australia", "Philippines"], "co-sponsored", R79, None,
   "co-sponsored by 70 delegations, including Brazil, Mexico, Mongolia, Angola, Australia and the Philippines")
R(d, "Zimbabwe", "supported", R79, V, "voted in favour for the first time")
R(d, "Zimbabwe", "supported", R22, "2022", "Zimbabwe, which abstained in 2022", negated=True, required=False)
RL(d, ["Kenya", "Tonga"], "supported", R79, V, "Kenya and Tonga also supported the text after years of abstention")
# Zimbabwe's parliament abolishing the death penalty: domestic.
R(d, "Zimbabwe", NOTRATIFIED, OP2, None, "a step that campaigners hope will lead to ratification of the relevant UN protocol", negated=True, required=False)
R(d, "Morocco", "supported", R22, "2022", "Morocco moved from an abstention to a vote in favour in 2022", required=False)
R(d, "Morocco", "supported", R79, V, "but this year abstained again", negated=True)
RL(d, ["United States", "China", "Iran", "Saudi Arabia", "Egypt", "India", "Singapore"], "supported", R79, V,
   "votes included the United States, China, Iran, Saudi Arabia, Egypt, India and Singapore", negated=True)
# Singapore's explanation of vote and "every moratorium resolution since 2007" (the United States, same tuple): nothing more.
R(d, "Republic of Korea", "supported", R79, V, "the Republic of Korea, which has not carried out an execution since 1997", negated=True)
RL(d, ["Cuba", "Lebanon", "Thailand"], "supported", R79, V, "along with Cuba, Lebanon and Thailand", negated=True)
# Japan is only "Japan's neighbour": nothing. The Protocol's adoption in 1989 and "92 States parties": no actor.
R(d, "Côte d'Ivoire", ACCEDED, OP2, "2024-03", "acceded to it in March 2024")
R(d, "Zambia", ACCEDED, OP2, "2024-09", "Zambia did so in September")
R(d, "Kazakhstan", RATIFIED, OP2, "2022", "Kazakhstan ratified the Protocol in 2022 after amending its constitution.")
RL(d, ["United States", "China"], NOTBOUND, OP2, None, "Neither the United States nor China is a party", negated=True)
R(d, "Japan", NOTBOUND, OP2, None, "Japan has said it has no plans to accede", negated=True)
R(d, "UN Secretary-General", "called-for", OP2, None, "urged all States that have not yet done so to ratify the Second Optional Protocol")
R(d, "Amnesty International", "called-for", OP2, None, "Amnesty International also called on Zimbabwe and Kenya to")
# The Human Rights Council panel in Geneva: nothing.

# ===================== 06 (university library research guide on treaty status, last updated 14 September 2022) =====================
d = "06.txt"
VCLT = ("Vienna Convention on the Law of Treaties", [])
PA = ("Paris Agreement", ["the Agreement"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "the Statute", "ICC Statute"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
# Key terms (signature, domestic approval, entry into force), the depositaries and "560 treaties": nothing.
R(d, ["Conference of the Parties to the UNFCCC", "parties to the UN Framework Convention on Climate Change", "COP21"], "adopted", PA, "2015-12",
  "The Paris Agreement was adopted by the parties to the UN Framework\nConvention on Climate Change at COP21 in December 2015", required=False)
R(d, "United States", ACCEPTED, PA, "2016-09-03", "the\nUnited States accepted the Agreement on 3 September 2016",
  alt=["rejoined by accepting it again on 19\nFebruary 2021"])
R(d, "United States", NOTBOUND, PA, None, "withdrew with\neffect from 4 November 2020", negated=True)
R(d, "Iran", "signed", PA, "2016-04", "Iran signed the Agreement in April 2016 but has not ratified\nit")
R(d, "Iran", NOTRATIFIED, PA, None, "Iran signed the Agreement in April 2016 but has not ratified\nit", negated=True)
RL(d, ["Libya", "Yemen"], "signed", PA, None, "Libya and Yemen are in the same position.", required=False)
RL(d, ["Libya", "Yemen"], NOTRATIFIED, PA, None, "Libya and Yemen are in the same position.", negated=True, required=False)
R(d, "Türkiye", "signed", PA, None, "Turkey, long a signatory", required=False)
R(d, "Türkiye", RATIFIED, PA, "2021-10-11", "ratified the Agreement on 11 October 2021")
# "lists 123 States parties": unnamed.
RL(d, ["Burundi", "Philippines"], NOTBOUND, ROME, None, "Burundi and the Philippines withdrew from the Statute, in 2017 and 2019\n    respectively", negated=True)
R(d, "Malaysia", ACCEDED, ROME, "2019-03-04", "Malaysia deposited an instrument of accession on 4 March 2019", required=False)
R(d, "Malaysia", NOTBOUND, ROME, None, "Malaysia is therefore\n    not a State party", negated=True,
  alt=["then\n    withdrew it in April 2019, before it took effect"])
R(d, "State of Palestine", ACCEDED, ROME, "2015-01-02", "The State of Palestine acceded on 2 January 2015.")
R(d, "United States", "signed", ROME, "2000-12-31", "The United States signed on 31 December 2000")
R(d, "United States", NOTBOUND, ROME, None, "it did not intend to become a party", negated=True, alt=["Neither has ratified."])
R(d, "Israel", NOTBOUND, ROME, None, "Israel\n    sent a similar notice later that year.", negated=True, alt=["Neither has ratified."])
R(d, "Ukraine", NOTBOUND, ROME, None, "Ukraine is not a party", negated=True)
# Ukraine's article 12(3) declarations accept the Court's jurisdiction: not a treaty action. CEDAW's "189 parties" and the
# reservations to article 16: nothing.
R(d, "United States", "signed", CEDAW, "1980", "The United States signed CEDAW in 1980")
R(d, "United States", NOTRATIFIED, CEDAW, None, "but has never ratified it", negated=True)
R(d, "South Sudan", ACCEDED, CEDAW, "2015-04-30", "South Sudan acceded on 30 April 2015.")
# The exercise question "whether South Sudan is a party": a question, nothing; Bluebook and the citation example: nothing.

# ===================== 07 (newsletter 'Treaty Watch' No. 41, monthly roundup sent 2 April 2025) =====================
d = "07.txt"
APMBC = ("Anti-Personnel Mine Ban Convention", ["Ottawa Convention", "Mine Ban Convention", "APMBC"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
ESC = ("Escazú Agreement", ["Escazu Agreement", "Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean"])
ATT = ("Arms Trade Treaty", ["ATT"])
UNCC = ("UN Convention against Cybercrime", ["United Nations Convention against Cybercrime", "Convention against Cybercrime"])
AIC = ("Council of Europe Framework Convention on Artificial Intelligence", ["Framework Convention on Artificial Intelligence", "AI Convention"])
HRC5814 = ("resolution 58/14", ["HRC resolution 58/14", "resolution 58/14 on the right to a healthy environment"])
BALT = ["Poland", "Lithuania", "Latvia", "Estonia"]
RL(d, BALT, NOTBOUND, APMBC, None, "jointly recommended that their countries withdraw from the Anti-Personnel\nMine Ban Convention",
   negated=True, required=False)
RL(d, BALT, PARTY, APMBC, None, "All four remain States Parties for now")
# Withdrawal "requires a decision by each parliament": domestic; six months after notification: a rule, nothing.
R(d, "Finland", NOTBOUND, APMBC, None, "Finland\nsaid it was \"assessing\" the same step.", negated=True, required=False)
R(d, "Russian Federation", NOTBOUND, APMBC, None, "Russia has never joined the\nConvention", negated=True)
R(d, "Ukraine", RATIFIED, APMBC, "2005", "Ukraine\nratified it in 2005")
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania's withdrawal from the Convention on Cluster\nMunitions took effect on 6 March", negated=True)
# Norway hosting the 2008 Oslo conference: a host, nothing; "deeply regrettable": nothing; its call to rejoin is recorded.
R(d, "Norway", "called-for", CCM, None, "urged Lithuania to rejoin")
R(d, "Bahamas", ACCEDED, ESC, "2025-03-14", "The Bahamas deposited its instrument of accession on\n  14 March")
R(d, "Grenada", RATIFIED, ESC, "2025-03", "Grenada also ratified last month.")
R(d, "Peru", "signed", ESC, "2018", "Peru, which signed in 2018, has yet to ratify")
R(d, "Peru", NOTRATIFIED, ESC, None, "Peru, which signed in 2018, has yet to ratify", negated=True)
R(d, "Colombia", RATIFIED, ESC, "2024", "Colombia's ratification\n  of 2024")
R(d, "Angola", RATIFIED, ATT, "2025-03-05", "Angola ratified the ATT on 5 March.")
R(d, GA, "adopted", UNCC, "2024-12-24", "adopted by the General Assembly on\n  24 December 2024")
# Opening for signature in Hanoi: venue and a future event, nothing.
R(d, ["European Union", "European Commission"], "signed", UNCC, None,
  "The\n  European Commission has asked the Council for authorisation to sign on\n  behalf of the EU", negated=True, required=False)
R(d, "Japan", "signed", AIC, "2025-02-11", "Japan\n  signed on 11 February")
R(d, "Canada", "signed", AIC, "2025-03", "Canada signed in March.")
RL(d, ["United Kingdom", "Israel", "United States"], "signed", AIC, "2024-09",
   "The United Kingdom, Israel\n  and the United States signed at the opening in Vilnius last September.")
# The HRC's expected votes on 4 April: future, nothing. "31 votes to 0, with 16 abstentions": unnamed counts.
R(d, ["UN Human Rights Council", "Human Rights Council"], "adopted", HRC5814, "2025-03-31", "On\n31 March the Council adopted resolution 58/14")
RL(d, ["Costa Rica", "Maldives", "Morocco", "Slovenia", "Switzerland"], "co-sponsored", HRC5814, None,
   "Costa Rica, Maldives,\nMorocco, Slovenia and Switzerland, the core group, presented the text.")
RL(d, ["China", "India"], "supported", HRC5814, "2025-03-31", "China and India were among the abstaining members.", negated=True)
R(d, ["International Campaign to Ban Landmines", "ICBL"], "called-for", APMBC, None, "on all remaining\nStates to join the Ottawa Convention")
# ICBL's call on Poland and the Baltic States to "reverse course": addressees, no instrument act of theirs.
R(d, ["Executive Director of UNEP", "UNEP", "United Nations Environment Programme"], "called-for", ESC, None,
  "urged the 33 countries of Latin America and the Caribbean to ratify\nthe Escazú Agreement by 2026")
# Escazú COP3 in Santiago and the working group: future meetings and venues, nothing.

# ===================== 08 (NGO fact sheet with tables, Protocol to Eliminate Illicit Trade in Tobacco Products, Geneva, 27 May 2024) =====================
d = "08.txt"
D = "2024-05-27"
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["the Protocol", "Illicit Trade Protocol", "ITP"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC", "WHO FCTC", "the Convention"])
R(d, ["Conference of the Parties to the WHO Framework Convention on Tobacco Control", "Conference of the Parties to the FCTC", "COP5"],
  "adopted", ITP, "2012-11-12", "Adopted by the fifth session of the Conference of the Parties to the WHO\n  Framework Convention on Tobacco Control",
  required=False)
# Signature period, "54 signatories", "69 Parties", entry into force, depositary and eligibility: nothing.
ROWS = [("Austria", "10 Jan 2013", "2013-01-10", "21 Jul 2015 (r)", "2015-07-21", RATIFIED),
        ("France", "10 Jan 2013", "2013-01-10", "30 Nov 2015 (r)", "2015-11-30", RATIFIED),
        ("Spain", "13 Feb 2013", "2013-02-13", "29 Sep 2016 (r)", "2016-09-29", RATIFIED),
        ("European Union", "20 Dec 2013", "2013-12-20", "24 Jun 2016 (c)", "2016-06-24", ACCEPTED),
        ("United Kingdom", "10 Jan 2013", "2013-01-10", "24 Apr 2018 (r)", "2018-04-24", RATIFIED),
        ("Pakistan", "-", None, "13 Sep 2017 (a)", "2017-09-13", ACCEDED),
        ("Iran", "18 Jun 2013", "2013-06-18", "27 Aug 2019 (r)", "2019-08-27", RATIFIED),
        ("Brazil", "-", None, "13 Jun 2018 (a)", "2018-06-13", ACCEDED),
        ("Sri Lanka", "-", None, "23 Sep 2019 (a)", "2019-09-23", ACCEDED),
        ("Togo", "-", None, "15 Feb 2022 (a)", "2022-02-15", ACCEDED)]
for a, sg, sgd, rt, rtd, act in ROWS:
    q = f"{a} {sg} {rt}"
    if sgd:
        R(d, a, "signed", ITP, sgd, q)
    R(d, a, act, ITP, rtd, q)
QT2 = "China (10 Dec 2013), Türkiye (10 Jan 2013), Israel (20 Jan 2013),\n  Myanmar (10 Jan 2013), Tunisia (10 Jan 2013)"
for a, sd, dd in [("China", "10 Dec 2013", "2013-12-10"), ("Türkiye", "10 Jan 2013", "2013-01-10"), ("Israel", "20 Jan 2013", "2013-01-20"),
                  ("Myanmar", "10 Jan 2013", "2013-01-10"), ("Tunisia", "10 Jan 2013", "2013-01-10")]:
    R(d, a, "signed", ITP, dd, f"{a} ({sd})")
    R(d, a, NOTRATIFIED, ITP, None, QT2, negated=True)
R(d, "Germany", "signed", ITP, "2013-01-10", "Germany, for instance, signed on\n    10 January 2013")
R(d, "Germany", RATIFIED, ITP, "2020-10-02", "ratified on 2 October 2020")
# The EU's competence note; Brazil's Legislative Decree 192/2018 (domestic): nothing more.
R(d, "Netherlands", RATIFIED, ITP, "2016", "The Netherlands' ratification of 2016")
# "extends to the European part of the Kingdom only": territorial scope, nothing. MOP3 in Panama City: venue, nothing.
R(d, "Kazakhstan", PARTY, FCTC, "2007", "Kazakhstan, a Party to the FCTC since 2007")
R(d, "Kazakhstan", NOTBOUND, ITP, None, "\"expects to accede to the Protocol within the next two years\"", negated=True)
R(d, "Indonesia", NOTBOUND, FCTC, None, "Indonesia, which is not a Party to the FCTC", negated=True)
R(d, "Indonesia", NOTBOUND, ITP, None, "remains outside both\ninstruments", negated=True)
R(d, "Côte d'Ivoire", ACCEDED, ITP, "2021", "Earlier, in 2021, Côte d'Ivoire became a Party by accession.")
R(d, ["Tobacco Treaty Alliance", "the Alliance"], "called-for", ITP, D,
  "The Alliance calls on all Parties to the WHO FCTC that have not yet done so\nto ratify or accede to the Protocol")
R(d, ["WHO Director-General", "World Health Organization", "WHO"], "called-for", ITP, "2024-02",
  "The WHO Director-General made a similar appeal at\nthe opening of MOP3", alt=["urging \"every Party to the Convention to join the\nProtocol without further delay\""])

# ===================== 09 (NGO explainer, Markdown, endorsements of the EWIPA Declaration, updated 15 April 2025) =====================
d = "09.md"
D = "2025-04-15"
EW = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas",
      ["EWIPA Declaration", "Political Declaration on explosive weapons in populated areas", "the Declaration"])
DUB = "2022-11-18"
# Negotiation in Geneva under Irish chairmanship, the Dublin conference, "83 States endorsed it on the first day": venue, unnamed.
RL(d, ["United States", "United Kingdom", "France", "Türkiye"], "endorsed", EW, DUB,
   "the United States, the United Kingdom,\nFrance and Türkiye all endorsed the Declaration in Dublin")
RL(d, ["Ireland", "Austria", "Norway", "Chile"], "endorsed", EW, DUB, "So did Ireland,\nAustria, Norway and Chile")
R(d, "Kosovo", "endorsed", EW, "2023-02-07", "7 Feb 2023 | Kosovo")
R(d, "Samoa", "endorsed", EW, "2023-06-12", "12 Jun 2023 | Samoa")
R(d, "Colombia", "endorsed", EW, "2024-04-23", "23 Apr 2024 | Colombia")
R(d, "Sierra Leone", "endorsed", EW, "2024-04-23", "23 Apr 2024 | Sierra Leone")
R(d, "Jordan", "endorsed", EW, "2025-03-03", "3 Mar 2025 | Jordan", alt=["Jordan became the most recent endorser last month"])
# Oslo conference hosted by Norway; "a further 4 States"; "the total to 88": host, unnamed.
RL(d, ["Russian Federation", "China"], "endorsed", EW, None, "took no part in the negotiations and have not\n  endorsed", negated=True)
R(d, "Israel", "endorsed", EW, None, "participated in early consultations but has not endorsed the\n  Declaration", negated=True)
R(d, "Brazil", "endorsed", EW, None, "\"intends to endorse\n  once the internal consultation process concludes\"", negated=True)
R(d, "Ukraine", "endorsed", EW, None, "has said it will not endorse the Declaration", negated=True)
RL(d, ["India", "Pakistan"], ["endorsed", "supported"], EW, None, "abstained from the process entirely", negated=True, required=False)
R(d, "Ireland", COMMITTED, EW, None, "\"remains fully committed to the Declaration and its\nimplementation\"")
# The Netherlands' national implementation plan: implementation, nothing. "Endorsing States commit": unnamed.
R(d, "Civilians First Network", "called-for", EW, D, "calls on all States that have not yet done so\nto endorse the Declaration")
R(d, "UN Secretary-General", "called-for", EW, None, "has likewise urged all States to\nendorse and implement it")
R(d, "International Committee of the Red Cross", "called-for", EW, None, "has encouraged \"universal endorsement\"")

# ===================== 10 (encyclopedia entry, Global Compact for Migration, last edited 2 October 2024) =====================
d = "10.txt"
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "the Compact"])
R73 = ("resolution 73/195", ["A/RES/73/195", "General Assembly resolution 73/195"])
PD = ("Progress Declaration of the International Migration Review Forum", ["Progress Declaration", "IMRF Progress Declaration"])
V = "2018-12-19"
# Text finalised on 13 July 2018; co-facilitation by Mexico and Switzerland (a process): nothing.
R(d, ["Intergovernmental Conference to Adopt the Global Compact for Migration", "intergovernmental conference"], "adopted", GCM, "2018-12-10",
  "It was adopted at an\nintergovernmental conference in Marrakech, Morocco, on 10 December 2018", required=False)
R(d, GA, ADOPTED, GCM, V, "endorsed by the United Nations General Assembly nine days later", required=False)
R(d, GA, "adopted", R73, V, "On 19 December 2018 the General Assembly adopted resolution 73/195")
RL(d, ["Czechia", "Hungary", "Israel", "Poland", "United States"], "supported", R73, V,
   "The five\nStates voting against were the Czech Republic, Hungary, Israel, Poland and\nthe United States.", negated=True)
RL(d, ["Algeria", "Australia", "Austria", "Bulgaria", "Chile", "Italy", "Latvia", "Libya", "Liechtenstein", "Romania", "Singapore",
       "Switzerland"], "supported", R73, V,
   "The abstaining States were Algeria, Australia, Austria,\nBulgaria, Chile, Italy, Latvia, Libya, Liechtenstein, Romania, Singapore and\nSwitzerland", negated=True)
# Switzerland's pending parliamentary decision: domestic (its abstention is recorded once).
RL(d, ["Brazil", "Germany", "Mexico", "Morocco"], "supported", R73, V, "Brazil, Germany, Mexico\nand Morocco were among those voting in favour.")
# The US ending its participation in the negotiations (December 2017): a process, nothing.
R(d, "Hungary", ADOPTED, GCM, None, "Hungary said in July 2018 that it\nwould not adopt the final text", negated=True)
R(d, "Brazil", ENDORSED, GCM, None, "dissociated Brazil from\nthe Compact", negated=True)
R(d, "Brazil", ENDORSED, GCM, "2023-01", "Brazil rejoined it in January 2023 under President Lula.")
R(d, "Dominican Republic", ENDORSED, GCM, None, "announced on\n4 December 2018 that it would not endorse the Compact", negated=True)
# Slovakia's parliament voting against the Compact: domestic. Its non-participation in the vote is recorded.
R(d, "Slovakia", "supported", R73, V, "the country did not vote on\nresolution 73/195", negated=True)
R(d, "United States", ENDORSED, GCM, "2021", "the Biden administration\nformally endorsed the Compact")
R(d, GA, "adopted", PD, "2022-06-07", "concluded with a Progress Declaration that the General Assembly adopted on\n7 June 2022")
# The IMRF in New York (venue), the UN Network on Migration, IOM's coordination, the 78 "champion countries" volunteering to
# lead implementation (implementation): nothing.
RL(d, [["International Organization for Migration", "IOM"], "European Commission"], "welcomed", GCM, None,
   "The Compact has been welcomed by the International Organization for\nMigration and the European Commission")
# The African Union's call to implement it: a call to implement, nothing.
R(d, "Amnesty International", "called-for", GCM, None, "Amnesty International urged governments to \"back the Compact with\nbinding commitments\"",
  required=False)

# ===================== 11 (FAQ page, saved HTML, Kigali Amendment, last reviewed 10 February 2025) =====================
d = "11.html"
KA = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment", "the Amendment"])
MP = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
VC = ("Vienna Convention for the Protection of the Ozone Layer", ["Vienna Convention"])
MOP = ["Meeting of the Parties to the Montreal Protocol", "Parties to the Montreal Protocol", "Meeting of the Parties"]
R(d, MOP, ADOPTED, KA, "2016-10-15", "agreed by the Parties at their twenty-eighth meeting in Kigali, Rwanda, on 15 October 2016", required=False)
# "It commits its parties", entry into force and "164 Parties": nothing.
R(d, "China", ACCEPTED, KA, "2021-06-17", "China deposited its instrument of acceptance on 17 June 2021")
R(d, "India", RATIFIED, KA, "2021-09", "India ratified it in September 2021")
R(d, "United States", ACCEPTED, KA, "2022-10-31", "the United States accepted it on 31 October 2022")
# The Senate's advice and consent: domestic.
QEU = "The European Union ratified the Amendment in 2018, at the same time as Sweden, Germany and Finland."
RL(d, ["European Union", "Sweden", "Germany", "Finland"], RATIFIED, KA, "2018", QEU)
R(d, "Japan", ACCEPTED, KA, "2018-12", "Japan accepted it in December 2018.")
R(d, "Rwanda", RATIFIED, KA, "2017-05", "Rwanda, which hosted the meeting, ratified in May 2017")
RL(d, ["Bahrain", "Kuwait", "Qatar", "Oman"], RATIFIED, KA, "2024", "In 2024, ratifications were deposited by Bahrain, Kuwait, Qatar and Oman")
R(d, "Saudi Arabia", ACCEPTED, KA, "2023", "Saudi Arabia had already accepted the Amendment in 2023.")
QNR = "among them Azerbaijan, Iraq, Kazakhstan and Turkmenistan"
for a in ["Azerbaijan", "Iraq", "Kazakhstan", "Turkmenistan"]:
    R(d, a, NOTRATIFIED, KA, None, QNR, negated=True,
      alt=["environment ministry said in 2024 that it intended to submit the Amendment for ratification"] if a == "Kazakhstan" else
          (["Iraq has not signalled a timetable."] if a == "Iraq" else None))
    R(d, a, PARTY, MP, None, "A shrinking group of Parties to the Montreal Protocol have not ratified the Amendment, " + QNR, required=False)
# "ratified by every Member State": unnamed.
R(d, "Timor-Leste", ACCEDED, MP, "2009-09", "when Timor-Leste acceded in September 2009")
R(d, "Timor-Leste", ACCEDED, VC, "2009-09", "when Timor-Leste acceded in September 2009", required=False)
R(d, "Australia", RATIFIED, KA, "2017-10-27", "before ratifying the Amendment on 27 October 2017")
# Australia's amended Act and "Parliamentary approval": domestic. OzonAction and the Multilateral Fund: institutions, nothing.
R(d, MOP, "called-for", KA, "2024-10", "the Meeting adopted a decision encouraging all Parties that have not yet done so to ratify the Kigali Amendment",
  required=False)
RL(d, ["Rwanda", "Morocco"], "called-for", KA, None, "have called on the remaining Parties to ratify before the Amendment")
# Baku as the venue of MOP36: nothing.

# ===================== 12 (wire-service news explainer after two UN votes, UNITED NATIONS, Feb 25 [2025]) =====================
d = "12.txt"
V = "2025-02-24"   # "on Monday" against the Tuesday 25 February 2025 dateline (year from the copyright line)
E7 = ("resolution ES-11/7", ["Advancing a comprehensive, just and lasting peace in Ukraine", "ES-11/7"])
E8 = ("resolution ES-11/8", ["ES-11/8", "US-drafted resolution"])
S2774 = ("resolution 2774 (2025)", ["resolution 2774", "Security Council resolution 2774"])
E1 = ("resolution ES-11/1", ["ES-11/1"])
R(d, GA, "adopted", E7, V, "The 193-member General Assembly adopted resolution ES-11/7")
# "by 93 votes to 18, with 65 abstentions": unnamed counts.
R(d, "Ukraine", "co-sponsored", E7, None, "The text, drafted by Ukraine and the European Union's member\nStates")
RL(d, ["Ukraine", "Germany", "France", "United Kingdom", "Japan", "Canada", "Australia", "Poland"], "supported", E7, V,
   "Ukraine, Germany, France, the United Kingdom, Japan, Canada, Australia and\nPoland were among the 93 voting in favour.")
RL(d, ["Russian Federation", "United States", "Israel", "Hungary", "Belarus", "Democratic People's Republic of Korea", "Nicaragua", "Mali",
       "Niger", "Burkina Faso"], "supported", E7, V,
   "The 18 votes against included\nRussia, the United States, Israel, Hungary, Belarus, North Korea, Nicaragua,\nMali, Niger and Burkina Faso.", negated=True)
RL(d, ["China", "Brazil", "India", "South Africa", "Saudi Arabia", "Argentina"], "supported", E7, V,
   "China, Brazil, India, South Africa, Saudi\nArabia and Argentina abstained.", negated=True)
# "Washington voted against": the United States again, same tuple. The ambassador's remark: nothing.
R(d, GA, "adopted", E8, V, "then\nadopted by 93 to 8, with 73 abstentions, as resolution ES-11/8")
R(d, "United States", "co-sponsored", E8, None, "A shorter US-drafted resolution", required=False)
R(d, "United States", "supported", E8, V, "The United States itself abstained\non the amended version of its own draft.", negated=True)
R(d, UNSC, "adopted", S2774, V, "the 15-member Security Council adopted the original US\ntext, unamended, as resolution 2774 (2025)")
R(d, "United States", "co-sponsored", S2774, None, "adopted the original US\ntext", required=False)
RL(d, ["France", "United Kingdom", "Denmark", "Greece", "Slovenia"], "supported", S2774, V,
   "France, the\nUnited Kingdom, Denmark, Greece and Slovenia abstained", negated=True)
# Amendments vetoed by Russia: amendments, not the instrument; nothing.
RL(d, ["Russian Federation", "China", "Pakistan", "Algeria"], "supported", S2774, V,
   "Russia, China, Pakistan and Algeria voted\nin favour of resolution 2774.")
# Binding force and Chapter VII: nothing.
R(d, GA, "adopted", E1, "2022-03", "In March 2022 the Assembly adopted resolution ES-11/1")
RL(d, ["Belarus", "Democratic People's Republic of Korea", "Eritrea", "Syria", "Russian Federation"], "supported", E1, "2022-03",
   "Belarus, North Korea, Eritrea and\nSyria joined Russia in voting against it", negated=True)
R(d, "United States", "co-sponsored", E1, None, "the United States was among\nits co-sponsors")
R(d, "Hungary", "co-sponsored", E1, None, "Hungary, also one of the 96 co-sponsors of that text")
# The correction ("said Hungary abstained on resolution ES-11/7"): a retracted statement, nothing; Hungary's vote against is
# recorded above. Ukraine's call to support "a just peace", the EU's commitment to "the Charter principles": not instruments.

# ===================== 13 (think-tank timeline, ILO Violence and Harassment Convention, published 21 June 2025) =====================
d = "13.txt"
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["C190", "Convention No. 190", "ILO Convention 190", "Violence and Harassment Convention"])
R206 = ("Violence and Harassment Recommendation, 2019 (No. 206)", ["Recommendation No. 206", "R206"])
ILC = ["International Labour Conference", "ILO", "International Labour Organization"]
A = "2019-06-21"
# "52 ILO member States have ratified it": unnamed.
R(d, ILC, "adopted", C190, A, "The International Labour Conference adopts C190")
R(d, ILC, "adopted", R206, A, "The International Labour Conference adopts C190 and the\n         accompanying Recommendation No. 206", required=False)
RL(d, ["El Salvador", "Guatemala"], "supported", C190, A, "El Salvador and Guatemala vote against", negated=True)
RL(d, ["Russian Federation", "Malaysia", "Singapore"], "supported", C190, A, "the Russian\n         Federation, Malaysia and Singapore abstain", negated=True)
R(d, "Uruguay", RATIFIED, C190, "2020-06-12", "Uruguay becomes the first country to ratify C190.")
R(d, "Fiji", RATIFIED, C190, "2020-06-25", "Fiji follows, the first in Asia and the Pacific.")
# Entry into force on 25 June 2021: nothing.
R(d, "Argentina", RATIFIED, C190, "2021-02-23", "Argentina ratifies.")
RL(d, ["Somalia", "Ecuador", "Mauritius", "Greece"], RATIFIED, C190, "2021",
   "Somalia, Ecuador, Mauritius and Greece register their\n         ratifications with the ILO Director-General.")
R(d, "South Africa", RATIFIED, C190, "2021-11-29", "South Africa deposits its instrument.")
# The Council of the EU's authorising decision: an EU internal step, nothing; "it does not make the EU a party":
R(d, "European Union", NOTBOUND, C190, None, "it does not\n         make the EU a party", negated=True, required=False)
R(d, "United Kingdom", RATIFIED, C190, "2022-03-07", "The United Kingdom ratifies, having announced its intention in\n         2021.")
R(d, "Spain", RATIFIED, C190, "2022-05-25", "Spain ratifies.")
RL(d, ["Canada", "Belgium"], RATIFIED, C190, "2023-01", "Canada and Belgium ratify.")
RL(d, ["Germany", "Australia"], RATIFIED, C190, "2023-06", "Germany's ratification is registered, along with Australia's.")
R(d, "Ireland", RATIFIED, C190, "2024-01", "Ireland ratifies.")
R(d, "Japan", NOTRATIFIED, C190, None, "the\n         Government is \"studying the possibility of ratification\"", negated=True)
R(d, "Philippines", RATIFIED, C190, "2025-03", "The Philippines registers its ratification")
RL(d, [["International Trade Union Confederation", "ITUC"], ["ILO Workers' Group", "Workers' Group"]], "called-for", C190, "2025-03",
   "The ITUC and the ILO Workers' Group call on all member States that\n         have not done so to ratify C190")
R(d, "United States", "supported", C190, "2019", "supported adoption in 2019")
R(d, "United States", NOTRATIFIED, C190, None, "has no plans to ratify C190", negated=True)
R(d, "India", NOTRATIFIED, C190, None, "India: has not ratified", negated=True)
# India's POSH Act and Kenya's Cabinet approval: domestic.
R(d, "Kenya", NOTRATIFIED, C190, None, "deposit pending", negated=True)

# ===================== 14 (treaty-tracking database, human rights profile of Nigeria, compiled 8 January 2026) =====================
d = "14.txt"
N = "Nigeria"
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "CERD"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights", ["Second Optional Protocol", "Second Optional Protocol to the ICCPR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["Optional Protocol to ICESCR", "OP-ICESCR"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
CED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["CED", "Convention on Enforced Disappearance"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", ["ICRMW", "Migrant Workers Convention"])
ACHPR = ("African Charter on Human and Peoples' Rights", ["African Charter", "Banjul Charter"])
MAPUTO = ("Maputo Protocol", ["Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa"])
ACRWC = ("African Charter on the Rights and Welfare of the Child", ["ACRWC"])
KAMPALA = ("Kampala Convention", ["African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa"])
OLDER = ("Protocol on the Rights of Older Persons", ["Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons in Africa"])
DISAB = ("Protocol to the African Charter on the Rights of Persons with Disabilities", ["African Disability Protocol", "Protocol on the Rights of Persons with Disabilities in Africa"])
H6012 = ("resolution 60/12", ["HRC resolution 60/12", "resolution 60/12 on the safety of journalists"])
R(d, N, ACCEDED, ICERD, "1967-10-16", "ICERD - 16 Oct 1967 (a)")
R(d, N, ACCEDED, ICCPR, "1993-07-29", "ICCPR - 29 Jul 1993 (a)", alt=["Nigeria's accession to the ICCPR was made without reservations"])
R(d, N, NOTBOUND, OP2, None, "Nigeria is not a party to the Second Optional Protocol to the ICCPR", negated=True,
  alt=["has given no indication that it intends to accede", "Noted: recommendations by France, Spain and Australia to accede to the\n    Second Optional Protocol to the ICCPR."])
R(d, N, ACCEDED, ICESCR, "1993-07-29", "ICESCR - 29 Jul 1993 (a)")
R(d, N, "signed", CEDAW, "1984-04-23", "CEDAW 23 Apr 1984 13 Jun 1985 (r)")
R(d, N, RATIFIED, CEDAW, "1985-06-13", "CEDAW 23 Apr 1984 13 Jun 1985 (r)", alt=["its\n  ratification of CEDAW likewise"])
R(d, N, "signed", CAT, "1988-07-28", "CAT 28 Jul 1988 28 Jun 2001 (r)")
R(d, N, RATIFIED, CAT, "2001-06-28", "CAT 28 Jul 1988 28 Jun 2001 (r)")
R(d, N, ACCEDED, OPCAT, "2009-07-27", "OPCAT - 27 Jul 2009 (a)")
R(d, N, "signed", CRC, "1990-01-26", "CRC 26 Jan 1990 19 Apr 1991 (r)")
R(d, N, RATIFIED, CRC, "1991-04-19", "CRC 26 Jan 1990 19 Apr 1991 (r)")
R(d, N, "signed", CRPD, "2007-03-30", "CRPD 30 Mar 2007 24 Sep 2010 (r)")
R(d, N, RATIFIED, CRPD, "2010-09-24", "CRPD 30 Mar 2007 24 Sep 2010 (r)")
R(d, N, "signed", CED, "2009-07-27", "CED 27 Jul 2009 27 Jul 2009 (r)")
R(d, N, RATIFIED, CED, "2009-07-27", "CED 27 Jul 2009 27 Jul 2009 (r)")
R(d, N, ACCEDED, ICRMW, "2009-07-27", "ICRMW (migrant workers) - 27 Jul 2009 (a)")
# Reservations; the Child's Rights Act and its adoption by the states of the federation: domestic, nothing.
R(d, N, RATIFIED, ACHPR, "1983-06-22", "African Charter on Human and Peoples' Rights: ratified 22 June 1983.")
# The Commission's sessions and seat in Banjul: nothing.
R(d, N, RATIFIED, MAPUTO, "2004-12-16", "Maputo Protocol (rights of women): ratified 16 December 2004.")
R(d, N, RATIFIED, ACRWC, "2001", "African Charter on the Rights and Welfare of the Child: ratified 2001.")
R(d, N, RATIFIED, KAMPALA, "2012-04-17", "Kampala Convention (internally displaced persons): ratified 17 April 2012")
R(d, N, "signed", OLDER, "2022", "Protocol on the Rights of Older Persons: signed 2022 (s).")
R(d, N, NOTRATIFIED, OLDER, None, "Nigeria has not\n  deposited an instrument of ratification.", negated=True, alt=["(Domestic step; no deposit yet.)"])
R(d, N, RATIFIED, DISAB, "2024", "Nigeria ratified it in 2024")
RL(d, ["Cameroon", "Kenya"], RATIFIED, DISAB, "2024", "Cameroon and Kenya did so\n  the same year")
# "supported 225 and noted 73": counts, nothing.
R(d, N, NOTRATIFIED, OPICESCR, None, "Supported: recommendations by Portugal and Ghana to ratify the Optional\n    Protocol to ICESCR", negated=True)
R(d, "Portugal", "called-for", OPICESCR, None, "recommendations by Portugal and Ghana to ratify the Optional\n    Protocol to ICESCR", required=False)
R(d, "Ghana", "called-for", OPICESCR, None, "recommendations by Portugal and Ghana to ratify the Optional\n    Protocol to ICESCR",
  alt=["called on Nigeria and other States in the region to follow suit"])
RL(d, ["France", "Spain", "Australia"], "called-for", OP2, None, "recommendations by France, Spain and Australia to accede to the\n    Second Optional Protocol to the ICCPR", required=False)
R(d, "Ghana", RATIFIED, OPICESCR, "2018", "Ghana, which itself ratified the Optional Protocol to ICESCR in 2018")
RL(d, [N, "Ghana", "Senegal"], "co-sponsored", H6012, "2025-09-12", "Nigeria co-sponsored resolution 60/12\n             on the safety of journalists, together with Ghana and Senegal")
# The Federal Executive Council's approval: domestic.
R(d, ["National Human Rights Commission", "National Human Rights Commission of Nigeria"], "called-for", OPICESCR, "2025-12",
  "The National Human Rights Commission urged the Government to\n             ratify the Optional Protocol to ICESCR", required=False)

# ===================== 15 (NGO fact sheet with tables, Council of Europe AI Convention, status date 16 February 2026) =====================
d = "15.txt"
D = "2026-02-16"
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "CETS No. 225", "Framework Convention", "AI Convention", "Treaty 225"])
O = "2024-09-05"
R(d, ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"], "adopted", AIC, "2024-05-17",
  "The Committee of Ministers adopted the Convention at its 133rd session in\nStrasbourg on 17 May 2024.",
  alt=["Adopted ..................... 17 May 2024, Committee of Ministers"])
# Opening for signature in Vilnius, "19" signatories, "3" ratifications, entry-into-force condition, depositary, the negotiating
# States in the CAI (a process): nothing.
QA = ("Andorra | Georgia | Iceland | Norway | Republic of Moldova | San Marino |\n  United Kingdom | Israel | United States of America | European Union")
for a in ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"]:
    R(d, a, "signed", AIC, O, QA, alt=["The Union signed on 5 September 2024"] if a == "European Union" else
      (["The United States signed under the previous\nadministration."] if a == "United States" else None))
for a, dt, iso in [("Japan", "11 Feb 2025", "2025-02-11"), ("Canada", "13 Mar 2025", "2025-03-13"), ("Switzerland", "27 Mar 2025", "2025-03-27"),
                   ("Liechtenstein", "12 May 2025", "2025-05-12"), ("Montenegro", "02 Oct 2025", "2025-10-02"), ("Ukraine", "02 Oct 2025", "2025-10-02"),
                   ("Uruguay", "10 Dec 2025", "2025-12-10")]:
    R(d, a, "signed", AIC, iso, f"{a} {dt}")
for a, dt, iso in [("Norway", "18 Sep 2025", "2025-09-18"), ("Andorra", "04 Nov 2025", "2025-11-04"), ("San Marino", "20 Jan 2026", "2026-01-20")]:
    R(d, a, RATIFIED, AIC, iso, f"{a} 05 Sep 2024 {dt}")
R(d, "United Kingdom", NOTRATIFIED, AIC, None, "The Government has said it will ratify the Convention once\nthe forthcoming AI bill has been passed",
  negated=True)
R(d, "United States", NOTRATIFIED, AIC, None, "would \"not seek ratification at this time\"", negated=True)
# "the signature has not been withdrawn": nothing new.
R(d, "European Union", NOTBOUND, AIC, None, "has not yet\nconcluded the Convention", negated=True)
# The Commission proposal and the European Parliament's consent: internal steps, nothing.
R(d, "Australia", "signed", AIC, None, "Australia, which took part in the negotiations, has not signed.", negated=True)
RL(d, ["Argentina", "Costa Rica"], "signed", AIC, None, "are understood to be preparing to sign\nin 2026", negated=True)
R(d, ["Secretary General of the Council of Europe", "Council of Europe", "Alain Berset"], "called-for", AIC, None,
  "Council of Europe Secretary General Alain Berset has called on all\nsignatories to ratify")
R(d, ["Digital Rights Observatory", "DRO"], "called-for", AIC, D, "The Digital\nRights Observatory joins that call")
RL(d, ["Germany", "France", "Italy"], "signed", AIC, None, "member\nStates that have not yet signed, such as Germany, France and Italy", negated=True)

# ===================== 16 (NGO explainer on the Istanbul Convention, posted 1 August 2024) =====================
d = "16.txt"
D = "2024-08-01"
IC = ("Istanbul Convention", ["Council of Europe Convention on preventing and combating violence against women and domestic violence", "the Convention"])
# Entry into force (1 August 2014) and "39 parties": nothing.
R(d, "Ukraine", RATIFIED, IC, "2022-07-18", "Ukraine ratified the Convention on 18 July 2022")
R(d, "Ukraine", "signed", IC, "2011", "after signing it in 2011")
R(d, "United Kingdom", "signed", IC, "2012", "The United Kingdom, a signatory since 2012")
R(d, "United Kingdom", RATIFIED, IC, "2022-07-21", "deposited its instrument\n      of ratification on 21 July 2022")
R(d, "European Union", ACCEDED, IC, "2023-06-28", "The European Union acceded on 28 June 2023")
# The Court of Justice's Opinion 1/19 and the scope of the EU's competence: nothing.
R(d, "Latvia", RATIFIED, IC, "2024-01", "Latvia ratified in January 2024")
# Latvia's parliament approving the Convention in November 2023: domestic.
RL(d, ["Republic of Moldova", "Liechtenstein"], RATIFIED, IC, "2021", "Moldova ratified in 2021 and Liechtenstein the same year.")
QTR = "the first State to sign and ratify the Convention, in 2011 and\n2012"
R(d, "Türkiye", "signed", IC, "2011", QTR)
R(d, "Türkiye", RATIFIED, IC, "2012", QTR)
R(d, "Türkiye", NOTBOUND, IC, None, "withdrew by presidential decree in March 2021", negated=True)
R(d, "Poland", NOTBOUND, IC, None, "Poland would begin the process of withdrawing", negated=True, required=False)
R(d, "Poland", PARTY, IC, None, "Poland remains a party")
# "intends to stay": nothing further.
Q6 = "Armenia, Bulgaria, the Czech Republic, Hungary, Lithuania and Slovakia."
for a in ["Armenia", "Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"]:
    R(d, a, "signed", IC, "2018-01" if a == "Armenia" else None, Q6,
      alt=["Armenia, which signed in January 2018"] if a == "Armenia" else None)
    R(d, a, NOTRATIFIED, IC, None, "Six Council of Europe member States have signed without ratifying:\n" + Q6, negated=True)
# The Constitutional Court, the Czech Senate, the Hungarian and Slovak parliaments' declarations: domestic steps (the negated
# ratifications above cover the States' positions).
RL(d, ["Azerbaijan", "Russian Federation"], "signed", IC, None, "Azerbaijan and the Russian Federation have neither signed nor ratified.", negated=True)
RL(d, ["Azerbaijan", "Russian Federation"], NOTBOUND, IC, None, "Azerbaijan and the Russian Federation have neither signed nor ratified.",
   negated=True, required=False)
# "no non-member State has yet joined"; Tunisia and Kazakhstan "invited to accede": addressees, nothing.
R(d, "European Parliament", "called-for", IC, "2023-02-15", "the European Parliament called\non the remaining EU member States to ratify the Convention")
R(d, ["Parliamentary Assembly of the Council of Europe", "PACE"], "called-for", IC, None, "has repeatedly urged the\nholdouts to ratify")
R(d, "UN Women", "called-for", IC, None, "UN Women has encouraged States beyond Europe to\naccede")
R(d, "Equal Voices Europe", "called-for", IC, D, "We at Equal Voices Europe call on Armenia, Bulgaria, the Czech\nRepublic, Hungary, Lithuania and Slovakia to ratify this year.")
# GREVIO (monitoring body), the opening for signature in Istanbul and the depositary: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
