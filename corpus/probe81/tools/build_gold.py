#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 08.md, 05.html, 10.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity.

Theme: annual reports and year-in-review documents (2016-2026): foreign ministries' annual reports to parliament, treaty
secretariats' and depositaries' annual reports, international organisations' yearly summaries, embassy year-end reviews and
NGO annual impact reports. "We", "our", "the Ministry", "the Government" resolve to the State that reports; an organisation's
"the Secretariat", "the Office", "we" resolve to the organisation. Calls on others to sign, ratify, accede or join are the
caller's `called-for` (dated by the report's date when the report itself makes the call, otherwise undated when only said
to have happened "throughout the year"). Planned, intended, expected, "has yet to", "not yet", "signed but not ratified",
withdrawals are negated records without a date (votes against and abstentions keep theirs). Domestic steps (parliament's
approval, Acts, Cabinet decisions), entry into force, depositary functions, venues and hosts, reservations and
interpretative declarations, implementation, congratulations on others' ratifications and unnamed groups give no record."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Republic of Korea", "Kiribati", "Samoa",
          "Fiji", "Colombia", "Ghana", "Chile", "Mexico", "Germany", "Kenya", "Republic of Moldova", "Netherlands", "Czechia",
          "Türkiye", "Philippines", "Viet Nam", "Thailand", "Cambodia", "Lao PDR", "Brunei Darussalam", "Timor-Leste",
          "Bangladesh", "Rwanda", "Uganda", "Burundi", "Egypt", "China", "Costa Rica", "Ecuador", "Guatemala", "Paraguay",
          "Togo", "Sudan", "South Sudan", "Somalia", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Bolivia", "Venezuela",
          "Côte d'Ivoire", "Democratic Republic of the Congo", "United Republic of Tanzania", "Gambia", "Cabo Verde",
          "Equatorial Guinea", "Guinea", "Bhutan", "Marshall Islands", "Micronesia", "Iran", "Saudi Arabia", "Syria",
          "Cook Islands", "Sao Tome and Principe", "State of Palestine", "Democratic People's Republic of Korea"),
    "New Zealand": ["New Zealand", "Aotearoa New Zealand"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Palau": ["Palau", "Republic of Palau"],
    "Georgia": ["Georgia"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Tuvalu": ["Tuvalu"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (NZ MFAT Annual Report 2019/20, section 2.4; Wellington, 30 September 2020) =====================
# Traps: the Ozone Layer Protection Amendment Act (domestic); the Minister's deposit with the ILO Director-General (no
# separate act); NZ as depositary of the Wellington Convention (nothing for NZ, Palau's accession is recorded); Tonga as
# PACER Plus depositary and entry-into-force note (nothing); the Cabinet decision (domestic, but its content is a planned
# accession: negated); "the Treaty's entry into force is now within reach" (nothing); the interpretative declaration in
# note (2) (nothing in itself; it implies a 1986 ratification, optional). "last December" against the report's date gives
# 2019-12; note (1) gives the day. The Christchurch Call "launched ... by the Prime Minister and President Macron": optional.
d = "01.txt"
D = "2020-09-30"
NZ = "New Zealand"
KIGALI = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment", "Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer"])
P029 = ("Protocol of 2014 to the Forced Labour Convention", ["P029", "Forced Labour Protocol", "Protocol of 2014 to the Forced Labour Convention, 1930"])
PACER = ("Pacific Agreement on Closer Economic Relations Plus", ["PACER Plus", "Pacific Agreement on Closer Economic Relations (PACER Plus)"])
DEPA = ("Digital Economy Partnership Agreement", ["DEPA"])
R7441 = ("General Assembly resolution 74/41", ["resolution 74/41"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
L18 = ("draft resolution A/C.1/74/L.18", ["A/C.1/74/L.18"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention"])
WELL = ("Convention for the Prohibition of Fishing with Long Driftnets in the South Pacific", ["Wellington Convention"])
BUDA = ("Council of Europe Convention on Cybercrime", ["Budapest Convention", "Convention on Cybercrime"])
CCALL = ("Christchurch Call to Action", ["Christchurch Call"])
R74166 = ("resolution on the situation of human rights in the Democratic People's Republic of Korea (resolution 74/166)", ["resolution 74/166"])
L30 = ("draft on unilateral coercive measures (A/C.3/74/L.30)", ["A/C.3/74/L.30"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
RARO = ("Treaty of Rarotonga", ["South Pacific Nuclear Free Zone Treaty"])
R(d, NZ, RATIFIED, KIGALI, "2019-10-03", "New Zealand ratified the Kigali Amendment to the Montreal Protocol on 3 October 2019")
R(d, NZ, RATIFIED, P029, "2019-12-13", "The Protocol of 2014 to the Forced Labour Convention (P029) was ratified by New Zealand on 13 December 2019")
R(d, NZ, RATIFIED, PACER, "2019-12-14", "our ratification, deposited in Nuku'alofa last December",
  alt=["Instrument of ratification deposited with the Government of Tonga as depositary on 14 December 2019"])
RL(d, ["Samoa", "Kiribati", "Tonga"], RATIFIED, PACER, None, "was followed by those of Samoa, Kiribati and Tonga")
RL(d, [NZ, "Singapore", "Chile"], "signed", DEPA, "2020-06-12", "New Zealand and Singapore signed the Digital Economy Partnership Agreement (DEPA), together with Chile")
R(d, NZ, "co-sponsored", R7441, None, "We co-sponsored General Assembly resolution 74/41 on nuclear disarmament")
R(d, NZ, "supported", R7441, "2019-12", "voted for it in December 2019")
R(d, NZ, RATIFIED, TPNW, "2018-07-31", "New Zealand ratified the Treaty on the Prohibition of Nuclear Weapons (TPNW) on 31 July 2018")
R(d, NZ, "called-for", TPNW, None, "Ministers and officials urged all States to sign and ratify the Treaty")
RL(d, ["Fiji", "Vanuatu", "Tuvalu"], RATIFIED, TPNW, None, "Fiji, Vanuatu and Tuvalu ratified the TPNW during the period")
R(d, NZ, "supported", L18, None, "New Zealand voted against draft resolution A/C.1/74/L.18", negated=True)
R(d, NZ, "ratified", RARO, "1986", "The interpretative declaration New Zealand made on ratifying the Treaty of Rarotonga in 1986", required=False)
R(d, NZ, "signed", MINAMATA, "2013", "which New Zealand signed in 2013")
R(d, NZ, NOTRATIFIED, MINAMATA, None, "has not yet been ratified", negated=True,
  alt=["The Ministry expects New Zealand to ratify it during 2020/21."])
R(d, "Palau", ACCEDED, WELL, "2020-02", "the Ministry received the instrument of accession of the Republic of Palau in February 2020")
R(d, NZ, NOTBOUND, BUDA, None, "New Zealand is not yet a party to that Convention", negated=True,
  alt=["Cabinet agreed in principle in May 2020 that New Zealand should accede to the Council of Europe Convention on Cybercrime"])
RL(d, ["Ghana", "Colombia", "Georgia"], ENDORSED, CCALL, None, "was endorsed in the year under review by Ghana, Colombia and Georgia")
RL(d, [NZ, ["France", "President Macron"]], ["adopted", "endorsed"], CCALL, "2019-05", "launched in Paris in May 2019 by the Prime Minister and President Macron", required=False)
R(d, NZ, "supported", R74166, "2019-11", "New Zealand voted for the resolution on the situation of human rights in the Democratic People's Republic of Korea")
R(d, NZ, "supported", L30, "2019-11", "abstained on the draft on unilateral coercive measures (A/C.3/74/L.30)", negated=True)
R(d, NZ, "called-for", CAT, D, "We continue to encourage Pacific partners to accede to the Convention against Torture and its Optional Protocol")
R(d, NZ, "called-for", OPCAT, D, "We continue to encourage Pacific partners to accede to the Convention against Torture and its Optional Protocol")

# ===================== 02 (CTBTO Preparatory Commission, Annual Report 2018, chapter 1; Vienna, June 2019) =====================
# Traps: the UN Secretary-General "as depositary" (nothing); the Ministerial Meeting's co-hosts (hosts: nothing); Angola's
# National Assembly approval (domestic; Angola stays a signatory: negated ratification); "co-sponsored by 107 Member States"
# (unnamed); "184 States ... 167" (unnamed); Table 1 repeats the prose (first quote kept); entry into force in the footnote;
# the Programme and Budget (not an instrument); Austria as host State under the Headquarters Agreement (nothing). The
# Ministers' call is optional (the caller is a meeting). "last November" is a repeat of the same call (alt quote).
d = "02.txt"
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Test-Ban Treaty"])
JMS = ("Joint Ministerial Statement of the Friends of the CTBT (2018)", ["Joint Ministerial Statement", "Friends of the CTBT Joint Ministerial Statement"])
R7386 = ("General Assembly resolution 73/86", ["resolution 73/86", "A/RES/73/86"])
FAMN = ("facility agreement with the Government of Mongolia concerning the auxiliary seismic station AS067", ["facility agreement"])
ZERBO = ["Lassina Zerbo", "Executive Secretary", "CTBTO", "CTBTO Preparatory Commission", "Preparatory Commission for the CTBTO", "Provisional Technical Secretariat"]
R(d, "Thailand", RATIFIED, CTBT, "2018-09-25", "Thailand deposited its instrument of ratification with the Secretary-General of the United Nations")
R(d, "Tuvalu", "signed", CTBT, "2018-09-25", "Tuvalu signed the Treaty on the same day")
SNR = "China, Egypt, the Islamic Republic of Iran, Israel and the United States of America -- have signed but not ratified the Treaty"
for a in ["China", "Egypt", "Iran", "Israel", "United States"]:
    R(d, a, "signed", CTBT, None, SNR)
    R(d, a, NOTRATIFIED, CTBT, None, SNR, negated=True)
NSN = "The Democratic People's Republic of Korea, India and Pakistan have neither signed nor ratified it"
for a in [["Democratic People's Republic of Korea", "DPRK", "North Korea"], "India", "Pakistan"]:
    R(d, a, "signed", CTBT, None, NSN, negated=True)
    R(d, a, NOTRATIFIED, CTBT, None, NSN, negated=True)
R(d, ZERBO, "called-for", CTBT, "2018-09-27", "he called on \"each and every one of the eight Annex 2 States to sign and ratify the Treaty without further delay\"",
  alt=["He reiterated that call in Tokyo last November"])
RL(d, ["Kazakhstan", "Mexico", "Philippines", "Indonesia", "South Africa"], ENDORSED, JMS, "2018-09-27",
   "Its Joint Ministerial Statement was endorsed by 72 States, among them Kazakhstan, Mexico, the Philippines, Indonesia and South Africa")
R(d, ["Friends of the CTBT", "Ministerial Meeting of the Friends of the CTBT", "the Ministers"], "called-for", CTBT, "2018-09-27",
  "The Ministers urged all States that have not yet done so to sign and ratify the Treaty", required=False)
R(d, "Angola", NOTRATIFIED, CTBT, None, "the instrument of ratification had not been deposited by the end of the year", negated=True)
R(d, "Angola", "signed", CTBT, None, "Angola therefore remains a Signatory State", required=False)
R(d, "Sri Lanka", "signed", CTBT, "1996", "Sri Lanka, which signed the Treaty in 1996")
R(d, "Sri Lanka", NOTRATIFIED, CTBT, None, "confirmed its intention to ratify at an early date", negated=True)
R(d, GA, "adopted", R7386, "2018-12-05", "the United Nations General Assembly adopted resolution 73/86")
R(d, ["Democratic People's Republic of Korea", "DPRK", "North Korea"], "supported", R7386, "2018-12-05", "The Democratic People's Republic of Korea voted against", negated=True)
RL(d, ["India", "Mauritius", "Syria", "United States"], "supported", R7386, "2018-12-05",
   "India, Mauritius, the Syrian Arab Republic and the United States abstained", negated=True)
RL(d, ["Mongolia", ZERBO[3:]], "signed", FAMN, "2018-05-16", "the Commission concluded a facility agreement with the Government of Mongolia", required=False)

# ===================== 03 (Control Arms, Annual Report 2020, Markdown; published 15 April 2021) =====================
# Traps: quotes avoid the bold actor names (Markdown emphasis); Palestine's item is outside 2020 but still states a dated
# ratification ("became a State Party in 2018" is the same event); "We welcomed the decision" (welcoming another's
# accession: nothing); China's missing annual report (implementation); the UN Secretary-General as depositary; the US
# withdrawal of signature (negated signature, and a negated party record for "does not intend to become a party");
# Thailand's Cabinet and the ratification bill (domestic); CSP6 held "under the presidency of Argentina", Latvia to preside,
# decisions on the budget (nothing); "ten Latin American States" (unnamed); the later urging of Angola, Bangladesh and
# Rwanda repeats Control Arms' call (alt quote). "late October" is 2020-10 from the year heading.
d = "03.md"
CA = ["Control Arms", "Control Arms Coalition", "Control Arms Coalition Secretariat"]
ATT = ("Arms Trade Treaty", ["ATT"])
RATT = ("First Committee resolution on the ATT (A/RES/75/62)", ["A/RES/75/62", "resolution 75/62", "resolution on the Arms Trade Treaty"])
R(d, "Afghanistan", ACCEDED, ATT, "2020-02-11", "acceded on 11 February 2020")
R(d, "State of Palestine", RATIFIED, ATT, "2017-12-29", "ratification deposited 29 December 2017")
R(d, "Niue", ACCEDED, ATT, "2020-08-18", "accession deposited with the UN Secretary-General on 18 August 2020")
R(d, "Namibia", RATIFIED, ATT, "2020-06-22", "ratified the Treaty on 22 June 2020")
R(d, "China", ACCEDED, ATT, "2020-07-06", "China's accession to the ATT on 6 July 2020 was the headline of the year")
R(d, ["Sao Tome and Principe", "São Tomé and Príncipe"], RATIFIED, ATT, "2020-10", "Sao Tome and Principe deposited its instrument of ratification in late October")
R(d, "United States", "signed", ATT, None, "the United States formally withdrew its signature of the Treaty", negated=True,
  alt=["the US is therefore no longer a signatory"])
R(d, "United States", NOTBOUND, ATT, None, "the Administration has said it does not intend to become a party", negated=True)
SNR = "At year end, 31 States had signed the ATT but not ratified it."
LIST = "Our priority countries in 2020 were: Angola, Bahrain, Bangladesh, Cambodia, Colombia, Djibouti, Israel, Malawi, Rwanda, Thailand and Ukraine"
for a in ["Angola", "Bahrain", "Bangladesh", "Cambodia", "Colombia", "Djibouti", "Israel", "Malawi", "Rwanda", "Thailand", "Ukraine"]:
    R(d, a, NOTRATIFIED, ATT, None, LIST, negated=True)
    R(d, a, "signed", ATT, None, LIST, required=False)
RL(d, ["Mexico", "Nigeria", "New Zealand", "Costa Rica", "United Kingdom"], "co-sponsored", RATT, "2020",
   "co-sponsored this year by, among others, Mexico, Nigeria, New Zealand, Costa Rica and the United Kingdom")
R(d, GA, "adopted", RATT, "2020-12", "was adopted by the General Assembly in December")
RL(d, ["Russian Federation", "Iran"], "supported", RATT, "2020-12", "Russia and Iran abstained", negated=True)
R(d, CA, "called-for", ATT, "2020-10-19", "Control Arms again called on all States that have not yet done so to join the Arms Trade Treaty",
  alt=["We urge the Governments of Angola, Bangladesh and Rwanda to complete ratification before CSP7"])

# ===================== 04 (Embassy of Finland, Nairobi, "The year 2023 in review"; 20 December 2023) =====================
# Traps: the Hungarian and Turkish parliaments' approval of the accession protocol (domestic); the Embassy's seminar and
# flag-raising; Nairobi as host of the Summit (nothing); Finland "welcomed" the Declaration itself (a welcomed record);
# implementation of the agriculture programme; the European Parliament's consent (internal step); "strongly supported the
# conclusion of the EPA in the Council" (optional); "earlier this year" = 2023 from the dateline; Finland's support for
# Somalia's preparations (nothing for Finland). "On 18 December" takes its year from the dateline.
d = "04.txt"
FI = "Finland"
NAT = ("North Atlantic Treaty", ["NATO", "Washington Treaty"])
ES116 = ("General Assembly resolution ES-11/6", ["resolution ES-11/6", "A/RES/ES-11/6"])
NAIR = ("Nairobi Declaration on Climate Change and Call to Action", ["Nairobi Declaration"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["BBNJ", "BBNJ Agreement", "High Seas Treaty"])
EPA = ("Economic Partnership Agreement (EU-Kenya)", ["EPA", "EU-Kenya Economic Partnership Agreement", "Economic Partnership Agreement"])
APOS = ("Hague Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", ["Apostille Convention"])
CAT = ("Convention against Torture", ["CAT"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD"])
R(d, FI, ACCEDED, NAT, "2023-04-04", "Finland's accession to the North Atlantic Treaty on 4 April 2023")
R(d, FI, "co-sponsored", ES116, None, "Finland co-sponsored General Assembly resolution ES-11/6")
R(d, GA, "adopted", ES116, "2023-02-23", "adopted on 23 February 2023", required=False)
RL(d, ["Kenya", "Somalia"], "supported", ES116, "2023-02-23", "Kenya voted in favour, as did Somalia")
R(d, "Uganda", "supported", ES116, "2023-02-23", "Uganda abstained", negated=True)
R(d, ["Africa Climate Summit", "first Africa Climate Summit"], ADOPTED, NAIR, "2023-09", "The Summit adopted the Nairobi Declaration on Climate Change and Call to Action")
R(d, FI, "welcomed", NAIR, None, "which Finland welcomed as a strong African voice ahead of COP28")
R(d, FI, COMMITTED, PARIS, "2023-10", "reaffirmed Finland's commitment to the Paris Agreement during his visit in October")
R(d, FI, "signed", BBNJ, "2023-09-20", "Foreign Minister Elina Valtonen signed it in New York on 20 September 2023",
  alt=["Finland was among the first countries to sign the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"])
R(d, "Kenya", "signed", BBNJ, None, "has not yet signed the Agreement", negated=True)
RL(d, ["European Union", "Kenya"], "signed", EPA, "2023-12-18", "On 18 December the European Union and Kenya signed the Economic Partnership Agreement (EPA)")
R(d, FI, "supported", EPA, None, "Finland, as an EU Member State, strongly supported the conclusion of the EPA in the Council", required=False)
R(d, "Kenya", ACCEDED, APOS, "2023", "Kenya acceded to the Hague Convention Abolishing the Requirement of Legalisation for Foreign Public Documents")
R(d, FI, "called-for", OPCAT, None, "The Embassy continued to encourage Kenya to ratify the Optional Protocol to the Convention against Torture")
R(d, "Kenya", PARTY, CAT, None, "Kenya is a party to the Convention itself")
R(d, "Kenya", NOTBOUND, OPCAT, None, "but not to the Protocol", negated=True)
R(d, "Somalia", "signed", CRPD, "2018", "Somalia signed the Convention in 2018")
R(d, "Somalia", RATIFIED, CRPD, "2019-08", "ratified it in August 2019")
R(d, "Somalia", NOTBOUND, OPCRPD, None, "the Optional Protocol, which Somalia has yet to join", negated=True,
  alt=["preparations to accede to the Optional Protocol to the Convention on the Rights of Persons with Disabilities"])

# ===================== 05 (Council of Europe Treaty Office, "2024 in review", saved HTML page; Strasbourg, 15 January 2025) =====================
# Traps: Vilnius and the Ministers' conference (venue); "No State has yet ratified it" (unnamed); entry-into-force
# condition; "Ten years after its entry into force" and "39 Parties" (unnamed); the Lithuanian bill before the Seimas
# (domestic); Azerbaijan's withdrawal of a reservation (nothing); the depositary note; declarations at signature; the
# table counts. Türkiye's denunciation is a negated party record (undated, as negated). The Committee of Ministers'
# invitation to Kazakhstan is optional as a call; Kazakhstan not having deposited is a negated accession.
# Quotes avoid the entities (&nbsp; in "CETS No. 225", &ndash; around the list of six, &ldquo; &rdquo;).
d = "05.html"
SG = ["Secretary General of the Council of Europe", "Secretary General", "Marija Pejčinović Burić", "Council of Europe"]
COM = ["Committee of Ministers", "Committee of Ministers of the Council of Europe", "Council of Europe"]
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "CETS No. 225", "AI Convention", "Framework Convention"])
IST = ("Istanbul Convention", ["Council of Europe Convention on preventing and combating violence against women and domestic violence"])
SAP = ("Second Additional Protocol to the Convention on Cybercrime", ["Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence"])
P108 = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", ["Convention 108+", "amending Protocol to Convention 108"])
C108 = ("Convention 108", ["Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data"])
BUDA = ("Convention on Cybercrime", ["Budapest Convention"])
R(d, COM, "adopted", AIC, "2024-05-17", "adopted by the Committee of Ministers on 17 May 2024")
RL(d, ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"],
   "signed", AIC, "2024-09-05",
   "It was signed on that day by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino, the United Kingdom, Israel, the United States of America and the European Union")
R(d, "Montenegro", "signed", AIC, "2024-12", "Montenegro signed it in December")
R(d, SG, "called-for", AIC, None, "The Secretary General, Marija Pejčinović Burić, called on", alt=["to sign and ratify the Framework Convention"])
R(d, "European Union", PARTY, IST, "2023-10-01", "which has been a Party since 1 October 2023")
SIX = "Armenia, Bulgaria, Czechia, Hungary, Lithuania and Slovakia"
for a in ["Armenia", "Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"]:
    R(d, a, "signed", IST, None, SIX)
    R(d, a, NOTRATIFIED, IST, None, SIX, negated=True, alt=["have signed but not ratified it"])
R(d, "Türkiye", NOTBOUND, IST, None, "Türkiye denounced the Convention in 2021 and is no longer a Party", negated=True)
R(d, SG, "called-for", IST, "2024-11-25", "the Secretary General urged the six States to complete ratification")
R(d, "Japan", RATIFIED, SAP, "2024-06-24", "was ratified by Japan on 24 June 2024")
R(d, "Serbia", RATIFIED, SAP, "2024-10-04", "by Serbia on 4 October 2024")
RL(d, ["Armenia", "Mauritius", "Argentina"], RATIFIED, P108, "2024", "Armenia, Mauritius and Argentina ratified the Protocol amending the Convention for the Protection of Individuals")
R(d, "Mauritius", ACCEDED, C108, "2016", "it joined Convention 108 itself by accession in 2016")
R(d, "Kazakhstan", NOTBOUND, BUDA, None, "has not yet deposited an instrument", negated=True)
R(d, COM, "called-for", BUDA, "2024", "Kazakhstan was invited to accede to the Convention by the Committee of Ministers in 2024", required=False)

# ===================== 06 (Estonia MFA, "Foreign policy in 2016", Minister's report to the Riigikogu; Tallinn, 9 February 2017) =====================
# Traps: "the day it entered into force" (entry into force); "on 22 April" and "on 19 December" take 2016 from the year
# under review; the Warsaw Summit and the battlegroup (nothing); Estonia "supported the Council decision" (a decision, not
# an instrument: nothing); the Riigikogu's first reading and the Penal Code amendments (domestic); "ratification by the
# Russian side has not been initiated" repeats Russia's negated ratification; ATT annual report, Trust Fund contribution
# and Vice-Presidency (implementation / office: nothing); the Presidency of the Council of the EU (nothing). The eleven
# bilateral agreements are unnamed except two, whose partners are optional.
d = "06.txt"
EE = "Estonia"
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
R71205 = ("UN General Assembly resolution 71/205", ["resolution 71/205", "A/RES/71/205"])
SSD = ("Safe Schools Declaration", [])
READM = ("agreement with Georgia on the readmission of persons", ["Estonia-Georgia readmission agreement", "readmission agreement"])
SOCSEC = ("social security agreement with Ukraine", ["Estonia-Ukraine social security agreement", "social security agreement"])
SBT = ("State Border Treaty (Estonia-Russia)", ["State Border Treaty", "border treaties"])
MAR = ("Treaty on the Delimitation of the Maritime Areas in the Narva Bay and the Gulf of Finland", ["maritime delimitation treaty", "border treaties"])
IST = ("Istanbul Convention", ["Council of Europe Convention on preventing and combating violence against women and domestic violence"])
KAMP = ("Kampala amendments to the Rome Statute", ["Kampala amendments", "amendments on the crime of aggression"])
ATT = ("Arms Trade Treaty", ["ATT"])
R71190 = ("resolution 71/190 on the promotion of a democratic and equitable international order", ["resolution 71/190", "A/RES/71/190"])
R71179 = ("resolution 71/179 on combating glorification of Nazism", ["resolution 71/179", "A/RES/71/179"])
KIG = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment"])
MP = ("Montreal Protocol", ["Montreal Protocol on Substances that Deplete the Ozone Layer"])
R(d, EE, RATIFIED, PARIS, "2016-11-04", "Estonia ratified the Paris Agreement on 4 November 2016")
R(d, EE, "signed", PARIS, "2016-04-22", "having signed it in New York on 22 April")
R(d, EE, "co-sponsored", R71205, None, "The Government co-sponsored UN General Assembly resolution 71/205")
R(d, EE, "supported", R71205, "2016-12-19", "voted for it on 19 December")
R(d, EE, ENDORSED, SSD, "2016-06", "Estonia endorsed the Safe Schools Declaration in June")
R(d, EE, "signed", READM, "2016", "an agreement with Georgia on the readmission of persons")
R(d, "Georgia", "signed", READM, "2016", "an agreement with Georgia on the readmission of persons", required=False)
R(d, EE, "signed", SOCSEC, "2016", "a social security agreement with Ukraine")
R(d, "Ukraine", "signed", SOCSEC, "2016", "a social security agreement with Ukraine", required=False)
R(d, "European Union", RATIFIED, PARIS, "2016-10-05", "The European Union itself ratified the Paris Agreement on 5 October 2016")
QB = "were signed by the foreign ministers of Estonia and Russia in Moscow on 18 February 2014"
QN = "Neither Estonia nor Russia has ratified the treaties"
for T in (SBT, MAR):
    RL(d, [EE, "Russian Federation"], "signed", T, "2014-02-18", QB)
    R(d, EE, NOTRATIFIED, T, None, QN, negated=True)
    R(d, "Russian Federation", NOTRATIFIED, T, None, QN, negated=True, alt=["ratification by the Russian side has not been initiated"])
R(d, EE, "signed", IST, "2014-12-02", "Estonia signed the Council of Europe Convention on preventing and combating violence against women and domestic violence")
R(d, EE, NOTRATIFIED, IST, None, "The Government intends to submit it to the Riigikogu for ratification in the first half of 2017", negated=True,
  alt=["We will also seek to complete the ratification of the Istanbul Convention."])
R(d, EE, RATIFIED, KAMP, "2013-03-27", "Estonia, which ratified the Kampala amendments to the Rome Statute on 27 March 2013")
R(d, EE, "called-for", KAMP, None, "continued to call on all States Parties to ratify them")
R(d, EE, PARTY, ATT, "2014", "As a State Party to the Arms Trade Treaty since 2014")
R(d, EE, "supported", R71190, "2016-12-19", "Estonia voted against resolution 71/190", negated=True)
R(d, EE, "supported", R71179, "2016-12-19", "abstained on resolution 71/179", negated=True)
R(d, ["Parties to the Montreal Protocol", "Meeting of the Parties to the Montreal Protocol"], "adopted", KIG, "2016-10-15",
  "the Kigali Amendment to the Montreal Protocol was adopted on 15 October 2016 by the Parties to the Montreal Protocol")
R(d, EE, NOTRATIFIED, KIG, None, "will now prepare for its ratification", negated=True)
R(d, EE, PARTY, MP, "1996", "Estonia has been a party to the Montreal Protocol since 1996")

# ===================== 07 (OPCW, report on the implementation of the CWC in 2018, C-24/4; 10 July 2019) =====================
# Traps: the UN Secretary-General (depositary) and entry into force for South Sudan (nothing); "193 States Parties"
# (unnamed); The Hague workshop "hosted by the Netherlands" (host); destruction of stockpiles and the US completion date
# (implementation, not a commitment to the instrument); EC decision and resolution 2118 (2013) only implemented; the
# Syrian declaration (nothing); the Host Country Committee; implementing legislation (domestic) and the Secretariat's
# encouragement to adopt legislation (not a call to join); Table 1 repeats paragraph 2. The decision's proposer and
# written supporters are optional co-sponsors; Poland "introduced the draft" is optional.
d = "07.txt"
CWC = ("Chemical Weapons Convention", ["CWC", "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction"])
DG = ["Fernando Arias", "Director-General", "OPCW Director-General", "OPCW", "Organisation for the Prohibition of Chemical Weapons"]
DEC3 = ("decision C-SS-4/DEC.3, \"Addressing the Threat from Chemical Weapons Use\"", ["C-SS-4/DEC.3", "Addressing the Threat from Chemical Weapons Use"])
CSP = ["Conference of the States Parties", "Fourth Special Session of the Conference of the States Parties", "OPCW Conference of the States Parties"]
R7345 = ("General Assembly resolution 73/45", ["resolution 73/45", "A/RES/73/45"])
PIA = ("agreement on the privileges and immunities of the OPCW (Ethiopia)", ["privileges and immunities agreement"])
DPRK = ["Democratic People's Republic of Korea", "DPRK", "North Korea"]
R(d, "South Sudan", ACCEDED, CWC, "2018-10-20", "South Sudan deposited its instrument of accession")
R(d, "Israel", "signed", CWC, "1993-01-13", "Israel, signed the Convention on 13 January 1993")
R(d, "Israel", NOTRATIFIED, CWC, None, "but has not ratified it", negated=True)
QNS = "Egypt and the Democratic People's Republic of Korea have neither signed nor acceded to it"
for a in ["Egypt", DPRK]:
    R(d, a, "signed", CWC, None, QNS, negated=True)
    R(d, a, ACCEDED + ["ratified"], CWC, None, QNS, negated=True)
R(d, DG, "called-for", CWC, "2018-09", "called on the three remaining States to join the Convention")
R(d, "Syria", ACCEDED, CWC, "2013-09", "which acceded to the Convention in September 2013")
R(d, CSP, "adopted", DEC3, "2018-06-27", "The Fourth Special Session of the Conference of the States Parties adopted, on 27 June 2018, decision C-SS-4/DEC.3")
R(d, "United Kingdom", ["co-sponsored", "supported"], DEC3, None, "The decision was proposed by the United Kingdom", required=False)
RL(d, ["France", "Germany", "Canada", "Australia", "Japan", "Poland"], ["co-sponsored", "supported"], DEC3, None,
   "supported in writing by a group of States including France, Germany, Canada, Australia, Japan and Poland", required=False)
RL(d, ["Russian Federation", "China", "Iran"], "supported", DEC3, "2018-06-27",
   "The Russian Federation, China and the Islamic Republic of Iran voted against the decision", negated=True)
R(d, GA, "adopted", R7345, "2018-12-05", "the General Assembly adopted resolution 73/45 on the implementation of the Convention")
R(d, "Poland", ["co-sponsored", "supported"], R7345, None, "Poland, which traditionally presents the text, introduced the draft in the First Committee", required=False)
R(d, ["Ethiopia", "Government of Ethiopia"], "signed", PIA, "2018-05-14", "The OPCW and the Government of Ethiopia signed an agreement on the privileges and immunities of the OPCW")
R(d, DG[3:], "signed", PIA, "2018-05-14", "The OPCW and the Government of Ethiopia signed an agreement on the privileges and immunities of the OPCW", required=False)

# ===================== 08 (ICAN Impact Report 2022, Markdown; Geneva, March 2023) =====================
# Traps: the numbers table (unnamed); "Nine States" (count); Vienna as venue and Austria's presidency; Indonesia's
# submission to the House of Representatives (domestic; its content is the planned ratification, alt quote); "attended
# as observers" (nothing in itself; "None of them is a party" gives negated party records); "We welcomed their presence"
# (nothing); Mexico to preside over 2MSP (nothing); "All five permanent members of the Security Council voted against"
# (unnamed: nothing); Sweden "had studied accession in 2019" (nothing); the Nobel Prize footer. Dates: "on 23 March" and
# "on 29 June" take 2022 from the heading; "between May and July" gives only the year.
d = "08.md"
ICAN = ["ICAN", "International Campaign to Abolish Nuclear Weapons"]
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
MSP1 = ["First Meeting of States Parties", "1MSP", "States Parties to the TPNW", "First Meeting of States Parties to the TPNW"]
VDEC = ("Vienna Declaration", ["Vienna Declaration of the First Meeting of States Parties"])
VAP = ("Vienna Action Plan", ["50-point Vienna Action Plan"])
R7754 = ("General Assembly resolution 77/54", ["resolution 77/54", "A/RES/77/54"])
R(d, "Côte d'Ivoire", RATIFIED, TPNW, "2022-03-23", "Côte d'Ivoire ratified on 23 March")
RL(d, ["Cabo Verde", "Grenada", "Timor-Leste"], RATIFIED, TPNW, "2022", "Cabo Verde, Grenada and Timor-Leste followed between May and July")
R(d, "Malawi", RATIFIED, TPNW, "2022-06-29", "Malawi deposited its instrument of ratification on 29 June")
RL(d, ["Democratic Republic of the Congo", "Guatemala"], RATIFIED, TPNW, "2022-09-22",
   "the Democratic Republic of the Congo and Guatemala ratified at the high-level signing ceremony in New York on 22 September 2022")
R(d, "Barbados", "signed", TPNW, "2022-09-22", "where Barbados also signed the Treaty")
R(d, "Indonesia", "signed", TPNW, "2017", "Indonesia, which signed in 2017")
R(d, "Indonesia", NOTRATIFIED, TPNW, None, "has yet to ratify", negated=True,
  alt=["his Government would submit the Treaty to the House of Representatives for ratification"])
R(d, "Brazil", "signed", TPNW, None, "Brazil, a signatory since the Treaty opened for signature")
R(d, "Brazil", NOTRATIFIED, TPNW, None, "also has not ratified", negated=True)
R(d, ICAN, "called-for", TPNW, "2023-03", "We continue to call on all States, and in particular the nuclear-armed States and their allies, to sign and ratify the TPNW")
R(d, MSP1, "adopted", VDEC, "2022-06-23", "It adopted the Vienna Declaration and the 50-point Vienna Action Plan on 23 June")
R(d, MSP1, "adopted", VAP, "2022-06-23", "It adopted the Vienna Declaration and the 50-point Vienna Action Plan on 23 June")
for a in ["Germany", "Netherlands", "Norway", "Belgium", "Australia"]:
    R(d, a, NOTBOUND, TPNW, None, "None of them is a party to the Treaty", negated=True,
      alt=["Germany \"will not accede\" as long as it remains in NATO's nuclear sharing arrangements"] if a == "Germany" else None)
R(d, GA, "adopted", R7754, "2022-12-07", "The General Assembly adopted resolution 77/54 on the TPNW on 7 December 2022")
RL(d, ["Austria", "Ireland", "Mexico", "New Zealand", "Nigeria", "South Africa", "Thailand", "Brazil"], "co-sponsored", R7754, None,
   "It was co-sponsored by Austria, Ireland, Mexico, New Zealand, Nigeria, South Africa, Thailand and Brazil")
RL(d, ["Sweden", "Switzerland"], "supported", R7754, "2022-12-07", "Sweden and Switzerland abstained", negated=True)
R(d, "Sweden", NOTBOUND, TPNW, None, "announced in 2022 that it would not join", negated=True)

# ===================== 09 (ILO NORMES information note, "Ratifications and other treaty actions in 2021"; Geneva, 14 January 2022) =====================
# Traps: the Director-General registers ratifications (depositary: nothing for the ILO); "63 ratifications ... by 37
# member States" and "56 member States" (counts); entry into force of C190 and of the 2018 MLC amendments; Spain's and
# Peru's legislatures' approval (domestic; not communicated, so negated ratifications); Australia's declaration on external
# territories (nothing); Senegal's ratification of C188 "automatically entailed the denunciation" of C125 (optional
# negated party); the Conference "held online" (venue); "No new Convention was adopted" (nothing); Table A counts.
# Days without years take 2021 from the heading.
d = "09.txt"
ILODG = ["Guy Ryder", "Director-General", "ILO Director-General", "ILO", "International Labour Organization"]
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["C190", "Convention No. 190", "Violence and Harassment Convention"])
P029 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["P029", "Forced Labour Protocol"])
C129 = ("Labour Inspection (Agriculture) Convention, 1969 (No. 129)", ["C129", "Convention No. 129"])
C087 = ("Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)", ["C087", "C87", "Convention No. 87"])
C098 = ("Right to Organise and Collective Bargaining Convention, 1949 (No. 98)", ["C098", "C98", "Convention No. 98"])
C029 = ("Forced Labour Convention, 1930 (No. 29)", ["C029", "C29", "Convention No. 29"])
MLC = ("Maritime Labour Convention, 2006", ["MLC, 2006", "MLC"])
C188 = ("Work in Fishing Convention, 2007 (No. 188)", ["C188", "Convention No. 188"])
C125 = ("Fishermen's Competency Certificates Convention, 1966 (No. 125)", ["C125", "Convention No. 125"])
C063 = ("Labour Statistics Convention, 1938 (No. 63)", ["C063", "C63", "Convention No. 63"])
C160 = ("Convention No. 160", ["C160", "Labour Statistics Convention, 1985 (No. 160)"])
GCA = ("Global Call to Action for a Human-centred Recovery from the COVID-19 Crisis that is Inclusive, Sustainable and Resilient", ["Global Call to Action"])
ILC = ["International Labour Conference", "109th Session of the International Labour Conference", "ILO"]
for a, dt, q in [("Argentina", "2021-02-23", "Argentina (23 February)"), ("Somalia", "2021-03-08", "Somalia (8 March)"),
                 ("Ecuador", "2021-05-19", "Ecuador (19 May)"), ("Mauritius", "2021-07-01", "Mauritius (1 July)"),
                 ("Greece", "2021-08-30", "Greece (30 August)"), ("Italy", "2021-10-29", "Italy (29 October)"),
                 ("South Africa", "2021-11-29", "South Africa (29 November)"), ("San Marino", "2021-12", "San Marino and Panama (December)"),
                 ("Panama", "2021-12", "San Marino and Panama (December)")]:
    R(d, a, RATIFIED, C190, dt, q)
RL(d, ["Spain", "Peru"], NOTRATIFIED, C190, None, "the instruments had not been communicated to the Director-General by 31 December", negated=True)
R(d, "Philippines", NOTRATIFIED, C190, None, "The Government of the Philippines indicated that it intends to ratify the Convention in 2022", negated=True)
R(d, ILODG, "called-for", C190, "2021-11-25", "the Director-General, Guy Ryder, called on all member States to \"ratify C190 and put it to work\"")
RL(d, ["Colombia", "Uzbekistan"], RATIFIED, P029, "2021", "The Protocol was ratified by Colombia, Uzbekistan and Australia")
R(d, "Australia", RATIFIED, P029, "2021-12-14", "Australia's ratification, registered on 14 December", alt=["The Protocol was ratified by Colombia, Uzbekistan and Australia"])
R(d, "Uzbekistan", RATIFIED, C129, "2021-03", "Uzbekistan ratified the Labour Inspection (Agriculture) Convention")
R(d, "Republic of Korea", RATIFIED, C087, "2021-04-20", "The Republic of Korea deposited its ratifications of the Freedom of Association and Protection of the Right to Organise Convention")
R(d, "Republic of Korea", RATIFIED, C098, "2021-04-20", "and the Right to Organise and Collective Bargaining Convention, 1949 (No. 98), on 20 April 2021")
R(d, "Republic of Korea", RATIFIED, C029, "2021-04-20", "Korea's ratification of the Forced Labour Convention, 1930 (No. 29) was registered on the same day")
RL(d, ["United States"], NOTRATIFIED, C087, None, "The United States has still not ratified Convention No. 87 or Convention No. 98", negated=True)
RL(d, ["United States"], NOTRATIFIED, C098, None, "The United States has still not ratified Convention No. 87 or Convention No. 98", negated=True)
RL(d, ["Cabo Verde", "Oman"], RATIFIED, MLC, "2021", "Cabo Verde and Oman ratified the MLC, 2006 during the year")
R(d, "Senegal", RATIFIED, C188, "2021-10", "Ratification of the Work in Fishing Convention, 2007 (No. 188) by Senegal in October")
R(d, "Senegal", NOTBOUND, C125, None, "automatically entailed the denunciation of the Fishermen's Competency Certificates Convention", negated=True, required=False)
R(d, "New Zealand", NOTBOUND, C063, None, "New Zealand denounced the Labour Statistics Convention, 1938 (No. 63)", negated=True)
R(d, "New Zealand", RATIFIED, C160, "1987", "following its ratification of Convention No. 160 in 1987")
R(d, ILC, "adopted", GCA, "2021-06-17", "adopted the Global Call to Action for a Human-centred Recovery from the COVID-19 Crisis")

# ===================== 10 (Embassy of Canada to Mexico, "2025: Year in review", saved canada.ca page; Mexico City, December 18, 2025) =====================
# Traps: the launch of a Comprehensive Strategic Partnership (not an instrument); the memorandum of understanding on security
# cooperation (optional); the CUSMA joint review (nothing); Nice as venue; Canada's implementing legislation (domestic);
# the plastics negotiations ending without a text (nothing); Canada "hosted the conference" where the Ottawa Convention
# was opened for signature (host); the Foreign Minister's regret (nothing); Mexico co-chairing a committee (office);
# Mexico's Senate approving the air transport agreement (domestic); visas and trade missions. "last June" is 2025-06;
# "in December" and "on October 8" take 2025 from the dateline. Quotes avoid &nbsp; and &rsquo;.
d = "10.html"
CA, MX = "Canada", "Mexico"
CMAP = ("Canada-Mexico Action Plan 2025-2028", ["Canada-Mexico Action Plan", "Action Plan"])
MOU = ("memorandum of understanding on security cooperation (Canada-Mexico)", ["memorandum of understanding on security cooperation"])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
OTT = ("Ottawa Convention", ["Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
                             "Anti-Personnel Mine Ban Convention", "Mine Ban Treaty"])
HRCIP = ("Human Rights Council resolution on the rights of Indigenous Peoples", ["resolution on the rights of Indigenous Peoples"])
PDAI = ("Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy", ["Political Declaration"])
LAWS = ("General Assembly resolution on lethal autonomous weapons systems", ["resolution on lethal autonomous weapons systems"])
RL(d, [CA, MX], ADOPTED, CMAP, "2025-09-18", "he and President Claudia Sheinbaum adopted the Canada-Mexico Action Plan 2025-2028")
RL(d, [CA, MX], SIGNED_DECL[::-1], MOU, "2025-09-18", "The two leaders also signed a memorandum of understanding on security cooperation", required=False)
R(d, MX, RATIFIED, BBNJ, "2025-06", "Mexico deposited its instrument of ratification of the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction")
R(d, CA, "signed", BBNJ, "2023-09", "Canada, which signed the Agreement in September 2023")
R(d, CA, NOTRATIFIED, BBNJ, None, "has not yet ratified it", negated=True)
RL(d, ["Estonia", "Finland", "Latvia", "Lithuania", "Poland"], NOTBOUND, OTT, None,
   "This year Estonia, Finland, Latvia, Lithuania and Poland announced their withdrawal from the Convention", negated=True)
RL(d, [CA, MX], COMMITTED, OTT, "2025-12", "Canada and Mexico reaffirmed their commitment to the Ottawa Convention")
R(d, CA, "called-for", OTT, "2025-12", "Canada called on all States that have not yet done so to join the Convention")
R(d, MX, PARTY, OTT, "1998", "Mexico, a State Party since 1998")
RL(d, [CA, MX], "co-sponsored", HRCIP, None, "Canada and Mexico co-sponsored the Human Rights Council resolution on the rights of Indigenous Peoples")
R(d, ["UN Human Rights Council", "Human Rights Council"], "adopted", HRCIP, "2025-10-08", "adopted by consensus on October", required=False)
R(d, CA, ENDORSED, PDAI, "2023", "Canada endorsed the Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy in 2023")
R(d, MX, ENDORSED, PDAI, None, "Mexico has not endorsed it", negated=True)
R(d, MX, "co-sponsored", LAWS, None, "instead co-sponsored the General Assembly resolution on lethal autonomous weapons systems")

# ===================== 11 (SPREP Annual Report 2018; Apia, published June 2019) =====================
# Traps: "eight Pacific island countries" (count); entry into force on 1 January 2019; Vanuatu's Act (domestic; the
# missing instrument of acceptance is a negated record); SPREP as Secretariat and depositary (nothing); the Honiara
# consultation; Samoa and Nauru as hosts; the US "observer-level delegation"; the financial summary. Table 1's statuses are
# optional records (quoted by row). "in August" / "in November" take 2018 from the year under review.
d = "11.txt"
KIG = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment"])
MLAP = ("Pacific Regional Action Plan: Marine Litter 2018-2025", ["Pacific Regional Action Plan on Marine Litter", "Marine Litter Action Plan"])
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
NOU = ("Noumea Convention", ["Convention for the Protection of the Natural Resources and Environment of the South Pacific Region"])
OILP = ("Protocol on Oil Pollution Preparedness, Response and Cooperation in the Pacific Region", ["2006 Protocol on Oil Pollution Preparedness, Response and Cooperation in the Pacific Region", "Oil Pollution Protocol"])
WAIG = ("Waigani Convention", ["Convention to Ban the Importation into Forum Island Countries of Hazardous and Radioactive Wastes"])
MIN = ("Minamata Convention on Mercury", ["Minamata Convention", "Minamata"])
STOCK = ("Stockholm Convention", ["Stockholm Convention on Persistent Organic Pollutants"])
PARIS = ("Paris Agreement", [])
SPREPDG = ["Kosi Latu", "Director General", "SPREP", "Secretariat of the Pacific Regional Environment Programme"]
QK = "Three more Pacific island Members became Parties to the Kigali Amendment to the Montreal Protocol"
R(d, "Samoa", PARTY, KIG, "2018-03-23", "Samoa (23 March 2018)", alt=[QK])
RL(d, ["Micronesia", "Marshall Islands"], PARTY, KIG, "2018", "the Federated States of Micronesia and the Marshall Islands", alt=[QK])
R(d, ["SPREP Meeting", "29th SPREP Meeting", "SPREP"], ENDORSED, MLAP, "2018-09-06", "The 29th SPREP Meeting endorsed the Pacific Regional Action Plan")
R(d, ["Pacific Islands Forum Leaders", "Forum Leaders", "Pacific Islands Forum"], ENDORSED, BOE, "2018-09-05",
  "Forum Leaders endorsed the Boe Declaration on Regional Security", alt=["Pacific Islands Forum Leaders endorsed the Boe Declaration"])
R(d, "Tonga", ACCEDED, NOU, "2018-08", "Tonga's accession to the Convention for the Protection of the Natural Resources and Environment of the South Pacific Region",
  alt=["the Director General received Tonga's instrument of accession"])
R(d, SPREPDG, "called-for", KIG, None, "The Director General urged all Pacific island Members that have not yet done so to ratify the Amendment")
R(d, "Vanuatu", ACCEPTED, KIG, None, "Vanuatu has yet to deposit its instrument of acceptance", negated=True)
R(d, "Cook Islands", PARTY, NOU, "1987", "The Cook Islands, a Party since 1987")
R(d, "Cook Islands", NOTBOUND, OILP, None, "it intends to accede to the 2006 Protocol on Oil Pollution Preparedness", negated=True, alt=["which it has not yet joined"])
ROWS = {"Kiribati": "Kiribati Party Party Party", "Palau": "Palau Party Party Party", "Papua New Guinea": "Papua New Guinea Party Signatory Party",
        "Solomon Islands": "Solomon Islands Party -- Party", "Tuvalu": "Tuvalu Party Party Party", "Vanuatu": "Vanuatu Party Party Party"}
for a, q in ROWS.items():
    R(d, a, PARTY, WAIG, None, q, required=False)
    R(d, a, PARTY, STOCK, None, q, required=False)
    if a in ("Kiribati", "Palau", "Tuvalu", "Vanuatu"):
        R(d, a, PARTY, MIN, None, q, required=False)
R(d, "Papua New Guinea", "signed", MIN, "2013", "Papua New Guinea signed the Minamata Convention on Mercury in 2013")
R(d, "Papua New Guinea", NOTRATIFIED, MIN, None, "but has not ratified it", negated=True)
R(d, "Solomon Islands", "signed", MIN, None, "Solomon Islands has neither signed nor acceded to the Minamata Convention", negated=True)
R(d, "Solomon Islands", ["acceded", "party", "ratified"], MIN, None, "Solomon Islands has neither signed nor acceded to the Minamata Convention", negated=True)
RL(d, ["Australia", "New Zealand", "France"], COMMITTED, PARIS, "2018-09", "Australia, New Zealand and France reaffirmed their commitment to the Paris Agreement")
R(d, "United States", NOTBOUND, PARIS, None, "confirmed that it intends to withdraw from the Paris Agreement", negated=True)

# ===================== 12 (Philippines DFA press release No. 412-17, year-end report 2017; Manila, 29 December 2017) =====================
# Traps: hosting 149 meetings and the venues (nothing); the 2007 Cebu Declaration (mention); the Committee on Migrant
# Workers' oversight (implementation); "the Framework is not the Code itself" (the Code has no record); ACTIP's entry into
# force; the welcome of Indonesia's ratification (nothing for the Philippines; Indonesia's ratification, "earlier this year",
# is 2017); the Arbitral Award (not an instrument); the maritime patrols (implementation); the Senate's concurrence and
# the President's signing of the instrument of accession (domestic steps); "Chair of the Climate Vulnerable Forum" (office);
# "with 121 other States" (unnamed); the memorandum with Kuwait (under negotiation; Kuwait's non-signature optional).
d = "12.txt"
PH = "Philippines"
ACMW = ("ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers", ["ASEAN Consensus on Migrant Workers", "ASEAN Consensus"])
FCOC = ("Framework of the Code of Conduct in the South China Sea", ["Framework of the Code of Conduct", "COC Framework"])
DCP = ("ASEAN Declaration on Culture of Prevention for a Peaceful, Inclusive, Resilient, Healthy and Harmonious Society", ["ASEAN Declaration on Culture of Prevention"])
ACTIP = ("ASEAN Convention Against Trafficking in Persons, Especially Women and Children", ["ACTIP"])
TCA = ("Trilateral Cooperative Arrangement (Indonesia-Malaysia-Philippines)", ["Trilateral Cooperative Arrangement"])
PARIS = ("Paris Agreement", [])
DOHA = ("Doha Amendment to the Kyoto Protocol", ["Doha Amendment"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
ES1019 = ("resolution ES-10/19 on the status of Jerusalem", ["resolution ES-10/19", "A/RES/ES-10/19"])
MOAK = ("memorandum of agreement between the Philippines and Kuwait on domestic workers", ["memorandum of agreement on domestic workers"])
RL(d, ["Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Myanmar", PH, "Singapore", "Thailand", "Viet Nam"],
   ["signed", "endorsed"], ACMW, "2017-11-14",
   "by the Leaders of Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Viet Nam")
RL(d, [["ASEAN", "Association of Southeast Asian Nations", "ASEAN Foreign Ministers"], "China"], ADOPTED, FCOC, "2017-08-06",
   "The Foreign Ministers of ASEAN and China adopted the Framework of the Code of Conduct in the South China Sea on 6 August in Manila")
R(d, ["ASEAN Leaders", "ASEAN", "Association of Southeast Asian Nations"], ADOPTED, DCP, None, "ASEAN Leaders adopted the ASEAN Declaration on Culture of Prevention")
R(d, PH, RATIFIED, ACTIP, "2016", "The Philippines, which ratified ACTIP in 2016")
R(d, "Indonesia", RATIFIED, ACTIP, "2017", "welcomed Indonesia's ratification earlier this year")
R(d, [PH, "Alan Peter Cayetano", "Secretary Alan Peter Cayetano"], "called-for", ACTIP, None,
  "Secretary Alan Peter Cayetano called on the two remaining ASEAN Member States to complete their ratification processes")
RL(d, [PH, "Indonesia", "Malaysia"], "signed", TCA, "2016", "the Trilateral Cooperative Arrangement signed by their defence ministers in 2016", required=False)
R(d, PH, ACCEDED, PARIS, "2017-03-23", "the Philippines deposited its instrument of accession to the Paris Agreement with the UN Secretary-General on 23 March 2017")
R(d, PH, "called-for", DOHA, None, "the Philippines also urged all developed countries to ratify the Doha Amendment to the Kyoto Protocol")
R(d, PH, "signed", TPNW, "2017-09-20", "The Philippines was among the first 50 countries to sign the Treaty on the Prohibition of Nuclear Weapons on 20 September 2017")
R(d, PH, "supported", TPNW, "2017-07-07", "having voted with 121 other States for its adoption at the UN conference in New York on 7 July 2017")
R(d, PH, NOTRATIFIED, TPNW, None, "the Treaty has therefore not yet been ratified by the Philippines", negated=True)
R(d, PH, "supported", ES1019, "2017-12-21", "the Philippines abstained on resolution ES-10/19 on the status of Jerusalem", negated=True)
R(d, "Kuwait", SIGNED_DECL[::-1], MOAK, None, "which Kuwait has not yet signed", negated=True, required=False)

# ===================== 13 (GCPEA Annual Report 2020; New York, 22 April 2021) =====================
# Traps: the figures block (counts); Norway "keeps the list of endorsing States" (depositary-like: nothing); GCPEA
# "supported the initiative" (an initiative, not an instrument: nothing); the virtual event co-hosted by Argentina and
# Nigeria (hosts); "Endorsing States commit to use the Guidelines" (unnamed); Nigeria's national policy and Mali's manuals
# (domestic/implementation); Argentina as host of the postponed Conference; the call on endorsing States to report
# (implementation). "62 Member States" is a count; only the named co-sponsors are recorded.
d = "13.txt"
SSD = ("Safe Schools Declaration", ["the Declaration"])
R74275 = ("General Assembly resolution 74/275", ["resolution 74/275", "A/RES/74/275"])
GCPEA = ["GCPEA", "Global Coalition to Protect Education from Attack"]
R(d, "Bangladesh", ENDORSED, SSD, "2020-02", "Bangladesh (announced in February)")
RL(d, ["Trinidad and Tobago", "Guyana", "Malawi"], ENDORSED, SSD, "2020",
   "The four States that endorsed the Declaration in 2020 were: Bangladesh (announced in February), Trinidad and Tobago, Guyana and Malawi")
RL(d, ["France", "United Kingdom"], ENDORSED, SSD, None, "only France and the United Kingdom have endorsed the Declaration")
RL(d, ["China", "Russian Federation", "United States"], ENDORSED, SSD, None, "China, the Russian Federation and the United States have not", negated=True)
RL(d, ["Philippines", "Indonesia"], ENDORSED, SSD, None, "the Philippines and Indonesia have indicated their intention to endorse", negated=True,
   alt=["neither had done so by the end of the year"])
R(d, GA, "adopted", R74275, "2020-05-28", "the General Assembly adopted resolution 74/275 by consensus")
R(d, "Qatar", ["co-sponsored", "supported"], R74275, None, "The resolution was introduced by Qatar")
RL(d, ["Nigeria", "Argentina", "Norway", "Spain", "Italy", "Sierra Leone"], "co-sponsored", R74275, None,
   "co-sponsored by 62 Member States, among them Nigeria, Argentina, Norway, Spain, Italy and Sierra Leone")
RL(d, ["Belgium", "Estonia", "Germany"], "called-for", SSD, "2020-06",
   "Belgium, Estonia and Germany, among others, called on all Member States that have not yet done so to endorse the Safe Schools Declaration")
R(d, ["UN Secretary-General", "Secretary-General"], "called-for", SSD, None, "likewise encouraged Member States to endorse the Declaration")
R(d, GCPEA, "called-for", SSD, "2021-04-22", "GCPEA calls on all States that have not yet endorsed the Safe Schools Declaration to do so")

# ===================== 14 (Council of the EU 8945/22, EU Annual Report on Human Rights and Democracy in the World 2021; Brussels, 19 May 2022) =====================
# Traps: "tabled" gives co-sponsored (optional where shared with the OIC); "adopted without a vote" dates the HRC adoption;
# "co-sponsored by 58 States" (count; four named); "firmly committed to the universality of the Rome Statute" (commitment
# to universality, not to the instrument: optional); "The EU regretted the earlier withdrawals" (regret: nothing for the
# EU; negated party for Burundi and the Philippines); Malaysia's accession deposited and withdrawn (the withdrawn accession
# is negated, the deposit optional); Article 6(2) TEU obligation and the negotiations (nothing; "not yet a party":
# negated); the CJEU Opinion (internal step); "The EU welcomed" Sierra Leone's abolition by Parliament (domestic) and
# Mongolia's accession (recorded for Mongolia only); the EPCA negotiations (nothing); footnote 12 (dialogues, donors).
d = "14.txt"
EU = "European Union"
HRCB = ["UN Human Rights Council", "Human Rights Council", "HRC"]
RDPRK = ("HRC resolution on the situation of human rights in the Democratic People's Republic of Korea", ["resolution on the situation of human rights in the Democratic People's Republic of Korea"])
RMYH = ("HRC resolution on Myanmar", ["resolution on Myanmar"])
R4813 = ("resolution 48/13", ["HRC resolution 48/13", "resolution recognising the human right to a clean, healthy and sustainable environment"])
RMYT = ("Third Committee resolution on the situation of human rights in Myanmar", ["resolution on the situation of human rights in Myanmar"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
ECHR = ("European Convention on Human Rights", ["ECHR"])
IST = ("Istanbul Convention", ["Council of Europe Convention on preventing and combating violence against women and domestic violence"])
DAD = ("Declaration against Arbitrary Detention in State-to-State Relations", ["Declaration against Arbitrary Detention"])
SOP = ("Second Optional Protocol to the International Covenant on Civil and Political Rights", ["Second Optional Protocol", "ICCPR-OP2"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD"])
HCCA = ("Hague Convention on the Civil Aspects of International Child Abduction", ["Hague Child Abduction Convention", "Child Abduction Convention"])
R(d, EU, "co-sponsored", RDPRK, None, "the EU tabled the resolution on the situation of human rights in the Democratic People's Republic of Korea")
R(d, HRCB, "adopted", RDPRK, "2021-03-23", "which the Council adopted without a vote on 23 March 2021")
R(d, EU, "co-sponsored", RMYH, None, "together with the Organisation of Islamic Cooperation, the resolution on Myanmar", required=False)
R(d, ["Organisation of Islamic Cooperation", "OIC"], "co-sponsored", RMYH, None, "together with the Organisation of Islamic Cooperation, the resolution on Myanmar", required=False)
R(d, HRCB, "adopted", R4813, "2021-10-08", "the Council adopted resolution 48/13")
RL(d, ["China", "India", "Japan", "Russian Federation"], "supported", R4813, "2021-10-08", "China, India, Japan and the Russian Federation abstained", negated=True)
R(d, EU, "co-sponsored", RMYT, None, "the EU's resolution on the situation of human rights in Myanmar", required=False)
RL(d, ["Norway", "Iceland", "Japan", "Ukraine"], "co-sponsored", RMYT, None, "co-sponsored by 58 States, among them Norway, Iceland, Japan and Ukraine")
R(d, EU, COMMITTED, ROME, None, "The EU remains firmly committed to the universality of the Rome Statute", required=False)
R(d, EU, "called-for", ROME, "2021", "continued in 2021 to call on all States that have not yet done so to ratify or accede to it")
RL(d, ["Burundi", "Philippines"], NOTBOUND, ROME, None, "the earlier withdrawals of Burundi and the Philippines, which are no longer States Parties", negated=True)
R(d, "Malaysia", ACCEDED, ROME, "2019-03", "Malaysia's instrument of accession, deposited in March 2019", required=False)
R(d, "Malaysia", NOTBOUND, ROME, None, "was withdrawn a month later", negated=True)
R(d, EU, NOTBOUND, ECHR, None, "the EU is not yet a party to the Convention", negated=True)
R(d, EU, "signed", IST, "2017-06-13", "The EU signed the Council of Europe Convention on preventing and combating violence against women and domestic violence")
R(d, EU, NOTRATIFIED, IST, None, "which has not yet taken place", negated=True)
R(d, "Türkiye", NOTBOUND, IST, None, "Türkiye's withdrawal from the Istanbul Convention took effect on 1 July 2021", negated=True)
R(d, EU, ENDORSED, DAD, "2021-02", "In February 2021 the EU endorsed the Declaration against Arbitrary Detention in State-to-State Relations")
R(d, "Canada", ADOPTED, DAD, None, "launched by Canada", required=False)
R(d, "Kazakhstan", "signed", SOP, "2021-09-23", "Kazakhstan signed the Second Optional Protocol")
R(d, "Kazakhstan", NOTRATIFIED, SOP, None, "it has yet to ratify it", negated=True)
R(d, EU, "called-for", SOP, "2022-05-19", "The EU urges all States that retain the death penalty to accede to the Second Optional Protocol")
R(d, "Uzbekistan", RATIFIED, CRPD, "2021-06", "Uzbekistan ratified the Convention on the Rights of Persons with Disabilities in June 2021")
R(d, "Kyrgyzstan", PARTY, CRPD, "2019", "a party to the Convention on the Rights of Persons with Disabilities since 2019")
R(d, "Kyrgyzstan", "signed", OPCRPD, None, "has signed but not ratified its Optional Protocol")
R(d, "Kyrgyzstan", NOTRATIFIED, OPCRPD, None, "has signed but not ratified its Optional Protocol", negated=True)
R(d, "Mongolia", ACCEDED, HCCA, None, "Mongolia's accession to the Hague Convention on the Civil Aspects of International Child Abduction")

# ===================== 15 (HCCH Annual Report 2023; The Hague, 30 April 2024) =====================
# Traps: "38 new Contracting Parties" and "91 Members" (counts); Mongolia's acceptance "became effective in June" (an
# effective date, not the act's: undated); entry into force of the Judgments Convention for the EU and Ukraine, and of
# the Apostille Convention for Canada and China (nothing); "(27 Member States, excluding Denmark)" (not separate actors);
# Uganda's Cabinet approval (domestic; undeposited: negated); the Netherlands MFA as depositary; declarations and
# reservations (nothing); CGAP's 49 Conclusions & Decisions and its welcome of entry into force (nothing); CGAP
# "encouraged all Members to consider joining it" (optional call); Annex I repeats the prose (alt quotes where it adds a
# date). "last September" = 2023-09 against the report's date; "in March" takes 2023.
d = "15.txt"
SGH = ["Christophe Bernasconi", "Secretary General", "HCCH Secretary General", "HCCH", "Hague Conference on Private International Law"]
STAT = ("Statute of the HCCH", ["Statute of the Hague Conference on Private International Law", "HCCH Statute"])
JC = ("2019 Judgments Convention", ["Convention of 2 July 2019 on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters", "Judgments Convention", "HCCH 2019 Judgments Convention"])
APOS = ("Apostille Convention", ["Convention of 5 October 1961 Abolishing the Requirement of Legalisation for Foreign Public Documents"])
CSC = ("2007 Child Support Convention", ["Child Support Convention", "Convention on the International Recovery of Child Support and Other Forms of Family Maintenance"])
COC = ("2005 Choice of Court Convention", ["Choice of Court Convention", "Convention on Choice of Court Agreements"])
R(d, "Rwanda", ACCEPTED, STAT, "2023-02-28", "Rwanda, which accepted the Statute of the HCCH on 28 February 2023")
R(d, "Mongolia", ACCEPTED, STAT, None, "Mongolia, whose acceptance became effective in June")
R(d, "European Union", ACCEDED, JC, "2022-08-29", "The European Union acceded to the Convention on 29 August 2022")
R(d, "Ukraine", RATIFIED, JC, "2022-08-29", "Ukraine ratified it on the same day")
R(d, "Uruguay", RATIFIED, JC, "2023-09", "Uruguay deposited its instrument of ratification last September")
QS = "Israel, Costa Rica, the Russian Federation and the United States have signed the Convention but have not ratified it"
for a in ["Israel", "Costa Rica", "Russian Federation"]:
    R(d, a, "signed", JC, None, QS)
R(d, "United States", "signed", JC, "2022-03-02", "the United States signed on 2 March 2022", alt=[QS])
for a in ["Israel", "Costa Rica", "Russian Federation", "United States"]:
    R(d, a, NOTRATIFIED, JC, None, QS, negated=True)
R(d, "Canada", ACCEDED, APOS, "2023-05-12", "Canada (accession deposited on 12 May 2023)")
RL(d, ["Rwanda", "Saudi Arabia", "Bangladesh"], JOINED, APOS, "2023", "attracted four new Contracting Parties: Canada (accession deposited on 12 May 2023), Rwanda, Saudi Arabia and Bangladesh")
R(d, "China", ACCEDED, APOS, "2023-03", "following its accession in March")
R(d, "Philippines", ACCEDED, CSC, "2023-07-19", "The Philippines acceded to the 2007 Child Support Convention",
  alt=["Child Support 2007 Philippines Accession 19/07/2023"])
R(d, "Nicaragua", "signed", CSC, "2023-07-19", "Nicaragua signed and ratified it on the same day (19 July 2023)")
R(d, "Nicaragua", RATIFIED, CSC, "2023-07-19", "Nicaragua signed and ratified it on the same day (19 July 2023)")
R(d, "Uganda", NOTBOUND, CSC, None, "the instrument has not yet been deposited", negated=True)
R(d, "China", "signed", COC, "2017-09-12", "China, which signed the 2005 Choice of Court Convention on 12 September 2017")
R(d, "China", NOTRATIFIED, COC, None, "has still not ratified it", negated=True)
R(d, ["Council on General Affairs and Policy", "CGAP", "HCCH"], "called-for", JC, "2023-03", "encouraged all Members to consider joining it", required=False)
R(d, SGH, "called-for", JC, "2023-09", "The Secretary General called on all States to sign and ratify the 2019 Judgments Convention")

# ===================== 16 (AU Commission, report EX.CL/1571(XLVI) on the status of OAU/AU treaties, 2024; Addis Ababa, 10 March 2025) =====================
# Traps: decision EX.CL/Dec.459(XIV) (a reporting mandate); the Chairperson as depositary; counts of instruments and
# signatures; signing ceremonies in Addis Ababa and Accra (venues); "brought the number of State Parties to 49" (same
# event); Nigeria's National Assembly approval (domestic); the entry-into-force threshold of the Free Movement Protocol;
# withdrawals of Article 34(6) declarations (declarations, not the Protocol: the four stay Parties, recorded as party);
# "The Commission congratulates Cameroon" (nothing); opening for signature "in the coming weeks" (nothing); the
# recommendations in paragraph 10 (a proposed call by the Executive Council, not a call made: nothing). "Last month" =
# 2025-02 against the dateline; the annex gives deposit days (alt quotes).
d = "16.txt"
AUA = ["African Union Assembly", "Assembly of the African Union", "Assembly", "African Union"]
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement"])
AMA = ("Treaty for the Establishment of the African Medicines Agency", ["AMA Treaty", "African Medicines Agency Treaty"])
FMP = ("Free Movement Protocol", ["Protocol to the Treaty Establishing the African Economic Community relating to Free Movement of Persons, Right of Residence and Right of Establishment"])
MAPUTO = ("Maputo Protocol", ["Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa"])
COURT = ("Protocol to the African Charter on Human and Peoples' Rights on the Establishment of an African Court on Human and Peoples' Rights", ["African Court Protocol", "Court Protocol"])
KAMP = ("Kampala Convention", ["African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa"])
EVAWG = ("African Union Convention on Ending Violence against Women and Girls", ["Convention on Ending Violence against Women and Girls"])
R(d, "Somalia", RATIFIED, AFCFTA, "2024-08-26", "Somalia's ratification of the Agreement, deposited on 26 August 2024")
R(d, "South Sudan", RATIFIED, AFCFTA, "2024-05-09", "that of South Sudan, deposited in May", alt=["AfCFTA South Sudan 09/05/2024"])
for a in ["Benin", "Libya", "Sudan"]:
    R(d, a, "signed", AFCFTA, None, "Benin, Libya and Sudan have signed but not yet ratified the Agreement")
    R(d, a, NOTRATIFIED, AFCFTA, None, "Benin, Libya and Sudan have signed but not yet ratified the Agreement", negated=True)
R(d, "Eritrea", "signed", AFCFTA, None, "Eritrea remains the only Member State that has neither signed nor ratified it", negated=True)
R(d, "Eritrea", NOTRATIFIED, AFCFTA, None, "Eritrea remains the only Member State that has neither signed nor ratified it", negated=True)
RL(d, ["Nigeria", "Senegal", "Togo"], RATIFIED, AMA, "2024", "The Treaty was ratified in 2024 by Nigeria, Senegal and Togo")
R(d, AUA, "called-for", AMA, None, "called on all Member States to sign and ratify the AMA Treaty")
RL(d, ["Mali", "Niger", "Rwanda", ["Sao Tome and Principe", "São Tomé and Príncipe"]], RATIFIED, FMP, None,
   "Four Member States -- Mali, Niger, Rwanda and Sao Tome and Principe -- have ratified the Protocol")
R(d, "Ghana", "signed", FMP, "2024-02-17", "Ghana signed the Protocol on 17 February 2024")
RL(d, ["Botswana", "Egypt", "Morocco"], "signed", MAPUTO, None, "Botswana, Egypt and Morocco have not signed the Protocol", negated=True)
R(d, "Niger", "signed", MAPUTO, "2004", "Niger signed it in 2004")
R(d, "Niger", NOTRATIFIED, MAPUTO, None, "but has not ratified it", negated=True)
R(d, "South Sudan", "signed", MAPUTO, "2013", "South Sudan, which signed in 2013")
R(d, "South Sudan", RATIFIED, MAPUTO, "2024-06-24", "ratified it on 24 June 2024")
RL(d, ["Rwanda", "United Republic of Tanzania", "Benin", "Côte d'Ivoire"], PARTY, COURT, None, "Those States remain Parties to the Protocol itself")
R(d, "Cameroon", RATIFIED, KAMP, "2024-10-14", "Cameroon deposited its instrument of ratification in October 2024", alt=["Kampala Convention Cameroon 14/10/2024"])
R(d, ["38th Ordinary Session of the Assembly", "African Union Assembly", "Assembly of the African Union", "African Union"], "adopted", EVAWG, "2025-02",
  "Last month the 38th Ordinary Session of the Assembly adopted the African Union Convention on Ending Violence against Women and Girls")


gold.finish(MIN_CHARS, MAX_CHARS)
