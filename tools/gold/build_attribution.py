#!/usr/bin/env python3
"""Build the attribution gold set: short news documents written in our own words from real
2024-25 reports (source URL in each document's `url`), in the shapes attribution must handle:
round-ups with a line per country, background and relative clauses, nested attribution,
"according to X" at the end, surnames and pronouns after a first mention (both genders),
translated quotes, wire copy with hard line breaks, section labels, modal verbs, people who are
only mentioned, and a scraped gap where a name was. Labels follow the codebook
(docs/codebook.md, ../shared/seed/README.md): one row per document and named
official with a position on sending military personnel to Ukraine.

    python tools/gold/build_attribution.py [--out DIR]   # default: data/gold/attribution
"""

from __future__ import annotations

import textwrap

from goldkit import GOLD_DIR, out_dir, write_gold

DOCS: list[dict] = []
ROWS: list[dict] = []


def wire(*paragraphs: str, width: int = 66) -> str:
    """Wire copy: each paragraph hard-wrapped at a fixed width, paragraphs split by a blank line."""
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in paragraphs)


def doc(i: int, url: str, outlet: str, published: str, text: str, title: str | None = None) -> str:
    doc_id = f"attr-{i:02d}"
    DOCS.append(
        {"doc_id": doc_id, "url": url, "outlet": outlet, "published": published, "title": title, "text": text}
    )
    return doc_id


def st(doc_id: str, speaker: str, country: str, date: str, stance: str, deployment: str) -> None:
    ROWS.append(
        {
            "doc_id": doc_id,
            "speaker": speaker,
            "speaker_role": None,
            "country": country,
            "date": date,
            "stance": stance,
            "deployment": deployment,
            "quote": None,
        }
    )


# 1 wire copy with hard line breaks; a joint statement of two leaders
d = doc(
    1,
    "https://interbellumnews.com/amp/story/politics/europe/coalition-of-the-willing-ready-to-send-reassurance-force-to-ukraine",
    "Interbellum News",
    "2025-08-17",
    wire(
        "LONDON, Aug 17 - British Prime Minister Keir Starmer and French President Emmanuel Macron said on Sunday "
        "that the leaders of the coalition of the willing stood ready to deploy a reassurance force to Ukraine "
        "once the fighting has stopped.",
        "The two men chaired a video call of the group a day before talks in Washington between Donald Trump "
        "and Volodymyr Zelensky, to which several European leaders also plan to travel.",
    ),
)
st(d, "Keir Starmer", "GB", "2025-08-17", "conditional", "reassurance_force")
st(d, "Emmanuel Macron", "FR", "2025-08-17", "conditional", "reassurance_force")

# 2 background clause about another leader's proposal
d = doc(
    2,
    "https://thejrvoice.com/?p=722",
    "JR Voice",
    "2025-04-11",
    "Defence ministers of some 30 countries met at NATO headquarters on Thursday to plan a multinational "
    "reassurance force for Ukraine once a peace agreement is in place. British Defence Secretary John Healey "
    'said the planning was "real and substantial" but that more work was needed before the force could '
    "deploy. French President Emmanuel Macron, who hosted an earlier summit on the force, has proposed basing "
    "it in key Ukrainian towns, though he has acknowledged that not every country at that meeting will take part.",
)
st(d, "John Healey", "GB", "2025-04-10", "support", "reassurance_force")
st(d, "Emmanuel Macron", "FR", "2025-04-11", "support", "reassurance_force")

# 3 round-up with a line per country
d = doc(
    3,
    "https://ldd.news/top-news/coalition-of-the-willing-presses-ahead-with-force-planning/",
    "LDD News",
    "2025-04-10",
    "Britain urged about 30 countries on Thursday to press ahead with plans to send troops to police a future "
    "peace deal in Ukraine, while several ministers said the force would need American backing.\n\n"
    "Britain: Defence Secretary John Healey said the coalition had to be fully prepared for the moment a peace "
    "agreement is reached and that 200 planners were working on the deployment.\n"
    "Finland: Defence Minister Antti Häkkänen said the United States remained crucial for any force that "
    "secures a peace deal in Ukraine.\n"
    "Sweden: Defence Minister Pål Jonson said a peacekeeping mission in Ukraine could only work with some form "
    "of U.S. engagement.\n"
    "Netherlands: Defence Minister Ruben Brekelmans called American support for the peacekeeping force essential.",
)
st(d, "John Healey", "GB", "2025-04-10", "support", "peacekeepers")
st(d, "Antti Häkkänen", "FI", "2025-04-10", "conditional", "peacekeepers")
st(d, "Pål Jonson", "SE", "2025-04-10", "conditional", "peacekeepers")
st(d, "Ruben Brekelmans", "NL", "2025-04-10", "conditional", "peacekeepers")

# 4 people who are only mentioned, an unnamed government, and one speaker
d = doc(
    4,
    "https://thevaultznews.com/?p=276646",
    "Vaultz News",
    "2025-09-04",
    "Twenty-six of Ukraine's allies have pledged to send troops as a reassurance force, or to keep a presence "
    "on land, at sea or in the air, the day after a ceasefire or peace deal, French President Emmanuel Macron "
    "said on Thursday after a meeting of the coalition of the willing in Paris. Earlier the leaders met "
    "Volodymyr Zelensky and the U.S. envoy Steve Witkoff. German Chancellor Friedrich Merz, who joined by video, "
    "set out three areas of action, including a summit that would include Zelensky.",
)
st(d, "Emmanuel Macron", "FR", "2025-09-04", "conditional", "reassurance_force")

# 5 background position of another leader; an unnamed spokesperson gets no row
d = doc(
    5,
    "https://newsworldmedia.news/poland-will-not-send-troops-to-ukraine-pm-tusk",
    "Reuters via News World Media",
    "2025-02-17",
    "WARSAW, Feb 17 - Poland will not send soldiers to Ukraine, Prime Minister Donald Tusk said on Monday as he "
    "left for an emergency summit in Paris on Europe's role in any ceasefire. \"We will give logistical and "
    'political support to the countries that may want to provide such physical guarantees," Tusk told '
    "reporters. British Prime Minister Keir Starmer earlier became the first European leader to say he was "
    "ready to put peacekeeping troops in Ukraine. In Berlin, a defence ministry spokesperson said Germany would "
    "not shy away if the framework for a deployment was right.",
)
st(d, "Donald Tusk", "PL", "2025-02-17", "oppose", "peacekeepers")
st(d, "Keir Starmer", "GB", "2025-02-17", "support", "peacekeepers")

# 6 nested attribution: the spokesman points to the minister's position; a deputy in apposition
d = doc(
    6,
    "https://news.antiwar.com/2025/02/25/kremlin-denies-trumps-claim-that-putin-has-no-problem-with-a-european-deployment-to-ukraine",
    "Antiwar.com",
    "2025-02-25",
    "The Kremlin on Tuesday declined to endorse a claim made at the White House that Moscow would accept "
    'European peacekeepers in Ukraine. "There is a position on this matter that was expressed by Foreign '
    'Minister Lavrov. I have nothing to add," Kremlin spokesman Dmitry Peskov said. Sergei Lavrov said on '
    "February 18 that troops from NATO countries in Ukraine would be unacceptable under any flag, and his "
    "deputy, Alexander Grushko, has described such a deployment as an escalation.",
)
st(d, "Dmitry Peskov", "RU", "2025-02-25", "oppose", "peacekeepers")
st(d, "Sergey Lavrov", "RU", "2025-02-18", "oppose", "peacekeepers")
st(d, "Alexander Grushko", "RU", "2025-02-25", "oppose", "peacekeepers")

# 7 "..., X, <appositive>, said"
d = doc(
    7,
    "https://news.antiwar.com/2025/02/25/kremlin-denies-trumps-claim-that-putin-has-no-problem-with-a-european-deployment-to-ukraine",
    "Antiwar.com",
    "2025-02-25",
    "Foreign troops sent to Ukraine as peacekeepers without a mandate from the UN Security Council would be "
    "treated as combatants and as legitimate targets, said Vassily Nebenzia, Russia's ambassador to the "
    "United Nations, on February 10.",
)
st(d, "Vassily Nebenzia", "RU", "2025-02-10", "oppose", "peacekeepers")

# 8 a name inside a quotation is not a speaker; a person met is only mentioned
d = doc(
    8,
    "https://21stcenturychronicle.com/lavrov-rejects-compromise-on-european-peacekeepers-in-ukraine",
    "21st Century Chronicle",
    "2025-03-06",
    "Russia sees no room for compromise on European peacekeepers in Ukraine, Foreign Minister Sergey Lavrov "
    'said on Thursday after talks with his Zimbabwean counterpart Amon Murwira. "Especially after Emmanuel '
    "Macron's nervous statement on Wednesday that Russia is a threat, the purpose is plain,\" Lavrov said, "
    "adding that Moscow would view such troops on Ukrainian soil as it viewed NATO there.",
)
st(d, "Sergey Lavrov", "RU", "2025-03-06", "oppose", "peacekeepers")

# 9 "X said ..., after Y said ...": the earlier position counts too
d = doc(
    9,
    "https://www.ansa.it/amp/english/newswire/english_service/2024/05/03/-we-wont-send-soldiers-to-ukraine-says-tajani-on-macron-_1f8af7bb-7c39-4e0c-8bc4-ae68c7369edd.html",
    "ANSA",
    "2024-05-03",
    "ROME, May 3 - Italy will not send soldiers to Ukraine, Foreign Minister Antonio Tajani said on Friday, "
    "after French President Emmanuel Macron said NATO countries should consider sending ground troops if "
    "Russia broke through the Ukrainian lines and Kyiv asked for help.",
)
st(d, "Antonio Tajani", "IT", "2024-05-03", "oppose", "combat_troops")
st(d, "Emmanuel Macron", "FR", "2024-05-03", "conditional", "combat_troops")

# 10 translated quote, wire line breaks
d = doc(
    10,
    "https://www.notizie.it/is/ucraina-meloni-invio-truppe-italiane-mai-allordine-del-giorno/",
    "Adnkronos",
    "2025-03-18",
    wire(
        'ROME, March 18 - "Sending Italian soldiers to Ukraine has never been on the agenda," Prime Minister '
        "Giorgia Meloni told the Senate on Tuesday, calling the peacekeeping troops proposed by France and "
        "Britain a complex, risky and ineffective option.",
        "She spoke ahead of a summit of European Union leaders in Brussels.",
    ),
)
st(d, "Giorgia Meloni", "IT", "2025-03-18", "oppose", "peacekeepers")

# 11 ministers who only attended a meeting
d = doc(
    11,
    "https://italy.news-pravda.com/world/2025/03/26/146740.html",
    "News Pravda (from TASS)",
    "2025-03-26",
    "Italian Prime Minister Giorgia Meloni confirmed on Tuesday that Italy would not take part in a "
    "multinational force on the ground in Ukraine after a ceasefire, her office said after she met Foreign "
    "Minister Antonio Tajani, Transport Minister Matteo Salvini and Defence Minister Guido Crosetto ahead of "
    "Thursday's summit in Paris.",
)
st(d, "Giorgia Meloni", "IT", "2025-03-25", "oppose", "peacekeepers")

# 12 quoted by a newspaper
d = doc(
    12,
    "https://italy.news-pravda.com/world/2024/11/25/94762.html",
    "News Pravda",
    "2024-11-25",
    '"We will not send soldiers to fight in Ukraine. We help Kyiv politically, financially and militarily," '
    "Italian Foreign Minister Antonio Tajani was quoted as saying by Il Fatto Quotidiano, after reports that "
    "Britain and France were discussing sending Western troops.",
)
st(d, "Antonio Tajani", "IT", "2024-11-25", "oppose", "combat_troops")

# 13 three Danish speakers, a pronoun follow-up, a dated background statement
d = doc(
    13,
    "https://www.anews.com.tr/europe/2025/03/10/denmark-says-ready-to-send-peacekeepers-to-ukraine-if-needed",
    "Anadolu via A News",
    "2025-03-10",
    "Denmark is prepared in principle to send peacekeepers to Ukraine, Foreign Minister Lars Løkke Rasmussen "
    "said on Monday after a meeting of parliament's foreign policy committee. \"If a European presence becomes "
    'necessary for a ceasefire or a peace agreement, Denmark is ready," he said. Defence Minister Troels Lund '
    "Poulsen said no decision had been taken on a specific deployment. Prime Minister Mette Frederiksen said on "
    "March 2, after a meeting in London, that her government had an open mind about sending troops as part of "
    "a peacekeeping force.",
)
st(d, "Lars Løkke Rasmussen", "DK", "2025-03-10", "conditional", "peacekeepers")
st(d, "Troels Lund Poulsen", "DK", "2025-03-10", "neutral", "peacekeepers")
st(d, "Mette Frederiksen", "DK", "2025-03-02", "support", "peacekeepers")

# 14 round-up of Nordic positions, a woman then a man
d = doc(
    14,
    "https://sweden.news-pravda.com/world/2025/02/17/11392.html",
    "News Pravda (from RIA)",
    "2025-02-17",
    "Nordic governments gave cautious answers on Monday on sending peacekeepers to Ukraine.\n"
    "- Sweden: Foreign Minister Maria Malmer Stenergard said Stockholm did not rule out sending peacekeeping "
    "troops. She said the decision would follow a peace agreement.\n"
    "- Denmark: Defence Minister Troels Lund Poulsen said the government did not rule out a Danish contingent "
    "of peacekeepers either.\n"
    "- Norway: Prime Minister Jonas Gahr Støre said it was too early to discuss sending Norwegian troops.",
)
st(d, "Maria Malmer Stenergard", "SE", "2025-02-17", "support", "peacekeepers")
st(d, "Troels Lund Poulsen", "DK", "2025-02-17", "support", "peacekeepers")
st(d, "Jonas Gahr Støre", "NO", "2025-02-17", "neutral", "peacekeepers")

# 15 a company of peacekeepers; air surveillance and ships with a condition
d = doc(
    15,
    "https://hirado.hu/kulfold/cikk/2025/08/20/svedorszag-legterfigyelessel-esztorszag-pedig-egy-bekefenntarto-szazaddal-jarulhat-hozza-ukrajna-biztonsagi-garanciaihoz",
    "Hirado",
    "2025-08-20",
    "Swedish Prime Minister Ulf Kristersson told Swedish Radio on Wednesday that Sweden could contribute air "
    "surveillance and, if needed, naval units to Ukraine's security guarantees, provided that this could be "
    "done safely. Estonia's prime minister, Kristen Michal, told the daily Postimees that his country was ready "
    "to send a peacekeeping company to Ukraine as a member of the coalition of the willing.",
)
st(d, "Ulf Kristersson", "SE", "2025-08-20", "conditional", "other")
st(d, "Kristen Michal", "EE", "2025-08-20", "support", "peacekeepers")

# 16 "according to X" and a condition; an adviser cited without a name
d = doc(
    16,
    "https://news.online.ua/en/sweden-names-conditions-for-sending-troops-to-ukraine-878462/",
    "Online.ua",
    "2024-05-15",
    "Sweden is ready to consider sending troops to Ukraine if other NATO members agree, according to Defence "
    "Minister Pål Jonson. In Tallinn, Defence Minister Hanno Pevkur said the Estonian government had never "
    "discussed sending soldiers to Ukraine, after a U.S. outlet cited a presidential adviser as saying it had.",
)
st(d, "Pål Jonson", "SE", "2024-05-15", "conditional", "combat_troops")
st(d, "Hanno Pevkur", "EE", "2024-05-15", "neutral", "combat_troops")

# 17 wire copy with hard line breaks; a vice-president only mentioned
d = doc(
    17,
    "https://odessa-journal.com/pentagon-chief-us-troops-will-not-be-part-of-a-potential-peacekeeping-mission-in-ukraine",
    "AP via Odessa Journal",
    "2025-02-12",
    wire(
        "BRUSSELS, Feb 12 - U.S. Defense Secretary Pete Hegseth said on Wednesday that no American troops "
        "would be deployed to Ukraine as part of any security guarantee, and that European peacekeepers "
        "there should not be covered by NATO's Article 5.",
        '"Any security guarantee must be backed by capable European and non-European troops," Hegseth '
        "told allies. His remarks are likely to shape talks in Munich later this week between Volodymyr "
        "Zelensky and Vice President JD Vance.",
    ),
)
st(d, "Pete Hegseth", "US", "2025-02-12", "oppose", "peacekeepers")

# 18 an opposition leader against, the prime minister open
d = doc(
    18,
    "https://www.nationpress.com/international/australia-open-to-peacekeeping-in-ukraine",
    "NationPress",
    "2025-03-04",
    "Australian Prime Minister Anthony Albanese said on Tuesday that his government was open to considering "
    "any proposal to join a peacekeeping force in Ukraine. Opposition leader Peter Dutton said he did not see "
    "Australian boots on the ground in Ukraine, arguing that the task fell to European countries.",
)
st(d, "Anthony Albanese", "AU", "2025-03-04", "support", "peacekeepers")
st(d, "Peter Dutton", "AU", "2025-03-04", "oppose", "combat_troops")

# 19 condition; another leader's statement the day before
d = doc(
    19,
    "https://aa.com.tr/en/world/australias-contribution-to-future-peacekeeping-effort-in-ukraine-would-be-small-premier/3511090",
    "Anadolu",
    "2025-03-16",
    "Australia could make a small contribution to a peacekeeping force in Ukraine if asked, Prime Minister "
    "Anthony Albanese said in Melbourne on Sunday, but it was premature to discuss details before Russia "
    "agrees to a ceasefire. On Saturday Keir Starmer, who chaired a call of the coalition of the willing, said "
    "planning for the peacekeeping force would move to an operational phase.",
)
st(d, "Anthony Albanese", "AU", "2025-03-16", "conditional", "peacekeepers")
st(d, "Keir Starmer", "GB", "2025-03-15", "support", "peacekeepers")

# 20 a section label before the text is not a speaker
d = doc(
    20,
    "https://globalnation.inquirer.net/266324/australia-says-would-consider-joining-peacekeeping-in-ukraine",
    "AFP via Inquirer",
    "2025-03-09",
    "EDITOR'S NOTE: This story has been updated with comments from the prime minister.\n\n"
    "SYDNEY - Australian Prime Minister Anthony Albanese said on Sunday that his country would consider taking "
    "part in a peacekeeping mission in Ukraine, but that it was too early for any deployment. \"You can't have "
    'peacekeeping forces without having peace," Albanese told reporters.',
)
st(d, "Anthony Albanese", "AU", "2025-03-09", "conditional", "peacekeepers")

# 21 boots on the ground; the Kremlin's comments on another subject give no row
d = doc(
    21,
    "https://ifpnews.com/european-war-party-hindering-ukraine-peace-process-russia/",
    "IFP News",
    "2025-09-01",
    "Kremlin spokesman Dmitry Peskov said on Sunday that European governments were hindering efforts to end "
    "the war. French President Emmanuel Macron said on August 18, after meeting Donald Trump at the White "
    "House, that Europe would need to help Ukraine with boots on the ground. Germany, Italy, Poland, Spain, "
    "Romania and Croatia have ruled out taking part in the mission.",
)
st(d, "Emmanuel Macron", "FR", "2025-08-18", "support", "combat_troops")

# 22 scraped gap: a title runs into the verb; then a named minister
d = doc(
    22,
    "https://us.headtopics.com/news/hegseth-says-us-troops-in-ukraine-unlikely-but-leaves-65878626",
    "Head Topics",
    "2025-02-14",
    "Polish Defence Minister said on Friday that Poland's position on sending troops to Ukraine had not "
    "changed. U.S. Defense "
    "Secretary Pete Hegseth, speaking alongside him in Warsaw, said American troops in Ukraine were unlikely.",
)
st(d, "Pete Hegseth", "US", "2025-02-14", "oppose", "combat_troops")

# 23 modal verbs are not speech; the statement is elsewhere
d = doc(
    23,
    "https://ldd.news/top-news/coalition-of-the-willing-presses-ahead-with-force-planning/",
    "LDD News",
    "2025-04-10",
    "Ukrainian Defence Minister Rustem Umerov could be seen at the meeting with his British counterpart. "
    "John Healey will be chairing the coalition's next session as well. \"We must be ready for when that peace "
    'comes," Healey said of the plan to send troops to Ukraine after a peace deal.',
)
st(d, "John Healey", "GB", "2025-04-10", "support", "peacekeepers")

# 24 nested attribution through a spokesman
d = doc(
    24,
    "https://theepochtimes.com/world/polands-prime-minister-says-no-polish-troops-will-go-to-ukraine-5811444",
    "Epoch Times",
    "2025-02-17",
    '"Keir Starmer has been clear that British troops could help secure a peace deal in Ukraine," a Downing '
    "Street spokesman said on Monday, a day after the prime minister wrote that he was ready to put British "
    "peacekeepers on the ground.",
)
st(d, "Keir Starmer", "GB", "2025-02-17", "support", "peacekeepers")

# 25 a surname alone after the first mention, a man then a woman with a pronoun
d = doc(
    25,
    "https://euromaidanpress.com/2025/03/10/denmark-joins-countries-offering-peacekeeping-forces-for-ukraine",
    "Euromaidan Press",
    "2025-03-10",
    "Danish Defence Minister Troels Lund Poulsen met reporters in Copenhagen on Monday. Poulsen said he did not "
    "expect NATO to send peacekeepers to Ukraine; individual countries would give the guarantees instead. Prime "
    "Minister Mette Frederiksen joined him later. She said Denmark was principally prepared to contribute "
    "troops if a ceasefire required a European presence.",
)
st(d, "Troels Lund Poulsen", "DK", "2025-03-10", "neutral", "peacekeepers")
st(d, "Mette Frederiksen", "DK", "2025-03-10", "conditional", "peacekeepers")

# 26 "A admitted that B might not accept": B is only mentioned
d = doc(
    26,
    "https://sarajevotimes.com/the-kremlin-does-not-want-european-peacekeeping-forces-in-ukraine/?amp=1",
    "Sarajevo Times",
    "2025-02-25",
    "Kremlin spokesman Dmitry Peskov acknowledged on Tuesday that President Vladimir Putin might never accept "
    "European peacekeepers in Ukraine, pointing to the position of the foreign ministry.",
)
st(d, "Dmitry Peskov", "RU", "2025-02-25", "oppose", "peacekeepers")

# 27 a place, a country and an organisation as subjects give no rows
d = doc(
    27,
    "https://euromaidanpress.com/2025/03/10/denmark-joins-countries-offering-peacekeeping-forces-for-ukraine",
    "Euromaidan Press",
    "2025-03-10",
    "Italy, Britain, Latvia, Germany, Canada and Australia have said they are ready to send peacekeeping units "
    "to Ukraine, while Romania offered to serve as a transit hub. South Korea said it had no plans to send "
    "troops. The European Commission said the security guarantees were for member states to decide.",
)

# 28 possessive outlet before a name; a relative clause between name and verb
d = doc(
    28,
    "https://www.livemint.com/news/world/russia-dismisses-donald-trump-s-claim-on-european-peacekeepers-in-ukraine/amp-11740513355352.html",
    "Mint",
    "2025-02-26",
    "Russian Foreign Minister Sergei Lavrov, who met U.S. officials in Riyadh last week, said foreign peacekeeping "
    "troops in Ukraine under the EU flag or national flags would change nothing and were unacceptable to Moscow. Brian "
    "Hughes, a spokesman for the White House National Security Council, said peace would not be negotiated "
    "through the media.",
)
st(d, "Sergey Lavrov", "RU", "2025-02-26", "oppose", "peacekeepers")

# 29 a quote ending in "he said" after a woman and a man are named: the pronoun is the man's
d = doc(
    29,
    "https://babel.ua/en/news/115493-poland-is-not-going-to-send-its-military-to-ukraine",
    "Babel",
    "2025-02-17",
    'Ursula von der Leyen and Donald Tusk both arrived in Paris for the informal summit on Monday. "We do not '
    "plan to send Polish military personnel to Ukrainian territory, but we will support those countries that "
    'are ready to give such security guarantees," he said.',
)
st(d, "Donald Tusk", "PL", "2025-02-17", "oppose", "peacekeepers")

# 30 Lavrov after Riyadh; an envoy earlier in the month (relative clause with a date)
d = doc(
    30,
    "https://eir.news/2025/02/news/kremlin-contradicts-trump-on-european-troops-in-ukraine/",
    "EIR News",
    "2025-02-27",
    "At a press conference in Riyadh on February 18, Foreign Minister Sergey Lavrov said European troops in "
    "Ukraine would be a direct threat to Russia's sovereignty. Vassily Nebenzia, who had warned on February 10 "
    "that peacekeepers without a UN mandate would be legitimate targets, repeated the point at the Security "
    "Council on Tuesday.",
)
st(d, "Sergey Lavrov", "RU", "2025-02-18", "oppose", "peacekeepers")
st(d, "Vassily Nebenzia", "RU", "2025-02-25", "oppose", "peacekeepers")

# 31 an organisation's warning and a leader's reply
d = doc(
    31,
    "https://azzet.com/news/albanese-to-talk-ukraine-peacekeeping-with-leaders",
    "Azzet",
    "2025-03-14",
    "Russia's embassy in Canberra warned that joining the coalition of the willing would bring grave "
    "consequences for Australia. Opposition Leader Peter Dutton said on Friday that Australia should back "
    "Ukraine but not with troops on the ground, calling the peacekeeping idea a thought bubble.",
)
st(d, "Peter Dutton", "AU", "2025-03-14", "oppose", "peacekeepers")

# 32 no person at all: a document that should yield no rows
d = doc(
    32,
    "https://btw.co/t/7887671/ukraine-troops",
    "BTW",
    "2025-09-05",
    "The coalition of the willing refers to 26 countries that have pledged to support Ukraine with a "
    "reassurance force after the fighting ends. Russia has rejected the idea of Western troops in Ukraine as "
    "a threat.",
)


def main() -> None:
    write_gold(out_dir(GOLD_DIR / "attribution", __doc__), DOCS, ROWS, [])


if __name__ == "__main__":
    main()
