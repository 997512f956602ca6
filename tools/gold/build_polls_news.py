# ruff: noqa: E501  (gold documents are data: one long text per line)
"""Builds the polls-in-news gold set (docs.jsonl, statements.jsonl, polls.jsonl) in this folder.

Each document is news-like text written in our own words about a real opinion poll reported in
2024-2025 (the page it rests on is `source` below and in SOURCES.md; no sentence is copied, so
`url` stays empty). The shapes are those real copy uses: a poll spread over clauses and
sentences, the pollster named in the next sentence, "X for Y", several countries or polls in one
paragraph, per cent / percent / %, decimals, don't-know shares, sub-groups and other questions
that are not rows, and vague quantities that are no figure. Gold rows follow docs/codebook.md
and the conventions in data/gold/polls_news/README.md. Run: python tools/gold/build_polls_news.py [--out DIR]  (default: data/gold/polls_news)
"""

from __future__ import annotations

from goldkit import GOLD_DIR, PollsNewsKit, out_dir, write_gold

KIT = PollsNewsKit("pn", "own text (polls_news gold)")
DOCS, POLLS, doc, po = KIT.docs, KIT.polls, KIT.doc, KIT.po


doc(
    1,
    "2025-02-21",
    "Majority of Danes would join a Ukraine peace force, poll shows",
    "A new survey found 53% back Danish soldiers taking part in any future peacekeeping deployment in Ukraine, with 15% opposed. Another 32 percent had not made up their minds. The poll was carried out by Voxmeter for the news agency Ritzau, which published it on Friday. Voxmeter interviewed 1,021 people between Feb. 18 and 20. The same survey showed that 66% would welcome Ukraine into the EU and 68% into NATO.",
    "https://kyivindependent.com/most-danes-back-sending-peacekeepers-to-ukraine-poll-shows",
)
po(
    1,
    "DK",
    "2025-02-21",
    "Voxmeter for Ritzau",
    53,
    15,
    32,
    "Danish soldiers taking part in any future peacekeeping deployment in Ukraine",
    sample_size=1021,
    fieldwork_start="2025-02-18",
    fieldwork_end="2025-02-20",
)

doc(
    2,
    "2025-02-18",
    "Germans split on Bundeswehr role in Ukraine ceasefire",
    "Germany is almost evenly divided over whether its soldiers should help police a future ceasefire in Ukraine. In a survey by the Forsa institute for the weekly Stern, 49 percent of respondents said the Bundeswehr should take part in monitoring a truce, while 44 percent rejected the idea and 7 percent gave no answer. Views differ sharply by region: in the western states 52 percent were in favour, whereas 65 percent of people in the eastern states were against. Among supporters of the AfD, 83 percent rejected a deployment. Forsa questioned respondents on Feb. 13 and 14.",
    "https://united24media.com/latest-news/nearly-half-of-germans-support-deploying-bundeswehr-to-ukraine-for-peacekeeping-6019",
)
po(
    2,
    "DE",
    "2025-02-18",
    "Forsa for Stern",
    49,
    44,
    7,
    "the Bundeswehr taking part in monitoring a truce in Ukraine",
    fieldwork_start="2025-02-13",
    fieldwork_end="2025-02-14",
)

doc(
    3,
    "2024-12-27",
    "Germans back a peace force, but not with German troops",
    "Most Germans would accept an international peacekeeping force in Ukraine once a ceasefire holds, but far fewer want German soldiers in it, according to a YouGov survey for the dpa news agency published on Thursday. Some 56% of the 2,194 people polled online from Dec. 20 to 23 backed such a force. Only 23% favoured German troops taking part, while 33% supported a force without German participation. A further 19% rejected any peacekeeping force, and a quarter did not answer.",
    "https://chatnewstv.com/survey-most-germans-support-peacekeeping-force-in-ukraine",
)
po(
    3,
    "DE",
    "2024-12-26",
    "YouGov for dpa",
    56,
    19,
    25,
    "an international peacekeeping force in Ukraine after a ceasefire",
    sample_size=2194,
    fieldwork_start="2024-12-20",
    fieldwork_end="2024-12-23",
)
po(
    3,
    "DE",
    "2024-12-26",
    "YouGov for dpa",
    23,
    None,
    None,
    "German soldiers taking part in a peacekeeping force in Ukraine",
    sample_size=2194,
    fieldwork_start="2024-12-20",
    fieldwork_end="2024-12-23",
)

doc(
    4,
    "2025-07-27",
    "Britons back peacekeeping role after a truce, poll finds",
    "More than half of Britons think the UK should be ready to send a peacekeeping contingent to Ukraine to uphold a truce. The polling, carried out by More in Common for The Sunday Times, puts support at 54 per cent and opposition at 19 per cent. On wider backing for Kyiv, 51 per cent want Britain to keep supporting Ukraine and 17 per cent want that support to end.",
    "https://news-pravda.com/world/2025/07/27/1547116.html",
)
po(
    4,
    "GB",
    "2025-07-27",
    "More in Common for The Sunday Times",
    54,
    19,
    None,
    "the UK sending a peacekeeping contingent to Ukraine to uphold a truce",
)

doc(
    5,
    "2025-03-20",
    "Americans divided on joining a Ukraine peacekeeping force",
    "Americans are split down the middle on whether US troops should join a peacekeeping force in Ukraine: 46% support the idea and 48% oppose it, according to a Chicago Council on Global Affairs-Ipsos survey fielded March 14–16, 2025. The same survey found the public equally divided on US airstrikes against Russia should it attack peacekeepers (48% in favour, 46% against).",
    "https://globalaffairs.org/research/public-opinion-survey/americans-divided-future-us-role-post-war-ukraine",
)
po(
    5,
    "US",
    "2025-03-20",
    "Chicago Council on Global Affairs-Ipsos",
    46,
    48,
    None,
    "US troops joining a peacekeeping force in Ukraine",
    fieldwork_start="2025-03-14",
    fieldwork_end="2025-03-16",
)

doc(
    6,
    "2024-03-28",
    "Three in four Ukrainians would welcome allied troops – survey",
    "Almost three quarters of Ukrainians (74.3%) support the idea of Western allies sending military units to Ukraine, the Razumkov Centre's sociological service said on Thursday. Of those polled, 48.2% fully support it and 26.1% rather support it. In total 12.2% are against, and 13.4% found it hard to answer. Support is highest in the west of the country (87%) and lowest in the south (47.5%). The centre interviewed 2,020 adults from March 21 to 27 in government-controlled areas; the sampling error does not exceed 2.3%.",
    "https://en.interfax.com.ua/news/press-conference/981345.html",
)
po(
    6,
    "UA",
    "2024-03-28",
    "Razumkov Centre",
    74.3,
    12.2,
    13.4,
    "Western allies sending military units to Ukraine",
    sample_size=2020,
    margin_of_error=2.3,
    fieldwork_start="2024-03-21",
    fieldwork_end="2024-03-27",
)

doc(
    7,
    "2024-02-29",
    "French public cool on sending soldiers to Ukraine",
    "The president's remark on Monday that Western troops in Ukraine could not be ruled out has found little echo at home. According to a CSA poll for Europe 1, CNews and the Journal du Dimanche, 76% of French people are against sending French soldiers to Ukraine, 23% are in favour and 1% did not answer. Opposition is similar among men (77%) and women (75%) and peaks at 85% among 50-64-year-olds. A separate Odoxa-Backbone Consulting survey for Le Figaro found that 68% think the president was wrong to raise the option.",
    "https://www.europe1.fr/societe/sondage-76-des-francais-sont-contre-lenvoi-de-militaires-francais-en-ukraine-4233120",
)
po(
    7,
    "FR",
    "2024-02-29",
    "CSA for Europe 1, CNews and the Journal du Dimanche",
    23,
    76,
    1,
    "sending French soldiers to Ukraine",
)

doc(
    8,
    "2025-09-12",
    "Fewer than half of French want to join ceasefire force",
    "Just under half of the French, 47%, want France to be among the volunteer countries that would enforce a ceasefire in Ukraine, according to an Ifop survey published on Friday. Another 36% are opposed and 17% do not know. In March, an earlier Ifop poll had found only 36% in favour of sending European troops to Ukraine for a ground intervention, though the institute cautions that the two questions were worded differently. Three in four (75%) back strong security guarantees for Kyiv.",
    "https://www.europesays.com/fr/?p=384619",
)
po(
    8,
    "FR",
    "2025-09-12",
    "Ifop",
    47,
    36,
    17,
    "France being among the volunteer countries enforcing a ceasefire in Ukraine",
)
po(
    8,
    "FR",
    "2025-09-12",
    "Ifop",
    36,
    None,
    None,
    "sending European troops to Ukraine for a ground intervention",
    note="fieldwork March 2025; no publication day given",
)

doc(
    9,
    "2025-02-24",
    "Three in four Poles against sending troops to Ukraine",
    "Poles remain firmly opposed to a Polish military presence in Ukraine. Asked whether Poland, together with countries such as France and Britain, should send troops to Ukraine to guarantee peace, 76.2% of respondents disagreed (41% strongly) and 17.8% agreed; 6% were undecided. The survey was conducted by IBRiS for Polsat News on Feb. 19–21, 2025, by telephone among 1,000 adults.",
    "https://www.dismount.eu/polacy-sprzeciwiaja-sie-wyslaniu-wojsk-na-ukraine-nie-popiera-tego-pomyslu-az-3-4-respondentow-27905433.html",
)
po(
    9,
    "PL",
    "2025-02-24",
    "IBRiS for Polsat News",
    17.8,
    76.2,
    6,
    "Poland, with France and Britain, sending troops to Ukraine to guarantee peace",
    sample_size=1000,
    fieldwork_start="2025-02-19",
    fieldwork_end="2025-02-21",
)

doc(
    10,
    "2025-06-26",
    "Poles back Ukraine but not with soldiers, survey finds",
    "A majority of Poles still want international help for Ukraine to continue, but few would send Polish troops. In an IBRiS survey conducted in June for the Defence24 portal and the Stand With Ukraine Foundation, 52 percent supported continuing international assistance for Kyiv. Only 15 percent backed sending Polish soldiers to Ukraine, including as peacekeepers, while 64 percent were against. Some 44 percent opposed Ukraine joining the EU and 42 percent its NATO membership, and 60 percent rejected shooting down Russian drones over Ukrainian territory.",
    "https://www.polskieradio.pl/395/7784/Artykul/3544832 ; support share: https://eu.news-pravda.com/world/2025/06/26/72789.html",
)
po(
    10,
    "PL",
    "2025-06-26",
    "IBRiS for Defence24 and the Stand With Ukraine Foundation",
    15,
    64,
    None,
    "sending Polish soldiers to Ukraine, including as peacekeepers",
)

doc(
    11,
    "2024-07-08",
    "Most Europeans reject sending their own soldiers to Ukraine",
    "A survey across a dozen European countries for the European Council on Foreign Relations finds deep reluctance to send national troops to fight in Ukraine. Opposition is strongest in Bulgaria (90%), Greece (85%), Germany (81%) and Italy (80%), and it reaches 72% in the Czech Republic and 70% in the Netherlands. Swedes are the least reluctant: 54% object, while 26% of Swedes would like Swedish soldiers to fight alongside Ukraine.",
    "https://samnytt.se/matning-svenskar-mest-sugna-pa-att-kriga-mot-ryssland ; https://news-pravda.com/world/2024/07/07/617276-amp.html",
)
po(
    11,
    "SE",
    "2024-07-08",
    "European Council on Foreign Relations",
    26,
    54,
    None,
    "Swedish soldiers fighting alongside Ukraine",
)

doc(
    12,
    "2025-03-06",
    "Italians cool on peacekeeping role, YouGov finds",
    "Most Italians do not want their soldiers in a European peacekeeping mission in Ukraine. In a YouGov poll, 45% of Italians said they were against taking part alongside other European states, while 36% were in favour and 20% were still undecided. In Germany, 47% opposed deploying soldiers to Ukraine.",
    "https://tristemondo.it/la-maggioranza-degli-italiani-non-vuole-mandare-soldati-in-ucraina-cosa-dice-il-sondaggio-di-yougov",
)
po(
    12,
    "IT",
    "2025-03-06",
    "YouGov",
    36,
    45,
    20,
    "Italy taking part in a European peacekeeping mission in Ukraine",
)

doc(
    13,
    "2024-03-08",
    "Europeans wary of sending troops to protect Ukraine",
    "Across most large European countries more people oppose than support sending their own troops to protect Ukraine, a YouGov survey shows. Opposition is highest in Germany, where 52% are against and 23% in favour. In Italy the split is 40% against and 24% in favour, in Sweden 39% to 27%, in Spain 37% to 28% and in France 36% to 26%. Britons are almost evenly divided, with 32% saying no and 30% yes. Denmark is the exception: 38% of Danes back sending troops and 29% object. In the United States, 35% were in favour and 28% opposed.",
    "https://elbalad.news/5146453",
)
for cc, s, o in (
    ("DE", 23, 52),
    ("IT", 24, 40),
    ("SE", 27, 39),
    ("ES", 28, 37),
    ("FR", 26, 36),
    ("GB", 30, 32),
    ("DK", 38, 29),
    ("US", 35, 28),
):
    po(13, cc, "2024-03-08", "YouGov", s, o, None, "sending their own country's troops to protect Ukraine")

doc(
    14,
    "2024-03-02",
    "Dutch divided on sending soldiers to Ukraine",
    "Nearly half of the Dutch would back sending Dutch troops to help Ukraine fight Russia, a poll for Hart van Nederland shows. Of the 2,063 panel members surveyed, 44 percent were in favour and 49 percent against. Among supporters, 15 percent would want the soldiers in combat and 29 percent in support roles only. Opposition was overwhelming among FvD voters (96 percent), while 63 percent of Volt voters were in favour.",
    "https://nltimes.nl/2024/03/02/netherlands-residents-divided-whether-dutch-soldiers-go-ukraine",
)
po(
    14,
    "NL",
    "2024-03-02",
    "Hart van Nederland",
    44,
    49,
    None,
    "the Netherlands sending troops to help Ukraine",
    sample_size=2063,
)

doc(
    15,
    "2025-03-18",
    "Most Canadians would send peacekeepers if a deal is signed",
    "If Russia and Ukraine sign a peace agreement, most Canadians would support sending Canadian peacekeeping troops to help maintain it. Twice as many would back such a mission (60%) as would oppose it (29%). The figures come from a Canada-U.S. survey by the Angus Reid Institute released on Tuesday. Half of those who intend to vote Conservative (51%) are against, compared with 12 per cent of Liberal supporters.",
    "https://armchairmayor.ca/2025/03/18/national-pulse-most-of-us-support-sending-peacekeepers-to-ukraine",
)
po(
    15,
    "CA",
    "2025-03-18",
    "Angus Reid Institute",
    60,
    29,
    None,
    "sending Canadian peacekeeping troops to maintain a peace agreement",
)

doc(
    16,
    "2025-01-07",
    "More Finns open to Western ground troops in Ukraine",
    "A growing share of Finns want Western ground forces sent to Ukraine to help it defend itself, according to a survey commissioned by Helsingin Sanomat from Verian. Four in ten respondents, 40 per cent, said dispatching such forces was important, eight points more than in June 2024. The idea was most popular among senior managers (59%) and men (53%). The share rejecting it because of the risk of escalation fell by 11 points to 39 per cent.",
    "https://europe.easybranches.com/finland/7205992",
)
po(
    16,
    "FI",
    "2025-01-07",
    "Verian for Helsingin Sanomat",
    40,
    None,
    None,
    "dispatching Western land forces to Ukraine",
    note="the 39% reject it for one reason (escalation); not annotated as the oppose share",
)

doc(
    17,
    "2024-07-01",
    "Poll: about one in four Finns ready to send troops to Ukraine",
    "Roughly a quarter of Finns think Finland and other Western countries should deploy armed forces to Ukraine, according to a survey commissioned in June by the Uutissuomalainen newspaper group. Around 40 percent were against and just over a third could not say. Men were twice as keen as women. Tietoykkönen carried out the survey among about a thousand people; the margin of error is 3.1 percentage points.",
    "https://laurenancona.me/eks/MjMpZmLlxWe6MHc0/a/74-20100299 (Yle News / STT)",
)
# no poll row: the support share is given only in vague words ("roughly a quarter")

doc(
    18,
    "2025-08-23",
    "Finns favour non-combat role in Ukraine guarantees",
    "Two-thirds of Finns (67%) support measures to give Ukraine security guarantees, 10% are opposed and 23% undecided, a survey commissioned by the newspaper Iltalehti shows. Views split on the form they should take. Sending Finnish military personnel to Ukraine in non-combat roles, for instance as advisers, is backed by 68%, while only 19% favour sending troops for combat operations. Military aid is supported by 63%.",
    "https://www.pravda.com.ua/eng/news/2025/08/23/7527469/",
)
po(
    18,
    "FI",
    "2025-08-23",
    "Iltalehti",
    68,
    None,
    None,
    "sending Finnish military personnel to Ukraine in non-combat roles such as advisers",
)
po(
    18,
    "FI",
    "2025-08-23",
    "Iltalehti",
    19,
    None,
    None,
    "sending Finnish troops to Ukraine for combat operations",
)

doc(
    19,
    "2025-02-21",
    "Polls: Danes and Germans weigh peacekeeping",
    "Public opinion in two of Ukraine's main backers leans towards joining a post-war mission. In Denmark, 53 percent told Voxmeter, polling for Ritzau, that the country should take part in any future deployment of soldiers, against 15 percent opposed. In Germany, a Forsa survey for Stern found 49 percent backing Bundeswehr participation in monitoring a ceasefire, and 44 percent against. Both polls were taken in mid-February.",
    "https://newsukraine.rbc.ua/news/danes-support-sending-its-troops-to-ukraine-1740133036.html",
)
po(
    19,
    "DK",
    "2025-02-21",
    "Voxmeter for Ritzau",
    53,
    15,
    None,
    "Denmark taking part in any future deployment of soldiers to Ukraine",
)
po(
    19,
    "DE",
    "2025-02-21",
    "Forsa for Stern",
    49,
    44,
    None,
    "Bundeswehr participation in monitoring a ceasefire in Ukraine",
)

doc(
    20,
    "2025-08-24",
    "Austrians split on sending soldiers to a Ukraine mission",
    "Austrians would welcome an EU peace mission in Ukraine but are divided on sending their own soldiers, a Gallup poll reported by the APA agency shows. Some 53 percent support deploying EU peacekeeping forces after a ceasefire, 27 percent are against and 20 percent undecided. Asked about Austrian soldiers taking part, 42 percent said yes and 44 percent no, with 14 percent giving no clear view. Support is highest among under-30s (55 percent) and Green voters (63 percent); 66 percent of FPÖ sympathisers reject it. Some 82 percent say neutral Austria should act as a mediator.",
    "https://menafn.com/1109966930/Survey-42-Of-Austrians-Support-Participation-In-Peacekeeping-Mission-In-Ukraine ; https://www.sn.at/politik/innenpolitik/moeglicher-friedenseinsatz-soll-oesterreich-falle-waffenstillstands-truppen-ukraine-183174094",
)
po(
    20,
    "AT",
    "2025-08-24",
    "Gallup",
    53,
    27,
    20,
    "deploying EU peacekeeping forces in Ukraine after a ceasefire",
)
po(
    20,
    "AT",
    "2025-08-24",
    "Gallup",
    42,
    44,
    14,
    "Austrian soldiers taking part in a peace mission in Ukraine",
)

doc(
    21,
    "2025-03-29",
    "Most Estonians against troops in Ukraine peace mission",
    "Sixty percent of Estonians oppose the country's soldiers taking part in a peacekeeping mission in Ukraine, while 30 percent back the idea and 10 percent have no clear position. The survey, by the Turu-Uuringute company, polled 1,001 people between March 6 and 12.",
    "https://newskiev.ru/society/2025/03/29/649811.html",
)
po(
    21,
    "EE",
    "2025-03-29",
    "Turu-Uuringute",
    30,
    60,
    10,
    "Estonian soldiers taking part in a peacekeeping mission in Ukraine",
    sample_size=1001,
    fieldwork_start="2025-03-06",
    fieldwork_end="2025-03-12",
)

doc(
    22,
    "2024-03-29",
    "Ukrainians back allied troop presence",
    "A new survey found 74.3% of Ukrainians in favour of Western allies sending military units to Ukraine, with 12.2% opposed. The poll was conducted by the Razumkov Centre in late March.",
    "https://en.interfax.com.ua/news/press-conference/981345.html",
)
po(
    22,
    "UA",
    "2024-03-29",
    "Razumkov Centre",
    74.3,
    12.2,
    None,
    "Western allies sending military units to Ukraine",
)

doc(
    23,
    "2025-03-24",
    "Canadians open to peacekeeping role",
    "About 60 per cent of Canadians would support sending peacekeeping troops to Ukraine if a peace deal is reached, new research from the Angus Reid Institute suggests. Roughly 30 per cent said they would not support Canadian involvement, a view concentrated among Conservative voters.",
    "https://vocm.com/2025/03/24/angus-reid-ukraine-peacekeeping",
)
po(
    23,
    "CA",
    "2025-03-24",
    "Angus Reid Institute",
    60,
    30,
    None,
    "sending Canadian peacekeeping troops to Ukraine after a peace deal",
)

doc(
    24,
    "2025-03-21",
    "US public split on peacekeeper role",
    "According to a survey for the Chicago Council on Global Affairs, 46% of respondents said the United States should send troops to be part of a peacekeeping force in Ukraine; 48% said it should not. Ipsos fielded the poll on March 14–16.",
    "https://globalaffairs.org/research/public-opinion-survey/americans-divided-future-us-role-post-war-ukraine",
)
po(
    24,
    "US",
    "2025-03-21",
    "Ipsos for the Chicago Council on Global Affairs",
    46,
    48,
    None,
    "the United States sending troops to a peacekeeping force in Ukraine",
    fieldwork_start="2025-03-14",
    fieldwork_end="2025-03-16",
)

doc(
    25,
    "2025-02-22",
    "Danes ready to contribute to Ukraine peace force",
    "Some 53 per cent of Danes say Denmark should contribute soldiers if a peacekeeping force is deployed in Ukraine. Fifteen per cent disagree and 32 per cent are undecided. The figures come from Voxmeter, which polled 1,021 people for Ritzau and Ekstra Bladet.",
    "https://unn.ua/en/news/danes-support-sending-their-military-to-ukraine-as-peacekeepers",
)
po(
    25,
    "DK",
    "2025-02-22",
    "Voxmeter for Ritzau and Ekstra Bladet",
    53,
    15,
    32,
    "Denmark contributing soldiers to a peacekeeping force in Ukraine",
    sample_size=1021,
)

doc(
    26,
    "2025-06-30",
    "Polish reluctance on troops holds steady",
    "Polish reluctance has hardly moved this year. In February, an IBRiS poll for Polsat News found 17.8% of Poles in favour of sending troops to Ukraine to guarantee peace and 76.2% against; in June, IBRiS, this time for Defence24, put support at 15% and opposition at 64%.",
    "https://www.dismount.eu/polacy-sprzeciwiaja-sie-wyslaniu-wojsk-na-ukraine-nie-popiera-tego-pomyslu-az-3-4-respondentow-27905433.html ; https://www.polskieradio.pl/395/7784/Artykul/3544832",
)
po(
    26,
    "PL",
    "2025-06-30",
    "IBRiS for Polsat News",
    17.8,
    76.2,
    None,
    "sending Polish troops to Ukraine to guarantee peace",
)
po(26, "PL", "2025-06-30", "IBRiS for Defence24", 15, 64, None, "sending Polish troops to Ukraine")


def write() -> None:
    write_gold(out_dir(GOLD_DIR / "polls_news", __doc__), DOCS, [], POLLS)


if __name__ == "__main__":
    write()
