"""Whole reports, one table: short reports written for this table, and the facts a careful
reader takes from each, one fact per row.

Each report stages a few phenomena (a result headline, a goal told twice, an own goal, a saved
penalty, a shootout, a facts paragraph, a round-up of other games ...). Rows are grouped by
provenance like the other tables; known failures are strict xfails whose reason says what goes
wrong, so that list is the work list and an accidental fix shows up as a failing XPASS.

Notation: scores are {team: goals} so a row does not depend on which side is home; goals are
(player, team, minute, *flags) with flags "pen", "og", "header" and minutes as in
minute_notation.py; players match as `matchcli eval` matches them (same last name suffices).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import pytest

from matchcli import parse_report
from matchcli.evaluate import players_match
from matchcli.models import Match
from minute_notation import describe, same_minute

REPORTS = {
    "box_with_aet": """Villarreal v Roma

The second leg of the semi-final between Villarreal and Roma was played on 7 May 2026. Roma, who had won the first leg 2–1 at the Stadio Olimpico, progressed on penalties after a 3–3 aggregate draw.

Details

Villarreal  2–1 (a.e.t.)  Roma
G. Moreno 19' (pen.)
Ayoze Perez 104'
Report
Dovbyk 71'

Shortly after the hour Dovbyk headed in for Roma.
""",
    "lifted_over_the_advancing": """England 1-1 Sweden

England and Sweden drew 1-1 at Wembley on Tuesday.

Stina Blackstenius outmuscled Leah Williamson to a long ball in the sixth minute and lifted a composed finish over the advancing Hannah Hampton.

Alessia Russo headed England level in the 28th minute.
""",
    "ten_man_has_its_red": """Partick Thistle 2-1 Ayr United

Partick Thistle beat ten-man Ayr United 2-1 at Firhill on Saturday.

Ayr were reduced to ten men when Mark McKenzie was sent off in the 55th minute for a second bookable offence.

In the 80th minute Scott Robinson was shown a straight red card for a reckless lunge on Dipo Akinyemi.
""",
    "relative_turnaround": """Newcastle United 2-1 Everton

Newcastle came from behind to beat Everton 2-1 at St James' Park. Iliman Ndiaye had put Everton ahead in the 19th minute.

Ten minutes after the interval Anthony Gordon levelled from the penalty spot for Newcastle.

Six minutes later the turnaround was complete. Kieran Trippier whipped in a cross from the right and Nick Woltemade rose to head it in.
""",
    "cushion_counter_over": """Manchester City 3-1 Fulham

Manchester City beat Fulham 3-1 at the Etihad on Saturday. Erling Haaland opened the scoring for City in the 10th minute and Omar Marmoush lifted a composed finish over Bernd Leno in the 30th minute to make it 2-0.

Raul Jimenez finished off a swift counter for Fulham in the 50th minute, but Phil Foden restored City's two-goal cushion in the 68th minute.
""",
    "booked_then_lineup": """Aston Villa 2-1 Brentford

Aston Villa beat Brentford 2-1 at Villa Park on Saturday. Ollie Watkins opened the scoring in the 12th minute.

Brentford levelled in the 40th minute when Bryan Mbeumo curled in from 20 yards, and Villa's winner came in the 70th minute, when Morgan Rogers' low cross was turned into his own net by the stretching Sepp van den Berg.

Booked: Kamara, Tielemans.
Brentford (4-3-3): Flekken; Kayode, Collins, Van den Berg, Lewis-Potter; Norgaard, Janelt, Damsgaard; Mbeumo, Wissa, Schade.
""",
    "club_voice_goals": """REPORT | Portsmouth 2-0 Derby County

Colby Bishop struck late to hand us a hard-earned victory over Derby County at Fratton Park this afternoon.

The breakthrough arrived in the 23rd minute. Josh Murphy whipped a teasing ball in from the right and Kusini Yengi, as he has done so often for us, climbed highest to plant a header into the bottom corner.

Then, with nine minutes of normal time remaining, Fratton Park erupted. Substitute Callum Lang laid it off to Bishop, who took one touch and lashed an unstoppable strike into the top corner.
""",
    "role_after_passive_goal": """Celtic 2-0 Hibernian

Celtic beat Hibernian 2-0 at Celtic Park on Saturday.

Brendan Rodgers' side needed just eight minutes to make the breakthrough. Arne Engels picked out Kieran Tierney's overlapping run and the left-back's low delivery was turned home at the near post by Daizen Maeda.

The Japan international doubled the lead in the 33rd minute, racing on to a through ball from Reo Hatate and dinking a finish over Raphael Sallinger.
""",
    "back_in_front": """Freiburg 2-2 Wolfsburg

Freiburg and Wolfsburg drew 2-2 at the Europa-Park Stadion on Saturday.

Vincenzo Grifo gave Freiburg the lead with a ninth-minute penalty, and Mohamed Amoura equalised for Wolfsburg in the 27th minute.

Lucas Holer headed them back in front five minutes into the second half, before Patrick Wimmer levelled once more in the 74th minute.
""",
    "scorers_line_under_fixture": """Rogers rescues 10-man Aston Villa after Guimaraes header turns tide for Newcastle

Newcastle United 2-2 Aston Villa
Watkins 19; Gordon 52, Guimaraes 71; Rogers 88

Bruno Guimaraes had risen above everyone to nod Newcastle in front before Morgan Rogers struck late.

Ollie Watkins opened the scoring for the visitors, and Anthony Gordon tied it seven minutes after the break.
""",
    "shown_a_red": """Bologna 1-0 Torino

Bologna beat Torino 1-0 at the Dall'Ara on Sunday. Riccardo Orsolini scored the only goal in the 30th minute.

Then, in the 80th minute, Orsolini burst clear and Saul Coco, scrambling to recover, caught him on the ankle. Referee Daniele Doveri went to the monitor and showed Coco a straight red card.
""",
    "xg_after_a_bracket": """Liverpool 2-0 Manchester City

Liverpool beat Manchester City 2-0 at Anfield on Sunday. Virgil van Dijk headed in the 32nd minute and Cody Gakpo added a second in the 63rd minute.

City finished with more of the ball (56% possession to Liverpool's 44%) but generated just 0.87 expected goals (xG) - 0.79 of which came from one chance - compared with Liverpool's 2.14.
""",
    "summary_then_exact": """Liverpool 2-0 Manchester City

Liverpool moved within three points of the Premier League summit with a 2-0 win over Manchester City at Anfield, built on a first-half header from Virgil van Dijk and a clinical Cody Gakpo finish after the break.

Van Dijk broke the deadlock in the 32nd minute, meeting Mohamed Salah's corner with a towering header.

Gakpo doubled the lead 18 minutes into the second half, sidefooting in after Dominik Szoboszlai's cut-back.
""",
    "managers_not_players": """Leeds United 1-0 Arsenal

Leeds beat Arsenal 1-0 at Elland Road on Sunday. David O'Leary's much-changed side had gone ahead on 35 minutes when Jimmy Floyd Hasselbaink turned sharply in the box and fired past David Seaman.

Lee Dixon was sent off in the 70th minute for a second bookable offence.

O'Leary, who was not in the mood to discuss the sending-off, said simply: "My lads gave everything."
""",
    "push_away_penalty": """Gillingham 1-1 Notts County

Gillingham drew 1-1 with Notts County at Priestfield on Saturday. Jayden Clarke put Gillingham ahead with 14 minutes gone and Alassana Jatta equalised for Notts County in the 55th minute.

Glenn Morris dived to his left to push away David McGoldrick's 67th-minute spot-kick.
""",
    "club_site_booking": """Fulham 1-2 Chelsea

We came from behind to beat Fulham 2-1 at Craven Cottage, with Cole Palmer and Enzo Fernandez on target after Fulham had led through Raul Jimenez in the 20th minute.

Palmer levelled in the 55th minute and Fernandez headed the winner in the 81st minute.

Moises Caicedo picked up a booking a minute before the break, his fifth of the season, which means he will miss our trip to Newcastle.
""",
    "card_of_the_sides_misery": """Atalanta 3-0 Roma

Atalanta beat Roma 3-0 in Bergamo on Sunday. Ademola Lookman scored twice and Mateo Retegui added a third in the 70th minute.

Roma's misery was complete in the fourth minute of stoppage time when Bryan Cristante was sent off for a second yellow card.
""",
    "aside_and_absolute": """Napoli 2-1 Tottenham Hotspur

Napoli beat Tottenham 2-1 in a friendly at the Maradona on Saturday.

Scott McTominay, named Serie A's player of the season last term, gave Napoli a 14th-minute lead when he arrived late in the box to meet a cut-back.

Tottenham did equalise on 56 minutes, Xavi Simons meeting Pedro Porro's low centre with a crisp side-foot finish. Rasmus Hojlund won it for Napoli in the 80th minute.
""",
    "scorer_lists_for_team": """Lyon 2-1 Marseille

OL beat OM 2-1 on Sunday evening at Groupama Stadium.

Goals: Leonardo Balerdi (38th, o.g.), Corentin Tolisso (81st) for Lyon; Mason Greenwood (70th, pen.) for Marseille.
""",
    "scorer_lists_og_first": """Fulham 3-1 Blackburn Rovers

Fulham beat Blackburn 3-1 at Loftus Road on Saturday.

The decisive moment came 11 minutes after the restart. Steed Malbranque whipped in a cross from the right, Louis Saha stretched for it and Martin Taylor, trying to get there first, could only slice the ball past his own goalkeeper.

Scorers: Fulham: Saha 23, Taylor og 56, Boa Morte 71. Blackburn: Cole 40.
""",
    "playoff_tiebreaker": """Frei saves two in shootout, Sounders edge LAFC to open playoff series

SEATTLE (AP) - Stefan Frei stopped two attempts in the penalty shootout and the Seattle Sounders beat Los Angeles FC 4-2 in the tiebreaker after a 1-1 draw Wednesday night, taking a 1-0 lead in their best-of-three first-round series.

Denis Bouanga scored for LAFC in the 33rd minute and Jordan Morris equalized for Seattle in the 70th minute.

Seattle outshot LAFC 15-11.
""",
    "var_awarded_penalty": """Atletico Madrid 3-0 Benfica

Atletico Madrid beat Benfica 3-0 at the Metropolitano on Tuesday.

Julian Alvarez opened the scoring with a 29th-minute penalty, awarded after a VAR check found that Tomas Araujo had handled Marcos Llorente's cross.

Antoine Griezmann slid in at the far post to turn Koke's cross past Anatoliy Trubin in the 60th minute.

The hosts made sure of it in the first minute of stoppage time. Angel Correa broke down the left and squared for Alexander Sorloth, who made no mistake from close range.
""",
    "finished_across": """Liverpool 2-1 Manchester City

Liverpool beat Manchester City 2-1 at Anfield on Sunday.

Liverpool took the lead in the 23rd minute. Florian Wirtz slipped a pass in behind Josko Gvardiol for Mohamed Salah, who finished across Gianluigi Donnarumma from a tight angle.

City were level in the 58th minute. Ibrahima Konate was penalised for a tug on Erling Haaland at a corner, and the Norwegian converted the penalty low to Alisson's right.

Cody Gakpo won it in the 84th minute, turning Ruben Dias and finishing across Donnarumma.
""",
    "nations_win_in_city": """Tonali fires Italy to Nations League win in Amsterdam

Sandro Tonali's second-half strike gave Italy a 2-1 victory over the Netherlands in the Nations League on Tuesday.

Mateo Retegui put the visitors in front after 17 minutes, and Virgil van Dijk equalised for Oranje seven minutes into the second half before Tonali struck in the 74th minute.

The Netherlands travel to Budapest on Saturday, while Italy host Belgium in Udine.
""",
    "french_lists": """Lyon 2-1 Marseille

Lyon beat Marseille 2-1 at the Groupama Stadium on Sunday. Corentin Tolisso (30th) and Georges Mikautadze (60th) scored for Lyon before Mason Greenwood (70th) pulled one back.

The end was tense. Geoffrey Kondogbia, already booked, was sent off for a second yellow card after a foul on Tanner Tessmann (88th).

Cautions: Ainsley Maitland-Niles (69th), Tessmann (77th) for Lyon; Kondogbia (52nd), Pierre-Emile Hojbjerg (84th) for Marseille.
Booked: Lyon: Nemanja Matic. Marseille: Leonardo Balerdi, Amine Harit.
""",
    "saves_and_late_header": """Fernandes's late header sinks Brighton after Pope keeps Newcastle alive

Newcastle beat Brighton 2-1 at St James' Park on Saturday.

When Nick Pope flung himself to his left to keep out Danny Welbeck's 34th-minute penalty, the ground rose as one. Kaoru Mitoma had given Brighton the lead in the 20th minute.

Anthony Gordon equalised for Newcastle in the 50th minute, and Lewis Dunk's header struck the foot of the post soon after.

It still took Newcastle until the 88th minute to find the goal their pressure merited. Kieran Trippier curled a cross from the right and Bruno Fernandes arrived to glance it beyond Bart Verbruggen.

The crowd of 52,000 at a sold-out Stadio Diego Armando Maradona had seen nothing like it, said one visiting fan.
""",
    "group_bookings": """Brentford 1-0 Aston Villa

Brentford beat Aston Villa 1-0 on Saturday. Bryan Mbeumo scored the only goal in the 55th minute.

Villa midfielder Boubacar Kamara and Brentford captain Christian Norgaard were both booked in a scrappy first half. Ezri Konsa and Lucas Digne were shown yellow cards after the break, as were Brentford's Nathan Collins and Mikkel Damsgaard.

Brentford (4-3-3): Flekken; Ajer, Collins, Pinnock, Lewis-Potter; Norgaard, Janelt, Damsgaard; Mbeumo, Wissa, Schade.
Booked Janelt, Wissa.

Villa were without Youri Tielemans, suspended after an accumulation of yellow cards.
""",
    "wikipedia_match_box": """2026 Coupe de France final

The 2026 Coupe de France final was played on 16 May 2026 at the Stade de France. Lens won the match 2–1 against Nice for their first Coupe de France title.

Details

16 May 2026
Lens 2–1 Nice
Thauvin 20'
Sotoca 70'
Report
Moffi 55'

Lens
GK 40 Brice Samba
CB 14 Facundo Medina Yellow card 35'
CF 7 Florian Sotoca

Nice
GK 1 Marcin Bulka
CB 55 Youssouf Ndayishimiye Yellow card 62'
CF 9 Terem Moffi
""",
    "translated_numbers": """Torino-Napoli 0-2: the Partenopei conquer Turin

Napoli won 2-0 at the Olimpico Grande Torino. Romelu Lukaku opened the scoring in the 30th minute and Matteo Politano added a second in the 75th minute.

THE NUMBERS - Torino had more possession, 55% against 45%, and tried 14 shots against the 8 of Napoli.
""",
    "opta_chance_xg": """Manchester City 2-1 West Ham United

Manchester City beat West Ham 2-1 at the Etihad on Saturday. Erling Haaland converted a low cross in the 18th minute, a chance worth 0.64 expected goals (xG), and Phil Foden added a second after the break. Jarrod Bowen's late strike carried an xG value of just 0.04.

City finished with 2.84 xG to West Ham's 0.71, and attempted 22 shots to the visitors' six. Nine of City's efforts hit the target, compared with two from West Ham.
""",
    "italian_fixture_line": """Torino-Napoli 0-2: Lukaku and Politano, the Partenopei conquer Turin

The Partenopei of Antonio Conte conquer the Olimpico and leave the granata with nothing. It finishes 0-2 in the match of the 20th day of Serie A, decided by Romelu Lukaku in the 30th minute and Matteo Politano in the 75th minute.
""",
    "card_stopped_side": """Real Betis 2-1 Villarreal

Real Betis beat Villarreal 2-1 at the Benito Villamarin on Sunday. Isco and Cucho Hernandez scored for Betis after Gerard Moreno's early penalty.

Santi Comesana was cautioned in the 55th minute for stopping a Betis break with a cynical foul. Marc Bartra was booked in the 77th minute for a foul on Georges Mikautadze as Villarreal briefly threatened.
""",
    "card_asides": """Columbus Crew 1-2 Nashville SC

Nashville won 2-1 in Ohio on Saturday, while the Crew, who finished with 10 men after Darlington Nagbe's late sending-off, dropped to fifth.

Hany Mukhtar gave Nashville the lead in the 20th minute and Cucho Hernandez equalised for Columbus in the 50th minute. Sam Surridge won it for the visitors in the 88th minute.

Walker Zimmerman had been booked in the 30th minute for a foul on Diego Rossi, and Columbus's Steven Moreira joined him in the referee's notebook in the 60th minute.

The match turned in the 75th minute when Nagbe, already cautioned in the 44th minute, was shown a second yellow for a late challenge on Mukhtar.
""",
    "beat_keeper_move": """Belgium 1-1 Netherlands

BRUSSELS (AP) - The Netherlands came from behind to draw 1-1 with Belgium in a friendly on Saturday.

Romelu Lukaku put Belgium ahead in the 20th minute.

The Dutch responded before halftime. Frenkie de Jong split the Belgium defense with a pass five minutes before the break and Cody Gakpo was away. The Dutchman beat Koen Casteels at his near post.
""",
    "pass_receivers": """Real Sociedad 2-1 Sevilla

Real Sociedad came from behind to beat Sevilla 2-1 at the Anoeta on Sunday.

Sevilla led through Dodi Lukebakio's penalty in the 12th minute.

The equaliser arrived just after the hour. Takefusa Kubo beat Adria Pedrosa on the right and cut the ball back for Brais Mendez, who took one touch and curled a shot into the far corner.

In the 84th minute Martin Zubimendi slipped a pass inside Loic Bade and Mikel Oyarzabal, cutting in from the left, drove a low shot beyond Orjan Nyland.
""",
    "keeper_saved_then_role": """Chelsea 1-2 Bournemouth

Bournemouth won 2-1 at Stamford Bridge on Saturday. Antoine Semenyo opened the scoring in the 14th minute.

Things got worse on 33 minutes. Robert Sanchez did well to push away Evanilson's first effort from the edge of the box, but the Brazilian was quickest to react and tapped in the rebound.

Cole Palmer pulled one back for Chelsea in the 58th minute.
""",
    "twice_including": """Bayer Leverkusen 3-1 Mainz

Patrik Schick scored twice for the hosts, including a 73rd-minute penalty, as Leverkusen beat Mainz at the BayArena.

Just six minutes were on the clock when Alejandro Grimaldo picked out Schick, who steered a first-time finish past Robin Zentner. Mainz's response was swift, and Jonathan Burkardt equalised in the 20th minute.

Florian Wirtz restored the lead for Leverkusen in the 50th minute, and Schick converted the penalty after Dominik Kohr had fouled Jeremie Frimpong.
""",
    "championship_shapes": """Stoke City 2-1 Hull City

Hull made the brighter start and went ahead in the 20th minute. Regan Slater's corner was only half-cleared and Joe Gelhardt drilled a low shot through a crowd of bodies.

Stoke, who had trailed to Gelhardt's strike for most of the half, were level on 40 minutes when Lewis Baker kept his composure to send Ivor Pandur the wrong way from the spot.

Hull's Charlie Hughes was booked in the 55th minute for a late challenge on Million Manhoef, and Manhoef himself went into the book in the 60th minute for catching Slater with a high boot.

Hull thought they had gone back in front when Oscar Zambrano fired into the net with five minutes left, only for the assistant's flag to rule it out for offside.

In the 93rd minute Junior Tchamadeu swung in a free-kick, Ben Wilmot flicked it on and Tom Cannon, on as a substitute, hooked home from six yards.
""",
    "away_goals_archive": """Porto 2 Lyon 2 (agg 3-3; Lyon win on away goals)

Lyon, held 1-1 at home in the first leg, go through to the quarter-finals on the away goals rule after a thrilling night at the Dragao.

Deco put Porto ahead after 20 minutes and Benni McCarthy added a second on the hour. Juninho pulled one back with a free-kick in the 70th minute, and Sidney Govou levelled in the 85th minute.
""",
    "live_blog_min_stamps": """Everton 1-2 Aston Villa: Premier League – as it happened

Full-time: Everton 1-2 Aston Villa. Villa hold on for the points.

88 min: GOAL! Everton 1-2 Aston Villa (Watkins). Youri Tielemans whips in the corner from the left and the Villa striker glances a header into the far corner.

70 min: Calvert-Lewin has the ball in the net! But the flag is up, he strayed offside. Still 1-1.

41 min: GOAL! Everton 1-1 Aston Villa (Rogers). Morgan Rogers cuts inside and curls one past Jordan Pickford.

12 min: GOAL! Everton 1-0 Aston Villa (Ndiaye). Iliman Ndiaye finishes off a quick break.

1 min: We're under way at Goodison Park.
""",
    "foul_minute_and_saves": """Chelsea 1-2 Arsenal

Arsenal came from behind to beat Chelsea 2-1 at Kingsmeadow on Sunday.

Chelsea had gone ahead through a Sam Kerr header and looked set for a point until Millie Bright brought down Alessia Russo in the area with two minutes remaining. Mariona Caldentey, who had earlier struck the bar from a free-kick, sent Hannah Hampton the wrong way from the spot.

Kerr's header came in the 12th minute, from a Lauren James cross. Arsenal levelled through Beth Mead in the 55th minute.

In the 70th minute Katie McCabe clipped Guro Reiten in the box, but Manuela Zinsberger guessed right and pushed the Norwegian's spot-kick around the post.
""",
    "cup_shootout_story": """Derby County 2-2 Millwall (aet, Millwall win 4-2 on penalties)

Millwall reached the fifth round after goalkeeper Lukas Jensen saved twice in a shootout at Pride Park.

Femi Azeez had headed the Lions level two minutes from the end of extra time, and Japhet Tanganga converted the decisive spot-kick to send the travelling fans wild.

Derby went ahead in the 30th minute, when Kayden Jackson crossed for Jerry Yates to finish at the back post. Mihailo Ivanovic equalised for Millwall in the 64th minute.

Derby went back in front in the 105th minute through Kenzo Goudmijn, and in the 118th minute Azeez headed in a corner.

Millwall went first in the shootout. Ivanovic scored, but Jensen dived to keep out Goudmijn's effort. Yates and Jackson were both successful for Derby.

Jensen then made his second save, and Tanganga sent Jacob Widell Zetterstrom the wrong way to send Millwall through.
""",
    "route_to_final": """2026 FA Cup final

The 2026 FA Cup final was played at Wembley Stadium on 16 May 2026. The match was contested by Aston Villa and Newcastle United. Aston Villa won the match to claim their first major trophy in three decades.

Route to the final

Newcastle United entered in the third round. A 3–0 victory over Stoke City followed, before a 1–0 win against Brighton in the quarter-finals.

Match

Ollie Watkins gave Aston Villa the lead in the 20th minute. Alexander Isak equalised for Newcastle United in the 55th minute, and Watkins scored the winner in the 80th minute.
""",
    "guardian_asides": """Fulham 3-1 Brentford

There are afternoons when everything falls into place, and this was one for Marco Silva.

Brentford had gone ahead when Bryan Mbeumo converted a penalty after 11 minutes. Emile Smith Rowe had other ideas. On 30 minutes the England midfielder collected the ball 20 yards out, skipped past Christian Norgaard, who was left on the floor, and curled a shot inside the far post.

The second half was eight minutes old when Fulham went ahead. Andreas Pereira swung in a corner and Raul Jimenez rose above Nathan Collins to head it in. Pereira celebrated as though he had scored it himself.

On 75 minutes Alex Iwobi picked up a loose ball after Vitaly Janelt had been caught in possession and drove a low shot through Mark Flekken's legs.

Fulham (4-2-3-1) Leno; Castagne, Andersen, Bassey, Robinson; Lukic, Berge; Iwobi, Smith Rowe, Pereira; Jimenez.
Booked: Lukic.

Referee Anthony Taylor.

Attendance 24,102.
""",
    "mls_wire": """Austin FC 2-3 Houston Dynamo

AUSTIN, Texas -- The Houston Dynamo left Q2 Stadium celebrating on Saturday night, as Sebastian Ferreira's header deep into stoppage time sealed a 3-2 win over Austin FC.

Houston struck first in the 12th minute when Amine Bassi curled a free kick into the top corner. Austin answered in the 40th minute through Sebastian Driussi.

Ibrahim Aliyu put Houston back in front in the 58th minute. In the 71st minute, Jon Gallagher floated a cross to the back post and Brandon Vazquez nodded it back across goal and inside the far post to make it 2-2.

Down to ten men after a late red card for Micael, Houston kept pushing. In the 94th minute Griffin Dorsey found Ferreira at the far post, and the Paraguayan powered a header past Brad Stuver.

Austin outshot the visitors 17-8 but could not find a winner.
""",
    "card_subjects": """Hearts 1-0 Hibernian

Hearts beat Hibernian 1-0 at Tynecastle on Sunday. Lawrence Shankland scored the only goal in the 30th minute, and Hibernian's Tom Connolly had gone close early on.

Jordan Obita was booked in the 20th minute for a late challenge on Cammy Devlin, and the Hibs full-back was shown a second yellow card ten minutes after the break for hauling back Kenneth Vargas.

Craig Halkett, booked for a foul on Martin Boyle on 40 minutes, was lucky to escape a second caution soon afterwards. The visitors' afternoon was over in the 80th minute when Connolly, chasing back, brought down Shankland and was shown a straight red card by the referee, Nick Walsh.
""",
    "wire_asides": """Brighton 2-1 Wolves

Brighton beat Wolves 2-1 at the Amex Stadium on Saturday. Danny Welbeck converted a 20th-minute penalty after Toti Gomes had tripped Kaoru Mitoma, sending Jose Sa the wrong way for his first goal since returning from injury.

Wolves kept going, and on 62 minutes they were back in the game. Rayan Ait-Nouri curled in a cross from the left and Jorgen Strand Larsen rose above Lewis Dunk to head past Bart Verbruggen.

With five minutes remaining the blow arrived. Joao Pedro, the Brazilian forward signed from Watford, exchanged passes with Welbeck and drilled a low shot inside the far post.
""",
    "translated_wording": """Valencia 1-1 Sevilla

Valencia and Sevilla drew 1-1 this Saturday at Mestalla. The visiting team took the lead thanks to a goal of Youssef En-Nesyri in the minute 30.

After the rest Valencia insisted and the reward arrived in the 71st minute: a cross of Jose Gaya ended in the own net of Loic Bade.
""",
    "fouled_then_role": """Brentford 1-0 Fulham

Brentford edged past Fulham at the Gtech Community Stadium on Saturday. Bryan Mbeumo had gone close twice before the break.

The only goal came in the 66th minute. After Yoane Wissa was brought down 20 yards out, the Cameroonian curled the free-kick over the wall and into the top corner.
""",
    "two_goals_down": """Leeds United 3-2 Sheffield United

Leeds United rallied from two goals down to beat Sheffield United 3-2 at Elland Road on Saturday.

Rhian Brewster opened the scoring in the 10th minute, and Gustavo Hamer then sent Illan Meslier the wrong way from the spot in the 25th minute after Ethan Ampadu clipped Vini Souza.

Joel Piroe halved the deficit in the 48th minute. Daniel James tied it up in the 70th minute with a curling effort, and the visitors' resistance broke for good when Jayden Bogle was sent off.

It was Piroe who settled it. After Willy Gnonto was fouled on the edge of the box, the Dutchman curled the free-kick over the wall and in.
""",
    "arrival_then_provider": """Scotland 2-1 Norway

Scotland came from behind to beat Norway 2-1 at Hampden Park on Tuesday. Norway led when Martin Odegaard bent a 25th-minute free-kick around the wall and beyond Angus Gunn, his first goal for his country in two years.

The equaliser came eight minutes after the break. Andy Robertson's cross was headed only half clear, and Scott McTominay drove a low shot through a crowd of bodies into the corner.

Che Adams won it for the hosts in the 81st minute.
""",
    "headline": """Arsenal 2-1 Chelsea

Bukayo Saka scored twice as Arsenal beat their London rivals at the Emirates on Sunday. The Gunners went ahead in the 23rd minute when Saka curled in from the edge of the box. Chelsea levelled through Cole Palmer eight minutes after the break, but Saka headed the winner for the hosts with 15 minutes remaining. The visitors finished with ten men after Moises Caicedo was sent off in stoppage time.
""",
    "unknown_clubs": """On a wet Tuesday night Kettleby Athletic beat Marsh Lane Rovers 3-1 in the county cup, their first win over their neighbours in a decade.

Tom Ashworth put the hosts ahead in the 12th minute and Danny Pike doubled the lead before the break. Marsh Lane Rovers pulled one back through Lewis Crane on the hour, but Ashworth settled it with five minutes left.
""",
    "unknown_beats_known": """Last night Harrowgate Vale were beaten 2-0 by Arsenal in a third-round tie that the holders controlled from the first whistle to the last.

Bukayo Saka opened the scoring in the 20th minute and Kai Havertz added a second midway through the second half.
""",
    "extra_time_by_minute": """Plymouth Argyle 2-2 Ipswich Town

Plymouth Argyle knocked Ipswich Town out of the cup on penalties after a 2-2 draw at Home Park. Ryan Hardie scored for Argyle in the 20th minute and Liam Delap equalised for Ipswich Town in the 55th minute. Morgan Whittaker restored the lead for the hosts in the 104th minute before Delap levelled again in the 117th minute. In the shootout, Michael Cooper saved twice and Argyle won it 4-2 when Morgan Whittaker converted the decisive kick.
""",
    "womens_sides": """Manchester City Women 2-1 Tottenham Hotspur Women

Khadija Shaw scored twice as City came from behind to beat Spurs in the Women's Super League on Sunday. Beth England gave Tottenham the lead in the 14th minute, but Shaw levelled for the hosts in the 40th minute and headed the winner in the 71st minute.
""",
    "two_cards_one_sentence": """Hibernian 0-0 Motherwell

Hibernian and Motherwell drew 0-0 at Easter Road on Saturday. Motherwell's Stephen O'Donnell was booked in the first half and Hibernian's Joe Newell picked up a yellow card on 77 minutes.
""",
    "stats_subject_goes_on": """Crystal Palace 0-2 Fulham

Fulham won 2-0 at Selhurst Park on Saturday. Raul Jimenez scored in the 20th minute and Alex Iwobi added a second in the 70th minute. Fulham outshot Palace 16-7 and held 57 percent of possession. The visitors had 16 shots, with six on target compared with two for the Eagles, and finished with 2.1 expected goals against 0.6 for Oliver Glasner's side.
""",
    "vague_and_exact": """Real Betis 1-2 Villarreal

Villarreal won 2-1 at the Benito Villamarin on Sunday. Ayoze Perez gave Villarreal the lead midway through the first half, finishing low into the corner in the 24th minute. Giovani Lo Celso levelled for Betis in the 40th minute, and Villarreal went ahead again soon after through Alex Baena in the 58th minute.
""",
    "verbs_and_months": """Arsenal 3-1 Chelsea

Arsenal beat Chelsea 3-1 on Sunday, with a month-named striker scoring on 5 May for the second year running. Bukayo Saka scored in the 20th minute. Chelsea were level through Cole Palmer in the 35th minute, but Arsenal went back in front through Kai Havertz in the 60th minute. Alfie May, on as a substitute, made the game safe in the 85th minute.
""",
    "shared_nickname_headline": """DERBY DAY: ROVERS 2 SHELS 0

Shamrock Rovers beat Shelbourne 2-0 at Tallaght Stadium on Friday night. Johnny Kenny scored for the Hoops in the 12th minute and Graham Burke added a second in the 70th minute. Shelbourne's Mark Coyle was booked in the first half, and home defender Roberto Lopes was shown a yellow card of Rovers' own on 80 minutes.
""",
    "minute_lists": """Hearts 3-1 Hibernian

Hearts beat Hibernian 3-1 at Tynecastle on Saturday. Lawrence Shankland scored twice for Hearts, in the 10th and 86th minutes, and Kenneth Vargas struck for Hearts in the 50th minute. Martin Boyle scored for Hibs in the 30th minute.
""",
    "and_again": """Inter Milan 2-0 Torino

Inter Milan beat Torino 2-0 at San Siro on Sunday. Lautaro Martinez scored for Inter in the 38th minute and again in the 58th minute.
""",
    "descriptive_subjects": """Inter Milan 2-1 Torino

Lautaro Martinez and Nicolo Barella were on target as Inter Milan beat Torino 2-1 at San Siro on Sunday.

Duvan Zapata headed Torino ahead in the 12th minute. Inter were level in the 38th minute, Martinez sweeping home after a cut-back from Barella, and the Argentine put them in front from the penalty spot on 58 minutes.

Earlier, the Italy midfielder Barella had gone close with a curling shot that Vanja Milinkovic-Savic tipped over.
""",
    "role_after_provider": """Arsenal Women 1-0 Chelsea Women

Alessia Russo scored the only goal as Arsenal beat Chelsea 1-0 in the Women's Super League on Sunday.

The England striker struck in the 11th minute, heading in Katie McCabe's cross at the near post.
""",
    "dated_by_another": """Aston Villa 1-1 Everton

Aston Villa and Everton drew 1-1 at Villa Park on Saturday. Morgan Rogers gave Villa the lead in the 63rd minute with a low drive. Beto's 89th-minute header cancelled out Morgan Rogers' second-half strike.
""",
    "live_blog": """Brentford 1-2 Fulham - as it happened

1' Kick-off at the Gtech Community Stadium.

19' GOAL! Brentford 0-1 Fulham. Raul Jimenez glances in a header from a corner.

33' GOAL! Brentford 1-1 Fulham. Yoane Wissa curls a shot into the far corner.

45+1' GOAL! Brentford 1-2 Fulham. Alex Iwobi sweeps in at the back post.

90+4' Full-time. Fulham hold on.
""",
    "assist_phrasings": """Real Betis 3-0 Villarreal

Real Betis beat Villarreal 3-0 at the Benito Villamarin on Sunday. Isco headed home a Luca Orellano cross in the 20th minute. Giovani Lo Celso scored in the 50th minute after a feed from Johnny Cardoso, and Vitor Roque netted in the 80th minute after a cut-back from Abde Ezzalzouli.
""",
    "headed_home_anothers_delivery": """Birmingham City v Wrexham

Birmingham City beat Wrexham at St Andrew's on Saturday. The winner came in the 77th minute. Alfie May, on as a substitute, stooped to head home Marc Leonard's free-kick.
""",
    "glued_scoreboard": """Ligue 1

LYOLyon1MONMonaco2

Monaco won at Lyon on Sunday night, with Wissam Ben Yedder scoring twice after Alexandre Lacazette had put the hosts ahead.
""",
    "future_aside": """Manchester United came from behind twice to seal a 3-2 victory over Real Sociedad for the hosts, who will face Athletic Club in the semi-finals.

Bruno Fernandes scored in the 20th minute, Mikel Oyarzabal equalised in the 30th minute and Takefusa Kubo put Real Sociedad ahead in the 50th minute before Rasmus Hojlund levelled for Manchester United in the 60th minute and Harry Maguire headed the winner in the 88th minute.
""",
    "no_numbers": """Brentford beat Fulham at the Gtech Community Stadium on Saturday.

Bryan Mbeumo gave the hosts the lead in the 12th minute. Yoane Wissa doubled Brentford's advantage with a header in the 50th minute, and Mbeumo added a third for Brentford in the 81st minute.

Fulham never managed a reply.
""",
    "bullets": """Newcastle United 2-0 Everton

- Alexander Isak scores a 12th-minute header
- Anthony Gordon seals the win with ten minutes left

Newcastle moved up to fifth with a comfortable home win over Everton at St James' Park.

Isak headed in a Kieran Trippier cross in the 12th minute to put the hosts in front. Everton rarely threatened, and Gordon added a second for Newcastle with ten minutes remaining, finishing off a quick break.
""",
    "told_twice": """Harry Kane scored twice and Son Heung-min added a third as Tottenham Hotspur beat Everton 3-1 at their new stadium on Saturday.

Kane put the hosts ahead after nine minutes, sweeping home a low cross from Pedro Porro. Everton were level in the 30th minute when Dominic Calvert-Lewin glanced in a header from a corner.

Son restored the lead ten minutes after the restart with a shot from 20 yards, and Kane sealed the points in the 72nd minute when he converted a penalty after Jarrad Branthwaite had tripped James Maddison.
""",
    "hat_trick": """Erling Haaland completed his hat-trick in the 81st minute as Manchester City came from behind to beat Wolves 3-1 at home.

Wolves stunned the champions when Matheus Cunha fired in from a tight angle after 12 minutes. Haaland levelled for City in the 34th minute, tapping in after Phil Foden's shot was parried.

The Norwegian got his second just after the hour, heading in a Kevin De Bruyne cross, and he finished the job nine minutes from time, rounding the goalkeeper after a through ball from Bernardo Silva.
""",
    "pulled_back": """Aston Villa 3-2 Newcastle United

Ollie Watkins gave Villa a fourth-minute lead and doubled it in the 38th minute. Leon Bailey made it 3-0 for the hosts just after the interval.

Newcastle pulled one back through Alexander Isak in the 70th minute, and Anthony Gordon reduced the deficit further for the visitors five minutes later, but Villa held on.
""",
    "own_goal": """Brighton 2-1 Crystal Palace

Brighton took the lead in the 17th minute when Marc Guehi turned a cross from Kaoru Mitoma into his own net under pressure from Danny Welbeck.

Palace drew level on 40 minutes through Eberechi Eze, whose free-kick took a wicked deflection off Lewis Dunk on its way past Bart Verbruggen.

Joao Pedro won it for the hosts in the 88th minute, stabbing in from close range.
""",
    # Curly apostrophes, an en dash and accents: evidence offsets must still quote the input.
    "own_goal_forms": """Wolves 2–2 Fulham

An own goal from Max Kilman handed Fulham the lead in the ninth minute. Fulham defender Tim Ream then sliced a cross into his own net in the 33rd minute to bring Wolves level.

Raúl Jiménez restored Fulham’s advantage on 61 minutes. Wolves rescued a point in the 93rd minute when Matheus Cunha’s shot deflected off Calvin Bassey and looped over Bernd Leno.
""",
    "penalties": """Bournemouth 1-1 Burnley

Dominic Solanke saw his penalty saved by James Trafford in the 14th minute after Antoine Semenyo had been brought down.

Burnley went in front just before half-time when Zeki Amdouni converted from the spot. Bournemouth equalised midway through the second half, Solanke heading in from a corner.

Lyle Foster could have won it for the visitors, but he blazed a stoppage-time penalty over the bar.
""",
    "shootout": """Chelsea won 4-3 on penalties after a 2-2 draw with Liverpool at Wembley that went to extra time.

Liverpool led through Mohamed Salah's 20th-minute strike before Chelsea equalised when Nicolas Jackson headed in on 58 minutes.

Cody Gakpo put Liverpool back in front in the 104th minute, only for Cole Palmer to level again for Chelsea in the 116th minute.

In the shootout, Salah and Gakpo scored for Liverpool but Darwin Nunez and Alexis Mac Allister were denied by Robert Sanchez. Palmer, Enzo Fernandez, Jackson and Noni Madueke all converted their kicks for Chelsea.
""",
    "cards": """Everton 0-0 Fulham

Everton finished with nine men after a bad-tempered goalless draw at Goodison Park.

Everton midfielder Idrissa Gueye was shown a straight red card in the 39th minute for a reckless lunge on Andreas Pereira. His team-mate James Tarkowski, booked for dissent early in the second half, was sent off for a second yellow card in the 77th minute.

Fulham's Joao Palhinha was also sent off in stoppage time for a second bookable offence.
""",
    "debrief": """Liverpool 2-0 Everton

Liverpool won the Merseyside derby at Anfield thanks to goals from Mohamed Salah and Diogo Jota.

Salah opened the scoring for Liverpool in the 27th minute, and Jota added a second for the hosts in the 64th minute.

Data Debrief
Salah has now scored 10 goals against Everton. He scored twice in a 4-0 win over them in 2019, and Jota also netted in that match. Everton have not won at Anfield since 2021.
""",
    "elsewhere": """Leeds United 1-0 Sunderland

Leeds edged a tight Championship game at Elland Road with a 67th-minute goal from Crysencio Summerville, who curled in from the left after a pass from Georginio Rutter.

Sunderland had the better of the first half but could not beat Illan Meslier.

Elsewhere, Norwich beat Hull 2-0 with goals from Josh Sargent and Gabriel Sara, and Millwall drew 1-1 with Stoke.
""",
    "stats": """Brentford 1-1 West Ham

Brentford dominated without finding a winner against West Ham. The hosts had 55% possession and 15 shots, six on target, to West Ham's eight shots, three on target.

Bryan Mbeumo put Brentford ahead in the 31st minute before Jarrod Bowen equalised for West Ham in the 76th minute.

The Bees finished with an xG of 2.1 to 0.8.
""",
    "scorer_list_labelled": """Tottenham Hotspur 3-1 Leicester City

Goals:
Tottenham: Kane 9, 72, Son 55 pen
Leicester City: Vardy 40

Tottenham returned to winning ways at home.
""",
    "scorer_list_bare": """Tottenham Hotspur 3-1 Leicester City

Harry Kane scored twice for Tottenham and Son Heung-min also struck for the hosts, while Jamie Vardy replied for Leicester.

Goals: Kane 9, 72, Son 55 pen; Vardy 40
""",
    "extra_time": """Real Madrid 3-2 Bayern Munich (after extra time)

Real Madrid reached the final after a thrilling night at the Bernabeu.

Harry Kane gave Bayern the lead from the penalty spot in the 30th minute, and Jamal Musiala doubled it for the visitors shortly after the restart. Vinicius Junior pulled one back for Madrid in the 70th minute before Joselu forced extra time with a 93rd-minute equaliser.

Joselu then headed the winner for the hosts in the 112th minute. Bayern's Dayot Upamecano was sent off two minutes later for a second yellow card.
""",
    "second_leg": """Porto 3-1 Lyon (agg 3-2)

Porto overturned a 1-0 first-leg defeat to reach the quarter-finals.

Galeno levelled the tie for Porto in the 20th minute with a low shot. Mehdi Taremi struck twice after the break, in the 55th and 68th minutes, and Porto led 3-0 on the night until Alexandre Lacazette pulled one back for Lyon in the 90th minute.
""",
    "scorer_told_after": """Wolverhampton Wanderers 2-1 Brentford

Wolves beat Brentford 2-1 at Molineux on Saturday. After a quiet opening, Brentford went ahead in the 18th minute. A corner was only half cleared and the ball fell to Ethan Pinnock, who reacted quickest to score from close range. Wolves equalised after 52 minutes. Nathan Collins turned a low cross into his own net under pressure. The hosts completed the turnaround late on when Matheus Cunha curled in a free-kick in the 84th minute.
""",
    "club_short_names": """Greenford Town 3-1 Ashby Rovers

Greenford Town beat Ashby Rovers 3-1 at Park Lane on Saturday. Greenford scored first through a corner that ended as an own goal by Kieran Dole after 11 minutes. Ashby were awarded a penalty in the 40th minute. Marcus Webb scored from the spot. Liam Foster added Greenford's second on 63 minutes, and Sam Price headed a third for the hosts in stoppage time.
""",
    "pegged_back": """Cobham Vale 2-2 Ridgeway Athletic

Cobham Vale led through Owen Marsh's header in the sixth minute but were pegged back just before the hour when Tariq Bello scored from a corner. Pedro Lima put the hosts ahead again in the 77th minute, only for Sam Okafor to respond three minutes later for the visitors.

Okafor appeared to have stolen the points for Ridgeway when he struck deep into stoppage time, but his effort was ruled out for offside. A long ball from Dean Foley fell to Bello, who controlled it well before firing wide.
""",
    "cut_back_to": """Northfield United 2-1 Castlebrook

Northfield United came from behind to beat Castlebrook on Tuesday night. Ben Dunmore gave the visitors the lead in the fifth minute. Luis Ferreira levelled for Northfield in the 30th minute.

The hosts took the lead after 65 minutes, when Joe Harker cut the ball back to Ferreira inside the Castlebrook box and the Portuguese midfielder sent a low shot past the keeper.
""",
    "club_voice_stats": """Rotherham United 1-2 Barnsley

We came away from the New York Stadium with all three points on Saturday afternoon. Rotherham had 14 shots; we had 9. Both teams had four on-target efforts. We edged the possession with a 51.5 per cent share of the ball, although that figure was 38 per cent in the first half.

Our expected goals of 1.4 were more than we managed at Bolton last week from the 0.9 xG. Rotherham's expected goals were at 1.1, despite their goalkeeper only facing an xG tally of 1.4.
""",
    "on_target_from": """Leyton Orient 0-1 Wycombe Wanderers

Wycombe won 1-0 at Brisbane Road on Tuesday. Orient's three shots on target from 12 told the story of a frustrating night, while Wycombe carried more threat with 1.3 expected goals.
""",
    "new_subject_after_and": """Sassuolo 1-2 Bologna

Bologna won at the Mapei Stadium on Sunday night, with both sides finishing with ten men.

Sassuolo goalkeeper Andrea Consigli was shown a straight red card for hauling down Santiago Castro and Riccardo Orsolini curled in the resulting free-kick. Emre Can headed a second, before Orsolini was sent off for a second booking.

Armand Lauriente pulled a goal back and Sassuolo's Domenico Berardi missed a late penalty.
""",
    "scored_as_they_lost": """Montpellier v Nantes

Nantes won away at Montpellier on Saturday evening. Moses Simon scored the opening goal after 20 minutes as Montpellier slumped to a third straight home defeat.
""",
    "later_than_told_before": """Brest 2-3 Lorient (after extra time)

Eli Junior Kroupi gave Lorient the lead in the 10th minute and doubled it in the 30th minute with a low drive.

Brest were handed a lifeline in the 70th minute when Romain Del Castillo was tripped in the box. Ludovic Ajorque converted the penalty, before Kamory Doumbia levelled for Brest just two minutes later.

With mere minutes to play in extra time, Lorient were awarded another penalty. Kroupi completed his hat-trick from the spot.
""",
    "ruled_out_and_woodwork": """Hartlepool United 1-1 Gateshead

HARTLEPOOL, Sept 27 - Hartlepool United and Gateshead drew 1-1 in front of 4,100 at Victoria Park on Saturday.

Gateshead thought they had taken the lead when Ben Tollitt turned in a loose ball in the 20th minute, but a VAR review ruled the goal out for offside. Centre-back Tom Parkes then headed over from a corner.

Hartlepool went ahead just after the half-hour when Mani Dieseruvwe curled a free kick over the wall and in off the underside of the bar. The visitors were awarded a penalty on 55 minutes, but Macauley Langstaff's spot-kick rebounded off the left post.

Langstaff made amends with 10 minutes left, firing into the far corner from the edge of the area.
""",
    "half_time_then_full_time_stats": """Crewe Alexandra 1-2 Walsall

HT: Crewe Alexandra 1-0 Walsall. Crewe have had 60% of the ball and six shots to Walsall's two.

FT: Crewe Alexandra 1-2 Walsall. Match stats: possession Crewe 52% Walsall 48%; shots 14-11; shots on target 4-6.
""",
    "stats_subject_after_carry": """Stockport County 2-1 Barrow

Stockport had 18 shots to Barrow's seven and 61 per cent of possession, while Barrow's keeper made six saves.
""",
    "club_voice_carry": """Port Vale 0-2 Bradford City

We made it two away wins in a row on Saturday. Over the 90 minutes we had 55 per cent of the ball and 15 shots to Port Vale's nine, seven of ours on target.
""",
    "headline_then_scorer": """Everton 0-2 Brentford: Thiago double ends Everton's home run

Igor Thiago scored twice as Brentford won at Hill Dickinson Stadium on Saturday, his first in the 12th minute and the second in the 80th minute.
""",
    "live_blog_newest_first": """Lazio 1-2 Fiorentina: Serie A - as it happened

90+4' FULL-TIME! Fiorentina win in Rome.

81' GOAL! Lazio 1-2 Fiorentina (Moise Kean). Kean spins away from his marker and drills a low shot past Ivan Provedel.

67' NO GOAL. Mattia Zaccagni thought he had equalised but VAR rules it out for a foul in the build-up.

40' GOAL! Lazio 1-1 Fiorentina. Taty Castellanos! The striker steers a header into the far corner.

9' GOAL! Lazio 0-1 Fiorentina. Albert Gudmundsson. A first-time finish from the edge of the box.

1' Kick-off at the Olimpico.
""",
    "team_then_scorer_next": """Belgium 2-1 Wales

Belgium took the lead through Romelu Lukaku in the 12th minute, turning in Jeremy Doku's cut-back.

The Welsh responded before half-time. Harry Wilson curled a free-kick into the top corner.

Belgium regained the lead just after the hour. Youri Tielemans was tripped in the area, and Kevin De Bruyne sent the keeper the wrong way from the penalty spot.
""",
    "possessive_arrival": """Aberdeen 3-1 Dundee United

Aberdeen beat Dundee United 3-1 at Pittodrie on Saturday. Kevin Nisbet opened the scoring in the fifth minute. Nisbet's second arrived six minutes before half-time, a low finish after Graeme Shinnie's pass. Ante Palaversa added the third ten minutes after the restart. Dundee United's goal came in the 80th minute: Ryan Strain was tripped by Jack MacKenzie and Louis Moult stroked in the penalty.
""",
    "card_not_the_fouled": """Brighton & Hove Albion 1-1 Newcastle United

With five minutes left Newcastle were handed the chance to level when Jan Paul van Hecke tugged Anthony Gordon's shirt and was booked. Later on, Ibrahima Konate, who was booked, had felled Kenan Yildiz. Sam Heddle raced out of his area and handled to deny Dan Okafor, earning a straight red. Late on, Ousmane Diomande brought down Vangelis Pavlidis and was booked.
""",
    "deficit_overturned": """Porto come back to knock out Lyon

Samu Aghehowa scored twice as Porto overturned a first-leg deficit to beat Lyon 2-0 on Wednesday and reach the quarter-finals 3-2 on aggregate.

Lyon arrived with a 2-1 lead from the first leg but were second best at the Dragao. Samu, who scored a hat-trick against Benfica in last season's league phase, levelled the tie for Porto in the 18th minute and headed the winner in the 66th minute.
""",
    "bullets_then_narrative": """Nottingham Forest 2-1 Fulham

Chris Wood scored twice as Forest beat Fulham at the City Ground.

• Wood headed Forest in front before converting a second-half penalty
• Alex Iwobi had levelled for Fulham before the break

Wood opened the scoring in the 12th minute with a header from a corner. Fulham were level in the 38th minute when Iwobi skipped inside Ola Aina and curled into the far corner. Wood won it from the spot in the 70th minute.
""",
    "home_by_ground": """Bournemouth edge past Wolves after extra-time thriller

Bournemouth are into the quarter-finals after a 2-1 win after extra time at Molineux on Saturday.

Jorgen Strand Larsen gave the hosts the lead in the 33rd minute. Antoine Semenyo levelled in the 70th minute, and Evanilson won it for the visitors in the 99th minute.
""",
    "penalty_given_against": """Inter 1-0 Napoli

90+2' Penalty to Napoli. Alessandro Bastoni catches Rasmus Hojlund's heel and the referee points to the spot. Bastoni is booked.

90+3' SAVED! Yann Sommer keeps out Romelu Lukaku's penalty.

With five minutes left the visitors were handed the chance to level when Federico Dimarco tugged Scott McTominay's shirt and was booked.
""",
    "surname_is_a_place": """Newcastle United 1-0 Brighton & Hove Albion

Bruno Guimaraes scored in stoppage time to win it for Newcastle. Kieran Trippier's free-kick was flicked on by Dan Burn in the fourth minute of stoppage time and Guimaraes, unmarked at the far post, volleyed in.
""",
    "hat_trick_sides_guessed": """Chelsea 1-3 Manchester City

Khadija Shaw scored a hat-trick as Manchester City ended Chelsea's unbeaten run at Stamford Bridge. The Jamaica striker opened the scoring in the 15th minute, turning sharply and firing across the keeper. City were dominant and Shaw doubled their lead seven minutes after half-time.

Sonia Bompastor's side pulled one back with 20 minutes to go when Aggie Beever-Jones pounced on a loose ball. But any hopes of a comeback ended in the 84th minute. Millie Bright was booked for bringing down Vivianne Miedema in the box, and Shaw completed her hat-trick from the penalty spot.
""",
    "arrival_then_scorer": """Mainz 0-1 Freiburg

Freiburg won a tight game at the Mewa Arena. Freiburg's opener arrived on 38 minutes. Ritsu Doan received Vincenzo Grifo's pass on the right, cut inside and drove a low effort (0.09 xG) into the bottom corner.
""",
    "stepped_up_to_take": """Bayer Leverkusen v RB Leipzig

Leverkusen's best chance came ten minutes after the interval, when Patrik Schick stepped up to take a penalty after Castello Lukeba handled. The spot-kick rebounded off the left post.

Xavi Simons scored the first in the 40th minute. Antonio Nusa killed the contest in the 71st minute, cutting inside and finishing past Mark Flekken.
""",
    "level_when_drove_in": """Atalanta 2-2 Roma

Roma took the lead through Artem Dovbyk in the 11th minute. Ivan Juric's side were level just after the half-hour when Ederson drove in from 25 yards.

Roma went back in front through Paulo Dybala early in the second half. La Dea were level again in the 67th minute. Lazar Samardzic's shot took a wicked deflection off Gianluca Mancini and looped in.
""",
    "history_before_goal": """Brazil 2-2 Netherlands

Vinicius Junior gave Brazil the lead in the ninth minute and Cody Gakpo levelled for the Netherlands in the 40th minute.

The Netherlands knocked Brazil out of the 2010 World Cup with a 2-1 quarterfinal win in Port Elizabeth, when Wesley Sneijder scored twice.

Memphis Depay, who also scored in this fixture last season, hit the post in the 70th minute.
""",
    "went_in_goal": """Hartlepool United v Gateshead

Joe Grey gave Hartlepool the lead in the 20th minute. When goalkeeper Pete Jameson was sent off for handling outside his area, centre-back Tom Parkes went in goal for the last ten minutes.
""",
    "time_across_a_foul": """Aston Villa 2-1 Everton

Ollie Watkins opened the scoring in the 23rd minute and Iliman Ndiaye levelled in the 41st minute.

The game turned shortly after the hour. James Tarkowski, already booked, brought down Watkins in the box and was shown a second yellow card. Watkins picked himself up and sent Jordan Pickford the wrong way from the spot.
""",
    "demonym_after_cross": """Liverpool 1-1 Juventus

Mohamed Salah put Liverpool ahead from the penalty spot in the 20th minute. Juventus hit back a minute before the break: Andrea Cambiaso's cross from the left found Jonathan David, and the Canadian glanced a header inside the far post.
""",
    "role_after_a_booking": """Wolves 1-2 Bournemouth

Jorgen Strand Larsen gave Wolves the lead in the 33rd minute. Wolves defender Emmanuel Agbadou was booked in the 58th minute for a cynical foul on Antoine Semenyo, and the Ghana international had the last laugh in the 70th minute, nodding in Marcus Tavernier's cross at the far post. Evanilson won it in the 88th minute.
""",
    "shootout_in_brackets": """Kilmarnock 1-1 Hibernian (aet, 3-4 on pens): Hibs edge shootout

Hibernian reached the semi-finals after beating Kilmarnock 4-3 on penalties at Rugby Park. Martin Boyle scored for Hibs in the 30th minute and Bruce Anderson levelled for Kilmarnock in the 75th minute.
""",
    "participle_after_and": """Flamengo 1-0 River Plate

Giorgian de Arrascaeta split the River defence with a pass, and Pedro cushioned it on his chest before volleying past Franco Armani in the 20th minute.
""",
    "chipped_a_pass": """Flamengo v River Plate

Giorgian de Arrascaeta chipped a pass over the River defence in the 27th minute, and Pedro cushioned it on his chest before volleying past Franco Armani. Luiz Araujo headed in a cross from Alex Sandro in the 70th minute.
""",
    "own_goal_from_a_cross": """Feyenoord 2-0 AZ Alkmaar

Ayase Ueda headed Feyenoord in front in the eighth minute. In the 71st minute defender Wouter Goes turned a low Anis Hadj Moussa cross into his own net.
""",
    "club_ordinal_name": """Burkardt header seals derby comeback

Eintracht Frankfurt came from behind to beat 1. FSV Mainz 05 2-1 on Saturday evening, in front of a sold-out Deutsche Bank Park. Jonathan Burkardt headed the winner for Eintracht in the 77th minute.
""",
    "ground_before_next_fixture": """Ueda double as Feyenoord crush AZ

Feyenoord thrashed AZ Alkmaar 4-0 in De Kuip on Sunday. Feyenoord had 21 shots to the visitors' six,. AZ host NEC next weekend.

The hosts outshot their visitors all afternoon and put seven attempts on target to AZ's two.
""",
    "shootout_by_misses": """Rennes 1-1 Lens

The tie went to penalties after a 1-1 draw over 120 minutes. Arnaud Kalimuendo scored for Rennes in the 20th minute and Florian Sotoca levelled for Lens in the 70th minute.

In the shootout, Sotoca blazed over and Brice Samba saw his kick saved, and it finished 4-2.
""",
    "receiver_after_arrival": """Brighton 1-0 Brentford

Brighton edged a tight game at the Amex. The opener arrived on 52 minutes. Pascal Gross skipped past two tackles on the right and picked out Joao Pedro, who steadied himself and drilled a low shot inside the near post.
""",
    "first_half_added_time": """Liverpool 2-0 Fulham

Liverpool beat Fulham 2-0 at Anfield. Diogo Jota opened the scoring in the 20th minute.

Liverpool doubled their lead in first-half stoppage time. Joachim Andersen was penalised for a shove on Darwin Nunez and Mohamed Salah placed the penalty low to the keeper's left three minutes into added time.
""",
    "penalised_then_role": """Norway 1-1 Scotland

Scotland led through John McGinn's 20th-minute strike. Norway levelled in the 70th minute. Grant Hanley was penalised for holding Erling Haaland at a corner and the Manchester City striker, unflustered, stepped up to send Angus Gunn the wrong way.
""",
    "edge_in_shots": """Columbus Crew 2-0 Toronto FC

Columbus beat Toronto 2-0 on Saturday night. Cucho Hernandez scored in the 30th minute and Diego Rossi added a second in the 75th minute.

Columbus had a 7-2 edge in shots on target and a 15-8 advantage in shots overall.
""",
    "formation_labelled_lineups": """Everton 0-1 Newcastle United

Newcastle won 1-0 at Goodison Park. Alexander Isak scored in the 40th minute.

Newcastle United (4-3-3) Pope; Trippier, Schar, Botman, Hall; Tonali, Longstaff, Joelinton; Murphy, Isak, Gordon.
Booked Longstaff, Hall.

Everton (4-2-3-1) Pickford; Patterson, Tarkowski, Branthwaite, Mykolenko; Gueye, Garner; Harrison, McNeil, Ndiaye; Beto.
Booked Garner.
""",
    "played_on_with_ten": """Real Salt Lake 2-1 Portland Timbers

Real Salt Lake beat Portland 2-1. Cristian Arango scored twice, in the 12th and 60th minutes, and Evander pulled one back in the 70th minute.

Portland finished the last 15 minutes with 10 men after defender Miguel Araujo picked up his second yellow card in the 75th minute for a late tackle.
""",
    "booked_earlier_aside": """Wales 2-0 Iceland

Wales beat Iceland 2-0 in Cardiff. Brennan Johnson scored in the 30th minute and Harry Wilson added a second in the 80th minute.

Iceland's misery deepened late on: there was still time for Sverrir Ingason, booked earlier for a foul on Johnson, to be sent off after a second yellow card in the 88th minute.
""",
    "winner_named_first": """Arsenal 2 Manchester City 1

A tight, tactical afternoon at the Emirates. Martin Odegaard side-footed in from a cut-back in the 11th minute and Erling Haaland headed in at the far post just after the hour.

The winner, with 12 minutes left, was a set piece in miniature: a corner from the right, a firm block on the near post and Declan Rice arriving unmarked at the penalty spot to head into the corner.

Rodri, cautioned ten minutes from time for bringing down Odegaard on the counter, could not stop the late siege.
""",
    "team_sheet_goals_line": """Struijk header sends Leeds top

Leeds edged out Sunderland 2-1 at Elland Road on Friday night.

Leeds: Meslier, Bogle, Rodon, Struijk, Firpo, Ampadu, Tanaka, James, Aaronson, Gnonto, Piroe.
Goals: Piroe 27, Struijk 85.

Sunderland: Patterson, Hume, Ballard, Mepham, Cirkin, Neil, Jobe, Roberts, Rigg, Le Fee, Isidor.
Goals: Isidor 70.
""",
    "agency_first_leg": """Benfica edge Inter in Lisbon

Lisbon (AFP) - Nicolas Otamendi headed a late winner as Benfica beat Inter Milan 2-1 in the first leg of their Champions League quarter-final on Tuesday, ahead of next week's return match at San Siro.

Lautaro Martinez put Inter ahead in the 23rd minute. Vangelis Pavlidis levelled from the penalty spot in the 55th minute in front of 60,000 fans at the Estadio da Luz, and Otamendi headed the winner in the 84th minute.

"In Milan we will have to suffer," said the Benfica coach.
""",
    "ratings_under_report": """Aston Villa 2-1 Wolves

Aston Villa beat Wolves 2-1 at Villa Park. Ollie Watkins scored in the 30th minute and Morgan Rogers added a second in the 60th minute before Jorgen Strand Larsen pulled one back in the 80th minute.

VILLA PLAYER RATINGS

Martinez 7; Cash 6, Konsa 7, Torres 6, Digne 7; Kamara 8, Tielemans 7; Rogers 8, McGinn 7, Bailey 6; Watkins 8.
""",
    "fouler_opens_the_next_sentence": """Chelsea 2-1 Everton

Chelsea beat Everton 2-1 at Stamford Bridge. Iliman Ndiaye levelled for Everton in the 40th minute before Nicolas Jackson won it in the 70th minute.

The opener came in the 25th minute. Jarrad Branthwaite pulled down Pedro Neto as the Portuguese turned in the box, and Cole Palmer waited for the keeper to move before rolling the ball into the opposite corner.
""",
    "referee_showed_the_role": """Brentford 1-0 Everton

Brentford beat Everton 1-0. Bryan Mbeumo scored in the 20th minute.

Idrissa Gueye was booked in the 30th minute for a foul on Mikkel Damsgaard. Late in the game Gueye went in late on Vitaly Janelt - already booked himself for a cynical foul on Ndiaye - and the referee showed the Senegal international a second yellow.
""",
    "two_particles_and_the_hour": """Tottenham Hotspur 2-1 Aston Villa

Tottenham beat Aston Villa 2-1. Son Heung-min put Spurs ahead in the 14th minute.

Villa drew level seven minutes before half-time. Lucas Digne swung in a cross and Ollie Watkins rose above Micky van de Ven to head in.

On the hour, Pau Torres tangled with Brennan Johnson in the area and the referee pointed to the spot. Dominic Solanke sent Emiliano Martinez the wrong way from the penalty a minute later.
""",
    "two_up_then_the_reply": """Brighton fight back to draw with Villa

Watkins and Rogers put Villa two up inside 27 minutes

Brighton & Hove Albion and Aston Villa drew at the Amex. Unai Emery, booked for a prolonged protest on the touchline, looked the more relieved manager at the end.

Leon Bailey drilled a low ball across the six-yard box; Ollie Watkins's first-time finish, his 10th of the season, left Bart Verbruggen flat-footed. On 27 minutes Villa doubled the lead. Morgan Rogers collected the ball in his own half and ran 50 yards before slotting under Verbruggen.

Brighton's reply came two minutes into first-half stoppage time. Pervis Estupinan curled in a cross from the left and Kaoru Mitoma's glancing header pulled one back.

Early in the second half the referee reached for his pocket again, this time because Ezri Konsa had dragged Mitoma to the turf. With nine minutes left Brighton were level. Jan Paul van Hecke launched a long ball forward and Danny Welbeck lashed a half-volley past Emiliano Martinez. Youri Tielemans saw yellow for time-wasting in the 85th minute.
""",
    "role_named_cards": """Sevilla win at ten-man Sociedad

SAN SEBASTIAN, Spain, March 9 (Reuters) - Sevilla beat 10-man Real Sociedad 3-1 on Saturday.

Youssef En-Nesyri put the visitors ahead in the 22nd minute. Real Sociedad drew level through a penalty. Sevilla midfielder Nemanja Gudelj was booked in the 38th minute for tripping Takefusa Kubo and Mikel Oyarzabal sent Orjan Nyland the wrong way a minute later.

The hosts had lived dangerously with right back Nuno Carvalho, a Portugal international signed in January, who was cautioned in the 27th minute for a foul on Lukebakio.

Thirteen minutes after the break the Portuguese went in late on Marcos Acuna near the halfway line, earned a second booking and was sent off. Dodi Lukebakio and Isaac Romero scored late for Sevilla.

Collecting the ball on the halfway line in stoppage time, the winger Romero was denied a fourth by Alex Remiro.
""",
    "adjective_team_and_late_penalty": """Eriksen penalty earns Denmark win

Christian Eriksen's late penalty gave Denmark a 2-1 win over Croatia in the Nations League on Monday.

Croatia had looked comfortable for much of the first half and went ahead in the 19th minute. Luka Modric slipped a pass between two Danish midfielders and Andrej Kramaric curled a shot beyond Kasper Schmeichel.

Denmark levelled through Rasmus Hojlund in the 55th minute.

The decisive moment came four minutes from time. Joachim Andersen met a corner with a firm header that was bound for the top corner until Mateo Kovacic pushed it away with his hand. The Croatian was sent off, and Eriksen sent Dominik Livakovic the wrong way from the spot a minute later.
""",
    "archive_derby_cards": """Bolton Wanderers 2 Blackburn Rovers 1

Blackburn led after 10 minutes, Andy Cole finishing coolly after Dwight Yorke had slid him through. Kevin Davies headed Bolton level in the 38th minute.

Lucas Neill had been booked a minute before half-time for a foul on Stelios Giannakopoulos. Twenty-two minutes into the second half the Australian scythed down the Greek international near the corner flag and Riley produced a second yellow card.

Five minutes from time Craig Short clattered into Davies 22 yards from goal, earning the centre-half a booking and Bolton a free-kick, and Jay-Jay Okocha bent it over the wall and inside Friedel's right-hand post.

Referee: M Riley.
""",
    "role_cards_after_a_duel": """Grimsby Town 2-1 Barrow

Emile Acquah put Barrow ahead in the 23rd minute before Danny Rose and Abraham Odoh scored for Grimsby.

Harvey Rodgers had his hands full with Acquah all afternoon. Eleven minutes after the goal the centre-back was booked for dragging him back.

Late on Niall Canavan, already on a booking, slid in on Odoh 25 metres from goal. The Irish defender was shown a second yellow card in the 84th minute.
""",
    "cup_tie_whose_shot": """Sheffield Wednesday 3-2 Southampton (aet)

Wednesday won the semi-final on penalties after a 3-3 aggregate draw. Southampton had won the first leg 1-0 at St Mary's, and Jan Bednarek, booked in the first half, was sent off for a second caution in extra time.

Adam Armstrong put Southampton ahead in the 51st minute. Josh Windass scored for Wednesday in the 60th minute, and Michael Smith's header six minutes from the end of normal time, from a Barry Bannan free-kick, took the tie to extra time.

Southampton went back in front in the 99th minute. Stuart Armstrong's clever pass found Che Adams, whose low shot squirmed under Cameron Dawson. Liam Palmer levelled for Wednesday in the 117th minute.
""",
    "a_league_paragraphs": """Grant's late header earns Sydney FC a point

Rhyan Grant has headed a stoppage-time equaliser to earn Sydney FC a 2-2 draw with 10-man Melbourne Victory at AAMI Park.

The Victory looked to have done enough after coming from behind through a Nikos Vergos penalty and a superb Daniel Arzani strike, despite losing Roderick Miranda to a straight red card just after the hour.

Sydney went ahead in the 17th minute when Patrick Wood finished across Paul Izzo.

Four minutes into the second half Grant, booked for the challenge, clipped Arzani in the box, and Vergos sent Andrew Redmayne the wrong way.

Miranda was sent off for a wild lunge on Wood, but it was the Victory who went ahead with 13 minutes remaining.

Zinedine Machach picked out Arzani on the left, and the Socceroos winger cut inside two defenders before curling a shot into the top corner.

Five minutes into added time Grant flicked a header beyond Izzo.
""",
    "stats_blocks": """Chelsea 2-1 Newcastle United

Chelsea beat Newcastle 2-1 at Stamford Bridge. Cole Palmer scored in the 9th minute, Alexander Isak levelled in the 33rd and Nicolas Jackson won it in the 80th.

The stats

Possession: Chelsea 61%, Newcastle 39%
Shots: Chelsea 14, Newcastle 11
Shots on target: Chelsea 6, Newcastle 4

Statistic | Chelsea | Newcastle United
Expected goals | 1.87 | 1.32
Corner kicks | 5 | 9
""",
    "derby_asides": """Hearts 1-2 Hibernian

Steven Naismith's side had started brightly and went ahead after nine minutes when Ross Aitken swept in from 12 yards.

But Luis Ferreira, booked in the 31st minute for a cynical foul on Aitken, levelled a minute before half-time with a curling shot into the top corner.

Hibs should have led soon after the break. Kenji Mori, booked for his trouble, clumsily barged Callum Sinclair over and the striker's penalty in the 50th minute was struck firmly enough but too close to Zander Clark, who parried.

Sinclair headed the winner 12 minutes from time, after Mori had pulled back Aitken's strike partner Lawrence Shankland at the other end.

Hearts head coach Steven Naismith said: "We were poor in the last 15 minutes."
""",
    "derby_told_as_argument": """West Ham 2-2 Tottenham: Bellamy's opener cancelled out by Hagen own goal

It was no more than West Ham deserved. The reward arrived midway through the first half: Lucas Pereira slipped a pass inside Eric Dier and Jordan Bellamy, arriving at speed, lifted the ball over Hugo Lloris.

On 33 minutes Dejan Kulusevski's low cross was turned past his own keeper by Kurt Hagen. West Ham should have gone back in front before the break. Bellamy hit the side-netting after a slick exchange with Pereira.

A minute after the hour Rafael Sousa bent a shot inside the far post for Tottenham.

Then Michail Antonakis, on for 14 minutes and largely anonymous until that point, rose above Cristian Romero two minutes from time and headed Aaron Cresswell's free-kick into the bottom corner.

West Ham (4-2-3-1) Areola; Coufal, Hagen, Zouma, Cresswell; Soucek, Rice; Bellamy, Pereira (Antonakis 74), Benrahma; Ings.
Tottenham (3-4-3) Lloris; Romero, Dier, Davies; Emerson, Bentancur, Hojbjerg, Perisic; Kulusevski, Kane, Sousa.
""",
    "striker_got_up": """Benfica 3-1 Feyenoord

Benfica were ahead inside 11 minutes. Diogo Almeida pulled the ball back for Tiago Mendonca, who lashed a shot into the roof of the net.

Benfica doubled the lead after 56 minutes. Lars Verstappen, who had been booked a minute earlier for a foul on Almeida, brought down Mendonca in the box, and the striker got up to dispatch the penalty himself.

Milan Hoekstra pulled one back for Feyenoord in the 70th minute and Ruben Leal headed a third in the 83rd minute.
""",
    "club_page_first_name": """MATCH REPORT | Kilmarnock 1 Aberdeen 3

Craig Duthie scored twice as we took all three points back up the road from Rugby Park.

We made the breakthrough on 27 minutes when Craig side-footed beyond Jamie MacDonald into the bottom corner. Liam Gourlay levelled for Kilmarnock in the 55th minute and Aaron Millen turned a cross into his own net in the 68th. Deep into stoppage time Craig rose highest to head home his second.
""",
    "bbc_lineup_bookings": """Sheffield Wednesday 1-1 Middlesbrough

Sheffield Wednesday and Middlesbrough drew 1-1 at Hillsborough. Kamara scored for Wednesday in the 30th minute and Hewitt levelled in the 60th.

It was a bad-tempered afternoon: Famuyide, who had been cautioned in the first half, escaped a second booking, and Dorrans was shown a second for a trip on Pellow in the 81st minute after an earlier yellow in the 20th minute.

Sheff Wed

1 Whitworth
5 Famuyide
Booked at 86mins
8 Kamara

Middlesbrough

2 Hewitt
Booked at 52mins
5 Dorrans
""",
    "out_jumped": """Brentford 2-1 Crystal Palace

Brentford beat Crystal Palace 2-1. Chris Okonkwo turned a cross into his own net in the 12th minute and Eberechi Eze levelled for Palace in the 34th.

Lindqvist whipped in a corner from the left and Tobias Norgaard out-jumped Okonkwo to head in at the near post in the 67th minute.
""",
    "ap_dateline_nations": """Verhoeven double keeps Netherlands perfect

WARSAW, Poland -- Daan Verhoeven scored twice as the Netherlands beat Poland 2-1 on Friday in World Cup qualifying.

Verhoeven opened the scoring after nine minutes. Kacper Wisniewski levelled for Poland from the penalty spot in the 45th minute. Verhoeven won it in the 67th minute.

Wisniewski, the Lech Poznan striker who scored a hat-trick against San Marino in March, had a quieter second half.
""",
    "extra_time_counted": """Sporting Lisbon 2-1 Basel (aet)

Sporting beat Basel 2-1 after extra time at the Alvalade.

Bruno Seabra scored for Sporting in the 27th minute and Dominik Ruegg was booked after 67 minutes.

Basel struck first in extra time. Eight minutes in, Silvan Hunziker drilled a low shot past Rui Patricio at his near post.

The right-back Ruegg, already on a yellow card, hauled down Teixeira in the 108th minute and was sent off, and Hugo Valente headed the winner in the 119th minute.
""",
    "after_coming_on": """Sheffield Wednesday 2-1 Middlesbrough

Substitute Ike Ogundipe headed the winner four minutes after coming on as Wednesday beat Middlesbrough.

Callum Dorrans put Middlesbrough ahead in the 23rd minute and Josh Pellow levelled from the spot in the 52nd.

Sheffield Wednesday (4-2-3-1) Whitworth; Hession, Famuyide, Iorwerth, Colclough; Shorrock, Kamara; Rushworth, Pellow, Mellish (Ogundipe 70); Moss.
""",
    "came_on_in_prose": """Fulham 1-1 Everton

Fulham led through a Raul Jimenez header in the 30th minute. Everton's Kwame Mensah, a January signing, replaced Dwight McNeil on 60 minutes. Ten minutes after coming on, Mensah drew the Toffees level with a low shot.
""",
    "uefa_key_moments": """Ajax 3-1 Olympiacos

Key moments
14' Visser curls Ajax in front
58' Visser converts penalty
90+4' Substitute Kuipers seals it

Ajax went ahead after 14 minutes when Jorrit Visser curled a superb effort into the far top corner. Giorgos Mavridis headed Olympiacos level in the 37th minute.

Olympiacos had the better of the rest of the half and Ajax's keeper made two fine saves.

The decisive moments came in the second half. Kostas Lazaridis was cautioned for bringing down Visser in the box, and the Dutch forward picked himself up to send the keeper the wrong way from the spot a minute later.

Total attempts: Ajax 17 Olympiacos 9

Ajax

20 Pryce Booked at 71mins
""",
    "two_bookable_offences": """Liverpool 3-1 Newcastle United

Liverpool beat ten-man Newcastle 3-1 at Anfield. Newcastle then had Lee Bowyer sent off for two bookable offences.

Then Bowyer, who had already been booked for a foul on Xabi Alonso, was shown the red card by referee Graham Poll for a wild challenge on Liverpool substitute Florent Sinama-Pongolle in the 77th minute.
""",
    "straight_reds_beside_second_yellows": """Lyon 0-1 Marseille

Marseille won 1-0 in Lyon with a goal from Pierre-Emerick Aubameyang in the 31st minute. A late brawl followed. Corentin Tolisso and Geoffrey Kondogbia were each shown second yellow cards, with Nemanja Matic and Leonardo Balerdi shown straight reds.
""",
    "present_tense_red": """Fiorentina 1-2 Lazio

Lazio win 2-1 in Florence. Fiorentina defender Nikola Vukovic pulls back Matias Ledesma as the Argentine races clear, and referee Paolo Tagliavento shows him a straight red card.
""",
    "rallied_past": """LA Galaxy 3-2 Seattle Sounders

The Galaxy rallied past the Sounders on Saturday night. Jordan Morris opened the scoring in the 14th minute. Albert Rusnak doubled the lead from the spot in the 31st minute. Joseph Paintsil pulled one back in the 45th minute. Gabriel Pec levelled in the 62nd minute. Riqui Puig won it in the 88th minute.
""",
}


@lru_cache(maxsize=None)
def parsed(name: str) -> Match:
    return parse_report(REPORTS[name])


# --- what a row can ask about a record -----------------------------------------------------

def _by_team(match: Match, pair) -> dict | None:
    return None if pair is None else {match.home.name: pair.home, match.away.name: pair.away}


def _goal(g) -> tuple:
    flags = [f for f, on in (("pen", g.penalty), ("og", g.own_goal), ("header", g.header)) if on]
    return (g.player, g.team, describe(g.minute, g.stoppage, g.approximate), *flags)


def _same_goal(expected: tuple, actual: tuple) -> bool:
    player, team, minute, *flags = expected
    return (players_match(player, actual[0]) and team == actual[1]
            and same_minute(minute, actual[2]) and sorted(flags) == sorted(actual[3:]))


def _all_matched(expected: list[tuple], actual: list[tuple], same) -> bool:
    """Every expected item pairs with its own actual item, and nothing is left over."""
    left = list(actual)
    for item in expected:
        hit = next((a for a in left if same(item, a)), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def check(match: Match, fact: str, expected):
    """(ok, what the record says) for one fact of a row."""
    if fact in ("home", "away"):
        actual = getattr(match, fact).name if getattr(match, fact) else None
        return actual == expected, actual
    if fact in ("home_aliases", "away_aliases"):
        side = getattr(match, fact.split("_")[0])
        actual = {a.casefold() for a in side.aliases} if side else set()
        return {a.casefold() for a in expected} <= actual, actual
    if fact in ("score", "aggregate", "first_leg", "shootout", "half_time"):
        actual = _by_team(match, getattr(match, fact))
        return actual == expected, actual
    if fact in ("after_extra_time", "winner"):
        actual = getattr(match, fact)
        return actual == expected, actual
    if fact == "goals" or fact.startswith("goals of "):
        team = fact[len("goals of "):] if fact.startswith("goals of ") else None
        actual = [_goal(g) for g in match.goals if team is None or g.team == team]
        return _all_matched(expected, actual, _same_goal), actual
    if fact == "goal":
        actual = [_goal(g) for g in match.goals]
        return any(_same_goal(expected, a) for a in actual), actual
    if fact == "goals per player":
        actual = Counter(g.player for g in match.goals)
        tally = {name: sum(n for p, n in actual.items() if players_match(name, p)) for name in expected}
        return tally == expected and sum(actual.values()) == sum(expected.values()), dict(actual)
    if fact == "not scorers":
        actual = [g.player for g in match.goals]
        return not any(players_match(name, p) for name in expected for p in actual), actual
    if fact == "assists":      # {scorer: assist}
        actual = {g.player: g.assist for g in match.goals}
        return all(any(players_match(scorer, p) and players_match(assist, a) for p, a in actual.items() if a)
                   for scorer, assist in expected.items()), actual
    if fact == "running score":
        actual = [f"{g.score_after.home}-{g.score_after.away}" if g.score_after else "?" for g in match.goals]
        return actual == expected, actual
    if fact == "card":
        player, team, kind, *minute = expected
        actual = [(c.player, c.team, c.card, describe(c.minute, c.stoppage, c.approximate)) for c in match.cards]
        # team None: the row is about whom the card went to, whatever side is read
        return any(players_match(player, p) and (team is None or t == team) and k == kind and (not minute or same_minute(minute[0], m))
                   for p, t, k, m in actual), actual
    if fact == "cards":         # every card, as (player, kind, minute): none missing, none extra
        actual = [(c.player, c.card, describe(c.minute, c.stoppage, c.approximate)) for c in match.cards]
        unmatched = list(actual)
        for player, kind, minute in expected:
            hit = next((a for a in unmatched if players_match(player, a[0]) and a[1] == kind and same_minute(minute, a[2])), None)
            if hit is None:
                return False, actual
            unmatched.remove(hit)
        return not unmatched, actual
    if fact == "card side":      # (player, team or None): the side read for his cards, exactly
        player, team = expected
        actual = [c.team for c in match.cards if players_match(player, c.player)]
        return bool(actual) and all(t == team for t in actual), actual
    if fact == "missed penalty":
        player, team, outcome = expected
        actual = [(p.player, p.team, p.outcome) for p in match.penalties_missed]
        return any(players_match(player, p) and t == team and o == outcome for p, t, o in actual), actual
    if fact.startswith("stats "):
        pair = getattr(match.stats, fact[len("stats "):])
        actual = _by_team(match, pair)
        return actual == expected, actual
    raise KeyError(f"no such fact: {fact}")


def row(report, fact, expected):
    return pytest.param(report, fact, expected, id=_id(report, fact, expected))


def known_failure(report, fact, expected, reason):
    return pytest.param(report, fact, expected, id=_id(report, fact, expected),
                        marks=pytest.mark.xfail(strict=True, reason=reason))


def _id(report, fact, expected) -> str:
    about = f"-{expected[0]}" if isinstance(expected, tuple) else ""
    if fact == "goal":
        about += f"-{expected[2]}"
    return f"{report}-{fact}{about}"


ARS, CHE = "Arsenal", "Chelsea"
VIL, NEW = "Aston Villa", "Newcastle United"
RMA, BAY = "Real Madrid", "Bayern Munich"

SYNTHETIC = [
    # A result headline names the sides, home first, and is the only place the score is stated.
    row("headline", "home", ARS),
    row("headline", "away", CHE),
    row("headline", "score", {ARS: 2, CHE: 1}),
    row("headline", "winner", ARS),
    row("headline", "home_aliases", ["the Gunners", "the hosts"]),
    row("headline", "away_aliases", ["the visitors"]),
    row("headline", "goals", [("Saka", ARS, "23"), ("Palmer", CHE, "53"), ("Saka", ARS, "75", "header")]),
    # "Saka scored twice" in the summary and each goal in the narrative: two goals, not four.
    row("headline", "goals per player", {"Saka": 2, "Palmer": 1}),
    row("told_twice", "goals per player", {"Kane": 2, "Son Heung-min": 1, "Calvert-Lewin": 1}),
    row("told_twice", "score", {"Tottenham Hotspur": 3, "Everton": 1}),
    # "his second", "completed his hat-trick": three goals for one player, each counted once.
    row("hat_trick", "goals per player", {"Haaland": 3, "Cunha": 1}),
    row("hat_trick", "home", "Manchester City"),
    row("hat_trick", "score", {"Manchester City": 3, "Wolves": 1}),
    # "pulled one back", then "reduced the deficit ... five minutes later": a relative minute.
    row("pulled_back", "goals of Newcastle United", [("Isak", NEW, "70"), ("Gordon", NEW, "75")]),
    row("pulled_back", "home_aliases", ["Villa", "the hosts"]),
    row("pulled_back", "away_aliases", ["Newcastle", "the visitors"]),
    # An own goal is credited to the side it helps; a shot deflected off a defender is the shooter's.
    row("own_goal", "goals", [("Guehi", "Brighton", "17", "og"), ("Eze", "Crystal Palace", "40"),
                              ("Joao Pedro", "Brighton", "88")]),
    row("own_goal", "score", {"Brighton": 2, "Crystal Palace": 1}),
    row("own_goal_forms", "goals", [("Kilman", "Fulham", "9", "og"), ("Ream", "Wolves", "33", "og"),
                                    ("Jimenez", "Fulham", "61"), ("Cunha", "Wolves", "90+3")]),
    # Clubs the gazetteer does not know are learnt from the result sentence.
    row("unknown_clubs", "score", {"Kettleby Athletic": 3, "Marsh Lane Rovers": 1}),
    row("unknown_clubs", "winner", "Kettleby Athletic"),
    row("unknown_clubs", "goals", [("Ashworth", "Kettleby Athletic", "12"), ("Pike", "Kettleby Athletic", "~40"),
                                   ("Crane", "Marsh Lane Rovers", "~60"), ("Ashworth", "Kettleby Athletic", "85")]),
    row("unknown_beats_known", "score", {"Harrowgate Vale": 0, "Arsenal": 2}),
    row("unknown_beats_known", "winner", "Arsenal"),
    # A minute past 105 is extra time even when the report never says "extra time".
    row("extra_time_by_minute", "after_extra_time", True),
    row("extra_time_by_minute", "goal", ("Delap", "Ipswich Town", "117")),
    row("extra_time_by_minute", "shootout", {"Plymouth Argyle": 4, "Ipswich Town": 2}),
    row("extra_time_by_minute", "winner", "Plymouth Argyle"),
    # A club's women's side is named with a suffix in the result line and by the club's names after it.
    row("womens_sides", "home", "Manchester City Women"),
    row("womens_sides", "goals", [("England", "Tottenham Hotspur Women", "14"), ("Shaw", "Manchester City Women", "40"),
                                  ("Shaw", "Manchester City Women", "71", "header")]),
    # Two bookings in one sentence: each player, side and minute its own.
    row("two_cards_one_sentence", "card", ("O'Donnell", "Motherwell", "yellow", "?")),
    row("two_cards_one_sentence", "card", ("Newell", "Hibernian", "yellow", "77")),
    # The sentence's subject goes on ("and held", ", with", "and finished with") after naming the
    # other side; "N for TEAM" is TEAM's figure.
    row("stats_subject_goes_on", "stats possession", {"Fulham": 57, "Crystal Palace": 43}),
    row("stats_subject_goes_on", "stats shots_on_target", {"Fulham": 6, "Crystal Palace": 2}),
    row("stats_subject_goes_on", "stats xg", {"Fulham": 2.1, "Crystal Palace": 0.6}),
    # A vague time ("midway through the first half", "soon after") told with an exact minute
    # for the same goal gives way to it.
    row("vague_and_exact", "goals", [("Perez", "Villarreal", "24"), ("Lo Celso", "Real Betis", "40"), ("Baena", "Villarreal", "58")]),
    # A team's state with 'through X' tells X's goal; a month after a first name is a surname.
    row("verbs_and_months", "goals", [("Saka", "Arsenal", "20"), ("Palmer", "Chelsea", "35"), ("Havertz", "Arsenal", "60"),
                                      ("Alfie May", "Arsenal", "85")]),
    # A headline short name shared by several clubs ("ROVERS") is the one the report writes out.
    row("shared_nickname_headline", "home", "Shamrock Rovers"),
    row("shared_nickname_headline", "away", "Shelbourne"),
    row("shared_nickname_headline", "card", ("Lopes", "Shamrock Rovers", "yellow", "80")),
    # "twice, in the 10th and 86th minutes", "in the 38th minute and again in the 58th": a minute each.
    row("minute_lists", "goals of Hearts", [("Shankland", "Hearts", "10"), ("Vargas", "Hearts", "50"), ("Shankland", "Hearts", "86")]),
    row("and_again", "goals", [("Martinez", "Inter Milan", "38"), ("Martinez", "Inter Milan", "58")]),
    # "the Argentine" between clubs and "the England striker" stand for a player named before
    # (not the provider of a cross, and "England" here is no other match).
    row("descriptive_subjects", "goals of Inter Milan", [("Martinez", "Inter Milan", "38"), ("Martinez", "Inter Milan", "58", "pen")]),
    row("role_after_provider", "goals", [("Russo", "Arsenal Women", "11", "header")]),
    # "Beto's 89th-minute header cancelled out Rogers' strike": the minute is Beto's goal's.
    row("dated_by_another", "goals", [("Rogers", "Aston Villa", "63"), ("Beto", "Everton", "89", "header")]),
    # Live-blog entries: the stamp dates the goal, the running score says whose it was.
    row("live_blog", "goals", [("Jimenez", "Fulham", "19", "header"), ("Wissa", "Brentford", "33"), ("Iwobi", "Fulham", "45+1")]),
    # "a X cross", "after a feed from X", "after a cut-back from X" name the assist.
    row("assist_phrasings", "assists", {"Isco": "Orellano", "Lo Celso": "Cardoso", "Roque": "Ezzalzouli"}),
    # "head home X's free-kick": X delivered it; the header's scorer is the goal's.
    row("headed_home_anothers_delivery", "goals per player", {"Alfie May": 1}),
    row("headed_home_anothers_delivery", "not scorers", ["Leonard"]),
    # A saved page's scoreboard that lost its spaces: "LYOLyon1MONMonaco2".
    row("glued_scoreboard", "home", "Lyon"),
    row("glued_scoreboard", "score", {"Lyon": 1, "Monaco": 2}),
    row("glued_scoreboard", "winner", "Monaco"),
    # "..., who will face X in the semi-finals" is about the next match, not this sentence's score.
    row("future_aside", "score", {"Manchester United": 3, "Real Sociedad": 2}),
    # A saved penalty is a missed penalty, not a goal; one converted "from the spot" is a goal.
    row("penalties", "goals", [("Amdouni", "Burnley", "~44", "pen"), ("Solanke", "Bournemouth", "~67", "header")]),
    row("penalties", "score", {"Bournemouth": 1, "Burnley": 1}),
    row("penalties", "winner", None),
    # A shootout after extra time: the score is the 120-minute one, kicks are not goals.
    row("shootout", "score", {"Chelsea": 2, "Liverpool": 2}),
    row("shootout", "shootout", {"Chelsea": 4, "Liverpool": 3}),
    row("shootout", "after_extra_time", True),
    row("shootout", "winner", "Chelsea"),
    row("shootout", "not scorers", ["Madueke", "Enzo Fernandez", "Nunez", "Mac Allister"]),
    # Extra time: minutes past 90 stay plain.
    row("extra_time", "after_extra_time", True),
    row("extra_time", "score", {RMA: 3, BAY: 2}),
    row("extra_time", "winner", RMA),
    row("extra_time", "goal", ("Joselu", RMA, "112", "header")),
    row("extra_time", "goal", ("Kane", BAY, "30", "pen")),
    # A straight red, a second yellow told as "sent off for a second bookable offence".
    row("cards", "card", ("Gueye", "Everton", "red")),
    row("cards", "card", ("Palhinha", "Fulham", "second_yellow")),
    row("cards", "score", {"Everton": 0, "Fulham": 0}),
]

# Shapes met in real reports, retold in new words.
REGRESSION = [
    # Bullet points summarise the goals before the narrative tells them again.
    row("bullets", "goals", [("Isak", NEW, "12", "header"), ("Gordon", NEW, "80")]),
    row("bullets", "goals per player", {"Isak": 1, "Gordon": 1}),
    # A facts paragraph's historical goals are not this match's.
    row("debrief", "goals", [("Salah", "Liverpool", "27"), ("Jota", "Liverpool", "64")]),
    row("debrief", "score", {"Liverpool": 2, "Everton": 0}),
    # "Elsewhere, X beat Y 2-0 with goals from ..." belongs to another match.
    row("elsewhere", "goals", [("Summerville", "Leeds United", "67")]),
    row("elsewhere", "not scorers", ["Sargent", "Sara"]),
    row("elsewhere", "score", {"Leeds United": 1, "Sunderland": 0}),
    # Statistics told in prose.
    row("stats", "stats possession", {"Brentford": 55, "West Ham": 45}),
    row("stats", "stats shots", {"Brentford": 15, "West Ham": 8}),
    row("stats", "stats shots_on_target", {"Brentford": 6, "West Ham": 3}),
    row("stats", "goals", [("Mbeumo", "Brentford", "31"), ("Bowen", "West Ham", "76")]),
    # A scorer list under team labels.
    row("scorer_list_labelled", "goals", [("Kane", "Tottenham Hotspur", "9"), ("Kane", "Tottenham Hotspur", "72"),
                                          ("Son", "Tottenham Hotspur", "55", "pen"), ("Vardy", "Leicester City", "40")]),
    # A second leg: "levelled the tie" is about the aggregate, "led 3-0 on the night" the match.
    row("second_leg", "score", {"Porto": 3, "Lyon": 1}),
    row("second_leg", "aggregate", {"Porto": 3, "Lyon": 2}),
    row("second_leg", "winner", "Porto"),
    row("second_leg", "goal", ("Galeno", "Porto", "20")),
    row("second_leg", "goals of Lyon", [("Lacazette", "Lyon", "90")]),
    row("second_leg", "running score", ["1-0", "2-0", "3-0", "3-1"]),
    # A side told scoring in one sentence, its scorer in the next ("..., who reacted quickest to
    # score"; "turned a low cross into his own net"), and a penalty awarded before its taker.
    row("scorer_told_after", "goals", [("Pinnock", "Brentford", "18"), ("Collins", "Wolverhampton Wanderers", "52", "og"),
                                       ("Cunha", "Wolverhampton Wanderers", "84")]),
    row("club_short_names", "goals", [("Dole", "Greenford Town", "11", "og"), ("Webb", "Ashby Rovers", "40", "pen"),
                                      ("Foster", "Greenford Town", "63"), ("Price", "Greenford Town", "~90", "header")]),
    row("club_short_names", "not scorers", ["Greenford"]),
    # "led through X's header", "were pegged back when Y scored" (Y is the other side's), "only
    # for Z to respond ... for the visitors"; a disallowed goal and a shot wide are not goals.
    row("pegged_back", "goals", [("Marsh", "Cobham Vale", "6", "header"), ("Bello", "Ridgeway Athletic", "~58"),
                                 ("Lima", "Cobham Vale", "77"), ("Okafor", "Ridgeway Athletic", "80")]),
    row("pegged_back", "goals per player", {"Marsh": 1, "Bello": 1, "Lima": 1, "Okafor": 1}),
    # "when X cut the ball back to Y ... and the midfielder sent a low shot past": Y scored; the
    # team in "inside the Castlebrook box" is a place, not the midfielder's side.
    row("cut_back_to", "goals", [("Dunmore", "Castlebrook", "5"), ("Ferreira", "Northfield United", "30"),
                                 ("Ferreira", "Northfield United", "65")]),
    row("cut_back_to", "not scorers", ["Harker"]),
    # A club site's own voice ("we had 9"), a first-half figure beside the match one, "both teams
    # had four on-target efforts", an xG of another game paired before the real one is told, and
    # the opponents' xG a side faced.
    row("club_voice_stats", "stats shots", {"Rotherham United": 14, "Barnsley": 9}),
    row("club_voice_stats", "stats shots_on_target", {"Rotherham United": 4, "Barnsley": 4}),
    row("club_voice_stats", "stats possession", {"Rotherham United": 48.5, "Barnsley": 51.5}),
    row("club_voice_stats", "stats xg", {"Rotherham United": 1.1, "Barnsley": 1.4}),
    row("on_target_from", "stats shots", {"Leyton Orient": 12, "Wycombe Wanderers": None}),
    row("on_target_from", "stats shots_on_target", {"Leyton Orient": 3, "Wycombe Wanderers": None}),
    row("on_target_from", "stats xg", {"Leyton Orient": None, "Wycombe Wanderers": 1.3}),
    # "... for hauling down Castro and Orsolini curled in": a new subject after "and" starts a
    # clause, so the sent-off keeper's team is not the scorer's and "missed a late penalty" in
    # the next clause cancels nothing; "Emre Can" keeps his surname.
    row("new_subject_after_and", "goals", [("Orsolini", "Bologna", "?"), ("Emre Can", "Bologna", "?", "header"),
                                           ("Lauriente", "Sassuolo", "?")]),
    row("new_subject_after_and", "card", ("Orsolini", "Bologna", "second_yellow")),
    # "X scored ... as Montpellier slumped to a defeat": the losing side conceded it.
    row("scored_as_they_lost", "goals", [("Simon", "Nantes", "20")]),
    row("scored_as_they_lost", "winner", "Nantes"),
    # "handed a lifeline in the 70th minute. ... levelled just two minutes later": later than the
    # time the sentence before told; "with mere minutes to play in extra time" is near 120.
    row("later_than_told_before", "goal", ("Doumbia", "Brest", "72")),
    row("later_than_told_before", "goal", ("Kroupi", "Lorient", "~117", "pen")),
    row("later_than_told_before", "goals per player", {"Kroupi": 3, "Doumbia": 1, "Ajorque": 1}),
    # "a VAR review ruled the goal out", "in off the underside of the bar" (a goal), a penalty that
    # "rebounded off the left post" (not one); a dateline's "Sept", a ground's name and a role
    # word opening a sentence are not players.
    row("ruled_out_and_woodwork", "goals", [("Dieseruvwe", "Hartlepool United", "~32"), ("Langstaff", "Gateshead", "80")]),
    row("ruled_out_and_woodwork", "not scorers", ["Tollitt", "Sept"]),
    row("ruled_out_and_woodwork", "missed penalty", ("Langstaff", "Gateshead", "woodwork")),
    # "HT: ..." figures are not the match's; "possession Crewe 52% Walsall 48%; shots 14-11".
    row("half_time_then_full_time_stats", "stats possession", {"Crewe Alexandra": 52, "Walsall": 48}),
    row("half_time_then_full_time_stats", "stats shots", {"Crewe Alexandra": 14, "Walsall": 11}),
    row("half_time_then_full_time_stats", "stats shots_on_target", {"Crewe Alexandra": 4, "Walsall": 6}),
    # "18 shots to Barrow's seven and 61 per cent": the subject's possession, the other's shots.
    row("stats_subject_after_carry", "stats shots", {"Stockport County": 18, "Barrow": 7}),
    row("stats_subject_after_carry", "stats possession", {"Stockport County": 61, "Barrow": 39}),
    # "15 shots to Port Vale's nine, seven of ours on target": a whole number carries a count.
    row("club_voice_carry", "stats shots", {"Port Vale": 9, "Bradford City": 15}),
    row("club_voice_carry", "stats shots_on_target", {"Port Vale": None, "Bradford City": 7}),
    row("club_voice_carry", "stats possession", {"Port Vale": 45, "Bradford City": 55}),
    # A headline ending "... Everton's home run" does not make the first name of the next paragraph
    # an Everton player; "scored twice as Brentford won, his first in the 12th minute and the
    # second in the 80th": the minutes after the clause are his two goals'.
    row("headline_then_scorer", "goals", [("Thiago", "Brentford", "12"), ("Thiago", "Brentford", "80")]),
    # A live blog newest first: each "GOAL!" entry names its scorer bare ("Taty Castellanos!",
    # "(Moise Kean)", "Albert Gudmundsson."), and its score against the one a goal less says whose
    # goal it was; "VAR rules it out" under "NO GOAL".
    row("live_blog_newest_first", "goals", [("Gudmundsson", "Fiorentina", "9"), ("Castellanos", "Lazio", "40", "header"),
                                            ("Kean", "Fiorentina", "81")]),
    row("live_blog_newest_first", "not scorers", ["Zaccagni"]),
    # "The Welsh responded before half-time." has no scorer (not the last player named); the
    # next sentence's does, and "Belgium regained the lead" gives the penalty taker's side.
    row("team_then_scorer_next", "goals", [("Lukaku", "Belgium", "12"), ("Wilson", "Wales", "~40"),
                                           ("De Bruyne", "Belgium", "~62", "pen")]),
    # "Nisbet's second arrived ...": the owner scored; "added the third" is the team's third, not
    # his; "Dundee United's goal came ...: Strain was tripped by MacKenzie and Moult stroked in
    # the penalty": neither the fouled player nor the one after "by".
    row("possessive_arrival", "goals", [("Nisbet", "Aberdeen", "5"), ("Nisbet", "Aberdeen", "39"),
                                        ("Palaversa", "Aberdeen", "55"), ("Moult", "Dundee United", "80", "pen")]),
    row("possessive_arrival", "goals per player", {"Nisbet": 2, "Palaversa": 1, "Moult": 1}),
    # The booked player, not the one he fouled: "X tugged Gordon's shirt and was booked", "Konate,
    # who was booked, had felled Yildiz", "handled to deny Okafor, earning a straight red".
    row("card_not_the_fouled", "card", ("Jan Paul van Hecke", None, "yellow")),
    row("card_not_the_fouled", "card", ("Konate", None, "yellow")),
    row("card_not_the_fouled", "card", ("Heddle", None, "red")),
    row("card_not_the_fouled", "card", ("Diomande", None, "yellow")),
    # "overturned a first-leg deficit to beat Lyon 2-0" is this match's result; "Samu, who scored
    # a hat-trick ... last season, levelled the tie": not a hat-trick here, and "Samu," opening a
    # sentence is the player named in full before, not an adverb.
    row("deficit_overturned", "score", {"Porto": 2, "Lyon": 0}),
    row("deficit_overturned", "aggregate", {"Porto": 3, "Lyon": 2}),
    row("deficit_overturned", "goals", [("Samu", "Porto", "18"), ("Samu", "Porto", "66", "header")]),
    # "Iwobi skipped inside Ola Aina and curled into the far corner": Aina is passed, not scoring;
    # "headed Forest in front before converting a penalty" tells two goals, the penalty not the header.
    row("bullets_then_narrative", "goal", ("Iwobi", "Fulham", "38")),
    row("bullets_then_narrative", "goal", ("Wood", "Nottingham Forest", "12", "header")),
    row("bullets_then_narrative", "not scorers", ["Aina"]),
    # No fixture line: "at Molineux" makes Wolves the hosts; a 99th-minute goal in a match that
    # went to extra time is an extra-time minute, not 90+9.
    row("home_by_ground", "home", "Wolves"),
    row("home_by_ground", "goals", [("Strand Larsen", "Wolves", "33"), ("Semenyo", "Bournemouth", "70"),
                                    ("Evanilson", "Bournemouth", "99")]),
    # Who gave away a penalty given to one side plays for the other, so his card is that side's.
    row("penalty_given_against", "card", ("Bastoni", "Inter", "yellow")),
    row("penalty_given_against", "card", ("Dimarco", "Inter", "yellow")),
    # "Guimaraes" is a club and a city, but after "Bruno Guimaraes" it is his surname.
    row("surname_is_a_place", "goals", [("Guimaraes", "Newcastle United", "90+4")]),
    # A scorer's goal with no side cue goes where his other goals went, when the score has room;
    # "Bompastor's side pulled one back when Beever-Jones pounced": the player after "when"; the
    # player booked for conceding the penalty plays for the other side than its taker.
    row("hat_trick_sides_guessed", "goals", [("Shaw", "Manchester City", "15"), ("Shaw", "Manchester City", "52"),
                                             ("Beever-Jones", "Chelsea", "70"), ("Shaw", "Manchester City", "84", "pen")]),
    row("hat_trick_sides_guessed", "card", ("Bright", "Chelsea", "yellow")),
    # "Freiburg's opener arrived on 38 minutes. Doan received ... and drove a low effort in":
    # the next sentence's subject scored it.
    row("arrival_then_scorer", "goals", [("Doan", "Freiburg", "38")]),
    # "stepped up to take a penalty" (then told hitting the post) is not a goal; "killed the
    # contest" is one.
    row("stepped_up_to_take", "not scorers", ["Schick"]),
    row("stepped_up_to_take", "goals per player", {"Simons": 1, "Nusa": 1}),
    # "Juric's side were level just after the half-hour when Ederson drove in"; "La Dea were level
    # again in the 67th minute. Samardzic's shot ... looped in": the side that drew level scored.
    row("level_when_drove_in", "goal", ("Ederson", "Atalanta", "~32")),
    row("level_when_drove_in", "goal", ("Samardzic", "Atalanta", "67")),
    # "knocked Brazil out of the 2010 World Cup ..., when Sneijder scored twice": another match's
    # goals, told after the past match is named; the match's own goals stay.
    row("history_before_goal", "not scorers", ["Sneijder"]),
    row("history_before_goal", "goals per player", {"Vinicius Junior": 1, "Gakpo": 1}),
    # An outfield player who "went in goal" took the gloves; he did not score.
    row("went_in_goal", "not scorers", ["Parkes"]),
    row("went_in_goal", "goals per player", {"Grey": 1}),
    # "The game turned shortly after the hour. [a foul and a red card] Watkins ... sent Pickford
    # the wrong way from the spot": the time waits across the foul; Ndiaye gets the one goal the
    # score leaves for Everton once Watkins' second is placed with his first.
    row("time_across_a_foul", "goals", [("Watkins", "Aston Villa", "23"), ("Ndiaye", "Everton", "41"),
                                        ("Watkins", "Aston Villa", "~62", "pen")]),
    # "Cambiaso's cross found David, and the Canadian glanced a header in": the Canadian is the
    # player the cross found, not its provider.
    row("demonym_after_cross", "goal", ("David", "Juventus", "44", "header")),
    row("demonym_after_cross", "assists", {"David": "Cambiaso"}),
    # "Agbadou was booked for a foul on Semenyo, and the Ghana international had the last laugh
    # ..., nodding in": the role is the fouled player, not the one booked.
    row("role_after_a_booking", "goal", ("Semenyo", "Bournemouth", "70")),
    # "Kilmarnock 1-1 Hibernian (aet, 3-4 on pens)": the bracket keeps the fixture's order.
    row("shootout_in_brackets", "shootout", {"Kilmarnock": 3, "Hibernian": 4}),
    row("shootout_in_brackets", "winner", "Hibernian"),
    # "X split the defence with a pass, and Pedro cushioned it before volleying past": the
    # participle hangs on the clause after "and", whose subject is Pedro.
    row("participle_after_and", "goals", [("Pedro", "Flamengo", "20")]),
    # "chipped a pass over the defence" is a delivery; "headed in a cross" is a finish.
    row("chipped_a_pass", "goals per player", {"Pedro": 1, "Luiz Araujo": 1}),
    # "Goes turned a low Hadj Moussa cross into his own net": the name inside "a low X cross" is
    # the crosser, not the one who turned it in.
    row("own_goal_from_a_cross", "goal", ("Goes", "Feyenoord", "71", "og")),
    # "beat 1. FSV Mainz 05 2-1": the club's ordinal is no sentence end, so the result is read;
    # "in front of a sold-out Deutsche Bank Park" is at Frankfurt's ground.
    row("club_ordinal_name", "score", {"Eintracht Frankfurt": 2, "1. FSV Mainz 05": 1}),
    row("club_ordinal_name", "home", "Eintracht Frankfurt"),
    # "in De Kuip" makes Feyenoord the hosts, whatever "AZ host NEC next weekend" says of the next
    # fixture; "put seven attempts on target to AZ's two": the subject's seven.
    row("ground_before_next_fixture", "home", "Feyenoord"),
    row("ground_before_next_fixture", "stats shots", {"Feyenoord": 21, "AZ Alkmaar": 6}),
    row("ground_before_next_fixture", "stats shots_on_target", {"Feyenoord": 7, "AZ Alkmaar": 2}),
    # "it finished 4-2" with no side named: Sotoca (Lens, by his goal) blazed over, so Lens lost.
    row("shootout_by_misses", "shootout", {"Rennes": 4, "Lens": 2}),
    row("shootout_by_misses", "winner", "Rennes"),
    # No goal names its club, but "the Galaxy rallied past the Sounders" makes the opener
    # Seattle's, and the running score ("doubled the lead", "pulled one back", "levelled") the rest.
    row("rallied_past", "goals", [("Morris", "Seattle Sounders", "14"), ("Rusnak", "Seattle Sounders", "31", "pen"),
                                  ("Paintsil", "LA Galaxy", "45"), ("Pec", "LA Galaxy", "62"), ("Puig", "LA Galaxy", "88")]),
    # "The equaliser came ..." and the next sentence opens with the provider ("X's cross ..., and
    # Y drove a low shot ..."): the scorer is the one the goal verb follows. A free-kick bent
    # "beyond" the named keeper went in, however long the way there.
    row("arrival_then_provider", "goals", [("Odegaard", "Norway", "25"), ("McTominay", "Scotland", "53"),
                                           ("Adams", "Scotland", "81")]),
    row("arrival_then_provider", "not scorers", ["Robertson", "Gunn"]),
    # "rallied from two goals down": the first two goals were the other side's, and a goal of
    # unknown side and minute leaves the score a ceiling for the rest ("tied it up").
    row("two_goals_down", "goals of Sheffield United", [("Brewster", "Sheffield United", "10"),
                                                        ("Hamer", "Sheffield United", "25", "pen")]),
    row("two_goals_down", "goal", ("James", "Leeds United", "70")),
    # "After X was fouled ..., the Cameroonian curled the free-kick in": the role is the player
    # named before, not the fouled one.
    row("fouled_then_role", "goals", [("Mbeumo", "Brentford", "66")]),
    # A fouler before a participle ("after X had tripped Y, sending the keeper the wrong way") is
    # not its subject; "curled in a cross" is a delivery; "back in the game" at a time, then the
    # header; "the blow arrived" and the next sentence's subject; a club a player was "signed
    # from" does not make the sentence another match's.
    row("wire_asides", "goals", [("Welbeck", "Brighton", "20", "pen"), ("Strand Larsen", "Wolves", "62", "header"),
                                 ("Joao Pedro", "Brighton", "85")]),
    row("wire_asides", "not scorers", ["Gomes", "Ait-Nouri"]),
    # Translated agency wording: "a goal of X", "the own net of X".
    row("translated_wording", "goals", [("En-Nesyri", "Sevilla", "30"), ("Bade", "Valencia", "71", "og")]),
    # Cards told without their own subject ("... and the Hibs full-back was shown a second
    # yellow for hauling back X", "when Connolly, chasing back, brought down Y and was shown a
    # straight red card by the referee, Z"): the sentence's player, not the fouled one or the
    # referee; "lucky to escape a second caution" is no second yellow.
    row("card_subjects", "cards", [("Obita", "yellow", "20"), ("Obita", "second_yellow", "55"),
                                   ("Halkett", "yellow", "40"), ("Connolly", "red", "80")]),
    row("card_subjects", "card", ("Obita", "Hibernian", "second_yellow")),
    row("card_subjects", "card", ("Connolly", "Hibernian", "red")),
    # A dateline ("AUSTIN, Texas -- ") is a town, not the subject team of its sentence; "Austin
    # answered ... through X"; "... nodded it back across goal ... to make it 2-2"; "Down to ten
    # men, ..." opens a sentence without naming anyone; "X found Ferreira ..., and the
    # Paraguayan powered a header past Y": the one the ball was played to.
    row("mls_wire", "goals", [("Bassi", "Houston Dynamo", "12"), ("Driussi", "Austin FC", "40"),
                              ("Aliyu", "Houston Dynamo", "58"), ("Vazquez", "Austin FC", "71", "header"),
                              ("Ferreira", "Houston Dynamo", "90+4", "header")]),
    row("mls_wire", "stats shots", {"Austin FC": 17, "Houston Dynamo": 8}),
    # Guardian shapes: "the England midfielder collected ..., skipped past X, ..., and curled a
    # shot inside the far post" (predicates sharing the opening role), "the second half was eight
    # minutes old", "rose above X to head it in", "after X had been caught in possession and drove
    # a low shot through Y's legs"; "celebrated as though he had scored it" is no goal, and the
    # "Attendance 24,102." line under the line-ups is no scorer list.
    row("guardian_asides", "goals", [("Mbeumo", "Brentford", "11", "pen"), ("Smith Rowe", "Fulham", "30"),
                                     ("Jimenez", "Fulham", "53", "header"), ("Iwobi", "Fulham", "75")]),
    # A Wikipedia final's "route to the final": "a 3-0 victory over Stoke City" is that round's
    # score, not the final's; the score then follows from the goals.
    row("route_to_final", "score", {"Aston Villa": 2, "Newcastle United": 1}),
    # A cup tie told from its shootout: "the decisive spot-kick" and the kicks told in the
    # shootout's paragraph and the next ("Ivanovic scored, but ...", "sent X the wrong way to send
    # Millwall through") are no goals; "two minutes from the end of extra time" is 118;
    # "crossed for Yates to finish at the back post".
    row("cup_shootout_story", "goals", [("Yates", "Derby County", "30"), ("Ivanovic", "Millwall", "64"),
                                        ("Goudmijn", "Derby County", "105"), ("Azeez", "Millwall", "118", "header")]),
    # "had gone ahead through a Kerr header ... until Bright brought down Russo in the area with
    # two minutes remaining": the foul's minute is not the header's ("Kerr's header came in the
    # 12th minute" is); "pushed the Norwegian's spot-kick around the post" is a save; a "who had
    # earlier struck the bar" aside does not cancel the penalty told after it.
    row("foul_minute_and_saves", "goals", [("Kerr", "Chelsea", "12", "header"), ("Mead", "Arsenal", "55"),
                                           ("Mariona Caldentey", "Arsenal", "?", "pen")]),
    # A newest-first live blog stamped "88 min:": each "GOAL! ... (Name)" entry is one goal, its
    # side from the scores; the corner taker told after it is no second scorer; "has the ball in
    # the net! But the flag is up" is taken back by the next sentence.
    row("live_blog_min_stamps", "goals", [("Ndiaye", "Everton", "12"), ("Rogers", "Aston Villa", "41"),
                                          ("Watkins", "Aston Villa", "88")]),
    # A level aggregate: "(agg 3-3; Lyon win on away goals)" and "go through ... on the away
    # goals rule" say who went through.
    row("away_goals_archive", "winner", "Lyon"),
    row("away_goals_archive", "aggregate", {"Porto": 3, "Lyon": 3}),
    # "Hull made the brighter start and went ahead", then the scorer; "kept his composure to send
    # X the wrong way from the spot"; "only for the assistant's flag to rule it out"; a free-kick
    # "swung in" that another player "flicked on" and a third, "on as a substitute", hooked home;
    # a player fouled by one of a known side is on the other side (his own booking's side).
    row("championship_shapes", "goals", [("Gelhardt", "Hull City", "20"), ("Baker", "Stoke City", "40", "pen"),
                                         ("Cannon", "Stoke City", "90+3")]),
    row("championship_shapes", "card", ("Manhoef", "Stoke City", "yellow")),
    # "scored twice ..., including a 73rd-minute penalty": the other goal's minute comes from its
    # own telling ("Just six minutes were on the clock when ...").
    row("twice_including", "goals", [("Schick", "Bayer Leverkusen", "6"), ("Burkardt", "Mainz", "20"),
                                     ("Wirtz", "Bayer Leverkusen", "50"), ("Schick", "Bayer Leverkusen", "73", "pen")]),
    # "Sanchez did well to push away Evanilson's first effort, but the Brazilian tapped in the
    # rebound": the role is the shooter, not the keeper who saved.
    row("keeper_saved_then_role", "goal", ("Evanilson", "Bournemouth", "33")),
    row("keeper_saved_then_role", "not scorers", ["Sanchez"]),
    # "The equaliser arrived just after the hour. X beat Y and cut the ball back for Z, who ...
    # curled": the one it was played to; "slipped a pass inside Bade and Oyarzabal, cutting in
    # from the left, drove ...": the defender the pass went inside is no co-subject.
    row("pass_receivers", "goals", [("Lukebakio", "Sevilla", "12", "pen"), ("Mendez", "Real Sociedad", "~61"),
                                    ("Oyarzabal", "Real Sociedad", "84")]),
    # A goal told as a move: "... a pass five minutes before the break and Gakpo was away. The
    # Dutchman beat Casteels at his near post."
    row("beat_keeper_move", "goals", [("Lukaku", "Belgium", "20"), ("Gakpo", "Netherlands", "40")]),
    # "Nagbe, already cautioned in the 44th minute, was shown a second yellow": two cards, each
    # with its minute; "the Crew, who finished with 10 men after Nagbe's sending-off" names his
    # side (not the first team of the sentence); "joined him in the referee's notebook".
    row("card_asides", "cards", [("Zimmerman", "yellow", "30"), ("Moreira", "yellow", "60"),
                                 ("Nagbe", "yellow", "44"), ("Nagbe", "second_yellow", "75")]),
    row("card_asides", "card", ("Nagbe", "Columbus Crew", "second_yellow")),
    row("card_asides", "card", ("Nagbe", "Columbus Crew", "yellow")),
    row("card_asides", "card", ("Moreira", "Columbus Crew", "yellow")),
    # A card's side from the attack it stopped: "for stopping a Betis break", "for a foul on X as
    # Villarreal briefly threatened".
    row("card_stopped_side", "card", ("Comesana", "Villarreal", "yellow")),
    row("card_stopped_side", "card", ("Bartra", "Real Betis", "yellow")),
    # Italian copy's fixture line "Torino-Napoli 0-2": two known clubs joined by a hyphen.
    row("italian_fixture_line", "home", "Torino"),
    row("italian_fixture_line", "score", {"Torino": 0, "Napoli": 2}),
    # One chance's xG ("a chance worth 0.64 expected goals", "an xG value of just 0.04") is not
    # the side's; "Nine of City's efforts hit the target, compared with two from West Ham".
    row("opta_chance_xg", "stats xg", {"Manchester City": 2.84, "West Ham United": 0.71}),
    row("opta_chance_xg", "stats shots_on_target", {"Manchester City": 9, "West Ham United": 2}),
    # Translated numbers: "tried 14 shots against the 8 of Napoli".
    row("translated_numbers", "stats shots", {"Torino": 14, "Napoli": 8}),
    # Wikipedia's match box: home scorers, "Report", away scorers under "Lens 2–1 Nice"; the
    # line-ups below, one player a line under each team's name, are no fixture, and their
    # "Yellow card 35'" rows are cards of that team.
    row("wikipedia_match_box", "home", "Lens"),
    row("wikipedia_match_box", "goals", [("Thauvin", "Lens", "20"), ("Moffi", "Nice", "55"), ("Sotoca", "Lens", "70")]),
    row("wikipedia_match_box", "cards", [("Medina", "yellow", "35"), ("Ndayishimiye", "yellow", "62")]),
    row("wikipedia_match_box", "card", ("Ndayishimiye", "Nice", "yellow")),
    # Bookings of several players at once: "Villa midfielder Kamara and Brentford captain
    # Norgaard were both booked", "X and Y were shown yellow cards ..., as were Brentford's A and
    # B", a "Booked Janelt, Wissa." line without a colon; a suspension "after an accumulation of
    # yellow cards" is no card of this match.
    row("group_bookings", "cards", [("Kamara", "yellow", "?"), ("Norgaard", "yellow", "?"), ("Konsa", "yellow", "~52"),
                                    ("Digne", "yellow", "~52"), ("Collins", "yellow", "~52"), ("Damsgaard", "yellow", "~52"),
                                    ("Janelt", "yellow", "?"), ("Wissa", "yellow", "?")]),
    row("group_bookings", "card", ("Collins", "Brentford", "yellow")),
    # "flung himself to keep out X's 34th-minute penalty" is a save; "struck the foot of the
    # post" woodwork; "It still took Newcastle until the 88th minute to find the goal" dates the
    # header told next; "Fernandes's late header sinks Brighton" makes him the other side's; a
    # ground named "Stadio Diego Armando Maradona" is no player.
    row("saves_and_late_header", "goals", [("Mitoma", "Brighton", "20"), ("Gordon", "Newcastle", "50"),
                                           ("Fernandes", "Newcastle", "88")]),
    row("saves_and_late_header", "not scorers", ["Welbeck", "Dunk", "Maradona"]),
    # French-site lists: "Cautions: A (69th), B (77th) for Lyon; C (52nd), D (84th) for
    # Marseille", "Booked: Lyon: X. Marseille: Y, Z." (the second team on the same line), "X,
    # already booked, was sent off ... (88th)" (the earlier yellow keeps its own minute);
    # "Tolisso (30th) and Mikautadze (60th) scored": each name's bracketed minute.
    row("french_lists", "cards", [("Kondogbia", "yellow", "52"), ("Kondogbia", "second_yellow", "88"),
                                  ("Maitland-Niles", "yellow", "69"), ("Tessmann", "yellow", "77"),
                                  ("Hojbjerg", "yellow", "84"), ("Matic", "yellow", "?"), ("Balerdi", "yellow", "?"),
                                  ("Harit", "yellow", "?")]),
    row("french_lists", "card", ("Hojbjerg", "Marseille", "yellow")),
    row("french_lists", "card", ("Harit", "Marseille", "yellow")),
    row("french_lists", "goals", [("Tolisso", "Lyon", "30"), ("Mikautadze", "Lyon", "60"), ("Greenwood", "Marseille", "70")]),
    # Between nations, the first place named ("win in Amsterdam", a city of Dutch clubs) says
    # who was at home, before the next fixture's "Italy host Belgium in Udine"; so "the
    # visitors" are Italy.
    row("nations_win_in_city", "home", "Netherlands"),
    row("nations_win_in_city", "goals", [("Retegui", "Italy", "17"), ("van Dijk", "Netherlands", "52"), ("Tonali", "Italy", "74")]),
    # "for Salah, who finished across Donnarumma"; "Konate was penalised for a tug on Haaland, and
    # the Norwegian converted": the role is not the offender; "turning Dias and finishing
    # across ..." (the defender turned is no subject).
    row("finished_across", "goals", [("Salah", "Liverpool", "23"), ("Haaland", "Manchester City", "58", "pen"),
                                     ("Gakpo", "Liverpool", "84")]),
    row("finished_across", "not scorers", ["Konate", "Dias"]),
    # "a penalty, awarded after a VAR check found that X had handled" is no rule-out; "to turn
    # Koke's cross past Trubin"; "squared for Sorloth, who made no mistake from close range".
    row("var_awarded_penalty", "goals", [("Alvarez", "Atletico Madrid", "29", "pen"), ("Griezmann", "Atletico Madrid", "60"),
                                         ("Sorloth", "Atletico Madrid", "90+1")]),
    # MLS copy: "beat LAFC 4-2 in the tiebreaker" is the shootout (not "in the tie"); "a 1-0 lead
    # in their best-of-three series" is no score of this match; "stopped two attempts in the
    # penalty shootout" are no shots.
    row("playoff_tiebreaker", "shootout", {"Seattle Sounders": 4, "Los Angeles FC": 2}),
    row("playoff_tiebreaker", "aggregate", None),
    row("playoff_tiebreaker", "stats shots", {"Seattle Sounders": 15, "Los Angeles FC": 11}),
    # Scorer lists: "Taylor og 56" (the tag before the minute); "Balerdi (38th, o.g.), Tolisso
    # (81st) for Lyon; Greenwood (70th, pen.) for Marseille" (ordinals, tags after a comma, each
    # group's team at its end); "Saha stretched for it and Taylor, ..., could only slice the ball
    # past his own goalkeeper": the own goal is Taylor's, not the one who stretched.
    row("scorer_lists_og_first", "goals", [("Saha", "Fulham", "23"), ("Cole", "Blackburn Rovers", "40"),
                                           ("Taylor", "Fulham", "56", "og"), ("Boa Morte", "Fulham", "71")]),
    row("scorer_lists_for_team", "goals", [("Balerdi", "Lyon", "38", "og"), ("Greenwood", "Marseille", "70", "pen"),
                                           ("Tolisso", "Lyon", "81")]),
    # "McTominay, named Serie A's player of the season last term, gave Napoli a 14th-minute lead":
    # the aside's "last term" is not this goal's; "Tottenham did equalise on 56 minutes, Xavi
    # Simons meeting Porro's low centre ...": the team's goal through the player told after it.
    row("aside_and_absolute", "goals", [("McTominay", "Napoli", "14"), ("Simons", "Tottenham Hotspur", "56"),
                                        ("Hojlund", "Napoli", "80")]),
    # A card told of a side: "Roma's misery was complete ... when Cristante was sent off"; a club
    # site's "he will miss our trip to Newcastle".
    row("card_of_the_sides_misery", "card", ("Cristante", "Roma", "second_yellow")),
    row("club_site_booking", "card", ("Caicedo", "Chelsea", "yellow")),
    # "with 14 minutes gone"; "dived to push away X's 67th-minute spot-kick" is a save.
    row("push_away_penalty", "goals", [("Clarke", "Gillingham", "14"), ("Jatta", "Notts County", "55")]),
    row("push_away_penalty", "not scorers", ["McGoldrick", "Morris"]),
    # "David O'Leary's much-changed side had gone ahead ... when Hasselbaink ... fired past": the
    # manager (a hyphenated word before "side") is neither the scorer nor, when he "was not in the
    # mood to discuss the sending-off", the one sent off.
    row("managers_not_players", "goals", [("Hasselbaink", "Leeds United", "35")]),
    row("managers_not_players", "cards", [("Dixon", "second_yellow", "70")]),
    # A summary's vague tellings ("a first-half header from Van Dijk and a Gakpo finish after the
    # break") and the narrative's exact ones are the same goals when the score holds no more.
    row("summary_then_exact", "goals per player", {"van Dijk": 1, "Gakpo": 1}),
    row("summary_then_exact", "goal", ("van Dijk", "Liverpool", "32", "header")),
    # "City finished with more of the ball (56% ... to Liverpool's 44%) but generated just 0.87
    # expected goals - 0.79 of which came from one chance - compared with Liverpool's 2.14": the
    # subject goes on after the bracket, and a part of a figure is no figure.
    row("xg_after_a_bracket", "stats xg", {"Liverpool": 2.14, "Manchester City": 0.87}),
    # "The referee ... showed Coco a straight red card": the one it was shown to, at the time of
    # the foul told in the sentence before.
    row("shown_a_red", "cards", [("Coco", "red", "~80")]),
    # A BBC scorers line under the fixture, both sides in time order ("Watkins 19; Gordon 52,
    # Guimaraes 71; Rogers 88"): each scorer's side from the text; "Rogers rescues 10-man Aston
    # Villa" names his side; "Gordon tied it".
    row("scorers_line_under_fixture", "goals", [("Watkins", "Aston Villa", "19"), ("Gordon", "Newcastle United", "52"),
                                                ("Guimaraes", "Newcastle United", "71", "header"), ("Rogers", "Aston Villa", "88")]),
    # "headed them back in front": the side that had led before (at 1-1 either side could go
    # ahead, and the 2-2 final fits both; only the side that led can go "back" in front).
    row("back_in_front", "goals", [("Grifo", "Freiburg", "9", "pen"), ("Amoura", "Wolfsburg", "27"),
                                   ("Holer", "Freiburg", "50", "header"), ("Wimmer", "Wolfsburg", "74")]),
    # "Engels picked out Tierney's run and the delivery was turned home by Maeda. The Japan
    # international doubled the lead": the role is the previous goal's agent, not the passer.
    row("role_after_passive_goal", "goals", [("Maeda", "Celtic", "8"), ("Maeda", "Celtic", "33")]),
    # A club site: "hand us a hard-earned victory over Derby" (not "earned ... over Derby" for
    # Derby); "The breakthrough arrived ... X whipped a teasing ball in and Y, as he has done so
    # often for us, climbed highest to plant a header": Y; "with nine minutes of normal time
    # remaining, Fratton Park erupted" dates the strike told next.
    row("club_voice_goals", "goals", [("Yengi", "Portsmouth", "23", "header"), ("Bishop", "Portsmouth", "81")]),
    # A "Booked:" line followed by the other side's line-up ("Brentford (4-3-3): Flekken; ..."):
    # the line-up is not a list of bookings.
    row("booked_then_lineup", "cards", [("Kamara", "yellow", "?"), ("Tielemans", "yellow", "?")]),
    # "lifted a composed finish over Leno", "finished off a swift counter", "restored City's
    # two-goal cushion".
    row("cushion_counter_over", "goals", [("Haaland", "Manchester City", "10"), ("Marmoush", "Manchester City", "30"),
                                          ("Jimenez", "Fulham", "50"), ("Foden", "Manchester City", "68")]),
    # "Six minutes later the turnaround was complete." then the header: a relative time told
    # before the goal, counted from the goal before.
    row("relative_turnaround", "goal", ("Woltemade", "Newcastle United", "61", "header")),
    # "ten-man Ayr" already has its red (McKenzie's second yellow): another red of untold side is
    # not Ayr's too, unless the text says nine men; its side stays unknown rather than guessed.
    row("ten_man_has_its_red", "card", ("McKenzie", "Ayr United", "second_yellow")),
    row("ten_man_has_its_red", "card side", ("Robinson", None)),
    row("ten_man_has_its_red", "cards", [("McKenzie", "second_yellow", "55"), ("Robinson", "red", "80")]),
    # "X outmuscled Williamson to a long ball and lifted a composed finish over the advancing
    # Hampton": over a keeper with a word before his name; the one outmuscled is an object.
    row("lifted_over_the_advancing", "goals", [("Blackstenius", "Sweden", "6"), ("Russo", "England", "28", "header")]),
    # A title line "Villarreal v Roma" and the match box "Villarreal  2–1 (a.e.t.)  Roma" further
    # down: the box's score, and "(a.e.t.)" does not end the line's sentence; "Shortly after the
    # hour" opens a sentence without naming a player.
    row("box_with_aet", "score", {"Villarreal": 2, "Roma": 1}),
    row("box_with_aet", "goals", [("Moreno", "Villarreal", "19", "pen"), ("Dovbyk", "Roma", "71", "header"), ("Perez", "Villarreal", "104")]),
    row("box_with_aet", "not scorers", ["Shortly"]),
    # "The opener arrived on 52 minutes. X ... picked out Y, who ... drilled a low shot": the
    # arrival's scorer is the player picked out, and the goal keeps the arrival's minute.
    row("receiver_after_arrival", "goals", [("Joao Pedro", "Brighton", "52")]),
    # "in first-half stoppage time. ... three minutes into added time": the first half's added time.
    row("first_half_added_time", "goal", ("Salah", "Liverpool", "45+3", "pen")),
    # "X was penalised for holding Haaland ... and the Manchester City striker ... stepped up to
    # send the keeper the wrong way": the penalised player is not the taker.
    row("penalised_then_role", "goal", ("Haaland", "Norway", "70")),
    row("penalised_then_role", "not scorers", ["Hanley"]),
    # "a 7-2 edge in shots on target", "a 15-8 advantage in shots": pairs, the subject's first.
    row("edge_in_shots", "stats shots_on_target", {"Columbus Crew": 7, "Toronto FC": 2}),
    row("edge_in_shots", "stats shots", {"Columbus Crew": 15, "Toronto FC": 8}),
    # Line-ups labelled by the team before a formation ("Newcastle United (4-3-3) Pope; ..."), the
    # away side's first: the "Booked" line under each is that side's.
    row("formation_labelled_lineups", "card side", ("Garner", "Everton")),
    row("formation_labelled_lineups", "card side", ("Longstaff", NEW)),
    row("formation_labelled_lineups", "card side", ("Hall", NEW)),
    # "Portland finished the last 15 minutes with 10 men after X picked up his second yellow".
    row("played_on_with_ten", "card side", ("Araujo", "Portland Timbers")),
    # "there was still time for X, booked earlier for a foul on Y, to be sent off after a second
    # yellow": X's second yellow and the earlier booking the aside tells.
    row("booked_earlier_aside", "cards", [("Ingason", "second_yellow", "88"), ("Ingason", "yellow", "?")]),
    row("booked_earlier_aside", "card side", ("Ingason", "Iceland")),
    # "The winner, with 12 minutes left, was ...: ... Rice arriving at the penalty spot to head
    # in": a goal named before its telling is the winning side's (the final score is 2-1), and
    # a player at the penalty spot is no penalty; "cautioned for bringing down X on the counter"
    # tells no goal.
    row("winner_named_first", "goal", ("Rice", "Arsenal", "78", "header")),
    row("winner_named_first", "not scorers", ["Rodri"]),
    # A team sheet's "Goals: Piroe 27, Struijk 85." is a scorers' line, not a fixture.
    row("team_sheet_goals_line", "home", "Leeds"),
    row("team_sheet_goals_line", "score", {"Leeds": 2, "Sunderland": 1}),
    row("team_sheet_goals_line", "goals", [("Piroe", "Leeds", "27"), ("Struijk", "Leeds", "85", "header"), ("Isidor", "Sunderland", "70")]),
    # "Lisbon (AFP) -" files from Benfica's city, and the first ground named is Benfica's (San
    # Siro is next week's); "beat Inter 2-1 in the first leg ... ahead of next week's return
    # match" is this match's result, with no aggregate yet.
    row("agency_first_leg", "home", "Benfica"),
    row("agency_first_leg", "score", {"Benfica": 2, "Inter Milan": 1}),
    row("agency_first_leg", "aggregate", None),
    # Marks out of ten under a "PLAYER RATINGS" heading are not a scorers' list.
    row("ratings_under_report", "goals", [("Watkins", "Aston Villa", "30"), ("Rogers", "Aston Villa", "60"),
                                          ("Strand Larsen", "Wolves", "80")]),
    # "The opener came in the 25th minute. X pulled down Y as he turned in the box, and Palmer ...
    # rolling the ball into the opposite corner": the fouler opening the next sentence is not the
    # scorer, "turned in the box" is a place, and the goal keeps the arrival's minute.
    row("fouler_opens_the_next_sentence", "goal", ("Palmer", "Chelsea", "25")),
    row("fouler_opens_the_next_sentence", "not scorers", ["Branthwaite", "Neto"]),
    # "the referee showed the Senegal international a second yellow": the sentence's subject;
    # "Janelt - already booked himself - ": a dashed aside's earlier booking; "went in late on
    # Janelt" is a tackle, not "late on" in the match.
    row("referee_showed_the_role", "cards", [("Gueye", "yellow", "30"), ("Gueye", "second_yellow", "~86"), ("Janelt", "yellow", "?")]),
    # "rose above Micky van de Ven to head in": two particles inside one name, an object;
    # "On the hour, ... a minute later" counts from the vague hour when the sentence before gives
    # no exact time (so it is approximate too); "sent X the wrong way from the penalty a minute
    # later": the kick is far enough from the verb to need a wider look.
    row("two_particles_and_the_hour", "goals", [("Son Heung-min", "Tottenham Hotspur", "14"), ("Watkins", "Aston Villa", "38", "header"),
                                                ("Solanke", "Tottenham Hotspur", "~61", "pen")]),
    # "put Villa two up"; "X drilled a low ball across the box; Watkins's first-time finish, his
    # 10th of the season, ...": the finish is the goal, the ball across a pass; "ran 50 yards
    # before slotting under the keeper"; "Brighton's reply came ... Mitoma's glancing header
    # pulled one back": the team's goal, and a possessive's -ing word is no verb.
    row("two_up_then_the_reply", "goals", [("Watkins", "Aston Villa", "?"), ("Rogers", "Aston Villa", "27"),
                                           ("Mitoma", "Brighton & Hove Albion", "45+2", "header"),
                                           ("Welbeck", "Brighton & Hove Albion", "81")]),
    row("two_up_then_the_reply", "score", {"Brighton & Hove Albion": 2, "Aston Villa": 2}),
    # "the referee reached for his pocket ..., because Konsa had dragged Mitoma to the turf":
    # Konsa's card, the other side from the player he fouled; "saw yellow"; a manager "booked
    # for a protest on the touchline" is no player's card.
    row("two_up_then_the_reply", "card side", ("Konsa", "Aston Villa")),
    row("two_up_then_the_reply", "cards", [("Konsa", "yellow", "~50"), ("Tielemans", "yellow", "85")]),
    # "SAN SEBASTIAN, ... (Reuters) -": the dateline city, accents aside, is the hosts'; "Sevilla
    # midfielder Gudelj was booked ... and Oyarzabal sent the keeper the wrong way": the team
    # naming another player is not the scorer's; "Thirteen" and "Collecting" opening a sentence
    # are no players; "the Portuguese ... earned a second booking": the player named before,
    # past the one he fouled; "X, a Portugal international signed in January, who was cautioned".
    row("role_named_cards", "home", "Real Sociedad"),
    row("role_named_cards", "goal", ("Oyarzabal", "Real Sociedad", "39")),
    row("role_named_cards", "cards", [("Gudelj", "yellow", "38"), ("Carvalho", "yellow", "27"), ("Carvalho", "second_yellow", "58")]),
    row("role_named_cards", "not scorers", ["Thirteen", "Collecting"]),
    # "Croatia had looked comfortable for much of the first half and went ahead in the 19th
    # minute": the side told scoring carries to the next sentence's scorer; "two Danish
    # midfielders and Kramaric" does not make Kramaric Danish; "a minute later" counts from the
    # time told two sentences before in the same paragraph.
    row("adjective_team_and_late_penalty", "goals", [("Kramaric", "Croatia", "19"), ("Hojlund", "Denmark", "55"),
                                                     ("Eriksen", "Denmark", "87", "pen")]),
    # "Andy Cole finishing coolly after ...", "Okocha bent it over the wall and inside Friedel's
    # right-hand post"; "Riley produced a second yellow card": the referee gives it, the player
    # the sentence is about ("the Australian") gets it; "clattered into Davies, earning the
    # centre-half a booking": the one who clattered into him.
    row("archive_derby_cards", "goals", [("Cole", "Blackburn Rovers", "10"), ("Davies", "Bolton Wanderers", "38", "header"),
                                         ("Okocha", "Bolton Wanderers", "85")]),
    row("archive_derby_cards", "cards", [("Neill", "yellow", "44"), ("Neill", "second_yellow", "67"), ("Short", "yellow", "85")]),
    # A card told of "the centre-back" or "the Irish defender": the subject of the sentence
    # before, not the striker he had his hands full with nor the player he slid in on ("Late
    # on" is a time); "already on a booking" is his first yellow.
    row("role_cards_after_a_duel", "cards", [("Rodgers", "yellow", "?"), ("Canavan", "second_yellow", "84"), ("Canavan", "yellow", "?")]),
    # "found Adams, whose low shot squirmed under Dawson": the owner of a whose-clause's shot;
    # "X's header ..., from a Bannan free-kick, took the tie to extra time": a goal, the
    # free-kick's taker only its provider; "at St Mary's" is a ground, not a player "Mary".
    row("cup_tie_whose_shot", "goals", [("Adam Armstrong", "Southampton", "51"), ("Windass", "Sheffield Wednesday", "60"),
                                        ("Smith", "Sheffield Wednesday", "84", "header"), ("Adams", "Southampton", "99"),
                                        ("Palmer", "Sheffield Wednesday", "117")]),
    row("cup_tie_whose_shot", "cards", [("Bednarek", "yellow", "?"), ("Bednarek", "second_yellow", "?")]),
    # "through a Vergos penalty and a superb Arzani strike, despite losing Miranda to a red card
    # just after the hour": the penalty is Vergos's alone, and the red card's time is not theirs;
    # "Four minutes into the second half Grant, booked ..., and Vergos sent the keeper the wrong
    # way": a time opening the sentence dates all of it; "... but it was the Victory who went
    # ahead with 13 minutes remaining." ending a paragraph, then "Machach picked out Arzani, and
    # the Socceroos winger ... before curling": the side and time carry over, the role is the
    # player picked out.
    row("a_league_paragraphs", "goals", [("Wood", "Sydney FC", "17"), ("Vergos", "Melbourne Victory", "49", "pen"),
                                         ("Arzani", "Melbourne Victory", "77"), ("Grant", "Sydney FC", "90+5", "header")]),
    # Stat lines with each side named and a comma between ("Shots: Chelsea 14, Newcastle 11"),
    # and a pipe table row ("Expected goals | 1.87 | 1.32").
    row("stats_blocks", "stats shots", {"Chelsea": 14, "Newcastle United": 11}),
    row("stats_blocks", "stats shots_on_target", {"Chelsea": 6, "Newcastle United": 4}),
    row("stats_blocks", "stats xg", {"Chelsea": 1.87, "Newcastle United": 1.32}),
    # "Hearts head coach Steven Naismith" makes "Naismith's side" Hearts; "Ferreira, booked ...
    # for a foul on Aitken, levelled": the booking is an aside, the one fouled no subject; "the
    # striker's penalty ... was struck firmly enough but too close to Clark, who parried": a
    # "but" clause takes it back; "Aitken's strike partner" is no goal.
    row("derby_asides", "goals", [("Aitken", "Hearts", "9"), ("Ferreira", "Hibernian", "44"), ("Sinclair", "Hibernian", "78", "header")]),
    # "The reward arrived ...: Pereira slipped a pass inside Dier and Bellamy ... lifted the ball
    # over Lloris": not the passer, not the one passed inside; "hit the side-netting" and "should
    # have gone back in front" tell no goal; "A minute after the hour": 61; "Antonakis, on for 14
    # minutes and largely anonymous until that point, rose above Romero ... and headed Cresswell's
    # free-kick into the bottom corner": the sentence's subject, a delivery put in; "Bellamy's
    # opener cancelled out by Hagen own goal": the own goal is Hagen's.
    row("derby_told_as_argument", "goals", [("Bellamy", "West Ham", "~23"), ("Hagen", "Tottenham", "33", "og"),
                                            ("Sousa", "Tottenham", "61"), ("Antonakis", "West Ham", "88", "header")]),
    # "ahead inside 11 minutes" then the scorer: 11; "Verstappen, who had been booked ... for a
    # foul on Almeida, brought down Mendonca ..., and the striker got up to dispatch the penalty":
    # not the fouler, nor the player fouled in the aside. (One time for joint scorers, "Watkins
    # and Rogers put Villa two up inside 27 minutes", dates the last: two_up_then_the_reply.)
    row("striker_got_up", "goals", [("Mendonca", "Benfica", "11"), ("Mendonca", "Benfica", "56", "pen"),
                                    ("Hoekstra", "Feyenoord", "70"), ("Leal", "Benfica", "83", "header")]),
    # "Goals: Kane 9, 72, Son 55 pen; Vardy 40" without team labels: the narrative's sides
    # ("Son Heung-min also struck for the hosts": a lone word opening exactly one two-word name
    # is that player, as a club page's "Craig" is its "Craig Duthie").
    row("scorer_list_bare", "goals", [("Kane", "Tottenham Hotspur", "9"), ("Kane", "Tottenham Hotspur", "72"),
                                      ("Son", "Tottenham Hotspur", "55", "pen"), ("Vardy", "Leicester City", "40")]),
    # "MATCH REPORT | Kilmarnock 1 Aberdeen 3": a fixture after a label; "Craig" on the club's
    # page is its "Craig Duthie".
    row("club_page_first_name", "score", {"Kilmarnock": 1, "Aberdeen": 3}),
    row("club_page_first_name", "goals per player", {"Duthie": 2, "Gourlay": 1, "Millen": 1}),
    # A BBC line-up's "Booked at 86mins" on the line under "5 Famuyide" (its side from the team
    # heading above); "X, who had been cautioned in the first half, ..." is an earlier yellow;
    # "was shown a second for a trip" is a second yellow.
    row("bbc_lineup_bookings", "card side", ("Famuyide", "Sheffield Wednesday")),
    row("bbc_lineup_bookings", "card side", ("Hewitt", "Middlesbrough")),
    row("bbc_lineup_bookings", "card", ("Famuyide", "Sheffield Wednesday", "yellow")),
    row("bbc_lineup_bookings", "card", ("Dorrans", None, "second_yellow", "81")),
    # "Norgaard out-jumped Okonkwo to head in": a hyphenated verb's object is not the scorer.
    row("out_jumped", "goal", ("Norgaard", "Brentford", "67", "header")),
    row("out_jumped", "goals per player", {"Okonkwo": 1, "Eze": 1, "Norgaard": 1}),
    # "WARSAW, Poland --": an AP dateline names the hosts' city, and its country is no player's
    # side; "who scored a hat-trick against San Marino in March" is another match.
    row("ap_dateline_nations", "home", "Poland"),
    row("ap_dateline_nations", "goals", [("Verhoeven", "Netherlands", "9"), ("Wisniewski", "Poland", "45", "pen"),
                                         ("Verhoeven", "Netherlands", "67")]),
    # "Basel struck first in extra time. Eight minutes in, ...": counted from extra time's start;
    # "already on a yellow card, ... was sent off": a second yellow, not a straight red.
    row("extra_time_counted", "goal", ("Hunziker", "Basel", "98")),
    row("extra_time_counted", "cards", [("Ruegg", "yellow", "67"), ("Ruegg", "second_yellow", "108")]),
    # "four minutes after coming on", with "Mellish (Ogundipe 70)" in the line-up: 74; the same
    # from prose ("Mensah, a January signing, replaced McNeil on 60 minutes ... ten minutes after
    # coming on": 70).
    row("after_coming_on", "goal", ("Ogundipe", "Sheffield Wednesday", "74", "header")),
    row("came_on_in_prose", "goal", ("Mensah", "Everton", "70")),
    # "90+4' Substitute Kuipers seals it"; "a minute later" two paragraphs after the goal before
    # has no base (it had made a fourth goal at 15); "Total attempts: Ajax 17 Olympiacos 9";
    # "20 Pryce Booked at 71mins" with a space before "Booked".
    row("uefa_key_moments", "goals", [("Visser", "Ajax", "14"), ("Mavridis", "Olympiacos", "37", "header"),
                                      ("Visser", "Ajax", "58", "pen"), ("Kuipers", "Ajax", "90+4")]),
    row("uefa_key_moments", "stats shots", {"Ajax": 17, "Olympiacos": 9}),
    row("uefa_key_moments", "card", ("Pryce", "Ajax", "yellow", "71")),
    # "sent off for two bookable offences" is a second yellow; "a wild challenge on Liverpool
    # substitute Sinama-Pongolle": the one fouled, past two words describing him, gets no card.
    row("two_bookable_offences", "cards", [("Bowyer", "yellow", "?"), ("Bowyer", "second_yellow", "77")]),
    # "X and Y were each shown second yellow cards, with Z and W shown straight reds": a "straight
    # red" stays one whatever else the sentence tells ("straight reds" in the plural too).
    row("straight_reds_beside_second_yellows", "card", ("Matic", None, "red")),
    row("straight_reds_beside_second_yellows", "card", ("Balerdi", None, "red")),
    row("straight_reds_beside_second_yellows", "card", ("Tolisso", None, "second_yellow")),
    # "... Vukovic pulls back Ledesma ..., and the referee shows him a straight red card": the
    # pronoun's card is the sentence's subject's, not the player pulled back.
    row("present_tense_red", "card", ("Vukovic", "Fiorentina", "red")),
    row("present_tense_red", "cards", [("Vukovic", "red", "?")]),
    # Known failures fixed since the table was written.
    row("stats", "stats xg", {"Brentford": 2.1, "West Ham": 0.8}),
    row("second_leg", "goals of Porto", [("Galeno", "Porto", "20"), ("Taremi", "Porto", "55"),
                                                   ("Taremi", "Porto", "68")]),
    row("penalties", "missed penalty", ("Solanke", "Bournemouth", "saved")),
    row("extra_time", "goal", ("Joselu", RMA, "90+3")),
    row("extra_time", "goal", ("Musiala", BAY, "~47")),
    row("pulled_back", "goals of Aston Villa", [("Watkins", VIL, "4"), ("Watkins", VIL, "38"), ("Bailey", VIL, "~47")]),
    row("shootout", "goals of Chelsea", [("Jackson", "Chelsea", "58", "header"), ("Palmer", "Chelsea", "116")]),
    row("shootout", "goals of Liverpool", [("Gakpo", "Liverpool", "104"), ("Salah", "Liverpool", "20")]),
    row("headline", "card", ("Caicedo", CHE, "red")),
    row("cards", "card", ("Tarkowski", "Everton", "second_yellow")),
    row("second_leg", "first_leg", {"Porto": 0, "Lyon": 1}),
]

NEGATIVE = [
    # Facts that must stay empty: no invented aggregate, shootout or extra time in a league game.
    row("headline", "aggregate", None),
    row("headline", "shootout", None),
    row("headline", "after_extra_time", False),
    row("elsewhere", "aggregate", None),
    row("stats", "first_leg", None),
    row("cards", "goals", []),
    # Goalkeepers, defenders a shot deflected off, and fouled players are not scorers.
    row("penalties", "not scorers", ["Trafford", "Semenyo"]),
    row("own_goal", "not scorers", ["Dunk", "Welbeck"]),
    row("own_goal_forms", "not scorers", ["Bassey", "Leno"]),
]

# Grouped by cause; each reason quotes the words that are misread.
KNOWN_FAILURES = [
    # A goal phrase the goal rules do not know.
    # Two events in one sentence: the scorer, minute or penalty flag lands on the wrong one.
    known_failure("told_twice", "goals", [("Kane", "Tottenham Hotspur", "9"), ("Calvert-Lewin", "Everton", "30", "header"),
                                          ("Son Heung-min", "Tottenham Hotspur", "55"),
                                          ("Kane", "Tottenham Hotspur", "72", "pen")],
                  "'Son restored the lead ..., and Kane sealed the points ... when he converted a penalty': "
                  "the penalty is put on Son's goal, not Kane's"),
    known_failure("hat_trick", "goals", [("Cunha", "Wolves", "12"), ("Haaland", "Manchester City", "34"),
                                         ("Haaland", "Manchester City", "~62", "header"),
                                         ("Haaland", "Manchester City", "81")],
                  "'The Norwegian got his second just after the hour, heading in ...': the second goal gets "
                  "no minute and no header"),
    # The player is found but not his side.
    known_failure("no_numbers", "goals", [("Mbeumo", "Brentford", "12"), ("Wissa", "Brentford", "50", "header"),
                                          ("Mbeumo", "Brentford", "81")],
                  "'Yoane Wissa doubled Brentford's advantage': the possessive team after the verb does not "
                  "give the goal a side (team null)"),
    known_failure("penalties", "missed penalty", ("Foster", "Burnley", "missed"),
                  "'he blazed a stoppage-time penalty over the bar' after 'Lyle Foster could have won it for "
                  "the visitors': the pronoun taker is not resolved, so no player and no team"),
    # Minutes.
    known_failure("extra_time", "card", ("Upamecano", BAY, "second_yellow", "114"),
                  "'was sent off two minutes later': a relative minute is not resolved for a card (minute null)"),
    # Result arithmetic and two-legged ties.
    known_failure("no_numbers", "score", {"Brentford": 3, "Fulham": 0},
                  "no scoreline in the text: 'beat', three Brentford goals and 'never managed a reply' are "
                  "not turned into a 3-0 score"),
    known_failure("bullets_then_narrative", "goal", ("Wood", "Nottingham Forest", "70", "pen"),
                  "the bullet's header telling ('headed Forest in front') is merged into the 70th-minute "
                  "penalty, not the 12th-minute header, so the penalty is also flagged a header"),
    # Statistics.
]


@pytest.mark.parametrize("report, fact, expected", SYNTHETIC + REGRESSION + NEGATIVE + KNOWN_FAILURES)
def test_report_fact(report, fact, expected):
    ok, actual = check(parsed(report), fact, expected)
    assert ok, f"{report}: {fact} is {actual!r}, expected {expected!r}"


@pytest.mark.parametrize("report", sorted(REPORTS))
def test_evidence_quotes_the_input(report):
    """Every fact's evidence is the input's own characters at the offsets it gives."""
    text = REPORTS[report]
    match = parsed(report)
    facts = [*match.goals, *match.cards, *match.penalties_missed, *match.var_reviews, *match.woodwork]
    assert not facts or any(f.evidence for f in facts), "facts without any evidence"
    for fact in facts:
        ev = fact.evidence
        if ev is not None:
            assert ev.text and text[ev.start:ev.end] == ev.text, fact
