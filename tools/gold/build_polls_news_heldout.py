# ruff: noqa: E501  (gold documents are data: one long text per line)
"""Builds a small held-out set of polls in news text (docs.jsonl, statements.jsonl, polls.jsonl).

Written after the poll reader was tuned on data/gold/polls_news and committed before the reader was
run on it, so its score is the honest one. Each document is our own text about a real 2024-2025
poll whose figures the curated list (data/polls/curated/, SOURCES.md) confirms on a stored page;
`source` names that page. Conventions as in data/gold/polls_news/README.md. Run: python tools/gold/build_polls_news_heldout.py [--out DIR]  (default: data/gold/polls_news/heldout)
"""

from __future__ import annotations

from goldkit import GOLD_DIR, PollsNewsKit, out_dir, write_gold

KIT = PollsNewsKit("ph", "own text (polls_news held-out gold)")
DOCS, POLLS, doc, po = KIT.docs, KIT.polls, KIT.doc, KIT.po


doc(
    1,
    "2025-08-21",
    "Majority of Germans against Bundeswehr in Ukraine",
    "Half of Germans reject the idea of German soldiers being stationed in Ukraine to help secure a future peace. In a Civey survey for web.de, 51 percent were against such a deployment and 36 percent were for it; 13 percent were undecided. Civey polled online from August 19 to 21.",
    "https://www.wallstreet-online.de/nachricht/19810599-umfrage-mehrheit-bundeswehr-ukraine",
)
po(
    1,
    "DE",
    "2025-08-21",
    "Civey for web.de",
    36,
    51,
    13,
    "German soldiers stationed in Ukraine to secure a peace",
)

doc(
    2,
    "2025-03-20",
    "Italians reject sending troops, Porta a Porta poll shows",
    "A clear majority of Italians – 61.6 per cent – do not want Italian soldiers sent to Ukraine even to guard a truce, according to Euromedia Research, which carried out the poll for the Rai 1 talk show Porta a Porta. Only 20.6 per cent would agree, while 17.8 per cent did not express a view.",
    "https://www.strettoweb.com/2025/03/no-italiani-ucraina-sondaggio-porta-a-porta/1886294/",
)
po(
    2,
    "IT",
    "2025-03-20",
    "Euromedia Research for Porta a Porta",
    20.6,
    61.6,
    17.8,
    "Italian soldiers sent to Ukraine to guard a truce",
)

doc(
    3,
    "2025-09-08",
    "Few Italians would send troops as part of guarantees",
    "Asked which contributions Italy should make to security guarantees for Ukraine, with several answers allowed, just 13% of respondents picked sending Italian troops, a YouTrend poll for Sky TG24 found. Financial help and diplomacy were chosen far more often.",
    "https://tg24.sky.it/mondo/2025/09/08/sondaggio-truppe-italia-ucraina",
)
po(
    3,
    "IT",
    "2025-09-08",
    "YouTrend for Sky TG24",
    13,
    None,
    None,
    "sending Italian troops, picked from a list of contributions to security guarantees",
)

doc(
    4,
    "2024-04-02",
    "Most Lithuanians oppose any troop deployment to Ukraine",
    "More than half of Lithuanians are against sending Lithuanian troops to Ukraine in any form. A Vilmorus survey commissioned by the BNS news agency found 56% opposed to any deployment, while 15% supported sending soldiers. The pollster interviewed 1,001 residents between March 15 and 23.",
    "https://kyivindependent.com/poll-more-than-half-of-lithuanians-opposed-to-any-kind-of-military-deployment-to-ukraine",
)
po(4, "LT", "2024-04-02", "Vilmorus for BNS", 15, 56, None, "sending Lithuanian troops to Ukraine")

doc(
    5,
    "2024-03-11",
    "Poles want to help Ukraine, but not with soldiers",
    "When Poles were asked what kind of help their country should give Ukraine, with more than one answer possible, 9.4 percent chose sending Polish troops. The survey was carried out by United Surveys for RMF FM and Dziennik Gazeta Prawna on March 8-10 among 1,000 people.",
    "https://www.rmf24.pl/raporty/raport-wojna-z-rosja/news-w-jaki-sposob-pomoc-ukrainie-polacy-odpowiedzieli-sondaz,nId,7409734",
)
po(
    5,
    "PL",
    "2024-03-11",
    "United Surveys for RMF FM and Dziennik Gazeta Prawna",
    9.4,
    None,
    None,
    "sending Polish troops, chosen from a list of kinds of help",
)

doc(
    6,
    "2024-05-31",
    "Just 9% of Poles back sending soldiers to Ukraine",
    "Polish public opinion remains firmly against a military presence in Ukraine. In an SW Research poll for rp.pl, 71% of respondents said Poland should not send its soldiers there, and only 9% said it should. One in five had no opinion. SW Research surveyed 800 internet users on May 28-29.",
    "https://businessinsider.com.pl/wiadomosci/czy-polska-powinna-wyslac-zolnierzy-do-ukrainy-sondaz/769l588",
)
po(6, "PL", "2024-05-31", "SW Research for rp.pl", 9, 71, 20, "Poland sending its soldiers to Ukraine")

doc(
    7,
    "2025-02-21",
    "Radio ZET poll: most Poles against troops in Ukraine",
    "Sending Polish soldiers to Ukraine finds little support at home. Opinia24, polling for Radio ZET, found that 63% of Poles are against it, 22% are for it and 15% have no view. The poll was taken between January 23 and 29 among 1,000 adults.",
    "https://www.polsatnews.pl/wiadomosc/2025-02-21/polscy-zolnierze-w-ukrainie-jest-najnowszy-sondaz/",
)
po(7, "PL", "2025-02-21", "Opinia24 for Radio ZET", 22, 63, 15, "sending Polish soldiers to Ukraine")

doc(
    8,
    "2025-02-25",
    "Overwhelming no to Polish troops in Ukraine",
    "Should Polish soldiers go to Ukraine as part of a peace mission? 86.5 percent of Poles say no, according to a United Surveys poll for Wirtualna Polska. Just 8.4 percent said yes and 5.1 percent did not know. The survey ran from February 21 to 24.",
    "https://www.tysol.pl/a136744-polscy-zolnierze-na-ukrainie-jest-sondaz",
)
po(
    8,
    "PL",
    "2025-02-25",
    "United Surveys for Wirtualna Polska",
    8.4,
    86.5,
    5.1,
    "Polish soldiers going to Ukraine as part of a peace mission",
)

doc(
    9,
    "2025-02-24",
    "French open to enforcing a peace deal in Ukraine",
    "A majority of the French would accept their army enforcing a possible peace agreement in Ukraine. The Odoxa survey, with fieldwork by Mascaret for Public Sénat and the regional press, puts the share in favour at 55%. By contrast, most respondents remain opposed to any direct French role in the fighting itself.",
    "https://www.publicsenat.fr/actualites/international/guerre-en-ukraine-78-des-francais-restent-opposes-a-une-implication-directe-dans-le-conflit",
)
po(
    9,
    "FR",
    "2025-02-24",
    "Odoxa for Public Sénat",
    55,
    None,
    None,
    "the French army enforcing a possible peace agreement in Ukraine",
)

doc(
    10,
    "2025-01-17",
    "Britons back peacekeepers for Ukraine",
    "British voters are broadly supportive of sending British troops to Ukraine as peacekeepers alongside soldiers from other European countries. YouGov found 58% in favour and 21% opposed, with the remaining 21% unsure, in a survey conducted on January 16.",
    "https://trendingfeeds.info/europe-s-feelings-about-sending-troops-to-ukraine-602934.html",
)
po(
    10,
    "GB",
    "2025-01-17",
    "YouGov",
    58,
    21,
    21,
    "British troops in Ukraine as peacekeepers alongside other European soldiers",
)

doc(
    11,
    "2025-03-06",
    "Europe split on peacekeepers, YouGov finds",
    "If a peace deal were reached, would voters back their own soldiers being based in Ukraine as peacekeepers? YouGov asked in five European countries between February 26 and March 4. Spaniards were the most willing, at 53% for and 28% against. In Britain 52% were in favour and 27% against, and the French were split 49% to 29%. Germans leaned the other way: 37% backed the idea and 47% opposed it, with 16% unsure. Italians were also against, by 45% to 36%.",
    "https://www.zazoom.it/2025-03-07/soldati-in-ucraina-il-sondaggio-la-maggioranza-degli-italiani-e-contraria/16522998/",
)
for cc, s, o in (("ES", 53, 28), ("GB", 52, 27), ("FR", 49, 29), ("DE", 37, 47), ("IT", 36, 45)):
    po(
        11,
        cc,
        "2025-03-06",
        "YouGov",
        s,
        o,
        None,
        "own soldiers based in Ukraine as peacekeepers after a peace deal",
    )

doc(
    12,
    "2025-04-30",
    "Swedes most willing to send troops, Ipsos survey shows",
    "Sweden stands out in a 29-country Ipsos Global Advisor survey: 56% of Swedes support their country sending troops or military personnel to Ukraine, the highest share of any country polled. Fieldwork ran from March 21 to April 4.",
    "https://tass.com/world/1951783",
)
po(12, "SE", "2025-04-30", "Ipsos", 56, None, None, "Sweden sending troops or military personnel to Ukraine")

doc(
    13,
    "2025-08-23",
    "Six in ten Poles reject a peacekeeping role in Ukraine",
    "Poles remain reluctant to join a possible multinational peace force. In a poll published on Saturday by the daily Rzeczpospolita, 61.1% said they were against Polish troops taking part in a peacekeeping mission in Ukraine, 17.3% were in favour and 21.6% had no opinion. SW Research conducted 800 interviews on August 19-20. Men (64%) were more opposed than women (59%).",
    "https://dorzeczy.pl/sondaz/769131/sondaz-polacy-zdecydowanie-przeciwko-wyslaniu-zolnierzy-na-ukraine.html",
)
po(
    13,
    "PL",
    "2025-08-23",
    "SW Research for Rzeczpospolita",
    17.3,
    61.1,
    21.6,
    "Polish troops taking part in a peacekeeping mission in Ukraine",
)

doc(
    14,
    "2025-04-24",
    "Support for sending troops rises in Poland",
    "Support among Poles for sending soldiers to Ukraine has grown, an Opinia24 survey suggests: 32 percent are now in favour, though 55 percent are still opposed.",
    "https://deutsch.news-pravda.com/world/2025/04/24/357813.html",
)
po(14, "PL", "2025-04-24", "Opinia24", 32, 55, None, "Poland sending soldiers to Ukraine")

doc(
    15,
    "2024-03-15",
    "Poles overwhelmingly against sending troops",
    "Three quarters of Poles are against sending Polish soldiers to Ukraine, an IBRiS poll for Rzeczpospolita shows, with opposition at 74.8%. Roughly one in ten would support such a step.",
    "SOURCES.md 'left out' list: IBRiS for Rzeczpospolita, 14 Mar 2024 (support given only in words)",
)
# no poll row: the support share is given only in vague words ("roughly one in ten")


def write() -> None:
    write_gold(out_dir(GOLD_DIR / "polls_news/heldout", __doc__), DOCS, [], POLLS)


if __name__ == "__main__":
    write()
