// Tournament tally: parse "home;away;result" lines and print a sorted table.
use std::collections::HashMap;

#[derive(Default, Debug)]
struct Record {
    played: u32,
    won: u32,
    drawn: u32,
    lost: u32,
}

impl Record {
    fn points(&self) -> u32 {
        self.won * 3 + self.drawn
    }
}

fn tally(match_results: &str) -> String {
    let mut table: HashMap<&str, Record> = HashMap::new();
    for line in match_results.lines() {
        let parts: Vec<&str> = line.split(';').collect();
        if parts.len() != 3 {
            continue;
        }
        let (home, away, outcome) = (parts[0], parts[1], parts[2]);
        let (h, a) = match outcome {
            "win" => (0, 2),
            "loss" => (2, 0),
            "draw" => (1, 1),
            _ => continue,
        };
        for (team, res) in [(home, h), (away, a)] {
            let rec = table.entry(team).or_default();
            rec.played += 1;
            match res {
                0 => rec.won += 1,
                1 => rec.drawn += 1,
                _ => rec.lost += 1,
            }
        }
    }
    let mut rows: Vec<(&str, Record)> = table.into_iter().collect();
    rows.sort_by(|a, b| b.1.points().cmp(&a.1.points()).then_with(|| a.0.cmp(b.0)));
    let mut out = format!("{:<31}| MP |  W |  D |  L |  P", "Team");
    for (name, r) in rows {
        out.push_str(&format!("\n{:<31}| {:>2} | {:>2} | {:>2} | {:>2} | {:>2}", name, r.played, r.won, r.drawn, r.lost, r.points()));
    }
    out
}

fn main() {
    let input = "Allegoric Alaskans;Blithering Badgers;win\n\
                 Devastating Donkeys;Courageous Californians;draw\n\
                 Devastating Donkeys;Allegoric Alaskans;win\n\
                 Courageous Californians;Blithering Badgers;loss\n\
                 Blithering Badgers;Devastating Donkeys;loss\n\
                 Allegoric Alaskans;Courageous Californians;win\n\
                 this line is garbage";
    println!("{}", tally(input));
}
