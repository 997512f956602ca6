# ruff: noqa: E501  (gold documents are data: one long text per line)
"""Builds the dev gold set (docs.jsonl, statements.jsonl, polls.jsonl) in this folder.

The documents are paraphrases, written for evaluation, of real reported 2024-2025 events
(the outlet column names whose report each one paraphrases; urls are left empty because the
texts are not copies). Gold rows follow docs/codebook.md. Run: python tools/gold/build_dev.py [--out DIR]  (default: data/gold/dev)
"""

from goldkit import GOLD_DIR, GoldSet, out_dir

GOLD = GoldSet("dev")
doc, st, po = GOLD.doc, GOLD.st, GOLD.po


doc(
    1,
    "2024-02-27",
    "paraphrase of Reuters",
    'Sending Western ground troops to Ukraine cannot be ruled out in the future, French President Emmanuel Macron said on Monday after a meeting of European leaders in Paris. "There is no consensus today to send in an official, endorsed manner troops on the ground. But in terms of dynamics, nothing should be excluded," he told reporters.',
)
st(1, "Emmanuel Macron", "FR", "2024-02-26", "support", "combat_troops")
doc(
    2,
    "2024-02-27",
    "paraphrase of DW",
    '"There will be no ground troops, no soldiers on Ukrainian soil sent there by European states or NATO states," German Chancellor Olaf Scholz said on Tuesday, a day after the Paris conference.',
)
st(2, "Olaf Scholz", "DE", "2024-02-27", "oppose", "combat_troops")
doc(
    3,
    "2024-02-27",
    "paraphrase of AP",
    "NATO has no plans to deploy combat troops on the ground in Ukraine, Secretary General Jens Stoltenberg told The Associated Press. The alliance will keep supplying weapons and ammunition, he said.",
)
st(3, "Jens Stoltenberg", "NATO", "2024-02-27", "neutral", "combat_troops")
doc(
    4,
    "2024-02-28",
    "paraphrase of Reuters",
    'Kremlin spokesman Dmitry Peskov said on Tuesday that if NATO members sent combat troops to Ukraine, a direct conflict between Russia and the alliance would be inevitable. "In this case, we would need to talk not about the probability, but about the inevitability," Peskov told reporters.',
)
st(4, "Dmitry Peskov", "RU", "2024-02-27", "oppose", "combat_troops")
doc(
    5,
    "2024-02-27",
    "paraphrase of Politico Europe",
    "Slovakia will not send any of its soldiers to Ukraine, Prime Minister Robert Fico said on Monday before flying to Paris. Some NATO and EU members were considering bilateral deals to send troops, he claimed.",
)
st(5, "Robert Fico", "SK", "2024-02-26", "oppose", "combat_troops")
doc(
    6,
    "2024-03-08",
    "paraphrase of Notes from Poland",
    'Speaking in the Sejm on March 8, Polish Foreign Minister Radoslaw Sikorski said the presence of NATO forces in Ukraine "is not unthinkable." He added that he appreciated Macron\'s initiative.',
)
st(6, "Radosław Sikorski", "PL", "2024-03-08", "support", "combat_troops")
st(
    6, "Emmanuel Macron", "FR", "2024-03-08", "support", "combat_troops"
)  # "Macron's initiative": a reported position (seed-12 precedent)
doc(
    7,
    "2024-02-28",
    "paraphrase of ANSA",
    'Italy is not at war with Russia and will not send soldiers to Ukraine, Foreign Minister Antonio Tajani said on Tuesday. "We must not give the impression that we are at war," the minister added.',
)
st(7, "Antonio Tajani", "IT", "2024-02-27", "oppose", "combat_troops")
doc(
    8,
    "2024-02-29",
    "paraphrase of Euronews",
    'Hungary will neither send weapons nor soldiers to Ukraine, Foreign Minister Péter Szijjártó said on Thursday, calling talk of ground troops "extremely dangerous."',
)
st(8, "Péter Szijjártó", "HU", "2024-02-29", "oppose", "combat_troops")
doc(
    9,
    "2024-03-05",
    "paraphrase of Radio Prague International",
    "Czech President Petr Pavel said training Ukrainian soldiers on Ukrainian territory would not violate any international rules, and that NATO members should consider such options.",
)
st(9, "Petr Pavel", "CZ", "2024-03-05", "support", "trainers")
doc(
    10,
    "2024-05-02",
    "paraphrase of Kyiv Independent",
    "U.S. Secretary of State Antony Blinken visited Kyiv on May 1. He met President Volodymyr Zelensky and discussed air defense deliveries.",
)
doc(
    11,
    "2024-06-12",
    "paraphrase of LRT",
    "Lithuania is ready to send troops to Ukraine for training missions, Lithuanian Prime Minister Ingrida Šimonytė told the Guardian in an interview published on June 11.",
)
st(11, "Ingrida Šimonytė", "LT", "2024-06-11", "support", "trainers")
doc(
    12,
    "2024-06-08",
    "paraphrase of France 24",
    'French President Emmanuel Macron said on Friday that France would work with partners to form a coalition to send military instructors to Ukraine. "We are going to finalise the coalition," he said, adding that several countries had already agreed.',
)
st(12, "Emmanuel Macron", "FR", "2024-06-07", "support", "trainers")
doc(
    13,
    "2024-06-08",
    "paraphrase of Reuters",
    "Russia's foreign ministry said any French instructors training Ukrainian forces in Ukraine would be legitimate targets for the Russian army. The Kremlin has repeatedly warned the West against such a move.",
)
doc(
    14,
    "2025-01-22",
    "paraphrase of Reuters",
    'Any peacekeeping force in Ukraine would need at least 200,000 European troops, President Volodymyr Zelenskiy said at the World Economic Forum in Davos on Tuesday. "Otherwise, it is nothing," he said.',
)
st(14, "Volodymyr Zelensky", "UA", "2025-01-21", "support", "peacekeepers")
doc(
    15,
    "2025-02-13",
    "paraphrase of AP",
    "U.S. Defense Secretary Pete Hegseth said on Wednesday that any security guarantees for Ukraine must be backed by European and non-European troops, but that there will be no U.S. troops deployed to Ukraine as part of any such mission.",
)
st(15, "Pete Hegseth", "US", "2025-02-12", "oppose", "peacekeepers")
doc(
    16,
    "2025-02-17",
    "paraphrase of The Guardian",
    'Britain is "ready and willing" to put British troops on the ground in Ukraine to help guarantee its security after a peace deal, Prime Minister Keir Starmer wrote in the Daily Telegraph on Sunday.',
)
st(16, "Keir Starmer", "GB", "2025-02-16", "conditional", "peacekeepers")
doc(
    17,
    "2025-02-18",
    "paraphrase of DW",
    'Chancellor Olaf Scholz said it was "highly inappropriate" to discuss sending peacekeepers to Ukraine while the war is still going on. He said he was "a bit irritated" by the debate.',
)
st(17, "Olaf Scholz", "DE", "2025-02-18", "oppose", "peacekeepers")
doc(
    18,
    "2025-02-18",
    "paraphrase of Notes from Poland",
    '"We are not planning to send Polish soldiers to the territory of Ukraine," Donald Tusk, the Polish prime minister, said before leaving for the Paris meeting on Monday. Poland will instead provide logistical and political support, he said.',
)
st(18, "Donald Tusk", "PL", "2025-02-17", "oppose", "combat_troops")
doc(
    19,
    "2025-02-17",
    "paraphrase of Euronews",
    'Maria Malmer Stenergard, Sweden\'s foreign minister, said Stockholm did not rule out contributing soldiers to a peacekeeping force in Ukraine. "We have to win the peace," she said.',
)
st(19, "Maria Malmer Stenergard", "SE", "2025-02-17", "support", "peacekeepers")
doc(
    20,
    "2025-02-19",
    "paraphrase of Reuters",
    'According to Russian Foreign Minister Sergei Lavrov, the appearance of troops from NATO countries in Ukraine, even under a different flag, would be "unacceptable" to Moscow. Lavrov spoke to reporters after talks with U.S. officials in Riyadh on Feb. 18.',
)
st(20, "Sergey Lavrov", "RU", "2025-02-19", "oppose", "combat_troops")
doc(
    21,
    "2025-02-20",
    "paraphrase of Yle",
    "Finland could take part in monitoring a ceasefire in Ukraine, President Alexander Stubb said in an interview with Yle published on Feb. 19, adding that any decision would require a mandate from parliament.",
)
st(21, "Alexander Stubb", "FI", "2025-02-19", "support", "peacekeepers")
doc(
    22,
    "2025-02-21",
    "paraphrase of ERR News",
    "Estonia could send up to a battalion-sized unit to Ukraine as part of a peacekeeping mission once a ceasefire is in place, Defense Minister Hanno Pevkur told ERR on Thursday.",
)
st(22, "Hanno Pevkur", "EE", "2025-02-20", "conditional", "peacekeepers")
doc(
    23,
    "2025-02-25",
    "paraphrase of NOS",
    "Dutch Defense Minister Ruben Brekelmans said the Netherlands was open to contributing troops to a peacekeeping mission in Ukraine, but only with a U.S. backstop.",
)
st(23, "Ruben Brekelmans", "NL", "2025-02-25", "conditional", "peacekeepers")
doc(
    24,
    "2025-03-03",
    "paraphrase of Politico Europe",
    'Italian Prime Minister Giorgia Meloni said on Sunday that sending Italian troops to Ukraine was not on the table, calling the European troop deployment proposal "very complex" and of doubtful effectiveness.',
)
st(24, "Giorgia Meloni", "IT", "2025-03-02", "oppose", "combat_troops")
doc(
    25,
    "2025-03-28",
    "paraphrase of Le Monde in English",
    'A "reassurance force" made up of several European countries could be deployed to Ukraine once a peace deal is reached, the French president said on Thursday after a summit of the coalition of the willing in Paris. Russia would have no say in the matter, he said.',
)
st(25, "Emmanuel Macron", "FR", "2025-03-27", "conditional", "reassurance_force")
doc(
    26,
    "2025-03-12",
    "paraphrase of Reuters",
    "Key developments on March 11: * Defense chiefs of 34 countries met in Paris to discuss Ukraine * Danish PM open to sending troops as part of a peacekeeping force * Russia strikes Odesa port",
)
st(26, "Mette Frederiksen", "DK", "2025-03-11", "support", "peacekeepers")
doc(
    27,
    "2025-03-06",
    "paraphrase of Croatian news agency HINA",
    '"Croatian soldiers will not go to Ukraine, not as long as I am president," Croatian President Zoran Milanović said on Wednesday.',
)
st(27, "Zoran Milanović", "HR", "2025-03-05", "oppose", "combat_troops")
doc(
    28,
    "2025-03-10",
    "paraphrase of LRT",
    "The Lithuanian president said on Monday that Vilnius was ready to contribute soldiers to a reassurance force for Ukraine. Lithuania has also pledged additional air defense funding.",
)
st(28, "Gitanas Nausėda", "LT", "2025-03-10", "support", "reassurance_force")
doc(
    29,
    "2025-02-24",
    "paraphrase of Politico Europe",
    'German Defense Minister Boris Pistorius said a debate about possible peacekeepers in Ukraine was premature. "We don\'t even know what a ceasefire would look like," Pistorius said.',
)
st(29, "Boris Pistorius", "DE", "2025-02-24", "neutral", "peacekeepers")
doc(
    30,
    "2025-02-21",
    "paraphrase of The Guardian",
    "A YouGov poll published on Feb. 20 found that 55% of Britons would support deploying British peacekeeping troops to Ukraine, while 25% would oppose it.",
)
po(30, "GB", "2025-02-20", "YouGov", 55.0, 25.0, "deploying British peacekeeping troops to Ukraine")
doc(
    31,
    "2025-03-07",
    "paraphrase of BFMTV",
    "Two-thirds of French people (67%) are in favor of sending French troops to Ukraine as part of a peacekeeping force, according to an Elabe poll for BFMTV published on March 6.",
)
po(
    31,
    "FR",
    "2025-03-06",
    "Elabe for BFMTV",
    67.0,
    None,
    "sending French troops to Ukraine as part of a peacekeeping force",
)
doc(
    32,
    "2025-03-01",
    "paraphrase of Rzeczpospolita",
    "Only 13 percent of Poles support sending Polish soldiers to Ukraine as part of a peacekeeping mission, and 79 percent are against, according to a survey by SW Research for Rzeczpospolita.",
)
po(
    32,
    "PL",
    "2025-03-01",
    "SW Research for Rzeczpospolita",
    13.0,
    79.0,
    "sending Polish soldiers to Ukraine as part of a peacekeeping mission",
)
doc(
    33,
    "2025-02-28",
    "paraphrase of tagesschau",
    "According to an Infratest dimap survey for ARD, 49 percent of Germans would support the Bundeswehr taking part in securing a ceasefire in Ukraine, while 44 percent oppose it. Among Green voters, support stood at 68 percent.",
)
po(
    33,
    "DE",
    "2025-02-28",
    "Infratest dimap for ARD",
    49.0,
    44.0,
    "the Bundeswehr taking part in securing a ceasefire in Ukraine",
)
doc(
    34,
    "2025-03-04",
    "paraphrase of The Local Sweden",
    "A Novus survey for SVT found that 45% of Swedes are in favour of Swedish soldiers joining a peacekeeping mission in Ukraine, 30% are against and the rest undecided. 70% of Swedes support continued aid to Ukraine.",
)
po(
    34,
    "SE",
    "2025-03-04",
    "Novus for SVT",
    45.0,
    30.0,
    "Swedish soldiers joining a peacekeeping mission in Ukraine",
)
doc(
    35,
    "2025-03-12",
    "paraphrase of Euronews",
    "NATO Secretary General Mark Rutte met the Polish president in Warsaw on Tuesday. The two discussed defense spending and the situation on the eastern flank.",
)
doc(
    36,
    "2025-03-16",
    "paraphrase of Reuters",
    "Russian troops advanced near Pokrovsk, Ukraine's military said on Saturday. Ukrainian soldiers repelled 45 attacks, the General Staff said.",
)
doc(
    37,
    "2025-02-20",
    "paraphrase of Financial Times",
    "European officials are drawing up plans for a force of up to 30,000 troops to be deployed to Ukraine after a ceasefire, officials told the FT. An unnamed source said the force would not be deployed along the front line.",
)
doc(
    38,
    "2025-03-20",
    "paraphrase of Kyiv Independent",
    'Canadian Prime Minister Mark Carney said on March 17 that Canada was prepared to take part in a security mission in Ukraine if a ceasefire is agreed. "We will be there," the prime minister said.',
)
st(38, "Mark Carney", "CA", "2025-03-17", "conditional", "peacekeepers")
doc(
    39,
    "2025-03-06",
    "paraphrase of ABC News (Australia)",
    "Australia is open to considering contributing to a peacekeeping force in Ukraine, Prime Minister Anthony Albanese said on Sunday. Defence Minister Richard Marles said no request had been received and no decision had been made.",
)
st(39, "Anthony Albanese", "AU", "2025-03-02", "support", "peacekeepers")
st(39, "Richard Marles", "AU", "2025-03-06", "neutral", "peacekeepers")
doc(
    40,
    "2025-01-09",
    "paraphrase of Kyiv Independent",
    "Ukrainian Foreign Minister Andrii Sybiha said on Jan. 8 that the deployment of foreign military contingents could be one of the elements of security guarantees for Ukraine. He said the idea of Western troops was being discussed with partners.",
)
st(40, "Andrii Sybiha", "UA", "2025-01-08", "support", "peacekeepers")
doc(
    41,
    "2024-03-01",
    "paraphrase of Reuters",
    "British Prime Minister Rishi Sunak's spokesman said Britain had no plans for a large-scale deployment to Ukraine beyond the small number of personnel supporting the armed forces. The U.S. will not send troops to fight in Ukraine, the White House said.",
)
doc(
    42,
    "2025-02-18",
    "paraphrase of Politico Europe",
    'The Spanish foreign minister told reporters on Monday that it was too early to talk about sending peacekeepers to Ukraine. "It is premature," José Manuel Albares said.',
)
st(42, "José Manuel Albares", "ES", "2025-02-17", "neutral", "peacekeepers")
doc(
    43,
    "2025-01-10",
    "paraphrase of Reuters",
    "The U.S. will deliver a new $500 million weapons package to Ukraine, Defense Secretary Lloyd Austin said on Thursday at Ramstein.",
)
doc(
    44,
    "2025-04-11",
    "paraphrase of Kyiv Independent",
    'Speaking after a meeting of the Ukraine Defense Contact Group in Brussels on April 10, U.K. Defence Secretary John Healey said planning for a multinational force for Ukraine was "real and substantial". His German counterpart Boris Pistorius said Germany would not contribute ground troops for now.',
)
st(44, "John Healey", "GB", "2025-04-10", "support", "reassurance_force")
st(44, "Boris Pistorius", "DE", "2025-04-11", "oppose", "combat_troops")
# ---- round 2 (written after the evaluator's error types; new wording, new people) ----
doc(
    45,
    "2025-03-03",
    "paraphrase of ANSA",
    "Europe's leaders met in London on Sunday to discuss security guarantees for Ukraine. Italy's prime minister, Giorgia Meloni, said sending European troops to Ukraine was the most complex and least effective option.",
)
st(45, "Giorgia Meloni", "IT", "2025-03-03", "oppose", "peacekeepers")
doc(
    46,
    "2025-08-19",
    "paraphrase of DW",
    "Germany would take part in discussions on security guarantees for Ukraine, but any deployment of German soldiers would need the approval of the Bundestag and depended on American involvement, the German chancellor said in Washington on Monday.",
)
st(46, "Friedrich Merz", "DE", "2025-08-18", "conditional", "peacekeepers")
doc(
    47,
    "2025-02-20",
    "paraphrase of SVT",
    "Pål Jonson, who visited Kyiv earlier this month, said Sweden was ready to contribute soldiers to a peacekeeping force in Ukraine.",
)
st(47, "Pål Jonson", "SE", "2025-02-20", "support", "peacekeepers")
doc(
    48,
    "2025-02-26",
    "paraphrase of the Guardian",
    "MPs debated the prime minister's plan for a European force in Ukraine. Nigel Farage (Reform UK) told the Commons that British troops should not be sent to Ukraine as peacekeepers.",
)
st(48, "Nigel Farage", "GB", "2025-02-26", "oppose", "peacekeepers")
doc(
    49,
    "2025-03-07",
    "paraphrase of Politico Europe",
    "Dick Schoof said the Netherlands was prepared to contribute to a peacekeeping mission in Ukraine; Viktor Orbán, by contrast, said Hungary would never send soldiers to Ukraine.",
)
st(49, "Dick Schoof", "NL", "2025-03-07", "support", "peacekeepers")
st(49, "Viktor Orbán", "HU", "2025-03-07", "oppose", "peacekeepers")
doc(
    50,
    "2025-03-14",
    "paraphrase of LRT",
    "Kaja Kallas met Lithuanian Defence Minister Dovilė Šakalienė in Vilnius on Thursday. The minister said Lithuania was ready to send troops to Ukraine as part of a reassurance force.",
)
st(50, "Dovilė Šakalienė", "LT", "2025-03-13", "support", "reassurance_force")
doc(
    51,
    "2025-02-18",
    "paraphrase of Dagens Nyheter",
    "Sweden's government has not ruled out Swedish participation in a peacekeeping force in Ukraine. Riksdag approval would be required for any deployment, Defence Minister Pål Jonson said.",
)
st(51, "Pål Jonson", "SE", "2025-02-18", "neutral", "peacekeepers")
doc(
    52,
    "2025-03-21",
    "paraphrase of Anadolu",
    "Turkey could contribute naval forces to secure the Black Sea once a ceasefire is reached, Defence Minister Yaşar Güler said on Thursday.",
)
st(52, "Yaşar Güler", "TR", "2025-03-20", "conditional", "other")
doc(
    53,
    "2025-03-10",
    "paraphrase of ERR",
    "Lithuania could send military deminers to Ukraine once the war ends, President Gitanas Nausėda said.",
)
st(53, "Gitanas Nausėda", "LT", "2025-03-10", "conditional", "other")
doc(
    54,
    "2025-02-17",
    "paraphrase of the Telegraph",
    "Writing in the Daily Telegraph on Sunday, Keir Starmer said Britain was ready and willing to put its own troops on the ground in Ukraine.",
)
st(54, "Keir Starmer", "GB", "2025-02-16", "support", "combat_troops")
doc(
    55,
    "2025-02-18",
    "paraphrase of Notes from Poland",
    "Polish soldiers will not be deployed to Ukraine, Defence Minister Władysław Kosiniak-Kamysz said, speaking to broadcaster TVN24 on Sunday.",
)
st(55, "Władysław Kosiniak-Kamysz", "PL", "2025-02-16", "oppose", "combat_troops")
doc(
    56,
    "2025-02-21",
    "paraphrase of DR",
    "Mette Frederiksen said last Friday that Denmark was open to sending troops to Ukraine as part of a peacekeeping force.",
)
st(56, "Mette Frederiksen", "DK", "2025-02-14", "support", "peacekeepers")
doc(
    57,
    "2025-03-10",
    "paraphrase of NRK",
    "NATO foreign ministers met in Brussels on Thursday. They discussed air defence for Ukraine.\n\nNorwegian Prime Minister Jonas Gahr Støre said Norway did not rule out sending soldiers to Ukraine as part of a peacekeeping force.",
)
st(57, "Jonas Gahr Støre", "NO", "2025-03-10", "support", "peacekeepers")
doc(
    58,
    "2025-02-17",
    "paraphrase of TASR",
    "Robert Fico said on Saturday that Slovakia would not send a single soldier to Ukraine, and that Western troops there would mean war with Russia.",
)
st(58, "Robert Fico", "SK", "2025-02-15", "oppose", "combat_troops")
doc(
    59,
    "2024-03-01",
    "paraphrase of HRT",
    '"We do not agree with sending troops to Ukraine," Croatian President Zoran Milanović said.',
)
st(59, "Zoran Milanović", "HR", "2024-03-01", "oppose", "combat_troops")
doc(
    60,
    "2025-02-18",
    "paraphrase of the Times",
    "Conservative leader Kemi Badenoch said British troops could take part in a peacekeeping mission in Ukraine. She added that any such mission would need strong US backing.",
)
st(60, "Kemi Badenoch", "GB", "2025-02-18", "conditional", "peacekeepers")
doc(
    61,
    "2025-02-20",
    "paraphrase of Ukrinform",
    "Ukraine needs boots on the ground from its partners to make any peace last, Andriy Yermak said.",
)
st(61, "Andriy Yermak", "UA", "2025-02-20", "support", "combat_troops")
doc(
    62,
    "2025-02-25",
    "paraphrase of RTL",
    "Forty-nine percent of Germans support sending Bundeswehr soldiers to Ukraine as peacekeepers, according to a Forsa poll for RTL.",
)
po(
    62,
    "DE",
    "2025-02-25",
    "Forsa for RTL",
    49.0,
    None,
    "sending Bundeswehr soldiers to Ukraine as peacekeepers",
)
doc(
    63,
    "2025-03-10",
    "paraphrase of Corriere della Sera",
    "According to an Ipsos poll, a majority (56%) of Italians oppose sending Italian troops to Ukraine, while 33% would be in favor.",
)
po(63, "IT", "2025-03-10", "Ipsos", 33.0, 56.0, "sending Italian troops to Ukraine")
doc(
    64,
    "2025-03-13",
    "paraphrase of LRT",
    "European defence ministers met in Paris on Tuesday to plan a reassurance force for Ukraine once a ceasefire is agreed. The reassurance force would be based away from the front line. Lithuania is ready to send soldiers, Defence Minister Dovilė Šakalienė said on Wednesday.",
)
st(64, "Dovilė Šakalienė", "LT", "2025-03-12", "support", "reassurance_force")
doc(
    65,
    "2025-03-05",
    "paraphrase of Le Monde",
    "Emmanuel Macron had told reporters late on Monday that European troops could be deployed to Ukraine only after a ceasefire.",
)
st(65, "Emmanuel Macron", "FR", "2025-03-03", "conditional", "peacekeepers")
doc(
    66,
    "2025-03-28",
    "paraphrase of France 24 (article page)",
    "Leaders of the coalition of the willing met in Paris on Thursday to prepare a reassurance force for Ukraine.\n\nThe force would be deployed only after a ceasefire, away from the front line, officials said.\n\nBelgian Prime Minister Bart De Wever said Belgium was ready to contribute soldiers.\n\nDutch Prime Minister Dick Schoof said any deployment would need a US backstop.",
    title="Coalition of the willing prepares reassurance force for Ukraine",
)
st(66, "Bart De Wever", "BE", "2025-03-28", "support", "reassurance_force")
st(66, "Dick Schoof", "NL", "2025-03-28", "conditional", "reassurance_force")
doc(
    67,
    "2025-02-20",
    "paraphrase of Yle (article page)",
    "Diplomats are drafting plans for an international mission to monitor a ceasefire in Ukraine.\n\nFinnish President Alexander Stubb said Finland could send troops.\n\nMilitary Analysts said such a mission would need tens of thousands of soldiers.",
)
st(67, "Alexander Stubb", "FI", "2025-02-20", "support", "peacekeepers")
doc(
    68,
    "2025-02-13",
    "paraphrase of Reuters (article page)",
    "Allies discussed sending troops to Ukraine after a ceasefire at the Ramstein meeting in Brussels. Gen. Christopher Cavoli said Patriot air defence units were the most urgent need.\n\nEstonian Defence Minister Hanno Pevkur said Estonia was prepared to send soldiers to Ukraine once a peace deal is signed.",
)
st(68, "Hanno Pevkur", "EE", "2025-02-13", "conditional", "peacekeepers")
doc(
    69,
    "2025-03-04",
    "paraphrase of ČTK",
    "Czech President Petr Pavel said the proposed force for Ukraine should be strong enough to deter Russia, and that Czech soldiers could take part.",
)
st(69, "Petr Pavel", "CZ", "2025-03-04", "support", "combat_troops")
doc(
    70,
    "2025-03-04",
    "paraphrase of ORF",
    "A poll showed 58% of Austrians opposed sending troops to Ukraine and 31% backed it, Chancellor Christian Stocker said, adding that Austria would consider a role in a peacekeeping mission with a UN mandate.",
)
st(70, "Christian Stocker", "AT", "2025-03-04", "conditional", "peacekeepers")
po(70, "AT", "2025-03-04", None, 31.0, 58.0, "sending troops to Ukraine")
doc(
    71,
    "2025-03-06",
    "paraphrase of NOS",
    "Europe must avoid another World War, Dick Schoof said, adding that Dutch troops could be part of a force in Ukraine after a ceasefire.",
)
st(71, "Dick Schoof", "NL", "2025-03-06", "conditional", "peacekeepers")
doc(
    72,
    "2025-03-06",
    "paraphrase of ERR",
    "Lithuania, which has pledged troops for a reassurance force in Ukraine, will not deploy them before a ceasefire, Gitanas Nausėda said. Spain had not yet decided how many soldiers it could offer, Foreign Minister José Manuel Albares said.",
)
st(72, "Gitanas Nausėda", "LT", "2025-03-06", "conditional", "reassurance_force")
st(72, "José Manuel Albares", "ES", "2025-03-06", "neutral", "reassurance_force")
GOLD.write(out_dir(GOLD_DIR / "dev"))
