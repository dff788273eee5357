#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 10.md, 05.html, 12.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity. Alternative actor names missing from gold.py's ALT_NAMES are added locally below.

Theme: parliamentary questions and government answers about treaties (2016-2026): written answers, oral question time
transcripts, select-committee and estimates hearings with ministers, explanatory memoranda, government responses to
committee reports and ministers' letters to committee chairs, from the UK, Ireland, Australia, Canada, New Zealand, India,
South Africa, Kenya, the European Parliament and others. "We", "the Government", "this country" and "it" resolve to the
State whose minister answers. Calls on others to sign, ratify, accede or join are the caller's `called-for`, dated by the
answer; calls to implement give nothing. Planned, intended, "under review", "has not yet", "will sign" and withdrawals are
negated records without a date (votes against and abstentions keep theirs). A questioner's assertion that the minister
corrects is kept as an optional record (required=False); the minister's statement is required. Domestic steps (a
parliament's approval, an Act, Cabinet approval, a Bill, laying before parliament), entry into force, depositaries, venues and
hosts, reservations, implementation, processes, funds and institutions give no record."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Netherlands", "China", "Saudi Arabia", "Russian Federation",
          "Iran", "Kenya", "Republic of Korea", "Viet Nam", "Türkiye", "Czechia", "Germany", "Mexico", "Colombia", "Egypt",
          "United Republic of Tanzania", "Uganda", "Rwanda", "Somalia", "Burundi", "Democratic Republic of the Congo",
          "Bangladesh", "Chile", "Fiji", "Samoa", "Kiribati", "Papua New Guinea", "Philippines", "Thailand", "Ghana",
          "South Sudan", "Syria", "Democratic People's Republic of Korea", "Bolivia", "Costa Rica", "Guatemala", "Ecuador"),
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Ireland": ["Ireland"],
    "New Zealand": ["New Zealand", "Aotearoa New Zealand"],
    "India": ["India", "Republic of India"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Canada": ["Canada"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Slovenia": ["Slovenia", "Republic of Slovenia"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Japan": ["Japan"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Malaysia": ["Malaysia"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (UK Parliament written answers, FCDO, Lords, answered 18 January 2024) =====================
d = "01.txt"
D = "2024-01-18"
CCM = ("Convention on Cluster Munitions", ["CCM"])
LJHC = ("Ljubljana-The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and Other International Crimes",
        ["Ljubljana-The Hague Convention", "MLA Convention"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
GENOCIDE = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention", "1948 Convention on the Prevention and Punishment of the Crime of Genocide"])
AICONV = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law", ["Framework Convention on Artificial Intelligence", "AI Convention"])
BLETCHLEY = ("Bletchley Declaration", ["Bletchley Declaration on AI Safety"])
R7831 = ("General Assembly resolution 78/31 on the Treaty on the Prohibition of Nuclear Weapons", ["resolution 78/31", "A/RES/78/31"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
UK = "United Kingdom"
# The questioner's premise ("has yet to ratify") is corrected by the Minister: optional negated record.
R(d, UK, NOTRATIFIED, CCM, None, "given that the United Kingdom has yet to ratify the Convention on Cluster Munitions", negated=True, required=False)
R(d, UK, "signed", CCM, "2008-12-03", "The UK signed the Convention on Cluster Munitions (CCM) in Oslo on 3 December 2008")
R(d, UK, RATIFIED, CCM, "2010-05-04", "ratified it on 4 May 2010")
# "we have been a State Party ever since": the same status as the ratification (no separate record). Stockpile destruction: implementation.
R(d, "South Sudan", ACCEDED, CCM, "2023-08", "South Sudan acceded to the Convention last August")
R(d, "Nigeria", RATIFIED, CCM, "2023-02", "Nigeria deposited its instrument of ratification in February 2023")
# The Government "welcomes" the two: nothing for the UK. Norway as depositary: nothing.
R(d, UK, "called-for", CCM, D, "We continue to call on all States not yet party, including those that have signed but not ratified, to join the Convention without delay")
R(d, "Lithuania", RATIFIED, CCM, "2011-03-24", "Lithuania, which ratified the Convention in 2011",
  alt=["Lithuania deposited its instrument of ratification with the Secretary-General of the United Nations on 24 March 2011"])
# Lithuania "reviewing its position": not an act.
# The diplomatic conference's adoption (venue Ljubljana): an unnamed body, optional.
R(d, ["diplomatic conference", "Ljubljana diplomatic conference"], ADOPTED, LJHC, "2023-05-26", "The text of the Ljubljana-The Hague Convention was adopted by a diplomatic conference in Ljubljana on 26 May 2023", required=False)
R(d, UK, "signed", LJHC, None, "The UK participated actively in the negotiations but has not signed the Convention", negated=True)
# The six signatures "last week" are denied ("premature") and planned: negated, no date.
RL(d, ["Argentina", "Belgium", "Mongolia", "Netherlands", "Senegal", "Slovenia"], "signed", LJHC, None,
   "The core group that led the initiative (Argentina, Belgium, Mongolia, the Netherlands, Senegal and Slovenia) has indicated that it will sign at that ceremony",
   negated=True, alt=["Reports that the Convention was signed by Belgium, Slovenia, the Netherlands, Argentina, Senegal and Mongolia last week are premature"])
R(d, UK, PARTY, ROME, None, "The UK is a party to the Rome Statute of the International Criminal Court")
R(d, UK, ACCEDED, GENOCIDE, "1970", "which the UK acceded to in 1970", alt=["and to the 1948 Convention on the Prevention and Punishment of the Crime of Genocide"])
R(d, UK, "signed", AICONV, None, "the Government intends to sign the Convention at the earliest opportunity", negated=True)
# Adoption by the Committee of Ministers "which we expect in the spring": future, nothing. CRaG 2010: domestic.
R(d, UK, ENDORSED, BLETCHLEY, "2023-11-01", "The UK also endorsed the Bletchley Declaration at the AI Safety Summit on 1 November 2023")
RL(d, ["European Union", "United States", "China", "India", "Brazil", "Saudi Arabia"], ENDORSED, BLETCHLEY, "2023-11-01",
   "alongside 27 other countries and the European Union, including the United States, China, India, Brazil and Saudi Arabia")
# "27 other countries": unnamed.
R(d, UK, "supported", R7831, "2023-12-04", "The UK voted against resolution 78/31 on the Treaty on the Prohibition of Nuclear Weapons (TPNW) at the UN General Assembly on 4 December 2023", negated=True)
RL(d, ["France", "United States"], "supported", R7831, "2023-12-04", "as did France and the United States", negated=True)
R(d, UK, "signed", TPNW, None, "The UK has not signed and will not sign the TPNW", negated=True)
R(d, UK, COMMITTED, NPT, None, "Our commitment remains to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)", required=False)
R(d, UK, PARTY, NPT, "1968", "to which the UK has been a party since 1968")
# "one of its three depositary Governments": nothing.
R(d, UK, "called-for", NPT, D, "We urge all States that remain outside the NPT to accede to it as non-nuclear-weapon States")

# ===================== 02 (Dáil Éireann, oral and written answers, Tuesday 12 November 2019) =====================
d = "02.txt"
D = "2019-11-12"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
FCTPNW = ("First Committee draft resolution on the Treaty on the Prohibition of Nuclear Weapons", ["draft resolution on the Treaty on the Prohibition of Nuclear Weapons", "TPNW resolution"])
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["UNCRPD", "CRPD", "UN Convention on the Rights of Persons with Disabilities"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD", "optional protocol to the UN Convention on the Rights of Persons with Disabilities"])
CETA = ("EU-Canada Comprehensive Economic and Trade Agreement", ["CETA", "Comprehensive Economic and Trade Agreement"])
R(d, "Ireland", "signed", TPNW, "2017-09-20", "the Tánaiste signed it in New York on 20 September 2017",
  alt=["Ireland signed the treaty on the day it opened for signature, two years ago"])
R(d, "Ireland", NOTRATIFIED, TPNW, None, "Ireland intends to deposit its instrument of ratification with the Secretary-General in New York", negated=True,
  alt=["yet we still have not ratified it"])
# The Deputy's premise about Austria and New Zealand is corrected by the Minister of State.
RL(d, ["Austria", "New Zealand"], NOTRATIFIED, TPNW, None, "countries like Austria and New Zealand have not ratified it either", negated=True, required=False)
R(d, "Austria", RATIFIED, TPNW, "2018-05", "Austria ratified the treaty in May of last year")
R(d, "New Zealand", RATIFIED, TPNW, "2018-07", "New Zealand did so in July of last year")
# "34 states have now ratified", entry into force at 50, the Dáil's approval in July and the legislation: nothing.
R(d, "Ireland", "called-for", TPNW, D, "We continue to urge all states to sign and ratify the TPNW.")
R(d, "Ireland", "supported", FCTPNW, "2019-11-01", "Ireland voted in favour of the First Committee draft resolution on the Treaty on the Prohibition of Nuclear Weapons on 1 November")
RL(d, ["Ireland", "Austria", "Brazil", "Costa Rica", "Mexico", "New Zealand", "South Africa"], ["co-sponsored", "supported"], FCTPNW, None,
   "co-sponsored it with Austria, Brazil, Costa Rica, Mexico, New Zealand and South Africa, among others")
R(d, "Ireland", RATIFIED, IST, "2019-03-08", "Ireland ratified the Istanbul Convention on International Women's Day, 8 March, earlier this year")
R(d, "Ireland", "signed", IST, "2015-11", "having signed it in November 2015")
# Entry into force for Ireland on 1 July 2019 and "no reservations": nothing.
R(d, "European Union", "signed", IST, "2017-06", "the European Union signed the convention in June 2017")
R(d, "European Union", NOTBOUND, IST, None, "the EU's own conclusion of it remains pending before the Council", negated=True)
RL(d, ["Bulgaria", "Hungary", "Latvia", "Lithuania", "Slovakia"], NOTRATIFIED, IST, None,
   "among them Bulgaria, Hungary, Latvia, Lithuania and Slovakia, have still not ratified", negated=True)
R(d, "Ireland", "called-for", IST, D, "we have joined the call on all member States that have not yet done so to ratify the Istanbul Convention")
R(d, "Ireland", RATIFIED, CRPD, "2018-03", "Ireland ratified the Convention on the Rights of Persons with Disabilities (UNCRPD) in March 2018")
R(d, "Ireland", "signed", CRPD, "2007-03", "eleven years after signing it in March 2007")
R(d, "Ireland", NOTRATIFIED, OPCRPD, None, "The Government has committed to ratifying the Optional Protocol following the completion of Ireland's first reporting cycle under the Convention", negated=True)
R(d, "Ireland", COMMITTED, OPCRPD, None, "The Government has committed to ratifying the Optional Protocol", required=False)
RL(d, ["European Union", "Canada"], "signed", CETA, "2016-10-30", "CETA was signed by the EU and Canada on 30 October 2016")
# Provisional application since September 2017: nothing. The Dáil motion: domestic.
R(d, "Ireland", NOTRATIFIED, CETA, None, "Ireland has not yet ratified CETA.", negated=True)
RL(d, ["Croatia", "Czechia", "Denmark", "Estonia", "Latvia", "Lithuania", "Malta", "Portugal", "Spain", "Sweden"], RATIFIED, CETA, None,
   "including Croatia, Czechia, Denmark, Estonia, Latvia, Lithuania, Malta, Portugal, Spain and Sweden")
# "14 member states": a count.

# ===================== 03 (Australian Senate estimates, FADT Legislation Committee, DFAT, Markdown; Canberra, 9 November 2022) =====================
d = "03.md"
D = "2022-11-09"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
FCTPNW = ("First Committee resolution on the Treaty on the Prohibition of Nuclear Weapons", ["First Committee resolution on the TPNW", "resolution on the Treaty on the Prohibition of Nuclear Weapons"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "SPNFZ Treaty"])
RAROP = ("Protocols to the South Pacific Nuclear Free Zone Treaty", ["Protocols 1 to 3 of the Treaty of Rarotonga", "Treaty of Rarotonga Protocols", "Protocols 1 to 3"])
RCEP = ("Regional Comprehensive Economic Partnership", ["RCEP", "RCEP Agreement"])
AUKFTA = ("Australia–United Kingdom Free Trade Agreement", ["A-UKFTA", "Australia-UK Free Trade Agreement"])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
BBNJ = ("Agreement on marine biodiversity of areas beyond national jurisdiction", ["BBNJ agreement", "BBNJ", "High Seas Treaty"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
R(d, "Australia", "supported", FCTPNW, "2022-10-27", "On 27 October Australia abstained on the First Committee resolution on the TPNW", negated=True)
# "having voted against that resolution in each previous year since 2017": the same negated tuple (first quote kept).
R(d, "Australia", "signed", TPNW, None, "Australia has not signed the treaty", negated=True,
  alt=["the government will not sign it until issues such as its interaction with the NPT and an effective verification and enforcement architecture have been worked through"])
R(d, "New Zealand", RATIFIED, TPNW, "2018", "New Zealand ratified the TPNW in 2018")
RL(d, ["Fiji", "Samoa", "Kiribati", "Tuvalu", "Palau", "Vanuatu", "Cook Islands", "Niue"], PARTY, TPNW, None,
   "Fiji, Samoa, Kiribati, Tuvalu, Palau, Vanuatu, the Cook Islands and Niue are also states parties")
# The Meeting of States Parties in Vienna and observer status: nothing.
R(d, "Australia", PARTY, RARO, "1986", "Australia has been a party to the South Pacific Nuclear Free Zone Treaty since 1986")
RL(d, ["France", "United Kingdom", "China"], RATIFIED, RAROP, None, "France, the United Kingdom and China have ratified Protocols 1 to 3 as applicable")
R(d, "United States", "signed", RAROP, "1996", "the United States signed them in 1996")
R(d, "United States", NOTRATIFIED, RAROP, None, "has still not ratified them", negated=True)
R(d, "Australia", "called-for", RAROP, D, "We continue to encourage the United States to ratify.")
# RCEP's entry into force for Australia on 1 January: nothing.
R(d, "Australia", "signed", RCEP, "2020-11-15", "Australia signed the agreement on 15 November 2020", alt=["RCEP | 15 Nov 2020"])
RL(d, ["China", "Japan", "Republic of Korea", "New Zealand"], "signed", RCEP, "2020-11-15",
   "alongside the ten ASEAN member states and China, Japan, the Republic of Korea and New Zealand")
# "the ten ASEAN member states": unnamed.
R(d, "Australia", RATIFIED, RCEP, "2021-11", "deposited our instrument of ratification in November 2021")
R(d, "India", "signed", RCEP, None, "India withdrew from the RCEP negotiations in 2019 and is not a signatory", negated=True)
RL(d, ["Australia", "United Kingdom"], "signed", AUKFTA, "2021-12-17", "was signed on 17 December 2021 by the trade ministers of both countries")
# JSCOT inquiry and enabling legislation: domestic. The exchange of notes is still to come.
RL(d, ["Australia", "United Kingdom"], NOTRATIFIED, AUKFTA, None, "We expect to exchange notes with the UK shortly", negated=True, required=False)
R(d, "Australia", "signed", CPTPP, "2018-03-08", "CPTPP | 8 Mar 2018")
R(d, "Australia", RATIFIED, CPTPP, "2018-10-17", "CPTPP | 8 Mar 2018 | 17 Oct 2018")
R(d, "United Kingdom", NOTBOUND[1:2] + ["party"], CPTPP, None, "The United Kingdom applied to accede to the CPTPP in February 2021", negated=True)
R(d, "China", NOTBOUND[1:2] + ["party"], CPTPP, None, "China and Taiwan have also applied", negated=True)
R(d, ["Taiwan"], NOTBOUND[1:2] + ["party"], CPTPP, None, "China and Taiwan have also applied", negated=True, required=False)
# Japan chairing the accession working group: nothing. BBNJ: "nothing to sign" is no act; the coalition is a grouping.
R(d, "Australia", COMMITTED, BBNJ, None, "is committed to concluding the agreement in 2023", required=False)
R(d, "Australia", "called-for", BBNJ, None, "We have called on all delegations to conclude an ambitious agreement at the resumed fifth session", required=False)
R(d, "Australia", RATIFIED, OPCAT, "2017-12", "Australia ratified OPCAT in December 2017")
R(d, "Australia", "signed", OPCAT, "2009", "having signed it in 2009")
# The NPM deadline: implementation.

# ===================== 04 (Canada, House of Commons Debates, Oral Questions, Thursday November 22, 2018) =====================
d = "04.txt"
D = "2018-11-22"
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "UN global compact on migration", "migration compact", "GCM"])
ATT = ("Arms Trade Treaty", ["ATT"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
CAT = ("Convention against Torture", ["CAT", "UN Convention against Torture"])
UNDRIP = ("United Nations Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "Declaration on the Rights of Indigenous Peoples"])
PARIS = ("Paris Agreement", ["Paris Climate Agreement"])
APMBC = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
         ["Ottawa Convention", "Mine Ban Convention", "Anti-Personnel Mine Ban Convention"])
# The member's premise (Canada "has already signed" the compact) is denied by the Parliamentary Secretary: optional.
R(d, "Canada", SIGNED_DECL, GCM, None, "the Liberal government has already signed the UN global compact on migration behind closed doors", required=False)
R(d, "Canada", ENDORSED, GCM, None, "Canada intends to endorse the compact at the intergovernmental conference in Marrakech next month", negated=True,
  alt=["nobody has signed anything"])
# "has not yet been adopted" (the conference's adoption is future) and "the vast majority of UN member states": nothing.
RL(d, ["Australia", "Hungary", "United States"], ENDORSED, GCM, None, "Australia, Hungary and the United States have said they will not endorse it", negated=True)
R(d, "Austria", ENDORSED, GCM, None, "Austria has pulled out too", negated=True, required=False)
R(d, "Canada", ACCEDED, ATT, None, "Canada will accede to the Arms Trade Treaty", negated=True,
  alt=["Canada is still the only NATO member and the only G7 country that has not joined"])
# Bill C-47, royal assent and the regulations: domestic.
R(d, "Canada", "signed", ATT, None, "it refused to sign the treaty at all", negated=True)
R(d, "United States", "signed", ATT, "2013-09", "The United States signed the ATT in September 2013")
R(d, "United States", NOTRATIFIED, ATT, None, "but has not ratified it", negated=True)
R(d, "Canada", NOTBOUND, OPCAT, None, "Canada has still not ratified OPCAT", negated=True,
  alt=["the government announced it would join the Optional Protocol to the Convention against Torture", "The government remains committed to acceding to the optional protocol"])
R(d, "Canada", COMMITTED, OPCAT, None, "The government remains committed to acceding to the optional protocol", required=False)
R(d, "Canada", PARTY, CAT, "1987", "Canada has been a party to the Convention against Torture itself since 1987")
R(d, "Canada", ["supported", "endorsed"], UNDRIP, "2016-05", "in May 2016 we also became a full supporter, without qualification, of the United Nations Declaration on the Rights of Indigenous Peoples")
R(d, "Canada", ENDORSED, UNDRIP, "2010", "which Canada had first endorsed, with qualifications, in 2010")
R(d, "Canada", RATIFIED, PARIS, "2016-10-05", "Canada ratified the Paris Agreement on October 5, 2016")
R(d, "Canada", COMMITTED, PARIS, None, "we remain fully committed to it", required=False)
R(d, "United States", NOTBOUND, PARIS, None, "The Americans announced last year that they intend to withdraw", negated=True,
  alt=["The United States has announced it is pulling out"])
R(d, "China", RATIFIED, PARIS, "2016-09", "China and India, which ratified in September and October 2016 respectively")
R(d, "India", RATIFIED, PARIS, "2016-10", "China and India, which ratified in September and October 2016 respectively")
RL(d, ["China", "India"], COMMITTED, PARIS, None, "have reaffirmed their commitments", required=False)
# The Powering Past Coal Alliance is a grouping (nothing); American states and cities: not States.
R(d, "Canada", "called-for", PARIS, D, "we call on every country that has not yet ratified the agreement, including Iran, Turkey and Russia, to do so before COP24")
RL(d, ["Iran", "Türkiye", "Russian Federation"], NOTRATIFIED, PARIS, None, "every country that has not yet ratified the agreement, including Iran, Turkey and Russia", negated=True)
QOT = "Canada was the first country to both sign and ratify the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction"
R(d, "Canada", "signed", APMBC, "1997-12-03", QOT)
R(d, "Canada", RATIFIED, APMBC, "1997-12-03", QOT)
# Opened for signature in Ottawa (venue) and "164 states": nothing.
R(d, "Canada", "called-for", APMBC, D, "We continue to urge those outside, including Russia, China and the United States, to join.")
RL(d, ["Russian Federation", "China", "United States"], NOTBOUND, APMBC, None, "those outside, including Russia, China and the United States", negated=True)

# ===================== 05 (New Zealand Parliament, written question 04518 (2021), HTML; reply due 3 March 2021) =====================
d = "05.html"
D = "2021-03-03"
BUD = ("Council of Europe Convention on Cybercrime", ["Budapest Convention", "Convention on Cybercrime"])
R74247 = ("General Assembly resolution 74/247", ["resolution 74/247", "A/RES/74/247"])
CCALL = ("Christchurch Call to Action to Eliminate Terrorist and Violent Extremist Content Online", ["Christchurch Call"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
# The member's premise (the predecessor said New Zealand "had already acceded") is rejected by the Minister: optional.
R(d, "New Zealand", ACCEDED, BUD, None, "New Zealand had already acceded to it", required=False)
R(d, "New Zealand", ACCEDED, BUD, None, "New Zealand has not acceded to it", negated=True,
  alt=["the Government intends to accede once the necessary amendments to our search and surveillance legislation have been passed"])
# The Committee of Ministers' invitation, Cabinet's agreement in principle and the legislation: nothing. "Sixty-five States": a count.
R(d, "Australia", ACCEDED, BUD, "2012", "Australia acceded to the Budapest Convention in 2012")
R(d, "Tonga", ACCEDED, BUD, "2017", "Tonga acceded in 2017")
R(d, "Philippines", ACCEDED, BUD, "2018", "the Philippines in 2018")
R(d, "Japan", RATIFIED, BUD, "2012", "Japan ratified it in 2012")
RL(d, ["Fiji", "Kiribati", "Vanuatu"], ACCEDED, BUD, None, "Fiji, Kiribati and Vanuatu have been invited to accede but have not yet done so", negated=True)
R(d, "Russian Federation", "signed", BUD, None, "The Russian Federation has not signed the Convention", negated=True)
# Russia's promotion of negotiations on a new treaty: a process (nothing).
R(d, "New Zealand", "supported", R74247, "2019-12-27", "New Zealand voted against General Assembly resolution 74/247", negated=True)
RL(d, ["Australia", "Canada", "United Kingdom", "United States"], "supported", R74247, "2019-12-27",
   "together with Australia, Canada, the United Kingdom and the United States", negated=True)
R(d, GA, ADOPTED, R74247, "2019-12-27", "The resolution was nonetheless adopted by the General Assembly.")
# Engagement in the ad hoc committee and "will not support a treaty that undermines human rights" (an unnamed, hypothetical treaty): nothing.
RL(d, ["New Zealand", "France"], ENDORSED, CCALL, "2019-05-15", "which the Prime Minister and President Macron of France launched in Paris on 15 May 2019", required=False)
RL(d, ["Australia", "Canada", "European Commission", "Germany", "India", "Indonesia", "Ireland", "Italy", "Japan", "Jordan", "Netherlands",
       "Norway", "Senegal", "Spain", "Sweden", "United Kingdom"], ENDORSED, CCALL, "2019-05-15",
   "The Call was endorsed at its launch by Australia, Canada, the European Commission, Germany, India, Indonesia, Ireland, Italy, Japan, Jordan, the Netherlands, Norway, Senegal, Spain, Sweden and the United Kingdom")
R(d, "United States", ENDORSED, CCALL, None, "The United States has not endorsed the Call", negated=True)
R(d, "New Zealand", "called-for", CCALL, D, "We encourage all governments that share its commitments to support the Christchurch Call.")
R(d, "New Zealand", RATIFIED, TPNW, "2018-07-31", "New Zealand ratified the Treaty on the Prohibition of Nuclear Weapons on 31 July 2018")
# Entry into force on 22 January 2021: nothing.
R(d, "New Zealand", "called-for", TPNW, D, "We call on all states, and in particular our Pacific neighbours, to join it.")

# ===================== 06 (India, Lok Sabha unstarred question 2187, MEA, to be answered on 30.11.2016) =====================
d = "06.txt"
D = "2016-11-30"
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
KIGALI = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment"])
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["UN Convention against Torture", "CAT", "Convention against Torture"])
REF = ("Convention relating to the Status of Refugees", ["1951 Convention relating to the Status of Refugees", "Refugee Convention", "1951 Refugee Convention"])
REFP = ("Protocol relating to the Status of Refugees", ["1967 Protocol", "1967 Protocol relating to the Status of Refugees"])
ISA = ("Framework Agreement on the establishment of the International Solar Alliance", ["ISA Framework Agreement", "International Solar Alliance Framework Agreement"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
RCPUNW = ("First Committee resolution on the Convention on the Prohibition of the Use of Nuclear Weapons", ["resolution on the Convention on the Prohibition of the Use of Nuclear Weapons"])
RTNWFW = ("resolution Towards a nuclear-weapon-free world", ["Towards a nuclear-weapon-free world"])
R(d, "India", RATIFIED, PARIS, "2016-10-02", "India deposited its instrument of ratification of the Paris Agreement with the Secretary-General of the United Nations on 2 October 2016")
R(d, "India", "signed", PARIS, "2016-04-22", "having signed the Agreement in New York on 22 April 2016")
# Cabinet approval on 28 September 2016 (domestic) and entry into force on 4 November 2016: nothing.
R(d, "India", COMMITTED, PARIS, None, "India remains committed to the Agreement")
R(d, ["Meeting of the Parties to the Montreal Protocol", "Parties to the Montreal Protocol", "Parties"], ADOPTED, KIGALI, "2016-10-15",
  "the Parties adopted the Kigali Amendment to the Montreal Protocol on 15 October 2016")
R(d, "India", "supported", KIGALI, "2016-10-15", "India joined the consensus on the Amendment")
# Kigali as the venue: nothing.
R(d, "India", "signed", CAT, "1997-10-14", "India signed the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment on 14 October 1997")
R(d, "India", NOTRATIFIED, CAT, None, "the Convention has not yet been ratified", negated=True,
  alt=["India is yet to ratify the UN Convention against Torture", "The Government is committed to ratifying the Convention"])
R(d, "India", COMMITTED, CAT, None, "The Government is committed to ratifying the Convention", required=False)
# The enabling legislation and the Law Commission: domestic.
R(d, "India", NOTBOUND, REF, None, "India is not a party to the 1951 Convention relating to the Status of Refugees", negated=True,
  alt=["there is no proposal at present to accede to them"])
R(d, "India", NOTBOUND, REFP, None, "India is not a party to the 1951 Convention relating to the Status of Refugees or its 1967 Protocol", negated=True,
  alt=["there is no proposal at present to accede to them"])
RL(d, ["Bangladesh", "Nepal", "Pakistan", "Sri Lanka"], NOTBOUND, REF, None,
   "viz. Bangladesh, Nepal, Pakistan and Sri Lanka, are likewise not parties to the Refugee Convention", negated=True)
RL(d, ["Bangladesh", "Brazil", "Burkina Faso", "Cambodia", "Dominican Republic", "Fiji", "France", "Ghana", "Guinea", "Madagascar", "Mali",
       "Nauru", "Niger", "Seychelles", "Somalia", "United Republic of Tanzania"], "signed", ISA, "2016-11-15",
   "namely, Bangladesh, Brazil, Burkina Faso, Cambodia, Dominican Republic, Fiji, France, Ghana, Guinea, Madagascar, Mali, Nauru, Niger, Seychelles, Somalia and Tanzania")
R(d, "India", "signed", ISA, None, "India will sign the Framework Agreement after completion of internal procedures", negated=True)
# Opening for signature at Marrakech, entry into force after 15 ratifications and the Secretariat hosted by India: nothing.
R(d, "India", "called-for", ISA, D, "The Government has called upon all solar resource rich countries lying fully or partially between the Tropics of Cancer and Capricorn to sign and ratify the Framework Agreement")
R(d, "India", "signed", NPT, None, "India has not signed the NPT", negated=True)
R(d, "India", NOTBOUND, NPT, None, "will not join it as a non-nuclear weapon State", negated=True)
R(d, "India", "signed", CTBT, None, "India has not signed the CTBT, and will not sign it in its present form", negated=True)
# The testing moratorium is not an instrument.
R(d, "India", "supported", RCPUNW, "2016-11-02", "India voted in favour of the resolution on the Convention on the Prohibition of the Use of Nuclear Weapons in the First Committee of the UN General Assembly on 2 November 2016")
R(d, "India", ["co-sponsored", "supported"], RCPUNW, None, "of which India is the main sponsor")
R(d, "India", "supported", RTNWFW, "2016-11-02", "voted against the resolution titled \"Towards a nuclear-weapon-free world\" on the same day", negated=True)

# ===================== 07 (South Africa, National Assembly question for written reply 2841, DIRCO; published 06/10/2017) =====================
d = "07.txt"
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
PELINDABA = ("African Nuclear-Weapon-Free Zone Treaty", ["Treaty of Pelindaba", "Pelindaba Treaty"])
SA = "South Africa"
# The member's premise ("the withdrawal of South Africa from the Rome Statute") and the revoked notice: optional negated party.
R(d, SA, NOTBOUND, ROME, None, "following the withdrawal of South Africa from the Rome Statute of the International Criminal Court last year", negated=True, required=False,
  alt=["On 19 October 2016 the Government deposited a notice of withdrawal with the Secretary-General of the United Nations"])
R(d, SA, PARTY, ROME, None, "South Africa therefore remains a State Party to the Rome Statute", alt=["South Africa did not withdraw from the Rome Statute."])
R(d, SA, RATIFIED, ROME, "2000-11-27", "which it ratified on 27 November 2000")
# The High Court judgment, the revocation's parliamentary dimension, the Bill and the party resolution: domestic or no act.
R(d, "Gambia", PARTY, ROME, None, "The Gambia likewise revoked its notice of withdrawal in February 2017", required=False)
R(d, "Burundi", NOTBOUND, ROME, None, "Burundi's withdrawal takes effect on 27 October 2017, and it will then cease to be a State Party", negated=True)
R(d, SA, "signed", TPNW, "2017-09-20", "The Minister of International Relations and Cooperation signed the Treaty on the Prohibition of Nuclear Weapons (TPNW) on behalf of South Africa at United Nations Headquarters on 20 September 2017")
R(d, SA, "supported", TPNW, "2017-07-07", "South Africa voted in favour of the Treaty's adoption at the United Nations conference on 7 July 2017")
R(d, ["United Nations conference", "UN conference"], ADOPTED, TPNW, "2017-07-07", "the Treaty's adoption at the United Nations conference on 7 July 2017", required=False)
# Bureau membership and the section 231(2) approval: nothing / domestic.
R(d, SA, NOTRATIFIED, TPNW, None, "South Africa intends to be among the first fifty States to ratify", negated=True)
R(d, SA, PARTY, NPT, "1991", "has been a State Party to the NPT since 1991")
R(d, SA, RATIFIED, PELINDABA, "1998", "ratified the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in 1998")
RL(d, ["Algeria", "Benin", "Cabo Verde", "Central African Republic", "Comoros", "Congo", "Côte d'Ivoire", "Ghana", "Libya", "Madagascar",
       "Malawi", "Nigeria", "Togo"], "signed", TPNW, "2017-09-20",
   "Algeria, Benin, Cabo Verde, Central African Republic, Comoros, Congo, Côte d'Ivoire, Ghana, Libya, Madagascar, Malawi, Nigeria and Togo")
# "No African State has yet ratified": unnamed.
RL(d, ["Guyana", "Holy See", "Thailand"], RATIFIED, TPNW, "2017-09-20", "only Guyana, the Holy See and Thailand also deposited instruments of ratification on the same day")
RL(d, ["Guyana", "Holy See", "Thailand"], "signed", TPNW, "2017-09-20", "Of the states that signed on 20 September, only Guyana, the Holy See and Thailand")
# The reply itself is undated (only the question paper's publication date): the calls carry no date.
R(d, SA, "called-for", TPNW, None, "South Africa calls on all African States to sign and ratify the Treaty at the earliest opportunity",
  alt=["The Minister also urged the nuclear-weapon States to join the Treaty when she addressed the signing ceremony"])

# ===================== 08 (Kenya, National Assembly Hansard, Cabinet Secretary's appearance, Wednesday 13th March 2024) =====================
d = "08.txt"
D = "2024-03-13"
FMP = ("Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["African Union Protocol on Free Movement of Persons", "AU Free Movement Protocol", "Free Movement Protocol"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement"])
ES1021 = ("General Assembly resolution ES-10/21", ["resolution ES-10/21", "A/RES/ES-10/21"])
ES1022 = ("General Assembly resolution ES-10/22", ["resolution ES-10/22", "A/RES/ES-10/22"])
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
R(d, "Kenya", "signed", FMP, "2018-01-29", "Kenya signed the Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment in Kigali on 29th January 2018")
R(d, "Kenya", NOTRATIFIED, FMP, None, "The instrument of ratification has not yet been deposited.", negated=True,
  alt=["Kenya has signed but failed to ratify the African Union Protocol on Free Movement of Persons", "Kenya commits to depositing its instrument before the end of this year"])
R(d, "Kenya", COMMITTED, FMP, None, "Kenya commits to depositing its instrument before the end of this year", required=False)
# Cabinet's approval in principle and the Treaty Making and Ratification Act, 2012: domestic.
# The member's premise about Rwanda is corrected by the Cabinet Secretary.
R(d, "Rwanda", RATIFIED, FMP, None, "our neighbours Rwanda and Mali ratified it long ago", required=False)
R(d, "Mali", RATIFIED, FMP, None, "Mali has ratified the Protocol", alt=["only four States have ratified: Mali, Niger, São Tomé and Príncipe, and Sierra Leone"])
R(d, "Rwanda", NOTRATIFIED, FMP, None, "but Rwanda has not", negated=True, alt=["its ratification is pending"])
R(d, "Rwanda", "signed", FMP, "2018", "Rwanda signed in 2018")
RL(d, ["Niger", "São Tomé and Príncipe", "Sierra Leone"], RATIFIED, FMP, None, "only four States have ratified: Mali, Niger, São Tomé and Príncipe, and Sierra Leone")
# The interrupted list ("Rwanda's neighbour ...") is resumed; 15 ratifications for entry into force: nothing.
RL(d, ["Kenya", "Ghana"], RATIFIED, AFCFTA, "2018-05-10", "depositing its instrument of ratification with the Chairperson of the African Union Commission on 10th May 2018, together with Ghana",
   alt=["Kenya was among the first countries to ratify the AfCFTA Agreement"])
RL(d, ["Uganda", "Rwanda", "United Republic of Tanzania", "Burundi"], RATIFIED, AFCFTA, None, "Uganda, Rwanda, Tanzania and Burundi have all ratified")
R(d, "Democratic Republic of the Congo", RATIFIED, AFCFTA, "2022", "the Democratic Republic of the Congo ratified in 2022")
RL(d, ["South Sudan", "Somalia"], "signed", AFCFTA, None, "South Sudan and Somalia have signed the Agreement")
RL(d, ["South Sudan", "Somalia"], NOTRATIFIED, AFCFTA, None, "but have yet to deposit instruments of ratification", negated=True)
# The AU Commission (depositary), the Guided Trade Initiative and the Secretariat in Accra: nothing.
R(d, "Kenya", "supported", ES1021, "2023-10-27", "On 27th October 2023, Kenya voted in favour of General Assembly resolution ES-10/21")
R(d, "Kenya", "supported", ES1022, "2023-12-12", "On 12th December 2023, Kenya again voted in favour of resolution ES-10/22")
# "a two-State solution" is not an instrument.
RL(d, ["Uganda", "United Republic of Tanzania"], "supported", ES1021, "2023-10-27", "Uganda and Tanzania abstained on resolution ES-10/21", negated=True)
R(d, "Democratic Republic of the Congo", "supported", ES1021, "2023-10-27", "while the Democratic Republic of the Congo voted in favour")
R(d, "Kenya", "signed", BBNJ, "2023-09-20", "Kenya signed the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction on 20th September 2023")
R(d, "Kenya", "called-for", BBNJ, D, "We urge all coastal States of the Western Indian Ocean to sign and ratify it.")
R(d, "Kenya", NOTRATIFIED, BBNJ, None, "the Ministry intends to submit it for ratification in the next financial year", negated=True, required=False)

# ===================== 09 (UK explanatory memorandum on the UK-Japan CEPA, CP 311, laid 26 October 2020) =====================
d = "09.txt"
CEPA = ("Agreement between the United Kingdom of Great Britain and Northern Ireland and Japan for a Comprehensive Economic Partnership", ["UK-Japan CEPA", "UK-Japan Comprehensive Economic Partnership Agreement", "CEPA"])
EUJEPA = ("Agreement between the European Union and Japan for an Economic Partnership", ["EU-Japan EPA", "EU-Japan Economic Partnership Agreement"])
WTO = ("Marrakesh Agreement Establishing the World Trade Organization", ["WTO Agreement", "Marrakesh Agreement"])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
RCEP = ("Regional Comprehensive Economic Partnership", ["RCEP"])
MAAC = ("Convention on Mutual Administrative Assistance in Tax Matters", ["Multilateral Convention on Mutual Administrative Assistance in Tax Matters", "MAAC"])
RL(d, ["United Kingdom", "Japan"], "signed", CEPA, "2020-10-23",
   "was signed in Tokyo on 23 October 2020 by the Secretary of State for International Trade and the Minister for Foreign Affairs of Japan")
RL(d, ["European Union", "Japan"], "signed", EUJEPA, "2018-07-17", "which the EU and Japan signed on 17 July 2018")
# Application to the UK in the Transition Period and its end: nothing. Secondary legislation, "Reservations: None", territorial extent: nothing.
RL(d, ["United Kingdom", "Japan"], PARTY, WTO, None,
   "Both the UK and Japan are Members of the World Trade Organization and parties to the Marrakesh Agreement Establishing the World Trade Organization")
R(d, "Japan", RATIFIED, CPTPP, "2018-07", "having ratified it in July 2018",
  alt=["Japan is also a party to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)"])
R(d, "Japan", "signed", RCEP, None, "which it expects to sign next month alongside the other RCEP participants", negated=True)
R(d, "United Kingdom", ACCEDED, CPTPP, None, "The Government has stated its intention to apply to accede to the CPTPP.", negated=True)
# Japan "has welcomed the UK's interest": nothing.
RL(d, ["Australia", "Brunei Darussalam", "Canada", "Chile", "Malaysia", "Mexico", "New Zealand", "Peru", "Singapore", "Viet Nam", "Japan"], "signed", CPTPP, "2018-03-08",
   "The other CPTPP signatories (Australia, Brunei, Canada, Chile, Malaysia, Mexico, New Zealand, Peru, Singapore and Viet Nam) signed the CPTPP in Santiago on 8 March 2018 together with Japan")
RL(d, ["Brunei Darussalam", "Chile", "Malaysia"], NOTRATIFIED, CPTPP, None, "of these, Brunei, Chile and Malaysia have yet to ratify", negated=True)
R(d, "United Kingdom", RATIFIED, MAAC, "2008", "The UK ratified the Convention on Mutual Administrative Assistance in Tax Matters in 2008")
R(d, "Japan", RATIFIED, MAAC, "2013", "Japan did so in 2013")
R(d, "United Kingdom", NOTRATIFIED, CEPA, None, "The UK will only ratify the Agreement once the 21 sitting day period under the Constitutional Reform and Governance Act 2010 has expired", negated=True)
R(d, "Japan", NOTRATIFIED, CEPA, None, "which both Parties intend should be 1 January 2021", negated=True, required=False)
# Entry into force by exchange of notes, the Joint Committee, consultation and the Government's commitment to respond to the Committee: nothing.

# ===================== 10 (European Parliament, question E-004412/2021 and HR/VP answer, Markdown; answered 28.10.2021) =====================
d = "10.md"
D = "2021-10-28"
R75183 = ("General Assembly resolution 75/183 on a moratorium on the use of the death penalty", ["resolution 75/183", "A/RES/75/183"])
P13 = ("Protocol No. 13 to the European Convention on Human Rights", ["Protocol No. 13", "Protocol 13 ECHR", "Protocol No. 13 ECHR"])
P6 = ("Protocol No. 6 to the European Convention on Human Rights", ["Protocol No. 6", "Protocol No. 6 ECHR"])
SOP = ("Second Optional Protocol to the International Covenant on Civil and Political Rights", ["Second Optional Protocol", "Second Optional Protocol to the ICCPR"])
MORAT77 = ("biennial General Assembly resolution on a moratorium on the use of the death penalty (77th session)", ["biennial resolution", "resolution on a moratorium on the use of the death penalty"])
R(d, GA, ADOPTED, R75183, "2020-12-16", "On 16 December 2020, the UN General Assembly adopted resolution 75/183")
# The member's premise about Poland is corrected.
R(d, "Poland", NOTRATIFIED, P13, None, "some Member States, such as Poland, still have not ratified Protocol No. 13", negated=True, required=False)
R(d, "Poland", RATIFIED, P13, "2013", "Poland ratified Protocol No. 13 in 2013")
# "All 27 Member States co-sponsored", "all EU Member States are bound", "All EU Member States are parties", "10 countries", the vote counts: unnamed.
RL(d, ["Italy", "Mexico", "Mongolia"], ["co-sponsored", "supported"], R75183, None, "which was presented by a cross-regional task force of 10 countries including Italy, Mexico and Mongolia")
RL(d, ["Djibouti", "Jordan", "Lebanon", "Republic of Korea"], "supported", R75183, "2020-12-16",
   "among those voting in favour for the first time were Djibouti, Jordan, Lebanon and the Republic of Korea")
R(d, "United States", "supported", R75183, "2020-12-16", "the United States voted against the resolution", negated=True)
RL(d, ["China", "Egypt", "Iran", "Saudi Arabia"], "supported", R75183, "2020-12-16", "as did China, Egypt, Iran and Saudi Arabia", negated=True)
R(d, "Armenia", "signed", P13, None, "Armenia has signed but not ratified Protocol No. 13")
R(d, "Armenia", NOTRATIFIED, P13, None, "Armenia has signed but not ratified Protocol No. 13", negated=True)
R(d, "Azerbaijan", "signed", P13, None, "Azerbaijan has not signed it", negated=True)
R(d, "Russian Federation", NOTRATIFIED, P6, None, "The Russian Federation is the only member State that has not ratified Protocol No. 6", negated=True)
R(d, "Russian Federation", "signed", P6, "1997-04", "it signed that Protocol in April 1997")
# The table's opening-for-signature dates: nothing.
R(d, "European Union", "called-for", SOP, D, "The EU systematically calls on all States that have not yet done so to accede to the Second Optional Protocol",
  alt=["the EU encourages Sierra Leone to follow it by acceding to the Protocol"])
# Sierra Leone's Parliament's vote: domestic; the EU's welcome: nothing.
R(d, "Sierra Leone", ACCEDED, SOP, None, "the EU encourages Sierra Leone to follow it by acceding to the Protocol", negated=True, required=False)
R(d, "Kazakhstan", "signed", SOP, "2020-09", "Kazakhstan signed the Second Optional Protocol in September 2020")
R(d, "Kazakhstan", NOTRATIFIED, SOP, None, "the EU looks forward to its ratification", negated=True)
R(d, "European Union", ["co-sponsored", "supported"], MORAT77, None, "The EU will again support the biennial resolution at the 77th session of the General Assembly and intends to co-sponsor it", negated=True, required=False)

# ===================== 11 (UK Government response to the Foreign Affairs Committee's report on the high seas, June 2025) =====================
d = "11.txt"
D = "2025-06"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
PXI = ("Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea", ["1994 Agreement relating to the Implementation of Part XI", "Part XI Agreement"])
FISH = ("WTO Agreement on Fisheries Subsidies", ["Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement"])
# The Committee's recommendations (in bold) are a parliamentary committee's advice to its own Government: nothing.
R(d, "United Kingdom", "signed", BBNJ, "2023-09-20", "The UK signed the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction (the BBNJ Agreement) on 20 September 2023")
# The Biodiversity Beyond National Jurisdiction Bill and Royal Assent: domestic.
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "The UK will ratify once the Bill has received Royal Assent", negated=True,
  alt=["it was therefore not possible to ratify before the Conference"])
R(d, "France", RATIFIED, BBNJ, "2025-02", "France ratified in February 2025", alt=["as France and Spain have already done"])
R(d, "Spain", RATIFIED, BBNJ, "2025-01-14", "Spain, however, deposited its instrument of ratification on 14 January 2025")
RL(d, ["Greece", "Jamaica", "Latvia", "Morocco", "Portugal", "Sierra Leone", "Vanuatu"], RATIFIED, BBNJ, "2025-06",
   "a further 19 States ratified, including Greece, Jamaica, Latvia, Morocco, Portugal, Sierra Leone and Vanuatu")
R(d, "European Union", RATIFIED, BBNJ, "2025-06-09", "The European Union ratified the Agreement on 9 June 2025")
R(d, "United Kingdom", "called-for", BBNJ, None, "Ministers have urged all Commonwealth members to ratify the BBNJ Agreement as early as possible")
RL(d, ["Belize", "Mauritius", "Seychelles"], RATIFIED, BBNJ, None, "Belize, Mauritius and the Seychelles have ratified")
R(d, "Palau", RATIFIED, BBNJ, "2024-01", "Palau, which is not a Commonwealth member, was the first State to ratify, in January 2024")
R(d, "Chile", RATIFIED, BBNJ, None, "followed by Chile")
# The moratorium on deep-sea mining and "the group of 32 States": not an instrument; unnamed.
R(d, "United Kingdom", PARTY, UNCLOS, "1997", "The UK has been a party to the United Nations Convention on the Law of the Sea since 1997")
R(d, "United Kingdom", PARTY, PXI, "1997", "to the 1994 Agreement relating to the Implementation of Part XI since the same date")
R(d, "United Kingdom", ACCEPTED, FISH, "2023", "The UK accepted the WTO Agreement on Fisheries Subsidies in 2023")
# Entry into force at two thirds of Members: nothing.
R(d, "United Kingdom", "called-for", FISH, D, "We continue to call on all WTO Members who have not yet accepted the Agreement to do so without delay")
RL(d, ["India", "Indonesia"], ACCEPTED, FISH, None, "including India and Indonesia, which have said they will not accept it until the second wave of negotiations is concluded", negated=True)

# ===================== 12 (Seanad Éireann, Commencement Matters, HTML; Wednesday, 15 May 2024) =====================
d = "12.html"
D = "2024-05-15"
ES1023 = ("General Assembly resolution ES-10/23", ["resolution ES-10/23", "A/RES/ES-10/23"])
AICONV = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
          ["Framework Convention on Artificial Intelligence", "AI Convention", "Council of Europe convention on artificial intelligence"])
GENOCIDE = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention"])
KAMPALA = ("Kampala amendments to the Rome Statute on the crime of aggression", ["Kampala amendments", "Kampala amendments on the crime of aggression"])
BIO2017 = ("2017 amendments to the Rome Statute on weapons that use microbial or biological agents", ["amendments adopted in 2017 on weapons that use microbial or biological agents", "2017 Rome Statute amendments"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
R(d, "Ireland", "supported", ES1023, "2024-05-10", "On Friday, 10 May, Ireland voted in favour of General Assembly resolution ES-10/23")
R(d, GA, ADOPTED, ES1023, "2024-05-10", "The resolution was adopted with 143 votes in favour, 9 against and 25 abstentions.")
RL(d, ["Ireland", "Spain", "Slovenia", "Malta", "Norway"], ["co-sponsored", "supported"], ES1023, None,
   "Ireland co-sponsored the resolution together with Spain, Slovenia, Malta and Norway, among others")
RL(d, ["Argentina", "Czechia", "Hungary", "United States"], "supported", ES1023, "2024-05-10", "Argentina, Czechia, Hungary and the United States voted against", negated=True)
RL(d, ["Austria", "Germany", "Italy", "Netherlands"], "supported", ES1023, "2024-05-10", "Austria, Germany, Italy and the Netherlands abstained", negated=True)
# Palestine's membership itself (the Security Council's reconsideration) is no treaty action.
# The Senator's premise ("has already refused to support") is corrected.
R(d, "Ireland", "supported", AICONV, None, "Ireland has already refused to support", negated=True, required=False,
  alt=["Ireland has not refused to support the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law"])
R(d, "Ireland", "supported", AICONV, "2024-05-14", "supported the text when the Committee of Ministers adopted the Convention in Strasbourg on 14 May", required=False)
R(d, ["Council of Europe Committee of Ministers", "Committee of Ministers"], ADOPTED, AICONV, "2024-05-14", "the Committee of Ministers adopted the Convention in Strasbourg on 14 May")
R(d, "Ireland", "signed", AICONV, None, "Ireland has not yet signed it", negated=True, alt=["the Government intends to sign at that time"])
# Opening for signature at a conference in Vilnius: venue, nothing.
RL(d, ["European Union", "United Kingdom", "United States"], "signed", AICONV, None,
   "The European Union is expected to sign on the same occasion, as are the United Kingdom and the United States", negated=True)
R(d, "Ireland", PARTY, GENOCIDE, "1976", "Ireland has been a party to the Convention on the Prevention and Punishment of the Crime of Genocide since 1976")
# The intervention before the ICJ in South Africa's case against Israel: litigation (nothing).
R(d, "Ireland", "called-for", GENOCIDE, None, "We have urged all States that are not yet parties to the Genocide Convention to accede to it.")
R(d, "Ireland", RATIFIED, KAMPALA, "2018-09", "Ireland ratified the Kampala amendments on the crime of aggression in September 2018")
R(d, "Ireland", ACCEPTED, BIO2017, None, "has also accepted the amendments adopted in 2017 on weapons that use microbial or biological agents")
R(d, "Ireland", "signed", ROME, "1998-10-07", "having signed it on 7 October 1998")
R(d, "Ireland", RATIFIED, ROME, "2002-04", "ratified it in April 2002")
# The Seanad's approval of the amendments in 2018: domestic.

# ===================== 13 (UK, letter from the Ministry of Justice minister to the Chair of the Lords International Agreements Committee, 20 July 2022) =====================
d = "13.txt"
D = "2022-07-20"
LUGANO = ("Lugano Convention 2007", ["Lugano Convention", "Convention on jurisdiction and the recognition and enforcement of judgments in civil and commercial matters (Lugano, 2007)"])
HJC = ("Convention of 2 July 2019 on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters", ["Hague Judgments Convention", "2019 Hague Judgments Convention"])
COCA = ("2005 Hague Convention on Choice of Court Agreements", ["Hague Convention on Choice of Court Agreements", "Choice of Court Convention", "2005 Choice of Court Convention"])
CSC = ("2007 Hague Child Support Convention", ["Hague Child Support Convention", "Convention on the International Recovery of Child Support and Other Forms of Family Maintenance"])
SGC = ("United Nations Convention on International Settlement Agreements Resulting from Mediation", ["Singapore Convention on Mediation", "Singapore Convention"])
R(d, "United Kingdom", NOTBOUND, LUGANO, None, "the UK is not a party to the Lugano Convention", negated=True,
  alt=["the UK applied to accede to the Lugano Convention 2007 on 8 April 2020", "The UK's accession therefore cannot proceed"])
RL(d, ["Switzerland", "Iceland", "Norway"], PARTY, LUGANO, None, "Switzerland, Iceland and Norway, the Convention's non-EU Contracting Parties")
# Their support for the application, the Commission's notification that the EU would not consent, and the Swiss Federal Council
# as depositary: nothing (no treaty action on the Convention itself).
R(d, "United Kingdom", "signed", HJC, None, "the Government intends to sign the Convention", negated=True, alt=["I expect signature to take place by the end of this year"])
R(d, "United Kingdom", NOTRATIFIED, HJC, None, "and subsequently to ratify it", negated=True)
R(d, "Uruguay", "signed", HJC, "2019-07-02", "Uruguay was the first State to sign the Convention, on 2 July 2019")
RL(d, ["Ukraine", "Israel", "Costa Rica", "Russian Federation", "United States"], "signed", HJC, None,
   "It has since been signed by Ukraine, Israel, Costa Rica, Russia and the United States")
R(d, "Ukraine", RATIFIED, HJC, None, "only Ukraine has ratified it")
# The Council decision of 12 July (EU-internal step), Denmark and entry into force: nothing.
R(d, "European Union", ACCEDED, HJC, None, "the European Union is expected to deposit its instrument of accession next month", negated=True)
R(d, "United Kingdom", PARTY, COCA, "2021-01-01", "the UK has been a party to the 2005 Hague Convention on Choice of Court Agreements in its own right since 1 January 2021")
R(d, "United Kingdom", ACCEDED, COCA, "2020-09-28", "having deposited a fresh instrument of accession on 28 September 2020")
R(d, "United Kingdom", PARTY, CSC, "2021-01-01", "The UK has also been a party to the 2007 Hague Child Support Convention in its own right since the same date")
R(d, "United Kingdom", "called-for", COCA, D, "We continue to encourage Commonwealth partners, including Australia, Canada and New Zealand, to consider joining the 2005 Choice of Court Convention", required=False)
RL(d, ["Australia", "Canada", "New Zealand"], NOTBOUND, COCA, None, "including Australia, Canada and New Zealand, to consider joining", negated=True, required=False)
# The Committee's premise (Canada "signed the Singapore Convention") is corrected.
R(d, "Canada", "signed", SGC, "2019", "Canada, which signed the Singapore Convention on Mediation in 2019", required=False)
R(d, "Canada", "signed", SGC, None, "Canada has not signed the Singapore Convention", negated=True)
R(d, "United Kingdom", "signed", SGC, None, "The UK intends to sign the United Nations Convention on International Settlement Agreements Resulting from Mediation next year", negated=True)

# ===================== 14 (New Zealand, FADT Committee estimates hearing with the Minister of Trade, Thursday 12 May 2016) =====================
d = "14.txt"
D = "2016-05-12"
TPP = ("Trans-Pacific Partnership Agreement", ["TPP", "Trans-Pacific Partnership"])
PARIS = ("Paris Agreement", ["Paris Climate Agreement"])
MVT = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled", ["Marrakesh Treaty", "Marrakesh Treaty for the blind"])
TFA = ("Protocol amending the Marrakesh Agreement to insert the Trade Facilitation Agreement", ["Trade Facilitation Agreement", "WTO Trade Facilitation Agreement", "TFA"])
GCCFTA = ("free trade agreement with the Gulf Cooperation Council", ["New Zealand-GCC Free Trade Agreement", "GCC FTA"])
# The member's premise ("has already ratified it") is denied by the Minister.
R(d, "New Zealand", RATIFIED, TPP, None, "the Government has already ratified it", required=False)
R(d, "New Zealand", "signed", TPP, "2016-02-04", "New Zealand signed the Trans-Pacific Partnership Agreement in Auckland on 4 February 2016",
  alt=["New Zealand signed TPP in Auckland in February"])
RL(d, ["Australia", "Brunei Darussalam", "Canada", "Chile", "Japan", "Malaysia", "Mexico", "Peru", "Singapore", "United States", "Viet Nam"], "signed", TPP, "2016-02-04",
   "as did the other eleven participating countries: Australia, Brunei Darussalam, Canada, Chile, Japan, Malaysia, Mexico, Peru, Singapore, the United States and Viet Nam")
# Presentation to the House for treaty examination and the implementing legislation: domestic.
R(d, "New Zealand", NOTRATIFIED, TPP, None, "New Zealand has not ratified TPP", negated=True)
R(d, "United States", NOTRATIFIED, TPP, None, "The United States has signed but has not yet ratified.", negated=True)
R(d, "Japan", NOTRATIFIED, TPP, None, "Neither has Japan", negated=True)
# "No signatory has ratified yet": unnamed. The APEC meeting: venue.
R(d, "New Zealand", "called-for", TPP, D, "I would encourage all TPP signatories to complete their ratification processes in a timely way")
R(d, "New Zealand", "signed", PARIS, "2016-04-22", "New Zealand signed the Paris Agreement on 22 April in New York")
R(d, "New Zealand", NOTRATIFIED, PARIS, None, "the Government intends to ratify this year", negated=True)
R(d, "Fiji", RATIFIED, PARIS, "2016-02", "Fiji was the first country in the world to ratify, in February")
RL(d, ["Palau", "Marshall Islands"], RATIFIED, PARIS, None, "followed by Palau and the Marshall Islands")
R(d, "New Zealand", "called-for", PARIS, D, "We would urge all our Pacific neighbours to ratify quickly.")
R(d, "Australia", RATIFIED, MVT, "2015-12", "Australia ratified the Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled in December 2015",
  alt=["Australia ratified that a year ago"])
R(d, "New Zealand", NOTBOUND, MVT, None, "New Zealand is not yet a party", negated=True)
R(d, "India", RATIFIED, MVT, "2014", "India was the first to ratify, in 2014")
R(d, "Canada", ACCEDED, MVT, None, "Canada has announced that it will accede shortly", negated=True)
# The Copyright Act changes: domestic. Entry into force at twenty instruments: nothing.
R(d, "New Zealand", ACCEPTED, TFA, "2015-09", "we accepted the protocol amending the Marrakesh Agreement to insert the Trade Facilitation Agreement in September 2015")
R(d, "New Zealand", "signed", GCCFTA, None, "no agreement has been signed", negated=True, required=False)

# ===================== 15 (Australia, House of Representatives, Questions Without Notice, Tuesday 25 March 2025) =====================
d = "15.txt"
D = "2025-03-25"
PANDEMIC = ("WHO Pandemic Agreement", ["pandemic agreement", "WHO pandemic agreement"])
IHR = ("International Health Regulations", ["IHR", "International Health Regulations (2005)"])
IHRA = ("2024 amendments to the International Health Regulations", ["amendments to the International Health Regulations", "2024 IHR amendments", "2024 amendments"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC", "Framework Convention on Tobacco Control"])
FCTPNW = ("UN General Assembly First Committee resolution on the Treaty on the Prohibition of Nuclear Weapons", ["First Committee resolution on the treaty", "TPNW resolution"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "SPNFZ Treaty"])
# The member's "signed away Australia's sovereignty" and "Nobody has signed anything": the text is not yet adopted.
R(d, "Australia", "signed", PANDEMIC, None, "the government has signed away Australia's sovereignty to Geneva", required=False)
R(d, "Australia", "signed", PANDEMIC, None, "Any signature would come later", negated=True, required=False)
R(d, "Australia", "supported", PANDEMIC, None, "Australia will vote for its adoption if the text protects our sovereign right to make our own health decisions", negated=True)
# The INB's negotiation, the Assembly in May and JSCOT: process, future or domestic.
R(d, "Australia", PARTY, IHR, "2005", "Australia has been a party to the International Health Regulations since they were adopted in 2005")
R(d, "Australia", "supported", IHRA, "2024-06-01", "we supported the amendments to the Regulations adopted by the Assembly on 1 June last year")
R(d, ["World Health Assembly", "Assembly"], ADOPTED, IHRA, "2024-06-01", "the amendments to the Regulations adopted by the Assembly on 1 June last year")
# The United States' withdrawal from the WHO (an organisation): nothing.
R(d, "United States", NOTBOUND, IHRA, None, "has said it will not be bound by the 2024 amendments", negated=True)
R(d, "Argentina", NOTBOUND, IHRA, None, "Argentina has said it will follow", negated=True, required=False)
# The member's premise that the FCTC was "abandoned" is rejected.
R(d, "Australia", NOTBOUND, FCTC, None, "Wasn't that abandoned?", negated=True, required=False)
R(d, "Australia", "signed", FCTC, "2003-12", "Australia signed the WHO Framework Convention on Tobacco Control in December 2003")
R(d, "Australia", RATIFIED, FCTC, "2004-10-27", "ratified it on 27 October 2004")
R(d, "Australia", COMMITTED, FCTC, None, "we remain firmly committed to it")
R(d, "Australia", "called-for", FCTC, D, "we call on all countries that are not yet parties—including the United States, Indonesia and Switzerland—to ratify it")
RL(d, ["United States", "Indonesia", "Switzerland"], NOTBOUND, FCTC, None, "all countries that are not yet parties—including the United States, Indonesia and Switzerland", negated=True)
R(d, "Australia", "supported", FCTPNW, "2024-10", "In October last year Australia again abstained on the UN General Assembly First Committee resolution on the treaty", negated=True)
R(d, "Australia", "signed", TPNW, None, "Australia has not signed the treaty.", negated=True)
R(d, "Australia", COMMITTED, NPT, None, "Our commitment to the NPT", required=False)
R(d, "Australia", PARTY, NPT, "1973", "to which Australia has been a party since 1973")
R(d, "Indonesia", RATIFIED, TPNW, "2024-09", "Indonesia ratified the Treaty on the Prohibition of Nuclear Weapons last September")
RL(d, ["Sri Lanka", "Solomon Islands"], "signed", TPNW, None, "Sri Lanka and Solomon Islands have signed it")
RL(d, ["Japan", "Republic of Korea", "Philippines"], "signed", TPNW, None, "Japan, the Republic of Korea and the Philippines have, like Australia, not signed", negated=True)
# The Minister's retracted half-sentences (Rarotonga protocols, Pelindaba) give nothing; the corrected statement gives the party record.
R(d, "Australia", PARTY, RARO, None, "Australia is a party to the South Pacific Nuclear Free Zone Treaty only")

# ===================== 16 (House of Lords Hansard, oral question, Thursday 15 January 2026) =====================
d = "16.txt"
D = "2026-01-15"
APMBC = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
         ["Ottawa Convention", "Mine Ban Convention", "Anti-Personnel Mine Ban Convention"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
PANDEMIC = ("WHO Pandemic Agreement", ["Pandemic Agreement"])
EWIPA = ("Political Declaration on Explosive Weapons in Populated Areas", ["EWIPA Declaration", "political declaration on explosive weapons in populated areas"])
RL(d, ["Estonia", "Latvia", "Lithuania", "Poland", "Finland"], NOTBOUND, APMBC, None,
   "the Government regret the decisions of Estonia, Latvia, Lithuania, Poland and Finland to withdraw from the Ottawa Convention", negated=True,
   alt=["following their withdrawal from the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction"])
# The withdrawal instruments' dates and their taking effect, and "We understand the security context": no further records.
R(d, "United Kingdom", RATIFIED, APMBC, "1998-07-31", "having ratified the Convention on 31 July 1998", alt=["The UK has been a State Party since 1999"])
R(d, "United Kingdom", NOTBOUND, APMBC, None, "has no plans to withdraw", negated=True, required=False)
# "call on all States to universalise and respect the convention" is kept as an alt of the call to accede below (one tuple).
# The member's premise about Ukraine is corrected: Ukraine remains a State Party.
R(d, "Ukraine", NOTBOUND, APMBC, None, "Ukraine has also withdrawn, has it not?", negated=True, required=False)
R(d, "Ukraine", PARTY, APMBC, None, "Ukraine has not deposited an instrument of withdrawal, and remains a State Party")
RL(d, ["Russian Federation", "China", "United States"], NOTBOUND, APMBC, None, "none of the three is a party", negated=True,
   alt=["Russia, China and the United States, the largest holders of these weapons, have never joined"])
R(d, "United Kingdom", "called-for", APMBC, D, "We regularly urge them to accede.", alt=["We continue to call on all States to universalise and respect the convention."])
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania's withdrawal from the Convention on Cluster Munitions took effect in March last year", negated=True,
  alt=["Lithuania has left that convention too"])
R(d, "United Kingdom", COMMITTED, CCM, None, "The UK remains fully committed to the CCM")
R(d, "United Kingdom", RATIFIED, CCM, "2010", "which we ratified in 2010")
R(d, "Vanuatu", ACCEDED, CCM, "2024", "Vanuatu acceded in 2024")
# "we welcomed that": nothing for the UK.
R(d, ["World Health Assembly"], ADOPTED, PANDEMIC, "2025-05-20", "the World Health Assembly adopted the WHO Pandemic Agreement on 20 May last year")
R(d, "United Kingdom", "supported", PANDEMIC, "2025-05-20", "The UK voted in favour.")
R(d, "United Kingdom", "signed", PANDEMIC, None, "the UK will consider signature then", negated=True)
RL(d, ["Slovakia", "Israel", "Italy", "Poland", "Russian Federation"], "supported", PANDEMIC, "2025-05-20",
   "Slovakia called a vote and abstained, as did Israel, Italy, Poland and Russia", negated=True)
R(d, "United States", "supported", PANDEMIC, "2025-05-20", "The United States did not participate.", negated=True)
# The US departure from the WHO (an organisation) and "No State voted against": nothing. The annex's future adoption: nothing.
# "there is no such amendment": the member's ATT premise names no real instrument.
R(d, "United Kingdom", ENDORSED, EWIPA, "2022-11-18", "the UK endorsed the Political Declaration on Explosive Weapons in Populated Areas at the Dublin conference on 18 November 2022")
# "with 82 other States": unnamed; "that Ireland sponsored" (the member's aside): optional.
R(d, "Ireland", ["co-sponsored", "endorsed"], EWIPA, None, "explosive weapons in populated areas that Ireland sponsored", required=False)

gold.finish(MIN_CHARS, MAX_CHARS)
