# ruff: noqa: E501  (gold data: long text lines are the documents themselves)
from goldkit import P, S, wd

D = []


def doc(n, url, outlet, pub, title, text, st=(), po=()):
    D.append(
        dict(
            doc_id=f"ho-{n:02d}",
            url=url,
            outlet=outlet,
            published=pub,
            title=title,
            text=text,
            st=list(st),
            po=list(po),
        )
    )


p = "2024-02-27"
doc(
    1,
    "https://www.reuters.com/world/europe/macron-says-western-troops-ukraine-cannot-be-ruled-out-2024-02-27/",
    "Reuters",
    p,
    "Macron says sending Western troops to Ukraine cannot be ruled out",
    'French President Emmanuel Macron said on Monday that sending Western ground troops to Ukraine could not be ruled out, although there was no consensus on the matter at a meeting of European leaders in Paris. "There is no consensus today to send in an official, endorsed manner troops on the ground. But in terms of dynamics, nothing should be excluded," Macron told a news conference.',
    [
        S(
            "Emmanuel Macron",
            "President",
            "FR",
            wd(p, "monday"),
            "support",
            "combat_troops",
            "nothing should be excluded",
        )
    ],
)

doc(
    2,
    "https://www.dw.com/en/scholz-rules-out-ground-troops-for-ukraine/a-68373100",
    "DW",
    p,
    "Scholz rules out sending German ground troops to Ukraine",
    'German Chancellor Olaf Scholz on Tuesday ruled out sending ground troops to Ukraine, a day after French President Emmanuel Macron floated the idea. "What was agreed from the outset among ourselves and with each other also applies to the future, namely that there will be no ground troops, no soldiers on Ukrainian soil who are sent there by European states or NATO states," Scholz said at an event in Freiburg.',
    [
        S("Olaf Scholz", "Chancellor", "DE", p, "oppose", "combat_troops", "there will be no ground troops"),
        S("Emmanuel Macron", "President", "FR", "2024-02-26", "support", "combat_troops", None),
    ],
)

doc(
    3,
    "https://apnews.com/article/poland-czech-troops-ukraine-tusk-fiala-2024",
    "Associated Press",
    p,
    "Poland and Czech Republic say they won't send troops to Ukraine",
    "Polish Prime Minister Donald Tusk said Tuesday that Poland will not send its own troops to Ukraine. Czech Prime Minister Petr Fiala said his country also had no desire to send soldiers, adding that Prague would instead focus on its initiative to buy artillery ammunition for Kyiv outside the European Union.",
    [
        S("Donald Tusk", "Prime Minister", "PL", p, "oppose", "combat_troops"),
        S("Petr Fiala", "Prime Minister", "CZ", p, "oppose", "combat_troops"),
    ],
)

doc(
    4,
    "https://tass.com/politics/1753011",
    "TASS",
    p,
    "Kremlin warns NATO troops in Ukraine would make conflict with Russia inevitable",
    'If NATO countries sent their troops to Ukraine, a direct conflict between Russia and the alliance would become not a probability but an inevitability, Kremlin spokesman Dmitry Peskov told journalists. "The very fact of discussing the possibility of sending certain contingents to Ukraine from NATO countries is a very important new element," Peskov said.',
    [S("Dmitry Peskov", "Kremlin spokesman", "RU", p, "oppose", "combat_troops", "inevitability")],
)

doc(
    5,
    "https://www.reuters.com/world/europe/nato-has-no-plans-combat-troops-ukraine-stoltenberg-2024-02-27/",
    "Reuters",
    p,
    "NATO has no plans to send combat troops to Ukraine, Stoltenberg says",
    '"There are no plans for NATO combat troops on the ground in Ukraine," NATO Secretary General Jens Stoltenberg told the Associated Press on Tuesday. Stoltenberg also urged allies to step up deliveries of air defence systems and artillery ammunition to Kyiv.',
    [
        S(
            "Jens Stoltenberg",
            "Secretary General",
            "NATO",
            p,
            "neutral",
            "combat_troops",
            "There are no plans for NATO combat troops on the ground in Ukraine",
        )
    ],
)

p = "2024-03-01"
doc(
    6,
    "https://www.ansa.it/english/news/politics/2024/03/01/tajani-no-italian-troops-ukraine.html",
    "ANSA",
    p,
    "Tajani: no Italian troops for Ukraine",
    'Italy will not send soldiers to fight in Ukraine, Foreign Minister Antonio Tajani said on Wednesday. "We are not at war with Russia, and sending Italian troops is not on the table," he said. Tajani also said Rome would approve its ninth package of military aid to Kyiv in the coming weeks.',
    [
        S(
            "Antonio Tajani",
            "Foreign Minister",
            "IT",
            wd(p, "wednesday"),
            "oppose",
            "combat_troops",
            "sending Italian troops is not on the table",
        )
    ],
)

p = "2024-03-09"
doc(
    7,
    "https://notesfrompoland.com/2024/03/09/presence-of-nato-troops-in-ukraine-not-unthinkable-says-sikorski/",
    "Notes from Poland",
    p,
    'Presence of NATO troops in Ukraine "not unthinkable", says Polish foreign minister',
    'Speaking in the Sejm on Friday at an event marking 25 years of Poland\'s membership of NATO, Foreign Minister Radosław Sikorski said the presence of NATO forces in Ukraine "is not unthinkable". "I appreciate the initiative of President Macron, because it is about Putin being afraid of us, not us being afraid of Putin," Sikorski added.',
    [
        S(
            "Radosław Sikorski",
            "Foreign Minister",
            "PL",
            wd(p, "friday"),
            "support",
            "combat_troops",
            "is not unthinkable",
        )
    ],
)

p = "2024-03-20"
doc(
    8,
    "https://www.politico.eu/article/giorgia-meloni-italy-against-sending-troops-ukraine/",
    "Politico Europe",
    p,
    "Meloni: Italy against sending troops to Ukraine",
    "Italy's prime minister, Giorgia Meloni, told the Senate on Tuesday that her government was against sending soldiers to Ukraine, warning that such a step would risk a dangerous escalation. \"Our position is clear: we are not in favour of sending troops,\" Meloni said ahead of this week's European Council summit in Brussels.",
    [
        S(
            "Giorgia Meloni",
            "Prime Minister",
            "IT",
            wd(p, "tuesday"),
            "oppose",
            "combat_troops",
            "we are not in favour of sending troops",
        )
    ],
)

p = "2024-03-15"
doc(
    9,
    "https://www.euronews.com/my-europe/2024/03/15/orban-fico-no-soldiers-ukraine",
    "Euronews",
    p,
    "Orbán and Fico say no Hungarian or Slovak soldiers for Ukraine",
    "Hungarian Prime Minister Viktor Orbán said Hungary would not send weapons or soldiers to Ukraine under any circumstances. Slovak Prime Minister Robert Fico, who revealed last month that some NATO and EU members were weighing bilateral deployments, said Slovakia would not be one of them. Separately, EU ambassadors agreed to top up the European Peace Facility by €5 billion.",
    [
        S("Viktor Orbán", "Prime Minister", "HU", p, "oppose", "combat_troops"),
        S("Robert Fico", "Prime Minister", "SK", p, "oppose", "combat_troops"),
    ],
)

p = "2024-05-03"
doc(
    10,
    "https://www.france24.com/en/europe/20240503-macron-economist-interview-troops-ukraine",
    "France 24",
    p,
    "Macron repeats he does not rule out sending troops to Ukraine",
    'In an interview with The Economist published on May 2, French President Emmanuel Macron said that if Russia broke through the front lines and Kyiv asked for it, "we would legitimately have to ask ourselves this question" of sending troops. The Elysee said the president\'s remarks were consistent with his comments in February.',
    [
        S(
            "Emmanuel Macron",
            "President",
            "FR",
            "2024-05-02",
            "conditional",
            "combat_troops",
            "we would legitimately have to ask ourselves this question",
        )
    ],
)

p = "2024-05-28"
doc(
    11,
    "https://www.kyivpost.com/post/33120",
    "Kyiv Post",
    p,
    "Syrskyi says French instructors will soon visit Ukrainian training centers",
    "Ukraine's Commander-in-Chief Oleksandr Syrskyi said on Monday he had signed the documents that would allow the first French military instructors to visit Ukrainian training centres soon. \"I welcome France's initiative to send instructors to Ukraine to train Ukrainian servicemen,\" Syrskyi wrote on Telegram. Ukraine's defence ministry later said that talks with Paris were continuing and that no final decision had been made.",
    [
        S(
            "Oleksandr Syrskyi",
            "Commander-in-Chief",
            "UA",
            wd(p, "monday"),
            "support",
            "trainers",
            "I welcome France's initiative to send instructors to Ukraine",
        )
    ],
)

p = "2024-06-12"
doc(
    12,
    "https://news.err.ee/1609370000/tsahkna-estonia-should-not-rule-out-sending-troops-to-western-ukraine",
    "ERR News",
    p,
    "Tsahkna: Estonia should not rule out sending troops to western Ukraine",
    'Estonia should be ready to consider sending troops to western Ukraine to take over rear-guard duties and free up Ukrainian soldiers for the front, Foreign Minister Margus Tsahkna told the BBC in an interview published on Tuesday. "We should not rule it out," he said. The minister also called on allies to lift restrictions on strikes on military targets inside Russia.',
    [
        S(
            "Margus Tsahkna",
            "Foreign Minister",
            "EE",
            wd(p, "tuesday"),
            "support",
            "combat_troops",
            "We should not rule it out",
        )
    ],
)

p = "2024-12-12"
doc(
    13,
    "https://www.reuters.com/world/europe/poland-will-not-send-troops-ukraine-after-ceasefire-tusk-2024-12-12/",
    "Reuters",
    p,
    "Poland will not send troops to Ukraine after any ceasefire, Tusk says",
    'Poland will not send its soldiers to Ukraine to monitor any future ceasefire, Prime Minister Donald Tusk said on Thursday after talks in Warsaw with French President Emmanuel Macron. "Decisions regarding Poland will be made in Warsaw and only in Warsaw," Tusk told a joint news conference, adding that Poland would instead focus on securing its own border.',
    [
        S(
            "Donald Tusk",
            "Prime Minister",
            "PL",
            p,
            "oppose",
            "peacekeepers",
            "Decisions regarding Poland will be made in Warsaw and only in Warsaw",
        )
    ],
)

p = "2024-12-19"
doc(
    14,
    "https://www.lrt.lt/en/news-in-english/19/2440000/nauseda-lithuania-ready-to-send-troops-to-ukraine-after-ceasefire",
    "LRT",
    p,
    "Nausėda: Lithuania ready to contribute troops after a ceasefire",
    "Lithuania would be ready to contribute soldiers to a peacekeeping mission in Ukraine once a ceasefire is reached, President Gitanas Nausėda told LRT Radio on Wednesday. Foreign Minister Kęstutis Budrys said discussions about such a mission were premature while the fighting continued.",
    [
        S("Gitanas Nausėda", "President", "LT", wd(p, "wednesday"), "conditional", "peacekeepers"),
        S("Kęstutis Budrys", "Foreign Minister", "LT", p, "neutral", "peacekeepers", "premature"),
    ],
)

p = "2025-01-22"
doc(
    15,
    "https://www.politico.eu/article/volodymyr-zelenskyy-200000-european-peacekeepers-davos/",
    "Politico Europe",
    p,
    "Zelenskyy: Ukraine would need at least 200,000 European peacekeepers",
    'At least 200,000 European peacekeepers would be needed to guarantee any peace settlement with Russia, Ukrainian President Volodymyr Zelenskyy said on Tuesday. "Two hundred thousand is the minimum, otherwise it is nothing," Zelenskyy told Bloomberg on the sidelines of the World Economic Forum in Davos.',
    [
        S(
            "Volodymyr Zelensky",
            "President",
            "UA",
            wd(p, "tuesday"),
            "support",
            "peacekeepers",
            "Two hundred thousand is the minimum",
        )
    ],
)

p = "2025-02-13"
doc(
    16,
    "https://www.reuters.com/world/europe/hegseth-no-us-troops-ukraine-article-5-2025-02-13/",
    "Reuters",
    p,
    "Hegseth says no U.S. troops will be deployed to Ukraine",
    "No U.S. troops will be deployed to Ukraine as part of any security guarantee, and European peacekeepers sent there would not be covered by NATO's Article 5 mutual defence clause, U.S. Defense Secretary Pete Hegseth told the Ukraine Defense Contact Group in Brussels on Wednesday. Hegseth also said that returning to Ukraine's pre-2014 borders was an unrealistic objective.",
    [
        S(
            "Pete Hegseth",
            "Secretary of Defense",
            "US",
            wd(p, "wednesday"),
            "oppose",
            "peacekeepers",
            "No U.S. troops will be deployed",
        )
    ],
)

p = "2025-02-17"
doc(
    17,
    "https://news.sky.com/story/starmer-ready-to-put-uk-troops-on-the-ground-in-ukraine-13310000",
    "Sky News",
    p,
    "Starmer: UK ready and willing to put troops on the ground in Ukraine",
    'Britain is ready and willing to put its own troops on the ground in Ukraine if necessary to help guarantee a lasting peace, Prime Minister Keir Starmer wrote in the Daily Telegraph late on Sunday. "I do not say that lightly," Starmer wrote. "I feel very deeply the responsibility that comes with potentially putting British servicemen and women in harm\'s way."',
    [
        S(
            "Keir Starmer",
            "Prime Minister",
            "GB",
            wd(p, "sunday"),
            "support",
            "peacekeepers",
            "ready and willing",
        )
    ],
)

doc(
    18,
    "https://www.thelocal.se/20250217/sweden-not-ruling-out-peacekeepers-ukraine",
    "The Local Sweden",
    p,
    "Sweden 'not ruling anything out' on Ukraine peacekeepers",
    '"We are not ruling anything out," Sweden\'s Foreign Minister Maria Malmer Stenergard told public broadcaster Sveriges Radio when asked whether Swedish soldiers could join a peacekeeping force in Ukraine. First, she said, a just and lasting peace must be negotiated that respects international law.',
    [
        S(
            "Maria Malmer Stenergard",
            "Foreign Minister",
            "SE",
            p,
            "conditional",
            "peacekeepers",
            "We are not ruling anything out",
        )
    ],
)

p = "2025-02-18"
doc(
    19,
    "https://www.dw.com/en/scholz-irritated-by-debate-on-peacekeepers-for-ukraine/a-71660000",
    "DW",
    p,
    "Scholz calls debate on Ukraine peacekeepers 'highly inappropriate'",
    'German Chancellor Olaf Scholz said on Monday that it was "completely premature" and "highly inappropriate" to discuss sending peacekeepers to Ukraine while the war was still raging. "I am even a little irritated by these debates," Scholz told reporters after the emergency meeting of European leaders in Paris. Defence Minister Boris Pistorius said the debate was coming too early.',
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
        S("Boris Pistorius", "Defence Minister", "DE", p, "neutral", "peacekeepers", "too early"),
    ],
)

doc(
    20,
    "https://www.reuters.com/world/europe/meloni-says-european-troops-least-effective-option-2025-02-18/",
    "Reuters",
    p,
    "Meloni tells EU leaders European troops in Ukraine 'least effective' option",
    'Italian Prime Minister Giorgia Meloni told fellow leaders in Paris on Monday that deploying European troops to Ukraine to guarantee a future peace deal was "the most complex and least effective" of the options being discussed, according to a source in her office. Meanwhile, officials said a new EU sanctions package targeting Russia\'s shadow fleet was close to agreement.',
    [
        S(
            "Giorgia Meloni",
            "Prime Minister",
            "IT",
            wd(p, "monday"),
            "oppose",
            "peacekeepers",
            "the most complex and least effective",
        )
    ],
)

doc(
    21,
    "https://www.thelocal.dk/20250218/denmark-open-to-sending-troops-to-ukraine-frederiksen",
    "The Local Denmark",
    p,
    "Denmark open to sending troops to Ukraine, Frederiksen says",
    'Denmark is open to sending troops to Ukraine as part of a peacekeeping force, Prime Minister Mette Frederiksen said after the Paris meeting. "There are many things we do not know yet, but we are open to it," she said. Defence Minister Troels Lund Poulsen said the government had not yet decided how many soldiers it could offer.',
    [
        S("Mette Frederiksen", "Prime Minister", "DK", p, "support", "peacekeepers", "we are open to it"),
        S("Troels Lund Poulsen", "Defence Minister", "DK", p, "neutral", "peacekeepers"),
    ],
)

doc(
    22,
    "https://notesfrompoland.com/2025/02/18/poland-will-not-send-soldiers-to-ukraine-defence-minister/",
    "Notes from Poland",
    p,
    "Poland will not send soldiers to Ukraine, defence minister confirms",
    '"We have no intention of sending Polish soldiers to Ukraine," Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz said on Monday. Poland would instead provide logistical and political support to any peacekeeping mission from its own territory, the minister said.',
    [
        S(
            "Władysław Kosiniak-Kamysz",
            "Defence Minister",
            "PL",
            wd(p, "monday"),
            "oppose",
            "peacekeepers",
            "We have no intention of sending Polish soldiers to Ukraine",
        )
    ],
)

doc(
    23,
    "https://english.elpais.com/international/2025-02-18/albares-too-early-to-talk-about-troops-in-ukraine.html",
    "El País English",
    p,
    "Albares: far too early to talk about Spanish troops in Ukraine",
    'Spanish Foreign Minister José Manuel Albares said it was far too early to discuss a possible peacekeeping mission in Ukraine. "Nobody is talking about that yet," Albares told Onda Cero radio on Sunday.',
    [
        S(
            "José Manuel Albares",
            "Foreign Minister",
            "ES",
            wd(p, "sunday"),
            "neutral",
            "peacekeepers",
            "Nobody is talking about that yet",
        )
    ],
)

p = "2025-02-19"
doc(
    24,
    "https://www.bloomberg.com/news/articles/2025-02-19/lavrov-says-nato-troops-in-ukraine-unacceptable-under-any-flag",
    "Bloomberg",
    p,
    "Lavrov says troops from NATO nations in Ukraine unacceptable under any flag",
    'Russian Foreign Minister Sergei Lavrov said on Tuesday that the deployment of troops from NATO countries to Ukraine as peacekeepers, even under a different flag, would be unacceptable to Moscow. "The appearance of armed forces from NATO countries under a foreign flag, under the flag of the European Union or under national flags does not change anything. Of course, this is unacceptable to us," Lavrov told reporters in Riyadh after talks with U.S. Secretary of State Marco Rubio.',
    [
        S(
            "Sergei Lavrov",
            "Foreign Minister",
            "RU",
            wd(p, "tuesday"),
            "oppose",
            "peacekeepers",
            "unacceptable to us",
        )
    ],
)

doc(
    25,
    "https://yle.fi/a/74-20144000",
    "Yle News",
    p,
    "Stubb: Finland could help secure a ceasefire in Ukraine, with conditions",
    "Finland could take part in securing a ceasefire in Ukraine, but only after a peace agreement has been reached and with the United States involved, President Alexander Stubb said in an interview with Yle published on Tuesday. Stubb also said Finland would continue its defence cooperation with Kyiv.",
    [S("Alexander Stubb", "President", "FI", wd(p, "tuesday"), "conditional", "peacekeepers")],
)

doc(
    26,
    "https://www.newsinenglish.no/2025/02/19/store-does-not-rule-out-norwegian-troops/",
    "News in English (Norway)",
    p,
    "Støre doesn't rule out Norwegian troops for Ukraine",
    'Norwegian Prime Minister Jonas Gahr Støre said Norway did not rule out contributing soldiers to a security force that would uphold a future peace agreement in Ukraine. "We are not excluding anything," Støre told NRK.',
    [
        S(
            "Jonas Gahr Støre",
            "Prime Minister",
            "NO",
            p,
            "support",
            "peacekeepers",
            "We are not excluding anything",
        )
    ],
)

p = "2025-02-20"
doc(
    27,
    "https://www.theguardian.com/politics/2025/feb/20/yougov-poll-britons-support-uk-peacekeepers-ukraine",
    "The Guardian",
    p,
    "Half of Britons back sending UK peacekeepers to Ukraine, poll finds",
    "A YouGov poll published on Tuesday found that 50% of Britons would support sending British troops to Ukraine as peacekeepers as part of a ceasefire agreement, while 30% would oppose it. Among Conservative voters, support rose to 58%. The survey also found that 62% of Britons back continuing military aid to Kyiv.",
    po=[
        P(
            "GB",
            wd(p, "tuesday"),
            "YouGov",
            50,
            30,
            "support sending British troops to Ukraine as peacekeepers as part of a ceasefire agreement",
        )
    ],
)

doc(
    28,
    "https://www.dw.com/en/germans-split-over-bundeswehr-peacekeepers-ukraine-forsa/a-71680000",
    "DW",
    p,
    "Majority of Germans against Bundeswehr peacekeeping mission in Ukraine",
    "Some 49 percent of Germans oppose the Bundeswehr taking part in a peacekeeping mission in Ukraine, while 44 percent are in favor, according to a Forsa survey for broadcasters RTL and ntv published on Thursday. In eastern Germany, opposition was considerably higher.",
    po=[
        P(
            "DE",
            p,
            "Forsa for RTL and ntv",
            44,
            49,
            "Bundeswehr taking part in a peacekeeping mission in Ukraine",
        )
    ],
)

p = "2025-03-03"
doc(
    29,
    "https://www.bbc.com/news/articles/starmer-coalition-of-the-willing-lancaster-house",
    "BBC News",
    p,
    "Starmer says UK and France will lead 'coalition of the willing'",
    'Sir Keir Starmer said on Sunday that the UK and France would lead a "coalition of the willing" to defend a deal in Ukraine and guarantee the peace. "The UK is prepared to back this with boots on the ground and planes in the air, together with others," the prime minister told a news conference at Lancaster House. He added that Europe must do the heavy lifting, but that the effort would need strong US backing to succeed.',
    [
        S(
            "Keir Starmer",
            "Prime Minister",
            "GB",
            wd(p, "sunday"),
            "conditional",
            "peacekeepers",
            "boots on the ground and planes in the air",
        )
    ],
)

doc(
    30,
    "https://www.abc.net.au/news/2025-03-03/albanese-open-to-peacekeepers-ukraine/105000000",
    "ABC News (Australia)",
    p,
    "Albanese open to Australian peacekeepers in Ukraine",
    'Prime Minister Anthony Albanese said on Monday his government was open to contributing to a peacekeeping force in Ukraine. "We\'re open to considering any proposals going forward," he said. Opposition Leader Peter Dutton said sending Australian troops was not something Australia should be doing.',
    [
        S(
            "Anthony Albanese",
            "Prime Minister",
            "AU",
            p,
            "support",
            "peacekeepers",
            "We're open to considering any proposals",
        ),
        S("Peter Dutton", "Opposition Leader", "AU", p, "oppose", "peacekeepers"),
    ],
)

doc(
    31,
    "https://www.cbc.ca/news/politics/trudeau-london-summit-ukraine-security-1.7473000",
    "CBC News",
    p,
    "Canada ready to consider role in Ukraine security mission, Trudeau says",
    'Canada is ready to consider contributing troops to a security mission that would uphold a peace deal in Ukraine, Prime Minister Justin Trudeau said in London on Sunday. "Everything is on the table," Trudeau said, adding that Canada would also keep up its sanctions on Russia.',
    [
        S(
            "Justin Trudeau",
            "Prime Minister",
            "CA",
            wd(p, "sunday"),
            "support",
            "peacekeepers",
            "Everything is on the table",
        )
    ],
)

p = "2025-03-04"
doc(
    32,
    "https://www.foxnews.com/politics/vance-minerals-deal-better-security-guarantee-than-troops",
    "Fox News",
    p,
    "Vance: minerals deal a better guarantee than troops from 'some random country'",
    "U.S. Vice President JD Vance said on Monday that an economic deal giving the United States a stake in Ukraine's minerals would be a far better security guarantee \"than 20,000 troops from some random country that hasn't fought a war in 30 or 40 years\". British and French officials reacted angrily to the remarks.",
    [
        S(
            "JD Vance",
            "Vice President",
            "US",
            wd(p, "monday"),
            "oppose",
            "peacekeepers",
            "20,000 troops from some random country",
        )
    ],
)

p = "2025-03-05"
doc(
    33,
    "https://nltimes.nl/2025/03/05/schoof-dutch-troops-ukraine-only-us-backstop",
    "NL Times",
    p,
    "Schoof: Dutch contribution to Ukraine force only with US backstop",
    'The Netherlands could contribute to a peacekeeping force in Ukraine, but only with an American security guarantee behind it, Prime Minister Dick Schoof told the Tweede Kamer on Tuesday. "Without an American backstop, it will not work," Schoof said. Defence Minister Ruben Brekelmans said earlier that it was too early to talk about numbers.',
    [
        S(
            "Dick Schoof",
            "Prime Minister",
            "NL",
            wd(p, "tuesday"),
            "conditional",
            "peacekeepers",
            "Without an American backstop, it will not work",
        ),
        S(
            "Ruben Brekelmans",
            "Defence Minister",
            "NL",
            p,
            "neutral",
            "peacekeepers",
            "too early to talk about numbers",
        ),
    ],
)

p = "2025-03-06"
doc(
    34,
    "https://www.france24.com/en/france/20250306-macron-address-european-troops-after-peace-deal",
    "France 24",
    p,
    "Macron: European troops could deploy once peace deal is signed",
    'European troops could be deployed in Ukraine once a peace deal is signed, French President Emmanuel Macron said in a televised address to the nation on Wednesday. "They would not go to fight today, they would not go to fight on the front line, but they would be there once a peace is signed, to guarantee that it is fully respected," he said.',
    [
        S(
            "Emmanuel Macron",
            "President",
            "FR",
            wd(p, "wednesday"),
            "conditional",
            "peacekeepers",
            "they would be there once a peace is signed",
        )
    ],
)

doc(
    35,
    "https://www.reuters.com/world/europe/russia-rejects-european-peacekeepers-zakharova-2025-03-06/",
    "Reuters",
    p,
    "Russia says it will not accept European peacekeepers in Ukraine",
    "Russia will not accept the presence of European peacekeepers in Ukraine under any conditions, Foreign Ministry spokeswoman Maria Zakharova said on Thursday. Such a deployment would mean the direct, official and unmasked involvement of NATO countries in the war against Russia, she told a weekly briefing.",
    [
        S(
            "Maria Zakharova",
            "Foreign Ministry spokeswoman",
            "RU",
            p,
            "oppose",
            "peacekeepers",
            "direct, official and unmasked involvement",
        )
    ],
)

p = "2025-03-07"
doc(
    36,
    "https://www.brusselstimes.com/1450000/francken-belgium-prepared-to-send-troops-to-ukraine-after-ceasefire",
    "The Brussels Times",
    p,
    "Francken: Belgium prepared to send troops to Ukraine after a ceasefire",
    'Belgium is prepared to send troops to Ukraine once a ceasefire is in place, Defence Minister Theo Francken told VRT on Thursday. "We will not be the ones who are absent," he said.',
    [
        S(
            "Theo Francken",
            "Defence Minister",
            "BE",
            wd(p, "thursday"),
            "conditional",
            "peacekeepers",
            "We will not be the ones who are absent",
        )
    ],
)

p = "2025-03-10"
doc(
    37,
    "https://www.total-croatia-news.com/news/milanovic-no-croatian-soldiers-ukraine/",
    "Total Croatia News",
    p,
    "Milanović: no Croatian soldiers for a European force in Ukraine",
    '"Croatia will not take part in this adventure," President Zoran Milanović said on Friday, adding that no Croatian soldier would join a European peacekeeping mission in Ukraine as long as he was commander-in-chief.',
    [
        S(
            "Zoran Milanović",
            "President",
            "HR",
            wd(p, "friday"),
            "oppose",
            "peacekeepers",
            "Croatia will not take part in this adventure",
        )
    ],
)

p = "2025-03-12"
doc(
    38,
    "https://news.err.ee/1609630000/michal-estonia-ready-to-send-unit-to-ukraine-reassurance-force",
    "ERR News",
    p,
    "Michal: Estonia ready to send a unit to Ukraine reassurance force",
    "Estonia is ready to send a company-sized unit to Ukraine as part of the coalition's reassurance force, provided the mission has a clear mandate, Prime Minister Kristen Michal said on Tuesday. The government also approved a further €100 million in military aid for Kyiv this year.",
    [S("Kristen Michal", "Prime Minister", "EE", wd(p, "tuesday"), "conditional", "reassurance_force")],
)

doc(
    39,
    "https://www.radio.cz/en/section/news/babis-pavel-split-czech-soldiers-ukraine",
    "Radio Prague International",
    p,
    "Babiš and Pavel split over Czech soldiers in Ukraine",
    "Andrej Babiš, the leader of the opposition ANO movement and a former prime minister, said Czech soldiers should not join any peacekeeping force in Ukraine under any circumstances. President Petr Pavel, by contrast, said the Czech Republic should be ready to contribute if a ceasefire agreement is reached.",
    [
        S("Andrej Babiš", "Opposition Leader", "CZ", p, "oppose", "peacekeepers"),
        S("Petr Pavel", "President", "CZ", p, "conditional", "peacekeepers"),
    ],
)

doc(
    40,
    "https://www.rferl.org/a/medvedev-british-french-peacekeepers-war-nato/33340000.html",
    "RFE/RL",
    p,
    "Medvedev says British and French peacekeepers would mean war with NATO",
    "A deployment of British and French peacekeepers to Ukraine would mean war between Russia and NATO, former Russian President Dmitry Medvedev, now deputy chairman of Russia's Security Council, wrote on X. Russia's Defence Ministry said on the same day its forces had captured two more villages in the Donetsk region.",
    [S("Dmitry Medvedev", "Deputy Chairman of the Security Council", "RU", p, "oppose", "peacekeepers")],
)

p = "2025-03-14"
doc(
    41,
    "https://www.forces.net/ukraine/radakin-uk-ready-lead-planning-reassurance-force",
    "Forces News",
    p,
    "UK ready to lead planning for Ukraine reassurance force, Radakin tells army chiefs",
    'At a meeting of some 30 army chiefs in Paris on March 11, UK Chief of the Defence Staff Admiral Sir Tony Radakin said Britain was ready to lead planning for a reassurance force that would deploy to Ukraine after a ceasefire. NATO Secretary General Mark Rutte said on Thursday that the discussions were taking place between individual allies and not within NATO. "These are discussions between allies, not within NATO," the NATO chief told reporters in Warsaw.',
    [
        S(
            "Tony Radakin",
            "Chief of the Defence Staff",
            "GB",
            "2025-03-11",
            "conditional",
            "reassurance_force",
        ),
        S(
            "Mark Rutte",
            "Secretary General",
            "NATO",
            wd(p, "thursday"),
            "neutral",
            "reassurance_force",
            "These are discussions between allies, not within NATO",
        ),
    ],
)

p = "2025-03-17"
doc(
    42,
    "https://www.euractiv.com/section/global-europe/news/kallas-everything-on-the-table-troops-ukraine/",
    "Euractiv",
    p,
    "Kallas: 'everything is on the table' for EU troops in Ukraine",
    'European security guarantees for Ukraine could include troops from EU member states, the EU\'s foreign policy chief Kaja Kallas said on Monday. "Everything is on the table," Kallas told reporters before a meeting of EU foreign ministers in Brussels. She also said she wanted ministers to agree on up to €40 billion in new military aid for Kyiv.',
    [
        S(
            "Kaja Kallas",
            "High Representative",
            "EU",
            p,
            "support",
            "peacekeepers",
            "Everything is on the table",
        )
    ],
)

doc(
    43,
    "https://www.ekathimerini.com/politics/mitsotakis-greece-will-not-send-troops-to-ukraine/",
    "eKathimerini",
    p,
    "Mitsotakis: Greece will not send troops to Ukraine",
    "Greece will not send troops to Ukraine as part of any peacekeeping force, Prime Minister Kyriakos Mitsotakis said, although Athens could offer support in other ways, including maritime security in the Black Sea.",
    [S("Kyriakos Mitsotakis", "Prime Minister", "GR", p, "oppose", "peacekeepers")],
)

p = "2025-03-20"
doc(
    44,
    "https://www.ansa.it/english/news/politics/2025/03/20/salvini-no-italian-soldiers-ukraine.html",
    "ANSA",
    p,
    "Salvini: no Italian soldiers to Ukraine",
    'Italian Deputy Prime Minister Matteo Salvini said on Wednesday that no Italian soldier would be sent to Ukraine. "Not a single Italian soldier will go to fight there," the League leader told reporters. A poll by SWG for La7 published on Monday found that only 27% of Italians favour sending Italian soldiers to Ukraine as part of a European peace force, against 58%.',
    [
        S(
            "Matteo Salvini",
            "Deputy Prime Minister",
            "IT",
            wd(p, "wednesday"),
            "oppose",
            "combat_troops",
            "Not a single Italian soldier will go to fight there",
        )
    ],
    [
        P(
            "IT",
            wd(p, "monday"),
            "SWG for La7",
            27,
            58,
            "sending Italian soldiers to Ukraine as part of a European peace force",
        )
    ],
)

p = "2025-03-25"
doc(
    45,
    "https://www.ukrinform.net/rubric-polytics/3970000-sybiha-foreign-contingent-could-be-part-of-security-guarantees.html",
    "Ukrinform",
    p,
    "Sybiha: foreign contingent in Ukraine could be an element of security guarantees",
    'The presence of a foreign military contingent in Ukraine could be one of the elements of security guarantees after the war, Ukrainian Foreign Minister Andrii Sybiha said on Monday. "We welcome our partners\' readiness to deploy forces," the minister said at a briefing with his Estonian counterpart Margus Tsahkna.',
    [
        S(
            "Andrii Sybiha",
            "Foreign Minister",
            "UA",
            wd(p, "monday"),
            "support",
            "peacekeepers",
            "We welcome our partners' readiness to deploy forces",
        )
    ],
)

p = "2025-04-12"
doc(
    46,
    "https://www.reuters.com/world/europe/zelenskiy-says-foreign-troops-real-security-guarantee-2025-04-12/",
    "Reuters",
    p,
    "Zelenskiy says foreign contingent would be real security guarantee",
    'A contingent of foreign troops in Ukraine would be a real security guarantee for the country, President Volodymyr Zelenskiy said in his nightly video address on Friday, after defence ministers of the coalition met in Brussels. "Ukraine needs boots on the ground from partners," Zelenskiy said.',
    [
        S(
            "Volodymyr Zelenskiy",
            "President",
            "UA",
            wd(p, "friday"),
            "support",
            "peacekeepers",
            "Ukraine needs boots on the ground from partners",
        )
    ],
)

p = "2025-07-11"
doc(
    47,
    "https://www.theguardian.com/world/2025/jul/11/multinational-force-ukraine-headquarters-paris-london",
    "The Guardian",
    p,
    "Multinational Force Ukraine headquarters to be set up in Paris",
    'Britain and France said on Thursday that a headquarters for the Multinational Force Ukraine would be set up in Paris and rotate to London after a year. "This coalition will be ready to deploy once a ceasefire is reached," Britain\'s prime minister told a joint news conference with French President Emmanuel Macron at Northwood. Macron said France and Britain were ready to send troops as part of the force as soon as a ceasefire was in place.',
    [
        S(
            "Keir Starmer",
            "Prime Minister",
            "GB",
            wd(p, "thursday"),
            "conditional",
            "reassurance_force",
            "This coalition will be ready to deploy once a ceasefire is reached",
        ),
        S("Emmanuel Macron", "President", "FR", wd(p, "thursday"), "conditional", "reassurance_force"),
    ],
)

p = "2025-08-20"
doc(
    48,
    "https://www.foxnews.com/politics/trump-assures-no-us-ground-troops-ukraine",
    "Fox News",
    p,
    "Trump: no US ground troops will defend Ukraine",
    'U.S. ground troops will not be deployed to defend Ukraine under any peace deal, President Donald Trump said on Tuesday. "You have my assurance," Trump told Fox & Friends when asked whether American soldiers would be sent. The White House said talks on a summit between Zelensky and Putin were continuing.',
    [
        S(
            "Donald Trump",
            "President",
            "US",
            wd(p, "tuesday"),
            "oppose",
            "peacekeepers",
            "You have my assurance",
        )
    ],
)

p = "2025-08-25"
doc(
    49,
    "https://www.politico.eu/article/merz-too-early-german-troops-ukraine-bundestag-mandate/",
    "Politico Europe",
    p,
    "Merz: too early to decide on German troops for Ukraine",
    'German Chancellor Friedrich Merz said on Sunday that any German participation in a force guaranteeing a peace deal in Ukraine would require a mandate from the Bundestag, and that it was too early to decide. "We are not there yet," Merz told broadcaster ARD.',
    [
        S(
            "Friedrich Merz",
            "Chancellor",
            "DE",
            wd(p, "sunday"),
            "neutral",
            "peacekeepers",
            "We are not there yet",
        )
    ],
)

p = "2025-09-05"
doc(
    50,
    "https://www.france24.com/en/europe/20250905-26-countries-reassurance-force-ukraine-macron",
    "France 24",
    p,
    "26 countries commit to Ukraine reassurance force, Macron says",
    'Twenty-six countries have formally committed to deploy troops as a "reassurance force" in Ukraine, or to be present on the ground, at sea or in the air, the day after a ceasefire, French President Emmanuel Macron said on Thursday after a summit of the coalition of the willing in Paris. The German chancellor said Berlin would decide on any military contribution only when the conditions, including the extent of U.S. involvement, were clear.',
    [
        S(
            "Emmanuel Macron",
            "President",
            "FR",
            wd(p, "thursday"),
            "conditional",
            "reassurance_force",
            "the day after a ceasefire",
        ),
        S("Friedrich Merz", "Chancellor", "DE", p, "conditional", "reassurance_force"),
    ],
)

doc(
    51,
    "https://www.aljazeera.com/news/2025/9/5/putin-says-western-troops-in-ukraine-would-be-legitimate-targets",
    "Al Jazeera",
    p,
    "Putin says Western troops in Ukraine would be 'legitimate targets'",
    'Any troops of the proposed Western reassurance force deployed in Ukraine would be "legitimate targets" for Russia\'s military, Russian President Vladimir Putin said on Friday at the Eastern Economic Forum in Vladivostok, a day after 26 countries pledged to join the force. "If some troops appear there, especially now, during military operations, we proceed from the fact that these will be legitimate targets for destruction," Putin said.',
    [S("Vladimir Putin", "President", "RU", p, "oppose", "reassurance_force", "legitimate targets")],
)

p = "2025-09-11"
doc(
    52,
    "https://www.forces.net/ukraine/healey-british-troops-multinational-force-ukraine-commons",
    "Forces News",
    p,
    "Healey: British troops could help secure Ukraine's skies and seas",
    "British troops could help secure Ukraine's skies and seas and train its army as part of the Multinational Force Ukraine, Defence Secretary John Healey told the House of Commons on Wednesday. The force would not be deployed before a ceasefire, the minister said.",
    [S("John Healey", "Defence Secretary", "GB", wd(p, "wednesday"), "conditional", "reassurance_force")],
)

# two-speaker follow-up resolution
p = "2025-04-09"
doc(
    53,
    "https://www.lrt.lt/en/news-in-english/19/2530000/sakaliene-valtonen-reassurance-force",
    "LRT",
    p,
    "Lithuania ready to join Ukraine reassurance force, Finland cautious",
    'Lithuanian Defence Minister Dovilė Šakalienė said on Tuesday that Lithuania was ready to send troops to Ukraine as part of the reassurance force being planned by Britain and France. Finnish Foreign Minister Elina Valtonen, speaking at the same event in Vilnius, was more cautious. "It is too early to talk about boots on the ground," the minister said.',
    [
        S("Dovilė Šakalienė", "Defence Minister", "LT", wd(p, "tuesday"), "support", "reassurance_force"),
        S(
            "Elina Valtonen",
            "Foreign Minister",
            "FI",
            wd(p, "tuesday"),
            "neutral",
            "reassurance_force",
            "It is too early to talk about boots on the ground",
        ),
    ],
)

# most-informative stance within a document
p = "2025-03-27"
doc(
    54,
    "https://www.dw.com/en/pistorius-germany-will-contribute-after-ceasefire/a-72050000",
    "DW",
    p,
    "Pistorius: Germany will not shirk responsibility in Ukraine",
    'German Defence Minister Boris Pistorius said it was too early to discuss details of a peacekeeping mission in Ukraine. He added that Germany would not shirk its responsibility and would "certainly" contribute once a ceasefire deal was in place.',
    [S("Boris Pistorius", "Defence Minister", "DE", p, "conditional", "peacekeepers", "certainly")],
)

# transliteration + Løkke without ø
p = "2025-02-24"
doc(
    55,
    "https://www.ukrinform.net/rubric-polytics/3961000-lokke-rasmussen-denmark-ready.html",
    "Ukrinform",
    p,
    "Lokke Rasmussen: Denmark ready to contribute to securing peace in Ukraine",
    "Danish Foreign Minister Lars Lokke Rasmussen said in Kyiv on Monday that Denmark was ready to send soldiers to Ukraine to help secure a peace agreement, as long as the United States provided a backstop. Polish Foreign Minister Radoslaw Sikorskiy, also in Kyiv for the third anniversary of the invasion, said the focus should be on more weapons and sanctions now.",
    [S("Lars Løkke Rasmussen", "Foreign Minister", "DK", wd(p, "monday"), "conditional", "peacekeepers")],
)

# no-row documents: unnamed sources, off-topic statements
doc(
    56,
    "https://www.ft.com/content/uk-france-force-fewer-than-30000-troops",
    "Financial Times",
    "2025-02-27",
    "UK and France drawing up plans for Ukraine force of fewer than 30,000",
    "The UK and France are drawing up plans for a European force of fewer than 30,000 troops to be stationed in Ukraine after a ceasefire, Western officials told the Financial Times. An unnamed official said the force would rely on air power and would not be deployed along the front line.",
)

doc(
    57,
    "https://www.reuters.com/world/europe/sweden-unveils-new-military-aid-package-ukraine-2025-03-18/",
    "Reuters",
    "2025-03-18",
    "Sweden unveils record military aid package for Ukraine",
    'Sweden will send military aid worth 16 billion crowns to Ukraine, including air defence and artillery, Defence Minister Pål Jonson said on Tuesday. "This is our largest package yet," Jonson told a news conference in Stockholm. EU foreign policy chief Kaja Kallas separately said the bloc was preparing a 17th package of sanctions against Russia.',
)

doc(
    58,
    "https://www.lrt.lt/en/news-in-english/19/2200000/us-troops-to-stay-in-lithuania",
    "LRT",
    "2024-06-14",
    "US battalion to stay in Lithuania as long as needed, minister says",
    "The US battalion rotating through Lithuania will stay as long as needed, Lithuanian Defence Minister Laurynas Kasčiūnas said on Thursday, after talks with US officials at NATO headquarters. Lithuania is also buying more HIMARS launchers, the minister said.",
)

# polls in other phrasings
p = "2025-03-08"
doc(
    59,
    "https://notesfrompoland.com/2025/03/08/one-in-four-poles-back-sending-troops-to-ukraine-cbos/",
    "Notes from Poland",
    p,
    "One in four Poles back sending troops as peacekeepers to Ukraine, poll finds",
    "Only one in four Poles would support sending Polish soldiers to Ukraine as part of a peacekeeping mission, while 64% are against, according to a survey by the state-funded CBOS research centre. Support was higher among younger respondents.",
    po=[P("PL", p, "CBOS", 25, 64, "sending Polish soldiers to Ukraine as part of a peacekeeping mission")],
)

p = "2025-03-01"
doc(
    60,
    "https://www.thelocal.dk/20250301/majority-of-danes-back-danish-soldiers-in-ukraine-peace-force",
    "The Local Denmark",
    p,
    "Majority of Danes back Danish soldiers in Ukraine peace force",
    "A majority (56%) of Danes back sending Danish soldiers to a peacekeeping force in Ukraine, an Epinion survey for broadcaster DR found, with 23 percent against. The poll of 1,012 respondents was conducted between February 21 and 26.",
    po=[P("DK", p, "Epinion for DR", 56, 23, "sending Danish soldiers to a peacekeeping force in Ukraine")],
)

p = "2025-03-10"
doc(
    61,
    "https://nltimes.nl/2025/03/10/dutch-divided-over-sending-soldiers-ukraine-peacekeepers",
    "NL Times",
    p,
    "Dutch divided over sending soldiers to Ukraine as peacekeepers",
    "The Dutch are divided over sending Dutch soldiers to Ukraine as peacekeepers: 46% for, 38% against, according to the EenVandaag opinion panel. A much larger majority supports continued financial aid to Kyiv.",
    po=[P("NL", p, "EenVandaag", 46, 38, "sending Dutch soldiers to Ukraine as peacekeepers")],
)

p = "2025-03-07"
doc(
    62,
    "https://www.lemonde.fr/en/france/article/2025/03/07/two-thirds-of-french-support-troops-to-guarantee-peace-elabe",
    "Le Monde in English",
    p,
    "Two thirds of French support sending troops to guarantee a peace deal, poll shows",
    "Two thirds of the French (67%) would support sending French troops to Ukraine to guarantee a peace agreement, according to an Elabe poll for BFMTV published on Thursday. Some 32% were opposed.",
    po=[
        P(
            "FR",
            wd(p, "thursday"),
            "Elabe for BFMTV",
            67,
            32,
            "sending French troops to Ukraine to guarantee a peace agreement",
        )
    ],
)

p = "2024-03-02"
doc(
    63,
    "https://www.lefigaro.fr/international/ifop-sondage-troupes-ukraine-20240302",
    "Le Figaro (English edition)",
    p,
    "68% of French oppose sending troops to Ukraine, Ifop poll finds",
    "Sixty-eight percent of French people are opposed to sending French troops to Ukraine, against 31 percent in favour, according to an Ifop poll for Le Figaro published on Saturday, days after President Emmanuel Macron said the option could not be excluded.",
    [S("Emmanuel Macron", "President", "FR", p, "support", "combat_troops")],
    [P("FR", p, "Ifop for Le Figaro", 31, 68, "sending French troops to Ukraine")],
)

p = "2025-02-28"
doc(
    64,
    "https://www.thelocal.se/20250228/swedes-back-peacekeepers-novus",
    "The Local Sweden",
    p,
    "Swedes back taking part in Ukraine peacekeeping force, Novus poll shows",
    "Forty-nine percent of Swedes support Swedish participation in a peacekeeping force in Ukraine, a Novus poll for Sveriges Television showed on Friday, while 31 percent were against and the rest undecided.",
    po=[
        P(
            "SE",
            p,
            "Novus for Sveriges Television",
            49,
            31,
            "Swedish participation in a peacekeeping force in Ukraine",
        )
    ],
)

# trainers / other deployments
p = "2024-06-07"
doc(
    65,
    "https://www.france24.com/en/france/20240607-macron-mirage-jets-instructors-coalition",
    "France 24",
    p,
    "Macron promises Mirage jets and a coalition to train Ukrainian troops",
    "France will work with partners to send military instructors to train Ukrainian soldiers on Ukrainian soil, President Emmanuel Macron said in a television interview on Thursday, after the D-Day commemorations in Normandy. He also announced that France would supply Mirage 2000-5 fighter jets to Kyiv.",
    [S("Emmanuel Macron", "President", "FR", wd(p, "thursday"), "support", "trainers")],
)

p = "2024-06-11"
doc(
    66,
    "https://www.washingtonpost.com/national-security/2024/06/11/sullivan-no-us-trainers-ukraine/",
    "The Washington Post",
    p,
    "Sullivan: no U.S. trainers in Ukraine",
    '"The president has been clear that there will be no U.S. troops on the ground in Ukraine, and that includes trainers," White House National Security Adviser Jake Sullivan told reporters aboard Air Force One on Monday. He said the U.S. would keep training Ukrainian forces in Germany and elsewhere in Europe.',
    [
        S(
            "Jake Sullivan",
            "National Security Adviser",
            "US",
            wd(p, "monday"),
            "oppose",
            "trainers",
            "that includes trainers",
        )
    ],
)

p = "2024-05-31"
doc(
    67,
    "https://www.lemonde.fr/en/international/article/2024/05/31/lecornu-no-decision-yet-on-french-instructors",
    "Le Monde in English",
    p,
    "Lecornu: no decision yet on French instructors in Ukraine",
    "The question of sending French instructors to Ukraine is still being discussed with Kyiv and no decision has been taken, Armed Forces Minister Sébastien Lecornu said, according to a statement from his ministry. The minister said talks on the matter had been under way since February.",
    [S("Sébastien Lecornu", "Armed Forces Minister", "FR", p, "neutral", "trainers")],
)

p = "2025-02-21"
doc(
    68,
    "https://www.dailysabah.com/politics/diplomacy/fidan-turkiye-ready-to-contribute-black-sea-security-ukraine",
    "Daily Sabah",
    p,
    "Fidan: Türkiye ready to contribute to Black Sea security in Ukraine deal",
    "Türkiye is ready to contribute naval forces to secure the Black Sea as part of any arrangement to end the war in Ukraine, Foreign Minister Hakan Fidan said in an interview with the Financial Times published on Thursday. Fidan also reiterated Ankara's opposition to Western sanctions on Russian energy.",
    [S("Hakan Fidan", "Foreign Minister", "TR", wd(p, "thursday"), "support", "other")],
)

p = "2025-05-15"
doc(
    69,
    "https://www.lrt.lt/en/news-in-english/19/2560000/lithuania-ready-to-send-deminers-to-ukraine",
    "LRT",
    p,
    "Lithuania ready to send military deminers to Ukraine after the war",
    "Lithuania is ready to send military deminers to Ukraine once a peace agreement is signed, Lithuanian Defence Minister Dovilė Šakalienė said on May 13. Demining Ukraine's farmland could take decades, she told a conference in Vilnius.",
    [S("Dovilė Šakalienė", "Defence Minister", "LT", "2025-05-13", "conditional", "other")],
)
