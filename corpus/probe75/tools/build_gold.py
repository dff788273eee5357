#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (02.md, 09.md, 05.html, 12.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity. Alternative actor names missing from gold.py's ALT_NAMES are added locally below.

Theme: newspapers of small and mid-sized States covering treaties and votes (2016-2026): news reports, editorials, op-eds by
ministers and academics, letters to the editor, explainer boxes and corrections. A minister or ambassador speaking resolves to
the State; "we" in an op-ed by a minister resolves to the State; a newspaper's own editorial urging is the paper's called-for
(optional). Calls on others to sign, ratify, accede, join or adopt are the caller's `called-for`, dated by the day of the
call where the text gives it; calls to implement give nothing. Planned, intended, "has yet to", "signed but not ratified",
withdrawals and announced withdrawals are negated records without a date (votes against and abstentions keep theirs).
Domestic steps (a parliament's vote or approval, an Act, a Bill, a court ruling), entry into force, depositaries, venues and
hosts, reservations, implementation, welcoming another State's act and support for bodies or processes give no record."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Türkiye", "Czechia", "Netherlands",
          "Republic of Moldova", "Democratic People's Republic of Korea", "Syria", "China", "Viet Nam", "Micronesia", "Kazakhstan",
          "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Bolivia", "Venezuela", "Iran", "Côte d'Ivoire", "Gambia", "Eswatini",
          "Republic of Korea", "Bahamas", "São Tomé and Príncipe", "Philippines", "Brunei Darussalam", "Germany", "Mexico", "Costa Rica", "Ghana", "Samoa", "Fiji"),
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Maldives": ["Maldives", "the Maldives", "Republic of Maldives"],
    "Comoros": ["Comoros", "the Comoros", "Union of the Comoros"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Saint Lucia": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Singapore": ["Singapore", "Republic of Singapore"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (Port Louis Mercury, news report from Nice, 11 June 2025; dateline 10 June) =====================
d = "01.txt"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["High Seas Treaty", "BBNJ Agreement", "BBNJ", "Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "UN Convention on the Law of the Sea", "Law of the Sea Convention"])
CHAGOS = ("Agreement concerning the Chagos Archipelago including Diego Garcia", ["Chagos treaty", "Chagos Agreement", "treaty between Mauritius and the United Kingdom"])
NOAP = ("Nice Ocean Action Plan", ["political declaration of the third UN Ocean Conference"])
R(d, "Mauritius", RATIFIED, BBNJ, "2025-06-09", "Mauritius on Monday, 9 June, deposited its instrument of ratification of the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
  alt=["9 June 2025: Mauritius deposits its instrument in Nice."])
# France and Costa Rica co-hosting (hosts), the Secretary-General as depositary, the National Assembly's approval (domestic),
# the entry-into-force threshold and the Maritime Zones Act amendments: nothing.
R(d, "Mauritius", "signed", BBNJ, "2023-09-20", "Mauritius signed the Agreement in New York on 20 September 2023",
  alt=["20 Sept 2023: opened for signature; Mauritius signs on day one."])
R(d, "Mauritius", "called-for", BBNJ, "2025-06-09", "Mr Jhugroo called on \"all Indian Ocean States that have not yet done so to sign and ratify the High Seas Treaty without delay\"")
RL(d, ["Seychelles", "Maldives"], RATIFIED, BBNJ, None, "Seychelles and the Maldives had already ratified the Agreement")
R(d, "Palau", RATIFIED, BBNJ, None, "Palau was the first State in the world to do so")
RL(d, ["Fiji", "France", "Greece", "Jamaica", "Montenegro", "Portugal", "Senegal", "Spain", "Vanuatu"], JOINED, BBNJ, "2025-06",
   "Among the States that deposited instruments during the conference were: Fiji, France, Greece, Jamaica, Montenegro, Portugal, Senegal, Spain and Vanuatu")
R(d, "Madagascar", "signed", BBNJ, None, "Madagascar has signed the Agreement but has not yet ratified it")
R(d, "Madagascar", NOTRATIFIED, BBNJ, None, "Madagascar has signed the Agreement but has not yet ratified it", negated=True)
R(d, "Comoros", JOINED, BBNJ, None, "The Comoros intends to accede before the end of the year", negated=True)
R(d, "Mauritius", PARTY, UNCLOS, "1994", "Mauritius has been a party to the UN Convention on the Law of the Sea (UNCLOS) since 1994")
RL(d, ["Mauritius", "United Kingdom"], "signed", CHAGOS, "2025-05-22", "which the two countries signed in London on 22 May")
RL(d, ["United Kingdom", "Mauritius"], NOTRATIFIED, CHAGOS, None, "Neither the United Kingdom nor Mauritius has yet ratified that treaty", negated=True)
R(d, ["Intergovernmental Conference", "Intergovernmental Conference on Marine Biodiversity of Areas Beyond National Jurisdiction"], ADOPTED, BBNJ, "2023-06-19",
  "19 June 2023: adopted by the Intergovernmental Conference by consensus.", required=False)
R(d, ["third UN Ocean Conference", "UN Ocean Conference"], ADOPTED, NOAP, None, "closes on Friday with the expected adoption of a political declaration, the \"Nice Ocean Action Plan\"", negated=True, required=False)
# "Environmental groups ... welcomed the move" (welcoming a State's act) and the NGO's urging to fund enforcement: nothing.

# ===================== 02 (Tallinn Ledger, Markdown explainer, 6 September 2024; "Thursday" = 5 September) =====================
d = "02.md"
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "AI Convention", "CETS No. 225", "Framework Convention", "Council of Europe AI Convention"])
R(d, ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"], ADOPTED, AIC, "2024-05-17",
  "It was adopted by the Committee of Ministers of the Council of Europe on 17 May 2024", alt=["It was adopted on 17 May 2024."])
# The table: one quote per row (the row's cells; the Markdown pipes are part of the file).
for actor, who in [("Andorra", "Minister of Foreign Affairs"), ("Georgia", "Minister of Justice"), ("Iceland", "Minister of Justice"),
                   ("Norway", "State Secretary, Ministry of Digitalisation"), ("Republic of Moldova", "Minister of Justice"),
                   ("San Marino", "Secretary of State for Foreign Affairs"), ("United Kingdom", "Lord Chancellor"),
                   ("Israel", "Minister of Justice"), ("United States", "Under Secretary of State (on behalf of the Secretary)")]:
    R(d, actor, "signed", AIC, "2024-09-05", f"{actor} | {who}")
R(d, "European Union", "signed", AIC, "2024-09-05", "European Union | Commissioner for Values and Transparency",
  alt=["The European Commission signed on behalf of the EU"])
# Vilnius / Lithuania hosting: venue and host. "no State has ratified": unnamed. The EU AI Act: EU law, not a treaty.
R(d, "Lithuania", "signed", AIC, None, "Lithuania, as host, signed nothing on the day", negated=True)
R(d, "Estonia", "signed", AIC, None, "Estonia \"supports the Convention and intends to sign it once the government has approved the signature mandate\"",
  negated=True, alt=["Estonia has not signed the Convention yet"])
R(d, "Estonia", ["supported", "endorsed"], AIC, None, "Estonia \"supports the Convention", required=False)
RL(d, ["Latvia", "Finland"], "signed", AIC, None, "Latvia and Finland were not there either", negated=True, required=False)
RL(d, ["Japan", "Canada"], "signed", AIC, None, "took part in drafting but have not signed", negated=True)
R(d, "Switzerland", "signed", AIC, None, "announced that it intends to sign \"in the coming months\"", negated=True)
R(d, "Ukraine", "signed", AIC, None, "has signalled support but has not signed", negated=True)
# The Cabinet's signature mandate (domestic), entry into force, the Conference of the Parties: nothing.

# ===================== 03 (Suva Tribune editorial, Monday 10 July 2017; "Last Friday" = 7 July 2017) =====================
d = "03.txt"
V = "2017-07-07"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear weapons ban treaty", "Nuclear Ban Treaty"])
RARO = ("Treaty of Rarotonga", ["South Pacific Nuclear Free Zone Treaty", "Rarotonga Treaty"])
RES16 = ("2016 General Assembly resolution taking forward multilateral nuclear disarmament negotiations", ["resolution that started the process in 2016", "resolution 71/258"])
R(d, ["conference negotiating the Treaty on the Prohibition of Nuclear Weapons", "United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons", "UN conference"],
  ADOPTED, TPNW, V, "the conference negotiating the Treaty on the Prohibition of Nuclear Weapons adopted it by 122 votes to one, with one abstention")
R(d, "Fiji", "supported", TPNW, V, "Fiji voted in favour.")
RL(d, ["Samoa", "Tuvalu", "Vanuatu", "Palau", "Kiribati", "New Zealand"], "supported", TPNW, V,
   "So did most of our Pacific neighbours, including Samoa, Tuvalu, Vanuatu, Palau, Kiribati and New Zealand.")
R(d, "Netherlands", "supported", TPNW, V, "The Netherlands voted against", negated=True)
R(d, "Singapore", "supported", TPNW, V, "Singapore abstained", negated=True)
# "None of the nine States known to possess nuclear weapons took part": unnamed.
QP3 = "the United States, the United Kingdom and France issued a joint statement saying they \"do not intend to sign, ratify or ever become party to it\""
RL(d, ["United States", "United Kingdom", "France"], "signed", TPNW, None, QP3, negated=True)
RL(d, ["United States", "United Kingdom", "France"], NOTBOUND, TPNW, None, QP3, negated=True)
# Staying away from the conference: not participating in the vote (optional).
R(d, "Japan", "supported", TPNW, None, "Japan, the only country to have suffered nuclear attack, also stayed away", negated=True, required=False)
R(d, "Australia", "supported", TPNW, None, "So did Australia, which boycotted the negotiations from the start", negated=True, required=False)
R(d, "Australia", "signed", TPNW, None, "has made clear it will not sign", negated=True)
R(d, "Fiji", "signed", RARO, "1985", "when Fiji signed it in 1985")
R(d, "Fiji", PARTY, RARO, None, "Fiji has been a party to it ever since")
# The NPT's five nuclear-weapon States: unnamed. Entry into force after the fiftieth ratification: nothing.
R(d, ["The Suva Tribune", "Suva Tribune"], "called-for", TPNW, "2017-07-10", "We urge the Government to sign the treaty on the first day it is open", required=False)
# The Pacific Islands Forum's common position: not an instrument.
R(d, "Fiji", "called-for", TPNW, None, "has already called on all Pacific Island countries to sign and ratify the treaty")
# Costa Rica's presidency: nothing. The 2016 resolution is named only by description (optional).
RL(d, ["Ireland", "Austria", "Mexico", "Brazil", "South Africa", "Nigeria"], ["co-sponsored"], RES16, "2016",
   "Ireland, Austria, Mexico, Brazil, South Africa and Nigeria drafted the resolution that started the process in 2016", required=False)
R(d, "Fiji", "co-sponsored", RES16, "2016", "Fiji co-sponsored it", required=False)

# ===================== 04 (San Jose Dispatch, op-ed by Costa Rica's environment minister, 10 November 2020) =====================
d = "04.txt"
ESC = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
       ["Escazú Agreement", "Escazu Agreement", "Escazú"])
PARIS = ("Paris Agreement", ["Paris climate agreement"])
BALI = ("Bali Guidelines", ["Guidelines for the Development of National Legislation on Access to Information, Public Participation and Access to Justice in Environmental Matters"])
GPE = ("Global Pact for the Environment", ["Global Pact"])
# The adoption in Escazú in March 2018 is by unnamed "delegations" (nothing); Escazú as venue and host of the final round: nothing.
R(d, "Costa Rica", "signed", ESC, "2018-09-27", "On 27 September 2018, the day the Agreement opened for signature at the United Nations in New York, our President signed it on behalf of Costa Rica")
R(d, "Costa Rica", NOTBOUND, ESC, None, "Costa Rica has still not ratified the Agreement it helped to create", negated=True,
  alt=["the country that gave the treaty its name is not a party to it"])
R(d, "Mexico", RATIFIED, ESC, "2020-11", "Last week, Mexico deposited its instrument of ratification.")
R(d, "Argentina", RATIFIED, ESC, "2020-09", "Argentina, which ratified in September")
QL4 = ("The eleven States Parties are Antigua and Barbuda, Bolivia, Ecuador, Guyana, Nicaragua, Panama, Saint Kitts and Nevis, Saint Lucia, Saint "
       "Vincent and the Grenadines, Uruguay and Argentina, now joined by Mexico.")
RL(d, ["Antigua and Barbuda", "Bolivia", "Ecuador", "Nicaragua", "Panama", "Saint Kitts and Nevis", "Saint Lucia",
       "Saint Vincent and the Grenadines", "Uruguay"], PARTY, ESC, None, QL4)
# Argentina's and Mexico's party status is the same event as their ratifications (no separate record); likewise Guyana's.
R(d, "Guyana", RATIFIED, ESC, "2019-04", "Guyana was the first to ratify, in April 2019", alt=[QL4])
# Co-chairing the negotiations, the Legislative Assembly's first debate, the Constitutional Chamber, entry into force under
# Article 22, the Committee to Support Implementation and Compliance: nothing.
R(d, "Brazil", "signed", ESC, "2018", "Brazil signed the Agreement in 2018 but has not ratified it")
R(d, "Brazil", NOTRATIFIED, ESC, None, "Brazil signed the Agreement in 2018 but has not ratified it", negated=True)
R(d, "Colombia", "signed", ESC, "2019-12", "Colombia signed only in December 2019")
R(d, "Colombia", NOTRATIFIED, ESC, None, "its Congress has yet to take up the bill", negated=True, required=False)
R(d, "Peru", NOTRATIFIED, ESC, None, "the Government of Peru has not ratified", negated=True)
R(d, "Chile", "signed", ESC, None, "Chile, our co-chair, took the painful decision in 2018 not to sign at all", negated=True)
QG4 = "Guatemala, the Dominican Republic and Paraguay have signed and are still weighing ratification"
RL(d, ["Guatemala", "Dominican Republic", "Paraguay"], "signed", ESC, None, QG4)
RL(d, ["Guatemala", "Dominican Republic", "Paraguay"], NOTRATIFIED, ESC, None, QG4, negated=True)
R(d, "Costa Rica", RATIFIED, PARIS, "2016-10", "Costa Rica ratified the Paris Agreement in October 2016")
R(d, "Costa Rica", SIGNED_DECL, BALI, None, "signed the Aarhus-inspired Bali Guidelines long before this Agreement existed", required=False)
R(d, "Costa Rica", ENDORSED, GPE, "2017", "We were among the first countries to endorse the Global Pact for the Environment initiative in 2017", required=False)
R(d, "Costa Rica", "called-for", ESC, "2020-11-10", "I call on them to sign, where they have not, and to ratify the Escazú Agreement as soon as possible")
# The appeal to the deputies of the Legislative Assembly: domestic.

# ===================== 05 (Riga Evening Post, saved web page, 1 December 2023; "Thursday" = 30 November 2023) =====================
d = "05.html"
IST = ("Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence",
       ["Istanbul Convention", "Convention on Preventing and Combating Violence against Women and Domestic Violence"])
THB = ("Council of Europe Convention on Action against Trafficking in Human Beings", ["Anti-Trafficking Convention", "Convention on Action against Trafficking in Human Beings"])
LANZ = ("Lanzarote Convention", ["Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse"])
# The Saeima's vote (67 to 23), the President's proclamation, the interpretative declaration, the Seimas bill, Bulgaria's
# Constitutional Court, the depositary (Secretary General in Strasbourg), entry into force: nothing.
R(d, "Latvia", "signed", IST, "2016-05-18", "Latvia signed the Convention on 18 May 2016")
R(d, "Latvia", RATIFIED, IST, None, "the Foreign Ministry will deposit the instrument of ratification with the Secretary General of the Council of Europe in Strasbourg", negated=True)
R(d, "Lithuania", "signed", IST, "2013", "Vilnius signed the Convention in 2013")
R(d, "Lithuania", NOTBOUND, IST, None, "Vilnius signed the Convention in 2013 and has not ratified it", negated=True,
  alt=["Lithuania is left as the only Baltic State outside the treaty"])
R(d, "Estonia", RATIFIED, IST, "2017", "Estonia ratified it in 2017 without much controversy")
R(d, "European Union", ACCEDED, IST, "2023-06", "the European Union acceded to the Convention in June")
R(d, "European Union", "signed", IST, "2017", "six years after the EU signed it in 2017")
R(d, "Türkiye", RATIFIED, IST, "2012", "Turkey is the first State to ratify", alt=["the first to ratify it"])
R(d, "Türkiye", "signed", IST, None, "Turkey, the first country to sign it")
R(d, "Türkiye", NOTBOUND, IST, None, "withdrew from the Convention in 2021 by presidential decree", negated=True, alt=["Turkey withdraws"])
R(d, "Bulgaria", NOTRATIFIED, IST, None, "Bulgaria has not ratified it since", negated=True)
QHS = "Hungary and Slovakia, which both signed it, have said they will not ratify"
RL(d, ["Hungary", "Slovakia"], "signed", IST, None, QHS)
RL(d, ["Hungary", "Slovakia"], NOTRATIFIED, IST, None, QHS, negated=True)
R(d, "Ukraine", RATIFIED, IST, "2022", "Ukraine ratified in 2022", alt=["Ukraine and the United Kingdom ratify"])
R(d, "United Kingdom", RATIFIED, IST, "2022", "the United Kingdom ratified the same year", alt=["Ukraine and the United Kingdom ratify"])
R(d, ["Council of Europe Commissioner for Human Rights", "Commissioner for Human Rights"], "called-for", IST, "2023-11-30",
  "repeated her call on the remaining member States that have not yet done so to ratify the Convention")
R(d, "Amnesty International", "called-for", IST, None, "Amnesty International also urged Lithuania to follow suit")
R(d, "Latvia", RATIFIED, THB, "2008", "Latvia is already a party to the Council of Europe Convention on Action against Trafficking in Human Beings, which it ratified in 2008")
R(d, "Latvia", RATIFIED, LANZ, "2014", "the Lanzarote Convention on the protection of children against sexual exploitation, ratified in 2014")

# ===================== 06 (Dublin Courier, letters page, 14 November 2022) =====================
d = "06.txt"
ECT = ("Energy Charter Treaty", ["ECT", "modernised ECT"])
CETA = ("EU-Canada Comprehensive Economic and Trade Agreement", ["CETA", "Comprehensive Economic and Trade Agreement"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD", "UN Convention on the Rights of Persons with Disabilities"])
CRPDOP = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD"])
R(d, "Ireland", "signed", ECT, "1994", "which Ireland signed in 1994 and ratified in 1997")
R(d, "Ireland", RATIFIED, ECT, "1997", "which Ireland signed in 1994 and ratified in 1997", alt=["remaining a party to a treaty designed to protect fossil-fuel investments"])
R(d, "Italy", NOTBOUND, ECT, None, "Italy withdrew from it in 2016.", negated=True)
RL(d, ["Spain", "Netherlands", "Poland", "France", "Germany"], NOTBOUND, ECT, None,
   "Spain, the Netherlands, Poland, France and Germany have each announced that they will withdraw as well", negated=True)
RL(d, ["Slovenia", "Luxembourg"], NOTBOUND, ECT, None, "Slovenia and Luxembourg have said they are preparing to do so", negated=True, required=False)
# Poland's law, the Dail answer's "has not announced any intention to withdraw" (double negative), the European Parliament's
# resolution (unnamed) and its call to withdraw (not a call to join), the writer's urging: nothing.
R(d, "Ireland", ["supported", "endorsed", "committed"], ECT, None, "the Government \"continues to support the modernised ECT\"", required=False)
R(d, "Ireland", "signed", CETA, "2016", "Ireland signed CETA in 2016, along with the EU and all other member States")
R(d, "European Union", "signed", CETA, "2016", "Ireland signed CETA in 2016, along with the EU and all other member States",
  alt=["the EU's own signature and conclusion"])
R(d, "European Union", ACCEPTED, CETA, None, "the EU's own signature and conclusion", required=False)
R(d, "Ireland", NOTRATIFIED, CETA, None, "Ireland has not ratified CETA", negated=True)
# The Supreme Court's judgment, the Arbitration Act 2010 and provisional application: nothing.
RL(d, ["Denmark", "Spain", "Croatia", "Latvia", "Lithuania", "Luxembourg", "Malta", "Austria", "Portugal", "Estonia", "Czechia", "Finland", "Sweden"],
   RATIFIED, CETA, None, "Thirteen other member States, among them Denmark, Spain, Croatia, Latvia, Lithuania, Luxembourg, Malta, Austria, Portugal, Estonia, Czechia, Finland and Sweden, have already ratified.")
R(d, "Cyprus", NOTRATIFIED, CETA, None, "Cyprus's parliament voted against ratification in 2020", negated=True, required=False)
R(d, "Ireland", RATIFIED, CRPD, "2018-03", "Ireland ratified the UN Convention on the Rights of Persons with Disabilities in March 2018")
R(d, "Ireland", NOTRATIFIED, CRPDOP, None, "has yet to ratify it", negated=True,
  alt=["the Government gave a commitment to ratify the Optional Protocol to the Convention \"as soon as possible following the first reporting cycle\""])
R(d, "Ireland", "signed", CRPDOP, "2007", "Ireland has signed the Optional Protocol, in 2007")
R(d, "United Kingdom", RATIFIED, CRPDOP, "2009", "our neighbours in the United Kingdom, which ratified in 2009")
# "Nearly 100 States": unnamed. The call on the Oireachtas parties (domestic) and the "pledge" letter: nothing.

# ===================== 07 (Valletta Courier, news report with correction, 22 January 2021) =====================
d = "07.txt"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear weapons ban treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
NPT = ("Nuclear Non-Proliferation Treaty", ["NPT", "Treaty on the Non-Proliferation of Nuclear Weapons"])
ATT = ("Arms Trade Treaty", ["ATT"])
# Entry into force "today" and the 90-day countdown: nothing.
R(d, "Malta", "signed", TPNW, "2020-08-25", "Malta signed the treaty at the United Nations in New York on 25 August last year")
R(d, "Malta", RATIFIED, TPNW, "2020-09-21", "deposited its instrument of ratification less than a month later, on 21 September",
  alt=["Malta is one of only three European Union member States bound by it"])
R(d, "Malta", "supported", TPNW, "2017-07", "been among the 122 States that voted to adopt the text at the UN negotiating conference")
R(d, "Austria", RATIFIED, TPNW, "2018-05", "Austria, which ratified in May 2018", alt=["Austria ratified in 2018, before Malta"])
R(d, "Ireland", RATIFIED, TPNW, "2020-08-06", "Ireland, which ratified on 6 August 2020")
R(d, "Honduras", RATIFIED, TPNW, "2020-10-24", "Honduras became the fiftieth State to ratify on 24 October")
R(d, "Benin", JOINED, TPNW, "2020-12", "Benin deposited in December")
# The minister's statement was made "yesterday" (21 January 2021); its "Today" is that day.
R(d, "Malta", "called-for", TPNW, "2021-01-21", "Today we call on all our partners in the European Union to sign and ratify this treaty, and on all States to join it.")
# "No member of NATO" and "the five permanent members": unnamed until the next sentence names them.
Q5 = "The United States, Russia, China, the United Kingdom and France in a joint statement in 2018 said they would \"not support, sign or ratify\" the Treaty."
P5 = ["United States", "Russian Federation", "China", "United Kingdom", "France"]
RL(d, P5, "signed", TPNW, None, Q5, negated=True)
RL(d, P5, NOTRATIFIED, TPNW, None, Q5, negated=True)
RL(d, P5, "supported", TPNW, None, Q5, negated=True, required=False)
R(d, "Italy", "signed", TPNW, None, "Italy, which hosts US nuclear weapons under NATO arrangements, has not signed", negated=True)
R(d, "Cyprus", "signed", TPNW, None, "Cyprus has not signed either", negated=True, alt=["Cyprus has not signed the treaty."])
R(d, "Libya", "signed", TPNW, "2017", "Libya signed in 2017 but has not ratified")
R(d, "Libya", NOTRATIFIED, TPNW, None, "Libya signed in 2017 but has not ratified", negated=True)
# Vienna/Austria hosting the first meeting, Malta's intention to take part in it, the Nationalist Party's support (a domestic
# party), the Ratification of Treaties Act, the NGO's welcome and the correction's withdrawn claims: nothing.
R(d, "Malta", RATIFIED, CTBT, "2001-07", "Malta ratified the Comprehensive Nuclear-Test-Ban Treaty (CTBT) in July 2001")
R(d, "Malta", PARTY, NPT, "1970", "has been a party to the Nuclear Non-Proliferation Treaty since 1970")
R(d, "Malta", RATIFIED, ATT, "2014", "It is also a party to the Arms Trade Treaty, which it ratified in 2014.")

# ===================== 08 (Podgorica Daily News, news report, 13 October 2022; "Wednesday" = 12 October 2022) =====================
d = "08.txt"
V = "2022-10-12"
ES4 = ("General Assembly resolution ES-11/4 (Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations)",
       ["resolution ES-11/4", "ES-11/4", "Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations"])
ES1 = ("General Assembly resolution ES-11/1 (Aggression against Ukraine)", ["resolution ES-11/1", "ES-11/1", "Aggression against Ukraine"])
SCDR = ("Security Council draft resolution of 30 September 2022 on the referendums in Ukraine", ["draft resolution on the same subject", "Security Council draft resolution"])
NAT = ("North Atlantic Treaty", ["NATO"])
R(d, GA, ADOPTED, ES4, V, "The United Nations General Assembly on Wednesday adopted a resolution condemning Russia's attempted annexation of four regions of Ukraine",
  alt=["was adopted at the resumed eleventh emergency special session"])
RL(d, ["Montenegro", "Albania", "North Macedonia", "Bosnia and Herzegovina", "Republic of Moldova", "Georgia"], "co-sponsored", ES4, None,
   "Montenegro was among the co-sponsors of the text, together with its neighbours Albania, North Macedonia and Bosnia and Herzegovina, as well as the Republic of Moldova and Georgia")
# "more than 70 States" and "143 countries": unnamed.
R(d, "Serbia", "supported", ES4, V, "Every Western Balkan State voted in favour, including Serbia")
RL(d, ["Montenegro", "Albania", "North Macedonia", "Bosnia and Herzegovina"], "supported", ES4, V, "Every Western Balkan State voted in favour", required=False)
R(d, "Serbia", "co-sponsored", ES4, None, "Belgrade did not, however, co-sponsor the resolution", negated=True)
R(d, "Serbia", "co-sponsored", ES1, None, "as it had not for the March resolution either", negated=True)
# "Serbia supports the territorial integrity of every UN member": a principle, not an instrument.
RL(d, ["Russian Federation", "Belarus", "Democratic People's Republic of Korea", "Nicaragua", "Syria"], "supported", ES4, V,
   "The five votes against came from Russia, Belarus, the Democratic People's Republic of Korea (DPRK), Nicaragua and Syria.", negated=True)
RL(d, ["China", "India", "South Africa", "Pakistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"], "supported", ES4, V,
   "Among the 35 abstentions were China, India, South Africa and Pakistan, along with four Central Asian republics: Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.", negated=True)
R(d, "Armenia", "supported", ES4, V, "Armenia, a member of the Russia-led Collective Security Treaty Organisation, also abstained", negated=True)
R(d, "Turkmenistan", "supported", ES4, V, "Turkmenistan did not vote.", negated=True)
RL(d, ["Azerbaijan", "Venezuela"], "supported", ES4, V, "Ten States did not vote at all, including Azerbaijan and Venezuela", negated=True)
R(d, "Serbia", "supported", ES1, "2022-03-02", "Serbia voted for that text as well")
R(d, "Montenegro", "co-sponsored", ES1, None, "Montenegro co-sponsored it")
R(d, GA, ADOPTED, ES1, "2022-03-02", "the 141 votes in favour recorded on 2 March for resolution ES-11/1", required=False)
# The secret-ballot motion (procedural) and the minister's call "to join the majority next time" (a vote, not a treaty act): nothing.
R(d, "Russian Federation", "supported", SCDR, "2022-09-30", "Russia vetoed a draft resolution on the same subject in the Security Council on 30 September", negated=True, required=False)
RL(d, ["United States", "Albania"], "co-sponsored", SCDR, "2022-09-30", "put forward by the United States and Albania", required=False)
RL(d, ["China", "India", "Brazil", "Gabon"], "supported", SCDR, "2022-09-30", "China, India, Brazil and Gabon abstained", negated=True, required=False)
R(d, "Montenegro", JOINED, NAT, "2017", "has been a NATO member since 2017", required=False)
# Alignment with EU sanctions and EU accession chapters: nothing.

# ===================== 09 (Port Vila Post, Markdown live blog, 30 March 2023; "yesterday" = 29 March 2023) =====================
d = "09.md"
ICJR = ("General Assembly resolution 77/276 requesting an advisory opinion of the International Court of Justice on the obligations of States in respect of climate change",
        ["resolution 77/276", "77/276", "climate justice resolution", "ICJ advisory opinion resolution"])
PVC = ("Port Vila Call for a Just Transition to a Fossil Fuel Free Pacific", ["Port Vila Call"])
FFNPT = ("Fossil Fuel Non-Proliferation Treaty", ["Fossil Fuel Treaty", "FF-NPT"])
UNFCCC = ("United Nations Framework Convention on Climate Change", ["UNFCCC", "UN Framework Convention on Climate Change"])
PARIS = ("Paris Agreement", ["Paris climate agreement"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "UN Convention on the Law of the Sea"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
R(d, GA, ADOPTED, ICJR, "2023-03-29", "The UN General Assembly in New York yesterday adopted, without a vote, resolution 77/276")
R(d, "Vanuatu", "co-sponsored", ICJR, None, "The resolution was led by Vanuatu")
RL(d, ["Angola", "Antigua and Barbuda", "Bangladesh", "Costa Rica"], "co-sponsored", ICJR, None, "Angola, Antigua and Barbuda, Bangladesh, Costa Rica")
RL(d, ["Germany", "Liechtenstein", "Micronesia", "Morocco", "Mozambique"], "co-sponsored", ICJR, None, "Germany, Liechtenstein, Micronesia, Morocco, Mozambique")
RL(d, ["New Zealand", "Portugal", "Romania", "Samoa", "Sierra Leone"], "co-sponsored", ICJR, None, "New Zealand, Portugal, Romania, Samoa, Sierra Leone")
RL(d, ["Singapore", "Uganda", "Viet Nam"], "co-sponsored", ICJR, None, "Singapore, Uganda and Viet Nam")
# "132 States co-sponsored the text" and "Not every major emitter": unnamed.
R(d, "United States", "co-sponsored", ICJR, None, "did not co-sponsor the resolution and joined the consensus only with a statement raising concerns", negated=True)
R(d, "United States", "supported", ICJR, "2023-03-29", "joined the consensus only with a statement raising concerns", required=False)
RL(d, ["China", "India", "Saudi Arabia"], "co-sponsored", ICJR, None, "did not co-sponsor either", negated=True)
R(d, "Australia", "co-sponsored", ICJR, None, "Australia, by contrast, co-sponsored it")
# The Court's questions name the Paris Agreement, UNFCCC and UNCLOS without any act: nothing. Vanuatu hosting the dialogue: host.
RL(d, ["Vanuatu", "Tuvalu", "Fiji", "Solomon Islands", "Niue", "Tonga"], SIGNED_DECL, PVC, "2023-03",
   "The Call was endorsed by Vanuatu, Tuvalu, Fiji, Solomon Islands, Niue and Tonga.")
R(d, "Vanuatu", "called-for", FFNPT, "2022-09", "a proposal Vanuatu first made at the UN in September 2022")
R(d, "Papua New Guinea", SIGNED_DECL, PVC, None, "Papua New Guinea, the region's biggest producer of natural gas, did not sign the Call", negated=True)
R(d, "Vanuatu", PARTY, UNFCCC, "1993", "UN Framework Convention on Climate Change | Party since 1993")
R(d, "Vanuatu", RATIFIED, PARIS, "2016-09-21", "Paris Agreement | Ratified 21 September 2016")
R(d, "Vanuatu", RATIFIED, UNCLOS, "1999", "UN Convention on the Law of the Sea | Ratified 1999")
R(d, "Vanuatu", "signed", TPNW, "2017", "Treaty on the Prohibition of Nuclear Weapons | Signed 2017, not yet ratified")
R(d, "Vanuatu", NOTRATIFIED, TPNW, None, "Treaty on the Prohibition of Nuclear Weapons | Signed 2017, not yet ratified", negated=True)
# The minister's call "to take part" in the ICJ proceedings: not a treaty act.

# ===================== 10 (Ljubljana Weekly Observer, academic's op-ed, 15 January 2019) =====================
d = "10.txt"
V = "2018-12-19"
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "migration compact", "Marrakech Compact", "resolution 73/195"])
GCR = ("Global Compact on Refugees", ["refugee compact"])
REF51 = ("Convention relating to the Status of Refugees", ["1951 Convention relating to the Status of Refugees", "1951 Refugee Convention", "Refugee Convention"])
ECHR = ("European Convention on Human Rights", ["ECHR", "Convention for the Protection of Human Rights and Fundamental Freedoms"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", ["Migrant Workers Convention", "ICRMW"])
R(d, ["intergovernmental conference in Marrakech", "Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration"], ADOPTED, GCM, "2018-12-10",
  "The Compact was adopted on 10 December at an intergovernmental conference in Marrakech", required=False)
R(d, "Slovenia", ADOPTED, GCM, "2018-12-10", "Slovenia's delegation, led by a State Secretary, was among the 164 delegations that adopted it there")
R(d, GA, ["endorsed", "adopted"], GCM, V, "on 19 December, the General Assembly endorsed the Compact in resolution 73/195")
RL(d, ["Slovenia", "Croatia", "Germany"], "supported", GCM, V, "Slovenia voted in favour, as did Croatia, Germany and most of our EU partners")
RL(d, ["United States", "Hungary", "Czechia", "Poland", "Israel"], "supported", GCM, V,
   "The five against were the United States, Hungary, the Czech Republic, Poland and Israel.", negated=True)
RL(d, ["Austria", "Italy", "Bulgaria", "Latvia", "Romania", "Switzerland", "Australia"], "supported", GCM, V,
   "The twelve abstentions included Austria, Italy, Bulgaria, Latvia, Romania, Switzerland and Australia.", negated=True)
R(d, "Slovakia", "supported", GCM, V, "Slovakia, whose foreign minister had offered to resign over the issue, did not vote at all", negated=True)
R(d, "Austria", ENDORSED, GCM, None, "then announced in October that it would not sign up to the Compact", negated=True)
# Austria's EU Council presidency and negotiating role: nothing.
R(d, "Brazil", ENDORSED, GCM, "2018-12-10", "Brazil, which endorsed the Compact in Marrakech under its previous government")
R(d, "Brazil", ENDORSED, GCM, None, "announced last week that it is withdrawing from it", negated=True)
R(d, GA, ["adopted", "endorsed"], GCR, "2018-12-17", "the same General Assembly, two days before, affirmed the Global Compact on Refugees by 181 votes to two")
RL(d, ["United States", "Hungary"], "supported", GCR, "2018-12-17", "Only the United States and Hungary voted against", negated=True)
RL(d, ["Dominican Republic", "Eritrea", "Libya"], "supported", GCR, "2018-12-17", "the Dominican Republic, Eritrea and Libya abstained", negated=True)
R(d, "Slovenia", "supported", GCR, "2018-12-17", "Slovenia voted yes")
R(d, "Slovenia", PARTY, REF51, "1992", "Slovenia succeeded to the 1951 Convention relating to the Status of Refugees in 1992")
R(d, "Slovenia", RATIFIED, ECHR, "1994", "is bound by the European Convention on Human Rights, which it ratified in 1994")
# The Compact "encourages States to consider ratifying" the ICRMW and "No EU member State has done so": no named actor.
R(d, "Slovenia", "signed", ICRMW, None, "Slovenia has not even signed it", negated=True)
R(d, "Slovenia", NOTBOUND, ICRMW, None, "Slovenia has not even signed it", negated=True, required=False)
R(d, "Slovenia", COMMITTED, GCM, None, "The Government has committed to implement it")
# The National Assembly's declaration (domestic), the author's advice ("should say clearly that it remains committed") and her
# own urging (a private person), the Review Forum: nothing.

# ===================== 11 (Steppe Herald, news report, Nur-Sultan, 30 August 2019; "yesterday" = 29 August 2019) =====================
d = "11.txt"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Semipalatinsk Treaty", "CANWFZ Treaty", "Central Asian Nuclear-Weapon-Free Zone Treaty"])
CANP = ("Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["the zone's Protocol", "Protocol to the Semipalatinsk Treaty", "CANWFZ Protocol"])
LISBON = ("Lisbon Protocol to the START Treaty", ["Lisbon Protocol"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
R6435 = ("General Assembly resolution 64/35 (International Day against Nuclear Tests)", ["resolution 64/35", "64/35"])
LEU = ("Agreement between Kazakhstan and the IAEA on the IAEA Low Enriched Uranium Bank", ["agreement with the Agency", "LEU Bank host State agreement"])
R(d, "Kazakhstan", RATIFIED, TPNW, "2019-08-29", "Kazakhstan yesterday became the 26th State to ratify the Treaty on the Prohibition of Nuclear Weapons (TPNW)",
  alt=["2019 - Ratifies the TPNW"])
# The 1991 decree closing the test site, the ratification law, Parliament's approval: domestic.
R(d, "Kazakhstan", "signed", TPNW, "2018-03-02", "Kazakhstan signed the TPNW on March 2, 2018.")
R(d, "Kazakhstan", "called-for", TPNW, None, "The ministry called on \"all States, and above all the nuclear-weapon States, to sign and ratify the Treaty without delay\"")
C4 = ["Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
RL(d, C4, "signed", TPNW, None, "None of the other four Central Asian States - Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan - has signed the Treaty", negated=True)
RL(d, C4, "supported", TPNW, "2017-07", "all four voted for its adoption at the UN conference in July 2017")
C5 = ["Kazakhstan"] + C4
QSZ = ("It was signed at the former test site on September 8, 2006, by the foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan")
RL(d, C5, "signed", CANWFZ, "2006-09-08", QSZ)
RL(d, C5, PARTY, CANWFZ, None, "The five States are, however, bound together by the Treaty on a Nuclear-Weapon-Free Zone in Central Asia")
# Entry into force in March 2009: nothing.
P5 = ["China", "France", "Russian Federation", "United Kingdom", "United States"]
RL(d, P5, "signed", CANP, "2014-05-06", "was signed in New York on May 6, 2014, by all five permanent members of the Security Council: China, France, Russia, the United Kingdom and the United States")
RL(d, ["China", "France", "Russian Federation", "United Kingdom"], RATIFIED, CANP, None, "China, France, Russia and the United Kingdom have since ratified it.")
R(d, "United States", NOTRATIFIED, CANP, None, "The United States signed the Protocol but has not ratified it", negated=True)
# Submission to the Senate: domestic.
R(d, "Kazakhstan", "signed", LISBON, "1992-05-23", "1992 - Signs the Lisbon Protocol to the START Treaty (May 23)")
R(d, "Kazakhstan", ACCEDED, NPT, "1994", "1994 - Accedes to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) as a non-nuclear-weapon State")
R(d, "Kazakhstan", RATIFIED, CTBT, "2001", "2001 - Ratifies the Comprehensive Nuclear-Test-Ban Treaty (CTBT)")
R(d, GA, ADOPTED, R6435, "2009-12-02", "Resolution 64/35 was adopted unanimously on December 2, 2009.",
  alt=["2009 - UN General Assembly adopts resolution 64/35 establishing the International Day against Nuclear Tests on Kazakhstan's initiative"])
R(d, "Kazakhstan", "co-sponsored", R6435, None, "Kazakhstan sponsored the draft together with 25 other States.")
R(d, "Kazakhstan", "signed", LEU, "2015",
   "which Kazakhstan hosts under an agreement with the Agency signed in Astana in 2015", required=False)
R(d, ["International Atomic Energy Agency", "IAEA", "the Agency"], "signed", LEU, "2015", "which Kazakhstan hosts under an agreement with the Agency signed in Astana in 2015", required=False)
# Hosting the LEU Bank, ICAN's welcome, Japan's embassy declining to comment, entry-into-force expectations: nothing.
R(d, "Japan", NOTBOUND, TPNW, None, "Tokyo, which relies on the United States nuclear umbrella, has said it will not join the TPNW", negated=True)

# ===================== 12 (Accra Chronicle, saved web page, 8 July 2019; "Sunday" = 7 July 2019) =====================
d = "12.html"
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement", "African Continental Free Trade Area Agreement"])
FMP = ("Protocol to the Treaty Establishing the African Economic Community relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["Free Movement Protocol", "AU Free Movement Protocol", "Protocol on Free Movement of Persons"])
ECOFMP = ("ECOWAS Protocol on Free Movement", ["ECOWAS Protocol relating to Free Movement of Persons, Residence and Establishment", "ECOWAS Free Movement Protocol"])
R(d, "Nigeria", "signed", AFCFTA, "2019-07-07", "President Muhammadu Buhari signed the Agreement Establishing the African Continental Free Trade Area (AfCFTA) on behalf of Nigeria")
R(d, "Benin", "signed", AFCFTA, "2019-07-07", "Benin signed the Agreement at the same ceremony")
R(d, "Eritrea", "signed", AFCFTA, None, "leaving Eritrea as the only African Union member State that has not signed the AfCFTA", negated=True)
# Entry into force on May 30, the depositary (Chairperson of the AU Commission), the "operational phase", Niamey as venue: nothing.
QGK = "Ghana was one of the first two countries to ratify the AfCFTA, depositing its instrument on May 10, 2018, together with Kenya."
R(d, "Ghana", RATIFIED, AFCFTA, "2018-05-10", QGK)
R(d, "Kenya", RATIFIED, AFCFTA, "2018-05-10", QGK)
R(d, "Ghana", "signed", AFCFTA, "2018-03-21", "Ghana had signed the Agreement at the Kigali summit on March 21, 2018")
# "44 countries", "27 countries", "54 of 55 AU members", "Thirty-two States": unnamed.
R(d, "Ghana", "called-for", AFCFTA, "2019-07-07", "urged the member States that have signed but not ratified the Agreement to", required=False)
# Accra hosting the Secretariat: host.
RL(d, ["Ethiopia", "Gabon", "Zimbabwe"], RATIFIED, AFCFTA, None, "The most recent include Ethiopia, Gabon and Zimbabwe.")
R(d, "South Africa", RATIFIED, AFCFTA, "2019-02", "South Africa deposited its instrument in February.")
RL(d, ["Rwanda", "Niger", "Mali", "São Tomé and Príncipe"], RATIFIED, FMP, None, "only Rwanda, Niger, Mali and São Tomé and Príncipe have ratified it")
R(d, "Ghana", "signed", FMP, None, "Ghana signed the Protocol but has not ratified it")
R(d, "Ghana", NOTRATIFIED, FMP, None, "Ghana signed the Protocol but has not ratified it", negated=True,
  alt=["Ghana intends to ratify the Free Movement Protocol"])
RL(d, ["Nigeria", "South Africa"], "signed", FMP, None, "Nigeria and South Africa have not signed it at all", negated=True)
R(d, "Ghana", PARTY, ECOFMP, "1980", "Ghana has been a party to the ECOWAS Protocol on Free Movement since 1980")
# The Employers' Association's welcome of Nigeria's signature: nothing.

# ===================== 13 (El Observador del Plata, English edition, editorial, 4 November 2016) =====================
d = "13.txt"
PARIS = ("Paris Agreement", ["Paris Agreement on climate change", "Paris climate agreement"])
MP = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
KIG = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment", "amendment to phase down hydrofluorocarbons"])
# Entry into force today and the double threshold: nothing.
R(d, ["Conference of the Parties to the UN Framework Convention on Climate Change", "COP21", "21st Conference of the Parties", "UNFCCC COP"], ADOPTED, PARIS, "2015-12-12",
  "The Agreement was adopted on 12 December 2015 by the 21st Conference of the Parties to the UN Framework Convention on Climate Change (COP21)")
R(d, "Uruguay", "signed", PARIS, "2016-04-22", "Uruguay was one of them: Foreign Minister Rodolfo Nin Novoa signed on behalf of the Republic.")
# "signed by 175 parties" and "all of its 28 member States": unnamed.
RL(d, ["United States", "China"], JOINED, PARIS, "2016-09-03", "jointly announced on 3 September, on the eve of the G20 summit in Hangzhou, that they had formally joined the Agreement")
R(d, "India", RATIFIED, PARIS, "2016-10-02", "India, the third-largest, ratified on 2 October")
R(d, "European Union", ACCEPTED, PARIS, "2016-10-05", "The European Union followed on 5 October")
RL(d, ["Brazil", "Argentina"], RATIFIED, PARIS, "2016-09-21", "Brazil and Argentina both ratified on 21 September")
R(d, "Uruguay", RATIFIED, PARIS, "2016-10-19", "Uruguay completed its own ratification last month, on 19 October",
  alt=["will sit, for the first time, as a party to the Paris Agreement"])
# The General Assembly of Parliament's approving law, the Chilean Senate's vote: domestic.
R(d, "Chile", "signed", PARIS, "2016-04", "Chile, which signed in April")
R(d, "Chile", NOTRATIFIED, PARIS, None, "has not yet ratified the Agreement", negated=True)
R(d, "Russian Federation", "signed", PARIS, "2016-04", "Russia signed in April but has shown no sign of ratifying")
R(d, "Russian Federation", NOTRATIFIED, PARIS, None, "Russia signed in April but has shown no sign of ratifying", negated=True)
R(d, "Türkiye", "signed", PARIS, None, "Turkey has also signed but not ratified")
R(d, "Türkiye", NOTRATIFIED, PARIS, None, "Turkey has also signed but not ratified", negated=True)
# The NDC and the Ministry's plans: implementation, nothing.
R(d, ["parties to the Montreal Protocol", "Meeting of the Parties to the Montreal Protocol"], ADOPTED, KIG, "2016-10",
  "Last month in Kigali the parties to the Montreal Protocol adopted an amendment to phase down hydrofluorocarbons", required=False)
R(d, "Uruguay", RATIFIED, MP, "1991", "Uruguay, which ratified the Montreal Protocol in 1991")
R(d, "Uruguay", ACCEPTED, KIG, None, "The government has said that it intends to do so in 2017.", negated=True)
R(d, "Uruguay", "called-for", PARIS, "2016-04", "\"all countries which have signed must now ratify\"")
# The editors' own "That call is more urgent than ever" and "should accept": commentary, nothing.

# ===================== 14 (Yerevan Times, news report, 1 February 2024) =====================
d = "14.txt"
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute", "the Statute", "Court's founding treaty"])
GENO = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "UN Convention against Torture"])
CPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["CPED", "Convention on Enforced Disappearance"])
R(d, "Armenia", RATIFIED, ROME, "2023-11-14", "Armenia deposited its instrument of ratification with the UN Secretary-General in New York on 14 November last year",
  alt=["making the country the 124th State Party to the Court's founding treaty", "Armenia becomes 124th State Party to the Rome Statute"])
# Entry into force for Armenia today: nothing (the party status is the same event as the ratification).
R(d, "Armenia", "signed", ROME, "1999-10-01", "Armenia signed the Statute on 1 October 1999")
# The Constitutional Court's rulings (2004, March 2023), the National Assembly's vote, the President's ratification law: domestic.
R(d, "Armenia", "called-for", ROME, None, "He said Armenia would call on all States of the region to join the Court's founding treaty.", negated=True, required=False)
R(d, "Russian Federation", "signed", ROME, "2000", "Russia signed the Rome Statute in 2000")
R(d, "Russian Federation", NOTRATIFIED, ROME, None, "Russia signed the Rome Statute in 2000 but never ratified it", negated=True)
R(d, "Russian Federation", "signed", ROME, None, "in November 2016 President Putin ordered the withdrawal of Russia's signature", negated=True)
# The arrest warrant, the proposed (unnamed, rejected) bilateral agreement: nothing.
R(d, "Georgia", RATIFIED, ROME, "2003-09-05", "Georgia: State Party since 2003; ratified on 5 September 2003.")
R(d, "Azerbaijan", "signed", ROME, None, "Azerbaijan: has neither signed nor acceded.", negated=True)
R(d, "Azerbaijan", NOTBOUND, ROME, None, "Azerbaijan: has neither signed nor acceded.", negated=True, alt=["Because Azerbaijan is not a party"])
R(d, "Türkiye", NOTBOUND, ROME, None, "Turkey: not a party; has not signed.", negated=True)
R(d, "Türkiye", "signed", ROME, None, "Turkey: not a party; has not signed.", negated=True)
R(d, "Iran", "signed", ROME, "2000", "Iran: signed in 2000; not ratified.")
R(d, "Iran", NOTRATIFIED, ROME, None, "Iran: signed in 2000; not ratified.", negated=True)
R(d, "Ukraine", "signed", ROME, "2000-01", "Ukraine: signed in January 2000")
R(d, "Ukraine", NOTRATIFIED, ROME, None, "but has not yet ratified the Statute", negated=True)
# Ukraine's and Armenia's Article 12(3) declarations, the Rada's expected vote, the Assembly of States Parties, The Hague /
# the Netherlands as host State: nothing.
R(d, "Armenia", ACCEDED, GENO, "1993", "It acceded to the Convention on the Prevention and Punishment of the Crime of Genocide in 1993")
R(d, "Armenia", RATIFIED, CAT, "1993", "ratified the Convention against Torture the same year")
R(d, "Armenia", NOTRATIFIED, CPED, None, "It has not ratified the International Convention for the Protection of All Persons from Enforced Disappearance", negated=True)
R(d, "Armenia", "signed", CPED, "2007", "which it signed in 2007")
R(d, ["EU High Representative", "High Representative of the European Union for Foreign Affairs and Security Policy", "European Union"], "called-for", ROME, None,
  "called on \"all States that have not yet done so to ratify or accede to the Rome Statute\"")
# The High Representative's and Kyiv's welcome of Armenia's ratification: nothing.

# ===================== 15 (Lion City Tribune, letters page with an MFA reply and a correction, 10 February 2026) =====================
d = "15.txt"
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
CRC = ("Convention on the Rights of the Child", ["CRC", "UN Convention on the Rights of the Child"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
HAZE = ("ASEAN Agreement on Transboundary Haze Pollution", ["Haze Agreement", "AATHP"])
PEAT = ("binding protocol on peatland fire monitoring", ["protocol on peatland fire monitoring"])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["High Seas Treaty", "BBNJ Agreement", "BBNJ"])
R(d, GA, ADOPTED, ICCPR, "1966-12", "the UN General Assembly adopted the International Covenant on Civil and Political Rights (ICCPR) in December 1966")
SG = "Singapore"
QNN = "Singapore remains among a small group of UN member states that have neither signed nor ratified it."
R(d, SG, "signed", ICCPR, None, QNN, negated=True, alt=["We do not, at this stage, intend to sign the ICCPR."])
R(d, SG, NOTBOUND, ICCPR, None, QNN, negated=True, alt=["our delegation \"noted\" those recommendations rather than accepting them"])
R(d, SG, "signed", ICESCR, None, "The same is true of its sister treaty, the International Covenant on Economic, Social and Cultural Rights (ICESCR).", negated=True)
R(d, SG, NOTBOUND, ICESCR, None, "The same is true of its sister treaty, the International Covenant on Economic, Social and Cultural Rights (ICESCR).", negated=True,
  alt=["our delegation \"noted\" those recommendations rather than accepting them"])
# "more than 20 states": unnamed. The letter writers' own urging and hopes (private persons): nothing.
RL(d, ["Brunei Darussalam", "Malaysia"], NOTRATIFIED, ICCPR, None, "Brunei and Malaysia have not ratified the ICCPR either", negated=True)
R(d, "Myanmar", "signed", ICESCR, "2015", "Myanmar signed the ICESCR in 2015")
R(d, "Myanmar", NOTRATIFIED, ICCPR, None, "has never ratified the ICCPR", negated=True)
R(d, "Indonesia", RATIFIED, ICCPR, "2006", "Indonesia ratified both Covenants in 2006")
R(d, "Indonesia", RATIFIED, ICESCR, "2006", "Indonesia ratified both Covenants in 2006")
R(d, "Thailand", ACCEDED, ICCPR, "1996", "Thailand acceded to the ICCPR as long ago as 1996")
R(d, SG, ACCEDED, CEDAW, "1995", "Singapore acceded to the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW) and the Convention on the Rights of the Child in 1995")
R(d, SG, ACCEDED, CRC, "1995", "Singapore acceded to the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW) and the Convention on the Rights of the Child in 1995")
R(d, SG, RATIFIED, CRPD, "2013", "ratified the Convention on the Rights of Persons with Disabilities in 2013")
R(d, SG, RATIFIED, ICERD, "2017-11", "ratified the International Convention on the Elimination of All Forms of Racial Discrimination (ICERD) in November 2017")
# "supported all recommendations ... to continue implementing": implementation, nothing.
R(d, SG, NOTRATIFIED, CAT, None, "We have also accepted recommendations to consider ratifying the Convention against Torture, which we are actively studying.", negated=True)
# "every ASEAN member state is now a party" and "the 10 ASEAN member states": unnamed as a list (optional for the two named).
R(d, SG, RATIFIED, HAZE, "2003", "Singapore ratified it in 2003")
RL(d, [SG, "Indonesia"], "signed", HAZE, "2002-06-10", "it was signed in Kuala Lumpur on June 10, 2002, by the environment ministers of the 10 ASEAN member states", required=False)
R(d, "Indonesia", RATIFIED, HAZE, "2014-09", "Indonesia was the last to ratify, in September 2014")
RL(d, ["Philippines", "Malaysia"], "called-for", PEAT, None, "The Philippines and Malaysia have already called for such a protocol to be negotiated.")
# The Vientiane meeting (venue): nothing.
R(d, SG, RATIFIED, BBNJ, "2026-01-26", "Singapore deposited its instrument of ratification of the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction on Jan 26")
R(d, SG, "signed", BBNJ, "2023-09", "Singapore signed it on the day it opened for signature in September 2023")
# Chairing the conference, "I hope our Government will also call on all ASEAN members" and "Only a handful": nothing.
R(d, "Malaysia", "signed", CAT, None, "Malaysia has not signed or ratified that Convention", negated=True)
R(d, "Malaysia", NOTBOUND, CAT, None, "Malaysia has not signed or ratified that Convention", negated=True)
# The correction's withdrawn claim ("had ratified the Convention against Torture"): nothing.

# ===================== 16 (Helsinki Nordic Times, news report with explainer box, 28 June 2025; "Friday" = 27 June 2025) =====================
d = "16.txt"
APMBC = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
         ["Ottawa Convention", "Mine Ban Treaty", "Anti-Personnel Mine Ban Convention", "APMBC"])
CCM = ("Convention on Cluster Munitions", ["CCM", "cluster munitions convention"])
RL(d, ["Estonia", "Latvia", "Lithuania"], NOTBOUND, APMBC, None,
   "Estonia, Latvia and Lithuania on Friday (27 June) formally notified the United Nations of their withdrawal from the Convention", negated=True)
# The depositary, Article 20 and the six-month delay: nothing.
R(d, "Finland", NOTBOUND, APMBC, None, "Finland is expected to follow within weeks.", negated=True,
  alt=["the notification would be deposited \"in July, after the President has signed the decision\""])
# The Eduskunta's vote and Poland's Sejm vote: domestic.
R(d, "Finland", ACCEDED, APMBC, "2012", "which it acceded to in 2012 after years of debate",
  alt=["Finland remains a party to the treaty", "Finland was the last EU member State to join, acceding in January 2012."])
R(d, "Poland", RATIFIED, APMBC, "2012", "Poland, which ratified the Convention in 2012")
R(d, "Poland", NOTBOUND, APMBC, None, "announced in March, together with the three Baltic States, that it intended to withdraw", negated=True)
# The joint statement of 18 March (security assessment): nothing of its own.
R(d, "Norway", COMMITTED, APMBC, None, "it \"remains fully committed to the Mine Ban Treaty\"")
R(d, "Sweden", PARTY, APMBC, None, "Sweden \"is and will remain a party to the Ottawa Convention\"", alt=["Sweden and Denmark have said they have no plans to withdraw"])
R(d, "Denmark", PARTY, APMBC, None, "Sweden and Denmark have said they have no plans to withdraw", required=False)
R(d, "Ukraine", PARTY, APMBC, "2005", "Ukraine, a party since 2005")
RL(d, ["Russian Federation", "United States", "China"], NOTBOUND, APMBC, None, "Russia, the United States and China have never joined the Convention", negated=True)
R(d, "Lithuania", NOTBOUND, CCM, None, "Its withdrawal from the Convention on Cluster Munitions, notified in September last year, took effect on 6 March", negated=True)
RL(d, ["Finland", "Estonia", "Latvia"], "signed", CCM, None, "Neither Finland, Estonia nor Latvia has ever signed the cluster munitions convention", negated=True)
R(d, "Poland", NOTBOUND, CCM, None, "Poland is not a party either", negated=True)
# The ICRC's regret, the ICBL's call to "reverse course" and to "reaffirm their commitment" (not calls to join): nothing.
R(d, ["International Committee of the Red Cross", "ICRC"], "called-for", APMBC, None, "The ICRC called on all States that have not yet done so to join the Convention without delay.")
R(d, ["Oslo Diplomatic Conference", "diplomatic conference in Oslo"], ADOPTED, APMBC, "1997-09-18", "Adopted in Oslo on 18 September 1997", required=False)
# Opening for signature, entry into force, "164 States Parties", the Defence Forces and the opposition MP: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
