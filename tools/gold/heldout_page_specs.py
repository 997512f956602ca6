# ruff: noqa: E501  (gold data: long text lines are the documents themselves)
from goldkit import P, S, wd

PAGES = []


def page(slug, url, outlet, pub, time, title, desc, author, section, paras, st=(), po=(), template=0):
    PAGES.append(
        dict(
            file=slug + ".html",
            url=url,
            outlet=outlet,
            published=pub,
            time=time,
            title=title,
            desc=desc,
            author=author,
            section=section,
            paras=paras,
            st=list(st),
            po=list(po),
            template=template,
        )
    )


p = "2024-02-27"
page(
    "reuters-macron-troops-allies-reject",
    "https://www.reuters.com/world/europe/allies-reject-macron-troops-remark-2024-02-27/",
    "Reuters",
    p,
    "14:32",
    "Allies distance themselves from Macron's remark on troops for Ukraine",
    "European allies on Tuesday rejected the idea of sending ground troops to Ukraine after France's president said it could not be ruled out.",
    "John Irish",
    "World",
    [
        "PARIS/BERLIN, Feb 27 (Reuters) - European allies on Tuesday distanced themselves from French President Emmanuel Macron's suggestion that Western troops could be sent to Ukraine, with several governments saying they had no such plans.",
        '"In terms of dynamics, nothing should be excluded. We will do everything needed to ensure Russia cannot win this war," Macron had told reporters late on Monday after hosting more than 20 European leaders at the Elysee Palace.',
        'German Chancellor Olaf Scholz said on Tuesday that there would be no ground troops on Ukrainian soil sent by European or NATO states. "That is what was agreed from the outset, and it also applies to the future," Scholz said.',
        'Spanish government spokeswoman Pilar Alegría said Madrid did not agree with sending European troops to Ukraine. "We do not agree," she told a news conference in Madrid.',
        'Sweden\'s prime minister, Ulf Kristersson, told public broadcaster SVT that the question was "not on the agenda at all" for Stockholm right now.',
        "The meeting in Paris also agreed to set up a coalition to supply Ukraine with longer-range missiles, and several countries backed a Czech initiative to buy artillery shells outside the EU.",
        "Russia's forces have made gains around Avdiivka in recent weeks, and Ukrainian officials have repeatedly warned of severe shortages of ammunition on the front line.",
        "(Reporting by John Irish in Paris and Andreas Rinke in Berlin; Editing by Mark Heinrich)",
    ],
    [
        S(
            "Emmanuel Macron",
            "President",
            "FR",
            wd(p, "monday"),
            "support",
            "combat_troops",
            "nothing should be excluded",
        ),
        S("Olaf Scholz", "Chancellor", "DE", p, "oppose", "combat_troops"),
        S("Pilar Alegría", "Government Spokeswoman", "ES", p, "oppose", "combat_troops", "We do not agree"),
        S(
            "Ulf Kristersson",
            "Prime Minister",
            "SE",
            p,
            "neutral",
            "combat_troops",
            "not on the agenda at all",
        ),
    ],
    template=0,
)

p = "2024-03-05"
page(
    "guardian-baltics-back-macron",
    "https://www.theguardian.com/world/2024/mar/05/baltic-states-back-macron-ukraine-troops-debate",
    "The Guardian",
    p,
    "17:05",
    "Baltic states back Macron as troops debate splits Europe",
    "Estonia and Lithuania say allies should not rule out any option to help Ukraine, while Berlin and Warsaw oppose sending troops.",
    "Andrew Roth",
    "World news",
    [
        "The leaders of Estonia and Lithuania have come out in support of Emmanuel Macron after the French president refused to rule out sending western troops to Ukraine, exposing a growing rift within Nato over how to respond to Russia's advances.",
        '"We should not rule anything out. Strategic ambiguity is something Putin understands," Estonia\'s prime minister, Kaja Kallas, said in Tallinn on Monday.',
        'Lithuania\'s foreign minister, Gabrielius Landsbergis, went further, saying on Tuesday that allies should consider sending troops to train Ukrainian soldiers on Ukrainian territory. "We have to think outside the box," he said.',
        "In Berlin, officials said privately that the debate was a distraction from the urgent need for more ammunition.",
        "The Baltic states have also agreed to build a network of bunkers along their borders with Russia and Belarus, known as the Baltic defence line, with construction expected to start next year.",
        "Estonia spends more than 3% of its GDP on defence, one of the highest shares in the alliance.",
    ],
    [
        S(
            "Kaja Kallas",
            "Prime Minister",
            "EE",
            wd(p, "monday"),
            "support",
            "combat_troops",
            "We should not rule anything out",
        ),
        S("Emmanuel Macron", "President", "FR", p, "support", "combat_troops"),
        S(
            "Gabrielius Landsbergis",
            "Foreign Minister",
            "LT",
            wd(p, "tuesday"),
            "support",
            "trainers",
            "We have to think outside the box",
        ),
    ],
    template=1,
)

p = "2024-05-29"
page(
    "politico-trainers-debate-shmyhal-pistorius",
    "https://www.politico.eu/article/ukraine-western-trainers-debate-shmyhal-pistorius-crosetto/",
    "Politico Europe",
    p,
    "06:00",
    "Kyiv wants Western trainers on its soil. Berlin and Rome say no.",
    "Ukraine's prime minister says talks with France on instructors are under way; Germany and Italy refuse to send their own.",
    "Laura Kayali",
    "Defense",
    [
        "Ukraine is pressing its allies to send military instructors into the country to speed up the training of new recruits, but the idea is splitting Western capitals.",
        '"We are talking with France and other partners about instructors coming to Ukraine, and we hope to see the first of them soon," Ukrainian Prime Minister Denys Shmyhal told POLITICO in an interview.',
        'Berlin is not on board. German Defense Minister Boris Pistorius said on Monday that Germany would not send trainers to Ukraine. "We are training Ukrainian soldiers in Germany, and that will remain so," the minister said during a visit to Lithuania.',
        'Italy\'s Defense Minister Guido Crosetto was just as blunt. "Italy will not send instructors to Ukraine," Crosetto said in a statement on Tuesday, adding that training would continue on Italian soil.',
        "Advertisement",
        "Meanwhile, Belgium became the latest country to promise F-16 fighter jets to Kyiv, with the first aircraft expected before the end of the year.",
        "The Netherlands, Denmark and Norway have also committed F-16s, and the first Ukrainian pilots have completed training in the United States.",
        "Ukraine's parliament this month passed a law lowering the mobilization age from 27 to 25.",
    ],
    [
        S("Denys Shmyhal", "Prime Minister", "UA", p, "support", "trainers"),
        S(
            "Boris Pistorius",
            "Defence Minister",
            "DE",
            wd(p, "monday"),
            "oppose",
            "trainers",
            "Germany would not send trainers",
        ),
        S(
            "Guido Crosetto",
            "Defence Minister",
            "IT",
            wd(p, "tuesday"),
            "oppose",
            "trainers",
            "Italy will not send instructors to Ukraine",
        ),
    ],
    template=2,
)

p = "2024-12-04"
page(
    "ap-baerbock-nato-ministers",
    "https://apnews.com/article/nato-foreign-ministers-baerbock-peacekeepers-ukraine-2024-12-04",
    "Associated Press",
    p,
    "16:48",
    "Germany's Baerbock open to peacekeepers after a ceasefire as NATO ministers meet",
    "Germany's top diplomat says Berlin would support any peace arrangement with all its strength, including possibly troops.",
    "Lorne Cook",
    "World News",
    [
        'BRUSSELS (AP) — Germany\'s foreign minister said Berlin would support a future peace arrangement in Ukraine "with all our strength" and did not rule out German troops helping to secure a ceasefire.',
        "Speaking on the sidelines of a NATO foreign ministers' meeting in Brussels on Tuesday, Annalena Baerbock said that if a ceasefire was agreed, Germany would back a possible international presence to secure it.",
        "NATO Secretary-General Mark Rutte told reporters that the priority was to put Ukraine in the strongest possible position and to send more air defense systems before winter.",
        'Hungary\'s Foreign Minister Péter Szijjártó said any deployment of Western peacekeepers to Ukraine would be "extremely dangerous" and risk a direct confrontation with Russia.',
        "The ministers also discussed rising sabotage attacks in Europe blamed on Russia, including arson and cable cuts in the Baltic Sea.",
        "Rutte said allies had to ramp up defense production and that 2% of GDP would not be enough in the long run.",
    ],
    [
        S(
            "Annalena Baerbock",
            "Foreign Minister",
            "DE",
            wd(p, "tuesday"),
            "conditional",
            "peacekeepers",
            "with all our strength",
        ),
        S("Péter Szijjártó", "Foreign Minister", "HU", p, "oppose", "peacekeepers", "extremely dangerous"),
    ],
    template=3,
)

p = "2025-02-17"
page(
    "sky-starmer-troops-poll",
    "https://news.sky.com/story/britain-ready-to-put-troops-on-ground-in-ukraine-pm-says-13310100",
    "Sky News",
    p,
    "07:15",
    "PM says Britain ready to put troops on the ground in Ukraine",
    "Sir Keir Starmer says the UK is ready and willing to deploy troops to help guarantee Ukraine's security.",
    "Sam Coates",
    "Politics",
    [
        "Britain's prime minister has said he is ready and willing to put British troops on the ground in Ukraine to help guarantee its security after a peace deal.",
        'Writing in the Daily Telegraph on Sunday, Sir Keir said: "I do not say that lightly. But any role in helping to guarantee Ukraine\'s security is helping to guarantee the security of our continent."',
        "Conservative leader Kemi Badenoch said she would support British peacekeepers in principle, but only if the United States provided a security backstop.",
        "A More in Common poll published on Monday found that 43% of Britons would back deploying British peacekeepers to Ukraine, while 29% would oppose the move.",
        "Sir Keir will travel to Paris later today for an emergency summit of European leaders. He is also due in Washington next week to meet President Donald Trump.",
        "Separately, the government confirmed that defence spending would rise to 2.5% of GDP, though no date has been set.",
        "Read more: What would a peacekeeping force in Ukraine look like?",
    ],
    [
        S(
            "Keir Starmer",
            "Prime Minister",
            "GB",
            wd(p, "sunday"),
            "conditional",
            "peacekeepers",
            "I do not say that lightly",
        ),
        S("Kemi Badenoch", "Leader of the Opposition", "GB", p, "conditional", "peacekeepers"),
    ],
    [P("GB", p, "More in Common", 43, 29, "deploying British peacekeepers to Ukraine")],
    template=4,
)

p = "2025-02-18"
page(
    "dw-paris-summit-reactions",
    "https://www.dw.com/en/paris-summit-europe-divided-over-ukraine-peacekeepers/a-71662000",
    "DW",
    p,
    "11:20",
    "Paris summit: Europe divided over Ukraine peacekeepers",
    "European leaders failed to agree on a peacekeeping force for Ukraine at an emergency meeting in Paris.",
    "Rosie Birchard",
    "Europe",
    [
        "European leaders who met in Paris on Monday remained divided over whether to send troops to Ukraine to secure a future ceasefire.",
        'The German chancellor called the debate "highly inappropriate" while the war was still going on. "We are not even at the beginning of peace talks," Scholz said after the meeting on Monday.',
        'Spanish Prime Minister Pedro Sánchez said it was "premature" to talk about sending Spanish soldiers, as there was no ceasefire yet.',
        "Dutch Prime Minister Dick Schoof said the Netherlands would consider contributing, but insisted that a US backstop was essential for any mission to work.",
        "A survey by Infratest dimap for ARD, published on Thursday, found that a majority (53%) of Germans oppose the Bundeswehr taking part in a peacekeeping mission in Ukraine, while 41% would be in favor.",
        "The leaders also discussed raising defense spending, as US President Donald Trump has demanded that European NATO members spend 5% of GDP on defense.",
        "Trump's administration has begun talks with Moscow on ending the war without Kyiv or European governments at the table.",
    ],
    [
        S(
            "Olaf Scholz",
            "Chancellor",
            "DE",
            wd(p, "monday"),
            "oppose",
            "peacekeepers",
            "highly inappropriate",
        ),
        S("Pedro Sánchez", "Prime Minister", "ES", p, "neutral", "peacekeepers", "premature"),
        S("Dick Schoof", "Prime Minister", "NL", p, "conditional", "peacekeepers"),
    ],
    [
        P(
            "DE",
            wd(p, "thursday"),
            "Infratest dimap for ARD",
            41,
            53,
            "Bundeswehr taking part in a peacekeeping mission in Ukraine",
        )
    ],
    template=5,
)

p = "2025-03-07"
page(
    "moscowtimes-kremlin-peacekeepers",
    "https://www.themoscowtimes.com/2025/03/07/kremlin-rejects-european-peacekeepers-a88300",
    "The Moscow Times",
    p,
    "12:40",
    "Kremlin Rejects 'Coalition of the Willing' Peacekeepers",
    "The Kremlin said it would not accept European peacekeepers in Ukraine under any circumstances.",
    "The Moscow Times",
    "News",
    [
        "The Kremlin on Thursday rejected European plans to deploy peacekeepers to Ukraine, saying it would see them as a direct threat.",
        '"The deployment of troops from any European country in Ukraine under any flag is absolutely unacceptable to us," Kremlin spokesman Dmitry Peskov told reporters.',
        "Foreign Minister Sergei Lavrov, meanwhile, compared French President Emmanuel Macron's remarks on extending France's nuclear umbrella to Europe to Napoleon's invasion of Russia.",
        "Russia's Central Bank kept its key interest rate unchanged at 21% last month, citing persistent inflation.",
        "The Moscow Times is an independent news source. Support us.",
        "Earlier this week, the Russian Defense Ministry said its forces had taken several villages in the Kursk region.",
    ],
    [
        S(
            "Dmitry Peskov",
            "Kremlin spokesman",
            "RU",
            wd(p, "thursday"),
            "oppose",
            "peacekeepers",
            "absolutely unacceptable to us",
        )
    ],
    template=6,
)

p = "2025-03-13"
page(
    "err-pevkur-reassurance-force",
    "https://news.err.ee/1609632000/pevkur-estonia-ready-to-contribute-to-ukraine-reassurance-force",
    "ERR News",
    p,
    "09:45",
    "Pevkur: Estonia ready to contribute to Ukraine reassurance force",
    "Estonia could send up to a company-sized unit to Ukraine, the defense minister said.",
    "Michael Cole",
    "News",
    [
        "Estonia is ready to contribute troops to a Western reassurance force in Ukraine, Minister of Defense Hanno Pevkur (Reform) said on Wednesday.",
        '"Estonia is ready to send up to a company, and staff officers, to the coalition\'s reassurance force. We will not stand aside," Pevkur told ERR News.',
        "President Alar Karis said the parliament would have the final say on any deployment.",
        "Pevkur also said that Estonia would raise defense spending to 5.4 percent of GDP next year, and that the country would buy additional HIMARS rocket launchers.",
        "The Riigikogu is expected to vote on the spending plan in the autumn.",
    ],
    [
        S(
            "Hanno Pevkur",
            "Defence Minister",
            "EE",
            wd(p, "wednesday"),
            "support",
            "reassurance_force",
            "We will not stand aside",
        ),
        S("Alar Karis", "President", "EE", p, "neutral", "reassurance_force"),
    ],
    template=7,
)

p = "2025-03-12"
page(
    "ansa-meloni-tajani-un-mission",
    "https://www.ansa.it/english/news/politics/2025/03/12/meloni-no-italian-troops-tajani-un-mission.html",
    "ANSA",
    p,
    "18:02",
    "Meloni: no Italian troops; Tajani open to UN mission",
    "Italy will not send soldiers to a European force in Ukraine, the premier told the Senate.",
    "ANSA English",
    "Politics",
    [
        "ROME - Premier Giorgia Meloni on Wednesday told the Senate that Italy would not send troops to Ukraine as part of a European force.",
        '"The deployment of Italian soldiers is not on the agenda," she said, arguing that security guarantees for Kyiv should be built within the Euro-Atlantic framework.',
        'Foreign Minister Antonio Tajani said Italy could only consider sending soldiers under a United Nations mandate. "Only a UN mission could see Italian participation," the minister said.',
        "A Demos survey for La Repubblica published on Monday showed that 61 percent of Italians oppose sending Italian troops to Ukraine, while 32 percent are in favour.",
        "Meloni also defended the government's plans for a bridge over the Strait of Messina, saying work would begin this year.",
        "The opposition Democratic Party (PD) criticised the premier for failing to clarify Italy's position on EU defence spending.",
    ],
    [
        S(
            "Giorgia Meloni",
            "Prime Minister",
            "IT",
            wd(p, "wednesday"),
            "oppose",
            "peacekeepers",
            "The deployment of Italian soldiers is not on the agenda",
        ),
        S(
            "Antonio Tajani",
            "Foreign Minister",
            "IT",
            p,
            "conditional",
            "peacekeepers",
            "Only a UN mission could see Italian participation",
        ),
    ],
    [P("IT", wd(p, "monday"), "Demos for La Repubblica", 32, 61, "sending Italian troops to Ukraine")],
    template=8,
)

p = "2025-03-18"
page(
    "notesfrompoland-tusk-duda-ibris",
    "https://notesfrompoland.com/2025/03/18/poland-will-not-send-troops-to-ukraine-tusk-and-duda-agree/",
    "Notes from Poland",
    p,
    "10:30",
    "Poland will not send troops to Ukraine, Tusk and Duda agree",
    "In a rare show of unity, the prime minister and president both ruled out a Polish contingent.",
    "Daniel Tilles",
    "Politics",
    [
        "Prime Minister Donald Tusk and President Andrzej Duda, usually bitter rivals, agree on one thing: Polish soldiers will not be deployed in Ukraine as part of a peacekeeping force.",
        '"We will not send Polish soldiers to Ukraine," Tusk said on Monday after a meeting of the government. "We will help in other ways, including logistics."',
        "Duda told broadcaster Polsat that Poland's role was to defend NATO's eastern flank. \"Our soldiers are needed here,\" the president said.",
        "A poll by IBRiS for Rzeczpospolita found that only 13.9% of Poles support sending Polish troops as part of a peacekeeping force in Ukraine, with 72.5% against.",
        "The government also announced plans to offer military training to 100,000 volunteers a year.",
        "Poland already spends more than 4% of its GDP on defence, the highest share in NATO.",
        "Notes from Poland is run by a small editorial team and published by an independent, nonprofit foundation.",
    ],
    [
        S(
            "Donald Tusk",
            "Prime Minister",
            "PL",
            wd(p, "monday"),
            "oppose",
            "peacekeepers",
            "We will not send Polish soldiers to Ukraine",
        ),
        S("Andrzej Duda", "President", "PL", p, "oppose", "peacekeepers", "Our soldiers are needed here"),
    ],
    [
        P(
            "PL",
            p,
            "IBRiS for Rzeczpospolita",
            13.9,
            72.5,
            "sending Polish troops as part of a peacekeeping force in Ukraine",
        )
    ],
    template=9,
)

p = "2025-04-12"
page(
    "times-kellogg-zones-reassurance",
    "https://www.thetimes.com/world/russia-ukraine-war/article/kellogg-reassurance-force-west-of-dnipro-2025",
    "The Times",
    p,
    "21:00",
    "Kellogg: Anglo-French reassurance force could operate west of the Dnipro",
    "Trump's envoy says Britain and France could deploy troops in western Ukraine without provoking Russia.",
    "Michael Evans",
    "World",
    [
        "A British and French-led reassurance force could be deployed west of the Dnipro river without provoking Russia, President Trump's special envoy for Ukraine has said.",
        '"You could almost make it look like what happened with Berlin after World War Two," Keith Kellogg told The Times in an interview published on Friday, describing zones of control for British, French and Ukrainian forces.',
        "A State Department spokesperson said later that no decisions had been made and that the envoy was not setting out US policy.",
        "Kellogg also said he welcomed the European initiative.",
        "Steve Witkoff, Trump's other envoy, met Vladimir Putin in St Petersburg on the same day for more than four hours.",
        "The Kremlin described the talks as useful but gave no details.",
    ],
    [S("Keith Kellogg", "Special Envoy", "US", wd(p, "friday"), "support", "reassurance_force")],
    template=10,
)

p = "2025-04-10"
page(
    "yle-hakkanen-kristersson-ceasefire",
    "https://yle.fi/a/74-20155000",
    "Yle News",
    p,
    "15:10",
    "Finland and Sweden weigh role in Ukraine force after a ceasefire",
    "Finland's defence minister said Finland could take part once a ceasefire holds; Sweden's PM said Sweden was ready.",
    "Yle News",
    "News",
    [
        "Finland could contribute to an international force in Ukraine once a ceasefire is in place, Defence Minister Antti Häkkänen (NCP) told Yle on Wednesday.",
        '"Finland\'s main contribution is the defence of our own long border with Russia, but we are ready to look at a role once the guns fall silent," Häkkänen said.',
        'In Stockholm, the Swedish prime minister said Sweden was ready to contribute troops to the coalition\'s reassurance force. "Sweden will do its part," Ulf Kristersson told reporters.',
        "Finland's border with Russia has been closed since late 2023 amid what Helsinki describes as instrumentalised migration.",
        "The government also announced a new package of 200 million euros in military aid, its 28th since the start of the full-scale invasion.",
    ],
    [
        S("Antti Häkkänen", "Defence Minister", "FI", wd(p, "wednesday"), "conditional", "peacekeepers"),
        S(
            "Ulf Kristersson",
            "Prime Minister",
            "SE",
            p,
            "support",
            "reassurance_force",
            "Sweden will do its part",
        ),
    ],
    template=11,
)

p = "2025-03-20"
page(
    "hungarytoday-orban-szijjarto-fico",
    "https://hungarytoday.hu/orban-no-hungarian-soldiers-ukraine-european-force/",
    "Hungary Today",
    p,
    "08:55",
    "Orbán: No Hungarian Soldiers for a European Force in Ukraine",
    "Hungary and Slovakia will not take part in any European military mission in Ukraine.",
    "Hungary Today",
    "Politics",
    [
        "Hungary will not send soldiers to Ukraine and considers the plans of some Western European countries to deploy troops a dangerous mistake, Prime Minister Viktor Orbán said in his regular Friday radio interview.",
        '"Hungarian soldiers will not be sent to Ukraine, neither now nor after a ceasefire," Orbán said on Kossuth Radio last Friday.',
        'Speaking in Bratislava on Tuesday, Slovak Prime Minister Robert Fico said Slovakia would not contribute to any peacekeeping mission in Ukraine. "Not a single Slovak soldier," Fico said.',
        "Foreign Minister Péter Szijjártó said Hungary would also continue to block the EU's plan to finance weapons for Ukraine.",
        "Hungary's inflation rate fell to 5.6 percent in February, the Central Statistical Office said.",
        "Related articles: Hungarian government extends price caps; Budapest hosts CPAC Hungary",
    ],
    [
        S(
            "Viktor Orbán",
            "Prime Minister",
            "HU",
            "2025-03-14",
            "oppose",
            "peacekeepers",
            "neither now nor after a ceasefire",
        ),
        S(
            "Robert Fico",
            "Prime Minister",
            "SK",
            wd(p, "tuesday"),
            "oppose",
            "peacekeepers",
            "Not a single Slovak soldier",
        ),
    ],
    template=12,
)

p = "2025-09-05"
page(
    "france24-coalition-reassurance-summit",
    "https://www.france24.com/en/europe/20250905-coalition-of-willing-reassurance-force-paris-summit-reactions",
    "France 24",
    p,
    "13:25",
    "Coalition of the willing: 26 countries pledge to join Ukraine reassurance force",
    "Macron said 26 countries had pledged to contribute to the force the day after a ceasefire. Italy and Germany remain cautious.",
    "FRANCE 24",
    "Europe",
    [
        'Twenty-six countries have pledged to deploy troops to Ukraine as part of a "reassurance force" or to contribute on land, at sea or in the air once a ceasefire is agreed, French President Emmanuel Macron said on Thursday.',
        '"The day the conflict stops, the security guarantees will be deployed," Macron told a news conference at the Élysée, with Ukrainian President Volodymyr Zelensky at his side.',
        'Zelensky welcomed the pledges, saying it was "the first serious concrete step" in a long time towards guarantees for Ukraine, and called for European troops to be deployed as soon as possible.',
        "Italian Prime Minister Giorgia Meloni reiterated that Italy would not send troops to Ukraine but could help monitor a ceasefire from outside the country.",
        "Germany would decide on a military contribution at a later stage, a government spokesperson in Berlin said.",
        "Oil prices edged higher on Friday after the announcement of new US sanctions on buyers of Russian oil.",
        "The coalition also discussed financing for Ukraine's armed forces through frozen Russian assets.",
    ],
    [
        S(
            "Emmanuel Macron",
            "President",
            "FR",
            wd(p, "thursday"),
            "conditional",
            "reassurance_force",
            "The day the conflict stops",
        ),
        S(
            "Volodymyr Zelensky",
            "President",
            "UA",
            p,
            "support",
            "reassurance_force",
            "the first serious concrete step",
        ),
        S("Giorgia Meloni", "Prime Minister", "IT", p, "oppose", "reassurance_force"),
    ],
    template=13,
)

p = "2024-05-24"
page(
    "defensenews-brown-blair-trainers",
    "https://www.defensenews.com/global/2024/05/24/us-general-warns-nato-trainers-in-ukraine-would-be-at-risk/",
    "Defense News",
    p,
    "19:40",
    "US general warns NATO trainers in Ukraine would be at risk; Canada open to idea",
    "The top US military officer says deploying NATO trainers into Ukraine would put them in danger.",
    "Stephen Losey",
    "Global",
    [
        "WASHINGTON — Deploying NATO military trainers inside Ukraine would put them at risk from Russian strikes and would require diverting scarce air defenses to protect them, the top U.S. military officer said on Thursday.",
        '"We\'d have to protect them, and that would take air defense away from the Ukrainians," Gen. Charles Q. Brown, chairman of the Joint Chiefs of Staff, told reporters traveling with him.',
        "Canadian Defence Minister Bill Blair, in contrast, said Ottawa was open to sending Canadian trainers to Ukraine and was discussing the idea with allies.",
        "The Pentagon announced a new $275 million weapons package for Ukraine, including HIMARS ammunition and artillery rounds.",
        "Ukraine's forces are trying to hold back a Russian offensive near Kharkiv, the country's second-largest city.",
        "Get the latest defense news delivered to your inbox. Sign up.",
    ],
    [
        S(
            "Charles Q. Brown",
            "Chairman of the Joint Chiefs of Staff",
            "US",
            wd(p, "thursday"),
            "oppose",
            "trainers",
        ),
        S("Bill Blair", "Defence Minister", "CA", p, "support", "trainers"),
    ],
    template=14,
)

p = "2025-02-24"
page(
    "euronews-denmark-ready-poll",
    "https://www.euronews.com/my-europe/2025/02/24/denmark-ready-in-principle-to-send-troops-poll-shows-danes-back-it",
    "Euronews",
    p,
    "10:05",
    "Denmark ready 'in principle' to send troops to Ukraine as poll shows Danes back it",
    "Copenhagen says it could take part in securing a ceasefire; a majority of Danes agree.",
    "Maria Psara",
    "My Europe",
    [
        "Denmark's government says it is ready in principle to send troops to Ukraine to help secure a ceasefire, as a new poll shows most Danes back the idea.",
        '"If a European presence is needed to secure a ceasefire, Denmark is in principle ready to take part," Foreign Minister Lars Løkke Rasmussen told broadcaster TV2 on Saturday.',
        "Defence Minister Troels Lund Poulsen said it was too early to say how many Danish soldiers could be involved.",
        "According to a Voxmeter survey for Ritzau, 55.4 percent of Danes support sending Danish soldiers as part of a peacekeeping force, and 26.1 percent oppose it.",
        "Denmark also announced a new 6.5 billion kroner package of military aid, its 24th, focused on artillery and air defence.",
        "The government has been under pressure since US President Donald Trump renewed his calls to take control of Greenland.",
        "In neighbouring Norway, Prime Minister Jonas Gahr Støre said Oslo would wait for a clearer picture of any peace talks before deciding whether to send soldiers.",
    ],
    [
        S(
            "Lars Løkke Rasmussen",
            "Foreign Minister",
            "DK",
            wd(p, "saturday"),
            "conditional",
            "peacekeepers",
            "Denmark is in principle ready to take part",
        ),
        S("Troels Lund Poulsen", "Defence Minister", "DK", p, "neutral", "peacekeepers"),
        S("Jonas Gahr Støre", "Prime Minister", "NO", p, "neutral", "peacekeepers"),
    ],
    [
        P(
            "DK",
            p,
            "Voxmeter for Ritzau",
            55.4,
            26.1,
            "sending Danish soldiers as part of a peacekeeping force",
        )
    ],
    template=0,
)

p = "2025-03-28"
page(
    "kyivindependent-paris-summit-reassurance",
    "https://kyivindependent.com/allies-agree-reassurance-force-paris-summit-no-unanimity/",
    "The Kyiv Independent",
    p,
    "09:30",
    "Allies back reassurance force at Paris summit, but 'no unanimity'",
    "France and the UK will lead a reassurance force for Ukraine after a peace deal, but several allies will not take part.",
    "Martin Fornusek",
    "Ukraine",
    [
        "Ukraine's allies meeting in Paris on March 27 agreed that a reassurance force led by France and the U.K. could be deployed to Ukraine after a peace deal, although not all of them will take part.",
        '"There is no unanimity," French President Emmanuel Macron said after the summit on Thursday. "But we don\'t need unanimity to do it."',
        'Speaking at a press conference in Paris late on Thursday, President Volodymyr Zelenskyy welcomed the plan. "We need clear answers about what this contingent will do and who will command it," he added.',
        "Ukrainian officials, speaking on condition of anonymity, told the Kyiv Independent that they expect the force to number between 10,000 and 30,000 troops.",
        "Andriy Yermak, the head of Ukraine's presidential office, said on X that Ukraine had received a new batch of Patriot missiles.",
        "Russian drones struck Dnipro overnight, injuring at least 15 people, local authorities said.",
        "Italian Prime Minister Giorgia Meloni has repeatedly ruled out sending Italian troops.",
    ],
    [
        S(
            "Emmanuel Macron",
            "President",
            "FR",
            wd(p, "thursday"),
            "support",
            "reassurance_force",
            "we don't need unanimity to do it",
        ),
        S("Volodymyr Zelenskyy", "President", "UA", wd(p, "thursday"), "support", "reassurance_force"),
        S("Giorgia Meloni", "Prime Minister", "IT", p, "oppose", "reassurance_force"),
    ],
    template=1,
)

p = "2025-03-01"
page(
    "lemonde-barrot-bayrou-ifop",
    "https://www.lemonde.fr/en/politics/article/2025/03/01/barrot-france-ready-to-send-troops-to-guarantee-peace-in-ukraine",
    "Le Monde in English",
    p,
    "12:00",
    "Barrot: France ready to send troops to guarantee a peace in Ukraine, with US support",
    "The foreign minister said French troops would not be on the front line; parliament would be consulted, the prime minister said.",
    "Philippe Ricard",
    "Politics",
    [
        "France is ready to send troops to Ukraine as part of a force to guarantee a future peace agreement, Foreign Minister Jean-Noël Barrot said on Thursday, but only if the United States provides support.",
        '"There will be no French troops on the front line," Barrot told France Inter.',
        "Prime Minister François Bayrou told the National Assembly on Wednesday that parliament would be consulted before any deployment.",
        'Marine Le Pen, who leads the Rassemblement National\'s deputies, said sending French soldiers to Ukraine would be "madness".',
        "An Ifop poll for Sud Radio published on Friday found that 52% of French people favoured sending French troops as part of a peacekeeping force, against 48%.",
        "The government is also preparing a debate on raising defence spending, with Bayrou warning that the budget would need difficult choices.",
        "Subscribers only: read our full analysis of France's nuclear deterrence debate.",
    ],
    [
        S("Jean-Noël Barrot", "Foreign Minister", "FR", wd(p, "thursday"), "conditional", "peacekeepers"),
        S("François Bayrou", "Prime Minister", "FR", wd(p, "wednesday"), "neutral", "peacekeepers"),
        S("Marine Le Pen", "Parliamentary Group Leader", "FR", p, "oppose", "peacekeepers", "madness"),
    ],
    [
        P(
            "FR",
            wd(p, "friday"),
            "Ifop for Sud Radio",
            52,
            48,
            "sending French troops as part of a peacekeeping force",
        )
    ],
    template=2,
)

p = "2025-03-24"
page(
    "politico-witkoff-posture-pose",
    "https://www.politico.com/news/2025/03/24/witkoff-european-troops-ukraine-posture-pose-00246000",
    "Politico",
    p,
    "17:45",
    "Witkoff dismisses European troop plan for Ukraine as 'a posture and a pose'",
    "Trump's envoy mocked the UK-led reassurance force; London hit back.",
    "Eric Bazail-Eimil",
    "Foreign Affairs",
    [
        'President Donald Trump\'s special envoy Steve Witkoff dismissed the British-led plan to send European troops to Ukraine as "a combination of a posture and a pose" in an interview with Tucker Carlson released on Friday.',
        "Secretary of State Marco Rubio said on Sunday that any security guarantees for Ukraine were for the Europeans to work out and that the U.S. was focused on a ceasefire.",
        'In London, Defence Secretary John Healey defended the plan. "The UK is ready to lead a reassurance force in Ukraine, and we are serious about it," he said.',
        "Witkoff is due to meet Russian officials in Saudi Arabia this week for talks on a Black Sea ceasefire.",
        "The administration is also weighing new tariffs on European cars, a move that has angered EU officials.",
        "CORRECTION: An earlier version of this article misstated the date of the Carlson interview.",
    ],
    [
        S(
            "Steve Witkoff",
            "Special Envoy",
            "US",
            wd(p, "friday"),
            "oppose",
            "reassurance_force",
            "a combination of a posture and a pose",
        ),
        S("Marco Rubio", "Secretary of State", "US", wd(p, "sunday"), "neutral", "peacekeepers"),
        S(
            "John Healey",
            "Defence Secretary",
            "GB",
            p,
            "support",
            "reassurance_force",
            "The UK is ready to lead a reassurance force",
        ),
    ],
    template=3,
)

p = "2025-03-04"
page(
    "lsm-braze-rinkevics-skds",
    "https://eng.lsm.lv/article/politics/politics/latvia-would-consider-sending-troops-to-ukraine-after-ceasefire.a590000/",
    "LSM",
    p,
    "14:20",
    "Latvia would consider sending troops to Ukraine after a ceasefire",
    "The foreign minister says Latvia could take part; the president says it is too early.",
    "LSM English",
    "Politics",
    [
        "Latvia would consider sending soldiers to Ukraine if a ceasefire is agreed, Foreign Minister Baiba Braže said on Monday.",
        '"Latvia is ready to look at participation once the guns are silent," Braže told Latvian Radio.',
        "President Edgars Rinkēvičs said it was too early to speak about Latvian soldiers in Ukraine.",
        "A survey by the SKDS research centre found that one in three Latvians (33%) support sending Latvian soldiers to a peacekeeping mission in Ukraine, while 51% are against.",
        "The Saeima is also debating the withdrawal from the Ottawa Convention banning anti-personnel mines.",
        "Latvia plans to spend more than 4% of GDP on defence next year.",
    ],
    [
        S(
            "Baiba Braže",
            "Foreign Minister",
            "LV",
            wd(p, "monday"),
            "conditional",
            "peacekeepers",
            "once the guns are silent",
        ),
        S("Edgars Rinkēvičs", "President", "LV", p, "neutral", "peacekeepers"),
    ],
    [P("LV", p, "SKDS", 33, 51, "sending Latvian soldiers to a peacekeeping mission in Ukraine")],
    template=4,
)
