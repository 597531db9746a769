// hashmaps3: build a table of team scores from match results.
use std::collections::HashMap;

#[derive(Default, Debug)]
struct TeamScores {
    goals_scored: u8,
    goals_conceded: u8,
}

fn build_scores_table(results: &str) -> HashMap<&str, TeamScores> {
    let mut scores: HashMap<&str, TeamScores> = HashMap::new();
    for line in results.lines() {
        let mut split_iterator = line.split(',');
        let team_1_name = split_iterator.next().unwrap();
        let team_2_name = split_iterator.next().unwrap();
        let team_1_score: u8 = split_iterator.next().unwrap().parse().unwrap();
        let team_2_score: u8 = split_iterator.next().unwrap().parse().unwrap();

        let team_1 = scores.entry(team_1_name).or_default();
        team_1.goals_scored += team_1_score;
        team_1.goals_conceded += team_2_score;

        let team_2 = scores.entry(team_2_name).or_default();
        team_2.goals_scored += team_2_score;
        team_2.goals_conceded += team_1_score;
    }
    scores
}

const RESULTS: &str = "England,France,4,2
France,Italy,3,1
Poland,Spain,2,0
Germany,England,2,1
England,Spain,1,0";

fn main() {
    let scores = build_scores_table(RESULTS);
    let mut teams: Vec<_> = scores.keys().copied().collect();
    teams.sort();
    for team in teams {
        let s = &scores[team];
        println!("{:<8} scored {} conceded {}", team, s.goals_scored, s.goals_conceded);
    }
}
