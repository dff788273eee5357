/**
 * Sentence and line templates for the benchmark corpus: data only.
 * `{slot}` is filled from a word list or a small generator (see `SLOTS` in `corpus.ts`);
 * `[a|b|c]` picks one alternative. A sentence's first letter is capitalised after filling.
 */

/**
 * Sentences that carry a commitment the extractor should find (affirmed, negated or planned;
 * every action of the SPEC vocabulary appears). Each contains at least one action cue word.
 */
export const COMMITMENT_TEMPLATES: readonly string[] = [
  // ratified / acceded / party
  "{state} ratified the {treaty} on {date}.",
  "On {date}, {state} deposited its instrument of ratification of the {treaty} with the Secretary-General.",
  "The {treaty} was ratified by {state} in {year}, [following approval by parliament|after a lengthy domestic process|without reservations].",
  "{state} became the {ordinal} State to ratify the {treaty}.",
  "{state} and {state2} ratified the {treaty} in {year}, bringing the number of States Parties to {num}.",
  "{state} acceded to the {treaty} on {date}.",
  "On {date}, {state} deposited its instrument of accession to the {treaty}.",
  "With its accession in {month} {year}, {state} became the {ordinal} State Party to the {treaty}.",
  "{state} has been a State Party to the {treaty} since {year}.",
  "As a party to the {treaty}, {state} [remains|is] fully bound by its provisions.",
  "“{state} is proud to have ratified the {treaty},” the {official} said.",
  // signed
  "{state} signed the {treaty} at a ceremony in {city} on {date}.",
  "On {date}, the {official} of {state} signed the {treaty} on behalf of the Government.",
  "{state} signed the {treaty} in {year} and is now preparing its ratification.",
  "At the signing ceremony, {state} and {state2} signed the {treaty}.",
  // co-sponsored / supported
  "{state} co-sponsored the resolution on {topic} adopted by {body} on {date}.",
  "{state} was [proud|pleased] to co-sponsor draft resolution {docsym} on {topic}.",
  "The draft resolution on {topic}, co-sponsored by {state} and {state2}, was adopted without a vote.",
  "{state} voted in favour of resolution {resno} on {topic}.",
  "{state} voted in favour of the {treaty} when it was adopted in {year}.",
  // endorsed / committed / adhered
  "{state} endorsed the {declaration} in {year}.",
  "{state} became the {ordinal} country to endorse the {declaration}.",
  "{state} has endorsed the {declaration} and is working to implement it at the national level.",
  "The {official} of {state} committed to implementing the {declaration} in full.",
  "{state} pledged to implement the {declaration} by {year}.",
  "{state} formally adhered to the {declaration} on {date}.",
  // called-for / welcomed
  "{state} called on all States that have not yet done so to ratify the {treaty}.",
  "The {official} called upon {state} to accede to the {treaty} without delay.",
  "{org} calls on States to sign and ratify the {treaty}.",
  "{state} called for the early entry into force of the {treaty}.",
  "{state} welcomed the entry into force of the {treaty} on {date}.",
  "{org} welcomed the ratification of the {treaty} by {state}.",
  // negated
  "{state} has not ratified the {treaty}.",
  "{state} has not yet signed the {treaty}, although it took part in the negotiations.",
  "{state} will not sign the {treaty}, the {official} said.",
  "{state} is not a party to the {treaty} and has no plans to accede to it.",
  "{state} voted against the resolution on {topic}.",
  // planned
  "{state} intends to accede to the {treaty} in {year}.",
  "{state} is considering signing the {treaty}.",
  "The Government of {state} announced that it would ratify the {treaty} before the end of {year}.",
  "{state} is in the process of ratifying the {treaty} and expects to deposit its instrument [soon|next year|by {month}].",
  "{state} pledged to ratify the {treaty} by {year}.",
];

/**
 * Sentences without a commitment: the bulk of a real statement. The last group are near
 * misses that a cue-word scan hits but a careful analyst leaves out (SPEC: not a record).
 */
export const FILLER_TEMPLATES: readonly string[] = [
  "The {official} {said} the importance of dialogue and cooperation in addressing {topic}.",
  "The meeting, held in {city} on {date}, brought together representatives of {num} Member States and {org}.",
  "{person}, {official} of {state}, opened the session with a short address.",
  "Speakers underlined that {topic} remains a priority for the international community.",
  "According to {org}, some {bignum} people were affected in {year}, an increase of {pct} per cent over the previous year.",
  "“{quote},” the {official} said, adding that {topic} required urgent attention.",
  "The delegation of {state} thanked the Chair for her able leadership of the session.",
  "Among the speakers were the representatives of {stateList}.",
  "The session will resume on {date} at 10 a.m. in Conference Room {num}.",
  "The report (document A/{num}/{num}) was introduced by the Special Rapporteur on {topic}.",
  "In {year}, the programme reached {bignum} beneficiaries in {num} countries.",
  "Further information is available from the Permanent Mission of {state} in {city}.",
  "The {official} met with {person}, the {official} of {state}, on the margins of the session.",
  "Both sides discussed {topic}, {topic2} and regional security.",
  "The {official} {said} that progress on {topic} had been uneven, with some regions lagging behind.",
  "Ms. {surname} recalled that {body} had considered the issue at its {ordinal} session.",
  "Discussions focused on three areas: {topic}, {topic2} and capacity-building.",
  "{state} is ready to share its experience in {topic} with interested partners.",
  "The event was organized jointly by {org} and the Permanent Mission of {state}.",
  "Participants also exchanged views on the situation in {region}.",
  "The representative of {state} said her country attached great importance to {topic}.",
  "The budget for the programme amounts to US${num} million for the period {year}–{year2}.",
  "[Several|A number of|Some] delegations asked for more detail on the [methodology|findings|financial implications] of the report on {topic}.",
  "{body} will consider the matter again at its next session.",
  "The Secretary-General’s report lists {num} recommendations, a number of which concern {topic}.",
  "It is important to recall that {topic} cannot be addressed by any one country alone.",
  "The {official} also visited a school and a health centre in {city}.",
  "Mr. {surname} said the figures showed a decline of {pct} per cent since {year}.",
  "We thank {org} for its support and look forward to continued cooperation.",
  "Let me also express our appreciation to [the Secretariat|the Special Rapporteur|{org}] for the preparation of the report on {topic}.",
  "The situation in {region} continues to give cause for serious concern.",
  "My delegation aligns itself with the statement delivered on behalf of {org}.",
  "{state} attaches particular importance to {topic} and to {topic2}.",
  "Since {year}, more than {bignum} people have been displaced in {region}.",
  "The working group met {num} times between {month} and {month2} {year}.",
  "The conference was attended by some {num} delegations, {num2} ministers and many civil society representatives.",
  "In that regard, the {official} {said} the role of regional organizations such as {org}.",
  "The next round of consultations is scheduled for {month} {year} in {city}.",
  "Progress on {topic} remains fragile, and the gains of [recent years|the past decade|the period since {year}] could easily be reversed.",
  "[This|Addressing {topic}|Meeting these goals] requires sustained political will, adequate resources and genuine partnership[| with {org}| among all Member States].",
  "The {official} briefed journalists after the meeting.",
  "{org} estimates that {pct} per cent of schools in {region} lack basic facilities.",
  "Delegates heard presentations from experts on {topic} and on {topic2}.",
  "The seminar, the {ordinal} of its kind, was hosted by {city} University.",
  "[Mr. President|Madam Chair|Mr. Chair], allow me to congratulate you on your election and to assure you of the full support of the delegation of {state}.",
  "I now turn to the question of {topic}.",
  "We look forward to [constructive|fruitful|frank] discussions [during this session|in {city}|at the {ordinal} session of {body}].",
  "The exhibition will remain open to the public until {date}.",
  "Answers to the questionnaire were received from {num} Governments.",
  "The {official} {said} that {topic} should be mainstreamed into national development plans.",
  "Statistics compiled by {org} show {bignum} cases recorded in {year} alone.",
  "Without adequate funding, [many|some|a third] of these programmes in {region} will be forced to close by {year2}.",
  "{person} noted that the findings would be presented to {body} in {month}.",
  "The delegation of {state} raised questions about the timeline and the costs involved.",
  "In closing, the {official} thanked all partners for their contributions.",
  "Technical assistance was provided to {num} countries in {region} during {year}.",
  "The panel discussion was moderated by {person}.",
  // near misses: cue words, no commitment record
  "The {official} welcomed the delegates and wished them a productive meeting.",
  "The parties to the conflict were urged to respect the ceasefire in {region}.",
  "The {ordinal} Meeting of States Parties will take place in {city} in {year}.",
  "{state} reaffirmed its commitment to multilateralism and to {topic}.",
  "Dozens of States have signed the {treaty} since it opened for signature.",
  "The Parliament of {state} adopted a national law on {topic} in {year}.",
  "{state} expressed strong support for the work of {org} on {topic}.",
  "By a recorded vote of {num} in favour to {num2} against, with {num3} abstentions, the Committee approved the draft resolution on {topic} (document {docsym}).",
];

/** Titles: the first line of a document. */
export const TITLE_TEMPLATES: readonly string[] = [
  "{state} Ratifies the {treaty}",
  "Statement by {state} at {body} on {topic}",
  "{org} Welcomes New Progress on {topic}",
  "Minister of Foreign Affairs of {state} Meets {org} Delegation",
  "{state} Places Priority on Partnership with {org} for {topic}",
  "{body} Concludes General Debate on {topic}",
  "Sending {num} Resolutions to the General Assembly, {body} Tackles {topic}",
  "{state} Is Actively Involved in {topic}",
  "Joint Statement on {topic}",
  "Press Briefing: {topic} in {region}",
];

/** Closing lines a document may end with (no full stop added). */
export const CLOSINGS: readonly string[] = [
  "I thank you.",
  "Thank you, Mr. Chair.",
  "* *** *",
  "For further information, please contact the Press Office.",
  "For information media. Not an official record.",
  "Follow us on social media for updates.",
];
