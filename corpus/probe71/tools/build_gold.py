#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Two documents are Markdown (03.md, 09.md) and two are saved web pages (05.html, 11.html);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, Markdown emphasis or an HTML entity. No document opens with a metadata block.

Theme: social media and live coverage (2019-2026): threads and posts by foreign ministries, missions, embassies, ambassadors,
UN agencies and NGOs on X, LinkedIn, Facebook and a Telegram channel, quote-posts, reposts, replies and comments, alt text of
screenshots, live blogs of a UN vote, a treaty conference and a health assembly, and newsletters' round-ups of such posts.
Dates come from each post's own timestamp ("today", "yesterday", "last March" resolve against the post, or against the
newsletter's issue date when the post has none). "We", "our country", the capital's name and "the Mission" resolve to the State
that posts. Calls on others to sign, ratify, accede or endorse are the caller's `called-for`, dated by the post; calls to
implement, to translate into law, to reconsider, or to finish negotiating give nothing (or an optional record). Planned,
intended, "studying", "will sign", "has yet to", "not yet" and withdrawals are negated records without a date (votes against and
abstentions keep theirs). Retracted or corrected statements in posts give nothing; the correction is what is recorded.
Domestic steps (parliament votes, Cabinet, bills, national procedures), entry into force, depositaries, venues and hosts,
observer status, article 12(3)/124 declarations, reservations, implementation plans, pledge forms, working groups and
campaigns give no record. Welcoming or congratulating another State's act gives nothing."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Viet Nam", "Republic of Korea", "Timor-Leste", "Micronesia",
          "Iran", "Russian Federation", "Syria", "Czechia", "Türkiye", "Republic of Moldova", "Côte d'Ivoire", "Philippines",
          "Democratic People's Republic of Korea", "Democratic Republic of the Congo", "Cabo Verde", "Netherlands", "Bolivia",
          "China", "Egypt", "Saudi Arabia", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Kazakhstan", "Fiji", "Samoa", "Chile",
          "Bangladesh", "Ghana", "Mexico", "Germany", "Kenya", "Rwanda", "Burundi", "Somalia", "Sudan", "Colombia", "Cambodia",
          "Guatemala", "United Arab Emirates", "Thailand", "Papua New Guinea", "Costa Rica", "Uganda"),
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Solomon Islands": ["Solomon Islands"],
    "Maldives": ["Maldives", "Republic of Maldives", "the Maldives"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Palau": ["Palau", "Republic of Palau"],
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Ukraine": ["Ukraine"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Iceland": ["Iceland"],
    "Pacific Islands Forum": ["Pacific Islands Forum", "Pacific Islands Forum Secretariat", "PIF", "Forum Secretary General"],
}
GCPEA = ["Global Coalition to Protect Education from Attack", "GCPEA"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (X thread by Fiji's foreign ministry, UNGA79 Treaty Event, 25 September 2024) =====================
d = "01.txt"
D = "2024-09-25"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "#BBNJ Agreement", "#HighSeasTreaty", "BBNJ", "Agreement under UNCLOS on marine biological diversity of areas beyond national jurisdiction"])
FISH = ("WTO Agreement on Fisheries Subsidies", ["Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement"])
PSMA = ("Port State Measures Agreement", ["PSMA", "Agreement on Port State Measures"])
R(d, "Fiji", RATIFIED, BBNJ, D, "Prime Minister @slrabuka deposited Fiji's instrument of ratification of the #BBNJ Agreement")
# "the very day it was opened for signature" dates Fiji's signature (given as 20 Sept 2023), not an act of anyone else.
R(d, "Fiji", "signed", BBNJ, "2023-09-20", "Fiji signed the Agreement on 20 Sept 2023")
# Parliament's approval and the Cabinet's implementation roadmap: domestic, nothing.
RL(d, ["Palau", "Chile", "Belize", "Seychelles", "Monaco", "Mauritius", "Micronesia", "Timor-Leste", "Cuba", "Samoa"], RATIFIED, BBNJ, None,
   "Palau, Chile, Belize, Seychelles, Monaco, Mauritius, Micronesia, Timor-Leste, Cuba and Samoa have already ratified the High Seas Treaty")
RL(d, ["Solomon Islands", "Maldives"], RATIFIED, BBNJ, "2024-09-24", "Solomon Islands and Maldives deposited their instruments of ratification yesterday")
# 4/7: 60 ratifications, entry into force, the Secretary-General as depositary, UNOC3 venue: nothing.
QTV = "Our neighbours Tonga and Vanuatu have signed but not yet ratified"
RL(d, ["Tonga", "Vanuatu"], "signed", BBNJ, None, QTV)
RL(d, ["Tonga", "Vanuatu"], NOTRATIFIED, BBNJ, None, QTV, negated=True)
R(d, "Papua New Guinea", "signed", BBNJ, None, "Papua New Guinea is still considering whether to sign at all", negated=True)
R(d, "Fiji", "called-for", BBNJ, D, "Fiji calls on all Pacific Island Countries, and on every State that has signed, to ratify the #HighSeasTreaty without delay")
R(d, "Fiji", ACCEPTED, FISH, D, "Fiji deposited its instrument of acceptance of the @WTO Agreement on Fisheries Subsidies")
# Adoption at MC12 (passive, the WTO Ministerial Conference implied) and co-sponsoring the opening decision: optional.
R(d, ["WTO Ministerial Conference", "WTO", "World Trade Organization"], ADOPTED, FISH, "2022-06", "adopted at #MC12 in Geneva in June 2022", required=False)
R(d, "Fiji", "co-sponsored", ("ministerial decision on the Agreement on Fisheries Subsidies", ["ministerial decision that opened it for acceptance"]), None,
  "We were proud to co-sponsor the ministerial decision that opened it for acceptance", required=False)
R(d, "Pacific Islands Forum", "called-for", BBNJ, D, "The Forum Secretary General calls on all Forum Members to sign and ratify the BBNJ Agreement")
# "as Leaders agreed in the 2050 Strategy": the Leaders are unnamed; nothing.
R(d, "Fiji", PARTY, PSMA, "2016", "Fiji has been a party to the Port State Measures Agreement since 2016")
# France "will host #UNOC3 with Costa Rica": host, nothing. "in February" resolves against the reply's date (26 Sep 2024).
R(d, "France", RATIFIED, BBNJ, "2024-02", "France ratified the BBNJ Agreement in February")
R(d, "United States", "signed", BBNJ, "2023", "the United States signed in 2023 but has not ratified")
R(d, "United States", NOTRATIFIED, BBNJ, None, "the United States signed in 2023 but has not ratified", negated=True)
RL(d, ["China", "Japan"], NOTRATIFIED, BBNJ, None, "neither China nor Japan has ratified yet", negated=True)

# ===================== 02 (WCADP live blog, UNGA plenary vote on the moratorium resolution, 17 December 2024) =====================
d = "02.txt"
D = "2024-12-17"
MOR = ("resolution on a moratorium on the use of the death penalty", ["Moratorium on the use of the death penalty", "moratorium resolution", "A/C.3/79/L.31"])
MOR22 = ("2022 resolution on a moratorium on the use of the death penalty", ["2022 moratorium resolution"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights", ["Second Optional Protocol to the ICCPR", "Second Optional Protocol", "ICCPR-OP2"])
R(d, GA, ADOPTED, MOR, D, "The General Assembly has adopted the moratorium resolution by a recorded vote of 130 in favour to 32 against, with 22 abstentions")
RL(d, ["Albania", "Andorra", "Argentina", "Australia", "Benin", "Brazil", "Cabo Verde", "Côte d'Ivoire", "Mexico", "Mongolia", "New Zealand",
       "Portugal", "Sierra Leone", "Switzerland", "Zambia"], "co-sponsored", MOR, None,
   "Co-sponsors we can confirm from the Secretariat's list: Albania, Andorra, Argentina, Australia, Benin, Brazil, Cabo Verde, Côte d'Ivoire, Mexico, Mongolia, New Zealand, Portugal, Sierra Leone, Switzerland and Zambia")
# "plus the 27 EU member States" and "Co-sponsors this year number 75": unnamed. Zambia's Penal Code: domestic.
R(d, "Italy", "co-sponsored", MOR, None, "Italy, on behalf of the Inter-Regional Task Force, will introduce the text", required=False)
# Singapore's amendment is not the resolution: nothing.
RL(d, ["China", "Egypt", "Iran", "Saudi Arabia", "Singapore", "United States", "Viet Nam", "Yemen"], "supported", MOR, D,
   "Voted against, among others: China, Egypt, Iran, Saudi Arabia, Singapore, the United States, Viet Nam and Yemen", negated=True)
RL(d, ["Cameroon", "India", "Japan", "Kuwait", "Morocco", "Uganda"], "supported", MOR, D,
   "Abstained, among others: Cameroon, India, Japan, Kuwait, Morocco and Uganda", negated=True)
RL(d, ["Kenya", "Zimbabwe", "Saint Lucia"], "supported", MOR, D, "Switched to YES since 2022: Kenya, Zimbabwe and Saint Lucia")
R(d, "Zambia", "supported", MOR, D, "Green lights next to Kenya, Zimbabwe and Zambia", required=False)
R(d, "Saint Lucia", "supported", MOR22, "2022", "Saint Lucia had abstained two years ago", negated=True, required=False)
R(d, "Kenya", ACCEDED, OP2, None, "Nairobi is studying accession to the Second Optional Protocol to the ICCPR", negated=True)
R(d, "Côte d'Ivoire", ACCEDED, OP2, "2024-03", "Côte d'Ivoire acceded to the Second Optional Protocol in March 2024")
# Zimbabwe's Cabinet bill and Parliament: domestic, nothing.
R(d, "Angola", PARTY, OP2, "2019", "Angola has been a party since 2019")
R(d, ["World Coalition Against the Death Penalty", "WCADP"], "called-for", OP2, D,
  "The World Coalition Against the Death Penalty calls on every State that voted yes today to ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights")
# The ECPM repost: nothing.

# ===================== 03 (Markdown newsletter round-up, The Diplomatic Feed, Friday 7 April 2023) =====================
d = "03.md"
D = "2023-04-07"
BWC = ("Biological Weapons Convention", ["BWC", "Biological and Toxin Weapons Convention"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences arising from the use of Explosive Weapons in Populated Areas",
         ["Political Declaration on explosive weapons in populated areas", "EWIPA Declaration", "EWIPA Political Declaration"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
PARIS = ("Paris Agreement", [])
KIGALI = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["CRPD Optional Protocol"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention"])
HRC5211 = ("Human Rights Council resolution 52/11", ["HRC resolution 52/11", "resolution 52/11"])
PSMA = ("Agreement on Port State Measures", ["Port State Measures Agreement", "PSMA"])
ASEANC = ("ASEAN Charter", [])
R(d, "South Sudan", ACCEDED, BWC, "2023-04-04", "the Republic of South Sudan has deposited its instrument of accession to the Biological Weapons Convention",
  alt=["South Sudan's accession to the Biological Weapons Convention"])
# The UK's quote-post as depositary, "185 States Parties", the ISU: nothing.
R(d, "Ireland", ENDORSED + ["adopted"], EWIPA, "2022-11", "Ireland and 82 other States adopted the Political Declaration on explosive weapons in populated areas last November")
RL(d, ["France", "United Kingdom", "United States", "Germany", "Japan"], ENDORSED, EWIPA, "2022-11",
   "Slide 3 names the first endorsers: Ireland, France, the United Kingdom, the United States, Germany and Japan")
R(d, "Norway", "signed", TPNW, None, "Norway \"will not sign\" the Treaty on the Prohibition of Nuclear Weapons", negated=True)
# Norway observing the meeting: observer status, nothing. "on Monday" = 3 April 2023.
R(d, "Equatorial Guinea", "signed", TPNW, "2023-04-03", "Equatorial Guinea signed the TPNW on Monday at UN Headquarters")
# The EU's post has no day: its commitment and its call stay undated. "its Member States" are unnamed.
R(d, "European Union", COMMITTED, PARIS, None, "the European Union and its Member States \"remain fully committed\" to the Paris Agreement")
R(d, "European Union", "called-for", KIGALI, None, "\"call on all Parties to ratify the Kigali Amendment\"")
# Ukraine's deleted post claims a signature of a convention still under negotiation: the newsletter refutes it.
R(d, "Ukraine", "signed", ("Council of Europe Convention on the protection of the environment through criminal law", []), None,
  "Ukraine \"has signed\" the Council of Europe Convention on the protection of the environment through criminal law", negated=True, required=False)
R(d, "Turkmenistan", ACCEDED, OPCRPD, "2023-04-03", "acceded to the Convention on the Rights of Persons with Disabilities' Optional Protocol | 3 Apr 2023")
R(d, "Cabo Verde", RATIFIED, MINAMATA, "2023-03-31", "ratified the Minamata Convention on Mercury | \"last Friday\" (31 Mar)")
R(d, "Chile", "co-sponsored", HRC5211, "2023-04-04", "co-sponsored HRC resolution 52/11 on human rights and the environment | 4 Apr 2023")
# Malta's withdrawal of a reservation to CEDAW: nothing.
R(d, "Kiribati", NOTBOUND, PSMA, None, "Kiribati's envoy in Suva, on why her country \"has not yet joined\" the Agreement on Port State Measures", negated=True)
R(d, "Kiribati", ACCEDED, PSMA, None, "Kiribati intends to accede before the end of 2024.", negated=True)
R(d, "Timor-Leste", "signed", ASEANC, None, "One day we will sign the ASEAN Charter as a full member!", negated=True)
# Timor-Leste as an ASEAN observer: nothing.

# ===================== 04 (LinkedIn post, GCM first anniversary, 10 December 2019) =====================
d = "04.txt"
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Migration Compact", "resolution 73/195", "UN migration pact"])
GCR = ("Global Compact on Refugees", ["GCR", "resolution 73/151"])
R(d, ["Intergovernmental Conference", "Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration"], ADOPTED, GCM, "2018-12-10",
  "watched the Global Compact for Safe, Orderly and Regular Migration being adopted", required=False)
# Point 1 ("Nobody ratifies it, nobody signs it"): no actor, nothing.
R(d, GA, ["endorsed", "adopted"], GCM, "2018-12-19", "On 19 December 2018 the General Assembly endorsed the Compact in resolution 73/195")
RL(d, ["Czechia", "Hungary", "Israel", "Poland", "United States"], "supported", GCM, "2018-12-19",
   "The five no votes were cast by the Czech Republic, Hungary, Israel, Poland and the United States", negated=True)
# Pulling out of the negotiations: a process, nothing; "not something the US will ever endorse" is a negated endorsement.
R(d, "United States", ENDORSED, GCM, None, "not something the US will ever endorse.", negated=True)
RL(d, ["Algeria", "Australia", "Austria", "Bulgaria", "Chile", "Italy", "Latvia", "Libya", "Liechtenstein", "Romania", "Singapore", "Switzerland"],
   "supported", GCM, "2018-12-19",
   "The 12 abstentions (I keep a sticky note 📝): Algeria, Australia, Austria, Bulgaria, Chile, Italy, Latvia, Libya, Liechtenstein, Romania, Singapore and Switzerland", negated=True)
R(d, "Switzerland", ENDORSED, GCM, None, "Bern has still not decided whether to endorse the Compact", negated=True)
# Mona chairing part of the process and Parliament wanting a vote: nothing.
R(d, "Brazil", ENDORSED, GCM, "2018-12-10", "it endorsed in Marrakech")
R(d, "Brazil", ENDORSED, GCM, None, "then withdrew from the Compact in January 2019", negated=True)
# Champion countries for implementation, Portugal's implementation plan, IOM and the Review Forum: nothing.
R(d, "Canada", COMMITTED, GCM, None, "Canada \"remains fully committed\" to the GCM")
R(d, GA, ["endorsed", "adopted"], GCR, "2018-12-17", "the General Assembly affirmed in the same week (resolution 73/151, 17 December 2018)")
R(d, "United States", "supported", GCR, "2018-12-17", "with only the United States voting against", negated=True)
RL(d, ["Dominican Republic", "Eritrea", "Libya"], "supported", GCR, "2018-12-17", "the Dominican Republic, Eritrea and Libya abstaining", negated=True)
R(d, "Germany", ENDORSED, GCM, "2018-12-10", "Germany endorsed the Compact both in Marrakech and in the GA vote")
R(d, "Germany", "supported", GCM, "2018-12-19", "Germany endorsed the Compact both in Marrakech and in the GA vote", required=False)
R(d, "Chile", ENDORSED, GCM, None, "Chile announced in Marrakech it would not endorse it", negated=True)
R(d, "Chile", "signed", GCM, None, "Not signed, not endorsed", negated=True, required=False)
R(d, "Poland", ENDORSED, GCM, None, "Poland never agreed to this and never will.", negated=True, required=False)

# ===================== 05 (HTML live blog, First Meeting of States Parties to the TPNW, Vienna, 23 June 2022) =====================
d = "05.html"
D = "2022-06-23"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
VDEC = ("Vienna Declaration", ["Vienna Declaration of the First Meeting of States Parties", "Vienna Declaration and Action Plan"])
VAP = ("Vienna Action Plan", ["50-point Vienna Action Plan", "Vienna Declaration and Action Plan"])
MSP = ["First Meeting of States Parties", "First Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons", "1MSP",
       "Meeting of States Parties", "States Parties to the TPNW"]
QAD = "The First Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons has adopted the Vienna Declaration and the 50-point Vienna Action Plan by consensus"
R(d, MSP, ADOPTED, VDEC, D, QAD)
R(d, MSP, ADOPTED, VAP, D, QAD)
# The President gavelling it through (Austria's Ambassador): presiding, nothing.
R(d, "Germany", NOTBOUND, TPNW, None, "Germany, which is not a party to the TPNW, attended as an observer", negated=True)
# The other observers (Norway, Finland, Sweden, Netherlands, Belgium, Switzerland, Australia): observer status, nothing;
# Berlin's "cannot accede" (inside entity-quoted words) is the same not-bound tuple, left to the first quote.
R(d, "Norway", NOTBOUND, TPNW, None, "Norway will not become a party to the TPNW", negated=True)
RL(d, ["Cabo Verde", "Grenada", "Timor-Leste"], PARTY, TPNW, None,
   "Cabo Verde, Grenada and Timor-Leste became States Parties in the last twelve months")
QSM = "the Democratic Republic of the Congo and Mozambique have signed but have yet to ratify"
RL(d, ["Democratic Republic of the Congo", "Mozambique"], "signed", TPNW, None, QSM)
RL(d, ["Democratic Republic of the Congo", "Mozambique"], NOTRATIFIED, TPNW, None, QSM, negated=True)
R(d, "Timor-Leste", RATIFIED, TPNW, "2022-05-26", "Dili deposited its instrument of ratification on 26 May 2022")
R(d, "Timor-Leste", "co-sponsored", ("draft decision on victim assistance", []), None,
  "Timor-Leste also co-sponsored the draft decision on victim assistance this week", required=False)
RL(d, ["Mexico", "Ireland"], "welcomed", ("Gender Action Plan", ["Gender Action Plan annex"]), D,
  "Mexico and Ireland, co-facilitators on gender, welcomed the Gender Action Plan annex", required=False)
R(d, "Ireland", PARTY, TPNW, "2020", "Ireland, a State Party since 2020")
# Ireland's Gender Focal Point proposal: a future proposal, nothing.
R(d, "Kazakhstan", RATIFIED, TPNW, "2019", "Kazakhstan (which ratified in 2019)")
QCALL = "Kazakhstan (which ratified in 2019) and South Africa both call on the nuclear-armed States and their allies to sign and ratify the Treaty"
RL(d, ["Kazakhstan", "South Africa"], "called-for", TPNW, D, QCALL)
# The Vienna Conference on the Humanitarian Impact hosted by Austria: host, nothing.

# ===================== 06 (Telegram channel export, Kazakhstan's foreign ministry, 27-29 August 2025) =====================
d = "06.txt"
KZUZ = ("Agreement on the Demarcation of the Kazakh-Uzbek State Border (Final Section)", ["Kazakh-Uzbek border demarcation agreement"])
WAP = ("Action Plan on water cooperation for 2025-2027", ["Action Plan on water cooperation"])
CASP = ("Convention on the Legal Status of the Caspian Sea", ["Caspian Convention", "Aktau Convention"])
IDNT = ("International Day against Nuclear Tests: 15 years of action", ["draft General Assembly resolution on the International Day against Nuclear Tests"])
R6435 = ("General Assembly resolution 64/35", ["resolution 64/35"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Semipalatinsk Treaty", "CANWFZ Treaty"])
CANP = ("Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Protocol to the Semipalatinsk Treaty", "Protocol on negative security assurances"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
BBNJ = ("Agreement on Biodiversity Beyond National Jurisdiction", ["BBNJ Agreement", "High Seas Treaty"])
QKU = "Minister of Foreign Affairs Murat Nurtleu and his Uzbek counterpart Bakhtiyor Saidov today signed the Agreement on the Demarcation of the Kazakh-Uzbek State Border (Final Section)"
RL(d, ["Kazakhstan", "Uzbekistan"], "signed", KZUZ, "2025-08-27", QKU)
RL(d, ["Kazakhstan", "Uzbekistan"], SIGNED_DECL, WAP, "2025-08-27", "an Action Plan on water cooperation for 2025-2027", required=False)
RL(d, ["Kazakhstan", "Uzbekistan"], NOTRATIFIED, KZUZ, None, "The Agreement will be submitted to the Parliaments of both countries for ratification",
   negated=True, required=False)
# Kazakhstan's "completed domestic procedures": domestic; its ratification is stated by "all except Iran have ratified it".
QCS = "The Convention was signed in Aktau on 12 August 2018 by Azerbaijan, Iran, Kazakhstan, Russia and Turkmenistan"
RL(d, ["Azerbaijan", "Iran", "Kazakhstan", "Russian Federation", "Turkmenistan"], "signed", CASP, "2018-08-12", QCS)
RL(d, ["Azerbaijan", "Kazakhstan", "Russian Federation", "Turkmenistan"], RATIFIED, CASP, None, "all except Iran have ratified it")
R(d, "Iran", NOTRATIFIED, CASP, None, "all except Iran have ratified it", negated=True,
  alt=["we continue to urge the partner that has yet to ratify it to do so"])
R(d, "Kazakhstan", "called-for", CASP, "2025-08-27", "we continue to urge the partner that has yet to ratify it to do so", required=False)
# "Yesterday" in the post forwarded on 28.08 is 27 August 2025.
RL(d, ["Kazakhstan", "Japan", "Austria", "Kyrgyzstan", "Mongolia", "New Zealand", "Tajikistan", "Turkmenistan", "Uzbekistan"], "co-sponsored", IDNT,
   "2025-08-27", "Yesterday the Mission co-sponsored the draft General Assembly resolution \"International Day against Nuclear Tests: 15 years of action\", together with Japan, Austria, Kyrgyzstan, Mongolia, New Zealand, Tajikistan, Turkmenistan and Uzbekistan")
# The test site's closure by decree: domestic, nothing. "on Kazakhstan's initiative": optional co-sponsorship is not stated; nothing.
R(d, GA, ADOPTED, R6435, "2009-12-02", "The General Assembly proclaimed this Day by its resolution 64/35, adopted unanimously on 2 December 2009")
R(d, "Kazakhstan", "signed", CTBT, "1996-09-30", "Kazakhstan signed the Comprehensive Nuclear-Test-Ban Treaty on the day it was opened for signature, 30 September 1996")
R(d, "Kazakhstan", RATIFIED, CTBT, "2002", "ratified it in 2002")
R(d, "Kazakhstan", PARTY, CANWFZ, None, "We are also a founding party to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia")
RL(d, ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "signed", CANWFZ, "2006-09-08",
   "signed by Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan on 8 September 2006")
# "signed by all five nuclear-weapon States" names no actor; the four ratifiers are named next.
RL(d, ["China", "France", "Russian Federation", "United Kingdom"], RATIFIED, CANP, None,
   "China, France, Russia and the United Kingdom have since ratified it")
R(d, "United States", NOTRATIFIED, CANP, None, "the United States has yet to do so", negated=True)
R(d, "Kazakhstan", "called-for", CTBT, "2025-08-29", "Kazakhstan calls upon the eight remaining Annex 2 States — China, Egypt, India, Iran, Israel, Pakistan, the DPRK and the USA — to sign and/or ratify the CTBT without further delay")
# The named addressees have not signed and/or ratified: optional negated records.
RL(d, ["China", "Egypt", "India", "Iran", "Israel", "Pakistan", "Democratic People's Republic of Korea", "United States"], NOTRATIFIED, CTBT, None,
   "China, Egypt, India, Iran, Israel, Pakistan, the DPRK and the USA — to sign and/or ratify the CTBT without further delay", negated=True, required=False)
R(d, "Kazakhstan", "called-for", CANP, "2025-08-29", "We also call on the United States to ratify the Protocol to the Semipalatinsk Treaty.")
R(d, "Kazakhstan", "signed", TPNW, "2018-03-02", "Kazakhstan signed the Treaty on the Prohibition of Nuclear Weapons on 2 March 2018")
R(d, "Kazakhstan", RATIFIED, TPNW, "2019-08-29", "we ratified on 29 August 2019")
R(d, "Kazakhstan", COMMITTED, TPNW, None, "We remain committed to the TPNW")
# Hosting the IAEA LEU Bank: host, nothing.
R(d, "Kazakhstan", "signed", BBNJ, None, "Kazakhstan intends to sign the Agreement on Biodiversity Beyond National Jurisdiction on the margins of the session", negated=True)

# ===================== 07 (Control Arms thread, ATT CSP10 opening, Geneva, 19 August 2024) =====================
d = "07.txt"
D = "2024-08-19"
ATT = ("Arms Trade Treaty", ["ATT", "#ArmsTradeTreaty"])
KIN = ("Central African Convention for the Control of Small Arms and Light Weapons", ["Kinshasa Convention", "Regional Convention for the Control of Small Arms in Central Africa"])
NAIROBI = ("Nairobi Protocol for the Prevention, Control and Reduction of Small Arms and Light Weapons", ["Nairobi Protocol"])
# "116 States are now parties" and the entry into force ten years ago: nothing.
R(d, "Botswana", ACCEDED, ATT, "2023-10-27", "Botswana acceded on 27 October 2023")
R(d, "Somalia", ACCEDED, ATT, "2024-02", "Somalia deposited its instrument of accession in February", alt=["Somalia's accession makes it the 114th State Party"])
R(d, "Vanuatu", RATIFIED, ATT, "2024-05", "Vanuatu ratified the Treaty in May")
SIG11 = ["Angola", "Bahrain", "Burundi", "Colombia", "Djibouti", "Libya", "Malawi", "Singapore", "Thailand", "United Arab Emirates", "Zimbabwe"]
QSIG = "Still outside, but signatories: Angola, Bahrain, Burundi, Colombia, Djibouti, Libya, Malawi, Singapore, Thailand, the United Arab Emirates and Zimbabwe"
RL(d, SIG11, "signed", ATT, None, QSIG)
RL(d, SIG11, NOTRATIFIED, ATT, None, "All have signed the ATT but none has ratified", negated=True)
# "Some signed in 2013": unnamed. Zimbabwe's later correction ("has not ratified") repeats its negated tuple.
R(d, "United States", "signed", ATT, "2013", "the United States signed the Treaty in 2013")
R(d, "United States", NOTBOUND, ATT, None, "in July 2019 informed the Secretary-General that it does not intend to become a party", negated=True)
R(d, "United States", "signed", ATT, None, "That \"unsigning\" still stands.", negated=True, required=False)
R(d, "China", ACCEDED, ATT, "2020-07", "China acceded in July 2020")
R(d, "Russian Federation", "signed", ATT, None, "Russia never signed.", negated=True)
RL(d, ["Kiribati", "Philippines", "Palau"], NOTRATIFIED, ATT, None,
   "Kiribati, Philippines and Palau, which have all said at #CSP10 that they will ratify before #CSP11", negated=True)
R(d, "Philippines", "signed", ATT, "2013", "Philippines, a signatory since 2013")
# The Senate, Palau's Congress approval and the deposit "to be" made in September: domestic or the same planned ratification.
# The CSP10 President's draft: nothing. A working paper is not an instrument: optional.
RL(d, ["Austria", "Mexico", "New Zealand", "Nigeria"], "co-sponsored", ("working paper on diversion", []), None,
   "Austria, Mexico, New Zealand and Nigeria have co-sponsored a working paper on diversion", required=False)
R(d, ["Control Arms"], "called-for", ATT, D, "Control Arms calls on all signatories to ratify the Arms Trade Treaty")
R(d, "United Kingdom", RATIFIED, ATT, "2014-04-02", "the UK ratified the ATT on 2 April 2014")
R(d, GA, ADOPTED, ATT, "2013-04-02", "exactly one year after the General Assembly adopted it by vote")
RL(d, ["Iran", "Democratic People's Republic of Korea", "Syria"], "supported", ATT, "2013-04-02", "Iran, North Korea and Syria voted no", negated=True)
RL(d, ["Germany", "France", "Japan"], RATIFIED, ATT, "2014-04-02", "🇩🇪 Germany, 🇫🇷 France and 🇯🇵 Japan ratified the same day")
R(d, "Zimbabwe", ACCEDED, ATT, None, "No decision has been taken on accession or ratification.", negated=True, required=False)
R(d, "Angola", RATIFIED, KIN, "2016", "Angola ratified it in 2016")
R(d, "Kenya", "signed", NAIROBI, "2004", "Kenya signed the Nairobi Protocol back in 2004")

# ===================== 08 (UNHCR Facebook page archive, High-Level Segment on Statelessness, Geneva, 7-8 October 2019) =====================
d = "08.txt"
D = "2019-10-07"
C54 = ("Convention relating to the Status of Stateless Persons", ["1954 Convention", "1954 Statelessness Convention", "1954 Convention relating to the Status of Stateless Persons"])
C61 = ("Convention on the Reduction of Statelessness", ["1961 Convention", "1961 Statelessness Convention", "1961 Convention on the Reduction of Statelessness"])
ABJ = ("Abidjan Declaration of ECOWAS Ministers on the Eradication of Statelessness", ["Abidjan Declaration"])
BPA = ("Brazil Plan of Action", [])
HC = ["UN High Commissioner for Refugees", "UNHCR", "Filippo Grandi", "High Commissioner for Refugees"]
R(d, "Kyrgyzstan", ACCEDED, C61, None, "pledged to accede to the 1961 Convention on the Reduction of Statelessness", negated=True)
R(d, "Kyrgyzstan", PARTY, C54, None, "It is already a party to the 1954 Convention relating to the Status of Stateless Persons")
R(d, "North Macedonia", ACCEDED, C61, D, "it has deposited its instrument of accession to the 1961 Convention this morning")
QIA = "Iceland and Angola said they would accede to both the 1954 and 1961 Conventions by 2021"
for c in (C54, C61):
    RL(d, ["Iceland", "Angola"], ACCEDED, c, None, QIA, negated=True)
R(d, "Thailand", ACCEDED, C54, None, "Thailand pledged to consider accession to the 1954 Convention", negated=True)
QTM = "Turkmenistan reported that it acceded to the 1954 and 1961 Conventions in 2011/2012"
R(d, "Turkmenistan", ACCEDED, C54, None, QTM)
R(d, "Turkmenistan", ACCEDED, C61, None, QTM)
# Turkmenistan's law on statelessness determination: domestic. The Philippines' "deposited ... today" is retracted in the edit.
R(d, "Philippines", ACCEDED, C54, "2011", "it acceded to the 1954 Convention in 2011")
R(d, "Philippines", ACCEDED, C61, None, "pledged today to accede to the 1961 Convention", negated=True)
# "350 pledges ... by 66 States" and "Fourteen States": unnamed.
B4 = ["Burkina Faso", "Côte d'Ivoire", "Ghana", "Senegal"]
RL(d, B4, COMMITTED, ABJ, None,
   "Burkina Faso, Côte d'Ivoire, Ghana and Senegal renewed their commitment to the Abidjan Declaration of ECOWAS Ministers on the Eradication of Statelessness")
RL(d, B4, ENDORSED + ["adopted"], ABJ, "2015-02", "which they adopted with the other ECOWAS Member States in February 2015")
for c in (C54, C61):
    R(d, "European Union", "called-for", c, D, "The European Union and its Member States pledged to promote accession to the Statelessness Conventions", required=False)
for c in (C54, C61):
    R(d, HC, "called-for", c, D, "UNHCR's High Commissioner Filippo Grandi urged all States that have not yet done so to accede to the 1954 and 1961 Conventions")
# Kyrgyzstan's pledge form and accession bill: nothing. Brazil hosting consultations: host, nothing.
R(d, "Brazil", ENDORSED + ["adopted"], BPA, "2014", "adopted the Brazil Plan of Action in 2014 together with 27 other Latin American and Caribbean countries")
R(d, "Brazil", PARTY, C54, None, "it remains a party to both Conventions")
R(d, "Brazil", PARTY, C61, None, "it remains a party to both Conventions")
R(d, "Brazil", COMMITTED, BPA, None, "committed to the Plan")

# ===================== 09 (Markdown live notes, WHA78 and the Pandemic Agreement, Geneva, 19-20 May 2025) =====================
d = "09.md"
D = "2025-05-20"
PA = ("WHO Pandemic Agreement", ["Pandemic Agreement", "#PandemicAgreement", "A78/A/CONF./1 Rev.1"])
PARES = ("resolution adopting the WHO Pandemic Agreement", ["adoption resolution", "Pandemic Agreement"])
WHOC = ("Constitution of the World Health Organization", ["WHO Constitution"])
PABS = ("Pathogen Access and Benefit-Sharing annex", ["PABS annex", "annex on the Pathogen Access and Benefit-Sharing (PABS) system"])
IHR = ("amendments to the International Health Regulations", ["International Health Regulations amendments", "IHR amendments"])
WHA = ["World Health Assembly", "WHA", "Seventy-eighth World Health Assembly"]
R(d, WHA, ADOPTED, PA, D, "The World Health Assembly has formally adopted the WHO Pandemic Agreement in plenary, by consensus")
R(d, ["WHO Director-General", "Dr Tedros", "Tedros Adhanom Ghebreyesus", "World Health Organization"], "called-for", PA, D,
  "I urge all Member States to sign and ratify the #PandemicAgreement")
# "nobody has signed it yet", entry into force after 60 ratifications: nothing.
R(d, "South Africa", "supported", PA, "2025-05-19", "South Africa \"proudly voted yes\" yesterday")
R(d, "South Africa", "signed", PA, None, "will sign \"on day one\"", negated=True)
RL(d, ["Bangladesh", "Brazil", "Ghana", "Indonesia"], "co-sponsored", PARES, None,
   "Bangladesh co-sponsored the adoption resolution together with Brazil, Ghana and Indonesia")
R(d, "Argentina", NOTBOUND, PA, None, "Argentina \"will not be bound\" by the Agreement", negated=True)
R(d, "Argentina", NOTBOUND, WHOC, None, "it announced its withdrawal from WHO in February", negated=True, required=False)  # "from WHO": the organisation, not the Constitution by name
R(d, "United States", NOTBOUND, WHOC, None, "it announced its withdrawal from the WHO Constitution on 20 January 2025", negated=True)
# Slovakia requesting the vote: nothing beyond its abstention. "124 in favour": unnamed.
AB11 = ["Poland", "Israel", "Italy", "Russian Federation", "Slovakia", "Iran", "Bulgaria", "Netherlands", "Egypt", "Jamaica", "Guatemala"]
RL(d, AB11, "supported", PA, "2025-05-19",
   "Names highlighted in yellow: Poland, Israel, Italy, Russian Federation, Slovakia, Iran, Bulgaria, Netherlands, Egypt, Jamaica, Guatemala", negated=True)
R(d, "European Union", "supported", PA, "2025-05-19", "the EU \"supports the Agreement\"", required=False)
R(d, "European Union", "called-for", PABS, "2025-05-19", "\"calls on all WHO Member States\" to swiftly finalise the PABS annex", required=False)
R(d, "France", "supported", PA, "2025-05-19", "France voted in favour")
RL(d, ["Germany", "Spain", "United Kingdom"], "supported", PA, "2025-05-19", "Germany, Spain and the United Kingdom also voted yes")
# The INB's agreement ad referendum: a negotiating step, nothing.
R(d, WHA, ADOPTED, IHR, "2024-06", "The International Health Regulations amendments adopted at #WHA77 last June", required=False)
RL(d, ["Argentina", "Israel"], NOTBOUND, IHR, None, "11 States have since rejected them, we hear (Argentina and Israel among them)", negated=True, required=False)

# ===================== 10 (GCPEA posts and quote-posts on the Safe Schools Declaration, 27 May 2019 - 9 September 2021) =====================
d = "10.txt"
SSD = ("Safe Schools Declaration", ["#SafeSchoolsDeclaration", "the Declaration"])
R2427 = ("UN Security Council resolution 2427 (2018)", ["resolution 2427", "Security Council resolution 2427"])
R74275 = ("General Assembly resolution 74/275", ["resolution 74/275"])
# Spain hosting the Palma conference and "89 States have now endorsed": nothing.
RL(d, ["Sierra Leone", "Madagascar"], ENDORSED, SSD, "2019-05-28",
   "Three new endorsements announced from the podium in Palma:\n🇸🇱 Sierra Leone\n🇲🇬 Madagascar\n🇧🇴 Bolivia")
R(d, "Bolivia", ENDORSED, SSD, "2019-05-28", "Three new endorsements announced from the podium in Palma:\n🇸🇱 Sierra Leone\n🇲🇬 Madagascar\n🇧🇴 Bolivia",
  alt=["Today Bolivia endorsed the Safe Schools Declaration"])
RL(d, ["Argentina", "Norway", "Nigeria", "Spain", "Italy", "Jordan", "Lebanon", "Sudan", "Ukraine", "Yemen"], ENDORSED, SSD, None,
   "listing in small print, among others, Argentina, Norway, Nigeria, Spain, Italy, Jordan, Lebanon, Sudan, Ukraine and Yemen")
# "led the drafting process in 2015": a process, nothing.
R(d, "Norway", "called-for", SSD, "2019-05-29", "we call on all States that have not yet endorsed it to do so")
R(d, "Netherlands", ENDORSED, SSD, "2015", "The Netherlands endorsed the Safe Schools Declaration in 2015")
R(d, "Netherlands", "co-sponsored", R2427, "2018", "co-sponsored UN Security Council resolution 2427 (2018) on children and armed conflict")
RL(d, ["United States", "Russian Federation", "China"], ENDORSED, SSD, None,
   "the United States, Russia and China have NOT endorsed the Safe Schools Declaration", negated=True)
R(d, "Singapore", ENDORSED, SSD, "2020-01-09", "Singapore endorsed on 9 January")
# "Dominica? No —": the correction names the Dominican Republic; Dominica gives nothing.
R(d, "Dominican Republic", ENDORSED, SSD, "2020-03-06", "Dominican Republic endorsed on 6 March")
R(d, "Burundi", ENDORSED, SSD, "2020-05", "Burundi's endorsement was confirmed in a note verbale received this week")
# The Guidelines "every endorsing State commits to use": unnamed.
R(d, "Japan", ENDORSED, SSD, None, "Japan tells us it is \"studying\" endorsement", negated=True)
R(d, GA, ADOPTED, R74275, "2020-05-28", "The UN General Assembly proclaimed it by resolution 74/275, adopted by consensus on 28 May 2020")
R(d, "Qatar", "co-sponsored", R74275, None, "co-sponsored by Qatar and 61 other States", alt=["Qatar is proud to have led resolution 74/275."])
R(d, "Qatar", ENDORSED, SSD, "2015", "Qatar endorsed the Safe Schools Declaration in 2015")
R(d, "Qatar", COMMITTED, SSD, None, "remains firmly committed to it")
RL(d, ["Belgium", "Estonia", "Hungary"], ENDORSED, SSD, None, "In the last 12 months Belgium, Estonia and Hungary joined.")
# Abuja (Nigeria) hosting the Fourth Conference; UNESCO and UNICEF "endorsed our campaign video": nothing.

# ===================== 11 (HTML live blog, UN Ocean Conference, Nice, 9 June 2025) =====================
d = "11.html"
D = "2025-06-09"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "#HighSeasTreaty", "Global Ocean Treaty", "the Agreement"])
NOAP = ("political declaration of the Nice Ocean Action Plan", ["Nice Ocean Action Plan"])
# France and Costa Rica co-hosting, "50 ratifications", "Ten to go": nothing.
RL(d, ["Greece", "Portugal", "Spain", "Slovenia", "Latvia", "Sri Lanka", "Jamaica", "Sierra Leone", "Vanuatu", "Morocco"], RATIFIED, BBNJ, D,
   "Greece, Portugal, Spain, Slovenia, Latvia, Sri Lanka, Jamaica, Sierra Leone, Vanuatu and Morocco deposited their instruments of ratification")
R(d, "Côte d'Ivoire", ACCEPTED, BBNJ, D, "Ivoire and Mozambique their instruments of acceptance and accession respectively")
R(d, "Mozambique", ACCEDED, BBNJ, D, "Ivoire and Mozambique their instruments of acceptance and accession respectively")
# "Afghanistan? No": corrected, nothing.
RL(d, ["Lebanon", "Oman"], "signed", BBNJ, D, "Lebanon and Oman, which signed the Agreement this afternoon")
R(d, "European Union", RATIFIED, BBNJ, "2025-05-14",
  "The European Union and six of its Member States deposited their instruments of ratification of the #HighSeasTreaty in New York on 14 May")
RL(d, ["Cyprus", "Finland", "Hungary", "Malta", "Denmark", "Ireland"], RATIFIED, BBNJ, "2025-05-14",
   "six were Cyprus, Finland, Hungary, Malta, Denmark and Ireland, according to the Commission")
# "all 27 will follow": unnamed.
R(d, "France", RATIFIED, BBNJ, "2024-02", "France ratified the Agreement in February 2024 and we want it in force this year.")
R(d, "France", SIGNED_DECL, NOAP, None, "He also said France will sign the political declaration of the Nice Ocean Action Plan", negated=True)
# "due to be adopted on Friday": a future meeting outcome, nothing.
R(d, "Brazil", NOTRATIFIED, BBNJ, None, "Brazil has not yet ratified but hopes to do so before COP30", negated=True)
R(d, ["UN Secretary-General", "António Guterres", "Secretary-General"], "called-for", BBNJ, D, "I call on all countries to ratify the High Seas Treaty.")
R(d, "Costa Rica", RATIFIED, BBNJ, "2024", "Costa Rica ratified in 2024")
R(d, "India", "signed", BBNJ, "2024-09", "India, meanwhile, signed the Agreement in September 2024 and has yet to ratify it")
R(d, "India", NOTRATIFIED, BBNJ, None, "India, meanwhile, signed the Agreement in September 2024 and has yet to ratify it", negated=True)
R(d, ["Intergovernmental Conference on Marine Biodiversity of Areas beyond National Jurisdiction", "intergovernmental conference"], ADOPTED, BBNJ,
  "2023-06-19", "adopted on 19 June 2023 by the intergovernmental conference at UN Headquarters", required=False)

# ===================== 12 (X thread by Iceland's foreign ministry, Vilnius, 5 September 2024; quote-post 3 February 2026) =====================
d = "12.txt"
D = "2024-09-05"
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "AI Convention", "#AIConvention", "CETS No. 225", "Framework Convention on AI"])
C108 = ("Convention 108+", ["CoE Convention 108+", "modernised Convention 108"])
P108 = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", ["amending Protocol", "CETS No. 223"])
OECDAI = ("OECD Recommendation on AI", ["OECD Recommendation on Artificial Intelligence", "OECD AI Principles"])
R(d, "Iceland", "signed", AIC, D,
  "Minister for Foreign Affairs Thórdís Kolbrún Reykfjörd Gylfadóttir signed the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law")
R(d, ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"], ADOPTED, AIC, "2024-05-17",
  "It was adopted by the Committee of Ministers in Strasbourg on 17 May 2024")
# "opened for signature today": nothing. The non-members' participation in negotiations: nothing.
RL(d, ["Andorra", "Georgia", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"], "signed", AIC, D,
   "Iceland signed alongside Andorra, Georgia, Norway, the Republic of Moldova, San Marino, the United Kingdom, Israel, the United States and the European Union")
# Entry-into-force conditions: nothing. The national procedure is superseded by the 2026 ratification, so optional.
R(d, "Iceland", NOTRATIFIED, AIC, None, "Iceland will now start its national procedure with a view to ratification", negated=True, required=False)
R(d, "Iceland", PARTY, C108, None, "Iceland is also a party to the CoE Convention 108+ on data protection")
R(d, "Iceland", RATIFIED, P108, "2023", "we ratified the amending Protocol in 2023")
R(d, "Iceland", ENDORSED, OECDAI, "2019", "endorsed the OECD Recommendation on AI back in 2019")
R(d, "Iceland", "called-for", AIC, D, "We call on all Council of Europe member States, and on all like-minded democracies, to sign and ratify the #AIConvention")
QNS = "Canada, Japan, Mexico and Australia, which also negotiated the text, have not signed yet"
RL(d, ["Mexico", "Australia"], "signed", AIC, None, QNS, negated=True)
RL(d, ["Canada", "Japan"], "signed", AIC, None, QNS, negated=True, required=False)
# Hosting by Lithuania's ministries: nothing.
R(d, "Iceland", RATIFIED, AIC, "2026-02-02",
  "Iceland deposited its instrument of ratification of the #AIConvention with the Secretary General of the Council of Europe in Strasbourg yesterday")
RL(d, ["Norway", "United Kingdom"], RATIFIED, AIC, "2025", "Norway and the United Kingdom ratified last autumn")
R(d, "Andorra", RATIFIED, AIC, "2025-12", "Andorra in December")
R(d, "Japan", "signed", AIC, "2025-03", "Japan, Canada and Switzerland have since signed, in March, April and June 2025 respectively")
R(d, "Canada", "signed", AIC, "2025-04", "Japan, Canada and Switzerland have since signed, in March, April and June 2025 respectively")
R(d, "Switzerland", "signed", AIC, "2025-06", "Japan, Canada and Switzerland have since signed, in March, April and June 2025 respectively")
R(d, "United States", NOTRATIFIED, AIC, None, "announced last year that it would not seek ratification", negated=True)
# The Althingi's resolution: domestic, nothing (the post says so).
R(d, "Lithuania", "signed", AIC, "2025-09", "We too signed in Vilnius in September 2025")
R(d, "Lithuania", NOTRATIFIED, AIC, None, "are working to ratify soon", negated=True)
# Implementation and the private-sector opt-in: nothing.

# ===================== 13 (Facebook post, Permanent Mission of Maldives in New York, 28 July 2022) =====================
d = "13.txt"
D = "2022-07-28"
R300 = ("General Assembly resolution 76/300", ["resolution 76/300", "A/76/L.75", "resolution recognizing the human right to a clean, healthy and sustainable environment"])
R4813 = ("Human Rights Council resolution 48/13", ["resolution 48/13", "HRC resolution 48/13"])
HRC = ["UN Human Rights Council", "Human Rights Council", "HRC"]
PARIS = ("Paris Agreement", [])
CBD = ("Convention on Biological Diversity", ["CBD"])
CORE = ["Costa Rica", "Maldives", "Morocco", "Slovenia", "Switzerland"]
R(d, GA, ADOPTED, R300, D, "Today the UN General Assembly adopted resolution 76/300 recognizing the human right to a clean, healthy and sustainable environment")
RL(d, CORE, "co-sponsored", R300, None,
   "The resolution was presented by the Core Group – Costa Rica, Maldives, Morocco, Slovenia and Switzerland – and co-sponsored by more than 100 countries",
   alt=["Switzerland co-sponsored and voted yes"])
# "more than 100 countries" and "161 States said YES": unnamed. The Ambassador's introduction is the Maldives' co-sponsorship.
R(d, HRC, ADOPTED, R4813, "2021-10-08", "on 8 October 2021 the UN Human Rights Council adopted resolution 48/13")
RL(d, ["China", "India", "Japan", "Russian Federation"], "supported", R4813, "2021-10-08",
   "by 43 votes to 0, with 4 abstentions (China, India, Japan and the Russian Federation)", negated=True)
RL(d, CORE, "co-sponsored", R4813, None, "The same Core Group drafted it.", required=False)
R(d, "Maldives", "supported", R4813, "2021-10-08", "Maldives was a member of the Council at the time and voted YES")
RL(d, ["Belarus", "Cambodia", "China", "Ethiopia", "Iran", "Kyrgyzstan", "Russian Federation", "Syria"], "supported", R300, D,
   "The 8 abstentions were Belarus, Cambodia, China, Ethiopia, Iran, Kyrgyzstan, Russia and Syria", negated=True)
# "the United States joined consensus on the principle… correction": the corrected statement is the vote in favour.
R(d, "United States", "supported", R300, D, "the US voted in favour")
R(d, "United Kingdom", "supported", R300, D, "The United Kingdom also voted in favour")
R(d, "Switzerland", "supported", R300, D, "Switzerland co-sponsored and voted yes")
# The Foreign Minister's call to translate the recognition into law and to join the consensus: not a call to sign or
# ratify, nothing. "No one signs or ratifies a GA resolution": nothing.
R(d, "Maldives", PARTY, PARIS, None, "The Maldives is a party to the Paris Agreement", required=False)
R(d, "Maldives", "signed", PARIS, "2016-04-22", "we signed on the very first day, 22 April 2016")
R(d, "Maldives", RATIFIED, PARIS, "2016-04-22", "ratified it the same day")
# Escazú: explicitly denied as a Maldives instrument, nothing.
R(d, "Maldives", PARTY, CBD, None, "We ARE a party to the Convention on Biological Diversity.")
# The HRC52 resolution to come: future, nothing. The Climate Emergency Act: domestic.
R(d, "Maldives", "welcomed", R300, None, "We also welcome the resolution itself", required=False)
# "China abstained both in Geneva in 2021 and here today": repeats China's two negated tuples (first quotes used).

# ===================== 14 (X thread by Ukraine's ambassador in The Hague, International Justice Day, 17 July 2025) =====================
d = "14.txt"
D = "2025-07-17"
RS = ("Rome Statute of the International Criminal Court", ["Rome Statute", "#RomeStatute", "ICC Statute"])
KA = ("Kampala amendments on the crime of aggression", ["Kampala amendments", "aggression amendments"])
A8 = ("amendments to article 8 of the Rome Statute", ["amendments on article 8", "article 8 amendments"])
APIC = ("Agreement on the Privileges and Immunities of the ICC", ["APIC", "Agreement on the Privileges and Immunities of the International Criminal Court"])
ASP = ["Assembly of States Parties", "Assembly of States Parties to the Rome Statute", "ICC Assembly of States Parties"]
R(d, "Ukraine", PARTY, RS, None, "This is Ukraine's first 17 July as a State Party to the #RomeStatute.", required=False)
R(d, "Ukraine", "signed", RS, "2000-01-20", "Ukraine signed the Rome Statute on 20 January 2000")
# The article 12(3) declarations (2002, 2014): "That is not ratification", nothing. The Verkhovna Rada's vote: domestic.
R(d, "Ukraine", RATIFIED, RS, "2024-10-25", "on 25 October 2024 Ukraine deposited its instrument of ratification with the UN Secretary-General in New York")
# Entry into force on 1 January 2025 and "the 125th State Party": the same event, nothing more. The article 124 declaration: nothing.
# 5/10: the retracted "has also ratified the Kampala amendments" gives nothing; the correction gives these two.
R(d, "Ukraine", ACCEPTED, A8, None, "we accepted the amendments on article 8 only")
R(d, "Ukraine", NOTRATIFIED, KA, None, "the aggression amendments are still under review by the Government", negated=True)
R(d, "Ukraine", NOTRATIFIED, APIC, None, "We have yet to ratify the Agreement on the Privileges and Immunities of the ICC (APIC)", negated=True)
# "Ukraine signed APIC back in 2002? No record of that": denied, nothing.
R(d, "Armenia", RATIFIED, RS, "2023-11", "Armenia's ratification took effect on 1 February 2024 after it deposited its instrument in November 2023")
R(d, "Hungary", NOTBOUND, RS, None, "Hungary announced in April that it will withdraw from the Rome Statute", negated=True)
RL(d, ["Burkina Faso", "Mali", "Niger"], NOTBOUND, RS, None, "Burkina Faso, Mali and Niger have said they intend to follow.", negated=True)
R(d, "Russian Federation", "signed", RS, "2000", "the Russian Federation, which signed in 2000")
R(d, "Russian Federation", "signed", RS, None, "withdrew its signature in 2016", negated=True)
R(d, "United States", "signed", RS, None, "the United States, which \"unsigned\" in 2002", negated=True)
RL(d, ["Russian Federation", "United States"], NOTBOUND, RS, None, "remain outside. Neither will join any time soon.", negated=True, required=False)
R(d, "Ukraine", "called-for", RS, D, "Ukraine calls on every State that is not yet a party to ratify or accede to the Rome Statute")
R(d, "Ukraine", "called-for", KA, D, "on all States Parties to ratify the Kampala amendments")
# The Netherlands as host State and its welcome of Ukraine's ratification: nothing; its call is recorded.
R(d, "Netherlands", "called-for", RS, D, "we join the call on all States to accede to the Rome Statute")
R(d, ASP, ADOPTED, KA, "2010-06-11", "the Assembly of States Parties adopted the Kampala amendments by consensus on 11 June 2010")

# ===================== 15 (LinkedIn post of the EU Delegation to the Council of Europe, 2 October 2023, with reposts) =====================
d = "15.txt"
D = "2023-10-02"
IC = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention", "#IstanbulConvention"])
R(d, "European Union", JOINED, IC, "2023-06-28", "On 28 June 2023 the EU deposited its instrument of approval in Strasbourg",
  alt=["The European Union's accession to the Council of Europe Convention on preventing and combating violence against women and domestic violence"])
# Entry into force for the EU on 1 October 2023, the Council's decisions and Parliament's consent (internal steps), the
# Secretary General as depositary, and the scope of EU competence: nothing.
R(d, "European Union", "signed", IC, "2017-06-13", "The EU signed the Convention on 13 June 2017")
S5 = ["Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"]
QS5 = "Six in light grey signed but have not ratified: Bulgaria, Czechia, Hungary, Lithuania, Slovakia and Latvia*"
for a in S5:
    R(d, a, "signed", IC, "2013" if a == "Lithuania" else None, QS5, alt=["Lithuania signed the Convention in 2013."] if a == "Lithuania" else None)
RL(d, S5, NOTRATIFIED, IC, None, QS5, negated=True)
# Latvia: the footnote corrects the map, so Latvia's signature stands and its ratification is dated; no negated record.
R(d, "Latvia", "signed", IC, None, QS5)
R(d, "Latvia", RATIFIED, IC, "2023-01-10", "Latvia ratified on 10 January 2023")
R(d, "Ukraine", RATIFIED, IC, "2022-07", "Ukraine ratified in July 2022")
R(d, "United Kingdom", RATIFIED, IC, "2022-07", "the United Kingdom in July 2022 as well")
R(d, "Republic of Moldova", PARTY, IC, "2022", "The Republic of Moldova has been a Party since 2022")
QTR = "Türkiye, the first country to sign and ratify, withdrew from the Convention with effect from 1 July 2021"
R(d, "Türkiye", "signed", IC, None, QTR)
R(d, "Türkiye", RATIFIED, IC, None, QTR)
R(d, "Türkiye", NOTBOUND, IC, None, QTR, negated=True)
R(d, ["European Commission", "Helena Dalli", "European Commissioner for Equality"], "called-for", IC, D,
  "We call on the remaining Member States to ratify the Istanbul Convention without delay.")
R(d, ["Council of Europe Secretary General", "Council of Europe", "Marija Pejčinović Burić"], "called-for", IC, D,
  "once more calls on all member States of the Council of Europe that have not done so to ratify the Convention")
# "calls ... on Türkiye to reconsider its withdrawal": not a call to sign or ratify, nothing.
# Slovakia "supports the objectives of the Convention": objectives, not the instrument; the National Council's rejection is
# domestic and repeats Slovakia's negated tuple. The Seimas: domestic. Czechia's Senate and Chamber: domestic.
R(d, "Armenia", "signed", IC, "2018-01", "Armenia signed the Istanbul Convention in January 2018")
R(d, "Armenia", NOTRATIFIED, IC, None, "remains committed to ratifying it", negated=True)
R(d, "Armenia", COMMITTED, IC, None, "remains committed to ratifying it", required=False)
R(d, "Poland", RATIFIED, IC, "2015", "Poland ratified in 2015")
R(d, "Poland", PARTY, IC, None, "Poland remains a Party", required=False)

# ===================== 16 (newsletter digest, Treaty Watch No. 204, Friday 23 January 2026) =====================
d = "16.txt"
D = "2026-01-23"
BBNJ = ("BBNJ Agreement", ["High Seas Treaty", "Agreement on Marine Biodiversity of Areas beyond National Jurisdiction"])
PLAST = ("treaty on plastic pollution", ["plastics treaty", "ambitious treaty covering the full life cycle of plastics"])
NWC = ("Nice wake-up call on plastics", ["Nice wake-up call", "wake-up call"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
APMBC = ("Anti-Personnel Mine Ban Convention", ["Ottawa Convention", "Mine Ban Convention"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
LJHC = ("Ljubljana–The Hague Convention on international cooperation in the investigation and prosecution of genocide, crimes against humanity and war crimes",
        ["Ljubljana-The Hague Convention", "Ljubljana–The Hague Convention", "MLA Convention"])
OP2 = ("Second Optional Protocol to the ICCPR", ["Second Optional Protocol to the International Covenant on Civil and Political Rights"])
# Entry into force on 17 January 2026, "80+ Parties": nothing.
R(d, "Japan", ACCEPTED, BBNJ, "2026-01-16", "Japan deposited its instrument of acceptance of the BBNJ Agreement on 16 January")
# "a Party from day one plus 30": the same event. China's completed procedures: domestic.
R(d, "China", NOTRATIFIED, BBNJ, None, "\"will deposit its instrument in due course\". So: not yet.", negated=True)
R(d, "United States", "signed", BBNJ, "2023-09", "The US signed the Agreement in September 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "has not submitted it to the Senate", negated=True, required=False)
R(d, ["Greenpeace International", "Greenpeace"], "called-for", BBNJ, None,
  "Greenpeace International calls on all remaining States to ratify the Agreement before the first Conference of the Parties")
# "no text has been adopted" (plastics): nothing.
RL(d, ["Rwanda", "Peru"], COMMITTED, PLAST, None, "we remain committed to an ambitious treaty covering the full life cycle of plastics", required=False)
RL(d, ["France", "Mexico", "Panama", "Fiji", "Norway", "Ghana", "Chile", "Switzerland", "Rwanda", "Peru", "Colombia", "Kenya"], ENDORSED, NWC, None,
   "including (per the list pinned by @FranceDiplo) France, Mexico, Panama, Fiji, Norway, Ghana, Chile, Switzerland, Rwanda, Peru, Colombia and Kenya")
R(d, "Saudi Arabia", ENDORSED, NWC, None, "Saudi Arabia \"did not and will not endorse\" the wake-up call", negated=True)
R(d, "Ghana", RATIFIED, TPNW, "2026-01", "Earlier this month Ghana deposited its instrument of ratification")
R(d, "Indonesia", RATIFIED, TPNW, "2025-09", "Indonesia ratified the Treaty last September")
R(d, "Kyrgyzstan", "signed", TPNW, "2025-03", "Kyrgyzstan signed last March.")
RL(d, ["Lithuania", "Latvia", "Estonia", "Finland"], NOTBOUND, APMBC, None,
   "Lithuania, Latvia, Estonia and Finland completed their withdrawal from the Ottawa Convention in 2025–26", negated=True)
R(d, "Poland", NOTBOUND, APMBC, None, "Poland notified its withdrawal last August.", negated=True)
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania's withdrawal from the Convention on Cluster Munitions took effect in March 2025", negated=True)
R(d, ["Cluster Munition Coalition", "CMC"], "called-for", CCM, None, "We call on Lithuania to rejoin.")
# The Pandemic Agreement's PABS talks and "no signatures are possible": nothing.
QLJ = "was signed by Belgium and Argentina in The Hague on 14 February 2024"
RL(d, ["Belgium", "Argentina"], "signed", LJHC, "2024-02-14", QLJ)
R(d, "Slovenia", RATIFIED, LJHC, "2025", "ratified by Slovenia last year")
# The Netherlands as depositary: nothing.
R(d, "Viet Nam", ACCEDED, OP2, None, "Only a rumour; the mission denied it on Tuesday.", negated=True, required=False)


gold.finish(MIN_CHARS, MAX_CHARS)
