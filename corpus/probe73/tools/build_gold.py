#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (02.md, 07.md, 04.html, 09.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity. No document opens with a metadata block.

Theme: civil-society monitoring (2019-2026): NGO shadow reports and UPR submissions to treaty bodies, campaign trackers and
scorecards (nuclear ban, landmines, cluster munitions, the ICC, the Escazu Agreement, ILO C189/C190), advocacy letters to
ministers, coalition press releases and statements, report cards ranking governments and fundraising emails citing treaty
status. "We" / "the Coalition" resolve to the organisation that writes. Calls on others to sign, ratify, accede or join are
the caller's `called-for`, dated by the document; calls to implement, universalise or withdraw reservations give nothing.
"Signed but not ratified" gives an affirmed signature and a negated ratification. Planned, intended, "has yet to",
"will not", withdrawals and notices of withdrawal are negated records without a date (votes against and abstentions keep
theirs). Domestic steps (cabinet or parliamentary approval, bills, laws), entry into force, depositaries, venues, hosts,
presidencies, observer status, reservations and implementation give no record. Welcoming another State's act gives nothing.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Philippines", "Kenya", "Bangladesh",
          "Democratic Republic of the Congo", "Netherlands", "Republic of Korea", "Marshall Islands", "Bahamas", "Mexico",
          "Colombia", "Chile", "Costa Rica", "Ecuador", "Bolivia", "Guatemala", "Paraguay", "Germany", "Fiji", "Samoa",
          "Kiribati", "Cook Islands", "Türkiye", "Iran", "Syria", "China", "Cambodia", "Thailand", "Timor-Leste",
          "Saudi Arabia", "Egypt", "Uganda", "Burundi", "Viet Nam", "Lao PDR", "Brunei Darussalam", "Ghana",
          "South Sudan", "State of Palestine", "Democratic People's Republic of Korea"),
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Malaysia": ["Malaysia"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Saint Lucia": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Dominica": ["Dominica", "Commonwealth of Dominica"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Guinea-Bissau": ["Guinea-Bissau", "Guinea Bissau"],
    "Solomon Islands": ["Solomon Islands", "the Solomon Islands"],
    "Ukraine": ["Ukraine"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- instruments used in several documents ----
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty", "Nuclear Weapon Ban Treaty"])
APMBC = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
         ["Mine Ban Treaty", "Mine Ban Convention", "Ottawa Convention", "Ottawa Treaty", "APMBC", "Anti-Personnel Mine Ban Convention"])
CCM = ("Convention on Cluster Munitions", ["CCM", "cluster munitions convention"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute", "Statute of the International Criminal Court"])
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
          ["Escazú Agreement", "Escazu Agreement", "Acuerdo de Escazú"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["C189", "ILO Convention No. 189", "Domestic Workers Convention", "ILO C189"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["C190", "ILO Convention No. 190", "Violence and Harassment Convention", "ILO C190"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW", "Women's Convention"])
OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women", ["Optional Protocol to CEDAW", "OP-CEDAW", "Optional Protocol to the Convention"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", ["ICRMW", "Migrant Workers Convention"])

# ===================== 01 (NGO coalition shadow report to CEDAW on Lebanon, Beirut, 11 September 2023) =====================
d = "01.txt"
D = "2023-09-11"
C029 = ("Forced Labour Convention, 1930 (No. 29)", ["C029", "Forced Labour Convention", "ILO Convention No. 29"])
P029 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["P029", "2014 Protocol to the Forced Labour Convention", "Forced Labour Protocol"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
LDW = ["Lebanon Domestic Workers Shadow Report Coalition", "LDWSRC", "the Coalition"]
CEDC = ["Committee on the Elimination of Discrimination against Women", "CEDAW Committee", "the Committee"]
R(d, "Lebanon", ACCEDED, CEDAW, "1997-04-16", "Lebanon acceded to the Convention on the Elimination of All Forms of Discrimination against Women on 16 April 1997")
# Reservations and their non-withdrawal: nothing.
R(d, "Lebanon", "signed", OPCEDAW, None, "The State party has still not signed the Optional Protocol to the Convention", negated=True)
R(d, "Lebanon", ACCEDED, OPCEDAW, None, "accession to the Optional Protocol \"remains under study\"", negated=True, required=False)
QLC = "Lebanon is not a party to the ILO Domestic Workers Convention, 2011 (No. 189), nor to the Violence and Harassment Convention, 2019 (No. 190)"
R(d, "Lebanon", NOTBOUND, C189, None, QLC, negated=True)
R(d, "Lebanon", NOTBOUND, C190, None, QLC, negated=True)
R(d, "Lebanon", "supported", C189, "2011-06", "the Lebanese Government delegates voted in favour of adopting C189")
# "no Minister of Labour has submitted it to Parliament": domestic step, nothing.
R(d, CEDC, "called-for", C189, "2015", "the Committee recommended that the State party ratify ILO Convention No. 189")
QORIG = "The Philippines (2012), Madagascar (2019) and Sierra Leone (2022) have ratified C189"
R(d, "Philippines", RATIFIED, C189, "2012", QORIG)
R(d, "Madagascar", RATIFIED, C189, "2019", QORIG)
R(d, "Sierra Leone", RATIFIED, C189, "2022", QORIG)
RL(d, ["Ethiopia", "Bangladesh", "Sri Lanka", "Kenya"], NOTRATIFIED, C189, None, "Ethiopia, Bangladesh, Sri Lanka and Kenya have yet to do so", negated=True)
# Kenya's Cabinet approval: domestic; "no instrument has been deposited" is already covered by Kenya's negated record.
R(d, "Lebanon", RATIFIED, C029, "1977", "Lebanon ratified the Forced Labour Convention, 1930 (No. 29) in 1977")
R(d, "Lebanon", NOTRATIFIED, P029, None, "has not ratified the 2014 Protocol to that Convention (P029)", negated=True)
R(d, ["International Labour Conference", "ILO"], ADOPTED, P029, "2014-06-11", "The Protocol was adopted by the International Labour Conference on 11 June 2014", required=False)
QMW = "Nor has Lebanon signed or ratified the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"
R(d, "Lebanon", "signed", ICRMW, None, QMW, negated=True)
R(d, "Lebanon", NOTRATIFIED, ICRMW, None, QMW, negated=True)
R(d, "Philippines", PARTY, ICRMW, None, "the Philippines and Sri Lanka are parties to it")
R(d, "Sri Lanka", PARTY, ICRMW, None, "the Philippines and Sri Lanka are parties to it")
R(d, "Ethiopia", "signed", ICRMW, None, "Ethiopia signed it, but never ratified")
R(d, "Ethiopia", NOTRATIFIED, ICRMW, None, "Ethiopia signed it, but never ratified", negated=True)
# Standard contract (domestic, suspended), State Consultative Council: nothing.
R(d, "Lebanon", PARTY, ICESCR, None, "Lebanon is a party to the International Covenant on Economic, Social and Cultural Rights (ICESCR)")
QCALL = "The LDWSRC calls on Lebanon to ratify ILO Conventions No. 189 and No. 190 and the 2014 Protocol to the Forced Labour Convention"
R(d, LDW, "called-for", C189, D, QCALL)
R(d, LDW, "called-for", C190, D, QCALL)
R(d, LDW, "called-for", P029, D, QCALL)
R(d, LDW, "called-for", OPCEDAW, D, "accede to the Optional Protocol to the Convention", required=False)
# General recommendation No. 26: not acted on by anyone here; withdrawal of reservations, kafala abolition: nothing.

# ===================== 02 (ICAN web tracker page in Markdown, updated 3 February 2025) =====================
d = "02.md"
D = "2025-02-03"
VDAP = ("Vienna Declaration and Action Plan", ["Vienna Declaration", "Vienna Action Plan"])
# Adoption of the TPNW "at the United Nations" (venue, no actor) and entry into force: nothing.
R(d, "Indonesia", "signed", TPNW, "2017-09-20", "Indonesia | 20 Sep 2017 | 10 Sep 2024")
R(d, "Indonesia", RATIFIED, TPNW, "2024-09-10", "Indonesia | 20 Sep 2017 | 10 Sep 2024", alt=["Indonesia's ratification"])
R(d, "Sierra Leone", "signed", TPNW, "2021-03-23", "Sierra Leone | 23 Mar 2021 | 29 Oct 2024")
R(d, "Sierra Leone", RATIFIED, TPNW, "2024-10-29", "Sierra Leone | 23 Mar 2021 | 29 Oct 2024")
R(d, "Solomon Islands", ACCEDED, TPNW, "2024-09-25", "Solomon Islands | n/a | 25 Sep 2024 (accession)", alt=["Solomon Islands acceded without signing first"])
R(d, "Solomon Islands", "signed", TPNW, None, "Solomon Islands acceded without signing first", negated=True, required=False)
R(d, "Guinea-Bissau", "signed", TPNW, "2025-01-27", "Guinea-Bissau | 27 Jan 2025 | not yet", alt=["Guinea-Bissau's signature came a week ago"])
R(d, "Guinea-Bissau", NOTRATIFIED, TPNW, None, "Guinea-Bissau | 27 Jan 2025 | not yet", negated=True)
QSNR = "The following signatories have not yet ratified the Treaty"
SNR = ["Algeria", "Angola", "Cameroon", "Democratic Republic of the Congo", "Madagascar", "Nepal", "Zambia"]
R(d, "Brazil", "signed", TPNW, "2017-09-20", "Brazil signed on the day the Treaty opened for signature, 20 September 2017", alt=[QSNR])
RL(d, SNR, "signed", TPNW, None, QSNR)
RL(d, SNR + ["Brazil"], NOTRATIFIED, TPNW, None, QSNR, negated=True)
# Brazil's ratification bill before the Chamber: domestic, nothing.
R(d, "Colombia", RATIFIED, TPNW, "2024-09", "Colombia deposited its instrument of ratification in September 2024")
R(d, "Nigeria", PARTY, TPNW, "2020", "a State party since 2020")  # the workshop's host: nothing
R(d, "Kazakhstan", PARTY, TPNW, "2019", "a State party since 2019")  # presiding over 3MSP: nothing
# Germany, Norway, Belgium as observers: nothing; the expectation that they will not sign is hedged.
RL(d, ["Germany", "Norway", "Belgium"], "signed", TPNW, None, "none of the three is expected to sign in 2025", negated=True, required=False)
R(d, "Japan", "signed", TPNW, None, "has said it will not sign the TPNW while it relies on US extended", negated=True)
R(d, "Ghana", "signed", TPNW, "2017", "signed the Treaty in 2017 and ratified it in 2023")
R(d, "Ghana", RATIFIED, TPNW, "2023", "signed the Treaty in 2017 and ratified it in 2023")
R(d, ["ICAN", "International Campaign to Abolish Nuclear Weapons"], "called-for", TPNW, D, "ICAN calls on all signatories to ratify the TPNW before the first Review Conference")
R(d, ["First Meeting of States Parties to the TPNW", "States parties to the TPNW"], ADOPTED, VDAP, "2022-06",
  "which they adopted at the First Meeting of States Parties in June 2022", required=False)
# ICAN "urges the States parties to universalise" the Vienna Declaration: not a call to sign/join, nothing.

# ===================== 03 (ICBL-CMC press release, Landmine Monitor 2025, Geneva, 1 December 2025) =====================
d = "03.txt"
D = "2025-12-01"
SRAAP = ("Siem Reap-Angkor Action Plan", ["Siem Reap Action Plan", "Siem Reap-Angkor Action Plan 2025-2029"])
ICBL = ["ICBL-CMC", "International Campaign to Ban Landmines - Cluster Munition Coalition", "ICBL", "International Campaign to Ban Landmines"]
# Notifications of withdrawal: negated party records (withdrawal), no date. "none of the five has yet ceased to be a State party"
# restates their present status and gives no separate record.
RL(d, ["Estonia", "Latvia", "Lithuania"], NOTBOUND, APMBC, None, "Estonia, Latvia and Lithuania deposited notifications of withdrawal", negated=True)
R(d, "Finland", NOTBOUND, APMBC, None, "Finland followed on 10 July", negated=True)
R(d, "Poland", NOTBOUND, APMBC, None, "Poland on 20 August", negated=True)
R(d, ICBL, "called-for", APMBC, D, "on every State outside the treaty to join it")
# The call to "rescind their notifications" is not a call to sign/ratify/join: covered by the same called-for tuple anyway.
R(d, "Russian Federation", NOTBOUND, APMBC, None, "Russia, which is not party to the treaty", negated=True,
  alt=["three of the five permanent members of the Security Council (China, Russia and the United States)"])
R(d, "Ukraine", PARTY, APMBC, "2005", "Ukraine, a State party since 2005", alt=["Ukraine has not deposited a notification of withdrawal and remains bound"])
R(d, "Marshall Islands", RATIFIED, APMBC, "2025-03-12", "the Marshall Islands ratified the treaty on 12 March 2025")
R(d, "Marshall Islands", "signed", APMBC, "1997-12", "The Marshall Islands had signed the Convention in December 1997")
R(d, "China", NOTBOUND, APMBC, None, "three of the five permanent members of the Security Council (China, Russia and the United States)", negated=True)
R(d, "United States", NOTBOUND, APMBC, None, "it has not acceded to the Convention", negated=True,
  alt=["three of the five permanent members of the Security Council (China, Russia and the United States)"])
# The US policy alignment (2022) is a policy, not a treaty action; the 2024 transfer: nothing.
R(d, ["Fifth Review Conference of the Mine Ban Treaty", "Fifth Review Conference"], ADOPTED, SRAAP, "2024-11",
  "the Siem Reap-Angkor Action Plan, adopted by the Fifth Review Conference in Siem Reap, Cambodia, in November 2024")
# Cambodia hosted: nothing. Ukraine's parliament's "suspension": domestic, nothing. Entry into force 1999, Ottawa signing
# venue, Zambia's presidency: nothing.
R(d, "Estonia", ACCEDED, APMBC, "2004", "Estonia 2004 (accession)")
R(d, "Latvia", ACCEDED, APMBC, "2005", "Latvia 2005 (accession)")
R(d, "Lithuania", RATIFIED, APMBC, "2003", "Lithuania 2003 (ratification)")
R(d, "Finland", ACCEDED, APMBC, "2012", "Finland 2012 (accession)")
R(d, "Poland", RATIFIED, APMBC, "2012", "Poland 2012 (ratification)")

# ===================== 04 (CICC press release web page, The Hague, 2 January 2025) =====================
d = "04.html"
D = "2025-01-02"
CICC = ["Coalition for the International Criminal Court", "CICC", "Coalition for the ICC"]
APIC = ("Agreement on the Privileges and Immunities of the International Criminal Court", ["APIC", "Agreement on the Privileges and Immunities of the ICC"])
KAMPALA = ("Kampala amendments on the crime of aggression", ["Kampala amendments", "amendments to the Rome Statute on the crime of aggression"])
LJHC = ("Ljubljana-The Hague Convention on mutual legal assistance", ["Ljubljana-The Hague Convention", "Ljubljana-The Hague MLA Convention"])
R(d, "Ukraine", PARTY, ROME, "2025-01-01", "entry as the 125th State Party to the Rome Statute of the International Criminal Court, which took effect yesterday, 1 January 2025", required=False)
R(d, "Ukraine", RATIFIED, ROME, "2024-10-25", "Ukraine deposited its instrument of ratification with the UN Secretary-General in New York on 25 October 2024")
# Verkhovna Rada approval and the President's signature of the law: domestic. The UN Secretary-General as depositary: nothing.
R(d, "Ukraine", "signed", ROME, "2000-01-20", "Ukraine signed the Rome Statute as long ago as 20 January 2000")
# The Article 124 declaration and the call to withdraw it, the ad hoc declarations accepting jurisdiction: nothing.
R(d, "Armenia", "signed", ROME, "1999", "Armenia, which signed the Statute in 1999, ratified it on 14 November 2023")
R(d, "Armenia", RATIFIED, ROME, "2023-11-14", "Armenia, which signed the Statute in 1999, ratified it on 14 November 2023")
R(d, "Armenia", PARTY, ROME, "2024-02-01", "became the 124th State Party on 1 February 2024", required=False)
R(d, "State of Palestine", ACCEDED, ROME, "2015-01", "the most recent accession was that of the State of Palestine in January 2015")
R(d, "Burundi", NOTBOUND, ROME, None, "The withdrawal of Burundi took effect on 27 October 2017", negated=True)
R(d, "Philippines", NOTBOUND, ROME, None, "that of the Philippines on 17 March 2019", negated=True, alt=["Neither has since rejoined"])
QNS = "India, Indonesia, Pakistan and Saudi Arabia have neither signed nor ratified the Statute"
RL(d, ["India", "Indonesia", "Pakistan", "Saudi Arabia"], "signed", ROME, None, QNS, negated=True)
RL(d, ["India", "Indonesia", "Pakistan", "Saudi Arabia"], NOTRATIFIED, ROME, None, QNS, negated=True)
QUS = "The United States, the Russian Federation and Israel signed it in 2000"
RL(d, ["United States", "Russian Federation", "Israel"], "signed", ROME, "2000", QUS)
RL(d, ["United States", "Russian Federation", "Israel"], NOTBOUND, ROME, None, "they do not intend to become parties", negated=True)
R(d, "Ukraine", "signed", APIC, "2007-01-29", "Ukraine signed on 29 January 2007 but has not yet ratified")
R(d, "Ukraine", NOTRATIFIED, APIC, None, "Ukraine signed on 29 January 2007 but has not yet ratified", negated=True)
R(d, "Ukraine", NOTRATIFIED, KAMPALA, None, "Ukraine has not ratified them", negated=True)
QLJ = "signed by Ukraine, together with Belgium, Argentina, Slovenia, Mongolia, the Netherlands and Senegal, at the signing ceremony in The Hague on 14 February 2024"
RL(d, ["Ukraine", "Belgium", "Argentina", "Slovenia", "Mongolia", "Netherlands", "Senegal"], "signed", LJHC, "2024-02-14", QLJ)
R(d, CICC, "called-for", ROME, D, "The Coalition calls on all States that are not yet party to the Rome Statute to ratify or accede to it without delay")
R(d, CICC, "called-for", APIC, D, "urges Ukraine to ratify APIC and the Kampala amendments in 2025")
R(d, CICC, "called-for", KAMPALA, D, "urges Ukraine to ratify APIC and the Kampala amendments in 2025")
# The Netherlands as host State of the Court: nothing.

# ===================== 05 (open letter of 64 NGOs to Brazil's Foreign Minister on Escazú, São Paulo, 22 April 2024) =====================
d = "05.txt"
D = "2024-04-22"
AEB = ["Articulação Escazú Brasil", "Articulacao Escazu Brasil"]
R4813 = ("Human Rights Council resolution 48/13", ["resolution 48/13", "HRC resolution 48/13", "right to a clean, healthy and sustainable environment"])
ESCAP = ("Action Plan on Human Rights Defenders in Environmental Matters", ["Action Plan on Human Rights Defenders", "Escazú Action Plan on Human Rights Defenders"])
R(d, "Brazil", "signed", ESCAZU, "2018-09-27", "Brazil signed the Escazú Agreement on 27 September 2018")
R(d, "Brazil", NOTRATIFIED, ESCAZU, None, "Brazil has still not ratified it", negated=True,
  alt=["President Lula, speaking in Santiago in August 2023, committed to ratifying the Escazú Agreement during his term"])
# Mensagem to Congress, the Chamber's committee, parliamentary approval: domestic. Opening for signature at UNHQ: venue.
R(d, "Brazil", COMMITTED, ESCAZU, "2023-08", "President Lula, speaking in Santiago in August 2023, committed to ratifying the Escazú Agreement during his term", required=False)
RL(d, ["Argentina", "Bolivia", "Uruguay", "Ecuador"], RATIFIED, ESCAZU, "2020", "Argentina, Bolivia, Uruguay and Ecuador, which ratified in 2020")
QSEV = ("as well as Mexico, Panama, Nicaragua, Guyana, Saint Lucia, Saint Kitts and Nevis, Saint Vincent and the Grenadines, "
        "Antigua and Barbuda and Belize")
RL(d, ["Mexico", "Panama", "Nicaragua", "Guyana", "Saint Lucia", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines",
       "Antigua and Barbuda", "Belize"], PARTY, ESCAZU, None, QSEV)
R(d, "Chile", "signed", ESCAZU, None, "Chile, whose previous Government refused to sign in 2018", negated=True)
R(d, "Chile", ACCEDED, ESCAZU, "2022-06-13", "acceded to the Agreement on 13 June 2022")
R(d, "Colombia", RATIFIED, ESCAZU, "2024-03", "Colombia deposited its instrument of ratification last month")
R(d, "Grenada", RATIFIED, ESCAZU, "2021", "Grenada, which ratified in 2021")
R(d, "Dominica", RATIFIED, ESCAZU, "2024", "Dominica, which ratified in 2024")
R(d, "Peru", "signed", ESCAZU, "2018-09", "Peru signed in September 2018")
R(d, "Peru", NOTRATIFIED, ESCAZU, None, "the Government has not resubmitted it", negated=True, required=False)
# Costa Rica's co-leadership of the negotiations and naming: nothing; its Legislative Assembly's lapse: domestic.
R(d, "Costa Rica", "signed", ESCAZU, None, "signed it but has not ratified it")
R(d, "Costa Rica", NOTRATIFIED, ESCAZU, None, "signed it but has not ratified it", negated=True)
R(d, "Paraguay", NOTRATIFIED, ESCAZU, None, "has said it will not ratify", negated=True)
# Paraguay withdrawing the text from its Senate: domestic. Brazil hosting COP30 in Belém: host, nothing.
R(d, "Brazil", "supported", R4813, "2021-10", "Brazil voted in favour of Human Rights Council resolution 48/13")
R(d, AEB, "called-for", ESCAZU, D, "to ratify the Escazú Agreement before COP30 in Belém")
R(d, ["Conference of the Parties to the Escazú Agreement", "COP2"], ADOPTED, ESCAP, "2023-04",
  "which the Conference of the Parties adopted at its second meeting (COP2) in Buenos Aires in April 2023", required=False)
# "to support the Action Plan" and "implementing" (request b): not a call to sign/join, nothing.

# ===================== 06 (IDWF press release, C189 at ten, Hong Kong / Geneva, 16 June 2021) =====================
d = "06.txt"
D = "2021-06-16"
IDWF = ["International Domestic Workers Federation", "IDWF"]
ILC = ["International Labour Conference", "ILO", "International Labour Organization"]
R(d, ILC, ADOPTED, C189, "2011-06-16", "the International Labour Conference adopted the Domestic Workers Convention, 2011 (No. 189)")
# "35 ILO member States have ratified C189": unnamed.
R(d, "Uruguay", RATIFIED, C189, "2012-06-14", "The first was Uruguay, on 14 June 2012")
R(d, "Philippines", RATIFIED, C189, "2012-09", "followed by the Philippines that September", alt=["only the Philippines has done so"])
R(d, "Mexico", RATIFIED, C189, "2020-07-03", "Mexico, which ratified on 3 July 2020")
RL(d, ["Peru", "Namibia", "Grenada"], RATIFIED, C189, "2018", "Peru, Namibia and Grenada, which all deposited their instruments in 2018")
QLIST = "WHO HAS RATIFIED (selection by region)"
RL(d, ["Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Ecuador", "Jamaica", "Panama", "Guinea", "South Africa",
       "Belgium", "Germany", "Italy"], RATIFIED, C189, None, QLIST)
# Parliamentary approval: domestic (methodology note), nothing. "Not a single Arab State": unnamed.
RL(d, ["Kuwait", "Qatar", "Saudi Arabia"], NOTRATIFIED, C189, None, "Kuwait, Qatar and Saudi Arabia have yet to ratify it", negated=True)
QOUT = "the United States, Canada, the United Kingdom and Japan are still outside"
RL(d, ["United States", "Canada", "Japan"], NOTBOUND, C189, None, QOUT, negated=True)
R(d, "United Kingdom", NOTBOUND, C189, None, QOUT, negated=True, alt=["\"has no plans to ratify\" C189 at present"])
R(d, "United States", "supported", C189, "2011-06-16", "The United States Government voted in favour of the Convention at the 2011 Conference")
R(d, ILC, ADOPTED, C190, "2019", "Two years ago the International Labour Conference adopted the Violence and Harassment Convention, 2019 (No. 190)")
R(d, "Uruguay", RATIFIED, C190, "2020-06-12", "Uruguay became the first country to ratify it on 12 June 2020")
R(d, "Fiji", RATIFIED, C190, "2020-07", "followed by Fiji that July")
# "Four more States": unnamed. Entry into force on 25 June 2021: nothing.
R(d, IDWF, "called-for", C189, D, "The IDWF calls on all ILO member States that have not yet done so to ratify C189 and C190")
R(d, IDWF, "called-for", C190, D, "The IDWF calls on all ILO member States that have not yet done so to ratify C189 and C190")
# The call on ratifying States to implement: nothing. Kenya's Cabinet memorandum: domestic. Letters to ministers: nothing.

# ===================== 07 (fundraising email in Markdown, Nuclear Free Future UK, 25 January 2021) =====================
d = "07.md"
D = "2021-01-25"
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Nuclear Non-Proliferation Treaty", "Non-Proliferation Treaty"])
NFF = ["Nuclear Free Future UK", "Nuclear Free Future"]
# Entry into force on 22 January 2021: nothing.
R(d, "Honduras", RATIFIED, TPNW, "2020-10-24", "Honduras became the 50th State to ratify it on 24 October last year")
R(d, "Benin", RATIFIED, TPNW, None, "Since then Benin has ratified too")
# "51 States parties", "86 countries have signed": unnamed.
QIN = "Mexico, Austria, Ireland, New Zealand, Nigeria, South Africa, Thailand and Viet Nam are all parties"
RL(d, ["Mexico", "Austria", "Ireland", "New Zealand", "Nigeria", "South Africa", "Thailand", "Viet Nam"], PARTY, TPNW, None, QIN)
RL(d, ["Austria", "New Zealand"], RATIFIED, TPNW, "2018", "Austria and New Zealand were among the first, ratifying in 2018")
R(d, "Ireland", RATIFIED, TPNW, "2020-08", "Ireland followed in August 2020")
R(d, "United Kingdom", "signed", TPNW, None, "the UK has not signed", negated=True,
  alt=["the UK \"does not support and will not sign or ratify\" the treaty"])
R(d, "United Kingdom", NOTRATIFIED, TPNW, None, "the UK \"does not support and will not sign or ratify\" the treaty", negated=True)
# "the other eight nuclear-armed states": unnamed.
R(d, "Netherlands", "supported", TPNW, "2017-07-07", "voted against the treaty's adoption on 7 July 2017", negated=True)
# The Netherlands taking part in the negotiations: process, nothing.
RL(d, ["Germany", "Norway"], NOTBOUND, TPNW, None, "have said they will not join for now", negated=True)
# A possible German observer: nothing. Scotland's pledge: not a State (the text says so), nothing.
# The ICAN Parliamentary Pledge signed by MPs and councils' motions: unnamed / domestic, nothing.
R(d, "United Kingdom", "signed", NPT, "1968", "The UK signed the Nuclear Non-Proliferation Treaty in 1968")
R(d, "United Kingdom", RATIFIED, NPT, "1968", "The UK ratified the Nuclear Non-Proliferation Treaty (NPT) in 1968")
# The postponed NPT Review Conference: nothing.
R(d, NFF, "called-for", TPNW, D, "We are calling on the UK Government to sign and ratify the TPNW")

# ===================== 08 (APMDWN report card 2022, published 18 December 2022) =====================
d = "08.txt"
D = "2022-12-18"
APM = ["Asia-Pacific Migrant Domestic Workers Network", "APMDWN"]
C181 = ("Private Employment Agencies Convention, 1997 (No. 181)", ["C181", "ILO Convention No. 181", "Private Employment Agencies Convention"])
ASEANC = ("ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers", ["ASEAN Consensus", "2017 ASEAN Consensus"])
# The grading method (points for ratification) describes no one's act.
R(d, "Philippines", RATIFIED, C189, "2012-09-05", "Still the only country in the region to have ratified C189, which it did on 5 September 2012",
  alt=["Philippines    2012      -         party (1995)"])
R(d, "Philippines", PARTY, ICRMW, "1995", "Philippines    2012      -         party (1995)")
R(d, "Philippines", NOTRATIFIED, C190, None, "the Government intends to ratify C190 in 2023", negated=True)
# The Batas Kasambahay (domestic law) and the Senate not yet having the instrument: domestic, nothing.
R(d, "Indonesia", RATIFIED, ICRMW, "2012", "Indonesia ratified the ICRMW in 2012")
R(d, "Indonesia", NOTRATIFIED, C189, None, "but has not ratified C189", negated=True)
R(d, "Sri Lanka", PARTY, ICRMW, "1996", "Sri Lanka      -         -         party (1996)")
R(d, "Bangladesh", "signed", ICRMW, "1998", "Bangladesh signed the ICRMW in 1998 and ratified it in 2011")
R(d, "Bangladesh", RATIFIED, ICRMW, "2011", "Bangladesh signed the ICRMW in 1998 and ratified it in 2011")
R(d, "Bangladesh", NOTRATIFIED, C189, None, "It has not ratified C189", negated=True)
R(d, "Timor-Leste", ACCEDED, ICRMW, "2004", "Timor-Leste    -         -         acceded 2004")
R(d, "Cambodia", "signed", ICRMW, "2004-09-27", "Cambodia signed the ICRMW on 27 September 2004")
R(d, "Cambodia", NOTRATIFIED, ICRMW, None, "but has never ratified it", negated=True)
R(d, "Cambodia", RATIFIED, C181, None, "one of the few States in the region to have ratified the ILO Private Employment Agencies Convention, 1997 (No. 181)")
R(d, "Thailand", "supported", C190, "2019", "Thailand's government delegates voted in favour of C190")
R(d, "Thailand", "supported", C189, "2011", "in 2011 they abstained in the vote adopting C189", negated=True)
R(d, "Thailand", NOTRATIFIED, C189, None, "Neither convention has been ratified", negated=True)
R(d, "Thailand", NOTRATIFIED, C190, None, "Neither convention has been ratified", negated=True)
QMS = "Neither State has ratified C189 or C190"
RL(d, ["Malaysia", "Singapore"], NOTRATIFIED, C189, None, QMS, negated=True)
RL(d, ["Malaysia", "Singapore"], NOTRATIFIED, C190, None, QMS, negated=True)
RL(d, ["Malaysia", "Singapore"], "signed", ICRMW, None, "neither has signed the ICRMW", negated=True)
R(d, "Singapore", "supported", C189, "2011", "Singapore also abstained on the adoption of C189 in 2011", negated=True)
# Malaysia's Employment (Amendment) Act 2022: domestic, nothing.
R(d, "India", "supported", C189, "2011", "India voted in favour of C189 at the 2011 Conference")
R(d, "India", NOTRATIFIED, C189, None, "it will consider ratification \"at an appropriate time\"", negated=True)
# Table-only dashes: a careful annotator may or may not read them as records; Nepal appears nowhere else.
for inst in (C189, C190):
    R(d, "Nepal", NOTRATIFIED, inst, None, "Nepal          -         -         -", negated=True, required=False)
R(d, "Nepal", NOTBOUND, ICRMW, None, "Nepal          -         -         -", negated=True, required=False)
# Hong Kong SAR: not a State, nothing.
QAC = "APMDWN calls on every government in this report card to ratify C189 and C190"
R(d, APM, "called-for", C189, D, QAC)
R(d, APM, "called-for", C190, D, QAC)
R(d, APM, "called-for", ICRMW, D, "on the seven States that are not parties to the ICRMW to accede to it")
R(d, ["ASEAN", "Association of Southeast Asian Nations"], SIGNED_DECL, ASEANC, "2017-11-14", "which ASEAN leaders signed in Manila on 14 November 2017")
# "ask ASEAN to implement": nothing.

# ===================== 09 (CMC press release web page, Cluster Munition Monitor 2025, Geneva, 9 September 2025) =====================
d = "09.html"
D = "2025-09-09"
CMC = ["Cluster Munition Coalition", "CMC", "ICBL-CMC"]
R7952 = ("UN General Assembly resolution 79/52 on the implementation of the Convention on Cluster Munitions", ["A/RES/79/52", "resolution 79/52"])
# Adoption "in Dublin in May 2008" / "by 107 States": venue and unnamed group, nothing. Entry into force: nothing.
R(d, "Lithuania", NOTBOUND, CCM, None, "The withdrawal of Lithuania took effect on 6 March 2025", negated=True)
R(d, CMC, "called-for", CCM, D, "we call on all States that have not yet done so to join it without delay", alt=["We urge Lithuania to rejoin the Convention"])
# "We urge Lithuania to rejoin the Convention" is the same caller's called-for tuple (kept as an alt quote).
R(d, "Nigeria", RATIFIED, CCM, "2023-02-28", "Nigeria ratified the Convention on 28 February 2023")
R(d, "South Sudan", ACCEDED, CCM, "2023-08-03", "South Sudan acceded on 3 August 2023")
R(d, "Vanuatu", "signed", CCM, "2008", "Vanuatu, which had signed in 2008, ratified it in December 2024")
R(d, "Vanuatu", RATIFIED, CCM, "2024-12", "Vanuatu, which had signed in 2008, ratified it in December 2024")
QSNR = "Angola, Cyprus, Indonesia, Jamaica and Kenya signed the Convention but have not ratified it"
RL(d, ["Angola", "Cyprus", "Indonesia", "Jamaica", "Kenya"], "signed", CCM, None, QSNR)
RL(d, ["Angola", "Cyprus", "Indonesia", "Jamaica", "Kenya"], NOTRATIFIED, CCM, None, QSNR, negated=True)
# Kenya's cabinet and the ratification bill before the National Assembly: domestic, nothing.
RL(d, ["Russian Federation", "Ukraine"], NOTBOUND, CCM, None, "Russia and Ukraine, neither of which is party to the Convention", negated=True)
R(d, "United States", NOTBOUND, CCM, None, "The United States, also outside the Convention", negated=True)
R(d, "Myanmar", "signed", CCM, None, "Myanmar has not signed the Convention", negated=True)
R(d, GA, ADOPTED, R7952, "2024", "was adopted by a vote of 144 in favour to 1 against (Russia), with 38 abstentions")
R(d, "Russian Federation", "supported", R7952, "2024", "144 in favour to 1 against (Russia)", negated=True)
RL(d, ["Brazil", "Cuba", "India", "Israel", "Pakistan", "Republic of Korea", "Türkiye", "Venezuela"], "supported", R7952, "2024",
   "Among the abstaining States were Brazil, Cuba, India, Israel, Pakistan, the Republic of Korea, Türkiye and Venezuela", negated=True)
# Stockpile destruction (Peru, South Africa), the UK's completion and Article 7 report: implementation, nothing.
# The Philippines' presidency of the 13MSP, Geneva as venue, the CMC asking the meeting to adopt a declaration: nothing.
R(d, "United Kingdom", PARTY, CCM, "2010", "The United Kingdom, a State party since 2010")
RL(d, ["Germany", "Norway", "Austria"], PARTY, CCM, None, "Germany, Norway and Austria, all early States parties")
# Their funding of the Monitor: nothing.

# ===================== 10 (joint stakeholders' UPR submission on the Philippines, 31 March 2022) =====================
d = "10.txt"
D = "2022-03-31"
PUW = ["Philippine UPR Watch", "Philippine Alliance of Human Rights Advocates", "PAHRA", "the coalition"]
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Enforced Disappearance Convention", "CED"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol to the ICCPR", "Second Optional Protocol", "OP2-ICCPR"])
QNS = "The Philippines has neither signed nor ratified the ICPPED"
R(d, "Philippines", "signed", ICPPED, None, QNS, negated=True)
R(d, "Philippines", NOTRATIFIED, ICPPED, None, QNS, negated=True,
  alt=["Among the noted recommendations were all those calling on it to ratify the International Convention for the Protection of All Persons from Enforced Disappearance",
       "the Government noted recommendations from Argentina, France, Japan and Uruguay to ratify the Convention"])
# "a party to eight of the nine core international human rights treaties": no instrument named.
R(d, "Philippines", ACCEDED, OPCAT, "2012-04-17", "It acceded to the Optional Protocol to the Convention against Torture (OPCAT) on 17 April 2012")
R(d, "Philippines", RATIFIED, C189, "2012-09", "was the first country in Asia to ratify ILO Convention No. 189 on domestic workers, in September 2012")
R(d, "Philippines", RATIFIED, OP2, "2007", "It also ratified the Second Optional Protocol to the ICCPR")
# RA 10353 and the NPM bill: domestic; OPCAT NPM designation: implementation, nothing.
RL(d, ["Argentina", "France", "Japan", "Uruguay"], "called-for", ICPPED, "2017",
   "the Government noted recommendations from Argentina, France, Japan and Uruguay to ratify the Convention", required=False)
R(d, "Philippines", NOTBOUND, ROME, None, "the Government deposited a written notification of withdrawal from the Rome Statute", negated=True)
# The Supreme Court ruling: domestic, nothing.
R(d, "Philippines", RATIFIED, ROME, "2011-08-30", "The Philippines had ratified the Statute on 30 August 2011")
R(d, "Philippines", "signed", ROME, "2000-12", "after signing it in December 2000")
# Death-penalty bills in Congress: domestic, nothing.
R(d, "Philippines", RATIFIED, ICRMW, "1995-07-05", "The Philippines ratified the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families on 5 July 1995")
R(d, "Philippines", "called-for", ICRMW, None, "has consistently called on destination States to do the same", required=False)
R(d, "Philippines", "called-for", C189, "2020", "called on all countries of destination in the Gulf to ratify ILO Convention No. 189")
R(d, "Philippines", NOTRATIFIED, C190, None, "the Philippines has not ratified the Violence and Harassment Convention, 2019 (No. 190)", negated=True)
R(d, "Philippines", "supported", C190, "2019-06-21", "The Philippines voted for the Convention's adoption at the International Labour Conference on 21 June 2019")
R(d, PUW, "called-for", ICPPED, D, "sign and ratify the ICPPED without reservations")
R(d, PUW, "called-for", ROME, D, "rejoin the Rome Statute of the International Criminal Court")
R(d, PUW, "called-for", C190, D, "ratify ILO Convention No. 190")
# (d) NPM designation, (e) death-penalty bills, and para. 11 (asking States to recommend again): nothing.

# ===================== 11 (Reaching Critical Will, First Committee Monitor, 6 November 2023; vote on Friday 3 November) =====================
d = "11.txt"
D = "2023-11-06"
V = "2023-11-03"
L8 = ("First Committee draft resolution A/C.1/78/L.8 on the Treaty on the Prohibition of Nuclear Weapons",
      ["A/C.1/78/L.8", "L.8", "TPNW resolution", "resolution on the Treaty on the Prohibition of Nuclear Weapons"])
FC = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly"]
WILPF = ["Women's International League for Peace and Freedom", "WILPF", "Reaching Critical Will"]
R(d, FC, ADOPTED, L8, V, "It was approved by 123 votes in favour to 44 against, with 13 abstentions")
QTAB = "The resolution, tabled by Austria, Brazil, Costa Rica, Indonesia, Ireland, Mexico, New Zealand, Nigeria, South Africa and Thailand"
RL(d, ["Austria", "Brazil", "Costa Rica", "Indonesia", "Ireland", "Mexico", "New Zealand", "Nigeria", "South Africa", "Thailand"],
   "co-sponsored", L8, None, QTAB)
R(d, FC, "called-for", TPNW, V, "calls upon all States that have not yet done so to sign, ratify, accept, approve or accede to it", required=False)
# "co-sponsored by a further 41 delegations", "123 votes in favour": unnamed. The plenary in December: future, nothing.
RL(d, ["France", "Russian Federation", "United Kingdom", "United States"], "supported", L8, V,
   "France, the Russian Federation, the United Kingdom and the United States voted against", negated=True)
# "every NATO member present": unnamed.
R(d, "Netherlands", "supported", L8, V, "except the Netherlands, which abstained", negated=True)
R(d, "Australia", "supported", L8, V, "abstained for the second year running", negated=True)
R(d, "Australia", "signed", TPNW, None, "the Government's commitment to consider signing and ratifying the Treaty", negated=True, required=False)
RL(d, ["Japan", "Republic of Korea"], "supported", L8, V, "Among those voting no were also Japan and the Republic of Korea", negated=True)
R(d, "Democratic People's Republic of Korea", "supported", L8, V, "The Democratic People's Republic of Korea did not take part in the vote", negated=True)
RL(d, ["China", "India", "Pakistan"], "supported", L8, V, "China, India and Pakistan abstained", negated=True)
R(d, "Equatorial Guinea", RATIFIED, TPNW, "2022-11-14", "Equatorial Guinea ratified the TPNW on 14 November 2022",
  alt=["two more States have become parties: Equatorial Guinea and Sao Tome and Principe"])
R(d, "Sao Tome and Principe", RATIFIED, TPNW, "2023-03-15", "Sao Tome and Principe deposited its instrument of ratification on 15 March 2023",
  alt=["two more States have become parties: Equatorial Guinea and Sao Tome and Principe"])
R(d, "Sri Lanka", JOINED, TPNW, None, "Sri Lanka has not joined the TPNW", negated=True,
  alt=["wrongly listed Sri Lanka as having acceded in January 2023", "has neither signed nor acceded"])
R(d, "Sri Lanka", "signed", TPNW, None, "has neither signed nor acceded", negated=True)
R(d, "Sri Lanka", "supported", L8, V, "it voted for the resolution again this year")
R(d, "Timor-Leste", "signed", TPNW, "2018", "Timor-Leste, a signatory since 2018")
R(d, "Timor-Leste", NOTRATIFIED, TPNW, None, "its ratification \"is in its final stages\"", negated=True)
R(d, "Estonia", "supported", TPNW, None, "\"cannot support a treaty that undermines NATO's deterrence posture\"", negated=True, required=False)
R(d, "Switzerland", "supported", L8, V, "Switzerland, which voted in favour")
R(d, "Switzerland", NOTBOUND, TPNW, None, "it was \"not in a position to join at this time\"", negated=True)
R(d, "Kazakhstan", RATIFIED, TPNW, "2019", "it had ratified the Treaty in 2019")
# Kazakhstan as President-designate, the meeting's venue and dates, observer attendance (Switzerland, Sweden): nothing.
R(d, WILPF, "called-for", TPNW, D, "on all States to sign and ratify the TPNW")

# ===================== 12 (open letter of NGOs to Malaysia's Prime Minister on the Rome Statute, 10 April 2019) =====================
d = "12.txt"
D = "2019-04-10"
SIGN = ["SUARAM", "Suara Rakyat Malaysia", "Lawyers for Liberty", "BERSIH 2.0", "FORUM-ASIA", "Coalition for the International Criminal Court",
        "CICC", "undersigned Malaysian and international civil society organisations", "undersigned civil society organisations"]
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "CERD"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "UNCAT"])
APIC = ("Agreement on the Privileges and Immunities of the International Criminal Court", ["APIC", "Agreement on Privileges and Immunities of the ICC"])
R(d, "Malaysia", ACCEDED, ROME, "2019-03-04",
  "On 4 March 2019, Foreign Minister Dato' Saifuddin Abdullah deposited Malaysia's instrument of accession to the Rome Statute")
# The UN Secretary-General as depositary: nothing. The region's and the UN's welcome: nothing.
R(d, "Malaysia", NOTBOUND, ROME, None, "the Government will withdraw from the Rome Statute of the International Criminal Court", negated=True,
  alt=["Malaysia would become the 124th State Party on 1 June 2019", "Malaysia therefore remains on course to become a State Party on 1 June"])
# "no notification of withdrawal has been deposited" is the absence of a withdrawal, not a record.
R(d, "Jordan", PARTY, ROME, "2002", "has been a State Party since 2002")
R(d, "Cambodia", RATIFIED, ROME, "2002-04-11", "Cambodia (ratification, 11 April 2002)", alt=["only Cambodia and Timor-Leste are States Parties"])
R(d, "Timor-Leste", ACCEDED, ROME, "2002-09-06", "Timor-Leste (accession, 6 September 2002)", alt=["only Cambodia and Timor-Leste are States Parties"])
R(d, "Japan", ACCEDED, ROME, "2007", "Japan, also a constitutional monarchy, acceded in 2007")
R(d, "Malaysia", NOTRATIFIED, ICERD, None, "the Government announced that it would not ratify the International Convention on the Elimination of All Forms of Racial Discrimination (ICERD)", negated=True)
# "would ratify the remaining core human rights instruments": no instrument named, nothing.
R(d, "Malaysia", NOTRATIFIED, CAT, None, "Malaysia has not ratified the Convention against Torture (CAT) either", negated=True,
  alt=["ratification was \"a priority for 2019\""])
R(d, "Philippines", NOTBOUND, ROME, None, "The Philippines' withdrawal took effect on 17 March 2019, last month", negated=True)
R(d, "Thailand", "signed", ROME, "2000-10", "Thailand signed the Statute in October 2000 but has not ratified it")
R(d, "Thailand", NOTRATIFIED, ROME, None, "Thailand signed the Statute in October 2000 but has not ratified it", negated=True)
QNSA = "Indonesia, Viet Nam, Lao PDR, Myanmar, Brunei Darussalam and Singapore have neither signed nor acceded"
NSA = ["Indonesia", "Viet Nam", "Lao PDR", "Myanmar", "Brunei Darussalam", "Singapore"]
RL(d, NSA, "signed", ROME, None, QNSA, negated=True)
RL(d, NSA, JOINED, ROME, None, QNSA, negated=True)
R(d, SIGN, "called-for", ICERD, D, "to ratify ICERD and CAT, as pledged before the General Assembly")
R(d, SIGN, "called-for", CAT, D, "to ratify ICERD and CAT, as pledged before the General Assembly")
R(d, SIGN, "called-for", APIC, D, "to accede to the Agreement on Privileges and Immunities of the ICC")
R(d, SIGN, "called-for", ROME, D, "not to withdraw its instrument of accession to the Rome Statute", required=False)

# ===================== 13 (Work Without Fear campaign, C190 treaty tracker bulletin No. 27, 3 March 2022) =====================
d = "13.txt"
D = "2022-03-03"
WWF = ["Work Without Fear", "Work Without Fear campaign"]
ITUC = ["International Trade Union Confederation", "ITUC"]
BADEC = ("Buenos Aires Declaration on Decent Work for Domestic Workers", ["Buenos Aires Declaration"])
ZTP = ("Zero Tolerance pledge", ["\"Zero Tolerance\" pledge", "Work Without Fear Zero Tolerance pledge"])
R(d, "Mauritius", RATIFIED, C190, "2022-02-01", "Mauritius became the eleventh State to ratify C190 on 1 February")
# The ambassador's deposit is Mauritius's same act; the ILO registering it: depositary, nothing.
R(d, "South Africa", RATIFIED, C190, "2021-11-29", "South Africa's ratification, registered by the ILO on 29 November 2021")
# Entry into force for South Africa: nothing. Reporting on implementation: nothing.
RL(d, ["Greece", "Italy"], RATIFIED, C190, "2021", "Greece and Italy, which both ratified last year")
R(d, "Albania", RATIFIED, C190, "2022-01-24", "the Government of Albania deposited its instrument of ratification",
  alt=["it was registered on 24 January"])
R(d, "Albania", ENDORSED, ZTP, "2021", "having signed up to the campaign's \"Zero Tolerance\" pledge in 2021", required=False)
# Spain's Council of Ministers and the Cortes: domestic, nothing.
R(d, "United Kingdom", NOTRATIFIED, C190, None, "the Government announced that it intends to ratify C190", negated=True)
R(d, "Canada", NOTRATIFIED, C190, None, "Canada has not yet ratified", negated=True)
# Canada tabling C190 in Parliament: domestic. The EU Council decision authorising Member States: not a ratification, and the
# text says the EU cannot ratify: nothing.
R(d, "Philippines", NOTRATIFIED, C190, None, "the Senate has not yet concurred", negated=True, required=False)
R(d, "Uruguay", RATIFIED, C190, "2020-06-12", "Uruguay was the first country to ratify C190, on 12 June 2020")
R(d, "Fiji", RATIFIED, C190, None, "and Fiji the second")
R(d, "Sierra Leone", RATIFIED, C189, "2022-01-25", "Sierra Leone ratified C189 on 25 January")
R(d, "Malta", RATIFIED, C189, "2021-09", "Malta, the 35th, ratified it last September")
RL(d, ["Argentina", "Chile", "Spain"], SIGNED_DECL, BADEC, "2022-02-16",
   "the labour ministers of Argentina, Chile and Spain signed the \"Buenos Aires Declaration on Decent Work for Domestic Workers\"")
R(d, "Mexico", SIGNED_DECL, BADEC, None, "Mexico, which attended as an observer, did not sign", negated=True)
QWWF = "Work Without Fear calls on the Governments of Canada, the United Kingdom and Spain to deposit their instruments of ratification of C190"
R(d, WWF, "called-for", C190, D, QWWF)
R(d, WWF, "called-for", C189, D, "on all ILO member States to ratify C189 and C190")
R(d, ITUC, "called-for", C190, "2022-02", "last month called on all G20 governments to ratify C190 before the end of 2022")

# ===================== 14 (ICBL statement, Fourth Review Conference of the Mine Ban Treaty, Oslo, 26 November 2019) =====================
d = "14.txt"
D = "2019-11-26"
ICBL14 = ["International Campaign to Ban Landmines", "ICBL"]
R7361 = ("UN General Assembly resolution 73/61 on the implementation of the Mine Ban Convention", ["resolution 73/61", "A/RES/73/61"])
OSLODEC = ("Oslo Declaration", ["Oslo Declaration of the Fourth Review Conference"])
# "122 governments signed" in Ottawa, "164 States are bound": unnamed. Norway hosting (both conferences): nothing.
R(d, "Oman", ACCEDED, APMBC, "2014-08", "Oman acceded in August 2014")
R(d, "State of Palestine", ACCEDED, APMBC, "2017-12-29", "The State of Palestine deposited its instrument of accession on 29 December 2017")
R(d, "Sri Lanka", ACCEDED, APMBC, "2017-12-13", "Sri Lanka's accession, on 13 December 2017")
R(d, "Tuvalu", ACCEDED, APMBC, "2011", "Tuvalu, which had not been expected to move quickly, acceded in 2011")
R(d, "Marshall Islands", "signed", APMBC, "1997-12-04", "The Marshall Islands signed the treaty on 4 December 1997")
R(d, "Marshall Islands", NOTRATIFIED, APMBC, None, "but has yet to ratify it", negated=True, alt=["One signatory has still not ratified"])
R(d, ICBL14, "called-for", APMBC, D, "We call on the Marshall Islands to complete ratification before the Fifth Review Conference",
  alt=["The ICBL calls on all States that have not yet joined the Convention to do so without delay"])
QOUT = ("Thirty-three States remain outside the Convention, including China, Egypt, India, Iran, Israel, Pakistan, the Republic of Korea, "
        "the Russian Federation, Saudi Arabia and the United States")
RL(d, ["China", "Egypt", "India", "Iran", "Israel", "Pakistan", "Republic of Korea", "Russian Federation", "Saudi Arabia"],
   NOTBOUND, APMBC, None, QOUT, negated=True)
R(d, "United States", NOTBOUND, APMBC, None, QOUT, negated=True,
  alt=["Five years on, it has not acceded", "would seek to eventually accede to the Convention"])
# "17 voted in favour": unnamed beyond the four named.
RL(d, ["Azerbaijan", "Morocco", "Singapore", "United Arab Emirates"], "supported", R7361, "2018",
   "among them Azerbaijan, Morocco, Singapore and the United Arab Emirates")
R(d, "Ukraine", PARTY, APMBC, "2006", "Ukraine, a State party since 2006")
# Missed deadlines and violations (Ukraine, Greece, Belarus): implementation, nothing. The 2025 target: nothing.
# The draft Oslo Action Plan "which States Parties will adopt on Friday": future adoption, nothing; the ICBL welcoming it: nothing.
R(d, ICBL14, "called-for", OSLODEC, D, "we urge States Parties to adopt, alongside it, a strong Oslo Declaration", required=False)
# The Sudan as President, the ISU: nothing.

# ===================== 15 (ICAN Australia letter to the Foreign Minister, Carlton, 7 July 2023) =====================
d = "15.txt"
D = "2023-07-07"
ICANA = ["ICAN Australia", "International Campaign to Abolish Nuclear Weapons Australia", "ICAN"]
R7754 = ("UN General Assembly resolution 77/54 on the Treaty on the Prohibition of Nuclear Weapons", ["resolution 77/54", "A/RES/77/54"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "Rarotonga Treaty", "SPNFZ Treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Nuclear Non-Proliferation Treaty", "Non-Proliferation Treaty"])
ENNPIA = ("Agreement for the Exchange of Naval Nuclear Propulsion Information", ["ENNPIA", "AUKUS naval nuclear propulsion agreement"])
# "122 nations adopted": unnamed. The ALP platform's commitment: a political party, not a State, nothing.
R(d, "Australia", "signed", TPNW, None, "Australia has not signed the TPNW", negated=True,
  alt=["Your Government has said it will consider signing"])
R(d, "Australia", "supported", R7754, "2022-12", "In December 2022, for the first time, Australia abstained on the annual UN General Assembly resolution supporting the Treaty (resolution 77/54)",
  negated=True, alt=["having voted against it every year since 2017"])
# Observer at the first MSP (and the request to attend the second): nothing. ICAN "welcomed that shift": nothing.
RL(d, ["Cook Islands", "Fiji", "Kiribati", "New Zealand", "Niue", "Palau", "Samoa", "Tuvalu", "Vanuatu"], PARTY, TPNW, None,
   "the Cook Islands, Fiji, Kiribati, New Zealand, Niue, Palau, Samoa, Tuvalu and Vanuatu")
R(d, "Nauru", "signed", TPNW, "2019", "Nauru signed in 2019 but has not ratified")
R(d, "Nauru", NOTRATIFIED, TPNW, None, "Nauru signed in 2019 but has not ratified", negated=True)
QIT = "Indonesia and Timor-Leste have signed the Treaty but have not yet ratified it"
RL(d, ["Indonesia", "Timor-Leste"], "signed", TPNW, None, QIT)
RL(d, ["Indonesia", "Timor-Leste"], NOTRATIFIED, TPNW, None, QIT, negated=True)
R(d, "Australia", "signed", RARO, "1985-08-06", "Australia's then Prime Minister, Bob Hawke, signed the Treaty of Rarotonga on 6 August 1985")
R(d, "Australia", RATIFIED, RARO, "1986", "Australia ratified it the following year", alt=["to which Australia is a party"])
R(d, "Australia", PARTY, NPT, "1973", "Australia has also been a party to the NPT since 1973")
RL(d, ["Australia", "United Kingdom", "United States"], "signed", ENNPIA, "2021-11-22",
   "which Australia, the United Kingdom and the United States signed on 22 November 2021")
R(d, ICANA, "called-for", TPNW, D, "announce that Australia will sign the TPNW, and to ratify it within the current term of Parliament")
# Request 2 (vote for the resolution) is not a call to sign/join; the polling and the Parliamentary Pledge (MPs): nothing.

# ===================== 16 (Caribbean News Weekly report on the CEDN Escazu scorecard, Port of Spain, 22 April 2026) =====================
d = "16.txt"
D = "2026-04-22"
CEDN = ["Caribbean Environmental Defenders Network", "CEDN"]
ESCAP = ("Action Plan on Human Rights Defenders in Environmental Matters", ["Action Plan on Human Rights Defenders", "Escazu Action Plan on Human Rights Defenders"])
BASS = ("Basseterre Declaration on Climate Justice and Ocean Protection", ["Basseterre Declaration"])
# Adoption "in Costa Rica" (venue, no actor) and entry into force on 22 April 2021: nothing. Implementation plans: nothing.
RL(d, ["Antigua and Barbuda", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Guyana"], RATIFIED, ESCAZU, None,
   "The five A-grade States all ratified the Agreement in 2019 or 2020")
RL(d, ["Grenada", "Dominica", "Belize"], PARTY, ESCAZU, None, "Grenada, Dominica and Belize are parties but have no plan yet")
R(d, "Bahamas", ACCEDED, ESCAZU, "2025-03", "it deposited its instrument of accession at UN Headquarters in March last year",
  alt=["The Bahamas is the newest party"])
R(d, "Bahamas", "signed", ESCAZU, None, "the first Caribbean State to join without having signed first", negated=True, required=False)
R(d, "Jamaica", "signed", ESCAZU, "2019-09", "Jamaica, which signed the Agreement in September 2019, has yet to ratify it")
R(d, "Jamaica", NOTRATIFIED, ESCAZU, None, "Jamaica, which signed the Agreement in September 2019, has yet to ratify it", negated=True,
  alt=["Jamaica intended to deposit its instrument \"before COP5\""])
# Cabinet approval "in principle" and the Senate: domestic, nothing.
QDH = "The Dominican Republic and Haiti both signed in 2018 but have not ratified"
RL(d, ["Dominican Republic", "Haiti"], "signed", ESCAZU, "2018", QDH)
RL(d, ["Dominican Republic", "Haiti"], NOTRATIFIED, ESCAZU, None, QDH, negated=True)
QNS = "Barbados, Suriname and Trinidad and Tobago have not signed the Agreement"
RL(d, ["Barbados", "Suriname"], "signed", ESCAZU, None, QNS, negated=True)
R(d, "Trinidad and Tobago", "signed", ESCAZU, None, QNS, negated=True, alt=["said it \"has no plans at this time\" to sign"])
# Barbados's review "under way" is the same negated signature.
R(d, ["Conference of the Parties to the Escazu Agreement", "Conference of the Parties"], ADOPTED, ESCAP, "2023",
  "adopted by the Conference of the Parties in 2023", required=False)
# Reporting by Saint Lucia and Antigua and Barbuda: implementation. Panama hosting COP4, attendance: nothing.
R(d, ["CARICOM", "CARICOM Heads of Government", "Caribbean Community"], ADOPTED, BASS, "2026-02",
  "CARICOM Heads of Government adopted the Basseterre Declaration on Climate Justice and Ocean Protection")
# The Declaration's call "to consider joining" regional agreements names no instrument: nothing.
R(d, "Brazil", "signed", ESCAZU, "2018", "Brazil signed in 2018 and has still not ratified")
R(d, "Brazil", NOTRATIFIED, ESCAZU, None, "Brazil signed in 2018 and has still not ratified", negated=True)
RL(d, ["Peru", "Costa Rica"], "signed", ESCAZU, None, "Peru and Costa Rica, both signatories, have shelved ratification")
RL(d, ["Peru", "Costa Rica"], NOTRATIFIED, ESCAZU, None, "Peru and Costa Rica, both signatories, have shelved ratification", negated=True)
RL(d, ["Venezuela", "El Salvador", "Honduras"], "signed", ESCAZU, None, "Venezuela, El Salvador and Honduras have never signed", negated=True)
R(d, CEDN, "called-for", ESCAZU, D, "CEDN calls on Jamaica, the Dominican Republic and Haiti to ratify the Escazu Agreement before COP5")
# "asks all parties to adopt national plans": implementation, nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
