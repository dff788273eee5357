#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 09.md, 05.html, 12.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity (table quotes keep only the inner cell separators).

Theme: frequently asked questions pages and question-and-answer explainers (2016-2026) published by foreign ministries,
parliaments' research services, treaty secretariats and NGOs. "We", "our country", "the Government" resolve to the publishing
State where it is one; "the Treaty", "the Convention", "it" resolve to the instrument the Q&A is about. Calls on others to
sign, ratify, accede, join or endorse are the caller's `called-for`, dated by the page's date when the page itself makes the
call (reported calls keep the date the text gives, else none). Planned, intended, "has not yet", "signed but not ratified"
(for the ratification), withdrawals and "neither signed nor ratified" are negated records without a date (votes against,
abstentions and non-participation keep theirs). Domestic steps (a parliament's approval, an Act, a Bill, advice and consent,
cabinet decisions), entry into force, depositaries, venues and hosts, reservations, implementation and monitoring, and
acts of unnamed groups ("37 member states", "72 States") give no record."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Iran", "Türkiye", "Czechia", "Netherlands", "Marshall Islands", "Papua New Guinea", "Cook Islands", "Fiji", "Kiribati",
          "Samoa", "China", "Egypt", "Eswatini", "Viet Nam", "Republic of Moldova", "Bolivia", "Syria", "Kenya", "Costa Rica",
          "Guatemala", "Paraguay", "Chile", "Mexico", "Ecuador", "Micronesia", "Somalia", "South Sudan", "Burundi", "Uganda",
          "Rwanda", "Germany", "Saudi Arabia", "Democratic Republic of the Congo", "Bangladesh", "Colombia", "Ghana",
          "Lao PDR", "State of Palestine"),
    "Solomon Islands": ["Solomon Islands"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Saint Lucia": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Ireland": ["Ireland"],
    "India": ["India", "Republic of India"],
    "Japan": ["Japan"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar", "Burma"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Libya": ["Libya", "State of Libya"],
    "Uzbekistan": ["Uzbekistan", "Republic of Uzbekistan"],
    "Sudan": ["Sudan", "the Sudan"],
    "Djibouti": ["Djibouti", "Republic of Djibouti"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Finland": ["Finland", "Republic of Finland"],
    "Poland": ["Poland", "Republic of Poland"],
    "Sao Tome and Principe": ["Sao Tome and Principe", "São Tomé and Príncipe"],
    "United Arab Emirates": ["United Arab Emirates", "UAE"],
}
GA_ = GA
WHA = ["World Health Assembly", "WHO World Health Assembly", "Seventy-eighth World Health Assembly"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (New Zealand MFAT, TPNW FAQ page, 22 January 2021) =====================
d = "01.txt"
D = "2021-01-22"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty", "Treaty on the Prohibition of Nuclear Weapons (TPNW)"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "Rarotonga Treaty", "SPNFZ Treaty"])
R7540 = ("General Assembly resolution 75/40", ["resolution 75/40", "A/RES/75/40"])
RTPNW = ("General Assembly resolution on the TPNW", ["resolution on the TPNW", "annual TPNW resolution"])
# The conference's adoption: a careful annotator may or may not record it (collective body).
R(d, ["United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons", "United Nations conference", "UN conference"],
  ADOPTED, TPNW, "2017-07-07", "It was adopted on 7 July 2017 by the United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons", required=False)
# "122 in favour": unnamed. The vote against and the abstention keep the adoption date.
R(d, "Netherlands", "supported", TPNW, "2017-07-07", "The Netherlands voted against the text", negated=True)
R(d, "Singapore", "supported", TPNW, "2017-07-07", "Singapore abstained", negated=True)
R(d, "New Zealand", "signed", TPNW, "2017-09-20", "New Zealand signed the TPNW on the day it opened for signature, 20 September 2017")
R(d, "New Zealand", RATIFIED, TPNW, "2018-07-31", "deposited its instrument of ratification with the Secretary-General of the United Nations on 31 July 2018")
# The 2018 Act: domestic. The Secretary-General as depositary: nothing. Entry into force "today": nothing.
R(d, "Honduras", RATIFIED, TPNW, "2020-10-24", "The fiftieth instrument was Honduras's ratification, deposited on 24 October 2020")
QPAC = ("The following Pacific Islands Forum members have ratified or acceded to the TPNW: the Cook Islands, Fiji, Kiribati, Nauru, Niue, "
        "Palau, Samoa, Tuvalu and Vanuatu")
RL(d, ["Cook Islands", "Fiji", "Kiribati", "Nauru", "Niue", "Palau", "Samoa", "Tuvalu", "Vanuatu"], ACCEPTED, TPNW, None, QPAC)
R(d, "Papua New Guinea", "signed", TPNW, "2017", "Papua New Guinea signed the Treaty in 2017")
R(d, "Papua New Guinea", NOTRATIFIED, TPNW, None, "but has not yet ratified it", negated=True)
RL(d, ["Marshall Islands", "Solomon Islands"], "signed", TPNW, None, "The Marshall Islands and Solomon Islands have not signed", negated=True)
QNUC = ("None of the nine states known or believed to possess nuclear weapons (China, France, India, Israel, Pakistan, Russia, the United "
        "Kingdom, the United States and the Democratic People's Republic of Korea) has signed the Treaty")
RL(d, ["China", "France", "India", "Israel", "Pakistan", "Russian Federation", "United Kingdom", "United States",
       "Democratic People's Republic of Korea"], "signed", TPNW, None, QNUC, negated=True)
R(d, "Australia", "signed", TPNW, None, "Our neighbour Australia has also not signed the TPNW", negated=True)
R(d, "New Zealand", PARTY, NPT, "1969", "New Zealand has been a party to the NPT since 1969")
R(d, "New Zealand", PARTY, RARO, None, "New Zealand is also a party to the South Pacific Nuclear Free Zone Treaty (Treaty of Rarotonga)")
R(d, "New Zealand", "signed", RARO, "1985-08-06", "which it signed in Rarotonga on 6 August 1985")
R(d, "New Zealand", "co-sponsored", RTPNW, None, "Each year since 2017 New Zealand has co-sponsored the General Assembly resolution on the TPNW", required=False)
R(d, "New Zealand", "co-sponsored", R7540, None, "Most recently we co-sponsored resolution 75/40")
R(d, GA, "adopted", R7540, "2020-12-07", "which the General Assembly adopted on 7 December 2020")
# The resolution's own call: a careful annotator may give the Assembly a called-for record.
R(d, GA, "called-for", TPNW, "2020-12-07", "calls upon all States that have not yet done so to sign, ratify, accept, approve or accede to the Treaty at the earliest possible date", required=False)
R(d, "Austria", RATIFIED, TPNW, "2018-05", "Austria, which ratified the Treaty in May 2018")
# Austria's offer to host the Meeting of States Parties in Vienna: nothing.
R(d, "New Zealand", "called-for", TPNW, D, "We urge all States that have not yet done so to sign and ratify the TPNW as soon as possible")

# ===================== 02 (House of Commons Library research briefing, Istanbul Convention Q&A, 27 July 2022) =====================
d = "02.txt"
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence",
       ["Istanbul Convention", "Treaty 210", "CETS No. 210", "Convention on preventing and combating violence against women and domestic violence"])
R(d, "United Kingdom", RATIFIED, IST, "2022-07-21", "It deposited its instrument of ratification in Strasbourg on 21 July 2022",
  alt=["The UK ratified the Council of Europe Convention on preventing and combating violence against women and domestic violence"])
R(d, ["Committee of Ministers of the Council of Europe", "Council of Europe Committee of Ministers", "Council of Europe"], ADOPTED, IST,
  "2011-04-07", "It was adopted by the Committee of Ministers of the Council of Europe on 7 April 2011")
# Istanbul as the place of opening for signature; entry into force (2014, and for the UK on 1 November 2022): nothing.
R(d, "United Kingdom", "signed", IST, "2012-06-08", "The UK signed the Convention on 8 June 2012")
# The reservation (Articles 59 and 44(3)), the 2017 Act, the Domestic Abuse Acts, devolved measures, GREVIO: nothing.
# "37 member states of the Council of Europe had ratified": unnamed.
R(d, "Republic of Moldova", RATIFIED, IST, "2021-10", "The most recent ratifications before the UK's were Moldova's, in October 2021")
R(d, "Ukraine", RATIFIED, IST, "2022-07-18", "Ukraine deposited its instrument of ratification on 18 July 2022")
Q6 = ("Six Council of Europe member states have signed the Convention but not ratified it: Armenia, Bulgaria, the Czech Republic, "
      "Hungary, Lithuania and Slovakia")
SIX = ["Armenia", "Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"]
RL(d, SIX, "signed", IST, None, Q6)
RL(d, SIX, NOTRATIFIED, IST, None, Q6, negated=True)
# Bulgaria's Constitutional Court ruling: domestic.
R(d, "Türkiye", RATIFIED, IST, "2012-03-14", "Turkey, which was the first state to ratify the Convention (on 14 March 2012)")
R(d, "Türkiye", NOTBOUND, IST, None, "withdrew from it with effect from 1 July 2021", negated=True)
RL(d, ["Azerbaijan", "Russian Federation"], "signed", IST, None, "Azerbaijan and Russia have neither signed nor ratified it", negated=True)
RL(d, ["Azerbaijan", "Russian Federation"], NOTRATIFIED, IST, None, "Azerbaijan and Russia have neither signed nor ratified it", negated=True)
R(d, "European Union", "signed", IST, "2017-06-13", "The European Union signed the Convention on 13 June 2017")
R(d, "European Union", NOTRATIFIED, IST, None, "It has not yet ratified it", negated=True)
# The Court of Justice opinion and the Council's decision on conclusion being prepared: nothing.
R(d, ["European Parliament"], "called-for", IST, None,
  "The European Parliament has repeatedly called on the EU and the remaining member states to ratify the Convention without delay")

# ===================== 03 (Control Arms Secretariat, Markdown explainer, "ATT at five", 24 December 2019) =====================
d = "03.md"
D = "2019-12-24"
ATT = ("Arms Trade Treaty", ["ATT"])
R6189 = ("General Assembly resolution 61/89", ["resolution 61/89", "Towards an arms trade treaty", "A/RES/61/89"])
R(d, GA, "adopted", R6189, "2006", "In 2006 the UN General Assembly adopted resolution 61/89")
RL(d, ["Argentina", "Australia", "Costa Rica", "Finland", "Japan", "Kenya", "United Kingdom"], "co-sponsored", R6189, "2006",
   "which was co-authored by seven states: Argentina, Australia, Costa Rica, Finland, Japan, Kenya and the United Kingdom")
R(d, GA, "adopted", ATT, "2013-04-02", "The Treaty text itself was adopted by the General Assembly on 2 April 2013")
# "154 votes to 3, with 23 abstentions": unnamed. The named votes against and abstentions keep the vote's date.
RL(d, ["Iran", "Democratic People's Republic of Korea", "Syria"], "supported", ATT, "2013-04-02",
   "The three states that voted against were Iran, North Korea and Syria", negated=True)
R(d, "India", "supported", ATT, "2013-04-02", "India was among the states that abstained", negated=True)
# "Seven states joined in 2019" / "105 States Parties": unnamed. The table (dates of deposit); the depositary: nothing.
R(d, "Botswana", ACCEDED, ATT, "2019-05-08", "Botswana | Accession | 8 May 2019")
R(d, "Lebanon", RATIFIED, ATT, "2019-05-09", "Lebanon | Ratification | 9 May 2019")
R(d, "Canada", ACCEDED, ATT, "2019-06-17", "Canada | Accession | 17 June 2019")
R(d, "Namibia", RATIFIED, ATT, "2019-09-25", "Namibia | Ratification | 25 September 2019")
R(d, "Maldives", ACCEDED, ATT, "2019-09-27", "Maldives | Accession | 27 September 2019")
# Bill C-47 and the Export and Import Permits Act: domestic.
R(d, "United States", "signed", ATT, "2013-09-25", "The United States signed the ATT on 25 September 2013")
R(d, "United States", NOTRATIFIED, ATT, None, "but never ratified it", negated=True)
R(d, "United States", "signed", ATT, None, "the President announced that the US would revoke its signature", negated=True, required=False)
R(d, "United States", NOTBOUND, ATT, None, "does not intend to become a party", negated=True)
R(d, "China", "signed", ATT, None, "China has not signed the ATT", negated=True)
R(d, "China", ACCEDED, ATT, None, "China had started the domestic legal procedures to accede to the Treaty", negated=True)
R(d, "Russian Federation", "signed", ATT, None, "Russia has neither signed nor acceded", negated=True)
R(d, "Russian Federation", ACCEDED, ATT, None, "Russia has neither signed nor acceded", negated=True)
R(d, "Russian Federation", "supported", ATT, "2013-04-02", "abstained in the 2013 vote", negated=True)
R(d, "United Kingdom", RATIFIED, ATT, "2014-04-02", "The United Kingdom, one of the resolution's co-authors, ratified on 2 April 2014")
R(d, "France", RATIFIED, ATT, "2014-04-02", "France ratified the same day")
RL(d, ["Germany", "Italy", "Spain"], PARTY, ATT, None, "Germany, Italy and Spain are also States Parties")
R(d, "India", "signed", ATT, None, "India has not signed", negated=True)
R(d, "Saudi Arabia", NOTBOUND, ATT, None, "Saudi Arabia and the United Arab Emirates remain outside the Treaty", negated=True)
R(d, ["United Arab Emirates", "UAE"], NOTBOUND, ATT, None, "Saudi Arabia and the United Arab Emirates remain outside the Treaty", negated=True, required=False)
R(d, ["United Arab Emirates", "UAE"], "signed", ATT, "2013", "the UAE signed in 2013")
R(d, ["United Arab Emirates", "UAE"], NOTRATIFIED, ATT, None, "the UAE signed in 2013 but has not ratified", negated=True)
# CSP5 in Geneva, Latvia's presidency, Argentina to preside over CSP6, the gender work plan: nothing.
R(d, ["Control Arms", "Control Arms Secretariat", "Control Arms coalition"], "called-for", ATT, D,
  "We call on every state that has not yet joined the Arms Trade Treaty to ratify or accede to it without delay")

# ===================== 04 (Minamata Convention Secretariat, FAQ, updated 30 November 2018) =====================
d = "04.txt"
D = "2018-11-30"
MIN = ("Minamata Convention on Mercury", ["Minamata Convention", "Convention on Mercury"])
GUID = ("guidance on the environmentally sound interim storage of mercury", ["interim storage guidelines", "guidance on interim storage of mercury"])
# Agreement at INC5 in Geneva, January 2013: a negotiating step (nothing). The Conference of Plenipotentiaries' adoption: optional.
R(d, ["Conference of Plenipotentiaries", "Conference of Plenipotentiaries on the Minamata Convention on Mercury"], ADOPTED, MIN, "2013-10-10",
  "adopted by the Conference of Plenipotentiaries on 10 October 2013 in Kumamoto, Japan", required=False)
# Entry into force on 16 August 2017: nothing.
R(d, "United States", ACCEPTED, MIN, "2013-11-06", "The United States of America, which deposited its instrument of acceptance on 6 November 2013")
# Japan as host of the Diplomatic Conference: nothing; its acceptance is recorded.
R(d, "Japan", ACCEPTED, MIN, "2016-02-02", "accepted the Convention on 2 February 2016")
# "Twenty-one countries have joined this year": unnamed. List entries marked [note a] joined before 2018 and keep their own dates.
R(d, "Cuba", RATIFIED, MIN, "2018-01-30", "Cuba ..................... ratification, 30 January 2018")
R(d, "Iran", ACCEDED, MIN, "2017-06-16", "Iran (Islamic Republic of) accession, 16 June 2017")
R(d, "Armenia", RATIFIED, MIN, "2018-03-13", "Armenia .................. ratification, 13 March 2018")
R(d, "Indonesia", RATIFIED, MIN, "2017-09-22", "Indonesia ................ ratification, 22 September 2017")
R(d, "Burkina Faso", RATIFIED, MIN, "2018-04-10", "Burkina Faso ............. ratification, 10 April 2018")
R(d, "Norway", RATIFIED, MIN, "2017-05-12", "Norway ................... ratification, 12 May 2017")
R(d, "Colombia", NOTBOUND, MIN, None, "Colombia ................. approval pending", negated=True,
  alt=["no instrument has yet been deposited"])
# Colombia's Law 1892 of 2018 (Congress approval): domestic.
R(d, "Tajikistan", ACCEDED, MIN, "2018-06-30", "Tajikistan ............... accession, 30 June 2018")
R(d, "Ghana", RATIFIED, MIN, "2018-08-23", "Ghana .................... ratification, 23 August 2018")
# The depositary's notification of 10 September 2018: nothing.
R(d, "European Union", ACCEPTED, MIN, "2017-05-18", "The European Union deposited its instrument of approval on 18 May 2017")
# "together with several of its member States": unnamed. Regulation (EU) 2017/852: EU legislation implementing it (nothing).
R(d, "China", RATIFIED, MIN, "2016-08-31", "China, the largest source of anthropogenic mercury emissions, ratified the Convention on 31 August 2016")
R(d, "India", RATIFIED, MIN, "2018-06-18", "India ratified on 18 June 2018")
# "128 countries signed": unnamed.
Q7 = "Signatories that have yet to ratify include Angola, Cambodia, Israel and New Zealand"
RL(d, ["Angola", "Cambodia", "Israel", "New Zealand"], "signed", MIN, None, Q7)
RL(d, ["Angola", "Cambodia", "Israel", "New Zealand"], NOTRATIFIED, MIN, None, Q7, negated=True)
R(d, "Russian Federation", "signed", MIN, "2014", "The Russian Federation signed in 2014")
R(d, "Russian Federation", NOTRATIFIED, MIN, None, "but has not ratified either", negated=True)
R(d, "Switzerland", RATIFIED, MIN, "2016-05", "Switzerland, which ratified the Convention in May 2016")
# Switzerland hosting the Secretariat and the COPs in Geneva: nothing.
R(d, ["Conference of the Parties to the Minamata Convention", "Conference of the Parties", "COP-2"], "adopted", GUID, "2018-11",
  "COP-2 (Geneva, 19-23 November 2018) adopted guidance on the environmentally sound interim storage of mercury", required=False)
# COP-3 venue: nothing.
R(d, ["Minamata Convention Secretariat", "Secretariat of the Minamata Convention"], "called-for", MIN, D,
  "The Secretariat encourages all States and regional economic integration organizations that have not yet done so to ratify, accept, approve or accede to the Convention")

# ===================== 05 (EPRS "At a glance", HTML, CoE Framework Convention on AI Q&A, 14 October 2024) =====================
d = "05.html"
D = "2024-10-14"
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "AI Convention", "Council of Europe AI Convention", "CETS No. 225"])
HIRO = ("Hiroshima AI Process International Guiding Principles", ["Hiroshima AI Process Guiding Principles", "Hiroshima Guiding Principles"])
BLET = ("Bletchley Declaration", ["Bletchley Declaration on AI Safety"])
OECDAI = ("OECD Recommendation on AI", ["OECD Recommendation on Artificial Intelligence", "OECD AI Principles"])
R(d, ["Committee of Ministers of the Council of Europe", "Council of Europe Committee of Ministers", "Council of Europe"], ADOPTED, AIC,
  "2024-05-17", "It was adopted by the Committee of Ministers of the Council of Europe on 17 May 2024")
# Negotiation in the CAI (46 member states, the EU, 11 non-member states): nothing. Vilnius is the venue.
Q5 = ("On that day it was signed by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino, the United Kingdom, Israel, "
      "the United States of America and the European Union")
RL(d, ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States",
       "European Union"], "signed", AIC, "2024-09-05", Q5)
# Commissioner Jourová signing for the EU is the EU's signature (same record); the Council decision authorising signature: nothing.
RL(d, ["Canada", "Japan"], "signed", AIC, None, "Canada and Japan, which took part in the negotiations as observer states, have not yet signed the Convention", negated=True)
# Entry-into-force conditions: nothing.
R(d, "United Kingdom", NOTRATIFIED, AIC, None, "The United Kingdom has said it intends to ratify the Convention once the necessary legislation is in place", negated=True)
R(d, "European Union", NOTRATIFIED, AIC, None, "has not yet concluded it", negated=True)
# The Council's decision on conclusion and Parliament's consent (internal procedure) and the AI Act (EU legislation): nothing.
R(d, ["G7", "G7 leaders", "Group of Seven"], ENDORSED, HIRO, "2023-10-30", "which G7 leaders endorsed on 30 October 2023", required=False)
# "28 countries" are unnamed; the EU is named.
R(d, "European Union", SIGNED_DECL, BLET, "2023-11", "signed by 28 countries and the EU at the AI Safety Summit in November 2023")
R(d, ["OECD Council", "OECD", "Council of the OECD"], ADOPTED, OECDAI, "2019-05", "first adopted by the OECD Council in May 2019")
# "Parliament has long supported an international legal framework": a process, nothing.
R(d, ["European Parliament"], "called-for", AIC, "2022-05-03",
  "Parliament called on the Member States to sign and ratify any future Council of Europe convention on AI")
# JURI members urging the Commission to propose the decision on conclusion: not a call to sign or ratify (nothing).

# ===================== 06 (GCPEA, Safe Schools Declaration FAQ, June 2019) =====================
d = "06.txt"
D = "2019-06"
SSD = ("Safe Schools Declaration", ["the Declaration"])
R2225 = ("Security Council resolution 2225 (2015)", ["resolution 2225", "resolution 2225 (2015)", "S/RES/2225 (2015)"])
PRST = ("presidential statement on children and armed conflict", ["Security Council presidential statement on children and armed conflict"])
# Consultations led by Norway and Argentina: a process (nothing). The Oslo Conference is the venue; opening for endorsement: nothing.
# "states commit to use the Guidelines": unnamed. "89 states" / "Thirty-seven states": unnamed, but Norway and Argentina are named.
RL(d, ["Norway", "Argentina"], ENDORSED, SSD, "2015-05-29", "Thirty-seven states did so in Oslo, among them Norway, the host, and Argentina")
# Spain's hosting of the Palma conference: nothing. "in Oslo" resolves to the Oslo Conference, 29 May 2015.
R(d, "Spain", ENDORSED, SSD, "2015-05-29", "it endorsed the Declaration in Oslo in 2015")
Q10 = ("the Declaration was endorsed by ten further states - Bosnia and Herzegovina, Canada, Estonia, Guinea-Bissau, Guyana, Monaco, "
       "Nepal, North Macedonia, Peru and Sao Tome and Principe")
RL(d, ["Bosnia and Herzegovina", "Canada", "Estonia", "Guinea-Bissau", "Guyana", "Monaco", "Nepal", "North Macedonia", "Peru",
       "Sao Tome and Principe"], ENDORSED, SSD, "2019", Q10)
R(d, "France", ENDORSED, SSD, "2017-02", "France endorsed the Declaration in February 2017")
R(d, "United Kingdom", ENDORSED, SSD, "2018-11", "the United Kingdom followed in November 2018")
RL(d, ["China", "Russian Federation"], ENDORSED, SSD, None, "China, Russia and the United States have not endorsed it", negated=True)
R(d, "United States", ENDORSED, SSD, None, "China, Russia and the United States have not endorsed it", negated=True,
  alt=["it was \"not considering endorsing\" the Declaration at this time"])
R(d, "Germany", ENDORSED, SSD, "2015", "Germany endorsed in 2015")
R(d, "Poland", ENDORSED, SSD, "2016", "Poland in 2016")
R(d, "Denmark", ENDORSED, SSD, "2016", "Denmark joined the Declaration in 2016")
RL(d, ["Hungary", "Türkiye"], ENDORSED, SSD, None, "Hungary and Turkey have not endorsed", negated=True)
R(d, "Ireland", ENDORSED, SSD, "2015", "it endorsed in 2015")
R(d, UNSC, "adopted", R2225, "2015-06-18", "Security Council resolution 2225 (2015), adopted unanimously on 18 June 2015")
# "encouraged Member States to take concrete measures": a call to implement (nothing).
R(d, UNSC, "adopted", PRST, "2017", "The Council later adopted a presidential statement on children and armed conflict in 2017", required=False)
# Nigeria's offer to host the Abuja conference and its national Safe Schools Initiative: nothing.
R(d, "Nigeria", ENDORSED, SSD, "2015", "Nigeria endorsed the Declaration in 2015")
R(d, ["Global Coalition to Protect Education from Attack", "GCPEA"], "called-for", SSD, D,
  "GCPEA urges all states that have not yet done so to endorse the Safe Schools Declaration")
# "urges endorsing states to implement it fully": a call to implement (nothing).

# ===================== 07 (Parliamentary Library of Australia, FlagPost Q&A on the BBNJ Agreement, 27 September 2024) =====================
d = "07.txt"
D = "2024-09-27"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "BBNJ"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
# "a flurry of signatures and ratifications": unnamed. The conference's adoption: optional (collective body).
R(d, ["intergovernmental conference", "Intergovernmental Conference on Marine Biodiversity of Areas Beyond National Jurisdiction", "BBNJ intergovernmental conference"],
  ADOPTED, BBNJ, "2023-06-19", "It was adopted by consensus by the intergovernmental conference on 19 June 2023", required=False)
R(d, "Australia", "signed", BBNJ, "2023-09-20", "Australia signed the Agreement on 20 September 2023, the day it opened for signature",
  alt=["Then Minister for Foreign Affairs Penny Wong signed on Australia's behalf at UN Headquarters"])
# Tabling in Parliament, the JSCOT referral and the implementing legislation: domestic.
R(d, "Australia", NOTRATIFIED, BBNJ, None, "The Government has said it intends to ratify the Agreement 'as soon as possible'", negated=True)
QLIST = ("eight states had ratified the Agreement: Palau, Chile, Belize, Seychelles, Monaco, Mauritius, the Federated States of Micronesia "
         "and Cuba")
R(d, "Palau", RATIFIED, BBNJ, "2024-01-22", "Palau was the first, depositing its instrument on 22 January 2024", alt=[QLIST])
R(d, "Chile", RATIFIED, BBNJ, "2024-06-19", "Chile followed on 19 June 2024", alt=[QLIST])
RL(d, ["Belize", "Seychelles", "Monaco", "Mauritius", "Micronesia", "Cuba"], RATIFIED, BBNJ, None, QLIST)
# "Several of the others deposited their instruments at this week's treaty event": which ones is not said, so no date. Entry into force: nothing.
R(d, "European Union", "signed", BBNJ, None, "More than 100 states and the European Union have signed")
R(d, "New Zealand", "signed", BBNJ, "2023-09-20", "New Zealand signed on 20 September 2023")
RL(d, ["Fiji", "Samoa", "Vanuatu"], "signed", BBNJ, "2023-09-20", "as did Fiji, Samoa and Vanuatu")
R(d, "United States", "signed", BBNJ, "2023-12", "The United States signed in December 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "the US has not ratified it", negated=True)
# Not submitted to the Senate: domestic.
R(d, "United States", NOTBOUND, UNCLOS, None, "Nor is the US a party to UNCLOS itself", negated=True)
R(d, "Australia", PARTY, UNCLOS, "1994", "Australia has been a party to UNCLOS since 1994")
R(d, ["Pacific Islands Forum", "Pacific Islands Forum Leaders"], "called-for", BBNJ, "2023-11",
  "Pacific Islands Forum Leaders called on all Forum members to sign and ratify the BBNJ Agreement at the earliest opportunity",
  alt=["The 2024 Leaders' Meeting in Nuku'alofa last month reaffirmed that call"])
# Rarotonga and Nuku'alofa are venues; Belgium's and Chile's offers to host the Secretariat: nothing.

# ===================== 08 (CTBTO Preparatory Commission, twentieth-anniversary Q&A, Vienna, 30 September 2016) =====================
d = "08.txt"
D = "2016-09-30"
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Test-Ban Treaty"])
PTBT = ("Partial Test Ban Treaty", ["Limited Test Ban Treaty", "Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water"])
R2310 = ("Security Council resolution 2310 (2016)", ["resolution 2310", "resolution 2310 (2016)", "S/RES/2310 (2016)"])
JS = ("ministerial Joint Statement", ["Joint Statement on the CTBT", "ministerial Joint Statement of 21 September 2016"])
R(d, GA, "adopted", CTBT, "1996-09-10", "The CTBT was adopted by the United Nations General Assembly on 10 September 1996")
RL(d, ["Bhutan", "India", "Libya"], "supported", CTBT, "1996-09-10", "3 against (Bhutan, India and Libya)", negated=True)
# "158 votes in favour" and "5 abstentions": unnamed.
R(d, "United States", "signed", CTBT, "1996-09-24", "United States President Bill Clinton was the first leader to sign, on 24 September 1996")
R(d, "United States", "signed", PTBT, None, "President Kennedy had signed the Partial Test Ban Treaty", required=False)
RL(d, ["China", "France", "Russian Federation", "United Kingdom"], "signed", CTBT, "1996-09-24",
   "China, France, Russia and the United Kingdom also signed on the first day")
# "183 States have signed and 166 have ratified": unnamed. "earlier this week" against Friday 30 September 2016.
RL(d, ["Myanmar", "Eswatini"], RATIFIED, CTBT, "2016-09", "The most recent ratifications were deposited by Myanmar and Swaziland, both earlier this week")
# Entry-into-force rule (Article XIV, Annex 2): nothing.
Q8 = "Eight of them have not: China, Egypt, India, Iran, Israel, North Korea, Pakistan and the United States"
RL(d, ["China", "Egypt", "India", "Iran", "Israel", "Democratic People's Republic of Korea", "Pakistan", "United States"], NOTRATIFIED, CTBT, None, Q8, negated=True)
RL(d, ["India", "Democratic People's Republic of Korea", "Pakistan"], "signed", CTBT, None, "India, North Korea and Pakistan have not even signed", negated=True)
RL(d, ["France", "United Kingdom"], RATIFIED, CTBT, "1998-04-06",
   "France and the United Kingdom were the first nuclear-weapon States to ratify, both depositing their instruments on 6 April 1998")
R(d, "Russian Federation", RATIFIED, CTBT, "2000-06", "The Russian Federation ratified in June 2000")
R(d, UNSC, "adopted", R2310, "2016-09-23", "On 23 September 2016, the Security Council adopted resolution 2310 (2016)")
R(d, "United States", "co-sponsored", R2310, None, "drafted by the United States")
R(d, "Egypt", "supported", R2310, "2016-09-23", "with one abstention (Egypt)", negated=True)
R(d, UNSC, "called-for", CTBT, "2016-09-23", "The resolution calls upon all States that have not yet done so to sign and ratify the Treaty without delay", required=False)
R(d, UNSC, "welcomed", JS, "2016-09-23", "welcomes the ministerial Joint Statement adopted on 21 September 2016", required=False)
# The depositary and the Preparatory Commission's seat in Vienna: nothing.
R(d, "Indonesia", RATIFIED, CTBT, "2012-02-06", "Indonesia ratified the Treaty on 6 February 2012")
RL(d, ["Sri Lanka", "Nepal"], "signed", CTBT, "1996", "Sri Lanka and Nepal both signed in 1996")
RL(d, ["Sri Lanka", "Nepal"], NOTRATIFIED, CTBT, None, "but have yet to ratify", negated=True)
R(d, "Thailand", "signed", CTBT, "1996", "Thailand, which also signed in 1996")
R(d, "Thailand", NOTRATIFIED, CTBT, None, "its ratification is pending before the National Legislative Assembly", negated=True)
R(d, ["CTBTO Executive Secretary", "Executive Secretary of the CTBTO Preparatory Commission", "Lassina Zerbo", "CTBTO Preparatory Commission", "CTBTO"],
  "called-for", CTBT, None, "The Executive Secretary, Lassina Zerbo, has called on the remaining eight Annex 2 States to sign and ratify the CTBT without further delay")
# Calls to maintain testing moratoriums and the DPRK's tests: nothing.

# ===================== 09 (ITUC briefing, Markdown explainer on C190 ratifications, 21 June 2023) =====================
d = "09.md"
D = "2023-06-21"
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["C190", "Convention No. 190", "ILO Convention No. 190", "Violence and Harassment Convention"])
R206 = ("Violence and Harassment Recommendation, 2019 (No. 206)", ["Recommendation No. 206", "R206"])
ILC = ["International Labour Conference", "ILO", "International Labour Organization"]
R(d, ILC, "adopted", C190, "2019-06-21", "It was adopted by the International Labour Conference on 21 June 2019")
R(d, ILC, "adopted", R206, "2019-06-21", "together with the accompanying Violence and Harassment Recommendation, 2019 (No. 206)")
# "439 votes in favour, 7 against and 30 abstentions": unnamed. Entry into force: nothing.
R(d, "Uruguay", RATIFIED, C190, "2020-06-12", "Uruguay was the first country to ratify C190, on 12 June 2020")
R(d, "Fiji", RATIFIED, C190, "2020-06-25", "Fiji followed on 25 June 2020")
# Fiji "the first to announce its decision, in 2019": not a treaty action (nothing). "32 countries": unnamed.
R(d, "United Kingdom", RATIFIED, C190, "2022-03-07", "United Kingdom -- 7 March 2022")
R(d, "Spain", RATIFIED, C190, "2022-05-25", "Spain -- 25 May 2022")
R(d, "Rwanda", RATIFIED, C190, "2022-12-15", "Rwanda -- 15 December 2022")
R(d, "Canada", RATIFIED, C190, "2023-01-30", "Canada -- 30 January 2023")
R(d, "Albania", RATIFIED, C190, "2023-02-06", "Albania -- 6 February 2023")
R(d, "Australia", RATIFIED, C190, "2023-06-09", "Australia -- 9 June 2023")
R(d, "Ireland", NOTRATIFIED, C190, None, "Ireland's ratification has not yet been registered", negated=True,
  alt=["the Government expects to deposit the instrument of ratification later this year"])
# The Dáil's approval of 11 May 2023: domestic.
RL(d, ["Argentina", "Ecuador", "Greece", "Italy", "Mauritius", "Namibia", "Somalia", "South Africa"], RATIFIED, C190, None,
   "Earlier ratifiers include Argentina, Ecuador, Greece, Italy, Mauritius, Namibia, Somalia and South Africa")
R(d, "Mexico", RATIFIED, C190, "2022-07-06", "Mexico ratified on 6 July 2022")
R(d, "Peru", RATIFIED, C190, "2022-06-08", "Peru on 8 June 2022")
R(d, "Nigeria", RATIFIED, C190, "2022-11-08", "Nigeria's ratification was registered on 8 November 2022")
R(d, "Kenya", NOTRATIFIED, C190, None, "Kenya has announced that it intends to ratify before the end of the year", negated=True)
# The EU's legal incapacity: a careful annotator might or might not note it. The Council decision authorising member States: nothing.
R(d, "European Union", NOTRATIFIED, C190, None, "The EU cannot ratify ILO conventions", negated=True, required=False)
RL(d, ["Belgium", "Germany", "Portugal"], NOTRATIFIED, C190, None, "Belgium, Germany and Portugal have said they will ratify in 2024", negated=True)
R(d, "United States", "supported", C190, "2019-06-21", "The US Government voted in favour of adopting the Convention in 2019")
R(d, "United States", NOTRATIFIED, C190, None, "but has not ratified it", negated=True)
R(d, "Malaysia", "supported", C190, "2019-06-21", "the Government of Malaysia abstained", negated=True)
RL(d, ["El Salvador", "Paraguay"], "supported", C190, "2019-06-21", "as did the Governments of El Salvador and Paraguay", negated=True)
# "No government voted against"; the employers' delegates' votes; the campaign with national centres: nothing.
R(d, ["International Trade Union Confederation", "ITUC"], "called-for", C190, D,
  "We call on every government that has not yet ratified Convention No. 190 to do so without further delay")
# "and to implement it together with Recommendation No. 206": a call to implement (nothing).

# ===================== 10 (Ireland DFA, UNCRPD FAQ page, 19 April 2018) =====================
d = "10.txt"
D = "2018-04-19"
CRPD = ("Convention on the Rights of Persons with Disabilities", ["UNCRPD", "CRPD", "UN Convention on the Rights of Persons with Disabilities"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD"])
CRC = ("Convention on the Rights of the Child", ["UN Convention on the Rights of the Child", "UNCRC", "CRC"])
CED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["Convention on Enforced Disappearance", "ICPPED", "CED"])
QAD = "It was adopted by the United Nations General Assembly on 13 December 2006, together with its Optional Protocol"
R(d, GA, "adopted", CRPD, "2006-12-13", QAD)
R(d, GA, "adopted", OPCRPD, "2006-12-13", QAD)
R(d, "Ireland", "supported", CRPD, "2006-12-13", "Ireland voted in favour of its adoption")
# Entry into force (internationally 2008; for Ireland "today"): nothing.
R(d, "Ireland", "signed", CRPD, "2007-03-30", "Ireland signed the Convention on 30 March 2007")
R(d, "Ireland", RATIFIED, CRPD, "2018-03-20", "Ireland ratified the Convention on 20 March 2018")
# The Ambassador's deposit is the same ratification; the Secretary-General as depositary; the three Acts (domestic);
# the declarations and reservations on Articles 12, 14, 25(e) and 27: nothing.
R(d, "Ireland", "signed", OPCRPD, "2007-03-30", "Ireland signed the Optional Protocol on 30 March 2007")
R(d, "Ireland", NOTRATIFIED, OPCRPD, None, "It has not yet ratified it", negated=True,
  alt=["the Government has committed to ratifying the Optional Protocol following the completion of the first reporting cycle under the Convention"])
R(d, "Finland", RATIFIED, CRPD, "2016-05", "Finland ratified in May 2016")
R(d, "Netherlands", RATIFIED, CRPD, "2016-07", "the Netherlands in July 2016")
R(d, "European Union", ACCEPTED, CRPD, "2010-12-23", "The European Union itself concluded the Convention on 23 December 2010")
# "177 States are parties": unnamed.
R(d, "United States", "signed", CRPD, "2009-07-30", "the United States signed the Convention on 30 July 2009")
R(d, "United States", NOTRATIFIED, CRPD, None, "Among those that have not ratified, the United States signed the Convention on 30 July 2009", negated=True)
# The Senate's advice and consent: domestic.
RL(d, ["Tonga", "Uzbekistan"], "signed", CRPD, None, "Tonga and Uzbekistan have signed but not ratified")
RL(d, ["Tonga", "Uzbekistan"], NOTRATIFIED, CRPD, None, "Tonga and Uzbekistan have signed but not ratified", negated=True)
R(d, "South Sudan", "signed", CRPD, None, "South Sudan has neither signed nor acceded", negated=True)
R(d, "South Sudan", ACCEDED, CRPD, None, "South Sudan has neither signed nor acceded", negated=True)
# "seven of the nine core international human rights treaties": unnamed instruments.
R(d, "Ireland", RATIFIED, CRC, "1992", "the UN Convention on the Rights of the Child, which it ratified in 1992")
R(d, "Ireland", "signed", CED, "2007", "Ireland signed the International Convention for the Protection of All Persons from Enforced Disappearance in 2007")
R(d, "Ireland", NOTRATIFIED, CED, None, "but has not ratified it", negated=True)
# Implementation by the Department of Justice and Equality and IHREC as monitoring mechanism: nothing.

# ===================== 11 (IDMC expert-opinion Q&A, Kampala Convention at ten, Geneva, 9 December 2019) =====================
d = "11.txt"
D = "2019-12-09"
KC = ("African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa", ["Kampala Convention", "AU Convention on IDPs"])
R(d, ["African Union", "AU", "Special Summit of the African Union"], ADOPTED, KC, "2009-10-23",
  "was adopted by a Special Summit of the African Union in Kampala, Uganda, on 23 October 2009")
# The Guiding Principles and the Great Lakes Protocol it "builds on": nothing. Kampala is the venue.
R(d, "Uganda", RATIFIED, KC, "2010-01", "Uganda, the host country of the summit, was also the first to ratify, in January 2010")
# Entry into force on 6 December 2012: nothing; Swaziland's instrument is a ratification with no date of its own.
R(d, "Eswatini", RATIFIED, KC, None, "thirty days after the fifteenth instrument of ratification was deposited - Swaziland's")
# "29 of the AU's 55 member states", "a further 14": unnamed.
R(d, "Somalia", RATIFIED, KC, "2019-11", "Somalia (ratified November 2019, the 29th State Party)")
R(d, "South Sudan", NOTRATIFIED, KC, None, "South Sudan (ratification approved by parliament in 2018; instrument not yet deposited)", negated=True)
R(d, "Djibouti", RATIFIED, KC, "2019-02", "Djibouti (ratified February 2019)")
R(d, "Ethiopia", "signed", KC, "2009", "signed the Convention in 2009")
R(d, "Ethiopia", NOTRATIFIED, KC, None, "but has not yet ratified it", negated=True)
R(d, "Cameroon", "signed", KC, "2009", "Cameroon, by contrast, signed in 2009 and ratified in 2015")
R(d, "Cameroon", RATIFIED, KC, "2015", "Cameroon, by contrast, signed in 2009 and ratified in 2015")
R(d, "Senegal", RATIFIED, KC, "2012", "Senegal ratified in 2012")
R(d, "Democratic Republic of the Congo", RATIFIED, KC, "2014", "The Democratic Republic of the Congo ratified in 2014")
R(d, "Nigeria", RATIFIED, KC, "2012-04", "as did Nigeria before it, in April 2012")
RL(d, ["Sudan", "Libya"], "signed", KC, None, "Sudan and Libya have signed but not ratified")
RL(d, ["Sudan", "Libya"], NOTRATIFIED, KC, None, "Sudan and Libya have signed but not ratified", negated=True)
R(d, "Morocco", "signed", KC, None, "has not signed the Convention", negated=True)
# Morocco rejoining the AU: membership of an organisation (nothing).
R(d, "Niger", PARTY, KC, None, "Only a handful of States Parties, including Niger and Nigeria")
# Niger's 2018 law and Nigeria's draft policy: domestic.
R(d, ["African Union Commission", "AU Commissioner for Political Affairs", "African Union", "Minata Samate Cessouma"], "called-for", KC, "2019-10-23",
  "AU Commissioner for Political Affairs Minata Samate Cessouma called on all member states that have not yet done so to sign and ratify the Kampala Convention")
# Addis Ababa is a venue; the AU's Year of Refugees: nothing.
R(d, ["Internal Displacement Monitoring Centre", "IDMC"], "called-for", KC, D,
  "We encourage all African states that have not yet ratified the Kampala Convention to do so")

# ===================== 12 (Chile MFA, HTML FAQ page on the Escazú Agreement, Santiago, 13 June 2022) =====================
d = "12.html"
D = "2022-06-13"
ESC = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
       ["Escazú Agreement", "Escazu Agreement"])
# Adoption "in Escazú" names no actor; entry into force 22 April 2021: nothing. Co-chairing the negotiations: a process.
R(d, "Chile", "signed", ESC, None, "the Government of the day decided not to sign the Agreement when it opened for signature in New York on 27 September 2018", negated=True)
R(d, "Chile", ACCEDED, ESC, D, "Today, 13 June 2022, Chile deposited its instrument of accession")
# Congress's approval and the Senate vote (domestic); President Boric signing the instrument of accession is not a signature of the Agreement.
QP = ("the Agreement had twelve Parties: Antigua and Barbuda, Argentina, Bolivia, Ecuador, Guyana, Mexico, Nicaragua, Panama, Saint Kitts and Nevis, "
      "Saint Lucia, Saint Vincent and the Grenadines and Uruguay")
RL(d, ["Antigua and Barbuda", "Argentina", "Bolivia", "Ecuador", "Guyana", "Mexico", "Nicaragua", "Panama", "Saint Kitts and Nevis",
       "Saint Lucia", "Saint Vincent and the Grenadines", "Uruguay"], PARTY, ESC, None, QP)
R(d, "Chile", NOTBOUND, ESC, None, "Chile will be the thirteenth", negated=True)
QS = "Signatories that have not ratified include Brazil, Costa Rica, Guatemala, Haiti, Paraguay and Peru"
SIGS = ["Brazil", "Costa Rica", "Guatemala", "Haiti", "Paraguay", "Peru"]
RL(d, SIGS, "signed", ESC, None, QS)
RL(d, SIGS, NOTRATIFIED, ESC, None, QS, negated=True)
# Paraguay's withdrawal from Congress and Peru's committee: domestic. COP1 in Santiago, ECLAC as secretariat, Chile as observer,
# the rules of procedure and the compliance committee: nothing.
R(d, "Chile", "called-for", ESC, D,
  "Chile calls on the countries of Latin America and the Caribbean that have not yet done so to sign and ratify the Agreement")
# The candidacy to host COP2: nothing.

# ===================== 13 (Congressional Research Service In Focus IF11982, Kigali Amendment FAQ, updated November 14, 2022) =====================
d = "13.txt"
D = "2022-11-14"
KIG = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment", "Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer"])
MP = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
LON = ("London Amendment to the Montreal Protocol", ["London Amendment"])
COP = ("Copenhagen Amendment to the Montreal Protocol", ["Copenhagen Amendment"])
MTL = ("Montreal Amendment to the Montreal Protocol", ["Montreal Amendment"])
BEI = ("Beijing Amendment to the Montreal Protocol", ["Beijing Amendment"])
R(d, "United States", RATIFIED, KIG, "2022-10-31", "the United States deposited it with the U.N. Secretary-General, the depositary, on October 31, 2022",
  alt=["On October 31, 2022, the United States became a party to the Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer"])
R(d, ["Parties to the Montreal Protocol", "Meeting of the Parties to the Montreal Protocol", "MOP28"], ADOPTED, KIG, "2016-10-15",
  "The Parties to the Montreal Protocol adopted the Amendment at their 28th Meeting (MOP28) in Kigali, Rwanda, on October 15, 2016")
R(d, "United States", "supported", KIG, "2016-10-15", "The U.S. delegation joined the consensus", required=False)
# Transmittal to the Senate, advice and consent (69-27), the President signing the instrument of ratification (not a signature of the
# Amendment), entry into force for the US on January 29, 2023, and the AIM Act of 2020: domestic or nothing.
R(d, "United States", RATIFIED, MP, "1988-04", "The United States ratified the Montreal Protocol in April 1988")
QAM = "has ratified each of its four earlier amendments (London, Copenhagen, Montreal and Beijing)"
for a in (LON, COP, MTL, BEI):
    R(d, "United States", RATIFIED, a, None, QAM, required=False)
# "138 Parties had ratified, accepted, or approved": unnamed; the named Parties below are recorded.
R(d, "European Union", RATIFIED, KIG, "2018-11", "the European Union (ratified November 2018)")
R(d, "Canada", ACCEPTED, KIG, "2017-11", "Canada (November 2017), among the first")
R(d, "Japan", ACCEPTED, KIG, "2018-12", "Japan (accepted December 2018)")
R(d, "China", ACCEPTED, KIG, "2021-06", "China (accepted June 2021)")
R(d, "India", RATIFIED, KIG, "2021-09", "India (ratified September 2021)")
R(d, "Brazil", RATIFIED, KIG, "2022-10", "Brazil (ratified October 2022)")
R(d, "Rwanda", RATIFIED, KIG, "2017-05", "Rwanda, the host of MOP28, deposited its instrument of ratification in May 2017")
QG20 = "Among G20 countries, Indonesia, Saudi Arabia and Turkey had not ratified the Amendment as of November 2022"
R(d, "Indonesia", NOTRATIFIED, KIG, None, QG20, negated=True,
  alt=["Indonesia's government has announced that it intends to complete ratification by the end of the year"])
RL(d, ["Saudi Arabia", "Türkiye"], NOTRATIFIED, KIG, None, QG20, negated=True)
# China's phase-down commitments, EPA rules, trade with non-Parties and the Multilateral Fund: nothing.

# ===================== 14 (think-tank explainer, WHO Pandemic Agreement, 12 June 2025) =====================
d = "14.txt"
D = "2025-06-12"
PA = ("WHO Pandemic Agreement", ["Pandemic Agreement", "pandemic treaty"])
RES = ("resolution WHA78.1", ["WHA78.1", "resolution adopting the Agreement"])
IHRA = ("2024 amendments to the International Health Regulations", ["amendments to the IHR", "IHR amendments", "2024 amendments"])
R(d, WHA, "adopted", PA, "2025-05-20", "On 20 May 2025 the Seventy-eighth World Health Assembly (WHA78) adopted the WHO Pandemic Agreement by resolution WHA78.1",
  alt=["the World Health Assembly last month adopted the world's first pandemic treaty"])
R(d, WHA, "adopted", RES, "2025-05-20", "On 20 May 2025 the Seventy-eighth World Health Assembly (WHA78) adopted the WHO Pandemic Agreement by resolution WHA78.1",
  required=False)
R(d, ["Committee A", "WHA Committee A", "Committee A of the World Health Assembly"], ADOPTED, PA, "2025-05-19",
  "The text had been approved the previous day in Committee A", required=False)
# "124 in favour, none against and 11 abstentions": unnamed beyond the named States.
QAB = "The abstaining Member States in Committee A included Poland, Israel, Italy, the Russian Federation, Slovakia and Iran"
RL(d, ["Poland", "Israel", "Italy", "Russian Federation", "Iran"], "supported", PA, "2025-05-19", QAB, negated=True)
R(d, "Slovakia", "supported", PA, "2025-05-19", QAB, negated=True, alt=["Slovakia would not support the Agreement"])
# Slovakia requesting the vote: nothing.
R(d, "United States", "supported", PA, "2025-05-19", "did not participate in the negotiations' final phase or in the vote", negated=True)
# Withdrawal from WHO (the Organization, by the US and Argentina) is membership of an organisation, not an instrument the text names: nothing.
R(d, "Argentina", "supported", PA, "2025-05-19", "was absent as well", negated=True, required=False)
QCO = ("The resolution adopting the Agreement was co-sponsored by, among others, Brazil, Chile, Kenya, Norway, Rwanda, South Africa and the "
       "United Kingdom")
RL(d, ["Brazil", "Chile", "Kenya", "Norway", "Rwanda", "South Africa", "United Kingdom"], "co-sponsored", RES, None, QCO)
# Costa Rica's delegate's remark; opening for signature after the PABS annex; entry into force: nothing.
RL(d, ["Rwanda", "Norway"], NOTRATIFIED, PA, None, "Rwanda and Norway have both said they intend to be among the first to ratify", negated=True)
R(d, "European Union", "signed", PA, None, "has indicated it will sign once the Agreement is open for signature", negated=True)
# The Council's 2021 decision to support negotiations: a process (nothing).
R(d, WHA, "adopted", IHRA, "2024-06-01", "Amendments to the IHR were adopted by WHA77 on 1 June 2024")
RL(d, ["Argentina", "United States"], NOTBOUND, IHRA, None, "The Argentine and United States governments have formally rejected the 2024 amendments", negated=True)
R(d, ["WHO Director-General", "Director-General of the World Health Organization", "Tedros Adhanom Ghebreyesus", "World Health Organization"],
  "called-for", PA, None, "urged all Member States to sign and ratify the Agreement once it opens for signature")
R(d, "China", "supported", PA, "2025-05-19", "China voted in favour in Committee A")
R(d, "China", NOTRATIFIED, PA, None, "has not indicated when it will ratify", negated=True, required=False)
R(d, "India", "supported", PA, "2025-05-19", "India also voted in favour")

# ===================== 15 (House of Lords Library In Focus, UN Convention against Cybercrime Q&A, 10 November 2025) =====================
d = "15.txt"
D = "2025-11-10"
UNCC = ("United Nations Convention against Cybercrime", ["UN Convention against Cybercrime", "UN cybercrime convention", "Convention against Cybercrime"])
R74247 = ("General Assembly resolution 74/247", ["resolution 74/247", "A/RES/74/247"])
BUD = ("Council of Europe Convention on Cybercrime", ["Budapest Convention", "Convention on Cybercrime", "ETS No. 185"])
BUD2 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
        ["Second Additional Protocol", "Second Additional Protocol to the Budapest Convention", "CETS No. 224"])
R(d, "United Kingdom", "signed", UNCC, "2025-10-25", "The UK also signed on 25 October",
  alt=["Last month the UK was among the first countries to sign the new United Nations Convention against Cybercrime",
       "the Minister of State for Security signed on behalf of the UK Government"])
# The Lords debate later this month: nothing.
R(d, GA, "adopted", UNCC, "2024-12-24", "It was adopted by the UN General Assembly without a vote on 24 December 2024, by resolution 79/243")
R(d, GA, "adopted", ("General Assembly resolution 79/243", ["resolution 79/243", "A/RES/79/243"]), "2024-12-24",
  "It was adopted by the UN General Assembly without a vote on 24 December 2024, by resolution 79/243", required=False)
R(d, GA, "adopted", R74247, "2019-12-27", "The resolution was adopted by 79 votes to 60, with 33 abstentions",
  alt=["General Assembly resolution 74/247 of 27 December 2019"])
R(d, "Russian Federation", "co-sponsored", R74247, None, "tabled by the Russian Federation")
# Establishing the ad hoc committee: a process. "the member states of the EU": unnamed.
R(d, "United Kingdom", "supported", R74247, "2019-12-27", "The UK voted against it", negated=True)
R(d, "United States", "supported", R74247, "2019-12-27", "as did the United States", negated=True)
# Hanoi as venue and Viet Nam as host: nothing; "72 states": unnamed. Viet Nam's own signature is recorded.
R(d, "Viet Nam", "signed", UNCC, "2025-10-25", "Viet Nam signed first, on 25 October")
QOS = "Other signatories at Hanoi included the European Union, China, the Russian Federation, Brazil, Egypt, South Africa and Australia"
RL(d, ["European Union", "China", "Russian Federation", "Brazil", "Egypt", "South Africa", "Australia"], "signed", UNCC, "2025-10", QOS)
R(d, "United States", "signed", UNCC, None, "The United States did not sign in Hanoi and has not said whether it will", negated=True)
R(d, "India", "signed", UNCC, None, "India also did not sign", negated=True)
R(d, ["UN Secretary-General", "United Nations Secretary-General", "António Guterres"], "called-for", UNCC, "2025-10-25",
  "UN Secretary-General António Guterres urged all states to sign and ratify the convention")
R(d, "United Kingdom", NOTRATIFIED, UNCC, None,
  "The Government has said it will ratify the convention only once it is satisfied that the UK's domestic law and safeguards are fully compatible with it",
  negated=True)
# Laying before Parliament under CRaG (domestic), entry into force and "No state has yet ratified" (unnamed): nothing.
R(d, "United Kingdom", RATIFIED, BUD, "2011-05", "The UK ratified the Council of Europe Convention on Cybercrime (the Budapest Convention) in May 2011")
R(d, "United Kingdom", "signed", BUD2, "2022-05-12", "On 12 May 2022 the UK signed the convention's Second Additional Protocol")
R(d, "United Kingdom", NOTRATIFIED, BUD2, None, "but it has not yet ratified the protocol", negated=True)
R(d, "Russian Federation", "signed", BUD, None, "Russia has never signed the Budapest Convention", negated=True)
# Concerns of human rights organisations and companies; applying safeguards and refusing requests: implementation (nothing).

# ===================== 16 (APMBC Implementation Support Unit, Q&A on withdrawal, Geneva, 15 July 2025) =====================
d = "16.txt"
D = "2025-07-15"
APMBC = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
         ["Anti-Personnel Mine Ban Convention", "Ottawa Convention", "Mine Ban Convention", "APMBC"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
R(d, ["Diplomatic Conference", "Oslo Diplomatic Conference", "Diplomatic Conference on an International Total Ban on Anti-Personnel Land Mines"],
  ADOPTED, APMBC, "1997-09-18", "was adopted by the Diplomatic Conference in Oslo on 18 September 1997", required=False)
# Opening for signature in Ottawa, entry into force, the depositary: nothing. "165": unnamed.
R(d, "Marshall Islands", RATIFIED, APMBC, "2025-03-12", "the Marshall Islands, which ratified the Convention on 12 March 2025")
QREC = "the defence ministers of Estonia, Latvia, Lithuania and Poland jointly recommended that their countries withdraw"
QFOL = "followed by Estonia, Finland and Lithuania"
R(d, "Estonia", NOTBOUND, APMBC, None, QREC, negated=True, alt=[QFOL])
R(d, "Latvia", NOTBOUND, APMBC, None, QREC, negated=True, alt=["Latvia was the first to deposit an instrument of withdrawal, on 27 June 2025"])
R(d, "Lithuania", NOTBOUND, APMBC, None, QREC, negated=True, alt=[QFOL])
R(d, "Poland", NOTBOUND, APMBC, None, QREC, negated=True)
R(d, "Finland", NOTBOUND, APMBC, None, "Finland announced its intention to withdraw on 1 April 2025", negated=True, alt=[QFOL])
# Poland's parliament approving a withdrawal bill: domestic. The President of Ukraine signing a decree is not a signature of the Convention.
R(d, "Ukraine", NOTBOUND, APMBC, None, "On 29 June 2025 the President of Ukraine signed a decree on withdrawal", negated=True)
R(d, "Ukraine", RATIFIED, APMBC, "2005-12", "Ukraine, which ratified the Convention in December 2005")
# Article 20's rule on when withdrawal takes effect: nothing.
R(d, "Estonia", ACCEDED, APMBC, "2004-05-12", "Estonia ............ acceded, 12 May 2004")
R(d, "Latvia", ACCEDED, APMBC, "2005-07-01", "Latvia ............. acceded, 1 July 2005")
R(d, "Lithuania", RATIFIED, APMBC, "2003-05-12", "Lithuania .......... ratified, 12 May 2003")
R(d, "Finland", ACCEDED, APMBC, "2012-01-09", "Finland ............ acceded, 9 January 2012")
R(d, "Poland", RATIFIED, APMBC, "2012-12-27", "Poland ............. ratified, 27 December 2012")
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania's withdrawal from the Convention on Cluster Munitions took effect on 6 March 2025", negated=True)
# "Thirty-two States have not joined": unnamed beyond the five named.
RL(d, ["China", "India", "Pakistan", "Russian Federation", "United States"], NOTBOUND, APMBC, None,
   "Thirty-two States have not joined, including China, India, Pakistan, the Russian Federation and the United States", negated=True)
R(d, "Norway", "called-for", APMBC, "2025-06",
  "Norway, speaking for a cross-regional group of States, called on all States not party to join the Convention without delay")
# "a cross-regional group of States": unnamed. The President's urging to reconsider withdrawal is not a call to join (nothing).
# The Twenty-Second Meeting in Geneva under Thailand's Presidency: venue and office (nothing).

gold.finish(MIN_CHARS, MAX_CHARS)
