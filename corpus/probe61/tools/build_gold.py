#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same structure as corpus/probe59/tools/build_gold.py; the record helpers and checks are imported from corpus/tools/gold.py
(not copied). Two documents are Markdown (03.md, 10.md) and two are saved web pages (05.html, 12.html); their quotes never
span mark-up, Markdown emphasis or an HTML entity.

Theme: newsletters, digests and bulletins that round up recent treaty actions (2017-2026): a treaty secretariat's monthly
bulletin, an NGO coalition's newsletter, a law firm's client alert, an academic blog's weekly round-up, a UN agency's quarterly
update, a regional organisation's e-newsletter, a parliamentary committee's weekly digest, a think-tank's monthly tracker, a
news agency's week-in-review and a professional association's member update. Relative dates ("last month", "earlier this
year", "on Tuesday") are resolved against each issue's own date. Calls on others are the caller's `called-for`, dated by the
issue (or the day the text gives). Planned, intended, "has yet to", signed-not-ratified and withdrawals are negated records
without a date (votes against and abstentions keep theirs). Depositaries, venues, hosts, entry into force, domestic approval,
implementation, reservations, declarations of non-acceptance, welcomes of others' acts and unnamed groups give nothing."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Viet Nam", "Republic of Korea",
          "Timor-Leste", "Tajikistan", "Bangladesh", "Philippines", "Colombia", "Ghana", "Germany", "Mexico", "Chile",
          "Netherlands", "Kenya", "Türkiye", "Iran", "Czechia", "China", "Costa Rica", "Fiji", "Ecuador", "Bolivia",
          "Guatemala", "Cambodia", "Thailand", "Egypt", "Rwanda", "Uganda", "Kazakhstan", "Samoa", "Syria", "United Arab Emirates", "Brunei Darussalam", "Saudi Arabia", "Côte d'Ivoire", "Cabo Verde", "Democratic People's Republic of Korea"),
    "United Kingdom": ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Britain", "Great Britain"],
    "Malaysia": ["Malaysia"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Angola": ["Angola", "Republic of Angola"],
    "Japan": ["Japan"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Saint Lucia": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (Minamata Convention Secretariat, Monthly Bulletin No. 74, Geneva, 28 April 2023) =====================
d = "01.txt"
D = "2023-04-28"
MIN = ("Minamata Convention on Mercury", ["Minamata Convention", "Mercury Convention"])
MINAM = ("Amendments to Annexes A and B of the Minamata Convention", ["amendments to Annexes A and B", "decision MC-4/3", "Annex A and B amendments"])
BALI = ("Bali Declaration on Combating Global Illegal Trade of Mercury", ["Bali Declaration"])
# The depositary (Secretary-General, New York), entry into force "on the ninetieth day", the host of the Kumamoto conference
# (Japan), the Federal Parliament's approval and Malaysia's Cabinet approval: nothing. "143 Parties" names no actor.
R(d, "Angola", ACCEDED, MIN, "2023-04-04", "On 4 April 2023 the Government of Angola deposited its instrument of accession to the Minamata Convention",
  alt=["Angola Accession 4 Apr 2023"])
R(d, "Tajikistan", RATIFIED, MIN, "2023-04-19", "on 19 April, Tajikistan deposited an instrument of ratification",
  alt=["Tajikistan Ratification 19 Apr 2023"])
R(d, "Nepal", "signed", MIN, "2013-10", "Nepal signed the Convention in Kumamoto in October 2013")
# "it ratified it last month" (issue of April 2023), the table gives the day.
R(d, "Nepal", RATIFIED, MIN, "2023-03-22", "it ratified it last month", alt=["Nepal Ratification 22 Mar 2023"])
R(d, "European Union", PARTY, MIN, "2017", "the European Union, which has been a Party since 2017")
R(d, "Malaysia", "signed", MIN, "2014-09", "Malaysia, which signed the Convention in September 2014")
R(d, "Malaysia", NOTRATIFIED, MIN, None, "has yet to ratify it", negated=True)
R(d, "Timor-Leste", JOINED, MIN, None, "Timor-Leste has informed the Secretariat that it intends to accede before the end of the year", negated=True)
R(d, ["Executive Secretary of the Minamata Convention", "Executive Secretary", "Minamata Convention Secretariat"], "called-for", MIN, D,
  "I call on all remaining signatories to ratify the Convention before the fifth meeting of the Conference of the Parties")
# Bali (venue) and Indonesia (host of COP-4): nothing; Article 27 and declarations of non-acceptance: nothing.
R(d, ["Conference of the Parties to the Minamata Convention", "Conference of the Parties", "COP-4"], ADOPTED, MINAM, "2022-03",
  "were adopted by the Conference of the Parties at its fourth meeting")
R(d, "Japan", ACCEPTED, MINAM, "2023-04-11", "Japan, for its part, deposited an instrument of acceptance of the amendments on 11 April 2023")
# "Members endorsed the draft agenda" (not an instrument), Switzerland as host, Brazil's implementation, UNEA resolution 5/12
# "recalled": nothing.
R(d, "Bangladesh", ACCEDED, MIN, "2021-01", "Bangladesh, whose accession to the Convention in January 2021 made it the 130th Party")
R(d, "Indonesia", "co-sponsored", BALI, "2022-03", "which Indonesia proposed at COP-4", required=False)
RL(d, ["Indonesia", "Colombia", "Ghana", "Philippines"], ENDORSED, BALI, "2022-03",
   "which was endorsed there by 34 Parties, among them Indonesia, Colombia, Ghana and the Philippines")

# ===================== 02 (Coalition for the Arms Trade Treaty, newsletter Issue 31, 14 September 2018) =====================
d = "02.txt"
D = "2018-09-14"
ATT = ("Arms Trade Treaty", ["ATT"])
R(d, "Mozambique", ACCEDED, ATT, "2018-07-11", "Mozambique deposited its instrument of accession on 11 July 2018")
R(d, ["Guinea-Bissau", "Republic of Guinea-Bissau"], RATIFIED, ATT, "2018-08-03", "the Republic of Guinea-Bissau's ratification followed on 3 August 2018")
# "99 States Parties" / "31 States have signed but not ratified": unnamed. Lebanon's Parliament's vote: domestic.
R(d, "Lebanon", NOTBOUND, ATT, None, "Lebanon is not yet a State Party", negated=True)
# Tokyo (venue), the presidency and the hosting: nothing.
R(d, "Japan", PARTY, ATT, "2014", "Japan, a State Party since 2014")
R(d, "Japan", "called-for", ATT, "2018-08-20", "Japan's Foreign Minister called on all States in the Asia-Pacific region to join the Treaty")
# Decisions on transparency (not instruments) and Trust Fund pledges: nothing.
R(d, "China", JOINED, ATT, None, "its Government is \"actively studying\" accession to the Treaty", negated=True)
R(d, "United States", "signed", ATT, "2013-09", "The United States, which signed the Treaty in September 2013")
R(d, "United States", NOTRATIFIED, ATT, None, "repeated that it has no plans to ratify it", negated=True)
SIG = ["Angola", "Bahrain", "Burundi", "Cambodia", "Colombia", "Djibouti", "Haiti", "Libya", "Malawi", "Rwanda", "Thailand"]
QSIG = ("signed the Treaty but have yet to ratify it: Angola, Bahrain, Burundi, Cambodia, Colombia, Djibouti, Haiti, Libya, Malawi, "
        "Rwanda and Thailand")
RL(d, SIG, "signed", ATT, None, QSIG)
RL(d, SIG, NOTRATIFIED, ATT, None, QSIG, negated=True)
# Bills before parliaments (Colombia, Malawi): domestic.
R(d, ["Coalition for the Arms Trade Treaty", "Coalition"], "called-for", ATT, D,
  "The Coalition calls on all signatories to ratify the Arms Trade Treaty without further delay")
R(d, GA, ADOPTED, ATT, "2013-04-02", "The Treaty was adopted by the United Nations General Assembly on 2 April 2013")
RL(d, ["Iran", "Democratic People's Republic of Korea", "Syria"], "supported", ATT, "2013-04-02",
   "Iran, the Democratic People's Republic of Korea and Syria voted against", negated=True)
# Opening for signature, entry into force, the EAC workshop, the CSP5 venue and Latvia's presidency: nothing.

# ===================== 03.md (law firm client alert, International Disputes Practice Group, 12 September 2022) =====================
d = "03.md"
D = "2022-09-12"
HJC = ("Convention of 2 July 2019 on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters",
       ["Hague Judgments Convention", "2019 Hague Judgments Convention", "HJC", "Judgments Convention"])
LUG = ("Lugano Convention 2007", ["Lugano Convention", "Lugano"])
SING = ("United Nations Convention on International Settlement Agreements Resulting from Mediation",
        ["Singapore Convention on Mediation", "Singapore Convention"])
# HCCH (where concluded), the depositary (Netherlands MFA), Article 28 entry into force: nothing.
R(d, "European Union", ACCEDED, HJC, "2022-08-29", "after the European Union and Ukraine joined it on 29 August 2022",
  alt=["On 29 August 2022 two instruments were deposited in The Hague: the European Union's instrument of accession",
       "HJC | European Union | accession | 29 Aug 2022"])
R(d, "Ukraine", RATIFIED, HJC, "2022-08-29", "after the European Union and Ukraine joined it on 29 August 2022",
  alt=["and Ukraine's instrument of ratification", "HJC | Ukraine | ratification | 29 Aug 2022"])
# "The EU acceded on behalf of all of its Member States except Denmark": the Member States are not separate actors.
R(d, "Denmark", NOTBOUND, HJC, None, "Denmark is therefore not bound by the HJC", negated=True)
QHS = ("the HJC had been signed by Uruguay (the first signatory, in 2020), Israel, Costa Rica, the Russian Federation and, "
       "on 2 March 2022, the United States")
R(d, "Uruguay", "signed", HJC, "2020", QHS)
RL(d, ["Israel", "Costa Rica", "Russian Federation"], "signed", HJC, None, QHS)
R(d, "United States", "signed", HJC, "2022-03-02", QHS, alt=["HJC | United States | signature | 2 Mar 2022"])
RL(d, ["Uruguay", "Israel", "Costa Rica", "Russian Federation", "United States"], NOTRATIFIED, HJC, None,
   "None of those signatories has ratified it.", negated=True)
# The UK consultation (domestic): nothing.
R(d, "United Kingdom", NOTBOUND, HJC, None, "It is not yet a party.", negated=True)
R(d, "United Kingdom", "signed", HJC, None, "the UK intends to sign and ratify the HJC", negated=True)
R(d, "United Kingdom", NOTRATIFIED, HJC, None, "the UK intends to sign and ratify the HJC", negated=True)
# The EU "declined to consent" to the UK's application: not an action of the EU on an instrument.
R(d, "United Kingdom", JOINED, LUG, None, "the UK's application to accede to the Lugano Convention 2007", negated=True, required=False)
R(d, "United Kingdom", NOTBOUND, LUG, None, "the UK is not a party to Lugano", negated=True)
R(d, GA, ADOPTED, SING, "2018-12", "was adopted by the UN General Assembly in December 2018")
RL(d, ["China", "India", "Republic of Korea", "Singapore", "United States"], "signed", SING, "2019-08-07",
   "when 46 States signed it, among them China, India, the Republic of Korea, Singapore and the United States")
R(d, "Kazakhstan", RATIFIED, SING, "2022-05-23", "Kazakhstan ratified on 23 May 2022",
  alt=["Singapore Convention | Kazakhstan | ratification | 23 May 2022"])
RL(d, ["Singapore", "Fiji", "Qatar", "Saudi Arabia", "Belarus", "Ecuador", "Honduras", "Türkiye", "Georgia"], PARTY, SING, None,
   "joining Singapore, Fiji, Qatar, Saudi Arabia, Belarus, Ecuador, Honduras, Turkey and Georgia as parties")
RL(d, ["China", "United States"], NOTRATIFIED, SING, None, "Neither China nor the United States has ratified", negated=True)
R(d, "European Union", "signed", SING, None, "the EU has not signed", negated=True)
# The 2005 Hague Choice of Court Convention (advice, no actor) and "We will report when the UK signs": nothing.

# ===================== 04 (academic blog, Weekly Round-Up 16-22 January 2021, posted Friday 22 January 2021) =====================
d = "04.txt"
D = "2021-01-22"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
PARIS = ("Paris Agreement", ["Paris climate agreement"])
R75 = ("General Assembly resolution 75/183 on a moratorium on the use of the death penalty", ["resolution 75/183", "A/RES/75/183"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol to the ICCPR", "Second Optional Protocol"])
CAH = ("Convention on crimes against humanity", ["draft articles on crimes against humanity", "crimes against humanity convention"])
# Entry into force "today", the fiftieth instrument threshold and the Secretary-General's announcement: nothing.
R(d, "Honduras", RATIFIED, TPNW, "2020-10-24", "Honduras, whose ratification on 24 October 2020 was announced by the UN Secretary-General")
RL(d, ["Benin", "Nigeria"], RATIFIED, TPNW, None, "Benin and Nigeria deposited their instruments of ratification in the following weeks")
# "None of the nine nuclear-armed States has signed" and "NATO's members ... will not join": unnamed actors.
R(d, "Netherlands", "supported", TPNW, "2017-07-07", "it voted against the text when the Conference adopted it on 7 July 2017", negated=True)
R(d, "Singapore", "supported", TPNW, "2017-07-07", "(Singapore abstained)", negated=True)
R(d, ["Conference", "United Nations Conference", "negotiating conference"], ADOPTED, TPNW, "2017-07-07",
  "when the Conference adopted it on 7 July 2017", required=False)
R(d, "Japan", "signed", TPNW, None, "has also said it will not sign the TPNW \"at this time\"", negated=True)
# "President Biden signed the instrument": signing an instrument of acceptance is the acceptance, not a signature.
R(d, "United States", ACCEPTED, PARIS, "2021-01-20", "President Biden signed the instrument by which the United States accepts the Paris Agreement")
R(d, "United States", NOTBOUND, PARIS, None, "The US withdrawal from the Agreement had taken effect on 4 November 2020", negated=True,
  alt=["for eleven weeks the United States was not a party"])
# Leaving the World Health Organization (an organisation): nothing.
R(d, GA, ADOPTED, R75, "2020-12-16", "on 16 December 2020 the General Assembly adopted resolution 75/183")
RL(d, ["Djibouti", "Jordan", "Lebanon", "Republic of Korea"], "supported", R75, "2020-12-16",
   "Djibouti, Jordan, Lebanon and the Republic of Korea voted in favour for the first time")
R(d, "Kazakhstan", "signed", OP2, "2020-09-23", "Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights")
R(d, "Kazakhstan", NOTRATIFIED, OP2, None, "it has not ratified it yet", negated=True)
# The Senate's examination of the constitutional amendment: domestic.
RL(d, ["Mexico", ["Gambia", "The Gambia"]], "called-for", CAH, D,
   "a group of States led by Mexico and The Gambia has called on the General Assembly to convene a diplomatic conference", required=False)
# The Council of Europe consultation on an AI convention and the ICJ hearings: nothing.

# ===================== 05.html (UN agency's Quarterly Treaty Update, Q3 2019, Vienna, 15 October 2019) =====================
d = "05.html"
D = "2019-10-15"
UNTOC = ("United Nations Convention against Transnational Organized Crime", ["UNTOC", "Organized Crime Convention", "Palermo Convention"])
FAP = ("Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition",
       ["Firearms Protocol"])
TIP = ("Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children", ["Trafficking in Persons Protocol", "TIP Protocol"])
SOM = ("Protocol against the Smuggling of Migrants by Land, Sea and Air", ["Smuggling of Migrants Protocol"])
UNCAC = ("United Nations Convention against Corruption", ["UNCAC", "Convention against Corruption"])
# "as notified by the depositary": nothing.
R(d, "Turkmenistan", ACCEDED, FAP, "2019-08-28",
  "On 28 August 2019 Turkmenistan acceded to the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition")
R(d, "Senegal", RATIFIED, FAP, "2019-09-17", "on 17 September Senegal deposited its instrument of ratification of the same Protocol")
# The bracketed ECOWAS list (Côte d'Ivoire is written with entities, so quotes stop short of it); Senegal's party record
# restates its ratification.
QEC = "every member State of the Economic Community of West African States is now a party to the Firearms Protocol"
RL(d, ["Benin", "Burkina Faso", "Cabo Verde", "Côte d'Ivoire", "Gambia", "Ghana", "Guinea", "Guinea-Bissau", "Liberia", "Mali",
       "Niger", "Nigeria", "Sierra Leone", "Togo"], PARTY, FAP, None, QEC)
R(d, "Senegal", PARTY, FAP, None, QEC, required=False)
R(d, ["Executive Director of the United Nations Office on Drugs and Crime", "UNODC Executive Director", "Executive Director", "UNODC"],
  "called-for", FAP, "2019-09-19",
  "the Executive Director of the Office called on all States that have not yet done so to ratify or accede to the Firearms Protocol")
R(d, "Bhutan", JOINED, TIP, None, "the Government of Bhutan informed the Office that it intends to accede to the Protocol in 2020", negated=True)
R(d, "Bhutan", PARTY, UNTOC, "2017", "Bhutan became a party to the parent Convention in 2017")
QJP = "Japan, which accepted the Convention together with the Trafficking in Persons and Smuggling of Migrants Protocols in July 2017"
R(d, "Japan", ACCEPTED, UNTOC, "2017-07", QJP)
R(d, "Japan", ACCEPTED, TIP, "2017-07", QJP)
R(d, "Japan", ACCEPTED, SOM, "2017-07", QJP)
R(d, "Japan", NOTBOUND, FAP, None, "has not joined the Firearms Protocol", negated=True)
R(d, "Tonga", "signed", UNCAC, "2019-07-05", "Tonga signed the Convention against Corruption on 5 July 2019")
# Tonga's Legislative Assembly (domestic), the venue Nuku'alofa: nothing.
R(d, "Syria", "signed", UNCAC, "2003", "Syria, which signed UNCAC in 2003")
R(d, "Syria", NOTRATIFIED, UNCAC, None, "has still not ratified it", negated=True)
R(d, "Tuvalu", NOTBOUND, UNCAC, None, "including Tuvalu and Samoa", negated=True, alt=["remaining non-parties in the Pacific"])
R(d, "Niue", NOTBOUND, UNCAC, None, "neighbour Niue", negated=True, alt=["remaining non-parties in the Pacific"])
# "Samoa's neighbour": Samoa is no actor. Abu Dhabi / UAE hosting, the review of Fiji and Kenya: nothing.

# ===================== 06 (African Union Commission OLC e-newsletter, Issue 11, Addis Ababa, 30 November 2020) =====================
d = "06.txt"
D = "2020-11-30"
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement"])
AMA = ("Treaty for the Establishment of the African Medicines Agency", ["AMA Treaty", "African Medicines Agency Treaty", "AMA"])
DISAB = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa",
         ["African Disability Protocol", "Disability Protocol"])
KAMP = ("African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa", ["Kampala Convention"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol"])
# "thirteen instruments and nine signatures" unnamed; the start of trading (1 January 2021): nothing.
R(d, "Lesotho", RATIFIED, AFCFTA, "2020-11-27", "Lesotho deposited its instrument of ratification on 27 November")
# "making it the 34th State Party" is the same event: no separate party record.
R(d, "Nigeria", "signed", AFCFTA, "2019-07", "Nigeria, which signed the Agreement in July 2019 during the Niamey Extraordinary Summit")
R(d, "Nigeria", NOTRATIFIED, AFCFTA, None, "has not yet deposited an instrument of ratification", negated=True)
# The Federal Executive Council's approval: domestic. Niamey: venue.
R(d, "Eritrea", "signed", AFCFTA, None, "Eritrea remains the only AU Member State that has not signed the Agreement", negated=True)
R(d, ["Assembly of Heads of State and Government", "AU Assembly", "Assembly of the African Union", "African Union"], ADOPTED, AMA, "2019-02-11",
  "adopted by the Assembly of Heads of State and Government on 11 February 2019")
R(d, ["Burkina Faso"], RATIFIED, AMA, "2020-11-09", "gained two ratifications this quarter: Burkina Faso (9 November)")
R(d, "Seychelles", RATIFIED, AMA, "2020-11-23", "Seychelles (23 November)")
RL(d, ["Cameroon", "Chad", "Gabon"], "signed", AMA, "2020-10", "It was also signed by Cameroon, Chad and Gabon on the margins of the virtual Executive Council session in October")
R(d, "Namibia", "signed", AMA, "2020-10-16",
  "H.E. Ambassador Hilda Ndapewa, Permanent Representative of Namibia to the African Union, signed the Treaty on behalf of her Government on 16 October")
R(d, "Rwanda", RATIFIED, AMA, "2019", "Rwanda, which was the first State to ratify the Treaty, in 2019")
# Rwanda's offer to host the headquarters, the Executive Council's decision on the seat, entry into force: nothing.
R(d, ["Chairperson of the African Union Commission", "Chairperson of the AU Commission", "AU Commission", "African Union Commission"],
  "called-for", AMA, D, "The Chairperson of the AU Commission has urged all Member States that have not yet done so to sign and ratify the AMA Treaty")
# "now has three ratifications": unnamed count.
R(d, "Mali", RATIFIED, DISAB, "2020-10-13", "Mali became the third State to ratify it on 13 October")
RL(d, ["Kenya", "Rwanda"], RATIFIED, DISAB, None, "Kenya and Rwanda had done so earlier")
R(d, "Uganda", "signed", DISAB, "2018", "Uganda signed the Protocol in 2018")
R(d, "Uganda", NOTRATIFIED, DISAB, None, "but has not ratified it", negated=True)
R(d, "South Africa", NOTRATIFIED, DISAB, None, "South Africa has announced that it intends to ratify in 2021", negated=True)
# "deposited last month" in the issue of 30 November 2020. The celebration in Mogadishu: nothing.
R(d, "Somalia", ACCEDED, KAMP, "2020-10", "Somalia's accession to the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa")
R(d, "Morocco", "signed", MAPUTO, None, "Morocco has not signed it", negated=True)
R(d, "Egypt", "signed", MAPUTO, None, "which has not signed either", negated=True)
R(d, "Egypt", NOTRATIFIED, MAPUTO, None, "a national dialogue on ratification is under way in Egypt", negated=True, required=False)
# The reminder on reservations: nothing.

# ===================== 07 (House of Lords International Agreements Committee, Weekly Digest 2024/31, Friday 13 September 2024) =====================
d = "07.txt"
D = "2024-09-13"
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "AI Convention", "CETS No. 225", "Framework Convention"])
BBNJ = ("Agreement under UNCLOS on Marine Biodiversity of Areas beyond National Jurisdiction", ["BBNJ Agreement", "BBNJ"])
CPAP = ("Protocol on the Accession of the United Kingdom to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
        ["Accession Protocol", "CPTPP Accession Protocol", "UK Accession Protocol"])
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention"])
R(d, ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"], ADOPTED, AIC, "2024-05-17",
  "adopted by the Council of Europe Committee of Ministers on 17 May 2024")
# Vilnius (venue) and the opening for signature: nothing. "On that day" = Thursday 5 September 2024.
QAIS = ("On that day it was signed by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino, the United Kingdom, "
        "Israel, the United States and the European Union")
RL(d, ["Andorra", "Georgia", "Iceland", "Norway", ["Republic of Moldova", "Moldova"], "San Marino", "Israel", "United States", "European Union"],
   "signed", AIC, "2024-09-05", QAIS)
R(d, "United Kingdom", "signed", AIC, "2024-09-05", QAIS, alt=["The Lord Chancellor signed on behalf of the United Kingdom"])
# "not yet been laid before Parliament": domestic.
R(d, "United Kingdom", NOTRATIFIED, AIC, None, "the Government intends to ratify it once the necessary domestic legislation is in place", negated=True)
RL(d, ["Canada", "Japan", "Australia"], "signed", AIC, None, "did not sign in Vilnius", negated=True)
# Observer status in the negotiations: nothing.
R(d, "United Kingdom", "signed", BBNJ, "2023-09-20", "The UK signed the BBNJ Agreement on 20 September 2023")
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "but has not ratified it", negated=True)
# The Minister's statement on a Bill (Tuesday 10 September): domestic.
RL(d, ["Chile", "Belize"], RATIFIED, BBNJ, None, "Chile and Belize have both ratified the Agreement")
R(d, "European Union", ACCEPTED, BBNJ, "2024", "the EU approved it earlier this year", required=False)
R(d, "United Kingdom", "signed", CPAP, "2023-07-16", "The Accession Protocol was signed by the UK and the eleven CPTPP Parties in Auckland on 16 July 2023")
R(d, "United Kingdom", RATIFIED, CPAP, None, "The UK has since ratified it.")
RL(d, ["Japan", "Singapore", "Chile", "Viet Nam", "New Zealand"], RATIFIED, CPAP, None,
   "Japan, Singapore, Chile, Viet Nam and New Zealand have notified completion of their procedures", required=False)
RL(d, ["Malaysia", "Brunei Darussalam", "Australia"], NOTRATIFIED, CPAP, None,
   "Malaysia, Brunei Darussalam and Australia have not yet done so", negated=True, required=False)
R(d, "United Kingdom", RATIFIED, IST, "2022-07", "which the UK ratified in July 2022")
# The annual report laid on Monday and the Article 59 reservation: nothing.
R(d, ["Chair of the International Agreements Committee", "International Agreements Committee", "House of Lords"], "called-for", BBNJ, D,
  "urging it to ratify the Agreement before the first Conference of the Parties", required=False)
# Entry into force of the BBNJ Agreement (120 days after the sixtieth ratification) and the UK-Ukraine agreement report: nothing.

# ===================== 08 (think-tank's Nuclear Order Monthly Tracker, Issue 47, published 30 November 2023) =====================
d = "08.txt"
D = "2023-11-30"
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Test-Ban Treaty"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
L19 = ("First Committee draft resolution L.19 on the Comprehensive Nuclear-Test-Ban Treaty", ["L.19", "A/C.1/78/L.19", "CTBT resolution"])
L4 = ("First Committee draft resolution L.4 on the Treaty on the Prohibition of Nuclear Weapons", ["L.4", "A/C.1/78/L.4", "TPNW resolution"])
FC = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly"]
# "President Putin signed the federal law" is the revocation, not a signature; the Duma's and Federation Council's votes are
# domestic. The revocation is a withdrawal: negated, no date.
R(d, "Russian Federation", NOTRATIFIED, CTBT, None,
  "President Putin signed the federal law revoking the Russian Federation's ratification of the Comprehensive Nuclear-Test-Ban Treaty (CTBT)",
  negated=True, alt=["Russia is no longer among the States that have ratified the Treaty"])
R(d, "Russian Federation", RATIFIED, CTBT, "2000-06", "which Russia had ratified in June 2000")
R(d, "Russian Federation", "signed", CTBT, None, "it remains a signatory")
# Hosting International Monitoring System stations: nothing. Entry into force and "44 Annex 2 States", "Eight have not": unnamed.
R(d, "United States", "signed", CTBT, "1996", "The United States signed the CTBT in 1996")
R(d, "United States", NOTRATIFIED, CTBT, None, "but has not ratified it", negated=True,
  alt=["China, Egypt, Iran, Israel and the United States have signed but not ratified"])
RL(d, ["India", "Pakistan", "Democratic People's Republic of Korea"], "signed", CTBT, None,
   "India, Pakistan and the Democratic People's Republic of Korea have not signed", negated=True)
QSNR = "China, Egypt, Iran, Israel and the United States have signed but not ratified"
RL(d, ["China", "Egypt", "Iran", "Israel"], "signed", CTBT, None, QSNR)
RL(d, ["China", "Egypt", "Iran", "Israel"], NOTRATIFIED, CTBT, None, QSNR, negated=True)
R(d, ["CTBTO Executive Secretary", "Executive Secretary of the CTBTO", "CTBTO"], "called-for", CTBT, "2023-11-03",
  "On 3 November the CTBTO Executive Secretary called on all Annex 2 States that have not yet done so to sign and ratify the Treaty")
# The table's votes: the Committee's adoption of each draft is implied (optional).
R(d, FC, ADOPTED, L19, "2023-11-01", "L.19 (CTBT) 171 1 3 1 Nov", required=False)
R(d, FC, ADOPTED, L4, "2023-11-01", "L.4 (TPNW) 121 43 14 1 Nov", required=False)
RL(d, ["Australia", "Mexico", "New Zealand"], "co-sponsored", L19, None, "tabled as every year by Australia, Mexico and New Zealand")
R(d, "Democratic People's Republic of Korea", "supported", L19, "2023-11-01",
  "the only vote against came from the Democratic People's Republic of Korea", negated=True)
RL(d, ["India", "Mauritius", "Syria"], "supported", L19, "2023-11-01", "India, Mauritius and Syria abstained", negated=True)
R(d, "Russian Federation", "supported", L19, "2023-11-01", "voted in favour but withdrew its co-sponsorship")
R(d, "Russian Federation", "co-sponsored", L19, None, "which co-sponsored the text in previous years", required=False)
R(d, "Russian Federation", "co-sponsored", L19, None, "withdrew its co-sponsorship", negated=True)
RL(d, ["Netherlands", "Germany"], "supported", L4, "2023-11-01", "the Netherlands and Germany voted against", negated=True)
R(d, "Japan", "supported", L4, "2023-11-01", "Japan abstained", negated=True)
R(d, "Sierra Leone", RATIFIED, TPNW, "2023-09-20",
  "Sierra Leone deposited its instrument of ratification of the Treaty on the Prohibition of Nuclear Weapons on 20 September 2023")
R(d, "Brazil", "signed", TPNW, "2017", "Brazil signed the TPNW on the day it opened for signature in 2017")
R(d, "Brazil", NOTRATIFIED, TPNW, None, "has not yet ratified it", negated=True)
# Mexico's presidency, New York (venue) and Germany, Norway and Belgium as observers: nothing. New START: nothing.

# ===================== 09 (news agency's Week in Review, World, Saturday 23 May 2026) =====================
d = "09.txt"
D = "2026-05-23"
PABS = ("Pathogen Access and Benefit-Sharing Annex to the WHO Pandemic Agreement", ["PABS Annex", "Pathogen Access and Benefit-Sharing (PABS) Annex"])
PAND = ("WHO Pandemic Agreement", ["Pandemic Agreement"])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["BBNJ Agreement", "High Seas Treaty", "BBNJ"])
APMBC = ("Anti-Personnel Mine Ban Convention", ["Ottawa Convention", "Mine Ban Convention", "APMBC"])
EUMER = ("EU-Mercosur Partnership Agreement", ["EU-Mercosur Agreement"])
PLAST = ("global plastics treaty", ["plastics treaty"])
WHA = ["World Health Assembly", "Seventy-ninth World Health Assembly", "WHA"]
R(d, WHA, ADOPTED, PABS, "2026-05-20",
  "Delegates at the Seventy-ninth World Health Assembly on Wednesday adopted the Pathogen Access and Benefit-Sharing (PABS) Annex")
R(d, WHA, ADOPTED, PAND, "2025-05-20", "The Agreement had been adopted by the Assembly a year earlier, on 20 May 2025")
RL(d, ["Poland", "Israel", "Italy", "Russian Federation", "Slovakia"], "supported", PAND, "2025-05-20",
   "11 abstentions, among them Poland, Israel, Italy, the Russian Federation and Slovakia", negated=True)
RL(d, ["Rwanda", "Ghana", "Spain", "Indonesia", "Bangladesh", "South Africa"], "signed", PAND, "2026-05-21",
   "the Agreement was signed by Rwanda, Ghana, Spain, Indonesia, Bangladesh and South Africa")
R(d, "Rwanda", NOTRATIFIED, PAND, None, "said his country would \"move quickly\" to ratify", negated=True)
# Entry into force after 60 ratifications; the US and Argentina leaving the WHO (an organisation): nothing.
R(d, "Argentina", "signed", PAND, None, "has said it will not sign", negated=True)
R(d, "India", RATIFIED, BBNJ, "2026-05-18", "India deposited its instrument of ratification of the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction")
# UN Headquarters (venue), entry into force on 17 January, the COP and the secretariat bids of Chile and Belgium: nothing.
R(d, ["High Seas Alliance", "Rebecca Hubbard"], "called-for", BBNJ, D, "urging \"the remaining G20 members\" to follow")
# Withdrawals: negated, no date.
R(d, "Poland", NOTBOUND, APMBC, None, "Poland ceased to be a party to the Anti-Personnel Mine Ban Convention", negated=True)
RL(d, ["Lithuania", "Latvia", "Estonia"], NOTBOUND, APMBC, None, "also left the treaty this week", negated=True)
R(d, "Finland", NOTBOUND, APMBC, None, "Finland's withdrawal took effect in January", negated=True)
R(d, ["International Campaign to Ban Landmines", "ICBL"], "called-for", APMBC, D,
  "called on all States Parties to \"stand by the Convention\"", required=False)
R(d, "Ukraine", PARTY, APMBC, None, "Ukraine, which remains a State Party")
# Ukraine's suspension of application: nothing.
R(d, "Uruguay", RATIFIED, EUMER, None, "Uruguay became the first country to ratify the EU-Mercosur Partnership Agreement")
RL(d, ["European Union", "Argentina", "Brazil", "Paraguay", "Uruguay"], "signed", EUMER, "2026-01-17",
   "which the European Union and the four Mercosur members - Argentina, Brazil, Paraguay and Uruguay - signed in Asuncion on 17 January")
# The Senate's approval (domestic) and the European Parliament's request for a Court opinion: nothing.
RL(d, ["Norway", "Rwanda"], "called-for", PLAST, D, "called on all countries to conclude an agreement by the end of the year", required=False)

# ===================== 10.md (professional association's member update on IMO conventions, 15 June 2025) =====================
d = "10.md"
D = "2025-06-15"
HKC = ("Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships, 2009",
       ["Hong Kong Convention", "Ship Recycling Convention"])
CTA = ("Cape Town Agreement of 2012", ["Cape Town Agreement"])
TORR = ("Torremolinos Declaration", ["Torremolinos Declaration of October 2019"])
HNS = ("2010 Protocol to the HNS Convention", ["2010 HNS Protocol", "HNS Convention", "2010 Protocol"])
NZF = ("Draft amendments to MARPOL Annex VI containing the IMO Net-Zero Framework", ["IMO Net-Zero Framework", "Net-Zero Framework",
       "amendments to MARPOL Annex VI"])
# Entry into force on 26 June 2025 and its three conditions: nothing.
RL(d, ["Bangladesh", "Liberia"], ACCEDED, HKC, "2023-06-26", "the accessions of Bangladesh and Liberia on 26 June 2023")
R(d, "India", ACCEDED, HKC, "2019-11", "India, whose yards handle a third of global recycling tonnage, acceded in November 2019")
R(d, "Türkiye", RATIFIED, HKC, "2019", "Türkiye ratified in 2019")
R(d, "Pakistan", ACCEDED, HKC, "2023-12", "Pakistan deposited an instrument of accession in December 2023")
# "23 Contracting States" unnamed. "Last month" in the issue of 15 June 2025.
R(d, "Mexico", ACCEDED, CTA, "2025-05", "Last month Mexico deposited an instrument of accession")
R(d, "Peru", RATIFIED, CTA, "2025-05-30", "Peru's instrument of ratification followed on 30 May")
# "48 States undertook to ratify" unnamed; the ten listed signatories of the Declaration are not yet Contracting States.
TL = ["Brazil", "Chile", "Ghana", "Indonesia", "Kenya", "Morocco", "Philippines", ["United Republic of Tanzania", "Tanzania"], "Uruguay", "Viet Nam"]
QTL = ("Signatories of the Declaration that have yet to become Contracting States include: - Brazil - Chile - Ghana - Indonesia - "
       "Kenya - Morocco - the Philippines - Tanzania - Uruguay - Viet Nam")
RL(d, TL, SIGNED_DECL, TORR, "2019-10", QTL)
RL(d, TL, NOTBOUND, CTA, None, QTL, negated=True)
R(d, ["Institute of Marine Surveyors & Consultants", "Institute of Marine Surveyors and Consultants", "Institute"], "called-for", CTA, D,
  "The Institute urges all flag States to accede to the Cape Town Agreement before the 2026 IMO Assembly.")
R(d, "Norway", RATIFIED, HNS, "2017-04-21", "| Norway | Ratification | 21 Apr 2017 |")
R(d, "Canada", RATIFIED, HNS, "2018-04-27", "| Canada | Ratification | 27 Apr 2018 |")
R(d, "Estonia", ACCEDED, HNS, "2023-11-08", "| Estonia | Accession | 8 Nov 2023 |")
RL(d, ["Germany", "Netherlands"], "signed", HNS, "2011", "Germany and the Netherlands signed the 2010 Protocol in 2011")
RL(d, ["Germany", "Netherlands"], NOTRATIFIED, HNS, None, "but have not ratified it", negated=True)
R(d, "France", NOTRATIFIED, HNS, None, "France has told the IMO that it expects to deposit its instrument \"in 2026\"", negated=True)
# The MEPC's approval of draft amendments is not an adoption (negated, optional); the votes against the approval are kept.
R(d, ["Marine Environment Protection Committee", "MEPC"], ADOPTED, NZF, None, "The amendments are not yet adopted", negated=True, required=False)
RL(d, ["Saudi Arabia", "Russian Federation", "United Arab Emirates"], "supported", NZF, "2025-04-11",
   "Saudi Arabia, the Russian Federation and the United Arab Emirates were among those voting against", negated=True)
R(d, "United States", "supported", NZF, None, "the United States has said it will oppose them", negated=True, required=False)
# The Liberian Registry hosting a meeting: nothing.

# ===================== 11 (BRS Secretariat e-Bulletin Vol. 9 No. 1, Geneva, 31 January 2020) =====================
d = "11.txt"
D = "2020-01-31"
BAN = ("Amendment to the Basel Convention (Ban Amendment)", ["Ban Amendment", "Basel Ban Amendment", "decision III/1"])
BASEL = ("Basel Convention", ["Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal"])
PLW = ("Plastic waste amendments to Annexes II, VIII and IX of the Basel Convention", ["plastic waste amendments", "decision BC-14/12"])
PFOA = ("Amendment to Annex A of the Stockholm Convention listing PFOA", ["listing of PFOA", "PFOA amendment"])
HBCD = ("Stockholm Convention amendments listing HBCD", ["HBCD amendment", "amendments listing HBCD"])
ROTT = ("Rotterdam Convention", ["Rotterdam Convention on the Prior Informed Consent Procedure"])
BCOP = ["Conference of the Parties to the Basel Convention", "Conference of the Parties", "COP"]
R(d, BCOP, ADOPTED, BAN, "1995", "the amendment to the Basel Convention adopted by decision III/1 in 1995", required=False)
# Entry into force on 5 December 2019 and the three-fourths rule: nothing.
R(d, "Croatia", RATIFIED, BAN, "2019-09-06", "The trigger was Croatia's ratification on 6 September 2019, the 97th")
R(d, "Guatemala", ACCEPTED, BAN, "2019-12", "Guatemala deposited its instrument of acceptance last month")
R(d, "Namibia", RATIFIED, BAN, "2020-01", "Namibia followed earlier this month with an instrument of ratification")
RL(d, ["Republic of Korea", "Japan"], NOTRATIFIED, BAN, None,
   "the Republic of Korea and Japan, both large exporters of scrap, have not done so", negated=True)
R(d, ["Executive Secretary of the Basel, Rotterdam and Stockholm Conventions", "Executive Secretary", "BRS Secretariat"], "called-for", BAN,
  "2020-01-15", "I urge every Party that has not yet ratified it to do so this year.")
R(d, BCOP, ADOPTED, PLW, "2019-05", "adopted by the Conference of the Parties at its fourteenth meeting in May 2019 (decision BC-14/12)")
# Effective date 1 January 2021, national guidance and the Secretariat's webinar: nothing.
R(d, "United States", "signed", BASEL, "1990", "The United States signed the Basel Convention in 1990")
R(d, "United States", NOTRATIFIED, BASEL, None, "but has never ratified it", negated=True, alt=["is therefore not a Party"])
# Observer at meetings: nothing.
R(d, ["Conference of the Parties to the Stockholm Convention", "Conference of the Parties", "COP"], ADOPTED, PFOA, "2019-05",
  "decided at the ninth meeting of the Conference of the Parties (May 2019)")
R(d, "Canada", NOTRATIFIED, PFOA, None, "Canada has notified that it will apply the listing only once it has ratified the amendment", negated=True)
R(d, "South Sudan", ACCEDED, ROTT, "2019-12-23", "South Sudan acceded to the Rotterdam Convention on 23 December 2019")
# "162 Parties" and the Secretariat's welcome of South Sudan's accession: nothing.
RL(d, ["Nigeria", "Ghana"], RATIFIED, HBCD, "2019",
   "Nigeria's and Ghana's ratification of the Stockholm Convention amendments listing HBCD, both deposited in 2019")
# The Plastic Waste Partnership, pledges by Norway and Japan, Ghana hosting a workshop, meeting venues: nothing.

# ===================== 12.html (NGO coalition's Protect Education Newsletter, New York, 20 June 2022) =====================
d = "12.html"
D = "2022-06-20"
SSD = ("Safe Schools Declaration", ["Declaration"])
GUID = ("Guidelines for Protecting Schools and Universities from Military Use during Armed Conflict", ["Guidelines"])
R2601 = ("Security Council resolution 2601 (2021)", ["resolution 2601", "S/RES/2601 (2021)"])
# Opening for endorsement in Oslo (2015), "116" endorsers and Norway as focal point: nothing.
R(d, "Grenada", ENDORSED, SSD, "2022-04-07",
  "the Minister of Foreign Affairs of Grenada informed Norway, the focal point for the Declaration, that Grenada endorses it")
R(d, "Tuvalu", ENDORSED, SSD, "2022-04-26", "Tuvalu endorsed on 26 April")
R(d, "Mongolia", ENDORSED, SSD, "2022-05", "in May the Declaration was endorsed by Mongolia")
# The Guidelines undertaking follows from the endorsement (optional); the Minister's plan for training: nothing.
RL(d, ["Grenada", "Tuvalu", "Mongolia"], COMMITTED, GUID, None, "these States also undertake to use the", required=False)
RL(d, ["France", "United Kingdom"], ENDORSED, SSD, None, "only France and the United Kingdom have endorsed the Declaration")
RL(d, ["China", "Russian Federation", "United States"], ENDORSED, SSD, None, "China, the Russian Federation and the United States have not",
   negated=True)
R(d, UNSC, ADOPTED, R2601, "2021-10-29", "adopted unanimously on 29 October 2021")
RL(d, ["Niger", "Norway"], "co-sponsored", R2601, None, "Drafted by Niger and Norway", required=False)
# "co-sponsored by 98 Member States" unnamed; the resolution's call is the Council's (optional).
R(d, UNSC, "called-for", SSD, "2021-10-29", "calls on Member States to endorse the", required=False)
R(d, ["Global Coalition to Protect Education from Attack", "GCPEA", "Coalition"], "called-for", SSD, D,
  "The Coalition calls on every State that has not yet done so to endorse the Safe Schools Declaration")
# Spain's offer to host, Nigeria hosting the Abuja conference and its national policy, damage in Ukraine: nothing.
R(d, "Ukraine", ENDORSED, SSD, "2019", "Ukraine endorsed the Declaration in 2019")
R(d, "Canada", ENDORSED, SSD, "2017", "endorsement in 2017 is now reflected in its military doctrine")

# ===================== 13 (ILO International Labour Standards Department, Quarterly Update Q1 2023, Geneva, 31 March 2023) =====================
d = "13.txt"
D = "2023-03-31"
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["C190", "Convention No. 190", "Violence and Harassment Convention"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["C155", "Convention No. 155"])
C187 = ("Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)", ["C187", "Convention No. 187"])
MLC = ("Maritime Labour Convention, 2006", ["MLC, 2006", "MLC"])
MLCA = ("2022 amendments to the Code of the Maritime Labour Convention, 2006", ["2022 amendments to the Code of the MLC, 2006", "2022 MLC amendments"])
OSHR = ("Resolution on the inclusion of a safe and healthy working environment in the ILO's framework of fundamental principles and rights at work",
        ["resolution adding a safe and healthy working environment to the ILO's framework of fundamental principles and rights at work"])
ILC = ["International Labour Conference", "ILC", "Conference"]
# "Eleven ratifications" and "27" ratifying States: unnamed. Registration by the Director-General and entry into force: nothing.
QC190 = "The ratifications by Canada (30 January), Ireland (17 January) and Belgium (13 February) were registered this quarter"
R(d, "Canada", RATIFIED, C190, "2023-01-30", QC190, alt=["Canada C190 30.01.2023"])
R(d, "Ireland", RATIFIED, C190, "2023-01-17", QC190, alt=["Ireland C190 17.01.2023"])
R(d, "Belgium", RATIFIED, C190, "2023-02-13", QC190, alt=["Belgium C190 13.02.2023"])
R(d, ILC, ADOPTED, C190, "2019-06-21", "C190 was adopted by the International Labour Conference on 21 June 2019")
RL(d, ["El Salvador", "Malaysia"], "supported", C190, "2019-06-21", "those of El Salvador and Malaysia abstained", negated=True)
R(d, "Uruguay", RATIFIED, C190, "2020-06", "Uruguay was the first member State to ratify the Convention, in June 2020")
R(d, "Fiji", RATIFIED, C190, None, "followed by Fiji")
# The transmission to the Senate for concurrence: domestic.
R(d, "Philippines", NOTRATIFIED, C190, None, "has said it intends to ratify before the end of 2023", negated=True)
R(d, "Japan", "supported", C190, "2019-06-21", "Japan, which voted for the Convention in 2019")
R(d, "Japan", NOTRATIFIED, C190, None, "has not ratified it", negated=True)
# Labour-law amendments in Japan: domestic.
R(d, ["ILO Director-General", "Director-General", "ILO"], "called-for", C190, "2023-03-08",
  "the Director-General called on all member States to ratify C190")
R(d, ILC, ADOPTED, OSHR, "2022-06", "In June 2022, the Conference adopted a resolution adding a safe and healthy working environment")
R(d, "Costa Rica", RATIFIED, C187, "2023-03-06", "Costa Rica's ratification of C187 (registered on 6 March)")
QC155 = "the ratifications of C155 by Morocco and Lesotho were registered"
R(d, "Morocco", RATIFIED, C155, "2023-03-14", QC155, alt=["Morocco C155 14.03.2023"])
R(d, "Lesotho", RATIFIED, C155, "2023-03-27", QC155, alt=["Lesotho C155 27.03.2023"])
RL(d, ["United States", "India"], NOTRATIFIED, C155, None, "C155 has been ratified by neither the United States nor India", negated=True)
R(d, ["Special Tripartite Committee", "Special Tripartite Committee of the MLC, 2006"], ADOPTED, MLCA, "2022-05",
  "adopted by the Special Tripartite Committee in May 2022")
R(d, ILC, ADOPTED, MLCA, "2022-06", "approved by the Conference in June 2022", required=False)
# Entry into force on 23 December 2024 for Members that have not expressed disagreement: nothing.
R(d, "Bangladesh", RATIFIED, MLC, "2022-11", "Bangladesh became the 101st Member to ratify the MLC, 2006, in November 2022")
# The Committee of Experts' examination and first reports: nothing.

# ===================== 14 (OAS Department of International Law e-newsletter No. 88, Washington, D.C., 28 April 2021) =====================
d = "14.txt"
D = "2021-04-28"
ESC = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
       ["Escazu Agreement", "Escazú Agreement"])
OLD = ("Inter-American Convention on Protecting the Human Rights of Older Persons", ["A-70", "Older Persons Convention"])
DISC = ("Inter-American Convention against All Forms of Discrimination and Intolerance", ["A-69"])
AGRES = ("OAS General Assembly resolution AG/RES. 2959 (L-O/20), International Law", ["AG/RES. 2959 (L-O/20)", "AG/RES. 2959"])
# Entry into force "last Thursday, 22 April"; adopted "in Escazu, Costa Rica" (venue, no actor) under ECLAC's auspices: nothing.
RL(d, ["Mexico", "Argentina"], RATIFIED, ESC, "2021-01-22",
   "The last two instruments needed came from Mexico and Argentina, which both deposited their instruments of ratification on 22 January 2021")
QESP = ("The twelve States Parties - Antigua and Barbuda, Argentina, Bolivia, Ecuador, Guyana, Mexico, Nicaragua, Panama, Saint Kitts and Nevis, "
        "Saint Lucia, Saint Vincent and the Grenadines and Uruguay")
RL(d, ["Antigua and Barbuda", "Bolivia", "Ecuador", "Guyana", "Nicaragua", "Panama", "Saint Kitts and Nevis", "Saint Lucia",
       "Saint Vincent and the Grenadines", "Uruguay"], PARTY, ESC, None, QESP)
RL(d, ["Argentina", "Mexico"], PARTY, ESC, None, QESP, required=False)
R(d, "Chile", "signed", ESC, None, "Notably absent is Chile, which led the negotiations with Costa Rica but has not signed the Agreement", negated=True)
QSNR = "Brazil, Colombia, Costa Rica, Guatemala and Peru have signed but not ratified"
RL(d, ["Brazil", "Colombia", "Costa Rica", "Guatemala", "Peru"], "signed", ESC, None, QSNR)
RL(d, ["Brazil", "Colombia", "Costa Rica", "Guatemala", "Peru"], NOTRATIFIED, ESC, None, QSNR, negated=True)
# Peru's Congress shelving the bill: domestic. The General Secretariat as depositary: nothing.
R(d, "Colombia", RATIFIED, OLD, "2021-03-22",
  "the Permanent Representative of Colombia to the OAS, Ambassador Alejandro Ordonez, deposited Colombia's instrument of ratification")
# "became the eighth State Party" is the same event.
RL(d, ["Argentina", "Bolivia", "Chile", "Costa Rica", "Ecuador", "El Salvador", "Uruguay"], PARTY, OLD, None,
   "after Argentina, Bolivia, Chile, Costa Rica, Ecuador, El Salvador and Uruguay")
R(d, "Mexico", JOINED, OLD, None, "Mexico has announced that it will accede to the Convention this year", negated=True)
R(d, "Mexico", RATIFIED, DISC, "2020", "Mexico's ratification, deposited in 2020")
R(d, "Uruguay", RATIFIED, DISC, None, "was the second after Uruguay's")
R(d, "Ecuador", "signed", DISC, "2013", "Ecuador signed the Convention in 2013")
R(d, "Ecuador", NOTRATIFIED, DISC, None, "has not yet ratified it", negated=True)
# Convention against Corruption: no actions; the MESICIC review of Guatemala: nothing.
R(d, ["OAS Secretary General", "Secretary General of the OAS", "OAS"], "called-for", DISC, "2021-04-15",
  "urged \"all member states that have not yet done so\" to sign and ratify the Inter-American Convention against All Forms of Discrimination and Intolerance")
R(d, ["OAS General Assembly", "General Assembly of the OAS", "General Assembly"], ADOPTED, AGRES, "2020-10",
  "the General Assembly adopted resolution AG/RES. 2959 (L-O/20)")
RL(d, ["United States", "Canada"], "supported", AGRES, "2020-10", "The United States and Canada joined consensus on the resolution", required=False)
# "encourages member states to consider becoming parties to the inter-American treaties": no named instrument; footnotes: nothing.

# ===================== 15 (law firm's client alert, International Trade & Customs, 14 December 2018) =====================
d = "15.txt"
D = "2018-12-14"
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP", "TPP-11"])
TPP = ("Trans-Pacific Partnership", ["TPP", "original TPP", "original Trans-Pacific Partnership"])
USMCA = ("Agreement between the United States of America, the United Mexican States, and Canada", ["USMCA", "CUSMA", "T-MEC"])
EPA = ("EU-Japan Economic Partnership Agreement", ["EU-Japan EPA", "EPA"])
SPA = ("EU-Japan Strategic Partnership Agreement", ["Strategic Partnership Agreement", "SPA"])
# Entry into force (30 December 2018, 14 January 2019, 1 February 2019) and tariff cuts: nothing. Santiago (venue): nothing.
QCS = ("was signed in Santiago, Chile, on 8 March 2018 by the eleven remaining parties to the original Trans-Pacific Partnership: "
       "Australia, Brunei Darussalam, Canada, Chile, Japan, Malaysia, Mexico, New Zealand, Peru, Singapore and Viet Nam")
RL(d, ["Australia", "Brunei Darussalam", "Canada", "Chile", "Japan", "Malaysia", "Mexico", "New Zealand", "Peru", "Singapore", "Viet Nam"],
   "signed", CPTPP, "2018-03-08", QCS)
R(d, "United States", "signed", TPP, "2016-02", "The United States, which signed the original TPP in February 2016")
R(d, "United States", "signed", TPP, None, "withdrew its signature in January 2017", negated=True)
QR = ("Ratifications followed over the year: Mexico (28 June), Japan (6 July), Singapore (19 July), New Zealand (25 October), "
      "Canada (29 October) and Australia (31 October)")
for a, dt in [("Mexico", "2018-06-28"), ("Japan", "2018-07-06"), ("Singapore", "2018-07-19"), ("New Zealand", "2018-10-25"),
              ("Canada", "2018-10-29"), ("Australia", "2018-10-31")]:
    R(d, a, RATIFIED, CPTPP, dt, QR)
R(d, "Viet Nam", RATIFIED, CPTPP, "2018-11-15", "Viet Nam ratified last month, on 15 November")
RL(d, ["Brunei Darussalam", "Chile", "Malaysia", "Peru"], NOTRATIFIED, CPTPP, None,
   "Brunei Darussalam, Chile, Malaysia and Peru have not yet ratified", negated=True)
# The Chilean Chamber of Deputies: domestic.
R(d, "United Kingdom", JOINED, CPTPP, None, "The United Kingdom has said that it intends to seek accession", negated=True)
RL(d, ["Thailand", "Colombia", "Republic of Korea"], JOINED, CPTPP, None, "have also expressed interest in joining", negated=True, required=False)
# The G20 summit in Buenos Aires (venue): nothing. Leaders signing for their States.
RL(d, ["United States", "Canada", "Mexico"], "signed", USMCA, "2018-11-30",
   "President Trump, Prime Minister Trudeau and President Pena Nieto signed the Agreement between the United States of America")
RL(d, ["United States", "Canada", "Mexico"], NOTRATIFIED, USMCA, None, "None of the three countries has ratified the USMCA", negated=True)
# Legislatures' approval (domestic), NAFTA continuing to apply: nothing.
RL(d, ["European Union", "Japan"], "signed", EPA, "2018-07-17", "The EU-Japan EPA was signed in Tokyo on 17 July 2018")
# The European Parliament's consent and the Diet's approval: domestic; the expected exchange of notifications: nothing.
RL(d, ["European Union", "Japan"], "signed", SPA, "2018-07-17", "A parallel Strategic Partnership Agreement was signed on the same day")
# "will also require ratification by each EU Member State": unnamed.

# ===================== 16 (news agency's Week in Review, Saturday 23 September 2017) =====================
d = "16.txt"
D = "2017-09-23"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "Nuclear Ban Treaty"])
PARIS = ("Paris Agreement", ["Paris climate agreement"])
KIG = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment"])
APMBC = ("Anti-Personnel Mine Ban Convention", ["Mine Ban Treaty", "Ottawa Convention", "APMBC"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol to the ICCPR", "Second Optional Protocol"])
CED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["CED", "Convention against Enforced Disappearance"])
PDTIP = ("Political Declaration on the implementation of the Global Plan of Action to Combat Trafficking in Persons",
         ["Political Declaration on the implementation of the Global Plan of Action", "Political Declaration"])
# "Fifty countries signed" names nobody; "on Wednesday" = 20 September 2017. UN Headquarters (venue): nothing.
QR3 = "three of them - Guyana, the Holy See and Thailand - also deposited instruments of ratification on the spot"
RL(d, ["Guyana", "Holy See", "Thailand"], RATIFIED, TPNW, "2017-09-20", QR3)
RL(d, ["Guyana", "Holy See", "Thailand"], "signed", TPNW, "2017-09-20", QR3, required=False)
R(d, "Brazil", "signed", TPNW, "2017-09-20", "Brazil's President Michel Temer was the first to sign")
RL(d, ["Austria", "Costa Rica", "Cuba", "Ireland", "Mexico", "New Zealand", "Nigeria", "Philippines", "South Africa", "Venezuela"],
   "signed", TPNW, "2017-09-20",
   "Among the other early signatories were Austria, Costa Rica, Cuba, Ireland, Mexico, New Zealand, Nigeria, the Philippines, South Africa and Venezuela")
R(d, "Austria", NOTRATIFIED, TPNW, None, "Austria's foreign minister said his country would ratify \"within months\"", negated=True)
R(d, ["UN conference", "United Nations conference", "Conference"], ADOPTED, TPNW, "2017-07-07", "adopted on 7 July by 122 States at a UN conference",
  required=False)
# Entry into force after 50 ratifications; "Not a single nuclear-armed State": nothing.
QP3 = "they \"do not intend to sign, ratify or ever become party to it\""
RL(d, ["United States", "United Kingdom", "France"], "signed", TPNW, None, QP3, negated=True)
RL(d, ["United States", "United Kingdom", "France"], NOTRATIFIED, TPNW, None, QP3, negated=True)
R(d, "Netherlands", "supported", TPNW, "2017-07", "voted against the text in July", negated=True)
R(d, "Netherlands", "signed", TPNW, None, "did not sign on Wednesday", negated=True)
R(d, ["International Campaign to Abolish Nuclear Weapons", "ICAN"], "called-for", TPNW, D,
  "called on every government to sign and ratify the Treaty \"without delay\"")
R(d, "Nicaragua", JOINED, PARIS, None, "her Government will join the Paris Agreement \"in the coming weeks\"", negated=True)
R(d, "Syria", NOTBOUND, PARIS, None, "leaving Syria as the only country outside the Agreement", negated=True)
# The announced intent to withdraw, not yet notified: the US is still a Party (no negated record).
R(d, "United States", PARTY, PARIS, None, "the United States remains a Party")
R(d, "Luxembourg", RATIFIED, KIG, "2017-09-19", "Luxembourg deposited its instrument of ratification of the Kigali Amendment to the Montreal Protocol on Tuesday")
RL(d, ["Mali", "Rwanda"], RATIFIED, KIG, None, "Mali and Rwanda, the host of last year's Meeting of the Parties, had done so earlier")
R(d, "India", NOTRATIFIED, KIG, None, "said it would ratify \"in due course\"", negated=True)
R(d, "Sri Lanka", JOINED, APMBC, None, "Sri Lanka announced at the Assembly that it will accede to the Anti-Personnel Mine Ban Convention", negated=True)
# "97 treaty actions by 45 States": unnamed.
R(d, "Angola", "signed", OP2, "2017-09-19", "Angola signed the Second Optional Protocol to the International Covenant on Civil and Political Rights")
R(d, ["Gambia", "The Gambia"], "signed", CED, "2017-09-21", "On Thursday The Gambia, whose new Government has pledged to abolish capital punishment, signed")
R(d, ["Gambia", "The Gambia"], NOTRATIFIED, CED, None, "its Foreign Minister said ratification would follow next year", negated=True)
R(d, GA, ADOPTED, PDTIP, None, "the Political Declaration on the implementation of the Global Plan of Action is expected to be adopted",
  negated=True, required=False)

gold.finish(MIN_CHARS, MAX_CHARS)
